package dev.seaworthy.rules.deprecation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled data files: dated, sourced, every entry complete and every version parseable. */
class DeprecationDataTest {

  private static final Pattern RELEASE = Pattern.compile("v\\d+\\.\\d+\\.\\d+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern API_VERSION = Pattern.compile("([a-z0-9.-]+/)?v\\d+((alpha|beta)\\d+)?");
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Set<String> COMPONENTS = Set.of("kubernetes", "karpenter", "external-secrets", "cert-manager");

  @Test
  void everyFileIsDatedAndSourced() {
    for (Node root : List.of(ApiLifecycle.root(), KnownKinds.root(), DeprecatedMetadata.root())) {
      assertThat(root.at("reviewed").textOr("")).isEqualTo("2026-11-24");
      assertThat(root.at("sources").items()).isNotEmpty().allSatisfy(s -> assertThat(s.textOr("")).isNotBlank());
    }
  }

  @Test
  void apiLifecycleEntriesAreCompleteAndParse() {
    List<Node> apis = ApiLifecycle.root().at("apis").items();
    assertThat(apis).hasSizeGreaterThan(80);
    for (Node n : apis) {
      String id = n.at("apiVersion").textOr("?") + " " + n.at("kind").textOr("?");
      for (String field : List.of("apiVersion", "kind", "component", "deprecatedIn", "removedIn", "replacementApi", "replacementAvailableIn", "renameOnly", "notes")) {
        assertThat(n.at(field).isMissing()).as(id + " has " + field).isFalse();
      }
      assertThat(n.at("apiVersion").textOr("")).as(id).matches(API_VERSION).contains("/");
      assertThat(n.at("kind").textOr("")).as(id).matches(KIND);
      String component = n.at("component").textOr("");
      assertThat(COMPONENTS).as(id).contains(component);
      assertThat(n.at("renameOnly").asBoolean()).as(id + " renameOnly is a boolean").isPresent();
      if (component.equals("kubernetes")) {
        KubernetesVersion deprecated = kubernetes(n, "deprecatedIn", id);
        KubernetesVersion removed = kubernetes(n, "removedIn", id);
        assertThat(removed.compareTo(deprecated)).as(id + " removed after deprecated").isPositive();
        assertThat(n.at("removedOn").isMissing()).as(id + " removedOn is for components").isTrue();
        assertThat(n.at("maxKubernetes").isMissing()).as(id).isTrue();
        if (n.at("replacementApi").isPresent()) {
          kubernetes(n, "replacementAvailableIn", id);
        }
      } else {
        assertThat(n.at("planned").isMissing()).as(id + " planned is for Kubernetes").isTrue();
        assertThat(n.at("removedIn").textOr("")).as(id).matches(RELEASE);
        n.at("deprecatedIn").text().ifPresent(v -> assertThat(v).as(id).matches(RELEASE));
        assertThat(n.at("removedOn").textOr("")).as(id + " removedOn").matches(DATE);
        assertThat(n.at("replacementApi").isPresent()).as(id + " has a replacement").isTrue();
        assertThat(n.at("replacementAvailableIn").textOr("")).as(id).matches(RELEASE);
        n.at("maxKubernetes").text().ifPresent(v -> assertThat(KubernetesVersion.parse(v)).as(id).isPresent());
      }
      n.at("replacementApi").text().ifPresent(r -> assertThat(r).as(id).matches(API_VERSION).isNotEqualTo(n.at("apiVersion").textOr("")));
      n.at("replacementKind").text().ifPresent(k -> assertThat(k).as(id).matches(KIND));
      if (n.at("renameOnly").asBoolean().orElse(false)) {
        assertThat(n.at("replacementApi").isPresent()).as(id + " rename needs a target").isTrue();
        assertThat(n.at("replacementKind").isMissing()).as(id + " a rename keeps the kind").isTrue();
      }
    }
    // loading also rejects duplicate (apiVersion, kind) pairs
    assertThat(ApiLifecycle.bundled().entries()).hasSize(apis.size());
  }

  @Test
  void apiLifecycleFixesThePeerDataDefects() {
    ApiLifecycle data = ApiLifecycle.bundled();
    assertThat(data.find("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema")).hasValueSatisfying(e -> assertThat(e.removedIn()).isEqualTo("1.26"));
    assertThat(data.find("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema")).hasValueSatisfying(e -> assertThat(e.deprecatedIn()).contains("1.26"));
    assertThat(data.find("flowcontrol.apiserver.k8s.io/v1beta1", "FlowControl")).isEmpty();
    assertThat(data.find("extensions/v1beta1", "ReplicaSet")).hasValueSatisfying(e -> assertThat(e.deprecatedIn()).isPresent());
    assertThat(data.find("acme.cert-manager.io/v1beta1", "Order")).hasValueSatisfying(e -> assertThat(e.replacementApi()).contains("acme.cert-manager.io/v1"));
    assertThat(data.find("policy/v1beta1", "PodSecurityPolicy")).hasValueSatisfying(e -> assertThat(e.replacementApi()).isEmpty());
    assertThat(data.find("extensions/v1beta1", "Ingress")).isPresent();
    assertThat(data.find("events.k8s.io/v1beta1", "Event")).isPresent();
    assertThat(data.find("node.k8s.io/v1beta1", "RuntimeClass")).isPresent();
    assertThat(data.find("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition")).isPresent();
    assertThat(data.find("apiregistration.k8s.io/v1beta1", "APIService")).isPresent();
  }

  @Test
  void knownKindsAreConsistentWithTheLifecycleData() {
    KnownKinds known = KnownKinds.bundled();
    assertThat(known.kubernetesThrough()).isNotNull();
    for (KnownKinds.Group g : known.groups()) {
      assertThat(g.kinds()).as(g.name()).isNotEmpty().allSatisfy(k -> assertThat(k).matches(KIND));
      assertThat(g.preferred()).as(g.name()).matches("v\\d+((alpha|beta)\\d+)?");
      g.versions().forEach((v, kinds) -> assertThat(g.kinds()).as(g.name() + "/" + v).containsAll(kinds));
      assertThat(g.builtIn()).as(g.name()).isEqualTo(known.servedByKubeApiserver(g.name()));
    }
    // a kind with a lifecycle entry existed, so its group must list it (or unknown-kind would contradict api-removed)
    List<String> missing = new ArrayList<>();
    for (ApiLifecycle.Entry e : ApiLifecycle.bundled().entries()) {
      String group = e.apiVersion().contains("/") ? e.apiVersion().substring(0, e.apiVersion().indexOf('/')) : "";
      String version = e.apiVersion().substring(e.apiVersion().indexOf('/') + 1);
      known.group(group).ifPresent(g -> {
        if (!g.kinds().contains(e.kind())) {
          missing.add(e.apiVersion() + " " + e.kind());
        }
        if (g.versions().containsKey(version) && !g.versions().get(version).contains(e.kind())) {
          missing.add(e.apiVersion() + " " + e.kind() + " (versions)");
        }
      });
    }
    assertThat(missing).isEmpty();
    assertThat(known.hints()).isNotEmpty().allSatisfy((key, message) -> {
      String[] parts = key.split("\\|", 2);
      assertThat(known.group(parts[0])).as(key).hasValueSatisfying(g -> assertThat(g.kinds()).doesNotContain(parts[1]));
      assertThat(message).isNotBlank();
    });
  }

  @Test
  void deprecatedMetadataEntriesAreCompleteAndParse() {
    List<Node> entries = DeprecatedMetadata.root().at("entries").items();
    assertThat(entries).isNotEmpty();
    for (Node n : entries) {
      String id = n.at("key").textOr("?");
      for (String field : List.of("key", "match", "type", "scopes", "component", "deprecatedIn", "removedIn", "replacement", "replacementAvailableIn", "notes")) {
        assertThat(n.at(field).isMissing()).as(id + " has " + field).isFalse();
      }
      assertThat(n.at("match").textOr("")).isIn("exact", "prefix");
      if (n.at("match").textOr("").equals("prefix")) {
        assertThat(id).endsWith("/");
      }
      assertThat(n.at("type").textOr("")).isIn("annotation", "labelKey");
      assertThat(n.at("scopes").items()).isNotEmpty();
      String component = n.at("component").textOr("");
      assertThat(component).isIn("kubernetes", "karpenter");
      if (component.equals("kubernetes")) {
        kubernetes(n, "deprecatedIn", id);
        kubernetes(n, "replacementAvailableIn", id);
        n.at("removedIn").text().ifPresent(v -> assertThat(KubernetesVersion.parse(v)).as(id).isPresent());
      } else {
        assertThat(n.at("deprecatedIn").textOr("")).matches(RELEASE);
        assertThat(n.at("removedIn").textOr("")).matches(RELEASE);
        assertThat(n.at("replacementAvailableIn").textOr("")).matches(RELEASE);
        assertThat(LocalDate.parse(n.at("removedOn").textOr(""))).isBefore(LocalDate.of(2026, 11, 24));
      }
      n.at("kinds").items().forEach(k -> assertThat(k.textOr("")).matches("[a-z0-9.-]*/[A-Z][A-Za-z0-9]*"));
    }
    assertThat(DeprecatedMetadata.bundled().entries()).hasSize(entries.size());
  }

  private static KubernetesVersion kubernetes(Node entry, String field, String id) {
    return KubernetesVersion.parse(entry.at(field).textOr(""))
        .filter(v -> entry.at(field).textOr("").matches("1\\.\\d+"))
        .orElseThrow(() -> new AssertionError(id + ": " + field + " is not a Kubernetes minor: " + entry.at(field)));
  }
}
