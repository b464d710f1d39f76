package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "unknown-kind",
    title = "Kind does not exist in its API group",
    severity = Severity.HIGH,
    category = Category.DEPRECATION,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        The object names a kind that its API group never had (or that its version does not have), in a \
        group whose kinds Seaworthy knows: the built-in Kubernetes groups, Karpenter, External Secrets \
        Operator, cert-manager and eksctl. The API server answers "no matches for kind" and the \
        manifest cannot be applied. Typical causes are kinds copied from blog posts that never existed \
        (Karpenter's AWSNodeInstanceProfile), a kind written under the wrong group (apiVersion v1 with \
        kind Deployment) and an apiVersion bumped without renaming the kind (karpenter.sh/v1 \
        Provisioner). Groups Seaworthy does not know are never reported.""",
    remediation = "Use the kind and apiVersion the API actually serves, as named in the finding.",
    references = {
      "https://kubernetes.io/docs/reference/kubernetes-api/",
      "https://karpenter.sh/v1.0/upgrading/v1-migration/",
      "https://karpenter.sh/docs/concepts/nodeclasses/"
    },
    example = """
        apiVersion: karpenter.k8s.aws/v1alpha1
        kind: AWSNodeInstanceProfile
        metadata:
          name: default
        spec:
          subnetSelector:
            karpenter.sh/discovery: production-cluster
        """,
    fixedExample = """
        apiVersion: karpenter.k8s.aws/v1
        kind: EC2NodeClass
        metadata:
          name: default
        spec:
          role: KarpenterNodeRole-production-cluster
          amiSelectorTerms:
            - alias: al2023@v20240807
          subnetSelectorTerms:
            - tags:
                karpenter.sh/discovery: production-cluster
          securityGroupSelectorTerms:
            - tags:
                karpenter.sh/discovery: production-cluster
        """)
public final class UnknownKind implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return KnownKinds.bundled().group(resource.group()).isPresent() && looksLikeKubernetes(resource);
  }

  /**
   * Only objects whose apiVersion has the Kubernetes shape are judged: tool configs such as
   * Kustomize's {@code apiVersion: builtin} or {@code apiVersion: v2} files parse as the core group.
   */
  private static boolean looksLikeKubernetes(Resource resource) {
    if (resource.group().isEmpty()) {
      return resource.apiVersion().equals("v1");
    }
    return KnownKinds.isVersion(resource.version());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    KnownKinds known = KnownKinds.bundled();
    Optional<KnownKinds.Group> found = known.group(resource.group());
    String kind = resource.kind();
    if (found.isEmpty() || kind.isEmpty() || known.isAnyGroupKind(kind)) {
      return List.of();
    }
    KnownKinds.Group group = found.get();
    Node anchor = resource.node().at("kind").isScalar() ? resource.node().at("kind") : resource.node();
    Optional<String> hint = known.hint(group.name(), kind);
    if (hint.isPresent()) {
      return List.of(Violation.of(anchor, noMatch(resource) + ": " + hint.get()));
    }
    if (group.builtIn() && (context.targetVersion().compareTo(known.kubernetesThrough()) > 0 || KnownKinds.isAlpha(resource.version()))) {
      // newer releases and alpha versions may add kinds the data does not list yet
      return List.of();
    }
    if (isKnownKind(group, kind)) {
      return wrongVersion(resource, group, kind, anchor);
    }
    return List.of(Violation.of(anchor, noMatch(resource) + ": " + group.describe() + " has no kind " + kind + elsewhere(group, kind)));
  }

  private static boolean isKnownKind(KnownKinds.Group group, String kind) {
    // typed lists (PodList, NodePoolList) are accepted wherever their item kind is
    return group.kinds().contains(kind) || (kind.endsWith("List") && group.kinds().contains(kind.substring(0, kind.length() - 4)));
  }

  /** A known kind under a version that, per the data, does not have it. */
  private static List<Violation> wrongVersion(Resource resource, KnownKinds.Group group, String kind, Node anchor) {
    Set<String> inVersion = group.versions().get(resource.version());
    String base = kind.endsWith("List") && !group.kinds().contains(kind) ? kind.substring(0, kind.length() - 4) : kind;
    if (inVersion == null || inVersion.contains(base)) {
      return List.of();
    }
    List<ApiLifecycle.Entry> retired = ApiLifecycle.bundled().inGroup(group.name(), base);
    Set<String> live = new TreeSet<>();
    group.versions().forEach((v, kinds) -> {
      String apiVersion = group.apiVersion(v);
      if (kinds.contains(base) && retired.stream().noneMatch(e -> e.apiVersion().equals(apiVersion))) {
        live.add(apiVersion);
      }
    });
    if (live.isEmpty() && retired.isEmpty()) {
      // the data does not say where this kind lives (e.g. an alpha kind of a later release): stay quiet
      return List.of();
    }
    StringBuilder message = new StringBuilder(noMatch(resource)).append(": ").append(resource.apiVersion()).append(" has no kind ").append(kind);
    if (!live.isEmpty()) {
      message.append("; ").append(base).append(" is served by ").append(String.join(", ", live));
    } else {
      ApiLifecycle.Entry e = retired.get(0);
      message.append("; ").append(base).append(" belonged to ").append(e.apiVersion()).append(", removed in ")
          .append(ApiLifecycle.componentName(e.component())).append(' ').append(e.removedIn())
          .append(e.replacement().map(r -> "; its successor is " + r).orElse("; " + e.notes()));
    }
    return List.of(Violation.of(anchor, message.toString()));
  }

  private static String noMatch(Resource resource) {
    return "the API server answers \"no matches for kind " + resource.kind() + " in version " + resource.apiVersion() + "\"";
  }

  /** Where the kind does exist: the same group with other casing, or other known groups. */
  private static String elsewhere(KnownKinds.Group group, String kind) {
    for (String k : group.kinds()) {
      if (k.toLowerCase(Locale.ROOT).equals(kind.toLowerCase(Locale.ROOT))) {
        return "; kinds are case-sensitive: did you mean " + k + "?";
      }
    }
    List<String> others = new ArrayList<>();
    for (KnownKinds.Group g : KnownKinds.bundled().groupsWithKind(kind)) {
      Set<String> inPreferred = g.versions().get(g.preferred());
      boolean preferredHasIt = inPreferred == null || inPreferred.contains(kind);
      others.add(preferredHasIt ? g.apiVersion(g.preferred()) : g.describe());
    }
    if (others.isEmpty()) {
      return "";
    }
    return "; " + kind + " belongs to " + String.join(" and ", others);
  }
}
