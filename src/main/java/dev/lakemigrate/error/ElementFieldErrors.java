package dev.lakemigrate.error;

/**
 * Messages about the {@code element:} of a {@code type: ARRAY} and the {@code key:} / {@code value:}
 * of a {@code type: MAP}, the form that declares struct fields inside arrays and maps.
 */
public final class ElementFieldErrors {
  private ElementFieldErrors() {}

  /** {@code part} is "element", "key" or "value"; {@code owner} the bare type it belongs to (ARRAY, MAP). */
  public static String partNeedsBareType(String at, String what, String part, String owner, String type) {
    return at + ": Cannot declare " + what + ": '" + part + "' needs 'type: " + owner + "' (without <…>), not "
        + type + ". Write 'type: " + owner + "' and declare the " + part + " under '" + part + ":', or remove '"
        + part + "'.";
  }

  public static String bareTypeNeedsPart(String at, String what, String owner, String part, String example) {
    return at + ": Cannot declare " + what + ": type " + owner + " needs '" + part + "'. Declare the " + part
        + " under '" + part + ":', or write the type inline, e.g. " + example + ".";
  }

  public static String elementNullability(String at, String what) {
    return at + ": Cannot declare " + what + ": whether elements or map values may be null is not"
        + " expressible in Spark DDL, so lakemigrate neither sets nor compares it. Remove 'nullable'.";
  }
}
