package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IAM role for Kubernetes service accounts (IRSA): the IAM module's
 * {@code iam-role-for-service-accounts-eks} (v5) or {@code iam-role-for-service-accounts} (v6), an
 * eksctl {@code iam.serviceAccounts[]} item, or a raw {@code aws_iam_role} whose trust policy allows
 * {@code sts:AssumeRoleWithWebIdentity}.
 */
public final class IrsaRoleView {

  /** What wrote the role. */
  public enum Source {
    TERRAFORM_MODULE,
    EKSCTL,
    TERRAFORM_ROLE
  }

  /** A {@code namespace:serviceaccount} pair the role trusts. */
  public record ServiceAccountRef(String namespace, String name, Node node) {

    @Override
    public String toString() {
      return namespace + ":" + name;
    }
  }

  /**
   * A policy attached to the role.
   *
   * @param reference the node that attaches it (an ARN, a reference, a flag or an inline document)
   * @param arn the ARN when written literally
   * @param document its statements, when the input defines them
   * @param label how to name it in a message
   */
  public record AttachedPolicy(Node reference, Optional<String> arn, Setting<PolicyDocument> document, String label) {}

  private static final Pattern IAM_MODULE = Pattern.compile(
      "(?:(?:registry\\.terraform\\.io/)?terraform-aws-modules/iam/aws|(?:git::)?(?:https://|git@)?github\\.com[/:]terraform-aws-modules/terraform-aws-iam(?:\\.git)?)"
          + "//modules/iam-role-for-service-accounts(?:-eks)?/?(?:\\?.*)?",
      Pattern.CASE_INSENSITIVE);

  private final Resource resource;
  private final Source source;
  private final Node node;
  private final Inventory inventory;

  private IrsaRoleView(Resource resource, Source source, Node node, Inventory inventory) {
    this.resource = resource;
    this.source = source;
    this.node = node;
    this.inventory = inventory;
  }

  /** Every IRSA role a resource defines. */
  public static List<IrsaRoleView> of(Resource r, Inventory inventory) {
    List<IrsaRoleView> out = new ArrayList<>();
    if (r.origin() == Origin.TERRAFORM && r.kind().equals("module") && IAM_MODULE.matcher(r.node().at("source").textOr("").strip()).matches()) {
      out.add(new IrsaRoleView(r, Source.TERRAFORM_MODULE, r.node(), inventory));
    } else if (r.origin() == Origin.TERRAFORM && r.kind().equals("aws_iam_role") && isWebIdentityRole(r, inventory)) {
      out.add(new IrsaRoleView(r, Source.TERRAFORM_ROLE, r.node(), inventory));
    } else if (EksClusterView.isEksctlConfig(r)) {
      for (Node sa : r.node().at("iam", "serviceAccounts").items()) {
        out.add(new IrsaRoleView(r, Source.EKSCTL, sa, inventory));
      }
    }
    return out;
  }

