package dev.lakemigrate.plan;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.INT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_33;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact SQL, with names and texts chosen to break naive quoting. */
class SqlRendererTest {
  /** Quotes, backticks, backslashes, a newline, unicode and an injection attempt. */
  private static final String HOSTILE = "it's `odd`\\ \"x\"\nünï '; DROP TABLE x; --";
  private static final String HOSTILE_LITERAL = "'it\\'s `odd`\\\\ \"x\"\\nünï \\'; DROP TABLE x; --'";
  private static final TableName T = TableName.of("main", "sa`les", "t; DROP TABLE x; --");
  private static final String TSQL = "`main`.`sa``les`.`t; drop table x; --`";

  private final SqlRenderer databricks = new SqlRenderer(DATABRICKS);
  private final SqlRenderer oss = new SqlRenderer(DELTA_44);

  private static List<String> sql(List<PlannedStatement> statements) {
    return statements.stream().map(PlannedStatement::sql).toList();
  }

  @Test
  void createTableWithEverythingOnDatabricks() {
    Table t = Table.builder(T)
        .column(col("i`d", BIGINT).withNullable(false).withGenerated(new Generated.Identity(true, null, null)))
        .column(col("na'me", STRING).withDefault("'n/a'").withComment(HOSTILE).withTags(Map.of("pii", HOSTILE)))
        .column(col("day", dev.lakemigrate.model.PrimitiveType.DATE))
        .partitionColumns(List.of("day")).comment(HOSTILE).property("k'1", "v\\1")
        .check(new CheckConstraint("Pos`Id", "`i``d` > 0")).primaryKey(new PrimaryKey("p`k", List.of("i`d"), true))
        .foreignKey(new ForeignKey("f'k", List.of("i`d"), TableName.of("main", "sales", "r`x"), List.of("id")))
        .tag("own'er", "b`i").build();
    CreateTable create = new CreateTable(t);
    List<PlannedStatement> statements = databricks.render(create);
    assertThat(sql(statements)).containsExactly(
        "CREATE TABLE " + TSQL + " (\n"
            + "  `i``d` BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,\n"
            + "  `na'me` STRING DEFAULT 'n/a' COMMENT " + HOSTILE_LITERAL + ",\n"
            + "  `day` DATE\n"
            + ")\nUSING DELTA\nPARTITIONED BY (`day`)\nCOMMENT " + HOSTILE_LITERAL + "\n"
            + "TBLPROPERTIES ('k\\'1' = 'v\\\\1', 'delta.feature.allowColumnDefaults' = 'supported')",
        "ALTER TABLE " + TSQL + " ADD CONSTRAINT `pos``id` CHECK (`i``d` > 0)",
        "ALTER TABLE " + TSQL + " ADD CONSTRAINT `p``k` PRIMARY KEY (`i``d`) RELY",
        "ALTER TABLE " + TSQL + " SET TAGS ('own\\'er' = 'b`i')",
        "ALTER TABLE " + TSQL + " ALTER COLUMN `na'me` SET TAGS ('pii' = " + HOSTILE_LITERAL + ")",
        "ALTER TABLE " + TSQL + " ADD CONSTRAINT `f'k` FOREIGN KEY (`i``d`) REFERENCES `main`.`sales`.`r``x` (`id`)");
    assertThat(statements).allMatch(PlannedStatement::runs);
    assertThat(statements).allMatch(s -> s.sources().equals(List.of(create)) && s.table().equals(T));
  }

  @Test
  void createTableOnOpenSourceDeltaSkipsWhatOnlyUnityCatalogHas() {
    Table t = Table.builder(T).column(col("id", BIGINT)).column(col("at", dev.lakemigrate.model.PrimitiveType.TIMESTAMP_NTZ))
        .clustering(Clustering.AUTO).primaryKey(new PrimaryKey("pk", List.of("id"), false)).tag("a", "b").build();
    List<PlannedStatement> statements = oss.render(new CreateTable(t));
    assertThat(sql(statements)).containsExactly(
        "CREATE TABLE " + TSQL + " (\n  `id` BIGINT,\n  `at` TIMESTAMP_NTZ\n)\nUSING DELTA\n"
            + "TBLPROPERTIES ('delta.feature.timestampNtz' = 'supported')",
        "ALTER TABLE " + TSQL + " CLUSTER BY AUTO",
        "ALTER TABLE " + TSQL + " ADD CONSTRAINT `pk` PRIMARY KEY (`id`)",
        "ALTER TABLE " + TSQL + " SET TAGS ('a' = 'b')");
    assertThat(statements.stream().map(PlannedStatement::skipReason).toList()).containsExactly(null,
        "skipped on open-source Delta 4.4: CLUSTER BY AUTO exists only on Databricks",
        "skipped on open-source Delta 4.4: PRIMARY KEY constraints exist only in Unity Catalog",
        "skipped on open-source Delta 4.4: tags exist only in Unity Catalog");
    assertThat(sql(databricks.render(new CreateTable(t))).get(0)).endsWith("CLUSTER BY AUTO\n"
        + "TBLPROPERTIES ('delta.feature.timestampNtz' = 'supported')");
  }

