package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class WorkloadInDefaultNamespaceTest {

  private final RuleTester tester = RuleTester.forRule(new WorkloadInDefaultNamespace());

  @Test
  void positive_theGuidesNamespacelessDeployment() {
    tester
        .yaml("""
            # service-account.yaml
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: production
              annotations:
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789:role/s3-access-irsa
            ---
            apiVersion: apps/v1
            kind: Deployment
            # expect: workload-in-default-namespace Deployment "s3-app" names no namespace, so it lands in whatever namespace kubectl targets, usually default
            metadata:
              name: s3-app
            spec:
              template:
                spec:
                  serviceAccountName: s3-app
                  containers:
                  - name: app
                    image: my-app:latest
            """)
        .verify();
  }

  @Test
  void positive_explicitDefault() {
    tester
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
              # expect: workload-in-default-namespace CronJob "report" runs in the default namespace
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
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
              # expect: workload-in-default-namespace Pod "debug"
              namespace: default
            spec:
              containers:
                - name: shell
                  image: busybox:1.36
            """)
        .verify();
  }

  @Test
  void negative_ownNamespaceOwnedOrNotAWorkload() {
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
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            # Owned by a ReplicaSet (a live object): its owner is reported instead.
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-abc12
              namespace: default
              ownerReferences:
                - {apiVersion: apps/v1, kind: ReplicaSet, name: web-abc, uid: 1234}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data: {A: b}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: default
            spec:
              selector: {app: web}
              ports:
                - port: 80
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new WorkloadInDefaultNamespace());
    OddInput.auditsQuietly(new WorkloadInDefaultNamespace());
  }
}
