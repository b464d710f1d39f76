package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.List;

@RuleInfo(
    id = "eks-nodegroup-ssh-access",
    title = "Node group enables SSH access to its nodes",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        SSH access (eksctl ssh.allow or a public key, remote_access on a managed node group, a \
        key_name on a launch template) opens port 22 on every node and hands out a long-lived key \
        that gives root on hosts running other teams' pods. Without source security groups EKS \
        opens it to 0.0.0.0/0. The EKS Best Practices Guide recommends no SSH on worker nodes and \
        AWS Systems Manager Session Manager (audited, IAM-controlled, no open port) when a shell \
        is needed.""",
    remediation = "Remove the SSH key and remote access from the node group and use SSM Session Manager (eksctl: ssh.enableSsm, or the AmazonSSMManagedInstanceCore policy on the node role).",
    references = {
      "https://docs.aws.amazon.com/eks/latest/best-practices/protecting-the-infrastructure.html",
      "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html"
    },
    equivalents = {"checkov:CKV_AWS_100"},
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
            ssh:
              allow: true
              publicKeyName: ops-key
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceType: m5.large
        """)
public final class EksNodegroupSshAccess extends NodeGroupRule {

  @Override
  List<Violation> check(EksNodeGroupView group, RuleContext context) {
    Setting<Boolean> ssh = group.sshAccess();
    if (!ssh.is(true)) {
      return List.of();
    }
    return Violation.one(ssh.node(), group.describe() + " enables SSH to its nodes" + (openToAll(group) ? ", open to 0.0.0.0/0 (no source security groups)" : "")
        + ": prefer SSM Session Manager to an open port 22 and a shared key");
  }

  /** Remote access without source security groups: EKS opens port 22 to the world. */
  private static boolean openToAll(EksNodeGroupView group) {
    if (group.source() == EksNodeGroupView.Source.EKSCTL) {
      Node ssh = group.node().at("ssh");
      return !ssh.at("sourceSecurityGroupIds").isPresent() && !group.privateNetworking().is(true);
    }
    Node remote = group.node().at("remote_access");
    Node block = remote.isList() ? remote.at("0") : remote;
    return block.isMap() && block.at("ec2_ssh_key").isPresent() && !block.at("source_security_group_ids").isPresent();
  }
}
