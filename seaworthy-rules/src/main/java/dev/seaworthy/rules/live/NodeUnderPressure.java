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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "node-under-pressure",
    title = "Node reports memory, disk or PID pressure",
    severity = Severity.HIGH,
    category = Category.RELIABILITY,
    description = """
        When a node's MemoryPressure, DiskPressure or PIDPressure condition is True, the kubelet is \
        evicting pods to reclaim the resource (BestEffort pods first, then Burstable pods over their \
        requests) and the node is tainted so no new pods land there. Pods restart elsewhere or stay \
        Pending; memory pressure usually means requests far below real usage. Only a live cluster \
        has this state.""",
    remediation = "Free or add the resource: set memory requests to real usage, clean images or logs filling the disk, find the process leaking PIDs, or move to a larger instance type.",
    references = {
      "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/",
      "https://kubernetes.io/docs/reference/node/node-status/#condition"
    },
    example = """
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-2-9.ec2.internal
        status:
          conditions:
            - type: MemoryPressure
              status: "True"
              reason: KubeletHasInsufficientMemory
            - type: Ready
              status: "True"
        """,
    fixedExample = """
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-2-9.ec2.internal
        status:
          conditions:
            - type: MemoryPressure
              status: "False"
              reason: KubeletHasSufficientMemory
            - type: Ready
              status: "True"
        """)
public final class NodeUnderPressure implements ResourceRule, LiveStateRule {

  private static final Map<String, String> PRESSURES =
      Map.of("MemoryPressure", "memory", "DiskPressure", "disk", "PIDPressure", "PID");

  @Override
  public boolean appliesTo(Resource resource) {
    return Nodes.isNode(resource) && PRESSURES.keySet().stream().anyMatch(t -> Nodes.condition(resource, t).isPresent());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Node c : resource.node().at("status", "conditions").items()) {
      String what = PRESSURES.get(c.at("type").textOr(""));
      if (what != null && c.at("status").text().filter("True"::equals).isPresent()) {
        out.add(Violation.of(c, "node \"" + resource.name() + "\" is under " + what + " pressure: the kubelet evicts pods and takes no new ones"
            + Nodes.detail(c)));
      }
    }
    return out;
  }
}
