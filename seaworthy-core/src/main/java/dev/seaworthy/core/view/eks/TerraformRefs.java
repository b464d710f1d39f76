package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows references in unresolved Terraform expressions to the blocks of the same input:
 * {@code aws_iam_policy.s3_access.arn} names the resource at address {@code aws_iam_policy.s3_access}.
 * Only addresses are followed, never evaluated; a block defined in the same folder wins over one
 * with the same address elsewhere.
 */
public final class TerraformRefs {

  private static final Pattern ADDRESS =
      Pattern.compile("(?<![A-Za-z0-9_.\\-])((?:data\\.)?[a-z][a-z0-9_]*|module)\\.([A-Za-z_][A-Za-z0-9_\\-]*)");

  private TerraformRefs() {}

  /** Block addresses an expression's source mentions, in order ({@code aws_kms_key.eks}, {@code module.vpc}). */
  public static List<String> addresses(Node expression) {
    Set<String> out = new LinkedHashSet<>();
    if (!Values.isExpression(expression)) {
      return List.of();
    }
    Matcher m = ADDRESS.matcher(expression.textOr(""));
    while (m.find()) {
      String type = m.group(1);
      if (type.equals("var") || type.equals("local") || type.equals("each") || type.equals("count")
          || type.equals("path") || type.equals("terraform") || type.equals("self")) {
        continue;
      }
      out.add(type + "." + m.group(2));
    }
    return List.copyOf(out);
  }

  /** Terraform blocks by folder and address, and the first by address alone; built once per audit. */
  private record Index(Map<String, Resource> byFolderAndAddress, Map<String, Resource> byAddress) {}

  private static final Inventory.Derived<Index> INDEX =
      Inventory.Derived.of("terraform blocks by address", inventory -> {
        Map<String, Resource> inFolder = new HashMap<>();
        Map<String, Resource> first = new HashMap<>();
        for (Resource r : inventory.all()) {
          if (r.origin() == Origin.TERRAFORM) {
            inFolder.putIfAbsent(folder(r) + "\u0000" + r.name(), r);
            first.putIfAbsent(r.name(), r);
          }
        }
        return new Index(inFolder, first);
      });

  /** The Terraform block at an address, preferring the folder of {@code from}. */
  public static Optional<Resource> find(Inventory inventory, Resource from, String address) {
    Index index = inventory.get(INDEX);
    Resource local = index.byFolderAndAddress().get(folder(from) + "\u0000" + address);
    return Optional.ofNullable(local != null ? local : index.byAddress().get(address));
  }

  /** The blocks an expression refers to, of the given kind (for {@code aws_iam_policy.x.arn}: that policy). */
  public static List<Resource> referenced(Inventory inventory, Resource from, Node expression, String kind) {
    List<Resource> out = new ArrayList<>();
    for (String a : addresses(expression)) {
      if (a.startsWith(kind + ".")) {
        find(inventory, from, a).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Whether two blocks come from files of the same folder (one Terraform root module). */
  public static boolean sameFolder(Resource a, Resource b) {
    return Objects.equals(folder(a), folder(b));
  }

  /** The folder part of the resource's file as reports show it ({@code ""} for a bare file name). */
  public static String folder(Resource r) {
    String file = r.position().file();
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /** Whether an expression mentions the address (as {@code address.attr} or {@code address[...]}). */
  public static boolean mentions(Node expression, String address) {
    return addresses(expression).contains(address);
  }
}
