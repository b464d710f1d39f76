package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.model.Node;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ALB Ingress whose target groups use instance targets (explicitly, or by default when nothing
 * sets a target type). One finding per Ingress, naming the backends. Backends for which
 * alb-instance-target-cluster-ip-service already reports a certain failure are left out.
 */
@RuleInfo(
    id = "alb-target-type-instance",
    title = "ALB Ingress uses instance targets instead of ip",
    severity = Severity.LOW,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        With target type instance (the AWS Load Balancer Controller's default) the ALB sends traffic to \
        a NodePort on every node and kube-proxy forwards it to a pod, possibly on another node and in \
        another Availability Zone: an extra hop, cross-zone data charges, health checks that see nodes \
        rather than pods, and no support for pods on Fargate. With target type ip the ALB targets pod \
        IPs directly (the Amazon VPC CNI makes them routable), which the EKS Best Practices Guide \
        recommends, and pod readiness gates then keep rollouts from dropping traffic.""",
    remediation = "Set `alb.ingress.kubernetes.io/target-type: ip` on the Ingress (or the controller's `--default-target-type=ip`).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/load-balancing.html",
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/scheme: internal
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
            alb.ingress.kubernetes.io/scheme: internal
            alb.ingress.kubernetes.io/target-type: ip
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
        """)
public final class AlbTargetTypeInstance implements InventoryRule {

  private static final String KEY = Alb.PREFIX + "target-type";

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
    Alb.Context alb = found.get();
    Optional<String> controllerDefault = Alb.controllerDefaultTargetType(context.inventory());
    Map<String, Alb.TargetType> instance = new LinkedHashMap<>();
    List<String> clusterIp = new ArrayList<>();
    for (IngressBackends.Backend backend : IngressBackends.of(resource)) {
      if (backend.isAlbAction() || instance.containsKey(backend.name())) {
        continue;
      }
      Optional<Resource> service = IngressBackends.service(context.inventory(), resource, backend);
      if (service.isPresent() && AlbInstanceTargetClusterIpService.broken(alb, service.get(), controllerDefault).isPresent()) {
        continue;
      }
      Optional<Alb.TargetType> target = Alb.targetType(alb, service, controllerDefault);
      if (target.isPresent() && target.get().value().equals("instance")) {
        instance.put(backend.name(), target.get());
        if (service.isPresent() && service.get().node().at("spec", "type").textOr("ClusterIP").equals("ClusterIP")) {
          clusterIp.add(backend.name());
        }
      }
    }
    if (instance.isEmpty()) {
      return List.of();
    }
    StringBuilder message = new StringBuilder("target type is instance for backend Service ")
        .append(String.join(", ", instance.keySet().stream().map(n -> "\"" + n + "\"").toList()));
    boolean byDefault = instance.values().stream().allMatch(t -> t.source() == Alb.Source.DEFAULT);
    if (byDefault) {
      message.append(" (the controller default, unless it runs with --default-target-type=ip)");
    }
    message.append(": traffic takes an extra hop through a NodePort on every node and Fargate pods cannot be targets; target-type ip sends it to the pods directly");
    if (!clusterIp.isEmpty()) {
      message.append(". With instance targets the ClusterIP Service ").append(String.join(", ", clusterIp.stream().map(n -> "\"" + n + "\"").toList()))
          .append(" would get no targets at all");
    }
    Node annotation = alb.annotation("target-type");
    Node at = annotation.isPresent() ? annotation : anchor(resource);
    Violation v = Violation.of(at, message.toString());
    boolean fixableOnIngress = instance.values().stream().allMatch(t -> t.source() != Alb.Source.SERVICE && t.source() != Alb.Source.PARAMS);
    if (fixableOnIngress && resource.node().at("metadata").isMap()) {
      v = v.withFix(fix(resource, annotation));
    }
    return List.of(v);
  }

  private static Node anchor(Resource resource) {
    Node annotations = resource.node().at("metadata", "annotations");
    if (annotations.isMap()) {
      return annotations;
    }
    Node metadata = resource.node().at("metadata");
    return metadata.isPresent() ? metadata : resource.node();
  }

  private static Fix fix(Resource resource, Node annotation) {
    String description = "Set " + KEY + " to ip";
    if (annotation.isPresent()) {
      return Fix.of(description, PatchOp.replace("/metadata/annotations/" + PatchOp.escape(KEY), "ip"));
    }
    if (resource.node().at("metadata", "annotations").isMap()) {
      return Fix.of(description, PatchOp.add("/metadata/annotations/" + PatchOp.escape(KEY), "ip"));
    }
    return Fix.of(description, PatchOp.add("/metadata/annotations", Map.of(KEY, "ip")));
  }
}
