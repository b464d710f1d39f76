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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An HTTPS listener with no way to get a certificate. Without certificate-arn (or an
 * IngressClassParams certificateArn) the controller discovers ACM certificates from the hosts of
 * spec.rules and spec.tls, so an Ingress with any host is left alone: discovery may well work. Only
 * an Ingress with no host at all is certain to fail. IngressGroup members merge certificates with
 * other members, and params the input does not show may hold certificates; neither is judged.
 */
@RuleInfo(
    id = "alb-https-listener-without-certificate",
    title = "ALB HTTPS listener has no certificate and no host to discover one",
    severity = Severity.HIGH,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        An HTTPS listener needs a certificate. The AWS Load Balancer Controller takes it from \
        alb.ingress.kubernetes.io/certificate-arn (or IngressClassParams spec.certificateArn), and \
        without one it discovers ACM certificates matching the hosts of spec.rules[].host and \
        spec.tls[].hosts. This Ingress asks for an HTTPS listener in listen-ports but has neither a \
        certificate ARN nor any host, so there is nothing to discover: Elastic Load Balancing refuses \
        an HTTPS listener without a certificate and the controller cannot reconcile the Ingress.""",
    remediation = "Set `alb.ingress.kubernetes.io/certificate-arn` to the ACM certificate, or give the rules a `host` (or `spec.tls[].hosts`) that an issued ACM certificate covers.",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/cert_discovery/",
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#certificate-arn"
    },
    example = """
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
          annotations:
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
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
          annotations:
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e-4d1a-4c8e-9f7a-2b5d8e1c3a6f
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: web, port: {number: 80}}
        """)
public final class AlbHttpsListenerWithoutCertificate implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource) && resource.node().at("metadata", "annotations", Alb.PREFIX + "listen-ports").isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Alb.Context> found = Alb.of(resource, context.inventory());
    if (found.isEmpty() || found.get().maybeGrouped()) {
      return List.of();
    }
    Alb.Context alb = found.get();
    Optional<List<String>> certificates = alb.explicitCertificates();
    // the annotation may be present but templated: a certificate is meant to be there
    boolean certificateIntended = alb.annotation("certificate-arn").isPresent();
    // params the input does not show (including those of an IngressClass it lacks) may hold certificates
    boolean paramsVisible = alb.paramsState() == Alb.Params.NONE || alb.paramsState() == Alb.Params.KNOWN;
    if (certificates.isEmpty() || !certificates.get().isEmpty() || certificateIntended || !paramsVisible || hasHost(resource)) {
      return List.of();
    }
    Optional<Map<Long, String>> listeners = alb.listenPorts();
    if (listeners.isEmpty()) {
      return List.of();
    }
    List<Long> https = listeners.get().entrySet().stream().filter(e -> e.getValue().equals("HTTPS")).map(Map.Entry::getKey).toList();
    if (https.isEmpty()) {
      return List.of();
    }
    String ports = https.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return List.of(Violation.of(alb.annotation("listen-ports"), "HTTPS listener on port " + ports
        + " has no certificate: no certificate-arn, and no host in spec.rules or spec.tls for the controller to discover an ACM certificate by, so the listener cannot be created"));
  }

  private static boolean hasHost(Resource ingress) {
    Node spec = ingress.node().at("spec");
    for (Node rule : spec.at("rules").items()) {
      if (rule.at("host").text().filter(h -> !h.isBlank()).isPresent()) {
        return true;
      }
    }
    for (Node tls : spec.at("tls").items()) {
      for (Node host : tls.at("hosts").items()) {
        if (host.text().filter(h -> !h.isBlank()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
