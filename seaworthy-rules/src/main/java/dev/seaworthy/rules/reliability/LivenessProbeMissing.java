package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.List;

@RuleInfo(
    id = "liveness-probe-missing",
    title = "Long-running container has no liveness probe",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        Without a livenessProbe the kubelet restarts a container only when its process exits. A \
        process that deadlocks, exhausts a thread pool or stops making progress keeps running and \
        keeps its place in the pod until someone notices and deletes it. A liveness probe lets the \
        kubelet restart it. Keep the probe cheap and independent of external dependencies: a \
        liveness probe that fails when a database is down restarts every replica at once.""",
    remediation = "Add a livenessProbe on a cheap endpoint that checks only the process itself, with a failureThreshold high enough to ride out brief pauses.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/application.html"
    },
    equivalents = {
      "polaris:livenessProbeMissing",
      "kube-score:pod-probes",
      "kube-linter:no-liveness-probe",
      "kubescape:C-0056",
      "checkov:CKV_K8S_8",
      "hardeneks:check_liveness_probes"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: worker
        spec:
          replicas: 2
          selector:
            matchLabels: {app: worker}
          template:
            metadata:
              labels: {app: worker}
            spec:
              containers:
                - name: worker
                  image: example/worker:1.4.2
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: worker
        spec:
          replicas: 2
          selector:
            matchLabels: {app: worker}
          template:
            metadata:
              labels: {app: worker}
            spec:
              containers:
                - name: worker
                  image: example/worker:1.4.2
                  livenessProbe:
                    httpGet: {path: /healthz, port: 8080}
                    failureThreshold: 5
        """)
public final class LivenessProbeMissing implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return container.type() == ContainerView.Type.CONTAINER && container.pod().isLongRunning();
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    if (container.node().at("livenessProbe").isPresent()) {
      return List.of();
    }
    return Violation.one(
        container.node(),
        container.describe() + " has no livenessProbe: if it hangs without exiting, nothing restarts it");
  }
}
