package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local mode's catalog survives the JVM: one JVM creates tables, a second JVM over the same
 * warehouse finds them. Both run as subprocesses ({@link LocalCatalogProbe}) because embedded Derby
 * admits one JVM at a time and the shared test session holds its own metastore.
 */
class LocalCatalogPersistenceIT {

  @Test
  void aTableCreatedInOneJvmIsSeenByTheNext(@TempDir Path dir) throws Exception {
    Path warehouse = dir.resolve("warehouse");

    String created = runProbe("create", warehouse, "persisted");
    assertThat(created.lines()).as("local mode prints nothing but our own output").containsExactly("CREATED 3");
    assertThat(warehouse.resolve("persisted.db/t1/_delta_log")).isDirectory();
    assertThat(warehouse.resolve(SparkSessions.METASTORE_DIR + "/metastore_db")).isDirectory();

    String read = runProbe("read", warehouse, "persisted");
    assertThat(read).contains("TABLES t1,t2,t3")
        .contains("TABLE t1 comment=made in jvm 1 k=t1 columns=2")
        .contains("TABLE t3 comment=made in jvm 1 k=t3 columns=2")
        .contains("ROWS 2");
    read.lines().filter(l -> l.startsWith("TIMING ")).forEach(System.out::println);
  }

  @Test
  void aSecondProcessOnABusyWarehouseFailsAtOnceSayingWhy(@TempDir Path dir) throws Exception {
    Path warehouse = dir.resolve("warehouse");
    Files.createDirectories(warehouse.resolve(SparkSessions.METASTORE_DIR));
    LocalWarehouseLock.hold(warehouse.resolve(SparkSessions.METASTORE_DIR)); // this JVM is "the first run"

    ProbeResult second = probe("read", warehouse, "any");

    assertThat(second.exitCode()).isNotZero();
    assertThat(second.output()).contains("Cannot open the local warehouse " + warehouse
        + ": another lakemigrate process is using it");
    assertThat(warehouse.resolve(SparkSessions.METASTORE_DIR + "/metastore_db")).doesNotExist();
  }

  record ProbeResult(int exitCode, String output) {}

  private static String runProbe(String mode, Path warehouse, String schema) throws IOException, InterruptedException {
    ProbeResult result = probe(mode, warehouse, schema);
    assertThat(result.exitCode()).as("probe %s finished cleanly:%n%s", mode, result.output()).isZero();
    return result.output();
  }

  private static ProbeResult probe(String mode, Path warehouse, String schema) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-XX:") || arg.startsWith("-Djdk.") || arg.startsWith("-Dio.")) {
        command.add(arg);
      }
    }
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LocalCatalogProbe.class.getName());
    command.add(mode);
    command.add(warehouse.toString());
    command.add(schema);
    Path log = Files.createTempFile("probe-" + mode, ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    if (!done) process.destroyForcibly();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    return new ProbeResult(done ? process.exitValue() : -1, output);
  }
}
