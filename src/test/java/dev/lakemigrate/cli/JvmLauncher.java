package dev.lakemigrate.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a separate test JVM running a main class on this JVM's classpath, with the
 * flags Spark needs on Java 17 (the {@code --add-opens} this surefire JVM got) and the launcher's
 * quiet logging: as {@code bin/lakemigrate} runs Main.
 */
final class JvmLauncher {
  static final Path REPO = Path.of("").toAbsolutePath();

  private JvmLauncher() {}

  /** @param jvmOptions e.g. {@code -Xmx1g}, {@code -Dname=value} */
  static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports") || arg.startsWith("-Djdk.")
          || arg.startsWith("-Dio.")) {
        command.add(arg);
      }
    }
    command.addAll(jvmOptions);
    command.addAll(List.of("-Dlog4j2.configurationFile=" + REPO.resolve("bin/log4j2.properties"),
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    return command;
  }

  /** A process builder for {@code command} in {@code dir}, without the environment that changes how Main behaves. */
  static ProcessBuilder builder(List<String> command, Path dir) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.equals("DATABRICKS_RUNTIME_VERSION") || k.startsWith("LAKEMIGRATE_"));
    return builder;
  }
}
