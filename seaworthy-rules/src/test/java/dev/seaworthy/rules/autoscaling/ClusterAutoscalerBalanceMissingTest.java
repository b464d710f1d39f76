package dev.seaworthy.rules.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerBalanceMissingTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerBalanceMissing());

  @Test
  void positive_flagAbsent() {
    tester
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
                      # expect: cluster-autoscaler-balance-similar-missing without --balance-similar-node-groups
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod
            """)
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
                    # expect: cluster-autoscaler-balance-similar-missing
                    - name: cluster-autoscaler
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
            """)
        .verify();
  }

  @Test
  void negative_theGuidesFlagsExplicitFalseAndOtherSpellings() {
    tester
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
                  - name: guide
                    image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
                    command:
                    - ./cluster-autoscaler
                    - --cloud-provider=aws
                    - --balance-similar-node-groups
                  - name: deliberate
                    image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                    args: [--balance-similar-node-groups=false]
                  - name: single-dash
                    image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                    args: [-balance-similar-node-groups=true]
            """)
        .verify();
  }

  @Test
  void fixAppendsTheFlagToASimpleList() {
    var findings = tester.findings("""
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
                  command: [./cluster-autoscaler, --cloud-provider=aws]
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.add("/spec/template/spec/containers/0/command/2", "--balance-similar-node-groups")));
    var shell = tester.findings("""
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
                  command: [sh, -c, "./cluster-autoscaler --cloud-provider=aws"]
        """);
    assertThat(shell).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
