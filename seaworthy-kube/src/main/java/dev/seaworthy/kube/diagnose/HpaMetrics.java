package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@AnalyzerInfo(
    id = "hpa-metrics-unavailable",
    title = "HorizontalPodAutoscalers that cannot read their metrics",
    explains = "HPAs whose ScalingActive condition is False because a metric could not be read: resource metrics with no metrics-server "
        + "(or a target container without a CPU or memory request to compute utilization from), custom or external metrics with no "
        + "adapter; and HPAs whose AbleToScale is False (the target cannot be scaled). Such an HPA does not scale at all.")
public final class HpaMetrics implements Analyzer {

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource hpa : state.ofKind("HorizontalPodAutoscaler")) {
      Optional<Node> active = ClusterState.condition(hpa, "ScalingActive").filter(c -> c.at("status").textOr("").equals("False"));
      Optional<Node> able = ClusterState.condition(hpa, "AbleToScale").filter(c -> c.at("status").textOr("").equals("False"));
      Node c = active.or(() -> able).orElse(null);
      if (c == null) {
        continue;
      }
      String reason = c.at("reason").textOr("");
      if (reason.equals("ScalingDisabled")) {
        continue; // the target was scaled to zero on purpose
      }
      String message = c.at("message").textOr("");
      List<String> evidence = new ArrayList<>();
      evidence.add(c.at("type").textOr("") + "=False (" + reason + ")" + (message.isEmpty() ? "" : ": " + message));
      String target = hpa.node().at("spec", "scaleTargetRef", "kind").textOr("") + "/" + hpa.node().at("spec", "scaleTargetRef", "name").textOr("");
      String cause;
      String next;
      if (reason.equals("FailedGetResourceMetric") && message.contains("missing request")) {
        cause = "HPA \"" + hpa.name() + "\" cannot compute utilization: containers of " + target + " have no request for the metric.";
        next = "set CPU (or memory) requests on every container of " + target;
      } else if (reason.equals("FailedGetResourceMetric")) {
        cause = "HPA \"" + hpa.name() + "\" cannot read CPU or memory usage: the resource metrics API (metrics-server) does not answer.";
        next = "kubectl get apiservice v1beta1.metrics.k8s.io; install or repair metrics-server (an EKS add-on)";
      } else if (reason.equals("FailedGetExternalMetric") || reason.equals("FailedGetObjectMetric") || reason.equals("FailedGetPodsMetric")) {
        cause = "HPA \"" + hpa.name() + "\" cannot read its custom or external metric: no metrics adapter serves it.";
        next = "kubectl get apiservice | grep -e custom.metrics -e external.metrics; check the adapter (KEDA, prometheus-adapter, CloudWatch adapter)";
      } else if (c.at("type").textOr("").equals("AbleToScale")) {
        cause = "HPA \"" + hpa.name() + "\" cannot scale " + target + (reason.isEmpty() ? "" : " (" + reason + ")") + ".";
        next = "kubectl describe hpa " + hpa.name() + ClusterState.namespaceFlag(hpa) + "; check that " + target + " exists";
      } else {
        cause = "HPA \"" + hpa.name() + "\" is not scaling" + (reason.isEmpty() ? "" : " (" + reason + ")") + ".";
        next = "kubectl describe hpa " + hpa.name() + ClusterState.namespaceFlag(hpa);
      }
      out.add(new Diagnosis(info().id(), Severity.MEDIUM, hpa.ref(), cause, evidence, next));
    }
    return out;
  }
}
