package dev.lakemigrate.declare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that text declared as a SQL expression (default, check, generated, backfill) can only be
 * one expression: no {@code ;}, balanced parentheses, closed literals and comments. String literals
 * (with backslash escapes), backticked names and comments are skipped, so {@code 'a;b'} is fine.
 * The same scan lists the names the expression mentions, for {@link CheckColumns}.
 */
final class ExpressionChecker {
  /**
   * A name outside literals and comments: {@code afterDot} for {@code a.b}'s {@code b};
   * {@code next} is the first non-space character after it (0 at the end).
   */
  record Name(String text, boolean quoted, boolean afterDot, char next) {}

  private final String text;
  private final List<Name> names = new ArrayList<>();
  private int pos;
  private char previous;

  private ExpressionChecker(String text) {
    this.text = text;
  }

  /** What stops {@code text} from being a single expression, if anything. */
  static Optional<String> problem(String text) {
    if (text.isBlank()) return Optional.of("it is empty");
    return new ExpressionChecker(text).scan();
  }

  /** The names in a valid expression, in order. */
  static List<Name> names(String text) {
    ExpressionChecker checker = new ExpressionChecker(text);
    checker.scan();
    return checker.names;
  }

  private Optional<String> scan() {
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      int start = pos;
      if (c == '\'' || c == '"') {
        if (!skipQuoted(c, true)) return Optional.of("unterminated string literal at offset " + start);
      } else if (c == '`') {
        if (!skipQuoted('`', false)) return Optional.of("unterminated quoted name at offset " + start);
        addName(text.substring(start + 1, pos - 1).replace("``", "`"), true);
      } else if (text.startsWith("--", pos)) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
        continue;
      } else if (text.startsWith("/*", pos)) {
        if (!skipComment()) return Optional.of("unterminated comment at offset " + start);
        continue;
      } else if (Character.isLetter(c) || c == '_') {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
        addName(text.substring(start, pos), false);
      } else if (Character.isDigit(c)) {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
      } else {
        if (c == ';') return Optional.of("';' at offset " + start + " ends the statement");
        if (c == '(') depth++;
        if (c == ')' && --depth < 0) return Optional.of("unbalanced ')' at offset " + start);
        pos++;
      }
      if (!Character.isWhitespace(c)) previous = text.charAt(pos - 1);
    }
    return depth > 0 ? Optional.of("a '(' is never closed") : Optional.empty();
  }

  private void addName(String name, boolean quoted) {
    int next = pos;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
    names.add(new Name(name, quoted, previous == '.', next < text.length() ? text.charAt(next) : 0));
  }

  /** Skips a quoted run; backslash escapes in literals, doubled backticks in names. */
  private boolean skipQuoted(char quote, boolean backslashEscapes) {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (backslashEscapes && c == '\\') {
        pos++;
      } else if (c == quote) {
        if (quote != '`' || pos >= text.length() || text.charAt(pos) != '`') return true;
        pos++;
      }
    }
    return false;
  }

  /** Spark's bracketed comments nest. */
  private boolean skipComment() {
    int depth = 0;
    while (pos < text.length()) {
      if (text.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        pos += 2;
        if (--depth == 0) return true;
      } else {
        pos++;
      }
    }
    return false;
  }
}
