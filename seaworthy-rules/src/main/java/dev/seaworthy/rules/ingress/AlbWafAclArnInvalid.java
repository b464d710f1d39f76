package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The WAFv2 web ACL of an ALB Ingress (wafv2-acl-arn annotation) or of IngressClassParams
 * (spec.wafv2AclArn). An empty value removes the association, and so does "none" in recent
 * controller versions; both are accepted.
 */
@RuleInfo(
    id = "alb-wafv2-acl-arn-invalid",
    title = "ALB WAFv2 web ACL ARN is malformed or not regional",
    severity = Severity.HIGH,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        alb.ingress.kubernetes.io/wafv2-acl-arn associates an AWS WAF web ACL with the ALB. It must be \
        a regional web ACL in the ALB's region: arn:aws:wafv2:<region>:<12-digit \
        account>:regional/webacl/<name>/<id>. A global web ACL (scope CLOUDFRONT, global/webacl/...) \
        can only protect CloudFront distributions, and a malformed ARN does not exist: the association \
        fails, the controller stops reconciling the Ingress and its IngressGroup, and the load balancer \
        is left without the firewall the manifest promises.""",
    remediation = "Create (or pick) a web ACL with scope REGIONAL in the ALB's region and copy its ARN from `aws wafv2 list-web-acls --scope REGIONAL --region <ALB region>`.",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#wafv2-acl-arn",
      "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
          annotations:
            alb.ingress.kubernetes.io/scheme: internet-facing
            alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789:global/webacl/my-waf/abc
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: api, port: {number: 80}}
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
          annotations:
            alb.ingress.kubernetes.io/scheme: internet-facing
            alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/my-waf/5e8c1a3f-7b2d-4e6a-9c1f-3d5b7a9e2c4f
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: api, port: {number: 80}}
        """)
public final class AlbWafAclArnInvalid implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    if (resource.is("elbv2.k8s.aws", "IngressClassParams")) {
      return resource.node().at("spec", "wafv2AclArn").isPresent();
    }
    return IngressBackends.isIngress(resource) && resource.node().at("metadata", "annotations", Alb.PREFIX + "wafv2-acl-arn").isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    boolean params = resource.is("elbv2.k8s.aws", "IngressClassParams");
    if (!params && Alb.of(resource, context.inventory()).isEmpty()) {
      return List.of();
    }
    Node value = params
        ? resource.node().at("spec", "wafv2AclArn")
        : resource.node().at("metadata", "annotations", Alb.PREFIX + "wafv2-acl-arn");
    String arn = value.textOr("").strip();
    if (arn.isEmpty() || arn.equals("none") || Alb.templated(arn)) {
      return List.of();
    }
    List<String> problems = new ArrayList<>(Arns.webAclProblems(arn));
    if (problems.isEmpty()) {
      return List.of();
    }
    String field = params ? "wafv2AclArn" : "wafv2-acl-arn";
    return List.of(Violation.of(value, field + " \"" + arn + "\" " + String.join(", ", problems)
        + ": the association fails and the controller stops reconciling the Ingress"));
  }
}
