package dev.seaworthy.core.rule;

import dev.seaworthy.core.view.ContainerView;
import java.util.List;

/** A rule over every container, init container and ephemeral container of every pod spec. */
public non-sealed interface ContainerRule extends Rule {

  default boolean appliesTo(ContainerView container) {
    return true;
  }

  List<Violation> check(ContainerView container, RuleContext context);
}
