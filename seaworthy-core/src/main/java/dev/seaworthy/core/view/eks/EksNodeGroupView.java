package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.MissingNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One node group, whatever wrote it: an entry of the EKS module's {@code eks_managed_node_groups} /
 * {@code self_managed_node_groups} (or a node-group sub-module call), an {@code aws_eks_node_group},
 * or an eksctl {@code managedNodeGroups[]} / {@code nodeGroups[]} item. Values are {@link Setting}s:
 * written, someone's default, or unknown.
 */
public final class EksNodeGroupView {

  /** What wrote the node group. */
  public enum Source {
    MODULE_ENTRY,
    MODULE_CALL,
    TERRAFORM_RESOURCE,
    EKSCTL
  }

  /** How instances are bought. MIXED: an ASG with both On-Demand and Spot. */
  public enum CapacityType {
    ON_DEMAND,
    SPOT,
    MIXED,
    CAPACITY_BLOCK
  }

  /** A taint with its effect in Kubernetes spelling (NoSchedule, PreferNoSchedule, NoExecute). */
  public record Taint(String key, String value, String effect, Node node) {}

  private final Resource resource;
  private final Source source;
  private final Node node;
  private final String key;
  private final boolean managed;
  private final Optional<EksModule> module;
  private final Node groupDefaults;
  private final String clusterName;
  private final Inventory inventory;

  private EksNodeGroupView(Resource resource, Source source, Node node, String key, boolean managed,
      Optional<EksModule> module, Node groupDefaults, String clusterName, Inventory inventory) {
    this.resource = resource;
    this.source = source;
    this.node = node;
    this.key = key;
    this.managed = managed;
    this.module = module;
    this.groupDefaults = groupDefaults;
    this.clusterName = clusterName;
    this.inventory = inventory;
  }

  /** Every node group a resource defines (none for a resource that defines none). */
  public static List<EksNodeGroupView> of(Resource r, Inventory inventory) {
    List<EksNodeGroupView> out = new ArrayList<>();
    if (r.origin() == Origin.TERRAFORM && r.kind().equals("aws_eks_node_group")) {
      out.add(new EksNodeGroupView(r, Source.TERRAFORM_RESOURCE, r.node(), r.name(), true, Optional.empty(),
          MissingNode.INSTANCE, clusterOfResource(r, inventory), inventory));
      return out;
    }
    Optional<EksModule> m = EksModule.of(r);
    if (m.isPresent()) {
      EksModule mod = m.get();
      if (mod.kind() == EksModule.Kind.ROOT) {
        String cluster = Values.string(mod.input("name"), Setting.unknown(r.node(), "")).known().orElse("");
        addEntries(r, inventory, mod, "eks_managed_node_groups", "eks_managed_node_group_defaults", true, cluster, out);
        addEntries(r, inventory, mod, "self_managed_node_groups", "self_managed_node_group_defaults", false, cluster, out);
      } else {
        String cluster = r.node().at("cluster_name").textOr("");
        boolean managed = mod.kind() == EksModule.Kind.EKS_MANAGED_NODE_GROUP;
        String name = r.node().at("name").textOr(r.name());
        out.add(new EksNodeGroupView(r, Source.MODULE_CALL, r.node(), name, managed, m, MissingNode.INSTANCE,
            Values.isExpression(r.node().at("cluster_name")) ? "" : cluster, inventory));
      }
      return out;
    }
    if (EksClusterView.isEksctlConfig(r)) {
      String cluster = r.node().at("metadata", "name").textOr("");
      for (Node g : r.node().at("managedNodeGroups").items()) {
        out.add(new EksNodeGroupView(r, Source.EKSCTL, g, g.at("name").textOr(""), true, Optional.empty(), MissingNode.INSTANCE, cluster, inventory));
      }
      for (Node g : r.node().at("nodeGroups").items()) {
        out.add(new EksNodeGroupView(r, Source.EKSCTL, g, g.at("name").textOr(""), false, Optional.empty(), MissingNode.INSTANCE, cluster, inventory));
      }
    }
    return out;
  }

