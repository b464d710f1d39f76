package dev.seaworthy.rules.live;

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
    id = "node-not-ready",
    title = "Node is not Ready",
    severity = Severity.HIGH,
    category = Category.RELIABILITY,
    description = """
        A node whose Ready condition is False or Unknown takes no new pods, and after the eviction \
        timeout its pods are deleted and rescheduled elsewhere: the cluster runs with less capacity \
        than it was sized for, and workloads with one replica or a tight PodDisruptionBudget are \
        down. Unknown means the kubelet stopped reporting (node lost, network cut, kubelet crashed). \
        Only a live cluster has this state.""",
    remediation = "Find why the kubelet is not ready (kubectl describe node, the node's kubelet and container runtime logs) and repair or replace the node.",
    references = {
      "https://kubernetes.io/docs/reference/node/node-status/#condition",
      "https://docs.aws.amazon.com/eks/latest/userguide/troubleshooting.html"
    },
    example = """
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-1-17.ec2.internal
        status:
          conditions:
            - type: Ready
              status: "False"
              reason: KubeletNotReady
              message: container runtime is down
        """,
    fixedExample = """
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-1-17.ec2.internal
        status:
          conditions:
            - type: Ready
              status: "True"
              reason: KubeletReady
        """)
public final class NodeNotReady implements ResourceRule, LiveStateRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return Nodes.isNode(resource) && Nodes.condition(resource, "Ready").isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Node> ready = Nodes.condition(resource, "Ready");
    if (ready.isEmpty()) {
      return List.of();
    }
    String status = ready.get().at("status").textOr("");
    if (status.equals("True") || status.isEmpty()) {
      return List.of();
    }
    String state = status.equals("Unknown") ? "has stopped reporting (Ready is Unknown)" : "is not Ready";
    String since = ready.get().at("lastTransitionTime").text().map(t -> " since " + t).orElse("");
    return Violation.one(ready.get(), "node \"" + resource.name() + "\" " + state + since + Nodes.detail(ready.get()));
  }
}
