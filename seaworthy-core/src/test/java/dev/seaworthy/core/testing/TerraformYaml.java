package dev.seaworthy.core.testing;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Terraform {@link Resource}s the way the HCL loader delivers them (the contract in
 * seaworthy-iac), from YAML that mirrors it, so views and rules can be tested before and without the
 * HCL parser. Each top-level key is a block address ({@code module.eks}, {@code aws_eks_cluster.this},
 * {@code data.aws_iam_policy_document.x}, {@code terraform}); its value is the block body. Nested
 * blocks are written as lists of maps, as the contract delivers them. A scalar written
 * {@code ${source text}} becomes an unresolved EXPRESSION whose text is the source inside.
 *
 * <p>Positions: a resource sits at its address line, as HCL puts it at its {@code resource} line; a
 * nested map sits at its key's line, a list item at its {@code -} line.
 */
public final class TerraformYaml {

  private TerraformYaml() {}

  public static List<Resource> resources(String file, String yaml) {
    List<YamlDocument> docs = new YamlReader(LoadLimits.DEFAULTS).read(file, yaml);
    if (docs.size() != 1 || !(docs.get(0) instanceof YamlDocument.Parsed parsed) || !parsed.root().isMap()) {
      throw new AssertionError("Terraform fixture " + file + " is not one YAML mapping: " + docs);
    }
    List<Resource> out = new ArrayList<>();
    for (Map.Entry<String, Node> e : parsed.root().entries().entrySet()) {
      String address = e.getKey();
      Node body = convert(e.getValue());
      out.add(new Resource(Origin.TERRAFORM, "", kindOf(address), "", address, body, body.position()));
    }
    return out;
  }

  public static LoadedInput load(String file, String yaml) {
    return new LoadedInput(resources(file, yaml), List.of(), List.of(), 1);
  }

  static String kindOf(String address) {
    if (address.equals("terraform")) {
      return "terraform";
    }
    List<String> parts = new ArrayList<>(List.of(address.replaceAll("\\[[^\\]]*\\]", "").split("\\.")));
    // a plan address module.eks.aws_eks_cluster.this names a resource inside a module call
    while (parts.size() > 2 && parts.get(0).equals("module")) {
      parts = parts.subList(2, parts.size());
    }
    if (parts.get(0).equals("module") || parts.get(0).equals("provider")) {
      return parts.get(0);
    }
    if (parts.get(0).equals("data") && parts.size() >= 2) {
      return "data." + parts.get(1);
    }
    return parts.get(0);
  }

  private static Node convert(Node n) {
    if (n instanceof MapNode m) {
      Map<String, Node> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, convert(v)));
      return new MapNode(m.position(), out);
    }
    if (n instanceof ListNode l) {
      List<Node> out = new ArrayList<>();
      l.items().forEach(i -> out.add(convert(i)));
      return new ListNode(l.position(), out);
    }
    if (n instanceof ScalarNode s && s.value().startsWith("${") && s.value().endsWith("}")) {
      return ScalarNode.expression(s.position(), s.value().substring(2, s.value().length() - 1));
    }
    return n;
  }
}
