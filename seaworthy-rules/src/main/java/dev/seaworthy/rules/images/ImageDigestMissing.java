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
    id = "image-digest-missing",
    title = "Image is pinned by tag, not by digest",
    severity = Severity.LOW,
    category = Category.IMAGES,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        A version tag is only a label: anyone who can push to the repository can move it to a \
        different build, and nodes that pull later get the new content under the old name. A digest \
        (@sha256:...) names the exact content, so what was scanned and approved is what runs. ECR \
        repositories with immutable tags prevent re-pushing a tag, which this manifest-only check \
        cannot see; a digest makes the guarantee visible in the manifest itself. Images with no tag \
        or :latest are reported by image-tag-mutable instead.""",
    remediation = "Pin the image by digest (`repo:tag@sha256:...`), or make sure its ECR repository has immutable tags.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/#image-names",
      "https://docs.aws.amazon.com/eks/latest/best-practices/image-security.html",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"
    },
    equivalents = {"kubescape:C-0306", "checkov:CKV_K8S_43"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.4.1
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.4.1@sha256:4c1e2a0f8d7b6c5e3a9f1b2d4c6e8a0b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f
        """)
public final class ImageDigestMissing implements ContainerRule {

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Optional<ImageReference> ref = container.imageReference();
    // Mutable references (no tag, :latest) are image-tag-mutable's finding: one problem, one finding.
    if (ref.isEmpty() || ref.get().hasDigest() || ref.get().isMutable()) {
      return List.of();
    }
    return Violation.one(
        container.node().at("image"),
        container.describe() + " image \"" + container.image() + "\" is pinned by tag only; the tag can be re-pushed");
  }
}
