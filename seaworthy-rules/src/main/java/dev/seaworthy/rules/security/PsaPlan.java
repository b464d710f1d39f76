package dev.seaworthy.rules.security;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.PodSpecView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Pod Security Admission labels a namespace can take without rejecting the workloads the
 * audited input runs in it: the target level (the one a PodSecurityPolicy of the input maps to, else
 * restricted), lowered to what those workloads meet.
 */
record PsaPlan(String namespace, PsaLevel target, PsaLevel enforce, Optional<Blocker> blocker, int workloads) {

  /** The first workload that keeps the namespace below the target, and why. */
  record Blocker(Resource workload, PsaLevel meets, String reason) {
    String describe() {
      return Names.describe(workload) + " does not meet " + (meets == PsaLevel.PRIVILEGED ? "baseline" : "restricted") + " (" + reason + ")";
    }
  }

  static final String ENFORCE = PsaLevel.PREFIX + "enforce";
  static final String AUDIT = PsaLevel.PREFIX + "audit";
  static final String WARN = PsaLevel.PREFIX + "warn";
  static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");

  boolean needsPrivileged() {
    return enforce == PsaLevel.PRIVILEGED;
  }

  /** The labels to set: enforce what the workloads meet, audit and warn at the target. */
  Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(ENFORCE, enforce.label());
    out.put(AUDIT, target.label());
    out.put(WARN, target.label());
    return out;
  }

  static PsaPlan of(String namespace, PsaLevel target, Inventory inventory, KubernetesVersion version) {
    PsaLevel enforce = target;
    Optional<Blocker> blocker = Optional.empty();
    List<PodSpecView> pods = workloadsIn(namespace, inventory);
    for (PodSpecView pod : pods) {
      PodSecurityLevels.Verdict verdict = PodSecurityLevels.of(pod, version);
      if (verdict.level().compareTo(enforce) < 0) {
        enforce = verdict.level();
        blocker = Optional.of(new Blocker(pod.resource(), verdict.level(), verdict.reason()));
      }
    }
    return new PsaPlan(namespace, target, enforce, blocker, pods.size());
  }

  static List<PodSpecView> workloadsIn(String namespace, Inventory inventory) {
    return inventory.podSpecsIn(namespace).stream().filter(p -> !Names.hasOwner(p.resource())).toList();
  }

  /**
   * The level the input's PodSecurityPolicies express, when they agree on baseline or restricted;
   * otherwise restricted, the level the EKS Best Practices Guide recommends.
   */
  static PsaLevel target(Inventory inventory) {
    Set<PsaLevel> levels = new TreeSet<>();
    for (String kind : List.of("PodSecurityPolicy")) {
      for (Resource psp : inventory.ofKind(kind)) {
        if (PspMapping.isPsp(psp)) {
          levels.add(PspMapping.of(psp).level());
        }
      }
    }
    return levels.size() == 1 && levels.iterator().next() != PsaLevel.PRIVILEGED ? levels.iterator().next() : PsaLevel.RESTRICTED;
  }
}
