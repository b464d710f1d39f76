package dev.seaworthy.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Wrong types everywhere: every identity rule must return quietly, never throw. */
class OddIdentityInputTest {

  private static final String YAML = """
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: odd
        annotations:
          eks.amazonaws.com/role-arn: "arn:aws:iam::123456789012:role/"
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: odder
        annotations: [eks.amazonaws.com/role-arn]
      ---
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: {name: odd}
      iam:
        serviceAccounts: [x, {metadata: oops}]
        podIdentityAssociations: {namespace: a}
      addons: [vpc-cni, {name: vpc-cni, podIdentityAssociations: x}]
      ---
      apiVersion: eks.services.k8s.aws/v1alpha1
      kind: PodIdentityAssociation
      metadata: {name: odd}
      spec: [x]
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: odd}
      spec:
        serviceAccountName: {name: x}
        containers:
          - a-scalar-container
          - name: weird
            image: [amazon/aws-cli]
            env: AWS_REGION=us-east-1
            envFrom: secretRef
            volumeMounts: {mountPath: /root/.aws}
            command: --cloud-provider=aws
          - name: weirder
            image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            args: [{flag: --cloud-provider}, --cloud-provider]
            env: [x, {name: [AWS_REGION]}, {name: AWS_REGION}]
      """;

  @Test
  void everyRuleStaysUpOnOddInput() {
    for (Rule rule : IdentityRules.all()) {
      assertThat(RuleTester.forRule(rule).audit("odd.yaml", YAML).ruleFailures()).isEmpty();
    }
  }
}
