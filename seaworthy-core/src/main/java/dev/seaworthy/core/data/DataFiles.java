package dev.seaworthy.core.data;

import dev.seaworthy.core.load.YamlDocument;
import dev.seaworthy.core.load.YamlReader;
import dev.seaworthy.core.load.LoadLimits;
import dev.seaworthy.core.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the dated data files bundled as resources. They are parsed with the same reader as user
 * input; a broken data file is a build defect, so it fails loudly.
 */
public final class DataFiles {

  private DataFiles() {}

  /** The single document of a bundled YAML resource, e.g. {@code /dev/seaworthy/core/data/eks-versions.yaml}. */
  public static Node read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled data file " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<YamlDocument> docs = new YamlReader(LoadLimits.DEFAULTS).read(resource, text);
      if (docs.size() != 1 || !(docs.get(0) instanceof YamlDocument.Parsed parsed)) {
        throw new IllegalStateException("bundled data file " + resource + " is not one YAML document: " + docs);
      }
      Node root = parsed.root();
      if (root.at("reviewed").text().isEmpty() || root.at("sources").isMissing()) {
        throw new IllegalStateException("bundled data file " + resource + " must name its sources and reviewed date");
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
