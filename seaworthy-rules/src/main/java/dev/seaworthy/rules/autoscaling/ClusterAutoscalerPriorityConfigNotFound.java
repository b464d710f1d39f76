package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@RuleInfo(
    id = "cluster-autoscaler-priority-config-not-found",
    title = "Cluster Autoscaler priority expander ConfigMap not found in the audited input",
    severity = Severity.LOW,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        --expander=priority picks node groups by the priorities in the ConfigMap \
        cluster-autoscaler-priority-expander, read from the namespace given by --namespace \
        (kube-system by default). When the ConfigMap is missing the expander chooses no node group, \
        so scale-ups do not happen and pending pods stay pending. The audited input may simply not \
        include the ConfigMap: hence the low severity.""",
    remediation = "Create the ConfigMap cluster-autoscaler-priority-expander with a priorities key in Cluster Autoscaler's namespace, next to its Deployment.",
    references = {
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/expander/priority/readme.md",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                  command:
                    - ./cluster-autoscaler
                    - --expander=priority
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                  command:
                    - ./cluster-autoscaler
                    - --expander=priority
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cluster-autoscaler-priority-expander
          namespace: kube-system
        data:
          priorities: |-
            10:
              - .*on-demand.*
            50:
              - .*spot.*
        """)
public final class ClusterAutoscalerPriorityConfigNotFound implements PodSpecRule {

  static final String CONFIG_MAP = "cluster-autoscaler-priority-expander";

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      ClusterAutoscaler.Flags flags = ClusterAutoscaler.Flags.of(c);
      flags.last("expander").ifPresent(flag -> {
        boolean priority = Arrays.stream(flag.value().split(",")).map(String::strip).anyMatch("priority"::equals);
        String namespace = flags.last("namespace").map(ClusterAutoscaler.Flag::value).filter(s -> !s.isEmpty()).orElse("kube-system");
        if (!priority || context.inventory().find("ConfigMap", namespace, CONFIG_MAP).isPresent()) {
          return;
        }
        out.add(
            Violation.of(
                flag.item(),
                c.describe() + " uses the priority expander, but ConfigMap \"" + CONFIG_MAP + "\" is not found in namespace \"" + namespace
                    + "\" in the audited input: without it the expander picks no node group and scale-ups do not happen"));
      });
    }
    return out;
  }
}
