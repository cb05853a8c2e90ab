package dev.lakemigrate.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random mutations of a valid declaration file, line-based the way hands break YAML:
 * delete, duplicate, swap or join lines, change indentation, replace a value by a list, mapping,
 * number or null, misspell a key, insert a special character, truncate. The same seed gives the same
 * mutation, so a failure can be replayed from its number.
 */
public final class YamlMutator {
  private static final String[] SPECIALS = {
      ":", "{", "}", "[", "]", "'", "\"", "&", "*", "!", "%", "@", "`", "|", ">", "#", ",", "\t", "\\",
      "- ", "? ", "; DROP TABLE t; --", "/*", "\u0000", "\u00e9", "\u202e", "\ud83d\ude00", "\r", "---\n", "&a ", "*a"};
  private static final String[] VALUES = {"[a, b]", "{a: b}", "42", "true", "null", "~", "''", "[]", "{}", "- x", "\"\\q\""};

  private YamlMutator() {}

  /** The mutation of {@code text} numbered {@code seed}, with a one-line description of what changed. */
  public static Mutation mutate(String text, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int i = random.nextInt(Math.max(1, lines.size() - 1));
    int op = random.nextInt(10);
    String what;
    switch (op) {
      case 0 -> {
        what = "delete line " + (i + 1);
        lines.remove(i);
      }
      case 1 -> {
        what = "duplicate line " + (i + 1);
        lines.add(i, lines.get(i));
      }
      case 2 -> {
        what = "swap lines " + (i + 1) + " and " + (i + 2);
        String l = lines.get(i);
        lines.set(i, lines.get(i + 1 < lines.size() ? i + 1 : i));
        if (i + 1 < lines.size()) lines.set(i + 1, l);
      }
      case 3 -> {
        String[] shifts = {" ", "  ", "   ", "\t", "-", "--"};
        String shift = shifts[random.nextInt(shifts.length)];
        boolean add = random.nextBoolean() || !lines.get(i).startsWith(" ");
        what = (add ? "indent" : "dedent") + " line " + (i + 1);
        lines.set(i, add ? shift + lines.get(i) : lines.get(i).substring(Math.min(lines.get(i).length(), shift.length())));
      }
      case 4, 5 -> {
        String value = VALUES[random.nextInt(VALUES.length)];
        String l = lines.get(i);
        int colon = l.indexOf(": ");
        what = "value of line " + (i + 1) + " -> " + value;
        lines.set(i, colon < 0 ? l + ": " + value : l.substring(0, colon + 2) + value);
      }
      case 6 -> {
        String l = lines.get(i);
        int colon = l.indexOf(':');
        int at = colon > 1 ? random.nextInt(colon) : 0;
        what = "misspell key on line " + (i + 1);
        lines.set(i, l.isEmpty() ? "x" : l.substring(0, at) + l.substring(Math.min(l.length(), at + 1)));
      }
      case 7 -> {
        String l = lines.get(i);
        String special = SPECIALS[random.nextInt(SPECIALS.length)];
        int at = l.isEmpty() ? 0 : random.nextInt(l.length() + 1);
        what = "insert " + printable(special) + " on line " + (i + 1) + " at " + (at + 1);
        lines.set(i, l.substring(0, at) + special + l.substring(at));
      }
      case 8 -> {
        what = "join lines " + (i + 1) + " and " + (i + 2);
        if (i + 1 < lines.size()) lines.set(i, lines.get(i) + " " + lines.remove(i + 1));
      }
      default -> {
        int cut = random.nextInt(Math.max(1, text.length()));
        return new Mutation("truncate at " + cut, text.substring(0, cut));
      }
    }
    return new Mutation(what, String.join("\n", lines));
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
    return b.toString();
  }

  /** A mutated file and how it was made. */
  public record Mutation(String description, String text) {}
}
