package dev.lakemigrate.error;

/**
 * Messages about {@code renamed_from} on columns and nested struct fields: declaration checks and
 * the plan-time refusals specific to nested paths.
 */
public final class NestedRenameErrors {
  private NestedRenameErrors() {}

  /** {@code kind} is "column" or "field"; {@code path} is the declared name or path ({@code address.city}). */
  public static String renamedFromItself(String at, String kind, String path, String table) {
    return at + ": Cannot rename " + kind + " " + path + " of table " + table + ": renamed_from names the "
        + kind + " itself (names are case-insensitive). Remove renamed_from.";
  }

  public static String renamedFromDeclared(String at, String kind, String path, String table, String old, String oldAt) {
    return at + ": Cannot rename " + kind + " " + old + " of table " + table + " to " + path + ": " + kind + " " + old
        + " is also declared at " + oldAt + ", so both names would exist after the rename and every later plan would"
        + " refuse it. Remove renamed_from, or remove the " + kind + " declared at " + oldAt + ".";
  }

  public static String renamedFromTwice(String at, String kind, String path, String table, String old, String first,
      String firstAt) {
    return at + ": Cannot rename " + kind + " " + old + " of table " + table + " to " + path + ": " + kind + " " + first
        + " (at " + firstAt + ") is already renamed from it. Keep renamed_from on one of them.";
  }

  public static String cannotRenameFieldOntoExisting(Object table, Object path, String newName) {
    return "Cannot rename field " + path + " of " + table + " to " + newName + ": a field " + newName
        + " already exists next to it. Remove renamed_from, or drop the existing field in an earlier run.";
  }

  public static String cannotRenameFieldWithoutColumnMapping(Object table, Object path, String newName, String fix) {
    return "Cannot rename field " + path + " of " + table + " to " + newName
        + ": the table does not use column mapping, which renaming a nested field needs. " + fix + ".";
  }
}
