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
import java.util.Optional;

/**
 * An internet-facing ALB with no web application firewall: no wafv2-acl-arn, wafv2-acl-name,
 * waf-acl-id (or its alias web-acl-id), no shield-advanced-protection, and no WAF in its
 * IngressClassParams. Left alone: IngressGroup members (the WAF setting is exclusive to the group and
 * another member may carry it), params the input does not show, and load balancers whose
 * inbound-cidrs admit no address range open to everyone.
 */
@RuleInfo(
    id = "alb-internet-facing-without-waf",
    title = "Internet-facing ALB without a web application firewall",
    severity = Severity.LOW,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        alb.ingress.kubernetes.io/scheme: internet-facing gives the ALB public addresses, reachable \
        from anywhere. Nothing in the manifest associates an AWS WAF web ACL (wafv2-acl-arn) or AWS \
        Shield Advanced with it, so requests reach the application without the managed rule groups \
        (common exploits, known bad inputs, IP reputation, rate limits) that the EKS Best Practices \
        Guide recommends in front of public endpoints. AWS Firewall Manager can associate a web ACL \
        outside the manifests; if it does here, this finding can be suppressed with that reason.""",
    remediation = "Associate a regional AWS WAF web ACL with `alb.ingress.kubernetes.io/wafv2-acl-arn` (or through Firewall Manager), or make the ALB internal if it need not be public.",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#addons",
      "https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html",
      "https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/scheme: internet-facing
            alb.ingress.kubernetes.io/target-type: ip
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/scheme: internet-facing
            alb.ingress.kubernetes.io/target-type: ip
            alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/5e8c1a3f-7b2d-4e6a-9c1f-3d5b7a9e2c4f
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
        """)
public final class AlbInternetFacingWithoutWaf implements InventoryRule {

  private static final List<String> WAF_ANNOTATIONS = List.of("wafv2-acl-arn", "wafv2-acl-name", "waf-acl-id", "web-acl-id");

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Alb.Context> found = Alb.of(resource, context.inventory());
    if (found.isEmpty() || found.get().maybeGrouped()) {
      return List.of();
    }
    Alb.Context alb = found.get();
    Node scheme = alb.param("scheme").isPresent() ? alb.param("scheme") : alb.annotation("scheme");
    if (!scheme.textOr("").strip().equals("internet-facing") || hasFirewall(alb) || restrictedSources(alb)) {
      return List.of();
    }
    Node at = alb.annotation("scheme").isPresent() ? alb.annotation("scheme") : resource.node().at("metadata");
    String origin = alb.param("scheme").isPresent() ? " (set by its IngressClassParams)" : "";
    return List.of(Violation.of(at.isPresent() ? at : resource.node(), "the ALB is internet-facing" + origin
        + " and has no AWS WAF web ACL (wafv2-acl-arn) or Shield Advanced protection: public requests reach the backends unfiltered,"
        + " unless AWS Firewall Manager associates a web ACL outside the manifests"));
  }

  private static boolean hasFirewall(Alb.Context alb) {
    for (String key : WAF_ANNOTATIONS) {
      Optional<String> value = alb.annotationText(key);
      if (value.isPresent() && !value.get().equals("none")) {
        return true;
      }
    }
    if (alb.annotationText("shield-advanced-protection").map(v -> v.equalsIgnoreCase("true")).orElse(false)) {
      return true;
    }
    return alb.param("wafv2AclArn").text().filter(v -> !v.isBlank()).isPresent()
        || alb.param("wafv2AclName").text().filter(v -> !v.isBlank()).isPresent();
  }

  /** inbound-cidrs (annotation, or params, which win) that admit no range open to the whole internet. */
  private static boolean restrictedSources(Alb.Context alb) {
    List<String> cidrs = new ArrayList<>();
    alb.param("inboundCIDRs").items().forEach(i -> i.text().ifPresent(cidrs::add));
    if (cidrs.isEmpty()) {
      alb.annotationText("inbound-cidrs").map(Alb::splitList).ifPresent(cidrs::addAll);
    }
    return !cidrs.isEmpty() && cidrs.stream().map(String::strip).noneMatch(c -> c.endsWith("/0"));
  }
}
