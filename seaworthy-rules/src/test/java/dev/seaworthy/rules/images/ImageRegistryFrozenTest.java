package dev.seaworthy.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImageRegistryFrozenTest {

  private final RuleTester tester = RuleTester.forRule(new ImageRegistryFrozen());

  @Test
  void positive_k8sGcrIoOnEveryContainerType() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: ca}
              template:
                metadata:
                  labels: {app: ca}
                spec:
                  initContainers:
                    - name: init
                      # expect: image-registry-frozen init container "init" pulls "k8s.gcr.io/pause:3.9"
                      image: k8s.gcr.io/pause:3.9
                  containers:
                    - name: ca
                      # expect: image-registry-frozen use "registry.k8s.io/autoscaling/cluster-autoscaler:v1.28.0"
                      image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
                  ephemeralContainers:
                    - name: debug
                      # expect: image-registry-frozen frozen since 2023-04-03
                      image: K8S.GCR.IO/e2e-test-images/agnhost
            """)
        .verify();
  }

  @Test
  void negative_otherRegistriesAndLookalikes() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: new-registry
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.28.7
                - name: other-gcr
                  image: gcr.io/distroless/static:nonroot
                - name: hub-namespace
                  image: k8s.gcr.io
                - name: lookalike
                  image: k8s.gcr.io.example.com/pause:3.9
                - name: blank
                  image: ""
            """)
        .verify();
  }

  @Test
  void fixMovesTheSameImageToRegistryK8sIo() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: nginx:1.27
            - name: b
              image: k8s.gcr.io/kube-proxy:v1.26.0@sha256:1e9bbe429e4e2b2ad32681c91deb98a334f1bf4135137df5f84f9d03689060fe
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace(
            "/spec/containers/1/image",
            "registry.k8s.io/kube-proxy:v1.26.0@sha256:1e9bbe429e4e2b2ad32681c91deb98a334f1bf4135137df5f84f9d03689060fe")));
  }
}
