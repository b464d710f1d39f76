package dev.seaworthy.iac.terraform;

import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.load.SourceLoader.SourceFile;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.iac.eval.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code terraform show -json plan.out}: every resource Terraform plans (root module and
 * child modules, recursively) with its resolved values, and one {@code module} resource per module
 * call of the configuration (source, version constraint, and the inputs that are constants).
 * {@code terraform show -json} of a state ({@code values} instead of {@code planned_values}) is read
 * the same way.
 */
final class PlanReader {

  private final LoadLimits limits;

  PlanReader(LoadLimits limits) {
    this.limits = limits;
  }

  LoadedInput read(SourceFile f) {
    List<Resource> resources = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    List<YamlDocument> docs = new YamlReader(limits).read(f.name(), f.text());
    if (docs.size() != 1 || !(docs.get(0) instanceof YamlDocument.Parsed parsed)) {
      docs.stream().filter(d -> d instanceof YamlDocument.Failed).map(d -> ((YamlDocument.Failed) d).error()).forEach(errors::add);
      if (errors.isEmpty()) {
        errors.add(new InputError(new Position(f.name(), 0, 0), "not one JSON document"));
      }
      return new LoadedInput(resources, errors, notices, 0);
    }
    Node root = parsed.root();
    Node values = root.at("planned_values");
    if (values.isMissing()) {
      values = root.at("values");
    }
    if (values.isMissing() && root.at("resource_changes").isMissing()) {
      notices.add(new Notice(new Position(f.name(), 0, 0),
          "Terraform JSON without planned_values, values or resource_changes; nothing to audit"));
    }
    planned(values.at("root_module"), resources, 0);
    if (values.isMissing()) {
      changes(root.at("resource_changes"), resources);
    }
    calls(root.at("configuration", "root_module", "module_calls"), "", resources, 0);
    return new LoadedInput(resources, errors, notices, 0);
  }

  private void planned(Node module, List<Resource> out, int depth) {
    if (depth > 100) {
      return;
    }
    for (Node r : module.at("resources").items()) {
      String address = r.at("address").textOr("");
      String type = r.at("type").textOr("");
      if (address.isEmpty() || type.isEmpty()) {
        continue;
      }
      String kind = r.at("mode").textOr("managed").equals("data") ? "data." + type : type;
      Node body = r.at("values").isMap() ? r.at("values") : new MapNode(r.position(), Map.of());
      out.add(new Resource(Origin.TERRAFORM, "", kind, "", address, body, r.position()));
    }
    for (Node child : module.at("child_modules").items()) {
      planned(child, out, depth + 1);
    }
  }

  /** A plan without planned_values: the "after" side of each change. */
  private void changes(Node changes, List<Resource> out) {
    for (Node c : changes.items()) {
      String address = c.at("address").textOr("");
      String type = c.at("type").textOr("");
      Node after = c.at("change", "after");
      if (address.isEmpty() || type.isEmpty() || !after.isMap()) {
        continue;
      }
      String kind = c.at("mode").textOr("managed").equals("data") ? "data." + type : type;
      out.add(new Resource(Origin.TERRAFORM, "", kind, "", address, after, c.position()));
    }
  }

  private void calls(Node calls, String prefix, List<Resource> out, int depth) {
    if (depth > 100) {
      return;
    }
    calls.entries().forEach((name, call) -> {
      String address = prefix + "module." + name;
      Map<String, Node> entries = new LinkedHashMap<>();
      put(entries, "source", call.at("source"));
      put(entries, "version", call.at("version_constraint"));
      call.at("expressions").entries().forEach((input, expr) -> entries.put(input, expression(expr)));
      out.add(new Resource(Origin.TERRAFORM, "", "module", "", address, new MapNode(call.position(), entries), call.position()));
      calls(call.at("module", "module_calls"), address + ".", out, depth + 1);
    });
  }

  private static void put(Map<String, Node> entries, String key, Node value) {
    if (!value.isMissing()) {
      entries.put(key, value);
    }
  }

  /**
   * A configuration expression: its constant value, or unknown named after what it references
   * (the plan keeps no source text).
   */
  private static Node expression(Node expr) {
    Node constant = expr.at("constant_value");
    if (!constant.isMissing()) {
      return constant;
    }
    List<Node> refs = expr.at("references").items();
    if (!refs.isEmpty()) {
      return Values.unknown(expr.position(), refs.get(0).textOr("<expression>"));
    }
    if (expr.isList()) {
      // a nested block: a list of objects of expressions
      return new dev.seaworthy.core.model.ListNode(expr.position(), expr.items().stream().map(i -> {
        Map<String, Node> m = new LinkedHashMap<>();
        i.entries().forEach((k, v) -> m.put(k, expression(v)));
        return (Node) new MapNode(i.position(), m);
      }).toList());
    }
    return Values.unknown(expr.position(), "<expression>");
  }
}
