package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.InventoryRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * ALB target-group health-check annotations that Elastic Load Balancing rejects: values outside its
 * ranges (interval 5-300 s, timeout 2-120 s, healthy and unhealthy thresholds 2-10), success codes
 * outside 200-499 (0-99 for gRPC) or not in its syntax, and a timeout not shorter than the interval
 * ("Health check interval must be greater than the timeout"). The annotations can sit on the Ingress
 * and on its backend Services, the Service's value winning, with the controller's defaults (interval
 * 15, timeout 5) underneath, so the interval/timeout pair is judged on the effective values of each
 * target group and reported on the object that set one of them.
 */
@RuleInfo(
    id = "alb-health-check-invalid",
    title = "ALB health-check settings that Elastic Load Balancing rejects",
    severity = Severity.HIGH,
    category = Category.INGRESS,
    checklist = {ChecklistItem.ALB_INGRESS},
    description = """
        The AWS Load Balancer Controller creates one target group per backend Service with the health \
        check of the alb.ingress.kubernetes.io/healthcheck-* annotations (Service annotations override \
        the Ingress's). Elastic Load Balancing accepts an interval of 5-300 seconds, a timeout of 2-120 \
        seconds that is shorter than the interval, healthy and unhealthy thresholds of 2-10, and \
        success codes between 200 and 499 (0-99 for gRPC) written as 200, 200,202 or 200-299. Anything \
        else (including values with units such as 10s) is rejected, the target group cannot be \
        created or updated, and the controller stops reconciling the Ingress and its IngressGroup.""",
    remediation = "Keep the values inside the Elastic Load Balancing ranges, with the timeout shorter than the interval (the defaults, 15 s interval and 5 s timeout, are a good start).",
    references = {
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#health-check",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: api
          annotations:
            alb.ingress.kubernetes.io/target-type: ip
            alb.ingress.kubernetes.io/healthcheck-interval-seconds: '5'
            alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '10'
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: api, port: {number: 80}}
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: api
          annotations:
            alb.ingress.kubernetes.io/target-type: ip
            alb.ingress.kubernetes.io/healthcheck-interval-seconds: '15'
            alb.ingress.kubernetes.io/healthcheck-timeout-seconds: '10'
        spec:
          ingressClassName: alb
          defaultBackend:
            service: {name: api, port: {number: 80}}
        """)
public final class AlbHealthCheckInvalid implements InventoryRule {

  private static final String INTERVAL = "healthcheck-interval-seconds";
  private static final String TIMEOUT = "healthcheck-timeout-seconds";
  private static final String SUCCESS_CODES = "success-codes";
  private static final String PROTOCOL_VERSION = "backend-protocol-version";
  private static final long DEFAULT_INTERVAL = 15;
  private static final long DEFAULT_TIMEOUT = 5;

  private record Range(String suffix, long min, long max, String unit) {}

  private static final List<Range> RANGES =
      List.of(
          new Range(INTERVAL, 5, 300, " seconds"),
          new Range(TIMEOUT, 2, 120, " seconds"),
          new Range("healthy-threshold-count", 2, 10, ""),
          new Range("unhealthy-threshold-count", 2, 10, ""));

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern CODE_ITEM = Pattern.compile("([0-9]+)(-([0-9]+))?");

  /** Where an effective value came from, for messages and to decide which object to report. */
  private record Value(long value, Resource from, Node node) {}

  @Override
  public boolean appliesTo(Resource resource) {
    if (!IngressBackends.isIngress(resource) && !resource.is("", "Service")) {
      return false;
    }
    Node annotations = resource.node().at("metadata", "annotations");
    return RANGES.stream().anyMatch(r -> annotations.at(Alb.PREFIX + r.suffix()).isPresent())
        || annotations.at(Alb.PREFIX + SUCCESS_CODES).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    boolean ingress = IngressBackends.isIngress(resource);
    if (ingress && Alb.of(resource, context.inventory()).isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Range range : RANGES) {
      checkRange(resource, range).ifPresent(out::add);
    }
    checkSuccessCodes(resource).ifPresent(out::add);
    (ingress ? pairOnIngress(resource, context.inventory()) : pairOnService(resource, context.inventory())).ifPresent(out::add);
    return out;
  }

  private static Node annotation(Resource r, String suffix) {
    return r.node().at("metadata", "annotations", Alb.PREFIX + suffix);
  }

  private static OptionalLong integer(Node node) {
    String text = node.textOr("").strip();
    if (!INTEGER.matcher(text).matches() || text.length() > 12) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(text));
  }

  private static Optional<Violation> checkRange(Resource resource, Range range) {
    Node node = annotation(resource, range.suffix());
    if (!node.isPresent() || Alb.templated(node.textOr(""))) {
      return Optional.empty();
    }
    OptionalLong value = integer(node);
    if (value.isEmpty()) {
      return Optional.of(Violation.of(node, range.suffix() + " \"" + node.textOr("") + "\" is not a whole number"
          + (range.unit().isEmpty() ? "" : " of seconds") + ", so the controller cannot build the target group"));
    }
    if (value.getAsLong() < range.min() || value.getAsLong() > range.max()) {
      return Optional.of(Violation.of(node, range.suffix() + " " + value.getAsLong() + " is outside " + range.min() + "-" + range.max()
          + range.unit() + ", the range Elastic Load Balancing accepts: the target group is rejected"));
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkSuccessCodes(Resource resource) {
    Node node = annotation(resource, SUCCESS_CODES);
    String text = node.textOr("").strip();
    if (!node.isPresent() || text.isEmpty() || Alb.templated(text)) {
      return Optional.empty();
    }
    Optional<String> version = annotation(resource, PROTOCOL_VERSION).text().map(String::strip);
    // a Service that the input does not show may make the target group gRPC: then either range may apply
    boolean grpc = version.map(v -> v.equals("GRPC")).orElse(false);
    boolean http = version.map(v -> !v.equals("GRPC")).orElse(false);
    for (String item : text.split(",", -1)) {
      var m = CODE_ITEM.matcher(item.strip());
      if (!m.matches()) {
        return Optional.of(Violation.of(node, "success-codes \"" + text + "\" is not a code, a list such as 200,202 or a range such as 200-299:"
            + " the target group is rejected"));
      }
      long low = parse(m.group(1));
      long high = m.group(3) == null ? low : parse(m.group(3));
      boolean inHttp = low >= 200 && high <= 499 && low <= high;
      boolean inGrpc = low >= 0 && high <= 99 && low <= high;
      boolean ok = grpc ? inGrpc : http ? inHttp : inHttp || inGrpc;
      if (!ok) {
        String allowed = grpc ? "0-99 for gRPC" : http ? "200-499" : "200-499 (0-99 for gRPC)";
        return Optional.of(Violation.of(node, "success-codes \"" + text + "\" has \"" + item.strip() + "\", outside " + allowed
            + " or not ascending: the target group is rejected"));
      }
    }
    return Optional.empty();
  }

  private static long parse(String digits) {
    return digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /** The effective interval and timeout of one target group. */
  private record Pair(Value interval, Value timeout) {

    boolean rejected() {
      return timeout.value() >= interval.value();
    }

    /** The object answerable for the pair: the one that set the timeout, else the one that set the interval. */
    Resource owner() {
      return timeout.from() != null ? timeout.from() : interval.from();
    }

    Node ownerNode() {
      return timeout.from() != null ? timeout.node() : interval.node();
    }
  }

  /**
   * A value set on the object, or absent when unset; empty when it is unreadable or out of range,
   * which checkRange reports on its own.
   */
  private static Optional<Optional<Value>> setting(Resource r, String suffix) {
    if (r == null) {
      return Optional.of(Optional.empty());
    }
    Node node = annotation(r, suffix);
    if (!node.isPresent()) {
      return Optional.of(Optional.empty());
    }
    OptionalLong v = integer(node);
    Range range = RANGES.stream().filter(x -> x.suffix().equals(suffix)).findFirst().orElseThrow();
    if (v.isEmpty() || v.getAsLong() < range.min() || v.getAsLong() > range.max()) {
      return Optional.empty();
    }
    return Optional.of(Optional.of(new Value(v.getAsLong(), r, node)));
  }

  /** The effective pair of one target group (Service over Ingress over default); empty when a value is unusable. */
  private static Optional<Pair> effective(Resource service, Resource ingress) {
    Optional<Optional<Value>> svcInterval = setting(service, INTERVAL);
    Optional<Optional<Value>> svcTimeout = setting(service, TIMEOUT);
    Optional<Optional<Value>> ingInterval = setting(ingress, INTERVAL);
    Optional<Optional<Value>> ingTimeout = setting(ingress, TIMEOUT);
    if (svcInterval.isEmpty() || svcTimeout.isEmpty() || ingInterval.isEmpty() || ingTimeout.isEmpty()) {
      return Optional.empty();
    }
    Value interval = svcInterval.get().or(ingInterval::get).orElse(new Value(DEFAULT_INTERVAL, null, null));
    Value timeout = svcTimeout.get().or(ingTimeout::get).orElse(new Value(DEFAULT_TIMEOUT, null, null));
    return Optional.of(new Pair(interval, timeout));
  }

  private static Optional<Violation> pairOnIngress(Resource ingress, Inventory inventory) {
    for (IngressBackends.Backend backend : IngressBackends.of(ingress)) {
      if (backend.isAlbAction()) {
        continue;
      }
      Resource service = IngressBackends.service(inventory, ingress, backend).orElse(null);
      Optional<Pair> pair = effective(service, ingress);
      if (pair.isPresent() && pair.get().rejected() && pair.get().owner() == ingress) {
        return Optional.of(Violation.of(pair.get().ownerNode(), pairMessage(pair.get(), "backend Service \"" + backend.name() + "\"")));
      }
    }
    return Optional.empty();
  }

  private static Optional<Violation> pairOnService(Resource service, Inventory inventory) {
    List<Resource> ingresses = new ArrayList<>();
    for (Resource ing : inventory.ofKind("Ingress", Inventory.namespaceOf(service))) {
      if (IngressBackends.isIngress(ing) && Alb.of(ing, inventory).isPresent()
          && IngressBackends.of(ing).stream().anyMatch(b -> !b.isAlbAction() && b.name().equals(service.name()))) {
        ingresses.add(ing);
      }
    }
    if (ingresses.isEmpty()) {
      // the Ingress is not in the input: only a pair set entirely on the Service is certain
      if (annotation(service, INTERVAL).isMissing() || annotation(service, TIMEOUT).isMissing()) {
        return Optional.empty();
      }
      ingresses.add(null);
    }
    for (Resource ing : ingresses) {
      Optional<Pair> pair = effective(service, ing);
      if (pair.isPresent() && pair.get().rejected() && pair.get().owner() == service) {
        String where = ing == null ? "its target groups" : "the target group of Ingress \"" + ing.name() + "\"";
        return Optional.of(Violation.of(pair.get().ownerNode(), pairMessage(pair.get(), where)));
      }
    }
    return Optional.empty();
  }

  private static String pairMessage(Pair pair, String target) {
    return "health-check timeout " + pair.timeout().value() + " s" + origin(pair.timeout()) + " is not shorter than the interval "
        + pair.interval().value() + " s" + origin(pair.interval()) + " for " + target + ": Elastic Load Balancing rejects the target group (\"Health check interval must be greater than the timeout\")";
  }

  private static String origin(Value v) {
    if (v.from() == null) {
      return " (controller default)";
    }
    return " (" + v.from().kind() + " \"" + v.from().name() + "\")";
  }
}
