package dev.seaworthy.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules of an audit with their validated metadata, sorted by id. Built from the explicit list of
 * built-in rules plus any third-party rules found with {@link ServiceLoader}.
 */
public final class RuleRegistry {

  /** A rule and its metadata. */
  public record Entry(RuleMeta meta, Rule rule) {}

  private final List<Entry> entries;
  private final Map<String, Entry> byId = new HashMap<>();

  public RuleRegistry(List<? extends Rule> rules) {
    List<Entry> list = new ArrayList<>();
    for (Rule rule : rules) {
      RuleMeta meta = RuleMeta.of(rule.getClass());
      Entry entry = new Entry(meta, rule);
      if (byId.putIfAbsent(meta.id(), entry) != null) {
        throw new IllegalArgumentException(
            "duplicate rule id " + meta.id() + ": " + byId.get(meta.id()).rule().getClass().getName() + " and " + rule.getClass().getName());
      }
      list.add(entry);
    }
    list.sort(Comparator.comparing(e -> e.meta().id()));
    this.entries = List.copyOf(list);
  }

  /** The given rules plus every {@link Rule} registered by a jar on the class path. */
  public static RuleRegistry withPlugins(List<? extends Rule> builtIn) {
    List<Rule> all = new ArrayList<>(builtIn);
    ServiceLoader.load(Rule.class).forEach(all::add);
    return new RuleRegistry(all);
  }

  public List<Entry> entries() {
    return entries;
  }

  public List<RuleMeta> metas() {
    return entries.stream().map(Entry::meta).toList();
  }

  public Optional<Entry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
