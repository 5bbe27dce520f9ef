package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The artifact version of the command line ({@code 0.2.0-SNAPSHOT}): Maven filters the project version into
 * {@code org/municipaldx/examples/cli/version.properties} when it builds {@code examples}, so the version printed
 * is the version built, never a string kept by hand.
 */
public final class DxVersion implements CommandLine.IVersionProvider {
  static final String RESOURCE = "version.properties";

  /** @return the artifact version, e.g. {@code 0.2.0-SNAPSHOT}, never null */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = DxVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the examples jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    if (v.isBlank() || v.contains("${")) {
      throw new IllegalStateException(RESOURCE + ": the version was not filtered by the build (was '" + v + "')");
    }
    return v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dx " + version()};
  }

  /**
   * Gives every command and subcommand of a command line the artifact version ({@code dx report -V}).
   *
   * @param line  the root command line, not null
   */
  static void applyTo(CommandLine line) {
    line.getCommandSpec().versionProvider(new DxVersion());
    line.getSubcommands().values().forEach(DxVersion::applyTo);
  }
}
