package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IAM policy document read from wherever the input writes it: a {@code jsonencode(...)}
 * structure, a JSON string or heredoc, an eksctl {@code attachPolicy} map, or a
 * {@code data "aws_iam_policy_document"} block (followed from an unresolved {@code .json}
 * reference). Statements keep their nodes so findings point at the offending line.
 *
 * @param statements the statements, in order
 * @param node where the document is written
 * @param complete false when part of it cannot be read (merged source documents, dynamic blocks,
 *     unresolved elements): absence of a statement then proves nothing
 */
public record PolicyDocument(List<Statement> statements, Node node, boolean complete) {

  /** One condition: {@code StringEquals} on {@code <issuer>:sub} with its values. */
  public record Condition(String test, String variable, Setting<List<String>> values, Node node) {}

  /** One statement; lists are unknown when an element is an unresolved expression. */
  public record Statement(
      String effect,
      Setting<List<String>> actions,
      Setting<List<String>> notActions,
      Setting<List<String>> resources,
      Setting<List<String>> notResources,
      Map<String, Setting<List<String>>> principals,
      List<Condition> conditions,
      Node node) {

    public boolean allows() {
      return effect.equalsIgnoreCase("Allow");
    }
  }

  /** Reads a policy from an attribute value (structure, string, or reference to a policy document). */
  public static Setting<PolicyDocument> read(Node policy, Resource from, Inventory inventory) {
    if (!policy.isPresent()) {
      return Setting.byDefault(null, policy, "no policy");
    }
    if (Values.isExpression(policy)) {
      for (String address : TerraformRefs.addresses(policy)) {
        if (address.startsWith("data.aws_iam_policy_document.")) {
          Optional<Resource> doc = TerraformRefs.find(inventory, from, address);
          if (doc.isPresent()) {
            return Setting.explicit(ofDataSource(doc.get().node()), doc.get().node());
          }
        }
      }
      return Setting.unknown(policy, policy.textOr(""));
    }
    if (policy.isMap()) {
      return Setting.explicit(ofJson(policy), policy);
    }
    if (policy.isScalar()) {
      Setting<Node> parsed = EksAddonView.parseText(policy);
      if (parsed.known().filter(Node::isMap).isPresent()) {
        return Setting.explicit(ofJson(parsed.value()), policy);
      }
      return Setting.unknown(policy, "not a readable policy document");
    }
    return Setting.unknown(policy, "not a policy document");
  }

  /** The JSON form ({@code Statement}, {@code Action}, {@code Resource}, {@code Condition}...). */
  public static PolicyDocument ofJson(Node doc) {
    Node st = doc.at("Statement");
    List<Node> items = st.isList() ? st.items() : st.isMap() ? List.of(st) : List.of();
    boolean complete = !Values.isExpression(st) && (st.isList() || st.isMap());
    List<Statement> out = new ArrayList<>();
    for (Node s : items) {
      if (!s.isMap()) {
        complete = false;
        continue;
      }
      Map<String, Setting<List<String>>> principals = new LinkedHashMap<>();
      Node p = s.at("Principal");
      if (p.isMap()) {
        p.entries().forEach((k, v) -> principals.put(k, Values.strings(v, Setting.explicit(List.of(), v))));
      } else if (p.isPresent()) {
        principals.put("*", Values.strings(p, Setting.explicit(List.of(), p)));
      }
      List<Condition> conditions = new ArrayList<>();
      s.at("Condition").entries().forEach((test, vars) ->
          vars.entries().forEach((variable, values) ->
              conditions.add(new Condition(test, variable, Values.strings(values, Setting.explicit(List.of(), values)), values))));
      // a condition block or test the input does not resolve may hold anything
      if (Values.isExpression(s.at("Condition")) || s.at("Condition").entries().values().stream().anyMatch(v -> !v.isMap())) {
        complete = false;
      }
      out.add(new Statement(
          s.at("Effect").textOr(""), // required in IAM JSON: a statement without it allows nothing
          Values.strings(s.at("Action"), Setting.byDefault(List.of(), s, "no Action")),
          Values.strings(s.at("NotAction"), Setting.byDefault(List.of(), s, "no NotAction")),
          Values.strings(s.at("Resource"), Setting.byDefault(List.of(), s, "no Resource")),
          Values.strings(s.at("NotResource"), Setting.byDefault(List.of(), s, "no NotResource")),
          java.util.Collections.unmodifiableMap(principals),
          List.copyOf(conditions),
          s));
    }
    return new PolicyDocument(List.copyOf(out), doc, complete);
  }

  /** The {@code data "aws_iam_policy_document"} form ({@code statement} blocks). */
  public static PolicyDocument ofDataSource(Node body) {
    boolean complete = !body.at("source_policy_documents").isPresent() && !body.at("override_policy_documents").isPresent()
        && !body.at("source_json").isPresent() && !body.at("override_json").isPresent() && !Values.hasDynamic(body, "statement");
    List<Statement> out = new ArrayList<>();
    for (Node s : Values.blocks(body, "statement")) {
      Map<String, Setting<List<String>>> principals = new LinkedHashMap<>();
      for (Node p : Values.blocks(s, "principals")) {
        principals.put(p.at("type").textOr("?"), Values.strings(p.at("identifiers"), Setting.explicit(List.of(), p)));
      }
      List<Condition> conditions = new ArrayList<>();
      for (Node c : Values.blocks(s, "condition")) {
        conditions.add(new Condition(c.at("test").textOr(""), c.at("variable").textOr(""),
            Values.strings(c.at("values"), Setting.explicit(List.of(), c)), c));
      }
      if (Values.hasDynamic(s, "condition") || Values.hasDynamic(s, "principals")) {
        complete = false;
      }
      out.add(new Statement(
          s.at("effect").textOr("Allow"),
          Values.strings(s.at("actions"), Setting.byDefault(List.of(), s, "no actions")),
          Values.strings(s.at("not_actions"), Setting.byDefault(List.of(), s, "no not_actions")),
          Values.strings(s.at("resources"), Setting.byDefault(List.of(), s, "no resources")),
          Values.strings(s.at("not_resources"), Setting.byDefault(List.of(), s, "no not_resources")),
          java.util.Collections.unmodifiableMap(principals),
          List.copyOf(conditions),
          s));
    }
    return new PolicyDocument(List.copyOf(out), body, complete);
  }
}
