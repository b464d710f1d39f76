package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class PodSecurityPolicyToPsaTest {

  private final RuleTester tester = RuleTester.forRule(new PodSecurityPolicyToPsa());

  /** The guide's security/pod-security-policy.yaml, verbatim. */
  private static final String GUIDE_PSP = """
      # pod-security-policy.yaml
      apiVersion: policy/v1beta1
      kind: PodSecurityPolicy
      metadata:
        # expect: pod-security-policy-to-psa PodSecurityPolicy "restricted" is closest to the Pod Security Standard restricted
        name: restricted
      spec:
        privileged: false
        allowPrivilegeEscalation: false
        requiredDropCapabilities:
          - ALL
        volumes:
          - 'configMap'
          - 'emptyDir'
          - 'projected'
          - 'secret'
          - 'downwardAPI'
          - 'persistentVolumeClaim'
        hostNetwork: false
        hostIPC: false
        hostPID: false
        runAsUser:
          rule: 'MustRunAsNonRoot'
        seLinux:
          rule: 'RunAsAny'
        supplementalGroups:
          rule: 'RunAsAny'
        fsGroup:
          rule: 'RunAsAny'
        readOnlyRootFilesystem: true
      """;

  @Test
  void positive_theGuidesPolicy() {
    tester.yaml(GUIDE_PSP).verify();
  }

  @Test
  void messageListsTheNamespacesAndWhatChanges() {
    var findings = tester.findings(GUIDE_PSP + """
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: amazon-cloudwatch}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: cloudwatch-agent, namespace: amazon-cloudwatch}
        spec:
          selector: {matchLabels: {name: cloudwatch-agent}}
          template:
            metadata: {labels: {name: cloudwatch-agent}}
            spec:
              containers:
                - name: cloudwatch-agent
                  image: amazon/cloudwatch-agent:latest
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: compute-quota, namespace: production}
        spec: {hard: {requests.cpu: "100"}}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: fluent-bit, namespace: logging}
        spec:
          selector: {matchLabels: {app: fluent-bit}}
          template:
            metadata: {labels: {app: fluent-bit}}
            spec:
              volumes:
                - {name: varlog, hostPath: {path: /var/log}}
              containers:
                - {name: fluent-bit, image: "fluent/fluent-bit:3.1.9"}
        ---
        # Lands wherever it is applied: it names no namespace to label.
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: s3-app}
        spec:
          template:
            spec:
              containers:
                - {name: app, image: "my-app:latest"}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: coredns, namespace: kube-system}
        spec:
          template:
            spec:
              containers:
                - {name: coredns, image: "coredns:1.11"}
        """);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "PodSecurityPolicy \"restricted\" is closest to the Pod Security Standard restricted."
            + " To keep its protection after its removal in Kubernetes 1.25, label namespace \"production\" with"
            + " pod-security.kubernetes.io/enforce: restricted, pod-security.kubernetes.io/audit: restricted and pod-security.kubernetes.io/warn: restricted;"
            + " label namespace \"amazon-cloudwatch\" with enforce: baseline and audit, warn: restricted, because DaemonSet \"cloudwatch-agent\" does not meet"
            + " restricted (container \"cloudwatch-agent\" does not set allowPrivilegeEscalation: false);"
            + " label namespace \"logging\" with enforce: privileged explicitly and audit, warn: baseline, because DaemonSet \"fluent-bit\" does not meet"
            + " baseline (hostPath volume \"varlog\") (namespaces of the audited input)."
            + " Pod Security Admission never changes pods, so every container must now set what this policy filled in:"
            + " allowPrivilegeEscalation: false, capabilities.drop: [ALL], runAsNonRoot: true;"
            + " restricted also requires seccompProfile.type: RuntimeDefault (or Localhost), which this policy did not require."
            + " Pod Security Admission cannot express readOnlyRootFilesystem: true: keep it in the pod specs or enforce it with a policy engine such as Kyverno or Gatekeeper"));
  }

  @Test
  void positive_baselineAndPrivilegedPolicies() {
    tester
        .yaml("""
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              # expect: pod-security-policy-to-psa PodSecurityPolicy "default" is closest to the Pod Security Standard baseline (not restricted: allowPrivilegeEscalation is not false, requiredDropCapabilities does not include ALL, volumes allow nfs, runAsUser does not require a non-root user). To keep its protection after its removal in Kubernetes 1.25, label each namespace whose pods it governed with pod-security.kubernetes.io/enforce: baseline
              name: default
              annotations:
                seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default
            spec:
              privileged: false
              allowedCapabilities: [NET_BIND_SERVICE]
              volumes: [configMap, secret, emptyDir, persistentVolumeClaim, nfs]
              runAsUser: {rule: RunAsAny}
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              fsGroup: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
            ---
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              # expect: pod-security-policy-to-psa PodSecurityPolicy "eks.privileged" allows what only the privileged Pod Security Standard allows (privileged: true, hostNetwork: true, hostPID: true, hostIPC: true, hostPorts, volumes allow "*", capability *)
              name: eks.privileged
            spec:
              privileged: true
              allowPrivilegeEscalation: true
              allowedCapabilities: ['*']
              volumes: ['*']
              hostNetwork: true
              hostPorts: [{min: 0, max: 65535}]
              hostIPC: true
              hostPID: true
              runAsUser: {rule: RunAsAny}
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """)
        .verify();
  }

  @Test
  void negative_notAPodSecurityPolicy() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: production
              labels:
                pod-security.kubernetes.io/enforce: restricted
            ---
            apiVersion: example.com/v1
            kind: PodSecurityPolicy
            metadata:
              name: not-the-kubernetes-one
            spec: {}
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new PodSecurityPolicyToPsa());
    OddInput.auditsQuietly(new PodSecurityPolicyToPsa());
  }
}