  private static void addEntries(Resource r, Inventory inventory, EksModule mod, String concept, String defaultsConcept,
      boolean managed, String cluster, List<EksNodeGroupView> out) {
    Node groups = mod.input(concept);
    Node defaults = mod.input(defaultsConcept);
    for (Map.Entry<String, Node> e : groups.entries().entrySet()) {
      if (e.getValue().isMap()) {
        out.add(new EksNodeGroupView(r, Source.MODULE_ENTRY, e.getValue(), e.getKey(), managed, Optional.of(mod),
            defaults.isMap() ? defaults : MissingNode.INSTANCE, cluster, inventory));
      }
    }
  }

  private static String clusterOfResource(Resource r, Inventory inventory) {
    Node n = r.node().at("cluster_name");
    if (!Values.isExpression(n)) {
      return n.textOr("");
    }
    for (String address : TerraformRefs.addresses(n)) {
      Optional<Resource> target = TerraformRefs.find(inventory, r, address);
      if (target.isPresent()) {
        Optional<EksClusterView> c = EksClusterView.of(target.get(), inventory);
        if (c.isPresent()) {
          return c.get().name().known().orElse("");
        }
      }
    }
    return "";
  }

  public Resource resource() {
    return resource;
  }

  /** The node group's own node: the map entry, the block or the eksctl list item. */
  public Node node() {
    return node;
  }

  public Source source() {
    return source;
  }

  /** Managed node group (EKS-managed) rather than a self-managed ASG. */
  public boolean managed() {
    return managed;
  }

  /** The name of the cluster it joins, when the input says ({@code ""} otherwise). */
  public String clusterName() {
    return clusterName;
  }

  public Optional<EksModule> module() {
    return module;
  }

  /** {@code node group "general" (module "eks")}, {@code aws_eks_node_group "spot"}, {@code eksctl node group "ng-1"}. */
  public String describe() {
    return switch (source) {
      case MODULE_ENTRY -> (managed ? "managed node group \"" : "self-managed node group \"") + key + "\" (" + module.orElseThrow().describe() + ")";
      case MODULE_CALL -> "node group " + module.orElseThrow().describe();
      case TERRAFORM_RESOURCE -> EksClusterView.describeAddress(resource.name());
      case EKSCTL -> (managed ? "eksctl managed node group \"" : "eksctl node group \"") + key + "\"";
    };
  }

  private boolean isModule() {
    return source == Source.MODULE_ENTRY || source == Source.MODULE_CALL;
  }

  private boolean isEksctl() {
    return source == Source.EKSCTL;
  }

  /** An attribute of a module entry, falling back to the node-group defaults map (v18–v20). */
  private Node attr(String name) {
    Node own = node.at(name);
    if (!own.isMissing() || source != Source.MODULE_ENTRY) {
      return own;
    }
    return groupDefaults.at(name);
  }

  private <T> Setting<T> moduleDefault(String concept) {
    return module.orElseThrow().moduleDefault(concept, true).isUnknown()
        ? Setting.unknown(node, module.orElseThrow().moduleDefault(concept, true).by())
        : relocate(module.orElseThrow().<T>moduleDefault(concept, true));
  }

  /** Module defaults are reported at the node group, not the module block. */
  private <T> Setting<T> relocate(Setting<T> s) {
    return new Setting<>(s.value(), node, s.provenance(), s.by());
  }

  private String byModule() {
    return module.map(EksModule::defaultsBy).orElse("module default");
  }

  public Setting<String> name() {
    if (isModule()) {
      return Values.string(node.at("name"), Setting.byDefault(key, node, "the map key"));
    }
    if (isEksctl()) {
      return Values.string(node.at("name"), Setting.unknown(node, "no name"));
    }
    return Values.string(node.at("node_group_name"), Setting.byDefault(key, node, "the resource address"));
  }

