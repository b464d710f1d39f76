package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EksNodegroupSshAccessTest {

  private final RuleTester tester = RuleTester.forRule(new EksNodegroupSshAccess());

  @Test
  void positive_eksctlKeyAndRemoteAccessOpenToAll() {
    tester.yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            # expect: eks-nodegroup-ssh-access eksctl managed node group "a" enables SSH to its nodes, open to 0.0.0.0/0
            ssh:
              publicKeyName: ops
          - name: b
            privateNetworking: true
            ssh:
              # expect: eks-nodegroup-ssh-access enables SSH to its nodes: prefer SSM
              allow: true
              publicKeyName: ops
        """).terraformYaml("""
        aws_eks_node_group.a:
          cluster_name: c
          remote_access:
            # expect: eks-nodegroup-ssh-access open to 0.0.0.0/0
            - {ec2_ssh_key: ops}
        aws_eks_node_group.b:
          cluster_name: c
          remote_access:
            # expect: eks-nodegroup-ssh-access enables SSH to its nodes: prefer
            - {ec2_ssh_key: ops, source_security_group_ids: [sg-1]}
        """).verify();
  }

  @Test
  void negative_noSshSsmOnlyOrExplicitlyOff() {
    tester.yaml(Guide.EKSCTL).yaml("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c}
        managedNodeGroups:
          - name: a
            ssh: {enableSsm: true}
          - name: b
            ssh: {allow: false}
        """).terraformYaml(Guide.TERRAFORM).verify();
  }
}
