package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reading Karpenter NodePools, v1alpha5 Provisioners and EC2NodeClasses. */
final class Karpenter {

  static final String CAPACITY_TYPE = "karpenter.sh/capacity-type";
  static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";

  /** Dated facts (AL2 end of life, the spot consolidation threshold), read once. */
  static final Facts FACTS = Facts.load();

  record Facts(LocalDate al2PublishingEnded, KubernetesVersion al2LastMinor, int spotMinInstanceTypes) {
    static Facts load() {
      Node root = DataFiles.read(Karpenter.class, "/dev/seaworthy/rules/autoscaling/karpenter-facts.yaml");
      return new Facts(
          LocalDate.parse(root.at("al2", "publishingEnded").textOr("")),
          KubernetesVersion.of(root.at("al2", "lastKubernetesMinor").textOr("")),
          (int) root.at("spot", "minInstanceTypes").asLong().orElseThrow());
    }
  }

  private Karpenter() {}

  /** A NodePool of any served or recently removed version (v1beta1 and v1 share these paths). */
  static boolean isNodePool(Resource r) {
    return r.is("karpenter.sh", "NodePool");
  }

  static boolean isProvisioner(Resource r) {
    return r.is("karpenter.sh", "Provisioner");
  }

  static boolean isNodeClass(Resource r) {
    return r.is("karpenter.k8s.aws", "EC2NodeClass");
  }

  /** Static NodePools (spec.replicas, Karpenter v1.10+) hold a fixed node count: no limits or consolidation apply. */
  static boolean isStatic(Resource nodePool) {
    return nodePool.node().at("spec", "replicas").isPresent();
  }

  /** The node template spec: spec.template.spec of a NodePool, spec of a Provisioner. */
  static Node templateSpec(Resource r) {
    return isProvisioner(r) ? r.node().at("spec") : r.node().at("spec", "template", "spec");
  }

  static List<Node> requirements(Resource r) {
    return templateSpec(r).at("requirements").items();
  }

  static List<Node> taints(Resource r) {
    return templateSpec(r).at("taints").items();
  }

  /**
   * Whether the requirements admit Spot. Without a capacity-type requirement Karpenter launches
   * on-demand only; several requirements on the key are intersected.
   */
  static boolean allowsSpot(List<Node> requirements) {
    Set<String> possible = new LinkedHashSet<>(List.of("spot", "on-demand", "reserved"));
    boolean constrained = false;
    for (Node req : requirements) {
      if (!req.at("key").textOr("").equals(CAPACITY_TYPE)) {
        continue;
      }
      constrained = true;
      Set<String> values = new LinkedHashSet<>();
      req.at("values").items().forEach(v -> v.text().ifPresent(values::add));
      switch (req.at("operator").textOr("")) {
        case "In" -> possible.retainAll(values);
        case "NotIn" -> possible.removeAll(values);
        case "DoesNotExist" -> possible.clear();
        default -> {}
      }
    }
    return constrained && possible.contains("spot");
  }

  /** The AMI family of an EC2NodeClass, lower case: the alias's family if any alias is set, else amiFamily. */
  static Optional<String> amiFamily(Resource nodeClass) {
    for (Node alias : aliases(nodeClass)) {
      String text = alias.textOr("");
      int at = text.indexOf('@');
      if (at > 0) {
        return Optional.of(text.substring(0, at).toLowerCase(Locale.ROOT));
      }
    }
    return nodeClass.node().at("spec", "amiFamily").text().map(s -> s.toLowerCase(Locale.ROOT));
  }

  /** The alias nodes of amiSelectorTerms. */
  static List<Node> aliases(Resource nodeClass) {
    List<Node> out = new ArrayList<>();
    for (Node term : nodeClass.node().at("spec", "amiSelectorTerms").items()) {
      Node alias = term.at("alias");
      if (alias.text().isPresent()) {
        out.add(alias);
      }
    }
    return out;
  }
}
