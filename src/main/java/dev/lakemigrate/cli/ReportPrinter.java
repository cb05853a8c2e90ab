package dev.lakemigrate.cli;

import dev.lakemigrate.error.Errors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints reports to stdout and, with --out, writes them whole to a file. A report beyond the output
 * limits is cut on stdout with a line saying where the whole one is (a Databricks job's output is
 * capped at 20 MB; the ledger keeps every statement regardless).
 */
final class ReportPrinter {
  private final PrintStream out;
  private final Path file;
  private final Settings.OutputLimits limits;

  ReportPrinter(PrintStream out, Path file, Settings.OutputLimits limits) {
    this.out = out;
    this.file = file;
    this.limits = limits;
  }

  void print(String report) {
    if (file != null) write(file, report);
    out.print(summarise(report, limits, file));
    if (!report.endsWith("\n")) out.println();
    out.flush();
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }

  static String summarise(String report, Settings.OutputLimits limits, Path file) {
    String[] lines = report.split("\n", -1);
    int keep = 0;
    long bytes = 0;
    while (keep < lines.length && keep < limits.maxLines()
        && bytes + lines[keep].getBytes(StandardCharsets.UTF_8).length + 1 <= limits.maxBytes()) {
      bytes += lines[keep].getBytes(StandardCharsets.UTF_8).length + 1;
      keep++;
    }
    boolean trailingEmpty = lines.length > 0 && lines[lines.length - 1].isEmpty();
    int total = trailingEmpty ? lines.length - 1 : lines.length;
    if (keep >= total) return report;
    String where = file == null ? "pass --out FILE to keep the whole report" : "the whole report is in " + file;
    return String.join("\n", java.util.Arrays.asList(lines).subList(0, keep))
        + "\n… " + (total - keep) + " more lines not shown (output limit lakemigrate.output); " + where + ".\n";
  }

  static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw Errors.unwritableFile("report", file.toString(), e.toString());
    }
  }
}