  @Test
  void createTableWithGeneratedColumnsIsSkippedBeforeDelta44() {
    Table t = Table.builder(T).column(col("g", INT).withGenerated(new Generated.Expression("1 + 1")))
        .clustering(Clustering.of(List.of("g"))).build();
    PlannedStatement create = new SqlRenderer(DELTA_33).render(new CreateTable(t)).get(0);
    assertThat(create.sql()).isEqualTo("CREATE TABLE " + TSQL + " (\n  `g` INT GENERATED ALWAYS AS (1 + 1)\n)\n"
        + "USING DELTA\nCLUSTER BY (`g`)");
    assertThat(create.skipReason())
        .isEqualTo("skipped on open-source Delta 3.3: identity and generated columns need Delta 4.4 or later in SQL");
  }

  @Test
  void addColumnsIsOneStatementThenDefaultsBackfillsAndTags() {
    AddColumn note = new AddColumn(T, col("no`te", STRING).withDefault("'-'").withComment(HOSTILE));
    AddField city = new AddField(T, FieldPath.of("ad dr", "element"), new StructField("ci'ty", STRING, true, "c"));
    AddColumn status = new AddColumn(T, col("status", STRING).withNullable(false).withBackfill("upper('x')")
        .withTags(Map.of("k", "v")));
    List<PlannedStatement> statements = databricks.addColumns(T, List.of(note, city, status));
    assertThat(sql(statements)).containsExactly(
        "ALTER TABLE " + TSQL + " ADD COLUMNS (`no``te` STRING COMMENT " + HOSTILE_LITERAL
            + ", `ad dr`.`element`.`ci'ty` STRING COMMENT 'c', `status` STRING)",
        "ALTER TABLE " + TSQL + " ALTER COLUMN `no``te` SET DEFAULT '-'",
        "UPDATE " + TSQL + " SET `status` = upper('x') WHERE `status` IS NULL",
        "ALTER TABLE " + TSQL + " ALTER COLUMN `status` SET NOT NULL",
        "ALTER TABLE " + TSQL + " ALTER COLUMN `status` SET TAGS ('k' = 'v')");
    assertThat(statements.get(0).sources()).containsExactly(note, city, status);
    assertThat(oss.addColumns(T, List.of(status)).get(2).skipReason())
        .isEqualTo("skipped on open-source Delta 4.4: open-source Delta cannot tighten a column to NOT NULL");
  }

