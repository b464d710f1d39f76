package dev.seaworthy.iac.eval;

import dev.seaworthy.core.model.Node;
import java.util.Optional;

/** What {@code var.x} and {@code local.y} mean in one Terraform module. */
public interface Scope {

  /** Empty: nothing resolves, every reference stays unknown (tfvars files, variable defaults). */
  Scope EMPTY = (root, name) -> Optional.empty();

  /**
   * The value of {@code root.name} ({@code root} is {@code var} or {@code local}) with the positions
   * where it is defined, or empty when the input does not define it (or defining it is circular).
   */
  Optional<Node> lookup(String root, String name);
}
