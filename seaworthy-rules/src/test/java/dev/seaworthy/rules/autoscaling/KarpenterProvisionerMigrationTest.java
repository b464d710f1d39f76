package dev.seaworthy.rules.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class KarpenterProvisionerMigrationTest {

  private final RuleTester tester = RuleTester.forRule(new KarpenterProvisionerMigration());

  private static final String GUIDE_PROVISIONER = """
      apiVersion: karpenter.sh/v1alpha5
      %s
      kind: Provisioner
      metadata:
        name: default
      spec:
        requirements:
          - key: karpenter.sh/capacity-type
            operator: In
            values: ["spot", "on-demand"]
          - key: node.kubernetes.io/instance-type
            operator: In
            values: 
              - t3a.medium
              - t3a.large
              - t3a.xlarge
              - c5.large
              - c5.xlarge
        limits:
          resources:
            cpu: 1000
            memory: 1000Gi
        providerRef:
          name: default
        ttlSecondsAfterEmpty: 30
        ttlSecondsUntilExpired: 2592000 # 30 days
      """;

  @Test
  void positive_theGuidesProvisioner() {
    tester.yaml(GUIDE_PROVISIONER.formatted("# expect: karpenter-provisioner-migration Provisioner \"default\" (karpenter.sh/v1alpha5) becomes this karpenter.sh/v1 NodePool"))
        .verify();
  }

  @Test
  void translationOfTheGuidesProvisionerIsTheDocumentedNodePool() {
    var findings = tester.findings(GUIDE_PROVISIONER.formatted(""));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).endsWith("""
        becomes this karpenter.sh/v1 NodePool:
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata:
          name: default
        spec:
          template:
            spec:
              requirements:
                - key: karpenter.sh/capacity-type
                  operator: In
                  values:
                    - "spot"
                    - "on-demand"
                - key: node.kubernetes.io/instance-type
                  operator: In
                  values:
                    - t3a.medium
                    - t3a.large
                    - t3a.xlarge
                    - c5.large
                    - c5.xlarge
              nodeClassRef:
                group: karpenter.k8s.aws
                kind: EC2NodeClass
                name: default
              expireAfter: 720h
          disruption:
            consolidationPolicy: WhenEmpty
            consolidateAfter: 30s
          limits:
            cpu: 1000
            memory: 1000Gi"""));
  }

  @Test
  void translationIsValidYamlThatTheNodePoolRulesAccept() {
    String yaml = KarpenterProvisionerMigration.translate(
        new ManifestLoader().loadText("p.yaml", GUIDE_PROVISIONER.formatted("")).resources().get(0));
    LoadedInput input = new ManifestLoader().loadText("nodepool.yaml", yaml);
    assertThat(input.errors()).isEmpty();
    assertThat(input.resources()).singleElement().satisfies(r -> {
      assertThat(r.apiVersion()).isEqualTo("karpenter.sh/v1");
      assertThat(r.kind()).isEqualTo("NodePool");
      assertThat(r.node().at("spec", "template", "spec", "requirements", "1", "values", "4").textOr("")).isEqualTo("c5.xlarge");
      assertThat(r.node().at("spec", "limits", "memory").textOr("")).isEqualTo("1000Gi");
    });
    assertThat(RuleTester.forRule(new NodePoolLimitsMissing()).findings(yaml)).isEmpty();
    assertThat(RuleTester.forRule(new NodePoolExpiryDisabled()).findings(yaml)).isEmpty();
  }

  @Test
  void translationCoversLabelsTaintsConsolidationKubeletAndDefaults() {
    var findings = tester.findings("""
        apiVersion: karpenter.sh/v1alpha5
        kind: Provisioner
        metadata:
          name: gpu
        spec:
          labels: {team: ml}
          annotations: {"example.com/owner": "ml team"}
          taints:
            - {key: nvidia.com/gpu, value: "true", effect: NoSchedule}
          requirements: []
          provider:
            subnetSelector: {karpenter.sh/discovery: prod}
          consolidation:
            enabled: true
          kubeletConfiguration:
            maxPods: 110
          weight: 10
          ttlSecondsUntilExpired: 90
          someFutureField: x
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .contains("""
              template:
                metadata:
                  labels:
                    team: ml
                  annotations:
                    example.com/owner: "ml team"
                spec:
                  requirements: []
                  taints:
                    - key: nvidia.com/gpu
                      value: "true"
                      effect: NoSchedule
                  nodeClassRef:
                    group: karpenter.k8s.aws
                    kind: EC2NodeClass
                    name: gpu
                    # move the inline spec.provider settings into EC2NodeClass gpu
                  expireAfter: 90s
                  # kubeletConfiguration moves to the EC2NodeClass as spec.kubelet
              disruption:
                consolidationPolicy: WhenEmptyOrUnderutilized
                consolidateAfter: 0s
              weight: 10
            # not translated (no v1 NodePool equivalent): spec.someFutureField"""));
  }

  @Test
  void translationNamesTheDefaultsThatChangeBehaviour() {
    var findings = tester.findings("""
        apiVersion: karpenter.sh/v1alpha5
        kind: Provisioner
        metadata:
          name: plain
        spec:
          limits:
            resources: {cpu: 100}
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .contains("expireAfter: 720h  # v1 default; the Provisioner set no ttlSecondsUntilExpired")
        .contains("consolidationPolicy: WhenEmptyOrUnderutilized  # v1 default")
        .contains("# the Provisioner named no providerRef: create EC2NodeClass plain")
        .contains("requirements: []  # required in v1"));
  }

  @Test
  void negative_nodePoolsAndEmptyProvisioners() {
    tester
        .yaml("""
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: default
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
            ---
            apiVersion: karpenter.sh/v1alpha5
            kind: Provisioner
            metadata:
              name: broken
            spec: []
            """)
        .verify();
  }

  @Test
  void durationsAreExact() {
    assertThat(KarpenterProvisionerMigration.duration(2592000)).isEqualTo("720h");
    assertThat(KarpenterProvisionerMigration.duration(30)).isEqualTo("30s");
    assertThat(KarpenterProvisionerMigration.duration(300)).isEqualTo("5m");
    assertThat(KarpenterProvisionerMigration.duration(3601)).isEqualTo("3601s");
    assertThat(KarpenterProvisionerMigration.duration(0)).isEqualTo("0s");
  }
}
