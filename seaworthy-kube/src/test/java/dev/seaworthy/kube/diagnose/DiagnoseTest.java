package dev.seaworthy.kube.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.kube.ClusterOptions;
import dev.seaworthy.kube.Collector;
import dev.seaworthy.kube.Progress;
import dev.seaworthy.kube.Snapshot;
import dev.seaworthy.kube.testing.FakeCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every analyzer against a real HTTP API server (fabric8's mock in CRUD mode), on a healthy cluster and on one broken object each. */
class DiagnoseTest {

  private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

  @TempDir Path dir;
  private FakeCluster cluster;

  @BeforeEach
  void start() {
    cluster = new FakeCluster();
    cluster.apply(Scenarios.HEALTHY);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private DiagnoseReport diagnose() {
    ClusterOptions options = ClusterOptions.defaults().withKubeconfig(cluster.kubeconfig(dir)).withAllNamespaces().withRetries(2, Duration.ofMillis(10));
    Snapshot snapshot = Collector.read(options, Diagnose.KINDS, Diagnose.CLUSTER_WIDE, Progress.NONE);
    return Diagnose.analyze(snapshot, NOW);
  }

  /** The one diagnosis about that object (any analyzer). */
  private Diagnosis about(DiagnoseReport report, String object) {
    List<Diagnosis> found = report.diagnoses().stream().filter(d -> d.object().equals(object)).toList();
    assertThat(found).as("diagnoses of " + object + " in " + report.diagnoses()).hasSize(1);
    return found.get(0);
  }

  @Test
  void theHealthyClusterIsHealthy() throws Exception {
    DiagnoseReport report = diagnose();

    assertThat(report.diagnoses()).isEmpty();
    assertThat(report.healthy()).isTrue();
    assertThat(report.gaps()).isEmpty();
    StringBuilder text = new StringBuilder();
    report.writeText(text);
    assertThat(text).endsWith("healthy: no problem found\n");
  }

  private static String pendingPod(String name, String spec) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: %s, namespace: shop}
        spec:
          containers:
            - name: app
              image: public.ecr.aws/nginx/nginx:1.27
              resources: {requests: {cpu: 100m, memory: 64Mi}}
          %s
        status:
          phase: Pending
          conditions: [{type: PodScheduled, status: "False", reason: Unschedulable}]
        """.formatted(name, spec);
  }

  @Test
  void pendingForTooLittleCpuOrMemory() {
    cluster.apply(pendingPod("big-cpu", "").replace("cpu: 100m, memory: 64Mi", "cpu: \"3\", memory: 64Mi"));
    cluster.apply(pendingPod("big-mem", "").replace("cpu: 100m, memory: 64Mi", "cpu: 100m, memory: 12Gi"));

    DiagnoseReport report = diagnose();

    Diagnosis cpu = about(report, "Pod/shop/big-cpu");
    assertThat(cpu.analyzer()).isEqualTo("pod-pending");
    assertThat(cpu.severity()).isEqualTo(Severity.HIGH);
    assertThat(cpu.cause()).isEqualTo("it requests 3 CPU and no node has that much allocatable CPU left.");
    assertThat(cpu.evidence()).contains("0/2 nodes fit; 2 have too little CPU left");
    assertThat(about(report, "Pod/shop/big-mem").cause()).isEqualTo("it requests 12288Mi of memory and no node has that much allocatable memory left.");
  }

  @Test
  void pendingForATaintWithoutToleration() {
    cluster.server().expect(); // no-op: keeps the CRUD store
    cluster.apply(Scenarios.node("ip-10-0-3-30.ec2.internal", "workload: gpu", "taints: [{key: nvidia.com/gpu, value: \"true\", effect: NoSchedule}]", "", "8", "30Gi", "29"));
    cluster.apply(pendingPod("trainer", "nodeSelector: {workload: gpu}"));

    Diagnosis d = about(diagnose(), "Pod/shop/trainer");

    assertThat(d.cause()).isEqualTo("the nodes it could use carry taint nvidia.com/gpu=true:NoSchedule and the pod has no toleration for it.");
    assertThat(d.evidence()).contains("0/3 nodes fit; 2 do not match its node selector/affinity, 1 have an untolerated taint (nvidia.com/gpu=true:NoSchedule)");
  }

  @Test
  void pendingForASelectorNoNodeMatches() {
    cluster.apply(pendingPod("arm", "nodeSelector: {kubernetes.io/arch: arm64}"));

    Diagnosis d = about(diagnose(), "Pod/shop/arm");

    assertThat(d.cause()).isEqualTo("no node matches its nodeSelector or required node affinity (kubernetes.io/arch=arm64).");
    assertThat(d.next()).contains("kubectl get nodes --show-labels");
  }

  @Test
  void pendingForAnUnboundClaim() {
    cluster.apply("""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: db-data, namespace: shop}
        spec:
          storageClassName: io2-fast
          resources: {requests: {storage: 10Gi}}
        status: {phase: Pending}
        """);
    cluster.apply(pendingPod("db-0", "volumes: [{name: data, persistentVolumeClaim: {claimName: db-data}}]"));

    DiagnoseReport report = diagnose();

    assertThat(about(report, "Pod/shop/db-0").cause()).isEqualTo("its PersistentVolumeClaim \"db-data\" is not bound (Pending).");
    Diagnosis pvc = about(report, "PersistentVolumeClaim/shop/db-data");
    assertThat(pvc.analyzer()).isEqualTo("pvc-pending");
    assertThat(pvc.cause()).isEqualTo("claim \"db-data\" asks for StorageClass \"io2-fast\", which does not exist.");
  }

  @Test
  void pendingBecauseEveryNodeIsAtMaxPodsAndTheSchedulersMessageIsQuoted() {
    String full = String.join("---\n", Scenarios.node("ip-10-0-1-10.ec2.internal", "", "", "", "2", "7Gi", "2"),
        Scenarios.node("ip-10-0-2-20.ec2.internal", "", "", "", "2", "7Gi", "2"));
    cluster.apply(full); // replaces the nodes: max 2 pods each, and each already runs 2
    cluster.apply(pendingPod("one-more", ""));
    cluster.apply("""
        apiVersion: v1
        kind: Event
        metadata: {name: one-more.sched, namespace: shop}
        involvedObject: {kind: Pod, namespace: shop, name: one-more}
        type: Warning
        reason: FailedScheduling
        message: "0/2 nodes are available: 2 Too many pods."
        lastTimestamp: "2026-11-24T02:58:00Z"
        """);

    Diagnosis d = about(diagnose(), "Pod/shop/one-more");

    assertThat(d.cause()).isEqualTo("every node that could run it already runs its maximum number of pods (status.allocatable.pods).");
    assertThat(d.evidence()).contains("scheduler: 0/2 nodes are available: 2 Too many pods.");
  }

  private static String brokenContainer(String name, String status, String limits) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: %s, namespace: shop}
        spec:
          nodeName: ip-10-0-1-10.ec2.internal
          containers:
            - name: app
              image: shop/api:2.1.0
              resources: {requests: {cpu: 100m, memory: 256Mi}, limits: %s}
        status:
          phase: Running
          containerStatuses:
            - name: app
              image: shop/api:2.1.0
              %s
        """.formatted(name, limits, status);
  }

  @Test
  void crashLoopOomKilledNamesTheMemoryLimit() {
    cluster.apply(brokenContainer("api-oom", """
        restartCount: 7
        state: {waiting: {reason: CrashLoopBackOff, message: back-off 5m0s restarting failed container}}
        lastState: {terminated: {reason: OOMKilled, exitCode: 137, finishedAt: "2026-11-24T02:55:00Z"}}
        """.replace("\n", "\n      "), "{memory: 256Mi}"));

    Diagnosis d = about(diagnose(), "Pod/shop/api-oom");

    assertThat(d.analyzer()).isEqualTo("pod-crash-loop");
    assertThat(d.cause()).isEqualTo("container \"app\" was killed for using more memory than its memory limit of 256Mi (OOMKilled) and is in CrashLoopBackOff.");
    assertThat(d.evidence()).contains("restarts: 7", "last termination: OOMKilled, exit code 137 at 2026-11-24T02:55:00Z");
  }

  @Test
  void exit137WithoutOomIsAKillFromOutside() {
    cluster.apply(brokenContainer("api-killed", """
        restartCount: 3
        state: {waiting: {reason: CrashLoopBackOff}}
        lastState: {terminated: {reason: Error, exitCode: 137}}
        """.replace("\n", "\n      "), "{memory: 1Gi}"));

    Diagnosis d = about(diagnose(), "Pod/shop/api-killed");

    assertThat(d.cause()).startsWith("container \"app\" was killed with SIGKILL (exit 137) without being OOMKilled: a failing liveness probe");
    assertThat(d.next()).contains("liveness probe");
  }

  @Test
  void configErrorStopsAContainerFromStarting() {
    cluster.apply(brokenContainer("api-config", """
        restartCount: 0
        state: {waiting: {reason: CreateContainerConfigError, message: "secret \\"api-db\\" not found"}}
        """.replace("\n", "\n      "), "{memory: 1Gi}"));

    Diagnosis d = about(diagnose(), "Pod/shop/api-config");

    assertThat(d.cause()).isEqualTo("container \"app\" cannot start: its configuration refers to something missing (secret \"api-db\" not found).");
  }

  @Test
  void imagePullFromTheFrozenRegistry() {
    cluster.apply("""
        apiVersion: v1
        kind: Pod
        metadata: {name: autoscaler, namespace: kube-system}
        spec:
          nodeName: ip-10-0-1-10.ec2.internal
          containers: [{name: cluster-autoscaler, image: "k8s.gcr.io/autoscaling/cluster-autoscaler:v1.30.0"}]
        status:
          phase: Pending
          containerStatuses:
            - name: cluster-autoscaler
              image: k8s.gcr.io/autoscaling/cluster-autoscaler:v1.30.0
              restartCount: 0
              state: {waiting: {reason: ImagePullBackOff, message: "Back-off pulling image \\"k8s.gcr.io/autoscaling/cluster-autoscaler:v1.30.0\\""}}
        """);

    Diagnosis d = about(diagnose(), "Pod/kube-system/autoscaler");

    assertThat(d.analyzer()).isEqualTo("pod-image-pull");
    assertThat(d.cause()).contains("from k8s.gcr.io, which is frozen");
    assertThat(d.next()).isEqualTo("use registry.k8s.io/autoscaling/cluster-autoscaler:v1.30.0 (or a mirror in ECR)");
  }

  @Test
  void imagePullOfAMissingTagAndARefusedCredential() {
    cluster.apply(brokenContainer("api-tag", """
        restartCount: 0
        state: {waiting: {reason: ErrImagePull, message: "rpc error: code = NotFound desc = failed to pull and unpack image: not found"}}
        """.replace("\n", "\n      "), "{memory: 1Gi}"));
    cluster.apply(brokenContainer("api-auth", """
        restartCount: 0
        state: {waiting: {reason: ImagePullBackOff, message: "pull access denied: 403 Forbidden"}}
        """.replace("\n", "\n      "), "{memory: 1Gi}").replace("shop/api:2.1.0", "111122223333.dkr.ecr.us-east-1.amazonaws.com/api:2.1.0"));

    DiagnoseReport report = diagnose();

    assertThat(about(report, "Pod/shop/api-tag").cause()).isEqualTo("container \"app\" pulls shop/api:2.1.0, and the registry has no such tag or repository.");
    Diagnosis auth = about(report, "Pod/shop/api-auth");
    assertThat(auth.cause()).endsWith("and the registry refuses the node's credentials.");
    assertThat(auth.next()).contains("AmazonEC2ContainerRegistryReadOnly");
  }

  @Test
  void nodeNotReadyUnderPressureAndCordoned() {
    cluster.apply(Scenarios.node("ip-10-0-9-1.ec2.internal", "", "", """
        - {type: Ready, status: Unknown, reason: NodeStatusUnknown, message: Kubelet stopped posting node status., lastTransitionTime: "2026-11-24T02:40:00Z"}""", "2", "7Gi", "29"));
    cluster.apply(Scenarios.node("ip-10-0-9-2.ec2.internal", "", "", """
        - {type: MemoryPressure, status: "True", reason: KubeletHasInsufficientMemory}
            - {type: Ready, status: "True"}""", "2", "7Gi", "29"));
    cluster.apply(Scenarios.node("ip-10-0-9-3.ec2.internal", "", "unschedulable: true", "", "2", "7Gi", "29"));

    DiagnoseReport report = diagnose();

    Diagnosis lost = about(report, "Node/ip-10-0-9-1.ec2.internal");
    assertThat(lost.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(lost.cause()).startsWith("the kubelet of node \"ip-10-0-9-1.ec2.internal\" stopped reporting");
    assertThat(about(report, "Node/ip-10-0-9-2.ec2.internal").cause()).contains("is under memory pressure");
    Diagnosis cordoned = about(report, "Node/ip-10-0-9-3.ec2.internal");
    assertThat(cordoned.analyzer()).isEqualTo("node-cordoned");
    assertThat(cordoned.next()).startsWith("kubectl uncordon ip-10-0-9-3.ec2.internal");
  }

  @Test
  void daemonSetMissingOnANode() {
    cluster.apply(Scenarios.healthyNode("ip-10-0-3-33.ec2.internal"));

    DiagnoseReport report = diagnose();

    Diagnosis d = about(report, "DaemonSet/logging/fluent-bit");
    assertThat(d.analyzer()).isEqualTo("daemonset-missing-on-node");
    assertThat(d.evidence()).contains("no pod on: ip-10-0-3-33.ec2.internal");
  }

  @Test
  void stuckRolloutAndFailingJob() {
    cluster.apply("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: shop, uid: dep-api}
        spec:
          replicas: 3
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec: {containers: [{name: app, image: "shop/api:2.2.0"}]}
        status:
          replicas: 4
          availableReplicas: 2
          unavailableReplicas: 2
          updatedReplicas: 1
          conditions:
            - {type: Progressing, status: "False", reason: ProgressDeadlineExceeded, message: ReplicaSet "api-7f" has timed out progressing.}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: nightly-2911
          namespace: shop
          ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: nightly, uid: cj-1, controller: true}]
        spec:
          backoffLimit: 3
          template: {spec: {restartPolicy: Never, containers: [{name: job, image: "shop/report:1"}]}}
        status:
          failed: 4
          conditions: [{type: Failed, status: "True", reason: BackoffLimitExceeded, message: Job has reached the specified backoff limit}]
        """);

    DiagnoseReport report = diagnose();

    Diagnosis rollout = about(report, "Deployment/shop/api");
    assertThat(rollout.analyzer()).isEqualTo("rollout-stuck");
    assertThat(rollout.cause()).contains("is not progressing");
    Diagnosis job = about(report, "Job/shop/nightly-2911");
    assertThat(job.cause()).isEqualTo("Job \"nightly-2911\" (from CronJob \"nightly\") failed: its pods failed 4 times, past backoffLimit (3).");
  }

  @Test
  void serviceWithoutReadyEndpointsSelectorMismatchOrNoReadyPod() {
    cluster.apply("""
        apiVersion: v1
        kind: Service
        metadata: {name: checkout, namespace: shop}
        spec:
          selector: {app: checkout}
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Endpoints
        metadata: {name: checkout, namespace: shop}
        subsets: []
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web-canary, namespace: shop}
        spec:
          selector: {app: web}
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Endpoints
        metadata: {name: web-canary, namespace: shop}
        subsets: [{notReadyAddresses: [{ip: 10.0.1.50}], ports: [{port: 80}]}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web-3, namespace: shop, labels: {app: web}}
        spec:
          nodeName: ip-10-0-1-10.ec2.internal
          containers: [{name: app, image: "public.ecr.aws/nginx/nginx:1.27"}]
        status:
          phase: Running
          conditions: [{type: Ready, status: "False"}]
        """);
    // web-1 and web-2 of the healthy cluster also match app=web: make web-canary select only the unready one
    cluster.apply("""
        apiVersion: v1
        kind: Service
        metadata: {name: web-canary, namespace: shop}
        spec:
          selector: {app: web, track: canary}
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web-3, namespace: shop, labels: {app: web, track: canary}}
        spec:
          nodeName: ip-10-0-1-10.ec2.internal
          containers: [{name: app, image: "public.ecr.aws/nginx/nginx:1.27"}]
        status:
          phase: Running
          conditions: [{type: Ready, status: "False"}]
        """);

    DiagnoseReport report = diagnose();

    Diagnosis mismatch = about(report, "Service/shop/checkout");
    assertThat(mismatch.cause()).isEqualTo("Service \"checkout\" selects no pod: no pod in namespace \"shop\" has the labels app=checkout.");
    assertThat(mismatch.evidence()).contains("pods in the namespace carry: app=web");
    Diagnosis unready = about(report, "Service/shop/web-canary");
    assertThat(unready.cause()).isEqualTo("Service \"web-canary\" selects 1 pod(s) but none is ready, so it has no endpoint to send traffic to.");
  }

  @Test
  void ingressBackendMissing() {
    cluster.apply("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: shop, namespace: shop}
        spec:
          rules:
            - http:
                paths:
                  - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 8080}}}}
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 8080}}}}
        """);

    Diagnosis d = about(diagnose(), "Ingress/shop/shop");

    assertThat(d.cause()).isEqualTo("Ingress \"shop\" routes to a backend that is not there: Service \"api\" does not exist.");
    assertThat(d.evidence()).containsExactly("Service \"api\" does not exist", "Service \"web\" has no port 8080");
  }

  @Test
  void pvcPendingWithoutStorageClassOrWaitingForItsPod() {
    cluster.apply("""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: scratch, namespace: shop}
        spec:
          storageClassName: gp3
          resources: {requests: {storage: 1Gi}}
        status: {phase: Pending}
        """);

    Diagnosis wait = about(diagnose(), "PersistentVolumeClaim/shop/scratch");
    assertThat(wait.severity()).isEqualTo(Severity.INFO);
    assertThat(wait.cause()).contains("waits for a pod to use it");
  }

  @Test
  void pvcPendingWithNoDefaultStorageClass() {
    cluster.apply("""
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: gp3}
        provisioner: ebs.csi.aws.com
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: orphan, namespace: shop}
        spec:
          resources: {requests: {storage: 1Gi}}
        status: {phase: Pending}
        """);

    Diagnosis d = about(diagnose(), "PersistentVolumeClaim/shop/orphan");

    assertThat(d.cause()).isEqualTo("claim \"orphan\" names no StorageClass and the cluster has no default one, so nothing provisions a volume for it.");
  }

  @Test
  void hpaThatCannotReadMetrics() {
    cluster.apply("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: shop}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 6
        status:
          conditions:
            - {type: AbleToScale, status: "True"}
            - type: ScalingActive
              status: "False"
              reason: FailedGetResourceMetric
              message: "the HPA was unable to compute the replica count: unable to get metrics for resource cpu: no metrics returned from resource metrics API"
        """);

    Diagnosis d = about(diagnose(), "HorizontalPodAutoscaler/shop/web");

    assertThat(d.analyzer()).isEqualTo("hpa-metrics-unavailable");
    assertThat(d.cause()).contains("the resource metrics API (metrics-server) does not answer");
    assertThat(d.next()).startsWith("kubectl get apiservice v1beta1.metrics.k8s.io");
  }

  @Test
  void irsaWebhookNotAppliedAndMalformedArn() {
    cluster.apply(Scenarios.runningPod("uploader-1", "shop", "ip-10-0-1-10.ec2.internal", "{app: uploader}", "", "100m")
        .replace("serviceAccountName: default", "serviceAccountName: uploader"));
    cluster.apply("""
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: reports
          namespace: shop
          annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::role/reports"}
        """);

    DiagnoseReport report = diagnose();

    Diagnosis pod = about(report, "Pod/shop/uploader-1");
    assertThat(pod.analyzer()).isEqualTo("irsa-not-applied");
    assertThat(pod.cause()).contains("the pod identity webhook did not inject the web-identity token");
    assertThat(about(report, "ServiceAccount/shop/reports").cause()).contains("which is not an IAM role ARN");
  }

  @Test
  void recentWarningEventsGroupedByObjectWhenNothingElseExplainsThem() {
    cluster.apply("""
        apiVersion: v1
        kind: Event
        metadata: {name: web-1.a, namespace: shop}
        involvedObject: {kind: Pod, namespace: shop, name: web-1}
        type: Warning
        reason: Unhealthy
        message: "Readiness probe failed: HTTP probe failed with statuscode: 503"
        count: 4
        lastTimestamp: "2026-11-24T02:50:00Z"
        ---
        apiVersion: v1
        kind: Event
        metadata: {name: web-1.b, namespace: shop}
        involvedObject: {kind: Pod, namespace: shop, name: web-1}
        type: Warning
        reason: BackOff
        message: Back-off restarting failed container
        lastTimestamp: "2026-11-24T02:55:00Z"
        ---
        apiVersion: v1
        kind: Event
        metadata: {name: web-2.old, namespace: shop}
        involvedObject: {kind: Pod, namespace: shop, name: web-2}
        type: Warning
        reason: Unhealthy
        message: long ago
        lastTimestamp: "2026-11-23T20:00:00Z"
        """);

    DiagnoseReport report = diagnose();

    Diagnosis d = about(report, "Pod/shop/web-1");
    assertThat(d.analyzer()).isEqualTo("warning-events");
    assertThat(d.evidence()).containsExactly("Unhealthy x4", "BackOff x1", "latest (2026-11-24T02:55:00Z): Back-off restarting failed container");
    assertThat(d.next()).isEqualTo("kubectl events --for Pod/web-1 -n shop --types=Warning");
    assertThat(report.diagnoses()).noneMatch(x -> x.object().equals("Pod/shop/web-2"));
  }
}
