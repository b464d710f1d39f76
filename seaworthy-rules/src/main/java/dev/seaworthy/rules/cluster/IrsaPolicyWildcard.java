package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.IrsaRoleView;
import dev.seaworthy.core.view.eks.PolicyDocument;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(
    id = "irsa-policy-wildcard",
    title = "IAM policy of a service-account role allows every action or every resource",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        IRSA exists to give each workload only the AWS permissions it needs. A policy attached to a \
        service-account role that allows `*` or `service:*` actions, NotAction, or write and data \
        actions on every resource (`*`) hands a compromised pod the whole service, or the whole \
        account. Policies are read where the input defines them: jsonencode structures, JSON \
        strings, aws_iam_policy_document data sources, eksctl attachPolicy, and the AWS managed \
        AdministratorAccess, PowerUserAccess and *FullAccess policies by name. Describe and List \
        actions on `*` (which many APIs require), statements with conditions on `*`, and policies \
        the module writes itself (attach_*_policy) are not reported.""",
    remediation = "Grant the specific actions the workload calls on its own resources (bucket, table, queue ARNs) instead of wildcards.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: s3-app
                namespace: production
              attachPolicy:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: ["s3:*"]
                    Resource: "*"
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: s3-app
                namespace: production
              attachPolicy:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: ["s3:GetObject", "s3:PutObject"]
                    Resource: "arn:aws:s3:::my-app-bucket/*"
        """)
public final class IrsaPolicyWildcard implements InventoryRule {

  private static final Pattern READ_ONLY = Pattern.compile("[a-z0-9-]+:(Describe|List)[A-Za-z0-9*]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATA_READ = Pattern.compile(
      "s3:GetObject.*|secretsmanager:GetSecretValue|ssm:GetParameter.*|kms:.*|dynamodb:(Get|BatchGet).*", Pattern.CASE_INSENSITIVE);

  @Override
  public boolean appliesTo(Resource resource) {
    return IrsaRoles.mayDefine(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (IrsaRoleView role : IrsaRoleView.of(resource, context.inventory())) {
      for (IrsaRoleView.AttachedPolicy policy : role.policies()) {
        String subject = role.describe() + ": " + policy.label();
        if (policy.arn().isPresent()) {
          managed(policy.arn().get()).ifPresent(why -> out.add(Violation.of(policy.reference(), subject + " " + why)));
          continue;
        }
        if (policy.document().known().isEmpty()) {
          continue;
        }
        for (PolicyDocument.Statement s : policy.document().value().statements()) {
          statement(s).ifPresent(f -> out.add(Violation.of(f.node, subject + " " + f.what)));
        }
      }
    }
    return out;
  }

  private record Fault(Node node, String what) {}

  private static Optional<Fault> statement(PolicyDocument.Statement s) {
    if (!s.allows()) {
      return Optional.empty();
    }
    if (s.notActions().known().map(l -> !l.isEmpty()).orElse(false)) {
      return Optional.of(new Fault(s.notActions().node(), "allows every action except " + s.notActions().value() + " (NotAction with Allow)"));
    }
    Setting<List<String>> actions = s.actions();
    if (actions.known().isEmpty()) {
      return Optional.empty();
    }
    List<String> resources = s.resources().known().orElse(List.of());
    boolean everyResource = resources.contains("*");
    String on = everyResource ? " on every resource (*)" : "";
    for (int i = 0; i < actions.value().size(); i++) {
      String a = actions.value().get(i).strip();
      if (a.equals("*")) {
        return Optional.of(new Fault(item(actions, i), "allows every AWS action (*)" + on));
      }
      if (a.endsWith(":*")) {
        return Optional.of(new Fault(item(actions, i), "allows every " + a.substring(0, a.length() - 2) + " action (" + a + ")" + on));
      }
    }
    if (everyResource && s.conditions().isEmpty()) {
      List<String> broad = actions.value().stream().map(String::strip)
          .filter(a -> !READ_ONLY.matcher(a).matches() || DATA_READ.matcher(a).matches())
          .filter(a -> !isReadOfMetadata(a))
          .toList();
      if (!broad.isEmpty()) {
        Node at = s.resources().node().isList() ? firstStar(s.resources()) : s.resources().node();
        return Optional.of(new Fault(at, "allows " + String.join(", ", broad) + " on every resource (*)"));
      }
    }
    return Optional.empty();
  }

  /** Reads that need {@code *} or reveal nothing but metadata. */
  private static boolean isReadOfMetadata(String action) {
    String a = action.toLowerCase(Locale.ROOT);
    return a.equals("sts:getcalleridentity") || a.equals("ecr:getauthorizationtoken")
        || (READ_ONLY.matcher(action).matches() && !DATA_READ.matcher(action).matches());
  }

  private static Node item(Setting<List<String>> list, int index) {
    List<Node> items = list.node().items();
    return index < items.size() ? items.get(index) : list.node();
  }

  private static Node firstStar(Setting<List<String>> list) {
    for (Node n : list.node().items()) {
      if (n.textOr("").strip().equals("*")) {
        return n;
      }
    }
    return list.node();
  }

  /** AWS managed policies known to grant whole services or everything. */
  private static Optional<String> managed(String arn) {
    Optional<String> name = IrsaRoleView.awsManagedName(arn);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String n = name.get();
    if (n.equals("AdministratorAccess")) {
      return Optional.of("grants every AWS action on every resource");
    }
    if (n.equals("PowerUserAccess")) {
      return Optional.of("grants every AWS action except IAM and Organizations management on every resource");
    }
    if (n.endsWith("FullAccess")) {
      return Optional.of("is an AWS managed policy that grants a whole service (service:*) on every resource");
    }
    return Optional.empty();
  }
}
