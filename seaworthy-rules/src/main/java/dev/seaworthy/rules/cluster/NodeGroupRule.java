package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import java.util.ArrayList;
import java.util.List;

/** A rule judged on each node group, whatever defines it (module entry, aws_eks_node_group, eksctl). */
abstract class NodeGroupRule implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return DataPlane.definesNodeGroups(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (EksNodeGroupView group : EksInputs.nodeGroupsOf(resource, context.inventory())) {
      out.addAll(check(group, context));
    }
    return out;
  }

  abstract List<Violation> check(EksNodeGroupView group, RuleContext context);

}
