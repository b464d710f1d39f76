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
 * Listener certificate ARNs of an ALB Ingress (the certificate-arn annotation, a comma-separated
 * list) and of IngressClassParams (spec.certificateArn). ACM certificates and IAM server
 * certificates are both accepted, as ALB listeners take either. Templated entries are skipped.
 */
@RuleInfo(
    id = "alb-certificate-arn-invalid",
    title = "ALB certificate ARN is malformed",
    severity = Severity.HIGH,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        alb.ingress.kubernetes.io/certificate-arn lists the certificates of the ALB's HTTPS listeners: \
        arn:aws:acm:<region>:<12-digit account>:certificate/<id> (or an IAM server certificate, \
        arn:aws:iam::<account>:server-certificate/<name>), several separated by commas, the first being \
        the default certificate. The controller passes them to Elastic Load Balancing unchecked; a \
        malformed ARN (an account ID that is not 12 digits, a missing region, another service) is \
        rejected, the listener cannot be created or updated, and the controller stops reconciling the \
        Ingress and its whole IngressGroup, so HTTPS never comes up or changes stop applying.""",
    remediation = "Copy the certificate's exact ARN from ACM (`aws acm list-certificates --region <ALB region>`), in the ALB's region.",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#certificate-arn",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
          annotations:
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789:certificate/abc
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
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
            alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e-4d1a-4c8e-9f7a-2b5d8e1c3a6f
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: api, port: {number: 80}}
        """)
public final class AlbCertificateArnInvalid implements InventoryRule {

  @Override
  public boolean appliesTo(Resource resource) {
    if (resource.is("elbv2.k8s.aws", "IngressClassParams")) {
      return resource.node().at("spec", "certificateArn").isList();
    }
    return IngressBackends.isIngress(resource) && resource.node().at("metadata", "annotations", Alb.PREFIX + "certificate-arn").isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    if (resource.is("elbv2.k8s.aws", "IngressClassParams")) {
      for (Node item : resource.node().at("spec", "certificateArn").items()) {
        item.text().map(String::strip).filter(t -> !t.isEmpty() && !Alb.templated(t)).ifPresent(arn -> {
          List<String> problems = Arns.certificateProblems(arn);
          if (!problems.isEmpty()) {
            out.add(Violation.of(item, "certificateArn \"" + arn + "\" " + String.join(", ", problems) + ": the HTTPS listener cannot be created"));
          }
        });
      }
      return out;
    }
    if (Alb.of(resource, context.inventory()).isEmpty()) {
      return out;
    }
    Node value = resource.node().at("metadata", "annotations", Alb.PREFIX + "certificate-arn");
    List<String> findings = new ArrayList<>();
    for (String arn : Alb.splitList(value.textOr(""))) {
      if (Alb.templated(arn)) {
        continue;
      }
      List<String> problems = Arns.certificateProblems(arn);
      if (!problems.isEmpty()) {
        findings.add("\"" + arn + "\" " + String.join(", ", problems));
      }
    }
    if (!findings.isEmpty()) {
      out.add(Violation.of(value, "certificate-arn " + String.join("; ", findings)
          + ": Elastic Load Balancing rejects it, so the HTTPS listener cannot be created and the controller stops reconciling this Ingress"));
    }
    return out;
  }
}
