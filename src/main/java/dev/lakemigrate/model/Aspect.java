package dev.lakemigrate.model;

/**
 * Facts about a table that one side may be unable to see. A live table lists the aspects its
 * introspection could not read in {@link Table#unknown()}; the differ never reports drift for an
 * unknown aspect (on open-source Delta, identity and generation expressions are invisible, keys
 * and tags do not exist).
 */
public enum Aspect {
  /** Identity and generation expressions of columns. */
  GENERATED_COLUMNS,
  /** PRIMARY KEY and FOREIGN KEY constraints. */
  KEYS,
  /** Table and column tags. */
  TAGS,
  /** Liquid clustering columns. */
  CLUSTERING
}
