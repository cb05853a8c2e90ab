package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPrinterTest {
  @TempDir Path dir;

  @Test
  void aShortReportIsPrintedWhole() {
    assertThat(ReportPrinter.summarise("a\nb\n", new Settings.OutputLimits(2, 100), null)).isEqualTo("a\nb\n");
  }

  @Test
  void aLongReportIsCutWithALineSayingWhereTheWholeOneIs() {
    String report = "1\n2\n3\n4\n5\n";
    assertThat(ReportPrinter.summarise(report, new Settings.OutputLimits(2, 100), null))
        .isEqualTo("1\n2\n… 3 more lines not shown (output limit lakemigrate.output); pass --out FILE to keep the"
            + " whole report.\n");
    assertThat(ReportPrinter.summarise(report, new Settings.OutputLimits(100, 6), Path.of("/Volumes/x/plan.txt")))
        .isEqualTo("1\n2\n3\n… 2 more lines not shown (output limit lakemigrate.output); the whole report is in"
            + " /Volumes/x/plan.txt.\n");
  }

  @Test
  void outKeepsTheWholeReport() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path file = dir.resolve("sub/report.txt");
    new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), file, new Settings.OutputLimits(1, 100))
        .print("first\nsecond\n");
    assertThat(Files.readString(file)).isEqualTo("first\nsecond\n");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("first\n… 1 more line");
  }
}
