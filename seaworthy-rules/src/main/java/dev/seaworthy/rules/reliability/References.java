package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The objects a pod spec names and cannot start without, and whether the audited input holds them,
 * counting objects that Kubernetes or a controller in the input creates.
 */
final class References {

  /** One required reference: the kind, the name node, where it is used and what breaks without it. */
  record Reference(String kind, Node name, String usage, String consequence) {
    String nameText() {
      return name.textOr("");
    }
  }

  /** ConfigMaps that Kubernetes (and Istio) publish into every namespace. */
  private static final Set<String> BUILT_IN_CONFIG_MAPS = Set.of("kube-root-ca.crt", "istio-ca-root-cert");

  private static final String VOLUME_MISSING = "the pod stays in ContainerCreating until it exists";
  private static final String ENV_MISSING = "the container fails with CreateContainerConfigError until it exists";

  private References() {}

  /** The service account named by the pod, when it is not the namespace's default one. */
  static Node serviceAccountNode(PodSpecView pod) {
    Node sa = pod.spec().at("serviceAccountName");
    return sa.textOr("").isEmpty() ? pod.spec().at("serviceAccount") : sa;
  }

  static List<Reference> of(PodSpecView pod) {
    List<Reference> out = new ArrayList<>();
    Node sa = serviceAccountNode(pod);
    if (!sa.textOr("").isEmpty() && !sa.textOr("").equals("default")) {
      out.add(new Reference("ServiceAccount", sa, "pod runs as", "the API server rejects its pods"));
    }
    for (Node volume : pod.spec().at("volumes").items()) {
      String vol = "volume \"" + volume.at("name").textOr("<unnamed>") + "\"";
      if (!optional(volume.at("configMap"))) {
        add(out, "ConfigMap", volume.at("configMap", "name"), vol + " mounts", VOLUME_MISSING);
      }
      if (!optional(volume.at("secret"))) {
        add(out, "Secret", volume.at("secret", "secretName"), vol + " mounts", VOLUME_MISSING);
      }
      add(out, "PersistentVolumeClaim", volume.at("persistentVolumeClaim", "claimName"), vol + " mounts",
          "the pod stays Pending until it exists");
      for (Node source : volume.at("projected", "sources").items()) {
        if (!optional(source.at("configMap"))) {
          add(out, "ConfigMap", source.at("configMap", "name"), vol + " projects", VOLUME_MISSING);
        }
        if (!optional(source.at("secret"))) {
          add(out, "Secret", source.at("secret", "name"), vol + " projects", VOLUME_MISSING);
        }
      }
    }
    for (ContainerView c : pod.allContainers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      for (Node env : c.env()) {
        String use = c.describe() + " reads env " + env.at("name").textOr("<unnamed>") + " from";
        Node ref = env.at("valueFrom", "configMapKeyRef");
        if (!optional(ref)) {
          add(out, "ConfigMap", ref.at("name"), use, ENV_MISSING);
        }
        ref = env.at("valueFrom", "secretKeyRef");
        if (!optional(ref)) {
          add(out, "Secret", ref.at("name"), use, ENV_MISSING);
        }
      }
      for (Node from : c.node().at("envFrom").items()) {
        String use = c.describe() + " loads its environment from";
        if (!optional(from.at("configMapRef"))) {
          add(out, "ConfigMap", from.at("configMapRef", "name"), use, ENV_MISSING);
        }
        if (!optional(from.at("secretRef"))) {
          add(out, "Secret", from.at("secretRef", "name"), use, ENV_MISSING);
        }
      }
    }
    return out;
  }

  private static final Pattern TEMPLATED = Pattern.compile(".*(\\{\\{|\\$\\(|\\$\\{).*");

  private static void add(List<Reference> out, String kind, Node name, String usage, String consequence) {
    String text = name.textOr("");
    if (!name.isScalar() || text.isEmpty() || TEMPLATED.matcher(text).matches()) {
      return;
    }
    out.add(new Reference(kind, name, usage, consequence));
  }

  private static boolean optional(Node ref) {
    return ref.at("optional").asBoolean().orElse(false);
  }

  /** Whether the object exists in the namespace, or something in the input creates it there. */
  static boolean provided(String kind, String namespace, String name, Inventory inventory) {
    if (inventory.find(kind, namespace, name).isPresent()) {
      return true;
    }
    return switch (kind) {
      case "ConfigMap" -> BUILT_IN_CONFIG_MAPS.contains(name);
      case "Secret" -> createdSecrets(namespace, inventory).contains(name);
      case "PersistentVolumeClaim" -> fromClaimTemplate(namespace, name, inventory);
      default -> false;
    };
  }

