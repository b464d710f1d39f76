package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@AnalyzerInfo(
    id = "pod-image-pull",
    title = "Images that cannot be pulled",
    explains = "For containers in ImagePullBackOff, ErrImagePull or InvalidImageName, tells apart an image from the frozen k8s.gcr.io "
        + "registry, a tag or repository that does not exist, a registry that refuses the node's credentials (ECR permissions of the "
        + "node role, missing imagePullSecrets), a malformed name, and a registry the node cannot reach.")
public final class ImagePullFailures implements Analyzer {

  private static final Set<String> PULL_ERRORS = Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull");

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource pod : state.pods()) {
      List<Node> statuses = new ArrayList<>(pod.node().at("status", "initContainerStatuses").items());
      statuses.addAll(pod.node().at("status", "containerStatuses").items());
      for (Node cs : statuses) {
        String reason = cs.at("state", "waiting", "reason").textOr("");
        if (!PULL_ERRORS.contains(reason)) {
          continue;
        }
        String container = cs.at("name").textOr("");
        String image = cs.at("image").text().orElseGet(() -> imageOf(pod, container));
        String message = cs.at("state", "waiting", "message").textOr("");
        String event = state.lastEventMessage(pod, "Failed").orElse("");
        List<String> evidence = new ArrayList<>();
        evidence.add("state: waiting (" + reason + (message.isEmpty() ? "" : ": " + message) + ")");
        if (!event.isEmpty() && !event.equals(message)) {
          evidence.add("event: " + event);
        }
        String text = (message + " " + event).toLowerCase(Locale.ROOT);
        String who = "container \"" + container + "\"";
        String cause;
        String next;
        if (image.startsWith("k8s.gcr.io/")) {
          cause = who + " pulls " + image + " from k8s.gcr.io, which is frozen: images published after 2023 are not there and the registry "
              + "now redirects to registry.k8s.io, which the node may not reach.";
          next = "use registry.k8s.io/" + image.substring("k8s.gcr.io/".length()) + " (or a mirror in ECR)";
        } else if (reason.equals("InvalidImageName")) {
          cause = who + " names an image that is not a valid reference: \"" + image + "\".";
          next = "fix the image name in the workload";
        } else if (reason.equals("ErrImageNeverPull")) {
          cause = who + " has imagePullPolicy Never and " + image + " is not on the node.";
          next = "set imagePullPolicy to IfNotPresent or preload the image";
        } else if (text.contains("not found") || text.contains("manifest unknown") || text.contains("does not exist") || text.contains("name unknown")) {
          cause = who + " pulls " + image + ", and the registry has no such tag or repository.";
          next = "check the tag exists (for ECR: aws ecr describe-images --repository-name REPO --image-ids imageTag=TAG) and fix the image in the workload";
        } else if (text.contains("unauthorized") || text.contains("authorization") || text.contains("forbidden") || text.contains("403")
            || text.contains("401") || text.contains("no basic auth") || text.contains("denied")) {
          cause = who + " pulls " + image + ", and the registry refuses the node's credentials.";
          next = image.contains(".dkr.ecr.")
              ? "give the node role ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (AmazonEC2ContainerRegistryReadOnly), and check the repository policy for cross-account pulls"
              : "add an imagePullSecret for the registry to the pod's ServiceAccount or spec";
        } else if (text.contains("timeout") || text.contains("i/o timeout") || text.contains("no such host") || text.contains("connection refused")) {
          cause = who + " cannot reach the registry of " + image + " from the node.";
          next = "check the node's route to the registry (NAT gateway, VPC endpoints for ECR and S3 in private subnets)";
        } else {
          cause = who + " cannot pull " + image + ".";
          next = "kubectl describe pod " + pod.name() + ClusterState.namespaceFlag(pod);
        }
        out.add(new Diagnosis(info().id(), Severity.HIGH, pod.ref(), cause, evidence, next));
      }
    }
    return out;
  }

  private static String imageOf(Resource pod, String container) {
    for (String list : List.of("containers", "initContainers")) {
      for (Node c : pod.node().at("spec", list).items()) {
        if (c.at("name").textOr("").equals(container)) {
          return c.at("image").textOr("");
        }
      }
    }
    return "";
  }
}
