package dev.seaworthy.rules.images;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The images rules, sorted by class name. */
public final class ImageRules {

  private ImageRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new ImageDigestMissing(),
        new ImagePullPolicyMutable(),
        new ImageRegistryFrozen(),
        new ImageRegistryImplicit(),
        new ImageTagMutable()
        // keep-sorted end
        );
  }
}
