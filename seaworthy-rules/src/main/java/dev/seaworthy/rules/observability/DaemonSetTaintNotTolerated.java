package dev.seaworthy.rules.observability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
    id = "daemonset-taint-not-tolerated",
    title = "DaemonSet does not tolerate a taint that nodes in the input carry",
    severity = Severity.MEDIUM,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.CONTAINER_INSIGHTS, ChecklistItem.CENTRALIZED_LOGGING},
    description = """
        A DaemonSet runs one pod per node only on the nodes whose NoSchedule and NoExecute taints its \
        pods tolerate. Node groups are tainted for Spot, GPUs or dedicated tenants, and a node agent \
        (CloudWatch agent, Fluent Bit, a security or storage agent) that lacks the matching toleration \
        silently skips those nodes: no metrics, no logs, no protection from exactly the nodes that are \
        special. Taints are read from Node objects, node groups of eksctl and Terraform (EKS module \
        entries, aws_eks_node_group) and Karpenter NodePools in the input; PreferNoSchedule taints, the condition taints the DaemonSet controller tolerates itself \
        and Fargate nodes are ignored, and a DaemonSet whose nodeSelector or required node affinity \
        does not (or may not) select those nodes is not reported.""",
    remediation = "Add a toleration for each listed taint (for example `operator: Exists` with the taint's key and effect) to the DaemonSet's pod template.",
    references = {
      "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/",
      "https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/#taints-and-tolerations",
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-EKS-quickstart.html",
      "https://karpenter.sh/docs/concepts/nodepools/#spectemplatespectaints"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: production-cluster
          region: us-east-1
        managedNodeGroups:
          - name: spot
            taints:
              - key: spotInstance
                value: "true"
                effect: NoSchedule
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: cloudwatch-agent
          namespace: amazon-cloudwatch
        spec:
          selector:
            matchLabels: {name: cloudwatch-agent}
          template:
            metadata:
              labels: {name: cloudwatch-agent}
            spec:
              containers:
                - name: cloudwatch-agent
                  image: public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300052.0b1024
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: production-cluster
          region: us-east-1
        managedNodeGroups:
          - name: spot
            taints:
              - key: spotInstance
                value: "true"
                effect: NoSchedule
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: cloudwatch-agent
          namespace: amazon-cloudwatch
        spec:
          selector:
            matchLabels: {name: cloudwatch-agent}
          template:
            metadata:
              labels: {name: cloudwatch-agent}
            spec:
              tolerations:
                - key: spotInstance
                  operator: Exists
                  effect: NoSchedule
              containers:
                - name: cloudwatch-agent
                  image: public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300052.0b1024
        """)
public final class DaemonSetTaintNotTolerated implements PodSpecRule {

  private static final int NAMED = 3;
  private static final Pattern AGENT_IMAGE =
      Pattern.compile("fluent|cloudwatch|otel|opentelemetry|adot|datadog|node-exporter|promtail|vector|filebeat|newrelic|dynatrace|splunk|grafana-agent|alloy|prometheus");

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return pod.resource().kind().equals("DaemonSet") && PodSpecView.isBuiltInController(pod.resource());
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Node> tolerations = pod.spec().at("tolerations").items();
    Map<Taint, List<String>> missed = new LinkedHashMap<>();
    for (NodeSource nodes : NodeSource.all(context.inventory())) {
      if (nodes.isWindows() && !NodeSelection.selectsWindows(pod)) {
        continue; // Windows groups are tainted to keep Linux pods off; that is the point
      }
      if (NodeSelection.admits(pod, nodes) != NodeSelection.Answer.YES) {
        continue;
      }
      for (Taint taint : nodes.taints()) {
        if (taint.blocksScheduling() && !taint.toleratedByAny(tolerations)) {
          missed.computeIfAbsent(taint, t -> new ArrayList<>()).add(nodes.describe());
        }
      }
    }
    if (missed.isEmpty()) {
      return List.of();
    }
    Node at = pod.spec().at("tolerations").isPresent() ? pod.spec().at("tolerations") : pod.anchor();
    return List.of(Violation.of(at, message(pod, missed)).withFix(fix(pod, tolerations, missed.keySet())));
  }

  private static String message(PodSpecView pod, Map<Taint, List<String>> missed) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Taint, List<String>> e : missed.entrySet()) {
      parts.add("taint " + e.getKey().describe() + " of " + names(e.getValue()));
    }
    String what = isAgent(pod) ? ", so those nodes send no metrics or logs" : "";
    return "DaemonSet \"" + pod.resource().name() + "\" does not tolerate " + String.join("; ", parts)
        + ": its pods never run on those nodes" + what;
  }

  private static String names(List<String> sources) {
    List<String> shown = sources.subList(0, Math.min(NAMED, sources.size()));
    String more = sources.size() > NAMED ? " and " + (sources.size() - NAMED) + " more" : "";
    return String.join(", ", shown) + more;
  }

  private static boolean isAgent(PodSpecView pod) {
    return pod.allContainers().stream().anyMatch(c -> AGENT_IMAGE.matcher(c.image().toLowerCase(Locale.ROOT)).find());
  }

  /** Tolerate each missed taint by key and effect, whatever its value. */
  private static Fix fix(PodSpecView pod, List<Node> existing, Set<Taint> taints) {
    Set<List<String>> wanted = new LinkedHashSet<>();
    taints.forEach(t -> wanted.add(List.of(t.key(), t.effect())));
    List<Map<String, Object>> add = new ArrayList<>();
    for (List<String> ke : wanted) {
      Map<String, Object> toleration = new LinkedHashMap<>();
      toleration.put("key", ke.get(0));
      toleration.put("operator", "Exists");
      toleration.put("effect", ke.get(1));
      add.add(toleration);
    }
    String path = pod.specPointer() + "/tolerations";
    if (!pod.spec().at("tolerations").isList()) {
      return Fix.of("Add tolerations for the taints", PatchOp.add(path, add));
    }
    List<PatchOp> ops = new ArrayList<>();
    for (int i = 0; i < add.size(); i++) {
      ops.add(PatchOp.add(path + "/" + (existing.size() + i), add.get(i)));
    }
    return new Fix("Add tolerations for the taints", ops);
  }
}
