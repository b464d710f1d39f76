package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "service-account-in-other-namespace",
    title = "Workload and its ServiceAccount are in different namespaces",
    severity = Severity.HIGH,
    category = Category.RELIABILITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        A pod can only run as a ServiceAccount of its own namespace. When the audited input defines \
        the ServiceAccount a workload names only in another namespace, the workload's pods are \
        rejected by the ServiceAccount admission plugin ("serviceaccount not found"): the \
        Deployment is accepted, but its ReplicaSet never creates a pod, and the IRSA or Pod Identity \
        role attached to that ServiceAccount is never used. The usual cause is a manifest that names \
        no namespace and is applied to the kubectl context's namespace (usually default), as with \
        the s3-app Deployment of the guide, whose ServiceAccount lives in production.""",
    remediation = "Put the workload in the ServiceAccount's namespace (set metadata.namespace), or create the ServiceAccount in the workload's namespace.",
    references = {
      "https://kubernetes.io/docs/concepts/security/service-accounts/",
      "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#serviceaccount",
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html"
    },
    equivalents = {"kube-linter:non-existent-service-account", "kubescape:C-0307"},
    example = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: s3-app
        spec:
          replicas: 2
          selector:
            matchLabels: {app: s3-app}
          template:
            metadata:
              labels: {app: s3-app}
            spec:
              serviceAccountName: s3-app
              containers:
                - name: app
                  image: example/s3-app:1.4.2
        """,
    fixedExample = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: s3-app
          namespace: production
        spec:
          replicas: 2
          selector:
            matchLabels: {app: s3-app}
          template:
            metadata:
              labels: {app: s3-app}
            spec:
              serviceAccountName: s3-app
              containers:
                - name: app
                  image: example/s3-app:1.4.2
        """)
public final class ServiceAccountInOtherNamespace implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !Workloads.hasOwner(pod.resource());
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Node sa = References.serviceAccountNode(pod);
    String name = sa.textOr("");
    if (!sa.isScalar() || name.isEmpty() || name.equals("default")) {
      return List.of();
    }
    Inventory inventory = context.inventory();
    Resource workload = pod.resource();
    String namespace = Inventory.namespaceOf(workload);
    if (inventory.find("ServiceAccount", namespace, name).isPresent()) {
      return List.of();
    }
    Set<String> elsewhere = References.elsewhere("ServiceAccount", namespace, name, inventory);
    if (elsewhere.isEmpty()) {
      return List.of();
    }
    String where = workload.namespace().isEmpty()
        ? Workloads.describe(workload) + " names no namespace, so it lands in the namespace kubectl targets (usually \"default\")"
        : Workloads.describe(workload) + " is in namespace \"" + namespace + "\"";
    String suggestion = workload.namespace().isEmpty() && elsewhere.size() == 1
        ? "; set metadata.namespace: " + elsewhere.iterator().next()
        : "";
    Violation violation = Violation.of(
        sa,
        where + ", but its ServiceAccount \"" + name + "\" was found only in " + References.namespaces(elsewhere)
            + " in the audited input: a pod can only use a ServiceAccount of its own namespace, so " + consequence(workload) + suggestion);
    Node metadata = workload.node().at("metadata");
    if (workload.namespace().isEmpty() && elsewhere.size() == 1 && metadata.isMap() && metadata.at("namespace").isMissing()) {
      String target = elsewhere.iterator().next();
      violation = violation.withFix(
          Fix.of("Put " + Workloads.describe(workload) + " in namespace " + target, PatchOp.add("/metadata/namespace", target)));
    }
    return List.of(violation);
  }

  private static String consequence(Resource workload) {
    return switch (workload.kind()) {
      case "Deployment" -> "its ReplicaSet cannot create any pod";
      case "Pod" -> "the API server rejects the Pod";
      case "CronJob" -> "the Jobs it starts cannot create their pods";
      default -> "its controller cannot create any pod";
    };
  }
}
