package dev.seaworthy.core.view.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.view.eks.EksNodeGroupView.CapacityType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksNodeGroupViewTest {

  private static EksNodeGroupView group(List<EksNodeGroupView> groups, String name) {
    return groups.stream().filter(g -> g.name().is(name)).findFirst().orElseThrow();
  }

  @Test
  void guideModuleNodeGroups() {
    List<EksNodeGroupView> groups = EksClusters.of(EksClusterViewTest.terraform(GuideTerraform.EKS)).nodeGroups();
    EksNodeGroupView general = group(groups, "general");
    assertThat(general.managed()).isTrue();
    assertThat(general.clusterName()).isEqualTo("production-cluster");
    assertThat(general.capacityType().value()).isEqualTo(CapacityType.SPOT);
    assertThat(general.capacityType().isExplicit()).isTrue();
    assertThat(general.instanceTypes().value()).containsExactly("t3a.large");
    assertThat(general.minSize().value()).isEqualTo(3L);
    assertThat(general.maxUnavailable().value()).isEqualTo("33%");
    assertThat(general.maxUnavailable().isExplicit()).isTrue();
    assertThat(general.taints().value()).isEmpty();
    assertThat(general.labels().value()).containsEntry("Type", "general");
    assertThat(general.subnets().isUnknown()).isTrue(); // module.vpc.private_subnets
    assertThat(general.imdsTokensRequired().value()).isTrue();
    assertThat(general.imdsHopLimit().value()).isEqualTo(2L);
    assertThat(general.imdsHopLimit().by()).isEqualTo("module v19 default");
    assertThat(general.amiType().isUnknown()).isTrue();
    assertThat(general.sshAccess().value()).isFalse();

    EksNodeGroupView compute = group(groups, "compute");
    assertThat(compute.taints().value()).singleElement().satisfies(t -> {
      assertThat(t.key()).isEqualTo("compute");
      assertThat(t.effect()).isEqualTo("NoSchedule");
    });
    assertThat(compute.maxUnavailable().value()).isEqualTo("33%");
    assertThat(compute.maxUnavailable().isDefault()).isTrue();
    assertThat(compute.instanceTypes().value()).containsExactly("c5.2xlarge", "c5a.2xlarge");
    assertThat(compute.describe()).isEqualTo("managed node group \"compute\" (module \"eks\")");
  }

  @Test
  void moduleDefaultsMapFillsEntriesInV19() {
    List<EksNodeGroupView> groups = EksClusters.of(EksClusterViewTest.terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: c
          eks_managed_node_group_defaults:
            capacity_type: SPOT
            metadata_options: {http_tokens: optional, http_put_response_hop_limit: 1}
          eks_managed_node_groups:
            a: {}
            b: {capacity_type: ON_DEMAND}
        """)).nodeGroups();
    assertThat(group(groups, "a").capacityType().value()).isEqualTo(CapacityType.SPOT);
    assertThat(group(groups, "a").imdsTokensRequired().value()).isFalse();
    assertThat(group(groups, "a").imdsHopLimit().value()).isEqualTo(1L);
    assertThat(group(groups, "a").minSize().value()).isEqualTo(0L);
    assertThat(group(groups, "b").capacityType().value()).isEqualTo(CapacityType.ON_DEMAND);
  }

  @Test
  void rawNodeGroupAndItsLaunchTemplate() {
    Inventory inv = EksClusterViewTest.terraform("""
        aws_eks_cluster.main:
          name: raw
        aws_eks_node_group.workers:
          cluster_name: ${aws_eks_cluster.main.name}
          node_group_name: workers
          capacity_type: SPOT
          instance_types: ["m5.large", "m5a.large"]
          subnet_ids: ["subnet-a", "subnet-b"]
          scaling_config:
            - min_size: 1
              max_size: 4
              desired_size: 2
          taint:
            - key: dedicated
              value: batch
              effect: NO_EXECUTE
          launch_template:
            - id: ${aws_launch_template.workers.id}
              version: ${aws_launch_template.workers.latest_version}
        aws_launch_template.workers:
          metadata_options:
            - http_tokens: required
              http_put_response_hop_limit: 1
        """);
    EksNodeGroupView g = EksClusters.of(inv).nodeGroups().get(0);
    assertThat(g.clusterName()).isEqualTo("raw");
    assertThat(g.describe()).isEqualTo("aws_eks_node_group \"workers\"");
    assertThat(g.capacityType().value()).isEqualTo(CapacityType.SPOT);
    assertThat(g.minSize().value()).isEqualTo(1L);
    assertThat(g.subnets().value()).containsExactly("subnet-a", "subnet-b");
    assertThat(g.taints().value().get(0).effect()).isEqualTo("NoExecute");
    assertThat(g.imdsTokensRequired().value()).isTrue();
    assertThat(g.imdsHopLimit().value()).isEqualTo(1L);
    assertThat(g.maxUnavailable().value()).isNull();
    assertThat(g.instanceTypes().isExplicit()).isTrue();
  }

  @Test
  void eksctlGroupsSpotAndDefaults() {
    var resources = EksClusterViewTest.eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c, region: us-east-1}
        managedNodeGroups:
          - name: mng
            spot: true
            instanceTypes: [m5.large, m5a.large]
            minSize: 2
            taints:
              - {key: spot, value: "true", effect: NoSchedule}
        nodeGroups:
          - name: spot-node-group
            instancesDistribution:
              maxPrice: 0.05
              instanceTypes: [t3a.large, t3.large, t2.large]
              onDemandBaseCapacity: 0
              onDemandPercentageAboveBaseCapacity: 0
            desiredCapacity: 3
            taints:
              - key: spotInstance
                value: "true"
                effect: PreferNoSchedule
            tags:
              k8s.io/cluster-autoscaler/enabled: "true"
          - name: plain
        """);
    List<EksNodeGroupView> groups = EksClusters.of(new Inventory(resources)).nodeGroups();
    EksNodeGroupView mng = group(groups, "mng");
    assertThat(mng.managed()).isTrue();
    assertThat(mng.capacityType().value()).isEqualTo(CapacityType.SPOT);
    assertThat(mng.maxSize().value()).isEqualTo(2L); // eksctl: left-out max follows desiredCapacity (2)
    EksNodeGroupView spot = group(groups, "spot-node-group");
    assertThat(spot.managed()).isFalse();
    assertThat(spot.capacityType().value()).isEqualTo(CapacityType.SPOT);
    assertThat(spot.instanceTypes().value()).containsExactly("t3a.large", "t3.large", "t2.large");
    assertThat(spot.maxPrice().value()).isEqualByComparingTo(new BigDecimal("0.05"));
    assertThat(spot.taints().value().get(0).effect()).isEqualTo("PreferNoSchedule");
    assertThat(spot.tags().value()).containsKey("k8s.io/cluster-autoscaler/enabled");
    assertThat(spot.privateNetworking().value()).isFalse();
    assertThat(spot.privateNetworking().isDefault()).isTrue();
    assertThat(spot.imdsTokensRequired().value()).isTrue();
    EksNodeGroupView plain = group(groups, "plain");
    assertThat(plain.capacityType().value()).isEqualTo(CapacityType.ON_DEMAND);
    assertThat(plain.desiredSize().value()).isEqualTo(2L);
    assertThat(plain.maxPrice().value()).isNull();
    assertThat(plain.instanceTypes().isUnknown()).isTrue();
  }

  @Test
  void effectSpellings() {
    assertThat(EksNodeGroupView.effect("NO_SCHEDULE")).isEqualTo("NoSchedule");
    assertThat(EksNodeGroupView.effect("PREFER_NO_SCHEDULE")).isEqualTo("PreferNoSchedule");
    assertThat(EksNodeGroupView.effect("NoExecute")).isEqualTo("NoExecute");
  }
}
