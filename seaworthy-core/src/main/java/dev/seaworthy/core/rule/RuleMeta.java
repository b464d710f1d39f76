package dev.seaworthy.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Validated rule metadata, read from {@link RuleInfo}. */
public record RuleMeta(
    String id,
    String title,
    Severity severity,
    Category category,
    List<ChecklistItem> checklist,
    String description,
    String remediation,
    List<String> references,
    List<String> equivalents,
    boolean enabledByDefault,
    String example,
    String fixedExample) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern EQUIVALENT =
      Pattern.compile("(polaris|kube-score|kube-linter|kubescape|checkov|trivy|hardeneks|pluto|kubent):\\S+");

  public RuleMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity of " + id);
    Objects.requireNonNull(category, "category of " + id);
    checklist = List.copyOf(checklist);
    references = List.copyOf(references);
    equivalents = List.copyOf(equivalents);
    require(ID.matcher(id).matches(), id, "id must be kebab-case");
    require(id.length() <= 60, id, "id is longer than 60 characters");
    require(title != null && !title.isBlank() && !title.endsWith("."), id, "title must be one line without a trailing period");
    require(description != null && description.strip().length() >= 40, id, "description must explain the why (40+ characters)");
    require(remediation != null && remediation.strip().endsWith("."), id, "remediation must be a sentence ending with a period");
    require(example != null && !example.isBlank(), id, "example is required");
    require(fixedExample != null && !fixedExample.isBlank(), id, "fixedExample is required");
    for (String e : equivalents) {
      require(EQUIVALENT.matcher(e).matches(), id, "equivalent '" + e + "' must be tool:id of a known peer");
    }
  }

  private static void require(boolean condition, String id, String message) {
    if (!condition) {
      throw new IllegalArgumentException("rule " + id + ": " + message);
    }
  }

  /** Reads and validates the {@link RuleInfo} of a rule class. */
  public static RuleMeta of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
    }
    return new RuleMeta(
        info.id(),
        info.title(),
        info.severity(),
        info.category(),
        List.of(info.checklist()),
        info.description().strip(),
        info.remediation().strip(),
        List.of(info.references()),
        List.of(info.equivalents()),
        info.enabledByDefault(),
        info.example(),
        info.fixedExample());
  }

  /** {@code hcl} when the rule's examples are Terraform, {@code yaml} otherwise (for code fences). */
  public String exampleLanguage() {
    return isHcl(example) ? "hcl" : "yaml";
  }

  private static final Pattern HCL_BLOCK =
      Pattern.compile("(resource|data|module|terraform|provider|variable|locals|output)(\\s+\"[^\"]*\")*\\s*\\{");

  /** Whether an example is Terraform: its first statement (after comments) opens a top-level HCL block. */
  public static boolean isHcl(String text) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("//")) {
        continue;
      }
      return HCL_BLOCK.matcher(l).lookingAt();
    }
    return false;
  }
}
