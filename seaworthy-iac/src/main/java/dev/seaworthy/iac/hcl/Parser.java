package dev.seaworthy.iac.hcl;

import dev.seaworthy.iac.hcl.Lexer.Kind;
import dev.seaworthy.iac.hcl.Lexer.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive descent over HCL's native syntax, written from the HCL syntax specification. Every
 * recursion is counted against a depth limit, and every loop consumes input or stops, so no input
 * can overflow the stack or hang the parser.
 */
final class Parser {

  private final Lexer lx;
  private final int maxDepth;
  private int depth;

  Parser(String file, String text, int maxDepth) {
    this.lx = new Lexer(file, text);
    this.maxDepth = maxDepth;
  }

  HclFile parseFile() {
    Body body = parseBody(null);
    return new HclFile(lx.file, lx.text, body, lx.comments());
  }

  /** A whole text as a template, as Terraform's JSON syntax reads string values. */
  Expr.Template parseStandaloneTemplate() {
    List<TemplatePart> parts = parts(Mode.STANDALONE, 0, lx.text.length(), 0, null).parts;
    return new Expr.Template(parts, false, lx.span(0, lx.text.length()));
  }

  // ---------------------------------------------------------------- structure

  private Body parseBody(Token open) {
    lx.pushNewlines(true);
    int start = open == null ? 0 : open.start();
    List<Body.Item> items = new ArrayList<>();
    Map<String, Body.Attribute> attributes = new HashMap<>();
    while (true) {
      Token t = lx.peek();
      if (t.kind() == Kind.NEWLINE) {
        lx.next();
        continue;
      }
      if (t.kind() == Kind.EOF) {
        if (open != null) {
          throw lx.error(t.start(), "missing } to close the block opened at line " + lx.line(open.start()));
        }
        break;
      }
      if (t.is("}")) {
        if (open == null) {
          throw lx.error(t.start(), "unexpected }: no block is open here");
        }
        lx.next();
        break;
      }
      if (t.kind() != Kind.IDENT) {
        throw lx.error(t.start(), "expected an attribute or a block, found " + describe(t));
      }
      Token name = lx.next();
      Token after = lx.peek();
      if (after.is("=")) {
        lx.next();
        Expr value = parseExpression();
        Body.Attribute previous = attributes.get(name.text());
        if (previous != null) {
          throw lx.error(name.start(), "attribute \"" + name.text() + "\" is already defined at line " + previous.span().line());
        }
        Body.Attribute a = new Body.Attribute(name.text(), value, lx.span(name.start(), value.span().end()));
        attributes.put(name.text(), a);
        items.add(a);
        endOfItem(open, "attribute \"" + name.text() + "\"");
        continue;
      }
      List<String> labels = new ArrayList<>();
      while (after.kind() == Kind.QUOTE || after.kind() == Kind.IDENT) {
        labels.add(after.kind() == Kind.QUOTE ? label() : lx.next().text());
        after = lx.peek();
      }
      if (!after.is("{")) {
        if (after.kind() == Kind.NEWLINE || after.kind() == Kind.EOF) {
          throw lx.error(after.start(), "block \"" + name.text() + "\" has no opening { on its line");
        }
        throw lx.error(after.start(), "expected = or { after \"" + name.text() + "\", found " + describe(after));
      }
      Token brace = lx.next();
      enter(brace.start());
      Body inner = parseBody(brace);
      exit();
      items.add(new Body.Block(name.text(), labels, inner, lx.span(name.start(), inner.span().end())));
      endOfItem(open, "block \"" + name.text() + "\"");
    }
    lx.popNewlines();
    return new Body(items, lx.span(start, lx.pos()));
  }

  private void endOfItem(Token open, String what) {
    Token t = lx.peek();
    if (t.kind() == Kind.NEWLINE) {
      lx.next();
    } else if (t.kind() != Kind.EOF && !(open != null && t.is("}"))) {
      throw lx.error(t.start(), "expected a newline after " + what + ", found " + describe(t));
    }
  }

