package dev.seaworthy.report.checklist;

/** How much of a checklist item an audited input can prove. */
public enum Provability {
  /** The input can prove the item: PASS is possible. */
  INPUT,
  /** The input can disprove the item but not prove it (a process such as regular updates): at best MANUAL. */
  PARTLY,
  /** No input can prove it (a drill, a billing console): MANUAL unless a mapped rule fails. */
  NEVER
}
