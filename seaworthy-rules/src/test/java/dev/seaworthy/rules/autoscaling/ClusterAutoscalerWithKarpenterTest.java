package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerWithKarpenterTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerWithKarpenter());

  @Test
  void positive_theGuidesAutoscalerAndProvisioner() {
    // examples/eks-production/autoscaling: both files in one audit.
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  serviceAccountName: cluster-autoscaler
                  containers:
                  # expect: cluster-autoscaler-with-karpenter runs beside Karpenter Provisioner "default"
                  - name: cluster-autoscaler
                    image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
                    command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
            ---
            apiVersion: karpenter.sh/v1alpha5
            kind: Provisioner
            metadata:
              name: default
            spec:
              requirements:
                - key: karpenter.sh/capacity-type
                  operator: In
                  values: ["spot", "on-demand"]
              limits:
                resources:
                  cpu: 1000
                  memory: 1000Gi
              providerRef:
                name: default
              ttlSecondsAfterEmpty: 30
              ttlSecondsUntilExpired: 2592000 # 30 days
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    # expect: cluster-autoscaler-with-karpenter NodePool "general"
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: gpu
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
                  taints:
                    - {key: nvidia.com/gpu, value: "true", effect: NoSchedule}
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: general
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
                  taints:
                    - {key: example.com/soft, effect: PreferNoSchedule}
            """)
        .verify();
  }

  @Test
  void negative_scaledToZeroTaintedPoolsOrNoKarpenter() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              replicas: 0
              template:
                spec:
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: default
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: batch
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
                  taints:
                    - {key: workload, value: batch, effect: NoSchedule}
            """)
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: default
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms: [{alias: al2023@v20251117}]
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_karpenterControllerIsNotClusterAutoscaler() {
    // hardeneks matches "cluster-autoscaler" anywhere in a Deployment name (lesson L21).
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: karpenter-replaces-cluster-autoscaler
              namespace: karpenter
            spec:
              template:
                spec:
                  containers:
                    - name: controller
                      image: public.ecr.aws/karpenter/controller:1.8.1
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: default
            spec:
              template:
                spec:
                  nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
                  requirements: []
            """)
        .verify();
  }
}
