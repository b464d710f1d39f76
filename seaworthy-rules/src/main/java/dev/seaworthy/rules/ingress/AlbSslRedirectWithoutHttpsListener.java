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
 * ssl-redirect names a port that is not an HTTPS listener of the ALB. The controller computes the
 * listeners from listen-ports, or, when that is unset, HTTPS:443 if certificates are given explicitly
 * and HTTP:80 otherwise, and refuses an SSL redirect to a port that is not an HTTPS listener
 * ("listener does not exist for SSLRedirect port" / "listener protocol non-SSL"). Ingresses of an
 * IngressGroup merge listeners with other members, so they are not judged alone.
 */
@RuleInfo(
    id = "alb-ssl-redirect-without-https-listener",
    title = "ALB ssl-redirect targets a port that is not an HTTPS listener",
    severity = Severity.HIGH,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        alb.ingress.kubernetes.io/ssl-redirect: '<port>' makes every HTTP listener of the ALB redirect \
        to HTTPS on that port, which must be one of the ALB's HTTPS listeners. The listeners come from \
        alb.ingress.kubernetes.io/listen-ports, or, when it is unset, from the certificates: HTTPS:443 \
        with certificate-arn, HTTP:80 without. When the port is not an HTTPS listener the AWS Load \
        Balancer Controller rejects the configuration ("listener does not exist for SSLRedirect port"), \
        and the ALB is never created or stops being updated.""",
    remediation = "Add the HTTPS port to listen-ports (for example `[{\"HTTP\": 80}, {\"HTTPS\": 443}]`) with a certificate, or point ssl-redirect at the HTTPS port that is there.",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ssl-redirect",
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/tasks/ssl_redirect/"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}]'
            alb.ingress.kubernetes.io/ssl-redirect: '443'
        spec:
          ingressClassName: alb
          rules:
            - host: www.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service: {name: web, port: {number: 80}}
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
            alb.ingress.kubernetes.io/ssl-redirect: '443'
        spec:
          ingressClassName: alb
          rules:
            - host: www.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service: {name: web, port: {number: 80}}
        """)
public final class AlbSslRedirectWithoutHttpsListener implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return IngressBackends.isIngress(resource) && resource.node().at("metadata", "annotations", Alb.PREFIX + "ssl-redirect").isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    Optional<Alb.Context> found = Alb.of(resource, context.inventory());
    if (found.isEmpty() || found.get().maybeGrouped()) {
      return List.of();
    }
    Alb.Context alb = found.get();
    Node redirect = alb.annotation("ssl-redirect");
    String raw = redirect.textOr("").strip();
    if (raw.isEmpty() || Alb.templated(raw)) {
      return List.of();
    }
    long port;
    try {
      port = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return List.of(Violation.of(redirect, "ssl-redirect \"" + raw + "\" is not a port number, so the controller rejects the Ingress"));
    }
    Optional<Map<Long, String>> listeners = alb.listenPorts();
    if (listeners.isEmpty()) {
      return List.of();
    }
    String protocol = listeners.get().get(port);
    if ("HTTPS".equals(protocol)) {
      return List.of();
    }
    String have = listeners.get().entrySet().stream().map(e -> e.getValue() + ":" + e.getKey()).collect(Collectors.joining(", "));
    String source = alb.annotation("listen-ports").isPresent() ? "listen-ports" : "the default listeners (no listen-ports and no certificate-arn)";
    String why = protocol == null ? "there is no listener on port " + port : "port " + port + " is an " + protocol + " listener";
    return List.of(Violation.of(redirect, "ssl-redirect redirects to port " + port + ", but " + why + " (" + source + ": " + have
        + "): the controller rejects the Ingress and the ALB is not created or updated"));
  }
}
