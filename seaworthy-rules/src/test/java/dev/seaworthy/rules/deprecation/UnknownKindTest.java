package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnknownKindTest {

  private final RuleTester tester = RuleTester.forRule(new UnknownKind());

  @Test
  void positive_guideAwsNodeInstanceProfileUsesTheHint() {
    tester
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1alpha1
            # expect: unknown-kind no matches for kind AWSNodeInstanceProfile in version karpenter.k8s.aws/v1alpha1": AWSNodeInstanceProfile was never a Karpenter kind
            kind: AWSNodeInstanceProfile
            metadata:
              name: default
            spec:
              subnetSelector:
                karpenter.sh/discovery: production-cluster
            ---
            apiVersion: karpenter.k8s.aws/v1
            # expect: unknown-kind karpenter.k8s.aws/v1 EC2NodeClass
            kind: AWSNodeInstanceProfile
            metadata: {name: default}
            """)
        .verify();
  }

  @Test
  void positive_kindInTheWrongGroupOrVersion() {
    tester
        .yaml("""
            apiVersion: v1
            # expect: unknown-kind the core API group has no kind Deployment; Deployment belongs to apps/v1
            kind: Deployment
            metadata: {name: web}
            ---
            apiVersion: apps/v1
            # expect: unknown-kind CronJob belongs to batch/v1
            kind: CronJob
            metadata: {name: nightly}
            ---
            apiVersion: v1
            # expect: unknown-kind PodSecurityPolicy belongs to API group policy
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            ---
            apiVersion: karpenter.sh/v1
            # expect: unknown-kind karpenter.sh/v1 has no kind Provisioner; Provisioner belonged to karpenter.sh/v1alpha5, removed in Karpenter v0.33.0; its successor is karpenter.sh/v1 NodePool
            kind: Provisioner
            metadata: {name: default}
            ---
            apiVersion: policy/v1
            # expect: unknown-kind policy/v1 has no kind PodSecurityPolicy; PodSecurityPolicy belonged to policy/v1beta1, removed in Kubernetes 1.25
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            ---
            apiVersion: karpenter.sh/v1alpha5
            # expect: unknown-kind NodePool is served by karpenter.sh/v1
            kind: NodePool
            metadata: {name: default}
            """)
        .verify();
  }

  @Test
  void positive_kindsThatNeverExisted() {
    tester
        .yaml("""
            apiVersion: v1
            # expect: unknown-kind did you mean ConfigMap?
            kind: configmap
            metadata: {name: c}
            ---
            apiVersion: cert-manager.io/v1
            # expect: unknown-kind cert-manager.io has no kind ClusterCertificate
            kind: ClusterCertificate
            metadata: {name: c}
            ---
            apiVersion: external-secrets.io/v1
            # expect: unknown-kind external-secrets.io has no kind SecretStores
            kind: SecretStores
            metadata: {name: s}
            ---
            apiVersion: eksctl.io/v1alpha5
            # expect: unknown-kind eksctl.io has no kind Cluster
            kind: Cluster
            metadata: {name: prod}
            """)
        .verify();
  }

  @Test
  void negative_knownKindsListsAndUnknownGroups() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata: {name: default}
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata: {name: default}
            ---
            apiVersion: karpenter.sh/v1alpha1
            kind: NodeOverlay
            metadata: {name: overlay}
            ---
            # should NodeOverlay be promoted, the data cannot tell: no finding
            apiVersion: karpenter.sh/v1
            kind: NodeOverlay
            metadata: {name: overlay}
            ---
            apiVersion: external-secrets.io/v1
            kind: ClusterSecretStore
            metadata: {name: aws}
            ---
            apiVersion: external-secrets.io/v1alpha1
            kind: PushSecret
            metadata: {name: push}
            ---
            apiVersion: cert-manager.io/v1
            kind: ClusterIssuer
            metadata: {name: letsencrypt}
            ---
            apiVersion: acme.cert-manager.io/v1
            kind: Challenge
            metadata: {name: ch}
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: prod, region: us-east-1}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            ---
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: web}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web}
            ---
            apiVersion: generators.external-secrets.io/v1alpha1
            kind: Password
            metadata: {name: pw}
            ---
            apiVersion: v1
            kind: Config
            clusters: []
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePoolList
            metadata: {}
            items: {}
            ---
            # tool formats that parse as the core group
            apiVersion: builtin
            kind: LabelTransformer
            metadata: {name: labels}
            ---
            apiVersion: v2
            kind: Plugin
            metadata: {name: p}
            ---
            apiVersion: apps/latest
            kind: Whatever
            metadata: {name: w}
            """)
        .verify();
  }

  @Test
  void negative_alphaBuiltInsAndTargetsNewerThanTheData() {
    // alpha versions may add kinds the data does not know; api-alpha-on-eks reports them anyway
    tester
        .yaml("""
            apiVersion: scheduling.k8s.io/v1alpha3
            kind: GangPolicy
            metadata: {name: g}
            """)
        .verify();
    RuleTester.forRule(new UnknownKind())
        .kubernetesVersion("1.37")
        .yaml("""
            apiVersion: apps/v1
            kind: DeploymentTemplate
            metadata: {name: future}
            """)
        .verify();
  }
}
