package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import dev.lakemigrate.report.OutputLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints reports to stdout and writes files. Plans are summarised by the plan reporter; anything
 * else beyond {@code maxBytes} is cut at a line with a note saying so (a Databricks job's output is
 * capped at 20 MB; the ledger keeps every statement regardless).
 */
final class ReportPrinter {
  private final PrintStream out;
  private final OutputLimits limits;

  ReportPrinter(PrintStream out, OutputLimits limits) {
    this.out = out;
    this.limits = limits;
  }

  void print(String report) {
    String shown = cut(report, limits.maxBytes());
    out.print(shown);
    if (!shown.endsWith("\n")) out.println();
    out.flush();
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }

  static String cut(String report, long maxBytes) {
    if (report.getBytes(StandardCharsets.UTF_8).length <= maxBytes) return report;
    String[] lines = report.split("\n", -1);
    int keep = 0;
    long bytes = 0;
    while (keep < lines.length && bytes + lines[keep].getBytes(StandardCharsets.UTF_8).length + 1 <= maxBytes) {
      bytes += lines[keep].getBytes(StandardCharsets.UTF_8).length + 1;
      keep++;
    }
    int total = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    return String.join("\n", Arrays.asList(lines).subList(0, keep))
        + "\n… " + (total - keep) + " more lines not shown (output limit lakemigrate.output.max-bytes).\n";
  }

  static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw CliErrors.unwritableFile("report", file.toString(), e.toString());
    }
  }
}
