package dev.seaworthy.rules.deprecation;

import dev.seaworthy.core.data.KubernetesVersion;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.rule.Violation;
import java.util.Optional;

/** Message and fix building shared by api-removed and api-deprecated. */
final class ApiMessages {

  private ApiMessages() {}

  /** The apiVersion node when it was written, else the object (typed-list items may omit it). */
  static Node anchor(Resource resource) {
    Node apiVersion = resource.node().at("apiVersion");
    return apiVersion.isScalar() ? apiVersion : resource.node();
  }

  /** "; migrate to X (served since Y): notes", or the notes alone when there is no replacement. */
  static String migration(ApiLifecycle.Entry e) {
    Optional<String> replacement = e.replacement();
    if (replacement.isEmpty()) {
      return e.notes().isEmpty() ? "" : "; " + e.notes();
    }
    String since =
        e.replacementAvailableIn()
            .map(v -> e.isKubernetes() ? " (served since Kubernetes " + v + ")" : " (" + ApiLifecycle.componentName(e.component()) + " " + v + " and later)")
            .orElse("");
    return "; migrate to " + replacement.get() + since + (e.notes().isEmpty() ? "" : ": " + e.notes());
  }

  /** A violation on the apiVersion, with the rename fix when the data allows it. */
  static Violation violation(Resource resource, ApiLifecycle.Entry e, KubernetesVersion target, String message) {
    Node anchor = anchor(resource);
    Violation v = Violation.of(anchor, message);
    Optional<String> rename = e.renameTarget(target);
    if (rename.isPresent() && anchor.isScalar()) {
      v = v.withFix(Fix.of("Change apiVersion to " + rename.get(), PatchOp.replace("/apiVersion", rename.get())));
    }
    return v;
  }
}
