package dev.seaworthy.rules.observability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "fluent-bit-aws-output-without-irsa",
    title = "Fluent Bit ships to AWS but its ServiceAccount has no IAM role",
    severity = Severity.LOW,
    category = Category.OBSERVABILITY,
    checklist = {ChecklistItem.CENTRALIZED_LOGGING, ChecklistItem.IRSA},
    description = """
        Fluent Bit's cloudwatch_logs, s3, kinesis and firehose outputs call AWS APIs. When the \
        ServiceAccount of the workload that mounts the config carries no `eks.amazonaws.com/role-arn` \
        annotation, the AWS SDK falls back to the node's instance role, so every pod on the node \
        inherits the permission to write logs (and whatever else the node role allows), or the output \
        fails with access denied. Judged only when the input holds the workload that mounts the \
        ConfigMap and its ServiceAccount; an EKS Pod Identity association, which lives outside the \
        manifests, would also provide credentials, hence the low severity.""",
    remediation = "Annotate the Fluent Bit ServiceAccount with `eks.amazonaws.com/role-arn` naming a role that may only write its log groups or streams (or create an EKS Pod Identity association for it).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://docs.fluentbit.io/manual/pipeline/outputs/cloudwatch"
    },
    example = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
          namespace: amazon-cloudwatch
        data:
          fluent-bit.conf: |
            [OUTPUT]
                Name              cloudwatch_logs
                Match             *
                region            us-east-1
                log_group_name    /eks/production-cluster
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: fluent-bit
          namespace: amazon-cloudwatch
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: fluent-bit
          namespace: amazon-cloudwatch
        spec:
          selector:
            matchLabels: {app: fluent-bit}
          template:
            metadata:
              labels: {app: fluent-bit}
            spec:
              serviceAccountName: fluent-bit
              containers:
                - name: fluent-bit
                  image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4
                  volumeMounts:
                    - {name: config, mountPath: /fluent-bit/etc/}
              volumes:
                - name: config
                  configMap:
                    name: fluent-bit-config
        """,
    fixedExample = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
          namespace: amazon-cloudwatch
        data:
          fluent-bit.conf: |
            [OUTPUT]
                Name              cloudwatch_logs
                Match             *
                region            us-east-1
                log_group_name    /eks/production-cluster
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: fluent-bit
          namespace: amazon-cloudwatch
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/fluent-bit
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: fluent-bit
          namespace: amazon-cloudwatch
        spec:
          selector:
            matchLabels: {app: fluent-bit}
          template:
            metadata:
              labels: {app: fluent-bit}
            spec:
              serviceAccountName: fluent-bit
              containers:
                - name: fluent-bit
                  image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4
                  volumeMounts:
                    - {name: config, mountPath: /fluent-bit/etc/}
              volumes:
                - name: config
                  configMap:
                    name: fluent-bit-config
        """)
public final class FluentBitAwsOutputWithoutIrsa implements InventoryRule {

  private static final Set<String> AWS_OUTPUTS =
      Set.of("cloudwatch_logs", "cloudwatch", "s3", "kinesis_firehose", "kinesis_streams", "kinesis", "firehose");
  private static final String ROLE_ARN = "eks.amazonaws.com/role-arn";
  private static final Set<String> CREDENTIAL_ENV =
      Set.of("AWS_ACCESS_KEY_ID", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_PROFILE");

  @Override
  public boolean appliesTo(Resource resource) {
    return FluentBitFile.of(resource).stream().anyMatch(f -> firstAwsOutput(f).isPresent());
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Inventory inventory = context.inventory();
    String namespace = Inventory.namespaceOf(resource);
    for (PodSpecView pod : inventory.podSpecsIn(namespace)) {
      if (!mounts(pod, resource.name()) || setsCredentials(pod)) {
        continue;
      }
      Optional<Resource> sa = inventory.find("ServiceAccount", namespace, pod.serviceAccountName());
      if (sa.isEmpty() || !sa.get().annotation(ROLE_ARN).orElse("").isBlank()) {
        continue;
      }
      for (FluentBitFile file : FluentBitFile.of(resource)) {
        Optional<FluentBitConfig.Section> output = firstAwsOutput(file);
        if (output.isPresent()) {
          FluentBitConfig.Section o = output.get();
          return Violation.one(file.line(o.line()),
              "output " + o.plugin() + " (" + file.where(o.line()) + ") calls AWS, but ServiceAccount \"" + sa.get().name() + "\" of "
                  + pod.resource().kind() + " \"" + pod.resource().name() + "\", which mounts this ConfigMap, has no " + ROLE_ARN
                  + " annotation: unless an EKS Pod Identity association exists, it runs with the node's instance role");
        }
      }
    }
    return List.of();
  }

  private static Optional<FluentBitConfig.Section> firstAwsOutput(FluentBitFile file) {
    return file.config().all("OUTPUT").stream().filter(s -> AWS_OUTPUTS.contains(s.plugin())).findFirst();
  }

  private static boolean mounts(PodSpecView pod, String configMap) {
    for (Node volume : pod.spec().at("volumes").items()) {
      if (volume.at("configMap", "name").textOr("").equals(configMap)) {
        return true;
      }
      for (Node source : volume.at("projected", "sources").items()) {
        if (source.at("configMap", "name").textOr("").equals(configMap)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Credentials given some other way (static keys, a hand-wired web identity) are another rule's business. */
  private static boolean setsCredentials(PodSpecView pod) {
    for (ContainerView c : pod.allContainers()) {
      for (Node env : c.env()) {
        if (CREDENTIAL_ENV.contains(env.at("name").textOr(""))) {
          return true;
        }
      }
    }
    return false;
  }
}
