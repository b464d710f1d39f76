package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.List;

/**
 * spec.ingressClassName names an IngressClass the input does not have. IngressClasses are cluster
 * objects usually installed with the controller (the AWS Load Balancer Controller chart creates
 * "alb" unless createIngressClassResource is false), so this is low and worded as a check to make.
 */
@RuleInfo(
    id = "ingress-class-not-found",
    title = "IngressClass named by the Ingress is not in the audited input",
    severity = Severity.LOW,
    category = Category.INGRESS,
    description = """
        spec.ingressClassName refers to an IngressClass object, and a controller only serves Ingresses \
        whose class names it (spec.controller, ingress.k8s.aws/alb for the AWS Load Balancer \
        Controller). If no IngressClass of that name exists, no controller picks the Ingress up and no \
        load balancer is created, silently. The IngressClass is not in the audited input; it is often \
        installed with the controller (the AWS Load Balancer Controller Helm chart creates "alb" by \
        default), so check that it exists in the cluster, or keep it with the manifests.""",
    remediation = "Check that the IngressClass exists in the cluster (`kubectl get ingressclass`), or add it to the manifests with the controller it belongs to.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class",
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/ingress_class/"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          ingressClassName: alb
          defaultBackend:
            service:
              name: web
              port:
                number: 80
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata:
          name: alb
        spec:
          controller: ingress.k8s.aws/alb
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          ingressClassName: alb
          defaultBackend:
            service:
              name: web
              port:
                number: 80
        """)
public final class IngressClassNotFound implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource) && resource.node().at("spec", "ingressClassName").text().isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Node className = resource.node().at("spec", "ingressClassName");
    String name = className.textOr("");
    if (name.isEmpty() || Alb.ingressClass(context.inventory(), name).isPresent()) {
      return List.of();
    }
    String hint = name.equals("alb")
        ? "; the AWS Load Balancer Controller Helm chart creates it by default (createIngressClassResource: true), so check that it exists in the cluster"
        : "; check that it exists in the cluster, or no controller serves this Ingress";
    return List.of(Violation.of(className, "IngressClass \"" + name + "\" is not found in the audited input" + hint));
  }
}
