package dev.seaworthy.kube.diagnose;

import java.util.List;

/** Every analyzer of {@code seaworthy diagnose}, in the order of the guide's troubleshooting section. */
public final class Analyzers {

  private Analyzers() {}

  public static List<Analyzer> all() {
    return List.of(
        new PendingPods(),
        new CrashingContainers(),
        new ImagePullFailures(),
        new NodeHealth(),
        new CordonedNodes(),
        new DaemonSetCoverage(),
        new WorkloadRollouts(),
        new FailingJobs(),
        new ServiceEndpoints(),
        new IngressBackends(),
        new PendingClaims(),
        new HpaMetrics(),
        new IrsaWebhook(),
        new WarningEvents());
  }
}
