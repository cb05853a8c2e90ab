package dev.lakemigrate.error;

import java.util.List;
import java.util.Objects;

/**
 * The one unchecked root of lakemigrate's errors. {@code problems} lists every problem found (all
 * reported at once); the message is a headline followed by the problems as a {@code - } list.
 */
public class LakemigrateException extends RuntimeException {
  private final ErrorCode code;
  private final List<String> problems;

  public LakemigrateException(ErrorCode code, String headline, List<String> problems, Throwable cause) {
    super(format(headline, problems), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.problems = List.copyOf(problems);
  }

  public LakemigrateException(ErrorCode code, String message) {
    this(code, message, List.of(), null);
  }

  public ErrorCode code() {
    return code;
  }

  public List<String> problems() {
    return problems;
  }

  private static String format(String headline, List<String> problems) {
    if (problems.isEmpty()) return headline;
    StringBuilder sb = new StringBuilder(headline);
    for (String p : problems) sb.append(System.lineSeparator()).append("- ").append(p);
    return sb.toString();
  }
}
