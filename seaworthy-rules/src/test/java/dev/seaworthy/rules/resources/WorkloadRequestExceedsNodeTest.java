package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WorkloadRequestExceedsNodeTest {

  private final RuleTester tester = RuleTester.forRule(new WorkloadRequestExceedsNode());

  /** The guide's module node groups: general (t3a.large, untainted) and compute (c5.2xlarge, NO_SCHEDULE). */
  private static final String GUIDE_MODULE = """
      module.eks:
        source: terraform-aws-modules/eks/aws
        version: "~> 19.0"
        cluster_name: production-cluster
        eks_managed_node_groups:
          general:
            instance_types: ["t3a.large"]
            capacity_type: SPOT
            labels: {Environment: production, Type: general}
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
  void positive_tooBigForTheUntaintedGroupAndNotToleratingCompute() {
    tester.verifyTogether(GUIDE_MODULE, """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: batch, namespace: production}
        spec:
          selector: {matchLabels: {app: batch}}
          template:
            metadata: {labels: {app: batch}}
            spec:
              containers:
                - name: app
                  image: batch:1.0.0
                  resources:
                    # expect: workload-request-exceeds-node pod of Deployment "batch" requests 3 CPU and 4Gi memory, more than any node it could run on can allocate: managed node group "general" (module "eks") (largest t3a.large: 1930m CPU, 7452Mi memory allocatable)
                    requests: {cpu: "3", memory: 4Gi}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate, namespace: production}
        spec:
          template:
            spec:
              restartPolicy: Never
              nodeSelector: {Type: compute}
              tolerations: [{key: compute, operator: Exists}]
              initContainers:
                - name: load
                  image: loader:1.0.0
                  resources:
                    # expect: workload-request-exceeds-node requests 1 CPU and 20Gi memory
                    requests: {cpu: "1", memory: 20Gi}
              containers:
                - name: app
                  image: app:1.0.0
                  resources: {requests: {cpu: 100m, memory: 128Mi}}
        """);
  }

  @Test
  void positive_eksctlGroupAndLimitsStandInForRequests() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        managedNodeGroups:
          - name: small
            instanceType: t3.medium
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: big}
        spec:
          containers:
            - name: a
              image: a:1
              resources:
                # expect: workload-request-exceeds-node eksctl managed node group "small" (largest t3.medium
                limits: {cpu: "1", memory: 8Gi}
        """).verify();
  }

  @Test
  void negative_fitsSomewhereToleratedKarpenterFargateUnknownTypesOrTwoClusters() {
    String big = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: big, namespace: production}
        spec:
          selector: {matchLabels: {app: big}}
          template:
            metadata: {labels: {app: big}}
            spec:
              tolerations: [{key: compute, operator: Equal, value: "true", effect: NoSchedule}]
              containers:
                - name: app
                  image: big:1.0.0
                  resources:
                    requests: {cpu: "6", memory: 12Gi}
        """;
    tester.verifyTogether(GUIDE_MODULE, big);
    tester.verifyTogether(GUIDE_MODULE, """
        apiVersion: karpenter.sh/v1
        kind: NodePool
        metadata: {name: default}
        spec: {template: {spec: {requirements: []}}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: huge}
        spec:
          containers: [{name: a, image: "a:1", resources: {requests: {cpu: "64"}}}]
        """);
    tester.verifyTogether("""
        aws_eks_node_group.a:
          cluster_name: c
          instance_types: "${var.types}"
        aws_eks_node_group.b:
          cluster_name: c
          instance_types: [t3.small]
        """, """
        apiVersion: v1
        kind: Pod
        metadata: {name: huge}
        spec:
          containers: [{name: a, image: "a:1", resources: {requests: {cpu: "4"}}}]
        """);
    tester.verifyTogether("""
        aws_eks_node_group.a:
          cluster_name: one
          instance_types: [t3.small]
        aws_eks_node_group.b:
          cluster_name: two
          instance_types: [t3.small]
        """, """
        apiVersion: v1
        kind: Pod
        metadata: {name: huge}
        spec:
          containers: [{name: a, image: "a:1", resources: {requests: {cpu: "4"}}}]
        """);
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod}
        managedNodeGroups:
          - name: small
            instanceType: t3.medium
        fargateProfiles:
          - name: big
            selectors: [{namespace: batch}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: big, namespace: batch}
        spec:
          containers: [{name: a, image: "a:1", resources: {requests: {cpu: "3"}}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: no-requests}
        spec:
          containers: [{name: a, image: "a:1"}]
        """).yaml("""
        apiVersion: v1
        kind: Pod
        metadata: {name: no-iac}
        spec:
          containers: [{name: a, image: "a:1", resources: {requests: {cpu: "300"}}}]
        """).verify();
  }
}
