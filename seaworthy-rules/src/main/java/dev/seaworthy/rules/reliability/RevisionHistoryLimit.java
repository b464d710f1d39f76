package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.OptionalLong;

@RuleInfo(
    id = "revision-history-limit",
    title = "revisionHistoryLimit is 0 or very large",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    description = """
        revisionHistoryLimit is how many old ReplicaSets (Deployments) or ControllerRevisions \
        (StatefulSets, DaemonSets) the controller keeps. With 0 there is nothing to roll back to: \
        `kubectl rollout undo` fails and a bad release can only be fixed by a new one. A very large \
        value (above 50) keeps every old revision in etcd and in the cache of every controller that \
        watches them, which the EKS Best Practices Guide lists as a scalability cost. The default \
        (10) is fine and is not reported.""",
    remediation = "Remove revisionHistoryLimit to get the default of 10, or set a small value such as 3 to 10.",
    references = {
      "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#revision-history-limit",
      "https://docs.aws.amazon.com/eks/latest/best-practices/scale-workloads.html"
    },
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          revisionHistoryLimit: 0
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
          replicas: 3
          revisionHistoryLimit: 5
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """)
public final class RevisionHistoryLimit implements ResourceRule {

  private static final long MAX = 50;

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("apps", "Deployment") || resource.is("apps", "StatefulSet") || resource.is("apps", "DaemonSet");
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node limit = resource.node().at("spec", "revisionHistoryLimit");
    OptionalLong value = limit.asLong();
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.getAsLong() == 0) {
      return Violation.one(limit, Workloads.describe(resource) + " keeps no old revisions (revisionHistoryLimit: 0): `kubectl rollout undo` has nothing to return to");
    }
    if (value.getAsLong() > MAX) {
      return Violation.one(
          limit,
          Workloads.describe(resource) + " keeps up to " + value.getAsLong() + " old revisions: each stays in etcd and in every controller's cache (more than " + MAX + " is rarely useful)");
    }
    return List.of();
  }
}
