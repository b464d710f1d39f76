package dev.seaworthy.kube;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * What was read from one cluster: the objects (origin LIVE, no managedFields, status kept), the
 * kinds that could not be read and why, and the API server's version.
 *
 * @param scope {@code all namespaces} or {@code namespace X}
 * @param listed the kinds that were listed (served, and allowed)
 */
public record Snapshot(
    String context,
    String server,
    Optional<KubernetesVersion> version,
    String scope,
    List<Resource> resources,
    List<KubeKind> listed,
    List<Gap> gaps) {

  public Snapshot {
    resources = List.copyOf(resources);
    listed = List.copyOf(listed);
    gaps = List.copyOf(gaps);
  }

  public List<Resource> ofKind(String kind) {
    return resources.stream().filter(r -> r.kind().equals(kind)).toList();
  }
}