  public Setting<CapacityType> capacityType() {
    if (isEksctl()) {
      if (managed) {
        Setting<Boolean> spot = Values.bool(node.at("spot"), Setting.byDefault(false, node, PlatformDefaults.EKSCTL));
        return spot.map(s -> s ? CapacityType.SPOT : CapacityType.ON_DEMAND);
      }
      Node dist = node.at("instancesDistribution");
      if (!dist.isPresent()) {
        return Setting.byDefault(CapacityType.ON_DEMAND, node, PlatformDefaults.EKSCTL);
      }
      Setting<Long> base = Values.number(dist.at("onDemandBaseCapacity"),
          Setting.byDefault(PlatformDefaults.number(PlatformDefaults.eksctlNodeGroup("onDemandBaseCapacity")), dist, PlatformDefaults.EKSCTL));
      Setting<Long> pct = Values.number(dist.at("onDemandPercentageAboveBaseCapacity"),
          Setting.byDefault(PlatformDefaults.number(PlatformDefaults.eksctlNodeGroup("onDemandPercentageAboveBaseCapacity")), dist, PlatformDefaults.EKSCTL));
      if (base.isUnknown() || pct.isUnknown()) {
        return Setting.unknown(dist, "on-demand share not known");
      }
      CapacityType t = pct.value() >= 100 ? CapacityType.ON_DEMAND : base.value() == 0 && pct.value() == 0 ? CapacityType.SPOT : CapacityType.MIXED;
      Node at = pct.isExplicit() ? pct.node() : dist;
      return pct.isExplicit() || base.isExplicit() ? Setting.explicit(t, at) : Setting.byDefault(t, dist, PlatformDefaults.EKSCTL);
    }
    if (!managed) {
      return selfManagedCapacity();
    }
    Setting<CapacityType> absent = isModule()
        ? this.<Object>moduleDefault("capacity_type").map(v -> capacity(String.valueOf(v)))
        : Setting.byDefault(capacity(PlatformDefaults.text(PlatformDefaults.eksApiNodeGroup("capacity_type"))), node, PlatformDefaults.EKS_API);
    return Values.string(attr("capacity_type"), absent.map(CapacityType::name)).map(EksNodeGroupView::capacity);
  }

  /** A nested block written as a block (a list of one) or as an object attribute. */
  private static Node first(Node n) {
    return n.isList() ? n.at("0") : n;
  }

  private Setting<CapacityType> selfManagedCapacity() {
    Node market = first(attr("instance_market_options"));
    Setting<String> type = Values.string(market.at("market_type"), Setting.byDefault(null, node, ""));
    if (type.isUnknown()) {
      return Setting.unknown(type.node(), type.by());
    }
    if (type.known().isPresent()) {
      return Setting.explicit("spot".equalsIgnoreCase(type.value()) ? CapacityType.SPOT : CapacityType.ON_DEMAND, type.node());
    }
    Node dist = first(first(attr("mixed_instances_policy")).at("instances_distribution"));
    if (dist.isPresent()) {
      Setting<Long> pct = Values.number(dist.at("on_demand_percentage_above_base_capacity"), Setting.byDefault(100L, dist, "EC2 Auto Scaling default"));
      Setting<Long> base = Values.number(dist.at("on_demand_base_capacity"), Setting.byDefault(0L, dist, "EC2 Auto Scaling default"));
      if (pct.isUnknown() || base.isUnknown()) {
        return Setting.unknown(dist, "on-demand share not known");
      }
      CapacityType t = pct.value() >= 100 ? CapacityType.ON_DEMAND : base.value() == 0 && pct.value() == 0 ? CapacityType.SPOT : CapacityType.MIXED;
      return Setting.explicit(t, pct.isExplicit() ? pct.node() : dist);
    }
    return Setting.byDefault(CapacityType.ON_DEMAND, node, "EC2 Auto Scaling default");
  }

  private static CapacityType capacity(String text) {
    String t = text.toUpperCase(Locale.ROOT).replace('-', '_');
    return switch (t) {
      case "SPOT" -> CapacityType.SPOT;
      case "CAPACITY_BLOCK" -> CapacityType.CAPACITY_BLOCK;
      default -> CapacityType.ON_DEMAND;
    };
  }

