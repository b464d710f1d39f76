package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@AnalyzerInfo(
    id = "pvc-pending",
    title = "PersistentVolumeClaims stuck Pending",
    explains = "Claims not bound, split into: no storageClassName and no default StorageClass, a StorageClass that does not exist, "
        + "a WaitForFirstConsumer class with no pod using the claim yet (normal until a pod is scheduled), and a provisioner that "
        + "failed (its ProvisioningFailed event, such as the EBS CSI driver missing or lacking IAM permissions).")
public final class PendingClaims implements Analyzer {

  private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource pvc : state.ofKind("PersistentVolumeClaim")) {
      if (!pvc.node().at("status", "phase").textOr("").equals("Pending")) {
        continue;
      }
      String id = info().id();
      String describe = "kubectl describe pvc " + pvc.name() + ClusterState.namespaceFlag(pvc);
      List<String> evidence = new ArrayList<>();
      Optional<String> failed = state.lastEventMessage(pvc, "ProvisioningFailed");
      failed.ifPresent(m -> evidence.add("event: " + m));
      Optional<String> className = pvc.node().at("spec", "storageClassName").text();
      if (className.isEmpty()) {
        Optional<Resource> defaultClass = state.ofKind("StorageClass").stream()
            .filter(c -> c.annotation(DEFAULT_CLASS).filter("true"::equals).isPresent()).findFirst();
        if (defaultClass.isEmpty() && !state.ofKind("StorageClass").isEmpty() || defaultClass.isEmpty() && pvc.node().at("spec", "volumeName").isMissing()) {
          evidence.add("StorageClasses: " + state.ofKind("StorageClass").stream().map(Resource::name).toList());
          out.add(new Diagnosis(id, Severity.HIGH, pvc.ref(),
              "claim \"" + pvc.name() + "\" names no StorageClass and the cluster has no default one, so nothing provisions a volume for it.",
              evidence, "set spec.storageClassName (for EBS: a gp3 class of ebs.csi.aws.com) or mark a class default with " + DEFAULT_CLASS + "=true"));
          continue;
        }
        className = defaultClass.map(Resource::name);
      }
      if (className.get().isEmpty()) {
        out.add(new Diagnosis(id, Severity.MEDIUM, pvc.ref(), "claim \"" + pvc.name() + "\" asks for static binding (storageClassName \"\") and no PersistentVolume matches it.",
            evidence, "create a matching PersistentVolume or set a StorageClass; " + describe));
        continue;
      }
      Optional<Resource> storageClass = state.find("StorageClass", "", className.get());
      if (storageClass.isEmpty()) {
        storageClass = state.ofKind("StorageClass").stream().filter(c -> c.name().equals(pvc.node().at("spec", "storageClassName").textOr(""))).findFirst();
      }
      String name = className.get();
      if (storageClass.isEmpty() && state.ofKind("StorageClass").stream().noneMatch(c -> c.name().equals(name))) {
        out.add(new Diagnosis(id, Severity.HIGH, pvc.ref(), "claim \"" + pvc.name() + "\" asks for StorageClass \"" + name + "\", which does not exist.",
            evidence, "kubectl get storageclass; fix spec.storageClassName (claims cannot be edited: recreate it)"));
        continue;
      }
      Resource sc = state.ofKind("StorageClass").stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
      evidence.add("StorageClass " + name + ": provisioner " + sc.node().at("provisioner").textOr("?") + ", volumeBindingMode "
          + sc.node().at("volumeBindingMode").textOr("Immediate"));
      if (failed.isPresent()) {
        out.add(new Diagnosis(id, Severity.HIGH, pvc.ref(), "the provisioner of StorageClass \"" + name + "\" failed to create a volume for claim \""
            + pvc.name() + "\": " + failed.get(), evidence,
            "check the CSI driver (for EBS: the aws-ebs-csi-driver add-on is installed and its controller's role has the AmazonEBSCSIDriverPolicy); " + describe));
        continue;
      }
      if (sc.node().at("volumeBindingMode").textOr("").equals("WaitForFirstConsumer")) {
        boolean used = state.pods().stream().anyMatch(p -> p.namespace().equals(pvc.namespace()) && p.node().at("spec", "volumes").items().stream()
            .anyMatch(v -> v.at("persistentVolumeClaim", "claimName").textOr("").equals(pvc.name())));
        if (!used) {
          out.add(new Diagnosis(id, Severity.INFO, pvc.ref(), "claim \"" + pvc.name() + "\" waits for a pod to use it (StorageClass \"" + name
              + "\" binds on first consumer): normal until a pod that mounts it is scheduled.", evidence, "nothing, unless a pod should already use it"));
          continue;
        }
        out.add(new Diagnosis(id, Severity.MEDIUM, pvc.ref(), "claim \"" + pvc.name() + "\" waits for its pod to be scheduled (WaitForFirstConsumer): the pod is not placed yet.",
            evidence, "see the pod-pending diagnosis of the pod that mounts it"));
        continue;
      }
      out.add(new Diagnosis(id, Severity.MEDIUM, pvc.ref(), "claim \"" + pvc.name() + "\" is not bound yet and its provisioner has not reported why.", evidence, describe));
    }
    return out;
  }
}
