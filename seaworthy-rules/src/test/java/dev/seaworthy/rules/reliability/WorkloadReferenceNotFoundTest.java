package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class WorkloadReferenceNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new WorkloadReferenceNotFound());

  @Test
  void positive_missingObjectsOfKindsTheNamespaceHolds() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-settings
              namespace: shop
            data: {LOG_LEVEL: info}
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: web-tls
              namespace: shop
            type: Opaque
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: shop
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: cache
              namespace: shop
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  # expect: workload-reference-not-found pod runs as ServiceAccount "web-sa", which was not found in namespace "shop" in the audited input (the input holds other ServiceAccounts of that namespace): if it is missing, the API server rejects its pods
                  serviceAccountName: web-sa
                  volumes:
                    - name: config
                      configMap:
                        # expect: workload-reference-not-found volume "config" mounts ConfigMap "web-config", which was not found in namespace "shop" in the audited input (the input holds other ConfigMaps of that namespace): if it is missing, the pod stays in ContainerCreating until it exists
                        name: web-config
                    - name: certs
                      secret:
                        # expect: workload-reference-not-found volume "certs" mounts Secret "web-cert"
                        secretName: web-cert
                    - name: data
                      persistentVolumeClaim:
                        # expect: workload-reference-not-found PersistentVolumeClaim "web-data", which was not found in namespace "shop" in the audited input (the input holds other PersistentVolumeClaims of that namespace): if it is missing, the pod stays Pending until it exists
                        claimName: web-data
                    - name: bundle
                      projected:
                        sources:
                          - configMap:
                              # expect: workload-reference-not-found volume "bundle" projects ConfigMap "bundle"
                              name: bundle
                  containers:
                    - name: web
                      image: nginx:1.27
                      env:
                        - name: DB_PASSWORD
                          valueFrom:
                            secretKeyRef:
                              # expect: workload-reference-not-found container "web" reads env DB_PASSWORD from Secret "db", which was not found in namespace "shop" in the audited input (the input holds other Secrets of that namespace): if it is missing, the container fails with CreateContainerConfigError until it exists
                              name: db
                              key: password
                      envFrom:
                        - configMapRef:
                            # expect: workload-reference-not-found container "web" loads its environment from ConfigMap "web-env"
                            name: web-env
            """)
        .verify();
  }

  @Test
  void positive_definedOnlyInAnotherNamespace() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-config
              namespace: production
            data: {A: b}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              selector:
                matchLabels: {app: app}
              template:
                metadata:
                  labels: {app: app}
                spec:
                  containers:
                    - name: app
                      image: app:1.0
                      envFrom:
                        - configMapRef:
                            # expect: workload-reference-not-found ConfigMap "app-config", which was not found in namespace "default" (Deployment "app" names no namespace, so it lands in the namespace kubectl targets, usually default) in the audited input; the input defines it in namespace "production" instead
                            name: app-config
            """)
        .verify();
  }

  @Test
  void negative_objectsPresentOrCreatedByControllers() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-config
              namespace: shop
            data: {A: b}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: app-secrets
              namespace: shop
            spec:
              secretStoreRef: {name: aws, kind: SecretStore}
              target:
                name: db-credentials
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: api-keys
              namespace: shop
            spec:
              secretStoreRef: {name: aws, kind: SecretStore}
            ---
            apiVersion: cert-manager.io/v1
            kind: Certificate
            metadata:
              name: web
              namespace: shop
            spec:
              secretName: web-tls
              dnsNames: [shop.example.com]
              issuerRef: {name: letsencrypt, kind: ClusterIssuer}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
              namespace: shop
            spec:
              serviceName: db
              replicas: 2
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: postgres:16.4
              volumeClaimTemplates:
                - metadata: {name: data}
                  spec:
                    accessModes: [ReadWriteOnce]
                    resources: {requests: {storage: 10Gi}}
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
                  volumes:
                    - name: config
                      configMap: {name: web-config}
                    - name: ca
                      configMap: {name: kube-root-ca.crt}
                    - name: tls
                      secret: {secretName: web-tls}
                    - name: backup
                      persistentVolumeClaim: {claimName: data-db-0}
                    - name: extra
                      configMap: {name: extra, optional: true}
                  containers:
                    - name: web
                      image: nginx:1.27
                      env:
                        - name: DB
                          valueFrom:
                            secretKeyRef: {name: db-credentials, key: url}
                        - name: KEY
                          valueFrom:
                            secretKeyRef: {name: api-keys, key: key}
                        - name: FLAG
                          valueFrom:
                            configMapKeyRef: {name: flags, key: on, optional: true}
                      envFrom:
                        - secretRef: {name: maybe, optional: true}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_objectsManagedOutsideTheInput() {
    // kube-linter's non-existent-service-account fires whenever the ServiceAccount is not in the
    // linted files, though eksctl, Terraform or Helm often create it: with no object of the kind in
    // the namespace, the input does not cover it.
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: only-in-other-namespace
              namespace: other
            data: {A: b}
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
                  serviceAccountName: web-irsa
                  volumes:
                    - name: config
                      configMap: {name: web-config}
                    - name: data
                      persistentVolumeClaim: {claimName: web-data}
                  containers:
                    - name: web
                      image: nginx:1.27
                      envFrom:
                        - secretRef: {name: web-secrets}
            """)
        .verify();
  }

  @Test
  void negative_serviceAccountInAnotherNamespaceIsTheOtherRule() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: production
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: other
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: s3-app
            spec:
              selector:
                matchLabels: {app: s3-app}
              template:
                metadata:
                  labels: {app: s3-app}
                spec:
                  serviceAccountName: s3-app
                  containers:
                    - name: app
                      image: my-app:1.0
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: x, namespace: shop}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: odd, namespace: shop}
            spec:
              serviceAccountName: [a]
              volumes:
                - just-a-string
                - name: v
                  configMap: {name: {x: y}}
                - name: w
                  configMap: "{{ .Values.cm }}"
              containers:
                - name: c
                  image: c:1
                  env: oops
                  envFrom:
                    - configMapRef: {name: "{{ .Values.name }}"}
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new WorkloadReferenceNotFound());
  }
}
