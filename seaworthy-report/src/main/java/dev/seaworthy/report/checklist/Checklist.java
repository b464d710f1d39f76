package dev.seaworthy.report.checklist;

import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.engine.RuleStats;
import dev.seaworthy.core.engine.SuppressedFinding;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges the guide's 15-item checklist from one audit: the rules mapped to each item (their
 * {@code checklist} metadata), their statistics and findings, and the evidence each item's
 * definition finds in the input. The status definitions (docs/checklist.md) are applied here, the
 * same way for every item, in this order:
 *
 * <ol>
 *   <li>FAIL when a mapped rule has an open finding at MEDIUM or above, or when every evidence object
 *       would not apply (a HIGH or CRITICAL finding of a validity or API-lifecycle rule on it);
 *   <li>FAIL when there is no evidence and the item's definition says the absence is the failure;
 *   <li>PARTIAL when mapped rules have only LOW or INFO findings;
 *   <li>MANUAL for items no input can prove, and for items the input can only disprove (a process
 *       such as regular updates) when nothing disproved them;
 *   <li>without evidence: what the definition says the absence means (PARTIAL or MANUAL);
 *   <li>PARTIAL when the evidence has gaps, or no mapped rule evaluated anything;
 *   <li>PASS otherwise.
 * </ol>
 */
public final class Checklist {

  /** One definition per item, in the guide's order. */
  static final List<ItemDefinition> DEFINITIONS =
      List.of(
          new ManagedNodeGroupsItem(),
          new IrsaItem(),
          new ClusterAutoscalingItem(),
          new NetworkPoliciesItem(),
          new ContainerInsightsItem(),
          new VeleroBackupItem(),
          new SpotInstancesItem(),
          new ResourceQuotasItem(),
          new AuditLoggingItem(),
          new SecretsManagementItem(),
          new CentralizedLoggingItem(),
          new AlbIngressItem(),
          new SecurityUpdatesItem(),
          new DrTestingItem(),
          new CostMonitoringItem());

  /** Categories whose findings mean an object would not apply as written (rejected, or its API gone). */
  private static final Set<Category> APPLY_CATEGORIES = Set.of(Category.VALIDITY, Category.DEPRECATION);

  private static final String HELM_HOOK = "helm.sh/hook";

  static {
    for (ChecklistItem item : ChecklistItem.values()) {
      if (DEFINITIONS.get(item.ordinal()).item() != item) {
        throw new IllegalStateException("checklist definitions are not in the guide's order at " + item);
      }
    }
  }

  private Checklist() {}

  /**
   * @param report the audit
   * @param input the objects that were audited (what was loaded; Helm test hooks are skipped here as
   *     the engine skips them)
   * @param catalog every known rule, so that mapped rules which did not run are reported as such
   */
  public static ChecklistReport evaluate(AuditReport report, List<Resource> input, List<RuleMeta> catalog) {
    List<Resource> audited =
        input.stream().filter(r -> !r.annotation(HELM_HOOK).map(h -> h.contains("test")).orElse(false)).toList();
    Inventory inventory = new Inventory(audited);
    Map<String, RuleMeta> rules = new TreeMap<>();
    catalog.forEach(m -> rules.put(m.id(), m));
    report.rules().forEach(m -> rules.putIfAbsent(m.id(), m));
    Map<String, RuleStats> stats = report.ruleStats().stream().collect(Collectors.toMap(RuleStats::ruleId, Function.identity(), (a, b) -> a));
    List<ItemResult> items = new ArrayList<>();
    for (ItemDefinition definition : DEFINITIONS) {
      items.add(judge(definition, report, inventory, rules.values(), stats));
    }
    return new ChecklistReport(report, items);
  }

