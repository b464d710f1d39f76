package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class Ec2NodeClassBootstrapOnAl2023Test {

  private final RuleTester tester = RuleTester.forRule(new Ec2NodeClassBootstrapOnAl2023());

  @Test
  void positive_theGuidesUserDataOnAnAl2023Class() {
    // The guide's AWSNodeInstanceProfile user data, moved as-is into a v1 EC2NodeClass on AL2023.
    tester
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: default
            spec:
              role: KarpenterNodeRole-production-cluster
              amiSelectorTerms:
                - alias: al2023@v20251117
              subnetSelectorTerms:
                - tags: {karpenter.sh/discovery: production-cluster}
              securityGroupSelectorTerms:
                - tags: {karpenter.sh/discovery: production-cluster}
              # expect: ec2nodeclass-bootstrap-sh-on-al2023 EC2NodeClass "default" runs AL2023 nodes but its userData calls /etc/eks/bootstrap.sh
              userData: |
                #!/bin/bash
                /etc/eks/bootstrap.sh production-cluster
                echo "net.ipv4.ip_forward = 1" >> /etc/sysctl.conf
                sysctl -p
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: family
            spec:
              role: KarpenterNodeRole-production-cluster
              amiFamily: AL2023
              amiSelectorTerms:
                - id: ami-0123456789abcdef0
              # expect: ec2nodeclass-bootstrap-sh-on-al2023 EC2NodeClass "family"
              userData: "#!/bin/bash\\n/etc/eks/bootstrap.sh prod\\n"
            """)
        .verify();
  }

  @Test
  void negative_al2ScriptsAndNodeadmUserData() {
    tester
        .yaml("""
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: al2
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                - alias: al2@v20250403
              userData: |
                #!/bin/bash
                /etc/eks/bootstrap.sh prod
            ---
            apiVersion: karpenter.k8s.aws/v1
            kind: EC2NodeClass
            metadata:
              name: nodeadm
            spec:
              role: KarpenterNodeRole-prod
              amiSelectorTerms:
                - alias: al2023@v20251117
              userData: |
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="//"

                --//
                Content-Type: application/node.eks.aws

                apiVersion: node.eks.aws/v1alpha1
                kind: NodeConfig
                spec:
                  kubelet:
                    config:
                      maxPods: 110
                --//--
            """)
        .verify();
  }

  @Test
  void negative_aCommentMentioningTheScriptIsNotACall() {
    org.assertj.core.api.Assertions.assertThat(Ec2NodeClassBootstrapOnAl2023.callsBootstrapScript(
        "#!/bin/bash\n# we used to call /etc/eks/bootstrap.sh here; nodeadm does it now\necho ok # not /etc/eks/bootstrap.sh\n")).isFalse();
    org.assertj.core.api.Assertions.assertThat(Ec2NodeClassBootstrapOnAl2023.callsBootstrapScript(
        "#!/bin/bash\n/etc/eks/bootstrap.sh prod --kubelet-extra-args '--max-pods=110'\n")).isTrue();
  }
}