  /** A block label: a quoted string without interpolation. */
  private String label() {
    Token quote = lx.next();
    Parts p = parts(Mode.QUOTED, quote.end(), lx.limit(), quote.start(), null);
    StringBuilder sb = new StringBuilder();
    for (TemplatePart part : p.parts) {
      if (!(part instanceof TemplatePart.Literal lit)) {
        throw lx.error(part.span().start(), "a block label cannot contain ${ } or %{ } sequences");
      }
      sb.append(lit.text());
    }
    lx.reset(p.end);
    return sb.toString();
  }

  // ---------------------------------------------------------------- expressions

  Expr parseExpression() {
    Token first = lx.peek();
    enter(first.start());
    try {
      Expr condition = parseBinary(1);
      if (!lx.peek().is("?")) {
        return condition;
      }
      lx.next();
      Expr whenTrue = parseExpression();
      expect(":", "to separate the branches of the conditional at line " + condition.span().line());
      Expr whenFalse = parseExpression();
      return new Expr.Conditional(condition, whenTrue, whenFalse, lx.span(condition.span().start(), whenFalse.span().end()));
    } finally {
      exit();
    }
  }

  private static int level(Token t) {
    if (t.kind() != Kind.PUNCT) {
      return 0;
    }
    return switch (t.text()) {
      case "||" -> 1;
      case "&&" -> 2;
      case "==", "!=" -> 3;
      case "<", ">", "<=", ">=" -> 4;
      case "+", "-" -> 5;
      case "*", "/", "%" -> 6;
      default -> 0;
    };
  }

  private Expr parseBinary(int minLevel) {
    Expr left = parseUnary();
    int chained = 0;
    try {
      while (true) {
        Token op = lx.peek();
        int level = level(op);
        if (level == 0 || level < minLevel) {
          return left;
        }
        lx.next();
        enter(op.start());
        chained++;
        Expr right = parseBinary(level + 1);
        left = new Expr.Binary(op.text(), left, right, lx.span(left.span().start(), right.span().end()));
      }
    } finally {
      for (int i = 0; i < chained; i++) {
        exit();
      }
    }
  }

  private Expr parseUnary() {
    Token t = lx.peek();
    if (t.is("-") || t.is("!")) {
      lx.next();
      enter(t.start());
      try {
        Expr operand = parseUnary();
        return new Expr.Unary(t.text(), operand, lx.span(t.start(), operand.span().end()));
      } finally {
        exit();
      }
    }
    return parsePostfix();
  }

  private Expr parsePostfix() {
    Expr e = parsePrimary();
    int chained = 0;
    try {
      while (true) {
        Token t = lx.peek();
        if (t.is(".")) {
          lx.next();
          Token n = lx.peek();
          if (n.kind() == Kind.IDENT) {
            lx.next();
            e = new Expr.GetAttr(e, n.text(), lx.span(e.span().start(), n.end()));
          } else if (n.kind() == Kind.NUMBER && n.text().chars().allMatch(Character::isDigit)) {
            lx.next();
            Expr key = new Expr.Literal(new BigDecimal(n.text()), lx.span(n.start(), n.end()));
            e = new Expr.Index(e, key, true, lx.span(e.span().start(), n.end()));
          } else if (n.is("*")) {
            lx.next();
            e = attributeSplat(e, n.end());
          } else {
            throw lx.error(n.start(), "expected an attribute name after ., found " + describe(n));
          }
        } else if (t.is("[")) {
          lx.next();
          lx.pushNewlines(false);
          Token star = lx.peek();
          if (star.is("*") && lx.peekSecond().is("]")) {
            lx.next();
            Token close = lx.next();
            lx.popNewlines();
            e = fullSplat(e, close.end());
          } else {
            Expr key = parseExpression();
            Token close = expect("]", "to close the index opened at line " + lx.line(t.start()));
            lx.popNewlines();
            e = new Expr.Index(e, key, false, lx.span(e.span().start(), close.end()));
          }
        } else {
          return e;
        }
        enter(t.start());
        chained++;
      }
    } finally {
      for (int i = 0; i < chained; i++) {
        exit();
      }
    }
  }

