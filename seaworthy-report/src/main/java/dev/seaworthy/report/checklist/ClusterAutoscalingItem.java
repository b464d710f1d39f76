package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 3. Cluster autoscaling. Evidence: a Cluster Autoscaler Deployment, Karpenter NodePools (or the
 * old v1alpha5 Provisioners, which the API lifecycle rules judge). Absence fails when Karpenter
 * EC2NodeClasses are declared with no NodePool to use them.
 */
final class ClusterAutoscalingItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.CLUSTER_AUTOSCALING;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> autoscalers = Inputs.workloadsRunning(input, Set.of("Deployment"), "cluster-autoscaler");
    List<Resource> nodePools = Inputs.ofKinds(input, "karpenter.sh", "NodePool", "Provisioner");
    List<Resource> evidence = new ArrayList<>(autoscalers);
    evidence.addAll(nodePools);
    List<String> notes = new ArrayList<>();
    if (!autoscalers.isEmpty() && !nodePools.isEmpty()) {
      notes.add("both Cluster Autoscaler and Karpenter are declared: make sure they manage different nodes "
          + "(Cluster Autoscaler only the node groups tagged for it)");
    }
    List<Resource> nodeClasses = Inputs.ofKinds(input, "karpenter.k8s.aws", "EC2NodeClass", "AWSNodeTemplate");
    Absence absence =
        nodeClasses.isEmpty()
            ? Absence.manual("no Cluster Autoscaler Deployment or Karpenter NodePool in the audited input")
            : Absence.fail("Karpenter node classes are declared (" + Inputs.describe(nodeClasses.get(0))
                + ") but no NodePool uses them, so nothing adds nodes");
    return new Evidence(Inputs.sorted(evidence), List.of(), notes, absence);
  }

  @Override
  public String proof() {
    return "a Cluster Autoscaler Deployment discovering the cluster's node groups (--node-group-auto-discovery with "
        + "the cluster's tags) or Karpenter NodePools; `kubectl -n kube-system get deploy cluster-autoscaler` or "
        + "`kubectl get nodepools`";
  }
}
