package dev.seaworthy.cli;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.config.ConfigException;
import dev.seaworthy.core.config.ConfigFile;
import dev.seaworthy.core.config.Exemption;
import dev.seaworthy.core.config.FailPolicy;
import dev.seaworthy.core.data.EksVersionCalendar;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.iac.terraform.TerraformLoader;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.rules.BuiltInRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that audits shares: the input, the configuration, the rule selection and the
 * thresholds, and the run itself (load, evaluate). A picocli mixin, so {@code audit} and
 * {@code checklist} take the same flags.
 */
final class AuditOptions {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders, or - for standard input (not with --cluster).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--cluster", description = "Audit the live cluster of the kubeconfig's context instead of files.")
  boolean cluster;

  @Option(names = "--context", paramLabel = "CONTEXT", description = "Kubeconfig context to use with --cluster. Default: the current context.")
  String context;

  @Option(names = "--kubeconfig", paramLabel = "FILE",
      description = "Kubeconfig file for --cluster. Default: KUBECONFIG, then ~/.kube/config, then the pod's service account.")
  Path kubeconfig;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE",
      description = "With --cluster, read only this namespace. Default: the context's namespace (as kubectl).")
  String namespace;

  @Option(names = {"-A", "--all-namespaces"}, description = "With --cluster, read every namespace.")
  boolean allNamespaces;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 3 when a finding is at or above this severity: info, low, medium, high, critical, or none. Default: high (or failOn in the config).")
  String failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file. Default: the nearest .seaworthy.yaml in this folder or above.")
  Path config;

  @Option(names = "--no-config", description = "Ignore any .seaworthy.yaml.")
  boolean noConfig;

  @Option(names = "--kubernetes-version", paramLabel = "X.Y",
      description = "Kubernetes version to judge APIs against. Default: the newest version in EKS standard support on the audit date.")
  String kubernetesVersion;

  @Option(names = "--include", paramLabel = "RULE", split = ",",
      description = "Run only these rules (ids or globs such as 'image-*'), including rules that are off by default. Repeatable.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "RULE", split = ",", description = "Never run these rules (ids or globs). Repeatable.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Judge dated facts (EKS support calendar, removals) as of this day. Default: today (UTC).")
  String date;

  @Option(names = "--no-builtin-exemptions", description = "Also report EKS system components (aws-node, kube-proxy, ...) for what their job requires.")
  boolean noBuiltInExemptions;

  @Option(names = "--threads", paramLabel = "N", description = "Evaluation threads. Default: the number of CPUs. Output is identical for any value.")
  Integer threads;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  /** Loads the input and runs the engine; warnings about the configuration go to stderr. */
  AuditReport run(Terminal terminal) {
    checkInputFlags();
    if (paths.stream().filter(ManifestLoader.STDIN::equals).count() > 1) {
      throw new UsageException("- (standard input) can be given only once");
    }
    if (threads != null && threads < 1) {
      throw new UsageException("--threads " + threads + ": expected 1 or more");
    }
    if (noConfig && config != null) {
      throw new UsageException("--config and --no-config contradict each other");
    }
    RuleRegistry registry = RuleRegistry.withPlugins(BuiltInRules.all());
    ConfigFile configFile = readConfig(terminal);
    Set<String> known = new TreeSet<>();
    registry.metas().forEach(m -> known.add(m.id()));
    for (String id : configFile.unknownRuleIds(known)) {
      terminal.err().println("seaworthy: warning: " + location(configFile, id) + ": unknown rule \"" + id + "\" in rules: (ignored)");
    }
    checkRuleFilters(include, known, "--include");
    checkRuleFilters(exclude, known, "--exclude");
    threshold = failThreshold(configFile);
    AuditConfig auditConfig = auditConfig(configFile);
    LoadedInput input;
    if (cluster) {
      // the only path that loads the live-cluster module (and fabric8): file audits never touch it
      ClusterInput.Result live = ClusterInput.read(this, registry, terminal);
      input = live.input();
      List<String> excluded = new ArrayList<>(auditConfig.exclude());
      excluded.addAll(live.notEvaluated());
      auditConfig = new AuditConfig(
          auditConfig.targetVersion().isPresent() ? auditConfig.targetVersion() : live.version(),
          auditConfig.auditDate(), auditConfig.clusterName(), auditConfig.rules(), auditConfig.include(), excluded,
          auditConfig.exemptions(), auditConfig.builtInExemptions(), auditConfig.annotationSuppressions(), auditConfig.threads());
      warnAboutCalendar(auditConfig, terminal);
    } else {
      warnAboutCalendar(auditConfig, terminal);
      input = loader(terminal, auditConfig.threads()).load(paths);
    }
    this.input = input;
    AuditReport report = new AuditEngine(registry).audit(input, auditConfig);
    if (report.resourcesAudited() == 0 && report.inputErrors().isEmpty()) {
      terminal.err().println("seaworthy: no Kubernetes objects found in " + (cluster ? "the cluster" : String.join(" ", paths)));
    }
    return report;
  }

  /** Manifests, and through the source loaders every other input kind Seaworthy reads (Terraform). */
  static ManifestLoader loader(Terminal terminal, int threads) {
    return new ManifestLoader(LoadLimits.DEFAULTS, terminal::in, List.of(new TerraformLoader(LoadLimits.DEFAULTS)), threads);
  }

  /** Files or a cluster, never both; the cluster flags only with --cluster. */
  private void checkInputFlags() {
    if (cluster && !paths.isEmpty()) {
      throw new UsageException("--cluster reads the cluster: give no PATH with it");
    }
    if (!cluster && paths.isEmpty()) {
      throw new UsageException("missing PATH: give files, folders or - (standard input), or --cluster");
    }
    if (!cluster && (context != null || kubeconfig != null || namespace != null || allNamespaces)) {
      throw new UsageException("--context, --kubeconfig, --namespace and --all-namespaces go with --cluster");
    }
    if (namespace != null && allNamespaces) {
      throw new UsageException("--namespace and --all-namespaces contradict each other");
    }
  }

  /** The --fail-on threshold (null: never fail on findings); known after {@link #run}. */
  Severity threshold() {
    return threshold;
  }

  private Severity threshold;

  /** What was read (the objects themselves, for reports that look at the input, like the checklist); known after {@link #run}. */
  LoadedInput input() {
    return input;
  }

  private LoadedInput input;

  static int exitCode(AuditReport report, Severity threshold) {
    if (!report.ruleFailures().isEmpty()) {
      return ExitCode.INTERNAL_ERROR;
    }
    if (!report.inputErrors().isEmpty()) {
      return ExitCode.INPUT_ERRORS;
    }
    if (threshold != null && report.hasFindingsAtLeast(threshold)) {
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }

  private ConfigFile readConfig(Terminal terminal) {
    if (noConfig) {
      return ConfigFile.empty();
    }
    try {
      if (config != null) {
        if (!Files.isRegularFile(config)) {
          throw new UsageException(config + ": configuration file not found");
        }
        return ConfigFile.read(config);
      }
      Optional<Path> found = ConfigFile.findUpward(Path.of(""));
      if (found.isEmpty()) {
        return ConfigFile.empty();
      }
      terminal.err().println("seaworthy: using configuration " + found.get());
      return ConfigFile.read(found.get());
    } catch (ConfigException e) {
      throw new UsageException(e.oneLine());
    }
  }

  private static String location(ConfigFile file, String ruleId) {
    var p = file.ruleKeyPositions().get(ruleId);
    return p == null ? file.path().map(Path::toString).orElse("config") : p.file() + ":" + p.line();
  }

  private static void checkRuleFilters(List<String> filters, Set<String> known, String flag) {
    for (String f : filters) {
      boolean glob = f.contains("*") || f.contains("?");
      if (glob ? known.stream().noneMatch(id -> Exemption.glob(f, id)) : !known.contains(f)) {
        throw new UsageException(flag + " " + f + ": no such rule (see `seaworthy rules list`)");
      }
    }
  }

  private Severity failThreshold(ConfigFile configFile) {
    if (failOn == null) {
      return configFile.failOn().orElse(FailPolicy.at(Severity.HIGH)).threshold().orElse(null);
    }
    return FailPolicy.parse(failOn).orElseThrow(() ->
        new UsageException("--fail-on " + failOn + ": expected info, low, medium, high, critical or none")).threshold().orElse(null);
  }

  /** Dated facts outside the bundled calendar are guesses: say so instead of judging silently. */
  private static void warnAboutCalendar(AuditConfig config, Terminal terminal) {
    EksVersionCalendar calendar = EksVersionCalendar.bundled();
    if (config.targetVersion().isEmpty() && calendar.defaultTarget(config.auditDate()).isEmpty()) {
      throw new UsageException("--date " + config.auditDate() + " is before the bundled EKS calendar (it starts on "
          + calendar.firstDay() + "): give --kubernetes-version too");
    }
    config.targetVersion().filter(v -> calendar.entry(v).isEmpty()).ifPresent(v ->
        terminal.err().println("seaworthy: warning: Kubernetes " + v + " is not in the bundled EKS calendar ("
            + calendar.entries().get(0).version() + " to " + calendar.entries().get(calendar.entries().size() - 1).version()
            + ", reviewed " + calendar.reviewed() + "); API lifecycle is judged as if it existed"));
    if (config.auditDate().isAfter(calendar.lastKnownDay())) {
      terminal.err().println("seaworthy: warning: " + config.auditDate() + " is past the bundled EKS calendar (reviewed "
          + calendar.reviewed() + "); support dates may be out of date");
    }
  }

  private AuditConfig auditConfig(ConfigFile file) {
    LocalDate day = LocalDate.now(ZoneOffset.UTC);
    if (date != null) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new UsageException("--date " + date + ": expected YYYY-MM-DD");
      }
    }
    Optional<KubernetesVersion> version = file.kubernetesVersion();
    if (kubernetesVersion != null) {
      version = Optional.of(KubernetesVersion.parse(kubernetesVersion).orElseThrow(() ->
          new UsageException("--kubernetes-version " + kubernetesVersion + ": expected a version such as 1.34")));
    }
    return new AuditConfig(
        version,
        day,
        file.clusterName(),
        file.rules(),
        include,
        exclude,
        file.exemptions(),
        file.builtInExemptions() && !noBuiltInExemptions,
        file.annotationSuppressions(),
        threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
  }

}
