package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamespacePodSecurityNotEnforcedTest {

  private final RuleTester tester = RuleTester.forRule(new NamespacePodSecurityNotEnforced());

  @Test
  void positive_noEnforceLabel() {
    tester
        .yaml("""
            # The guide's Container Insights namespace
            apiVersion: v1
            kind: Namespace
            metadata:
              # expect: namespace-pod-security-not-enforced Namespace "amazon-cloudwatch" has no pod-security.kubernetes.io/enforce label, so Pod Security Admission applies the cluster default, privileged on EKS
              name: amazon-cloudwatch
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              # expect: namespace-pod-security-not-enforced Namespace "shop" has no pod-security.kubernetes.io/enforce label
              labels:
                team: shop
                pod-security.kubernetes.io/warn: restricted
            """)
        .verify();
  }

  @Test
  void positive_privilegedThatNoWorkloadNeeds() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels:
                # expect: namespace-pod-security-not-enforced Namespace "shop" sets pod-security.kubernetes.io/enforce: privileged, which turns Pod Security Admission off for it, and none of its 1 workload in the audited input needs more than baseline
                pod-security.kubernetes.io/enforce: privileged
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void positive_invalidLevelsAndVersionsAreRejected() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels:
                # expect: namespace-pod-security-not-enforced label pod-security.kubernetes.io/enforce has the value "Restricted", which is not privileged, baseline or restricted: Pod Security admission rejects the Namespace
                pod-security.kubernetes.io/enforce: Restricted
                # expect: namespace-pod-security-not-enforced label pod-security.kubernetes.io/enforce-version has the value "1.30"
                pod-security.kubernetes.io/enforce-version: "1.30"
                # expect: namespace-pod-security-not-enforced pod-security.kubernetes.io/warn has the value "strict"
                pod-security.kubernetes.io/warn: strict
            """)
        .verify();
  }

  @Test
  void negative_enforcedDeliberatePrivilegedOrSystem() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: production
              labels:
                pod-security.kubernetes.io/enforce: restricted
                pod-security.kubernetes.io/enforce-version: latest
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: staging
              labels:
                pod-security.kubernetes.io/enforce: baseline
                pod-security.kubernetes.io/enforce-version: v1.31
            ---
            # The log agent needs hostPath: privileged is deliberate here.
            apiVersion: v1
            kind: Namespace
            metadata:
              name: logging
              labels:
                pod-security.kubernetes.io/enforce: privileged
                pod-security.kubernetes.io/warn: baseline
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: fluent-bit
              namespace: logging
            spec:
              selector:
                matchLabels: {app: fluent-bit}
              template:
                metadata:
                  labels: {app: fluent-bit}
                spec:
                  volumes:
                    - name: varlog
                      hostPath: {path: /var/log}
                  containers:
                    - name: fluent-bit
                      image: fluent/fluent-bit:3.1.9
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: kube-system
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: kube-node-lease
            """)
        .verify();
  }

  @Test
  void fixEnforcesRestrictedWhenTheWorkloadsMeetIt() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              securityContext:
                runAsNonRoot: true
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: web
                  image: nginx-unprivileged:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
                    capabilities: {drop: [ALL]}
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(
        PatchOp.add("/metadata/labels", Map.of(
            "pod-security.kubernetes.io/enforce", "restricted",
            "pod-security.kubernetes.io/audit", "restricted",
            "pod-security.kubernetes.io/warn", "restricted"))));
  }

  @Test
  void fixEnforcesBaselineWhenAWorkloadMissesRestricted() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            team: shop
            pod-security.kubernetes.io/enforce: privileged
            pod-security.kubernetes.io/warn: baseline
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("Deployment \"web\" does not meet restricted (container \"web\" does not set allowPrivilegeEscalation: false), so the fix enforces baseline and audits and warns at restricted");
      assertThat(f.fixes().get(0).ops()).containsExactly(
          PatchOp.replace("/metadata/labels/pod-security.kubernetes.io~1enforce", "baseline"),
          PatchOp.add("/metadata/labels/pod-security.kubernetes.io~1audit", "restricted"));
    });
  }

  @Test
  void fixFollowsTheLevelOfAPodSecurityPolicyInTheInput() {
    var findings = tester.findings("""
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata: {name: baseline-ish}
        spec:
          privileged: false
          volumes: [configMap, secret, emptyDir, persistentVolumeClaim]
          runAsUser: {rule: RunAsAny}
          seLinux: {rule: RunAsAny}
          supplementalGroups: {rule: RunAsAny}
          fsGroup: {rule: RunAsAny}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop, labels: {}}
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(
        PatchOp.add("/metadata/labels/pod-security.kubernetes.io~1enforce", "baseline"),
        PatchOp.add("/metadata/labels/pod-security.kubernetes.io~1audit", "baseline"),
        PatchOp.add("/metadata/labels/pod-security.kubernetes.io~1warn", "baseline")));
  }

  @Test
  void noFixWhenAWorkloadNeedsPrivileged() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Namespace
        metadata: {name: monitoring}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-exporter, namespace: monitoring}
        spec:
          selector: {matchLabels: {app: ne}}
          template:
            metadata: {labels: {app: ne}}
            spec:
              hostNetwork: true
              hostPID: true
              containers:
                - name: ne
                  image: prom/node-exporter:v1.8.2
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("DaemonSet \"node-exporter\" does not meet baseline (hostNetwork: true), so label the namespace pod-security.kubernetes.io/enforce: privileged deliberately");
      assertThat(f.fixes()).isEmpty();
    });
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new NamespacePodSecurityNotEnforced());
    OddInput.auditsQuietly(new NamespacePodSecurityNotEnforced());
  }
}
