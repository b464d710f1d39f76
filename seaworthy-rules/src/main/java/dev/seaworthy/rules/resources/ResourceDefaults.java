package dev.seaworthy.rules.resources;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.view.ContainerView;
import java.util.List;

/**
 * Whether a container will end up with a request or limit for a resource once Kubernetes has filled
 * in what the manifest leaves out. A value counts as set as soon as its key is written, even as
 * {@code 0} or null (the API server stores both as zero), so "missing" means the key is absent
 * everywhere Kubernetes would look.
 */
final class ResourceDefaults {

  /** The two sides of a container's {@code resources}. */
  enum Side {
    REQUEST("requests", "request"),
    LIMIT("limits", "limit");

    private final String field;
    private final String noun;

    Side(String field, String noun) {
      this.field = field;
      this.noun = noun;
    }

    String field() {
      return field;
    }

    String noun() {
      return noun;
    }
  }

  private ResourceDefaults() {}

  /** Written on the container itself under {@code resources.requests} or {@code resources.limits}. */
  static boolean written(ContainerView container, Side side, String resource) {
    return hasKey(container.resources().at(side.field()), resource);
  }

  /**
   * Whether the container gets a value for the resource: its own, one Kubernetes derives from its
   * own limit (a missing request defaults to the limit), a pod-level value (pod-level resources let
   * containers share a pod budget instead of declaring their own), or a default from a
   * {@code type: Container} LimitRange of the pod's namespace.
   */
  static boolean willBeSet(ContainerView container, Side side, String resource, RuleContext context) {
    if (written(container, side, resource)) {
      return true;
    }
    if (side == Side.REQUEST && written(container, Side.LIMIT, resource)) {
      return true;
    }
    if (podLevel(container, side, resource)) {
      return true;
    }
    return limitRangeSupplies(container, side, resource, context);
  }

  private static boolean podLevel(ContainerView container, Side side, String resource) {
    Node pod = container.pod().spec().at("resources");
    if (hasKey(pod.at("limits"), resource)) {
      return true; // a pod-level limit also defaults the pod-level request
    }
    return side == Side.REQUEST && hasKey(pod.at("requests"), resource);
  }

  /**
   * The API server defaults a stored LimitRange item of type Container: a missing {@code default}
   * takes {@code max}, then a missing {@code defaultRequest} takes {@code default}, then
   * {@code min}. The LimitRanger admission plugin then applies {@code default} to missing limits and
   * {@code defaultRequest} to missing requests.
   */
  private static boolean limitRangeSupplies(ContainerView container, Side side, String resource, RuleContext context) {
    Resource owner = container.pod().resource();
    List<Resource> ranges = context.inventory().ofKind("LimitRange", Inventory.namespaceOf(owner));
    for (Resource range : ranges) {
      if (!range.group().isEmpty()) {
        continue;
      }
      for (Node item : range.node().at("spec", "limits").items()) {
        if (!item.at("type").textOr("").equals("Container")) {
          continue;
        }
        boolean limit = hasKey(item.at("default"), resource) || hasKey(item.at("max"), resource);
        if (side == Side.LIMIT ? limit : limit || hasKey(item.at("defaultRequest"), resource) || hasKey(item.at("min"), resource)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasKey(Node map, String key) {
    return map.entries().containsKey(key);
  }

  /** The node to report a missing value on: the {@code resources} mapping when written, else the container. */
  static Node anchor(ContainerView container) {
    Node resources = container.resources();
    return resources.isMap() && resources.position().isKnown() ? resources : container.node();
  }
}
