package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 13. Regular security updates: a process, so only partly provable. The rules mapped to it (removed
 * and deprecated APIs, frozen registries, mutable image tags) can show it is not done; nothing in a
 * manifest shows it is done regularly. Supporting evidence: Karpenter NodePools that replace their
 * nodes regularly ({@code expireAfter}).
 */
final class SecurityUpdatesItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.SECURITY_UPDATES;
  }

  @Override
  public Provability provability() {
    return Provability.PARTLY;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> renewing = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Resource pool : Inputs.ofKinds(input, "karpenter.sh", "NodePool")) {
      pool.node().at("spec", "template", "spec", "expireAfter").text().filter(t -> !t.equals("Never")).ifPresent(t -> {
        renewing.add(pool);
        notes.add(pool.ref() + " replaces its nodes at least every " + t + " (expireAfter), so they boot current AMIs");
      });
    }
    return new Evidence(renewing, List.of(), notes,
        Absence.manual("whether nodes, add-ons and the control plane are updated regularly cannot be seen in manifests"));
  }

  @Override
  public String proof() {
    return "a record of regular updates: the EKS version in standard support (`aws eks describe-cluster`), node AMIs at "
        + "the latest release (managed node group release version, Karpenter expireAfter or drift), current add-on "
        + "versions, and image scanning (ECR scan on push or Amazon Inspector) with patched images rolled out";
  }
}
