package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ReadinessProbeMissingTest {

  private final RuleTester tester = RuleTester.forRule(new ReadinessProbeMissing());

  @Test
  void positive_containerOfAWorkloadThatAServiceSelects() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: frontend}
                spec:
                  containers:
                    # expect: readiness-probe-missing container "web" has no readinessProbe, but Service "web-svc"
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web-svc
              namespace: shop
            spec:
              selector: {app: web}
              ports:
                - port: 80
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: solo
              labels: {app: solo}
            spec:
              containers:
                # expect: readiness-probe-missing Service "solo" (and 1 more)
                - name: solo
                  image: nginx:1.27
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: solo
            spec:
              selector: {app: solo}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: solo-headless
            spec:
              clusterIP: None
              selector: {app: solo}
            """)
        .verify();
  }

  @Test
  void positive_onlyTheContainerThatServesTheServicePortInAMultiContainerPod() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    # expect: readiness-probe-missing container "db"
                    - name: db
                      image: postgres:16.4
                      ports:
                        - {name: pg, containerPort: 5432}
                    - name: log-shipper
                      image: fluent/fluent-bit:3.1.9
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: db
            spec:
              selector: {app: db}
              ports:
                - {port: 5432, targetPort: pg}
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    # expect: readiness-probe-missing container "api"
                    - name: api
                      image: example/api:2.0.0
                    # expect: readiness-probe-missing container "proxy"
                    - name: proxy
                      image: example/proxy:1.0.0
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
            spec:
              selector: {app: api}
              ports:
                - port: 8080
            """)
        .verify();
  }

  @Test
  void negative_noServiceSelectsThePods() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: worker
              namespace: jobs
            spec:
              selector:
                matchLabels: {app: worker}
              template:
                metadata:
                  labels: {app: worker}
                spec:
                  containers:
                    - name: worker
                      image: example/worker:1.0.0
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: other-namespace
              namespace: web
            spec:
              selector: {app: worker}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: other-labels
              namespace: jobs
            spec:
              selector: {app: worker, tier: web}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: no-selector
              namespace: jobs
            spec:
              ports:
                - port: 80
            """)
        .verify();
  }

  @Test
  void negative_servicesThatDoNotFollowReadiness() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: peers
            spec:
              selector:
                matchLabels: {app: peers}
              template:
                metadata:
                  labels: {app: peers}
                spec:
                  containers:
                    - name: peer
                      image: example/peer:1.0.0
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: peers
            spec:
              clusterIP: None
              publishNotReadyAddresses: true
              selector: {app: peers}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: external
            spec:
              type: ExternalName
              externalName: db.example.com
              selector: {app: peers}
            """)
        .verify();
  }

  @Test
  void negative_probePresentAndContainersOrPodsThatDoNotServe() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  initContainers:
                    - name: migrate
                      image: example/migrate:1.0.0
                    - name: mesh-proxy
                      image: example/proxy:1.0.0
                      restartPolicy: Always
                  containers:
                    - name: web
                      image: nginx:1.27
                      readinessProbe:
                        httpGet: {path: /, port: 80}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: smoke
            spec:
              template:
                metadata:
                  labels: {app: web}
                spec:
                  restartPolicy: Never
                  containers:
                    - name: smoke
                      image: example/smoke:1.0.0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: once
              labels: {app: web}
            spec:
              restartPolicy: Never
              containers:
                - name: once
                  image: example/once:1.0.0
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector: {app: web}
            """)
        .verify();
  }
}
