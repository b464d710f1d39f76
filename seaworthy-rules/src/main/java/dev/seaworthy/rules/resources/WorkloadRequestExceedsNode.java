package dev.seaworthy.rules.resources;

import dev.seaworthy.core.data.InstanceTypes;
import dev.seaworthy.core.data.InstanceTypes.InstanceType;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.EksNodeGroupView.CapacityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "workload-request-exceeds-node",
    title = "Pod requests more CPU or memory than any node of the node groups that could run it can allocate",
    severity = Severity.HIGH,
    category = Category.RESOURCES,
    description = """
        The scheduler places a pod only on a node whose allocatable CPU and memory cover the pod's \
        requests (the sum of its containers and sidecars, or its largest init container if that is \
        more). When no instance type of any node group that could run the pod is that large, the pod \
        stays Pending forever and no autoscaler scale-up helps, since every new node is just as \
        small. Node groups are those of the IaC in the same audit (Terraform EKS module, \
        aws_eks_node_group, eksctl) whose taints the pod tolerates and whose configured labels its \
        nodeSelector does not contradict; allocatable is computed per instance type with the EKS \
        AMI formula (capacity minus kube-reserved and the eviction threshold, from the bundled, \
        dated instance-type table), an upper bound of what nodes really offer. Quiet when a \
        Karpenter NodePool or a Fargate profile exists (they can launch larger capacity), when the \
        input defines node groups of more than one cluster, or when a candidate group's instance \
        types are not known.""",
    remediation = "Lower the pod's requests to fit the largest node, or add a node group (or Karpenter NodePool) with an instance type large enough for it.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#how-pods-with-resource-requests-are-scheduled",
      "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/",
      "https://docs.aws.amazon.com/eks/latest/best-practices/cas.html"
    },
    example = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceTypes: [m5.large, m5a.large]
            minSize: 2
            maxSize: 10
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: analytics
          namespace: production
        spec:
          replicas: 2
          selector:
            matchLabels: {app: analytics}
          template:
            metadata:
              labels: {app: analytics}
            spec:
              containers:
                - name: app
                  image: analytics:2.1.0
                  resources:
                    requests: {cpu: "2", memory: 4Gi}
        """,
    fixedExample = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: us-east-1
        managedNodeGroups:
          - name: workers
            instanceTypes: [m5.large, m5a.large]
            minSize: 2
            maxSize: 10
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: analytics
          namespace: production
        spec:
          replicas: 2
          selector:
            matchLabels: {app: analytics}
          template:
            metadata:
              labels: {app: analytics}
            spec:
              containers:
                - name: app
                  image: analytics:2.1.0
                  resources:
                    requests: {cpu: 1500m, memory: 4Gi}
        """)
public final class WorkloadRequestExceedsNode implements PodSpecRule {

  private static final InstanceTypes TYPES = InstanceTypes.bundled();
  private static final BigDecimal MIB = BigDecimal.valueOf(1L << 20);
  private static final Set<String> INSTANCE_TYPE_LABELS = Set.of("node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type");
  private static final Set<String> ARCH_LABELS = Set.of("kubernetes.io/arch", "beta.kubernetes.io/arch");
  private static final String CAPACITY_LABEL = "eks.amazonaws.com/capacityType";
  private static final int NAMED = 3;