  @Test
  void columnAlterations() {
    FieldPath nested = FieldPath.of("a`b", "c.d");
    assertThat(sql(databricks.render(new RenameColumn(T, FieldPath.of("o'ld"), "n`ew"))))
        .containsExactly("ALTER TABLE " + TSQL + " RENAME COLUMN `o'ld` TO `n``ew`");
    assertThat(sql(databricks.render(new ChangeColumnType(T, nested, INT, BIGINT))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `a``b`.`c.d` TYPE BIGINT");
    assertThat(sql(databricks.render(new ChangeColumnComment(T, nested, null, HOSTILE))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `a``b`.`c.d` COMMENT " + HOSTILE_LITERAL);
    assertThat(sql(databricks.render(new ChangeColumnComment(T, nested, "x", null))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `a``b`.`c.d` COMMENT ''");
    assertThat(sql(databricks.render(new ChangeNullability(T, nested, true))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `a``b`.`c.d` DROP NOT NULL");
    assertThat(sql(databricks.render(new ChangeNullability(T, nested, false))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `a``b`.`c.d` SET NOT NULL");
    assertThat(sql(databricks.render(new ChangeDefault(T, "c`", null, "current_date()"))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `c``` SET DEFAULT current_date()");
    assertThat(sql(databricks.render(new ChangeDefault(T, "c", "1", null))))
        .containsExactly("ALTER TABLE " + TSQL + " ALTER COLUMN `c` DROP DEFAULT");
    assertThat(databricks.dropColumns(T, List.of(new DropColumn(T, FieldPath.of("x`"), INT),
        new DropColumn(T, nested, INT))).sql()).isEqualTo("ALTER TABLE " + TSQL + " DROP COLUMNS (`x```, `a``b`.`c.d`)");
  }

  @Test
  void tablePropertiesCommentsAndClustering() {
    assertThat(databricks.setProperties(T, Map.of("it's", HOSTILE), List.of()).sql())
        .isEqualTo("ALTER TABLE " + TSQL + " SET TBLPROPERTIES ('it\\'s' = " + HOSTILE_LITERAL + ")");
    assertThat(databricks.unsetProperties(T, List.of(new UnsetProperty(T, "a'", "1"), new UnsetProperty(T, "b", "2"))).sql())
        .isEqualTo("ALTER TABLE " + TSQL + " UNSET TBLPROPERTIES IF EXISTS ('a\\'', 'b')");
    assertThat(sql(databricks.render(new ChangeTableComment(T, null, HOSTILE))))
        .containsExactly("COMMENT ON TABLE " + TSQL + " IS " + HOSTILE_LITERAL);
    assertThat(sql(databricks.render(new ChangeTableComment(T, "x", null))))
        .containsExactly("COMMENT ON TABLE " + TSQL + " IS NULL");
    assertThat(sql(databricks.render(new ChangeClustering(T, Clustering.NONE, Clustering.of(List.of("a`", "b"))))))
        .containsExactly("ALTER TABLE " + TSQL + " CLUSTER BY (`a```, `b`)");
    assertThat(sql(databricks.render(new ChangeClustering(T, Clustering.AUTO, Clustering.NONE))))
        .containsExactly("ALTER TABLE " + TSQL + " CLUSTER BY NONE");
    PlannedStatement auto = oss.render(new ChangeClustering(T, Clustering.NONE, Clustering.AUTO)).get(0);
    assertThat(auto.sql()).isEqualTo("ALTER TABLE " + TSQL + " CLUSTER BY AUTO");
    assertThat(auto.runs()).isFalse();
    assertThat(databricks.optimize(T, new ChangeClustering(T, Clustering.NONE, Clustering.AUTO)).sql())
        .isEqualTo("OPTIMIZE " + TSQL);
    assertThat(sql(databricks.render(new DropTable(Table.builder(T).build())))).containsExactly("DROP TABLE " + TSQL);
  }

  @Test
  void constraintsAndKeys() {
    assertThat(sql(databricks.render(new AddCheck(T, new CheckConstraint("c'1", "a <> 'x'")))))
        .containsExactly("ALTER TABLE " + TSQL + " ADD CONSTRAINT `c'1` CHECK (a <> 'x')");
    assertThat(sql(databricks.render(new DropCheck(T, new CheckConstraint("c`1", "a")))))
        .containsExactly("ALTER TABLE " + TSQL + " DROP CONSTRAINT IF EXISTS `c``1`");
    PrimaryKey pk = new PrimaryKey("pk", List.of("a", "b"), false);
    assertThat(sql(databricks.render(new AddPrimaryKey(T, pk))))
        .containsExactly("ALTER TABLE " + TSQL + " ADD CONSTRAINT `pk` PRIMARY KEY (`a`, `b`)");
    assertThat(sql(databricks.render(new DropPrimaryKey(T, pk))))
        .containsExactly("ALTER TABLE " + TSQL + " DROP CONSTRAINT IF EXISTS `pk`");
    ForeignKey fk = new ForeignKey("fk", List.of("a"), TableName.of("c", "s", "r"), List.of("id"));
    PlannedStatement dropFk = oss.render(new DropForeignKey(T, fk)).get(0);
    assertThat(dropFk.sql()).isEqualTo("ALTER TABLE " + TSQL + " DROP CONSTRAINT IF EXISTS `fk`");
    assertThat(dropFk.skipReason()).isEqualTo("skipped on open-source Delta 4.4: FOREIGN KEY constraints exist only in Unity Catalog");
  }

  @Test
  void tagsAreBatchedPerTarget() {
    List<SchemaChange> tags = List.of(new SetTag(T, null, "a", null, "1"), new SetTag(T, "c`", "x", null, HOSTILE),
        new UnsetTag(T, null, "b'", "2"), new SetTag(T, null, "c", "0", "3"), new UnsetTag(T, "C`", "y", "z"));
    assertThat(sql(databricks.tags(T, tags))).containsExactly(
        "ALTER TABLE " + TSQL + " SET TAGS ('a' = '1', 'c' = '3')",
        "ALTER TABLE " + TSQL + " UNSET TAGS ('b\\'')",
        "ALTER TABLE " + TSQL + " ALTER COLUMN `c``` SET TAGS ('x' = " + HOSTILE_LITERAL + ")",
        "ALTER TABLE " + TSQL + " ALTER COLUMN `c``` UNSET TAGS ('y')");
    assertThat(oss.tags(T, tags)).noneMatch(PlannedStatement::runs);
  }

  @Test
  void changesWithoutInPlaceSqlRenderNothing() {
    assertThat(databricks.render(new ChangePartitioning(T, List.of("a"), List.of()))).isEmpty();
    assertThat(databricks.render(new ChangeGenerated(T, "a", null, new Generated.Expression("1")))).isEmpty();
  }

  @Test
  void nestedStructTypesQuoteFieldNamesAndComments() {
    StructType s = new StructType(List.of(new StructField("we`ird", INT, false, HOSTILE)));
    assertThat(sql(databricks.render(new AddColumn(T, col("s", s))))).containsExactly(
        "ALTER TABLE " + TSQL + " ADD COLUMNS (`s` STRUCT<`we``ird`: INT NOT NULL COMMENT " + HOSTILE_LITERAL + ">)");
  }
}
