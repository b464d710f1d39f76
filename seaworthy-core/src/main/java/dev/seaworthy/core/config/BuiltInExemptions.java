package dev.seaworthy.core.config;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.engine.Suppression;
import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Exemptions for EKS system components (aws-node, kube-proxy, CSI node plugins, ...) that need
 * host access by design, read from the bundled {@code builtin-exemptions.yaml}. Each exempts only
 * the rules that component's job requires, only in kube-system, and the config can turn them off.
 */
public final class BuiltInExemptions {

  private static final List<Exemption> ALL = load();

  private BuiltInExemptions() {}

  public static List<Exemption> all() {
    return ALL;
  }

  private static List<Exemption> load() {
    Node root = DataFiles.read(BuiltInExemptions.class, "/dev/seaworthy/core/config/builtin-exemptions.yaml");
    List<Exemption> out = new ArrayList<>();
    for (Node e : root.at("exemptions").items()) {
      out.add(
          new Exemption(
              e.at("rules").items().stream().map(n -> n.textOr("")).toList(),
              e.at("namespace").text().orElse(null),
              e.at("kind").text().orElse(null),
              e.at("name").text().orElse(null),
              e.at("container").text().orElse(null),
              e.at("reason").textOr(""),
              Suppression.Source.BUILT_IN,
              e.position()));
    }
    return List.copyOf(out);
  }
}
