package dev.seaworthy.rules.resources;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.rules.resources.LimitRangeItems.Amount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    id = "limit-range-inconsistent",
    title = "LimitRange values contradict each other",
    severity = Severity.HIGH,
    category = Category.RESOURCES,
    checklist = {ChecklistItem.RESOURCE_QUOTAS},
    description = """
        The API server validates every LimitRange item and rejects the whole object when, for one \
        resource, min is greater than max, defaultRequest is below min or above max or above \
        default, default is below min or above max, maxLimitRequestRatio is below 1 or above \
        max/min, default and defaultRequest differ for a resource that cannot be overcommitted \
        (extended resources such as nvidia.com/gpu, hugepages), or a type Pod item sets default \
        or defaultRequest. The namespace is then left without the defaults and bounds the team \
        expected, and the apply fails in CI or, worse, only in the cluster.""",
    remediation = "Order the values as min <= defaultRequest <= default <= max for every resource, and keep defaults out of type Pod items.",
    references = {
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/limit-range-v1/"
    },
    example = """
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: limits
          namespace: shop
        spec:
          limits:
            - type: Container
              defaultRequest: {cpu: 500m}
              default: {cpu: 250m}
        """,
    fixedExample = """
        apiVersion: v1
        kind: LimitRange
        metadata:
          name: limits
          namespace: shop
        spec:
          limits:
            - type: Container
              defaultRequest: {cpu: 250m}
              default: {cpu: 500m}
        """)
public final class LimitRangeInconsistent implements ResourceRule {

  private static final String REJECTED = ": the API server rejects this LimitRange";

  @Override
  public boolean appliesTo(Resource resource) {
    return LimitRangeItems.isLimitRange(resource);
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    List<Node> items = LimitRangeItems.items(resource);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String where = LimitRangeItems.describeItem(resource, i, item);
      if (item.at("type").textOr("").equals("Pod")) {
        for (String field : List.of("default", "defaultRequest")) {
          Node value = item.at(field);
          if (!value.entries().isEmpty()) {
            out.add(Violation.of(value, where + " sets " + field + ", which may not be specified when type is Pod" + REJECTED));
          }
        }
      }
      checkItem(item, where, out);
    }
    return out;
  }

  private static void checkItem(Node item, String where, List<Violation> out) {
    Map<String, Amount> min = LimitRangeItems.amounts(item.at("min"));
    Map<String, Amount> max = LimitRangeItems.amounts(item.at("max"));
    boolean podType = item.at("type").textOr("").equals("Pod");
    Map<String, Amount> def = podType ? Map.of() : LimitRangeItems.amounts(item.at("default"));
    Map<String, Amount> defReq = podType ? Map.of() : LimitRangeItems.amounts(item.at("defaultRequest"));
    Map<String, Amount> ratio = LimitRangeItems.amounts(item.at("maxLimitRequestRatio"));
    Set<String> keys = new LinkedHashSet<>();
    for (Map<String, Amount> m : List.of(max, min, def, defReq, ratio)) {
      keys.addAll(m.keySet());
    }
    for (String k : keys) {
      Amount lo = min.get(k);
      Amount hi = max.get(k);
      Amount d = def.get(k);
      Amount dr = defReq.get(k);
      Amount r = ratio.get(k);
      if (lo != null && hi != null && gt(lo, hi)) {
        out.add(Violation.of(lo.node(), where + ": min " + k + " " + lo.shown() + " is greater than max " + k + " " + hi.shown() + REJECTED));
      }
      if (dr != null && lo != null && gt(lo, dr)) {
        out.add(Violation.of(dr.node(), where + ": defaultRequest " + k + " " + dr.shown() + " is below min " + k + " " + lo.shown() + REJECTED));
      }
      if (dr != null && hi != null && gt(dr, hi)) {
        out.add(Violation.of(dr.node(), where + ": defaultRequest " + k + " " + dr.shown() + " is greater than max " + k + " " + hi.shown() + REJECTED));
      }
      if (dr != null && d != null && gt(dr, d)) {
        out.add(Violation.of(dr.node(), where + ": defaultRequest " + k + " " + dr.shown() + " is greater than default " + k + " " + d.shown() + REJECTED));
      }
      if (d != null && lo != null && gt(lo, d)) {
        out.add(Violation.of(d.node(), where + ": default " + k + " " + d.shown() + " is below min " + k + " " + lo.shown() + REJECTED));
      }
      if (d != null && hi != null && gt(d, hi)) {
        out.add(Violation.of(d.node(), where + ": default " + k + " " + d.shown() + " is greater than max " + k + " " + hi.shown() + REJECTED));
      }
      if (r != null && r.value().compareTo(BigDecimal.ONE) < 0) {
        out.add(Violation.of(r.node(), where + ": maxLimitRequestRatio " + k + " " + r.shown() + " is less than 1" + REJECTED));
      } else if (r != null && lo != null && hi != null && lo.value().signum() > 0
          && r.value().compareTo(hi.value().divide(lo.value(), MathContext.DECIMAL64)) > 0) {
        out.add(Violation.of(r.node(), where + ": maxLimitRequestRatio " + k + " " + r.shown() + " is greater than max/min ("
            + hi.shown() + " / " + lo.shown() + ")" + REJECTED));
      }
      if (d != null && dr != null && !overcommitAllowed(k) && d.value().compareTo(dr.value()) != 0) {
        out.add(Violation.of(dr.node(), where + ": default " + k + " " + d.shown() + " and defaultRequest " + dr.shown()
            + " differ, but " + k + " cannot be overcommitted, so they must be equal" + REJECTED));
      }
    }
  }

  private static boolean gt(Amount a, Amount b) {
    return a.value().compareTo(b.value()) > 0;
  }

  /**
   * Native resources (no domain, or a kubernetes.io domain) can be overcommitted, except hugepages;
   * extended resources such as nvidia.com/gpu cannot.
   */
  static boolean overcommitAllowed(String resource) {
    if (resource.startsWith("hugepages-")) {
      return false;
    }
    int slash = resource.indexOf('/');
    if (slash < 0) {
      return true;
    }
    String domain = resource.substring(0, slash);
    return domain.equals("kubernetes.io") || domain.endsWith(".kubernetes.io");
  }
}
