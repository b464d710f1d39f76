package dev.seaworthy.rules.ingress;

/** The guide's ALB Ingress, verbatim, and its corrected form, for every ingress rule's tests. */
final class AlbFixtures {

  private AlbFixtures() {}

  /** examples/eks-production/ingress/alb-ingress.yaml, as the guide wrote it. */
  static final String GUIDE = """
      # Guide section "AWS Load Balancer Controller": the ALB Ingress with its annotations.
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: main-ingress
        namespace: production
        annotations:
          kubernetes.io/ingress.class: alb
          alb.ingress.kubernetes.io/scheme: internet-facing
          alb.ingress.kubernetes.io/target-type: ip
          alb.ingress.kubernetes.io/healthcheck-path: /health
          alb.ingress.kubernetes.io/healthcheck-interval-seconds: '15'
          alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '5'
          alb.ingress.kubernetes.io/healthy-threshold-count: '2'
          alb.ingress.kubernetes.io/unhealthy-threshold-count: '2'
          alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
          alb.ingress.kubernetes.io/ssl-redirect: '443'
          alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789:certificate/abc
          alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789:global/webacl/my-waf/abc
      spec:
        rules:
        - host: api.example.com
          http:
            paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: api-service
                  port:
                    number: 8080
      """;

  /** The IngressClass, Ingress and Service of examples/eks-production-fixed/ingress/alb-ingress.yaml. */
  static final String FIXED = """
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
        name: main-ingress
        namespace: production
        annotations:
          alb.ingress.kubernetes.io/scheme: internet-facing
          alb.ingress.kubernetes.io/target-type: ip
          alb.ingress.kubernetes.io/healthcheck-path: /health
          alb.ingress.kubernetes.io/healthcheck-interval-seconds: "15"
          alb.ingress.kubernetes.io/healthcheck-timeout-seconds: "5"
          alb.ingress.kubernetes.io/healthy-threshold-count: "2"
          alb.ingress.kubernetes.io/unhealthy-threshold-count: "2"
          alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
          alb.ingress.kubernetes.io/ssl-redirect: "443"
          alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0b6f3c2e-4d1a-4c8e-9f7a-2b5d8e1c3a6f
          alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/my-waf/5e8c1a3f-7b2d-4e6a-9c1f-3d5b7a9e2c4f
      spec:
        ingressClassName: alb
        rules:
          - host: api.example.com
            http:
              paths:
                - path: /
                  pathType: Prefix
                  backend:
                    service:
                      name: api-service
                      port:
                        number: 8080
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: api-service
        namespace: production
      spec:
        selector:
          app.kubernetes.io/name: api
        ports:
          - name: http
            port: 8080
            targetPort: http
      """;

  /**
   * The guide's manifest with an expect marker above the first line containing {@code fragment},
   * indented like that line.
   */
  static String guideExpecting(String fragment, String marker) {
    StringBuilder out = new StringBuilder();
    boolean done = false;
    for (String line : GUIDE.split("\n", -1)) {
      if (!done && line.contains(fragment)) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        out.append(indent).append("# expect: ").append(marker).append('\n');
        done = true;
      }
      out.append(line).append('\n');
    }
    if (!done) {
      throw new IllegalArgumentException("no line contains " + fragment);
    }
    return out.toString();
  }
}
