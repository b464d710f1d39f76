package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;
import java.util.Optional;

/** What the EKS cluster rules share: which resources they judge and where to report. */
final class EksRules {

  private EksRules() {}

  /** A cluster definition: module call, aws_eks_cluster or eksctl ClusterConfig. */
  static boolean isCluster(Resource r) {
    return EksClusterView.isClusterDefinition(r);
  }

  /** The cluster view when its cluster-level settings are to be judged. */
  static Optional<EksClusterView> judged(Resource r, RuleContext context) {
    return EksClusterView.of(r, context.inventory()).filter(EksClusterView::judged);
  }

  /** The list element written with that value, else the list's own node. */
  static Node item(Setting<List<String>> list, String value) {
    for (Node n : list.node().items()) {
      if (n.textOr("").strip().equals(value)) {
        return n;
      }
    }
    return list.node();
  }
}
