package dev.seaworthy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.testing.RuleTester;
import dev.seaworthy.rules.OddPlatformInput;
import org.junit.jupiter.api.Test;

class ServiceAccountInOtherNamespaceTest {

  private final RuleTester tester = RuleTester.forRule(new ServiceAccountInOtherNamespace());

  /** The guide's irsa/service-account.yaml, verbatim. */
  private static final String GUIDE_S3_APP = """
      # service-account.yaml
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
            # expect: service-account-in-other-namespace Deployment "s3-app" names no namespace, so it lands in the namespace kubectl targets (usually "default"), but its ServiceAccount "s3-app" was found only in namespace "production" in the audited input: a pod can only use a ServiceAccount of its own namespace, so its ReplicaSet cannot create any pod; set metadata.namespace: production
            serviceAccountName: s3-app
            containers:
            - name: app
              image: my-app:latest
              env:
              - name: AWS_REGION
                value: us-east-1
      """;

  @Test
  void positive_theGuidesS3AppDeployment() {
    tester.yaml(GUIDE_S3_APP).verify();
  }

  @Test
  void fixPutsTheNamespacelessWorkloadWhereItsServiceAccountIs() {
    var findings = tester.findings(GUIDE_S3_APP);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.fixes().get(0).ops()).containsExactly(PatchOp.add("/metadata/namespace", "production")));
  }

  @Test
  void positive_explicitNamespaceMismatchHasNoFix() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: worker
              namespace: jobs
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: worker
              namespace: batch
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
              namespace: shop
            spec:
              schedule: "0 2 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      # expect: service-account-in-other-namespace CronJob "nightly" is in namespace "shop", but its ServiceAccount "worker" was found only in namespaces "batch" and "jobs" in the audited input: a pod can only use a ServiceAccount of its own namespace, so the Jobs it starts cannot create their pods
                      serviceAccountName: worker
                      containers:
                        - name: job
                          image: job:1.0
            """)
        .verify();
    var findings = tester.findings("""
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: api, namespace: prod}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: dev}
        spec:
          serviceAccount: api
          containers:
            - {name: api, image: "api:1.0"}
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("the API server rejects the Pod");
      assertThat(f.fixes()).isEmpty();
    });
  }

  @Test
  void negative_sameNamespaceDefaultOrNotInTheInput() {
    tester
        .yaml("""
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: production
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: s3-app
              namespace: staging
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: s3-app
              namespace: production
            spec:
              selector:
                matchLabels: {app: s3-app}
              template:
                metadata:
                  labels: {app: s3-app}
                spec:
                  serviceAccountName: s3-app
                  containers:
                    - name: app
                      image: my-app:1.0
            ---
            # An object without a namespace lands in default, where this ServiceAccount is.
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: tools
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: tools
            spec:
              selector:
                matchLabels: {app: tools}
              template:
                metadata:
                  labels: {app: tools}
                spec:
                  serviceAccountName: tools
                  containers:
                    - name: tools
                      image: tools:1.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: plain
              namespace: shop
            spec:
              selector:
                matchLabels: {app: plain}
              template:
                metadata:
                  labels: {app: plain}
                spec:
                  serviceAccountName: default
                  containers:
                    - name: plain
                      image: plain:1.0
            ---
            # Not in the input at all: workload-reference-not-found decides.
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: managed
              namespace: shop
            spec:
              selector:
                matchLabels: {app: managed}
              template:
                metadata:
                  labels: {app: managed}
                spec:
                  serviceAccountName: created-by-eksctl
                  containers:
                    - name: managed
                      image: managed:1.0
            """)
        .verify();
  }

  @Test
  void negative_oddInputNeverThrows() {
    OddPlatformInput.auditsQuietly(new ServiceAccountInOtherNamespace());
  }
}
