package dev.seaworthy.core.view.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksAddonAndIrsaViewTest {

  @Test
  void guideAddons() {
    List<EksAddonView> addons = EksClusters.of(EksClusterViewTest.terraform(GuideTerraform.EKS)).addons();
    assertThat(addons).extracting(a -> a.name().value()).containsExactly("coredns", "kube-proxy", "vpc-cni", "aws-ebs-csi-driver");
    EksAddonView cni = addons.get(2);
    assertThat(cni.describe()).isEqualTo("add-on \"vpc-cni\" (module \"eks\")");
    assertThat(cni.mostRecent().value()).isTrue();
    assertThat(cni.serviceAccountRole().value()).isNull();
    assertThat(cni.hasOwnIdentity()).isFalse();
    assertThat(cni.beforeCompute().value()).isFalse();
    assertThat(cni.beforeCompute().isDefault()).isTrue();
    Node config = cni.configurationValues().value();
    assertThat(config.at("env", "ENABLE_PREFIX_DELEGATION").textOr("")).isEqualTo("true");
    EksAddonView ebs = addons.get(3);
    assertThat(ebs.serviceAccountRole().isUnknown()).isTrue();
    assertThat(ebs.hasOwnIdentity()).isTrue();
  }

  @Test
  void jsonStringConfigurationIsParsedAtTheStringsPosition() {
    Inventory inv = EksClusterViewTest.terraform("""
        aws_eks_addon.cni:
          cluster_name: c
          addon_name: vpc-cni
          addon_version: v1.18.3-eksbuild.1
          configuration_values: '{"enableNetworkPolicy": "true", "env": {"ENABLE_PREFIX_DELEGATION": "true"}}'
        """);
    EksAddonView a = EksClusters.of(inv).addons().get(0);
    assertThat(a.version().value()).isEqualTo("v1.18.3-eksbuild.1");
    Node config = a.configurationValues().value();
    assertThat(config.at("enableNetworkPolicy").textOr("")).isEqualTo("true");
    assertThat(config.at("env", "ENABLE_PREFIX_DELEGATION").position().line()).isEqualTo(5);
    assertThat(a.beforeCompute().isUnknown()).isTrue();
  }

  @Test
  void eksctlAddons() {
    var resources = EksClusterViewTest.eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c, region: us-east-1}
        addons:
          - name: vpc-cni
            version: latest
            attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]
            configurationValues: |-
              enableNetworkPolicy: "true"
        """);
    EksAddonView a = EksClusters.of(new Inventory(resources)).addons().get(0);
    assertThat(a.mostRecent().value()).isTrue();
    assertThat(a.hasOwnIdentity()).isTrue();
    assertThat(a.configurationValues().value().at("enableNetworkPolicy").textOr("")).isEqualTo("true");
  }

  @Test
  void guideIrsaModuleFollowsThePolicyReference() {
    Inventory inv = EksClusterViewTest.terraform(GuideTerraform.IRSA);
    List<IrsaRoleView> roles = EksClusters.of(inv).irsaRoles();
    assertThat(roles).hasSize(1);
    IrsaRoleView role = roles.get(0);
    assertThat(role.roleName().value()).isEqualTo("s3-access-irsa");
    assertThat(role.serviceAccounts().value()).extracting(Object::toString).containsExactly("production:s3-app");
    List<IrsaRoleView.AttachedPolicy> policies = role.policies();
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0).label()).isEqualTo("aws_iam_policy \"s3_access\"");
    PolicyDocument doc = policies.get(0).document().value();
    assertThat(doc.statements()).singleElement().satisfies(s -> {
      assertThat(s.actions().value()).containsExactly("s3:GetObject", "s3:PutObject", "s3:DeleteObject");
      assertThat(s.resources().value()).containsExactly("arn:aws:s3:::my-app-bucket/*");
    });
    assertThat(role.trustPolicy().isDefault()).isTrue();
  }

  @Test
  void rawRoleWithWebIdentityTrustFromAPolicyDocument() {
    Inventory inv = EksClusterViewTest.terraform("""
        data.aws_iam_policy_document.trust:
          statement:
            - actions: ["sts:AssumeRoleWithWebIdentity"]
              principals:
                - type: Federated
                  identifiers: ["${aws_iam_openid_connect_provider.eks.arn}"]
              condition:
                - test: StringEquals
                  variable: ${"${replace(aws_iam_openid_connect_provider.eks.url, "https://", "")}:sub"}
                  values: ["system:serviceaccount:apps:reader"]
        aws_iam_role.reader:
          name: reader
          assume_role_policy: ${data.aws_iam_policy_document.trust.json}
        aws_iam_role_policy_attachment.reader:
          role: ${aws_iam_role.reader.name}
          policy_arn: arn:aws:iam::aws:policy/AmazonS3FullAccess
        aws_iam_role.plain:
          name: plain
          assume_role_policy:
            Statement:
              - Action: sts:AssumeRole
                Principal: {Service: ec2.amazonaws.com}
        """);
    List<IrsaRoleView> roles = EksClusters.of(inv).irsaRoles();
    assertThat(roles).hasSize(1);
    IrsaRoleView role = roles.get(0);
    assertThat(role.describe()).isEqualTo("aws_iam_role \"reader\"");
    assertThat(role.serviceAccounts().value()).extracting(Object::toString).containsExactly("apps:reader");
    assertThat(role.policies()).singleElement().satisfies(p -> {
      assertThat(p.arn()).hasValue("arn:aws:iam::aws:policy/AmazonS3FullAccess");
      assertThat(p.label()).isEqualTo("AmazonS3FullAccess");
    });
  }

  @Test
  void eksctlServiceAccounts() {
    var resources = EksClusterViewTest.eksctl("""
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: c, region: us-east-1}
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata: {name: s3-reader, namespace: backend}
              attachPolicy:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: ["s3:*"]
                    Resource: "*"
        """);
    IrsaRoleView role = EksClusters.of(new Inventory(resources)).irsaRoles().get(0);
    assertThat(role.serviceAccounts().value()).extracting(Object::toString).containsExactly("backend:s3-reader");
    assertThat(role.policies().get(0).document().value().statements().get(0).actions().value()).containsExactly("s3:*");
  }
}
