package dev.lakemigrate.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version from the JAR manifest ({@code dev} when run from classes). */
public final class ToolVersion implements IVersionProvider {
  public static String current() {
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"lakemigrate " + current()};
  }
}
