package dev.seaworthy.rules.observability;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.eks.EksInputs;
import dev.seaworthy.core.view.eks.EksNodeGroupView;
import dev.seaworthy.core.view.eks.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of nodes that the input describes with their taints: a Node object, a node group of the
 * IaC (eksctl, Terraform EKS module or aws_eks_node_group, read through the EKS views), a Karpenter
 * NodePool (or v1alpha5 Provisioner). Labels are known completely only for Node
 * objects; for the others only what the config sets (plus the OS), so node selection is judged
 * three-valued and an unknown answer keeps a rule quiet.
 */
record NodeSource(String describe, List<Taint> taints, Map<String, String> labels, Set<String> absent, boolean complete) {

  static final String OS = "kubernetes.io/os";
  private static final String COMPUTE_TYPE = "eks.amazonaws.com/compute-type";

  /** What is known about one label of these nodes. */
  enum Known {
    PRESENT,
    ABSENT,
    UNKNOWN
  }

  Known has(String key) {
    if (labels.containsKey(key)) {
      return Known.PRESENT;
    }
    return complete || absent.contains(key) ? Known.ABSENT : Known.UNKNOWN;
  }

  Optional<String> label(String key) {
    return Optional.ofNullable(labels.get(key));
  }

  boolean isWindows() {
    return "windows".equals(labels.get(OS));
  }

  /** Every node source of the audit. */
  static List<NodeSource> all(Inventory inventory) {
    List<NodeSource> out = new ArrayList<>();
    for (Resource r : inventory.ofKind("Node")) {
      if (r.group().isEmpty()) {
        node(r).ifPresent(out::add);
      }
    }
    for (EksNodeGroupView g : EksInputs.nodeGroups(inventory)) {
      nodeGroup(g).ifPresent(out::add);
    }
    for (Resource r : inventory.ofKind("NodePool")) {
      if (r.group().equals("karpenter.sh")) {
        Node spec = r.node().at("spec", "template", "spec");
        out.add(karpenter("Karpenter NodePool \"" + r.name() + "\"", r, inventory, spec.at("taints"),
            r.node().at("spec", "template", "metadata", "labels"), spec.at("requirements"), "karpenter.sh/nodepool",
            spec.at("nodeClassRef", "name").textOr("")));
      }
    }
    for (Resource r : inventory.ofKind("Provisioner")) {
      if (r.group().equals("karpenter.sh")) {
        Node spec = r.node().at("spec");
        out.add(karpenter("Karpenter Provisioner \"" + r.name() + "\"", r, inventory, spec.at("taints"), spec.at("labels"),
            spec.at("requirements"), "karpenter.sh/provisioner-name", ""));
      }
    }
    return out;
  }

  private static Optional<NodeSource> node(Resource r) {
    Map<String, String> labels = new HashMap<>(r.labels());
    // Fargate nodes never run DaemonSet pods, whatever their tolerations
    if ("fargate".equals(labels.get(COMPUTE_TYPE))) {
      return Optional.empty();
    }
    return Optional.of(new NodeSource("Node \"" + r.name() + "\"", Taint.listOf(r.node().at("spec", "taints")), labels, Set.of(), true));
  }

  /**
   * A node group of the IaC (eksctl, Terraform module entry or aws_eks_node_group), when its taints
   * are known. Its labels are what the config sets plus the OS; EKS and kubelet add more, so an
   * absent label is unknown, except the Fargate compute type, which node-group nodes never carry.
   */
  private static Optional<NodeSource> nodeGroup(EksNodeGroupView g) {
    Setting<List<EksNodeGroupView.Taint>> taints = g.taints();
    if (taints.known().isEmpty()) {
      return Optional.empty();
    }
    List<Taint> converted = new ArrayList<>();
    for (EksNodeGroupView.Taint t : taints.value()) {
      converted.add(new Taint(t.key(), t.value(), t.effect()));
    }
    Map<String, String> labels = new HashMap<>(g.labels().known().orElse(Map.of()));
    String ami = g.amiType().known().orElse("").toLowerCase(Locale.ROOT);
    labels.putIfAbsent(OS, ami.startsWith("windows") ? "windows" : "linux");
    String describe = g.describe();
    if (g.source() == EksNodeGroupView.Source.EKSCTL) {
      describe += " (ClusterConfig \"" + g.resource().name() + "\")";
    }
    return Optional.of(new NodeSource(describe, converted, labels, Set.of(COMPUTE_TYPE), false));
  }

  private static NodeSource karpenter(
      String describe, Resource r, Inventory inventory, Node taints, Node templateLabels, Node requirements, String nameLabel, String nodeClass) {
    Map<String, String> labels = stringMap(templateLabels);
    Set<String> absent = new HashSet<>(Set.of(COMPUTE_TYPE));
    for (Node req : requirements.items()) {
      String key = req.at("key").textOr("");
      String op = req.at("operator").textOr("");
      List<Node> values = req.at("values").items();
      if (key.isEmpty()) {
        continue;
      }
      if (op.equals("In") && values.size() == 1 && values.get(0).text().isPresent()) {
        labels.putIfAbsent(key, values.get(0).text().get());
      } else if (op.equals("DoesNotExist")) {
        absent.add(key);
      }
    }
    labels.put(nameLabel, r.name());
    if (!labels.containsKey(OS) && !osUndecided(requirements)) {
      labels.put(OS, windowsNodeClass(inventory, nodeClass) ? "windows" : "linux");
    }
    absent.removeAll(labels.keySet());
    return new NodeSource(describe, Taint.listOf(taints), labels, absent, false);
  }

  /** A requirement on the OS that allows several values: the pool may launch either. */
  private static boolean osUndecided(Node requirements) {
    return requirements.items().stream().anyMatch(req -> req.at("key").textOr("").equals(OS));
  }

  private static boolean windowsNodeClass(Inventory inventory, String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (Resource nc : inventory.ofKind("EC2NodeClass")) {
      if (nc.name().equals(name)) {
        if (nc.node().at("spec", "amiFamily").textOr("").toLowerCase(Locale.ROOT).startsWith("windows")) {
          return true;
        }
        for (Node term : nc.node().at("spec", "amiSelectorTerms").items()) {
          if (term.at("alias").textOr("").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Map<String, String> stringMap(Node map) {
    Map<String, String> out = new HashMap<>();
    map.entries().forEach((k, v) -> v.text().ifPresent(t -> out.put(k, t)));
    return out;
  }
}
