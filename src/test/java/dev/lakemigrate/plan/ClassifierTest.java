package dev.lakemigrate.plan;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.INT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.DATABRICKS;
import static dev.lakemigrate.plan.Models.DELTA_33;
import static dev.lakemigrate.plan.Models.DELTA_44;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.evolvable;
import static dev.lakemigrate.plan.Models.name;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.Diff;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  private static final TableName T = name("t");
  private static final Table PLAIN = table("t", col("id", BIGINT), col("amount", new DecimalType(10, 2))).build();
  private static final Table EVOLVABLE = evolvable("t", col("id", BIGINT), col("amount", new DecimalType(10, 2))).build();

  private final Classifier classifier = new Classifier();

  /** Classifies {@code change} in a plan that also holds {@code others}, against {@code live}. */
  private Classification classify(Table live, Engine engine, SchemaChange change, SchemaChange... others) {
    List<SchemaChange> all = new ArrayList<>(List.of(others));
    all.add(change);
    Diff diff = new Diff(all, List.of(), live == null ? List.of() : List.of(live), List.of());
    return classifier.classify(change, new PlanContext(diff, engine));
  }

  private static void assertVerdict(Classification c, Risk risk, String code, String message) {
    assertThat(c.code()).isEqualTo(code);
    assertThat(c.risk()).isEqualTo(risk);
    assertThat(c.message()).isEqualTo(message);
  }

  @Test
  void createTableIsSafeAndListsTheFeaturesItEnables() {
    Table t = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, null, null)),
        col("d", STRING).withDefault("'x'"), col("at", PrimitiveType.TIMESTAMP_NTZ)).build();
    Classification c = classify(null, DATABRICKS, new CreateTable(t));
    assertVerdict(c, Risk.SAFE, "LM101", "Create table main.sales.t with 3 columns. Enables table features allowColumnDefaults,"
        + " timestampNtz, identityColumns (irreversible: older readers and some streaming consumers stop working).");
    assertThat(c.enabledFeatures()).containsExactly("allowColumnDefaults", "timestampNtz", "identityColumns");
  }

  @Test
  void createTableWithIdentityBeforeDelta44IsUnsupported() {
    Table t = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, null, null))).build();
    Classification c = classify(null, DELTA_33, new CreateTable(t));
    assertVerdict(c, Risk.UNSUPPORTED, "LM314", "Cannot create table main.sales.t: identity and generated columns"
        + " need Delta 4.4 or later in SQL, and the target is open-source Delta 3.3. Use Delta 4.4 or later, or declare"
        + " the columns without generated.");
    assertThat(c.fix()).isEqualTo("Use Delta 4.4 or later, or declare the columns without generated");
    assertThat(classify(null, DELTA_44, new CreateTable(t)).risk()).isEqualTo(Risk.SAFE);
  }

  @Test
  void addColumnIsSafeAndFlagsColumnDefaultsOnlyWhenTheTableLacksThem() {
    AddColumn add = new AddColumn(T, col("note", STRING).withDefault("''"));
    Classification c = classify(PLAIN, DELTA_44, add);
    assertVerdict(c, Risk.SAFE, "LM102", "Add column note STRING to main.sales.t. Enables table feature"
        + " allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).");
    assertThat(c.enabledFeatures()).containsExactly("allowColumnDefaults");
    Table withFeature = PLAIN.toBuilder().property("delta.feature.allowColumnDefaults", "supported").build();
    assertThat(classify(withFeature, DELTA_44, add).enabledFeatures()).isEmpty();
  }

  @Test
  void addNotNullColumnBackfillsOnDatabricksAndIsRefusedOnOpenSourceDelta() {
    AddColumn add = new AddColumn(T, col("status", STRING).withNullable(false).withDefault("'new'"));
    assertVerdict(classify(PLAIN, DATABRICKS, add), Risk.SAFE, "LM103", "Add NOT NULL column status STRING to"
        + " main.sales.t: add it nullable, backfill it with 'new', then set NOT NULL (fails unless every row gets a value)."
        + " Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop"
        + " working).");
    assertVerdict(classify(PLAIN, DELTA_44, add), Risk.UNSUPPORTED, "LM310", "Cannot add NOT NULL column status of"
        + " main.sales.t: open-source Delta 4.4 cannot tighten a column to NOT NULL after adding it, and ADD COLUMNS"
        + " takes no NOT NULL. Declare it nullable.");
    AddColumn bare = new AddColumn(T, col("status", STRING).withNullable(false));
    assertVerdict(classify(PLAIN, DATABRICKS, bare), Risk.UNSUPPORTED, "LM311", "Cannot add NOT NULL column status of"
        + " main.sales.t: existing rows need a value and the column declares neither a default nor a backfill. Declare"
        + " a default or a backfill expression, or declare it nullable.");
  }

  @Test
  void addingIdentityOrGeneratedColumnToExistingTableIsUnsupported() {
    AddColumn add = new AddColumn(T, col("g", INT).withGenerated(new Generated.Expression("id * 2")));
    assertVerdict(classify(PLAIN, DATABRICKS, add), Risk.UNSUPPORTED, "LM307", "Cannot add column g of main.sales.t:"
        + " identity and generated columns can only be declared when a table is created. Declare it as a plain column"
        + " filled by your pipeline.");
  }

  @Test
  void addFieldIsSafeUnlessNotNull() {
    AddField add = new AddField(T, FieldPath.of("addr"), StructField.of("city", PrimitiveType.VARIANT));
    Classification c = classify(PLAIN, DELTA_44, add);
    assertVerdict(c, Risk.SAFE, "LM104", "Add field addr.city VARIANT to main.sales.t. Enables table feature"
        + " variantType (irreversible: older readers and some streaming consumers stop working).");
    assertThat(c.enabledFeatures()).containsExactly("variantType");
    AddField strict = new AddField(T, FieldPath.of("addr"), new StructField("zip", STRING, false, null));
    assertVerdict(classify(PLAIN, DELTA_44, strict), Risk.UNSUPPORTED, "LM312", "Cannot add NOT NULL field addr.zip to"
        + " main.sales.t: existing rows would hold NULL in it. Declare the field nullable.");
  }

  @Test
  void dropColumnIsDestructiveWithColumnMappingAndUnsupportedWithout() {
    DropColumn drop = new DropColumn(T, FieldPath.of("amount"), new DecimalType(10, 2));
    assertVerdict(classify(EVOLVABLE, DELTA_44, drop), Risk.DESTRUCTIVE, "LM201",
        "Drop column amount of main.sales.t: its data is lost.");
    Classification c = classify(PLAIN, DELTA_44, drop);
    assertVerdict(c, Risk.UNSUPPORTED, "LM301", "Cannot drop column amount of main.sales.t: the table does not use"
        + " column mapping, which dropping a column needs. Declare the table property delta.columnMapping.mode: name so"
        + " column mapping is enabled first (irreversible: older readers and some streaming consumers stop working).");
    assertThat(c.fix()).startsWith("Declare the table property delta.columnMapping.mode: name");
    SetProperty mapping = new SetProperty(T, "delta.columnMapping.mode", null, "name");
    assertThat(classify(PLAIN, DELTA_44, drop, mapping).code()).as("mapping declared in this plan").isEqualTo("LM201");
    DropColumn nested = new DropColumn(T, FieldPath.of("addr", "zip"), STRING);
    assertVerdict(classify(EVOLVABLE, DELTA_44, nested), Risk.DESTRUCTIVE, "LM202",
        "Drop field addr.zip of main.sales.t: its data is lost.");
  }

  @Test
  void droppingAClusteringColumnNeedsTheClusteringChangedInTheSamePlan() {
    Table clustered = EVOLVABLE.toBuilder().clustering(Clustering.of(List.of("amount"))).build();
    DropColumn drop = new DropColumn(T, FieldPath.of("amount"), new DecimalType(10, 2));
    assertVerdict(classify(clustered, DATABRICKS, drop), Risk.UNSUPPORTED, "LM313", "Cannot drop column amount of"
        + " main.sales.t: it is a clustering column. Change clustering first: remove it from liquid_clustering, then"
        + " drop the column.");
    ChangeClustering away = new ChangeClustering(T, Clustering.of(List.of("amount")), Clustering.of(List.of("id")));
    assertThat(classify(clustered, DATABRICKS, drop, away).code()).isEqualTo("LM201");
  }

  @Test
  void renameNeedsColumnMappingAndAFreeName() {
    RenameColumn rename = new RenameColumn(T, FieldPath.of("amount"), "total");
    assertVerdict(classify(EVOLVABLE, DELTA_44, rename), Risk.SAFE, "LM105",
        "Rename column amount of main.sales.t to total.");
    assertVerdict(classify(PLAIN, DELTA_44, rename), Risk.UNSUPPORTED, "LM302", "Cannot rename column amount of"
        + " main.sales.t to total: the table does not use column mapping, which renaming a column needs. Declare the"
        + " table property delta.columnMapping.mode: name so column mapping is enabled first (irreversible: older"
        + " readers and some streaming consumers stop working).");
    RenameColumn onto = new RenameColumn(T, FieldPath.of("amount"), "ID");
    assertVerdict(classify(EVOLVABLE, DELTA_44, onto), Risk.UNSUPPORTED, "LM303", "Cannot rename column amount of"
        + " main.sales.t to ID: a column ID already exists. Remove renamed_from, or drop the existing column in an"
        + " earlier run.");
  }

  @Test
  void typeChangesWidenOnlyWithTypeWideningAndNeverNarrow() {
    ChangeColumnType widen = new ChangeColumnType(T, FieldPath.of("id"), INT, BIGINT);
    assertVerdict(classify(EVOLVABLE, DELTA_44, widen), Risk.SAFE, "LM106",
        "Change type of column id of main.sales.t: INT -> BIGINT.");
    assertVerdict(classify(PLAIN, DELTA_44, widen), Risk.UNSUPPORTED, "LM305", "Cannot change type of column id of"
        + " main.sales.t: INT -> BIGINT needs type widening, which the table does not enable. Declare the table property"
        + " delta.enableTypeWidening: true so type widening is enabled first (irreversible: older readers and some"
        + " streaming consumers stop working).");
    SetProperty on = new SetProperty(T, "delta.enableTypeWidening", null, "true");
    assertThat(classify(PLAIN, DELTA_44, widen, on).code()).as("enabled in this plan").isEqualTo("LM106");
    assertVerdict(classify(EVOLVABLE, DELTA_33, widen), Risk.UNSUPPORTED, "LM304", "Cannot change type of column id"
        + " of main.sales.t: INT -> BIGINT is not a widening open-source Delta 3.3 supports. Add a new column, backfill"
        + " it, then drop the old one.");
    ChangeColumnType narrow = new ChangeColumnType(T, FieldPath.of("amount"), new DecimalType(10, 2), INT);
    Classification c = classify(EVOLVABLE, DATABRICKS, narrow);
    assertVerdict(c, Risk.UNSUPPORTED, "LM304", "Cannot change type of column amount of main.sales.t: DECIMAL(10,2)"
        + " -> INT is not a widening Databricks Runtime 17.3 supports. Add a new column, backfill it, then drop the old"
        + " one.");
    assertThat(c.fix()).isEqualTo("Add a new column, backfill it, then drop the old one");
  }

  @Test
  void nullability() {
    assertVerdict(classify(PLAIN, DELTA_44, new ChangeNullability(T, FieldPath.of("id"), true)), Risk.SAFE, "LM108",
        "Drop NOT NULL on column id of main.sales.t.");
    ChangeNullability tighten = new ChangeNullability(T, FieldPath.of("id"), false);
    assertVerdict(classify(PLAIN, DATABRICKS, tighten), Risk.SAFE, "LM109", "Set NOT NULL on column id of"
        + " main.sales.t; the data must have no NULLs in it, or the statement fails.");
    assertVerdict(classify(PLAIN, DELTA_44, tighten), Risk.UNSUPPORTED, "LM309", "Cannot set NOT NULL on column id of"
        + " main.sales.t: open-source Delta 4.4 cannot tighten a column to NOT NULL. Declare it nullable.");
  }

  @Test
  void generationAndPartitioningCannotChangeInPlace() {
    ChangeGenerated gen = new ChangeGenerated(T, "id", null, new Generated.Identity(false, 1L, 1L));
    assertVerdict(classify(PLAIN, DATABRICKS, gen), Risk.UNSUPPORTED, "LM308", "Cannot change generation of column id"
        + " of main.sales.t: none -> GENERATED BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1) cannot change in"
        + " place. Keep the current definition.");
    ChangePartitioning part = new ChangePartitioning(T, List.of("day"), List.of());
    assertVerdict(classify(PLAIN, DATABRICKS, part), Risk.UNSUPPORTED, "LM306", "Cannot change partitioning of table"
        + " main.sales.t: [day] -> [] cannot change in place. Keep partitioned_by as it is.");
  }

  @Test
  void propertiesFlagTheFeaturesTheyEnable() {
    SetProperty mapping = new SetProperty(T, "delta.columnMapping.mode", null, "name");
    Classification c = classify(PLAIN, DELTA_44, mapping);
    assertVerdict(c, Risk.SAFE, "LM119", "Set table property delta.columnMapping.mode of main.sales.t to name."
        + " Enables table feature columnMapping (irreversible: older readers and some streaming consumers stop working).");
    assertThat(c.enabledFeatures()).containsExactly("columnMapping");
    Table has = PLAIN.toBuilder().property("delta.feature.columnMapping", "supported").build();
    assertThat(classify(has, DELTA_44, mapping).enabledFeatures()).isEmpty();
    assertThat(classify(PLAIN, DELTA_44, new SetProperty(T, "delta.enableDeletionVectors", "false", "true"))
        .enabledFeatures()).containsExactly("deletionVectors");
    assertThat(classify(PLAIN, DELTA_44, new SetProperty(T, "owner", null, "x")).enabledFeatures()).isEmpty();
    assertVerdict(classify(PLAIN, DELTA_44, new UnsetProperty(T, "owner", "x")), Risk.SAFE, "LM120",
        "Unset table property owner of main.sales.t.");
  }

  @Test
  void theRestIsSafeWithItsOwnCode() {
    var check = new CheckConstraint("pos", "amount > 0");
    var pk = new dev.lakemigrate.model.PrimaryKey("pk", List.of("id"), true);
    var fk = new dev.lakemigrate.model.ForeignKey("fk", List.of("id"), name("r"), List.of("rid"));
    assertVerdict(classify(PLAIN, DATABRICKS, new AddCheck(T, check)), Risk.SAFE, "LM111",
        "Add CHECK pos (amount > 0) to main.sales.t; it fails if existing rows violate it.");
    assertVerdict(classify(PLAIN, DATABRICKS, new DropCheck(T, check)), Risk.SAFE, "LM112", "Drop CHECK pos of main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new AddPrimaryKey(T, pk)), Risk.SAFE, "LM113",
        "Add PRIMARY KEY pk (id) RELY to main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new DropPrimaryKey(T, pk)), Risk.SAFE, "LM114",
        "Drop PRIMARY KEY pk of main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new AddForeignKey(T, fk)), Risk.SAFE, "LM115",
        "Add FOREIGN KEY fk (id) -> main.sales.r (rid) to main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new DropForeignKey(T, fk)), Risk.SAFE, "LM116",
        "Drop FOREIGN KEY fk of main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new ChangeClustering(T, Clustering.NONE, Clustering.AUTO)), Risk.SAFE,
        "LM117", "Change clustering of main.sales.t: none -> AUTO.");
    assertVerdict(classify(PLAIN, DATABRICKS, new ChangeTableComment(T, null, "x")), Risk.SAFE, "LM118",
        "Set comment of table main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new SetTag(T, "id", "pii", null, "no")), Risk.SAFE, "LM121",
        "Set tag pii = no on column id of main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new UnsetTag(T, null, "env", "dev")), Risk.SAFE, "LM121",
        "Unset tag env on table main.sales.t.");
    assertVerdict(classify(PLAIN, DATABRICKS, new ChangeColumnComment(T, FieldPath.of("id"), "a", null)), Risk.SAFE,
        "LM107", "Remove comment of column id of main.sales.t.");
    Classification dflt = classify(PLAIN, DATABRICKS, new ChangeDefault(T, "id", null, "0"));
    assertVerdict(dflt, Risk.SAFE, "LM110", "Set default of column id of main.sales.t to 0. Enables table feature"
        + " allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).");
    assertThat(dflt.enabledFeatures()).containsExactly("allowColumnDefaults");
  }

  @Test
  void dropTableIsDestructive() {
    Classification c = classify(null, DATABRICKS, new DropTable(PLAIN));
    assertVerdict(c, Risk.DESTRUCTIVE, "LM203", "Drop table main.sales.t: the table and its rows are lost.");
    assertThat(c.fix()).isEqualTo("Re-run with --allow-destructive if that is intended");
  }
}
