package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A PodSecurityPolicy read as the Pod Security Standards level it is closest to, following the
 * Kubernetes mapping table (PSP fields to baseline and restricted). The level is decided by the
 * controls both systems share (privilege, host namespaces and ports, volumes, capabilities,
 * privilege escalation, user); SELinux and seccomp options, which the table also maps, only add
 * notes, because most policies leave them at RunAsAny and would otherwise all map to privileged.
 */
record PspMapping(PsaLevel level, List<String> whyNotHigher, List<String> podsMustSet, List<String> psaAlsoRequires, List<String> notExpressible) {

  static final String SECCOMP_ALLOWED = "seccomp.security.alpha.kubernetes.io/allowedProfileNames";

  static boolean isPsp(Resource r) {
    return r.kind().equals("PodSecurityPolicy") && (r.group().equals("policy") || r.group().equals("extensions"));
  }

  static PspMapping of(Resource psp) {
    Node spec = psp.node().at("spec");
    List<String> baselineBlockers = new ArrayList<>();
    List<String> restrictedBlockers = new ArrayList<>();
    if (isTrue(spec.at("privileged"))) {
      baselineBlockers.add("privileged: true");
    }
    for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (isTrue(spec.at(field))) {
        baselineBlockers.add(field + ": true");
      }
    }
    if (!spec.at("hostPorts").items().isEmpty()) {
      baselineBlockers.add("hostPorts");
    }
    Set<String> volumes = texts(spec.at("volumes"));
    if (volumes.contains("*") || volumes.contains("hostPath")) {
      baselineBlockers.add("volumes allow " + (volumes.contains("*") ? "\"*\"" : "hostPath"));
    }
    Set<String> caps = new LinkedHashSet<>();
    spec.at("allowedCapabilities").items().forEach(n -> caps.add(PodSecurityLevels.capability(n)));
    spec.at("defaultAddCapabilities").items().forEach(n -> caps.add(PodSecurityLevels.capability(n)));
    for (String cap : caps) {
      if (cap.equals("*") || !PodSecurityLevels.BASELINE_CAPABILITIES.contains(cap)) {
        baselineBlockers.add("capability " + cap);
      } else if (!cap.equals("NET_BIND_SERVICE")) {
        restrictedBlockers.add("capability " + cap);
      }
    }
    if (!spec.at("allowedUnsafeSysctls").items().isEmpty()) {
      baselineBlockers.add("allowedUnsafeSysctls");
    }
    if (spec.at("allowedProcMountTypes").items().stream().anyMatch(n -> !n.textOr("").equals("Default"))) {
      baselineBlockers.add("allowedProcMountTypes beyond Default");
    }
    boolean escalationOff = isFalse(spec.at("allowPrivilegeEscalation"));
    if (!escalationOff) {
      restrictedBlockers.add("allowPrivilegeEscalation is not false");
    }
    boolean dropsAll = spec.at("requiredDropCapabilities").items().stream().anyMatch(n -> PodSecurityLevels.capability(n).equals("ALL"));
    if (!dropsAll) {
      restrictedBlockers.add("requiredDropCapabilities does not include ALL");
    }
    if (!volumes.isEmpty() && !PodSecurityLevels.RESTRICTED_VOLUMES.containsAll(volumes) && !volumes.contains("*")) {
      List<String> extra = volumes.stream().filter(v -> !PodSecurityLevels.RESTRICTED_VOLUMES.contains(v)).toList();
      restrictedBlockers.add("volumes allow " + String.join(", ", extra));
    }
    String userRule = spec.at("runAsUser", "rule").textOr("");
    boolean nonRoot = userRule.equals("MustRunAsNonRoot") || (userRule.equals("MustRunAs") && rangesAboveZero(spec.at("runAsUser", "ranges")));
    if (!nonRoot) {
      restrictedBlockers.add("runAsUser does not require a non-root user");
    }
    PsaLevel level = !baselineBlockers.isEmpty() ? PsaLevel.PRIVILEGED : !restrictedBlockers.isEmpty() ? PsaLevel.BASELINE : PsaLevel.RESTRICTED;
    List<String> why = level == PsaLevel.PRIVILEGED ? baselineBlockers : level == PsaLevel.BASELINE ? restrictedBlockers : List.of();

    // PSP filled these in on pods that left them unset; PSA only validates.
    List<String> mustSet = new ArrayList<>();
    if (level == PsaLevel.RESTRICTED) {
      mustSet.add("allowPrivilegeEscalation: false");
      mustSet.add("capabilities.drop: [ALL]");
      mustSet.add("runAsNonRoot: true");
    }
    List<String> also = new ArrayList<>();
    String seccomp = psp.annotation(SECCOMP_ALLOWED).orElse("");
    boolean seccompRequired = !seccomp.isEmpty() && List.of(seccomp.split(",")).stream()
        .map(String::strip).allMatch(p -> p.equals("runtime/default") || p.equals("docker/default") || p.startsWith("localhost/"));
    if (level == PsaLevel.RESTRICTED && !seccompRequired) {
      also.add("seccompProfile.type: RuntimeDefault (or Localhost), which this policy did not require");
    }
    List<String> cannot = new ArrayList<>();
    if (isTrue(spec.at("readOnlyRootFilesystem"))) {
      cannot.add("readOnlyRootFilesystem: true");
    }
    if (userRule.equals("MustRunAs")) {
      cannot.add("the runAsUser ranges");
    }
    for (String field : List.of("runAsGroup", "fsGroup", "supplementalGroups")) {
      String rule = spec.at(field, "rule").textOr("");
      if (rule.equals("MustRunAs") || rule.equals("MayRunAs")) {
        cannot.add("the " + field + " ranges");
      }
    }
    if (!spec.at("allowedHostPaths").items().isEmpty() && level == PsaLevel.PRIVILEGED) {
      cannot.add("allowedHostPaths");
    }
    if (!spec.at("forbiddenSysctls").items().isEmpty()) {
      cannot.add("forbiddenSysctls");
    }
    if (!spec.at("allowedCSIDrivers").items().isEmpty() || !spec.at("allowedFlexVolumes").items().isEmpty()) {
      cannot.add("the allowed CSI drivers and flex volumes");
    }
    return new PspMapping(level, why, mustSet, also, cannot);
  }

  private static boolean rangesAboveZero(Node ranges) {
    List<Node> items = ranges.items();
    return !items.isEmpty() && items.stream().allMatch(r -> r.at("min").asLong().orElse(0) >= 1);
  }

  private static Set<String> texts(Node list) {
    Set<String> out = new LinkedHashSet<>();
    list.items().forEach(n -> n.text().ifPresent(out::add));
    return out;
  }

  private static boolean isTrue(Node node) {
    return node.asBoolean().orElse(false);
  }

  private static boolean isFalse(Node node) {
    return node.asBoolean().map(b -> !b).orElse(false);
  }
}
