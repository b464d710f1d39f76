package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksSpotMaxPriceTest {

  private final RuleTester tester = RuleTester.forRule(new EksSpotMaxPrice());

  @Test
  void positive_guideAndModuleSelfManaged() {
    tester.yaml(Guide.EKSCTL.replace("      maxPrice: 0.05",
        "      # expect: eks-spot-max-price eksctl node group \"spot-node-group\" sets a Spot maximum price of 0.05 USD/hour\n      maxPrice: 0.05"))
        .terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          self_managed_node_groups:
            a:
              mixed_instances_policy:
                instances_distribution:
                  on_demand_percentage_above_base_capacity: 0
                  # expect: eks-spot-max-price 0.1 USD/hour
                  spot_max_price: "0.1"
        """).verify();
  }

  @Test
  void negative_noPriceEmptyOrUnknown() {
    tester.terraformYaml("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: c
          self_managed_node_groups:
            a:
              mixed_instances_policy:
                instances_distribution:
                  spot_max_price: ""
            b:
              mixed_instances_policy:
                instances_distribution:
                  spot_max_price: "${var.price}"
        """).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        nodeGroups:
          - name: a
            instancesDistribution:
              instanceTypes: [m5.large, m5a.large]
        """).verify();
  }
}
