package dev.seaworthy.core.testing;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.engine.Finding;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.load.SourceLoader;
import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one rule through the real engine over inline YAML and checks its findings against markers.
 *
 * <p>A line {@code # expect: <rule-id> [message fragment]} says that the next line that is not a
 * comment must carry one finding of that rule (stack markers for several). Any finding on an
 * unmarked line fails the test, so every fixture is also a false-positive test. Audits run with
 * built-in exemptions off, one thread, on the fixed date 2026-11-24.
 */
public final class RuleTester {

  public static final LocalDate AUDIT_DATE = LocalDate.of(2026, 11, 24);
  private static final Pattern MARKER = Pattern.compile("^\\s*#\\s*expect:\\s*([a-z0-9-]+)\\s*(.*)$");

  private final Rule rule;
  private final RuleMeta meta;
  private final List<String> fixtures = new ArrayList<>();
  private final List<Kind> kinds = new ArrayList<>();
  private UnaryOperator<AuditConfig> configure = UnaryOperator.identity();

  private RuleTester(Rule rule) {
    this.rule = rule;
    this.meta = RuleMeta.of(rule.getClass());
  }

  public static RuleTester forRule(Rule rule) {
    return new RuleTester(rule);
  }

  /** Adds one YAML stream; each is audited on its own. */
  public RuleTester yaml(String text) {
    fixtures.add(text);
    kinds.add(Kind.YAML);
    return this;
  }

  /**
   * Adds one Terraform fixture written as YAML that mirrors the HCL loader's contract (see {@link
   * TerraformYaml}); audited on its own, markers as for {@link #yaml}.
   */
  public RuleTester terraformYaml(String text) {
    fixtures.add(text);
    kinds.add(Kind.TERRAFORM_YAML);
    return this;
  }

  /**
   * Adds one Terraform fixture in HCL, read by the {@link SourceLoader} that claims {@code .tf}
   * files (seaworthy-iac's, found through {@link ServiceLoader}: the test classpath must hold it).
   * {@code # expect:} markers are HCL comments too.
   */
  public RuleTester hcl(String text) {
    fixtures.add(text);
    kinds.add(Kind.HCL);
    return this;
  }

  public RuleTester kubernetesVersion(String version) {
    UnaryOperator<AuditConfig> before = configure;
    configure = c -> before.apply(c).withTargetVersion(KubernetesVersion.of(version));
    return this;
  }

  public RuleTester configure(UnaryOperator<AuditConfig> change) {
    UnaryOperator<AuditConfig> before = configure;
    configure = c -> change.apply(before.apply(c));
    return this;
  }

  /** Audits each fixture and checks the findings against its markers. */
  public void verify() {
    if (fixtures.isEmpty()) {
      throw new AssertionError("no fixture given");
    }
    for (int i = 0; i < fixtures.size(); i++) {
      verifyOne(kinds.get(i), "fixture-" + (i + 1), fixtures.get(i));
    }
  }

  /** The findings of the rule on a YAML text, without markers (for tests that inspect messages or fixes). */
  public List<Finding> findings(String text) {
    return audit("fixture.yaml", text).findings();
  }

  /** The findings of the rule on an HCL text (see {@link #hcl}). */
  public List<Finding> hclFindings(String text) {
    return audit(load(Kind.HCL, "fixture", text)).findings();
  }

  /** The findings of the rule on a Terraform fixture (see {@link TerraformYaml}). */
  public List<Finding> terraformFindings(String yaml) {
    return audit(TerraformYaml.load("fixture/main.tf", yaml)).findings();
  }

  public AuditReport audit(String name, String text) {
    return audit(load(name.endsWith(".tf") ? Kind.TERRAFORM_YAML : Kind.YAML, name.replaceAll("\\.(ya?ml|tf)$", "").replaceAll("/main$", ""), text));
  }

  private static LoadedInput load(Kind kind, String base, String text) {
    LoadedInput input = switch (kind) {
      case YAML -> new ManifestLoader().loadText(base + ".yaml", text);
      case TERRAFORM_YAML -> TerraformYaml.load(base + "/main.tf", text);
      case HCL -> hclLoader().load(List.of(new SourceLoader.SourceFile(null, base + "/main.tf", text, true)));
    };
    if (!input.errors().isEmpty()) {
      throw new AssertionError("fixture " + base + " does not load: " + input.errors());
    }
    return input;
  }

  private static SourceLoader hclLoader() {
    for (SourceLoader loader : ServiceLoader.load(SourceLoader.class)) {
      if (loader.claims(Path.of("main.tf"))) {
        return loader;
      }
    }
    throw new AssertionError("no SourceLoader for .tf files on the test classpath: add seaworthy-iac as a test dependency");
  }

  /** Audits already loaded input (for fixtures that mix Terraform and manifests). */
  public AuditReport audit(LoadedInput input) {
    AuditConfig config =
        configure.apply(
            AuditConfig.defaults()
                .withAuditDate(AUDIT_DATE)
                .withThreads(1)
                .withBuiltInExemptions(false)
                .withRuleFilter(List.of(meta.id()), List.of()));
    AuditReport report = new AuditEngine(new RuleRegistry(List.of(rule))).audit(input, config);
    if (!report.ruleFailures().isEmpty()) {
      throw new AssertionError("rule " + meta.id() + " threw: " + report.ruleFailures());
    }
    return report;
  }

  /**
   * Audits a Terraform fixture (see {@link TerraformYaml}) and a manifest stream together, as one
   * input, and checks the findings against the markers of both.
   */
  public void verifyTogether(String terraformYaml, String yaml) {
    String tf = "together/main.tf";
    String manifests = "together/manifests.yaml";
    LoadedInput input = TerraformYaml.load(tf, terraformYaml).plus(new ManifestLoader().loadText(manifests, yaml));
    if (!input.errors().isEmpty()) {
      throw new AssertionError("fixture does not load: " + input.errors());
    }
    List<Finding> actual = new ArrayList<>(audit(input).findings());
    List<String> problems = new ArrayList<>();
    List<Expectation> expected = new ArrayList<>();
    markers(terraformYaml).forEach(e -> expected.add(new Expectation(e.line, e.ruleId, e.fragment, tf)));
    markers(yaml).forEach(e -> expected.add(new Expectation(e.line, e.ruleId, e.fragment, manifests)));
    match(expected, actual, problems);
    if (!problems.isEmpty()) {
      throw new AssertionError("(" + meta.id() + "):\n  " + String.join("\n  ", problems) + "\n--- " + tf + " ---\n" + numbered(terraformYaml)
          + "--- " + manifests + " ---\n" + numbered(yaml));
    }
  }

  private static void match(List<Expectation> expected, List<Finding> actual, List<String> problems) {
    for (Expectation e : expected) {
      Finding match = null;
      for (Finding f : actual) {
        if (f.position().line() == e.line
            && (e.file == null || f.position().file().equals(e.file))
            && f.ruleId().equals(e.ruleId)
            && f.message().toLowerCase(Locale.ROOT).contains(e.fragment.toLowerCase(Locale.ROOT))) {
          match = f;
          break;
        }
      }
      if (match == null) {
        problems.add((e.file == null ? "" : e.file + " ") + "line " + e.line + ": expected " + e.ruleId + (e.fragment.isEmpty() ? "" : " containing \"" + e.fragment + "\"") + ", got none");
      } else {
        actual.remove(match);
      }
    }
    for (Finding f : actual) {
      problems.add(f.position().file() + " line " + f.position().line() + ": unexpected " + f.ruleId() + ": " + f.message());
    }
  }

  private void verifyOne(Kind kind, String base, String text) {
    String name = kind == Kind.YAML ? base + ".yaml" : base + "/main.tf";
    List<Finding> actual = new ArrayList<>(audit(load(kind, base, text)).findings());
    List<String> problems = new ArrayList<>();
    match(markers(text), actual, problems);
    if (!problems.isEmpty()) {
      throw new AssertionError(name + " (" + meta.id() + "):\n  " + String.join("\n  ", problems) + "\n--- fixture ---\n" + numbered(text));
    }
  }


  private record Expectation(int line, String ruleId, String fragment, String file) {

    Expectation(int line, String ruleId, String fragment) {
      this(line, ruleId, fragment, null);
    }
  }

  private enum Kind {
    YAML,
    TERRAFORM_YAML,
    HCL
  }

  private static List<Expectation> markers(String text) {
    String[] lines = text.split("\n", -1);
    List<Expectation> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int target = i + 1;
      while (target < lines.length && (lines[target].isBlank() || lines[target].strip().startsWith("#"))) {
        target++;
      }
      if (target >= lines.length) {
        throw new AssertionError("marker on line " + (i + 1) + " has no line after it");
      }
      out.add(new Expectation(target + 1, m.group(1), m.group(2).strip()));
    }
    return out;
  }

  private static String numbered(String text) {
    StringBuilder sb = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines[i]));
    }
    return sb.toString();
  }

  private List<Finding> exampleFindings(String text) {
    return RuleMeta.isHcl(text) ? hclFindings(text) : findings(text);
  }

  /** Checks a rule's own {@code example} fires and its {@code fixedExample} is clean. */
  public static void verifyMetadataExamples(Rule rule) {
    RuleTester tester = forRule(rule);
    RuleMeta meta = tester.meta;
    if (tester.exampleFindings(meta.example()).isEmpty()) {
      throw new AssertionError(meta.id() + ": its example does not fire");
    }
    List<Finding> onFixed = tester.exampleFindings(meta.fixedExample());
    if (!onFixed.isEmpty()) {
      throw new AssertionError(meta.id() + ": its fixedExample is not clean: " + onFixed.get(0).message());
    }
  }
}
