package dev.seaworthy.rules.cluster;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.view.eks.ModuleVersion;
import dev.seaworthy.core.view.eks.Setting;
import dev.seaworthy.core.view.eks.TerraformRefs;
import dev.seaworthy.core.view.eks.Values;

/** The AWS provider constraint that the {@code terraform} blocks of a module call's folder set. */
final class ModuleFolder {

  private ModuleFolder() {}

  /**
   * The {@code required_providers.aws} version constraint of the folder: explicit when written,
   * unknown when an expression, DEFAULT without value when no terraform block of the folder in the
   * audited input pins it.
   */
  static Setting<String> awsProviderConstraint(Inventory inventory, Resource call) {
    for (Resource t : inventory.ofKind("terraform")) {
      if (t.origin() != Origin.TERRAFORM || !TerraformRefs.sameFolder(t, call)) {
        continue;
      }
      for (Node block : Values.blocks(t.node(), "required_providers")) {
        Node aws = block.at("aws");
        if (!aws.isPresent()) {
          continue;
        }
        Node version = aws.isMap() ? aws.at("version") : aws;
        if (version.isPresent()) {
          return Values.string(version, null);
        }
      }
    }
    return Setting.byDefault(null, call.node(), "no required_providers entry for aws in this folder in the audited input");
  }

  static ModuleVersion parse(Setting<String> constraint) {
    return constraint.known().map(ModuleVersion::parse).orElse(ModuleVersion.NONE);
  }
}
