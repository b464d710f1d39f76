package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 4. Network policies. Evidence: NetworkPolicies (and Calico, Cilium and admin network policies).
 * Gaps: application namespaces of the input whose workloads no policy covers, or that have no
 * default-deny policy for ingress and egress. Absence fails when the input declares a Namespace and
 * its workloads but no policy at all: the namespace is managed here, so are its policies.
 */
final class NetworkPoliciesItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.NETWORK_POLICIES;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> kube = Inputs.ofKinds(input, "networking.k8s.io", "NetworkPolicy");
    List<Resource> engine = new ArrayList<>();
    engine.addAll(Inputs.ofKinds(input, "cilium.io", "CiliumNetworkPolicy"));
    engine.addAll(Inputs.ofKinds(input, "crd.projectcalico.org", "NetworkPolicy"));
    engine.addAll(Inputs.ofKinds(input, "projectcalico.org", "NetworkPolicy"));
    List<Resource> clusterWide = new ArrayList<>();
    clusterWide.addAll(Inputs.ofKinds(input, "cilium.io", "CiliumClusterwideNetworkPolicy"));
    clusterWide.addAll(Inputs.ofKinds(input, "crd.projectcalico.org", "GlobalNetworkPolicy"));
    clusterWide.addAll(Inputs.ofKinds(input, "projectcalico.org", "GlobalNetworkPolicy"));
    clusterWide.addAll(Inputs.ofKinds(input, "policy.networking.k8s.io", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"));
    List<Resource> all = new ArrayList<>(kube);
    all.addAll(engine);
    all.addAll(clusterWide);

    List<String> gaps = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, List<Resource>> workloads = Inputs.appWorkloadsByNamespace(input);
    if (!clusterWide.isEmpty()) {
      notes.add("cluster-wide policies (" + Inputs.describe(clusterWide.get(0)) + ") apply to every namespace; "
          + "per-namespace coverage is not judged");
    } else {
      for (Map.Entry<String, List<Resource>> ns : workloads.entrySet()) {
        List<Resource> policies = all.stream().filter(p -> Inventory.namespaceOf(p).equals(ns.getKey())).toList();
        if (policies.isEmpty()) {
          gaps.add("namespace " + ns.getKey() + " has workloads (" + Inputs.list(ns.getValue().stream().map(Resource::ref).toList(), 3)
              + ") and no NetworkPolicy in the audited input");
          continue;
        }
        if (policies.stream().allMatch(p -> p.group().equals("networking.k8s.io"))) {
          Set<String> missing = new TreeSet<>();
          if (policies.stream().noneMatch(p -> deniesAll(p, "Ingress"))) {
            missing.add("ingress");
          }
          if (policies.stream().noneMatch(p -> deniesAll(p, "Egress"))) {
            missing.add("egress");
          }
          if (!missing.isEmpty()) {
            gaps.add("namespace " + ns.getKey() + " has no default-deny NetworkPolicy for " + String.join(" and ", missing)
                + " (podSelector: {} with policyTypes " + (missing.size() == 2 ? "[Ingress, Egress]" : "[" + cap(missing.iterator().next()) + "]")
                + " and no rules), so pods no policy selects are open");
          }
        }
      }
    }
    if (!all.isEmpty()) {
      notes.add("EKS enforces NetworkPolicies only when the VPC CNI network policy agent is enabled "
          + "(enableNetworkPolicy: \"true\" in the vpc-cni add-on configuration) or another policy engine (Calico, Cilium) "
          + "runs: confirm it on the cluster");
    }
    Absence absence = Absence.manual("no NetworkPolicy in the audited input");
    for (Resource ns : Inputs.ofKinds(input, "", "Namespace")) {
      List<Resource> inIt = workloads.get(ns.name());
      if (inIt != null) {
        absence = Absence.fail("namespace " + ns.name() + " and its workloads are declared here" + Inputs.at(ns.position())
            + " but no NetworkPolicy is: every pod accepts traffic from anywhere");
        break;
      }
    }
    return new Evidence(Inputs.sorted(all), gaps, notes, absence);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A policy selecting every pod of its namespace, of this type, with no rule: denies everything of that type. */
  static boolean deniesAll(Resource policy, String type) {
    Node spec = policy.node().at("spec");
    if (!selectsAll(spec.at("podSelector"))) {
      return false;
    }
    List<String> types = Inputs.texts(spec.at("policyTypes"));
    boolean applies =
        types.isEmpty()
            ? type.equals("Ingress") || (type.equals("Egress") && spec.at("egress").isPresent())
            : types.contains(type);
    String rules = type.equals("Ingress") ? "ingress" : "egress";
    return applies && spec.at(rules).items().isEmpty();
  }

  private static boolean selectsAll(Node selector) {
    if (!selector.isPresent() || selector.entries().isEmpty()) {
      return true;
    }
    return selector.at("matchLabels").entries().isEmpty() && selector.at("matchExpressions").items().isEmpty();
  }

  @Override
  public String proof() {
    return "NetworkPolicies in every application namespace (a default deny for ingress and egress, then what each "
        + "workload needs, DNS over UDP and TCP included) and their enforcement on the cluster: the VPC CNI network "
        + "policy agent enabled or Calico/Cilium installed; `kubectl get networkpolicy -A`";
  }
}
