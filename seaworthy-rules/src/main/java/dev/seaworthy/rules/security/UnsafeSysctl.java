package dev.seaworthy.rules.security;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One violation per {@code spec.securityContext.sysctls} entry whose name is not in the safe set of
 * the target Kubernetes version (bundled data, safe-sysctls.yaml). Names written with slashes are
 * converted to the dotted form first, as the kubelet does.
 */
@RuleInfo(
    id = "unsafe-sysctl",
    title = "Pod sets an unsafe sysctl",
    severity = Severity.HIGH,
    category = Category.SECURITY,
    description = """
        Only a short list of kernel parameters is isolated per pod. Any other sysctl can change \
        the behaviour of the whole node or of other pods on it, or weaken kernel protections. The \
        kubelet refuses such a pod unless the node allows that sysctl with \
        --allowed-unsafe-sysctls, so in practice the pod either fails to start or runs only on \
        specially configured nodes. The Pod Security Standards baseline profile allows only the \
        safe set, which has grown with Kubernetes versions.""",
    remediation = "Remove the sysctl, or set it on dedicated, tainted nodes through the node configuration instead of the pod.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    },
    equivalents = {"kube-linter:unsafe-sysctls", "trivy:KSV-0026"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: redis
        spec:
          securityContext:
            sysctls:
              - name: net.core.somaxconn
                value: "1024"
          containers:
            - name: redis
              image: redis:7.4
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: redis
        spec:
          securityContext:
            sysctls:
              - name: net.ipv4.ip_local_port_range
                value: "1024 65535"
          containers:
            - name: redis
              image: redis:7.4
        """)
public final class UnsafeSysctl implements PodSpecRule {

  /** Safe sysctl name to the first version whose baseline policy allows it. */
  private static final Map<String, KubernetesVersion> SAFE = load();

  private static Map<String, KubernetesVersion> load() {
    Node root = DataFiles.read(UnsafeSysctl.class, "/dev/seaworthy/rules/security/safe-sysctls.yaml");
    Map<String, KubernetesVersion> out = new HashMap<>();
    for (Node entry : root.at("sysctls").items()) {
      out.put(entry.at("name").textOr(""), KubernetesVersion.of(entry.at("since").textOr("")));
    }
    return Map.copyOf(out);
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    KubernetesVersion target = context.targetVersion();
    for (Node item : pod.securityContext().at("sysctls").items()) {
      Node nameNode = item.at("name");
      Optional<String> name = nameNode.text().map(String::strip).filter(n -> !n.isEmpty());
      if (name.isEmpty()) {
        continue;
      }
      String dotted = dotted(name.get());
      KubernetesVersion since = SAFE.get(dotted);
      if (since != null && target.atLeast(since)) {
        continue;
      }
      String message = since != null
          ? "sysctl " + dotted + " is safe only from Kubernetes " + since + "; on " + target + " it is unsafe, so the kubelet refuses the pod unless the node allows it"
          : "sysctl " + dotted + " is not in the Kubernetes safe set; the kubelet refuses the pod unless the node allows it with --allowed-unsafe-sysctls";
      out.add(Violation.of(nameNode, message));
    }
    return out;
  }

  /**
   * The dotted form of a sysctl name. A name whose first separator is a slash uses slashes between
   * segments and dots inside them (net/ipv4/conf/eth0.100/rp_filter), so the two are swapped.
   */
  static String dotted(String name) {
    int slash = name.indexOf('/');
    int dot = name.indexOf('.');
    if (slash < 0 || (dot >= 0 && dot < slash)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (char ch : name.toCharArray()) {
      sb.append(ch == '/' ? '.' : ch == '.' ? '/' : ch);
    }
    return sb.toString();
  }
}
