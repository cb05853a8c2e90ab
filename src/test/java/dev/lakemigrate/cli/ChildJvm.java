package dev.lakemigrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** The test's handle on one {@link ApplyChild} JVM: start it, send it commands, read its answers. */
final class ChildJvm implements AutoCloseable {
  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration COMMAND = Duration.ofMinutes(5);

  private final String id;
  private final Path control;
  private final Process process;
  private int sent;

  private ChildJvm(String id, Path control, Process process) {
    this.id = id;
    this.control = control;
    this.process = process;
  }

  static ChildJvm start(String id, Path control, Path warehouse, String metastoreUrl) throws IOException {
    Files.createDirectories(control);
    List<String> command = JvmLauncher.command(List.of("-Xmx768m"), ApplyChild.class.getName(),
        List.of(control.toString(), id, warehouse.toString(), metastoreUrl, String.valueOf(ProcessHandle.current().pid())));
    Process process = JvmLauncher.builder(command, control).redirectErrorStream(true)
        .redirectOutput(control.resolve(id + ".log").toFile()).start();
    return new ChildJvm(id, control, process);
  }

  String id() {
    return id;
  }

  void awaitUp() {
    ControlFiles.await(control.resolve(id + ".up"), START, this::deadReason);
  }

  /** Sends a command; returns its number. */
  int send(Properties command) {
    ControlFiles.write(control.resolve(id + "-" + (++sent) + ".cmd"), command);
    return sent;
  }

  /** Waits until command {@code n}'s runs stand at their start barrier. */
  void awaitWaiting(int n) {
    ControlFiles.await(control.resolve(id + "-" + n + ".waiting"), COMMAND, this::deadReason);
  }

  /** The answer to command {@code n}; fails with the child's error if the command threw. */
  Properties result(int n) {
    Properties result = ControlFiles.await(control.resolve(id + "-" + n + ".result"), COMMAND, this::deadReason);
    if (result.containsKey("error")) throw new IllegalStateException("child " + id + " failed command " + n + ":\n" + result.getProperty("error"));
    return result;
  }

  Properties call(Properties command) {
    return result(send(command));
  }

  /** Waits for the JVM to end (e.g. halted by a command) and returns its exit code. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) throw new IllegalStateException("child " + id + " did not end");
    return process.exitValue();
  }

  private String deadReason() {
    return process.isAlive() ? null : "child " + id + " exited with " + process.exitValue() + ":\n" + log();
  }

  String log() {
    try {
      String text = Files.readString(control.resolve(id + ".log"), StandardCharsets.UTF_8);
      return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      Properties exit = new Properties();
      exit.setProperty("action", "exit");
      send(exit);
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
