package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.MissingNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One EKS cluster definition, whatever wrote it: a {@code module} calling
 * terraform-aws-modules/eks/aws (resolved against the defaults of the major its constraint selects),
 * a raw {@code aws_eks_cluster} (HCL or plan), or an eksctl {@code ClusterConfig}. Every accessor
 * is a {@link Setting}: the value, the node to report at, and whether it is written, someone's
 * default, or unknown. Rules read concepts here and look at {@link #source()} only to word messages.
 */
public final class EksClusterView {

  /** What wrote the definition. */
  public enum Source {
    TERRAFORM_MODULE,
    TERRAFORM_RESOURCE,
    EKSCTL
  }

  /** Where the key that encrypts Kubernetes secrets comes from. */
  public enum KeySource {
    MODULE_CREATED,
    CUSTOMER
  }

  /** Secrets envelope encryption. */
  public record Encryption(Setting<Boolean> enabled, Setting<KeySource> keySource, Node customerKey, Setting<Boolean> createKmsKey) {

    /** Whether a customer key is written in the input (its value may be an unresolved reference). */
    public boolean customerKeyGiven() {
      return customerKey.isPresent();
    }

    /** A customer key is given but the module uses the key it creates instead (create_kms_key true). */
    public boolean customerKeyIgnored() {
      return customerKeyGiven() && enabled.is(true) && keySource.is(KeySource.MODULE_CREATED);
    }
  }

  /** The five control-plane log types, in EKS's spelling. */
  public static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

  private final Resource resource;
  private final Source source;
  private final Inventory inventory;
  private final Optional<EksModule> module;

  private EksClusterView(Resource resource, Source source, Inventory inventory, Optional<EksModule> module) {
    this.resource = resource;
    this.source = source;
    this.inventory = inventory;
    this.module = module;
  }

  /** Whether a resource defines an EKS cluster (before the node-group-only check). */
  public static boolean isClusterDefinition(Resource r) {
    if (r.origin() == Origin.TERRAFORM) {
      return r.kind().equals("aws_eks_cluster") || EksModule.of(r).map(m -> m.kind() == EksModule.Kind.ROOT).orElse(false);
    }
    return isEksctlConfig(r);
  }

  static boolean isEksctlConfig(Resource r) {
    return r.kind().equals("ClusterConfig") && r.apiVersion().startsWith("eksctl.io/");
  }

  /** The view of a cluster definition; empty for anything else. */
  public static Optional<EksClusterView> of(Resource r, Inventory inventory) {
    if (r.origin() == Origin.TERRAFORM && r.kind().equals("aws_eks_cluster")) {
      return Optional.of(new EksClusterView(r, Source.TERRAFORM_RESOURCE, inventory, enclosingModule(r, inventory)));
    }
    if (r.origin() == Origin.TERRAFORM) {
      Optional<EksModule> m = EksModule.of(r).filter(x -> x.kind() == EksModule.Kind.ROOT);
      return m.map(x -> new EksClusterView(r, Source.TERRAFORM_MODULE, inventory, m));
    }
    if (isEksctlConfig(r)) {
      return Optional.of(new EksClusterView(r, Source.EKSCTL, inventory, Optional.empty()));
    }
    return Optional.empty();
  }

  /** For a plan resource {@code module.eks.aws_eks_cluster.this[0]}: the module call {@code module.eks}. */
  private static Optional<EksModule> enclosingModule(Resource r, Inventory inventory) {
    String address = r.name();
    if (!address.startsWith("module.")) {
      return Optional.empty();
    }
    int dot = address.indexOf('.', "module.".length());
    if (dot < 0) {
      return Optional.empty();
    }
    String call = address.substring(0, dot).replaceAll("\\[.*$", "");
    for (Resource m : inventory.ofKind("module")) {
      if (m.name().equals(call) && m.position().file().equals(r.position().file())) {
        return EksModule.of(m).filter(x -> x.kind() == EksModule.Kind.ROOT);
      }
    }
    return Optional.empty();
  }

  public Resource resource() {
    return resource;
  }

  public Node node() {
    return resource.node();
  }

  public Source source() {
    return source;
  }

  /** The module call, for a module definition (or a plan resource inside one). */
  public Optional<EksModule> module() {
    return module;
  }

  /** {@code module "eks"}, {@code aws_eks_cluster "this"}, {@code ClusterConfig "prod"}. */
  public String describe() {
    return switch (source) {
      case TERRAFORM_MODULE -> module.orElseThrow().describe();
      case TERRAFORM_RESOURCE -> describeAddress(resource.name());
      case EKSCTL -> "eksctl ClusterConfig \"" + resource.name() + "\"";
    };
  }

  /** {@code aws_eks_cluster "this"} for the address {@code aws_eks_cluster.this}; plan and module addresses as they are. */
  public static String describeAddress(String address) {
    int dot = address.lastIndexOf('.', address.contains("[") ? address.indexOf('[') : address.length());
    if (address.startsWith("module.") || dot < 0 || address.indexOf('.') != dot) {
      return address;
    }
    return address.substring(0, dot) + " \"" + address.substring(dot + 1) + "\"";
  }

  private EksModule mod() {
    return module.orElseThrow();
  }

  private boolean isModule() {
    return source == Source.TERRAFORM_MODULE;
  }

  private boolean isEksctl() {
    return source == Source.EKSCTL;
  }

  /** Whose default fills a left-out value here, for messages. */
  public String defaultsBy() {
    return switch (source) {
      case TERRAFORM_MODULE -> mod().defaultsBy();
      case TERRAFORM_RESOURCE -> PlatformDefaults.EKS_API;
      case EKSCTL -> PlatformDefaults.EKSCTL;
    };
  }

  private Node vpcConfig() {
    return Values.block(node(), "vpc_config");
  }

  public Setting<String> name() {
    if (isModule()) {
      return Values.string(mod().input("name"), Setting.unknown(node(), "no cluster name"));
    }
    if (isEksctl()) {
      return Values.string(node().at("metadata", "name"), Setting.unknown(node(), "no metadata.name"));
    }
    return Values.string(node().at("name"), Setting.unknown(node(), "no name"));
  }

  /** The Kubernetes version as written ({@code "1.28"}); unknown when left to EKS or eksctl. */
  public Setting<String> kubernetesVersion() {
    if (isModule()) {
      return Values.string(mod().input("kubernetes_version"),
          Setting.unknown(node(), "no version: EKS creates the cluster at its default version of the day"));
    }
    if (isEksctl()) {
      return Values.string(node().at("metadata", "version"),
          Setting.unknown(node(), "no metadata.version: eksctl uses its own default version, which depends on its release"));
    }
    return Values.string(node().at("version"),
        Setting.unknown(node(), "no version: EKS creates the cluster at its default version of the day"));
  }

  /** The version parsed as a Kubernetes minor, when written and readable. */
  public Optional<KubernetesVersion> parsedVersion() {
    return kubernetesVersion().known().flatMap(KubernetesVersion::parse);
  }

  public Setting<Boolean> endpointPublicAccess() {
    if (isModule()) {
      return Values.bool(mod().input("endpoint_public_access"), mod().moduleDefault("endpoint_public_access"));
    }
    if (isEksctl()) {
      Node endpoints = node().at("vpc", "clusterEndpoints");
      return Values.bool(endpoints.at("publicAccess"),
          Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlCluster("publicAccess")), present(endpoints), PlatformDefaults.EKSCTL));
    }
    if (Values.hasDynamic(node(), "vpc_config")) {
      return Setting.unknown(node(), "dynamic vpc_config");
    }
    return Values.bool(vpcConfig().at("endpoint_public_access"),
        Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksApiCluster("endpoint_public_access")), present(vpcConfig()), PlatformDefaults.EKS_API));
  }

  public Setting<Boolean> endpointPrivateAccess() {
    if (isModule()) {
      return Values.bool(mod().input("endpoint_private_access"), mod().moduleDefault("endpoint_private_access"));
    }
    if (isEksctl()) {
      Node endpoints = node().at("vpc", "clusterEndpoints");
      return Values.bool(endpoints.at("privateAccess"),
          Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlCluster("privateAccess")), present(endpoints), PlatformDefaults.EKSCTL));
    }
    if (Values.hasDynamic(node(), "vpc_config")) {
      return Setting.unknown(node(), "dynamic vpc_config");
    }
    return Values.bool(vpcConfig().at("endpoint_private_access"),
        Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksApiCluster("endpoint_private_access")), present(vpcConfig()), PlatformDefaults.EKS_API));
  }

  /** The CIDRs allowed to reach the public endpoint (meaningful only while it is on). */
  public Setting<List<String>> publicAccessCidrs() {
    if (isModule()) {
      return Values.strings(mod().input("endpoint_public_access_cidrs"), mod().moduleDefault("endpoint_public_access_cidrs"));
    }
    if (isEksctl()) {
      return Values.strings(node().at("vpc", "publicAccessCIDRs"),
          Setting.byDefault(PlatformDefaults.strings(PlatformDefaults.eksctlCluster("publicAccessCIDRs")), present(node().at("vpc")), PlatformDefaults.EKSCTL));
    }
    if (Values.hasDynamic(node(), "vpc_config")) {
      return Setting.unknown(node(), "dynamic vpc_config");
    }
    return Values.strings(vpcConfig().at("public_access_cidrs"),
        Setting.byDefault(PlatformDefaults.strings(PlatformDefaults.eksApiCluster("public_access_cidrs")), present(vpcConfig()), PlatformDefaults.EKS_API));
  }

  /** The node itself when present, else the cluster's node: where a left-out field is reported. */
  private Node present(Node n) {
    return n.isPresent() ? n : node();
  }

  public Encryption encryption() {
    return switch (source) {
      case TERRAFORM_MODULE -> moduleEncryption();
      case TERRAFORM_RESOURCE -> resourceEncryption();
      case EKSCTL -> eksctlEncryption();
    };
  }

  private Encryption moduleEncryption() {
    EksModule m = mod();
    Node cfg = m.input("encryption_config");
    Setting<Boolean> create = Values.bool(m.input("create_kms_key"), m.moduleDefault("create_kms_key"));
    Setting<Boolean> enabled;
    Node key = MissingNode.INSTANCE;
    if (cfg.isMissing()) {
      enabled = m.moduleDefault("encryption_enabled");
    } else if (cfg.isNull()) {
      enabled = Setting.explicit(false, cfg);
    } else if (Values.isExpression(cfg)) {
      enabled = Setting.unknown(cfg, cfg.textOr(""));
    } else {
      Node body = cfg;
      if (cfg.isList()) {
        body = cfg.items().isEmpty() ? MissingNode.INSTANCE : cfg.items().get(0);
      }
      if (body.isMissing()) {
        enabled = Setting.explicit(false, cfg);
      } else if (body.entries().isEmpty()) {
        Setting<Boolean> emptyMeans = m.moduleDefault("encryption_empty_map_enabled");
        enabled = emptyMeans.isUnknown() ? Setting.unknown(cfg, emptyMeans.by()) : Setting.explicit(emptyMeans.value(), cfg);
      } else {
        Node resources = body.at("resources");
        Setting<List<String>> list = Values.strings(resources, Setting.explicit(List.of("secrets"), cfg));
        enabled = list.isUnknown() ? Setting.unknown(resources, list.by())
            : Setting.explicit(list.value().contains("secrets"), resources.isPresent() ? resources : cfg);
        key = body.at("provider_key_arn");
      }
    }
    Setting<KeySource> keySource;
    if (create.isUnknown()) {
      keySource = Setting.unknown(create.node(), create.by());
    } else if (Boolean.TRUE.equals(create.value())) {
      keySource = new Setting<>(KeySource.MODULE_CREATED, create.node(), create.provenance(), create.by());
    } else if (key.isPresent()) {
      keySource = Setting.explicit(KeySource.CUSTOMER, key);
    } else {
      keySource = Setting.unknown(cfg.isMissing() ? node() : cfg, "create_kms_key is false and no provider_key_arn is given");
    }
    return new Encryption(enabled, keySource, key, create);
  }

  private Encryption resourceEncryption() {
    if (Values.hasDynamic(node(), "encryption_config")) {
      Setting<Boolean> u = Setting.unknown(node(), "dynamic encryption_config");
      return new Encryption(u, Setting.unknown(node(), "dynamic encryption_config"), MissingNode.INSTANCE, Setting.byDefault(false, node(), ""));
    }
    Node block = Values.block(node(), "encryption_config");
    if (!block.isPresent()) {
      Node at = node().at("encryption_config").isPresent() ? node().at("encryption_config") : node();
      return new Encryption(Setting.byDefault(false, at, "no encryption_config block"),
          Setting.byDefault(null, at, ""), MissingNode.INSTANCE, Setting.byDefault(false, node(), ""));
    }
    Node resources = block.at("resources");
    Setting<List<String>> list = Values.strings(resources, Setting.unknown(block, "no resources"));
    Setting<Boolean> enabled = list.isUnknown() ? Setting.unknown(list.node(), list.by()) : Setting.explicit(list.value().contains("secrets"), resources);
    Node key = Values.block(block, "provider").at("key_arn");
    Setting<KeySource> source = key.isPresent() ? Setting.explicit(KeySource.CUSTOMER, key) : Setting.unknown(block, "no provider key_arn");
    return new Encryption(enabled, source, key, Setting.byDefault(false, node(), ""));
  }

  private Encryption eksctlEncryption() {
    Node key = node().at("secretsEncryption", "keyARN");
    if (key.isPresent()) {
      Setting<Boolean> on = Values.isExpression(key) ? Setting.unknown(key, key.textOr("")) : Setting.explicit(true, key);
      return new Encryption(on, Setting.explicit(KeySource.CUSTOMER, key), key, Setting.byDefault(false, node(), ""));
    }
    Node at = present(node().at("secretsEncryption"));
    return new Encryption(Setting.byDefault(false, at, PlatformDefaults.EKSCTL + ": no secretsEncryption.keyARN"),
        Setting.byDefault(null, at, ""), MissingNode.INSTANCE, Setting.byDefault(false, node(), ""));
  }

  /** Enabled control-plane log types, normalized to EKS's spelling ({@code all}/{@code *} expanded). */
  public Setting<List<String>> logTypes() {
    Setting<List<String>> raw;
    if (isModule()) {
      raw = Values.strings(mod().input("enabled_log_types"), mod().moduleDefault("enabled_log_types"));
    } else if (isEksctl()) {
      Node logging = node().at("cloudWatch", "clusterLogging");
      raw = Values.strings(logging.at("enableTypes"),
          Setting.byDefault(PlatformDefaults.strings(PlatformDefaults.eksctlCluster("enableTypes")), present(logging), PlatformDefaults.EKSCTL));
    } else {
      raw = Values.strings(node().at("enabled_cluster_log_types"),
          Setting.byDefault(PlatformDefaults.strings(PlatformDefaults.eksApiCluster("enabled_cluster_log_types")), node(), PlatformDefaults.EKS_API));
    }
    return raw.map(EksClusterView::normalizeLogTypes);
  }

  private static List<String> normalizeLogTypes(List<String> types) {
    List<String> out = new ArrayList<>();
    for (String t : types) {
      String s = t.strip();
      if (s.equals("*") || s.equalsIgnoreCase("all")) {
        return LOG_TYPES;
      }
      for (String known : LOG_TYPES) {
        if (known.equalsIgnoreCase(s) && !out.contains(known)) {
          out.add(known);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Days the control-plane log group keeps logs. A known null value means "never expires": the
   * log group is left to EKS, which creates it without retention.
   */
  public Setting<Long> logRetentionDays() {
    if (isModule()) {
      EksModule m = mod();
      Setting<Boolean> create = Values.bool(m.input("create_cloudwatch_log_group"), m.moduleDefault("create_cloudwatch_log_group"));
      if (create.isUnknown()) {
        return Setting.unknown(create.node(), create.by());
      }
      if (Boolean.FALSE.equals(create.value())) {
        Optional<Setting<Long>> own = logGroupResource();
        return own.orElse(new Setting<>(null, create.node(), create.provenance(), "create_cloudwatch_log_group = false and no log group for the cluster in the audited input"));
      }
      Setting<Long> days = Values.number(m.input("cloudwatch_log_group_retention_in_days"), m.moduleDefault("cloudwatch_log_group_retention_in_days"));
      return days.known().filter(d -> d == 0).isPresent() ? Setting.explicit(null, days.node()) : days;
    }
    if (isEksctl()) {
      Node logging = node().at("cloudWatch", "clusterLogging");
      Setting<Long> days = Values.number(logging.at("logRetentionInDays"),
          Setting.byDefault(null, present(logging), PlatformDefaults.EKSCTL + ": no logRetentionInDays, logs never expire"));
      return days.known().filter(d -> d == 0).isPresent() ? Setting.explicit(null, days.node()) : days;
    }
    return logGroupResource().orElse(Setting.byDefault(null, node(),
        "no aws_cloudwatch_log_group for the cluster in the audited input: EKS creates it without retention"));
  }

  /** The {@code aws_cloudwatch_log_group} named {@code /aws/eks/<name>/cluster}, if the input has it. */
  private Optional<Setting<Long>> logGroupResource() {
    Optional<String> name = name().known();
    if (name.isEmpty()) {
      return Optional.of(Setting.unknown(node(), "the cluster name is not known"));
    }
    String wanted = "/aws/eks/" + name.get() + "/cluster";
    for (Resource g : inventory.ofKind("aws_cloudwatch_log_group")) {
      if (g.origin() != Origin.TERRAFORM) {
        continue;
      }
      Node n = g.node().at("name");
      if (Values.isExpression(n) && n.textOr("").contains("/cluster")) {
        return Optional.of(Setting.unknown(n, "log group name " + n.textOr("")));
      }
      if (n.textOr("").equals(wanted)) {
        Setting<Long> days = Values.number(g.node().at("retention_in_days"), Setting.explicit(null, g.node()));
        return Optional.of(days.known().filter(d -> d == 0).isPresent() ? Setting.explicit(null, days.node()) : days);
      }
    }
    return Optional.empty();
  }

  /** {@code API}, {@code API_AND_CONFIG_MAP} or {@code CONFIG_MAP}. */
  public Setting<String> authenticationMode() {
    if (isModule()) {
      EksModule m = mod();
      if (m.noneHasInput("authentication_mode")) {
        return Setting.byDefault("CONFIG_MAP", node(), "module " + m.version().describeMajor() + " has no access entries: aws-auth ConfigMap only");
      }
      if (!m.allHaveInput("authentication_mode") && m.input("authentication_mode").isMissing()) {
        return Setting.unknown(node(), "whether the module has access entries depends on its major version, and the constraint selects " + m.version().describeMajor());
      }
      return upper(Values.string(m.input("authentication_mode"), m.moduleDefault("authentication_mode")));
    }
    if (isEksctl()) {
      Node access = node().at("accessConfig");
      return upper(Values.string(access.at("authenticationMode"),
          Setting.byDefault(PlatformDefaults.text(PlatformDefaults.eksctlCluster("authenticationMode")), present(access), PlatformDefaults.EKSCTL)));
    }
    Node access = Values.block(node(), "access_config");
    return upper(Values.string(access.at("authentication_mode"),
        Setting.byDefault(PlatformDefaults.text(PlatformDefaults.eksApiCluster("authentication_mode")), present(access), PlatformDefaults.EKS_API)));
  }

  private static Setting<String> upper(Setting<String> s) {
    return s.map(v -> v.toUpperCase(Locale.ROOT));
  }

  /** Whether the identity that creates the cluster is made cluster admin. */
  public Setting<Boolean> creatorAdmin() {
    if (isModule()) {
      EksModule m = mod();
      if (m.noneHasInput("enable_cluster_creator_admin_permissions")) {
        return Setting.byDefault(null, node(), "module " + m.version().describeMajor() + " has no access entries");
      }
      return Values.bool(m.input("enable_cluster_creator_admin_permissions"), m.moduleDefault("enable_cluster_creator_admin_permissions"));
    }
    if (isEksctl()) {
      Node access = node().at("accessConfig");
      return Values.bool(access.at("bootstrapClusterCreatorAdminPermissions"),
          Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlCluster("bootstrapClusterCreatorAdminPermissions")), present(access), PlatformDefaults.EKSCTL));
    }
    Node access = Values.block(node(), "access_config");
    return Values.bool(access.at("bootstrap_cluster_creator_admin_permissions"),
        Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksApiCluster("bootstrap_cluster_creator_admin_permissions")), present(access), PlatformDefaults.EKS_API));
  }

  /** Whether an IAM OIDC provider exists for the cluster, so IRSA works. */
  public Setting<Boolean> irsa() {
    if (isModule()) {
      return Values.bool(mod().input("enable_irsa"), mod().moduleDefault("enable_irsa"));
    }
    if (isEksctl()) {
      Node iam = node().at("iam");
      return Values.bool(iam.at("withOIDC"),
          Setting.byDefault(PlatformDefaults.bool(PlatformDefaults.eksctlCluster("withOIDC")), present(iam), PlatformDefaults.EKSCTL));
    }
    boolean unresolved = false;
    for (Resource p : inventory.ofKind("aws_iam_openid_connect_provider")) {
      if (p.origin() != Origin.TERRAFORM) {
        continue;
      }
      Node url = p.node().at("url");
      boolean ours = TerraformRefs.mentions(url, baseAddress(resource.name()))
          || (!Values.isExpression(url) && url.textOr("").contains("oidc.eks."));
      if (ours) {
        return Setting.explicit(true, url.isPresent() ? url : p.node());
      }
      // a plan leaves the url "known after apply", and an expression may name the cluster indirectly
      if (url.isMissing() || url.isNull() || Values.isExpression(url) && !url.textOr("").contains("aws_eks_cluster.")) {
        unresolved = true;
      }
    }
    if (unresolved) {
      return Setting.unknown(node(), "an aws_iam_openid_connect_provider whose cluster the input does not tell");
    }
    return Setting.byDefault(false, node(), "no aws_iam_openid_connect_provider for this cluster in the audited input");
  }

  /** {@code aws_eks_cluster.this} from a plan address {@code module.eks.aws_eks_cluster.this[0]}. */
  static String baseAddress(String address) {
    String a = address.replaceAll("\\[[^\\]]*\\]", "");
    String[] parts = a.split("\\.");
    return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : a;
  }

  /** {@code ipv4} or {@code ipv6}. */
  public Setting<String> ipFamily() {
    Setting<String> raw;
    if (isModule()) {
      Setting<String> d = mod().moduleDefault("ip_family");
      if (d.isDefault() && d.value() == null) {
        d = Setting.byDefault("ipv4", node(), mod().defaultsBy() + " (null: EKS uses ipv4)");
      }
      raw = Values.string(mod().input("ip_family"), d);
    } else if (isEksctl()) {
      Node net = node().at("kubernetesNetworkConfig");
      raw = Values.string(net.at("ipFamily"),
          Setting.byDefault(PlatformDefaults.text(PlatformDefaults.eksctlCluster("ipFamily")), present(net), PlatformDefaults.EKSCTL));
    } else {
      Node net = Values.block(node(), "kubernetes_network_config");
      raw = Values.string(net.at("ip_family"),
          Setting.byDefault(PlatformDefaults.text(PlatformDefaults.eksApiCluster("ip_family")), present(net), PlatformDefaults.EKS_API));
    }
    return raw.map(v -> v.toLowerCase(Locale.ROOT));
  }

  /** Top-level ClusterConfig sections that describe the cluster itself rather than its node groups. */
  private static final List<String> CLUSTER_SECTIONS = List.of(
      "vpc", "iam", "cloudWatch", "secretsEncryption", "accessConfig", "addons", "addonsConfig",
      "kubernetesNetworkConfig", "fargateProfiles", "iamIdentityMappings", "identityProviders", "karpenter",
      "autoModeConfig", "availabilityZones", "privateCluster", "zonalShiftConfig", "remoteNetworkConfig", "outpost");

  /**
   * An eksctl ClusterConfig that only adds node groups to a cluster defined elsewhere, so eksctl's
   * cluster defaults are not judged: either Terraform in the same input defines a cluster of the
   * same name, or the config declares node groups and no cluster-level section at all (the shape
   * {@code eksctl create nodegroup -f} takes; a cluster created from it would be created with
   * every eksctl default, which the file does not show an intent about).
   */
  /**
   * A {@code vpc} section that only names an existing VPC, its subnets or the cluster's shared node
   * security group: what {@code eksctl create nodegroup} needs for a cluster eksctl did not create,
   * not a statement about the cluster's endpoint, CIDR or NAT.
   */
  private boolean onlyLocatesAnExistingVpc() {
    Node vpc = node().at("vpc");
    return vpc.isMap() && vpc.entries().keySet().stream().allMatch(k -> k.equals("id") || k.equals("subnets") || k.equals("securityGroup")
        || k.equals("sharedNodeSecurityGroup"));
  }

  public boolean nodeGroupsOnly() {
    if (!isEksctl()) {
      return false;
    }
    boolean hasGroups = !node().at("nodeGroups").items().isEmpty() || !node().at("managedNodeGroups").items().isEmpty();
    if (hasGroups && CLUSTER_SECTIONS.stream().allMatch(k -> node().at(k).isMissing() || k.equals("vpc") && onlyLocatesAnExistingVpc())) {
      return true;
    }
    Optional<String> name = name().known();
    if (name.isEmpty()) {
      return false;
    }
    List<Resource> candidates = new ArrayList<>(inventory.ofKind("aws_eks_cluster"));
    candidates.addAll(inventory.ofKind("module"));
    for (Resource r : candidates) {
      if (r.origin() != Origin.TERRAFORM) {
        continue;
      }
      Optional<EksClusterView> other = of(r, inventory);
      if (other.isPresent() && other.get().name().is(name.get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A module call of a plan whose {@code aws_eks_cluster} is planned inside it (same file): the
   * planned resource carries the resolved values and is the cluster to judge.
   */
  public boolean shadowedByPlan() {
    if (source != Source.TERRAFORM_MODULE) {
      return false;
    }
    String prefix = resource.name() + ".";
    for (Resource r : inventory.ofKind("aws_eks_cluster")) {
      if (r.origin() == Origin.TERRAFORM && r.name().startsWith(prefix) && r.position().file().equals(resource.position().file())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether cluster-level settings of this definition are to be judged: false for a node-group-only
   * eksctl config and for a plan's module call whose cluster is planned inside it.
   */
  public boolean judged() {
    return !nodeGroupsOnly() && !shadowedByPlan();
  }

  Inventory inventory() {
    return inventory;
  }
}
