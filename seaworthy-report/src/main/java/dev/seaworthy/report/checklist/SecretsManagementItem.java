package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 10. Secrets management. Evidence: External Secrets objects, Secrets Store CSI SecretProviderClasses,
 * Sealed Secrets. Gap: Secrets whose values are written in the manifests. Absence fails when such
 * Secrets are there and no secret store is used.
 */
final class SecretsManagementItem implements ItemDefinition {

  @Override
  public ChecklistItem item() {
    return ChecklistItem.SECRETS_MANAGEMENT;
  }

  @Override
  public Evidence collect(Inventory input) {
    List<Resource> evidence = new ArrayList<>();
    evidence.addAll(Inputs.ofKinds(input, "external-secrets.io", "ExternalSecret", "ClusterExternalSecret", "SecretStore", "ClusterSecretStore"));
    evidence.addAll(Inputs.ofKinds(input, "secrets-store.csi.x-k8s.io", "SecretProviderClass"));
    evidence.addAll(Inputs.ofKinds(input, "bitnami.com", "SealedSecret"));
    List<String> inline = new ArrayList<>();
    for (Resource secret : Inputs.ofKinds(input, "", "Secret")) {
      boolean hasValues = !secret.node().at("data").entries().isEmpty() || !secret.node().at("stringData").entries().isEmpty();
      if (hasValues) {
        inline.add(secret.ref() + " has its values written in the manifest (data/stringData)" + Inputs.at(secret.position()));
      }
    }
    Absence absence =
        inline.isEmpty()
            ? Absence.manual("no ExternalSecret, SecretStore, SecretProviderClass or SealedSecret in the audited input")
            : Absence.fail("secret values are committed in manifests and no secret store is used: " + inline.get(0));
    return new Evidence(Inputs.sorted(evidence), inline, List.of(), absence);
  }

  @Override
  public String proof() {
    return "secrets read from AWS Secrets Manager or SSM Parameter Store (External Secrets Operator or the Secrets Store "
        + "CSI driver), no secret values in Git, and Secrets encrypted with a KMS key on the cluster (envelope encryption)";
  }
}
