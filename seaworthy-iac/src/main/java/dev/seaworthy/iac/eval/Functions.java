package dev.seaworthy.iac.eval;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pure Terraform functions an EKS configuration commonly uses. Each takes evaluated arguments
 * and returns a value, or throws {@link UnknownValue} (an argument is unknown: so is the result) or
 * {@link EvalError} (Terraform would reject the call). Functions that touch the file system, the
 * clock or randomness are deliberately absent: their calls stay unknown and nothing is ever read.
 *
 * <p>{@code jsonencode} and {@code yamlencode} return the encoded structure itself rather than its
 * text, so rules can read an IAM policy or an add-on configuration.
 */
final class Functions {

  private static final Set<String> PURE = Set.of(
      "jsonencode", "yamlencode", "jsondecode", "merge", "concat", "tolist", "toset", "tomap", "length", "lower", "upper",
      "title", "format", "join", "split", "coalesce", "coalescelist", "lookup", "element", "contains", "keys", "values",
      "flatten", "distinct", "replace", "substr", "min", "max", "tostring", "tonumber", "tobool", "trimspace", "trim",
      "trimprefix", "trimsuffix", "chomp", "startswith", "endswith", "strcontains", "abs", "ceil", "floor", "compact",
      "reverse", "slice", "sort", "zipmap", "range", "index", "one", "alltrue", "anytrue", "sum", "base64encode",
      "base64decode", "strrev", "signum");

  private static final int MAX_ITEMS = 100_000;

  private Functions() {}

  static boolean isPure(String name) {
    return PURE.contains(name);
  }

