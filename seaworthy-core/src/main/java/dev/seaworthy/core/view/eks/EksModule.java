package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code module} block that calls terraform-aws-modules/eks/aws (registry or git), with the
 * version its constraint selects and the inputs and defaults of that major. Reads each input by
 * concept, so {@code name} (v21) and {@code cluster_name} (v18–v20) are the same thing.
 */
public final class EksModule {

  /** Which module of the terraform-aws-modules/eks family a source names. */
  public enum Kind {
    ROOT,
    EKS_MANAGED_NODE_GROUP,
    SELF_MANAGED_NODE_GROUP
  }

  private static final Pattern REGISTRY =
      Pattern.compile("(?:registry\\.terraform\\.io/)?terraform-aws-modules/eks/aws(//.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern GIT =
      Pattern.compile("(?:git::)?(?:https://|ssh://git@|git@)?github\\.com[/:]terraform-aws-modules/terraform-aws-eks(?:\\.git)?(//[^?]*)?(?:\\?(.*))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern REF = Pattern.compile("(?:^|&)ref=([^&]+)");

  private final Resource resource;
  private final Kind kind;
  private final String source;
  private final Setting<String> versionConstraint;
  private final ModuleVersion version;
  private final List<EksModuleDefaults.Major> candidates;

  private EksModule(Resource resource, Kind kind, String source, Setting<String> versionConstraint, ModuleVersion version) {
    this.resource = resource;
    this.kind = kind;
    this.source = source;
    this.versionConstraint = versionConstraint;
    this.version = version;
    this.candidates = EksModuleDefaults.bundled().admitted(version);
  }

  /** The EKS module call this resource is, if it is one. */
  public static Optional<EksModule> of(Resource r) {
    if (r.origin() != Origin.TERRAFORM || !r.kind().equals("module")) {
      return Optional.empty();
    }
    Node src = r.node().at("source");
    String source = src.textOr("").strip();
    String subPath;
    Setting<String> constraint;
    Matcher reg = REGISTRY.matcher(source);
    Matcher git = GIT.matcher(source);
    if (reg.matches()) {
      subPath = reg.group(1) == null ? "" : reg.group(1);
      constraint = Values.string(r.node().at("version"), Setting.byDefault(null, r.node(), "no version constraint: the latest release"));
    } else if (git.matches()) {
      subPath = git.group(1) == null ? "" : git.group(1);
      Matcher ref = REF.matcher(git.group(2) == null ? "" : git.group(2));
      constraint = ref.find()
          ? Setting.explicit(ref.group(1), src)
          : Setting.byDefault(null, src, "no ref: the default branch");
    } else {
      return Optional.empty();
    }
    Kind kind;
    String sub = subPath.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (sub.isEmpty()) {
      kind = Kind.ROOT;
    } else if (sub.equals("//modules/eks-managed-node-group")) {
      kind = Kind.EKS_MANAGED_NODE_GROUP;
    } else if (sub.equals("//modules/self-managed-node-group")) {
      kind = Kind.SELF_MANAGED_NODE_GROUP;
    } else {
      return Optional.empty();
    }
    ModuleVersion version = constraint.known().map(ModuleVersion::parse).orElse(ModuleVersion.NONE);
    return Optional.of(new EksModule(r, kind, source, constraint, version));
  }

  public Resource resource() {
    return resource;
  }

  public Node node() {
    return resource.node();
  }

  public Kind kind() {
    return kind;
  }

  public String source() {
    return source;
  }

  /** The {@code version} constraint (or git ref) as written; a DEFAULT without value when none. */
  public Setting<String> versionConstraint() {
    return versionConstraint;
  }

  public ModuleVersion version() {
    return version;
  }

  /** The known majors the constraint admits. */
  public List<EksModuleDefaults.Major> candidates() {
    return candidates;
  }

  /** The defaults' owner for messages: {@code module v19 default}. */
  public String defaultsBy() {
    return "module " + version.describeMajor() + " default";
  }

  /** The input node for a concept, whichever name the admitted majors give it. */
  public Node input(String concept) {
    for (String name : inputNames(concept)) {
      Node n = node().at(name);
      if (!n.isMissing()) {
        return n;
      }
    }
    return node().at(concept);
  }

  private Set<String> inputNames(String concept) {
    Set<String> names = new LinkedHashSet<>();
    List<EksModuleDefaults.Major> majors = candidates.isEmpty() ? EksModuleDefaults.bundled().majors() : candidates;
    for (EksModuleDefaults.Major m : majors) {
      m.input(concept).ifPresent(names::add);
    }
    return names;
  }

  /** Whether every admitted major has an input for the concept. */
  public boolean allHaveInput(String concept) {
    return !candidates.isEmpty() && candidates.stream().allMatch(m -> m.input(concept).isPresent());
  }

  /** Whether no admitted major has an input for the concept. */
  public boolean noneHasInput(String concept) {
    return !candidates.isEmpty() && candidates.stream().noneMatch(m -> m.input(concept).isPresent());
  }

  /**
   * The module's default for a concept, at the module block: DEFAULT when every admitted major
   * agrees, UNKNOWN when they differ or the major is not known.
   */
  @SuppressWarnings("unchecked")
  public <T> Setting<T> moduleDefault(String concept, boolean nodeGroup) {
    Optional<Object[]> agreed = EksModuleDefaults.agreedDefault(candidates, concept, nodeGroup);
    if (agreed.isEmpty()) {
      return Setting.unknown(node(), "the default of " + concept + " depends on the module major version, and the constraint selects " + version.describeMajor());
    }
    return Setting.byDefault((T) agreed.get()[0], node(), defaultsBy());
  }

  public <T> Setting<T> moduleDefault(String concept) {
    return moduleDefault(concept, false);
  }

  /** {@code module "eks"} from the address {@code module.eks}. */
  public String describe() {
    String address = resource.name();
    String label = address.startsWith("module.") ? address.substring("module.".length()) : address;
    return "module \"" + label + "\"";
  }

  /** Majors known after the admitted ones (for "superseded" judgements). */
  public List<Integer> laterMajors() {
    List<Integer> out = new ArrayList<>();
    if (version.major().isEmpty()) {
      return out;
    }
    for (EksModuleDefaults.Major m : EksModuleDefaults.bundled().majors()) {
      if (m.major() > version.major().getAsInt()) {
        out.add(m.major());
      }
    }
    return out;
  }
}
