package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Instance targets need a node port: with target type instance the controller registers each node
 * on the Service's NodePort, and for a ClusterIP Service it fails ("service type must be either
 * 'NodePort' or 'LoadBalancer'"). Reported only when instance is set somewhere the input shows (an
 * annotation, IngressClassParams, or the controller's own --default-target-type); a bare default is
 * left to alb-target-type-instance, since the controller may run with --default-target-type=ip.
 */
@RuleInfo(
    id = "alb-instance-target-cluster-ip-service",
    title = "ALB instance target type with a ClusterIP backend Service",
    severity = Severity.HIGH,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        With alb.ingress.kubernetes.io/target-type: instance the ALB sends traffic to every node on the \
        backend Service's NodePort, so the Service must be of type NodePort or LoadBalancer. A \
        ClusterIP Service (the default type) has no node port: the AWS Load Balancer Controller refuses \
        to register targets ("service type must be either 'NodePort' or 'LoadBalancer'"), the target \
        group stays empty and the ALB answers 503 on every request routed there.""",
    remediation = "Use `alb.ingress.kubernetes.io/target-type: ip`, which targets pod IPs and works with ClusterIP Services, or make the Service a NodePort.",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type",
      "https://docs.aws.amazon.com/eks/latest/best-practices/load-balancing.html"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/target-type: instance
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
            - port: 80
              targetPort: 8080
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/target-type: ip
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
            - port: 80
              targetPort: 8080
        """)
public final class AlbInstanceTargetClusterIpService implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Alb.Context> found = Alb.of(resource, context.inventory());
    if (found.isEmpty()) {
      return List.of();
    }
    Optional<String> controllerDefault = Alb.controllerDefaultTargetType(context.inventory());
    Set<String> reported = new HashSet<>();
    List<Violation> out = new ArrayList<>();
    for (IngressBackends.Backend backend : IngressBackends.of(resource)) {
      if (backend.isAlbAction() || reported.contains(backend.name())) {
        continue;
      }
      Optional<Resource> service = IngressBackends.service(context.inventory(), resource, backend);
      Optional<Alb.TargetType> target = service.flatMap(s -> broken(found.get(), s, controllerDefault));
      if (target.isEmpty()) {
        continue;
      }
      reported.add(backend.name());
      Violation v = Violation.of(backend.serviceName(), "target type is instance (set by " + target.get().source().text + ") but backend Service \""
          + backend.name() + "\" is ClusterIP: instance targets need a NodePort or LoadBalancer Service, so the controller registers no targets and the ALB answers 503");
      if (target.get().source() == Alb.Source.INGRESS) {
        v = v.withFix(Fix.of("Switch the Ingress to target-type ip",
            PatchOp.replace("/metadata/annotations/" + PatchOp.escape(Alb.PREFIX + "target-type"), "ip")));
      }
      out.add(v);
    }
    return out;
  }

  /** The explicit instance target type of a ClusterIP Service's target group, if that is the case. */
  static Optional<Alb.TargetType> broken(Alb.Context alb, Resource service, Optional<String> controllerDefault) {
    String type = service.node().at("spec", "type").textOr("ClusterIP");
    if (!type.equals("ClusterIP")) {
      return Optional.empty();
    }
    return Alb.targetType(alb, Optional.of(service), controllerDefault)
        .filter(t -> t.value().equals("instance") && t.source() != Alb.Source.DEFAULT);
  }
}
