package dev.seaworthy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicasNotSpreadAcrossZonesTest {

  private final RuleTester tester = RuleTester.forRule(new ReplicasNotSpreadAcrossZones());

  @Test
  void positive_noSpreadOrNodeSpreadOnly() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                # expect: replicas-not-spread-across-zones Deployment "web" runs 3 replicas with no topologySpreadConstraint or pod anti-affinity on topology.kubernetes.io/zone: only the scheduler's soft default spreading applies, so all replicas may land in one Availability Zone
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  # expect: replicas-not-spread-across-zones Deployment "api" runs 2 replicas spread across nodes (kubernetes.io/hostname) but not across zones
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - topologyKey: kubernetes.io/hostname
                          labelSelector:
                            matchLabels: {app: api}
                  containers:
                    - name: api
                      image: api:2.0
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
              namespace: shop
            spec:
              replicas: 3
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  # expect: replicas-not-spread-across-zones StatefulSet "db" runs 3 replicas spread across nodes
                  topologySpreadConstraints:
                    - maxSkew: 1
                      topologyKey: kubernetes.io/hostname
                      whenUnsatisfiable: DoNotSchedule
                      labelSelector:
                        matchLabels: {app: db}
                  containers:
                    - name: db
                      image: postgres:16.4
            """)
        .verify();
  }

  @Test
  void negative_zoneSpreadByConstraintOrAntiAffinity() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  affinity:
                    podAntiAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                        - weight: 100
                          podAffinityTerm:
                            topologyKey: topology.kubernetes.io/zone
                            labelSelector:
                              matchLabels: {app: web}
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: legacy
              namespace: shop
            spec:
              replicas: 3
              selector:
                matchLabels: {app: legacy}
              template:
                metadata:
                  labels: {app: legacy}
                spec:
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - topologyKey: failure-domain.beta.kubernetes.io/zone
                  containers:
                    - name: legacy
                      image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_topologySpreadInsteadOfAntiAffinity() {
    // kube-score and kube-linter ask for pod anti-affinity even when topology spread constraints do the job.
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 6
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  topologySpreadConstraints:
                    - maxSkew: 1
                      topologyKey: topology.kubernetes.io/zone
                      whenUnsatisfiable: ScheduleAnyway
                      labelSelector:
                        matchLabels: {app: web}
                    - maxSkew: 1
                      topologyKey: kubernetes.io/hostname
                      whenUnsatisfiable: ScheduleAnyway
                      labelSelector:
                        matchLabels: {app: web}
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void negative_singleReplicaPinnedZoneOrDaemonSet() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: one
              namespace: shop
            spec:
              selector:
                matchLabels: {app: one}
              template:
                metadata:
                  labels: {app: one}
                spec:
                  containers:
                    - name: one
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: ebs
              namespace: shop
            spec:
              replicas: 3
              serviceName: ebs
              selector:
                matchLabels: {app: ebs}
              template:
                metadata:
                  labels: {app: ebs}
                spec:
                  nodeSelector:
                    topology.kubernetes.io/zone: eu-west-1a
                  containers:
                    - name: ebs
                      image: postgres:16.4
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: pinned
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels: {app: pinned}
              template:
                metadata:
                  labels: {app: pinned}
                spec:
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                          - matchExpressions:
                              - {key: topology.kubernetes.io/zone, operator: In, values: [eu-west-1b]}
                  containers:
                    - name: pinned
                      image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
              namespace: shop
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers:
                    - name: agent
                      image: agent:1.0
            """)
        .verify();
  }

  @Test
  void fixAddsASoftZoneConstraintWithTheSelectorLabels() {
    var findings = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web, version: v2}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(
        PatchOp.add("/spec/template/spec/topologySpreadConstraints", List.of(Map.of(
            "maxSkew", 1,
            "topologyKey", "topology.kubernetes.io/zone",
            "whenUnsatisfiable", "ScheduleAnyway",
            "labelSelector", Map.of("matchLabels", Map.of("app", "web")))))));
  }

  @Test
  void fixAppendsToExistingConstraints() {
    var findings = tester.findings("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              topologySpreadConstraints:
                - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}
              containers:
                - name: web
                  image: nginx:1.27
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops().get(0).path()).isEqualTo("/spec/template/spec/topologySpreadConstraints/-"));
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new ReplicasNotSpreadAcrossZones());
  }
}