  private Expr attributeSplat(Expr source, int end) {
    List<Expr.SplatStep> steps = new ArrayList<>();
    while (lx.peek().is(".") && lx.peekSecond().kind() == Kind.IDENT) {
      lx.next();
      Token n = lx.next();
      steps.add(new Expr.SplatStep(n.text(), null));
      end = n.end();
      enterStep(n.start(), steps.size());
    }
    return new Expr.Splat(source, false, steps, lx.span(source.span().start(), end));
  }

  private Expr fullSplat(Expr source, int end) {
    List<Expr.SplatStep> steps = new ArrayList<>();
    while (true) {
      Token t = lx.peek();
      if (t.is(".") && lx.peekSecond().kind() == Kind.IDENT) {
        lx.next();
        Token n = lx.next();
        steps.add(new Expr.SplatStep(n.text(), null));
        end = n.end();
      } else if (t.is("[") && !lx.peekSecond().is("*")) {
        lx.next();
        lx.pushNewlines(false);
        Expr key = parseExpression();
        Token close = expect("]", "to close the index opened at line " + lx.line(t.start()));
        lx.popNewlines();
        steps.add(new Expr.SplatStep(null, key));
        end = close.end();
      } else {
        break;
      }
      enterStep(t.start(), steps.size());
    }
    return new Expr.Splat(source, true, steps, lx.span(source.span().start(), end));
  }

  /** Splat steps are a flat list, but a million of them is still hostile input. */
  private void enterStep(int offset, int steps) {
    if (depth + steps > maxDepth) {
      throw lx.error(offset, "expression nested deeper than " + maxDepth + " levels");
    }
  }

  private Expr parsePrimary() {
    Token t = lx.peek();
    switch (t.kind()) {
      case NUMBER -> {
        lx.next();
        return new Expr.Literal(new BigDecimal(t.text()), lx.span(t.start(), t.end()));
      }
      case IDENT -> {
        return identifier();
      }
      case QUOTE -> {
        lx.next();
        Parts p = parts(Mode.QUOTED, t.end(), lx.limit(), t.start(), null);
        lx.reset(p.end);
        return new Expr.Template(p.parts, false, lx.span(t.start(), p.end));
      }
      case HEREDOC -> {
        return heredoc(lx.next());
      }
      case PUNCT -> {
        if (t.is("(")) {
          lx.next();
          lx.pushNewlines(false);
          Expr inner = parseExpression();
          Token close = expect(")", "to close the ( opened at line " + lx.line(t.start()));
          lx.popNewlines();
          return new Expr.Parens(inner, lx.span(t.start(), close.end()));
        }
        if (t.is("[")) {
          return tuple();
        }
        if (t.is("{")) {
          return object();
        }
        throw lx.error(t.start(), "expected an expression, found " + describe(t));
      }
      default -> throw lx.error(t.start(), "expected an expression, found " + describe(t));
    }
  }

  private Expr identifier() {
    Token t = lx.next();
    switch (t.text()) {
      case "true" -> {
        return new Expr.Literal(Boolean.TRUE, lx.span(t.start(), t.end()));
      }
      case "false" -> {
        return new Expr.Literal(Boolean.FALSE, lx.span(t.start(), t.end()));
      }
      case "null" -> {
        return new Expr.Literal(null, lx.span(t.start(), t.end()));
      }
      default -> {
        // provider-defined functions: provider::aws::arn_parse(...)
        String name = t.text();
        int end = t.end();
        while (lx.text.startsWith("::", end) && end + 2 < lx.limit() && Lexer.isIdentStart(lx.text.charAt(end + 2))) {
          lx.reset(end + 2);
          Token part = lx.next();
          name = name + "::" + part.text();
          end = part.end();
        }
        if (lx.peek().is("(")) {
          return call(t, name);
        }
        if (!name.equals(t.text())) {
          throw lx.error(end, "expected ( after function name " + name);
        }
        return new Expr.Variable(name, lx.span(t.start(), t.end()));
      }
    }
  }

