package dev.seaworthy.iac.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

  private static HclFile parse(String text) {
    return Hcl.parse("t.tf", text);
  }

  private static Expr attr(String text) {
    return parse("x = " + text + "\n").body().attributes().get(0).value();
  }

  private static HclSyntaxException error(String text) {
    try {
      parse(text);
    } catch (HclSyntaxException e) {
      return e;
    }
    throw new AssertionError("no syntax error for: " + text);
  }

  @Test
  void attributesAndBlocksWithLabels() {
    HclFile f = parse("""
        a = 1
        resource "aws_eks_cluster" this {
          name = "x"
          vpc_config {
            subnet_ids = []
          }
        }
        empty {}
        """);
    assertThat(f.body().items()).hasSize(3);
    Body.Block r = f.body().blocks().get(0);
    assertThat(r.type()).isEqualTo("resource");
    assertThat(r.labels()).containsExactly("aws_eks_cluster", "this");
    assertThat(r.span().line()).isEqualTo(2);
    assertThat(r.span().column()).isEqualTo(1);
    assertThat(r.body().blocks().get(0).type()).isEqualTo("vpc_config");
    assertThat(r.body().blocks().get(0).span().line()).isEqualTo(4);
    assertThat(f.body().blocks().get(1).body().items()).isEmpty();
  }

  @Test
  void oneLineBlock() {
    Body.Block b = parse("data \"aws_caller_identity\" \"current\" { x = 1 }\n").body().blocks().get(0);
    assertThat(b.body().attributes().get(0).name()).isEqualTo("x");
  }

  @Test
  void literals() {
    assertThat(((Expr.Literal) attr("42")).value()).isEqualTo(new BigDecimal("42"));
    assertThat(((Expr.Literal) attr("1.5e3")).value()).isEqualTo(new BigDecimal("1.5e3"));
    assertThat(((Expr.Literal) attr("true")).value()).isEqualTo(true);
    assertThat(((Expr.Literal) attr("null")).value()).isNull();
  }

  @Test
  void quotedStringsWithEscapesAndInterpolation() {
    Expr.Template t = (Expr.Template) attr("\"a\\n\\\"b\\\" \\u00e9 ${var.x} $${lit} %%{lit}\"");
    assertThat(t.parts()).hasSize(3);
    assertThat(((TemplatePart.Literal) t.parts().get(0)).text()).isEqualTo("a\n\"b\" é ");
    assertThat(((TemplatePart.Interpolation) t.parts().get(1)).expr()).isInstanceOf(Expr.GetAttr.class);
    assertThat(((TemplatePart.Literal) t.parts().get(2)).text()).isEqualTo(" ${lit} %{lit}");
  }

  @Test
  void templateDirectivesAndStripMarkers() {
    Expr.Template t = (Expr.Template) attr("\"a %{ if c ~}  yes  %{~ else }no%{ endif } %{ for k, v in m }${k}%{ endfor }\"");
    TemplatePart.If f = (TemplatePart.If) t.parts().get(1);
    assertThat(((TemplatePart.Literal) f.then().get(0)).text()).isEqualTo("yes");
    assertThat(((TemplatePart.Literal) f.otherwise().get(0)).text()).isEqualTo("no");
    TemplatePart.For loop = (TemplatePart.For) t.parts().get(3);
    assertThat(loop.keyVar()).isEqualTo("k");
    assertThat(loop.valueVar()).isEqualTo("v");
    assertThat(((Expr.Template) attr("\"x ${~ \"y\" ~} z\"")).parts()).satisfies(parts -> {
      assertThat(((TemplatePart.Literal) parts.get(0)).text()).isEqualTo("x");
      assertThat(((TemplatePart.Literal) parts.get(2)).text()).isEqualTo("z");
    });
  }

  @Test
  void heredocsKeepTextAndFlushHeredocsStripIndentation() {
    HclFile f = parse("a = <<EOF\n  one\n    two ${x}\nEOF\nb = <<-EOT\n    one\n      two\n    EOT\nc = 1\n");
    Expr.Template a = (Expr.Template) f.body().attributes().get(0).value();
    assertThat(((TemplatePart.Literal) a.parts().get(0)).text()).isEqualTo("  one\n    two ");
    assertThat(a.heredoc()).isTrue();
    Expr.Template b = (Expr.Template) f.body().attributes().get(1).value();
    assertThat(((TemplatePart.Literal) b.parts().get(0)).text()).isEqualTo("one\n  two\n");
    assertThat(f.body().attributes().get(2).span().line()).isEqualTo(9);
  }

  @Test
  void tuplesAndObjects() {
    Expr.Tuple t = (Expr.Tuple) attr("[\n 1,\n \"two\",\n [3],\n]");
    assertThat(t.items()).hasSize(3);
    Expr.ObjectCons o = (Expr.ObjectCons) attr("{\n a = 1\n \"b.c\" : 2, (var.k) = 3\n}");
    assertThat(o.items()).hasSize(3);
    assertThat(o.items().get(0).key()).isInstanceOf(Expr.Variable.class);
    assertThat(o.items().get(1).key()).isInstanceOf(Expr.Template.class);
    assertThat(o.items().get(2).key()).isInstanceOf(Expr.Parens.class);
  }

  @Test
  void functionCallsWithExpansion() {
    Expr.Call c = (Expr.Call) attr("concat(a,\n b...)");
    assertThat(c.name()).isEqualTo("concat");
    assertThat(c.args()).hasSize(2);
    assertThat(c.expandLast()).isTrue();
    assertThat(((Expr.Call) attr("provider::aws::arn_parse(x)")).name()).isEqualTo("provider::aws::arn_parse");
  }

  @Test
  void forExpressions() {
    Expr.For t = (Expr.For) attr("[for s in var.l : upper(s) if s != \"\"]");
    assertThat(t.keyVar()).isNull();
    assertThat(t.valueVar()).isEqualTo("s");
    assertThat(t.cond()).isInstanceOf(Expr.Binary.class);
    Expr.For o = (Expr.For) attr("{\n for k, v in var.m :\n v => k...\n}");
    assertThat(o.keyVar()).isEqualTo("k");
    assertThat(o.key()).isInstanceOf(Expr.Variable.class);
    assertThat(o.grouped()).isTrue();
  }

  @Test
  void operatorPrecedence() {
    // || binds loosest, then &&, equality, comparison, + -, * / %
    Expr.Binary or = (Expr.Binary) attr("a || b && c == d + e * f");
    assertThat(or.op()).isEqualTo("||");
    Expr.Binary and = (Expr.Binary) or.right();
    assertThat(and.op()).isEqualTo("&&");
    Expr.Binary eq = (Expr.Binary) and.right();
    assertThat(eq.op()).isEqualTo("==");
    Expr.Binary plus = (Expr.Binary) eq.right();
    assertThat(plus.op()).isEqualTo("+");
    assertThat(((Expr.Binary) plus.right()).op()).isEqualTo("*");
    Expr.Binary leftAssoc = (Expr.Binary) attr("a - b - c");
    assertThat(leftAssoc.left()).isInstanceOf(Expr.Binary.class);
    Expr.Unary not = (Expr.Unary) ((Expr.Binary) attr("!a == b")).left();
    assertThat(not.op()).isEqualTo("!");
  }

  @Test
  void conditionalsNestToTheRight() {
    Expr.Conditional c = (Expr.Conditional) attr("a ? b : c ? d : e");
    assertThat(c.whenFalse()).isInstanceOf(Expr.Conditional.class);
  }

  @Test
  void traversalsIndexesAndSplats() {
    Expr.GetAttr g = (Expr.GetAttr) attr("module.vpc.private_subnets");
    assertThat(g.name()).isEqualTo("private_subnets");
    Expr.Index legacy = (Expr.Index) attr("a.0");
    assertThat(legacy.legacy()).isTrue();
    Expr.Index ix = (Expr.Index) attr("a[\"k\"]");
    assertThat(ix.legacy()).isFalse();
    Expr.Splat full = (Expr.Splat) attr("a[*].b[0]");
    assertThat(full.full()).isTrue();
    assertThat(full.steps()).hasSize(2);
    Expr.Index afterAttrSplat = (Expr.Index) attr("a.*.b[0]");
    assertThat(((Expr.Splat) afterAttrSplat.object()).full()).isFalse();
  }

  @Test
  void commentsOfAllThreeKindsAreSkippedAndLineCommentsKept() {
    HclFile f = parse("# one\na = 1 // two\n/* three\n four */ b = 2\n");
    assertThat(f.body().attributes()).extracting(Body.Attribute::name).containsExactly("a", "b");
    assertThat(f.comments()).extracting(Comment::text).containsExactly(" one", " two");
    assertThat(f.comments().get(0).ownLine()).isTrue();
    assertThat(f.comments().get(1).ownLine()).isFalse();
  }

  @Test
  void everyExpressionKeepsItsExactSourceAndPosition() {
    String text = "x = {\n  y = merge(local.a, {b = \"c\"})   # note\n}\n";
    HclFile f = parse(text);
    Expr.ObjectCons o = (Expr.ObjectCons) f.body().attributes().get(0).value();
    Expr call = o.items().get(0).value();
    assertThat(f.source(call.span())).isEqualTo("merge(local.a, {b = \"c\"})");
    assertThat(call.span().line()).isEqualTo(2);
    assertThat(call.span().column()).isEqualTo(7);
  }

  @Test
  void newlinesEndAttributesOutsideBrackets() {
    assertThat(error("a = 1 +\n2\n").getMessage()).startsWith("t.tf:1:8:");
    assertThat(error("a = 1 b = 2\n").reason()).contains("expected a newline");
  }

  @Test
  void malformedInputGivesOnePositionedReason() {
    List<String[]> cases = List.of(
        new String[] {"a = \"abc\n", "t.tf:1:5: unterminated string"},
        new String[] {"a = <<EOF\nno end\n", "t.tf:1:5: unterminated heredoc"},
        new String[] {"b {\n  a = 1\n", "t.tf:3:1: missing } to close the block opened at line 1"},
        new String[] {"a = [1, 2\n", "t.tf:2:1: missing ]"},
        new String[] {"a = \"${x\"\n", "t.tf:1:9: expected } to close the ${"},
        new String[] {"a = 1\na = 2\n", "t.tf:2:1: attribute \"a\" is already defined at line 1"},
        new String[] {"resource \"a\" \"b\"\n{\n}\n", "t.tf:1:17: block \"resource\" has no opening {"},
        new String[] {"a = 'x'\n", "t.tf:1:5: unexpected character '"},
        new String[] {"a = \"\\q\"\n", "t.tf:1:6: invalid escape sequence \\q"},
        new String[] {"/* open\n", "t.tf:1:1: unterminated /* comment"},
        new String[] {"a = \"%{ if x }y\"\n", "t.tf:1:6: missing %{ endif }"},
        new String[] {"}\n", "t.tf:1:1: unexpected }"});
    for (String[] c : cases) {
      assertThat(error(c[0]).getMessage()).as(c[0]).startsWith(c[1]);
      assertThat(error(c[0]).getMessage()).doesNotContain("\n");
    }
  }

  @Test
  void depthIsBounded() {
    assertThat(error("a = " + "[".repeat(100_000)).reason()).contains("nested deeper than");
    assertThat(error("a = " + "-".repeat(100_000) + "1\n").reason()).contains("nested deeper than");
    assertThat(error("a = x" + ".y".repeat(100_000) + "\n").reason()).contains("nested deeper than");
    assertThat(error("a = 1" + " + 1".repeat(100_000) + "\n").reason()).contains("nested deeper than");
    assertThat(error("a { ".repeat(100_000)).reason()).contains("nested deeper than");
    assertThat(error("a = \"" + "${\"".repeat(50_000)).reason()).contains("nested deeper than");
  }

  @Test
  void strayBinaryIsAnErrorNotACrash() {
    assertThatThrownBy(() -> parse("a = \u0000\u0001")).isInstanceOf(HclSyntaxException.class)
        .hasMessageContaining("U+0000");
  }
}
