package dev.seaworthy.rules.security;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The highest Pod Security Standards level a pod spec meets, for choosing labels that do not reject
 * the namespace's own workloads. Anything this class cannot read counts against the pod, so it may
 * underrate a pod but never overrate it.
 */
final class PodSecurityLevels {

  /** A level and, when it is not restricted, the first reason the pod misses the next level. */
  record Verdict(PsaLevel level, String reason) {}

  static final Set<String> BASELINE_CAPABILITIES =
      Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
          "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
  static final Set<String> RESTRICTED_VOLUMES =
      Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret");
  private static final Set<String> SELINUX_TYPES = Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");
  private static final Map<String, KubernetesVersion> SAFE_SYSCTLS = loadSysctls();

  private PodSecurityLevels() {}

  private static Map<String, KubernetesVersion> loadSysctls() {
    Node root = DataFiles.read(PodSecurityLevels.class, "/dev/seaworthy/rules/security/safe-sysctls.yaml");
    Map<String, KubernetesVersion> out = new HashMap<>();
    for (Node entry : root.at("sysctls").items()) {
      out.put(entry.at("name").textOr(""), KubernetesVersion.of(entry.at("since").textOr("")));
    }
    return Map.copyOf(out);
  }

  static Verdict of(PodSpecView pod, KubernetesVersion target) {
    Optional<String> baseline = baselineViolation(pod, target);
    if (baseline.isPresent()) {
      return new Verdict(PsaLevel.PRIVILEGED, baseline.get());
    }
    Optional<String> restricted = restrictedViolation(pod);
    return restricted.map(r -> new Verdict(PsaLevel.BASELINE, r)).orElse(new Verdict(PsaLevel.RESTRICTED, ""));
  }

