package dev.seaworthy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic, varied manifest corpus of a given size: namespaces with quotas, limit ranges
 * and network policies; applications made of a workload (Deployment, StatefulSet or DaemonSet),
 * Service, Ingress, HPA, PDB, ConfigMap and ServiceAccount; cluster objects (Karpenter NodePools and
 * EC2NodeClasses, External Secrets stores and secrets, CustomResourceDefinitions). A chosen share of
 * objects carries a planted mistake (privileged containers, {@code :latest} images, no resources,
 * removed APIs, credentials in env...). Files are of mixed sizes (one object, one application, a
 * whole namespace base) in nested folders, with some {@code .yml} and JSON. The same seed gives the
 * same bytes.
 *
 * <p>With {@code --terraform} it writes EKS Terraform instead: {@code terraform-aws-modules/eks}
 * module calls, raw {@code aws_eks_cluster} and {@code aws_eks_node_group} resources, IRSA roles.
 */
public final class CorpusGenerator {

  private static final String[] TEAMS = {"payments", "search", "identity", "platform", "data", "growth", "checkout", "ml"};
  private static final String[] APPS = {
    "api", "web", "worker", "gateway", "cache", "indexer", "billing", "auth", "ledger", "notifier", "scheduler",
    "reporter", "ingestor", "frontend", "backend", "router", "exporter", "sync", "queue", "profile"
  };
  private static final String[] REGISTRIES = {
    "123456789012.dkr.ecr.us-east-1.amazonaws.com", "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "public.ecr.aws/acme", "ghcr.io/acme"
  };

  private final SplittableRandom random;
  private final double violations;
  private final int target;
  private final Path out;
  private int resources;
  private int planted;
  private int files;
  private long bytes;

  CorpusGenerator(long seed, double violations, int target, Path out) {
    this.random = new SplittableRandom(seed);
    this.violations = violations;
    this.target = target;
    this.out = out;
  }

