package dev.seaworthy.rules.identity;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IRSA annotation must hold an IAM role ARN, because the pod identity webhook copies it verbatim
 * into AWS_ROLE_ARN and the SDK passes it to sts:AssumeRoleWithWebIdentity, which only assumes
 * roles. The shape checked is the webhook's own (pkg/cache/cache.go warns on anything else):
 * arn:aws[-partition]:iam::&lt;12 digits&gt;:role/&lt;optional path/&gt;&lt;name&gt;. Values that are evidently
 * unrendered templates (${VAR}, {{ .Values.x }}, &lt;ROLE_ARN&gt;) and empty values (the webhook then
 * injects nothing; aws-workload-without-irsa covers that) are left alone.
 */
@RuleInfo(
    id = "irsa-role-arn-malformed",
    title = "IRSA role-arn annotation is not a well-formed IAM role ARN",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        The eks.amazonaws.com/role-arn annotation of a ServiceAccount tells the EKS pod identity webhook \
        which IAM role its pods assume (IRSA). The webhook does not validate the value: it injects it \
        as AWS_ROLE_ARN with a projected web-identity token, and every AWS SDK call of the pod then \
        fails in sts:AssumeRoleWithWebIdentity. The value must be an IAM role ARN, \
        arn:aws:iam::<12-digit account>:role/<name> (arn:aws-cn or arn:aws-us-gov in those \
        partitions): an AWS account ID always has 12 digits (leading zeros included), IAM ARNs have an \
        empty region field, and a user, policy, instance-profile or assumed-role ARN cannot be assumed \
        through web identity.""",
    remediation = "Set the annotation to the role's exact ARN, copied from `aws iam get-role --role-name <name> --query Role.Arn`.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://github.com/aws/amazon-eks-pod-identity-webhook"
    },
    example = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789:role/s3-access-irsa
        """,
    fixedExample = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/s3-access-irsa
        """)
public final class IrsaRoleArnMalformed implements ResourceRule {

  private static final Pattern PARTITION = Pattern.compile("aws(-[a-z0-9]+)*");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  // IAM path and role-name characters: letters, digits and +=,.@_- ; the path sits between slashes
  private static final Pattern ROLE = Pattern.compile("role/([\\w+=,.@-]+/)*[\\w+=,.@-]+");
  private static final Pattern TEMPLATE = Pattern.compile(".*(\\$\\{|\\$\\(|\\{\\{|<[^<>]+>).*", Pattern.DOTALL);

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.is("", "ServiceAccount") && resource.node().at("metadata", "annotations", ServiceAccounts.ROLE_ARN).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node value = resource.node().at("metadata", "annotations", ServiceAccounts.ROLE_ARN);
    Optional<String> text = value.text();
    if (text.isEmpty() || text.get().isBlank() || TEMPLATE.matcher(text.get()).matches()) {
      return List.of();
    }
    String raw = text.get();
    Optional<String> problem = problem(raw.strip());
    String prefix = "ServiceAccount \"" + resource.name() + "\" has " + ServiceAccounts.ROLE_ARN + " \"" + raw + "\"";
    if (problem.isPresent()) {
      return List.of(Violation.of(value, prefix + ", which " + problem.get()
          + ": the pod identity webhook injects it as AWS_ROLE_ARN and every AWS call of the pods fails to assume it"));
    }
    if (!raw.equals(raw.strip())) {
      Violation v = Violation.of(value, prefix + " with surrounding whitespace, which the webhook copies into AWS_ROLE_ARN, so the role cannot be assumed");
      return List.of(v.withFix(Fix.of("Remove the whitespace around the role ARN",
          PatchOp.replace("/metadata/annotations/" + PatchOp.escape(ServiceAccounts.ROLE_ARN), raw.strip()))));
    }
    return List.of();
  }

  /** Why the value is not an assumable IAM role ARN, or empty when it is one. */
  static Optional<String> problem(String arn) {
    if (!arn.startsWith("arn:")) {
      return Optional.of("is not an ARN (write the full arn:aws:iam::<account>:role/<name>)");
    }
    String[] parts = arn.split(":", 6);
    if (parts.length < 6) {
      return Optional.of("is not a complete ARN (arn:partition:iam::account:role/name)");
    }
    String partition = parts[1];
    String service = parts[2];
    String region = parts[3];
    String account = parts[4];
    String resource = parts[5];
    if (!PARTITION.matcher(partition).matches()) {
      return Optional.of("has partition \"" + partition + "\" (aws, aws-cn, aws-us-gov or another aws-* partition expected)");
    }
    if (service.equals("sts") && resource.startsWith("assumed-role/")) {
      return Optional.of("is an STS assumed-role session ARN, not the role's ARN");
    }
    if (!service.equals("iam")) {
      return Optional.of("names service \"" + service + "\", not iam: only an IAM role can be assumed with web identity");
    }
    if (!region.isEmpty()) {
      return Optional.of("has region \"" + region + "\", but IAM ARNs have an empty region field (iam::)");
    }
    if (!ACCOUNT.matcher(account).matches()) {
      String digits = account.chars().allMatch(Character::isDigit) ? account.length() + " digits" : "not only digits";
      return Optional.of("has account ID \"" + account + "\" (" + digits + "; an AWS account ID is exactly 12 digits)");
    }
    int slash = resource.indexOf('/');
    String type = slash < 0 ? resource : resource.substring(0, slash);
    if (!type.equals("role")) {
      return Optional.of("is an IAM " + (type.isEmpty() ? "resource" : type) + " ARN, not a role: only a role can be assumed with web identity");
    }
    if (!ROLE.matcher(resource).matches() || roleName(resource).length() > 64) {
      return Optional.of("has an invalid role path or name \"" + resource.substring(5) + "\"");
    }
    return Optional.empty();
  }

  private static String roleName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
