package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class NamespacePodSecurityAuditWarnMissingTest {

  private final RuleTester tester = RuleTester.forRule(new NamespacePodSecurityAuditWarnMissing());

  @Test
  void positive_enforceWithoutAuditOrWarn() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
              labels:
                # expect: namespace-pod-security-audit-warn-missing Namespace "shop" enforces restricted but sets no audit or warn label: enforce checks only pods
                pod-security.kubernetes.io/enforce: restricted
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: staging
              labels:
                # expect: namespace-pod-security-audit-warn-missing Namespace "staging" enforces baseline but sets no warn label
                pod-security.kubernetes.io/enforce: baseline
                pod-security.kubernetes.io/audit: restricted
            """)
        .verify();
  }

  @Test
  void negative_completeUnenforcedPrivilegedOrInvalid() {
    tester
        .yaml("""
            # The fixed example's production namespace
            apiVersion: v1
            kind: Namespace
            metadata:
              name: production
              labels:
                pod-security.kubernetes.io/enforce: restricted
                pod-security.kubernetes.io/enforce-version: latest
                pod-security.kubernetes.io/audit: restricted
                pod-security.kubernetes.io/warn: restricted
            ---
            # No enforce label and enforce: privileged are namespace-pod-security-not-enforced's.
            apiVersion: v1
            kind: Namespace
            metadata:
              name: open
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: agents
              labels:
                pod-security.kubernetes.io/enforce: privileged
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: typo
              labels:
                pod-security.kubernetes.io/enforce: Baseline
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: kube-system
              labels:
                pod-security.kubernetes.io/enforce: baseline
            """)
        .verify();
  }

  @Test
  void fixAddsTheMissingModesAtTheEnforcedLevel() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/enforce: baseline
            pod-security.kubernetes.io/warn: restricted
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).ops()).containsExactly(
        PatchOp.add("/metadata/labels/pod-security.kubernetes.io~1audit", "baseline")));
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new NamespacePodSecurityAuditWarnMissing());
    OddInput.auditsQuietly(new NamespacePodSecurityAuditWarnMissing());
  }
}
