package dev.seaworthy.core.rule;

import dev.seaworthy.core.model.Resource;
import java.util.List;

/** A rule over whole objects of the kinds it {@linkplain #appliesTo applies to}. */
public non-sealed interface ResourceRule extends Rule {

  /** Whether this resource is in scope; out-of-scope resources do not count as passed checks. */
  boolean appliesTo(Resource resource);

  List<Violation> check(Resource resource, RuleContext context);
}
