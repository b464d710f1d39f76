package dev.seaworthy.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableFolderTest {

  @TempDir Path tmp;

  @Test
  void anUnreadableSubfolderIsOneErrorAndTheRestIsStillRead() throws IOException {
    Path locked = Files.createDirectories(tmp.resolve("locked"));
    Files.writeString(locked.resolve("hidden.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: locked}\n");
    Files.writeString(tmp.resolve("open.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: open}\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as root: every folder is readable, so this case cannot be produced here");
      LoadedInput input = new ManifestLoader().load(List.of(tmp.toString()));
      assertThat(input.resources()).extracting(r -> r.name()).containsExactly("open");
      assertThat(input.errors()).singleElement().satisfies(e -> assertThat(e.toString()).contains("locked").contains("cannot read"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
