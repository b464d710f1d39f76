package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.model.Node;
import java.util.ArrayList;
import java.util.List;

/** eksctl's defaults and the EKS API's, from the bundled {@code eksctl-defaults.yaml}. */
final class PlatformDefaults {

  static final String EKSCTL = "eksctl default";
  static final String EKS_API = "EKS API default";

  private static final Node ROOT = DataFiles.read(PlatformDefaults.class, "/dev/seaworthy/core/data/eksctl-defaults.yaml");

  private PlatformDefaults() {}

  static Node eksctlCluster(String key) {
    return ROOT.at("eksctl", "cluster", key);
  }

  static Node eksctlNodeGroup(String key) {
    return ROOT.at("eksctl", "nodeGroup", key);
  }

  static Node eksApiCluster(String key) {
    return ROOT.at("eksApi", "cluster", key);
  }

  static Node eksApiNodeGroup(String key) {
    return ROOT.at("eksApi", "nodeGroup", key);
  }

  static boolean bool(Node data) {
    return data.asBoolean().orElseThrow(() -> new IllegalStateException("bundled default is not a boolean: " + data));
  }

  static long number(Node data) {
    return data.asLong().orElseThrow(() -> new IllegalStateException("bundled default is not a number: " + data));
  }

  static String text(Node data) {
    return data.text().orElseThrow(() -> new IllegalStateException("bundled default is not text: " + data));
  }

  static List<String> strings(Node data) {
    List<String> out = new ArrayList<>();
    data.items().forEach(i -> i.text().ifPresent(out::add));
    return List.copyOf(out);
  }
}
