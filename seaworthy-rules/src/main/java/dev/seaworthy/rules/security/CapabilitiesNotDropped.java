package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.List;

/**
 * Fires unless {@code capabilities.drop} contains ALL in any letter case (the runtime compares it
 * case-insensitively). The fix creates the list, or appends ALL at the end of an existing one.
 */
@RuleInfo(
    id = "capabilities-not-dropped",
    title = "Container does not drop all capabilities",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        Containers start with the runtime's default capability set; the EKS Best Practices Guide \
        lists 14, among them NET_RAW, CHOWN, DAC_OVERRIDE, SETUID and SETGID. Most applications need \
        none of them, and NET_RAW alone lets a compromised container forge packets to other pods on \
        the node. Dropping ALL and \
        adding back only what the process needs is what the Pod Security Standards restricted \
        profile requires.""",
    remediation = "Add `capabilities: {drop: [ALL]}` to the container securityContext and add back only the capabilities the process needs.",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:insecureCapabilities",
      "kube-linter:drop-net-raw-capability",
      "kubescape:C-0199",
      "kubescape:C-0201",
      "checkov:CKV_K8S_28",
      "checkov:CKV_K8S_37",
      "trivy:KSV-0003",
      "trivy:KSV-0004",
      "trivy:KSV-0106"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: api:1.4.2
              securityContext:
                capabilities:
                  drop: [NET_RAW]
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: api:1.4.2
              securityContext:
                capabilities:
                  drop: [ALL]
        """)
public final class CapabilitiesNotDropped implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return PodFacts.isLinuxContainer(container);
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Node capabilities = container.securityContext().at("capabilities");
    Node drop = capabilities.at("drop");
    boolean dropsAll = drop.items().stream().map(PodFacts::capabilityName).anyMatch(n -> n.isPresent() && n.get().equals("ALL"));
    if (dropsAll) {
      return List.of();
    }
    if (drop.isList()) {
      String at = container.pointer() + "/securityContext/capabilities/drop/" + drop.items().size();
      return List.of(
          Violation.of(drop, container.describe() + " drops some capabilities but not ALL")
              .withFix(Fix.of("Add ALL to capabilities.drop", PatchOp.add(at, "ALL"))));
    }
    Node at = drop.isMissing() ? (capabilities.isMissing() ? container.node() : capabilities) : drop;
    return List.of(
        Violation.of(at, container.describe() + " does not drop capabilities (capabilities.drop has no ALL)")
            .withFix(Fix.of("Drop ALL capabilities", PodFacts.setInContainer(container, List.of("ALL"), "capabilities", "drop"))));
  }
}
