package dev.seaworthy.iac.terraform;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.iac.eval.Evaluator;
import dev.seaworthy.iac.eval.Scope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The names one module defines: variables (a tfvars value over the default) and locals. A local is
 * evaluated once, on first use; a local that needs itself, directly or not, is unknown where the
 * cycle closes.
 */
final class ModuleScope implements Scope {

  /** Something that evaluates to a value in this module (an HCL expression, a JSON value). */
  interface Definition extends Function<Evaluator, Node> {}

  private final Map<String, Definition> defaults = new LinkedHashMap<>();
  private final Set<String> declared = new HashSet<>();
  private final Map<String, Node> assigned = new HashMap<>();
  private final Map<String, Definition> locals = new LinkedHashMap<>();
  private final Map<String, Node> memo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private Evaluator evaluator;

  void bind(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** Declares a variable; {@code defaultValue} is null for a required variable. */
  void variable(String name, Definition defaultValue) {
    declared.add(name);
    if (defaultValue != null) {
      defaults.put(name, defaultValue);
    }
  }

  boolean hasVariable(String name) {
    return declared.contains(name);
  }

  /** A value from a tfvars file; later files win, as in Terraform. */
  void assign(String name, Node value) {
    assigned.put(name, value);
  }

  boolean hasLocal(String name) {
    return locals.containsKey(name);
  }

  void local(String name, Definition value) {
    locals.put(name, value);
  }

  @Override
  public Optional<Node> lookup(String root, String name) {
    if (root.equals("var")) {
      if (!declared.contains(name)) {
        return Optional.empty(); // Terraform rejects an undeclared variable, whatever tfvars say
      }
      Node v = assigned.get(name);
      if (v != null) {
        return Optional.of(v);
      }
      return resolve("var." + name, defaults.get(name));
    }
    if (root.equals("local")) {
      return resolve("local." + name, locals.get(name));
    }
    return Optional.empty();
  }

  private Optional<Node> resolve(String key, Definition d) {
    if (d == null) {
      return Optional.empty();
    }
    Node known = memo.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    if (!inProgress.add(key)) {
      return Optional.empty(); // a cycle: unknown where it closes
    }
    try {
      Node v = d.apply(evaluator);
      memo.put(key, v);
      return Optional.of(v);
    } finally {
      inProgress.remove(key);
    }
  }
}
