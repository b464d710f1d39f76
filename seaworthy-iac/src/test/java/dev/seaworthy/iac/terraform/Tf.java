package dev.seaworthy.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.model.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads Terraform the way the CLI does: the manifest loader with the Terraform source loader. */
final class Tf {

  static final Path CORPUS = Path.of("src/test/resources/hcl");

  private Tf() {}

  static LoadedInput load(String... paths) {
    return loader(LoadLimits.DEFAULTS, "").load(List.of(paths));
  }

  static ManifestLoader loader(LoadLimits limits, String stdin) {
    return new ManifestLoader(limits, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        List.of(new TerraformLoader(limits)));
  }

  static LoadedInput loadOk(String... paths) {
    LoadedInput in = load(paths);
    assertThat(in.errors()).isEmpty();
    return in;
  }

  /** Writes files (name, text, name, text...) into a folder and loads the folder. */
  static LoadedInput folder(Path dir, String... nameAndText) {
    write(dir, nameAndText);
    return load(dir.toString());
  }

  static void write(Path dir, String... nameAndText) {
    try {
      for (int i = 0; i < nameAndText.length; i += 2) {
        Path p = dir.resolve(nameAndText[i]);
        Files.createDirectories(p.getParent());
        Files.writeString(p, nameAndText[i + 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Resource resource(LoadedInput in, String address) {
    return in.resources().stream().filter(r -> r.name().equals(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + address + " in " + in.resources().stream().map(Resource::name).toList()));
  }

  static Map<String, Resource> byAddress(LoadedInput in) {
    Map<String, Resource> m = new java.util.LinkedHashMap<>();
    in.resources().forEach(r -> m.put(r.name(), r));
    return m;
  }
}
