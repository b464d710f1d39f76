package dev.seaworthy.rules.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerPriceExpanderTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerPriceExpander());

  @Test
  void positive_priceAloneOrInAChain() {
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
                    - name: a
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        # expect: cluster-autoscaler-price-expander uses --expander=price: the AWS provider implements no pricing
                        - --expander=price
                    - name: b
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                      command:
                        - ./cluster-autoscaler
                        - --cloud-provider=aws
                        - --expander=random
                        # expect: cluster-autoscaler-price-expander --expander=priority,price
                        - --expander=priority,price
            """)
        .verify();
  }

  @Test
  void negative_otherExpandersOverriddenPriceOrNotAws() {
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
                    - --expander=least-waste
                  - name: overridden
                    image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                    command: [./cluster-autoscaler, --cloud-provider=aws, --expander=price, --expander=least-waste]
                  - name: gce
                    image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0
                    command: [./cluster-autoscaler, --cloud-provider=gce, --expander=price]
            """)
        .verify();
  }

  @Test
  void fixReplacesPriceWithLeastWaste() {
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
                  command: [./cluster-autoscaler, --cloud-provider=aws, "--expander=priority,price"]
        """);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops())
            .containsExactly(PatchOp.replace("/spec/template/spec/containers/0/command/2", "--expander=priority,least-waste")));
  }
}
