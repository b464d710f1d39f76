package dev.seaworthy.rules.identity;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.IrsaRoleView;
import dev.seaworthy.core.view.eks.IrsaRoleView.ServiceAccountRef;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    id = "irsa-service-account-not-found",
    title = "IRSA role trusts a ServiceAccount that the manifests do not define in that namespace",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        An IAM role for service accounts (terraform-aws-modules/iam IRSA module, an aws_iam_role \
        with a web-identity trust, eksctl iam.serviceAccounts with roleOnly) trusts exactly one \
        namespace:serviceaccount pair. If the workload's ServiceAccount has another name or lives \
        in another namespace, STS refuses the token and the pods fall back to the node role or get \
        no AWS credentials at all, which shows only at run time as AccessDenied. Reported when the \
        audited manifests use that namespace or that ServiceAccount name but do not define the \
        pair; ServiceAccounts that EKS add-ons of the input create (kube-system/aws-node for \
        vpc-cni, kube-system/ebs-csi-controller-sa for the EBS CSI driver, ...) and those eksctl \
        creates are not missing. The input may be partial: the message says "not found in the \
        audited input".""",
    remediation = "Make the role's namespace_service_accounts (or trust condition) and the ServiceAccount's namespace and name agree, and keep the ServiceAccount with the workload's manifests.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: s3-app
                namespace: production
              roleOnly: true
              roleName: s3-app
              attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: default
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/s3-app
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: s3-app
                namespace: production
              roleOnly: true
              roleName: s3-app
              attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/s3-app
        """)
public final class IrsaServiceAccountNotFound implements InventoryRule {

  /** The ServiceAccounts EKS add-ons create, by add-on name. */
  private static final Map<String, List<String>> ADDON_SERVICE_ACCOUNTS = Map.of(
      "vpc-cni", List.of("kube-system:aws-node"),
      "aws-ebs-csi-driver", List.of("kube-system:ebs-csi-controller-sa", "kube-system:ebs-csi-node-sa"),
      "aws-efs-csi-driver", List.of("kube-system:efs-csi-controller-sa", "kube-system:efs-csi-node-sa"),
      "aws-mountpoint-s3-csi-driver", List.of("kube-system:s3-csi-driver-sa"),
      "amazon-cloudwatch-observability", List.of("amazon-cloudwatch:cloudwatch-agent"),
      "coredns", List.of("kube-system:coredns"),
      "kube-proxy", List.of("kube-system:kube-proxy"));

  @Override
  public boolean appliesTo(Resource r) {
    if (r.origin() == Origin.TERRAFORM) {
      return r.kind().equals("aws_iam_role") || (r.kind().equals("module") && r.node().at("source").textOr("").contains("iam-role-for-service-accounts"));
    }
    return r.kind().equals("ClusterConfig") && r.apiVersion().startsWith("eksctl.io/") && !r.node().at("iam", "serviceAccounts").items().isEmpty();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Inventory inventory = context.inventory();
    List<Violation> out = new ArrayList<>();
    Set<String> created = null;
    for (IrsaRoleView role : IrsaRoleView.of(resource, inventory)) {
      if (role.source() == IrsaRoleView.Source.EKSCTL && !role.node().at("roleOnly").asBoolean().orElse(false)) {
        continue; // eksctl creates the ServiceAccount itself
      }
      Setting<List<ServiceAccountRef>> refs = role.serviceAccounts();
      for (ServiceAccountRef ref : refs.known().orElse(List.of())) {
        if (ref.namespace().contains("*") || ref.name().contains("*") || ServiceAccounts.find(inventory, ref.namespace(), ref.name()).isPresent()) {
          continue;
        }
        if (created == null) {
          created = createdByIac(inventory);
        }
        if (created.contains(ref.toString())) {
          continue;
        }
        List<String> elsewhere = ServiceAccounts.namespacesHolding(inventory, ref.name(), ref.namespace());
        if (elsewhere.isEmpty() && !manifestsUse(inventory, ref)) {
          continue; // the manifests say nothing about that namespace or name: likely another repository
        }
        String message = role.describe() + " trusts ServiceAccount \"" + ref.name() + "\" in namespace \"" + ref.namespace()
            + "\", which is not found in the audited input";
        if (!elsewhere.isEmpty()) {
          message += ": a ServiceAccount of that name is in namespace " + String.join(", ", elsewhere) + ", and STS refuses its tokens for this role";
        } else {
          message += ": pods running as another ServiceAccount cannot assume the role";
        }
        Node at = ref.node().position().isKnown() ? ref.node() : role.node();
        out.add(Violation.of(at, message));
      }
    }
    return out;
  }

  /** {@code namespace:name} of ServiceAccounts that add-ons or eksctl of the input create. */
  private static Set<String> createdByIac(Inventory inventory) {
    Set<String> out = new HashSet<>();
    for (EksAddonView a : EksInputs.addons(inventory)) {
      a.name().known().ifPresent(n -> out.addAll(ADDON_SERVICE_ACCOUNTS.getOrDefault(n, List.of())));
    }
    for (IrsaRoleView r : EksInputs.irsaRoles(inventory)) {
      if (r.source() == IrsaRoleView.Source.EKSCTL && !r.node().at("roleOnly").asBoolean().orElse(false)) {
        r.serviceAccounts().known().orElse(List.of()).forEach(ref -> out.add(ref.toString()));
      }
    }
    return out;
  }

  /** Whether the manifests have objects in the namespace or pods that run as a ServiceAccount of that name. */
  private static boolean manifestsUse(Inventory inventory, ServiceAccountRef ref) {
    for (Resource r : inventory.all()) {
      boolean manifest = r.origin() == Origin.MANIFEST || r.origin() == Origin.LIVE;
      if (manifest && ((r.kind().equals("Namespace") && r.name().equals(ref.namespace())) || r.namespace().equals(ref.namespace()))) {
        return true;
      }
    }
    for (PodSpecView pod : inventory.podSpecs()) {
      if (pod.serviceAccountName().equals(ref.name())) {
        return true;
      }
    }
    return false;
  }
}
