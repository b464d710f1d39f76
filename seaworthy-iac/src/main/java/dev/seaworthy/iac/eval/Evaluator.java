package dev.seaworthy.iac.eval;

import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.iac.hcl.Expr;
import dev.seaworthy.iac.hcl.HclFile;
import dev.seaworthy.iac.hcl.Span;
import dev.seaworthy.iac.hcl.TemplatePart;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates HCL expressions to {@link Node}s without side effects: literals, operators on known
 * values, {@code var.*} and {@code local.*} through a {@link Scope}, and the pure functions of
 * {@link Functions}. Whatever cannot be known from the input (resource attributes, module outputs,
 * for-expressions, splats, impure or unimplemented functions, a condition on an unknown) becomes an
 * EXPRESSION scalar holding the expression's exact source text, at the expression's position.
 *
 * <p>Nothing here reads a file or the network, whatever the expression says.
 */
public final class Evaluator {

  /** Values nested deeper than this are hostile (no real configuration comes close). */
  static final int MAX_VALUE_DEPTH = 200;
  private static final int MAX_EVAL_DEPTH = 1_500;
  private static final int MAX_STRING = 4 << 20;

  private final Scope scope;
  private final Budget budget;
  private final Map<Node, Integer> depths = new IdentityHashMap<>();
  private int evalDepth;

  public Evaluator(Scope scope, Budget budget) {
    this.scope = scope;
    this.budget = budget;
  }

  public Budget budget() {
    return budget;
  }

  /** The value of an attribute's expression; never throws. */
  public Node evaluate(HclFile file, Expr expr) {
    Ctx ctx = new Ctx(file, Map.of());
    try {
      return eval(ctx, expr);
    } catch (EvalError | UnknownValue | Budget.Exhausted | TooDeep e) {
      return unknown(ctx, expr);
    }
  }

