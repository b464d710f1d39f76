package dev.seaworthy.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values of expressions as rules see them: known values typed, everything else the expression's source. */
class EvaluationTest {

  @TempDir Path tmp;

  private Node eval(String expr) {
    return eval(expr, "");
  }

  private Node eval(String expr, String more) {
    LoadedInput in = Tf.folder(tmp, "main.tf", "resource \"t\" \"r\" {\n  v = " + expr + "\n}\n" + more);
    assertThat(in.errors()).isEmpty();
    return Tf.resource(in, "t.r").node().at("v");
  }

  private static ScalarType type(Node n) {
    return ((ScalarNode) n).type();
  }

  private void known(String expr, String text, ScalarType type) {
    Node v = eval(expr);
    assertThat(v.text()).as(expr).contains(text);
    assertThat(type(v)).as(expr).isEqualTo(type);
  }

  private void unknown(String expr) {
    Node v = eval(expr);
    assertThat(type(v)).as(expr).isEqualTo(ScalarType.EXPRESSION);
    assertThat(v.text()).as(expr).contains(expr);
  }

  @Test
  void operators() {
    known("1 + 2 * 3", "7", ScalarType.INT);
    known("7 / 2", "3.5", ScalarType.FLOAT);
    known("7 % 4", "3", ScalarType.INT);
    known("-(2 - 5)", "3", ScalarType.INT);
    known("\"a\" == \"a\" && 2 > 1", "true", ScalarType.BOOL);
    known("[1, \"x\"] != [1, \"x\"] || !true", "false", ScalarType.BOOL);
    known("\"5\" + 1", "6", ScalarType.INT);
    known("true ? \"yes\" : \"no\"", "yes", ScalarType.STRING);
    unknown("1e999 * 2");
    unknown("1 / 0");
    unknown("aws_kms_key.eks.arn == \"x\"");
    unknown("var.missing ? 1 : 2");
  }

  @Test
  void pureFunctions() {
    known("lower(\"ABC\")", "abc", ScalarType.STRING);
    known("format(\"%s-%d-%q\", \"a\", 3, \"b\")", "a-3-\"b\"", ScalarType.STRING);
    known("join(\",\", concat([\"a\"], [\"b\", \"c\"]))", "a,b,c", ScalarType.STRING);
    known("length(split(\",\", \"a,b,c\"))", "3", ScalarType.INT);
    known("coalesce(\"\", null, \"z\")", "z", ScalarType.STRING);
    known("lookup({a = 1}, \"b\", 2)", "2", ScalarType.INT);
    known("element([\"a\", \"b\"], 3)", "b", ScalarType.STRING);
    known("contains(toset([\"a\", \"a\"]), \"a\")", "true", ScalarType.BOOL);
    known("join(\"\", keys({b = 1, a = 2}))", "ab", ScalarType.STRING);
    known("length(flatten([[1], [2, [3]]]))", "3", ScalarType.INT);
    known("length(distinct([1, 1, 2]))", "2", ScalarType.INT);
    known("replace(\"a-b-c\", \"-\", \"_\")", "a_b_c", ScalarType.STRING);
    known("substr(\"hello\", 1, 3)", "ell", ScalarType.STRING);
    known("max(1, 5, 3) + min(4, 2)", "7", ScalarType.INT);
    known("tonumber(\"12\") + 1", "13", ScalarType.INT);
    known("tostring(12)", "12", ScalarType.STRING);
    known("tobool(\"true\")", "true", ScalarType.BOOL);
    assertThat(eval("try(local.m.missing, \"fallback\")", "locals {\n  m = { a = 1 }\n}\n").text()).contains("fallback");
    assertThat(eval("try(local.m.a, \"fallback\")", "locals {\n  m = { a = 1 }\n}\n").asLong()).hasValue(1);
    known("can(tonumber(\"x\"))", "false", ScalarType.BOOL);
    known("merge({a = 1}, {b = 2}).b", "2", ScalarType.INT);
    known("jsondecode(\"{\\\"a\\\": [1, 2]}\").a[1]", "2", ScalarType.INT);
    known("upper(concat([[\"a\"], [\"b\"]]...)[1])", "B", ScalarType.STRING);
    unknown("timestamp()");
    unknown("uuid()");
    unknown("replace(\"abc\", \"/b+/\", \"x\")");
    unknown("lower(module.x.name)");
    unknown("[for s in [\"a\"] : upper(s)]");
    unknown("[\"a\", \"b\"][*]");
  }

  @Test
  void jsonencodeIsTheStructure() {
    Node v = eval("jsonencode({ Statement = [{ Action = [\"s3:*\"], Resource = aws_s3_bucket.b.arn }] })");
    assertThat(v.at("Statement", "0", "Action", "0").text()).contains("s3:*");
    assertThat(type(v.at("Statement", "0", "Resource"))).isEqualTo(ScalarType.EXPRESSION);
  }

  @Test
  void referencesResolveWithTheUseSitePosition() {
    Node v = eval("local.tags", "locals {\n  tags = { team = var.team }\n}\nvariable \"team\" {\n  default = \"core\"\n}\n");
    assertThat(v.at("team").text()).contains("core");
    assertThat(v.position().line()).isEqualTo(2);
    assertThat(v.at("team").position().line()).isEqualTo(2);
    assertThat(v.at("team").position().file()).endsWith("main.tf");
  }

  @Test
  void templateDirectivesAndUnwrapping() {
    known("\"%{ for i, x in [\"a\", \"b\"] }${i}${x}%{ endfor }\"", "0a1b", ScalarType.STRING);
    known("\"${true}\"", "true", ScalarType.BOOL);
    known("\"n=${1 + 1}\"", "n=2", ScalarType.STRING);
    unknown("\"arn:${data.aws_partition.current.partition}:iam\"");
  }
}
