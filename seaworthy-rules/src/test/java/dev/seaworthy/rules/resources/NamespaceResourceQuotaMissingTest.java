package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class NamespaceResourceQuotaMissingTest {

  private final RuleTester tester = RuleTester.forRule(new NamespaceResourceQuotaMissing());

  @Test
  void positive_reportedOnTheNamespaceObject() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              # expect: namespace-resource-quota-missing namespace "shop" runs 2 workloads (Deployment "web", StatefulSet "db") but no ResourceQuota for it was found in the audited input
              name: shop
            ---
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
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
              namespace: shop
            spec:
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: postgres:16.4
            ---
            # A quota of another namespace does not count.
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: compute
              namespace: other
            spec:
              hard: {requests.cpu: "4"}
            """)
        .verify();
  }

  @Test
  void positive_reportedOnceOnTheFirstWorkloadWithoutANamespaceObject() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
              # expect: namespace-resource-quota-missing namespace "default" runs 2 workloads
              namespace: default
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: report
                          image: report:1.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: default
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void negative_quotaPresentSystemNamespaceOrNoWorkloads() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: compute
              namespace: shop
            spec:
              hard: {requests.cpu: "10"}
            ---
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
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: empty
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: coredns
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: coredns}
              template:
                metadata:
                  labels: {app: coredns}
                spec:
                  containers:
                    - name: coredns
                      image: coredns:1.11
            """)
        .verify();
  }

  @Test
  void negative_namespacelessWorkloadsAreLeftToWorkloadInDefaultNamespace() {
    // Helm and kustomize output often names no namespace: where it lands is decided at apply time.
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
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new NamespaceResourceQuotaMissing());
  }
}
