package dev.seaworthy.report.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.ResourceRef;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.testing.TerraformYaml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status definitions of docs/checklist.md, item by item, on small inputs and with test rules
 * (the real catalog lives in seaworthy-rules; the CLI tests run it on the bundled examples).
 */
class ChecklistTest {

  // --- test rules: fire on objects annotated test/fire, so each test decides what fails ---------

  @RuleInfo(
      id = "test-netpol-medium",
      title = "Test rule on NetworkPolicies",
      severity = Severity.MEDIUM,
      category = Category.NETWORK,
      checklist = {ChecklistItem.NETWORK_POLICIES},
      description = "Fires on NetworkPolicies annotated test/fire: medium, so the item fails.",
      remediation = "Remove the annotation.",
      example = "kind: NetworkPolicy",
      fixedExample = "kind: NetworkPolicy")
  static final class NetpolMedium implements ResourceRule {
    @Override
    public boolean appliesTo(Resource r) {
      return r.kind().equals("NetworkPolicy");
    }

    @Override
    public List<Violation> check(Resource r, RuleContext c) {
      return r.annotation("test/fire").filter("medium"::equals).isPresent() ? Violation.one(r.metadata(), "fires") : List.of();
    }
  }

  @RuleInfo(
      id = "test-netpol-low",
      title = "Low test rule on NetworkPolicies",
      severity = Severity.LOW,
      category = Category.NETWORK,
      checklist = {ChecklistItem.NETWORK_POLICIES},
      description = "Fires on NetworkPolicies annotated test/fire: low, so the item is partial.",
      remediation = "Remove the annotation.",
      example = "kind: NetworkPolicy",
      fixedExample = "kind: NetworkPolicy")
  static final class NetpolLow implements ResourceRule {
    @Override
    public boolean appliesTo(Resource r) {
      return r.kind().equals("NetworkPolicy");
    }

    @Override
    public List<Violation> check(Resource r, RuleContext c) {
      return r.annotation("test/fire").filter("low"::equals).isPresent() ? Violation.one(r.metadata(), "fires low") : List.of();
    }
  }

  @RuleInfo(
      id = "test-rejected",
      title = "Test validity rule",
      severity = Severity.HIGH,
      category = Category.VALIDITY,
      description = "Fires on any object annotated test/reject: the API server would reject it.",
      remediation = "Remove the annotation.",
      example = "kind: Pod",
      fixedExample = "kind: Pod")
  static final class Rejected implements ResourceRule {
    @Override
    public boolean appliesTo(Resource r) {
      return true;
    }

    @Override
    public List<Violation> check(Resource r, RuleContext c) {
      return r.annotation("test/reject").isPresent() ? Violation.one(r.metadata(), "rejected") : List.of();
    }
  }

  @RuleInfo(
      id = "test-secret-never",
      title = "Test rule mapped to the DR drill",
      severity = Severity.HIGH,
      category = Category.DR,
      checklist = {ChecklistItem.DR_TESTING},
      description = "Fires on ConfigMaps annotated test/dr: even an item no input can prove can be disproved.",
      remediation = "Remove the annotation.",
      example = "kind: ConfigMap",
      fixedExample = "kind: ConfigMap")
  static final class DrRule implements ResourceRule {
    @Override
    public boolean appliesTo(Resource r) {
      return r.kind().equals("ConfigMap");
    }

    @Override
    public List<Violation> check(Resource r, RuleContext c) {
      return r.annotation("test/dr").isPresent() ? Violation.one(r.metadata(), "dr") : List.of();
    }
  }

  private static final List<Rule> ALL_RULES = List.of(new NetpolMedium(), new NetpolLow(), new Rejected(), new DrRule());

  private static ChecklistReport checklist(String yaml) {
    return checklist(yaml, ALL_RULES);
  }

