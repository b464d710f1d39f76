package dev.seaworthy.rules.autoscaling;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Fix;
import dev.seaworthy.core.rule.PatchOp;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.ImageReference;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Cluster Autoscaler containers by what they run, never by object name (peers that match the
 * name "cluster-autoscaler" miss renamed Deployments and flag unrelated ones), and reads their flags
 * the way the binary parses them.
 */
final class ClusterAutoscaler {

  /** The upstream repository path, mirrors that keep its last segment, and the old per-arch images. */
  private static final Pattern REPOSITORY =
      Pattern.compile("(?:.*/)?cluster-autoscaler(?:-(?:amd64|arm64|arm|ppc64le|s390x))?");

  /** Flags that Go's flag package treats as booleans: a bare {@code --flag} means true. */
  private static final Set<String> BOOLEAN_FLAGS =
      Set.of(
          "balance-similar-node-groups",
          "skip-nodes-with-local-storage",
          "skip-nodes-with-system-pods",
          "skip-nodes-with-custom-controller-pods",
          "scale-down-enabled",
          "leader-elect",
          "write-status-configmap",
          "aws-use-static-instance-list",
          "emit-per-nodegroup-metrics",
          "ignore-daemonsets-utilization",
          "ignore-mirror-pods-utilization",
          "cordon-node-before-terminating",
          "enforce-node-group-min-size");

  private ClusterAutoscaler() {}

  /** The Cluster Autoscaler containers of a long-running pod spec. */
  static List<ContainerView> containers(PodSpecView pod) {
    if (!pod.isLongRunning()) {
      return List.of();
    }
    return pod.containers().stream().filter(ClusterAutoscaler::isClusterAutoscaler).toList();
  }

  static boolean isClusterAutoscaler(ContainerView c) {
    if (c.type() != ContainerView.Type.CONTAINER) {
      return false;
    }
    Optional<ImageReference> ref = c.imageReference();
    if (ref.isPresent() && REPOSITORY.matcher(ref.get().repository().toLowerCase(Locale.ROOT)).matches()) {
      return true;
    }
    Node command = c.node().at("command");
    if (command.isList()) {
      return command.items().stream().anyMatch(ClusterAutoscaler::runsBinary);
    }
    List<Node> args = c.node().at("args").items();
    return !args.isEmpty() && runsBinary(args.get(0));
  }