  private static ItemResult judge(
      ItemDefinition def, AuditReport report, Inventory inventory, Iterable<RuleMeta> catalog, Map<String, RuleStats> stats) {
    ChecklistItem item = def.item();
    List<RuleResult> ruleResults = new ArrayList<>();
    Set<String> mapped = new LinkedHashSet<>();
    for (RuleMeta m : catalog) {
      if (m.checklist().contains(item)) {
        mapped.add(m.id());
        RuleStats s = stats.get(m.id());
        ruleResults.add(s == null
            ? new RuleResult(m, false, 0, 0, 0, 0)
            : new RuleResult(m, true, s.evaluated(), s.passed(), s.failed(), s.suppressed()));
      }
    }
    ruleResults.sort(Comparator.comparing((RuleResult r) -> !r.ran()).thenComparing(r -> r.rule().id()));
    List<Finding> findings = report.findings().stream().filter(f -> mapped.contains(f.ruleId())).toList();
    List<SuppressedFinding> suppressed = report.suppressed().stream().filter(s -> mapped.contains(s.finding().ruleId())).toList();

    Evidence evidence = def.collect(inventory);
    List<ResourceRef> evidenceRefs = evidence.objects().stream().map(ResourceRef::of).distinct().toList();
    Set<ResourceRef> evidenceSet = new LinkedHashSet<>(evidenceRefs);
    List<Finding> evidenceFindings =
        report.findings().stream()
            .filter(f -> evidenceSet.contains(f.resource()) && APPLY_CATEGORIES.contains(f.rule().category()) && !mapped.contains(f.ruleId()))
            .toList();
    Map<ResourceRef, List<Finding>> broken = new LinkedHashMap<>();
    evidenceFindings.stream().filter(f -> f.severity().atLeast(Severity.HIGH))
        .forEach(f -> broken.computeIfAbsent(f.resource(), k -> new ArrayList<>()).add(f));

    List<String> missing = new ArrayList<>(evidence.gaps());
    for (Finding f : evidenceFindings) {
      missing.add(f.resource().display()
          + (f.severity().atLeast(Severity.HIGH) ? " would not apply as written" : " applies, with a " + f.severity().lower() + " problem")
          + " [" + f.ruleId() + "]" + Inputs.at(f.position()));
    }

    String verdictReason;
    Status status;
    List<Finding> serious = findings.stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    boolean allBroken = !evidenceRefs.isEmpty() && broken.size() == evidenceRefs.size();
    long evaluated = ruleResults.stream().mapToLong(RuleResult::evaluated).sum();
    if (!serious.isEmpty() || allBroken) {
      status = Status.FAIL;
      List<String> parts = new ArrayList<>();
      if (!serious.isEmpty()) {
        parts.add(Inputs.plural(serious.size(), "open finding", "open findings") + " at medium or above (" + ruleCounts(serious) + ")");
      }
      if (allBroken) {
        parts.add("nothing that would provide it applies as written: " + Inputs.list(
            broken.entrySet().stream().map(e -> e.getKey().display() + " (" + e.getValue().get(0).ruleId() + ")").toList(), 3));
      }
      verdictReason = String.join("; ", parts);
    } else if (evidenceRefs.isEmpty() && evidence.absence().status() == Status.FAIL) {
      status = Status.FAIL;
      verdictReason = evidence.absence().reason();
    } else if (!findings.isEmpty()) {
      status = Status.PARTIAL;
      verdictReason = "only low or info findings (" + ruleCounts(findings) + ")";
    } else if (def.provability() == Provability.NEVER) {
      status = Status.MANUAL;
      verdictReason = evidence.absence().reason();
    } else if (def.provability() == Provability.PARTLY) {
      status = Status.MANUAL;
      verdictReason = (evaluated > 0 ? "the rules found nothing (" + checks(ruleResults) + "); " : "") + evidence.absence().reason();
    } else if (evidenceRefs.isEmpty()) {
      status = evidence.absence().status();
      verdictReason = evidence.absence().reason();
    } else if (!missing.isEmpty()) {
      status = Status.PARTIAL;
      verdictReason = missing.get(0) + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "");
    } else if (evaluated == 0) {
      status = Status.PARTIAL;
      verdictReason = summarize(evidenceRefs) + " found, but " + unchecked(ruleResults);
    } else {
      status = Status.PASS;
      verdictReason = summarize(evidenceRefs) + "; " + checks(ruleResults);
    }
    return new ItemResult(
        item, status, verdictReason, def.provability(), ruleResults, findings, suppressed, evidenceRefs, evidenceFindings,
        missing, evidence.notes(), def.proof());
  }

  private static String unchecked(List<RuleResult> rules) {
    if (rules.isEmpty()) {
      return "no Seaworthy rule checks this item yet";
    }
    if (rules.stream().noneMatch(RuleResult::ran)) {
      return "the rules that check it did not run (" + Inputs.list(rules.stream().map(r -> r.rule().id()).toList(), 3)
          + ": off by default, excluded, or outside --include)";
    }
    return "the rules that check it found nothing to evaluate";
  }

  private static String checks(List<RuleResult> rules) {
    long judged = 0;
    long passed = 0;
    long ran = 0;
    for (RuleResult r : rules) {
      if (r.ran() && r.evaluated() > 0) {
        ran++;
        judged += r.evaluated() - r.suppressed();
        passed += r.passed();
      }
    }
    return Inputs.plural(ran, "rule", "rules") + " passed " + passed + " of " + judged + " checks";
  }

  /** {@code rule-a ×3, rule-b}, most frequent first. */
  private static String ruleCounts(List<Finding> findings) {
    Map<String, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    return Inputs.list(counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
        .toList(), 4);
  }

  /** {@code NetworkPolicy/production/default-deny}, or {@code 2 × NetworkPolicy, 1 × Deployment}. */
  private static String summarize(List<ResourceRef> refs) {
    if (refs.size() == 1) {
      return refs.get(0).display();
    }
    Map<String, Long> byKind = refs.stream().collect(Collectors.groupingBy(ResourceRef::kind, LinkedHashMap::new, Collectors.counting()));
    return Inputs.list(byKind.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).toList(), 4);
  }
}
