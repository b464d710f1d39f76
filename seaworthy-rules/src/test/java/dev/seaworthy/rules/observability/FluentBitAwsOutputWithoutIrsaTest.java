package dev.seaworthy.rules.observability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FluentBitAwsOutputWithoutIrsaTest {

  private final RuleTester tester = RuleTester.forRule(new FluentBitAwsOutputWithoutIrsa());

  private static final String DAEMONSET = """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluent-bit
        namespace: amazon-cloudwatch
      spec:
        selector:
          matchLabels: {app: fluent-bit}
        template:
          metadata:
            labels: {app: fluent-bit}
          spec:
            serviceAccountName: fluent-bit
            containers:
              - name: fluent-bit
                image: public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4
            volumes:
              - name: config
                projected:
                  sources:
                    - configMap:
                        name: fluent-bit-config
      """;

  @Test
  void positive_mountingDaemonSetsServiceAccountHasNoRole() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: amazon-cloudwatch
            data:
              fluent-bit.conf: |
                [OUTPUT]
                    Name   stdout
                    Match  *
                # expect: fluent-bit-aws-output-without-irsa output cloudwatch_logs (fluent-bit.conf line 5) calls AWS, but ServiceAccount "fluent-bit" of DaemonSet "fluent-bit", which mounts this ConfigMap, has no eks.amazonaws.com/role-arn annotation
                [OUTPUT]
                    Name   cloudwatch_logs
                    Match  *
                [OUTPUT]
                    Name   s3
                    Match  *
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: fluent-bit
              namespace: amazon-cloudwatch
            ---
            """ + DAEMONSET)
        .verify();
  }

  @Test
  void negative_guideConfigMapAloneAndOtherCases() {
    // the guide ships the ConfigMap without its DaemonSet: nothing to judge
    tester.yaml(FluentBitDockerParserTest.GUIDE).verify();
    tester
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: amazon-cloudwatch
            data:
              fluent-bit.conf: |
                [OUTPUT]
                    Name   cloudwatch_logs
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: fluent-bit
              namespace: amazon-cloudwatch
              annotations:
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/fluent-bit
            ---
            """ + DAEMONSET)
        // the ServiceAccount is not in the input: another rule's business
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: amazon-cloudwatch
            data:
              fluent-bit.conf: |
                [OUTPUT]
                    Name   cloudwatch_logs
            ---
            """ + DAEMONSET)
        // no AWS output
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: amazon-cloudwatch
            data:
              fluent-bit.conf: |
                [OUTPUT]
                    Name   es
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: fluent-bit
              namespace: amazon-cloudwatch
            ---
            """ + DAEMONSET)
        // a DaemonSet in another namespace mounts a ConfigMap of the same name
        .yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: fluent-bit-config
              namespace: logging
            data:
              fluent-bit.conf: |
                [OUTPUT]
                    Name   cloudwatch_logs
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: fluent-bit
              namespace: amazon-cloudwatch
            ---
            """ + DAEMONSET)
        .verify();
  }
}
