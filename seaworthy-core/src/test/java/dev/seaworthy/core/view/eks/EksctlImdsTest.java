package dev.seaworthy.core.view.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.inventory.Inventory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** eksctl's generated launch template: tokens and hop limit follow disableIMDSv1 and disablePodIMDS. */
class EksctlImdsTest {

  private static List<EksNodeGroupView> groups(String yaml) {
    return EksInputs.nodeGroups(new Inventory(EksClusterViewTest.eksctl(yaml)));
  }

  @Test
  void defaultsAndPodImds() {
    List<EksNodeGroupView> g = groups("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: plain
          - name: blocked
            disableIMDSv1: false
            disablePodIMDS: true
          - name: v1
            disableIMDSv1: false
          - name: own
            launchTemplate: {id: lt-123}
        """);
    assertThat(g).hasSize(4);
    assertThat(g.get(0).imdsTokensRequired().value()).isTrue();
    assertThat(g.get(0).imdsTokensRequired().isDefault()).isTrue();
    assertThat(g.get(0).imdsHopLimit().value()).isEqualTo(2L);
    assertThat(g.get(0).imdsHopLimit().note()).contains("eksctl default");
    assertThat(g.get(1).imdsTokensRequired().value()).isTrue();
    assertThat(g.get(1).imdsHopLimit().value()).isEqualTo(1L);
    assertThat(g.get(2).imdsTokensRequired().value()).isFalse();
    assertThat(g.get(2).imdsHopLimit().value()).isEqualTo(2L);
    assertThat(g.get(3).imdsTokensRequired().isUnknown()).isTrue();
    assertThat(g.get(3).imdsHopLimit().isUnknown()).isTrue();
  }

  @Test
  void fargateProfilesAreFound() {
    Inventory inventory = new Inventory(EksClusterViewTest.eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        fargateProfiles:
          - name: system
            selectors: [{namespace: kube-system}]
        """));
    assertThat(EksInputs.hasFargateProfile(inventory, "c")).isTrue();
    assertThat(EksInputs.hasFargateProfile(inventory, "other")).isFalse();
  }
}
