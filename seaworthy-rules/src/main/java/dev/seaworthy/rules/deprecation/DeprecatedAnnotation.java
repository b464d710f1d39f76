package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ChecklistItem;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.ResourceRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
    id = "deprecated-annotation",
    title = "Deprecated or removed annotation or label key",
    severity = Severity.MEDIUM,
    category = Category.DEPRECATION,
    checklist = {ChecklistItem.SECURITY_UPDATES},
    description = """
        The object relies on an annotation or node label key that has been deprecated or dropped outside \
        of any apiVersion change, so API-version scanners miss it: kubernetes.io/ingress.class (replaced \
        by spec.ingressClassName), the Karpenter keys do-not-evict, do-not-consolidate and \
        provisioner-name that Karpenter v1 ignores, and the seccomp and AppArmor annotations that the \
        securityContext fields replaced. An ignored key fails silently: pods lose their eviction \
        protection, a nodeSelector matches no node, a seccomp profile is no longer applied.""",
    remediation = "Replace the key with the field or key named in the finding.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/ingress/#deprecated-annotation",
      "https://kubernetes.io/docs/reference/labels-annotations-taints/",
      "https://karpenter.sh/v1.0/upgrading/v1-migration/",
      "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/ingress_class/"
    },
    example = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
          annotations:
            kubernetes.io/ingress.class: alb
        spec:
          rules:
            - host: api.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service: {name: api-service, port: {number: 8080}}
        """,
    fixedExample = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: main-ingress
        spec:
          ingressClassName: alb
          rules:
            - host: api.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service: {name: api-service, port: {number: 8080}}
        """)
public final class DeprecatedAnnotation implements ResourceRule {

  private static final String INGRESS_CLASS = "kubernetes.io/ingress.class";
  private static final String DO_NOT_EVICT = "karpenter.sh/do-not-evict";
  private static final String DO_NOT_DISRUPT = "karpenter.sh/do-not-disrupt";
  // an IngressClass name is a DNS-1123 subdomain
  private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  /** A map of annotations and the JSON pointer of that map, for fixes. */
  private record Annotations(Node map, String pointer, String noun) {}

