package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Small questions the item definitions ask of the input. */
final class Inputs {

  /** Namespaces EKS and Kubernetes run their own components in; application baselines do not apply. */
  static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");

  private Inputs() {}

  /** Objects of these kinds in this API group ({@code ""} for the core group). */
  static List<Resource> ofKinds(Inventory input, String group, String... kinds) {
    List<Resource> out = new ArrayList<>();
    for (String kind : kinds) {
      for (Resource r : input.ofKind(kind)) {
        if (r.group().equals(group)) {
          out.add(r);
        }
      }
    }
    return sorted(out);
  }

  static List<Resource> sorted(Collection<Resource> resources) {
    List<Resource> out = new ArrayList<>(resources);
    out.sort((a, b) -> {
      int c = a.position().compareTo(b.position());
      return c != 0 ? c : a.ref().compareTo(b.ref());
    });
    return out;
  }

  /** eksctl {@code ClusterConfig} objects. */
  static List<Resource> clusterConfigs(Inventory input) {
    return ofKinds(input, "eksctl.io", "ClusterConfig");
  }

  /** Pod specs of objects meant to keep running (Deployments, DaemonSets, StatefulSets, bare Pods...). */
  static List<PodSpecView> longRunning(Inventory input) {
    return input.podSpecs().stream().filter(PodSpecView::isLongRunning).toList();
  }

  /** Long-running workloads outside the system namespaces, by the namespace they land in. */
  static Map<String, List<Resource>> appWorkloadsByNamespace(Inventory input) {
    Map<String, List<Resource>> out = new TreeMap<>();
    for (PodSpecView p : longRunning(input)) {
      String ns = Inventory.namespaceOf(p.resource());
      if (!SYSTEM_NAMESPACES.contains(ns)) {
        out.computeIfAbsent(ns, k -> new ArrayList<>()).add(p.resource());
      }
    }
    return out;
  }

  /** Whether any container image of the pod contains one of the fragments (case-insensitive). */
  static boolean runsImage(PodSpecView pod, String... fragments) {
    for (ContainerView c : pod.allContainers()) {
      String image = c.image().toLowerCase(Locale.ROOT);
      for (String f : fragments) {
        if (image.contains(f)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Workloads of these kinds whose name or an image contains one of the fragments. */
  static List<Resource> workloadsRunning(Inventory input, Set<String> kinds, String... fragments) {
    List<Resource> out = new ArrayList<>();
    for (PodSpecView p : input.podSpecs()) {
      Resource r = p.resource();
      if (!kinds.contains(r.kind())) {
        continue;
      }
      String name = r.name().toLowerCase(Locale.ROOT);
      boolean named = false;
      for (String f : fragments) {
        named |= name.contains(f);
      }
      if (named || runsImage(p, fragments)) {
        out.add(r);
      }
    }
    return sorted(out);
  }

  /** {@code Kind/namespace/name (file:line)}. */
  static String describe(Resource r) {
    return r.ref() + at(r.position());
  }

  /** {@code " (file:line)"}, or nothing for objects without a position (live objects). */
  static String at(Position p) {
    return p.isKnown() ? " (" + p.file() + ":" + p.line() + ")" : "";
  }

  static String at(Node n) {
    return at(n.position());
  }

  /** {@code a, b and c}, or {@code a, b, c and 4 more} beyond {@code max}. */
  static String list(Collection<String> items, int max) {
    List<String> all = List.copyOf(items);
    if (all.isEmpty()) {
      return "";
    }
    if (all.size() > max) {
      return String.join(", ", all.subList(0, max)) + " and " + (all.size() - max) + " more";
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
  }

  /** The text values of a list node, or of a single scalar. */
  static List<String> texts(Node n) {
    if (n.isList()) {
      List<String> out = new ArrayList<>();
      n.items().forEach(i -> i.text().ifPresent(out::add));
      return out;
    }
    return n.text().map(List::of).orElse(List.of());
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
