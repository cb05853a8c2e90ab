package dev.lakemigrate.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * How {@link CrossProcessApplyIT} and its {@link ApplyChild} JVMs talk: properties files in a shared
 * directory, each written under a temporary name and moved into place, so a reader never sees half a
 * file. A reader polls for the name it expects.
 */
final class ControlFiles {
  private static final long POLL_MILLIS = 5;

  private ControlFiles() {}

  static void write(Path file, Properties content) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      content.store(w, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for {@code file} and reads it.
   *
   * @param why called while waiting: null to go on, or the reason to give up (e.g. the writer died)
   */
  static Properties await(Path file, Duration timeout, Supplier<String> why) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(file)) {
      String reason = why.get();
      if (reason != null) throw new IllegalStateException("Gave up waiting for " + file.getFileName() + ": " + reason);
      if (System.nanoTime() > deadline) throw new IllegalStateException("No " + file.getFileName() + " within " + timeout);
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + file, e);
      }
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Writes {@code values} as {@code key.count} and {@code key.0}, {@code key.1}, … */
  static void putList(Properties p, String key, List<String> values) {
    p.setProperty(key + ".count", String.valueOf(values.size()));
    for (int i = 0; i < values.size(); i++) p.setProperty(key + "." + i, values.get(i));
  }

  static List<String> getList(Properties p, String key) {
    int count = Integer.parseInt(p.getProperty(key + ".count", "0"));
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) values.add(p.getProperty(key + "." + i));
    return values;
  }
}
