package dev.seaworthy.report.checklist;

import dev.seaworthy.core.model.Resource;
import java.util.List;
import java.util.Objects;

/**
 * What an item's definition found in the input: the objects that are its evidence, the gaps in that
 * evidence (one line each, naming the object and where it is), notes worth reading but not changing
 * the verdict, and what the absence of any evidence means.
 */
public record Evidence(List<Resource> objects, List<String> gaps, List<String> notes, Absence absence) {

  public Evidence {
    objects = List.copyOf(objects);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
    Objects.requireNonNull(absence, "absence");
  }
}
