package dev.seaworthy.rules.validity;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "duplicate-env-name",
    title = "Container sets the same environment variable twice",
    severity = Severity.MEDIUM,
    category = Category.VALIDITY,
    description = """
        When a container's env list names the same variable twice, the API server accepts it but \
        only the last entry takes effect, so whoever edits the first one sees no change. env is a \
        list merged by name, and strategic-merge patches (kubectl apply, kustomize patches) \
        mishandle lists with duplicate keys: removing one entry can remove both, or the wrong value \
        can survive a later apply.""",
    remediation = "Keep one entry per variable name; delete the earlier duplicate.",
    references = {
      "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#environment-variables"
    },
    equivalents = {
      "kube-score:environment-variable-key-duplication",
      "kube-linter:duplicate-env-var",
      "kubescape:C-0295"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              env:
                - {name: LOG_LEVEL, value: info}
                - {name: LOG_LEVEL, value: debug}
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              env:
                - {name: LOG_LEVEL, value: debug}
        """)
public final class DuplicateEnvName implements ContainerRule {

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    Map<String, Node> first = new HashMap<>();
    for (Node entry : container.env()) {
      String name = entry.at("name").textOr(null);
      if (name == null) {
        continue;
      }
      Node earlier = first.putIfAbsent(name, entry);
      if (earlier != null) {
        out.add(
            Violation.of(
                entry,
                container.describe() + " sets env \"" + name + "\" again" + AppsWorkloads.firstAt(earlier) + ": only the last entry with that name takes effect"));
      }
    }
    return out;
  }
}