  /** {@code generate --resources N [--violations 0.3] [--seed S] --out DIR [--terraform]}. */
  static int run(String[] args) throws IOException {
    int n = 1000;
    double share = 0.3;
    long seed = 1;
    Path dir = null;
    boolean terraform = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--resources" -> n = Integer.parseInt(args[++i]);
        case "--violations" -> share = Double.parseDouble(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> dir = Path.of(args[++i]);
        case "--terraform" -> terraform = true;
        default -> {
          System.err.println("generate: unknown argument " + args[i]);
          System.err.println("usage: generate --resources N [--violations 0.3] [--seed S] --out DIR [--terraform]");
          return 2;
        }
      }
    }
    if (dir == null || n < 1 || share < 0 || share > 1) {
      System.err.println("usage: generate --resources N [--violations 0.3] [--seed S] --out DIR [--terraform]");
      return 2;
    }
    CorpusGenerator g = new CorpusGenerator(seed, share, n, dir);
    if (terraform) {
      g.terraform();
    } else {
      g.manifests();
    }
    System.out.printf(Locale.ROOT, "%s: %d %s, %d planted violations, %d files, %d bytes%n",
        dir, g.resources, terraform ? "blocks" : "resources", g.planted, g.files, g.bytes);
    return 0;
  }

  // ---------------------------------------------------------------- manifests

  void manifests() {
    cluster();
    int ns = 0;
    while (resources < target) {
      namespace(ns++);
    }
  }

  private boolean done() {
    return resources >= target;
  }

  private boolean bad() {
    boolean b = random.nextDouble() < violations;
    if (b) {
      planted++;
    }
    return b;
  }

  private void cluster() {
    Yaml nodePools = new Yaml();
    for (int i = 0; i < 3 && !done(); i++) {
      nodePool(nodePools, i);
      ec2NodeClass(nodePools, i);
    }
    write("cluster/karpenter/nodepools.yaml", nodePools);
    Yaml crds = new Yaml();
    for (String kind : new String[] {"Widget", "Gadget"}) {
      if (done()) {
        break;
      }
      crd(crds, kind);
    }
    write("cluster/crds/acme-crds.yaml", crds);
    if (!done()) {
      Yaml classes = new Yaml();
      classes.doc("networking.k8s.io/v1", "IngressClass", null, "alb").line("spec:").line("  controller: ingress.k8s.aws/alb");
      count();
      write("cluster/ingress/ingress-classes.yml", classes);
    }
  }

  private void namespace(int index) {
    String team = TEAMS[index % TEAMS.length];
    String ns = team + "-" + (index / TEAMS.length + 1);
    String base = "teams/" + team + "/" + ns;
    Yaml y = new Yaml();
    y.doc("v1", "Namespace", null, ns).line("  labels:").line("    team: " + team)
        .line("    pod-security.kubernetes.io/enforce: " + (bad() ? "privileged" : "restricted"))
        .line("    pod-security.kubernetes.io/audit: restricted").line("    pod-security.kubernetes.io/warn: restricted");
    count();
    if (!done()) {
      resourceQuota(y, ns);
    }
    if (!done()) {
      limitRange(y, ns);
    }
    if (!done()) {
      defaultDeny(y, ns);
    }
    if (!done()) {
      allowDns(y, ns);
    }
    write(base + "/namespace.yaml", y);
    if (!done() && random.nextInt(3) == 0) {
      Yaml secrets = new Yaml();
      secrets.doc("v1", "ServiceAccount", ns, "external-secrets-sa")
          .line("  annotations:").line("    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/" + ns + "-external-secrets")
          .line("automountServiceAccountToken: false");
      count();
      secretStore(secrets, ns);
      for (int i = 0; i < 1 + random.nextInt(4) && !done(); i++) {
        externalSecret(secrets, ns, i);
      }
      write(base + "/secrets/external-secrets.yml", secrets);
    }
    int apps = 3 + random.nextInt(12);
    for (int a = 0; a < apps && !done(); a++) {
      app(base, ns, team, APPS[(a + index) % APPS.length] + (a >= APPS.length ? "-" + a : ""));
    }
  }

  /** One application: its objects go to one file, to one file each, or one of them as JSON. */
  private void app(String base, String ns, String team, String name) {
    String dir = base + "/apps/" + name;
    int layout = random.nextInt(10);
    List<Yaml> parts = new ArrayList<>();
    String kind = random.nextInt(10) < 7 ? "Deployment" : random.nextBoolean() ? "StatefulSet" : "DaemonSet";
    int port = 8000 + random.nextInt(1000);
    Yaml workload = new Yaml();
    // an HPA owns the replica count of the Deployments it scales: those leave replicas unset
    workload(workload, kind, ns, team, name, port, kind.equals("Deployment"));
    parts.add(workload);
    String[] names = {"workload"};
    List<String> partNames = new ArrayList<>(List.of(names));
    if (!done()) {
      Yaml y = new Yaml();
      configMap(y, ns, name);
      parts.add(y);
      partNames.add("configmap");
    }
    if (!done()) {
      Yaml y = new Yaml();
      serviceAccount(y, ns, name);
      parts.add(y);
      partNames.add("serviceaccount");
    }
    if (!done() && !kind.equals("DaemonSet")) {
      Yaml y = new Yaml();
      service(y, ns, name, port);
      parts.add(y);
      partNames.add("service");
      if (!done() && random.nextInt(3) == 0) {
        Yaml i = new Yaml();
        ingress(i, ns, name, port);
        parts.add(i);
        partNames.add("ingress");
      }
      if (!done() && kind.equals("Deployment")) {
        Yaml h = new Yaml();
        hpa(h, ns, name);
        parts.add(h);
        partNames.add("hpa");
      }
      if (!done()) {
        Yaml p = new Yaml();
        pdb(p, ns, name);
        parts.add(p);
        partNames.add("pdb");
      }
      if (!done() && random.nextBoolean()) {
        Yaml np = new Yaml();
        appNetworkPolicy(np, ns, name, port);
        parts.add(np);
        partNames.add("networkpolicy");
      }
    }
    if (layout < 5) {
      Yaml all = new Yaml();
      parts.forEach(all::append);
      write(dir + "/" + name + ".yaml", all);
    } else if (layout < 9) {
      for (int i = 0; i < parts.size(); i++) {
        write(dir + "/" + partNames.get(i) + (i % 4 == 3 ? ".yml" : ".yaml"), parts.get(i));
      }
    } else {
      // kubectl get -o json style: a List wrapping the objects, as JSON
      write(dir + "/" + name + ".json", Yaml.jsonList(parts));
    }
  }

  private void count() {
    resources++;
  }

  private void workload(Yaml y, String kind, String ns, String team, String name, int port, boolean scaled) {
    boolean badPod = bad();
    int mistake = badPod ? random.nextInt(12) : -1;
    y.doc("apps/v1", kind, ns, name);
    labels(y, "  ", name, team);
    y.line("  annotations:").line("    owner: " + team + "@example.com")
        .line("    description: \"" + name + " service of the " + team + " team, generated for benchmarks\"");
    y.line("spec:");
    if (mistake == 5) {
      y.line("  replicas: 1");
    } else if (!kind.equals("DaemonSet") && !scaled) {
      y.line("  replicas: " + (2 + random.nextInt(4)));
    }
    if (kind.equals("StatefulSet")) {
      y.line("  serviceName: " + name);
    }
    y.line("  selector:").line("    matchLabels:").line("      app.kubernetes.io/name: " + name);
    y.line("  template:").line("    metadata:");
    labels(y, "      ", name, team);
    y.line("      annotations:").line("        prometheus.io/scrape: \"true\"").line("        prometheus.io/port: \"" + port + "\"");
    y.line("    spec:");
    y.line("      serviceAccountName: " + name).line("      automountServiceAccountToken: false");
    if (mistake == 7) {
      y.line("      hostNetwork: true");
    }
    if (mistake != 4) {
      y.line("      securityContext:").line("        runAsNonRoot: true").line("        runAsUser: " + (10000 + random.nextInt(1000)))
          .line("        runAsGroup: 10001").line("        seccompProfile:").line("          type: RuntimeDefault");
    }
    if (!kind.equals("DaemonSet")) {
      y.line("      topologySpreadConstraints:").line("        - maxSkew: 1").line("          topologyKey: topology.kubernetes.io/zone")
          .line("          whenUnsatisfiable: ScheduleAnyway").line("          labelSelector:").line("            matchLabels:")
          .line("              app.kubernetes.io/name: " + name);
    } else {
      y.line("      tolerations:").line("        - operator: Exists");
    }
    y.line("      containers:");
    int containers = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
    for (int c = 0; c < containers; c++) {
      container(y, c == 0 ? name : name + "-sidecar-" + c, c == 0 ? port : port + 100 + c, c == 0 ? mistake : -1);
    }
    if (mistake == 8) {
      y.line("      volumes:").line("        - name: docker").line("          hostPath:").line("            path: /var/run/docker.sock");
    } else {
      y.line("      volumes:").line("        - name: config").line("          configMap:").line("            name: " + name + "-config")
          .line("        - name: tmp").line("          emptyDir: {}");
    }
    if (kind.equals("StatefulSet")) {
      y.line("  volumeClaimTemplates:").line("    - metadata:").line("        name: data").line("      spec:")
          .line("        accessModes: [\"ReadWriteOnce\"]").line("        storageClassName: gp3").line("        resources:")
          .line("          requests:").line("            storage: " + (10 + random.nextInt(90)) + "Gi");
    }
    count();
  }

  private void container(Yaml y, String name, int port, int mistake) {
    String registry = REGISTRIES[random.nextInt(REGISTRIES.length)];
    String tag = mistake == 1 ? "latest" : random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(10);
    String digest = mistake == 1 ? "" : "@sha256:" + hex(64);
    y.line("        - name: " + name).line("          image: " + registry + "/" + name + ":" + tag + digest);
    y.line("          ports:").line("            - name: http").line("              containerPort: " + port);
    int env = random.nextInt(12);
    if (env > 0 || mistake == 9) {
      y.line("          env:");
      for (int e = 0; e < env; e++) {
        y.line("            - name: " + "SETTING_" + e).line("              value: \"" + word() + "-" + random.nextInt(1000) + "\"");
      }
      if (mistake == 9) {
        y.line("            - name: AWS_SECRET_ACCESS_KEY").line("              value: \"wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + hex(10) + "\"");
      }
    }
    if (mistake != 2) {
      String cpu = (50 * (1 + random.nextInt(20))) + "m";
      String mem = (64 * (1 + random.nextInt(32))) + "Mi";
      y.line("          resources:").line("            requests:").line("              cpu: " + cpu).line("              memory: " + mem)
          .line("            limits:").line("              memory: " + mem);
    }
    if (mistake != 3) {
      y.line("          readinessProbe:").line("            httpGet:").line("              path: /ready").line("              port: http");
      y.line("          livenessProbe:").line("            httpGet:").line("              path: /health").line("              port: http")
          .line("            failureThreshold: 6");
    }
    y.line("          securityContext:");
    if (mistake == 0) {
      y.line("            privileged: true");
    }
    y.line("            allowPrivilegeEscalation: " + (mistake == 6 ? "true" : "false"))
        .line("            readOnlyRootFilesystem: " + (mistake == 10 ? "false" : "true"));
    if (mistake == 11) {
      y.line("            capabilities:").line("              add: [\"SYS_ADMIN\", \"NET_ADMIN\"]");
    } else {
      y.line("            capabilities:").line("              drop: [\"ALL\"]");
    }
    y.line("          volumeMounts:").line("            - name: " + (mistake == 8 ? "docker" : "config")).line("              mountPath: /etc/" + name)
        .line("              readOnly: true");
  }

  private void labels(Yaml y, String indent, String name, String team) {
    y.line(indent + "labels:").line(indent + "  app.kubernetes.io/name: " + name).line(indent + "  app.kubernetes.io/part-of: " + team)
        .line(indent + "  tier: " + (random.nextBoolean() ? "frontend" : "backend"));
  }

  private void configMap(Yaml y, String ns, String name) {
    y.doc("v1", "ConfigMap", ns, name + "-config");
    y.line("data:");
    int keys = 1 + random.nextInt(6);
    for (int k = 0; k < keys; k++) {
      y.line("  key-" + k + ": \"" + word() + "\"");
    }
    // some configuration files are big (an embedded nginx.conf, a JSON document): files of mixed sizes
    int lines = random.nextInt(10) == 0 ? 200 + random.nextInt(600) : random.nextInt(20);
    if (lines > 0) {
      y.line("  application.properties: |");
      for (int l = 0; l < lines; l++) {
        y.line("    " + word() + "." + word() + "." + l + "=" + word() + "-" + random.nextInt(100000));
      }
    }
    if (bad()) {
      y.line("  DB_PASSWORD: \"hunter2-" + hex(8) + "\"");
    }
    count();
  }

  private void serviceAccount(Yaml y, String ns, String name) {
    y.doc("v1", "ServiceAccount", ns, name);
    y.line("  annotations:").line("    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/" + ns + "-" + name);
    y.line("automountServiceAccountToken: " + (bad() ? "true" : "false"));
    count();
  }

  private void service(Yaml y, String ns, String name, int port) {
    boolean mistake = bad();
    y.doc("v1", "Service", ns, name);
    y.line("spec:");
    if (mistake) {
      y.line("  type: LoadBalancer");
    }
    y.line("  selector:").line("    app.kubernetes.io/name: " + (mistake && random.nextBoolean() ? name + "-typo" : name));
    y.line("  ports:").line("    - name: http").line("      port: " + port).line("      targetPort: http");
    count();
  }

  private void ingress(Yaml y, String ns, String name, int port) {
    boolean mistake = bad();
    y.doc(mistake ? "extensions/v1beta1" : "networking.k8s.io/v1", "Ingress", ns, name);
    y.line("  annotations:").line("    alb.ingress.kubernetes.io/scheme: internet-facing").line("    alb.ingress.kubernetes.io/target-type: ip")
        .line("    alb.ingress.kubernetes.io/healthcheck-path: /health")
        .line("    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTPS\": 443}]'")
        .line("    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/" + hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12))
        .line("    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/" + ns + "/" + hex(8));
    y.line("spec:").line("  ingressClassName: alb").line("  rules:").line("    - host: " + name + "." + ns + ".example.com").line("      http:")
        .line("        paths:").line("          - path: /").line("            pathType: Prefix").line("            backend:")
        .line("              service:").line("                name: " + name).line("                port:")
        .line("                  number: " + port);
    count();
  }

  private void hpa(Yaml y, String ns, String name) {
    boolean mistake = bad();
    y.doc(mistake ? "autoscaling/v2beta2" : "autoscaling/v2", "HorizontalPodAutoscaler", ns, name);
    y.line("spec:").line("  scaleTargetRef:").line("    apiVersion: apps/v1").line("    kind: Deployment").line("    name: " + name)
        .line("  minReplicas: " + (mistake ? 1 : 2 + random.nextInt(2))).line("  maxReplicas: " + (6 + random.nextInt(20)))
        .line("  metrics:").line("    - type: Resource").line("      resource:").line("        name: cpu").line("        target:")
        .line("          type: Utilization").line("          averageUtilization: " + (50 + random.nextInt(30)));
    count();
  }

  private void pdb(Yaml y, String ns, String name) {
    boolean mistake = bad();
    y.doc(mistake ? "policy/v1beta1" : "policy/v1", "PodDisruptionBudget", ns, name);
    y.line("spec:").line("  maxUnavailable: " + (mistake ? 0 : 1)).line("  selector:").line("    matchLabels:")
        .line("      app.kubernetes.io/name: " + name);
    count();
  }

  private void appNetworkPolicy(Yaml y, String ns, String name, int port) {
    y.doc("networking.k8s.io/v1", "NetworkPolicy", ns, name + "-ingress");
    y.line("spec:").line("  podSelector:").line("    matchLabels:").line("      app.kubernetes.io/name: " + name)
        .line("  policyTypes:").line("    - Ingress").line("  ingress:").line("    - from:");
    if (bad()) {
      y.line("        - ipBlock:").line("            cidr: 0.0.0.0/0");
    } else {
      y.line("        - namespaceSelector:").line("            matchLabels:").line("              kubernetes.io/metadata.name: " + ns);
    }
    y.line("      ports:").line("        - protocol: TCP").line("          port: " + port);
    count();
  }

  private void resourceQuota(Yaml y, String ns) {
    y.doc("v1", "ResourceQuota", ns, "compute-quota");
    y.line("spec:").line("  hard:").line("    requests.cpu: \"" + (20 + random.nextInt(80)) + "\"").line("    requests.memory: " + (64 + random.nextInt(200)) + "Gi")
        .line("    limits.memory: " + (128 + random.nextInt(300)) + "Gi").line("    persistentvolumeclaims: \"10\"").line("    services.loadbalancers: \"2\"");
    count();
  }

  private void limitRange(Yaml y, String ns) {
    y.doc("v1", "LimitRange", ns, "defaults");
    y.line("spec:").line("  limits:").line("    - type: Container").line("      default:").line("        memory: 512Mi")
        .line("      defaultRequest:").line("        cpu: 100m").line("        memory: 128Mi");
    count();
  }

  private void defaultDeny(Yaml y, String ns) {
    y.doc("networking.k8s.io/v1", "NetworkPolicy", ns, "default-deny");
    y.line("spec:").line("  podSelector: {}").line("  policyTypes:").line("    - Ingress").line("    - Egress");
    count();
  }

  private void allowDns(Yaml y, String ns) {
    y.doc("networking.k8s.io/v1", "NetworkPolicy", ns, "allow-dns");
    y.line("spec:").line("  podSelector: {}").line("  policyTypes:").line("    - Egress").line("  egress:").line("    - to:")
        .line("        - namespaceSelector:").line("            matchLabels:").line("              kubernetes.io/metadata.name: kube-system")
        .line("          podSelector:").line("            matchLabels:").line("              k8s-app: kube-dns")
        .line("      ports:").line("        - protocol: UDP").line("          port: 53").line("        - protocol: TCP").line("          port: 53");
    count();
  }

  private void secretStore(Yaml y, String ns) {
    y.doc("external-secrets.io/" + (bad() ? "v1beta1" : "v1"), "SecretStore", ns, "aws-secrets");
    y.line("spec:").line("  provider:").line("    aws:").line("      service: SecretsManager").line("      region: us-east-1")
        .line("      auth:").line("        jwt:").line("          serviceAccountRef:").line("            name: external-secrets-sa");
    count();
  }

  private void externalSecret(Yaml y, String ns, int i) {
    y.doc("external-secrets.io/v1", "ExternalSecret", ns, "app-secrets-" + i);
    y.line("spec:").line("  refreshInterval: 1h").line("  secretStoreRef:").line("    name: aws-secrets").line("    kind: SecretStore")
        .line("  target:").line("    name: app-secrets-" + i).line("    creationPolicy: Owner").line("  data:");
    for (int k = 0; k < 1 + random.nextInt(5); k++) {
      y.line("    - secretKey: key-" + k).line("      remoteRef:").line("        key: " + ns + "/" + word() + "/" + k);
    }
    count();
  }

  private void nodePool(Yaml y, int i) {
    boolean mistake = bad();
    y.doc("karpenter.sh/v1", "NodePool", null, "pool-" + i);
    y.line("spec:").line("  template:").line("    spec:").line("      requirements:").line("        - key: karpenter.sh/capacity-type")
        .line("          operator: In").line("          values: [" + (mistake ? "\"spot\"" : "\"spot\", \"on-demand\"") + "]")
        .line("        - key: karpenter.k8s.aws/instance-category").line("          operator: In").line("          values: [\"c\", \"m\", \"r\"]")
        .line("      nodeClassRef:").line("        group: karpenter.k8s.aws").line("        kind: EC2NodeClass").line("        name: class-" + i)
        .line("      expireAfter: 720h").line("  disruption:").line("    consolidationPolicy: WhenEmptyOrUnderutilized")
        .line("    consolidateAfter: 30s");
    if (!mistake) {
      y.line("  limits:").line("    cpu: \"1000\"").line("    memory: 1000Gi");
    }
    count();
  }

  private void ec2NodeClass(Yaml y, int i) {
    if (done()) {
      return;
    }
    y.doc("karpenter.k8s.aws/v1", "EC2NodeClass", null, "class-" + i);
    y.line("spec:").line("  role: KarpenterNodeRole-production").line("  amiSelectorTerms:")
        .line("    - alias: " + (bad() ? "al2023@latest" : "al2023@v20251117")).line("  subnetSelectorTerms:").line("    - tags:")
        .line("        karpenter.sh/discovery: production").line("  securityGroupSelectorTerms:").line("    - tags:")
        .line("        karpenter.sh/discovery: production");
    count();
  }

  private void crd(Yaml y, String kind) {
    String plural = kind.toLowerCase(Locale.ROOT) + "s";
    y.doc("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, plural + ".acme.example.com");
    y.line("spec:").line("  group: acme.example.com").line("  scope: Namespaced").line("  names:").line("    kind: " + kind)
        .line("    plural: " + plural).line("  versions:").line("    - name: v1").line("      served: true").line("      storage: true")
        .line("      schema:").line("        openAPIV3Schema:").line("          type: object").line("          properties:")
        .line("            spec:").line("              type: object").line("              properties:");
    for (int p = 0; p < 20 + random.nextInt(40); p++) {
      y.line("                field" + p + ":").line("                  type: " + (p % 3 == 0 ? "integer" : "string"))
          .line("                  description: \"" + word() + " " + word() + " " + word() + "\"");
    }
    count();
  }

  // ---------------------------------------------------------------- terraform

  void terraform() {
    int cluster = 0;
    while (resources < target) {
      String env = TEAMS[cluster % TEAMS.length] + "-" + (cluster / TEAMS.length + 1);
      StringBuilder main = new StringBuilder();
      StringBuilder nodes = new StringBuilder();
      if (random.nextBoolean()) {
        eksModule(main, env);
      } else {
        rawCluster(main, env);
        for (int g = 0; g < 1 + random.nextInt(4) && resources < target; g++) {
          nodeGroup(nodes, env, g);
        }
      }
      if (resources < target) {
        irsa(main, env);
      }
      write("environments/" + env + "/main.tf", main.toString());
      if (nodes.length() > 0) {
        write("environments/" + env + "/node-groups.tf", nodes.toString());
      }
      cluster++;
    }
  }

  private void eksModule(StringBuilder b, String env) {
    boolean mistake = bad();
    b.append("module \"eks\" {\n  source  = \"terraform-aws-modules/eks/aws\"\n  version = \"").append(mistake ? "~> 19.0" : "~> 21.0").append("\"\n\n")
        .append("  name               = \"").append(env).append("\"\n")
        .append("  kubernetes_version = \"").append(mistake ? "1.28" : "1.34").append("\"\n\n")
        .append("  vpc_id     = module.vpc.vpc_id\n  subnet_ids = module.vpc.private_subnets\n\n")
        .append("  endpoint_public_access       = ").append(mistake).append('\n');
    if (mistake) {
      b.append("  endpoint_public_access_cidrs = [\"0.0.0.0/0\"]\n");
    }
    b.append("  enabled_log_types = [\"api\", \"audit\", \"authenticator\"]\n\n  eks_managed_node_groups = {\n");
    for (int g = 0; g < 1 + random.nextInt(4); g++) {
      b.append("    group").append(g).append(" = {\n      min_size       = ").append(2 + random.nextInt(2))
          .append("\n      max_size       = ").append(6 + random.nextInt(10))
          .append("\n      desired_size   = 3\n      instance_types = [\"m6i.large\", \"m6a.large\"]\n      capacity_type  = \"")
          .append(g == 0 ? "ON_DEMAND" : "SPOT").append("\"\n    }\n");
    }
    b.append("  }\n\n  tags = {\n    Environment = \"").append(env).append("\"\n  }\n}\n\n");
    count();
  }

  private void rawCluster(StringBuilder b, String env) {
    boolean mistake = bad();
    b.append("resource \"aws_eks_cluster\" \"this\" {\n  name     = \"").append(env).append("\"\n  role_arn = aws_iam_role.cluster.arn\n")
        .append("  version  = \"").append(mistake ? "1.27" : "1.34").append("\"\n\n  vpc_config {\n    subnet_ids              = var.private_subnets\n")
        .append("    endpoint_private_access = true\n    endpoint_public_access  = ").append(mistake).append("\n  }\n\n");
    if (!mistake) {
      b.append("  enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\", \"controllerManager\", \"scheduler\"]\n\n")
          .append("  encryption_config {\n    resources = [\"secrets\"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n");
    }
    b.append("}\n\n");
    count();
  }

  private void nodeGroup(StringBuilder b, String env, int g) {
    boolean mistake = bad();
    b.append("resource \"aws_eks_node_group\" \"group").append(g).append("\" {\n  cluster_name    = aws_eks_cluster.this.name\n")
        .append("  node_group_name = \"").append(env).append("-").append(g).append("\"\n  node_role_arn   = aws_iam_role.node.arn\n")
        .append("  subnet_ids      = var.private_subnets\n  instance_types  = [\"").append(mistake ? "t3.micro" : "m6i.xlarge").append("\"]\n")
        .append("  capacity_type   = \"").append(mistake ? "SPOT" : "ON_DEMAND").append("\"\n\n  scaling_config {\n    desired_size = 3\n")
        .append("    max_size     = 10\n    min_size     = ").append(mistake ? 1 : 3).append("\n  }\n\n  update_config {\n    max_unavailable = 1\n  }\n")
        .append("  labels = {\n    team = \"").append(env).append("\"\n  }\n}\n\n");
    count();
  }

  private void irsa(StringBuilder b, String env) {
    b.append("module \"irsa_").append(env.replace('-', '_')).append("\" {\n")
        .append("  source = \"terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks\"\n\n")
        .append("  role_name = \"").append(env).append("-app\"\n  oidc_providers = {\n    main = {\n")
        .append("      provider_arn               = module.eks.oidc_provider_arn\n")
        .append("      namespace_service_accounts = [\"").append(bad() ? "*:*" : env + ":app").append("\"]\n    }\n  }\n}\n\n");
    count();
  }

  // ---------------------------------------------------------------- output

  private static final String[] WORDS = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike",
    "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"
  };

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String hex(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(Character.forDigit(random.nextInt(16), 16));
    }
    return b.toString();
  }

  private void write(String relative, Yaml y) {
    if (!y.isEmpty()) {
      write(relative, y.text());
    }
  }

  private void write(String relative, String text) {
    Path file = out.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      byte[] data = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, data);
      files++;
      bytes += data.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multi-document YAML stream under construction. */
  static final class Yaml {
    private final StringBuilder b = new StringBuilder();
    private final List<String> docs = new ArrayList<>();
    private int start = -1;

    Yaml doc(String apiVersion, String kind, String namespace, String name) {
      if (b.length() > 0) {
        b.append("---\n");
      }
      start = b.length();
      b.append("apiVersion: ").append(apiVersion).append("\nkind: ").append(kind).append("\nmetadata:\n  name: ").append(name).append('\n');
      if (namespace != null) {
        b.append("  namespace: ").append(namespace).append('\n');
      }
      return this;
    }

    Yaml line(String s) {
      b.append(s).append('\n');
      return this;
    }

    void append(Yaml other) {
      if (other.isEmpty()) {
        return;
      }
      if (b.length() > 0) {
        b.append("---\n");
      }
      b.append(other.b);
    }

    boolean isEmpty() {
      return b.length() == 0;
    }

    String text() {
      return b.toString();
    }

    /** The objects as one {@code kind: List} JSON document (YAML 1.2 reads JSON as it is). */
    static String jsonList(List<Yaml> parts) {
      StringBuilder json = new StringBuilder("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n");
      boolean first = true;
      for (Yaml part : parts) {
        for (String doc : part.text().split("(?m)^---\n")) {
          if (doc.isBlank()) {
            continue;
          }
          if (!first) {
            json.append(",\n");
          }
          first = false;
          JsonFromYaml.append(json, doc, "    ");
        }
      }
      return json.append("\n  ]\n}\n").toString();
    }
  }
}
