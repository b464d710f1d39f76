package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One violation per entry of {@code capabilities.add} outside the Pod Security Standards baseline
 * set. Names are compared after upper-casing and removing a {@code CAP_} prefix, as the container
 * runtime does, so {@code cap_chown} is CHOWN and stays allowed.
 */
@RuleInfo(
    id = "dangerous-capability-added",
    title = "Container adds a capability outside the baseline set",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        Capabilities beyond the runtime defaults break container isolation: SYS_ADMIN is close to \
        full root on the node, SYS_MODULE loads kernel modules, SYS_PTRACE reads other processes' \
        memory, NET_ADMIN rewrites the node's network, and ALL grants every one of them. The Pod \
        Security Standards baseline profile allows adding only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, \
        FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and \
        SYS_CHROOT.""",
    remediation = "Remove the capability from `capabilities.add`, or run the workload that needs it in a dedicated, tightly controlled namespace.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:dangerousCapabilities",
      "kubescape:C-0046",
      "kubescape:C-0200",
      "checkov:CKV_K8S_25",
      "checkov:CKV_K8S_39",
      "trivy:KSV-0005",
      "trivy:KSV-0022",
      "trivy:KSV-0119",
      "trivy:KSV-0120",
      "hardeneks:disallow_linux_capabilities"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: vpn
        spec:
          containers:
            - name: vpn
              image: vpn:2.1
              securityContext:
                capabilities:
                  add: [NET_ADMIN]
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: vpn
        spec:
          containers:
            - name: vpn
              image: vpn:2.1
              securityContext:
                capabilities:
                  drop: [ALL]
                  add: [NET_BIND_SERVICE]
        """)
public final class DangerousCapabilityAdded implements ContainerRule {

  private static final Set<String> BASELINE =
      Set.of(
          "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
          "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  private static final Map<String, String> WHY =
      Map.of(
          "ALL", "every capability, as good as privileged",
          "SYS_ADMIN", "close to full root on the node",
          "SYS_MODULE", "can load kernel modules",
          "SYS_PTRACE", "can trace and read other processes",
          "NET_ADMIN", "can reconfigure the node's networking",
          "NET_RAW", "can forge raw packets",
          "BPF", "can load eBPF programs into the kernel",
          "DAC_READ_SEARCH", "can read any file, bypassing permissions");

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Node item : container.securityContext().at("capabilities", "add").items()) {
      Optional<String> name = PodFacts.capabilityName(item);
      if (name.isEmpty() || BASELINE.contains(name.get())) {
        continue;
      }
      String why = WHY.containsKey(name.get()) ? " (" + WHY.get(name.get()) + ")" : "";
      out.add(Violation.of(item, container.describe() + " adds capability " + name.get() + why + ", outside the Pod Security Standards baseline set"));
    }
    return out;
  }
}
