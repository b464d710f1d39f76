package dev.seaworthy.core.engine;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.config.BuiltInExemptions;
import dev.seaworthy.core.config.Exemption;
import dev.seaworthy.core.data.EksVersionCalendar;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs the enabled rules over every resource of an input and produces an {@link AuditReport}. One
 * engine serves every front end (files, stdin, live cluster, webhook). It never prints, never exits
 * and never reads flags. Resources are evaluated in parallel; the report is sorted, so it is the same
 * for any thread count.
 */
public final class AuditEngine {

  public static final String IGNORE_ANNOTATION = "seaworthy.dev/ignore";
  public static final String IGNORE_REASON_ANNOTATION = "seaworthy.dev/ignore-reason";
  private static final String HELM_HOOK = "helm.sh/hook";

  private final RuleRegistry registry;

  public AuditEngine(RuleRegistry registry) {
    this.registry = registry;
  }

  public RuleRegistry registry() {
    return registry;
  }

  public AuditReport audit(LoadedInput input, AuditConfig config) {
    EksVersionCalendar calendar = EksVersionCalendar.bundled();
    KubernetesVersion target =
        config.targetVersion().orElseGet(() -> calendar.defaultTarget(config.auditDate()).orElseThrow(() ->
            new IllegalArgumentException("the EKS calendar starts on " + calendar.firstDay() + "; name a Kubernetes version for " + config.auditDate())));
    List<ActiveRule> active = new ArrayList<>();
    for (RuleRegistry.Entry e : registry.entries()) {
      if (config.isEnabled(e.meta())) {
        active.add(new ActiveRule(active.size(), e.meta(), e.rule(), config.severityOf(e.meta())));
      }
    }
    List<Notice> notices = new ArrayList<>(input.notices());
    List<Resource> audited = new ArrayList<>();
    for (Resource r : input.resources()) {
      if (r.annotation(HELM_HOOK).map(h -> h.contains("test")).orElse(false)) {
        notices.add(new Notice(r.position(), r.ref() + " is a Helm test hook; not audited"));
      } else {
        audited.add(r);
      }
    }
    Inventory inventory = new Inventory(audited);
    RuleContext context = new RuleContext(inventory, target, config.auditDate(), config.clusterName());
    List<Exemption> exemptions = new ArrayList<>(config.exemptions());
    if (config.builtInExemptions()) {
      exemptions.addAll(BuiltInExemptions.all());
    }
    Set<String> knownIds = new TreeSet<>();
    registry.metas().forEach(m -> knownIds.add(m.id()));
    Evaluation evaluation = new Evaluation(active, context, exemptions, config.annotationSuppressions(), knownIds);
    Accumulator total = run(audited, evaluation, config.threads());

    total.findings.sort(Finding.ORDER);
    total.suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
    total.notices.sort(Comparator.comparing(Notice::position).thenComparing(Notice::message));
    total.evaluations.sort(ResourceEvaluation.ORDER);
    total.failures.sort(
        Comparator.comparing((RuleFailure f) -> f.resource().position())
            .thenComparing(f -> f.resource().display())
            .thenComparing(RuleFailure::ruleId)
            .thenComparing(RuleFailure::error));
    notices.addAll(total.notices);
    List<RuleStats> stats = new ArrayList<>();
    long evaluatedWeight = 0;
    long failedWeight = 0;
    for (ActiveRule rule : active) {
      stats.add(new RuleStats(rule.meta.id(), total.evaluated[rule.index], total.failed[rule.index], total.suppressedCount[rule.index]));
      int w = rule.severity.weight();
      evaluatedWeight += w * (total.evaluated[rule.index] - total.suppressedCount[rule.index]);
      failedWeight += (long) w * total.failed[rule.index];
    }
    return new AuditReport(
        total.findings,
        total.suppressed,
        input.errors().stream().sorted().toList(),
        notices,
        total.failures,
        active.stream().map(a -> a.meta).toList(),
        stats,
        audited.size(),
        input.filesRead(),
        target,
        config.auditDate(),
        Score.compute(evaluatedWeight, failedWeight, total.findings),
        total.evaluations);
  }

