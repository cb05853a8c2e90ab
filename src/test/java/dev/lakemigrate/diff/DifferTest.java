package dev.lakemigrate.diff;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.INT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.name;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferTest {
  private static final TableName T = name("t");
  private final Differ differ = new Differ();

  private List<SchemaChange> diff(Table live, Table declared) {
    return differ.diff(List.of(live), List.of(declared), false).changes();
  }

  @Test
  void identicalTablesHaveNoChanges() {
    Table t = table("t", col("id", BIGINT), col("name", STRING)).comment("c").property("k", "v").build();
    assertThat(diff(t, t)).isEmpty();
  }

  @Test
  void newTableIsCreatedAndUndeclaredLiveTablesAreUnmanaged() {
    Table a = table("a", col("id", INT)).build();
    Table b = table("b", col("id", INT)).build();
    Table hidden = table("_lakemigrate_history", col("id", INT)).build();
    Diff d = differ.diff(List.of(b, hidden), List.of(a), false);
    assertThat(d.changes()).containsExactly(new CreateTable(a));
    assertThat(d.unmanaged()).containsExactly(name("b"));
    assertThat(d.declared()).containsExactly(a);
  }

  @Test
  void dropUnmanagedDropsUndeclaredTablesButNeverUnderscoreOnes() {
    Table b = table("b", col("id", INT)).build();
    Table hidden = table("_history", col("id", INT)).build();
    Diff d = differ.diff(List.of(b, hidden), List.of(), true);
    assertThat(d.changes()).containsExactly(new DropTable(b));
    assertThat(d.unmanaged()).isEmpty();
  }

  @Test
  void reservedTablesAreNeverTouchedNorReported() {
    Table history = table("lakemigrate_history", col("id", INT)).build();
    Diff d = new Differ(List.of(name("lakemigrate_history"))).diff(List.of(history), List.of(), true);
    assertThat(d.changes()).isEmpty();
    assertThat(d.unmanaged()).isEmpty();
  }

  @Test
  void declaredUnderscoreTablesAreNeverTouched() {
    Diff d = differ.diff(List.of(), List.of(table("_x", col("id", INT)).build()), false);
    assertThat(d.changes()).isEmpty();
  }

  @Test
  void tablesComeInDeclaredOrderAndNamesMatchWithoutCase() {
    Table liveB = table("b", col("ID", INT)).build();
    Table a = table("a", col("id", INT)).build();
    Table b = table("b", col("id", INT), col("x", INT)).build();
    List<SchemaChange> changes = differ.diff(List.of(liveB), List.of(b, a), false).changes();
    assertThat(changes).containsExactly(new AddColumn(name("b"), col("x", INT)), new CreateTable(a));
  }

  @Test
  void columnsDropAndModifyInLiveOrderThenAddInDeclaredOrder() {
    Table live = table("t", col("a", INT), col("b", INT), col("c", INT)).build();
    Table declared = table("t", col("z", STRING), col("c", BIGINT), col("y", STRING), col("a", INT)).build();
    assertThat(diff(live, declared)).containsExactly(
        new DropColumn(T, FieldPath.of("b"), INT),
        new ChangeColumnType(T, FieldPath.of("c"), INT, BIGINT),
        new AddColumn(T, col("z", STRING)),
        new AddColumn(T, col("y", STRING)));
  }

  @Test
  void aCheckNamingAColumnWhoseTypeChangesIsDroppedBeforeAndAddedBackAfter() {
    CheckConstraint positive = new CheckConstraint("amount_positive", "amount > 0");
    CheckConstraint other = new CheckConstraint("note_set", "note <> 'amount'");
    Table live = table("t", col("amount", INT), col("note", STRING)).check(positive).check(other).build();
    Table declared = table("t", col("amount", BIGINT), col("note", STRING)).check(positive).check(other).build();
    assertThat(diff(live, declared)).containsExactly(
        new ChangeColumnType(T, FieldPath.of("amount"), INT, BIGINT),
        new DropCheck(T, positive),
        new AddCheck(T, positive));
  }

  @Test
  void checkRebuildsMatchIdentifiersOutsideStringLiterals() {
    assertThat(CheckRebuilds.names("amount > 0", "AMOUNT")).isTrue();
    assertThat(CheckRebuilds.names("`we``ird` IS NOT NULL", "we`ird")).isTrue();
    assertThat(CheckRebuilds.names("s.amount > 0 AND amount2 > 1", "amount")).isFalse();
    assertThat(CheckRebuilds.names("note <> 'amount'", "amount")).isFalse();
    assertThat(CheckRebuilds.names("addr.zip <> ''", "addr")).isTrue();
  }

  @Test
  void liveOnlyUnderscoreColumnsAreLeftAlone() {
    Table live = table("t", col("id", INT), col("_rescued_data", STRING)).build();
    assertThat(diff(live, table("t", col("id", INT)).build())).isEmpty();
  }

  @Test
  void renameWhenOldExistsAndNewDoesNotThenComparesAttributesUnderTheNewName() {
    Table live = table("t", col("old", INT)).build();
    Table declared = table("t", col("new", BIGINT).withRenamedFrom("old").withComment("n")).build();
    assertThat(diff(live, declared)).containsExactly(
        new RenameColumn(T, FieldPath.of("old"), "new"),
        new ChangeColumnType(T, FieldPath.of("new"), INT, BIGINT),
        new ChangeColumnComment(T, FieldPath.of("new"), null, "n"));
  }

  @Test
  void renameIsStillEmittedWhenBothNamesExistAndTheOldColumnIsNotDropped() {
    Table live = table("t", col("old", INT), col("new", INT)).build();
    Table declared = table("t", col("new", INT).withRenamedFrom("OLD")).build();
    assertThat(diff(live, declared)).containsExactly(new RenameColumn(T, FieldPath.of("old"), "new"));
  }

  @Test
  void renameThatOnlyChangesCaseIsNoChange() {
    Table live = table("t", col("Amount", INT)).build();
    assertThat(diff(live, table("t", col("amount", INT).withRenamedFrom("Amount")).build())).isEmpty();
  }

  @Test
  void renameAlreadyDoneIsNoChange() {
    Table live = table("t", col("new", INT)).build();
    Table declared = table("t", col("new", INT).withRenamedFrom("old")).build();
    assertThat(diff(live, declared)).isEmpty();
  }

  @Test
  void nullabilityDefaultCommentAndTags() {
    Table live = table("t", col("a", INT).withTags(Map.of("pii", "no", "keep", "x"))).build();
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("pii", "yes");
    tags.put("owner", "bi");
    tags.put("keep", null);
    Table declared = table("t", col("a", INT).withNullable(false).withDefault(" 0 ").withComment("the a")
        .withTags(tags)).build();
    assertThat(diff(live, declared)).containsExactly(
        new ChangeNullability(T, FieldPath.of("a"), false),
        new ChangeDefault(T, "a", null, " 0 "),
        new ChangeColumnComment(T, FieldPath.of("a"), null, "the a"),
        new SetTag(T, "a", "pii", "no", "yes"),
        new SetTag(T, "a", "owner", null, "bi"),
        new UnsetTag(T, "a", "keep", "x"));
  }

  @Test
  void expressionsCompareModuloSurroundingWhitespaceAndEmptyCommentIsNoComment() {
    Table live = table("t", col("a", INT).withDefault("0").withComment("")).check(new CheckConstraint("c", "a > 0")).build();
    Table declared = table("t", col("a", INT).withDefault("  0\n")).check(new CheckConstraint("C", " a > 0 ")).build();
    assertThat(diff(live, declared)).isEmpty();
  }

  @Test
  void checkExpressionsIgnoreTheSpacingDeltaAddsButNotSpacingInsideQuotes() {
    Table live = table("t", col("a", INT)).check(new CheckConstraint("c", "small > - 1 AND s <> 'a  b'")).build();
    Table same = table("t", col("a", INT)).check(new CheckConstraint("c", "small>-1 AND s <> 'a  b'")).build();
    Table other = table("t", col("a", INT)).check(new CheckConstraint("c", "small > -1 AND s <> 'a b'")).build();
    assertThat(diff(live, same)).isEmpty();
    assertThat(diff(live, other)).hasSize(2);
    assertThat(Same.withoutSpacing("f( 'it\\' s' , `a b` )")).isEqualTo("f('it\\' s',`a b`)");
  }

  @Test
  void generatedIsComparedOnlyWhenVisible() {
    Table live = table("t", col("id", BIGINT)).build();
    Table declared = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, null, null))).build();
    assertThat(diff(live, declared)).containsExactly(
        new ChangeGenerated(T, "id", null, new Generated.Identity(true, null, null)));
    Table blind = live.toBuilder().unknown(Aspect.GENERATED_COLUMNS).build();
    assertThat(diff(blind, declared)).isEmpty();
  }

  @Test
  void aKeptForeignKeyIsRebuiltAroundTheChangeOfTheKeyItReferences() {
    PrimaryKey rely = new PrimaryKey("pk_c", List.of("id"), true);
    PrimaryKey norely = new PrimaryKey("pk_c", List.of("id"), false);
    ForeignKey kept = new ForeignKey("fk_o_c", List.of("c"), name("c"), List.of("id"));
    ForeignKey other = new ForeignKey("fk_x", List.of("x"), name("elsewhere"), List.of("id"));
    Table liveC = table("c", col("id", BIGINT).withNullable(false)).primaryKey(rely).build();
    Table liveO = table("o", col("c", BIGINT), col("x", BIGINT)).foreignKey(kept).foreignKey(other).build();
    Table declaredC = liveC.toBuilder().primaryKey(norely).build();

    List<SchemaChange> changes = differ.diff(List.of(liveC, liveO), List.of(declaredC, liveO), false).changes();

    assertThat(changes).containsExactly(
        new DropPrimaryKey(name("c"), rely), new AddPrimaryKey(name("c"), norely),
        new DropForeignKey(name("o"), kept), new AddForeignKey(name("o"), kept));
    assertThat(differ.diff(List.of(liveC, liveO), List.of(liveC, liveO), false).changes())
        .as("no key change, nothing rebuilt").isEmpty();
    Table blindO = liveO.toBuilder().unknown(Aspect.KEYS).build();
    assertThat(differ.diff(List.of(liveC, blindO), List.of(declaredC, blindO), false).changes()).hasSize(2);
  }

  @Test
  void identityStartAndStepLeftOutAreDeltasDefaultsOneAndOne() {
    Table live = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, 1L, 1L))).build();
    Table declared = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, null, null))).build();
    Table startOnly = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, 1L, null))).build();
    Table other = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(true, null, 5L))).build();
    Table byDefault = table("t", col("id", BIGINT).withGenerated(new Generated.Identity(false, null, null))).build();

    assertThat(diff(live, declared)).as("read back (1, 1) vs declared without options").isEmpty();
    assertThat(diff(declared, live)).isEmpty();
    assertThat(diff(live, startOnly)).isEmpty();
    assertThat(diff(live, other)).containsExactly(
        new ChangeGenerated(T, "id", new Generated.Identity(true, 1L, 1L), new Generated.Identity(true, null, 5L)));
    assertThat(diff(live, byDefault)).hasSize(1);
    assertThat(new Generated.Identity(true, null, null).toSql()).as("rendering keeps what was declared")
        .isEqualTo("ALWAYS AS IDENTITY");
  }

  @Test
  void nestedStructFieldsThroughStructArrayAndMap() {
    var liveAddr = new StructType(List.of(
        StructField.of("city", STRING), StructField.of("zip", INT)));
    var declaredAddr = new StructType(List.of(
        new StructField("city", STRING, false, "City"),
        StructField.of("zip", BIGINT),
        StructField.of("street", STRING)));
    var liveItem = new ArrayType(new StructType(List.of(
        StructField.of("sku", STRING), StructField.of("qty", INT))));
    var declaredItem = new ArrayType(new StructType(List.of(
        StructField.of("sku", STRING))));
    var liveAttrs = new MapType(STRING, new StructType(List.of(
        StructField.of("score", INT))));
    var declaredAttrs = new MapType(STRING, new StructType(List.of(
        StructField.of("score", BIGINT))));
    Table live = table("t", col("addr", liveAddr), col("items", liveItem), col("attrs", liveAttrs)).build();
    Table declared = table("t", col("addr", declaredAddr), col("items", declaredItem), col("attrs", declaredAttrs)).build();
    assertThat(diff(live, declared)).containsExactly(
        new ChangeNullability(T, FieldPath.of("addr", "city"), false),
        new ChangeColumnComment(T, FieldPath.of("addr", "city"), null, "City"),
        new ChangeColumnType(T, FieldPath.of("addr", "zip"), INT, BIGINT),
        new AddField(T, FieldPath.of("addr"), StructField.of("street", STRING)),
        new DropColumn(T, FieldPath.of("items", "element", "qty"), INT),
        new ChangeColumnType(T, FieldPath.of("attrs", "value", "score"), INT, BIGINT));
  }

  @Test
  void aStructBecomingAStringIsOneTypeChange() {
    var struct = new StructType(List.of(StructField.of("x", INT)));
    Table live = table("t", col("s", struct)).build();
    Table declared = table("t", col("s", STRING)).build();
    assertThat(diff(live, declared)).containsExactly(new ChangeColumnType(T, FieldPath.of("s"), struct, STRING));
  }

  @Test
  void checksAddDropAndChangeAsDropPlusAdd() {
    Table live = table("t", col("a", INT))
        .check(new CheckConstraint("gone", "a > 1")).check(new CheckConstraint("pos", "a > 0")).build();
    Table declared = table("t", col("a", INT))
        .check(new CheckConstraint("pos", "a >= 0")).check(new CheckConstraint("fresh", "a < 9")).build();
    assertThat(diff(live, declared)).containsExactly(
        new DropCheck(T, new CheckConstraint("gone", "a > 1")),
        new DropCheck(T, new CheckConstraint("pos", "a > 0")),
        new AddCheck(T, new CheckConstraint("pos", "a >= 0")),
        new AddCheck(T, new CheckConstraint("fresh", "a < 9")));
  }

  @Test
  void primaryKeySetDropAndChangeIncludingRely() {
    PrimaryKey pk = new PrimaryKey("pk", List.of("id"), false);
    PrimaryKey rely = new PrimaryKey("pk", List.of("id"), true);
    Table bare = table("t", col("id", INT)).build();
    Table keyed = table("t", col("id", INT)).primaryKey(pk).build();
    assertThat(diff(bare, keyed)).containsExactly(new AddPrimaryKey(T, pk));
    assertThat(diff(keyed, bare)).containsExactly(new DropPrimaryKey(T, pk));
    assertThat(diff(keyed, table("t", col("id", INT)).primaryKey(new PrimaryKey("PK", List.of("ID"), false)).build())).isEmpty();
    assertThat(diff(keyed, table("t", col("id", INT)).primaryKey(rely).build()))
        .containsExactly(new DropPrimaryKey(T, pk), new AddPrimaryKey(T, rely));
  }

  @Test
  void foreignKeysAddAndDrop() {
    ForeignKey a = new ForeignKey("fk_a", List.of("a"), name("r"), List.of("id"));
    ForeignKey b = new ForeignKey("fk_b", List.of("b"), name("r"), List.of("id"));
    Table live = table("t", col("a", INT), col("b", INT)).foreignKey(a).build();
    Table declared = table("t", col("a", INT), col("b", INT)).foreignKey(b).build();
    assertThat(diff(live, declared)).containsExactly(new DropForeignKey(T, a), new AddForeignKey(T, b));
  }

  @Test
  void keysTagsAndClusteringAreNotComparedWhenUnknownLive() {
    Table live = table("t", col("a", INT)).unknown(Aspect.KEYS).unknown(Aspect.TAGS).unknown(Aspect.CLUSTERING).build();
    Table declared = table("t", col("a", INT).withTags(Map.of("k", "v")))
        .primaryKey(new PrimaryKey("pk", List.of("a"), false)).tag("k", "v")
        .clustering(Clustering.of(List.of("a"))).build();
    assertThat(diff(live, declared)).isEmpty();
  }

  @Test
  void clusteringPartitioningAndTableComment() {
    Table live = table("t", col("a", INT), col("b", INT)).clustering(Clustering.of(List.of("a"))).build();
    Table declared = table("t", col("a", INT), col("b", INT)).clustering(Clustering.AUTO)
        .partitionColumns(List.of("b")).comment("hello").build();
    assertThat(diff(live, declared)).containsExactly(
        new ChangeClustering(T, Clustering.of(List.of("a")), Clustering.AUTO),
        new ChangePartitioning(T, List.of(), List.of("b")),
        new ChangeTableComment(T, null, "hello"));
    Table sameCase = table("t", col("a", INT), col("b", INT)).clustering(Clustering.of(List.of("A"))).build();
    assertThat(diff(live, sameCase)).isEmpty();
  }

  @Test
  void onlyDeclaredPropertiesAreComparedAndRemovedOnesAreUnset() {
    Table live = table("t", col("a", INT)).property("delta.minReaderVersion", "3").property("owner", "x")
        .property("delta.enableTypeWidening", "TRUE").property("stale", "1").build();
    Table declared = table("t", col("a", INT)).property("owner", "y").property("delta.enabletypewidening", "true")
        .property("new", "n").removedProperty("stale").removedProperty("never-there").build();
    assertThat(diff(live, declared)).containsExactly(
        new SetProperty(T, "owner", "x", "y"),
        new SetProperty(T, "new", null, "n"),
        new UnsetProperty(T, "stale", "1"));
  }

  @Test
  void tableTagsPerKey() {
    Table live = table("t", col("a", INT)).tag("env", "dev").tag("other", "kept").build();
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("env", "prod");
    tags.put("other", null);
    Table declared = Table.builder(T).column(col("a", INT)).build();
    Table.Builder b = declared.toBuilder();
    tags.forEach(b::tag);
    assertThat(diff(live, b.build())).containsExactly(
        new SetTag(T, null, "env", "dev", "prod"), new UnsetTag(T, null, "other", "kept"));
  }
}
