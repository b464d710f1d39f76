package dev.seaworthy.rules.deprecation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DeprecatedAnnotationTest {

  private final RuleTester tester = RuleTester.forRule(new DeprecatedAnnotation());

  @Test
  void positive_guideIngressClassAnnotation() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: main-ingress
              namespace: production
              annotations:
                # expect: deprecated-annotation annotation kubernetes.io/ingress.class is deprecated since Kubernetes 1.18 (audit target 1.35); use spec.ingressClassName
                kubernetes.io/ingress.class: alb
                alb.ingress.kubernetes.io/scheme: internet-facing
                alb.ingress.kubernetes.io/target-type: ip
            spec:
              rules:
                - host: api.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service: {name: api-service, port: {number: 8080}}
            """)
        .verify();
  }

  @Test
  void fix_ingressClassMovesToTheSpecField() {
    var findings = tester.findings("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            kubernetes.io/ingress.class: alb
        spec:
          defaultBackend:
            service: {name: web, port: {number: 80}}
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(
                PatchOp.add("/spec/ingressClassName", "alb"),
                PatchOp.remove("/metadata/annotations/kubernetes.io~1ingress.class")));
  }

  @Test
  void positive_annotationAndFieldTogetherAreRejected() {
    String same = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            # expect: deprecated-annotation the API server rejects an Ingress that sets both
            kubernetes.io/ingress.class: alb
        spec:
          ingressClassName: alb
        """;
    tester.yaml(same).verify();
    assertThat(tester.findings(same)).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.remove("/metadata/annotations/kubernetes.io~1ingress.class")));
    // they disagree: which class was meant is not for Seaworthy to guess
    assertThat(tester.findings("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            kubernetes.io/ingress.class: nginx
        spec:
          ingressClassName: alb
        """)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }

  @Test
  void fix_noneForOldIngressVersionsOrOddValues() {
    assertThat(tester.findings("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: web
          annotations:
            kubernetes.io/ingress.class: alb
        spec: {}
        """)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
    assertThat(tester.findings("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            kubernetes.io/ingress.class: "Not A Name"
        spec: {}
        """)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }

  @Test
  void positive_karpenterKeysOnPodsNodesAndNodePools() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: batch
            spec:
              selector: {matchLabels: {app: batch}}
              template:
                metadata:
                  labels: {app: batch}
                  annotations:
                    # expect: deprecated-annotation pod template annotation karpenter.sh/do-not-evict was removed in Karpenter v1.0.0 (2024-08-14)
                    karpenter.sh/do-not-evict: "true"
                spec:
                  nodeSelector:
                    # expect: deprecated-annotation node label key karpenter.sh/provisioner-name was dropped in Karpenter v0.33.0
                    karpenter.sh/provisioner-name: default
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                          - matchExpressions:
                              # expect: deprecated-annotation use karpenter.sh/nodepool
                              - key: karpenter.sh/provisioner-name
                                operator: DoesNotExist
                      preferredDuringSchedulingIgnoredDuringExecution:
                        - weight: 1
                          preference:
                            matchExpressions:
                              # expect: deprecated-annotation karpenter.sh/provisioner-name
                              - key: karpenter.sh/provisioner-name
                                operator: In
                                values: [spot]
                  containers:
                    - name: job
                      image: job:1.0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: single
              annotations:
                # expect: deprecated-annotation pod annotation karpenter.sh/do-not-evict
                karpenter.sh/do-not-evict: "true"
            spec:
              containers:
                - name: app
                  image: app:1.0
            ---
            apiVersion: v1
            kind: Node
            metadata:
              name: ip-10-0-0-1
              annotations:
                # expect: deprecated-annotation annotation karpenter.sh/do-not-consolidate was removed in Karpenter v1.0.0
                karpenter.sh/do-not-consolidate: "true"
            ---
            apiVersion: karpenter.sh/v1
            kind: NodePool
            metadata:
              name: default
            spec:
              template:
                metadata:
                  annotations:
                    # expect: deprecated-annotation node annotation karpenter.sh/do-not-consolidate
                    karpenter.sh/do-not-consolidate: "true"
            """)
        .verify();
  }

  @Test
  void fix_doNotEvictIsRenamed() {
    var findings = tester.findings("""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "0 2 * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    karpenter.sh/do-not-evict: "true"
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: job:1.0}]
        """);
    String annotations = "/spec/jobTemplate/spec/template/metadata/annotations/";
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(
                PatchOp.add(annotations + "karpenter.sh~1do-not-disrupt", "true"),
                PatchOp.remove(annotations + "karpenter.sh~1do-not-evict")));
    // already migrated next to the old key: no rename
    assertThat(tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            karpenter.sh/do-not-evict: "true"
            karpenter.sh/do-not-disrupt: "true"
        spec:
          containers: [{name: app, image: app:1.0}]
        """)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }

  @Test
  void positive_seccompAndAppArmorAnnotations() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              selector: {matchLabels: {app: db}}
              serviceName: db
              template:
                metadata:
                  labels: {app: db}
                  annotations:
                    # expect: deprecated-annotation seccomp.security.alpha.kubernetes.io/pod is ignored since Kubernetes 1.25 (deprecated since 1.19; audit target 1.35)
                    seccomp.security.alpha.kubernetes.io/pod: runtime/default
                    # expect: deprecated-annotation container.seccomp.security.alpha.kubernetes.io/db is ignored since Kubernetes 1.25
                    container.seccomp.security.alpha.kubernetes.io/db: runtime/default
                    # expect: deprecated-annotation container.apparmor.security.beta.kubernetes.io/db is deprecated since Kubernetes 1.30 (audit target 1.35); use securityContext.appArmorProfile
                    container.apparmor.security.beta.kubernetes.io/db: runtime/default
                spec:
                  containers:
                    - name: db
                      image: postgres:16
            """)
        .verify();
  }

  @Test
  void boundary_kubernetesKeysFollowTheTargetVersion() {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            # expect: deprecated-annotation seccomp.security.alpha.kubernetes.io/pod is deprecated since Kubernetes 1.19 (audit target 1.24)
            seccomp.security.alpha.kubernetes.io/pod: runtime/default
            container.apparmor.security.beta.kubernetes.io/app: runtime/default
        spec:
          containers: [{name: app, image: app:1.0}]
        """;
    // AppArmor's field arrived in 1.30: before that the annotation is the only way
    RuleTester.forRule(new DeprecatedAnnotation()).kubernetesVersion("1.24").yaml(pod).verify();
  }

  @Test
  void negative_lookalikesAndOtherPlaces() {
    tester
        .yaml("""
            # other controllers read kubernetes.io/ingress.class on their own CRDs, which have no ingressClassName
            apiVersion: traefik.io/v1alpha1
            kind: IngressRoute
            metadata:
              name: web
              annotations:
                kubernetes.io/ingress.class: traefik
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              annotations:
                kubernetes.io/ingress.class: alb
                karpenter.sh/do-not-evict: "true"
            ---
            # PodSecurityPolicy annotations are a different key family
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              name: restricted
              annotations:
                seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default
                seccomp.security.alpha.kubernetes.io/defaultProfileName: runtime/default
                apparmor.security.beta.kubernetes.io/allowedProfileNames: runtime/default
            ---
            # on the Deployment object itself, not the pod template: not a pod annotation
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              annotations:
                karpenter.sh/do-not-evict: "true"
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
              labels:
                karpenter.sh/provisioner-name: default
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata:
                  labels:
                    app: web
                    karpenter.sh/provisioner-name: default
                  annotations:
                    karpenter.sh/do-not-disrupt: "true"
                    note: karpenter.sh/do-not-evict
                spec:
                  nodeSelector:
                    karpenter.sh/nodepool: default
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - topologyKey: kubernetes.io/hostname
                          labelSelector:
                            matchExpressions:
                              - key: karpenter.sh/provisioner-name
                                operator: Exists
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        seccompProfile: {type: RuntimeDefault}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: fixed
            spec:
              ingressClassName: alb
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: odd
              annotations: [not, a, map]
            spec:
              nodeSelector: "nope"
              affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: "x"}}}
              containers: [{name: app, image: app:1.0}]
            """)
        .verify();
  }
}