  @Override
  public boolean appliesTo(PodSpecView pod) {
    return true;
  }

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    Inventory inventory = context.inventory();
    BigDecimal cpu = PodRequestsExceedQuota.podNeed(pod, "requests", "cpu");
    BigDecimal memory = PodRequestsExceedQuota.podNeed(pod, "requests", "memory");
    if (cpu.signum() <= 0 && memory.signum() <= 0) {
      return List.of();
    }
    List<EksNodeGroupView> groups = EksInputs.nodeGroups(inventory);
    if (groups.isEmpty() || karpenter(inventory) || EksInputs.hasFargateProfile(inventory, "")) {
      return List.of();
    }
    Set<String> clusters = new LinkedHashSet<>();
    groups.forEach(g -> clusters.add(g.clusterName()));
    if (clusters.size() > 1) {
      return List.of(); // which cluster the manifests go to is not known
    }
    long needMilli = cpu.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    long needMib = memory.divide(MIB, 0, java.math.RoundingMode.CEILING).longValueExact();
    List<String> candidates = new ArrayList<>();
    for (EksNodeGroupView g : groups) {
      Optional<Candidate> c = candidate(pod, g);
      if (c.isEmpty()) {
        continue;
      }
      if (c.get().types().isEmpty()) {
        return List.of(); // a group that may run the pod with types we cannot size
      }
      InstanceType largest = null;
      for (InstanceType t : c.get().types().get()) {
        int allocCpu = t.allocatableMillicores().orElse(-1);
        int allocMem = t.allocatableMemoryMib().orElse(-1);
        if (allocCpu < 0 || allocMem < 0) {
          return List.of();
        }
        if (allocCpu >= needMilli && allocMem >= needMib) {
          return List.of();
        }
        if (largest == null || allocCpu + allocMem > largest.allocatableMillicores().getAsInt() + largest.allocatableMemoryMib().getAsInt()) {
          largest = t;
        }
      }
      if (largest != null) {
        candidates.add(g.describe() + " (largest " + largest.name() + ": " + millis(largest.allocatableMillicores().getAsInt()) + " CPU, "
            + mib(largest.allocatableMemoryMib().getAsInt()) + " memory allocatable)");
      }
    }
    if (candidates.isEmpty()) {
      return List.of(); // no group may run it at all: a different problem
    }
    String more = candidates.size() > NAMED ? " and " + (candidates.size() - NAMED) + " more" : "";
    String shown = String.join("; ", candidates.subList(0, Math.min(NAMED, candidates.size())));
    return Violation.one(anchor(pod), "pod of " + pod.resource().kind() + " \"" + pod.resource().name() + "\" requests " + millis(needMilli) + " CPU and "
        + mib(needMib) + " memory, more than any node it could run on can allocate: " + shown + more
        + ". It stays Pending, and scaling the group out adds only nodes of the same size");
  }

  /** A group the pod may run on, with the instance types left after its nodeSelector (empty Optional inside: unknown). */
  private record Candidate(Optional<List<InstanceType>> types) {}

  private static Optional<Candidate> candidate(PodSpecView pod, EksNodeGroupView g) {
    var taints = g.taints();
    if (taints.isUnknown()) {
      return Optional.of(new Candidate(Optional.empty()));
    }
    List<Node> tolerations = pod.spec().at("tolerations").items();
    for (EksNodeGroupView.Taint t : taints.known().orElse(List.of())) {
      boolean blocks = t.effect().equals("NoSchedule") || t.effect().equals("NoExecute");
      if (blocks && tolerations.stream().noneMatch(tol -> tolerates(tol, t))) {
        return Optional.empty();
      }
    }
    Map<String, String> labels = g.labels().known().orElse(Map.of());
    Optional<List<String>> names = g.instanceTypes().known().filter(l -> !l.isEmpty());
    if (names.isEmpty()) {
      return Optional.of(new Candidate(Optional.empty()));
    }
    List<InstanceType> types = new ArrayList<>();
    for (String n : names.get()) {
      Optional<InstanceType> t = TYPES.find(n);
      if (t.isEmpty()) {
        return Optional.of(new Candidate(Optional.empty()));
      }
      types.add(t.get());
    }
    for (Map.Entry<String, Node> e : pod.spec().at("nodeSelector").entries().entrySet()) {
      String key = e.getKey();
      Optional<String> value = e.getValue().text();
      if (value.isEmpty()) {
        continue;
      }
      if (INSTANCE_TYPE_LABELS.contains(key)) {
        types.removeIf(t -> !t.name().equals(value.get().toLowerCase(Locale.ROOT)));
      } else if (ARCH_LABELS.contains(key)) {
        types.removeIf(t -> !t.arch().equals(value.get()));
      } else if (key.equals(CAPACITY_LABEL)) {
        CapacityType wanted = value.get().equalsIgnoreCase("SPOT") ? CapacityType.SPOT : CapacityType.ON_DEMAND;
        if (g.capacityType().known().isPresent() && g.capacityType().value() != wanted && g.capacityType().value() != CapacityType.MIXED) {
          return Optional.empty();
        }
      } else if (labels.containsKey(key) && !labels.get(key).equals(value.get())) {
        return Optional.empty();
      }
    }
    return types.isEmpty() ? Optional.empty() : Optional.of(new Candidate(Optional.of(types)));
  }

  /** The scheduler's toleration matching. */
  private static boolean tolerates(Node toleration, EksNodeGroupView.Taint taint) {
    if (!toleration.isMap()) {
      return false;
    }
    String effect = toleration.at("effect").textOr("");
    if (!effect.isEmpty() && !effect.equals(taint.effect())) {
      return false;
    }
    String key = toleration.at("key").textOr("");
    if (toleration.at("operator").textOr("Equal").equals("Exists")) {
      return key.isEmpty() || key.equals(taint.key());
    }
    return key.equals(taint.key()) && toleration.at("value").textOr("").equals(taint.value());
  }

  private static boolean karpenter(Inventory inventory) {
    for (String kind : List.of("NodePool", "Provisioner")) {
      for (Resource r : inventory.ofKind(kind)) {
        if (r.group().equals("karpenter.sh")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The requests of the container that asks the most, else the pod. */
  private static Node anchor(PodSpecView pod) {
    ContainerView best = null;
    BigDecimal most = BigDecimal.ZERO;
    for (ContainerView c : pod.allContainers()) {
      BigDecimal cpu = PodRequestsExceedQuota.containerNeed(c, "cpu");
      if (best == null || cpu.compareTo(most) > 0) {
        best = c;
        most = cpu;
      }
    }
    if (best == null) {
      return pod.anchor();
    }
    for (String side : List.of("requests", "limits")) {
      if (best.resources().at(side).isPresent()) {
        return best.resources().at(side); // a missing request defaults to the limit
      }
    }
    return best.resources().isPresent() ? best.resources() : best.node();
  }

  private static String millis(long m) {
    return m % 1000 == 0 ? String.valueOf(m / 1000) : m + "m";
  }

  private static String mib(long mib) {
    return mib % 1024 == 0 ? mib / 1024 + "Gi" : mib + "Mi";
  }
}
