package dev.seaworthy.kube.diagnose;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@AnalyzerInfo(
    id = "irsa-not-applied",
    title = "IRSA not in effect: webhook not applied, malformed role ARN",
    explains = "Running pods whose ServiceAccount has an eks.amazonaws.com/role-arn annotation but that got neither the projected "
        + "web-identity token nor the AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE variables (the pod identity webhook did not mutate "
        + "them: the pods predate the annotation, or the webhook is down), so the SDK falls back to the node role; and ServiceAccounts "
        + "whose role ARN annotation is not a valid IAM role ARN.")
public final class IrsaWebhook implements Analyzer {

  static final String ROLE_ARN = "eks.amazonaws.com/role-arn";
  private static final Pattern ARN = Pattern.compile("arn:aws(-cn|-us-gov|-iso|-iso-b)?:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

  @Override
  public List<Diagnosis> analyze(ClusterState state) {
    List<Diagnosis> out = new ArrayList<>();
    for (Resource sa : state.ofKind("ServiceAccount")) {
      Optional<String> arn = sa.annotation(ROLE_ARN);
      if (arn.isPresent() && !ARN.matcher(arn.get().strip()).matches()) {
        out.add(new Diagnosis(info().id(), Severity.HIGH, sa.ref(),
            "ServiceAccount \"" + sa.name() + "\" names role \"" + arn.get() + "\", which is not an IAM role ARN, so its pods get no role.",
            List.of(ROLE_ARN + ": " + arn.get()), "annotate with arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME and restart the pods"));
      }
    }
    for (Resource pod : state.pods()) {
      if (!pod.node().at("status", "phase").textOr("").equals("Running")) {
        continue;
      }
      String saName = pod.node().at("spec", "serviceAccountName").textOr("default");
      Optional<Resource> sa = state.find("ServiceAccount", pod.namespace(), saName);
      Optional<String> arn = sa.flatMap(s -> s.annotation(ROLE_ARN)).filter(a -> ARN.matcher(a.strip()).matches());
      if (arn.isEmpty() || mutated(pod)) {
        continue;
      }
      String owner = ClusterState.controllerOf(pod).map(o -> o.at("kind").textOr("") + " " + o.at("name").textOr("")).orElse("");
      out.add(new Diagnosis(info().id(), Severity.HIGH, pod.ref(),
          "pod \"" + pod.name() + "\" runs as ServiceAccount \"" + saName + "\", which has an IAM role, but the pod identity webhook did not inject "
              + "the web-identity token, so AWS calls use the node's role instead.",
          List.of(ROLE_ARN + ": " + arn.get(), "no AWS_ROLE_ARN variable and no aws-iam-token projected volume in the pod"
              + (owner.isEmpty() ? "" : " (controller: " + owner + ")")),
          "restart the pods so the webhook mutates them (kubectl rollout restart), and check the pod identity webhook is up"));
    }
    return out;
  }

  /** Whether the webhook mutated the pod: the AWS variables in a container, or the token volume. */
  private static boolean mutated(Resource pod) {
    for (Node v : pod.node().at("spec", "volumes").items()) {
      if (v.at("name").textOr("").equals("aws-iam-token")) {
        return true;
      }
    }
    for (Node c : pod.node().at("spec", "containers").items()) {
      for (Node e : c.at("env").items()) {
        if (e.at("name").textOr("").equals("AWS_ROLE_ARN") || e.at("name").textOr("").equals("AWS_WEB_IDENTITY_TOKEN_FILE")) {
          return true;
        }
      }
    }
    return false;
  }
}
