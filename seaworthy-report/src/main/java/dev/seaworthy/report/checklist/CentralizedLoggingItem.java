package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 11. Centralized logging. Evidence: a log shipper DaemonSet (Fluent Bit, Fluentd, Vector, an
 * OpenTelemetry collector), a Fluent Bit configuration, or the CloudWatch observability add-on
 * (which ships logs with Fluent Bit). Gap: a Fluent Bit configuration that no DaemonSet of the input
 * runs.
 */
final class CentralizedLoggingItem implements ItemDefinition {

  private static final String[] SHIPPERS = {"fluent-bit", "fluentbit", "fluentd", "timberio/vector", "/vector:", "opentelemetry-collector"};

  @Override
  public ChecklistItem item() {
    return ChecklistItem.CENTRALIZED_LOGGING;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> shippers = Inputs.workloadsRunning(input, Set.of("DaemonSet"), SHIPPERS);
    List<Resource> configs = new ArrayList<>();
    for (Resource cm : Inputs.ofKinds(input, "", "ConfigMap")) {
      for (var e : cm.node().at("data").entries().entrySet()) {
        if (isFluentBitConfig(e.getKey(), e.getValue())) {
          configs.add(cm);
          break;
        }
      }
    }
    List<String> gaps = new ArrayList<>();
    if (shippers.isEmpty()) {
      for (Resource cm : configs) {
        gaps.add(cm.ref() + " configures Fluent Bit but no DaemonSet in the audited input runs it" + Inputs.at(cm.position()));
      }
    }
    List<Resource> evidence = new ArrayList<>(shippers);
    evidence.addAll(configs);
    evidence.addAll(Addons.declaring(input, ContainerInsightsItem.ADDON));
    return new Evidence(Inputs.sorted(evidence), gaps, List.of(),
        Absence.manual("no log shipper (Fluent Bit, Fluentd or an OpenTelemetry collector DaemonSet) in the audited input"));
  }

  private static boolean isFluentBitConfig(String key, Node value) {
    String text = value.textOr("");
    return (key.startsWith("fluent-bit") || key.endsWith(".conf")) && text.contains("[OUTPUT]") && text.contains("[INPUT]");
  }

  @Override
  public String proof() {
    return "a log shipper on every node (aws-for-fluent-bit or the " + ContainerInsightsItem.ADDON + " add-on) sending "
        + "container logs to CloudWatch Logs or another central store, with a retention set; log groups receiving logs "
        + "from every node";
  }
}
