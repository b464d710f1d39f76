package dev.seaworthy.rules.identity;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** ServiceAccount lookups shared by the identity rules. */
final class ServiceAccounts {

  static final String ROLE_ARN = "eks.amazonaws.com/role-arn";

  private ServiceAccounts() {}

  /** The ServiceAccount a pod runs as, in the pod's namespace, when the input has it. */
  static Optional<Resource> of(PodSpecView pod, Inventory inventory) {
    return find(inventory, Inventory.namespaceOf(pod.resource()), pod.serviceAccountName());
  }

  static Optional<Resource> find(Inventory inventory, String namespace, String name) {
    return inventory.ofKind("ServiceAccount", namespace).stream()
        .filter(sa -> sa.group().isEmpty() && sa.name().equals(name))
        .findFirst();
  }

  /** An IRSA annotation with a value; an empty one makes the webhook inject nothing. */
  static boolean hasRoleAnnotation(Resource serviceAccount) {
    return serviceAccount.annotation(ROLE_ARN).map(v -> !v.isBlank()).orElse(false);
  }

  /** The node to report a pod's ServiceAccount problem on: the field that names it, else the spec. */
  static Node serviceAccountNode(PodSpecView pod) {
    Node name = pod.spec().at("serviceAccountName");
    if (name.isPresent()) {
      return name;
    }
    Node legacy = pod.spec().at("serviceAccount");
    return legacy.isPresent() ? legacy : pod.anchor();
  }

  /** Other namespaces of the input that hold a ServiceAccount of this name. */
  static List<String> namespacesHolding(Inventory inventory, String name, String except) {
    TreeSet<String> out = new TreeSet<>();
    for (Resource sa : inventory.ofKind("ServiceAccount")) {
      String ns = Inventory.namespaceOf(sa);
      if (sa.group().isEmpty() && sa.name().equals(name) && !ns.equals(except)) {
        out.add(ns);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the input gives this ServiceAccount an IAM role outside its own manifest: an eksctl
   * ClusterConfig that creates it as an IRSA ServiceAccount (iam.serviceAccounts) or associates it
   * with a role through EKS Pod Identity (iam.podIdentityAssociations, or an add-on's), or an ACK
   * PodIdentityAssociation object.
   */
  static boolean roleGivenElsewhere(Inventory inventory, String namespace, String name) {
    for (Resource config : inventory.ofKind("ClusterConfig")) {
      if (!config.group().equals("eksctl.io")) {
        continue;
      }
      Node iam = config.node().at("iam");
      for (Node sa : iam.at("serviceAccounts").items()) {
        if (matches(sa.at("metadata", "namespace"), "default", namespace) && sa.at("metadata", "name").textOr("").equals(name)) {
          return true;
        }
      }
      for (Node association : iam.at("podIdentityAssociations").items()) {
        if (matches(association.at("namespace"), "default", namespace) && association.at("serviceAccountName").textOr("").equals(name)) {
          return true;
        }
      }
      for (Node addon : config.node().at("addons").items()) {
        for (Node association : addon.at("podIdentityAssociations").items()) {
          if (matches(association.at("namespace"), "kube-system", namespace) && association.at("serviceAccountName").textOr("").equals(name)) {
            return true;
          }
        }
        // the VPC CNI add-on's IRSA role is given to kube-system/aws-node
        if (addon.at("name").textOr("").equals("vpc-cni")
            && addon.at("serviceAccountRoleARN").isPresent()
            && namespace.equals("kube-system")
            && name.equals("aws-node")) {
          return true;
        }
      }
    }
    for (Resource association : inventory.ofKind("PodIdentityAssociation")) {
      Node spec = association.node().at("spec");
      if (association.group().equals("eks.services.k8s.aws")
          && spec.at("namespace").textOr("").equals(namespace)
          && spec.at("serviceAccount").textOr("").equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Node namespaceField, String fallback, String namespace) {
    return namespaceField.textOr(fallback).equals(namespace);
  }
}
