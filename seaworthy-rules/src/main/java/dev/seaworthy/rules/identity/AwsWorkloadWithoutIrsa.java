package dev.seaworthy.rules.identity;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
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
 * A pod that calls AWS runs as a ServiceAccount of the input that has no IRSA role. Pods on the
 * namespace's default ServiceAccount are left to aws-workload-default-service-account (the fix there
 * is a dedicated ServiceAccount, not an annotation), and a ServiceAccount missing from the input to
 * aws-workload-service-account-not-found, so each problem is reported once.
 */
@RuleInfo(
    id = "aws-workload-without-irsa",
    title = "Workload calls AWS but its ServiceAccount has no IAM role",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        A pod with AWS settings in its environment (AWS_REGION and the like) or an image that exists to \
        call AWS (the AWS CLI, the CloudWatch agent, aws-for-fluent-bit, the Load Balancer Controller, \
        Cluster Autoscaler with --cloud-provider=aws, ...) needs AWS credentials. Its ServiceAccount is \
        in the audited input without an eks.amazonaws.com/role-arn annotation, so unless an EKS Pod \
        Identity association (not visible in manifests) exists for it, the SDK falls back to the node's \
        instance role: every pod on the node then shares one set of permissions, which must be the union \
        of what all of them need, and any compromised pod can use it (on Fargate there is no node role \
        and the calls fail). The EKS Best Practices Guide asks for IRSA or Pod Identity per workload.""",
    remediation = "Give the ServiceAccount its own least-privilege IAM role: annotate it with `eks.amazonaws.com/role-arn` (IRSA) or create an EKS Pod Identity association for it.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
    },
    equivalents = {"kubescape:C-0225", "hardeneks:check_aws_node_daemonset_service_account"},
    example = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: reports
          namespace: production
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
public final class AwsWorkloadWithoutIrsa implements PodSpecRule {

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
    Optional<Resource> serviceAccount = ServiceAccounts.of(pod, inventory);
    if (serviceAccount.isEmpty()
        || ServiceAccounts.hasRoleAnnotation(serviceAccount.get())
        || ServiceAccounts.roleGivenElsewhere(inventory, namespace, name)) {
      return List.of();
    }
    return List.of(Violation.of(ServiceAccounts.serviceAccountNode(pod),
        "ServiceAccount \"" + name + "\" has no " + ServiceAccounts.ROLE_ARN + " annotation while "
            + evidence.get().describe() + ": unless an EKS Pod Identity association exists for it, the pods use"
            + " the node's instance role, whose permissions every pod on the node shares"));
  }
}
