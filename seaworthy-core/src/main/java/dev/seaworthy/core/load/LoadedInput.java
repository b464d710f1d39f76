package dev.seaworthy.core.load;

import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;

/** Everything read from the inputs of one audit: resources, input errors and notices. */
public record LoadedInput(List<Resource> resources, List<InputError> errors, List<Notice> notices, int filesRead) {

  public LoadedInput {
    resources = List.copyOf(resources);
    errors = List.copyOf(errors);
    notices = List.copyOf(notices);
  }

  public static LoadedInput of(List<Resource> resources) {
    return new LoadedInput(resources, List.of(), List.of(), 0);
  }

  public LoadedInput plus(LoadedInput other) {
    List<Resource> r = new ArrayList<>(resources);
    r.addAll(other.resources);
    List<InputError> e = new ArrayList<>(errors);
    e.addAll(other.errors);
    List<Notice> n = new ArrayList<>(notices);
    n.addAll(other.notices);
    return new LoadedInput(r, e, n, filesRead + other.filesRead);
  }
}