  /** Whether the input holds any object of the kind in the namespace, counting created ones. */
  static boolean covers(String kind, String namespace, Inventory inventory) {
    if (!inventory.ofKind(kind, namespace).isEmpty()) {
      return true;
    }
    return switch (kind) {
      case "Secret" -> !createdSecrets(namespace, inventory).isEmpty();
      case "PersistentVolumeClaim" -> inventory.ofKind("StatefulSet", namespace).stream()
          .anyMatch(s -> !s.node().at("spec", "volumeClaimTemplates").items().isEmpty());
      default -> false;
    };
  }

  /** Namespaces other than {@code namespace} where the input defines the object. */
  static Set<String> elsewhere(String kind, String namespace, String name, Inventory inventory) {
    Set<String> out = new TreeSet<>();
    for (Resource r : inventory.ofKind(kind)) {
      String ns = Inventory.namespaceOf(r);
      if (r.name().equals(name) && !ns.equals(namespace)) {
        out.add(ns);
      }
    }
    return out;
  }

  /**
   * Secrets that controllers in the input write: External Secrets (spec.target.name, default the
   * ExternalSecret's name), cert-manager Certificates (spec.secretName), Sealed Secrets (the
   * SealedSecret's name), the Secrets Store CSI driver (secretObjects) and the Vault Secrets
   * Operator (spec.destination.name).
   */
  private static Set<String> createdSecrets(String namespace, Inventory inventory) {
    Set<String> out = new TreeSet<>();
    for (Resource r : inventory.ofKind("ExternalSecret", namespace)) {
      if (r.group().equals("external-secrets.io")) {
        out.add(r.node().at("spec", "target", "name").textOr(r.name()));
      }
    }
    for (Resource r : inventory.ofKind("ClusterExternalSecret")) {
      if (r.group().equals("external-secrets.io")) {
        Node spec = r.node().at("spec");
        out.add(spec.at("externalSecretSpec", "target", "name").textOr(spec.at("externalSecretName").textOr(r.name())));
      }
    }
    for (Resource r : inventory.ofKind("Certificate", namespace)) {
      if (r.group().equals("cert-manager.io")) {
        r.node().at("spec", "secretName").text().ifPresent(out::add);
      }
    }
    for (Resource r : inventory.ofKind("SealedSecret", namespace)) {
      if (r.group().equals("bitnami.com")) {
        out.add(r.name());
      }
    }
    for (Resource r : inventory.ofKind("SecretProviderClass", namespace)) {
      if (r.group().equals("secrets-store.csi.x-k8s.io")) {
        r.node().at("spec", "secretObjects").items().forEach(o -> o.at("secretName").text().ifPresent(out::add));
      }
    }
    for (String kind : List.of("VaultStaticSecret", "VaultDynamicSecret", "VaultPKISecret")) {
      for (Resource r : inventory.ofKind(kind, namespace)) {
        if (r.group().equals("secrets.hashicorp.com")) {
          r.node().at("spec", "destination", "name").text().ifPresent(out::add);
        }
      }
    }
    out.remove("");
    return out;
  }

  /** A StatefulSet's volumeClaimTemplates create PVCs named {@code <template>-<statefulset>-<ordinal>}. */
  private static boolean fromClaimTemplate(String namespace, String name, Inventory inventory) {
    for (Resource sts : inventory.ofKind("StatefulSet", namespace)) {
      for (Node template : sts.node().at("spec", "volumeClaimTemplates").items()) {
        String prefix = template.at("metadata", "name").textOr("") + "-" + sts.name() + "-";
        if (name.startsWith(prefix) && name.length() > prefix.length() && name.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code namespace "a"} or {@code namespaces "a" and "b"}. */
  static String namespaces(Set<String> names) {
    List<String> quoted = names.stream().map(n -> "\"" + n + "\"").toList();
    if (quoted.size() == 1) {
      return "namespace " + quoted.get(0);
    }
    return "namespaces " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
  }

  /** "Deployment "web"" plus, when it names no namespace, where it lands. */
  static String namespaceClause(Resource workload) {
    return workload.namespace().isEmpty()
        ? "namespace \"default\" (" + Workloads.describe(workload) + " names no namespace, so it lands in the namespace kubectl targets, usually default)"
        : "namespace \"" + workload.namespace() + "\"";
  }
}
