package dev.seaworthy.core.view.eks;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.model.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs and defaults of terraform-aws-modules/eks/aws per major version, from the bundled
 * {@code eks-module-defaults.yaml}.
 */
public final class EksModuleDefaults {

  /** One major version of the module. */
  public record Major(
      int major,
      LocalDate firstRelease,
      Optional<String> lastVersion,
      Optional<LocalDate> lastRelease,
      String awsProviderMinimum,
      Optional<String> awsProviderBelow,
      java.util.OptionalInt breaksWithProviderMajor,
      Map<String, String> inputs,
      Map<String, Object> defaults,
      Map<String, Object> nodeGroup) {

    /** The input that carries a concept in this major ({@code name} -> {@code cluster_name}). */
    public Optional<String> input(String concept) {
      return Optional.ofNullable(inputs.get(concept));
    }

    public boolean hasDefault(String concept) {
      return defaults.containsKey(concept);
    }

    public Object defaultOf(String concept) {
      return defaults.get(concept);
    }
  }

  private static final EksModuleDefaults BUNDLED = load();

  private final List<Major> majors;
  private final int latestMajor;
  private final String reviewed;

  private EksModuleDefaults(List<Major> majors, int latestMajor, String reviewed) {
    this.majors = List.copyOf(majors);
    this.latestMajor = latestMajor;
    this.reviewed = reviewed;
  }

  public static EksModuleDefaults bundled() {
    return BUNDLED;
  }

  private static EksModuleDefaults load() {
    Node root = DataFiles.read(EksModuleDefaults.class, "/dev/seaworthy/core/data/eks-module-defaults.yaml");
    List<Major> majors = new ArrayList<>();
    for (Node m : root.at("majors").items()) {
      Map<String, String> inputs = new LinkedHashMap<>();
      m.at("inputs").entries().forEach((k, v) -> inputs.put(k, v.textOr("")));
      majors.add(
          new Major(
              (int) m.at("major").asLong().orElseThrow(),
              LocalDate.parse(m.at("firstRelease").textOr("")),
              m.at("lastVersion").text(),
              m.at("lastRelease").text().map(LocalDate::parse),
              m.at("awsProvider", "minimum").textOr(""),
              m.at("awsProvider", "below").text(),
              m.at("breaksWithProviderMajor").asLong().isPresent()
                  ? java.util.OptionalInt.of((int) m.at("breaksWithProviderMajor").asLong().getAsLong())
                  : java.util.OptionalInt.empty(),
              Map.copyOf(inputs),
              toJavaMap(m.at("defaults")),
              toJavaMap(m.at("nodeGroup"))));
    }
    return new EksModuleDefaults(majors, (int) root.at("latestMajor").asLong().orElseThrow(), root.at("reviewed").textOr(""));
  }

  /** Data values as plain Java: Boolean, Long, String, List of those, or null. */
  private static Map<String, Object> toJavaMap(Node map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.entries().forEach((k, v) -> out.put(k, toJava(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Object toJava(Node v) {
    if (v.isList()) {
      List<Object> out = new ArrayList<>();
      v.items().forEach(i -> out.add(toJava(i)));
      return List.copyOf(out);
    }
    if (v.isNull() || v.isMissing()) {
      return null;
    }
    if (v.asBoolean().isPresent()) {
      return v.asBoolean().get();
    }
    if (v.asLong().isPresent()) {
      return v.asLong().getAsLong();
    }
    return v.textOr("");
  }

  public List<Major> majors() {
    return majors;
  }

  public int latestMajor() {
    return latestMajor;
  }

  public String reviewed() {
    return reviewed;
  }

  public Optional<Major> major(int major) {
    return majors.stream().filter(m -> m.major() == major).findFirst();
  }

  /** The known majors a version constraint admits (all of them when it admits anything). */
  public List<Major> admitted(ModuleVersion version) {
    List<Major> out = new ArrayList<>();
    for (Major m : majors) {
      boolean aboveMin = version.minimum().isEmpty() || m.major() >= version.minimum().getAsInt();
      boolean belowMax = version.maximum().isEmpty() || m.major() <= version.maximum().getAsInt();
      if (aboveMin && belowMax) {
        out.add(m);
      }
    }
    return out;
  }

  /** The default all candidate majors agree on, if they do and all have one. */
  static Optional<Object[]> agreedDefault(List<Major> candidates, String concept, boolean nodeGroup) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Object first = null;
    boolean set = false;
    for (Major m : candidates) {
      Map<String, Object> table = nodeGroup ? m.nodeGroup() : m.defaults();
      if (!table.containsKey(concept)) {
        return Optional.empty();
      }
      Object v = table.get(concept);
      if (!set) {
        first = v;
        set = true;
      } else if (!Objects.equals(first, v)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Object[] {first});
  }
}
