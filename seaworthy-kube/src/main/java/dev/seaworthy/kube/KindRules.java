package dev.seaworthy.kube;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules read which kinds, derived from the rules' own metadata: the kinds in a rule's
 * {@code example} and {@code fixedExample} are the kinds it judges or looks up (a rule that wants a
 * PodDisruptionBudget beside a Deployment shows one in its fixed example). A few rules find objects
 * through shared helpers without showing them; {@link #HELPER_READS} names those, and a test checks
 * it against the rules' source.
 *
 * <p>Used to be honest when a kind cannot be listed: the rules that depend on it are not run (they
 * would judge a cluster with a hole in it) and the report names them.
 */
public final class KindRules {

  /** Where the helper reads are kept: {@code rule-id: Kind, Kind} per line, generated from the rules' source by a test. */
  public static final String HELPER_READS_RESOURCE = "/dev/seaworthy/kube/helper-reads.txt";

  /** Rule id to kinds it looks up through a helper and that its examples do not show. */
  static final Map<String, Set<String>> HELPER_READS = readHelperReads();

  private static Map<String, Set<String>> readHelperReads() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    try (var in = KindRules.class.getResourceAsStream(HELPER_READS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(HELPER_READS_RESOURCE + " is missing from the jar");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        Set<String> kinds = new TreeSet<>();
        for (String k : line.substring(colon + 1).split(",")) {
          if (!k.isBlank()) {
            kinds.add(k.strip());
          }
        }
        out.put(line.substring(0, colon).strip(), kinds);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private final Map<KubeKind, Set<String>> rulesByKind = new LinkedHashMap<>();
  private final Set<String> podLevel = new TreeSet<>();

  private KindRules() {}

  public static KindRules of(RuleRegistry registry) {
    return build(registry, HELPER_READS);
  }

  /** Only what the examples show (the test that keeps the helper reads up to date starts from it). */
  public static KindRules examplesOnly(RuleRegistry registry) {
    return build(registry, Map.of());
  }

  private static KindRules build(RuleRegistry registry, Map<String, Set<String>> helperReads) {
    KindRules out = new KindRules();
    ManifestLoader loader = new ManifestLoader();
    for (RuleRegistry.Entry e : registry.entries()) {
      String id = e.meta().id();
      if (!(e.rule() instanceof ResourceRule)) {
        out.podLevel.add(id);
      }
      List<Resource> examples = new ArrayList<>();
      for (String text : List.of(e.meta().example(), e.meta().fixedExample())) {
        LoadedInput in = loader.loadText(id + ".yaml", text);
        examples.addAll(in.resources());
      }
      for (Resource r : examples) {
        KubeKind.find(r.group(), r.kind()).ifPresent(k -> out.add(k, id));
      }
      for (String kind : helperReads.getOrDefault(id, Set.of())) {
        KubeKind.all().stream().filter(k -> k.kind().equals(kind)).forEach(k -> out.add(k, id));
      }
    }
    return out;
  }

  private void add(KubeKind kind, String ruleId) {
    rulesByKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(ruleId);
  }

  /** The kinds some rule reads, in catalog order: those the rules show, and every kind that carries pods (pod and container rules judge them all). */
  public List<KubeKind> kinds() {
    return KubeKind.all().stream().filter(k -> rulesByKind.containsKey(k) || carriesPods(k) && !podLevel.isEmpty()).toList();
  }

  /** Every rule whose examples involve this kind. */
  public Set<String> rulesReading(KubeKind kind) {
    return rulesByKind.getOrDefault(kind, Set.of());
  }

  /**
   * The rules that cannot give a fair verdict without this kind: every rule that reads it, except
   * pod-spec and container rules when the kind carries pods (they still judge the other workload
   * kinds, and the objects of this kind are simply absent).
   */
  public Set<String> blockedBy(KubeKind kind) {
    Set<String> out = new TreeSet<>(rulesReading(kind));
    if (carriesPods(kind)) {
      out.removeAll(podLevel);
    }
    return out;
  }

  public static boolean carriesPods(KubeKind kind) {
    return Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "ReplicationController", "PodTemplate")
        .contains(kind.kind()) && (kind.group().isEmpty() || kind.group().equals("apps") || kind.group().equals("batch"));
  }
}
