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
    id = "image-registry-implicit",
    title = "Image is pulled from Docker Hub implicitly",
    severity = Severity.LOW,
    category = Category.IMAGES,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        An image whose name starts with no registry host is pulled from Docker Hub, usually \
        anonymously. Docker Hub rate-limits anonymous pulls per source IP address (100 pulls per 6 \
        hours per IPv4 address or IPv6 /64 at the time of writing; check Docker's documentation), and \
        nodes in private subnets share their NAT gateway's address, so a scale-out or node \
        replacement can fail with ErrImagePull when the whole cluster hits one quota. The content is \
        also outside your control and unscanned by your registry. The EKS Best Practices Guide \
        recommends serving images from Amazon ECR; an ECR pull-through cache rule for Docker Hub keeps \
        upstream images while removing the rate limit. Writing docker.io/ explicitly silences this \
        rule, as a deliberate choice.""",
    remediation = "Pull the image through an Amazon ECR pull-through cache or copy it into ECR (or ECR Public), and reference that registry explicitly.",
    references = {
      "https://kubernetes.io/docs/concepts/containers/images/#image-names",
      "https://docs.aws.amazon.com/eks/latest/best-practices/image-security.html",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html",
      "https://docs.docker.com/docker-hub/usage/pulls/"
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
                  image: nginx:1.27
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
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:1.27
        """)
public final class ImageRegistryImplicit implements ContainerRule {

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Optional<ImageReference> ref = container.imageReference();
    if (ref.isEmpty() || ref.get().explicitRegistry()) {
      return List.of();
    }
    String repository = ref.get().repository();
    // Docker Hub puts single-name images under the "library" namespace (official images).
    String resolved = ImageReference.DOCKER_HUB + "/" + (repository.contains("/") ? repository : "library/" + repository);
    return Violation.one(
        container.node().at("image"),
        container.describe() + " pulls \"" + container.image() + "\" from Docker Hub implicitly (" + resolved + ")");
  }
}
