package dev.seaworthy.rules.validity;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "duplicate-container-name",
    title = "Two containers of a pod have the same name",
    severity = Severity.HIGH,
    category = Category.VALIDITY,
    description = """
        Container names must be unique across a pod's containers, initContainers and \
        ephemeralContainers: logs, exec, status and resource metrics are all addressed by that name. \
        The API server rejects a pod spec that repeats one, so the workload is never created. It \
        often happens when a sidecar or init container is copied from another manifest.""",
    remediation = "Rename one of the containers so that every name in the pod is unique.",
    references = {
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#containers",
      "https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#detailed-behavior"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          initContainers:
            - name: api
              image: example/migrate:1.0.0
          containers:
            - name: api
              image: example/api:2.1.0
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          initContainers:
            - name: migrate
              image: example/migrate:1.0.0
          containers:
            - name: api
              image: example/api:2.1.0
        """)
public final class DuplicateContainerName implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    Map<String, ContainerView> first = new HashMap<>();
    for (ContainerView c : pod.allContainers()) {
      String name = c.node().at("name").textOr("");
      if (name.isEmpty()) {
        continue;
      }
      ContainerView earlier = first.putIfAbsent(name, c);
      if (earlier != null) {
        out.add(
            Violation.of(
                c.node(),
                c.describe() + " has the same name as " + earlier.describe() + AppsWorkloads.lineOf(earlier.node())
                    + ": container names must be unique in a pod, so the API server rejects it"));
      }
    }
    return out;
  }
}
