package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 2. IRSA. Evidence: ServiceAccounts annotated with an IAM role. Gaps: such a ServiceAccount that
 * nothing of its namespace uses (no pod runs as it, no {@code serviceAccountRef} names it: the
 * guide's namespace-less Deployment), and containers handed static AWS keys. Absence fails when workloads get static AWS keys instead.
 */
final class IrsaItem implements ItemDefinition {

  static final String ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";
  private static final Set<String> STATIC_KEYS = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");

  @Override
  public ChecklistItem item() {
    return ChecklistItem.IRSA;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> roles = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    Set<String> referenced = new HashSet<>();
    for (Resource r : input.all()) {
      collectServiceAccountRefs(r.node(), Inventory.namespaceOf(r), referenced, 0);
    }
    for (Resource sa : Inputs.ofKinds(input, "", "ServiceAccount")) {
      if (sa.annotation(ROLE_ANNOTATION).filter(a -> !a.isBlank()).isEmpty()) {
        continue;
      }
      roles.add(sa);
      String ns = Inventory.namespaceOf(sa);
      boolean used = input.podSpecsIn(ns).stream().anyMatch(p -> p.serviceAccountName().equals(sa.name()))
          || referenced.contains(ns + "/" + sa.name());
      if (!used) {
        gaps.add(sa.ref() + " has an IAM role but nothing in namespace " + ns + " of the audited input uses it"
            + Inputs.at(sa.position()));
      }
    }
    List<String> staticKeys = new ArrayList<>();
    for (PodSpecView pod : input.podSpecs()) {
      for (ContainerView c : pod.allContainers()) {
        for (Node env : c.env()) {
          String name = env.at("name").textOr("");
          if (STATIC_KEYS.contains(name)) {
            staticKeys.add(pod.resource().ref() + " gives " + c.describe() + " static AWS keys (" + name + ") instead of a role" + Inputs.at(env));
          }
        }
      }
    }
    gaps.addAll(staticKeys);
    Absence absence =
        staticKeys.isEmpty()
            ? Absence.manual("no ServiceAccount with an IAM role (" + ROLE_ANNOTATION + ") in the audited input")
            : Absence.fail("workloads use static AWS keys and no ServiceAccount has an IAM role: " + staticKeys.get(0));
    return new Evidence(roles, gaps, List.of(), absence);
  }

  /**
   * {@code namespace/name} of every {@code serviceAccountRef} in the object: External Secrets stores
   * authenticate as a ServiceAccount that no pod runs as.
   */
  private static void collectServiceAccountRefs(Node node, String namespace, Set<String> out, int depth) {
    if (depth > 12) {
      return;
    }
    if (node.isMap()) {
      for (var e : node.entries().entrySet()) {
        if (e.getKey().equals("serviceAccountRef")) {
          e.getValue().at("name").text().ifPresent(n -> out.add(e.getValue().at("namespace").textOr(namespace) + "/" + n));
        } else {
          collectServiceAccountRefs(e.getValue(), namespace, out, depth + 1);
        }
      }
    } else if (node.isList()) {
      node.items().forEach(i -> collectServiceAccountRefs(i, namespace, out, depth + 1));
    }
  }

  @Override
  public String proof() {
    return "every workload that calls AWS runs under a ServiceAccount annotated with " + ROLE_ANNOTATION
        + " (IRSA) or has an EKS Pod Identity association (`aws eks list-pod-identity-associations`), the cluster has "
        + "an IAM OIDC provider, and no pod gets static AWS keys";
  }
}