  /** A template read on its own (a string of Terraform's JSON syntax), placed at {@code at}. */
  public Node evaluateTemplate(HclFile file, Expr.Template template, Position at) {
    Node n = evaluate(file, template);
    try {
      return Values.at(n, at, budget);
    } catch (Budget.Exhausted e) {
      return Values.unknown(at, file.source(template.span()));
    }
  }

  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super("too deep", null, false, false);
    }
  }

  /** The file an expression is in, and the iteration variables of enclosing template for directives. */
  record Ctx(HclFile file, Map<String, Node> vars) {
    Ctx with(Map<String, Node> more) {
      Map<String, Node> all = new HashMap<>(vars);
      all.putAll(more);
      return new Ctx(file, all);
    }
  }

  Position pos(Ctx ctx, Span span) {
    return new Position(ctx.file().name(), span.line(), span.column());
  }

  private static String keySource(Ctx ctx, Expr key) {
    String source = ctx.file().source(key.span()).strip();
    if (source.startsWith("(") && source.endsWith(")")) {
      source = source.substring(1, source.length() - 1).strip();
    }
    return source.length() >= 2 && source.startsWith("\"") && source.endsWith("\"") ? source.substring(1, source.length() - 1) : source;
  }

  Node unknown(Ctx ctx, Expr e) {
    return Values.unknown(pos(ctx, e.span()), ctx.file().source(e.span()));
  }

  Node eval(Ctx ctx, Expr e) {
    budget.spend(1);
    if (++evalDepth > MAX_EVAL_DEPTH) {
      evalDepth--;
      throw new TooDeep();
    }
    try {
      return evalInner(ctx, e);
    } finally {
      evalDepth--;
    }
  }

  private Node evalInner(Ctx ctx, Expr e) {
    Position at = pos(ctx, e.span());
    if (e instanceof Expr.Literal l) {
      if (l.value() == null) {
        return Values.nul(at);
      }
      if (l.value() instanceof Boolean b) {
        return Values.bool(at, b);
      }
      return Values.number(at, (BigDecimal) l.value());
    }
    if (e instanceof Expr.Template t) {
      return template(ctx, t, at);
    }
    if (e instanceof Expr.Tuple t) {
      List<Node> items = new ArrayList<>();
      for (Expr item : t.items()) {
        items.add(eval(ctx, item));
      }
      return container(new ListNode(at, items));
    }
    if (e instanceof Expr.ObjectCons o) {
      Map<String, Node> entries = new LinkedHashMap<>();
      for (Expr.ObjectItem item : o.items()) {
        String key;
        if (item.key() instanceof Expr.Variable v) {
          key = v.name();
        } else {
          Node k = eval(ctx, item.key());
          // an unresolved key ("${local.issuer}:sub") keeps its source text, so the object stays
          // readable: an IAM condition on <issuer>:sub is still seen to be there
          key = Values.isUnknown(k) ? keySource(ctx, item.key()) : Values.text(k);
        }
        entries.put(key, eval(ctx, item.value()));
      }
      return container(new MapNode(at, entries));
    }
    if (e instanceof Expr.Variable v) {
      Node bound = ctx.vars().get(v.name());
      return bound != null ? bound : unknown(ctx, e);
    }
    if (e instanceof Expr.GetAttr g) {
      if (g.object() instanceof Expr.Variable root && !ctx.vars().containsKey(root.name())
          && (root.name().equals("var") || root.name().equals("local"))) {
        Optional<Node> found = scope.lookup(root.name(), g.name());
        return found.isPresent() ? Values.at(found.get(), at, budget) : unknown(ctx, e);
      }
      Node object = eval(ctx, g.object());
      if (Values.isUnknown(object)) {
        return unknown(ctx, e);
      }
      Map<String, Node> entries = Values.map(object);
      Node found = entries.get(g.name());
      if (found == null) {
        throw new EvalError("no attribute " + g.name());
      }
      return found;
    }
    if (e instanceof Expr.Index ix) {
      Node object = eval(ctx, ix.object());
      Node key = eval(ctx, ix.key());
      if (Values.isUnknown(object) || Values.isUnknown(key)) {
        return unknown(ctx, e);
      }
      if (object instanceof ListNode l) {
        BigDecimal n = Values.num(key);
        int i;
        try {
          i = n.intValueExact();
        } catch (ArithmeticException ex) {
          throw new EvalError("index " + n + " is not an integer");
        }
        if (i < 0 || i >= l.items().size()) {
          throw new EvalError("index " + i + " out of range");
        }
        return l.items().get(i);
      }
      Node found = Values.map(object).get(Values.text(key));
      if (found == null) {
        throw new EvalError("no key " + Values.text(key));
      }
      return found;
    }
    if (e instanceof Expr.Call c) {
      return call(ctx, c, at);
    }
    if (e instanceof Expr.Conditional c) {
      Node cond = eval(ctx, c.condition());
      if (Values.containsUnknown(cond)) {
        return unknown(ctx, e);
      }
      return Values.truth(cond) ? eval(ctx, c.whenTrue()) : eval(ctx, c.whenFalse());
    }
    if (e instanceof Expr.Unary u) {
      Node operand = eval(ctx, u.operand());
      if (Values.isUnknown(operand)) {
        return unknown(ctx, e);
      }
      return u.op().equals("!") ? Values.bool(at, !Values.truth(operand)) : Values.number(at, Values.num(operand).negate());
    }
    if (e instanceof Expr.Binary b) {
      return binary(ctx, b, at);
    }
    if (e instanceof Expr.Parens p) {
      return eval(ctx, p.inner());
    }
    // for-expressions and splats stay symbolic: rules see their source text
    return unknown(ctx, e);
  }

  private Node binary(Ctx ctx, Expr.Binary b, Position at) {
    Node l = eval(ctx, b.left());
    Node r = eval(ctx, b.right());
    try {
      switch (b.op()) {
        case "==":
          return Values.bool(at, Values.same(l, r));
        case "!=":
          return Values.bool(at, !Values.same(l, r));
        case "&&":
          return Values.bool(at, Values.truth(l) & Values.truth(r));
        case "||":
          return Values.bool(at, Values.truth(l) | Values.truth(r));
        default:
          break;
      }
      BigDecimal x = Values.num(l);
      BigDecimal y = Values.num(r);
      return switch (b.op()) {
        case "<" -> Values.bool(at, x.compareTo(y) < 0);
        case ">" -> Values.bool(at, x.compareTo(y) > 0);
        case "<=" -> Values.bool(at, x.compareTo(y) <= 0);
        case ">=" -> Values.bool(at, x.compareTo(y) >= 0);
        case "+" -> Values.number(at, x.add(y));
        case "-" -> Values.number(at, x.subtract(y));
        case "*" -> Values.number(at, x.multiply(y));
        case "/" -> {
          if (y.signum() == 0) {
            throw new EvalError("division by zero");
          }
          yield Values.number(at, x.divide(y, MathContext.DECIMAL128));
        }
        case "%" -> {
          if (y.signum() == 0) {
            throw new EvalError("modulo by zero");
          }
          yield Values.number(at, x.remainder(y, MathContext.DECIMAL128));
        }
        default -> throw new EvalError("unknown operator " + b.op());
      };
    } catch (UnknownValue u) {
      return unknown(ctx, b);
    }
  }

  private Node template(Ctx ctx, Expr.Template t, Position at) {
    List<TemplatePart> parts = t.parts();
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation only) {
      return eval(ctx, only.expr()); // a lone interpolation is its value, not a string
    }
    StringBuilder sb = new StringBuilder();
    try {
      render(ctx, parts, sb);
    } catch (UnknownValue u) {
      return unknown(ctx, t);
    }
    return Values.string(at, sb.toString());
  }

  private void render(Ctx ctx, List<TemplatePart> parts, StringBuilder sb) {
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal l) {
        append(sb, l.text());
      } else if (part instanceof TemplatePart.Interpolation i) {
        Node v = eval(ctx, i.expr());
        append(sb, Values.text(v));
      } else if (part instanceof TemplatePart.If f) {
        Node cond = eval(ctx, f.condition());
        render(ctx, Values.truth(cond) ? f.then() : f.otherwise(), sb);
      } else if (part instanceof TemplatePart.For f) {
        Node coll = eval(ctx, f.collection());
        if (Values.isUnknown(coll)) {
          throw UnknownValue.INSTANCE;
        }
        if (coll instanceof MapNode m) {
          for (Map.Entry<String, Node> en : new java.util.TreeMap<>(m.entries()).entrySet()) {
            render(ctx.with(bind(f.keyVar(), Values.string(coll.position(), en.getKey()), f.valueVar(), en.getValue())), f.body(), sb);
          }
        } else {
          List<Node> items = Values.list(coll);
          for (int i = 0; i < items.size(); i++) {
            render(ctx.with(bind(f.keyVar(), Values.number(coll.position(), BigDecimal.valueOf(i)), f.valueVar(), items.get(i))), f.body(), sb);
          }
        }
      }
    }
  }

  private static Map<String, Node> bind(String keyVar, Node key, String valueVar, Node value) {
    Map<String, Node> m = new HashMap<>();
    if (keyVar != null) {
      m.put(keyVar, key);
    }
    m.put(valueVar, value);
    return m;
  }

  private void append(StringBuilder sb, String s) {
    budget.spend(s.length() / 16 + 1);
    if (sb.length() + s.length() > MAX_STRING) {
      throw UnknownValue.INSTANCE;
    }
    sb.append(s);
  }

  private Node call(Ctx ctx, Expr.Call c, Position at) {
    String name = c.name();
    if (name.equals("try") || name.equals("can")) {
      return tryOrCan(ctx, c, at);
    }
    if (!Functions.isPure(name)) {
      return unknown(ctx, c); // file(), templatefile(), timestamp()... are never run
    }
    List<Node> args = new ArrayList<>();
    for (int i = 0; i < c.args().size(); i++) {
      Node v = eval(ctx, c.args().get(i));
      if (c.expandLast() && i == c.args().size() - 1) {
        if (Values.isUnknown(v)) {
          return unknown(ctx, c);
        }
        args.addAll(Values.list(v));
      } else {
        args.add(v);
      }
    }
    try {
      Node result = Functions.call(name, args, at, this);
      return result instanceof ListNode || result instanceof MapNode ? container(result) : result;
    } catch (UnknownValue u) {
      return unknown(ctx, c);
    }
  }

  private Node tryOrCan(Ctx ctx, Expr.Call c, Position at) {
    boolean can = c.name().equals("can");
    if (c.expandLast() || (can && c.args().size() != 1) || c.args().isEmpty()) {
      return unknown(ctx, c);
    }
    for (Expr arg : c.args()) {
      Node v;
      try {
        v = eval(ctx, arg);
      } catch (EvalError e) {
        if (can) {
          return Values.bool(at, false);
        }
        continue;
      }
      if (Values.containsUnknown(v)) {
        return unknown(ctx, c);
      }
      return can ? Values.bool(at, true) : v;
    }
    throw new EvalError("no argument of try() could be evaluated");
  }

  /** Records a collection's depth, refusing values nested deeper than any real configuration. */
  Node container(Node n) {
    int d = 1;
    for (Node child : n.items()) {
      d = Math.max(d, 1 + depth(child));
    }
    for (Node child : n.entries().values()) {
      d = Math.max(d, 1 + depth(child));
    }
    if (d > MAX_VALUE_DEPTH) {
      throw new EvalError("value nested deeper than " + MAX_VALUE_DEPTH + " levels");
    }
    depths.put(n, d);
    return n;
  }

  private int depth(Node n) {
    if (!(n instanceof ListNode) && !(n instanceof MapNode)) {
      return 1;
    }
    Integer known = depths.get(n);
    if (known != null) {
      return known;
    }
    int d = 1;
    for (Node child : n.items()) {
      d = Math.max(d, 1 + depth(child));
    }
    for (Node child : n.entries().values()) {
      d = Math.max(d, 1 + depth(child));
    }
    depths.put(n, d);
    return d;
  }
}
