package dev.seaworthy.kube.diagnose;

/** YAML building blocks of the diagnose scenarios: a small healthy cluster, and objects that break it. */
final class Scenarios {

  private Scenarios() {}

  static String node(String name, String extraLabels, String taints, String conditions, String cpu, String memory, String pods) {
    return """
        apiVersion: v1
        kind: Node
        metadata:
          name: %s
          labels:
            kubernetes.io/hostname: %s
            topology.kubernetes.io/zone: us-east-1a
            %s
        spec:
          %s
        status:
          allocatable: {cpu: "%s", memory: %s, pods: "%s"}
          nodeInfo: {kubeletVersion: v1.33.4-eks-1}
          conditions:
            %s
        """.formatted(name, name, extraLabels.isEmpty() ? "node.kubernetes.io/instance-type: m5.large" : extraLabels, taints.isEmpty() ? "{}" : taints,
        cpu, memory, pods, conditions.isEmpty() ? READY : conditions);
  }

  static final String READY = """
      - {type: MemoryPressure, status: "False"}
      - {type: DiskPressure, status: "False"}
      - {type: PIDPressure, status: "False"}
      - {type: Ready, status: "True", reason: KubeletReady}
      """.strip().replace("\n", "\n    ");

  static String healthyNode(String name) {
    return node(name, "", "", "", "2", "7Gi", "29");
  }

  /** A running pod of a controller, on a node, ready. */
  static String runningPod(String name, String namespace, String nodeName, String labels, String owner, String cpu) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: %s
          namespace: %s
          labels: %s
          %s
        spec:
          nodeName: %s
          serviceAccountName: default
          containers:
            - name: app
              image: public.ecr.aws/nginx/nginx:1.27
              resources: {requests: {cpu: %s, memory: 128Mi}, limits: {memory: 128Mi}}
        status:
          phase: Running
          qosClass: Burstable
          conditions: [{type: Ready, status: "True"}, {type: PodScheduled, status: "True"}]
          containerStatuses:
            - {name: app, ready: true, restartCount: 0, image: "public.ecr.aws/nginx/nginx:1.27", state: {running: {startedAt: "2026-11-24T01:00:00Z"}}}
        """.formatted(name, namespace, labels, owner.isEmpty() ? "" : "ownerReferences: [" + owner + "]", nodeName, cpu);
  }

  /** Two nodes, a Deployment with its ready pods behind a Service, a DaemonSet on both nodes, a bound claim. */
  static final String HEALTHY = String.join("---\n",
      healthyNode("ip-10-0-1-10.ec2.internal"),
      healthyNode("ip-10-0-2-20.ec2.internal"),
      """
      apiVersion: v1
      kind: Namespace
      metadata: {name: shop}
      """,
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop, uid: dep-web}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: app, image: "public.ecr.aws/nginx/nginx:1.27"}]
      status:
        replicas: 2
        availableReplicas: 2
        readyReplicas: 2
        updatedReplicas: 2
        conditions:
          - {type: Available, status: "True"}
          - {type: Progressing, status: "True", reason: NewReplicaSetAvailable}
      """,
      runningPod("web-1", "shop", "ip-10-0-1-10.ec2.internal", "{app: web}", "{apiVersion: apps/v1, kind: ReplicaSet, name: web-5c9, uid: rs-web, controller: true}", "250m"),
      runningPod("web-2", "shop", "ip-10-0-2-20.ec2.internal", "{app: web}", "{apiVersion: apps/v1, kind: ReplicaSet, name: web-5c9, uid: rs-web, controller: true}", "250m"),
      """
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: shop}
      spec:
        selector: {app: web}
        ports: [{name: http, port: 80, targetPort: 8080}]
      ---
      apiVersion: v1
      kind: Endpoints
      metadata: {name: web, namespace: shop}
      subsets:
        - addresses: [{ip: 10.0.1.31}, {ip: 10.0.2.44}]
          ports: [{name: http, port: 8080}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: web, namespace: shop}
      spec:
        rules:
          - http:
              paths:
                - path: /
                  pathType: Prefix
                  backend: {service: {name: web, port: {name: http}}}
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: fluent-bit, namespace: logging, uid: ds-fb}
      spec:
        selector: {matchLabels: {app: fluent-bit}}
        template:
          metadata: {labels: {app: fluent-bit}}
          spec:
            containers: [{name: fb, image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4"}]
      status: {desiredNumberScheduled: 2, numberReady: 2}
      """,
      runningPod("fluent-bit-a", "logging", "ip-10-0-1-10.ec2.internal", "{app: fluent-bit}", "{apiVersion: apps/v1, kind: DaemonSet, name: fluent-bit, uid: ds-fb, controller: true}", "50m"),
      runningPod("fluent-bit-b", "logging", "ip-10-0-2-20.ec2.internal", "{app: fluent-bit}", "{apiVersion: apps/v1, kind: DaemonSet, name: fluent-bit, uid: ds-fb, controller: true}", "50m"),
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gp3
        annotations: {storageclass.kubernetes.io/is-default-class: "true"}
      provisioner: ebs.csi.aws.com
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: data, namespace: shop}
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: gp3
        resources: {requests: {storage: 10Gi}}
      status: {phase: Bound}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: {name: web, namespace: shop}
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
        minReplicas: 2
        maxReplicas: 6
        metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]
      status:
        conditions:
          - {type: AbleToScale, status: "True", reason: ReadyForNewScale}
          - {type: ScalingActive, status: "True", reason: ValidMetricFound}
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: uploader
        namespace: shop
        annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::111122223333:role/shop-uploader"}
      ---
      apiVersion: v1
      kind: Event
      metadata: {name: web-1.normal, namespace: shop}
      involvedObject: {kind: Pod, namespace: shop, name: web-1}
      type: Normal
      reason: Pulled
      message: Container image already present on machine
      lastTimestamp: "2026-11-24T02:59:00Z"
      """);
}
