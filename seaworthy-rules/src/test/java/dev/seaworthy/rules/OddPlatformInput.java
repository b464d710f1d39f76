package dev.seaworthy.rules;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.testing.RuleTester;

/** Cross-resource objects with wrong types everywhere: the platform rules must return quietly, never throw. */
public final class OddPlatformInput {

  private OddPlatformInput() {}

  public static final String YAML = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: odd
        labels: [pod-security.kubernetes.io/enforce]
      ---
      apiVersion: v1
      kind: Namespace
      metadata:
        name: odd2
        labels:
          pod-security.kubernetes.io/enforce: {level: restricted}
          pod-security.kubernetes.io/audit: 3
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: odd3, labels: null}
      ---
      apiVersion: policy/v1beta1
      kind: PodSecurityPolicy
      metadata: {name: odd, annotations: "x"}
      spec:
        privileged: maybe
        volumes: configMap
        allowedCapabilities: {a: b}
        requiredDropCapabilities: [[ALL]]
        runAsUser: MustRunAsNonRoot
        hostPorts: 80
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: odd, namespace: odd}
      spec:
        minAvailable: 1.5
        selector: {matchLabels: [a], matchExpressions: {key: a}}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: odd2, namespace: odd}
      spec:
        maxUnavailable: "-1"
        selector: {}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: web, namespace: odd}
      spec:
        scaleTargetRef: {kind: Deployment, name: web}
        minReplicas: two
        maxReplicas: [5]
      ---
      apiVersion: v1
      kind: LimitRange
      metadata: {name: odd, namespace: odd}
      spec:
        limits:
          - type: [Container]
            max: 4
            min: {cpu: {x: 1}}
          - type: Container
            max: {cpu: "1e999999999999"}
            maxLimitRequestRatio: {cpu: "0"}
      ---
      apiVersion: v1
      kind: ResourceQuota
      metadata: {name: odd, namespace: odd}
      spec:
        hard: [requests.cpu]
      ---
      apiVersion: v1
      kind: ResourceQuota
      metadata: {name: odd2, namespace: odd}
      spec:
        hard: {requests.cpu: .inf, limits.memory: null}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: odd, ownerReferences: "x"}
      spec:
        replicas: "3"
        selector: {matchLabels: {app: [web]}}
        template:
          metadata: {labels: "app=web"}
          spec:
            serviceAccountName: {name: x}
            nodeSelector: [zone]
            affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {topologyKey: x}}}
            topologySpreadConstraints: {topologyKey: topology.kubernetes.io/zone}
            volumes:
              - secret: x
              - name: v
                persistentVolumeClaim: {claimName: 7}
              - name: p
                projected: {sources: {configMap: {name: a}}}
            resources: {requests: [cpu]}
            containers:
              - name: c
                image: c:1
                resources: {requests: {cpu: [1]}, limits: "lots"}
                envFrom: {configMapRef: {name: a}}
                env:
                  - name: A
                    valueFrom: {secretKeyRef: "x"}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db, namespace: odd}
      spec:
        replicas: 2
        volumeClaimTemplates: {metadata: {name: data}}
        template:
          spec:
            containers: [{name: db, image: "db:1", resources: {limits: {memory: 1e3}}}]
      """;

  public static void auditsQuietly(Rule rule) {
    assertThatCode(() -> RuleTester.forRule(rule).findings(YAML)).doesNotThrowAnyException();
  }
}
