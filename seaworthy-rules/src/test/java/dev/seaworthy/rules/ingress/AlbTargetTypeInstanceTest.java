package dev.seaworthy.rules.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlbTargetTypeInstanceTest {

  private final RuleTester tester = RuleTester.forRule(new AlbTargetTypeInstance());

  private static final String CLASS = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec: {controller: ingress.k8s.aws/alb}
      ---
      """;

  @Test
  void positive_defaultOrExplicitInstance() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: unset
              # expect: alb-target-type-instance target type is instance for backend Service "web" (the controller default, unless it runs with --default-target-type=ip)
              annotations:
                alb.ingress.kubernetes.io/scheme: internal
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: explicit
              annotations:
                # expect: alb-target-type-instance target type is instance for backend Service "shop", "cart": traffic takes an extra hop
                alb.ingress.kubernetes.io/target-type: instance
            spec:
              ingressClassName: alb
              rules:
                - http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: shop, port: {number: 80}}}}
                      - {path: /cart, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: shop}
            spec:
              type: NodePort
              ports: [{port: 80}]
            ---
            # no metadata annotations at all: reported on metadata
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            # expect: alb-target-type-instance would get no targets at all
            metadata:
              name: bare
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: bare, port: {number: 80}}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: bare}
            spec:
              ports: [{port: 80}]
            """)
        .verify();
  }

  @Test
  void negative_ipWhereverItIsSet() {
    tester
        .yaml(AlbFixtures.GUIDE)
        .yaml(AlbFixtures.FIXED)
        .yaml(CLASS + """
            # every backend Service overrides the Ingress's instance with ip
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: overridden
              annotations:
                alb.ingress.kubernetes.io/target-type: instance
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: pods, port: {number: 80}}}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: pods
              annotations:
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              ports: [{port: 80}]
            ---
            # only annotation actions: no target group at all
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: redirect-only
              annotations:
                alb.ingress.kubernetes.io/actions.to-www: '{"type":"redirect","redirectConfig":{"host":"www.example.com","statusCode":"HTTP_301"}}'
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: to-www, port: {name: use-annotation}}}
            ---
            # instance with a ClusterIP Service is certain to fail: alb-instance-target-cluster-ip-service reports it
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: broken
              annotations:
                alb.ingress.kubernetes.io/target-type: instance
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: cluster-ip, port: {number: 80}}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: cluster-ip}
            spec:
              ports: [{port: 80}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: nginx}
            spec:
              ingressClassName: nginx
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .yaml(CLASS + """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: aws-load-balancer-controller, namespace: kube-system}
            spec:
              selector:
                matchLabels: {app: lbc}
              template:
                metadata:
                  labels: {app: lbc}
                spec:
                  containers:
                    - name: controller
                      image: public.ecr.aws/eks/aws-load-balancer-controller:v2.13.0
                      args: ["--default-target-type=ip"]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: unset}
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .yaml("""
            # IngressClassParams in the input set the target type for the whole class
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: alb}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: alb}
            ---
            apiVersion: elbv2.k8s.aws/v1beta1
            kind: IngressClassParams
            metadata: {name: alb}
            spec:
              targetType: ip
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: by-params}
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: web, port: {number: 80}}}
            ---
            # params the input lacks: unknown
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: alb-x}
            spec:
              controller: ingress.k8s.aws/alb
              parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: missing}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: unknown-params}
            spec:
              ingressClassName: alb-x
              defaultBackend: {service: {name: web, port: {number: 80}}}
            """)
        .verify();
  }

  @Test
  void fixSetsIpWhereverTheAnnotationsAre() {
    var replace = tester.findings(CLASS + """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/target-type: instance
        spec:
          ingressClassName: alb
          defaultBackend: {service: {name: web, port: {number: 80}}}
        """);
    assertThat(replace).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops())
        .containsExactly(PatchOp.replace("/metadata/annotations/alb.ingress.kubernetes.io~1target-type", "ip")));
    var add = tester.findings(CLASS + """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations: {alb.ingress.kubernetes.io/scheme: internal}
        spec:
          ingressClassName: alb
          defaultBackend: {service: {name: web, port: {number: 80}}}
        """);
    assertThat(add).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops())
        .containsExactly(PatchOp.add("/metadata/annotations/alb.ingress.kubernetes.io~1target-type", "ip")));
    var map = tester.findings(CLASS + """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          ingressClassName: alb
          defaultBackend: {service: {name: web, port: {number: 80}}}
        """);
    assertThat(map).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops())
        .containsExactly(PatchOp.add("/metadata/annotations", Map.of("alb.ingress.kubernetes.io/target-type", "ip"))));
    var serviceSet = tester.findings(CLASS + """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          ingressClassName: alb
          defaultBackend: {service: {name: web, port: {number: 80}}}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          annotations: {alb.ingress.kubernetes.io/target-type: instance}
        spec:
          type: NodePort
          ports: [{port: 80}]
        """);
    assertThat(serviceSet).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
