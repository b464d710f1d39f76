package dev.seaworthy.core.view;

import java.util.Optional;

/**
 * A container image reference split as the container runtime splits it: {@code registry/repository:tag@digest}.
 * The first path component is a registry only if it contains a dot or a colon or is {@code localhost};
 * otherwise the image comes from Docker Hub.
 */
public record ImageReference(String registry, String repository, String tag, String digest, boolean explicitRegistry) {

  public static final String DOCKER_HUB = "docker.io";

  public static Optional<ImageReference> parse(String image) {
    if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    String rest = image;
    String digest = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String registry = DOCKER_HUB;
    boolean explicit = false;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        explicit = true;
        rest = rest.substring(slash + 1);
      }
    }
    String tag = "";
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(registry, rest, tag, digest, explicit));
  }

  public boolean hasDigest() {
    return !digest.isEmpty();
  }

  public boolean hasTag() {
    return !tag.isEmpty();
  }

  /** No digest, and a tag that is absent or {@code latest}: the image can change under the same name. */
  public boolean isMutable() {
    return !hasDigest() && (!hasTag() || tag.equals("latest"));
  }
}
