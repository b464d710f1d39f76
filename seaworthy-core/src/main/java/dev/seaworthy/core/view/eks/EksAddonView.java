package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One EKS add-on: an entry of the module's {@code cluster_addons} (v18–v20) / {@code addons} (v21),
 * an {@code aws_eks_addon}, or an eksctl {@code addons[]} item.
 */
public final class EksAddonView {

  /** What wrote the add-on. */
  public enum Source {
    MODULE_ENTRY,
    TERRAFORM_RESOURCE,
    EKSCTL
  }

  private final Resource resource;
  private final Source source;
  private final Node node;
  private final String key;
  private final Optional<EksModule> module;

  private EksAddonView(Resource resource, Source source, Node node, String key, Optional<EksModule> module) {
    this.resource = resource;
    this.source = source;
    this.node = node;
    this.key = key;
    this.module = module;
  }

  /** Every add-on a resource defines. */
  public static List<EksAddonView> of(Resource r) {
    List<EksAddonView> out = new ArrayList<>();
    if (r.origin() == Origin.TERRAFORM && r.kind().equals("aws_eks_addon")) {
      out.add(new EksAddonView(r, Source.TERRAFORM_RESOURCE, r.node(), r.node().at("addon_name").textOr(""), Optional.empty()));
      return out;
    }
    Optional<EksModule> m = EksModule.of(r).filter(x -> x.kind() == EksModule.Kind.ROOT);
    if (m.isPresent()) {
      for (Map.Entry<String, Node> e : m.get().input("addons").entries().entrySet()) {
        if (e.getValue().isMap()) {
          out.add(new EksAddonView(r, Source.MODULE_ENTRY, e.getValue(), e.getKey(), m));
        }
      }
      return out;
    }
    if (EksClusterView.isEksctlConfig(r)) {
      for (Node a : r.node().at("addons").items()) {
        out.add(new EksAddonView(r, Source.EKSCTL, a, a.at("name").textOr(""), Optional.empty()));
      }
    }
    return out;
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

  public Optional<EksModule> module() {
    return module;
  }

  /** {@code add-on "vpc-cni" (module "eks")}, {@code aws_eks_addon "cni"}, {@code eksctl add-on "vpc-cni"}. */
  public String describe() {
    return switch (source) {
      case MODULE_ENTRY -> "add-on \"" + name().known().orElse(key) + "\" (" + module.orElseThrow().describe() + ")";
      case TERRAFORM_RESOURCE -> EksClusterView.describeAddress(resource.name());
      case EKSCTL -> "eksctl add-on \"" + key + "\"";
    };
  }

  /** The EKS add-on name ({@code vpc-cni}); a module entry's name defaults to its map key. */
  public Setting<String> name() {
    return switch (source) {
      case MODULE_ENTRY -> Values.string(node.at("name"), Setting.byDefault(key, node, "the map key"));
      case TERRAFORM_RESOURCE -> Values.string(node.at("addon_name"), Setting.unknown(node, "no addon_name"));
      case EKSCTL -> Values.string(node.at("name"), Setting.unknown(node, "no name"));
    };
  }

  /** The pinned version ({@code v1.18.3-eksbuild.1}); eksctl's {@code latest} is returned as written. */
  public Setting<String> version() {
    String field = source == Source.EKSCTL ? "version" : "addon_version";
    return Values.string(node.at(field), Setting.byDefault(null, node, "no version pinned"));
  }

  /** Whether the newest version is taken (module {@code most_recent}; eksctl {@code version: latest}). */
  public Setting<Boolean> mostRecent() {
    if (source == Source.EKSCTL) {
      Setting<String> v = version();
      return v.map(t -> t.equalsIgnoreCase("latest"));
    }
    if (source == Source.TERRAFORM_RESOURCE) {
      return Setting.byDefault(false, node, PlatformDefaults.EKS_API + ": the default version for the cluster");
    }
    Setting<Object> d = module.orElseThrow().moduleDefault("addon_most_recent");
    return Values.bool(node.at("most_recent"), new Setting<>(d.value() instanceof Boolean b ? b : null, node, d.provenance(), d.by()));
  }

  /** The IAM role its service account uses (IRSA), when one is given. */
  public Setting<String> serviceAccountRole() {
    String field = source == Source.EKSCTL ? "serviceAccountRoleARN" : "service_account_role_arn";
    return Values.string(node.at(field), Setting.byDefault(null, node, "no service account role: the node role is used"));
  }

  /** Whether a Pod Identity association or eksctl-created IAM policy gives it its own identity. */
  public boolean hasOwnIdentity() {
    if (serviceAccountRole().known().isPresent() || serviceAccountRole().isUnknown()) {
      return true;
    }
    if (source == Source.EKSCTL) {
      return node.at("attachPolicyARNs").isPresent() || node.at("wellKnownPolicies").isPresent()
          || node.at("attachPolicy").isPresent() || node.at("podIdentityAssociations").isPresent()
          || node.at("useDefaultPodIdentityAssociations").asBoolean().orElse(false);
    }
    return node.at("pod_identity_association").isPresent();
  }

  /**
   * The configuration values as a structure: a {@code jsonencode(...)} already is one; a JSON (or
   * YAML) string is parsed. Unknown for an unresolved expression or unreadable text.
   */
  public Setting<Node> configurationValues() {
    String field = source == Source.EKSCTL ? "configurationValues" : "configuration_values";
    Node raw = node.at(field);
    if (!raw.isPresent()) {
      return Setting.byDefault(null, node, "no configuration values");
    }
    if (Values.isExpression(raw)) {
      return Setting.unknown(raw, raw.textOr(""));
    }
    if (raw.isMap() || raw.isList()) {
      return Setting.explicit(raw, raw);
    }
    return parseText(raw);
  }

  /** Parses a JSON/YAML string value; every node of the result carries the string's own position. */
  static Setting<Node> parseText(Node raw) {
    String text = raw.textOr("");
    if (text.isBlank()) {
      return Setting.byDefault(null, raw, "empty configuration values");
    }
    List<YamlDocument> docs = new YamlReader(LoadLimits.DEFAULTS).read(raw.position().file(), text);
    if (docs.size() == 1 && docs.get(0) instanceof YamlDocument.Parsed p && (p.root().isMap() || p.root().isList())) {
      return Setting.explicit(Relocated.at(p.root(), raw.position()), raw);
    }
    return Setting.unknown(raw, "configuration values are not readable JSON or YAML");
  }

  /** Whether the module installs it before the node groups ({@code before_compute}). */
  public Setting<Boolean> beforeCompute() {
    if (source == Source.MODULE_ENTRY) {
      return Values.bool(node.at("before_compute"), Setting.byDefault(false, node, module.orElseThrow().defaultsBy()));
    }
    if (source == Source.TERRAFORM_RESOURCE) {
      return Setting.unknown(node, "ordering follows the resource's dependencies");
    }
    return Setting.unknown(node, "eksctl orders add-on creation itself");
  }
}
