package dev.seaworthy.iac.terraform;

import dev.seaworthy.core.load.InputError;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.Notice;
import dev.seaworthy.core.load.SourceLoader.SourceFile;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import dev.seaworthy.iac.eval.Budget;
import dev.seaworthy.iac.eval.Evaluator;
import dev.seaworthy.iac.eval.Values;
import dev.seaworthy.iac.hcl.Body;
import dev.seaworthy.iac.hcl.Expr;
import dev.seaworthy.iac.hcl.Hcl;
import dev.seaworthy.iac.hcl.HclFile;
import dev.seaworthy.iac.hcl.HclSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Terraform module: the {@code .tf} and {@code .tf.json} files of one folder, with the tfvars
 * that apply to it. Variables, locals and tfvars are gathered first, then every resource, data,
 * module, provider and terraform block becomes a {@link Resource} whose attributes are evaluated in
 * that scope. A module called with {@code source = "./modules/x"} is not evaluated as a call: its
 * folder is a module of its own when it is part of the input.
 */
final class ModuleLoader {

  private final LoadLimits limits;
  private final int maxDepth;
  private final List<Resource> resources = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final ModuleScope scope = new ModuleScope();
  private final Evaluator evaluator;
  private final Map<String, Position> addresses = new HashMap<>();
  private final Map<String, Position> localsAt = new HashMap<>();
  private final Map<String, Position> variablesAt = new HashMap<>();

  /** A top-level block waiting for the scope to be complete. */
  private record Pending(String kind, String name, Position at, java.util.function.Supplier<MapNode> body) {}

  private final List<Pending> pending = new ArrayList<>();

  ModuleLoader(LoadLimits limits, int maxDepth) {
    this.limits = limits;
    this.maxDepth = maxDepth;
    this.evaluator = new Evaluator(scope, Budget.standard());
    scope.bind(evaluator);
  }

  /** Loads one folder's files: configuration files first, then tfvars in Terraform's order. */
  LoadedInput load(List<SourceFile> files) {
    List<SourceFile> vars = new ArrayList<>();
    for (SourceFile f : files) {
      String n = TerraformLoader.baseName(f);
      if (TerraformLoader.isOverride(n)) {
        notices.add(new Notice(new Position(f.name(), 0, 0), "Terraform override file: not merged into the blocks it overrides; not audited"));
      } else if (n.endsWith(".tf")) {
        hclConfig(f);
      } else if (n.endsWith(".tf.json")) {
        jsonConfig(f);
      } else {
        vars.add(f);
      }
    }
    for (SourceFile f : tfvarsOrder(vars)) {
      tfvars(f);
    }
    for (Pending p : pending) {
      Node body = p.body().get();
      String never = neverCreated(p.kind(), body);
      if (never != null) {
        notices.add(new Notice(p.at(), p.name() + ": " + never + ", so Terraform creates nothing from it; not audited"));
        continue;
      }
      resources.add(new Resource(Origin.TERRAFORM, "", p.kind(), "", p.name(), body, p.at()));
    }
    if (evaluator.budget().exhausted()) {
      String where = files.isEmpty() ? "" : files.get(0).name();
      notices.add(new Notice(new Position(where, 0, 0), "Terraform module evaluation stopped at its work limit; the remaining values are left unknown"));
    }
    return new LoadedInput(resources, errors, notices, 0);
  }

  /**
   * Why a block is known to create nothing (a feature flag turned off), or null: {@code count}
   * resolved to 0, {@code for_each} resolved to an empty collection, or a module's {@code create}
   * input resolved to false (the terraform-aws-modules convention).
   */
  private static String neverCreated(String kind, Node body) {
    Node count = body.at("count");
    if (count.asLong().isPresent() && count.asLong().getAsLong() == 0) {
      return "count is 0";
    }
    Node forEach = body.at("for_each");
    if ((forEach.isMap() || forEach.isList()) && forEach.entries().isEmpty() && forEach.items().isEmpty()) {
      return "for_each is empty";
    }
    if (kind.equals("module") && body.at("create").asBoolean().filter(b -> !b).isPresent()) {
      return "create is false";
    }
    return null;
  }

