package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;

/** EKS add-ons declared in the input: today the {@code addons:} of eksctl ClusterConfigs. */
final class Addons {

  private Addons() {}

  /** ClusterConfigs that declare the add-on. */
  static List<Resource> declaring(Inventory input, String addon) {
    List<Resource> out = new ArrayList<>();
    for (Resource config : Inputs.clusterConfigs(input)) {
      for (Node a : config.node().at("addons").items()) {
        if (a.at("name").textOr("").equals(addon)) {
          out.add(config);
          break;
        }
      }
    }
    return out;
  }
}
