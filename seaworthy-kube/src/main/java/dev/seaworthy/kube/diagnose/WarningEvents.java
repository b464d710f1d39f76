package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@AnalyzerInfo(
    id = "warning-events",
    title = "Recent Warning events, grouped by object",
    explains = "Warning events of the last hour, one entry per object with its reasons, how many times they fired and the latest "
        + "message: what the kubelet, the scheduler and the controllers complained about that no other analyzer explains.")
public final class WarningEvents implements Analyzer {

  static final Duration WINDOW = Duration.ofHours(1);

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    Map<String, List<Resource>> byObject = new TreeMap<>();
    Instant since = state.now().minus(WINDOW);
    for (Resource e : state.ofKind("Event")) {
      if (!e.node().at("type").textOr("").equals("Warning") || ClusterState.eventTime(e).isBefore(since)) {
        continue;
      }
      Node o = e.node().at("involvedObject");
      String ns = o.at("namespace").textOr("");
      String ref = o.at("kind").textOr("?") + "/" + (ns.isEmpty() ? "" : ns + "/") + o.at("name").textOr("?");
      byObject.computeIfAbsent(ref, k -> new ArrayList<>()).add(e);
    }
    List<Diagnosis> out = new ArrayList<>();
    byObject.forEach((ref, events) -> {
      events.sort(java.util.Comparator.comparing(ClusterState::eventTime));
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Resource e : events) {
        counts.merge(e.node().at("reason").textOr("?"), e.node().at("count").asLong().orElse(1), Long::sum);
      }
      Resource latest = events.get(events.size() - 1);
      List<String> evidence = new ArrayList<>();
      counts.forEach((reason, n) -> evidence.add(reason + " x" + n));
      evidence.add("latest (" + ClusterState.eventTime(latest) + "): " + latest.node().at("message").textOr(""));
      String reasons = String.join(", ", counts.keySet());
      out.add(new Diagnosis(info().id(), Severity.LOW, ref, ref + " had Warning events in the last hour (" + reasons + ").", evidence,
          "kubectl events --for " + ref.replaceFirst("^([^/]+)/([^/]+)/(.+)$", "$1/$3 -n $2") + " --types=Warning"));
    });
    return out;
  }
}
