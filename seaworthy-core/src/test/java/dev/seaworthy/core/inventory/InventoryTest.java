package dev.seaworthy.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {

  private static final String ITEMS =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          metadata:
            labels: {app: web, tier: front}
          spec:
            containers: [{name: web, image: nginx}]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: staging
      spec:
        template:
          metadata:
            labels: {app: web, tier: front}
          spec:
            containers: [{name: web, image: nginx}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web-implicit-default
      spec:
        selector: {app: web}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web-explicit-default
        namespace: default
      spec:
        selector: {app: web, tier: front}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web-in-staging
        namespace: staging
      spec:
        selector: {app: web}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: no-selector
      spec:
        ports: [{port: 80}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: empty-selector
      spec:
        selector: {}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: other-app
      spec:
        selector: {app: api}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: too-specific
      spec:
        selector: {app: web, tier: back}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: web
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: web-staging
        namespace: staging
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: wrong-kind
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: web}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      """;

  private static Inventory inventory() {
    LoadedInput input = new ManifestLoader().loadText("inventory.yaml", ITEMS);
    assertThat(input.errors()).isEmpty();
    return new Inventory(input.resources());
  }

  private static List<String> names(List<Resource> resources) {
    return resources.stream().map(Resource::name).toList();
  }

  private static PodSpecView pod(Inventory inv, String namespace) {
    return inv.podSpecsIn(namespace).get(0);
  }

  @Test
  void testServicesSelecting_sameNamespaceOnlyWithObjectsWithoutNamespaceInDefault() {
    Inventory inv = inventory();

    assertThat(names(inv.servicesSelecting(pod(inv, "default")))).containsExactly("web-implicit-default", "web-explicit-default");
    assertThat(names(inv.servicesSelecting(pod(inv, "staging")))).containsExactly("web-in-staging");
  }

  @Test
  void testServicesSelecting_serviceWithoutOrWithEmptySelectorSelectsNothing() {
    Inventory inv = inventory();

    List<String> selecting = names(inv.servicesSelecting(pod(inv, "default")));
    assertThat(selecting).doesNotContain("no-selector", "empty-selector", "other-app", "too-specific");
  }

  @Test
  void testAutoscalersOf_matchesKindNameAndNamespace() {
    Inventory inv = inventory();
    Resource defaultWeb = inv.find("Deployment", "default", "web").orElseThrow();
    Resource stagingWeb = inv.find("Deployment", "staging", "web").orElseThrow();

    assertThat(names(inv.autoscalersOf(defaultWeb))).containsExactly("web");
    assertThat(names(inv.autoscalersOf(stagingWeb))).containsExactly("web-staging");
    assertThat(inv.autoscalersOf(inv.find("Service", "default", "other-app").orElseThrow())).isEmpty();
  }

  @Test
  void testObjectsWithoutNamespace_areInDefault() {
    Inventory inv = inventory();
    Resource settings = inv.ofKind("ConfigMap").get(0);

    assertThat(settings.namespace()).isEmpty();
    assertThat(Inventory.namespaceOf(settings)).isEqualTo("default");
    assertThat(inv.find("ConfigMap", "default", "settings")).contains(settings);
    assertThat(inv.find("ConfigMap", "", "settings")).isEmpty();
    assertThat(names(inv.ofKind("Service", "default")))
        .containsExactly("web-implicit-default", "web-explicit-default", "no-selector", "empty-selector", "other-app", "too-specific");
    assertThat(inv.podSpecsIn("default")).hasSize(1);
  }

  @Test
  void testIndexes() {
    Inventory inv = inventory();

    assertThat(inv.all()).hasSize(13);
    assertThat(inv.ofKind("Deployment")).hasSize(2);
    assertThat(inv.ofKind("Nothing")).isEmpty();
    assertThat(inv.podSpecs()).hasSize(2);
    assertThat(inv.podSpecsIn("nowhere")).isEmpty();
    assertThat(Inventory.empty().all()).isEmpty();
  }
}
