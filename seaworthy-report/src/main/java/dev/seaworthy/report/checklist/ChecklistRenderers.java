package dev.seaworthy.report.checklist;

import dev.seaworthy.report.html.ChecklistHtml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checklist renderers, keyed by format name. */
public final class ChecklistRenderers {

  private static final Map<String, ChecklistRenderer> BY_FORMAT = new LinkedHashMap<>();

  static {
    for (ChecklistRenderer r : List.of(new ChecklistText(), new ChecklistJson(), new ChecklistMarkdown(), new ChecklistHtml())) {
      BY_FORMAT.put(r.format(), r);
    }
  }

  private ChecklistRenderers() {}

  public static Optional<ChecklistRenderer> find(String format) {
    return Optional.ofNullable(BY_FORMAT.get(format));
  }

  public static List<String> formats() {
    return List.copyOf(BY_FORMAT.keySet());
  }
}
