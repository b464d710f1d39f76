package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.MissingNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.ImageReference;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How the AWS Load Balancer Controller sees an Ingress: whether it serves it at all, the
 * IngressClassParams that override its annotations, and the listeners it will build.
 *
 * <p>An Ingress is an ALB Ingress when spec.ingressClassName names an IngressClass of the input whose
 * controller is ingress.k8s.aws/alb, or names "alb" while the input has no IngressClass of that name
 * (the controller's Helm chart creates it), or carries the legacy kubernetes.io/ingress.class: alb,
 * or names no class while the input's default IngressClass is the controller's.
 *
 * <p>IngressClassParams settings win over annotations. When the class is in the input, its params
 * are read from the input; when it references params the input lacks, they are unknown and rules
 * that params could overturn stay quiet. When the class itself is not in the input, it is taken to
 * have no params, as the controller's Helm chart renders none by default; the one exception is the
 * listener certificate, which clusters commonly set centrally in params (see {@link
 * Context#explicitCertificates}).
 */
final class Alb {

  static final String PREFIX = "alb.ingress.kubernetes.io/";
  static final String CONTROLLER = "ingress.k8s.aws/alb";
  private static final String LEGACY_CLASS = "kubernetes.io/ingress.class";
  private static final String DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class";
  private static final Pattern TEMPLATE = Pattern.compile(".*(\\$\\{|\\$\\(|\\{\\{|<[^<>]+>).*", Pattern.DOTALL);

  /** What the input shows of the IngressClassParams behind an Ingress. */
  enum Params {
    /** No params: legacy annotation class, or an IngressClass without parameters. */
    NONE,
    /** The params object is in the input. */
    KNOWN,
    /** The IngressClass is not in the input; taken to have none (the Helm chart default). */
    CLASS_NOT_IN_INPUT,
    /** The IngressClass references params that are not in the input. */
    UNKNOWN
  }

  /** An Ingress the controller serves, with its IngressClassParams spec when known. */
  record Context(Resource ingress, Node params, Params paramsState) {

    Node annotation(String suffix) {
      return ingress.node().at("metadata", "annotations", PREFIX + suffix);
    }

    Optional<String> annotationText(String suffix) {
      return annotation(suffix).text().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A field of the IngressClassParams spec; missing when there are none or they are unknown. */
    Node param(String... path) {
      return params.at(path);
    }

    boolean paramsUnknown() {
      return paramsState == Params.UNKNOWN;
    }

    /**
     * Member, or possibly member, of an explicit IngressGroup, whose listeners, certificates and
     * exclusive settings merge with other Ingresses the input may not show.
     */
    boolean maybeGrouped() {
      return paramsUnknown() || annotationText("group.name").isPresent() || param("group", "name").text().isPresent();
    }

    /**
     * Certificates set explicitly (params win over the annotation, as in the controller). Empty
     * when there are none in the annotation and params the input does not show could hold some.
     */
    Optional<List<String>> explicitCertificates() {
      List<String> fromParams = new ArrayList<>();
      param("certificateArn").items().forEach(i -> i.text().ifPresent(fromParams::add));
      if (!fromParams.isEmpty()) {
        return Optional.of(fromParams);
      }
      List<String> fromAnnotation = annotationText("certificate-arn").map(Alb::splitList).orElse(List.of());
      if (!fromAnnotation.isEmpty() || paramsState == Params.NONE || paramsState == Params.KNOWN) {
        return Optional.of(fromAnnotation);
      }
      return Optional.empty();
    }

    /**
     * The listeners, port to protocol, as the controller computes them: listen-ports when set, else
     * HTTPS:443 with explicit certificates and HTTP:80 without. Empty when listen-ports cannot be
     * read or the default depends on certificates the input may not show.
     */
    Optional<Map<Long, String>> listenPorts() {
      Node raw = annotation("listen-ports");
      if (raw.isPresent()) {
        return raw.text().flatMap(Alb::parseListenPorts);
      }
      return explicitCertificates().map(certs -> certs.isEmpty() ? Map.of(80L, "HTTP") : Map.of(443L, "HTTPS"));
    }
  }

  private Alb() {}

  /** The controller's view of an Ingress, or empty when the controller does not serve it (as far as the input shows). */
  static Optional<Context> of(Resource ingress, Inventory inventory) {
    if (!IngressBackends.isIngress(ingress)) {
      return Optional.empty();
    }
    Optional<String> className = ingress.node().at("spec", "ingressClassName").text();
    if (className.isPresent()) {
      Optional<Resource> cls = ingressClass(inventory, className.get());
      if (cls.isPresent()) {
        return fromClass(ingress, cls.get(), inventory);
      }
      return className.get().equals("alb") ? Optional.of(new Context(ingress, MissingNode.INSTANCE, Params.CLASS_NOT_IN_INPUT)) : Optional.empty();
    }
    Optional<String> legacy = ingress.annotation(LEGACY_CLASS);
    if (legacy.isPresent()) {
      // the legacy annotation carries no IngressClass, hence no params
      return legacy.get().strip().equals("alb") ? Optional.of(new Context(ingress, MissingNode.INSTANCE, Params.NONE)) : Optional.empty();
    }
    List<Resource> defaults = inventory.ofKind("IngressClass").stream()
        .filter(c -> c.annotation(DEFAULT_CLASS).map(v -> v.strip().equals("true")).orElse(false))
        .toList();
    return defaults.size() == 1 ? fromClass(ingress, defaults.get(0), inventory) : Optional.empty();
  }

  static Optional<Resource> ingressClass(Inventory inventory, String name) {
    return inventory.ofKind("IngressClass").stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static Optional<Context> fromClass(Resource ingress, Resource cls, Inventory inventory) {
    if (!cls.node().at("spec", "controller").textOr("").equals(CONTROLLER)) {
      return Optional.empty();
    }
    Node parameters = cls.node().at("spec", "parameters");
    if (!parameters.isPresent()) {
      return Optional.of(new Context(ingress, MissingNode.INSTANCE, Params.NONE));
    }
    boolean isParams = parameters.at("apiGroup").textOr("").equals("elbv2.k8s.aws")
        && parameters.at("kind").textOr("").equals("IngressClassParams");
    String name = parameters.at("name").textOr("");
    Optional<Resource> params = isParams
        ? inventory.ofKind("IngressClassParams").stream().filter(p -> p.group().equals("elbv2.k8s.aws") && p.name().equals(name)).findFirst()
        : Optional.empty();
    return Optional.of(params.map(p -> new Context(ingress, p.node().at("spec"), Params.KNOWN))
        .orElseGet(() -> new Context(ingress, MissingNode.INSTANCE, Params.UNKNOWN)));
  }

  /** A stringList annotation value: comma-separated, blanks dropped. */
  static List<String> splitList(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A value that is evidently an unrendered template or placeholder rather than a real setting. */
  static boolean templated(String value) {
    return TEMPLATE.matcher(value).matches();
  }

  /** listen-ports JSON, e.g. [{"HTTP": 80}, {"HTTPS": 443}]; empty when the controller would reject it. */
  static Optional<Map<Long, String>> parseListenPorts(String json) {
    List<YamlDocument> docs;
    try {
      docs = new YamlReader(LoadLimits.DEFAULTS).read("listen-ports", json);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (docs.size() != 1 || !(docs.get(0) instanceof YamlDocument.Parsed parsed) || !parsed.root().isList()) {
      return Optional.empty();
    }
    Map<Long, String> out = new TreeMap<>();
    for (Node entry : parsed.root().items()) {
      if (!entry.isMap()) {
        return Optional.empty();
      }
      for (Map.Entry<String, Node> e : entry.entries().entrySet()) {
        var port = e.getValue().asLong();
        if (!(e.getKey().equals("HTTP") || e.getKey().equals("HTTPS")) || port.isEmpty() || port.getAsLong() < 1 || port.getAsLong() > 65535) {
          return Optional.empty();
        }
        out.put(port.getAsLong(), e.getKey());
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /**
   * The controller's --default-target-type when the input has the controller's Deployment
   * ("instance" when the flag is unset); empty when the controller is not in the input.
   */
  static Optional<String> controllerDefaultTargetType(Inventory inventory) {
    return inventory.get(CONTROLLER_DEFAULT_TARGET_TYPE);
  }

  private static final Inventory.Derived<Optional<String>> CONTROLLER_DEFAULT_TARGET_TYPE =
      Inventory.Derived.of("ALB controller default target type", Alb::findControllerDefaultTargetType);

  private static Optional<String> findControllerDefaultTargetType(Inventory inventory) {
    for (PodSpecView pod : inventory.podSpecs()) {
      for (ContainerView c : pod.containers()) {
        Optional<ImageReference> ref = c.imageReference();
        if (ref.isPresent() && (ref.get().repository().equals("aws-load-balancer-controller") || ref.get().repository().endsWith("/aws-load-balancer-controller"))) {
          return Optional.of(flagValue(c, "--default-target-type").orElse("instance"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> flagValue(ContainerView c, String flag) {
    List<String> tokens = new ArrayList<>();
    for (String field : List.of("command", "args")) {
      for (Node item : c.node().at(field).items()) {
        item.text().ifPresent(t -> tokens.addAll(List.of(t.strip().split("\\s+"))));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).startsWith(flag + "=")) {
        return Optional.of(tokens.get(i).substring(flag.length() + 1));
      }
      if (tokens.get(i).equals(flag) && i + 1 < tokens.size()) {
        return Optional.of(tokens.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** Where an effective target type comes from. */
  enum Source {
    PARAMS("IngressClassParams"),
    SERVICE("the Service's target-type annotation"),
    INGRESS("the Ingress's target-type annotation"),
    CONTROLLER("the controller's --default-target-type"),
    DEFAULT("the controller default");

    final String text;

    Source(String text) {
      this.text = text;
    }
  }

  /** The target type of one backend's target group and where it is set. */
  record TargetType(String value, Source source) {}

  /**
   * The target type the controller gives the target group of a backend Service: IngressClassParams,
   * then the Service's annotation (Service annotations win over the Ingress's), then the Ingress's,
   * then the controller flag, then the built-in default, instance. Empty when params the input does
   * not show could set it.
   */
  static Optional<TargetType> targetType(Context alb, Optional<Resource> service, Optional<String> controllerDefault) {
    if (alb.paramsUnknown()) {
      return Optional.empty();
    }
    Optional<String> fromParams = alb.param("targetType").text();
    if (fromParams.isPresent()) {
      return Optional.of(new TargetType(fromParams.get(), Source.PARAMS));
    }
    Optional<String> onService = service.flatMap(s -> s.annotation(PREFIX + "target-type")).map(String::strip).filter(s -> !s.isEmpty());
    if (onService.isPresent()) {
      return Optional.of(new TargetType(onService.get(), Source.SERVICE));
    }
    Optional<String> onIngress = alb.annotationText("target-type");
    if (onIngress.isPresent()) {
      return Optional.of(new TargetType(onIngress.get(), Source.INGRESS));
    }
    return Optional.of(controllerDefault.map(d -> new TargetType(d, Source.CONTROLLER)).orElse(new TargetType("instance", Source.DEFAULT)));
  }
}
