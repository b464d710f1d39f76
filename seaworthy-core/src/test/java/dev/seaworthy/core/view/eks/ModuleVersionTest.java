package dev.seaworthy.core.view.eks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleVersionTest {

  @Test
  void selectsOneMajorWhenTheConstraintDoes() {
    assertThat(ModuleVersion.parse("~> 19.0").major()).hasValue(19);
    assertThat(ModuleVersion.parse("~> 19.21.0").major()).hasValue(19);
    assertThat(ModuleVersion.parse("19.21.0").major()).hasValue(19);
    assertThat(ModuleVersion.parse("= 19.21.0").exactVersion()).hasValue("19.21.0");
    assertThat(ModuleVersion.parse(">= 19.0, < 20.0").major()).hasValue(19);
    assertThat(ModuleVersion.parse(">= 19.5, <= 19.21.0").major()).hasValue(19);
    assertThat(ModuleVersion.parse("v20.8.4").major()).hasValue(20);
  }

  @Test
  void openConstraintsKnowOnlyTheirFloor() {
    ModuleVersion open = ModuleVersion.parse(">= 20");
    assertThat(open.major()).isEmpty();
    assertThat(open.minimum()).hasValue(20);
    assertThat(ModuleVersion.parse("~> 20").major()).isEmpty(); // ~> with one part admits later majors
    assertThat(ModuleVersion.parse("").major()).isEmpty();
    assertThat(ModuleVersion.parse("latest please").major()).isEmpty();
    assertThat(ModuleVersion.NONE.describeMajor()).isEqualTo("an unknown major");
  }
}
