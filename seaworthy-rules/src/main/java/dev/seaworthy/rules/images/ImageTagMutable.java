package dev.seaworthy.rules.images;

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

@RuleInfo(
    id = "image-tag-mutable",
    title = "Image has no tag or uses :latest",
    severity = Severity.MEDIUM,
    category = Category.IMAGES,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        An image without a tag means :latest, and :latest is whatever was pushed last. Two pods of \
        the same workload can run different builds, a rollback redeploys the new build instead of the \
        old one, and nobody can tell from the manifest which version (and which patched or \
        vulnerable packages) is running, so security updates cannot be tracked. An image pinned by \
        digest is immutable even when it also carries :latest, and is never reported.""",
    remediation = "Reference a specific version tag (from an ECR repository with immutable tags) or, better, pin the image by digest.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/image-security.html"
    },
    equivalents = {
      "polaris:tagNotSpecified",
      "kube-score:container-image-tag",
      "kube-linter:latest-tag",
      "kubescape:C-0075",
      "checkov:CKV_K8S_14",
      "trivy:KSV-0013"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: public.ecr.aws/nginx/nginx:latest
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: public.ecr.aws/nginx/nginx:1.27
        """)
public final class ImageTagMutable implements ContainerRule {

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Optional<ImageReference> ref = container.imageReference();
    if (ref.isEmpty() || !ref.get().isMutable()) {
      return List.of();
    }
    String image = container.image();
    String why =
        ref.get().hasTag()
            ? " uses the mutable tag :latest"
            : " has no tag, so it means :latest";
    return Violation.one(container.node().at("image"), container.describe() + " image \"" + image + "\"" + why);
  }
}
