package dev.seaworthy.rules.identity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AwsWorkloadServiceAccountNotFoundTest {

  private final RuleTester tester = RuleTester.forRule(new AwsWorkloadServiceAccountNotFound());

  @Test
  void positive_guideSnippets() {
    tester
        .yaml("""
            # service-account.yaml: the Deployment names no namespace, its ServiceAccount is in production
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: production
              annotations:
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789:role/s3-access-irsa
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: s3-app
            spec:
              template:
                spec:
                  # expect: aws-workload-service-account-not-found ServiceAccount "s3-app" is not found in the audited input (namespace "default") while container "app" sets AWS_REGION
                  serviceAccountName: s3-app
                  containers:
                  - name: app
                    image: my-app:latest
                    env:
                    - name: AWS_REGION
                      value: us-east-1
            """)
        .yaml("""
            # cluster-autoscaler.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cluster-autoscaler
              namespace: kube-system
            spec:
              template:
                spec:
                  # expect: aws-workload-service-account-not-found ServiceAccount "cluster-autoscaler" is not found in the audited input (namespace "kube-system")
                  serviceAccountName: cluster-autoscaler
                  containers:
                  - name: cluster-autoscaler
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
  void positive_namesTheNamespaceWhereASameNamedAccountLives() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: exporter, namespace: tools}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: export, namespace: jobs}
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      # expect: aws-workload-service-account-not-found A ServiceAccount of that name is in namespace tools
                      serviceAccountName: exporter
                      restartPolicy: OnFailure
                      containers:
                        - name: export
                          image: public.ecr.aws/aws-cli/aws-cli:2.17.0
            """)
        .verify();
  }

  @Test
  void negative_presentDefaultEksctlOrNoAws() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: present, namespace: apps}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: present, namespace: apps}
            spec:
              selector:
                matchLabels: {app: a}
              template:
                metadata:
                  labels: {app: a}
                spec:
                  serviceAccountName: present
                  containers:
                    - name: app
                      image: app:1.0.0
                      env: [{name: AWS_REGION, value: us-east-1}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: on-default, namespace: apps}
            spec:
              selector:
                matchLabels: {app: b}
              template:
                metadata:
                  labels: {app: b}
                spec:
                  serviceAccountName: default
                  containers:
                    - name: app
                      image: app:1.0.0
                      env: [{name: AWS_REGION, value: us-east-1}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: no-aws, namespace: apps}
            spec:
              selector:
                matchLabels: {app: c}
              template:
                metadata:
                  labels: {app: c}
                spec:
                  serviceAccountName: elsewhere
                  containers:
                    - name: app
                      image: nginx:1.27
            ---
            # eksctl creates the aws-node IRSA role through the vpc-cni add-on
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: prod, region: us-east-1}
            addons:
              - name: vpc-cni
                serviceAccountRoleARN: arn:aws:iam::123456789012:role/vpc-cni
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: aws-node, namespace: kube-system}
            spec:
              selector:
                matchLabels: {k8s-app: aws-node}
              template:
                metadata:
                  labels: {k8s-app: aws-node}
                spec:
                  serviceAccountName: aws-node
                  containers:
                    - name: aws-node
                      image: 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.19.0
            """)
        .verify();
  }
}