  public Setting<List<String>> instanceTypes() {
    if (isEksctl()) {
      Node dist = node.at("instancesDistribution", "instanceTypes");
      if (dist.isPresent()) {
        return Values.strings(dist, null);
      }
      if (node.at("instanceTypes").isPresent()) {
        return Values.strings(node.at("instanceTypes"), null);
      }
      return Values.strings(node.at("instanceType"), Setting.unknown(node, "eksctl picks the instance type"));
    }
    if (!managed) {
      Node overrides = first(attr("mixed_instances_policy")).at("override");
      if (overrides.isList() && !overrides.items().isEmpty()) {
        List<String> out = new ArrayList<>();
        for (Node o : overrides.items()) {
          Setting<String> t = Values.string(o.at("instance_type"), Setting.unknown(o, "no instance_type"));
          if (t.isUnknown()) {
            return Setting.unknown(overrides, t.by());
          }
          out.add(t.value());
        }
        return Setting.explicit(List.copyOf(out), overrides);
      }
      return Values.strings(attr("instance_type"), Setting.unknown(node, "no instance_type"));
    }
    Setting<List<String>> absent = isModule()
        ? Setting.byDefault(PlatformDefaults.strings(PlatformDefaults.eksApiNodeGroup("instance_types")), node, PlatformDefaults.EKS_API + " (the module passes none)")
        : Setting.byDefault(PlatformDefaults.strings(PlatformDefaults.eksApiNodeGroup("instance_types")), node, PlatformDefaults.EKS_API);
    return Values.strings(attr("instance_types"), absent);
  }

  public Setting<Long> minSize() {
    return size("min_size", "minSize");
  }

  public Setting<Long> maxSize() {
    return size("max_size", "maxSize");
  }

  public Setting<Long> desiredSize() {
    return size("desired_size", "desiredCapacity");
  }

  private Setting<Long> size(String tf, String eksctl) {
    if (isEksctl()) {
      Setting<Long> desired = Values.number(node.at("desiredCapacity"),
          Setting.byDefault(PlatformDefaults.number(PlatformDefaults.eksctlNodeGroup("desiredCapacity")), node, PlatformDefaults.EKSCTL));
      if (eksctl.equals("desiredCapacity")) {
        return desired;
      }
      // eksctl sets a left-out minSize / maxSize to the desired capacity
      return Values.number(node.at(eksctl), new Setting<>(desired.value(), node,
          desired.isUnknown() ? Setting.Provenance.UNKNOWN : Setting.Provenance.DEFAULT, PlatformDefaults.EKSCTL + " (desiredCapacity)"));
    }
    if (source == Source.TERRAFORM_RESOURCE) {
      Node scaling = Values.block(node, "scaling_config");
      return Values.number(scaling.at(tf), Setting.unknown(node, "no scaling_config." + tf));
    }
    return Values.number(attr(tf), moduleDefault(tf));
  }

  /** Subnet ids or references, when the input says; a module entry falls back to the module's subnets. */
  public Setting<List<String>> subnets() {
    if (isEksctl()) {
      Node subnets = node.at("subnets");
      if (subnets.isPresent()) {
        return Values.strings(subnets, null);
      }
      return Values.strings(node.at("availabilityZones"), Setting.byDefault(null, node, PlatformDefaults.EKSCTL + ": the cluster's subnets"));
    }
    Node subnets = attr("subnet_ids");
    if (subnets.isPresent() || source != Source.MODULE_ENTRY) {
      return Values.strings(subnets, Setting.unknown(node, "no subnet_ids"));
    }
    Node moduleSubnets = module.orElseThrow().node().at("subnet_ids");
    Setting<List<String>> s = Values.strings(moduleSubnets, Setting.unknown(node, "no subnet_ids"));
    return s.isExplicit() ? Setting.byDefault(s.value(), node, "the module's subnet_ids") : s.isUnknown() ? Setting.unknown(moduleSubnets, s.by()) : s;
  }

