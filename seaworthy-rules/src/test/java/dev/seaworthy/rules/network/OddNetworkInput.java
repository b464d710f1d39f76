package dev.seaworthy.rules.network;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.seaworthy.core.testing.RuleTester;

/** Network objects with wrong types everywhere: rules must return quietly, never throw. */
final class OddNetworkInput {

  private OddNetworkInput() {}

  static final String YAML = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: odd
        labels: [a, b]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata:
        name: odd
        namespace: odd
      spec:
        podSelector: everything
        policyTypes: Egress
        ingress: {from: nobody}
        egress:
          - just-a-string
          - to: a-string
            ports: 53
          - to:
              - podSelector: [x]
              - namespaceSelector: {matchExpressions: [{key: a, operator: Sometimes}]}
              - ipBlock: 10.0.0.0/8
            ports:
              - port: {n: 53}
              - protocol: [UDP]
                port: 53
                endPort: nine
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata:
        name: odd2
        namespace: odd
      spec: a-string
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: odd
        namespace: odd
      spec:
        type: [ClusterIP]
        selector: {app: [x]}
        ports:
          - a-string
          - port: {n: 1}
            targetPort: [http]
          - port: 80
            targetPort: ~
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: odd2
        namespace: odd
      spec:
        selector: app=x
        ports: 80
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: odd
        namespace: odd
        labels: app=x
        ownerReferences: none
      spec:
        hostNetwork: [true]
        containers:
          - a-scalar-container
          - name: weird
            ports: 8080
          - name: weirder
            ports:
              - a-port
              - {name: [x], containerPort: http}
      """;

  static void assertQuiet(RuleTester tester) {
    assertThatCode(() -> tester.findings(YAML)).doesNotThrowAnyException();
  }
}
