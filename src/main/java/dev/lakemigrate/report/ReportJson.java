package dev.lakemigrate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lakemigrate.json.PrettyJson;

/** JSON output of reports: two-space indent, {@code \n} line ends on every OS, keys in declaration order. */
final class ReportJson {
  private static final ObjectWriter WRITER = PrettyJson.writer(new ObjectMapper(), true);

  private ReportJson() {}

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write report JSON", e);
    }
  }
}
