package dev.seaworthy.rules.network;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NamespaceDefaultDenyMissingTest {

  private final RuleTester tester = RuleTester.forRule(new NamespaceDefaultDenyMissing());

  private static String deployment(String name, String namespaceLine) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %s
        %s
        spec:
          selector: {matchLabels: {app: %s}}
          template:
            metadata:
              labels: {app: %s}
            spec:
              containers:
                - {name: app, image: example/app:1.0}
        """.formatted(name, namespaceLine, name, name);
  }

  @Test
  void positive_reportedOnceOnTheNamespaceObject() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              # expect: namespace-default-deny-missing for ingress and egress
              name: shop
            ---
            """ + deployment("web", "  namespace: shop") + "---\n" + deployment("api", "  namespace: shop"))
        .verify();
  }

  @Test
  void positive_reportedOnceOnTheFirstWorkloadWithoutANamespaceObject() {
    tester
        .yaml(deployment("web", "  # expect: namespace-default-deny-missing namespace \"shop\" runs Deployment \"web\", Deployment \"api\"\n  namespace: shop")
            + "---\n" + deployment("api", "  namespace: shop")
            + "---\n" + deployment("other", "  # expect: namespace-default-deny-missing namespace \"other\"\n  namespace: other"))
        .verify();
  }

  @Test
  void positive_onlyOneDirectionDenied() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny-ingress, namespace: shop}
            spec:
              podSelector: {}
            ---
            """ + deployment("web", "  # expect: namespace-default-deny-missing for egress (podSelector\n  namespace: shop"))
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny-egress, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Egress]
            ---
            """ + deployment("web", "  # expect: namespace-default-deny-missing for ingress (podSelector\n  namespace: shop"))
        .verify();
  }

  @Test
  void positive_anAllowAllPolicyIsNoDeny() {
    tester
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: allow-all, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
              ingress:
                - {}
              egress:
                - {}
            ---
            """ + deployment("web", "  # expect: namespace-default-deny-missing ingress and egress\n  namespace: shop"))
        .verify();
  }

  @Test
  void negative_defaultDenyInEitherShape() {
    tester
        // the guide's shape
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {}
              policyTypes:
              - Ingress
              - Egress
            ---
            """ + deployment("web", "  namespace: shop"))
        // two policies, and a namespace-wide policy with restrictive rules isolates every pod as well
        .yaml("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: same-namespace-only, namespace: shop}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - podSelector: {}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: egress-dns-only, namespace: shop}
            spec:
              podSelector:
                matchLabels: {}
              egress:
                - ports:
                    - {protocol: UDP, port: 53}
                    - {protocol: TCP, port: 53}
            ---
            """ + deployment("web", "  namespace: shop"))
        .verify();
  }

  @Test
  void negative_namespacesNotJudged() {
    tester
        // no pods in the namespace
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: empty}
            """)
        // kube-system runs EKS add-ons
        .yaml(deployment("cluster-autoscaler", "  namespace: kube-system"))
        // host-network pods are outside NetworkPolicy
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: node-agent, namespace: monitoring}
            spec:
              selector: {matchLabels: {app: agent}}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  hostNetwork: true
                  containers:
                    - {name: agent, image: example/agent:1.0}
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_otherPolicyEnginesCount() {
    tester
        .yaml("""
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: default-deny, namespace: shop}
            spec:
              endpointSelector: {}
              ingress: [{}]
            ---
            """ + deployment("web", "  namespace: shop"))
        .yaml("""
            apiVersion: crd.projectcalico.org/v1
            kind: GlobalNetworkPolicy
            metadata: {name: default-deny}
            spec:
              selector: all()
              types: [Ingress, Egress]
            ---
            """ + deployment("web", "  namespace: shop"))
        .verify();
  }

  @Test
  void positive_ownedObjectsAndPodTemplatesNeverCarryIt() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-7d9c-abcde
              # expect: namespace-default-deny-missing
              namespace: shop
              labels: {app: web}
            spec:
              containers:
                - {name: web, image: example/web:1.0}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-7d9c-fghij
              namespace: shop
              labels: {app: web}
              ownerReferences:
                - {apiVersion: apps/v1, kind: ReplicaSet, name: web-7d9c, uid: 1}
            spec:
              containers:
                - {name: web, image: example/web:1.0}
            ---
            apiVersion: v1
            kind: PodTemplate
            metadata: {name: tmpl, namespace: shop}
            template:
              spec:
                containers:
                  - {name: x, image: example/x:1.0}
            """)
        .verify();
  }

  @Test
  void negative_oddInput() {
    OddNetworkInput.assertQuiet(tester);
  }
}
