package dev.seaworthy.rules.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AlbInstanceTargetClusterIpServiceTest {

  private final RuleTester tester = RuleTester.forRule(new AlbInstanceTargetClusterIpService());

  private static final String CLASS = """
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: alb}
      spec: {controller: ingress.k8s.aws/alb}
      ---
      """;

  @Test
  void positive_instanceOnTheIngressTheServiceOrTheController() {
    tester
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              annotations:
                alb.ingress.kubernetes.io/target-type: instance
            spec:
              ingressClassName: alb
              rules:
                - http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service:
                            # expect: alb-instance-target-cluster-ip-service target type is instance (set by the Ingress's target-type annotation) but backend Service "web" is ClusterIP
                            name: web
                            port: {number: 80}
                      - path: /api
                        pathType: Prefix
                        backend:
                          service:
                            # expect: alb-instance-target-cluster-ip-service backend Service "api" is ClusterIP
                            name: api
                            port: {number: 80}
                      - path: /v2
                        pathType: Prefix
                        backend:
                          service: {name: api, port: {number: 80}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{port: 80, targetPort: 8080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec:
              type: ClusterIP
              clusterIP: None
              selector: {app: api}
              ports: [{port: 80}]
            """)
        .yaml(CLASS + """
            # the Service asks for instance targets itself
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations:
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              ingressClassName: alb
              defaultBackend:
                service:
                  # expect: alb-instance-target-cluster-ip-service (set by the Service's target-type annotation)
                  name: cart
                  port: {number: 80}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: cart
              annotations:
                alb.ingress.kubernetes.io/target-type: instance
            spec:
              ports: [{port: 80}]
            """)
        .yaml(CLASS + """
            # the controller is in the input and keeps the built-in default
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
                      args: [--cluster-name=prod, --ingress-class=alb]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: plain}
            spec:
              ingressClassName: alb
              defaultBackend:
                service:
                  # expect: alb-instance-target-cluster-ip-service (set by the controller's --default-target-type)
                  name: plain
                  port: {number: 80}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: plain}
            spec:
              ports: [{port: 80}]
            """)
        .verify();
  }

  @Test
  void negative_nodePortIpDefaultsAndUnseenServices() {
    tester
        .yaml(AlbFixtures.GUIDE)
        .yaml(AlbFixtures.FIXED)
        .yaml(CLASS + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              annotations:
                alb.ingress.kubernetes.io/target-type: instance
            spec:
              ingressClassName: alb
              rules:
                - http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: node-port, port: {number: 80}}}}
                      - {path: /lb, pathType: Prefix, backend: {service: {name: lb, port: {number: 80}}}}
                      - {path: /pods, pathType: Prefix, backend: {service: {name: pods, port: {number: 80}}}}
                      - {path: /gone, pathType: Prefix, backend: {service: {name: not-in-input, port: {number: 80}}}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: node-port}
            spec:
              type: NodePort
              ports: [{port: 80}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: lb}
            spec:
              type: LoadBalancer
              ports: [{port: 80}]
            ---
            # the Service's own annotation wins over the Ingress's
            apiVersion: v1
            kind: Service
            metadata:
              name: pods
              annotations:
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              ports: [{port: 80}]
            ---
            # nothing sets a target type and the controller is not in the input: it may default to ip
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: unset}
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: cluster-ip, port: {number: 80}}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: cluster-ip}
            spec:
              ports: [{port: 80}]
            """)
        .yaml(CLASS + """
            # the controller runs with --default-target-type=ip
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
                      image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.13.0
                      args: [--cluster-name=prod, --default-target-type, ip]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: plain}
            spec:
              ingressClassName: alb
              defaultBackend: {service: {name: plain, port: {number: 80}}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: plain}
            spec:
              ports: [{port: 80}]
            """)
        .verify();
  }

  @Test
  void fixSwitchesTheIngressToIp() {
    var findings = tester.findings(CLASS + """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            alb.ingress.kubernetes.io/target-type: instance
        spec:
          ingressClassName: alb
          defaultBackend: {service: {name: web, port: {number: 80}}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{port: 80}]
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops())
        .containsExactly(PatchOp.replace("/metadata/annotations/alb.ingress.kubernetes.io~1target-type", "ip")));
  }
}
