package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksCaDiscoveryTagsMissingTest {

  private final RuleTester tester = RuleTester.forRule(new EksCaDiscoveryTagsMissing());

  private static final String CA = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: cluster-autoscaler, namespace: kube-system}
      spec:
        selector: {matchLabels: {app: ca}}
        template:
          metadata: {labels: {app: ca}}
          spec:
            containers:
              - name: cluster-autoscaler
                image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.28.7
                command:
                  - ./cluster-autoscaler
                  - --cloud-provider=aws
                  - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/production-cluster
      """;

  @Test
  void positive_eksctlGroupWithoutTagsAndModuleSelfManaged() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: production-cluster}
        nodeGroups:
          # expect: eks-ca-discovery-tags-missing eksctl node group "plain" lacks the tags k8s.io/cluster-autoscaler/enabled, k8s.io/cluster-autoscaler/production-cluster that Deployment "cluster-autoscaler" discovers node groups by
          - name: plain
            instanceType: m5.large
          - name: half
            instanceType: m5.large
            # expect: eks-ca-discovery-tags-missing lacks the tag k8s.io/cluster-autoscaler/production-cluster that
            tags: {k8s.io/cluster-autoscaler/enabled: "true"}
          - name: policy
            iam: {withAddonPolicies: {autoScaler: true}}
        managedNodeGroups:
          - name: managed
        ---
        """ + CA).verify();
    tester.verifyTogether("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: production-cluster
          self_managed_node_groups:
            # expect: eks-ca-discovery-tags-missing self-managed node group "legacy" (module "eks") lacks the tags k8s.io/cluster-autoscaler/enabled
            legacy:
              instance_type: m5.large
            tagged:
              instance_type: m5.large
              autoscaling_group_tags:
                k8s.io/cluster-autoscaler/enabled: true
                k8s.io/cluster-autoscaler/production-cluster: owned
        """, CA);
  }

  @Test
  void negative_guideTagsOtherClusterUnknownTagsOrNoAutoscaler() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: production-cluster}
        nodeGroups:
          - name: spot-node-group
            tags:
              k8s.io/cluster-autoscaler/enabled: "true"
              k8s.io/cluster-autoscaler/production-cluster: "owned"
        ---
        """ + CA).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: other}
        nodeGroups:
          - name: plain
        ---
        """ + CA).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: production-cluster}
        nodeGroups:
          - name: plain
        """).verify();
    tester.verifyTogether("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: production-cluster
          tags: ${local.tags}
          self_managed_node_groups:
            legacy: {instance_type: m5.large}
        aws_autoscaling_group.web:
          max_size: 2
          tag:
            - {key: Name, value: web}
        """, CA);
  }
}