  /**
   * The rolling-update budget as written ({@code "33%"} or {@code "1"}); a known null value means
   * none is set and EKS uses its default of one node at a time.
   */
  public Setting<String> maxUnavailable() {
    if (isEksctl()) {
      Node update = node.at("updateConfig");
      Setting<String> pct = Values.string(update.at("maxUnavailablePercentage"), Setting.byDefault(null, node, PlatformDefaults.EKSCTL));
      if (pct.known().isPresent()) {
        return pct.map(v -> v + "%");
      }
      return Values.string(update.at("maxUnavailable"), pct.isUnknown() ? pct : Setting.byDefault(null, node, PlatformDefaults.EKSCTL));
    }
    Node update = first(attr("update_config"));
    if (Values.isExpression(update)) {
      return Setting.unknown(update, update.textOr(""));
    }
    if (update.isPresent()) {
      Setting<String> pct = Values.string(update.at("max_unavailable_percentage"), Setting.byDefault(null, update, ""));
      if (pct.isUnknown() || pct.known().isPresent()) {
        return pct.map(v -> v + "%");
      }
      return Values.string(update.at("max_unavailable"), Setting.explicit(null, update));
    }
    if (isModule() && managed) {
      Setting<Object> d = moduleDefault("max_unavailable_percentage");
      return d.map(v -> v + "%");
    }
    return Setting.byDefault(null, node, source == Source.TERRAFORM_RESOURCE ? PlatformDefaults.EKS_API : "no update_config");
  }

  public Setting<List<Taint>> taints() {
    Node taints = isEksctl() ? node.at("taints") : source == Source.TERRAFORM_RESOURCE ? node.at("taint") : attr("taints");
    if (source == Source.TERRAFORM_RESOURCE && Values.hasDynamic(node, "taint")) {
      return Setting.unknown(node, "dynamic taint blocks");
    }
    if (!taints.isPresent()) {
      return Setting.byDefault(List.of(), node, "no taints");
    }
    if (Values.isExpression(taints)) {
      return Setting.unknown(taints, taints.textOr(""));
    }
    List<Taint> out = new ArrayList<>();
    if (taints.isList()) {
      for (Node t : taints.items()) {
        Optional<Taint> taint = taint(t, t.at("key").textOr(""));
        if (taint.isEmpty()) {
          return Setting.unknown(t, "a taint is not known");
        }
        out.add(taint.get());
      }
    } else if (taints.isMap()) {
      for (Map.Entry<String, Node> e : taints.entries().entrySet()) {
        Node t = e.getValue();
        if (t.isMap()) {
          Optional<Taint> taint = taint(t, t.at("key").textOr(e.getKey()));
          if (taint.isEmpty()) {
            return Setting.unknown(t, "a taint is not known");
          }
          out.add(taint.get());
        } else if (isEksctl() && t.isScalar()) {
          // older eksctl form: key: "value:Effect"
          String text = t.textOr("");
          int colon = text.lastIndexOf(':');
          if (colon < 0) {
            return Setting.unknown(t, "taint without an effect");
          }
          out.add(new Taint(e.getKey(), text.substring(0, colon), effect(text.substring(colon + 1)), t));
        } else {
          return Setting.unknown(t, "a taint is not known");
        }
      }
    } else {
      return Setting.unknown(taints, "taints are not a list");
    }
    return Setting.explicit(List.copyOf(out), taints);
  }

  private static Optional<Taint> taint(Node t, String key) {
    Node effect = t.at("effect");
    if (!effect.isPresent() || Values.isExpression(effect) || Values.isExpression(t.at("key")) || Values.isExpression(t.at("value"))) {
      return Optional.empty();
    }
    return Optional.of(new Taint(key, t.at("value").textOr(""), effect(effect.textOr("")), t));
  }

  /** {@code NO_SCHEDULE} -> {@code NoSchedule}; Kubernetes spellings pass through. */
  public static String effect(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace("_", "");
    return switch (t) {
      case "NOSCHEDULE" -> "NoSchedule";
      case "PREFERNOSCHEDULE" -> "PreferNoSchedule";
      case "NOEXECUTE" -> "NoExecute";
      default -> text.strip();
    };
  }