  private static ChecklistReport checklist(String yaml, List<Rule> rules) {
    LoadedInput input = new ManifestLoader().loadText("in.yaml", yaml);
    assertThat(input.errors()).isEmpty();
    RuleRegistry registry = new RuleRegistry(rules);
    AuditReport report =
        new AuditEngine(registry)
            .audit(input, AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 11, 24)).withThreads(1).withBuiltInExemptions(false));
    return Checklist.evaluate(report, input.resources(), registry.metas());
  }

  private static final String NAMESPACE = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
      """;

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: example.com/web:1.0
      """;

  private static String policy(String name, String annotations) {
    return """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: %s
          namespace: shop
          annotations: {%s}
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        """.formatted(name, annotations);
  }

  private static String docs(String... docs) {
    return String.join("---\n", docs);
  }

  // --- the shape ------------------------------------------------------------------------------

  @Test
  void everyItemOfTheGuideInOrderWithAReasonAndAProof() {
    ChecklistReport c = checklist("");
    assertThat(c.items()).extracting(ItemResult::item).containsExactly(ChecklistItem.values());
    for (ItemResult r : c.items()) {
      assertThat(r.reason()).as(r.item().text()).isNotBlank();
      assertThat(r.proof()).as(r.item().text()).isNotBlank();
    }
  }

  @Test
  void emptyInputPassesNothing() {
    ChecklistReport c = checklist("");
    assertThat(c.items()).allSatisfy(r -> assertThat(r.status()).as(r.item().text()).isEqualTo(Status.MANUAL));
  }

  // --- PASS, FAIL, PARTIAL, MANUAL on one item --------------------------------------------------

  @Test
  void noPolicyAndNoNamespaceIsManualNamingWhatIsMissing() {
    ItemResult r = checklist(DEPLOYMENT).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.MANUAL);
    assertThat(r.reason()).isEqualTo("no NetworkPolicy in the audited input");
  }

  @Test
  void aDeclaredNamespaceWithWorkloadsAndNoPolicyFails() {
    ItemResult r = checklist(docs(NAMESPACE, DEPLOYMENT)).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.reason()).contains("namespace shop").contains("no NetworkPolicy");
  }

  @Test
  void defaultDenyEvaluatedByAMappedRuleWithNothingFailingPasses() {
    ItemResult r = checklist(docs(NAMESPACE, DEPLOYMENT, policy("deny", ""))).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.evidence()).extracting(e -> e.display()).containsExactly("NetworkPolicy/shop/deny");
    assertThat(r.rules()).extracting(x -> x.rule().id()).containsExactly("test-netpol-low", "test-netpol-medium");
    assertThat(r.rules()).allSatisfy(x -> assertThat(x.passed()).isEqualTo(1));
    assertThat(r.reason()).contains("2 rules passed 2 of 2 checks");
  }

  @Test
  void aMediumFindingOfAMappedRuleFailsAndNamesTheLine() {
    ItemResult r = checklist(docs(DEPLOYMENT, policy("deny", "test/fire: medium"))).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("test-netpol-medium");
      assertThat(f.position().line()).isEqualTo(19); // the policy's metadata, after the Deployment
    });
    assertThat(r.reason()).contains("1 open finding at medium or above (test-netpol-medium)");
  }

  @Test
  void onlyLowFindingsArePartial() {
    ItemResult r = checklist(docs(DEPLOYMENT, policy("deny", "test/fire: low"))).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).startsWith("only low or info findings");
  }

  @Test
  void suppressedFindingsDoNotFailButAreShown() {
    ItemResult r = checklist(docs(DEPLOYMENT,
        policy("deny", "test/fire: medium, seaworthy.dev/ignore: test-netpol-medium, seaworthy.dev/ignore-reason: accepted")))
        .item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.suppressed()).singleElement().satisfies(s -> assertThat(s.suppression().reason()).isEqualTo("accepted"));
  }

  @Test
  void evidenceWithNoRuleToCheckItIsPartialNeverPass() {
    ItemResult r = checklist(docs(DEPLOYMENT, policy("deny", "")), List.of()).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).isEqualTo("NetworkPolicy/shop/deny found, but no Seaworthy rule checks this item yet");
  }

  @Test
  void mappedRulesThatDidNotRunAreSaidSo() {
    LoadedInput input = new ManifestLoader().loadText("in.yaml", docs(DEPLOYMENT, policy("deny", "")));
    RuleRegistry registry = new RuleRegistry(ALL_RULES);
    AuditReport report =
        new AuditEngine(registry).audit(input, AuditConfig.defaults().withThreads(1).withRuleFilter(List.of("test-rejected"), List.of()));
    ItemResult r = Checklist.evaluate(report, input.resources(), registry.metas()).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).contains("did not run");
    assertThat(r.rules()).allSatisfy(x -> assertThat(x.ran()).isFalse());
  }

  @Test
  void aNamespaceWithoutDefaultDenyOrWithoutAnyPolicyIsAGap() {
    String allowOnly = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-web
          namespace: shop
        spec:
          podSelector:
            matchLabels: {app: web}
          ingress:
            - from: [{podSelector: {}}]
        """;
    String other = DEPLOYMENT.replace("namespace: shop", "namespace: blog");
    ItemResult r = checklist(docs(DEPLOYMENT, other, allowOnly)).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.missing()).anySatisfy(m -> assertThat(m).startsWith("namespace blog has workloads (Deployment/blog/web)"));
    assertThat(r.missing()).anySatisfy(m -> assertThat(m).startsWith("namespace shop has no default-deny NetworkPolicy for egress and ingress"));
  }

  @Test
  void evidenceThatWouldNotApplyFailsAndPartlyBrokenEvidenceIsAGap() {
    String broken = policy("deny", "test/reject: yes");
    ItemResult all = checklist(docs(DEPLOYMENT, broken)).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(all.status()).isEqualTo(Status.FAIL);
    assertThat(all.reason()).contains("nothing that would provide it applies as written: NetworkPolicy/shop/deny (test-rejected)");
    assertThat(all.evidenceFindings()).extracting(f -> f.ruleId()).containsExactly("test-rejected");

    ItemResult some = checklist(docs(DEPLOYMENT, broken, policy("deny2", ""))).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(some.status()).isEqualTo(Status.PARTIAL);
    assertThat(some.missing()).anySatisfy(m -> assertThat(m).startsWith("NetworkPolicy/shop/deny would not apply as written [test-rejected]"));
  }

  @Test
  void itemsNoInputCanProveStayManualUnlessAMappedRuleFails() {
    ChecklistReport clean = checklist(DEPLOYMENT);
    assertThat(clean.item(ChecklistItem.DR_TESTING).status()).isEqualTo(Status.MANUAL);
    assertThat(clean.item(ChecklistItem.COST_MONITORING).status()).isEqualTo(Status.MANUAL);
    assertThat(clean.item(ChecklistItem.DR_TESTING).proof()).contains("restore drill");

    ChecklistReport failing = checklist("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: runbook
          annotations: {test/dr: "yes"}
        """);
    assertThat(failing.item(ChecklistItem.DR_TESTING).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void helmTestHooksAreNotEvidence() {
    ItemResult r = checklist(docs(DEPLOYMENT, policy("deny", "helm.sh/hook: test")), List.of()).item(ChecklistItem.NETWORK_POLICIES);
    assertThat(r.evidence()).isEmpty();
  }

  // --- item-specific evidence -------------------------------------------------------------------

  private static String clusterConfig(String body) {
    return """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        """ + body;
  }

  @Test
  void selfManagedNodeGroupsOnlyFailManagedNodeGroupsAndOnDemandOnlyFailsSpot() {
    ChecklistReport c = checklist(clusterConfig("""
        nodeGroups:
          - name: workers
            instanceType: m6i.large
        """));
    assertThat(c.item(ChecklistItem.MANAGED_NODE_GROUPS).status()).isEqualTo(Status.FAIL);
    assertThat(c.item(ChecklistItem.MANAGED_NODE_GROUPS).reason()).contains("\"workers\"");
    assertThat(c.item(ChecklistItem.SPOT_INSTANCES).status()).isEqualTo(Status.FAIL);
    assertThat(c.item(ChecklistItem.SPOT_INSTANCES).reason()).contains("none of it is Spot");
  }

  @Test
  void managedSpotNodeGroupsAreEvidence() {
    ChecklistReport c = checklist(clusterConfig("""
        managedNodeGroups:
          - name: spot
            spot: true
            instanceTypes: [m6i.large, m6a.large]
        """), List.of());
    assertThat(c.item(ChecklistItem.MANAGED_NODE_GROUPS).status()).isEqualTo(Status.PARTIAL);
    assertThat(c.item(ChecklistItem.MANAGED_NODE_GROUPS).evidence()).hasSize(1);
    assertThat(c.item(ChecklistItem.SPOT_INSTANCES).evidence()).hasSize(1);
    assertThat(c.item(ChecklistItem.SPOT_INSTANCES).notes()).anySatisfy(n -> assertThat(n).contains("\"spot\""));
  }

  @Test
  void auditLoggingFailsOnlyWhenTheLogTypesLeaveAuditOut() {
    assertThat(checklist(clusterConfig("cloudWatch:\n  clusterLogging:\n    enableTypes: [api, authenticator]\n"))
        .item(ChecklistItem.AUDIT_LOGGING).status()).isEqualTo(Status.FAIL);
    ItemResult silent = checklist(clusterConfig("")).item(ChecklistItem.AUDIT_LOGGING);
    assertThat(silent.status()).isEqualTo(Status.FAIL);
    assertThat(silent.reason()).contains("no control-plane log type").contains("eksctl");
    ItemResult on = checklist(clusterConfig("cloudWatch:\n  clusterLogging:\n    enableTypes: [\"*\"]\n")).item(ChecklistItem.AUDIT_LOGGING);
    assertThat(on.evidence()).hasSize(1);
    assertThat(on.status()).isEqualTo(Status.PARTIAL); // no rule maps to audit logging yet
  }

  @Test
  void terraformNodeGroupsAndModuleLogDefaultsAreEvidence() {
    List<Resource> terraform = TerraformYaml.resources("main.tf", """
        module.eks:
          source: terraform-aws-modules/eks/aws
          version: "~> 19.0"
          cluster_name: prod
          eks_managed_node_groups:
            general:
              instance_types: [m6i.large]
              capacity_type: SPOT
        """);
    RuleRegistry registry = new RuleRegistry(List.of());
    AuditReport report = new AuditEngine(registry).audit(
        new LoadedInput(terraform, List.of(), List.of(), 1), AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 11, 24)).withThreads(1));
    ChecklistReport c = Checklist.evaluate(report, terraform, registry.metas());
    assertThat(c.item(ChecklistItem.MANAGED_NODE_GROUPS).evidence()).hasSize(1);
    assertThat(c.item(ChecklistItem.MANAGED_NODE_GROUPS).missing()).isEmpty();
    assertThat(c.item(ChecklistItem.SPOT_INSTANCES).evidence()).hasSize(1);
    ItemResult logging = c.item(ChecklistItem.AUDIT_LOGGING);
    assertThat(logging.evidence()).hasSize(1);
    assertThat(logging.notes()).anySatisfy(n -> assertThat(n).contains("logs audit").contains("v19"));
  }

  @Test
  void anEksctlConfigThatOnlyAddsNodeGroupsToATerraformClusterIsNotJudgedForLogging() {
    List<Resource> resources = new ArrayList<>(TerraformYaml.resources("main.tf", """
        aws_eks_cluster.this:
          name: production-cluster
          enabled_cluster_log_types: [audit, api]
        """));
    resources.addAll(new ManifestLoader().loadText("ng.yaml", """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: production-cluster
          region: eu-west-1
        nodeGroups:
          - name: workers
        """).resources());
    RuleRegistry registry = new RuleRegistry(List.of());
    AuditReport report = new AuditEngine(registry).audit(
        new LoadedInput(resources, List.of(), List.of(), 2), AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 11, 24)).withThreads(1));
    ItemResult logging = Checklist.evaluate(report, resources, registry.metas()).item(ChecklistItem.AUDIT_LOGGING);
    assertThat(logging.evidence()).extracting(ResourceRef::kind).containsExactly("aws_eks_cluster");
    assertThat(logging.missing()).isEmpty();
  }

  @Test
  void karpenterNodeClassesWithoutANodePoolFailAutoscaling() {
    ItemResult r = checklist("""
        apiVersion: karpenter.k8s.aws/v1
        kind: EC2NodeClass
        metadata:
          name: default
        spec:
          role: KarpenterNodeRole
        """).item(ChecklistItem.CLUSTER_AUTOSCALING);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.reason()).contains("no NodePool");
  }

  @Test
  void secretValuesInManifestsWithoutAStoreFailSecretsManagement() {
    ItemResult r = checklist("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: shop
        stringData:
          password: not-a-real-one
        """).item(ChecklistItem.SECRETS_MANAGEMENT);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.reason()).contains("Secret/shop/db").doesNotContain("not-a-real-one");
  }

  @Test
  void ingressesServedByAnotherControllerFailAlbAndClassicLoadBalancersAreGaps() {
    String nginx = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          namespace: shop
        spec:
          ingressClassName: nginx
        """;
    assertThat(checklist(nginx).item(ChecklistItem.ALB_INGRESS).status()).isEqualTo(Status.FAIL);
    String alb = nginx.replace("nginx", "alb");
    String classic = """
        apiVersion: v1
        kind: Service
        metadata:
          name: legacy
          namespace: shop
        spec:
          type: LoadBalancer
        """;
    ItemResult r = checklist(docs(alb, classic)).item(ChecklistItem.ALB_INGRESS);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.missing()).singleElement().satisfies(m -> assertThat(m).contains("Service/shop/legacy").contains("Classic Load Balancer"));
  }

  @Test
  void irsaRolesNobodyUsesAndStaticKeysAreGaps() {
    String sa = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: shop
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3
        """;
    // the guide's mistake: the Deployment has no namespace, so it runs in default with another ServiceAccount
    String deployment = DEPLOYMENT.replace("  namespace: shop\n", "").replace("    spec:\n      containers:", "    spec:\n      serviceAccountName: s3-app\n      containers:");
    ItemResult r = checklist(docs(sa, deployment)).item(ChecklistItem.IRSA);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.missing()).singleElement().satisfies(m -> assertThat(m).contains("ServiceAccount/shop/s3-app has an IAM role but nothing in namespace shop"));

    String used = deployment.replace("  name: web\n", "  name: web\n  namespace: shop\n");
    assertThat(checklist(docs(sa, used)).item(ChecklistItem.IRSA).missing()).isEmpty();

    String keys = DEPLOYMENT.replace("image: example.com/web:1.0", "image: example.com/web:1.0\n          env:\n            - name: AWS_ACCESS_KEY_ID\n              valueFrom: {secretKeyRef: {name: aws, key: id}}");
    ItemResult k = checklist(keys).item(ChecklistItem.IRSA);
    assertThat(k.status()).isEqualTo(Status.FAIL);
    assertThat(k.reason()).contains("static AWS keys");
  }

  @Test
  void resourceQuotasWithoutAQuotaObjectArePartialAtBest() {
    ItemResult r = checklist(DEPLOYMENT, List.of()).item(ChecklistItem.RESOURCE_QUOTAS);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).contains("no ResourceQuota").contains("shop");
  }

  @Test
  void veleroInstalledWithoutAScheduleFailsAndUncoveredDataIsAGap() {
    String bsl = """
        apiVersion: velero.io/v1
        kind: BackupStorageLocation
        metadata:
          name: default
          namespace: velero
        """;
    assertThat(checklist(bsl).item(ChecklistItem.VELERO_BACKUP).status()).isEqualTo(Status.FAIL);
    String schedule = """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: nightly
          namespace: velero
        spec:
          schedule: "0 2 * * *"
          template:
            includedNamespaces: [blog]
        """;
    String pvc = """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
          namespace: shop
        """;
    ItemResult r = checklist(docs(bsl, schedule, pvc)).item(ChecklistItem.VELERO_BACKUP);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.missing()).containsExactly("namespace shop holds persistent data and no Velero Schedule includes it");
  }

  // --- renderers ----------------------------------------------------------------------------------

  @Test
  void everyFormatRendersAndMarkupFormatsEscapeWhatComesFromTheInput() throws Exception {
    String hostile = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: "<script>alert(1)</script>|x"
          namespace: shop
        spec:
          podSelector: {}
        """;
    ChecklistReport c = checklist(docs(DEPLOYMENT, hostile));
    var options = new dev.seaworthy.report.ReportOptions("test", false);
    for (String format : ChecklistRenderers.formats()) {
      StringBuilder out = new StringBuilder();
      ChecklistRenderers.find(format).orElseThrow().write(c, options, out);
      assertThat(out).as(format).contains("Configure network policies");
      if (format.equals("markdown") || format.equals("html")) {
        assertThat(out.toString()).as(format).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
      }
    }
    assertThat(ChecklistRenderers.formats()).containsExactly("text", "json", "markdown", "html");
  }

  @Test
  void textTableHasOneLinePerItemWithoutFileLocations() throws Exception {
    StringBuilder out = new StringBuilder();
    new ChecklistText().write(checklist(docs(NAMESPACE, DEPLOYMENT)), new dev.seaworthy.report.ReportOptions("test", false), out);
    List<String> table = Arrays.stream(out.toString().split("\n")).filter(l -> l.matches("^\\s?\\d{1,2}  .*")).toList();
    assertThat(table).hasSize(15);
    assertThat(table.get(3)).contains("Configure network policies").contains("FAIL").doesNotContain("in.yaml:");
  }
}
