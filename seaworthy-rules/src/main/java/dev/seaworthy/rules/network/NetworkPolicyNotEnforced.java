package dev.seaworthy.rules.network;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import dev.seaworthy.core.view.eks.EksAddonView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
    id = "network-policy-not-enforced",
    title = "NetworkPolicies are in the input but the cluster's VPC CNI does not enforce them",
    severity = Severity.HIGH,
    category = Category.NETWORK,
    checklist = {ChecklistItem.NETWORK_POLICIES},
    description = """
        Kubernetes stores NetworkPolicy objects whatever the network plugin, but only a plugin that \
        implements them enforces them. On EKS the VPC CNI enforces NetworkPolicies only when its \
        add-on configuration sets enableNetworkPolicy to "true" (VPC CNI 1.14+); otherwise, unless \
        another engine such as Calico or Cilium runs, every policy is silently ignored and all pods \
        can reach all pods while the manifests suggest isolation. Reported on the vpc-cni add-on \
        (EKS module entry, aws_eks_addon or eksctl addons) when the audited manifests hold \
        NetworkPolicies, no vpc-cni add-on of the input enables enforcement or leaves it unknown, \
        and no Calico, Cilium, Antrea or kube-router objects or images are in the input. The guide's \
        cluster is such a case.""",
    remediation = "Set enableNetworkPolicy to \"true\" in the vpc-cni add-on's configuration values (or install another policy engine), then check the policies do what they say.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/cni-network-policy-configure.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/#prerequisites"
    },
    equivalents = {"kubescape:C-0230"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
        addons:
          - name: vpc-cni
            version: latest
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: production
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
        addons:
          - name: vpc-cni
            version: latest
            configurationValues: '{"enableNetworkPolicy": "true"}'
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: production
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        """)
public final class NetworkPolicyNotEnforced implements InventoryRule {

  private static final int NAMED = 3;
  private static final Set<String> ENGINE_GROUPS =
      Set.of("cilium.io", "projectcalico.org", "crd.projectcalico.org", "operator.tigera.io", "crd.antrea.io");
  private static final Pattern ENGINE_IMAGE =
      Pattern.compile("(^|/)(calico/node|calico/cni|cilium/cilium|cilium/operator|tigera/operator|antrea/antrea|kube-router)([:@]|$)|(^|/)cilium(-|$)|calico-node");

  @Override
  public boolean appliesTo(Resource resource) {
    return EksAddonView.of(resource).stream().anyMatch(a -> a.name().is("vpc-cni"));
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Inventory inventory = context.inventory();
    List<Resource> policies = inventory.ofKind("NetworkPolicy").stream().filter(p -> p.group().equals("networking.k8s.io")).toList();
    if (policies.isEmpty() || otherEngine(inventory) || !allVpcCnisIgnorePolicies(inventory)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (EksAddonView addon : EksInputs.addonsOf(resource, inventory)) {
      if (!addon.name().is("vpc-cni")) {
        continue;
      }
      Setting<Node> config = addon.configurationValues();
      Node at = config.isExplicit() && config.node().position().isKnown() ? config.node() : addon.node();
      out.add(Violation.of(at, addon.describe() + " does not set enableNetworkPolicy: \"true\" while the input has " + count(policies)
          + " and no other policy engine (Calico, Cilium): the VPC CNI does not enforce them, so every pod can still reach every pod"));
    }
    return out;
  }

  /** Whether every vpc-cni add-on of the input is known not to enable enforcement. */
  private static boolean allVpcCnisIgnorePolicies(Inventory inventory) {
    for (EksAddonView addon : EksInputs.addons(inventory)) {
      if (addon.name().is("vpc-cni") && enforcement(addon).orElse(true)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the add-on's configuration enables NetworkPolicy enforcement; empty when not known. */
  static Optional<Boolean> enforcement(EksAddonView addon) {
    Setting<Node> config = addon.configurationValues();
    if (config.isUnknown()) {
      return Optional.empty();
    }
    if (config.value() == null) {
      return Optional.of(false);
    }
    Node flag = config.value().at("enableNetworkPolicy");
    if (!flag.isPresent()) {
      return Optional.of(false);
    }
    String text = flag.asBoolean().map(String::valueOf).orElse(flag.textOr("")).strip().toLowerCase(Locale.ROOT);
    return text.equals("true") ? Optional.of(true) : text.equals("false") ? Optional.of(false) : Optional.empty();
  }

  /** Objects or images of Calico, Cilium, Antrea or kube-router in the input. */
  private static boolean otherEngine(Inventory inventory) {
    for (Resource r : inventory.all()) {
      if (ENGINE_GROUPS.contains(r.group())) {
        return true;
      }
    }
    for (PodSpecView pod : inventory.podSpecs()) {
      for (ContainerView c : pod.allContainers()) {
        if (ENGINE_IMAGE.matcher(c.image().toLowerCase(Locale.ROOT)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String count(List<Resource> policies) {
    List<String> names = new ArrayList<>();
    for (Resource p : policies.subList(0, Math.min(NAMED, policies.size()))) {
      names.add(Inventory.namespaceOf(p) + "/" + p.name());
    }
    String more = policies.size() > NAMED ? " and " + (policies.size() - NAMED) + " more" : "";
    return policies.size() + " NetworkPolic" + (policies.size() == 1 ? "y" : "ies") + " (" + String.join(", ", names) + more + ")";
  }
}
