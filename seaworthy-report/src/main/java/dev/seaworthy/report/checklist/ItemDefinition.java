package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.rule.ChecklistItem;

/**
 * How one item of the guide's checklist is judged beyond its rules: which objects of the input are
 * evidence for it, what the evidence misses, and what would prove it where the input cannot. One
 * small class per item; {@link Checklist} applies the same status definitions to all of them.
 */
interface ItemDefinition {

  ChecklistItem item();

  default Provability provability() {
    return Provability.INPUT;
  }

  /** The evidence in the audited input. */
  Evidence collect(Inventory input);

  /** What would prove the item (shown for MANUAL items, and as what is left to check by hand). */
  String proof();
}
