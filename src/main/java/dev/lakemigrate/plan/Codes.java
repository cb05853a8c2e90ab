package dev.lakemigrate.plan;

/**
 * The stable classification codes, documented in docs/codes.md: {@code LM1xx} safe, {@code LM2xx}
 * destructive, {@code LM3xx} unsupported. A code is never renumbered nor reused.
 */
public final class Codes {
  private Codes() {}

  public static final String CREATE_TABLE = "LM101";
  public static final String ADD_COLUMN = "LM102";
  public static final String ADD_NOT_NULL_COLUMN = "LM103";
  public static final String ADD_FIELD = "LM104";
  public static final String RENAME_COLUMN = "LM105";
  public static final String WIDEN_TYPE = "LM106";
  public static final String CHANGE_COLUMN_COMMENT = "LM107";
  public static final String DROP_NOT_NULL = "LM108";
  public static final String SET_NOT_NULL = "LM109";
  public static final String CHANGE_DEFAULT = "LM110";
  public static final String ADD_CHECK = "LM111";
  public static final String DROP_CHECK = "LM112";
  public static final String ADD_PRIMARY_KEY = "LM113";
  public static final String DROP_PRIMARY_KEY = "LM114";
  public static final String ADD_FOREIGN_KEY = "LM115";
  public static final String DROP_FOREIGN_KEY = "LM116";
  public static final String CHANGE_CLUSTERING = "LM117";
  public static final String CHANGE_TABLE_COMMENT = "LM118";
  public static final String SET_PROPERTY = "LM119";
  public static final String UNSET_PROPERTY = "LM120";
  public static final String CHANGE_TAG = "LM121";
  public static final String REBUILD_TABLE = "LM122";

  public static final String DROP_COLUMN = "LM201";
  public static final String DROP_FIELD = "LM202";
  public static final String DROP_TABLE = "LM203";
  public static final String DROP_BACKUP = "LM204";

  public static final String DROP_WITHOUT_COLUMN_MAPPING = "LM301";
  public static final String RENAME_WITHOUT_COLUMN_MAPPING = "LM302";
  public static final String RENAME_ONTO_EXISTING = "LM303";
  public static final String TYPE_NOT_WIDENING = "LM304";
  public static final String WIDEN_WITHOUT_TYPE_WIDENING = "LM305";
  public static final String CHANGE_PARTITIONING = "LM306";
  public static final String ADD_GENERATED_COLUMN = "LM307";
  public static final String CHANGE_GENERATION = "LM308";
  public static final String SET_NOT_NULL_UNSUPPORTED = "LM309";
  public static final String ADD_NOT_NULL_COLUMN_UNSUPPORTED = "LM310";
  public static final String ADD_NOT_NULL_WITHOUT_BACKFILL = "LM311";
  public static final String ADD_NOT_NULL_FIELD = "LM312";
  public static final String DROP_CLUSTERING_COLUMN = "LM313";
  public static final String CREATE_WITH_GENERATED_UNSUPPORTED = "LM314";
  public static final String NAME_NEEDS_COLUMN_MAPPING = "LM315";
}
