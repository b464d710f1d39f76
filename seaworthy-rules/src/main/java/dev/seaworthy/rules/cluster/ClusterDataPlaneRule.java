package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksInputs;
import java.util.List;
import java.util.Optional;

/** A rule judged once per cluster definition over all the node groups of that cluster. */
abstract class ClusterDataPlaneRule implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return EksClusterView.isClusterDefinition(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<EksClusterView> cluster = EksInputs.clusterOf(resource, context.inventory());
    if (cluster.isEmpty()) {
      return List.of();
    }
    return check(cluster.get(), DataPlane.Fleet.of(cluster.get(), context.inventory()), context);
  }

  abstract List<Violation> check(EksClusterView cluster, DataPlane.Fleet fleet, RuleContext context);
}
