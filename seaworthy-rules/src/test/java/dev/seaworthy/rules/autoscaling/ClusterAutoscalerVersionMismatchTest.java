package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClusterAutoscalerVersionMismatchTest {

  private final RuleTester tester = RuleTester.forRule(new ClusterAutoscalerVersionMismatch());

  @Test
  void positive_theGuidesDeploymentAgainstTheDefaultTarget() {
    // examples/eks-production/autoscaling/cluster-autoscaler.yaml; the default target on the audit date is 1.35.
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
                  serviceAccountName: cluster-autoscaler
                  containers:
                  - name: cluster-autoscaler
                    # expect: cluster-autoscaler-version-mismatch runs Cluster Autoscaler 1.28 ("k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0") while the audit targets Kubernetes 1.35
                    image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.28.0
                    command:
                    - ./cluster-autoscaler
                    - --v=4
                    - --stderrthreshold=info
                    - --cloud-provider=aws
                    - --skip-nodes-with-local-storage=false
                    - --expander=least-waste
                    - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/production-cluster
                    - --balance-similar-node-groups
                    - --skip-nodes-with-system-pods=false
                    env:
                    - name: AWS_REGION
                      value: us-east-1
            """)
        .verify();
  }

  @Test
  void positive_mirroredAndRenamedDeploymentsAreStillFound() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: node-scaler
              namespace: platform
            spec:
              selector:
                matchLabels: {app: scaler}
              template:
                metadata:
                  labels: {app: scaler}
                spec:
                  containers:
                    - name: scaler
                      # expect: cluster-autoscaler-version-mismatch Cluster Autoscaler 1.33
                      image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/mirror/cluster-autoscaler:v1.33.2
                    - name: sidecar
                      # expect: cluster-autoscaler-version-mismatch Cluster Autoscaler 1.31
                      image: internal.example.com/tools/autoscaler:v1.31.0
                      command: ["/cluster-autoscaler", "--cloud-provider=aws"]
            """)
        .verify();
  }

  @Test
  void negative_matchingVersionsOtherTargetsAndUnreadableTags() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: cluster-autoscaler}
              template:
                metadata:
                  labels: {app: cluster-autoscaler}
                spec:
                  containers:
                    - name: a
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.1
                    - name: b
                      image: registry.k8s.io/autoscaling/cluster-autoscaler@sha256:0d7a2c4e6f8b1a3c5e7d9f2b4d6f8a1c3e5b7d9f1a2c4e6b8d0f2a4c6e8b1d3f
                    - name: c
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:latest
            """)
        .verify();
    RuleTester.forRule(new ClusterAutoscalerVersionMismatch())
        .kubernetesVersion("1.28")
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
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.28.7
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_digestPinnedTagIsReadAsATag() {
    // hardeneks splits the image on ':' and compares the digest to the cluster version (lesson L21).
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
                      image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0@sha256:0d7a2c4e6f8b1a3c5e7d9f2b4d6f8a1c3e5b7d9f1a2c4e6b8d0f2a4c6e8b1d3f
            """)
        .verify();
  }

  @Test
  void negative_peerFalsePositive_nameAloneIsNotClusterAutoscaler() {
    // hardeneks picks Deployments by the name "cluster-autoscaler" (lesson L21): a dashboard so named is not one.
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler-dashboard
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                    - name: cluster-autoscaler
                      image: grafana/grafana:10.4.2
                      args: ["--config=/etc/cluster-autoscaler/dashboard.ini"]
            """)
        .verify();
  }
}