  private Expr call(Token nameToken, String name) {
    Token open = lx.next();
    lx.pushNewlines(false);
    List<Expr> args = new ArrayList<>();
    boolean expand = false;
    Token close;
    while (true) {
      Token t = lx.peek();
      if (t.is(")")) {
        close = lx.next();
        break;
      }
      if (expand) {
        throw lx.error(t.start(), "expected ) after the ... argument of " + name + "(), found " + describe(t));
      }
      args.add(parseExpression());
      Token sep = lx.peek();
      if (sep.is("...")) {
        lx.next();
        expand = true;
      } else if (sep.is(",")) {
        lx.next();
      } else if (!sep.is(")")) {
        throw lx.error(sep.start(), sep.kind() == Kind.EOF
            ? "missing ) to close the call of " + name + "() at line " + lx.line(open.start())
            : "expected , or ) in the call of " + name + "(), found " + describe(sep));
      }
    }
    lx.popNewlines();
    return new Expr.Call(name, args, expand, lx.span(nameToken.start(), close.end()));
  }

  private boolean atForIntro() {
    return lx.peek().isWord("for") && lx.peekSecond().kind() == Kind.IDENT;
  }

  private Expr tuple() {
    Token open = lx.next();
    lx.pushNewlines(false);
    try {
      if (atForIntro()) {
        return forExpr(open, false);
      }
      List<Expr> items = new ArrayList<>();
      while (true) {
        Token t = lx.peek();
        if (t.is("]")) {
          Token close = lx.next();
          return new Expr.Tuple(items, lx.span(open.start(), close.end()));
        }
        if (t.kind() == Kind.EOF) {
          throw lx.error(t.start(), "missing ] to close the [ opened at line " + lx.line(open.start()));
        }
        items.add(parseExpression());
        Token sep = lx.peek();
        if (sep.is(",")) {
          lx.next();
        } else if (!sep.is("]")) {
          throw lx.error(sep.start(), sep.kind() == Kind.EOF
              ? "missing ] to close the [ opened at line " + lx.line(open.start())
              : "expected , or ] in the list opened at line " + lx.line(open.start()) + ", found " + describe(sep));
        }
      }
    } finally {
      lx.popNewlines();
    }
  }

  private Expr object() {
    Token open = lx.next();
    lx.pushNewlines(true);
    try {
      skipNewlines();
      if (atForIntro()) {
        lx.pushNewlines(false);
        try {
          return forExpr(open, true);
        } finally {
          lx.popNewlines();
        }
      }
      List<Expr.ObjectItem> items = new ArrayList<>();
      while (true) {
        skipNewlines();
        Token t = lx.peek();
        if (t.is("}")) {
          Token close = lx.next();
          return new Expr.ObjectCons(items, lx.span(open.start(), close.end()));
        }
        if (t.kind() == Kind.EOF) {
          throw lx.error(t.start(), "missing } to close the { opened at line " + lx.line(open.start()));
        }
        Expr key = parseExpression();
        Token sep = lx.peek();
        if (!sep.is("=") && !sep.is(":")) {
          throw lx.error(sep.start(), "expected = or : after the key " + lx.text.substring(key.span().start(), key.span().end())
              + ", found " + describe(sep));
        }
        lx.next();
        Expr value = parseExpression();
        items.add(new Expr.ObjectItem(key, value));
        Token after = lx.peek();
        if (after.is(",") || after.kind() == Kind.NEWLINE) {
          lx.next();
        } else if (!after.is("}")) {
          throw lx.error(after.start(), after.kind() == Kind.EOF
              ? "missing } to close the { opened at line " + lx.line(open.start())
              : "expected a comma, a newline or } after the value of " + lx.text.substring(key.span().start(), key.span().end())
                  + ", found " + describe(after));
        }
      }
    } finally {
      lx.popNewlines();
    }
  }

  private void skipNewlines() {
    while (lx.peek().kind() == Kind.NEWLINE) {
      lx.next();
    }
  }

