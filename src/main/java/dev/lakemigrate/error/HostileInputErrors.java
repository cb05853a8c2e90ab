package dev.lakemigrate.error;

/**
 * Messages for input meant to hurt (issue 6): names the catalog cannot store, YAML tags, more
 * problems than a console can show. {@code Cannot <verb> <object>: <detail>. <Fix>.}
 */
public final class HostileInputErrors {
  private HostileInputErrors() {}

  /** A table or schema name outside {@code [A-Za-z0-9_]}; {@code suggestion} keeps only those characters. */
  public static String unsafeName(String at, String kind, String name, String allowed, String suggestion) {
    return at + ": Cannot declare " + kind + " '" + printable(name) + "': only " + allowed
        + " are allowed in a " + kind + " name. Rename it"
        + (suggestion.isEmpty() ? "" : ", e.g. '" + suggestion + "'") + ".";
  }

  public static String yamlTag(String at, String tag) {
    return at + ": Cannot load YAML tag '" + printable(tag) + "': tags are not supported. Remove the tag"
        + " (quote the value if it must stay text).";
  }

  /** The last line of a long problem list. */
  public static String moreProblems(int notShown) {
    return "… and " + notShown + " more problem" + (notShown == 1 ? "" : "s")
        + " not shown. Fix these and run validate again.";
  }

  /** {@code text} on one line: control characters, quotes and backslashes escaped, at most 80 characters. */
  public static String printable(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().limit(80).forEach(c -> {
      if (c == '\n') b.append("\\n");
      else if (c == '\t') b.append("\\t");
      else if (c == '\\') b.append("\\\\");
      else if (c == '\'') b.append("\\'");
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return text.codePointCount(0, text.length()) > 80 ? b + "…" : b.toString();
  }
}
