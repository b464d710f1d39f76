package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.testing.RuleTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerDiscoveryOtherClusterTest {

  private static final String GUIDE_CA = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: cluster-autoscaler
        namespace: kube-system
      spec:
        template:
          spec:
            serviceAccountName: cluster-autoscaler
            containers:
            - name: cluster-autoscaler
              image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
              command:
              - ./cluster-autoscaler
              - --cloud-provider=aws
              - --expander=least-waste
              %s
              - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/production-cluster
              - --balance-similar-node-groups
      """;

  private static RuleTester forCluster(String name) {
    return RuleTester.forRule(new ClusterAutoscalerDiscoveryOtherCluster())
        .configure(c -> new AuditConfig(c.targetVersion(), c.auditDate(), Optional.of(name), c.rules(), c.include(), c.exclude(),
            c.exemptions(), c.builtInExemptions(), c.annotationSuppressions(), c.threads()));
  }

  @Test
  void positive_configuredClusterNameDiffers() {
    forCluster("staging-cluster")
        .yaml(GUIDE_CA.formatted("# expect: cluster-autoscaler-discovery-other-cluster cluster \"production-cluster\", not of the audited cluster \"staging-cluster\""))
        .verify();
  }

  @Test
  void positive_eksctlClusterConfigInTheInputNamesTheCluster() {
    RuleTester.forRule(new ClusterAutoscalerDiscoveryOtherCluster())
        .yaml(GUIDE_CA.formatted("# expect: cluster-autoscaler-discovery-other-cluster of the eksctl ClusterConfig in the input") + """
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: payments
              region: us-east-1
            """)
        .verify();
  }

  @Test
  void negative_sameClusterOrNoKnownName() {
    forCluster("production-cluster").yaml(GUIDE_CA.formatted("")).verify();
    RuleTester.forRule(new ClusterAutoscalerDiscoveryOtherCluster()).yaml(GUIDE_CA.formatted("")).verify();
    // Two ClusterConfigs: the input does not say which cluster this is.
    RuleTester.forRule(new ClusterAutoscalerDiscoveryOtherCluster())
        .yaml(GUIDE_CA.formatted("") + """
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: a}
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: b}
            """)
        .verify();
  }

  @Test
  void positive_envReferenceExpandsToAnotherCluster() {
    forCluster("prod")
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      env:
                        - {name: CLUSTER, value: staging}
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        # expect: cluster-autoscaler-discovery-other-cluster cluster "staging"
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/$(CLUSTER)
            """)
        .verify();
  }

  @Test
  void negative_unresolvedReferencesAndTemplates() {
    forCluster("prod")
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                    - name: from-secret
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      env:
                        - name: CLUSTER
                          valueFrom: {configMapKeyRef: {name: cluster-info, key: name}}
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/$(CLUSTER)
                    - name: same
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      env:
                        - {name: CLUSTER, value: prod}
                      args:
                        - --cloud-provider=aws
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/$(CLUSTER)
            """)
        .verify();
  }

  @Test
  void negative_theGuidesClusterConfigAndAutoscalerAgree() {
    RuleTester.forRule(new ClusterAutoscalerDiscoveryOtherCluster())
        .yaml(GUIDE_CA.formatted("") + """
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: production-cluster
              region: us-east-1
            """)
        .verify();
  }
}
