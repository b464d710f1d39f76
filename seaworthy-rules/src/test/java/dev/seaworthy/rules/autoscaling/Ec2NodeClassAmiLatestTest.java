package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class Ec2NodeClassAmiLatestTest {

  private final RuleTester tester = RuleTester.forRule(new Ec2NodeClassAmiLatest());

  @Test
  void positive_latestAliases() {
    tester
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: default
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                # expect: ec2nodeclass-ami-latest EC2NodeClass "default" selects AMI alias "al2023@latest"
                - alias: al2023@latest
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: bottlerocket
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                # expect: ec2nodeclass-ami-latest "bottlerocket@latest"
                - alias: bottlerocket@latest
            """)
        .verify();
  }

  @Test
  void negative_pinnedIdsTagsAndAl2() {
    tester
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: default
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                - alias: al2023@v20251117
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: custom
            spec:
              role: KarpenterNodeRole-prod
              amiFamily: AL2023
              amiSelectorTerms:
                - id: ami-0123456789abcdef0
                - tags: {team: platform}
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: legacy
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                - alias: al2@latest
            """)
        .verify();
  }
}
