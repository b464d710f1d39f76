package dev.seaworthy.core.config;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.engine.Suppression;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import dev.seaworthy.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of {@code .seaworthy.yaml}. Unknown keys are errors (a typo must not silently turn a
 * setting off); rule ids that no rule has are returned as warnings, so an old config never breaks an
 * audit.
 */
public record ConfigFile(
    Optional<Path> path,
    Optional<KubernetesVersion> kubernetesVersion,
    Optional<String> clusterName,
    Optional<FailPolicy> failOn,
    Map<String, RuleSetting> rules,
    Map<String, Position> ruleKeyPositions,
    List<Exemption> exemptions,
    boolean builtInExemptions,
    boolean annotationSuppressions) {

  public static final String FILE_NAME = ".seaworthy.yaml";
  private static final Set<String> TOP_KEYS =
      Set.of("kubernetesVersion", "clusterName", "failOn", "rules", "exemptions", "builtInExemptions", "annotationSuppressions");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity");
  private static final Set<String> EXEMPTION_KEYS = Set.of("rules", "namespace", "kind", "name", "container", "reason");

  public static ConfigFile empty() {
    return new ConfigFile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), true, true);
  }

  /** The nearest {@code .seaworthy.yaml} in the folder or one of its parents. */
  public static Optional<Path> findUpward(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static ConfigFile read(Path path) throws ConfigException {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(new Position(path.toString(), 0, 0), "cannot read configuration: " + e.getMessage());
    }
    return parse(path, text);
  }

  public static ConfigFile parse(Path path, String text) throws ConfigException {
    String file = path.toString();
    List<YamlDocument> docs = new YamlReader(LoadLimits.DEFAULTS).read(file, text);
    if (docs.isEmpty()) {
      return new ConfigFile(Optional.of(path), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), true, true);
    }
    if (docs.get(0) instanceof YamlDocument.Failed f) {
      throw new ConfigException(f.error().position(), f.error().reason());
    }
    if (docs.size() > 1) {
      throw new ConfigException(new Position(file, 0, 0), "configuration must be a single YAML document");
    }
    Node root = ((YamlDocument.Parsed) docs.get(0)).root();
    if (!root.isMap()) {
      throw new ConfigException(root.position(), "configuration must be a mapping");
    }
    checkKeys(root, TOP_KEYS, "configuration");

    Optional<KubernetesVersion> version = Optional.empty();
    if (root.at("kubernetesVersion").isPresent()) {
      Node v = root.at("kubernetesVersion");
      version = Optional.of(KubernetesVersion.parse(v.textOr("")).orElseThrow(() ->
          new ConfigException(v.position(), "kubernetesVersion must look like \"1.34\" (quote it: 1.30 unquoted is the number 1.3)")));
      if (v instanceof ScalarNode s && s.isPlain() && s.type() != ScalarType.STRING) {
        throw new ConfigException(
            v.position(),
            "quote kubernetesVersion: \"" + s.value() + "\" (unquoted it is a number to YAML tools, and 1.30 would be read as 1.3)");
      }
    }
    Optional<FailPolicy> failOn = Optional.empty();
    if (root.at("failOn").isPresent()) {
      Node f = root.at("failOn");
      failOn = Optional.of(FailPolicy.parse(f.textOr("")).orElseThrow(() ->
          new ConfigException(f.position(), "failOn: unknown value \"" + f.textOr("") + "\" (info, low, medium, high, critical, or none)")));
    }
    requireShape(root.at("rules"), true, "rules must be a mapping of rule id to on, off, a severity, or {enabled, severity}");
    requireShape(root.at("exemptions"), false, "exemptions must be a list (start each exemption with `- `)");
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Map<String, Position> rulePositions = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : root.at("rules").entries().entrySet()) {
      rules.put(e.getKey(), ruleSetting(e.getKey(), e.getValue()));
      rulePositions.put(e.getKey(), e.getValue().position());
    }
    List<Exemption> exemptions = new ArrayList<>();
    for (Node e : root.at("exemptions").items()) {
      exemptions.add(exemption(e));
    }
    return new ConfigFile(
        Optional.of(path),
        version,
        root.at("clusterName").text(),
        failOn,
        rules,
        rulePositions,
        exemptions,
        bool(root.at("builtInExemptions"), true),
        bool(root.at("annotationSuppressions"), true));
  }

  private static RuleSetting ruleSetting(String id, Node v) throws ConfigException {
    Optional<Boolean> flag = v.asBoolean();
    if (flag.isPresent()) {
      return new RuleSetting(flag, Optional.empty());
    }
    if (v.isScalar()) {
      Severity sev = Severity.parse(v.textOr("")).orElseThrow(() -> new ConfigException(v.position(),
          "rule " + id + ": \"" + v.textOr("") + "\" is not on, off or a severity (info, low, medium, high, critical)"));
      return new RuleSetting(Optional.of(true), Optional.of(sev));
    }
    if (!v.isMap()) {
      throw new ConfigException(v.position(), "rule " + id + ": expected on, off, a severity (info ... critical), or {enabled, severity}");
    }
    checkKeys(v, RULE_KEYS, "rule " + id);
    Optional<Boolean> enabled = v.at("enabled").isPresent() ? Optional.of(bool(v.at("enabled"), true)) : Optional.empty();
    Optional<Severity> sev = v.at("severity").isPresent() ? Optional.of(severity(v.at("severity"))) : Optional.empty();
    return new RuleSetting(enabled, sev);
  }

  private static Exemption exemption(Node e) throws ConfigException {
    if (!e.isMap()) {
      throw new ConfigException(e.position(), "an exemption is a mapping with rules and reason");
    }
    checkKeys(e, EXEMPTION_KEYS, "exemption");
    List<String> rules = new ArrayList<>();
    if (e.at("rules").isScalar()) {
      rules.add(e.at("rules").textOr(""));
    } else {
      e.at("rules").items().forEach(r -> r.text().ifPresent(rules::add));
    }
    if (rules.isEmpty()) {
      throw new ConfigException(e.position(), "exemption needs `rules:` (a list of rule ids or globs; \"*\" for all)");
    }
    String reason = e.at("reason").textOr("").strip();
    if (reason.isEmpty()) {
      throw new ConfigException(e.position(), "exemption needs a `reason:` so the next person knows why it exists");
    }
    return new Exemption(
        rules,
        e.at("namespace").text().orElse(null),
        e.at("kind").text().orElse(null),
        e.at("name").text().orElse(null),
        e.at("container").text().orElse(null),
        reason,
        Suppression.Source.CONFIG,
        e.position());
  }

  /** A present, non-null section must be a mapping (or a list): a wrong shape must not be silently ignored. */
  private static void requireShape(Node section, boolean map, String message) throws ConfigException {
    if (section.isPresent() && (map ? !section.isMap() : !section.isList())) {
      throw new ConfigException(section.position(), message);
    }
  }

  private static void checkKeys(Node map, Set<String> allowed, String where) throws ConfigException {
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new ConfigException(
            e.getValue().position(), "unknown key \"" + e.getKey() + "\" in " + where + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private static Severity severity(Node v) throws ConfigException {
    return Severity.parse(v.textOr("")).orElseThrow(() ->
        new ConfigException(v.position(), "unknown severity \"" + v.textOr("") + "\" (info, low, medium, high, critical)"));
  }

  private static boolean bool(Node v, boolean fallback) throws ConfigException {
    if (v.isMissing()) {
      return fallback;
    }
    return v.asBoolean().orElseThrow(() -> new ConfigException(v.position(), "expected true or false"));
  }

  /** Rule ids in {@code rules:} that no known rule has. */
  public List<String> unknownRuleIds(Set<String> known) {
    return rules.keySet().stream().filter(id -> !known.contains(id)).toList();
  }
}
