package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Ec2NodeClassAl2AmiTest {

  private final RuleTester tester = RuleTester.forRule(new Ec2NodeClassAl2Ami());

  @Test
  void positive_aliasOrFamilyOnTheDefaultTarget() {
    tester
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: alias
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                # expect: ec2nodeclass-al2-ami EC2NodeClass "alias" launches Amazon Linux 2 nodes: no AL2 AMI exists for Kubernetes 1.35
                - alias: al2@v20250403
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: family
            spec:
              role: KarpenterNodeRole-prod
              # expect: ec2nodeclass-al2-ami EC2NodeClass "family"
              amiFamily: AL2
              amiSelectorTerms:
                - id: ami-0123456789abcdef0
            """)
        .verify();
  }

  @Test
  void positive_olderTargetAfterPublishingEnded() {
    RuleTester.forRule(new Ec2NodeClassAl2Ami())
        .kubernetesVersion("1.31")
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1beta1
            kind: EC2NodeClass
            metadata:
              name: default
            spec:
              # expect: ec2nodeclass-al2-ami EKS stopped publishing AL2 AMIs on 2025-11-26
              amiFamily: AL2
              role: KarpenterNodeRole-prod
            """)
        .verify();
  }

  @Test
  void negative_al2023BottlerocketAndAl2BeforeTheEnd() {
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
              name: br
            spec:
              role: KarpenterNodeRole-prod
              amiFamily: Bottlerocket
              amiSelectorTerms:
                - alias: bottlerocket@v1.50.0
            """)
        .verify();
    RuleTester.forRule(new Ec2NodeClassAl2Ami())
        .kubernetesVersion("1.31")
        .configure(c -> c.withAuditDate(LocalDate.of(2025, 6, 1)))
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: default
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                - alias: al2@v20250403
            """)
        .verify();
  }
}
