package dev.seaworthy.rules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookFailClosedOnKubeSystemTest {

  private final RuleTester tester = RuleTester.forRule(new WebhookFailClosedOnKubeSystem());

  @Test
  void positive_defaultOrExplicitFailWithoutKubeSystemExclusion() {
    tester
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1
            kind: MutatingWebhookConfiguration
            metadata:
              name: injector
            webhooks:
              # expect: webhook-fail-closed-on-kube-system webhook "inject.example.com" of MutatingWebhookConfiguration "injector" fails closed (no failurePolicy, so the v1 default Fail) with no namespaceSelector: while its service is down, changes to deployments in kube-system are rejected too
              - name: inject.example.com
                clientConfig:
                  service: {name: injector, namespace: injector}
                rules:
                  - apiGroups: ["apps"]
                    apiVersions: [v1]
                    operations: [CREATE]
                    resources: [deployments, deployments/scale]
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: everything.example.com
                clientConfig:
                  service: {name: injector, namespace: injector}
                rules:
                  - apiGroups: ["*"]
                    apiVersions: ["*"]
                    operations: ["*"]
                    resources: ["*"]
                # expect: webhook-fail-closed-on-kube-system fails closed (failurePolicy Fail) with a namespaceSelector that matches kube-system: while its service is down, changes to all resources in kube-system
                failurePolicy: Fail
                namespaceSelector:
                  matchExpressions:
                    - key: kubernetes.io/metadata.name
                      operator: NotIn
                      values: [default]
                sideEffects: None
                admissionReviewVersions: [v1]
            """)
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: kube-system
              labels:
                team: platform
            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata:
              name: policy
            webhooks:
              - name: pods.policy.example.com
                clientConfig:
                  service: {name: policy, namespace: policy}
                rules:
                  - apiGroups: [""]
                    apiVersions: [v1]
                    operations: [CREATE]
                    resources: [pods]
                # expect: webhook-fail-closed-on-kube-system pods.policy.example.com
                failurePolicy: Fail
                namespaceSelector:
                  matchLabels: {team: platform}
                sideEffects: None
                admissionReviewVersions: [v1]
            """)
        .verify();
  }

  @Test
  void negative_excludedIgnoredNarrowedOrNotCoreResources() {
    tester
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata:
              name: safe
            webhooks:
              - name: excluded.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                namespaceSelector:
                  matchExpressions:
                    - {key: kubernetes.io/metadata.name, operator: NotIn, values: [kube-system, kube-public]}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: ignore.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                failurePolicy: Ignore
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: opt-in-label.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                namespaceSelector:
                  matchLabels: {policy: enforced}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: opt-out-label-kube-system-may-carry.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                namespaceSelector:
                  matchExpressions:
                    - {key: admission.gatekeeper.sh/ignore, operator: DoesNotExist}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: vingress.elbv2.k8s.aws
                clientConfig: {service: {name: aws-load-balancer-webhook-service, namespace: kube-system}}
                rules:
                  - {apiGroups: [networking.k8s.io], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [ingresses]}
                failurePolicy: Fail
                sideEffects: None
                admissionReviewVersions: [v1beta1]
              - name: custom-resources.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [cert-manager.io], apiVersions: [v1], operations: [CREATE], resources: [certificates]}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: cluster-scoped.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [UPDATE], resources: [nodes, namespaces]}
                  - {apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: ["*"], scope: Cluster}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: object-selector.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                objectSelector:
                  matchLabels: {inject: "true"}
                sideEffects: None
                admissionReviewVersions: [v1]
              - name: match-conditions.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                matchConditions:
                  - name: not-kube-system
                    expression: request.namespace != 'kube-system'
                sideEffects: None
                admissionReviewVersions: [v1]
            """)
        // v1beta1 is api-removed's business (and defaults to Ignore)
        .yaml("""
            apiVersion: admissionregistration.k8s.io/v1beta1
            kind: ValidatingWebhookConfiguration
            metadata:
              name: old
            webhooks:
              - name: old.example.com
                clientConfig: {service: {name: s, namespace: s}}
                rules:
                  - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
                failurePolicy: Fail
            """)
        .verify();
  }

  @Test
  void fixAddsTheKubeSystemExclusion() {
    var findings = tester.findings("""
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata: {name: policy}
        webhooks:
          - name: a.example.com
            clientConfig: {service: {name: s, namespace: s}}
            rules:
              - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
            sideEffects: None
            admissionReviewVersions: [v1]
          - name: b.example.com
            clientConfig: {service: {name: s, namespace: s}}
            rules:
              - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}
            namespaceSelector:
              matchExpressions:
                - {key: kubernetes.io/metadata.name, operator: NotIn, values: [default]}
            sideEffects: None
            admissionReviewVersions: [v1]
        """);
    Map<String, Object> expression = Map.of("key", "kubernetes.io/metadata.name", "operator", "NotIn", "values", List.of("kube-system"));
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/webhooks/0/namespaceSelector", Map.of("matchExpressions", List.of(expression))));
    assertThat(findings.get(1).fixes().get(0).ops())
        .containsExactly(PatchOp.add("/webhooks/1/namespaceSelector/matchExpressions/1", expression));
  }
}
