package dev.lakemigrate.declare;

import dev.lakemigrate.model.Generated;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code generated:} text of a column: {@code ALWAYS AS IDENTITY},
 * {@code BY DEFAULT AS IDENTITY (START WITH n INCREMENT BY m)} (either option alone too), or
 * {@code ALWAYS AS (expression)}; a leading {@code GENERATED} is allowed; case and spacing are free.
 */
final class GeneratedSyntax {
  private GeneratedSyntax() {}

  private static final Pattern IDENTITY = Pattern.compile(
      "(?i)(?:GENERATED\\s+)?(ALWAYS|BY\\s+DEFAULT)\\s+AS\\s+IDENTITY"
          + "(?:\\s*\\(\\s*(?:START\\s+WITH\\s+([+-]?\\d{1,18}))?\\s*(?:INCREMENT\\s+BY\\s+([+-]?\\d{1,18}))?\\s*\\))?");
  private static final Pattern EXPRESSION = Pattern.compile(
      "(?is)(?:GENERATED\\s+)?ALWAYS\\s+AS\\s*\\((.*)\\)");

  /** The generation, or empty when the text has none of the three forms. */
  static Optional<Generated> parse(String text) {
    String trimmed = text.strip();
    Matcher identity = IDENTITY.matcher(trimmed);
    if (identity.matches()) {
      boolean always = identity.group(1).equalsIgnoreCase("ALWAYS");
      return Optional.of(new Generated.Identity(always, number(identity.group(2)), number(identity.group(3))));
    }
    Matcher expression = EXPRESSION.matcher(trimmed);
    if (expression.matches() && !expression.group(1).isBlank()) {
      return Optional.of(new Generated.Expression(expression.group(1).strip()));
    }
    return Optional.empty();
  }

  private static Long number(String digits) {
    return digits == null ? null : Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
  }
}
