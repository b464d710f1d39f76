package dev.seaworthy.rules.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonSetTaintNotToleratedTest {

  private final RuleTester tester = RuleTester.forRule(new DaemonSetTaintNotTolerated());

  /** The guide's Container Insights agent, unchanged. */
  private static final String GUIDE_AGENT = """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: cloudwatch-agent
        namespace: amazon-cloudwatch
      spec:
        selector:
          matchLabels:
            name: cloudwatch-agent
        template:
          metadata:
            labels:
              name: cloudwatch-agent
          spec:
            serviceAccountName: cloudwatch-agent
            containers:
            - name: cloudwatch-agent
              image: amazon/cloudwatch-agent:latest
      """;

  @Test
  void positive_guideAgentOnAHardSpotTaint() {
    tester
        .yaml("""
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: production-cluster
              region: us-east-1
            nodeGroups:
              - name: spot-node-group
                labels:
                  lifecycle: Ec2Spot
                taints:
                  - key: spotInstance
                    value: "true"
                    effect: NoSchedule
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: cloudwatch-agent
              namespace: amazon-cloudwatch
            spec:
              selector:
                matchLabels:
                  name: cloudwatch-agent
              template:
                metadata:
                  labels:
                    name: cloudwatch-agent
                # expect: daemonset-taint-not-tolerated spotInstance=true:NoSchedule of eksctl node group "spot-node-group" (ClusterConfig "production-cluster"): its pods never run on those nodes, so those nodes send no metrics or logs
                spec:
                  serviceAccountName: cloudwatch-agent
                  containers:
                  - name: cloudwatch-agent
                    image: amazon/cloudwatch-agent:latest
            """)
        .verify();
  }

  @Test
  void positive_managedGroupMapFormNodeAndNodePoolOnExistingTolerations() {
    tester
        .yaml("""
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: prod
            managedNodeGroups:
              - name: gpu
                taints:
                  nvidia.com/gpu: "present:NoSchedule"
            ---
            apiVersion: v1
            kind: Node
            metadata:
              name: ip-10-0-1-5.ec2.internal
              labels:
                kubernetes.io/os: linux
            spec:
              taints:
                - key: dedicated
                  value: batch
                  effect: NoExecute
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: infra
            spec:
              template:
                spec:
                  taints:
                    - key: team
                      value: infra
                      effect: NoSchedule
                  requirements:
                    - key: karpenter.sh/capacity-type
                      operator: In
                      values: ["spot"]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: fluent-bit
            spec:
              selector:
                matchLabels: {app: fluent-bit}
              template:
                metadata:
                  labels: {app: fluent-bit}
                spec:
                  nodeSelector:
                    kubernetes.io/os: linux
                  # expect: daemonset-taint-not-tolerated dedicated=batch:NoExecute of Node "ip-10-0-1-5.ec2.internal"; taint nvidia.com/gpu=present:NoSchedule of eksctl managed node group "gpu" (ClusterConfig "prod"); taint team=infra:NoSchedule of Karpenter NodePool "infra"
                  tolerations:
                    - key: dedicated
                      operator: Equal
                      value: other
                    - key: team
                      operator: Exists
                      effect: NoExecute
                  containers:
                    - name: fluent-bit
                      image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4
            """)
        .verify();
  }

  @Test
  void positive_anyDaemonSetAndManyNodesAreCounted() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata: {name: a}
            spec:
              taints: [{key: dedicated, value: db, effect: NoSchedule}]
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: b}
            spec:
              taints: [{key: dedicated, value: db, effect: NoSchedule}]
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: c}
            spec:
              taints: [{key: dedicated, value: db, effect: NoSchedule}]
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: d}
            spec:
              taints: [{key: dedicated, value: db, effect: NoSchedule}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: csi-node
            spec:
              selector:
                matchLabels: {app: csi-node}
              template:
                metadata:
                  labels: {app: csi-node}
                # expect: daemonset-taint-not-tolerated of Node "a", Node "b", Node "c" and 1 more: its pods never run on those nodes
                spec:
                  containers:
                    - name: driver
                      image: public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.37.0
            """)
        .verify();
  }

  @Test
  void negative_guideSpotGroupTaintIsOnlyPreferNoSchedule() {
    tester
        .yaml("""
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: production-cluster
              region: us-east-1

            nodeGroups:
              - name: spot-node-group
                instancesDistribution:
                  maxPrice: 0.05
                  instanceTypes:
                    - t3a.large
                    - t3.large
                    - t2.large
                  onDemandBaseCapacity: 0
                  onDemandPercentageAboveBaseCapacity: 0
                  spotInstancePools: 3
                minSize: 2
                maxSize: 10
                desiredCapacity: 3
                volumeSize: 100
                volumeType: gp3
                labels:
                  lifecycle: Ec2Spot
                  capacity-type: spot
                taints:
                  - key: spotInstance
                    value: "true"
                    effect: PreferNoSchedule
                tags:
                  k8s.io/cluster-autoscaler/enabled: "true"
                  k8s.io/cluster-autoscaler/production-cluster: "owned"
            ---
            """ + GUIDE_AGENT)
        .verify();
  }

  @Test
  void negative_tolerationSemantics() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata: {name: n1}
            spec:
              taints:
                - {key: a, value: "1", effect: NoSchedule}
                - {key: b, value: "2", effect: NoExecute}
                - {key: c, value: "3", effect: NoSchedule}
                - {key: d, effect: NoSchedule}
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: by-key-and-value}
            spec:
              selector: {matchLabels: {app: x}}
              template:
                metadata: {labels: {app: x}}
                spec:
                  tolerations:
                    - {key: a, operator: Exists}
                    - {key: b, operator: Equal, value: "2", effect: NoExecute}
                    - {key: c, value: "3"}
                    - {key: d, operator: Exists, effect: NoSchedule}
                  containers: [{name: x, image: "x:1"}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: everything}
            spec:
              selector: {matchLabels: {app: y}}
              template:
                metadata: {labels: {app: y}}
                spec:
                  tolerations:
                    - operator: Exists
                  containers: [{name: y, image: "y:1"}]
            """)
        .verify();
  }

  @Test
  void negative_nodeSelectionThatDoesNotOrMayNotReachTheTaintedNodes() {
    tester
        .yaml("""
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: prod}
            managedNodeGroups:
              - name: gpu
                labels: {accelerator: nvidia}
                taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: cpu-only}
            spec:
              selector: {matchLabels: {app: a}}
              template:
                metadata: {labels: {app: a}}
                spec:
                  nodeSelector: {accelerator: none}
                  containers: [{name: a, image: "a:1"}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: unknown-label}
            spec:
              selector: {matchLabels: {app: b}}
              template:
                metadata: {labels: {app: b}}
                spec:
                  nodeSelector: {node.kubernetes.io/instance-type: m5.large}
                  containers: [{name: b, image: "b:1"}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: affinity-excludes}
            spec:
              selector: {matchLabels: {app: c}}
              template:
                metadata: {labels: {app: c}}
                spec:
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                          - matchExpressions:
                              - {key: accelerator, operator: DoesNotExist}
                  containers: [{name: c, image: "c:1"}]
            """)
        .verify();
  }

  @Test
  void positive_affinityThatSelectsEc2NodesOnly() {
    tester
        .yaml("""
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: prod}
            managedNodeGroups:
              - name: gpu
                taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent}
            spec:
              selector: {matchLabels: {app: a}}
              template:
                metadata: {labels: {app: a}}
                # expect: daemonset-taint-not-tolerated nvidia.com/gpu=present:NoSchedule
                spec:
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                          - matchExpressions:
                              - {key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate]}
                              - {key: kubernetes.io/os, operator: In, values: [linux]}
                  containers: [{name: a, image: "a:1"}]
            """)
        .verify();
  }

  @Test
  void negative_windowsGroupsFargateNodesAndTransientTaints() {
    tester
        .yaml("""
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: prod}
            nodeGroups:
              - name: windows
                amiFamily: WindowsServer2022FullContainer
                taints: [{key: os, value: windows, effect: NoSchedule}]
            ---
            apiVersion: v1
            kind: Node
            metadata:
              name: fargate-ip-10-0-1-1
              labels: {eks.amazonaws.com/compute-type: fargate}
            spec:
              taints: [{key: eks.amazonaws.com/compute-type, value: fargate, effect: NoSchedule}]
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: cordoned}
            spec:
              unschedulable: true
              taints:
                - {key: node.kubernetes.io/unschedulable, effect: NoSchedule}
                - {key: ToBeDeletedByClusterAutoscaler, value: "1700000000", effect: NoSchedule}
                - {key: ebs.csi.aws.com/agent-not-ready, effect: NoExecute}
            """ + "---\n" + GUIDE_AGENT)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_effectiveDefaults_conditionTaintsAreToleratedByTheController() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata: {name: not-ready}
            spec:
              taints:
                - {key: node.kubernetes.io/not-ready, effect: NoExecute}
                - {key: node.kubernetes.io/memory-pressure, effect: NoSchedule}
                - {key: node.kubernetes.io/network-unavailable, effect: NoSchedule}
            ---
            """ + GUIDE_AGENT)
        .verify();
  }

  @Test
  void negative_noTaintedNodesInTheInput() {
    tester.yaml(GUIDE_AGENT).verify();
  }

  @Test
  void fixAddsTolerationsByKeyAndEffect() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          taints:
            - {key: dedicated, value: a, effect: NoSchedule}
            - {key: dedicated, value: b, effect: NoSchedule}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              tolerations: [{key: other, operator: Exists}]
              containers: [{name: a, image: "a:1"}]
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(
        PatchOp.add("/spec/template/spec/tolerations/1", Map.of("key", "dedicated", "operator", "Exists", "effect", "NoSchedule"))));
    var none = tester.findings("""
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          taints: [{key: dedicated, value: a, effect: NoExecute}]
        ---
        """ + GUIDE_AGENT);
    assertThat(none).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(
        PatchOp.add("/spec/template/spec/tolerations", List.of(Map.of("key", "dedicated", "operator", "Exists", "effect", "NoExecute")))));
  }

  /** The guide's module node groups: general (untainted) and compute (NO_SCHEDULE), in the HCL contract's YAML form. */
  private static final String GUIDE_MODULE = """
      module.eks:
        source: terraform-aws-modules/eks/aws
        version: "~> 19.0"
        cluster_name: production-cluster
        eks_managed_node_groups:
          general:
            instance_types: ["t3a.large"]
            capacity_type: SPOT
            taints: []
          compute:
            instance_types: ["c5.2xlarge", "c5a.2xlarge"]
            capacity_type: SPOT
            labels: {Environment: production, Type: compute}
            taints:
              - key: compute
                value: "true"
                effect: NO_SCHEDULE
      """;

  @Test
  void positive_guideAgentOnTheTerraformComputeGroup() {
    String marked = GUIDE_AGENT.replace("\n    spec:\n      serviceAccountName",
        "\n    # expect: daemonset-taint-not-tolerated taint compute=true:NoSchedule of managed node group \"compute\" (module \"eks\"): its pods never run on those nodes, so those nodes send no metrics or logs"
            + "\n    spec:\n      serviceAccountName");
    assertThat(marked).isNotEqualTo(GUIDE_AGENT);
    tester.verifyTogether(GUIDE_MODULE, marked);
  }

  @Test
  void positive_rawNodeGroupTaintBlocks() {
    tester.verifyTogether("""
        aws_eks_node_group.gpu:
          cluster_name: c
          taint:
            - {key: nvidia.com/gpu, value: present, effect: NO_SCHEDULE}
            - {key: soft, value: x, effect: PREFER_NO_SCHEDULE}
        """, """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: fluent-bit}
        spec:
          selector: {matchLabels: {app: fb}}
          template:
            metadata: {labels: {app: fb}}
            # expect: daemonset-taint-not-tolerated taint nvidia.com/gpu=present:NoSchedule of aws_eks_node_group "gpu"
            spec:
              containers: [{name: fb, image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"}]
        """);
  }

  @Test
  void negative_terraformGroupsToleratedNotSelectedOrTaintsUnknown() {
    tester.verifyTogether(GUIDE_MODULE + """
        aws_eks_node_group.dyn:
          cluster_name: c
          dynamic:
            - {"@label": taint, for_each: "${var.taints}"}
        """, """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: tolerant}
        spec:
          selector: {matchLabels: {app: t}}
          template:
            metadata: {labels: {app: t}}
            spec:
              tolerations: [{key: compute, operator: Exists, effect: NoSchedule}]
              containers: [{name: t, image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"}]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: general-only}
        spec:
          selector: {matchLabels: {app: g}}
          template:
            metadata: {labels: {app: g}}
            spec:
              nodeSelector: {Type: general}
              containers: [{name: g, image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"}]
        """);
  }
}
