package dev.seaworthy.iac.terraform;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.iac.eval.Values;
import dev.seaworthy.iac.hcl.Comment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # seaworthy:ignore rule-a,rule-b optional reason} comments: on the lines directly above a
 * block (no blank line between) or on its opening line. They become the block node's entries
 * {@code seaworthy.dev/ignore} and {@code seaworthy.dev/ignore-reason}, keys no HCL identifier can
 * spell, which the engine reads as it reads a manifest's annotations.
 */
final class Suppressions {

  static final String IGNORE = "seaworthy.dev/ignore";
  static final String REASON = "seaworthy.dev/ignore-reason";
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*seaworthy:ignore\\s+(\\S+)(?:\\s+(.*\\S))?\\s*$");

  private final Map<Integer, List<Comment>> byLine = new HashMap<>();

  Suppressions(List<Comment> comments) {
    for (Comment c : comments) {
      byLine.computeIfAbsent(c.line(), k -> new ArrayList<>()).add(c);
    }
  }

  /** The entries to add to the block that opens on {@code line}; empty when none applies. */
  Map<String, Node> forBlockAt(String file, int line) {
    List<Comment> found = new ArrayList<>();
    for (Comment c : byLine.getOrDefault(line, List.of())) {
      found.add(c);
    }
    for (int l = line - 1; l > 0; l--) {
      List<Comment> above = byLine.get(l);
      if (above == null || above.stream().noneMatch(Comment::ownLine)) {
        break;
      }
      found.add(0, above.get(0));
    }
    List<String> ids = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Position first = null;
    Position firstReason = null;
    for (Comment c : found) {
      Matcher m = DIRECTIVE.matcher(c.text());
      if (!m.matches()) {
        continue;
      }
      Position at = new Position(file, c.line(), c.column());
      if (first == null) {
        first = at;
      }
      ids.add(m.group(1));
      if (m.group(2) != null) {
        reasons.add(m.group(2));
        if (firstReason == null) {
          firstReason = at;
        }
      }
    }
    Map<String, Node> out = new LinkedHashMap<>();
    if (first != null) {
      out.put(IGNORE, Values.string(first, String.join(",", ids)));
      if (!reasons.isEmpty()) {
        out.put(REASON, Values.string(firstReason, String.join("; ", reasons)));
      }
    }
    return out;
  }
}
