package dev.seaworthy.core.engine;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.config.BuiltInExemptions;
import dev.seaworthy.core.config.Exemption;
import dev.seaworthy.core.data.EksVersionCalendar;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.LiveStateRule;
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
import dev.seaworthy.core.view.eks.EksClusterView;
import dev.seaworthy.core.view.eks.EksClusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    List<ActiveRule> active = new ArrayList<>();
    for (RuleRegistry.Entry e : registry.entries()) {
      if (config.isEnabled(e.meta())) {
        active.add(new ActiveRule(active.size(), e.meta(), e.rule(), config.severityOf(e.meta()), config.configuredSeverity(e.meta()).isPresent()));
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
    KubernetesVersion target = targetVersion(config, inventory, notices);
    RuleContext context = new RuleContext(inventory, target, config.auditDate(), config.clusterName());
    List<Exemption> exemptions = new ArrayList<>(config.exemptions());
    if (config.builtInExemptions()) {
      exemptions.addAll(BuiltInExemptions.all());
    }
    Set<String> knownIds = new TreeSet<>();
    registry.metas().forEach(m -> knownIds.add(m.id()));
    Evaluation evaluation = new Evaluation(active, context, exemptions, config.annotationSuppressions(), knownIds, replicas(audited));
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

  /**
   * Objects a controller made from a template that is itself in the input: a live Deployment's
   * ReplicaSets and their Pods, a CronJob's Jobs. Judging them with the template's rules would repeat
   * each finding once per copy, so only {@link LiveStateRule}s look at them. An owner that is not in
   * the input (a controller Seaworthy did not read) leaves its objects audited like any other.
   */
  private static Set<Resource> replicas(List<Resource> resources) {
    Set<String> uids = new java.util.HashSet<>();
    for (Resource r : resources) {
      r.node().at("metadata", "uid").text().ifPresent(uids::add);
    }
    Set<Resource> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (uids.isEmpty()) {
      return out;
    }
    for (Resource r : resources) {
      for (Node owner : r.node().at("metadata", "ownerReferences").items()) {
        if (owner.at("controller").asBoolean().orElse(false) && owner.at("uid").text().map(uids::contains).orElse(false)) {
          out.add(r);
          break;
        }
      }
    }
    return out;
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

  /**
   * The version rules judge APIs against: the configured one; else the version of the cluster that
   * Terraform or eksctl in the same input defines (the newest when several are defined, since removals
   * only grow); else the newest version in standard support on the audit date. A notice says which.
   */
  private static KubernetesVersion targetVersion(AuditConfig config, Inventory inventory, List<Notice> notices) {
    if (config.targetVersion().isPresent()) {
      return config.targetVersion().get();
    }
    TreeMap<KubernetesVersion, EksClusterView> defined = new TreeMap<>();
    for (EksClusterView cluster : EksClusters.of(inventory).clusters()) {
      cluster.parsedVersion().ifPresent(v -> defined.putIfAbsent(v, cluster));
    }
    if (!defined.isEmpty()) {
      Map.Entry<KubernetesVersion, EksClusterView> newest = defined.lastEntry();
      String others = defined.size() == 1 ? "" : " (the newest of the versions defined: " + String.join(", ", defined.keySet().stream().map(KubernetesVersion::toString).toList()) + ")";
      notices.add(new Notice(newest.getValue().kubernetesVersion().position(),
          "APIs are judged against Kubernetes " + newest.getKey() + ", the version of " + newest.getValue().describe() + others
              + "; --kubernetes-version overrides it"));
      return newest.getKey();
    }
    EksVersionCalendar calendar = EksVersionCalendar.bundled();
    return calendar.defaultTarget(config.auditDate()).orElseThrow(() ->
        new IllegalArgumentException("the EKS calendar starts on " + calendar.firstDay() + "; name a Kubernetes version for " + config.auditDate()));
  }

  /** {@code configured}: the user set the rule's severity, which then wins over a violation's own. */
  private record ActiveRule(int index, RuleMeta meta, Rule rule, Severity severity, boolean configured) {}

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
    final Set<Resource> replicas;

    Evaluation(List<ActiveRule> rules, RuleContext context, List<Exemption> exemptions, boolean annotations, Set<String> knownIds,
        Set<Resource> replicas) {
      this.rules = rules;
      this.replicas = replicas;
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
      boolean replica = replicas.contains(resource);
      for (ActiveRule rule : rules) {
        if (replica && !(rule.rule instanceof LiveStateRule)) {
          continue;
        }
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
        Severity severity = rule.configured ? rule.severity : v.severity().orElse(rule.severity);
        out.add(new Finding(rule.meta, severity, ref, container, at, v.message(), v.fixes()));
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
      // Terraform blocks carry their `# seaworthy:ignore` comment as entries of the block itself
      // (keys no HCL identifier can spell), in the place annotations take in a manifest
      metas.add(r.origin() == Origin.TERRAFORM ? new MapNode(r.position(), Map.of("annotations", r.node())) : r.metadata());
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
