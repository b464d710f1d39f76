package dev.seaworthy.rules.deprecation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRemovedTest {

  private final RuleTester tester = RuleTester.forRule(new ApiRemoved());

  @Test
  void positive_guideObjects() {
    tester
        .yaml("""
            # expect: api-removed policy/v1beta1 PodSecurityPolicy was removed in Kubernetes 1.25 (audit target 1.35); there is no replacement API
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              name: restricted
            spec:
              privileged: false
            ---
            # expect: api-removed karpenter.sh/v1alpha5 Provisioner was removed in Karpenter v0.33.0 (2023-12-05)
            apiVersion: karpenter.sh/v1alpha5
            kind: Provisioner
            metadata:
              name: default
            spec:
              providerRef:
                name: default
            ---
            # expect: api-removed removed in External Secrets Operator v0.17.0 (2025-05-14)
            apiVersion: external-secrets.io/v1beta1
            kind: SecretStore
            metadata:
              name: aws-secrets
            spec:
              provider:
                aws: {service: SecretsManager, region: us-east-1}
            ---
            # expect: api-removed migrate to external-secrets.io/v1
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata:
              name: app-secrets
            spec:
              secretStoreRef: {name: aws-secrets, kind: SecretStore}
            """)
        .verify();
  }

  @Test
  void positive_karpenterMessageNamesTheKubernetesCap() {
    List<Finding> findings = tester.findings("""
        apiVersion: karpenter.sh/v1alpha5
        kind: Provisioner
        metadata: {name: default}
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("migrate to karpenter.sh/v1 NodePool");
      assertThat(f.message()).contains("Karpenter releases that still serve it support Kubernetes 1.28 at most (audit target 1.35)");
      assertThat(f.fixes()).isEmpty();
    });
  }

  @Test
  void positive_otherRemovedApisAndCrdVersions() {
    tester
        .yaml("""
            # expect: api-removed extensions/v1beta1 Ingress was removed in Kubernetes 1.22
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata: {name: web}
            ---
            # expect: api-removed karpenter.k8s.aws/v1alpha1 AWSNodeTemplate
            apiVersion: karpenter.k8s.aws/v1alpha1
            kind: AWSNodeTemplate
            metadata: {name: default}
            ---
            # expect: api-removed removed in Karpenter v1.1.0 (2024-11-30)
            apiVersion: karpenter.sh/v1beta1
            kind: NodePool
            metadata: {name: default}
            ---
            # expect: api-removed migrate to acme.cert-manager.io/v1
            apiVersion: acme.cert-manager.io/v1alpha2
            kind: Order
            metadata: {name: o}
            ---
            # expect: api-removed removed in cert-manager v1.6.0 (2021-10-26)
            apiVersion: cert-manager.io/v1alpha2
            kind: Certificate
            metadata: {name: c}
            ---
            # expect: api-removed flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema was removed in Kubernetes 1.26
            apiVersion: flowcontrol.apiserver.k8s.io/v1beta1
            kind: FlowSchema
            metadata: {name: f}
            """)
        .verify();
  }

  @Test
  void negative_currentApisAndUnknownGroups() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web}
            spec:
              minAvailable: 1
              selector: {matchLabels: {app: web}}
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata: {name: default}
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata: {name: default}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: app-secrets}
            ---
            apiVersion: cert-manager.io/v1
            kind: Certificate
            metadata: {name: tls}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: web}
            ---
            apiVersion: networking.k8s.io/v1beta1
            kind: ServiceCIDR
            metadata: {name: extra}
            """)
        // not removal: a kind that never existed is unknown-kind's job; PushSecret is still served as v1alpha1
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1alpha1
            kind: AWSNodeInstanceProfile
            metadata: {name: default}
            ---
            apiVersion: external-secrets.io/v1alpha1
            kind: PushSecret
            metadata: {name: push}
            ---
            apiVersion: generators.external-secrets.io/v1alpha1
            kind: Password
            metadata: {name: pw}
            """)
        .verify();
  }

  @Test
  void boundary_hpaV2beta2IsServedUntil126() {
    String hpa = """
        # expect: api-removed autoscaling/v2beta2 HorizontalPodAutoscaler was removed in Kubernetes 1.26 (audit target 1.26)
        apiVersion: autoscaling/v2beta2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        """;
    RuleTester.forRule(new ApiRemoved()).kubernetesVersion("1.26").yaml(hpa).verify();
    assertThat(RuleTester.forRule(new ApiRemoved()).kubernetesVersion("1.25").findings(hpa)).isEmpty();
  }

  @Test
  void boundary_plannedRemovalsCountOnlyFromTheirRelease() {
    String vap = """
        apiVersion: admissionregistration.k8s.io/v1beta1
        kind: ValidatingAdmissionPolicy
        metadata: {name: replicas}
        """;
    assertThat(RuleTester.forRule(new ApiRemoved()).kubernetesVersion("1.33").findings(vap)).isEmpty();
    assertThat(RuleTester.forRule(new ApiRemoved()).kubernetesVersion("1.34").findings(vap))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("removed in Kubernetes 1.34 (audit target 1.34; removal set by its API lifecycle marker)"));
    String claim = """
        apiVersion: resource.k8s.io/v1beta1
        kind: ResourceClaim
        metadata: {name: gpu}
        """;
    assertThat(tester.findings(claim)).isEmpty();
  }

  @Test
  void fix_renameOnlyEntriesSwapTheApiVersion() {
    assertThat(tester.findings("""
        apiVersion: rbac.authorization.k8s.io/v1beta1
        kind: Role
        metadata: {name: reader}
        rules: []
        """)).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/apiVersion", "rbac.authorization.k8s.io/v1")));
    assertThat(tester.findings("""
        apiVersion: external-secrets.io/v1beta1
        kind: ClusterSecretStore
        metadata: {name: aws}
        """)).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/apiVersion", "external-secrets.io/v1")));
  }

  @Test
  void fix_noneWhenTheMigrationIsMoreThanARenameOrTheReplacementIsNotServedYet() {
    assertThat(tester.findings("""
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: {name: web}
        """)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
    String flowSchema = """
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta1
        kind: FlowSchema
        metadata: {name: f}
        """;
    // flowcontrol v1 is served from 1.29 only
    assertThat(RuleTester.forRule(new ApiRemoved()).kubernetesVersion("1.27").findings(flowSchema))
        .singleElement()
        .satisfies(f -> assertThat(f.fixes()).isEmpty());
    assertThat(RuleTester.forRule(new ApiRemoved()).kubernetesVersion("1.29").findings(flowSchema))
        .singleElement()
        .satisfies(f -> assertThat(f.fixes()).hasSize(1));
  }

  @Test
  void negative_oddInput() {
    tester
        .yaml("""
            apiVersion: "policy/v1beta1 "
            kind: PodSecurityPolicy
            metadata: {name: spaced}
            ---
            apiVersion: policy/v1beta1
            kind: podsecuritypolicy
            metadata: {name: lower}
            """)
        .verify();
  }

  @Test
  void componentRemovalsCountOnlyFromTheirReleaseDate() {
    String store = """
        apiVersion: external-secrets.io/v1beta1
        kind: SecretStore
        metadata: {name: aws, namespace: prod}
        spec: {provider: {aws: {service: SecretsManager, region: us-east-1}}}
        """;
    // ESO v0.17.0 stopped serving v1beta1 on 2025-05-14
    assertThat(RuleTester.forRule(new ApiRemoved()).configure(c -> c.withAuditDate(java.time.LocalDate.of(2025, 5, 13))).findings(store)).isEmpty();
    assertThat(RuleTester.forRule(new ApiRemoved()).configure(c -> c.withAuditDate(java.time.LocalDate.of(2025, 5, 14))).findings(store)).hasSize(1);
  }
}