  public Setting<Map<String, String>> labels() {
    return Values.stringMap(isEksctl() ? node.at("labels") : attr("labels"), Setting.byDefault(Map.of(), node, "no labels"));
  }

  public Setting<Map<String, String>> tags() {
    return Values.stringMap(isEksctl() ? node.at("tags") : attr("tags"), Setting.byDefault(Map.of(), node, "no tags"));
  }

  /** Terraform {@code ami_type} ({@code AL2023_x86_64_STANDARD}) or eksctl {@code amiFamily} ({@code AmazonLinux2023}). */
  public Setting<String> amiType() {
    if (isEksctl()) {
      return Values.string(node.at("amiFamily"), Setting.unknown(node, "eksctl's default AMI family depends on its release"));
    }
    if (isModule() && managed) {
      Setting<Object> d = moduleDefault("ami_type");
      Setting<String> absent = d.isDefault() && d.value() == null
          ? Setting.unknown(node, "no ami_type: EKS picks AL2 up to 1.29 and AL2023 from 1.30")
          : d.map(String::valueOf);
      return Values.string(attr("ami_type"), absent);
    }
    if (isModule()) {
      return Values.string(attr("ami_type"), Setting.unknown(node, "no ami_type"));
    }
    return Values.string(node.at("ami_type"), Setting.unknown(node, "no ami_type: EKS picks AL2 up to 1.29 and AL2023 from 1.30"));
  }

  /** The launch-template metadata options in force, where the input says. */
  private Node metadataOptions() {
    if (source == Source.TERRAFORM_RESOURCE) {
      Node lt = Values.block(node, "launch_template");
      for (String field : List.of("id", "name")) {
        for (String address : TerraformRefs.addresses(lt.at(field))) {
          Optional<Resource> template = TerraformRefs.find(inventory, resource, address);
          if (template.isPresent() && template.get().kind().equals("aws_launch_template")) {
            return Values.block(template.get().node(), "metadata_options");
          }
        }
      }
      return MissingNode.INSTANCE;
    }
    return first(attr("metadata_options"));
  }

