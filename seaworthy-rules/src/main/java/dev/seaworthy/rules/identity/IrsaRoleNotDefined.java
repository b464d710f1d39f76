package dev.seaworthy.rules.identity;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.IrsaRoleView;
import dev.seaworthy.core.view.eks.Setting;
import dev.seaworthy.core.view.eks.Values;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

@RuleInfo(
    id = "irsa-role-not-defined",
    title = "ServiceAccount names an IAM role that the audited IaC does not create",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    checklist = {ChecklistItem.IRSA},
    description = """
        A ServiceAccount's eks.amazonaws.com/role-arn annotation names the role its pods assume. \
        When the Terraform or eksctl of the same audit creates IRSA roles but none with that name, \
        the annotation is most likely stale or mistyped (a renamed role, another environment's \
        account) and the pods fail with AccessDenied at run time. Reported only when the audit holds \
        IRSA roles and every IAM role name in the IaC is known; roles created elsewhere (another \
        repository, the console) are possible, hence the low severity and the wording.""",
    remediation = "Point the annotation at a role the IaC creates (check the role name and account), or add the role and its trust for this ServiceAccount to the IaC.",
    references = {
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html",
      "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: s3-app
                namespace: production
              roleOnly: true
              roleName: s3-app-prod
              attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/s3-app-staging
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: s3-app
                namespace: production
              roleOnly: true
              roleName: s3-app-prod
              attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: s3-app
          namespace: production
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/s3-app-prod
        """)
public final class IrsaRoleNotDefined implements InventoryRule {

  @Override
  public boolean appliesTo(Resource r) {
    return (r.origin() == Origin.MANIFEST || r.origin() == Origin.LIVE) && r.kind().equals("ServiceAccount") && r.group().isEmpty()
        && ServiceAccounts.hasRoleAnnotation(r);
  }

  @Override
  public List<Violation> check(Resource sa, RuleContext context) {
    String arn = sa.annotation(ServiceAccounts.ROLE_ARN).orElse("").strip();
    if (IrsaRoleArnMalformed.problem(arn).isPresent()) {
      return List.of();
    }
    String name = arn.substring(arn.lastIndexOf('/') + 1);
    Optional<TreeSet<String>> known = knownRoleNames(context.inventory());
    if (known.isEmpty() || known.get().contains(name)) {
      return List.of();
    }
    Node at = sa.metadata().at("annotations", ServiceAccounts.ROLE_ARN);
    return Violation.one(at, "ServiceAccount \"" + sa.name() + "\" is annotated with role \"" + name
        + "\", which no IAM role in the audited IaC creates (it creates " + String.join(", ", known.get())
        + "): if the name is stale or mistyped, its pods get AccessDenied");
  }

  /**
   * The names of every IAM role the IaC of the input creates, when the input has IRSA roles and
   * every role name is known; empty otherwise (nothing to compare with, or a name is not known).
   */
  private static Optional<TreeSet<String>> knownRoleNames(Inventory inventory) {
    List<IrsaRoleView> irsa = EksInputs.irsaRoles(inventory);
    if (irsa.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<String> names = new TreeSet<>();
    for (IrsaRoleView role : irsa) {
      if (role.source() == IrsaRoleView.Source.EKSCTL) {
        Node attach = role.node().at("attachRoleARN");
        if (attach.text().isPresent()) {
          String a = attach.textOr("");
          names.add(a.substring(a.lastIndexOf('/') + 1));
          continue;
        }
      }
      Setting<String> name = role.roleName();
      if (name.known().isEmpty()) {
        return Optional.empty();
      }
      names.add(name.value());
    }
    for (Resource r : inventory.ofKind("aws_iam_role")) {
      if (r.origin() != Origin.TERRAFORM) {
        continue;
      }
      Node n = r.node().at("name");
      if (!n.isPresent() || Values.isExpression(n)) {
        return Optional.empty(); // name_prefix or a computed name
      }
      names.add(n.textOr(""));
    }
    for (Resource m : inventory.ofKind("module")) {
      for (String field : List.of("role_name", "iam_role_name")) {
        Node n = m.node().at(field);
        if (Values.isExpression(n)) {
          return Optional.empty();
        }
        n.text().ifPresent(names::add);
      }
    }
    return Optional.of(names);
  }
}
