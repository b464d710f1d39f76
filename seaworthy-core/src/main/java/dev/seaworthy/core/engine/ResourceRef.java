package dev.seaworthy.core.engine;

import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;

/** How reports name a resource: identity and where it was declared, without its content. */
public record ResourceRef(Origin origin, String apiVersion, String kind, String namespace, String name, Position position) {

  public static ResourceRef of(Resource r) {
    return new ResourceRef(r.origin(), r.apiVersion(), r.kind(), r.namespace(), r.name(), r.position());
  }

  /** {@code Kind/namespace/name}, or {@code Kind/name} when there is no namespace; a Terraform address as it is. */
  public String display() {
    String n = name.isEmpty() ? "<unnamed>" : name;
    if (origin == Origin.TERRAFORM) {
      return n;
    }
    return namespace.isEmpty() ? kind + "/" + n : kind + "/" + namespace + "/" + n;
  }
}
