package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ServiceTargetPortNotExposedTest {

  private final RuleTester tester = RuleTester.forRule(new ServiceTargetPortNotExposed());

  private static final String API = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api}
      spec:
        selector: {matchLabels: {app: api}}
        template:
          metadata:
            labels: {app: api}
          spec:
            initContainers:
              - name: proxy
                image: example/proxy:1.0
                restartPolicy: Always
                ports:
                  - {name: proxy, containerPort: 15001}
              - name: migrate
                image: example/migrate:1.0
                ports:
                  - {name: migrate, containerPort: 9999}
            containers:
              - name: api
                image: example/api:1.0
                ports:
                  - {name: http, containerPort: 8080}
                  - {name: dns, containerPort: 5353, protocol: UDP}
      """;

  @Test
  void positive_namedTargetPortNotDeclared() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec:
              selector: {app: api}
              ports:
                - port: 80
                  # expect: service-target-port-not-exposed targets port "web", which no container
                  targetPort: web
                - port: 9999
                  # expect: service-target-port-not-exposed Deployment "api"
                  targetPort: migrate
                - port: 53
                  # expect: service-target-port-not-exposed declared with another protocol
                  targetPort: dns
            ---
            """ + API)
        .verify();
  }

  @Test
  void positive_numericTargetPortDeclaredNowhere() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec:
              selector: {app: api}
              ports:
                # expect: service-target-port-not-exposed declare only 5353, 8080, 15001
                - port: 80
                - port: 443
                  # expect: service-target-port-not-exposed targets port 8443
                  targetPort: 8443
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_portsTheContainersDeclare() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec:
              selector: {app: api}
              ports:
                - {name: http, port: 80, targetPort: http}
                - {name: direct, port: 8080}
                - {name: mesh, port: 15001, targetPort: proxy}
                - {name: dns, port: 53, targetPort: dns, protocol: UDP}
                - {name: number, port: 81, targetPort: 8080}
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_numericPortAndAPodThatDeclaresNoPorts() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {tier: web}
              ports:
                - {port: 80, targetPort: 3000}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata:
                  labels: {app: web, tier: web}
                spec:
                  containers:
                    - {name: web, image: example/web:1.0}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web-v2}
            spec:
              selector: {matchLabels: {app: web-v2}}
              template:
                metadata:
                  labels: {app: web-v2, tier: web}
                spec:
                  containers:
                    - name: web
                      image: example/web:2.0
                      ports:
                        - {containerPort: 8080}
            """)
        .verify();
  }

  @Test
  void negative_nameDeclaredByOneOfTheSelectedTemplates() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: metrics}
            spec:
              selector: {team: shop}
              ports:
                - {port: 9090, targetPort: metrics}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: a
              labels: {team: shop}
            spec:
              containers:
                - name: a
                  image: example/a:1.0
                  ports:
                    - {name: metrics, containerPort: 9090}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: b
              labels: {team: shop}
            spec:
              containers:
                - {name: b, image: example/b:1.0}
            """)
        .verify();
  }

  @Test
  void negative_noPodInTheInputOrNoRouting() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: elsewhere}
            spec:
              selector: {app: elsewhere}
              ports:
                - {port: 80, targetPort: web}
            ---
            """ + API)
        .yaml("""
            apiVersion: v1
            kind: Service
            metadata: {name: external}
            spec:
              type: ExternalName
              externalName: api.example.com
              selector: {app: api}
              ports:
                - {port: 80, targetPort: web}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: manual}
            spec:
              ports:
                - {port: 80, targetPort: web}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: digits}
            spec:
              selector: {app: api}
              ports:
                - {port: 80, targetPort: "8080"}
            ---
            """ + API)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