  /**
   * terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name, as Terraform loads
   * them; then files the user named, in the order named (like -var-file). Other tfvars found in a
   * folder are not what Terraform would load, so they are reported and left out.
   */
  private List<SourceFile> tfvarsOrder(List<SourceFile> vars) {
    List<SourceFile> out = new ArrayList<>();
    for (String exact : List.of("terraform.tfvars", "terraform.tfvars.json")) {
      vars.stream().filter(f -> TerraformLoader.baseName(f).equals(exact)).findFirst().ifPresent(out::add);
    }
    vars.stream()
        .filter(f -> TerraformLoader.baseName(f).endsWith(".auto.tfvars") || TerraformLoader.baseName(f).endsWith(".auto.tfvars.json"))
        .sorted(java.util.Comparator.comparing(TerraformLoader::baseName))
        .forEach(out::add);
    for (SourceFile f : vars) {
      if (!out.contains(f)) {
        if (f.named()) {
          out.add(f);
        } else {
          notices.add(new Notice(new Position(f.name(), 0, 0),
              "variable file not loaded automatically by Terraform (it needs -var-file); name it on the command line to apply it"));
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ HCL

  private HclFile parse(SourceFile f) {
    if (f.text().length() > limits.maxDocumentChars()) {
      errors.add(new InputError(new Position(f.name(), 0, 0),
          "file is larger than " + limits.maxDocumentChars() + " characters; not read"));
      return null;
    }
    try {
      return Hcl.parse(f.name(), f.text(), maxDepth);
    } catch (HclSyntaxException e) {
      errors.add(new InputError(new Position(f.name(), e.line(), e.column()), "HCL syntax error: " + e.reason()));
      return null;
    }
  }

  private void hclConfig(SourceFile f) {
    HclFile file = parse(f);
    if (file == null) {
      return;
    }
    Suppressions suppressions = new Suppressions(file.comments());
    for (Body.Item item : file.body().items()) {
      Position at = new Position(file.name(), item.span().line(), item.span().column());
      if (item instanceof Body.Attribute a) {
        errors.add(new InputError(at, "attribute \"" + a.name() + "\" is not allowed at the top level of a Terraform file"));
        continue;
      }
      Body.Block b = (Body.Block) item;
      switch (b.type()) {
        case "variable" -> {
          if (labels(b, 1, at)) {
            Body.Attribute def = attribute(b.body(), "default");
            if (declareVariable(b.labels().get(0), at)) {
              scope.variable(b.labels().get(0), def == null ? null : ev -> ev.evaluate(file, def.value()));
            }
          }
        }
        case "locals" -> {
          for (Body.Attribute a : b.body().attributes()) {
            Position p = new Position(file.name(), a.span().line(), a.span().column());
            if (declareLocal(a.name(), p)) {
              scope.local(a.name(), ev -> ev.evaluate(file, a.value()));
            }
          }
        }
        case "resource" -> {
          if (labels(b, 2, at)) {
            String type = b.labels().get(0);
            block(type, type + "." + b.labels().get(1), at, file, b, suppressions);
          }
        }
        case "data" -> {
          if (labels(b, 2, at)) {
            String type = b.labels().get(0);
            block("data." + type, "data." + type + "." + b.labels().get(1), at, file, b, suppressions);
          }
        }
        case "module" -> {
          if (labels(b, 1, at)) {
            block("module", "module." + b.labels().get(0), at, file, b, suppressions);
          }
        }
        case "provider" -> {
          if (labels(b, 1, at)) {
            String name = "provider." + b.labels().get(0);
            Body.Attribute alias = attribute(b.body(), "alias");
            if (alias != null && alias.value() instanceof Expr.Template t && t.parts().size() == 1
                && t.parts().get(0) instanceof dev.seaworthy.iac.hcl.TemplatePart.Literal lit) {
              name = name + "." + lit.text();
            }
            block("provider", name, at, file, b, suppressions);
          }
        }
        case "terraform" -> {
          if (labels(b, 0, at)) {
            pending.add(new Pending("terraform", "terraform", at, () -> body(file, b, null, suppressions, true)));
          }
        }
        default -> {
          // output, moved, import, removed, check: nothing a rule judges
        }
      }
    }
  }

  private boolean declareVariable(String name, Position at) {
    Position first = variablesAt.putIfAbsent(name, at);
    if (first != null) {
      errors.add(new InputError(at, "variable \"" + name + "\" is already declared at " + first.file() + ":" + first.line()));
      return false;
    }
    return true;
  }

  private boolean declareLocal(String name, Position at) {
    Position first = localsAt.putIfAbsent(name, at);
    if (first != null) {
      errors.add(new InputError(at, "local value \"" + name + "\" is already defined at " + first.file() + ":" + first.line()));
      return false;
    }
    return true;
  }

  private boolean labels(Body.Block b, int expected, Position at) {
    if (b.labels().size() == expected) {
      return true;
    }
    errors.add(new InputError(at, "a " + b.type() + " block takes " + expected + " label" + (expected == 1 ? "" : "s")
        + ", not " + b.labels().size()));
    return false;
  }

  private static Body.Attribute attribute(Body body, String name) {
    for (Body.Attribute a : body.attributes()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  private void block(String kind, String name, Position at, HclFile file, Body.Block b, Suppressions suppressions) {
    if (!claimAddress(name, at)) {
      return;
    }
    pending.add(new Pending(kind, name, at, () -> body(file, b, null, suppressions, true)));
  }

  private boolean claimAddress(String name, Position at) {
    Position first = addresses.putIfAbsent(name, at);
    if (first != null) {
      errors.add(new InputError(at, "\"" + name + "\" is already declared at " + first.file() + ":" + first.line()));
      return false;
    }
    return true;
  }

  /**
   * A block body as a map: attributes evaluated, nested blocks as lists of maps (one per
   * occurrence, in order), a labelled nested block (dynamic "x", backend "s3") with its first label
   * under {@code @label}.
   */
  private MapNode body(HclFile file, Body.Block b, String label, Suppressions suppressions, boolean top) {
    Position at = new Position(file.name(), b.span().line(), b.span().column());
    Map<String, Object> entries = new LinkedHashMap<>();
    if (label != null) {
      entries.put("@label", Values.string(at, label));
    }
    if (top) {
      entries.putAll(suppressions.forBlockAt(file.name(), b.span().line()));
    }
    for (Body.Item item : b.body().items()) {
      if (item instanceof Body.Attribute a) {
        entries.putIfAbsent(a.name(), evaluator.evaluate(file, a.value()));
      } else {
        Body.Block nested = (Body.Block) item;
        Object existing = entries.get(nested.type());
        MapNode node = body(file, nested, nested.labels().isEmpty() ? null : nested.labels().get(0), suppressions, false);
        if (existing == null) {
          List<Node> list = new ArrayList<>();
          list.add(node);
          entries.put(nested.type(), list);
        } else if (existing instanceof List<?> l) {
          @SuppressWarnings("unchecked")
          List<Node> nodes = (List<Node>) l;
          nodes.add(node);
        }
      }
    }
    Map<String, Node> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> {
      if (v instanceof List<?> l) {
        @SuppressWarnings("unchecked")
        List<Node> nodes = (List<Node>) l;
        out.put(k, new ListNode(nodes.get(0).position(), nodes));
      } else {
        out.put(k, (Node) v);
      }
    });
    return new MapNode(at, out);
  }

  private void tfvars(SourceFile f) {
    if (TerraformLoader.baseName(f).endsWith(".json")) {
      Node root = readJson(f);
      if (root == null) {
        return;
      }
      if (!root.isMap()) {
        errors.add(new InputError(root.position(), "a variables file holds a JSON object"));
        return;
      }
      root.entries().forEach((k, v) -> assign(k, v, v.position()));
      return;
    }
    HclFile file = parse(f);
    if (file == null) {
      return;
    }
    Evaluator literal = new Evaluator(dev.seaworthy.iac.eval.Scope.EMPTY, evaluator.budget());
    for (Body.Item item : file.body().items()) {
      Position at = new Position(file.name(), item.span().line(), item.span().column());
      if (item instanceof Body.Attribute a) {
        assign(a.name(), literal.evaluate(file, a.value()), at);
      } else {
        errors.add(new InputError(at, "a variables file holds attributes only, not blocks"));
      }
    }
  }

  private void assign(String name, Node value, Position at) {
    if (!scope.hasVariable(name)) {
      notices.add(new Notice(at, "value for undeclared variable \"" + name + "\" (Terraform warns and ignores it)"));
      return;
    }
    scope.assign(name, value);
  }

  // ------------------------------------------------------------------ JSON syntax

  private Node readJson(SourceFile f) {
    List<YamlDocument> docs = new YamlReader(limits).read(f.name(), f.text());
    for (YamlDocument d : docs) {
      if (d instanceof YamlDocument.Failed failed) {
        errors.add(failed.error());
        return null;
      }
    }
    if (docs.size() != 1) {
      errors.add(new InputError(new Position(f.name(), 0, 0), docs.isEmpty() ? "empty JSON file" : "more than one JSON document"));
      return null;
    }
    return ((YamlDocument.Parsed) docs.get(0)).root();
  }

  /** Terraform's JSON syntax: the same blocks as objects; string values are templates. */
  private void jsonConfig(SourceFile f) {
    Node root = readJson(f);
    if (root == null) {
      return;
    }
    if (!root.isMap()) {
      errors.add(new InputError(root.position(), "a .tf.json file holds a JSON object"));
      return;
    }
    for (Map.Entry<String, Node> top : root.entries().entrySet()) {
      Node v = top.getValue();
      switch (top.getKey()) {
        case "variable" -> v.entries().forEach((name, decl) -> {
          if (declareVariable(name, decl.position())) {
            Node def = decl.at("default");
            scope.variable(name, def.isMissing() ? null : ev -> def);
          }
        });
        case "locals" -> eachObject(v).forEach(obj -> obj.entries().forEach((name, value) -> {
          if (!name.equals("//") && declareLocal(name, value.position())) {
            scope.local(name, ev -> json(f, value, ev));
          }
        }));
        case "resource", "data" -> {
          boolean data = top.getKey().equals("data");
          v.entries().forEach((type, named) -> named.entries().forEach((name, body) -> {
            if (type.equals("//") || name.equals("//")) {
              return;
            }
            String kind = data ? "data." + type : type;
            jsonBlock(f, kind, kind + "." + name, body);
          }));
        }
        case "module" -> v.entries().forEach((name, body) -> {
          if (!name.equals("//")) {
            jsonBlock(f, "module", "module." + name, body);
          }
        });
        case "provider" -> v.entries().forEach((name, body) -> {
          if (name.equals("//")) {
            return;
          }
          for (Node one : eachObject(body)) {
            String alias = one.at("alias").text().orElse(null);
            jsonBlock(f, "provider", "provider." + name + (alias == null ? "" : "." + alias), one);
          }
        });
        case "terraform" -> {
          for (Node one : eachObject(v)) {
            pending.add(new Pending("terraform", "terraform", one.position(), () -> (MapNode) json(f, one, evaluator)));
          }
        }
        default -> {
          // output, moved, import, check, "//" comments
        }
      }
    }
  }

  private static List<Node> eachObject(Node n) {
    if (n.isList()) {
      return n.items().stream().filter(Node::isMap).toList();
    }
    return n.isMap() ? List.of(n) : List.of();
  }

  private void jsonBlock(SourceFile f, String kind, String name, Node body) {
    List<Node> bodies = eachObject(body);
    if (bodies.isEmpty()) {
      errors.add(new InputError(body.position(), "\"" + name + "\" is not a JSON object"));
      return;
    }
    Node first = bodies.get(0);
    if (claimAddress(name, first.position())) {
      pending.add(new Pending(kind, name, first.position(), () -> (MapNode) json(f, first, evaluator)));
    }
  }

  /** A JSON value with its strings evaluated as templates and {@code "//"} comment keys dropped. */
  private Node json(SourceFile f, Node n, Evaluator ev) {
    if (n instanceof MapNode m) {
      Map<String, Node> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> {
        if (!k.equals("//")) {
          out.put(k, json(f, v, ev));
        }
      });
      return new MapNode(m.position(), out);
    }
    if (n instanceof ListNode l) {
      return new ListNode(l.position(), l.items().stream().map(i -> json(f, i, ev)).toList());
    }
    if (n instanceof ScalarNode s && s.type() == ScalarType.STRING && (s.value().contains("${") || s.value().contains("%{"))) {
      try {
        Expr.Template t = Hcl.parseTemplate(f.name(), s.value(), maxDepth);
        HclFile text = new HclFile(f.name(), s.value(), new Body(List.of(), t.span()), List.of());
        return ev.evaluateTemplate(text, t, s.position());
      } catch (HclSyntaxException e) {
        errors.add(new InputError(s.position(), "HCL syntax error in a JSON string: " + e.reason()));
        return Values.unknown(s.position(), s.value());
      }
    }
    return n;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