  private Expr forExpr(Token open, boolean object) {
    String closing = object ? "}" : "]";
    lx.next(); // for
    String keyVar = null;
    String valueVar = ident("a variable name after for");
    if (lx.peek().is(",")) {
      lx.next();
      keyVar = valueVar;
      valueVar = ident("a second variable name after ,");
    }
    Token in = lx.next();
    if (!in.isWord("in")) {
      throw lx.error(in.start(), "expected in after the for variables, found " + describe(in));
    }
    Expr collection = parseExpression();
    expect(":", "after the collection of the for expression");
    Expr key = null;
    if (object) {
      key = parseExpression();
      expect("=>", "between the key and the value of the for expression");
    }
    Expr value = parseExpression();
    boolean grouped = false;
    if (object && lx.peek().is("...")) {
      lx.next();
      grouped = true;
    }
    Expr cond = null;
    if (lx.peek().isWord("if")) {
      lx.next();
      cond = parseExpression();
    }
    Token close = lx.peek();
    if (!close.is(closing)) {
      throw lx.error(close.start(), close.kind() == Kind.EOF
          ? "missing " + closing + " to close the for expression opened at line " + lx.line(open.start())
          : "expected " + closing + " to close the for expression opened at line " + lx.line(open.start()) + ", found " + describe(close));
    }
    lx.next();
    return new Expr.For(keyVar, valueVar, collection, key, value, grouped, cond, lx.span(open.start(), close.end()));
  }

  private String ident(String what) {
    Token t = lx.next();
    if (t.kind() != Kind.IDENT) {
      throw lx.error(t.start(), "expected " + what + ", found " + describe(t));
    }
    return t.text();
  }

  private Token expect(String punct, String why) {
    Token t = lx.peek();
    if (!t.is(punct)) {
      throw lx.error(t.start(), "expected " + punct + " " + why + ", found " + describe(t));
    }
    return lx.next();
  }

  // ---------------------------------------------------------------- templates

  private enum Mode {
    QUOTED,
    HEREDOC,
    STANDALONE
  }

  /** Literal text being collected; strip markers may trim it before it becomes a part. */
  private static final class Lit {
    final StringBuilder text = new StringBuilder();
    final int start;
    int end;
    final boolean lineStart;
    boolean trimLeading;

    Lit(int start, boolean lineStart) {
      this.start = start;
      this.end = start;
      this.lineStart = lineStart;
    }
  }

  private record Parts(List<TemplatePart> parts, int end, String terminator) {}

  /** Parsing state shared by one template and its nested directives. */
  private static final class TemplateState {
    Lit last;
    boolean stripNext;
    final List<Lit> lits = new ArrayList<>();
  }

  private TemplateState template;

  private Parts parts(Mode mode, int from, int end, int openedAt, TemplateState state) {
    TemplateState saved = template;
    template = state == null ? new TemplateState() : state;
    try {
      Parts p = partsUntil(mode, from, end, openedAt, null);
      return p;
    } finally {
      template = saved;
    }
  }

