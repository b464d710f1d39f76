package dev.seaworthy.rules.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CpuRequestMissingTest {

  private final RuleTester tester = RuleTester.forRule(new CpuRequestMissing());

  @Test
  void positive_noResourcesOnContainerInitAndSidecar() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: prod
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  initContainers:
                    # expect: cpu-request-missing init container "migrate" sets no CPU request
                    - name: migrate
                      image: example.com/migrate:1.0
                    # expect: cpu-request-missing init container "proxy"
                    - name: proxy
                      image: example.com/proxy:1.0
                      restartPolicy: Always
                  containers:
                    # expect: cpu-request-missing container "web"
                    - name: web
                      image: nginx:1.27
                    - name: sized
                      image: nginx:1.27
                      # expect: cpu-request-missing namespace "prod"
                      resources:
                        requests:
                          memory: 128Mi
                        limits:
                          memory: 128Mi
            """)
        .verify();
  }

  @Test
  void positive_limitRangeInAnotherNamespaceOrOfAnotherTypeDoesNotHelp() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: defaults
              namespace: other
            spec:
              limits:
                - type: Container
                  defaultRequest:
                    cpu: 100m
            ---
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: pod-caps
              namespace: prod
            spec:
              limits:
                - type: Pod
                  max:
                    cpu: "4"
                - type: Container
                  defaultRequest:
                    memory: 64Mi
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: prod
            spec:
              containers:
                # expect: cpu-request-missing
                - name: app
                  image: example.com/app:1.0
            """)
        .verify();
  }

  @Test
  void negative_requestFromOwnLimitPodLevelOrWritten() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: limit-only
                  image: example.com/app:1.0
                  resources:
                    limits:
                      cpu: "1"
                - name: zero
                  image: example.com/app:1.0
                  resources:
                    requests:
                      cpu: 0
                - name: quoted
                  image: example.com/app:1.0
                  resources:
                    requests:
                      cpu: "0.5"
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: pod-level
            spec:
              resources:
                limits:
                  cpu: "2"
              containers:
                - name: a
                  image: example.com/app:1.0
                - name: b
                  image: example.com/app:1.0
            """)
        .verify();
  }

  @Test
  void negative_limitRangeInSameNamespaceSuppliesTheRequest() {
    for (String field : new String[] {"defaultRequest", "default", "max", "min"}) {
      tester.yaml("""
          apiVersion: v1
          kind: LimitRange
          metadata:
            name: defaults
            namespace: prod
          spec:
            limits:
              - type: Container
                %s:
                  cpu: 200m
          ---
          apiVersion: apps/v1
          kind: StatefulSet
          metadata:
            name: db
            namespace: prod
          spec:
            selector:
              matchLabels: {app: db}
            template:
              metadata:
                labels: {app: db}
              spec:
                initContainers:
                  - name: init
                    image: example.com/init:1.0
                containers:
                  - name: db
                    image: example.com/db:1.0
          """.formatted(field));
    }
    tester.verify();
  }

  @Test
  void negative_namespacelessObjectsShareTheDefaultNamespace() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: defaults
            spec:
              limits:
                - type: Container
                  default:
                    cpu: 500m
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: default
            spec:
              containers:
                - name: app
                  image: example.com/app:1.0
            """)
        .verify();
  }

  @Test
  void negative_ephemeralContainersCannotHaveResources() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: app
                  image: example.com/app:1.0
                  resources:
                    requests: {cpu: 100m}
              ephemeralContainers:
                - name: debugger
                  image: busybox:1.36
            """)
        .verify();
  }

  @Test
  void negative_oddShapesDoNotThrow() {
    tester
        .yaml("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: odd
            spec:
              limits: "none"
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                # expect: cpu-request-missing
                - name: app
                  image: example.com/app:1.0
                  # resources that is not a map is reported on the container
                  resources: "lots"
            """)
        .verify();
  }

  @Test
  void messageSaysWhereItLooked() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: team-a}
        spec:
          containers:
            - name: app
              image: example.com/app:1.0
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo(
          "container \"app\" sets no CPU request, and no LimitRange for namespace \"team-a\" in the audited input supplies a default");
      assertThat(f.fixes()).isEmpty();
    });
  }
}
