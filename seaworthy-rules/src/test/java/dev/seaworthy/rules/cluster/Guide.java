package dev.seaworthy.rules.cluster;

/**
 * The guide's cluster definitions (examples/eks-production): its Terraform in the YAML form of the
 * HCL loader's contract, and its eksctl Spot node group. Tests add {@code # expect:} markers to
 * copies; these are the unmarked originals for tests that only count findings.
 */
final class Guide {

  private Guide() {}

  static final String TERRAFORM = """
      module.eks:
        source: terraform-aws-modules/eks/aws
        version: "~> 19.0"
        cluster_name: production-cluster
        cluster_version: "1.28"
        vpc_id: ${module.vpc.vpc_id}
        subnet_ids: ${module.vpc.private_subnets}
        enable_irsa: true
        cluster_endpoint_public_access: true
        cluster_endpoint_private_access: true
        cluster_endpoint_public_access_cidrs: ["10.0.0.0/8"]
        cluster_encryption_config:
          provider_key_arn: ${aws_kms_key.eks.arn}
          resources: ["secrets"]
        cluster_addons:
          coredns: {most_recent: true}
          kube-proxy: {most_recent: true}
          vpc-cni:
            most_recent: true
            configuration_values:
              env:
                ENABLE_PREFIX_DELEGATION: "true"
                WARM_PREFIX_TARGET: "1"
          aws-ebs-csi-driver:
            most_recent: true
            service_account_role_arn: ${module.ebs_csi_irsa.iam_role_arn}
        eks_managed_node_groups:
          general:
            min_size: 3
            desired_size: 3
            max_size: 10
            instance_types: ["t3a.large"]
            capacity_type: SPOT
            labels: {Environment: production, Type: general}
            taints: []
            update_config: {max_unavailable_percentage: 33}
          compute:
            min_size: 0
            desired_size: 2
            max_size: 20
            instance_types: ["c5.2xlarge", "c5a.2xlarge"]
            capacity_type: SPOT
            labels: {Environment: production, Type: compute}
            taints:
              - key: compute
                value: "true"
                effect: NO_SCHEDULE
      """;

  static final String EKSCTL = """
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
      """;
}
