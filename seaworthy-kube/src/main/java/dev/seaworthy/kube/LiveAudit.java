package dev.seaworthy.kube;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code audit --cluster}: reads what the rules need and turns it into the engine's input. The CLI
 * calls only this class (and {@link ClusterOptions}), so fabric8 is loaded only when a cluster is read.
 *
 * @param input the live objects, with a notice per forbidden kind and an input error per kind the
 *     server failed to give
 * @param notEvaluated rules to leave out: a kind they read could not be listed
 * @param version the API server's version, when it said
 */
public record LiveAudit(LoadedInput input, Set<String> notEvaluated, Optional<KubernetesVersion> version, String context, String scope) {

  public static LiveAudit read(ClusterOptions options, RuleRegistry registry, Progress progress) {
    KindRules kindRules = KindRules.of(registry);
    return of(Collector.read(options, kindRules.kinds(), Set.of(), progress), kindRules);
  }

  static LiveAudit of(Snapshot snapshot, KindRules kindRules) {
    Position where = Position.of("cluster " + snapshot.context(), 0, 0);
    List<Notice> notices = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Set<String> blocked = new TreeSet<>();
    for (Gap g : snapshot.gaps()) {
      Set<String> rules = kindRules.blockedBy(g.kind());
      blocked.addAll(rules);
      String message = g.describe() + "; " + (rules.isEmpty() ? "no rule depends on it alone" : "rules " + String.join(", ", rules) + " were not evaluated")
          + (KindRules.carriesPods(g.kind()) ? "; pod and container rules did not see its objects" : "");
      if (g.type() == Gap.Type.FORBIDDEN) {
        notices.add(new Notice(where, message));
      } else {
        errors.add(new InputError(where, message));
      }
    }
    LoadedInput input = new LoadedInput(snapshot.resources(), errors, notices, 0);
    return new LiveAudit(input, blocked, snapshot.version(), snapshot.context(), snapshot.scope());
  }
}
