package dev.seaworthy.core.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kubernetes minor version such as 1.34. Patch levels are ignored: API lifecycle moves by minor. */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

  private static final Pattern TEXT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?");

  public KubernetesVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("not a Kubernetes version: " + major + "." + minor);
    }
  }

  /** Parses {@code 1.34}, {@code v1.34} or {@code 1.34.2}. */
  public static Optional<KubernetesVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static KubernetesVersion of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not a Kubernetes version: " + text));
  }

  public boolean atLeast(KubernetesVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(KubernetesVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
