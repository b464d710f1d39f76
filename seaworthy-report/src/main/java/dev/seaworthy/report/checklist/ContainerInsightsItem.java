package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 5. Container Insights. Evidence: a CloudWatch agent DaemonSet, the CloudWatch observability
 * operator's agent objects, or the {@code amazon-cloudwatch-observability} add-on in an eksctl
 * ClusterConfig. Gap: an agent DaemonSet with no Container Insights configuration in the input.
 */
final class ContainerInsightsItem implements ItemDefinition {

  static final String ADDON = "amazon-cloudwatch-observability";

  @Override
  public ChecklistItem item() {
    return ChecklistItem.CONTAINER_INSIGHTS;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> evidence = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (Resource agent : Inputs.workloadsRunning(input, Set.of("DaemonSet"), "cloudwatch-agent")) {
      evidence.add(agent);
      if (!configured(agent, input)) {
        gaps.add(agent.ref() + " runs the CloudWatch agent with no Container Insights configuration in the audited input "
            + "(a ConfigMap in its namespace with metrics_collected.kubernetes, or CW_CONFIG_CONTENT)" + Inputs.at(agent.position()));
      }
    }
    evidence.addAll(Inputs.ofKinds(input, "cloudwatch.aws.amazon.com", "AmazonCloudWatchAgent"));
    evidence.addAll(Addons.declaring(input, ADDON));
    return new Evidence(Inputs.sorted(evidence), gaps, List.of(),
        Absence.manual("no CloudWatch agent DaemonSet or " + ADDON + " add-on in the audited input"));
  }

  private static boolean configured(Resource agent, Inventory input) {
    for (PodSpecView pod : PodSpecView.of(agent).stream().toList()) {
      for (ContainerView c : pod.allContainers()) {
        for (Node env : c.env()) {
          if (env.at("name").textOr("").equals("CW_CONFIG_CONTENT")) {
            return true;
          }
        }
      }
    }
    for (Resource cm : input.ofKind("ConfigMap", Inventory.namespaceOf(agent))) {
      for (Node value : cm.node().at("data").entries().values()) {
        String text = value.textOr("");
        if (text.contains("metrics_collected") && text.contains("kubernetes")) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String proof() {
    return "the " + ADDON + " EKS add-on installed (`aws eks describe-addon --addon-name " + ADDON + "`) or the CloudWatch "
        + "agent DaemonSet configured for Container Insights, and the cluster's metrics arriving in the ContainerInsights "
        + "namespace of CloudWatch";
  }
}
