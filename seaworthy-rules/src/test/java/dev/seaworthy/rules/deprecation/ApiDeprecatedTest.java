package dev.seaworthy.rules.deprecation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ApiDeprecatedTest {

  private static final String HPA_V2BETA2 = """
      # expect: api-deprecated autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated since Kubernetes 1.23 and will be removed in 1.26 (audit target 1.25); migrate to autoscaling/v2
      apiVersion: autoscaling/v2beta2
      kind: HorizontalPodAutoscaler
      metadata: {name: web}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
        minReplicas: 2
        maxReplicas: 10
      """;

  @Test
  void boundary_hpaV2beta2IsOnlyDeprecatedAt125() {
    RuleTester.forRule(new ApiDeprecated()).kubernetesVersion("1.25").yaml(HPA_V2BETA2).verify();
    // removed from 1.26 on: api-removed reports it instead
    assertThat(RuleTester.forRule(new ApiDeprecated()).kubernetesVersion("1.26").findings(HPA_V2BETA2)).isEmpty();
    // not yet deprecated before 1.23
    assertThat(RuleTester.forRule(new ApiDeprecated()).kubernetesVersion("1.22").findings(HPA_V2BETA2)).isEmpty();
  }

  @Test
  void positive_plannedRemovalsAtTheDefaultTarget() {
    RuleTester.forRule(new ApiDeprecated())
        .yaml("""
            # expect: api-deprecated resource.k8s.io/v1beta1 ResourceClaim is deprecated since Kubernetes 1.35 and is scheduled for removal in 1.38 (audit target 1.35)
            apiVersion: resource.k8s.io/v1beta1
            kind: ResourceClaim
            metadata: {name: gpu}
            ---
            # expect: api-deprecated scheduled for removal in 1.37
            apiVersion: networking.k8s.io/v1beta1
            kind: ServiceCIDR
            metadata: {name: extra}
            """)
        .verify();
  }

  @Test
  void negative_currentRemovedAndCrdApis() {
    RuleTester.forRule(new ApiDeprecated())
        .yaml("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            ---
            apiVersion: resource.k8s.io/v1
            kind: ResourceClaim
            metadata: {name: gpu}
            ---
            # removed, not deprecated: api-removed's job
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            ---
            # deprecated from 1.36 only
            apiVersion: resource.k8s.io/v1beta2
            kind: DeviceClass
            metadata: {name: gpu}
            ---
            # component APIs have no deprecation window at a Kubernetes target
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata: {name: app}
            ---
            apiVersion: karpenter.sh/v1beta1
            kind: NodePool
            metadata: {name: default}
            """)
        .verify();
  }

  @Test
  void fix_renameOnlyWhenTheReplacementIsServed() {
    String cronJob = """
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: {name: nightly}
        """;
    assertThat(RuleTester.forRule(new ApiDeprecated()).kubernetesVersion("1.22").findings(cronJob))
        .singleElement()
        .satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.replace("/apiVersion", "batch/v1")));
    String flowSchema = """
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta1
        kind: FlowSchema
        metadata: {name: f}
        """;
    // flowcontrol v1 does not exist at 1.24
    assertThat(RuleTester.forRule(new ApiDeprecated()).kubernetesVersion("1.24").findings(flowSchema))
        .singleElement()
        .satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
