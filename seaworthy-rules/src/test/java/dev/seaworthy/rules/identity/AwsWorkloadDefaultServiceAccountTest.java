package dev.seaworthy.rules.identity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AwsWorkloadDefaultServiceAccountTest {

  private final RuleTester tester = RuleTester.forRule(new AwsWorkloadDefaultServiceAccount());

  @Test
  void positive_unsetOrExplicitDefault() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: uploader
              namespace: media
            spec:
              selector:
                matchLabels: {app: uploader}
              template:
                metadata:
                  labels: {app: uploader}
                # expect: aws-workload-default-service-account pod sets no serviceAccountName, so it runs as the default ServiceAccount of namespace "media" while container "app" sets AWS_REGION
                spec:
                  containers:
                    - name: app
                      image: uploader:1.2.0
                      env:
                        - name: AWS_REGION
                          value: eu-central-1
            ---
            # an IAM role on the default ServiceAccount goes to every pod of the namespace: still reported
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: media
              annotations:
                eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/media-default
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
            spec:
              # expect: aws-workload-default-service-account runs as the default ServiceAccount of namespace "default" while container "agent" runs cloudwatch-agent/cloudwatch-agent
              serviceAccountName: default
              containers:
                - name: agent
                  image: public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300049.1b929
            """)
        .verify();
  }

  @Test
  void negative_dedicatedServiceAccountOrNoAws() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: uploader, namespace: media}
            spec:
              selector:
                matchLabels: {app: uploader}
              template:
                metadata:
                  labels: {app: uploader}
                spec:
                  serviceAccountName: uploader
                  containers:
                    - name: app
                      image: uploader:1.2.0
                      env: [{name: AWS_REGION, value: eu-central-1}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: media}
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      env: [{name: REGION, value: eu-central-1}]
            ---
            # credentials wired by hand: not judged
            apiVersion: v1
            kind: Pod
            metadata: {name: manual, namespace: media}
            spec:
              containers:
                - name: app
                  image: amazon/aws-cli:2.17.0
                  env:
                    - {name: AWS_CONTAINER_CREDENTIALS_FULL_URI, value: "http://169.254.170.23/v1/credentials"}
            """)
        .verify();
  }
}
