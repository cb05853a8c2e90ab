package dev.lakemigrate.error;

/**
 * Messages of the Unity Catalog introspection (keys and tags read from information_schema), in the
 * form {@code Cannot <verb> <object>: <detail>. <Fix>.}; tests assert their exact text.
 */
public final class UnityErrors {
  private UnityErrors() {}

  public static String unresolvedForeignKey(String constraint) {
    return "Cannot read foreign key " + constraint + ": information_schema names no referenced table for it."
        + " Check that you may read the referenced table (USE and SELECT), or leave the table out with --tables.";
  }

  public static String cannotReadUnityCatalog(String catalog, String schema, String detail) {
    return "Cannot read keys and tags of schema " + catalog + "." + schema + " from information_schema: " + detail
        + ". Grant USE CATALOG and USE SCHEMA on it to the job's principal, or leave the schema out of the declarations.";
  }
}
