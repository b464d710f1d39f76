package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import java.math.BigDecimal;
import java.util.List;

@RuleInfo(
    id = "eks-spot-max-price",
    title = "Spot node group sets a maximum price",
    severity = Severity.LOW,
    category = Category.COST,
    checklist = {ChecklistItem.SPOT_INSTANCES},
    description = """
        Spot instances are charged the current Spot price, never more than On-Demand, whatever the \
        maximum price. Setting one (eksctl instancesDistribution.maxPrice, spot_max_price, \
        spot_options max_price) saves nothing and adds a reason to be interrupted: when the Spot \
        price rises above it, the instances are reclaimed and no new ones launch. AWS's Auto \
        Scaling documentation says it does not recommend specifying a maximum price because it can \
        lead to increased interruptions.""",
    remediation = "Remove the maximum price, so it defaults to the On-Demand price.",
    references = {
      "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_InstancesDistribution.html",
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        nodeGroups:
          - name: spot
            instancesDistribution:
              maxPrice: 0.05
              instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
              onDemandBaseCapacity: 0
              onDemandPercentageAboveBaseCapacity: 0
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        nodeGroups:
          - name: spot
            instancesDistribution:
              instanceTypes: [m5.large, m5a.large, m6i.large, m6a.large, m7i.large]
              onDemandBaseCapacity: 0
              onDemandPercentageAboveBaseCapacity: 0
        """)
public final class EksSpotMaxPrice extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Setting<BigDecimal> price = group.maxPrice();
    if (!price.isExplicit() || price.value() == null) {
      return List.of();
    }
    return Violation.one(price.node(), group.describe() + " sets a Spot maximum price of " + price.value().toPlainString()
        + " USD/hour: Spot is never charged above On-Demand anyway, and the cap only adds interruptions when the Spot price rises above it");
  }
}
