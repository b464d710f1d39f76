package dev.seaworthy.rules.identity;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;

/**
 * The partial-input half of aws-workload-without-irsa: the ServiceAccount of a pod that calls AWS
 * is not in the input, so whether it has an IAM role cannot be seen. Low, and worded as such.
 */
@RuleInfo(
    id = "aws-workload-service-account-not-found",
    title = "Workload calls AWS and its ServiceAccount is not in the audited input",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        A pod with AWS settings in its environment or an image that exists to call AWS needs an IAM \
        role of its own (IRSA or EKS Pod Identity); otherwise it falls back to the node's instance \
        role, shared by every pod on the node. Its ServiceAccount is not in the audited input, so \
        Seaworthy cannot see whether it carries an eks.amazonaws.com/role-arn annotation. Audit the \
        ServiceAccount together with the workload (or check it in the cluster) to settle it.""",
    remediation = "Keep the ServiceAccount, annotated with `eks.amazonaws.com/role-arn` (or with an EKS Pod Identity association), in the same set of manifests as the workload.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {"kubescape:C-0225"},
    example = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: reports
          namespace: production
        spec:
          selector:
            matchLabels: {app: reports}
          template:
            metadata:
              labels: {app: reports}
            spec:
              serviceAccountName: reports
              containers:
                - name: app
                  image: reports:1.4.2
                  env:
                    - name: AWS_REGION
                      value: us-east-1
        """,
    fixedExample = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: reports
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/reports
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: reports
          namespace: production
        spec:
          selector:
            matchLabels: {app: reports}
          template:
            metadata:
              labels: {app: reports}
            spec:
              serviceAccountName: reports
              containers:
                - name: app
                  image: reports:1.4.2
                  env:
                    - name: AWS_REGION
                      value: us-east-1
        """)
public final class AwsWorkloadServiceAccountNotFound implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return !pod.serviceAccountName().equals("default") && AwsUsage.of(pod).isPresent();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Optional<AwsUsage.Evidence> evidence = AwsUsage.of(pod);
    String name = pod.serviceAccountName();
    if (evidence.isEmpty() || name.equals("default")) {
      return List.of();
    }
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(pod.resource());
    if (ServiceAccounts.of(pod, inventory).isPresent() || ServiceAccounts.roleGivenElsewhere(inventory, namespace, name)) {
      return List.of();
    }
    StringBuilder message = new StringBuilder("ServiceAccount \"").append(name).append("\" is not found in the audited input (namespace \"")
        .append(namespace).append("\") while ").append(evidence.get().describe())
        .append(": check that it has an ").append(ServiceAccounts.ROLE_ARN)
        .append(" annotation or an EKS Pod Identity association, or the pods use the node's instance role");
    List<String> elsewhere = ServiceAccounts.namespacesHolding(inventory, name, namespace);
    if (!elsewhere.isEmpty()) {
      message.append(". A ServiceAccount of that name is in namespace ").append(String.join(", ", elsewhere));
      if (pod.resource().namespace().isEmpty()) {
        message.append(", but the workload names no namespace, so it lands in the namespace it is applied to");
      }
    }
    return List.of(Violation.of(ServiceAccounts.serviceAccountNode(pod), message.toString()));
  }
}
