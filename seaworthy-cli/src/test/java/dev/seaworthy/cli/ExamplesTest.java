package dev.seaworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled examples, audited through the CLI exactly as the README runs them. */
class ExamplesTest {

  private static final String GUIDE = Path.of("..", "examples", "eks-production").toString();
  private static final String FIXED = Path.of("..", "examples", "eks-production-fixed").toString();

  @Test
  void theGuideAsWrittenFailsWithEachOfItsWorkloadMistakes() {
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", GUIDE);
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    String out = run.out();
    // eks-facts.md table g, the mistakes a manifest audit can prove
    assertThat(out).containsPattern("pod-security-policy.yaml:2 .*PodSecurityPolicy was removed.*\\[api-removed\\]");   // G3
    assertThat(out).contains("autoscaling/karpenter-provisioner.yaml").contains("[unknown-kind]");         // G4
    assertThat(out).containsPattern("karpenter-provisioner.yaml:\\d+ .*v1alpha5.*\\[api-removed\\]");       // G4
    assertThat(out).containsPattern("cluster-autoscaler.yaml:\\d+ .*k8s.gcr.io.*\\[image-registry-frozen\\]"); // G5
    assertThat(out).containsPattern("alb-ingress.yaml:\\d+ .*\\[deprecated-annotation\\]");                // G6
    assertThat(out).containsPattern("external-secrets.yaml:\\d+ .*\\[api-removed\\]");                     // G7
    assertThat(out).containsPattern("container-insights.yaml:\\d+ .*\\[image-tag-mutable\\]");             // G10
    assertThat(out).containsPattern("service-account.yaml:\\d+ .*\\[image-tag-mutable\\]");                // G11
    assertThat(out).containsPattern("service-account.yaml:\\d+ .*\\[workload-selector-missing\\]");        // G15
    assertThat(out).containsPattern("cluster-autoscaler.yaml:\\d+ .*\\[workload-selector-missing\\]");     // G15
    assertThat(run.out()).doesNotContain("Input errors");
  }

  @Test
  void theGuideAsWrittenShowsItsPlatformMistakesOnTheirLines() {
    String out = CliRun.of("audit", "--no-config", "--date", "2026-11-24", GUIDE).out();
    // DNS allowed over UDP only: the line of the UDP port entry
    assertThat(out).containsPattern("network-policies.yaml:\\d+ .*UDP port 53 only.*\\[network-policy-dns-udp-only\\]");
    // Fluent Bit reads containerd (CRI) logs with the docker parser
    assertThat(out).containsPattern("fluent-bit.yaml:\\d+ .*\\[fluent-bit-docker-parser-on-containerd\\]");
    // s3-app names no namespace while its ServiceAccount is in production
    assertThat(out).containsPattern("service-account.yaml:\\d+ .*production.*\\[service-account-in-other-namespace\\]");
    // IRSA role ARNs with a 9-digit account; a CloudFront-scope WAF on an ALB
    assertThat(out).containsPattern("service-account.yaml:\\d+ .*\\[irsa-role-arn-malformed\\]");
    assertThat(out).containsPattern("alb-ingress.yaml:\\d+ .*\\[alb-wafv2-acl-arn-invalid\\]");
    // APIs are judged against the cluster the guide's Terraform defines (1.28), so the Cluster
    // Autoscaler 1.28 image matches it (G5: "CA minor = cluster minor" is right)...
    assertThat(out).containsPattern("eks-cluster.tf:\\d+:\\d+: APIs are judged against Kubernetes 1.28, the version of module \"eks\"");
    assertThat(out).doesNotContain("[cluster-autoscaler-version-mismatch]");
    // ...and against a newer target it no longer does
    assertThat(CliRun.of("audit", "--no-config", "--date", "2026-11-24", "--kubernetes-version", "1.35", GUIDE).out())
        .containsPattern("cluster-autoscaler.yaml:\\d+ .*\\[cluster-autoscaler-version-mismatch\\]");
    // the PodSecurityPolicy gets its Pod Security Admission translation
    assertThat(out).contains("[pod-security-policy-to-psa]");
  }

