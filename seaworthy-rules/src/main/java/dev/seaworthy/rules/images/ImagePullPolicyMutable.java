package dev.seaworthy.rules.images;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.ImageReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "image-pull-policy-mutable",
    title = "Mutable image is not re-pulled",
    severity = Severity.LOW,
    category = Category.IMAGES,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        With imagePullPolicy IfNotPresent or Never, a node reuses whatever image it already has under \
        the reference. For a mutable reference (no tag, or :latest, without a digest) every node keeps \
        the build it happened to pull first, so replicas of one workload silently run different code, \
        and a patched image never reaches nodes that cached the old one. Kubernetes defaults the \
        policy to Always for such images; this rule fires only when the manifest overrides that. \
        Digest-pinned images are never reported: a digest cannot change, so IfNotPresent is the \
        right policy for them, and version-tagged images are left to image-digest-missing. Polaris \
        and kube-score instead demand Always for every image.""",
    remediation = "Pin the image to a version tag or digest; if it must float, remove imagePullPolicy or set it to Always.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy",
      "https://docs.aws.amazon.com/eks/latest/best-practices/image-security.html"
    },
    equivalents = {
      "polaris:pullPolicyNotAlways",
      "kube-score:container-image-pull-policy",
      "kubescape:C-0075",
      "checkov:CKV_K8S_15"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: worker
        spec:
          selector:
            matchLabels: {app: worker}
          template:
            metadata:
              labels: {app: worker}
            spec:
              containers:
                - name: worker
                  image: example.com/worker:latest
                  imagePullPolicy: IfNotPresent
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: worker
        spec:
          selector:
            matchLabels: {app: worker}
          template:
            metadata:
              labels: {app: worker}
            spec:
              containers:
                - name: worker
                  image: example.com/worker:3.1.0
                  imagePullPolicy: IfNotPresent
        """)
public final class ImagePullPolicyMutable implements ContainerRule {

  private static final Set<String> CACHING = Set.of("IfNotPresent", "Never");

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Optional<ImageReference> ref = container.imageReference();
    Node policy = container.node().at("imagePullPolicy");
    String value = policy.textOr("");
    if (ref.isEmpty() || !ref.get().isMutable() || !CACHING.contains(value)) {
      return List.of();
    }
    return Violation.one(
        policy,
        container.describe() + " pulls the mutable image \"" + container.image() + "\" with imagePullPolicy " + value
            + ", so each node keeps the build it pulled first");
  }
}
