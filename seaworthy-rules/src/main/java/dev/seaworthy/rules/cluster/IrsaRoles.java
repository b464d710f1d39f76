package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;

/** Which resources may define IRSA roles (the views decide whether they do). */
final class IrsaRoles {

  private IrsaRoles() {}

  static boolean mayDefine(Resource r) {
    if (r.origin() == Origin.TERRAFORM) {
      return r.kind().equals("module") || r.kind().equals("aws_iam_role");
    }
    return r.kind().equals("ClusterConfig") && r.apiVersion().startsWith("eksctl.io/");
  }
}
