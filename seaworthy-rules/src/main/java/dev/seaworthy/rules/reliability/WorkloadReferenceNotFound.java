package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "workload-reference-not-found",
    title = "Pod references a ServiceAccount, ConfigMap, Secret or PVC not found in its namespace",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        ServiceAccounts, ConfigMaps, Secrets and PersistentVolumeClaims are namespaced: a pod can \
        only use those of its own namespace. When one is missing, the pods are rejected (service \
        account), stay in ContainerCreating (volumes), fail with CreateContainerConfigError \
        (environment) or stay Pending (claims), which usually surfaces only at deploy time. \
        Because an audit often sees only part of a namespace, a reference is judged only when the \
        input clearly covers that kind there (it holds other objects of the kind in the namespace, \
        or the named object in another namespace); references marked optional, the default \
        ServiceAccount, kube-root-ca.crt, Secrets written by External Secrets, cert-manager, Sealed \
        Secrets, the Secrets Store CSI driver or the Vault Secrets Operator, and PVCs created from \
        StatefulSet volumeClaimTemplates are not reported. A ServiceAccount found only in another \
        namespace is reported by service-account-in-other-namespace.""",
    remediation = "Create the object in the workload's namespace (or fix the name), or mark the reference optional: true if the pod can run without it.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/configmap/",
      "https://kubernetes.io/docs/concepts/configuration/secret/",
      "https://kubernetes.io/docs/concepts/security/service-accounts/",
      "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims"
    },
    equivalents = {"kube-linter:non-existent-service-account", "kubescape:C-0307"},
    example = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web-settings
          namespace: shop
        data:
          LOG_LEVEL: info
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  envFrom:
                    - configMapRef: {name: web-config}
        """,
    fixedExample = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web-config
          namespace: shop
        data:
          LOG_LEVEL: info
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  envFrom:
                    - configMapRef: {name: web-config}
        """)
public final class WorkloadReferenceNotFound implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !Workloads.hasOwner(pod.resource());
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(pod.resource());
    List<Violation> out = new ArrayList<>();
    for (References.Reference ref : References.of(pod)) {
      String name = ref.nameText();
      if (References.provided(ref.kind(), namespace, name, inventory)) {
        continue;
      }
      Set<String> elsewhere = References.elsewhere(ref.kind(), namespace, name, inventory);
      if (ref.kind().equals("ServiceAccount") && !elsewhere.isEmpty()) {
        continue; // service-account-in-other-namespace reports it, as an error
      }
      boolean covered = References.covers(ref.kind(), namespace, inventory);
      if (!covered && elsewhere.isEmpty()) {
        continue;
      }
      String evidence = !elsewhere.isEmpty()
          ? "; the input defines it in " + References.namespaces(elsewhere) + " instead"
          : " (the input holds other " + plural(ref.kind()) + " of that namespace)";
      out.add(Violation.of(
          ref.name(),
          ref.usage() + " " + ref.kind() + " \"" + name + "\", which was not found in " + References.namespaceClause(pod.resource())
              + " in the audited input" + evidence + ": if it is missing, " + ref.consequence()));
    }
    return out;
  }

  private static String plural(String kind) {
    return kind.endsWith("s") ? kind + "es" : kind + "s";
  }
}
