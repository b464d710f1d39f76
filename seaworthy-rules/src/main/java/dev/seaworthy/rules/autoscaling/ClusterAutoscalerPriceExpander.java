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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "cluster-autoscaler-price-expander",
    title = "Cluster Autoscaler uses the price expander, which AWS does not implement",
    severity = Severity.HIGH,
    category = Category.AUTOSCALING,
    checklist = {ChecklistItem.CLUSTER_AUTOSCALING},
    description = """
        The price expander asks the cloud provider for node prices, and the AWS provider of Cluster \
        Autoscaler does not implement pricing (Pricing() returns ErrNotImplemented). Building the \
        expander then fails at startup, so the autoscaler crash-loops and the cluster stops scaling \
        in either direction. least-waste (the current default) or priority are the expanders that \
        work on AWS. Only containers started with --cloud-provider=aws are judged.""",
    remediation = "Use --expander=least-waste, or --expander=priority with a cluster-autoscaler-priority-expander ConfigMap to prefer cheaper node groups.",
    references = {
      "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#what-are-expanders",
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
                    - --cloud-provider=aws
                    - --expander=price
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
                    - --cloud-provider=aws
                    - --expander=least-waste
        """)
public final class ClusterAutoscalerPriceExpander implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !ClusterAutoscaler.containers(pod).isEmpty();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ContainerView c : ClusterAutoscaler.containers(pod)) {
      ClusterAutoscaler.Flags flags = ClusterAutoscaler.Flags.of(c);
      if (!flags.isAws()) {
        continue;
      }
      // Only the last --expander counts, as with any repeated Go flag.
      flags.last("expander").ifPresent(flag -> {
        List<String> chain = Arrays.stream(flag.value().split(",")).map(String::strip).toList();
        if (!chain.contains("price")) {
          return;
        }
        Set<String> fixed = new LinkedHashSet<>();
        chain.forEach(e -> fixed.add(e.equals("price") ? "least-waste" : e));
        Violation v =
            Violation.of(
                flag.item(),
                c.describe() + " uses --expander=" + flag.value() + ": the AWS provider implements no pricing, so Cluster Autoscaler "
                    + "fails to start and the cluster stops scaling");
        String replacement = "--expander=" + String.join(",", fixed);
        out.add(flags.replace(flag, "Use " + replacement, replacement).map(v::withFix).orElse(v));
      });
    }
    return out;
  }
}
