package dev.seaworthy.core.view;

import dev.seaworthy.core.model.Node;
import java.util.List;
import java.util.Optional;

/**
 * One container of a pod spec, with the effective values that Kubernetes computes from container
 * and pod security contexts (the container wins where both set a field).
 */
public final class ContainerView {

  /** Where in the pod spec the container is declared. */
  public enum Type {
    INIT("init container"),
    CONTAINER("container"),
    EPHEMERAL("ephemeral container");

    private final String noun;

    Type(String noun) {
      this.noun = noun;
    }

    public String noun() {
      return noun;
    }
  }

  private final PodSpecView pod;
  private final Node node;
  private final Type type;
  private final String pointer;

  ContainerView(PodSpecView pod, Node node, Type type, String pointer) {
    this.pod = pod;
    this.node = node;
    this.type = type;
    this.pointer = pointer;
  }

  public PodSpecView pod() {
    return pod;
  }

  public Node node() {
    return node;
  }

  public Type type() {
    return type;
  }

  /** JSON pointer of this container inside the resource, for fixes. */
  public String pointer() {
    return pointer;
  }

  public String name() {
    return node.at("name").textOr("<unnamed>");
  }

  /** {@code container "app"} / {@code init container "migrate"}: how messages name it. */
  public String describe() {
    return type.noun() + " \"" + name() + "\"";
  }

  public String image() {
    return node.at("image").textOr("");
  }

  public Optional<ImageReference> imageReference() {
    Optional<ImageReference> ref = imageReference;
    if (ref == null) {
      ref = ImageReference.parse(image()); // pure: a race parses twice and keeps an equal value
      imageReference = ref;
    }
    return ref;
  }

  /** Parsed on first use: many rules read the image of every container. */
  private volatile Optional<ImageReference> imageReference;

  /** An init container with {@code restartPolicy: Always} runs beside the app for the pod's life. */
  public boolean isSidecar() {
    return type == Type.INIT && node.at("restartPolicy").textOr("").equals("Always");
  }

  /** Regular containers and sidecars: the ones that keep running. */
  public boolean isLongLived() {
    return type == Type.CONTAINER || isSidecar();
  }

  public Node securityContext() {
    return node.at("securityContext");
  }

  /**
   * The effective value of a scalar field that exists on both security contexts ({@code runAsUser},
   * {@code runAsGroup}, {@code runAsNonRoot}): the container's if set, else the pod's. Also right for
   * {@code seccompProfile} and {@code appArmorProfile}, which are replaced as a whole.
   */
  public Node effectiveSecurity(String field) {
    Node own = securityContext().at(field);
    return own.isPresent() ? own : pod.securityContext().at(field);
  }

  /**
   * One field of a structured setting that the kubelet merges field by field ({@code seLinuxOptions},
   * {@code windowsOptions}): the container's sub-field if set, else the pod's.
   */
  public Node effectiveSecurity(String field, String subField) {
    Node own = securityContext().at(field, subField);
    return own.isPresent() ? own : pod.securityContext().at(field, subField);
  }

  public Node resources() {
    return node.at("resources");
  }

  public List<Node> ports() {
    return node.at("ports").items();
  }

  public List<Node> env() {
    return node.at("env").items();
  }

  /** Whether the container declares this port, by number or by name. */
  public boolean exposesPort(Node port) {
    if (!port.isScalar()) {
      return false;
    }
    Optional<String> name = port.asLong().isPresent() ? Optional.empty() : port.text();
    for (Node p : ports()) {
      if (name.isPresent()) {
        if (name.get().equals(p.at("name").textOr(null))) {
          return true;
        }
      } else if (port.asLong().equals(p.at("containerPort").asLong())) {
        return true;
      }
    }
    return false;
  }
}
