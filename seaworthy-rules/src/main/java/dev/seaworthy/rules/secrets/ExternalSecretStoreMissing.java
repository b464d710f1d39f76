package dev.seaworthy.rules.secrets;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "externalsecret-store-missing",
    title = "ExternalSecret reads from a store that is not in the input",
    severity = Severity.LOW,
    category = Category.SECRETS,
    checklist = {ChecklistItem.SECRETS_MANAGEMENT},
    description = """
        An ExternalSecret names the SecretStore (same namespace) or ClusterSecretStore it reads from. \
        When that store does not exist the ExternalSecret fails with SecretSyncedError and the \
        Kubernetes Secret is never created, so the pods that mount it do not start. The audit may see \
        only part of the cluster (stores are often managed by a platform team), so a store that is \
        absent from the input is reported at low severity as not found.""",
    remediation = "Point `secretStoreRef` at the store that exists (mind `kind: ClusterSecretStore` for cluster-wide stores), or add the store to the manifests.",
    references = {
      "https://external-secrets.io/latest/api/externalsecret/",
      "https://external-secrets.io/latest/api/secretstore/"
    },
    example = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: app-secrets
          namespace: production
        spec:
          refreshInterval: 1h
          secretStoreRef:
            name: aws-secret-store
            kind: SecretStore
          data:
            - secretKey: api-key
              remoteRef:
                key: production/api/key
        """,
    fixedExample = """
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata:
          name: aws-secret-store
          namespace: production
        spec:
          provider:
            aws:
              service: SecretsManager
              region: us-east-1
        ---
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: app-secrets
          namespace: production
        spec:
          refreshInterval: 1h
          secretStoreRef:
            name: aws-secret-store
            kind: SecretStore
          data:
            - secretKey: api-key
              remoteRef:
                key: production/api/key
        """)
public final class ExternalSecretStoreMissing implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.group().equals(Eso.GROUP) && (resource.kind().equals("ExternalSecret") || resource.kind().equals("ClusterExternalSecret"));
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    boolean cluster = resource.kind().equals("ClusterExternalSecret");
    Node spec = cluster ? resource.node().at("spec", "externalSecretSpec") : resource.node().at("spec");
    List<Node> refs = new ArrayList<>();
    refs.add(spec.at("secretStoreRef"));
    for (String list : List.of("data", "dataFrom")) {
      spec.at(list).items().forEach(item -> refs.add(item.at("sourceRef", "storeRef")));
    }
    List<Violation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node ref : refs) {
      Optional<String> name = ref.at("name").text().filter(s -> !s.isBlank());
      if (name.isEmpty()) {
        continue;
      }
      String kind = ref.at("kind").textOr("SecretStore");
      // a ClusterExternalSecret creates ExternalSecrets in namespaces chosen at run time
      if (cluster && !kind.equals("ClusterSecretStore")) {
        continue;
      }
      if (!seen.add(kind + "/" + name.get()) || exists(context.inventory(), kind, name.get(), Inventory.namespaceOf(resource))) {
        continue;
      }
      String where = kind.equals("ClusterSecretStore") ? "" : " in namespace \"" + Inventory.namespaceOf(resource) + "\"";
      out.add(Violation.of(ref.at("name"),
          Eso.describe(resource) + " reads from " + kind + " \"" + name.get() + "\", not found in the audited input" + where
              + ": without it the ExternalSecret does not sync and its Secret is never created"));
    }
    return out;
  }

  private static boolean exists(Inventory inventory, String kind, String name, String namespace) {
    if (kind.equals("ClusterSecretStore")) {
      return inventory.ofKind(kind).stream().anyMatch(r -> r.group().equals(Eso.GROUP) && r.name().equals(name));
    }
    if (!kind.equals("SecretStore")) {
      return true; // another kind of source: not ours to judge
    }
    return inventory.find(kind, namespace, name).filter(r -> r.group().equals(Eso.GROUP)).isPresent();
  }
}
