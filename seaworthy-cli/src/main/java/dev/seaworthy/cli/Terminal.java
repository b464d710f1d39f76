package dev.seaworthy.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The process's streams and environment, passed in so that end-to-end tests run the real command
 * line in-process. {@code interactive} is true when stdout is a terminal.
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean interactive) {

  public static Terminal system() {
    return new Terminal(System.in, System.out, System.err, System.getenv(), System.console() != null);
  }

  /** Colours only on a terminal, and never when NO_COLOR is set or TERM is dumb (no-color.org). */
  public boolean color() {
    return interactive && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
  }
}