  static Node call(String name, List<Node> a, Position at, Evaluator ev) {
    return switch (name) {
      case "jsonencode", "yamlencode", "tolist", "tomap" -> { arity(a, 1); yield a.get(0); }
      case "jsondecode" -> jsondecode(Values.text(one(a)), at, ev);
      case "merge" -> merge(a, at);
      case "concat" -> {
        List<Node> out = new ArrayList<>();
        for (Node n : a) {
          out.addAll(Values.list(n));
        }
        yield list(at, out);
      }
      case "toset", "distinct" -> list(at, distinct(Values.list(one(a))));
      case "length" -> {
        Node n = one(a);
        if (Values.isUnknown(n)) {
          throw UnknownValue.INSTANCE;
        }
        int len = n instanceof ListNode l ? l.items().size() : n instanceof MapNode m ? m.entries().size()
            : Values.text(n).codePointCount(0, Values.text(n).length());
        yield Values.number(at, BigDecimal.valueOf(len));
      }
      case "lower" -> str(at, Values.text(one(a)).toLowerCase(Locale.ROOT));
      case "upper" -> str(at, Values.text(one(a)).toUpperCase(Locale.ROOT));
      case "title" -> str(at, title(Values.text(one(a))));
      case "trimspace" -> str(at, Values.text(one(a)).strip());
      case "chomp" -> str(at, Values.text(one(a)).replaceAll("[\\r\\n]+$", ""));
      case "strrev" -> str(at, new StringBuilder(Values.text(one(a))).reverse().toString());
      case "trim" -> { arity(a, 2); yield str(at, trim(Values.text(a.get(0)), Values.text(a.get(1)))); }
      case "trimprefix" -> {
        arity(a, 2);
        String s = Values.text(a.get(0));
        String p = Values.text(a.get(1));
        yield str(at, s.startsWith(p) ? s.substring(p.length()) : s);
      }
      case "trimsuffix" -> {
        arity(a, 2);
        String s = Values.text(a.get(0));
        String p = Values.text(a.get(1));
        yield str(at, s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
      }
      case "startswith" -> { arity(a, 2); yield Values.bool(at, Values.text(a.get(0)).startsWith(Values.text(a.get(1)))); }
      case "endswith" -> { arity(a, 2); yield Values.bool(at, Values.text(a.get(0)).endsWith(Values.text(a.get(1)))); }
      case "strcontains" -> { arity(a, 2); yield Values.bool(at, Values.text(a.get(0)).contains(Values.text(a.get(1)))); }
      case "format" -> str(at, format(a));
      case "join" -> {
        if (a.size() < 2) {
          throw new EvalError("join needs a separator and lists");
        }
        String sep = Values.text(a.get(0));
        List<String> parts = new ArrayList<>();
        for (Node l : a.subList(1, a.size())) {
          for (Node item : Values.list(l)) {
            parts.add(Values.text(item));
          }
        }
        yield str(at, bounded(String.join(sep, parts)));
      }
      case "split" -> {
        arity(a, 2);
        String sep = Values.text(a.get(0));
        String s = Values.text(a.get(1));
        List<Node> out = new ArrayList<>();
        if (sep.isEmpty()) {
          s.codePoints().limit(MAX_ITEMS).forEach(cp -> out.add(str(at, new String(Character.toChars(cp)))));
        } else {
          int from = 0;
          while (true) {
            int i = s.indexOf(sep, from);
            out.add(str(at, s.substring(from, i < 0 ? s.length() : i)));
            if (i < 0 || out.size() > MAX_ITEMS) {
              break;
            }
            from = i + sep.length();
          }
        }
        yield list(at, out);
      }
      case "replace" -> {
        arity(a, 3);
        String s = Values.text(a.get(0));
        String find = Values.text(a.get(1));
        String with = Values.text(a.get(2));
        if (find.length() > 1 && find.startsWith("/") && find.endsWith("/")) {
          throw UnknownValue.INSTANCE; // a regular expression: RE2 semantics are not reproduced here
        }
        yield str(at, find.isEmpty() ? s : bounded(s.replace(find, with)));
      }
      case "substr" -> {
        arity(a, 3);
        yield str(at, substr(Values.text(a.get(0)), Values.num(a.get(1)).intValue(), Values.num(a.get(2)).intValue()));
      }
      case "coalesce" -> {
        for (Node n : a) {
          if (Values.isUnknown(n)) {
            throw UnknownValue.INSTANCE;
          }
          if (!n.isNull() && !(Values.isString(n) && Values.text(n).isEmpty())) {
            yield n;
          }
        }
        throw new EvalError("no non-null argument to coalesce");
      }
      case "coalescelist" -> {
        for (Node n : a) {
          if (!Values.list(n).isEmpty()) {
            yield n;
          }
        }
        throw new EvalError("no non-empty list to coalescelist");
      }
      case "lookup" -> {
        if (a.size() != 2 && a.size() != 3) {
          throw new EvalError("lookup takes 2 or 3 arguments");
        }
        Node found = Values.map(a.get(0)).get(Values.text(a.get(1)));
        if (found != null) {
          yield found;
        }
        if (a.size() == 3) {
          yield a.get(2);
        }
        throw new EvalError("lookup: no such key");
      }
      case "element" -> {
        arity(a, 2);
        List<Node> l = Values.list(a.get(0));
        if (l.isEmpty()) {
          throw new EvalError("element of an empty list");
        }
        int i = Values.num(a.get(1)).intValue();
        if (i < 0) {
          throw new EvalError("negative index");
        }
        yield l.get(i % l.size());
      }
      case "index" -> {
        arity(a, 2);
        List<Node> l = Values.list(a.get(0));
        for (int i = 0; i < l.size(); i++) {
          if (Values.same(l.get(i), a.get(1))) {
            yield Values.number(at, BigDecimal.valueOf(i));
          }
        }
        throw new EvalError("item not found");
      }
      case "contains" -> {
        arity(a, 2);
        for (Node n : Values.list(a.get(0))) {
          if (Values.same(n, a.get(1))) {
            yield Values.bool(at, true);
          }
        }
        yield Values.bool(at, false);
      }
      case "keys" -> list(at, new TreeMap<>(Values.map(one(a))).keySet().stream().map(k -> (Node) str(at, k)).toList());
      case "values" -> list(at, new ArrayList<>(new TreeMap<>(Values.map(one(a))).values()));
      case "flatten" -> {
        List<Node> out = new ArrayList<>();
        flatten(one(a), out, 0);
        yield list(at, out);
      }
      case "compact" -> list(at, Values.list(one(a)).stream().filter(n -> {
        if (Values.isUnknown(n)) {
          throw UnknownValue.INSTANCE;
        }
        return !n.isNull() && !(Values.isString(n) && Values.text(n).isEmpty());
      }).toList());
      case "reverse" -> {
        List<Node> l = new ArrayList<>(Values.list(one(a)));
        java.util.Collections.reverse(l);
        yield list(at, l);
      }
      case "slice" -> {
        arity(a, 3);
        List<Node> l = Values.list(a.get(0));
        int from = Values.num(a.get(1)).intValue();
        int to = Values.num(a.get(2)).intValue();
        if (from < 0 || to > l.size() || from > to) {
          throw new EvalError("slice out of range");
        }
        yield list(at, l.subList(from, to));
      }
      case "sort" -> {
        List<String> s = new ArrayList<>();
        for (Node n : Values.list(one(a))) {
          s.add(Values.text(n));
        }
        s.sort(null);
        yield list(at, s.stream().map(x -> (Node) str(at, x)).toList());
      }
      case "zipmap" -> {
        arity(a, 2);
        List<Node> k = Values.list(a.get(0));
        List<Node> v = Values.list(a.get(1));
        if (k.size() != v.size()) {
          throw new EvalError("zipmap needs lists of the same length");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (int i = 0; i < k.size(); i++) {
          out.put(Values.text(k.get(i)), v.get(i));
        }
        yield new MapNode(at, out);
      }
      case "range" -> range(a, at);
      case "one" -> {
        List<Node> l = Values.list(one(a));
        if (l.size() > 1) {
          throw new EvalError("one() of more than one element");
        }
        yield l.isEmpty() ? Values.nul(at) : l.get(0);
      }
      case "alltrue", "anytrue" -> {
        boolean all = name.equals("alltrue");
        boolean result = all;
        for (Node n : Values.list(one(a))) {
          boolean t = Values.truth(n);
          result = all ? result && t : result || t;
        }
        yield Values.bool(at, result);
      }
      case "sum" -> {
        BigDecimal total = BigDecimal.ZERO;
        for (Node n : Values.list(one(a))) {
          total = total.add(Values.num(n));
        }
        yield Values.number(at, total);
      }
      case "min", "max" -> {
        if (a.isEmpty()) {
          throw new EvalError(name + " needs arguments");
        }
        BigDecimal best = null;
        for (Node n : a) {
          BigDecimal x = Values.num(n);
          if (best == null || (name.equals("min") ? x.compareTo(best) < 0 : x.compareTo(best) > 0)) {
            best = x;
          }
        }
        yield Values.number(at, best);
      }
      case "abs" -> Values.number(at, Values.num(one(a)).abs());
      case "signum" -> Values.number(at, BigDecimal.valueOf(Values.num(one(a)).signum()));
      case "ceil" -> Values.number(at, Values.num(one(a)).setScale(0, RoundingMode.CEILING));
      case "floor" -> Values.number(at, Values.num(one(a)).setScale(0, RoundingMode.FLOOR));
      case "tostring" -> {
        Node n = one(a);
        yield n.isNull() ? n : str(at, Values.text(n));
      }
      case "tonumber" -> {
        Node n = one(a);
        yield n.isNull() ? n : Values.number(at, Values.num(n));
      }
      case "tobool" -> {
        Node n = one(a);
        yield n.isNull() ? n : Values.bool(at, Values.truth(n));
      }
      case "base64encode" -> str(at, Base64.getEncoder().encodeToString(Values.text(one(a)).getBytes(StandardCharsets.UTF_8)));
      case "base64decode" -> {
        try {
          yield str(at, new String(Base64.getDecoder().decode(Values.text(one(a))), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw new EvalError("not base64");
        }
      }
      default -> throw UnknownValue.INSTANCE;
    };
  }

  private static Node one(List<Node> a) {
    arity(a, 1);
    return a.get(0);
  }

  private static void arity(List<Node> a, int n) {
    if (a.size() != n) {
      throw new EvalError("expected " + n + " arguments, got " + a.size());
    }
  }

  private static Node str(Position at, String s) {
    return Values.string(at, s);
  }

  private static ListNode list(Position at, List<Node> items) {
    if (items.size() > MAX_ITEMS) {
      throw UnknownValue.INSTANCE;
    }
    return new ListNode(at, items);
  }

  private static String bounded(String s) {
    if (s.length() > (4 << 20)) {
      throw UnknownValue.INSTANCE;
    }
    return s;
  }

  private static Node merge(List<Node> a, Position at) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (Node n : a) {
      if (n.isNull()) {
        continue;
      }
      out.putAll(Values.map(n));
    }
    return new MapNode(at, out);
  }

  private static List<Node> distinct(List<Node> items) {
    List<Node> out = new ArrayList<>();
    for (Node n : items) {
      boolean seen = false;
      for (Node o : out) {
        if (Values.same(n, o)) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        out.add(n);
      }
      if (out.size() > 2_000) {
        throw UnknownValue.INSTANCE; // quadratic beyond this; no real set is this big
      }
    }
    return out;
  }

  private static void flatten(Node n, List<Node> out, int depth) {
    if (Values.isUnknown(n)) {
      throw UnknownValue.INSTANCE;
    }
    if (n instanceof ListNode l && depth < Evaluator.MAX_VALUE_DEPTH) {
      for (Node item : l.items()) {
        flatten(item, out, depth + 1);
      }
    } else if (depth == 0) {
      throw new EvalError("flatten needs a list");
    } else {
      out.add(n);
    }
  }

  private static String title(String s) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
      start = !Character.isLetterOrDigit(c);
    }
    return sb.toString();
  }

  private static String trim(String s, String chars) {
    int from = 0;
    int to = s.length();
    while (from < to && chars.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && chars.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  private static String substr(String s, int offset, int length) {
    int[] cps = s.codePoints().toArray();
    if (offset < 0) {
      offset = Math.max(0, cps.length + offset);
    }
    if (offset > cps.length) {
      throw new EvalError("offset beyond the string");
    }
    int end = length < 0 ? cps.length : Math.min(cps.length, offset + length);
    return new String(cps, offset, Math.max(0, end - offset));
  }

  private static Node range(List<Node> a, Position at) {
    if (a.isEmpty() || a.size() > 3) {
      throw new EvalError("range takes 1 to 3 arguments");
    }
    BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : Values.num(a.get(0));
    BigDecimal end = Values.num(a.get(a.size() == 1 ? 0 : 1));
    BigDecimal step = a.size() == 3 ? Values.num(a.get(2)) : BigDecimal.ONE;
    if (step.signum() == 0) {
      throw new EvalError("range step of zero");
    }
    List<Node> out = new ArrayList<>();
    for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0; x = x.add(step)) {
      if (out.size() >= MAX_ITEMS) {
        throw UnknownValue.INSTANCE;
      }
      out.add(Values.number(at, x));
    }
    return new ListNode(at, out);
  }

  /** Terraform's format verbs that configurations use: %s %d %v %q %t %f (with precision) and %%. */
  private static String format(List<Node> a) {
    if (a.isEmpty()) {
      throw new EvalError("format needs a format string");
    }
    String f = Values.text(a.get(0));
    StringBuilder sb = new StringBuilder();
    int arg = 1;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      int j = i + 1;
      StringBuilder spec = new StringBuilder();
      while (j < f.length() && ("0123456789.-+ #".indexOf(f.charAt(j)) >= 0)) {
        spec.append(f.charAt(j++));
      }
      if (j >= f.length()) {
        throw new EvalError("unfinished format verb");
      }
      char verb = f.charAt(j);
      i = j;
      if (verb == '%') {
        sb.append('%');
        continue;
      }
      if (arg >= a.size()) {
        throw new EvalError("too few arguments for format");
      }
      Node v = a.get(arg++);
      if (!spec.isEmpty() && verb != 'f') {
        throw UnknownValue.INSTANCE; // widths and flags: not reproduced
      }
      switch (verb) {
        case 's', 'v' -> sb.append(Values.text(v));
        case 'q' -> sb.append('"').append(Values.text(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        case 't' -> sb.append(Values.truth(v));
        case 'd' -> {
          BigDecimal n = Values.num(v);
          if (n.stripTrailingZeros().scale() > 0) {
            throw new EvalError("%d of a fraction");
          }
          sb.append(n.toBigInteger());
        }
        case 'f' -> {
          int precision = 6;
          String s = spec.toString();
          if (s.matches("\\.[0-9]{1,2}")) {
            precision = Integer.parseInt(s.substring(1));
          } else if (!s.isEmpty()) {
            throw UnknownValue.INSTANCE;
          }
          sb.append(Values.num(v).setScale(precision, RoundingMode.HALF_EVEN).toPlainString());
        }
        default -> throw UnknownValue.INSTANCE;
      }
      if (sb.length() > (4 << 20)) {
        throw UnknownValue.INSTANCE;
      }
    }
    return sb.toString();
  }

  private static Node jsondecode(String text, Position at, Evaluator ev) {
    List<YamlDocument> docs = new YamlReader(LoadLimits.DEFAULTS).read(at.file(), text);
    if (docs.size() != 1 || !(docs.get(0) instanceof YamlDocument.Parsed p)) {
      throw new EvalError("not JSON");
    }
    return Values.at(p.root(), at, ev.budget());
  }
}
