package dev.seaworthy.rules.dr;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "velero-namespace-not-backed-up",
    title = "Stateful workload in a namespace no Velero Schedule backs up",
    severity = Severity.MEDIUM,
    category = Category.DR,
    checklist = {ChecklistItem.VELERO_BACKUP},
    description = """
        A StatefulSet with volumeClaimTemplates, or any pod that mounts a PersistentVolumeClaim, keeps \
        data that a redeploy does not bring back. When Velero is in use but none of its (unpaused) \
        Schedules includes the workload's namespace, neither the objects nor the volumes of that \
        namespace are backed up on a schedule, and after a data loss or a cluster rebuild there is \
        nothing to restore. Judged only when the input contains Velero objects, with the Schedules \
        the input contains; an empty includedNamespaces (or `*`) means every namespace.""",
    remediation = "Add the namespace to a Velero Schedule's `includedNamespaces` (or remove it from `excludedNamespaces`), or create a Schedule for it.",
    references = {
      "https://velero.io/docs/main/api-types/schedule/",
      "https://velero.io/docs/main/resource-filtering/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cluster-upgrades.html"
    },
    example = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          namespace: velero
        spec:
          schedule: "0 3 * * *"
          template:
            includedNamespaces: [production]
            ttl: 720h0m0s
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: postgres
          namespace: data
        spec:
          serviceName: postgres
          selector:
            matchLabels: {app: postgres}
          template:
            metadata:
              labels: {app: postgres}
            spec:
              containers:
                - name: postgres
                  image: postgres:16.4
          volumeClaimTemplates:
            - metadata: {name: data}
              spec:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 20Gi}}
        """,
    fixedExample = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          namespace: velero
        spec:
          schedule: "0 3 * * *"
          template:
            includedNamespaces: [production, data]
            ttl: 720h0m0s
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: postgres
          namespace: data
        spec:
          serviceName: postgres
          selector:
            matchLabels: {app: postgres}
          template:
            metadata:
              labels: {app: postgres}
            spec:
              containers:
                - name: postgres
                  image: postgres:16.4
          volumeClaimTemplates:
            - metadata: {name: data}
              spec:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 20Gi}}
        """)
public final class VeleroNamespaceNotBackedUp implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !Velero.ownedByController(pod.resource()) && Velero.stateful(pod).isPresent();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Inventory inventory = context.inventory();
    Optional<Velero.Stateful> stateful = Velero.stateful(pod);
    if (stateful.isEmpty() || !Velero.inUse(inventory)) {
      return List.of();
    }
    String namespace = Inventory.namespaceOf(pod.resource());
    List<Resource> schedules = Velero.activeSchedules(inventory);
    if (schedules.stream().anyMatch(s -> Velero.covers(Velero.backupSpec(s), namespace))) {
      return List.of();
    }
    String why = schedules.stream()
        .filter(s -> Velero.excludes(Velero.backupSpec(s), namespace))
        .findFirst()
        .map(s -> " (" + Velero.describe(s) + " excludes it)")
        .orElse("");
    return Violation.one(stateful.get().node(),
        Velero.describe(pod.resource()) + " keeps data in " + stateful.get().what() + ", but no Velero Schedule in the audited input backs up namespace \""
            + namespace + "\"" + why + ": its objects and volumes have no scheduled backup");
  }
}
