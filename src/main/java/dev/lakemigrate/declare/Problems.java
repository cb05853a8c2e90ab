package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.HostileInputErrors;
import dev.lakemigrate.error.LakemigrateException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every problem found while loading, in the order found; thrown together at the end. */
final class Problems {
  /** {@code file:line:column: } at the start of a problem. */
  private static final Pattern LOCATION = Pattern.compile("^(.*?):(\\d{1,9}):(\\d{1,9}): ");

  /** Problems kept (the first found); a hostile file can produce millions. */
  static final int MAX_KEPT = 1000;
  /** Problems shown, sorted by location; the rest are counted in a last line. */
  static final int MAX_SHOWN = 100;

  private final List<String> messages = new ArrayList<>();
  private int total;

  void add(String message) {
    total++;
    if (messages.size() < MAX_KEPT) messages.add(message);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  int size() {
    return total;
  }

  /** Throws every problem, sorted by file, line and column (stable for one location). */
  void throwIfAny() {
    if (messages.isEmpty()) return;
    List<String> sorted = new ArrayList<>(messages);
    sorted.sort(Comparator.comparing(Problems::file).thenComparingInt(p -> number(p, 2))
        .thenComparingInt(p -> number(p, 3)));
    List<String> shown = new ArrayList<>(sorted.subList(0, Math.min(MAX_SHOWN, sorted.size())));
    if (total > shown.size()) shown.add(HostileInputErrors.moreProblems(total - shown.size()));
    throw new LakemigrateException(ErrorCode.INVALID_DECLARATIONS,
        DeclareErrors.cannotLoadDeclarations(total), shown, null);
  }

  private static String file(String problem) {
    Matcher m = LOCATION.matcher(problem);
    return m.find() ? m.group(1) : problem;
  }

  private static int number(String problem, int group) {
    Matcher m = LOCATION.matcher(problem);
    return m.find() ? Integer.parseInt(m.group(group)) : 0;
  }
}