  @Test
  void theGuidesTerraformAndEksctlMistakesAreReportedOnTheirLines() {
    String out = CliRun.of("audit", "--no-config", "--date", "2026-11-24", GUIDE).out();
    String tf = "terraform/eks-cluster.tf:";
    String spot = "cost/spot-node-pool.yaml:";
    // G1: module v19 superseded and broken by AWS provider 6; Kubernetes 1.28 past extended support
    assertThat(out).contains(tf + "10 ").containsPattern(tf + "10 .*\\[eks-module-major-outdated\\]");
    assertThat(out).containsPattern(tf + "10 .*\\[eks-module-provider-incompatible\\]");
    assertThat(out).containsPattern(tf + "13 .*1.28.*\\[eks-version-unsupported\\]");
    // G2: 10.0.0.0/8 as a public-access CIDR protects nothing
    assertThat(out).containsPattern(tf + "22 .*10.0.0.0/8.*\\[eks-endpoint-public-cidr-private\\]");
    // G13: the customer KMS key is ignored while create_kms_key keeps its default
    assertThat(out).containsPattern(tf + "25 .*\\[eks-kms-key-ignored\\]");
    // G14: prefix delegation applied after the nodes start, aws-node on the node role
    assertThat(out).containsPattern(tf + "32 .*\\[eks-vpc-cni-config-after-nodes\\]");
    assertThat(out).containsPattern(tf + "32 .*\\[eks-vpc-cni-shared-node-role\\]");
    // the guide's NetworkPolicies are not enforced: the VPC CNI add-on does not enable network policy
    assertThat(out).containsPattern(tf + "\\d+ .*\\[network-policy-not-enforced\\]");
    // G9: both node groups (and the eksctl one) on Spot: no On-Demand capacity for system pods
    assertThat(out).containsPattern(tf + "\\d+ .*\\[eks-no-on-demand-capacity\\]");
    // G8: maxPrice, Xen and burstable types, three types only, a soft taint; self-managed
    assertThat(out).containsPattern(spot + "12 .*\\[eks-spot-max-price\\]");
    assertThat(out).containsPattern(spot + "\\d+ .*t2.large.*\\[eks-nodegroup-xen-instance\\]");
    assertThat(out).containsPattern(spot + "\\d+ .*\\[eks-spot-instance-diversity\\]");
    assertThat(out).containsPattern(spot + "\\d+ .*PreferNoSchedule.*\\[eks-spot-taint-soft\\]");
    assertThat(out).containsPattern(spot + "\\d+ .*\\[eks-nodegroup-self-managed\\]");
    assertThat(out).doesNotContain("[eks-nodegroup-mixed-shapes]"); // t3a/t3/t2.large share one shape
    // agents that cannot run on the module's NO_SCHEDULE compute group
    assertThat(out).containsPattern("container-insights.yaml:\\d+ .*compute=true:NoSchedule.*\\[daemonset-taint-not-tolerated\\]");
    // what the guide gets right stays quiet: G12 (module v19 logs audit by default), the scoped S3 policy,
    // the IRSA trust, the private endpoint access, the encryption itself
    assertThat(out).doesNotContain("[eks-audit-logging-disabled]").doesNotContain("[irsa-policy-wildcard]")
        .doesNotContain("[irsa-trust-unscoped]").doesNotContain("[eks-endpoint-private-access-disabled]")
        .doesNotContain("[eks-secrets-encryption-disabled]").doesNotContain("[eks-endpoint-public-unrestricted]");
    // the eksctl file only adds node groups to the cluster Terraform defines: no eksctl cluster defaults
    assertThat(out).doesNotContainPattern(spot + "\\d+ .*\\[eks-(endpoint|audit|secrets|irsa)-");
  }

  @Test
  void theFixedSetupAuditsCleanWithScore100() {
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", FIXED);
    assertThat(run.out()).contains("0 critical, 0 high, 0 medium, 0 low, 0 info").contains("score 100/100, grade A");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void theFixedSetupIsCleanEvenWithOffByDefaultRulesExceptCpuLimits() {
    CliRun run = CliRun.of("audit", "--no-config", "--date", "2026-11-24", "--include", "*", "--exclude", "cpu-limit-missing", FIXED);
    assertThat(run.out()).contains("0 critical, 0 high, 0 medium, 0 low, 0 info");
  }
}
