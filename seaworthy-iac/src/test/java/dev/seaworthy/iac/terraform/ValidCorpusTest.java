package dev.seaworthy.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real-world Terraform: every file parses, and chosen values read through the Resource/Node contract. */
class ValidCorpusTest {

  private static final Path VALID = Tf.CORPUS.resolve("valid");
  /** The guide's own Terraform, as the bundled example writes it (its line numbers are pinned here). */
  private static final Path GUIDE = Path.of("..", "examples", "eks-production", "terraform");

  private static String file(String name) {
    return VALID.resolve(name).toString();
  }

  private static ScalarType type(Node n) {
    return ((ScalarNode) n).type();
  }

  @Test
  void everyFileOfTheCorpusLoadsWithoutError() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(VALID)) {
      files = s.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path f : files) {
      LoadedInput in = Tf.load(f.toString());
      assertThat(in.errors()).as(f.toString()).isEmpty();
      assertThat(in.resources()).as(f.toString()).isNotEmpty().allMatch(r -> r.origin() == Origin.TERRAFORM);
    }
    assertThat(Tf.load(VALID.resolve("vars").toString()).errors()).isEmpty();
    assertThat(Tf.load(VALID.resolve("nested").toString()).errors()).isEmpty();
  }

  @Test
  void theGuidesModuleBlock() {
    LoadedInput in = Tf.loadOk(GUIDE.resolve("eks-cluster.tf").toString());
    Resource eks = Tf.resource(in, "module.eks");
    assertThat(eks.kind()).isEqualTo("module");
    assertThat(eks.apiVersion()).isEmpty();
    assertThat(eks.namespace()).isEmpty();
    assertThat(eks.ref()).isEqualTo("module.eks");
    assertThat(eks.position().line()).isEqualTo(8);
    Node version = eks.node().at("cluster_version");
    assertThat(version.text()).contains("1.28");
    assertThat(type(version)).isEqualTo(ScalarType.STRING);
    assertThat(version.position().line()).isEqualTo(13);
    assertThat(eks.node().at("version").text()).contains("~> 19.0");
    assertThat(eks.node().at("cluster_endpoint_public_access").asBoolean()).contains(true);
    assertThat(eks.node().at("cluster_endpoint_public_access_cidrs", "0").text()).contains("10.0.0.0/8");
    Node subnets = eks.node().at("subnet_ids");
    assertThat(type(subnets)).isEqualTo(ScalarType.EXPRESSION);
    assertThat(subnets.text()).contains("module.vpc.private_subnets");
    assertThat(subnets.asBoolean()).isEmpty();
    assertThat(subnets.asLong()).isEmpty();
    assertThat(subnets.asNumber()).isEmpty();
    // jsonencode(...) is the structure itself
    Node env = eks.node().at("cluster_addons", "vpc-cni", "configuration_values", "env");
    assertThat(env.at("ENABLE_PREFIX_DELEGATION").text()).contains("true");
    assertThat(env.at("ENABLE_PREFIX_DELEGATION").position().line()).isEqualTo(36);
    Node general = eks.node().at("eks_managed_node_groups", "general");
    assertThat(general.at("min_size").asLong()).hasValue(3);
    assertThat(general.at("capacity_type").text()).contains("SPOT");
    assertThat(eks.node().at("eks_managed_node_groups", "compute", "taints", "0", "effect").text()).contains("NO_SCHEDULE");
  }

  @Test
  void theGuidesIrsaPolicyIsReadableAsAStructure() {
    LoadedInput in = Tf.loadOk(GUIDE.resolve("irsa.tf").toString());
    Resource policy = Tf.resource(in, "aws_iam_policy.s3_access");
    assertThat(policy.kind()).isEqualTo("aws_iam_policy");
    Node statement = policy.node().at("policy", "Statement", "0");
    assertThat(statement.at("Action").items()).extracting(n -> n.text().orElse("")).contains("s3:DeleteObject");
    assertThat(statement.at("Resource").text()).contains("arn:aws:s3:::my-app-bucket/*");
    Resource irsa = Tf.resource(in, "module.s3_access_irsa");
    assertThat(irsa.node().at("oidc_providers", "main", "namespace_service_accounts", "0").text()).contains("production:s3-app");
  }

  @Test
  void moduleVersionsAndTheirInputNames() {
    Resource v18 = Tf.resource(Tf.loadOk(file("eks-module-v18.tf")), "module.eks");
    assertThat(v18.node().at("cluster_version").text()).contains("1.24"); // variable default
    assertThat(v18.node().at("cluster_name").text()).contains("legacy-old"); // local with a conditional
    assertThat(v18.node().at("tags", "Team").text()).contains("platform");
    Resource v19 = Tf.resource(Tf.loadOk(file("eks-module-v19.tf")), "module.eks");
    assertThat(v19.node().at("cluster_name").text()).contains("team-a-eks");
    assertThat(v19.node().at("cluster_endpoint_public_access_cidrs").items()).hasSize(2);
    assertThat(v19.node().at("cluster_addons", "vpc-cni", "configuration_values", "enableNetworkPolicy").text()).contains("true");
    assertThat(v19.node().at("eks_managed_node_groups", "on_demand", "metadata_options", "http_tokens").text()).contains("required");
    Resource v20 = Tf.resource(Tf.loadOk(file("eks-module-v20.tf")), "module.eks");
    assertThat(v20.node().at("authentication_mode").text()).contains("API");
    assertThat(v20.node().at("cluster_enabled_log_types").items()).hasSize(5);
    assertThat(v20.node().at("cloudwatch_log_group_retention_in_days").asLong()).hasValue(90);
    Resource v21 = Tf.resource(Tf.loadOk(file("eks-module-v21.tf")), "module.eks");
    assertThat(v21.node().at("kubernetes_version").text()).contains("1.33");
    assertThat(v21.node().at("endpoint_public_access").asBoolean()).contains(false);
    assertThat(v21.node().at("addons", "vpc-cni", "configuration_values", "enableNetworkPolicy").text()).contains("true");
  }

  @Test
  void nestedBlocksAreListsAndDynamicBlocksAreMarked() {
    LoadedInput in = Tf.loadOk(file("dynamic-blocks.tf"));
    Resource sg = Tf.resource(in, "aws_security_group.nodes");
    assertThat(sg.node().at("ingress").isMissing()).isTrue();
    Node dynamic = sg.node().at("dynamic", "0");
    assertThat(dynamic.at("@label").text()).contains("ingress");
    assertThat(dynamic.at("for_each").items()).hasSize(2);
    assertThat(type(dynamic.at("content", "0", "from_port"))).isEqualTo(ScalarType.EXPRESSION);
    assertThat(sg.node().at("egress").isList()).isTrue();
    assertThat(sg.node().at("egress", "0", "cidr_blocks", "0").text()).contains("0.0.0.0/0");
    assertThat(sg.node().at("lifecycle", "0", "create_before_destroy").asBoolean()).contains(true);
    Resource lt = Tf.resource(in, "aws_launch_template.nodes");
    assertThat(lt.node().at("metadata_options", "0", "http_put_response_hop_limit").asLong()).hasValue(2);
    assertThat(lt.node().at("metadata_options").position().line()).isEqualTo(35);
  }

  @Test
  void heredocPoliciesAndPolicyDocuments() {
    LoadedInput in = Tf.loadOk(file("heredoc-iam.tf"));
    Node trust = Tf.resource(in, "aws_iam_role.cluster_autoscaler").node().at("assume_role_policy");
    assertThat(type(trust)).isEqualTo(ScalarType.EXPRESSION); // interpolates a module output
    assertThat(trust.text().get()).startsWith("<<EOF\n{");
    Node policy = Tf.resource(in, "aws_iam_policy.autoscaler").node().at("policy");
    assertThat(type(policy)).isEqualTo(ScalarType.STRING);
    assertThat(policy.text().get()).startsWith("{\n  \"Version\"").contains("\n      \"Action\"");
    Resource doc = Tf.resource(in, "data.aws_iam_policy_document.irsa_trust");
    assertThat(doc.kind()).isEqualTo("data.aws_iam_policy_document");
    assertThat(doc.node().at("statement", "0", "condition", "0", "values", "0").text())
        .contains("system:serviceaccount:kube-system:cluster-autoscaler");
  }

  @Test
  void forExpressionsAndSplatsStaySymbolicWhilePureFunctionsEvaluate() {
    Resource ng = Tf.resource(Tf.loadOk(file("for-expressions.tf")), "aws_eks_node_group.this");
    assertThat(ng.node().at("subnet_ids").text()).contains("module.vpc.private_subnets[*]");
    assertThat(ng.node().at("tags", "AZs").text()).contains("eu-west-1a,eu-west-1b,eu-west-1c");
    assertThat(ng.node().at("tags", "Count").asLong()).hasValue(3);
    assertThat(ng.node().at("tags", "Names").text()).contains("compute system");
    assertThat(ng.node().at("for_each", "compute", "max").asLong()).hasValue(10);
    assertThat(ng.node().at("scaling_config", "0", "min_size").text()).contains("each.value.min");
  }

  @Test
  void templatesWithDirectivesResolve() {
    Resource lt = Tf.resource(Tf.loadOk(file("templates.tf")), "aws_launch_template.bootstrap");
    assertThat(lt.node().at("description").text()).contains("literal ${not_interpolated} and %{not_a_directive}");
    assertThat(lt.node().at("tags", "Unicode").text()).contains("café \uD83D\uDE80 tab\tquote\" backslash\\");
    assertThat(lt.node().at("tags", "Greet").text()).contains("small nodes");
    String userData = new String(java.util.Base64.getDecoder().decode(lt.node().at("user_data").text().get()),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(userData).startsWith("#!/bin/bash\nset -o xtrace\n")
        .contains("--max-pods=110 --node-labels=team=platform --node-labels=tier=system'")
        .contains("echo \"prefix delegation\"").doesNotContain("secondary IPs");
    assertThat(type(lt.node().at("tags", "Script"))).isEqualTo(ScalarType.EXPRESSION);
  }

  @Test
  void providerAndTerraformBlocks() {
    LoadedInput in = Tf.loadOk(file("providers.tf"));
    Resource tf = Tf.resource(in, "terraform");
    assertThat(tf.kind()).isEqualTo("terraform");
    assertThat(tf.node().at("required_providers", "0", "aws", "version").text()).contains(">= 5.95, < 6.0");
    assertThat(tf.node().at("backend", "0", "@label").text()).contains("s3");
    assertThat(Tf.resource(in, "provider.aws").node().at("region").text()).contains("eu-west-1");
    assertThat(Tf.resource(in, "provider.aws.us_east_1").kind()).isEqualTo("provider");
    assertThat(Tf.resource(in, "provider.kubernetes").node().at("exec", "0", "args", "3").text()).contains("module.eks.cluster_name");
  }

  @Test
  void rawEksResourcesAndSuppressionComments() {
    LoadedInput in = Tf.loadOk(file("raw-eks.tf"));
    Resource cluster = Tf.resource(in, "aws_eks_cluster.this");
    assertThat(cluster.node().at("vpc_config", "0", "public_access_cidrs", "0").text()).contains("0.0.0.0/0");
    assertThat(cluster.node().at("encryption_config", "0", "provider", "0", "key_arn").text()).contains("aws_kms_key.eks.arn");
    assertThat(cluster.node().at("seaworthy.dev/ignore").text()).contains("endpoint-public-unrestricted,cluster-logging-incomplete");
    assertThat(cluster.node().at("seaworthy.dev/ignore-reason").text()).contains("reviewed by the platform team");
    assertThat(cluster.node().at("seaworthy.dev/ignore").position().line()).isEqualTo(10);
    Resource ng = Tf.resource(in, "aws_eks_node_group.general");
    assertThat(ng.node().at("seaworthy.dev/ignore").text()).contains("node-group-spot-only");
    assertThat(ng.node().at("seaworthy.dev/ignore-reason").isMissing()).isTrue();
    assertThat(Tf.resource(in, "aws_kms_key.eks").node().at("seaworthy.dev/ignore").isMissing()).isTrue();
    assertThat(Tf.resource(in, "aws_eks_addon.vpc_cni").node().at("configuration_values", "enableNetworkPolicy").text()).contains("false");
  }

  @Test
  void vpcModuleConditionalsOnVariables() {
    Resource vpc = Tf.resource(Tf.loadOk(file("vpc.tf")), "module.vpc");
    assertThat(vpc.node().at("single_nat_gateway").asBoolean()).contains(true);
    assertThat(vpc.node().at("one_nat_gateway_per_az").asBoolean()).contains(false);
    assertThat(vpc.node().at("private_subnet_tags", "karpenter.sh/discovery").text()).contains("staging-cluster");
    assertThat(type(vpc.node().at("azs"))).isEqualTo(ScalarType.EXPRESSION);
  }

  @Test
  void variablesTfvarsAndAutoTfvarsInTerraformsOrder() {
    LoadedInput in = Tf.load(VALID.resolve("vars").toString());
    assertThat(in.errors()).isEmpty();
    assertThat(in.notices()).anyMatch(n -> n.position().file().endsWith("other.tfvars") && n.message().contains("-var-file"));
    Node c = Tf.resource(in, "aws_eks_cluster.shop").node();
    assertThat(c.at("version").text()).contains("1.29"); // terraform.tfvars over the default
    assertThat(c.at("name").text()).contains("shop-production"); // prod.auto.tfvars over terraform.tfvars
    assertThat(c.at("vpc_config", "0", "endpoint_public_access").asBoolean()).contains(false);
    assertThat(c.at("tags", "HighlyAvailable").asBoolean()).contains(true);
    assertThat(c.at("tags", "Nodes").asLong()).hasValue(6);
    // the resolved value sits where it is used
    assertThat(c.at("version").position().file()).endsWith("main.tf");
    assertThat(c.at("version").position().line()).isEqualTo(33);
    // a required variable nobody sets, and a cycle between locals, stay unknown
    assertThat(c.at("vpc_config", "0", "subnet_ids", "0").text()).contains("var.required_only");
    assertThat(type(c.at("tags", "Loop"))).isEqualTo(ScalarType.EXPRESSION);
  }

  @Test
  void aNamedVarFileIsAppliedLast() {
    LoadedInput in = Tf.load(VALID.resolve("vars").toString(), VALID.resolve("vars/other.tfvars").toString());
    assertThat(Tf.resource(in, "aws_eks_cluster.shop").node().at("name").text()).contains("shop-never-applied");
  }

  @Test
  void nestedModuleFoldersAreModulesOfTheirOwn() {
    LoadedInput in = Tf.loadOk(VALID.resolve("nested").toString());
    assertThat(in.resources()).extracting(Resource::name)
        .containsExactlyInAnyOrder("module.eks", "module.workers", "aws_eks_node_group.this");
    assertThat(Tf.resource(in, "module.workers").node().at("source").text()).contains("./modules/node-group");
    // not evaluated as a call: the module's own default, not the caller's 3
    assertThat(Tf.resource(in, "aws_eks_node_group.this").node().at("scaling_config", "0", "min_size").asLong()).hasValue(1);
    assertThat(Tf.resource(in, "aws_eks_node_group.this").position().file()).endsWith("modules/node-group/main.tf");
  }
}
