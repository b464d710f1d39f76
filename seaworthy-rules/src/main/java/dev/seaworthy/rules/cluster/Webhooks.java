package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The webhooks of admissionregistration.k8s.io/v1 webhook configurations. */
final class Webhooks {

  private static final Set<String> KINDS = Set.of("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");

  /** One entry of {@code webhooks}, with its JSON pointer for fixes. */
  record Webhook(Resource config, Node node, String pointer) {

    String name() {
      return node.at("name").textOr("<unnamed>");
    }

    /** {@code webhook "x" of ValidatingWebhookConfiguration "y"}. */
    String describe() {
      return "webhook \"" + name() + "\" of " + config.kind() + " \"" + config.name() + "\"";
    }
  }

  private Webhooks() {}

  /** v1 only: v1beta1 has other defaults and is reported as removed by api-removed. */
  static boolean isV1Configuration(Resource r) {
    return KINDS.contains(r.kind()) && r.apiVersion().equals("admissionregistration.k8s.io/v1");
  }

  static List<Webhook> of(Resource r) {
    List<Webhook> out = new ArrayList<>();
    List<Node> items = r.node().at("webhooks").items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isMap()) {
        out.add(new Webhook(r, items.get(i), "/webhooks/" + i));
      }
    }
    return out;
  }
}