  /**
   * Reads template text from {@code from} until the closing quote (QUOTED), the end (HEREDOC,
   * STANDALONE) or one of the directive keywords in {@code until}. Literal pieces are built as
   * {@link Lit}s so that strip markers can trim them, and become parts at the end.
   */
  private Parts partsUntil(Mode mode, int from, int end, int openedAt, List<String> until) {
    String text = lx.text;
    List<Object> raw = new ArrayList<>();
    Lit lit = null;
    int i = from;
    while (true) {
      if (i >= end) {
        if (mode == Mode.QUOTED) {
          throw lx.error(openedAt, "unterminated string: no closing \" before the end of the file");
        }
        if (until != null) {
          throw lx.error(openedAt, "missing %{ " + until.get(until.size() - 1) + " } for the directive opened at line " + lx.line(openedAt));
        }
        return new Parts(finish(raw), i, null);
      }
      char c = text.charAt(i);
      if (mode == Mode.QUOTED && c == '"') {
        if (until != null) {
          throw lx.error(openedAt, "missing %{ " + until.get(until.size() - 1) + " } for the directive opened at line " + lx.line(openedAt));
        }
        return new Parts(finish(raw), i + 1, null);
      }
      if (mode == Mode.QUOTED && (c == '\n' || c == '\r')) {
        throw lx.error(openedAt, "unterminated string: a quoted string cannot span lines (use a heredoc)");
      }
      boolean interp = c == '$' && i + 1 < end && text.charAt(i + 1) == '{';
      boolean directive = c == '%' && i + 1 < end && text.charAt(i + 1) == '{';
      if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", i) && i + 2 < end) {
        lit = appendLit(raw, lit, i);
        lit.text.append(c).append('{');
        i += 3;
        lit.end = i;
        continue;
      }
      if (interp) {
        lit = null;
        int close = interpolation(raw, i, end);
        i = close;
        continue;
      }
      if (directive) {
        lit = null;
        DirectiveResult d = directive(mode, raw, i, end, until);
        if (d.terminator != null) {
          return new Parts(finish(raw), d.end, d.terminator);
        }
        i = d.end;
        continue;
      }
      lit = appendLit(raw, lit, i);
      if (mode == Mode.QUOTED && c == '\\') {
        i = escape(lit.text, i, end);
      } else {
        lit.text.append(c);
        i++;
      }
      lit.end = i;
    }
  }

  private Lit appendLit(List<Object> raw, Lit lit, int at) {
    if (lit != null) {
      return lit;
    }
    boolean lineStart = at == 0 || lx.text.charAt(at - 1) == '\n';
    Lit l = new Lit(at, lineStart);
    if (template.stripNext) {
      l.trimLeading = true;
      template.stripNext = false;
    }
    template.last = l;
    template.lits.add(l);
    raw.add(l);
    return l;
  }

  private List<TemplatePart> finish(List<Object> raw) {
    List<TemplatePart> parts = new ArrayList<>();
    for (Object o : raw) {
      if (o instanceof Lit l) {
        if (l.trimLeading) {
          int k = 0;
          while (k < l.text.length() && Character.isWhitespace(l.text.charAt(k))) {
            k++;
          }
          l.text.delete(0, k);
          l.trimLeading = false;
        }
        parts.add(new TemplatePart.Literal(l.text.toString(), lx.span(l.start, l.end)));
      } else {
        parts.add((TemplatePart) o);
      }
    }
    return parts;
  }

  /** A {@code ${ expr }} at {@code at}; returns the offset after its closing brace. */
  private int interpolation(List<Object> raw, int at, int end) {
    int i = at + 2;
    boolean stripLeft = i < end && lx.text.charAt(i) == '~';
    if (stripLeft) {
      i++;
      trimLast();
    }
    enter(at);
    int savedLimit = lx.limit();
    lx.limit(end);
    lx.reset(i);
    lx.pushNewlines(false);
    try {
      Expr expr = parseExpression();
      boolean stripRight = false;
      if (lx.peek().is("~")) {
        lx.next();
        stripRight = true;
      }
      Token close = lx.peek();
      if (!close.is("}")) {
        throw lx.error(close.kind() == Kind.EOF ? at : close.start(),
            (close.kind() == Kind.EOF ? "unterminated ${: no closing } for the interpolation at line " + lx.line(at)
                : "expected } to close the ${ at line " + lx.line(at) + ", found " + describe(close)));
      }
      lx.next();
      raw.add(new TemplatePart.Interpolation(expr, lx.span(at, close.end())));
      template.stripNext = stripRight;
      return close.end();
    } finally {
      lx.popNewlines();
      lx.limit(savedLimit);
      exit();
    }
  }

  private void trimLast() {
    Lit last = template.last;
    if (last != null) {
      int k = last.text.length();
      while (k > 0 && Character.isWhitespace(last.text.charAt(k - 1))) {
        k--;
      }
      last.text.setLength(k);
    }
  }

  private record DirectiveResult(int end, String terminator) {}

  private record Tag(String keyword, Token keywordToken, int end) {}

  /** Opens a {@code %{ ... }} tag: reads the strip marker and the keyword, leaving the lexer after it. */
  private Tag openTag(int at, int end) {
    int i = at + 2;
    if (i < end && lx.text.charAt(i) == '~') {
      i++;
      trimLast();
    }
    lx.reset(i);
    Token kw = lx.next();
    if (kw.kind() != Kind.IDENT) {
      throw lx.error(kw.start(), "expected if, for, else, endif or endfor after %{, found " + describe(kw));
    }
    return new Tag(kw.text(), kw, kw.end());
  }

  /** Closes a tag: optional strip marker, then }; returns the offset after it. */
  private int closeTag(int at) {
    boolean stripRight = false;
    if (lx.peek().is("~")) {
      lx.next();
      stripRight = true;
    }
    Token close = lx.peek();
    if (!close.is("}")) {
      throw lx.error(close.kind() == Kind.EOF ? at : close.start(),
          close.kind() == Kind.EOF ? "unterminated %{: no closing } for the directive at line " + lx.line(at)
              : "expected } to close the %{ at line " + lx.line(at) + ", found " + describe(close));
    }
    lx.next();
    template.stripNext = stripRight;
    return close.end();
  }

  private DirectiveResult directive(Mode mode, List<Object> raw, int at, int end, List<String> until) {
    enter(at);
    int savedLimit = lx.limit();
    lx.limit(end);
    lx.pushNewlines(false);
    try {
      Tag tag = openTag(at, end);
      switch (tag.keyword) {
        case "if" -> {
          Expr cond = parseExpression();
          int i = closeTag(at);
          lx.popNewlines();
          Parts then = partsUntil(mode, i, end, at, List.of("else", "endif"));
          List<TemplatePart> otherwise = List.of();
          int after = then.end;
          if (then.terminator.equals("else")) {
            Parts e = partsUntil(mode, then.end, end, at, List.of("endif"));
            otherwise = e.parts;
            after = e.end;
          }
          lx.pushNewlines(false);
          raw.add(new TemplatePart.If(cond, then.parts, otherwise, lx.span(at, after)));
          return new DirectiveResult(after, null);
        }
        case "for" -> {
          String keyVar = null;
          String valueVar = ident("a variable name after %{ for");
          if (lx.peek().is(",")) {
            lx.next();
            keyVar = valueVar;
            valueVar = ident("a second variable name after ,");
          }
          Token in = lx.next();
          if (!in.isWord("in")) {
            throw lx.error(in.start(), "expected in after the %{ for variables, found " + describe(in));
          }
          Expr collection = parseExpression();
          int i = closeTag(at);
          lx.popNewlines();
          Parts body = partsUntil(mode, i, end, at, List.of("endfor"));
          lx.pushNewlines(false);
          raw.add(new TemplatePart.For(keyVar, valueVar, collection, body.parts, lx.span(at, body.end)));
          return new DirectiveResult(body.end, null);
        }
        case "else", "endif", "endfor" -> {
          if (until == null || !until.contains(tag.keyword)) {
            throw lx.error(tag.keywordToken.start(), "unexpected %{ " + tag.keyword + " } with no matching opening directive");
          }
          int i = closeTag(at);
          return new DirectiveResult(i, tag.keyword);
        }
        default -> throw lx.error(tag.keywordToken.start(), "unknown template directive %{ " + tag.keyword + " }: expected if, for, else, endif or endfor");
      }
    } finally {
      lx.popNewlines();
      lx.limit(savedLimit);
      exit();
    }
  }

  /** One escape sequence of a quoted string at {@code i}; returns the offset after it. */
  private int escape(StringBuilder out, int i, int end) {
    if (i + 1 >= end) {
      throw lx.error(i, "unterminated string: \\ at the end of the file");
    }
    char e = lx.text.charAt(i + 1);
    switch (e) {
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'u', 'U' -> {
        int len = e == 'u' ? 4 : 8;
        if (i + 2 + len > end) {
          throw lx.error(i, "invalid escape \\" + e + ": expected " + len + " hexadecimal digits");
        }
        String hex = lx.text.substring(i + 2, i + 2 + len);
        int cp;
        try {
          cp = Integer.parseUnsignedInt(hex, 16);
        } catch (NumberFormatException ex) {
          throw lx.error(i, "invalid escape \\" + e + hex + ": expected " + len + " hexadecimal digits");
        }
        if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
          throw lx.error(i, "invalid escape \\" + e + hex + ": not a Unicode character");
        }
        out.appendCodePoint(cp);
        return i + 2 + len;
      }
      default -> throw lx.error(i, "invalid escape sequence \\" + (e < 0x20 ? String.format("U+%04X", (int) e) : String.valueOf(e)));
    }
    return i + 2;
  }

  /** A heredoc whose opening token has been read: finds the closing marker line, then reads the content as a template. */
  private Expr heredoc(Token open) {
    boolean flush = open.text().startsWith("-");
    String marker = flush ? open.text().substring(1) : open.text();
    String text = lx.text;
    int contentStart = open.end();
    int contentEnd = -1;
    int closeEnd = -1;
    int lineStart = contentStart;
    int max = lx.limit();
    while (lineStart <= max) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 || nl > max ? max : nl;
      int k = lineStart;
      while (k < lineEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k++;
      }
      int stop = lineEnd > k && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (stop - k == marker.length() && text.startsWith(marker, k)) {
        contentEnd = lineStart;
        closeEnd = stop;
        break;
      }
      if (nl < 0 || nl >= max) {
        break;
      }
      lineStart = nl + 1;
    }
    if (contentEnd < 0) {
      throw lx.error(open.start(), "unterminated heredoc: no line with the closing marker " + marker + " after <<" + open.text());
    }
    TemplateState state = new TemplateState();
    Parts p = parts(Mode.HEREDOC, contentStart, contentEnd, open.start(), state);
    List<TemplatePart> parts = p.parts;
    if (flush) {
      parts = stripIndent(parts, state, contentStart, contentEnd);
    }
    lx.reset(closeEnd);
    return new Expr.Template(parts, true, lx.span(open.start(), closeEnd));
  }

  /** {@code <<-}: removes the smallest indentation of the content's non-blank lines from every line. */
  private List<TemplatePart> stripIndent(List<TemplatePart> parts, TemplateState state, int from, int to) {
    String text = lx.text;
    int min = Integer.MAX_VALUE;
    int i = from;
    while (i < to) {
      int nl = text.indexOf('\n', i);
      int lineEnd = nl < 0 || nl > to ? to : nl;
      int k = i;
      while (k < lineEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k++;
      }
      if (k < lineEnd && !(k == lineEnd - 1 && text.charAt(k) == '\r')) {
        min = Math.min(min, k - i);
      }
      i = lineEnd + 1;
    }
    if (min == Integer.MAX_VALUE || min == 0) {
      return parts;
    }
    return strip(parts, min);
  }

  private List<TemplatePart> strip(List<TemplatePart> parts, int n) {
    List<TemplatePart> out = new ArrayList<>();
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal l) {
        boolean atLineStart = l.span().start() == 0 || lx.text.charAt(l.span().start() - 1) == '\n';
        out.add(new TemplatePart.Literal(stripLines(l.text(), n, atLineStart), l.span()));
      } else if (part instanceof TemplatePart.If f) {
        out.add(new TemplatePart.If(f.condition(), strip(f.then(), n), strip(f.otherwise(), n), f.span()));
      } else if (part instanceof TemplatePart.For f) {
        out.add(new TemplatePart.For(f.keyVar(), f.valueVar(), f.collection(), strip(f.body(), n), f.span()));
      } else {
        out.add(part);
      }
    }
    return out;
  }

  private static String stripLines(String s, int n, boolean atLineStart) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    boolean lineStart = atLineStart;
    while (i < s.length()) {
      if (lineStart) {
        int k = 0;
        while (k < n && i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
          i++;
          k++;
        }
        lineStart = false;
        continue;
      }
      char c = s.charAt(i++);
      sb.append(c);
      if (c == '\n') {
        lineStart = true;
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- limits and messages

  private void enter(int offset) {
    if (++depth > maxDepth) {
      throw lx.error(offset, "nested deeper than " + maxDepth + " levels");
    }
  }

  private void exit() {
    depth--;
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case IDENT -> "\"" + t.text() + "\"";
      case NUMBER -> "number " + t.text();
      case QUOTE -> "a string";
      case HEREDOC -> "a heredoc";
      case PUNCT -> "\"" + t.text() + "\"";
      case NEWLINE -> "end of line";
      case EOF -> "end of file";
    };
  }
}
