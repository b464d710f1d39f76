package dev.seaworthy.report.checklist;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one checklist item and everything it rests on.
 *
 * @param reason one line saying why the item has its status
 * @param rules the rules mapped to the item (by their {@code checklist} metadata) and how they fared
 * @param findings open findings of those rules
 * @param suppressed suppressed findings of those rules (not counted, shown)
 * @param evidence the objects of the input that are evidence for the item
 * @param evidenceFindings findings of the validity and API-lifecycle rules on those objects: evidence
 *     that would not apply as written
 * @param missing what the evidence does not cover
 * @param notes worth reading, without changing the status
 * @param proof what would prove the item where the input cannot
 */
public record ItemResult(
    ChecklistItem item,
    Status status,
    String reason,
    Provability provability,
    List<RuleResult> rules,
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    List<ResourceRef> evidence,
    List<Finding> evidenceFindings,
    List<String> missing,
    List<String> notes,
    String proof) {

  public ItemResult {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(provability, "provability");
    Objects.requireNonNull(proof, "proof");
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    evidence = List.copyOf(evidence);
    evidenceFindings = List.copyOf(evidenceFindings);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
  }
}
