package dev.seaworthy.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Origin;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files another module claims are read by the manifest loader and handed over, all at once. */
class SourceLoaderTest {

  /** Claims *.cfg files (and stdin starting with "cfg:"); one resource per file, named after its text. */
  private static final class CfgLoader implements SourceLoader {
    final List<List<SourceFile>> calls = new ArrayList<>();

    @Override
    public boolean claims(Path file) {
      return file.getFileName().toString().endsWith(".cfg");
    }

    @Override
    public boolean claimsText(String text) {
      return text.startsWith("cfg:");
    }

    @Override
    public LoadedInput load(List<SourceFile> files) {
      calls.add(files);
      List<Resource> out = new ArrayList<>();
      for (SourceFile f : files) {
        Position p = new Position(f.name(), 1, 1);
        out.add(new Resource(Origin.TERRAFORM, "", "cfg", "", f.text().strip(), new MapNode(p, Map.of()), p));
      }
      return LoadedInput.of(out);
    }
  }

  private static ManifestLoader loader(CfgLoader cfg, String stdin) {
    return new ManifestLoader(LoadLimits.DEFAULTS, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), List.of(cfg));
  }

  @Test
  void claimedFilesFromFoldersAndArgumentsGoToTheirLoaderInOneCall(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.cfg"), "alpha\n");
    Files.createDirectories(tmp.resolve("sub"));
    Files.writeString(tmp.resolve("sub/b.cfg"), "beta\n");
    Files.writeString(tmp.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n");
    Files.writeString(tmp.resolve("notes.txt"), "ignored\n");
    CfgLoader cfg = new CfgLoader();
    LoadedInput in = loader(cfg, "").load(List.of(tmp.toString()));
    assertThat(in.errors()).isEmpty();
    assertThat(in.resources()).extracting(Resource::name).containsExactlyInAnyOrder("cm", "alpha", "beta");
    assertThat(cfg.calls).singleElement().satisfies(files -> {
      assertThat(files).extracting(SourceLoader.SourceFile::named).containsOnly(false);
      assertThat(files).extracting(SourceLoader.SourceFile::name).allMatch(n -> n.startsWith(tmp.toString()));
    });
    assertThat(in.filesRead()).isEqualTo(3);
  }

  @Test
  void aFileNamedAndAlsoInANamedFolderIsReadOnceAsNamed(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.cfg"), "alpha\n");
    CfgLoader cfg = new CfgLoader();
    LoadedInput in = loader(cfg, "").load(List.of(tmp.toString(), tmp.resolve("a.cfg").toString()));
    assertThat(in.resources()).hasSize(1);
    assertThat(cfg.calls.get(0)).singleElement().satisfies(f -> assertThat(f.named()).isTrue());
  }

  @Test
  void unreadableAndBinaryClaimedFilesAreInputErrorsOfTheManifestLoader(@TempDir Path tmp) throws IOException {
    Files.write(tmp.resolve("bin.cfg"), new byte[] {'a', 0, 'b'});
    CfgLoader cfg = new CfgLoader();
    LoadedInput in = loader(cfg, "").load(List.of(tmp.resolve("bin.cfg").toString(), tmp.resolve("missing.cfg").toString()));
    assertThat(in.errors()).hasSize(2);
    assertThat(cfg.calls).isEmpty();
  }

  @Test
  void standardInputCanBeClaimed() {
    CfgLoader cfg = new CfgLoader();
    LoadedInput in = loader(cfg, "cfg: piped\n").load(List.of("-"));
    assertThat(in.resources()).singleElement().satisfies(r -> assertThat(r.position().file()).isEqualTo("<stdin>"));
    assertThat(cfg.calls.get(0).get(0).path()).isNull();
  }
}
