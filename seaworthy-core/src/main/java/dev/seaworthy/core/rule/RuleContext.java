package dev.seaworthy.core.rule;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.inventory.Inventory;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule may know beyond the object in front of it: the whole audit's inventory, the
 * Kubernetes version the audit targets, the audit date (for dated facts) and the cluster name if
 * configured.
 */
public record RuleContext(Inventory inventory, KubernetesVersion targetVersion, LocalDate today, Optional<String> clusterName) {

  public RuleContext {
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(targetVersion, "targetVersion");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(clusterName, "clusterName");
  }
}
