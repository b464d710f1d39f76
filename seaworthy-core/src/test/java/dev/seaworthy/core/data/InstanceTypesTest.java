package dev.seaworthy.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.data.InstanceTypes.InstanceType;
import org.junit.jupiter.api.Test;

/** Worked values of eks-facts.md section (e), recomputed from the bundled table. */
class InstanceTypesTest {

  private static InstanceType type(String name) {
    return InstanceTypes.bundled().find(name).orElseThrow();
  }

  @Test
  void tableIsLoadedWithItsShapes() {
    assertThat(InstanceTypes.bundled().size()).isGreaterThan(1000);
    assertThat(InstanceTypes.bundled().reviewed()).isEqualTo("2026-11-24");
    assertThat(type("t2.large").isXen()).isTrue();
    assertThat(type("t3a.large").isXen()).isFalse();
    assertThat(type("t3a.large").isBurstable()).isTrue();
    assertThat(type("c5.2xlarge").isBurstable()).isFalse();
    assertThat(type("c5.2xlarge").describeShape()).isEqualTo("8 vCPU / 16 GiB");
    assertThat(InstanceTypes.bundled().find("nope.large")).isEmpty();
    assertThat(InstanceTypes.bundled().find(" M5.Large ")).isPresent();
  }

  @Test
  void maxPodsInBothModes() {
    assertThat(type("t3a.medium").maxPods()).hasValue(17);
    assertThat(type("t3a.medium").maxPodsWithPrefixDelegation()).hasValue(110);
    assertThat(type("t2.large").maxPods()).hasValue(35);
    assertThat(type("t2.large").maxPodsWithPrefixDelegation()).isEmpty();
    assertThat(type("m5.large").maxPods()).hasValue(29);
    assertThat(type("c5.2xlarge").maxPods()).hasValue(58);
    assertThat(type("m5.8xlarge").maxPods()).hasValue(234);
    assertThat(type("m5.8xlarge").maxPodsWithPrefixDelegation()).hasValue(250);
  }

  @Test
  void allocatableFollowsTheNodeadmFormula() {
    assertThat(type("m5.large").allocatableMillicores()).hasValue(1930);
    assertThat(type("m5.xlarge").allocatableMillicores()).hasValue(3920);
    assertThat(type("c5.2xlarge").allocatableMillicores()).hasValue(7910);
    assertThat(type("a1.medium").allocatableMillicores()).hasValue(940);
    // nominal memory, without Karpenter's 7.5% VM overhead estimate
    assertThat(type("m5.large").allocatableMemoryMib()).hasValue(8192 - 574 - 100);
    assertThat(type("t3a.large").allocatableMemoryMib()).hasValue(8192 - 640 - 100);
  }
}
