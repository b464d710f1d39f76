package dev.seaworthy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version stamped into the jar by the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  public static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/seaworthy/cli/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"seaworthy " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
  }
}
