package dev.seaworthy.kube.diagnose;

import java.util.List;

/**
 * One troubleshooting question asked of a live cluster's state ("why is this pod Pending?"). An
 * analyzer reads the {@link ClusterState}, never the network, and answers with one {@link Diagnosis}
 * per broken object: the cause in one sentence, the evidence, and the next command or change.
 */
public interface Analyzer {

  List<Diagnosis> analyze(ClusterState state);

  default AnalyzerInfo info() {
    AnalyzerInfo info = getClass().getAnnotation(AnalyzerInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @AnalyzerInfo");
    }
    return info;
  }
}