  static Optional<String> baselineViolation(PodSpecView pod, KubernetesVersion target) {
    Node spec = pod.spec();
    for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (!isFalse(spec.at(field))) {
        return Optional.of(field + ": true");
      }
    }
    if (!isFalse(pod.securityContext().at("windowsOptions", "hostProcess"))) {
      return Optional.of("a Windows HostProcess pod");
    }
    for (Node volume : spec.at("volumes").items()) {
      if (volume.at("hostPath").isPresent()) {
        return Optional.of("hostPath volume \"" + volume.at("name").textOr("<unnamed>") + "\"");
      }
    }
    for (Node sysctl : pod.securityContext().at("sysctls").items()) {
      String name = sysctl.at("name").textOr("").replace('/', '.');
      KubernetesVersion since = SAFE_SYSCTLS.get(name);
      if (since == null || !target.atLeast(since)) {
        return Optional.of("sysctl " + name);
      }
    }
    Optional<String> podLevel = securityContextViolation(pod.securityContext(), "pod");
    if (podLevel.isPresent()) {
      return podLevel;
    }
    for (String annotation : pod.templateMetadata().at("annotations").entries().keySet()) {
      if (annotation.startsWith("container.apparmor.security.beta.kubernetes.io/")) {
        String value = pod.templateMetadata().at("annotations", annotation).textOr("");
        if (!value.equals("runtime/default") && !value.startsWith("localhost/")) {
          return Optional.of("AppArmor profile " + value);
        }
      }
    }
    for (ContainerView c : pod.allContainers()) {
      Node sc = c.securityContext();
      if (!isFalse(sc.at("privileged"))) {
        return Optional.of(c.describe() + " runs privileged");
      }
      if (!isFalse(sc.at("windowsOptions", "hostProcess"))) {
        return Optional.of(c.describe() + " is a HostProcess container");
      }
      for (Node cap : sc.at("capabilities", "add").items()) {
        String name = capability(cap);
        if (!BASELINE_CAPABILITIES.contains(name)) {
          return Optional.of(c.describe() + " adds capability " + name);
        }
      }
      if (!sc.at("procMount").textOr("Default").equals("Default")) {
        return Optional.of(c.describe() + " sets procMount " + sc.at("procMount").textOr(""));
      }
      for (Node port : c.ports()) {
        if (port.at("hostPort").isPresent() && port.at("hostPort").asLong().orElse(-1) != 0) {
          return Optional.of(c.describe() + " uses a hostPort");
        }
      }
      Optional<String> own = securityContextViolation(sc, c.describe());
      if (own.isPresent()) {
        return own;
      }
    }
    return Optional.empty();
  }

  /** Seccomp, AppArmor and SELinux settings that baseline forbids at pod or container level. */
  private static Optional<String> securityContextViolation(Node sc, String who) {
    if (sc.at("seccompProfile", "type").textOr("").equals("Unconfined")) {
      return Optional.of(who + " sets seccompProfile Unconfined");
    }
    if (sc.at("appArmorProfile", "type").textOr("").equals("Unconfined")) {
      return Optional.of(who + " sets appArmorProfile Unconfined");
    }
    Node selinux = sc.at("seLinuxOptions");
    String type = selinux.at("type").textOr("");
    if (!type.isEmpty() && !SELINUX_TYPES.contains(type)) {
      return Optional.of(who + " sets SELinux type " + type);
    }
    if (!selinux.at("user").textOr("").isEmpty() || !selinux.at("role").textOr("").isEmpty()) {
      return Optional.of(who + " sets a custom SELinux user or role");
    }
    return Optional.empty();
  }

  static Optional<String> restrictedViolation(PodSpecView pod) {
    for (Node volume : pod.spec().at("volumes").items()) {
      String type = volume.entries().keySet().stream().filter(k -> !k.equals("name")).findFirst().orElse("");
      if (!RESTRICTED_VOLUMES.contains(type)) {
        return Optional.of("volume \"" + volume.at("name").textOr("<unnamed>") + "\" is of type " + (type.isEmpty() ? "unknown" : type));
      }
    }
    Node podSc = pod.securityContext();
    if (podSc.at("runAsUser").asLong().orElse(-1) == 0) {
      return Optional.of("the pod runs as UID 0");
    }
    boolean podNonRoot = podSc.at("runAsNonRoot").asBoolean().orElse(false);
    String podSeccomp = podSc.at("seccompProfile", "type").textOr("");
    for (ContainerView c : pod.allContainers()) {
      Node sc = c.securityContext();
      if (!sc.at("allowPrivilegeEscalation").asBoolean().map(b -> !b).orElse(false)) {
        return Optional.of(c.describe() + " does not set allowPrivilegeEscalation: false");
      }
      Node nonRoot = sc.at("runAsNonRoot");
      if (!(nonRoot.isPresent() ? nonRoot.asBoolean().orElse(false) : podNonRoot)) {
        return Optional.of(c.describe() + " does not run with runAsNonRoot: true");
      }
      if (sc.at("runAsUser").asLong().orElse(-1) == 0) {
        return Optional.of(c.describe() + " runs as UID 0");
      }
      String seccomp = sc.at("seccompProfile", "type").textOr(podSeccomp);
      if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
        return Optional.of(c.describe() + " has no seccompProfile RuntimeDefault or Localhost");
      }
      boolean dropsAll = sc.at("capabilities", "drop").items().stream().anyMatch(n -> capability(n).equals("ALL"));
      if (!dropsAll) {
        return Optional.of(c.describe() + " does not drop ALL capabilities");
      }
      for (Node cap : sc.at("capabilities", "add").items()) {
        if (!capability(cap).equals("NET_BIND_SERVICE")) {
          return Optional.of(c.describe() + " adds capability " + capability(cap));
        }
      }
    }
    return Optional.empty();
  }

  /** False or absent; anything else (true, or a value that is not a boolean) counts as set. */
  private static boolean isFalse(Node node) {
    return !node.isPresent() || node.asBoolean().map(b -> !b).orElse(false);
  }

  static String capability(Node item) {
    return PodFacts.capabilityName(item).orElse("?");
  }
}
