package dev.seaworthy.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One object to audit: a Kubernetes object from a manifest or the API server, or (later) a
 * Terraform or eksctl block. {@code namespace} is empty when the object does not name one; for a
 * namespaced kind that means "the namespace of whoever applies it".
 */
public record Resource(
    Origin origin,
    String apiVersion,
    String kind,
    String namespace,
    String name,
    Node node,
    Position position) {

  public Resource {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(position, "position");
  }

  /** Builds a resource from a Kubernetes object node, reading apiVersion, kind and metadata. */
  public static Resource fromObject(Origin origin, Node object) {
    return new Resource(
        origin,
        object.at("apiVersion").textOr(""),
        object.at("kind").textOr(""),
        object.at("metadata", "namespace").textOr(""),
        object.at("metadata", "name").textOr(object.at("metadata", "generateName").textOr("")),
        object,
        object.position());
  }

  /** The API group: {@code apps} for {@code apps/v1}, empty for the core group {@code v1}. */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The version part of apiVersion. */
  public String version() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  }

  public Node metadata() {
    return node.at("metadata");
  }

  public Map<String, String> labels() {
    return stringMap(node.at("metadata", "labels"));
  }

  public Map<String, String> annotations() {
    return stringMap(node.at("metadata", "annotations"));
  }

  public Optional<String> annotation(String key) {
    return node.at("metadata", "annotations", key).text();
  }

  /**
   * {@code Kind/namespace/name}, or {@code Kind/name} when there is no namespace; for Terraform the
   * address alone ({@code module.eks}, {@code aws_eks_cluster.this}), which already names the type.
   */
  public String ref() {
    String n = name.isEmpty() ? "<unnamed>" : name;
    if (origin == Origin.TERRAFORM) {
      return n;
    }
    return namespace.isEmpty() ? kind + "/" + n : kind + "/" + namespace + "/" + n;
  }

  public boolean is(String group, String kind) {
    return this.kind.equals(kind) && group().equals(group);
  }

  static Map<String, String> stringMap(Node map) {
    Map<String, String> out = new TreeMap<>();
    map.entries().forEach((k, v) -> v.text().ifPresent(t -> out.put(k, t)));
    return out;
  }
}