  /**
   * A role whose trust allows {@code sts:AssumeRoleWithWebIdentity} from an EKS cluster's OIDC
   * issuer. Other web identities (GitHub Actions, Cognito...) are not IRSA roles.
   */
  private static boolean isWebIdentityRole(Resource r, Inventory inventory) {
    Setting<PolicyDocument> trust = PolicyDocument.read(r.node().at("assume_role_policy"), r, inventory);
    if (trust.known().isEmpty()) {
      return false;
    }
    for (PolicyDocument.Statement s : trust.value().statements()) {
      boolean webIdentity = s.actions().known().orElse(List.of()).stream().anyMatch(a -> a.equalsIgnoreCase("sts:AssumeRoleWithWebIdentity"));
      if (webIdentity && fromEksIssuer(s, r, inventory)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fromEksIssuer(PolicyDocument.Statement s, Resource role, Inventory inventory) {
    for (PolicyDocument.Condition c : s.conditions()) {
      if (isEksIssuerText(c.variable()) || c.values().known().orElse(List.of()).stream().anyMatch(v -> v.startsWith("system:serviceaccount:"))) {
        return true;
      }
    }
    Setting<List<String>> federated = s.principals().get("Federated");
    if (federated == null) {
      return false;
    }
    if (federated.known().isPresent()) {
      return federated.value().stream().anyMatch(IrsaRoleView::isEksIssuerText);
    }
    Node principal = federated.node();
    List<Node> refs = principal.isList() ? principal.items() : List.of(principal);
    for (Node ref : refs) {
      for (String address : TerraformRefs.addresses(ref)) {
        if (address.startsWith("module.") && ref.textOr("").contains("oidc_provider")) {
          return true; // the EKS module's oidc_provider_arn output
        }
        if (address.startsWith("aws_iam_openid_connect_provider.")) {
          Optional<Resource> provider = TerraformRefs.find(inventory, role, address);
          if (provider.isPresent()) {
            Node url = provider.get().node().at("url");
            return Values.isExpression(url) ? url.textOr("").contains("aws_eks_cluster") || url.textOr("").contains("module.") && url.textOr("").contains("oidc")
                : isEksIssuerText(url.textOr(""));
          }
        }
      }
    }
    return false;
  }

  private static boolean isEksIssuerText(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("oidc.eks.") || t.contains("oidc-eks.");
  }

  public Resource resource() {
    return resource;
  }

  public Node node() {
    return node;
  }

  public Source source() {
    return source;
  }

  public String describe() {
    return switch (source) {
      case TERRAFORM_MODULE -> "IRSA role module \"" + resource.name().replaceFirst("^module\\.", "") + "\"";
      case TERRAFORM_ROLE -> EksClusterView.describeAddress(resource.name());
      case EKSCTL -> "eksctl IAM service account \"" + node.at("metadata", "namespace").textOr("default") + "/" + node.at("metadata", "name").textOr("") + "\"";
    };
  }

  public Setting<String> roleName() {
    return switch (source) {
      case TERRAFORM_MODULE -> Values.string(node.at("role_name").isMissing() ? node.at("name") : node.at("role_name"),
          Setting.unknown(node, "no role name"));
      case TERRAFORM_ROLE -> Values.string(node.at("name"), Setting.unknown(node, "no role name"));
      case EKSCTL -> Values.string(node.at("roleName"), Setting.byDefault(null, node, "eksctl generates the role name"));
    };
  }

  /** The service accounts the role trusts. */
  public Setting<List<ServiceAccountRef>> serviceAccounts() {
    List<ServiceAccountRef> out = new ArrayList<>();
    switch (source) {
      case EKSCTL -> {
        Setting<String> ns = Values.string(node.at("metadata", "namespace"), Setting.byDefault("default", node, PlatformDefaults.EKSCTL));
        Setting<String> name = Values.string(node.at("metadata", "name"), Setting.unknown(node, "no name"));
        if (ns.isUnknown() || name.isUnknown()) {
          return Setting.unknown(node, "service account not known");
        }
        out.add(new ServiceAccountRef(ns.value(), name.value(), node.at("metadata", "name")));
        return Setting.explicit(List.copyOf(out), node);
      }
      case TERRAFORM_MODULE -> {
        Node providers = node.at("oidc_providers");
        if (!providers.isMap()) {
          return providers.isPresent() ? Setting.unknown(providers, providers.textOr("oidc_providers not known")) : Setting.explicit(List.of(), node);
        }
        for (Node p : providers.entries().values()) {
          Setting<List<String>> pairs = Values.strings(p.at("namespace_service_accounts"), Setting.explicit(List.of(), p));
          if (pairs.isUnknown()) {
            return Setting.unknown(pairs.node(), pairs.by());
          }
          for (int i = 0; i < pairs.value().size(); i++) {
            String pair = pairs.value().get(i);
            int colon = pair.indexOf(':');
            Node at = p.at("namespace_service_accounts").isList() ? p.at("namespace_service_accounts").items().get(i) : pairs.node();
            if (colon > 0) {
              out.add(new ServiceAccountRef(pair.substring(0, colon), pair.substring(colon + 1), at));
            }
          }
        }
        return Setting.explicit(List.copyOf(out), providers);
      }
      default -> {
        Setting<PolicyDocument> trust = trustPolicy();
        if (trust.known().isEmpty()) {
          return Setting.unknown(trust.node(), trust.by());
        }
        for (PolicyDocument.Statement s : trust.value().statements()) {
          for (PolicyDocument.Condition c : s.conditions()) {
            if (!c.variable().contains(":sub")) {
              continue;
            }
            for (String v : c.values().known().orElse(List.of())) {
              String prefix = "system:serviceaccount:";
              if (v.startsWith(prefix)) {
                String rest = v.substring(prefix.length());
                int colon = rest.indexOf(':');
                if (colon > 0) {
                  out.add(new ServiceAccountRef(rest.substring(0, colon), rest.substring(colon + 1), c.node()));
                }
              }
            }
          }
        }
        return Setting.explicit(List.copyOf(out), trust.node());
      }
    }
  }

  /** The trust policy of a raw role; modules and eksctl write a scoped trust themselves. */
  public Setting<PolicyDocument> trustPolicy() {
    if (source != Source.TERRAFORM_ROLE) {
      return Setting.byDefault(null, node, source == Source.EKSCTL
          ? "eksctl scopes the trust to the service account"
          : "the module scopes the trust to namespace_service_accounts");
    }
    return PolicyDocument.read(node.at("assume_role_policy"), resource, inventory);
  }

  /** The policies attached to the role that the input shows. */
  public List<AttachedPolicy> policies() {
    List<AttachedPolicy> out = new ArrayList<>();
    switch (source) {
      case TERRAFORM_MODULE -> {
        for (String field : List.of("role_policy_arns", "policies")) {
          for (Map.Entry<String, Node> e : node.at(field).entries().entrySet()) {
            out.add(managedPolicy(e.getValue()));
          }
        }
        for (Map.Entry<String, Node> e : node.entries().entrySet()) {
          if (e.getKey().startsWith("attach_") && e.getKey().endsWith("_policy") && e.getValue().asBoolean().orElse(false)) {
            out.add(new AttachedPolicy(e.getValue(), Optional.empty(),
                Setting.byDefault(null, e.getValue(), "a policy the module writes and scopes"), e.getKey()));
          }
        }
      }
      case EKSCTL -> {
        for (Node arn : node.at("attachPolicyARNs").items()) {
          out.add(managedPolicy(arn));
        }
        Node inline = node.at("attachPolicy");
        if (inline.isPresent()) {
          out.add(new AttachedPolicy(inline, Optional.empty(), PolicyDocument.read(inline, resource, inventory), "attachPolicy"));
        }
      }
      default -> rolePolicies(out);
    }
    return out;
  }

  private void rolePolicies(List<AttachedPolicy> out) {
    String address = EksClusterView.baseAddress(resource.name());
    Optional<String> name = roleName().known();
    for (Node inline : Values.blocks(node, "inline_policy")) {
      out.add(new AttachedPolicy(inline, Optional.empty(), PolicyDocument.read(inline.at("policy"), resource, inventory),
          "inline policy \"" + inline.at("name").textOr("") + "\""));
    }
    for (Node arn : node.at("managed_policy_arns").items()) {
      out.add(managedPolicy(arn));
    }
    for (Resource a : inventory.ofKind("aws_iam_role_policy_attachment")) {
      if (a.origin() == Origin.TERRAFORM && attachesTo(a.node().at("role"), address, name)) {
        out.add(managedPolicy(a.node().at("policy_arn")));
      }
    }
    for (Resource p : inventory.ofKind("aws_iam_role_policy")) {
      if (p.origin() == Origin.TERRAFORM && attachesTo(p.node().at("role"), address, name)) {
        out.add(new AttachedPolicy(p.node().at("policy"), Optional.empty(), PolicyDocument.read(p.node().at("policy"), p, inventory),
            EksClusterView.describeAddress(p.name())));
      }
    }
  }

  private static boolean attachesTo(Node role, String address, Optional<String> name) {
    if (Values.isExpression(role)) {
      return TerraformRefs.mentions(role, address);
    }
    return name.isPresent() && role.textOr("").equals(name.get());
  }

  /** A policy attached by ARN: literal, or a reference to an {@code aws_iam_policy} of the input. */
  private AttachedPolicy managedPolicy(Node ref) {
    if (Values.isExpression(ref)) {
      for (Resource policy : TerraformRefs.referenced(inventory, resource, ref, "aws_iam_policy")) {
        return new AttachedPolicy(ref, Optional.empty(), PolicyDocument.read(policy.node().at("policy"), policy, inventory),
            EksClusterView.describeAddress(policy.name()));
      }
      return new AttachedPolicy(ref, Optional.empty(), Setting.unknown(ref, ref.textOr("")), ref.textOr(""));
    }
    String arn = ref.textOr("");
    return new AttachedPolicy(ref, Optional.of(arn), Setting.unknown(ref, "a managed policy the input does not define"), awsManagedName(arn).orElse(arn));
  }

  /** {@code AmazonS3FullAccess} for {@code arn:aws:iam::aws:policy/AmazonS3FullAccess}. */
  public static Optional<String> awsManagedName(String arn) {
    String lower = arn.toLowerCase(Locale.ROOT);
    int i = lower.indexOf(":iam::aws:policy/");
    if (i < 0) {
      return Optional.empty();
    }
    String rest = arn.substring(i + ":iam::aws:policy/".length());
    return Optional.of(rest.substring(rest.lastIndexOf('/') + 1));
  }
}
