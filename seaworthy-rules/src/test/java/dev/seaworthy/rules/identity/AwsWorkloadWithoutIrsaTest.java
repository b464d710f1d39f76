package dev.seaworthy.rules.identity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AwsWorkloadWithoutIrsaTest {

  private final RuleTester tester = RuleTester.forRule(new AwsWorkloadWithoutIrsa());

  @Test
  void positive_awsEnvOrAwsImageAndAnUnannotatedServiceAccount() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: reports
              namespace: production
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: reports
              namespace: production
            spec:
              selector:
                matchLabels: {app: reports}
              template:
                metadata:
                  labels: {app: reports}
                spec:
                  # expect: aws-workload-without-irsa ServiceAccount "reports" has no eks.amazonaws.com/role-arn annotation while container "app" sets AWS_DEFAULT_REGION: unless an EKS Pod Identity association exists for it
                  serviceAccountName: reports
                  containers:
                    - name: app
                      image: reports:1.4.2
                      env:
                        - name: LOG_LEVEL
                          value: info
                        - name: AWS_DEFAULT_REGION
                          value: eu-west-1
            ---
            # an empty annotation is no role: the webhook injects nothing
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: fluent-bit
              namespace: logging
              annotations:
                eks.amazonaws.com/role-arn: ""
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: fluent-bit
              namespace: logging
            spec:
              selector:
                matchLabels: {app: fluent-bit}
              template:
                metadata:
                  labels: {app: fluent-bit}
                spec:
                  # expect: aws-workload-without-irsa container "fluent-bit" runs aws-observability/aws-for-fluent-bit, which calls AWS APIs
                  serviceAccountName: fluent-bit
                  containers:
                    - name: fluent-bit
                      image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: cluster-autoscaler}
              template:
                metadata:
                  labels: {app: cluster-autoscaler}
                spec:
                  # expect: aws-workload-without-irsa runs autoscaling/cluster-autoscaler with --cloud-provider=aws
                  serviceAccountName: cluster-autoscaler
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider
                        - aws
            ---
            # the init container downloads from S3 with the AWS CLI; the legacy serviceAccount field names the account
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: loader
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: loader
            spec:
              # expect: aws-workload-without-irsa init container "fetch" runs amazon/aws-cli
              serviceAccount: loader
              initContainers:
                - name: fetch
                  image: amazon/aws-cli:2.17.0
              containers:
                - name: app
                  image: loader:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_roleAnnotatedPodIdentityOrOwnCredentials() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: production
              annotations:
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3-access-irsa
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: s3-app
              namespace: production
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
                      image: my-app:1.4.2
                      env:
                        - {name: AWS_REGION, value: us-east-1}
            ---
            # eksctl creates and associates these two through EKS Pod Identity and IRSA
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: prod
              region: us-east-1
            iam:
              withOIDC: true
              serviceAccounts:
                - metadata: {name: exporter, namespace: production}
                  attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
              podIdentityAssociations:
                - namespace: production
                  serviceAccountName: mailer
                  roleARN: arn:aws:iam::123456789012:role/mailer
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: mailer, namespace: production}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: exporter, namespace: production}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: mailer, namespace: production}
            spec:
              selector:
                matchLabels: {app: mailer}
              template:
                metadata:
                  labels: {app: mailer}
                spec:
                  serviceAccountName: mailer
                  containers:
                    - name: app
                      image: mailer:2.0.1
                      env: [{name: AWS_REGION, value: us-east-1}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: exporter, namespace: production}
            spec:
              selector:
                matchLabels: {app: exporter}
              template:
                metadata:
                  labels: {app: exporter}
                spec:
                  serviceAccountName: exporter
                  containers:
                    - name: app
                      image: amazon/aws-cli:2.17.0
            ---
            # an ACK PodIdentityAssociation gives "indexer" its role
            apiVersion: eks.services.k8s.aws/v1alpha1
            kind: PodIdentityAssociation
            metadata: {name: indexer, namespace: production}
            spec:
              clusterName: prod
              namespace: production
              serviceAccount: indexer
              roleARN: arn:aws:iam::123456789012:role/indexer
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: indexer, namespace: production}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: indexer, namespace: production}
            spec:
              serviceAccountName: indexer
              containers:
                - name: app
                  image: indexer:3.1.0
                  env: [{name: AWS_REGION, value: us-east-1}]
            """)
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: legacy, namespace: apps}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: legacy, namespace: apps}
            spec:
              selector:
                matchLabels: {app: legacy}
              template:
                metadata:
                  labels: {app: legacy}
                spec:
                  serviceAccountName: legacy
                  containers:
                    # static keys from a Secret: not this rule's concern
                    - name: keys
                      image: legacy:1.0.0
                      env:
                        - {name: AWS_REGION, value: us-east-1}
                        - name: AWS_ACCESS_KEY_ID
                          valueFrom: {secretKeyRef: {name: aws, key: id}}
                    # wired by hand to a web identity
                    - name: manual
                      image: legacy:1.0.0
                      env:
                        - {name: AWS_ROLE_ARN, value: "arn:aws:iam::123456789012:role/legacy"}
                        - {name: AWS_WEB_IDENTITY_TOKEN_FILE, value: /var/run/secrets/token}
                        - {name: AWS_REGION, value: us-east-1}
                    # environment from a Secret that may hold keys
                    - name: from-secret
                      image: legacy:1.0.0
                      envFrom: [{secretRef: {name: aws}}]
                      env: [{name: AWS_REGION, value: us-east-1}]
                    # a mounted ~/.aws profile
                    - name: profile
                      image: amazon/aws-cli:2.17.0
                      volumeMounts: [{name: aws, mountPath: /root/.aws}]
                    # X-Ray daemon address: no credentials needed
                    - name: traced
                      image: legacy:1.0.0
                      env: [{name: AWS_XRAY_DAEMON_ADDRESS, value: "xray:2000"}]
                  ephemeralContainers:
                    - name: debug
                      image: amazon/aws-cli:2.17.0
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: multicloud, namespace: apps}
            ---
            # Cluster Autoscaler and ExternalDNS for another cloud, and look-alike names
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: multicloud, namespace: apps}
            spec:
              selector:
                matchLabels: {app: multicloud}
              template:
                metadata:
                  labels: {app: multicloud}
                spec:
                  serviceAccountName: multicloud
                  containers:
                    - name: ca
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command: [./cluster-autoscaler, --cloud-provider=gce]
                    - name: dns
                      image: registry.k8s.io/external-dns/external-dns:v0.15.0
                      args: [--provider=cloudflare]
                    - name: lookalike
                      image: example.com/amazon/aws-cli-wrapper:1.0.0
                    - name: envlike
                      image: app:1.0.0
                      env: [{name: MY_AWS_REGION, value: us-east-1}]
            """)
        .verify();
  }

  @Test
  void negative_defaultOrMissingServiceAccountAreOtherRules() {
    tester
        .yaml("""
            # the default ServiceAccount: aws-workload-default-service-account
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: uses-default, namespace: apps}
            spec:
              selector:
                matchLabels: {app: a}
              template:
                metadata:
                  labels: {app: a}
                spec:
                  containers:
                    - name: app
                      image: app:1.0.0
                      env: [{name: AWS_REGION, value: us-east-1}]
            ---
            # not in the input: aws-workload-service-account-not-found
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: missing, namespace: apps}
            spec:
              selector:
                matchLabels: {app: b}
              template:
                metadata:
                  labels: {app: b}
                spec:
                  serviceAccountName: missing
                  containers:
                    - name: app
                      image: app:1.0.0
                      env: [{name: AWS_REGION, value: us-east-1}]
            ---
            # an unannotated ServiceAccount of the same name in another namespace does not count
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: missing, namespace: other}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_componentDetectedByImageNotName() {
    // hardeneks finds components by name (lesson L21): names say nothing about calling AWS
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: cluster-autoscaler, namespace: kube-system}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: cluster-autoscaler, namespace: kube-system}
            spec:
              selector:
                matchLabels: {app: cluster-autoscaler}
              template:
                metadata:
                  labels: {app: cluster-autoscaler}
                spec:
                  serviceAccountName: cluster-autoscaler
                  containers:
                    - name: aws-load-balancer-controller
                      image: example.com/platform/capacity-dashboard:1.2.0
                    - name: external-dns
                      image: example.com/platform/dns-report:0.4.1
            """)
        .verify();
  }
}
