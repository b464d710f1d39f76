package dev.seaworthy.rules.images;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.ImageReference;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "image-registry-frozen",
    title = "Image comes from the frozen k8s.gcr.io registry",
    severity = Severity.HIGH,
    category = Category.IMAGES,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        The Kubernetes project froze k8s.gcr.io on 2023-04-03: no new images or tags are published \
        there, so components pulled from it never receive security patches, and releases made after \
        the freeze (for example cluster-autoscaler v1.28.0) exist only on registry.k8s.io. Requests \
        have been redirected to registry.k8s.io since 2023-03-20, but the redirect is a stopgap, and \
        nodes whose egress rules allow only k8s.gcr.io cannot follow it. Every image published on \
        k8s.gcr.io is also on registry.k8s.io under the same path, tag and digest.""",
    remediation = "Replace the `k8s.gcr.io/` prefix with `registry.k8s.io/`, keeping the same path, tag and digest.",
    references = {
      "https://kubernetes.io/blog/2023/02/06/k8s-gcr-io-freeze-announcement/",
      "https://kubernetes.io/blog/2023/03/10/image-registry-redirect/"
    },
    equivalents = {"kubescape:C-0253"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.26.4
        """,
    fixedExample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cluster-autoscaler
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: cluster-autoscaler}
          template:
            metadata:
              labels: {app: cluster-autoscaler}
            spec:
              containers:
                - name: cluster-autoscaler
                  image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.26.4
        """)
public final class ImageRegistryFrozen implements ContainerRule {

  private static final String FROZEN = "k8s.gcr.io";
  private static final String SUCCESSOR = "registry.k8s.io";

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    Optional<ImageReference> ref = container.imageReference();
    // Registry host names are case-insensitive.
    if (ref.isEmpty() || !ref.get().explicitRegistry() || !ref.get().registry().toLowerCase(Locale.ROOT).equals(FROZEN)) {
      return List.of();
    }
    String image = container.image();
    String moved = SUCCESSOR + image.substring(ref.get().registry().length());
    return List.of(
        Violation.of(
                container.node().at("image"),
                container.describe() + " pulls \"" + image + "\" from k8s.gcr.io, frozen since 2023-04-03; use \"" + moved + "\"")
            .withFix(Fix.of("Pull the same image from registry.k8s.io", PatchOp.replace(container.pointer() + "/image", moved))));
  }
}
