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
 * A pod that calls AWS runs as its namespace's default ServiceAccount. This is reported whether or
 * not the default ServiceAccount carries an IAM role: with a role, every pod of the namespace gets
 * it; without one, the pod uses the node's role. Either way the fix is a dedicated ServiceAccount,
 * so aws-workload-without-irsa and aws-workload-service-account-not-found skip these pods.
 */
@RuleInfo(
    id = "aws-workload-default-service-account",
    title = "Workload calls AWS as its namespace's default ServiceAccount",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        A pod with AWS settings in its environment or an image that exists to call AWS runs as the \
        default ServiceAccount of its namespace (serviceAccountName unset or "default"). IAM roles \
        for pods (IRSA, EKS Pod Identity) are granted per ServiceAccount, so an IAM role on the \
        default ServiceAccount goes to every pod of the namespace that does not pick another one, and \
        without a role the pod falls back to the node's instance role. The EKS Best Practices Guide \
        asks for a dedicated ServiceAccount per application so that its IAM role can be scoped to \
        exactly what it needs.""",
    remediation = "Create a ServiceAccount for the application with its own least-privilege IAM role (IRSA annotation or EKS Pod Identity association) and set `serviceAccountName` to it.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html",
      "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts"
    },
    equivalents = {"kube-linter:default-service-account", "kubescape:C-0189", "kubescape:C-0225"},
    example = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: backup-to-s3
          namespace: production
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: upload
                      image: public.ecr.aws/aws-cli/aws-cli:2.17.0
                      args: ["s3", "sync", "/data", "s3://backups/data"]
        """,
    fixedExample = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: backup-to-s3
          namespace: production
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: backup-to-s3
                  restartPolicy: OnFailure
                  containers:
                    - name: upload
                      image: public.ecr.aws/aws-cli/aws-cli:2.17.0
                      args: ["s3", "sync", "/data", "s3://backups/data"]
        """)
public final class AwsWorkloadDefaultServiceAccount implements PodSpecRule {

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return AwsUsage.of(pod).isPresent();
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Optional<AwsUsage.Evidence> evidence = AwsUsage.of(pod);
    if (evidence.isEmpty() || !pod.serviceAccountName().equals("default")) {
      return List.of();
    }
    String namespace = Inventory.namespaceOf(pod.resource());
    String how = pod.spec().at("serviceAccountName").isPresent() || pod.spec().at("serviceAccount").isPresent()
        ? "runs as the default ServiceAccount"
        : "sets no serviceAccountName, so it runs as the default ServiceAccount";
    return List.of(Violation.of(ServiceAccounts.serviceAccountNode(pod),
        "pod " + how + " of namespace \"" + namespace + "\" while " + evidence.get().describe()
            + ": give it a dedicated ServiceAccount with its own IAM role, as a role on the default one goes to every pod of the namespace"));
  }
}
