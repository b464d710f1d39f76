package dev.seaworthy.rules.live;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.LiveStateRule;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "node-kubelet-version-skew",
    title = "Node's kubelet is outside the supported version skew of the control plane",
    severity = Severity.HIGH,
    category = Category.CLUSTER,
    description = """
        The Kubernetes version skew policy lets a kubelet be up to three minor versions older than the \
        API server (two for kubelets older than 1.25) and never newer. A node outside that window runs \
        an untested combination: API changes it does not know break pods on it, and the next control \
        plane upgrade is blocked until the node group is upgraded. The kubelet version is read from the \
        running node (status.nodeInfo); the control plane version is the audit's target, which for \
        --cluster is the API server's own version unless --kubernetes-version says otherwise.""",
    remediation = "Upgrade the node group (or let Karpenter drift replace the nodes) to the control plane's minor version before the next control plane upgrade.",
    references = {
      "https://kubernetes.io/releases/version-skew-policy/#kubelet",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cluster-upgrades.html"
    },
    example = """
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-3-4.ec2.internal
        status:
          nodeInfo:
            kubeletVersion: v1.27.16-eks-a737599
        """,
    fixedExample = """
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-3-4.ec2.internal
        status:
          nodeInfo:
            kubeletVersion: v1.33.5-eks-a737599
        """)
public final class NodeKubeletVersionSkew implements ResourceRule, LiveStateRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Nodes.isNode(resource) && kubelet(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<KubernetesVersion> kubelet = kubelet(resource);
    if (kubelet.isEmpty()) {
      return List.of();
    }
    KubernetesVersion k = kubelet.get();
    KubernetesVersion controlPlane = context.targetVersion();
    Node at = resource.node().at("status", "nodeInfo", "kubeletVersion");
    if (k.major() != controlPlane.major()) {
      return List.of();
    }
    if (k.minor() > controlPlane.minor()) {
      return Violation.one(at, "node \"" + resource.name() + "\" runs kubelet " + k + ", newer than the control plane (" + controlPlane
          + "): a kubelet must never be newer than the API server");
    }
    int allowed = k.minor() >= 25 ? 3 : 2;
    int behind = controlPlane.minor() - k.minor();
    if (behind > allowed) {
      return Violation.one(at, "node \"" + resource.name() + "\" runs kubelet " + k + ", " + behind + " minor versions behind the control plane ("
          + controlPlane + "); the supported skew is " + allowed);
    }
    return List.of();
  }

  private static Optional<KubernetesVersion> kubelet(Resource node) {
    return node.node().at("status", "nodeInfo", "kubeletVersion").text().flatMap(KubernetesVersion::parse);
  }
}