  /** Resources that can carry one of the keys at all; the rest do not count as passed checks. */
  @Override
  public boolean appliesTo(Resource resource) {
    boolean podBearing = PodSpecView.of(resource).isPresent();
    boolean karpenterTemplate = resource.is("karpenter.sh", "NodePool") || resource.is("karpenter.sh", "Provisioner");
    for (DeprecatedMetadata.Entry entry : DeprecatedMetadata.bundled().entries()) {
      for (DeprecatedMetadata.Scope scope : entry.scopes()) {
        boolean reachable =
            switch (scope) {
              case OBJECT -> entry.allowsObject(resource.group(), resource.kind());
              case POD, NODE_SELECTION -> podBearing;
              case NODE_TEMPLATE -> karpenterTemplate;
            };
        if (reachable) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<Violation> check(Resource resource, RuleContext context) {
    KubernetesVersion target = context.targetVersion();
    Optional<PodSpecView> pod = PodSpecView.of(resource);
    // the same map can be reached twice (a Pod's metadata is its pod metadata): report each key once
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Violation> out = new ArrayList<>();
    for (DeprecatedMetadata.Entry entry : DeprecatedMetadata.bundled().entries()) {
      if (!entry.appliesAt(target)) {
        continue;
      }
      for (Annotations annotations : annotationMaps(resource, pod, entry)) {
        annotations.map().entries().forEach((key, value) -> {
          if (entry.matches(key) && seen.add(value)) {
            out.add(annotationViolation(resource, entry, annotations, key, value, target));
          }
        });
      }
      if (entry.labelKey() && entry.scopes().contains(DeprecatedMetadata.Scope.NODE_SELECTION) && pod.isPresent()) {
        for (Map.Entry<String, Node> use : nodeSelection(pod.get())) {
          if (entry.matches(use.getKey()) && seen.add(use.getValue())) {
            out.add(Violation.of(use.getValue(), "node label key " + use.getKey() + status(entry, target) + "; use " + entry.replacement() + ": " + entry.notes()));
          }
        }
      }
    }
    return out;
  }

  private static List<Annotations> annotationMaps(Resource resource, Optional<PodSpecView> pod, DeprecatedMetadata.Entry entry) {
    List<Annotations> maps = new ArrayList<>();
    if (entry.labelKey()) {
      return maps;
    }
    if (entry.scopes().contains(DeprecatedMetadata.Scope.OBJECT) && entry.allowsObject(resource.group(), resource.kind())) {
      maps.add(new Annotations(resource.node().at("metadata", "annotations"), "/metadata/annotations", "annotation"));
    }
    if (entry.scopes().contains(DeprecatedMetadata.Scope.POD) && pod.isPresent()) {
      PodSpecView p = pod.get();
      String noun = p.isController() ? "pod template annotation" : "pod annotation";
      maps.add(new Annotations(p.templateMetadata().at("annotations"), p.metadataPointer() + "/annotations", noun));
    }
    if (entry.scopes().contains(DeprecatedMetadata.Scope.NODE_TEMPLATE)) {
      if (resource.is("karpenter.sh", "NodePool")) {
        maps.add(new Annotations(resource.node().at("spec", "template", "metadata", "annotations"), "/spec/template/metadata/annotations", "node annotation"));
      } else if (resource.is("karpenter.sh", "Provisioner")) {
        maps.add(new Annotations(resource.node().at("spec", "annotations"), "/spec/annotations", "node annotation"));
      }
    }
    return maps;
  }

  /** Keys of spec.nodeSelector (reported on their value) and of nodeAffinity matchExpressions (on the key). */
  private static List<Map.Entry<String, Node>> nodeSelection(PodSpecView pod) {
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    pod.spec().at("nodeSelector").entries().forEach((k, v) -> out.add(Map.entry(k, v)));
    Node nodeAffinity = pod.spec().at("affinity", "nodeAffinity");
    for (Node term : nodeAffinity.at("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms").items()) {
      addExpressionKeys(term, out);
    }
    for (Node preferred : nodeAffinity.at("preferredDuringSchedulingIgnoredDuringExecution").items()) {
      addExpressionKeys(preferred.at("preference"), out);
    }
    return out;
  }

  private static void addExpressionKeys(Node term, List<Map.Entry<String, Node>> out) {
    for (Node expression : term.at("matchExpressions").items()) {
      Node key = expression.at("key");
      key.text().ifPresent(k -> out.add(Map.entry(k, key)));
    }
  }

  private static Violation annotationViolation(
      Resource resource, DeprecatedMetadata.Entry entry, Annotations annotations, String key, Node value, KubernetesVersion target) {
    StringBuilder message = new StringBuilder(annotations.noun()).append(' ').append(key).append(status(entry, target));
    message.append("; use ").append(entry.replacement()).append(": ").append(entry.notes());
    Optional<Fix> fix = Optional.empty();
    if (entry.key().equals(INGRESS_CLASS)) {
      Node className = resource.node().at("spec", "ingressClassName");
      if (className.isPresent()) {
        message.append(". spec.ingressClassName is also set, and the API server rejects an Ingress that sets both");
      }
      fix = ingressClassFix(resource, annotations, key, value, className);
    } else if (entry.key().equals(DO_NOT_EVICT)) {
      fix = doNotEvictFix(annotations, key, value);
    }
    Violation v = Violation.of(value, message.toString());
    return fix.map(v::withFix).orElse(v);
  }

  /** "was removed in Karpenter v1.0.0 (2024-08-14) and is ignored" / "is deprecated since Kubernetes 1.18 (audit target 1.35)". */
  private static String status(DeprecatedMetadata.Entry entry, KubernetesVersion target) {
    if (!entry.isKubernetes()) {
      String component = ApiLifecycle.componentName(entry.component());
      if (entry.labelKey()) {
        return " was dropped in " + component + " " + entry.removedIn().orElse("?") + entry.removedOn().map(d -> " (" + d + ")").orElse("");
      }
      return " was removed in " + component + " " + entry.removedIn().orElse("?") + entry.removedOn().map(d -> " (" + d + ")").orElse("")
          + " and current " + component + " releases ignore it";
    }
    if (entry.ignoredAt(target)) {
      return " is ignored since Kubernetes " + entry.removedIn().orElse("?") + " (deprecated since " + entry.deprecatedIn() + "; audit target " + target + ")";
    }
    return " is deprecated since Kubernetes " + entry.deprecatedIn() + " (audit target " + target + ")";
  }

  private static Optional<Fix> ingressClassFix(Resource resource, Annotations annotations, String key, Node value, Node className) {
    // only networking.k8s.io/v1 has spec.ingressClassName in the shape written here
    if (!resource.apiVersion().equals("networking.k8s.io/v1") || !annotations.pointer().equals("/metadata/annotations")) {
      return Optional.empty();
    }
    Optional<String> cls = value.text().filter(t -> t.length() <= 253 && DNS_SUBDOMAIN.matcher(t).matches());
    if (cls.isEmpty()) {
      return Optional.empty();
    }
    PatchOp remove = PatchOp.remove(annotations.pointer() + "/" + PatchOp.escape(key));
    if (className.isPresent()) {
      // both set: dropping the annotation is only safe when they agree
      return className.text().filter(cls.get()::equals).map(c -> Fix.of("Remove the redundant " + key + " annotation", remove));
    }
    if (!resource.node().at("spec").isMap()) {
      return Optional.empty();
    }
    return Optional.of(
        Fix.of("Set spec.ingressClassName to " + cls.get() + " and remove the " + key + " annotation", PatchOp.add("/spec/ingressClassName", cls.get()), remove));
  }

  private static Optional<Fix> doNotEvictFix(Annotations annotations, String key, Node value) {
    if (!annotations.map().at(DO_NOT_DISRUPT).isMissing() || value.text().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Fix.of(
            "Rename " + key + " to " + DO_NOT_DISRUPT,
            PatchOp.add(annotations.pointer() + "/" + PatchOp.escape(DO_NOT_DISRUPT), value.text().get()),
            PatchOp.remove(annotations.pointer() + "/" + PatchOp.escape(key))));
  }
}