  public Setting<Boolean> imdsTokensRequired() {
    if (isEksctl()) {
      if (eksctlOwnLaunchTemplate()) {
        return Setting.unknown(node.at("launchTemplate"), "a launch template the input does not define");
      }
      // eksctl's launch template requires tokens when either disableIMDSv1 or disablePodIMDS is on
      Setting<Boolean> podImds = disablePodImds();
      if (podImds.is(true)) {
        return Setting.explicit(true, podImds.node());
      }
      Setting<Boolean> v1 = Values.bool(node.at("disableIMDSv1"),
          Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlNodeGroup("disableIMDSv1")), node, PlatformDefaults.EKSCTL));
      return podImds.isUnknown() && !v1.is(true) ? Setting.unknown(podImds.node(), podImds.by()) : v1;
    }
    Node options = metadataOptions();
    Setting<String> tokens;
    if (source == Source.TERRAFORM_RESOURCE) {
      if (!options.isPresent()) {
        return Setting.unknown(node, "the launch template EKS creates or one the input does not define");
      }
      tokens = Values.string(options.at("http_tokens"), Setting.byDefault("optional", options, "EC2 default"));
    } else if (options.isPresent()) {
      tokens = Values.string(options.at("http_tokens"), Setting.unknown(options, "metadata_options without http_tokens"));
    } else {
      tokens = moduleDefault("http_tokens");
    }
    return tokens.map(t -> t.equalsIgnoreCase("required"));
  }

  public Setting<Long> imdsHopLimit() {
    if (isEksctl()) {
      if (eksctlOwnLaunchTemplate()) {
        return Setting.unknown(node.at("launchTemplate"), "a launch template the input does not define");
      }
      // the launch template eksctl generates sets hop limit 2, or 1 with disablePodIMDS
      Setting<Boolean> podImds = disablePodImds();
      if (podImds.isUnknown()) {
        return Setting.unknown(podImds.node(), podImds.by());
      }
      return podImds.value()
          ? Setting.explicit(1L, podImds.node())
          : Setting.byDefault(PlatformDefaults.number(PlatformDefaults.eksctlNodeGroup("httpPutResponseHopLimit")), podImds.isExplicit() ? podImds.node() : node,
              PlatformDefaults.EKSCTL + ": its launch template without disablePodIMDS");
    }
    Node options = metadataOptions();
    if (source == Source.TERRAFORM_RESOURCE) {
      if (!options.isPresent()) {
        return Setting.unknown(node, "the launch template EKS creates or one the input does not define");
      }
      return Values.number(options.at("http_put_response_hop_limit"), Setting.byDefault(1L, options, "EC2 default"));
    }
    if (options.isPresent()) {
      return Values.number(options.at("http_put_response_hop_limit"), Setting.unknown(options, "metadata_options without a hop limit"));
    }
    return moduleDefault("http_put_response_hop_limit");
  }

  /** eksctl {@code disablePodIMDS}: only host-network pods may reach the instance metadata service. */
  public Setting<Boolean> disablePodImds() {
    if (!isEksctl()) {
      return Setting.unknown(node, "an eksctl setting");
    }
    return Values.bool(node.at("disablePodIMDS"),
        Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlNodeGroup("disablePodIMDS")), node, PlatformDefaults.EKSCTL));
  }

  /** An eksctl managed node group that brings its own launch template (eksctl then generates none). */
  private boolean eksctlOwnLaunchTemplate() {
    return managed && node.at("launchTemplate").isPresent();
  }

  /** Whether SSH access to the nodes is configured. */
  public Setting<Boolean> sshAccess() {
    if (isEksctl()) {
      Node ssh = node.at("ssh");
      boolean keyGiven = ssh.at("publicKeyPath").isPresent() || ssh.at("publicKeyName").isPresent() || ssh.at("publicKey").isPresent();
      return Values.bool(ssh.at("allow"), keyGiven ? Setting.explicit(true, ssh)
          : Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlNodeGroup("sshAllow")), node, PlatformDefaults.EKSCTL));
    }
    Node remote = first(attr("remote_access"));
    if (Values.isExpression(remote)) {
      return Setting.unknown(remote, remote.textOr(""));
    }
    if (remote.isPresent() && !remote.entries().isEmpty()) {
      return Setting.explicit(true, remote);
    }
    Node key = attr("key_name");
    if (key.isPresent()) {
      return Setting.explicit(true, key);
    }
    return Setting.byDefault(false, node, "no remote_access");
  }

  /** eksctl {@code privateNetworking}; Terraform node groups are as private as their subnets (unknown here). */
  public Setting<Boolean> privateNetworking() {
    if (isEksctl()) {
      return Values.bool(node.at("privateNetworking"),
          Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlNodeGroup("privateNetworking")), node, PlatformDefaults.EKSCTL));
    }
    return Setting.unknown(node, "depends on the subnets");
  }

  /** The Spot maximum price, when one is set (a known null: none). */
  public Setting<BigDecimal> maxPrice() {
    Node price = isEksctl() ? node.at("instancesDistribution", "maxPrice")
        : managed ? MissingNode.INSTANCE : first(first(attr("mixed_instances_policy")).at("instances_distribution")).at("spot_max_price");
    if (!isEksctl() && !managed && !price.isPresent()) {
      price = first(first(attr("instance_market_options")).at("spot_options")).at("max_price");
    }
    if (!price.isPresent()) {
      return Setting.byDefault(null, node, "no maximum price");
    }
    if (Values.isExpression(price)) {
      return Setting.unknown(price, price.textOr(""));
    }
    Optional<BigDecimal> n = price.asNumber();
    if (n.isPresent()) {
      return Setting.explicit(n.get(), price);
    }
    try {
      return Setting.explicit(new BigDecimal(price.textOr("").strip()), price);
    } catch (NumberFormatException e) {
      return price.textOr("").isBlank() ? Setting.byDefault(null, node, "no maximum price") : Setting.unknown(price, "not a price");
    }
  }

  String key() {
    return key;
  }
}
