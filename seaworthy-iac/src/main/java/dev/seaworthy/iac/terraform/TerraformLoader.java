package dev.seaworthy.iac.terraform;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.SourceLoader;
import dev.seaworthy.iac.hcl.Hcl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Terraform input for the audit: {@code .tf} and {@code .tf.json} configuration (each folder one
 * module), {@code .tfvars} and {@code .tfvars.json} variable files, and the JSON of
 * {@code terraform show -json} (a plan, recognised by its {@code format_version}). Every block
 * becomes a {@link dev.seaworthy.core.model.Resource} of origin TERRAFORM; broken files become
 * input errors with file, line and column, and the rest is still read.
 *
 * <p>Nothing is ever fetched or executed: {@code data "http"} is a block like any other, and
 * {@code file()} or {@code templatefile()} stay unknown.
 */
public final class TerraformLoader implements SourceLoader {

  private static final Pattern PLAN_START = Pattern.compile("^\\uFEFF?\\s*\\{\\s*\"format_version\"\\s*:");

  private final LoadLimits limits;
  private final int maxDepth;

  public TerraformLoader(LoadLimits limits) {
    this.limits = limits;
    this.maxDepth = Math.min(limits.maxDepth(), Hcl.DEFAULT_MAX_DEPTH);
  }

  public TerraformLoader() {
    this(LoadLimits.DEFAULTS);
  }

  @Override
  public boolean claims(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
      return true;
    }
    return name.endsWith(".json") && looksLikePlan(file);
  }

  @Override
  public boolean claimsText(String text) {
    return PLAN_START.matcher(text.substring(0, Math.min(text.length(), 512))).find();
  }

  /** Peeks at the first bytes only: a plan starts with its format_version. */
  private static boolean looksLikePlan(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(512);
      return PLAN_START.matcher(new String(head, StandardCharsets.UTF_8)).find();
    } catch (IOException | RuntimeException e) {
      return false; // unreadable: not claimed, the manifest loader reports it
    }
  }

  @Override
  public LoadedInput load(List<SourceFile> files) {
    LoadedInput out = new LoadedInput(List.of(), List.of(), List.of(), 0);
    Map<Object, List<SourceFile>> modules = new LinkedHashMap<>();
    for (SourceFile f : files) {
      String name = baseName(f);
      if (isConfigOrVars(name)) {
        modules.computeIfAbsent(folder(f), k -> new ArrayList<>()).add(f);
      } else {
        out = out.plus(new PlanReader(limits).read(f));
      }
    }
    for (List<SourceFile> module : modules.values()) {
      out = out.plus(new ModuleLoader(limits, maxDepth).load(module));
    }
    return out;
  }

  private static boolean isConfigOrVars(String name) {
    return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars") || name.endsWith(".tfvars.json");
  }

  private static Object folder(SourceFile f) {
    if (f.path() == null) {
      return f.name();
    }
    Path parent = f.path().toAbsolutePath().normalize().getParent();
    return parent == null ? "" : parent;
  }

  static String baseName(SourceFile f) {
    String n = f.path() != null && f.path().getFileName() != null ? f.path().getFileName().toString() : f.name();
    int slash = n.lastIndexOf('/');
    return (slash >= 0 ? n.substring(slash + 1) : n).toLowerCase(Locale.ROOT);
  }

  static boolean isOverride(String baseName) {
    return baseName.equals("override.tf") || baseName.equals("override.tf.json")
        || baseName.endsWith("_override.tf") || baseName.endsWith("_override.tf.json");
  }
}
