package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;

/**
 * Fires on a non-empty {@code spec.serviceAccount}. The fix moves the value to serviceAccountName
 * when that is absent, and otherwise just drops the alias: serviceAccountName already wins.
 */
@RuleInfo(
    id = "deprecated-service-account-field",
    title = "Pod uses the deprecated serviceAccount field",
    severity = Severity.LOW,
    category = Category.SECURITY,
    description = """
        spec.serviceAccount is a deprecated alias of spec.serviceAccountName. When both are set \
        and differ, serviceAccountName wins silently, so the manifest says one identity and the pod \
        runs as another; reviewers and policy tools that read only one of the fields get the wrong \
        answer about which permissions the pod has.""",
    remediation = "Use `serviceAccountName` and delete `serviceAccount`.",
    references = {
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {"kube-linter:deprecated-service-account-field", "kubescape:C-0294"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: worker
        spec:
          serviceAccount: worker
          containers:
            - name: worker
              image: worker:2.0
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: worker
        spec:
          serviceAccountName: worker
          containers:
            - name: worker
              image: worker:2.0
        """)
public final class DeprecatedServiceAccountField implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Node alias = pod.spec().at("serviceAccount");
    String value = alias.textOr("");
    if (value.isEmpty()) {
      return List.of();
    }
    Node name = pod.spec().at("serviceAccountName");
    String remove = pod.specPointer() + "/serviceAccount";
    if (!name.isPresent()) {
      return List.of(
          Violation.of(alias, "pod sets the deprecated serviceAccount field; use serviceAccountName")
              .withFix(Fix.of("Rename serviceAccount to serviceAccountName",
                  PatchOp.add(pod.specPointer() + "/serviceAccountName", value), PatchOp.remove(remove))));
    }
    String other = name.textOr("");
    String message = other.equals(value)
        ? "pod sets the deprecated serviceAccount field next to serviceAccountName; remove it"
        : "pod sets the deprecated serviceAccount \"" + value + "\", but serviceAccountName \"" + other + "\" wins; remove serviceAccount";
    return List.of(Violation.of(alias, message).withFix(Fix.of("Remove serviceAccount", PatchOp.remove(remove))));
  }
}
