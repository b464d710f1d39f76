package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.testing.TerraformYaml;

/** Shared fixtures: the guide's Terraform in the YAML form of the HCL contract. */
final class EksFixtures {

  private EksFixtures() {}

  /** examples/eks-production/terraform/eks-cluster.tf, module "eks" (v19). */
  static final String GUIDE_MODULE = """
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
          vpc-cni:
            most_recent: true
            configuration_values:
              env: {ENABLE_PREFIX_DELEGATION: "true", WARM_PREFIX_TARGET: "1"}
      """;

  /** examples/eks-production/cost/spot-node-pool.yaml: eksctl node groups for the module's cluster. */
  static final String GUIDE_EKSCTL = """
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: production-cluster
        region: us-east-1
      nodeGroups:
        - name: spot-node-group
          instancesDistribution:
            maxPrice: 0.05
            instanceTypes: [t3a.large, t3.large, t2.large]
            onDemandBaseCapacity: 0
            onDemandPercentageAboveBaseCapacity: 0
      """;

  /** The guide's Terraform and its eksctl node groups, audited together. */
  static LoadedInput guideWithEksctl() {
    return TerraformYaml.load("terraform/eks-cluster.tf", GUIDE_MODULE)
        .plus(new ManifestLoader().loadText("cost/spot-node-pool.yaml", GUIDE_EKSCTL));
  }
}
