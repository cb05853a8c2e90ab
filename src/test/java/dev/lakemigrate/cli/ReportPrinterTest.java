package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.report.OutputLimits;
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
  void aReportWithinTheLimitIsPrintedWhole() {
    assertThat(ReportPrinter.cut("a\nb\n", 4)).isEqualTo("a\nb\n");
  }

  @Test
  void aLongerOneIsCutAtALineWithANote() {
    assertThat(ReportPrinter.cut("1\n2\n3\n4\n5\n", 6))
        .isEqualTo("1\n2\n3\n… 2 more lines not shown (output limit lakemigrate.output.max-bytes).\n");
    assertThat(ReportPrinter.cut("é\né\n", 3)).as("bytes, not characters").startsWith("é\n… 1 more line");
  }

  @Test
  void printCutsAndWriteKeepsTheWhole() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), new OutputLimits(10, 7, 1))
        .print("first\nsecond\n");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("first\n… 1 more line");
    Path file = dir.resolve("sub/report.txt");
    ReportPrinter.write(file, "first\nsecond\n");
    assertThat(Files.readString(file)).isEqualTo("first\nsecond\n");
  }
}
