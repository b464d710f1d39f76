package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 8. Resource quotas and limits. The limits half is judged by the resource rules mapped to the item,
 * on every container. Evidence for the quota half: ResourceQuotas and LimitRanges. Gaps: application
 * namespaces with workloads and no ResourceQuota. With workloads but no quota object at all the item
 * is PARTIAL: limits can be proven, quotas cannot.
 */
final class ResourceQuotasItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.RESOURCE_QUOTAS;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> quotas = Inputs.ofKinds(input, "", "ResourceQuota");
    List<Resource> limitRanges = Inputs.ofKinds(input, "", "LimitRange");
    List<Resource> evidence = new ArrayList<>(quotas);
    evidence.addAll(limitRanges);
    Map<String, List<Resource>> workloads = Inputs.appWorkloadsByNamespace(input);
    List<String> gaps = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (!evidence.isEmpty()) {
      for (Map.Entry<String, List<Resource>> ns : workloads.entrySet()) {
        if (quotas.stream().noneMatch(q -> Inventory.namespaceOf(q).equals(ns.getKey()))) {
          gaps.add("namespace " + ns.getKey() + " has workloads (" + Inputs.list(ns.getValue().stream().map(Resource::ref).toList(), 3)
              + ") and no ResourceQuota in the audited input");
        } else if (limitRanges.stream().noneMatch(l -> Inventory.namespaceOf(l).equals(ns.getKey()))) {
          notes.add("namespace " + ns.getKey() + " has no LimitRange: containers without requests get none by default");
        }
      }
    }
    Absence absence =
        workloads.isEmpty()
            ? Absence.manual("no ResourceQuota, LimitRange or workload in the audited input")
            : Absence.partial("no ResourceQuota in the audited input for namespace" + (workloads.size() == 1 ? " " : "s ")
                + Inputs.list(workloads.keySet(), 4) + "; only the containers' own requests and limits can be judged");
    return new Evidence(Inputs.sorted(evidence), gaps, notes, absence);
  }

  @Override
  public String proof() {
    return "a ResourceQuota (and a LimitRange for defaults) in every application namespace, and requests and limits on "
        + "every container; `kubectl get resourcequota,limitrange -A`";
  }
}
