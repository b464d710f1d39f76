package dev.seaworthy.report.checklist;

import java.util.Locale;

/**
 * The verdict on one checklist item. The exact definitions are in docs/checklist.md:
 *
 * <ul>
 *   <li>{@code PASS}: the input holds evidence for the item, at least one rule mapped to it was
 *       evaluated, nothing failed and the evidence covers what the item claims.
 *   <li>{@code FAIL}: an open finding at MEDIUM or above of a rule mapped to the item; or an object
 *       that is the item's evidence would not apply (HIGH or above from a validity or API-lifecycle
 *       rule); or nothing relevant while the input covers the area, so the absence is the failure.
 *   <li>{@code PARTIAL}: only LOW/INFO findings, or evidence that is incomplete (gaps, or no rule
 *       checks it yet).
 *   <li>{@code MANUAL}: the input cannot prove it either way; the item says what would.
 * </ul>
 */
public enum Status {
  PASS,
  FAIL,
  PARTIAL,
  MANUAL;

  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
