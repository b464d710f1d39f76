package dev.seaworthy.kube;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind Seaworthy lists from a cluster: its API group, kind, resource (plural) name and scope. The
 * catalog is every kind a rule or an analyzer reads, and nothing else; {@code deploy/rbac/} grants
 * exactly these (a test keeps the two equal).
 *
 * @param metadataOnly listed as {@code PartialObjectMetadata}: names, labels and annotations, never
 *     the content (Secrets)
 * @param extension a CRD or aggregated API: listed only when discovery shows it is served, and its
 *     absence is not worth a word
 */
public record KubeKind(String group, String kind, String plural, boolean namespaced, boolean metadataOnly, boolean extension) {

  /** {@code deployments.apps}, or {@code pods} for the core group: how RBAC and kubectl name it. */
  public String resourceName() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /** {@code Deployment (apps)}, or {@code Pod}. */
  public String display() {
    return group.isEmpty() ? kind : kind + " (" + group + ")";
  }

  public static Optional<KubeKind> find(String group, String kind) {
    return ALL.stream().filter(k -> k.group.equals(group) && k.kind.equals(kind)).findFirst();
  }

  public static List<KubeKind> all() {
    return ALL;
  }

  private static KubeKind core(String kind, boolean namespaced) {
    return new KubeKind("", kind, plural(kind), namespaced, false, false);
  }

  private static KubeKind builtIn(String group, String kind, boolean namespaced) {
    return new KubeKind(group, kind, plural(kind), namespaced, false, false);
  }

  private static KubeKind crd(String group, String kind, boolean namespaced) {
    return new KubeKind(group, kind, plural(kind), namespaced, false, true);
  }

  /** The API's plural: lower case, {@code -y} to {@code -ies}, {@code -s}/{@code -ss} to {@code -es}. */
  static String plural(String kind) {
    String k = kind.toLowerCase(Locale.ROOT);
    if (k.endsWith("y") && !k.endsWith("ey")) {
      return k.substring(0, k.length() - 1) + "ies";
    }
    if (k.endsWith("s") || k.endsWith("x") || k.endsWith("ch")) {
      return k + "es";
    }
    return k + "s";
  }

  private static final List<KubeKind> ALL = List.of(
      core("Namespace", false),
      core("Node", false),
      core("Pod", true),
      core("Service", true),
      core("Endpoints", true).withPlural("endpoints"),
      core("ServiceAccount", true),
      core("ConfigMap", true),
      new KubeKind("", "Secret", "secrets", true, true, false),
      core("PersistentVolumeClaim", true),
      core("ResourceQuota", true),
      core("LimitRange", true),
      core("ReplicationController", true),
      core("PodTemplate", true),
      core("Event", true),
      builtIn("apps", "Deployment", true),
      builtIn("apps", "StatefulSet", true),
      builtIn("apps", "DaemonSet", true),
      builtIn("apps", "ReplicaSet", true),
      builtIn("batch", "Job", true),
      builtIn("batch", "CronJob", true),
      builtIn("autoscaling", "HorizontalPodAutoscaler", true),
      builtIn("policy", "PodDisruptionBudget", true),
      // removed in 1.25: listed only where a cluster still serves it, which is itself a finding
      builtIn("policy", "PodSecurityPolicy", false).asExtension(),
      builtIn("networking.k8s.io", "NetworkPolicy", true),
      builtIn("networking.k8s.io", "Ingress", true),
      builtIn("networking.k8s.io", "IngressClass", false),
      builtIn("storage.k8s.io", "StorageClass", false),
      builtIn("scheduling.k8s.io", "PriorityClass", false),
      builtIn("admissionregistration.k8s.io", "ValidatingWebhookConfiguration", false),
      builtIn("admissionregistration.k8s.io", "MutatingWebhookConfiguration", false),
      builtIn("resource.k8s.io", "DeviceClass", false).asExtension(),
      crd("karpenter.sh", "NodePool", false),
      crd("karpenter.sh", "Provisioner", false),
      crd("karpenter.k8s.aws", "EC2NodeClass", false),
      crd("karpenter.k8s.aws", "AWSNodeInstanceProfile", false),
      crd("external-secrets.io", "ExternalSecret", true),
      crd("external-secrets.io", "SecretStore", true),
      crd("external-secrets.io", "ClusterSecretStore", false),
      crd("external-secrets.io", "ClusterExternalSecret", false),
      crd("velero.io", "Schedule", true),
      crd("keda.sh", "ScaledObject", true),
      crd("elbv2.k8s.aws", "IngressClassParams", false).withPlural("ingressclassparams"),
      crd("crd.projectcalico.org", "GlobalNetworkPolicy", false),
      crd("secrets-store.csi.x-k8s.io", "SecretProviderClass", true),
      crd("bitnami.com", "SealedSecret", true),
      crd("secrets.hashicorp.com", "VaultStaticSecret", true),
      crd("secrets.hashicorp.com", "VaultDynamicSecret", true),
      crd("secrets.hashicorp.com", "VaultPKISecret", true));

  private KubeKind withPlural(String p) {
    return new KubeKind(group, kind, p, namespaced, metadataOnly, extension);
  }

  private KubeKind asExtension() {
    return new KubeKind(group, kind, plural, namespaced, metadataOnly, true);
  }
}
