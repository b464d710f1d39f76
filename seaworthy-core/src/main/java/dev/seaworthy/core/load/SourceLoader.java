package dev.seaworthy.core.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads input that is not a Kubernetes manifest (Terraform, say) for {@link ManifestLoader}, which
 * asks every source loader about each file it is given or finds in a folder. A claimed file is read
 * by the manifest loader as usual (size limit, text decoding, errors for unreadable files) and its
 * text handed over; then each loader gets all of its files of the run at once, because some
 * formats span files (a Terraform module is a folder of {@code .tf} files).
 *
 * <p>A source loader does no I/O of its own beyond {@link #claims} peeking at a file, never touches
 * the network, and turns malformed input into {@link InputError}s instead of throwing.
 */
public interface SourceLoader {

  /**
   * Whether this loader reads the file. Decided by name, and for ambiguous names ({@code .json}) by
   * at most a peek at the first bytes; a file nobody claims is read as a manifest if its name says so.
   */
  boolean claims(Path file);

  /** Whether standard input is this loader's format (a Terraform plan piped in, say). */
  default boolean claimsText(String text) {
    return false;
  }

  /** Turns the claimed files of one run into resources, input errors and notices. */
  LoadedInput load(List<SourceFile> files);

  /**
   * One claimed file.
   *
   * @param path the file; {@code null} for standard input
   * @param name the file as reports show it (as named on the command line, or below the named folder)
   * @param text its decoded text
   * @param named the user named this file, as opposed to it being found in a folder
   */
  record SourceFile(Path path, String name, String text, boolean named) {

    public SourceFile {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(text, "text");
    }
  }
}