  private static Accumulator run(List<Resource> resources, Evaluation evaluation, int threads) {
    if (threads == 1 || resources.size() < 64) {
      Accumulator acc = new Accumulator(evaluation.rules.size());
      resources.forEach(r -> evaluation.evaluate(r, acc));
      return acc;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(
              () ->
                  resources.parallelStream()
                      .collect(
                          () -> new Accumulator(evaluation.rules.size()),
                          (acc, r) -> evaluation.evaluate(r, acc),
                          Accumulator::merge))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("audit interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("audit failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private record ActiveRule(int index, RuleMeta meta, Rule rule, Severity severity) {}

  /** Results of a slice of the input; slices are merged, then sorted. */
  private static final class Accumulator {
    final List<Finding> findings = new ArrayList<>();
    final List<SuppressedFinding> suppressed = new ArrayList<>();
    final List<RuleFailure> failures = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final List<ResourceEvaluation> evaluations = new ArrayList<>();
    final long[] evaluated;
    final long[] failed;
    final long[] suppressedCount;

    Accumulator(int rules) {
      evaluated = new long[rules];
      failed = new long[rules];
      suppressedCount = new long[rules];
    }

    void merge(Accumulator o) {
      findings.addAll(o.findings);
      suppressed.addAll(o.suppressed);
      failures.addAll(o.failures);
      notices.addAll(o.notices);
      evaluations.addAll(o.evaluations);
      for (int i = 0; i < evaluated.length; i++) {
        evaluated[i] += o.evaluated[i];
        failed[i] += o.failed[i];
        suppressedCount[i] += o.suppressedCount[i];
      }
    }
  }

  /** Everything needed to evaluate one resource; immutable, shared by all workers. */
  private static final class Evaluation {
    final List<ActiveRule> rules;
    final RuleContext context;
    final List<Exemption> exemptions;
    final boolean annotations;
    final Set<String> knownIds;

    Evaluation(List<ActiveRule> rules, RuleContext context, List<Exemption> exemptions, boolean annotations, Set<String> knownIds) {
      this.rules = rules;
      this.knownIds = knownIds;
      this.context = context;
      this.exemptions = exemptions;
      this.annotations = annotations;
    }

    void evaluate(Resource resource, Accumulator acc) {
      ResourceRef ref = ResourceRef.of(resource);
      Optional<PodSpecView> pod = context.inventory().podSpecOf(resource);
      AnnotationIgnores ignores = annotations ? AnnotationIgnores.of(resource, pod) : AnnotationIgnores.NONE;
      ignores.unknownIds(knownIds).forEach((id, declared) -> acc.notices.add(new Notice(declared.position(),
          resource.ref() + ": " + IGNORE_ANNOTATION + " names unknown rule \"" + id + "\"")));
      List<String> evaluatedIds = new ArrayList<>();
      for (ActiveRule rule : rules) {
        List<Finding> found = new ArrayList<>();
        boolean applies;
        try {
          applies = check(rule, resource, pod, ref, found);
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
          // a broken rule (or a checked exception thrown sneakily, or a recursion too deep for the
          // input) costs that rule on this resource, never the audit
          acc.failures.add(new RuleFailure(rule.meta.id(), ref, e.toString()));
          continue;
        }
        if (!applies) {
          continue;
        }
        acc.evaluated[rule.index]++;
        evaluatedIds.add(rule.meta.id());
        int open = 0;
        for (Finding f : found) {
          Optional<Suppression> s = suppressionFor(f, ignores);
          if (s.isPresent()) {
            acc.suppressed.add(new SuppressedFinding(f, s.get()));
          } else {
            acc.findings.add(f);
            open++;
          }
        }
        if (open > 0) {
          acc.failed[rule.index]++;
        } else if (!found.isEmpty()) {
          acc.suppressedCount[rule.index]++;
        }
      }
      acc.evaluations.add(new ResourceEvaluation(ref, evaluatedIds));
    }

    /** Runs one rule on one resource; returns whether the rule applied at all. */
    private boolean check(ActiveRule rule, Resource resource, Optional<PodSpecView> pod, ResourceRef ref, List<Finding> out) {
      if (rule.rule instanceof ResourceRule r) {
        if (!r.appliesTo(resource)) {
          return false;
        }
        add(rule, ref, resource, "", r.check(resource, context), out);
        return true;
      }
      if (pod.isEmpty()) {
        return false;
      }
      if (rule.rule instanceof PodSpecRule r) {
        if (!r.appliesTo(pod.get())) {
          return false;
        }
        add(rule, ref, resource, "", r.check(pod.get(), context), out);
        return true;
      }
      ContainerRule r = (ContainerRule) rule.rule;
      boolean applied = false;
      for (ContainerView c : pod.get().allContainers()) {
        if (r.appliesTo(c)) {
          applied = true;
          add(rule, ref, resource, c.name(), r.check(c, context), out);
        }
      }
      return applied;
    }

    private static void add(ActiveRule rule, ResourceRef ref, Resource resource, String container, List<Violation> violations, List<Finding> out) {
      for (Violation v : violations) {
        Position at = positionOf(v.node(), resource);
        out.add(new Finding(rule.meta, rule.severity, ref, container, at, v.message(), v.fixes()));
      }
    }

    /** The offending node's position; the resource's when the node has none (missing, or a live object). */
    private static Position positionOf(Node node, Resource resource) {
      return node.position().isKnown() ? node.position() : resource.position();
    }

    private Optional<Suppression> suppressionFor(Finding f, AnnotationIgnores ignores) {
      Optional<AnnotationIgnores.Declared> declared = ignores.covering(f.ruleId());
      if (declared.isPresent()) {
        return Optional.of(new Suppression(Suppression.Source.ANNOTATION, declared.get().reason()));
      }
      for (Exemption e : exemptions) {
        if (e.matches(f)) {
          return Optional.of(e.suppression());
        }
      }
      return Optional.empty();
    }
  }

  /** The rule ids a resource's {@code seaworthy.dev/ignore} annotations name (object and pod template). */
  /**
   * The rule ids that {@code seaworthy.dev/ignore} annotations name, on the object and on its pod
   * template, each with the reason written beside it (in the same metadata block) and where it was
   * written.
   */
  private record AnnotationIgnores(Map<String, Declared> byId) {
    static final AnnotationIgnores NONE = new AnnotationIgnores(Map.of());

    /** One id as declared: its reason and the position of the annotation. */
    record Declared(String reason, Position position) {}

    static AnnotationIgnores of(Resource r, Optional<PodSpecView> pod) {
      Map<String, Declared> byId = new java.util.LinkedHashMap<>();
      List<Node> metas = new ArrayList<>();
      metas.add(r.metadata());
      pod.ifPresent(p -> metas.add(p.templateMetadata()));
      for (Node meta : metas) {
        Node ignore = meta.at("annotations", IGNORE_ANNOTATION);
        if (ignore.text().isEmpty()) {
          continue;
        }
        // the reason written beside the ignore; else a reason standing alone in the other block
        Optional<String> reason = meta.at("annotations", IGNORE_REASON_ANNOTATION).text();
        for (Node other : metas) {
          if (reason.isEmpty() && other != meta && other.at("annotations", IGNORE_ANNOTATION).isMissing()) {
            reason = other.at("annotations", IGNORE_REASON_ANNOTATION).text();
          }
        }
        String why = reason.orElse("no reason given (" + IGNORE_REASON_ANNOTATION + " is not set)");
        Position at = ignore.position().isKnown() ? ignore.position() : r.position();
        Arrays.stream(ignore.text().get().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
            .forEach(id -> byId.putIfAbsent(id, new Declared(why, at)));
      }
      return byId.isEmpty() ? NONE : new AnnotationIgnores(byId);
    }

    /** The declaration that silences this rule, if any (a specific id wins over "*"). */
    Optional<Declared> covering(String ruleId) {
      Declared d = byId.get(ruleId);
      if (d == null) {
        d = byId.get("*");
      }
      if (d == null) {
        d = byId.get("all");
      }
      return Optional.ofNullable(d);
    }

    Map<String, Declared> unknownIds(Set<String> known) {
      Map<String, Declared> out = new java.util.LinkedHashMap<>();
      byId.forEach((id, d) -> {
        if (!id.equals("*") && !id.equals("all") && !known.contains(id)) {
          out.put(id, d);
        }
      });
      return out;
    }
  }
}
