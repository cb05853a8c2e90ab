package dev.lakemigrate.error;

/** Column and field names Delta takes only with column mapping ({@code Cannot <verb> <object>: <detail>. <Fix>.}). */
public final class ColumnNameErrors {
  private ColumnNameErrors() {}

  public static String fixNameCharacters() {
    return PlanErrors.fixColumnMapping() + ", or choose a name without those characters";
  }

  public static String cannotUseNameWithoutColumnMapping(String verb, Object table, Object path) {
    return "Cannot " + verb + " " + table + ": the name " + path + " holds one of the characters"
        + " space , ; { } ( ) newline tab =, which Delta accepts in column and field names only with column mapping. "
        + fixNameCharacters() + ".";
  }
}