  private static boolean runsBinary(Node item) {
    for (String token : tokens(item)) {
      if (!token.startsWith("-") && token.substring(token.lastIndexOf('/') + 1).equals("cluster-autoscaler")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> tokens(Node item) {
    String text = item.textOr("").strip();
    return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
  }

  /** All pod specs of the input that run a Cluster Autoscaler. */
  static List<PodSpecView> deployments(Inventory inventory) {
    return inventory.get(DEPLOYMENTS);
  }

  private static final Inventory.Derived<List<PodSpecView>> DEPLOYMENTS =
      Inventory.Derived.of("Cluster Autoscaler pod specs", i -> i.podSpecs().stream().filter(p -> !containers(p).isEmpty()).toList());

  /** One {@code key[=value]} of an {@code asg:tag=} auto-discovery spec. */
  record Tag(String key, String value) {}

  /** The tags of an AWS auto-discovery spec {@code asg:tag=k1[=v1],k2[=v2]}; empty for other forms. */
  static Optional<List<Tag>> asgTags(String spec) {
    if (!spec.startsWith("asg:tag=")) {
      return Optional.empty();
    }
    List<Tag> tags = new ArrayList<>();
    for (String part : spec.substring("asg:tag=".length()).split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      tags.add(eq < 0 ? new Tag(p, "") : new Tag(p.substring(0, eq), p.substring(eq + 1)));
    }
    return Optional.of(tags);
  }

  /**
   * The cluster a discovery tag confines Cluster Autoscaler to: {@code k8s.io/cluster-autoscaler/<name>}
   * (the documented one), {@code kubernetes.io/cluster/<name>}, or {@code eks:cluster-name=<name>}
   * (set by EKS on managed node group ASGs). Node-template tags have more path segments.
   */
  static Optional<String> clusterOf(Tag tag) {
    String key = tag.key();
    for (String prefix : List.of("k8s.io/cluster-autoscaler/", "kubernetes.io/cluster/")) {
      if (key.startsWith(prefix)) {
        String name = key.substring(prefix.length());
        if (!name.isEmpty() && !name.contains("/") && !(prefix.startsWith("k8s.io") && name.equals("enabled"))) {
          return Optional.of(name);
        }
      }
    }
    if (key.equals("eks:cluster-name") && !tag.value().isEmpty()) {
      return Optional.of(tag.value());
    }
    return Optional.empty();
  }

  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");

  private static boolean isShell(Node first) {
    String text = first.textOr("").strip();
    return SHELLS.contains(text.substring(text.lastIndexOf('/') + 1));
  }

  private static List<String> splitWords(String text) {
    String t = text.strip();
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }

  /** Container env entries with a literal value: what Kubernetes substitutes for $(NAME) in command and args. */
  private static Map<String, String> literalEnv(ContainerView container) {
    Map<String, String> env = new HashMap<>();
    for (Node e : container.env()) {
      String name = e.at("name").textOr("");
      if (!name.isEmpty() && e.at("value").text().isPresent()) {
        env.put(name, e.at("value").text().get());
      }
    }
    return env;
  }

  /** Kubernetes' $(VAR) expansion; $$ escapes, unknown references stay as written. */
  static String expand(String text, Map<String, String> env) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (ch == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
        int close = text.indexOf(')', i + 2);
        String name = close < 0 ? null : text.substring(i + 2, close);
        if (name != null && env.containsKey(name)) {
          out.append(env.get(name));
          i = close + 1;
        } else {
          out.append(ch);
          i++;
        }
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }

  /** A value still holding an unexpanded reference or template: its runtime value is unknown. */
  static boolean isUnresolved(String value) {
    return value.contains("$(") || value.contains("${") || value.contains("{{");
  }

  /** Go's strconv.ParseBool. */
  static Optional<Boolean> parseBool(String s) {
    return switch (s) {
      case "1", "t", "T", "true", "TRUE", "True" -> Optional.of(true);
      case "0", "f", "F", "false", "FALSE", "False" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * One flag occurrence: its name, its value (empty for a bare non-boolean flag), the list item that
   * holds it, and whether that item is exactly this flag (so a fix may replace it).
   */
  record Flag(String name, String value, Node item, String field, int index, boolean wholeItem) {}

  /** The flags of one container, from command then args, in order. */
  static final class Flags {
    private final ContainerView container;
    private final List<Flag> all;

    private Flags(ContainerView container, List<Flag> all) {
      this.container = container;
      this.all = all;
    }

    static Flags of(ContainerView container) {
      List<Flag> out = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      Map<String, String> env = literalEnv(container);
      // Each list item is one argv element, except inside a shell script (sh -c "...").
      boolean shell = isShell(container.node().at("command").at("0"));
      for (String field : List.of("command", "args")) {
        List<Node> items = container.node().at(field).items();
        for (int i = 0; i < items.size(); i++) {
          String text = expand(items.get(i).textOr(""), env);
          List<String> parts = shell ? splitWords(text) : text.isEmpty() ? List.of() : List.of(text);
          for (String p : parts) {
            tokens.add(new Token(p, items.get(i), field, i, parts.size() == 1));
          }
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.text.startsWith("-") || t.text.equals("-") || t.text.equals("--")) {
          continue;
        }
        String body = t.text.startsWith("--") ? t.text.substring(2) : t.text.substring(1);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        String value;
        if (eq >= 0) {
          value = body.substring(eq + 1);
        } else if (BOOLEAN_FLAGS.contains(name)) {
          value = "true";
        } else if (i + 1 < tokens.size() && !tokens.get(i + 1).text.startsWith("-")) {
          value = tokens.get(++i).text;
        } else {
          value = "";
        }
        out.add(new Flag(name, value, t.item, t.field, t.index, t.whole && (eq >= 0 || BOOLEAN_FLAGS.contains(name))));
      }
      return new Flags(container, List.copyOf(out));
    }

    private record Token(String text, Node item, String field, int index, boolean whole) {}

    List<Flag> named(String name) {
      return all.stream().filter(f -> f.name().equals(name)).toList();
    }

    /** The value the binary ends up with: the last occurrence wins. */
    Optional<Flag> last(String name) {
      List<Flag> named = named(name);
      return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    }

    boolean has(String name) {
      return !named(name).isEmpty();
    }

    /** An explicit {@code --cloud-provider=aws}: the AWS-only rules judge nothing else. */
    boolean isAws() {
      return last("cloud-provider").map(f -> f.value().equals("aws")).orElse(false);
    }

    /** The effective boolean value of a flag, with the binary's default when absent or unreadable. */
    boolean bool(String name, boolean fallback) {
      return last(name).flatMap(f -> parseBool(f.value())).orElse(fallback);
    }

    /** The field (command or args) that carries the flags, where a missing flag is reported. */
    private String flagField() {
      long inCommand = all.stream().filter(f -> f.field().equals("command")).count();
      long inArgs = all.size() - inCommand;
      if (inArgs > inCommand || (inArgs == inCommand && container.node().at("args").isList())) {
        return "args";
      }
      return "command";
    }

    /** Where a missing flag is reported: the list that carries the flags, else the container. */
    Node anchor() {
      Node list = container.node().at(flagField());
      return list.isList() && list.position().isKnown() ? list : container.node();
    }

    /** A fix appending a flag, when the flag list holds one flag per item (no shell strings). */
    Optional<Fix> append(String description, String flag) {
      String field = flagField();
      Node list = container.node().at(field);
      if (!list.isList() || isShell(container.node().at("command").at("0"))) {
        return Optional.empty();
      }
      for (Node item : list.items()) {
        if (!item.isScalar()) {
          return Optional.empty();
        }
      }
      return Optional.of(Fix.of(description, PatchOp.add(container.pointer() + "/" + field + "/" + list.items().size(), flag)));
    }

    /** A fix replacing the item that holds a flag, when it holds nothing else. */
    Optional<Fix> replace(Flag flag, String description, String newItem) {
      if (!flag.wholeItem()) {
        return Optional.empty();
      }
      return Optional.of(Fix.of(description, PatchOp.replace(container.pointer() + "/" + flag.field() + "/" + flag.index(), newItem)));
    }
  }
}
