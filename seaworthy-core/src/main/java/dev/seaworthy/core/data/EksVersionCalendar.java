package dev.seaworthy.core.data;

import dev.seaworthy.core.model.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The EKS Kubernetes version calendar, from the bundled {@code eks-versions.yaml}. */
public final class EksVersionCalendar {

  /** One minor version's EKS dates. */
  public record Entry(KubernetesVersion version, LocalDate eksRelease, LocalDate endOfStandard, LocalDate endOfExtended) {

    public boolean inStandardSupport(LocalDate day) {
      return !day.isBefore(eksRelease) && day.isBefore(endOfStandard);
    }
  }

  private static final EksVersionCalendar BUNDLED = load();

  private final List<Entry> entries;
  private final String reviewed;

  private EksVersionCalendar(List<Entry> entries, String reviewed) {
    this.entries = List.copyOf(entries);
    this.reviewed = reviewed;
  }

  public static EksVersionCalendar bundled() {
    return BUNDLED;
  }

  private static EksVersionCalendar load() {
    Node root = DataFiles.read(EksVersionCalendar.class, "/dev/seaworthy/core/data/eks-versions.yaml");
    List<Entry> entries = new ArrayList<>();
    for (Node v : root.at("versions").items()) {
      entries.add(
          new Entry(
              KubernetesVersion.of(v.at("version").textOr("")),
              LocalDate.parse(v.at("eksRelease").textOr("")),
              LocalDate.parse(v.at("endOfStandardSupport").textOr("")),
              LocalDate.parse(v.at("endOfExtendedSupport").textOr(""))));
    }
    entries.sort(Comparator.comparing(Entry::version));
    return new EksVersionCalendar(entries, root.at("reviewed").textOr(""));
  }

  public List<Entry> entries() {
    return entries;
  }

  public String reviewed() {
    return reviewed;
  }

  public Optional<Entry> entry(KubernetesVersion version) {
    return entries.stream().filter(e -> e.version().equals(version)).findFirst();
  }

  /**
   * The default audit target on that day: the newest version in EKS standard support, or, if none
   * is (a gap the data does not know), the newest version EKS had released by then. Empty for a day
   * before the calendar starts: the caller must then be told to name a version.
   */
  public Optional<KubernetesVersion> defaultTarget(LocalDate day) {
    Optional<KubernetesVersion> standard =
        entries.stream().filter(e -> e.inStandardSupport(day)).map(Entry::version).max(Comparator.naturalOrder());
    if (standard.isPresent()) {
      return standard;
    }
    return entries.stream().filter(e -> !day.isBefore(e.eksRelease())).map(Entry::version).max(Comparator.naturalOrder());
  }

  /** The first day the calendar covers (the oldest listed EKS release). */
  public LocalDate firstDay() {
    return entries.get(0).eksRelease();
  }

  /** The last day on which the calendar knows which versions are in standard support. */
  public LocalDate lastKnownDay() {
    return entries.stream().map(Entry::endOfStandard).max(Comparator.naturalOrder()).orElseThrow();
  }
}
