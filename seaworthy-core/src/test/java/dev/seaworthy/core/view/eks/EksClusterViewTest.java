package dev.seaworthy.core.view.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.testing.TerraformYaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksClusterViewTest {

  static Inventory terraform(String yaml) {
    return new Inventory(TerraformYaml.resources("tf/main.tf", yaml));
  }

  static List<Resource> eksctl(String yaml) {
    return new ManifestLoader().loadText("cluster.yaml", yaml).resources();
  }

  static EksClusterView only(Inventory inventory) {
    List<EksClusterView> all = EksClusters.of(inventory).clusters();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void theEksObjectsOfAnInputAreGatheredOncePerAudit() {
    // every cluster rule asks for them, for every resource: gathering them each time made a
    // 1,000-block Terraform audit take 25 s instead of 2 s
    Inventory inventory = terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: prod
        """);
    assertThat(EksClusters.of(inventory)).isSameAs(EksClusters.of(inventory));
    assertThat(EksInputs.clusters(inventory)).isSameAs(EksInputs.clusters(inventory)).hasSize(1);
  }

  @Test
  void guideModuleV19ResolvesWrittenValuesAndV19Defaults() {
    EksClusterView c = only(terraform(GuideTerraform.EKS));
    assertThat(c.source()).isEqualTo(EksClusterView.Source.TERRAFORM_MODULE);
    assertThat(c.describe()).isEqualTo("module \"eks\"");
    assertThat(c.module().orElseThrow().version().major()).hasValue(19);
    assertThat(c.name().value()).isEqualTo("production-cluster");
    assertThat(c.kubernetesVersion().value()).isEqualTo("1.28");
    assertThat(c.parsedVersion().orElseThrow().toString()).isEqualTo("1.28");
    assertThat(c.kubernetesVersion().position().line()).isEqualTo(5);

    assertThat(c.endpointPublicAccess().isExplicit()).isTrue();
    assertThat(c.endpointPublicAccess().value()).isTrue();
    assertThat(c.endpointPrivateAccess().value()).isTrue();
    assertThat(c.publicAccessCidrs().value()).containsExactly("10.0.0.0/8");
    assertThat(c.publicAccessCidrs().position().line()).isEqualTo(11);

    EksClusterView.Encryption e = c.encryption();
    assertThat(e.enabled().value()).isTrue();
    assertThat(e.keySource().value()).isEqualTo(EksClusterView.KeySource.MODULE_CREATED);
    assertThat(e.keySource().isDefault()).isTrue();
    assertThat(e.keySource().note()).isEqualTo(" (module v19 default)");
    assertThat(e.customerKeyGiven()).isTrue();
    assertThat(e.customerKeyIgnored()).isTrue();
    assertThat(e.customerKey().position().line()).isEqualTo(13);

    assertThat(c.logTypes().value()).containsExactly("audit", "api", "authenticator");
    assertThat(c.logTypes().isDefault()).isTrue();
    assertThat(c.logTypes().by()).isEqualTo("module v19 default");
    assertThat(c.logRetentionDays().value()).isEqualTo(90L);
    assertThat(c.authenticationMode().value()).isEqualTo("CONFIG_MAP");
    assertThat(c.authenticationMode().isDefault()).isTrue();
    assertThat(c.creatorAdmin().value()).isNull();
    assertThat(c.irsa().value()).isTrue();
    assertThat(c.irsa().isExplicit()).isTrue();
    assertThat(c.ipFamily().value()).isEqualTo("ipv4");
  }

  @Test
  void v18DefaultsArePublicEndpointAndNoEncryption() {
    EksClusterView c = only(terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "18.31.2"
          cluster_name: old
        """));
    assertThat(c.module().orElseThrow().version().major()).hasValue(18);
    assertThat(c.endpointPublicAccess().value()).isTrue();
    assertThat(c.endpointPublicAccess().by()).isEqualTo("module v18 default");
    assertThat(c.endpointPrivateAccess().value()).isFalse();
    assertThat(c.publicAccessCidrs().value()).containsExactly("0.0.0.0/0");
    assertThat(c.encryption().enabled().value()).isFalse();
    assertThat(c.encryption().enabled().isDefault()).isTrue();
    assertThat(c.kubernetesVersion().isUnknown()).isTrue();
  }

  @Test
  void v21ReadsTheRenamedInputs() {
    EksClusterView c = only(terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 21.0"
          name: modern
          kubernetes_version: "1.34"
          endpoint_public_access: false
          encryption_config: {}
          authentication_mode: API
          enable_cluster_creator_admin_permissions: true
        """));
    assertThat(c.name().value()).isEqualTo("modern");
    assertThat(c.kubernetesVersion().value()).isEqualTo("1.34");
    assertThat(c.endpointPublicAccess().isExplicit()).isTrue();
    assertThat(c.encryption().enabled().value()).isTrue(); // {} keeps resources = ["secrets"] in v21
    assertThat(c.authenticationMode().value()).isEqualTo("API");
    assertThat(c.creatorAdmin().value()).isTrue();
    assertThat(c.creatorAdmin().isExplicit()).isTrue();
  }

  @Test
  void emptyEncryptionMapDisablesEncryptionInV19() {
    EksClusterView c = only(terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.21"
          cluster_name: x
          cluster_encryption_config: {}
        """));
    assertThat(c.encryption().enabled().value()).isFalse();
    assertThat(c.encryption().enabled().isExplicit()).isTrue();
  }

  @Test
  void unboundedConstraintKeepsOnlyTheDefaultsEveryAdmittedMajorShares() {
    EksClusterView c = only(terraform("""
        module.eks:
          source: "git::https://github.com/terraform-aws-modules/terraform-aws-eks.git?ref=v20.8.4"
          cluster_name: git
        """));
    assertThat(c.module().orElseThrow().version().major()).hasValue(20);
    assertThat(c.authenticationMode().value()).isEqualTo("API_AND_CONFIG_MAP");

    EksClusterView open = only(terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: ">= 20"
          cluster_name: open
        """));
    assertThat(open.module().orElseThrow().version().major()).isEmpty();
    assertThat(open.module().orElseThrow().version().describeMajor()).isEqualTo("v20 or later");
    assertThat(open.endpointPublicAccess().value()).isFalse(); // v20 and v21 agree
    assertThat(open.endpointPublicAccess().by()).isEqualTo("module v20 or later default");

    EksClusterView none = only(terraform("""
        module.eks:
          source: registry.terraform.io/terraform-aws-modules/eks/aws
          cluster_name: none
        """));
    assertThat(none.encryption().enabled().isUnknown()).isTrue(); // v18 off, v19+ on
    assertThat(none.logTypes().value()).containsExactly("audit", "api", "authenticator"); // all majors agree
    assertThat(none.authenticationMode().isUnknown()).isTrue();
  }

  @Test
  void expressionsAreUnknownNeverGuessed() {
    EksClusterView c = only(terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: ${var.name}
          cluster_endpoint_public_access: ${var.public}
          cluster_endpoint_public_access_cidrs: ["${var.office}", "0.0.0.0/0"]
          create_kms_key: ${var.create_key}
        """));
    assertThat(c.name().isUnknown()).isTrue();
    assertThat(c.endpointPublicAccess().isUnknown()).isTrue();
    assertThat(c.endpointPublicAccess().known()).isEmpty();
    assertThat(c.endpointPublicAccess().by()).isEqualTo("var.public");
    assertThat(c.publicAccessCidrs().isUnknown()).isTrue();
    assertThat(c.encryption().keySource().isUnknown()).isTrue();
    assertThat(c.encryption().customerKeyIgnored()).isFalse();
  }

  @Test
  void rawClusterUsesEksApiDefaults() {
    Inventory inv = terraform("""
        aws_eks_cluster.this:
          name: raw
          version: "1.31"
          role_arn: ${aws_iam_role.cluster.arn}
          vpc_config:
            - subnet_ids: ${var.subnets}
        """);
    EksClusterView c = only(inv);
    assertThat(c.describe()).isEqualTo("aws_eks_cluster \"this\"");
    assertThat(c.endpointPublicAccess().value()).isTrue();
    assertThat(c.endpointPublicAccess().by()).isEqualTo("EKS API default");
    assertThat(c.endpointPublicAccess().position().line()).isEqualTo(6); // the vpc_config block (its first line in YAML)
    assertThat(c.endpointPrivateAccess().value()).isFalse();
    assertThat(c.logTypes().value()).isEmpty();
    assertThat(c.encryption().enabled().value()).isFalse();
    assertThat(c.authenticationMode().value()).isEqualTo("CONFIG_MAP");
    assertThat(c.irsa().value()).isFalse();
    assertThat(c.logRetentionDays().value()).isNull();
    assertThat(c.logRetentionDays().isDefault()).isTrue();
  }

  @Test
  void rawClusterReadsBlocksLogGroupAndOidcProvider() {
    Inventory inv = terraform("""
        aws_eks_cluster.this:
          name: raw
          enabled_cluster_log_types: ["audit", "api"]
          vpc_config:
            - endpoint_public_access: false
              endpoint_private_access: true
          encryption_config:
            - resources: ["secrets"]
              provider:
                - key_arn: ${aws_kms_key.eks.arn}
          access_config:
            - authentication_mode: API
              bootstrap_cluster_creator_admin_permissions: false
        aws_cloudwatch_log_group.eks:
          name: /aws/eks/raw/cluster
          retention_in_days: 30
        aws_iam_openid_connect_provider.eks:
          url: ${aws_eks_cluster.this.identity[0].oidc[0].issuer}
        """);
    EksClusterView c = only(inv);
    assertThat(c.logTypes().value()).containsExactly("audit", "api");
    assertThat(c.endpointPublicAccess().isExplicit()).isTrue();
    assertThat(c.encryption().enabled().value()).isTrue();
    assertThat(c.encryption().keySource().value()).isEqualTo(EksClusterView.KeySource.CUSTOMER);
    assertThat(c.authenticationMode().value()).isEqualTo("API");
    assertThat(c.creatorAdmin().value()).isFalse();
    assertThat(c.logRetentionDays().value()).isEqualTo(30L);
    assertThat(c.irsa().value()).isTrue();
  }

  @Test
  void eksctlClusterAppliesEksctlDefaultsAndIsTaggedEksctl() {
    List<Resource> resources = eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: standalone
          region: eu-west-1
          version: "1.33"
        cloudWatch:
          clusterLogging:
            enableTypes: ["all"]
        """);
    assertThat(resources.get(0).origin()).isEqualTo(Origin.EKSCTL);
    EksClusterView c = only(new Inventory(resources));
    assertThat(c.describe()).isEqualTo("eksctl ClusterConfig \"standalone\"");
    assertThat(c.endpointPublicAccess().value()).isTrue();
    assertThat(c.endpointPublicAccess().by()).isEqualTo("eksctl default");
    assertThat(c.publicAccessCidrs().value()).containsExactly("0.0.0.0/0");
    assertThat(c.logTypes().value()).containsExactlyElementsOf(EksClusterView.LOG_TYPES);
    assertThat(c.logRetentionDays().value()).isNull();
    assertThat(c.encryption().enabled().value()).isFalse();
    assertThat(c.irsa().value()).isFalse();
    assertThat(c.authenticationMode().value()).isEqualTo("API_AND_CONFIG_MAP");
    assertThat(c.creatorAdmin().value()).isTrue();
    assertThat(c.creatorAdmin().isDefault()).isTrue();
    assertThat(c.nodeGroupsOnly()).isFalse();
  }

  @Test
  void eksctlConfigThatOnlyAddsNodeGroupsToATerraformClusterIsNotJudged() {
    List<Resource> all = new ArrayList<>(TerraformYaml.resources("terraform/eks-cluster.tf", GuideTerraform.EKS));
    all.addAll(eksctl("""
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
        """));
    Inventory inv = new Inventory(all);
    EksClusters clusters = EksClusters.of(inv);
    assertThat(clusters.clusters()).extracting(EksClusterView::describe).containsExactly("module \"eks\"");
    EksClusterView eksctl = EksClusterView.of(all.get(all.size() - 1), inv).orElseThrow();
    assertThat(eksctl.nodeGroupsOnly()).isTrue();
    // in file and line order: the eksctl file (cluster.yaml) sorts before the Terraform (tf/main.tf)
    assertThat(clusters.nodeGroups()).extracting(EksNodeGroupView::describe).containsExactly(
        "eksctl node group \"spot-node-group\"",
        "managed node group \"general\" (module \"eks\")",
        "managed node group \"compute\" (module \"eks\")");
    assertThat(clusters.nodeGroupsOf("production-cluster")).hasSize(3);
  }

  @Test
  void planModuleCallIsShadowedByThePlannedCluster() {
    Inventory inv = terraform("""
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 20.0"
          cluster_name: planned
        module.eks.aws_eks_cluster.this[0]:
          name: planned
          version: "1.30"
          vpc_config:
            - endpoint_public_access: false
              endpoint_private_access: true
              public_access_cidrs: ["0.0.0.0/0"]
        """);
    EksClusterView c = only(inv);
    assertThat(c.source()).isEqualTo(EksClusterView.Source.TERRAFORM_RESOURCE);
    assertThat(c.module().orElseThrow().version().major()).hasValue(20);
    assertThat(c.endpointPublicAccess().value()).isFalse();
  }

  @Test
  void eksctlConfigWithNodeGroupsAndNoClusterSectionIsNodeGroupsOnly() {
    Inventory groupsOnly = new Inventory(eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: elsewhere, region: us-east-1, version: "1.35"}
        managedNodeGroups:
          - name: ng
        """));
    assertThat(EksClusters.of(groupsOnly).clusters()).isEmpty();
    assertThat(EksClusters.of(groupsOnly).nodeGroups()).hasSize(1);

    Inventory withCluster = new Inventory(eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: full, region: us-east-1}
        iam: {withOIDC: true}
        managedNodeGroups:
          - name: ng
        """));
    assertThat(EksClusters.of(withCluster).clusters()).hasSize(1);
  }

  @Test
  void aVpcSectionThatOnlyLocatesAnExistingVpcStillMeansNodeGroupsOnly() {
    // eksctl create nodegroup for a cluster eksctl did not create needs the VPC, subnets and shared node SG
    Inventory existing = new Inventory(eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: legacy, region: us-east-1}
        vpc:
          id: vpc-0abc
          securityGroup: sg-0abc
          subnets:
            private:
              us-east-1a: {id: subnet-1}
        managedNodeGroups:
          - name: ng
            privateNetworking: true
        """));
    assertThat(EksClusters.of(existing).clusters()).isEmpty();

    Inventory endpoints = new Inventory(eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: new, region: us-east-1}
        vpc:
          id: vpc-0abc
          clusterEndpoints: {publicAccess: false, privateAccess: true}
        managedNodeGroups:
          - name: ng
        """));
    assertThat(EksClusters.of(endpoints).clusters()).hasSize(1);
  }
}
