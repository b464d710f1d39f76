package dev.seaworthy.rules.validity;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "yaml-implicit-type",
    title = "Unquoted value is not a string where Kubernetes requires one",
    severity = Severity.HIGH,
    category = Category.VALIDITY,
    description = """
        Kubernetes tooling reads YAML with YAML 1.1 rules (sigs.k8s.io/yaml), where unquoted yes, no, \
        on, off, y, n, true and false are booleans and 1.0, 0755 or 8080 are numbers. Label and \
        annotation values, env values, command and args items, ConfigMap data and nodeSelector values \
        must be strings, so `value: yes` is not a string: `kubectl apply` fails with "cannot \
        unmarshal bool into Go struct field ... of type string", and a client that decodes into \
        the typed API objects silently rewrites the value (yes becomes "true", 1.10 becomes "1.1", 0755 \
        becomes "493"). Quoting keeps the text exactly as written.""",
    remediation = "Quote the value (\"yes\", \"1.0\", \"8080\") so that YAML reads it as a string.",
    references = {
      "https://kubernetes.io/docs/concepts/configuration/overview/",
      "https://yaml.org/type/bool.html",
      "https://github.com/kubernetes-sigs/yaml",
      "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/"
    },
    equivalents = {"kube-linter:schema-validation"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          annotations:
            prometheus.io/scrape: true
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              env:
                - name: FEATURE_X
                  value: yes
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          annotations:
            prometheus.io/scrape: "true"
        spec:
          containers:
            - name: api
              image: example/api:2.1.0
              env:
                - name: FEATURE_X
                  value: "yes"
        """)
public final class YamlImplicitType implements ResourceRule {

  @Override
  public boolean appliesTo(Resource resource) {
    return resource.node().at("metadata").isMap() || PodSpecView.of(resource).isPresent();
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    Node root = resource.node();
    metadata(root.at("metadata"), "/metadata", "", out);
    if (resource.is("batch", "CronJob")) {
      metadata(root.at("spec", "jobTemplate", "metadata"), "/spec/jobTemplate/metadata", "job template ", out);
    }
    if (resource.is("apps", "StatefulSet")) {
      List<Node> claims = root.at("spec", "volumeClaimTemplates").items();
      for (int i = 0; i < claims.size(); i++) {
        metadata(claims.get(i).at("metadata"), "/spec/volumeClaimTemplates/" + i + "/metadata", "volume claim template ", out);
      }
    }
    if (resource.is("", "ConfigMap")) {
      values(root.at("data"), "/data", "ConfigMap data key", out);
    }
    PodSpecView.of(resource).ifPresent(pod -> podSpec(pod, out));
    return out;
  }

  private static void podSpec(PodSpecView pod, List<Violation> out) {
    if (!pod.metadataPointer().equals("/metadata")) { // a Pod's template metadata is its own metadata
      metadata(pod.templateMetadata(), pod.metadataPointer(), "pod template ", out);
    }
    values(pod.spec().at("nodeSelector"), pod.specPointer() + "/nodeSelector", "nodeSelector", out);
    for (ContainerView c : pod.allContainers()) {
      List<Node> env = c.env();
      for (int i = 0; i < env.size(); i++) {
        String name = env.get(i).at("name").textOr("#" + i);
        check(env.get(i).at("value"), c.pointer() + "/env/" + i + "/value", c.describe() + " env \"" + name + "\" value", out);
      }
      for (String field : List.of("command", "args")) {
        List<Node> items = c.node().at(field).items();
        for (int i = 0; i < items.size(); i++) {
          check(items.get(i), c.pointer() + "/" + field + "/" + i, c.describe() + " " + field + "[" + i + "]", out);
        }
      }
    }
  }

  private static void metadata(Node metadata, String pointer, String prefix, List<Violation> out) {
    values(metadata.at("labels"), pointer + "/labels", prefix + "label", out);
    values(metadata.at("annotations"), pointer + "/annotations", prefix + "annotation", out);
  }

  private static void values(Node map, String pointer, String what, List<Violation> out) {
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      check(e.getValue(), pointer + "/" + PatchOp.escape(e.getKey()), what + " \"" + e.getKey() + "\"", out);
    }
  }

  private static void check(Node node, String pointer, String what, List<Violation> out) {
    if (!(node instanceof ScalarNode scalar) || !scalar.isPlain()) {
      return;
    }
    String reads =
        switch (scalar.type()) {
          case BOOL -> "a boolean";
          case INT -> "an integer";
          case FLOAT -> "a number";
          case STRING, NULL, EXPRESSION -> null; // an unresolved Terraform expression is not YAML
        };
    if (reads == null) {
      return;
    }
    String text = scalar.value();
    out.add(
        Violation.of(scalar, what + " is written " + text + " without quotes, which Kubernetes reads as " + reads + ", not a string: quote it (\"" + text + "\")")
            .withFix(Fix.of("Quote " + text + " so it stays the string \"" + text + "\"", PatchOp.replace(pointer, text))));
  }
}
