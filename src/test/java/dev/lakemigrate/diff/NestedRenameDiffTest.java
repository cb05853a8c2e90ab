package dev.lakemigrate.diff;

import static dev.lakemigrate.model.PrimitiveType.BIGINT;
import static dev.lakemigrate.model.PrimitiveType.DOUBLE;
import static dev.lakemigrate.model.PrimitiveType.INT;
import static dev.lakemigrate.model.PrimitiveType.STRING;
import static dev.lakemigrate.plan.Models.col;
import static dev.lakemigrate.plan.Models.name;
import static dev.lakemigrate.plan.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code renamed_from} on nested fields: a rename (not a drop and an add), idempotent, at any depth. */
class NestedRenameDiffTest {
  private static final TableName T = name("t");
  private final Differ differ = new Differ();

  private List<SchemaChange> diff(Column live, Column declared) {
    Table l = table("t", col("id", BIGINT), live).build();
    Table d = table("t", col("id", BIGINT), declared).build();
    return differ.diff(List.of(l), List.of(d), false).changes();
  }

  private static StructType struct(StructField... fields) {
    return new StructType(List.of(fields));
  }

  private static StructField f(String name, DataType type) {
    return StructField.of(name, type);
  }

  @Test
  void renameOfANestedFieldIsOneRenameAndAttributesCompareUnderTheNewName() {
    Column live = col("addr", struct(f("city", STRING), f("zip", INT)));
    Column declared = col("addr", struct(f("city", STRING), new StructField("postcode", BIGINT, true, "code")))
        .withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip"));
    assertThat(diff(live, declared)).containsExactly(
        new RenameColumn(T, FieldPath.of("addr", "zip"), "postcode"),
        new ChangeColumnType(T, FieldPath.of("addr", "postcode"), INT, BIGINT),
        new ChangeColumnComment(T, FieldPath.of("addr", "postcode"), null, "code"));
  }

  @Test
  void alreadyRenamedIsNoChangeAndNeitherNameLiveIsAnAdd() {
    Column renamed = col("addr", struct(f("city", STRING), f("postcode", INT)))
        .withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "zip"));
    assertThat(diff(col("addr", struct(f("city", STRING), f("postcode", INT))), renamed)).isEmpty();
    assertThat(diff(col("addr", struct(f("city", STRING))), renamed))
        .containsExactly(new AddField(T, FieldPath.of("addr"), f("postcode", INT)));
  }

  @Test
  void bothNamesLiveStillEmitsTheRenameSoItIsRefusedAndTheOldFieldIsNotDropped() {
    Column live = col("addr", struct(f("zip", INT), f("postcode", INT)));
    Column declared = col("addr", struct(f("postcode", INT))).withFieldRenames(Map.of(FieldPath.of("addr", "postcode"), "ZIP"));
    assertThat(diff(live, declared)).containsExactly(new RenameColumn(T, FieldPath.of("addr", "zip"), "postcode"));
  }

  @Test
  void renamesAtEveryDepthUseDeclaredNamesForAncestorsParentFirst() {
    Column live = col("address", struct(f("geo", struct(f("lat", DOUBLE), f("lon", DOUBLE)))));
    Column declared = col("addr", struct(f("position", struct(f("latitude", DOUBLE), f("lon", DOUBLE)))))
        .withRenamedFrom("address")
        .withFieldRenames(Map.of(FieldPath.of("addr", "position"), "geo", FieldPath.of("addr", "position", "latitude"), "lat"));
    assertThat(diff(live, declared)).containsExactly(
        new RenameColumn(T, FieldPath.of("address"), "addr"),
        new RenameColumn(T, FieldPath.of("addr", "geo"), "position"),
        new RenameColumn(T, FieldPath.of("addr", "position", "lat"), "latitude"));
  }

  @Test
  void renamesInsideArrayElementsAndMapValues() {
    Column items = col("items", new ArrayType(struct(f("sku", STRING))));
    Column itemsDeclared = col("items", new ArrayType(struct(f("code", STRING))))
        .withFieldRenames(Map.of(FieldPath.of("items", "element", "code"), "sku"));
    assertThat(diff(items, itemsDeclared)).containsExactly(new RenameColumn(T, FieldPath.of("items", "element", "sku"), "code"));
    Column attrs = col("attrs", new MapType(STRING, struct(f("score", INT))));
    Column attrsDeclared = col("attrs", new MapType(STRING, struct(f("points", INT))))
        .withFieldRenames(Map.of(FieldPath.of("attrs", "value", "points"), "score"));
    assertThat(diff(attrs, attrsDeclared)).containsExactly(new RenameColumn(T, FieldPath.of("attrs", "value", "score"), "points"));
  }

  @Test
  void withoutRenamedFromAChangedNameIsADropAndAnAdd() {
    Column declared = col("addr", struct(f("postcode", INT)));
    assertThat(diff(col("addr", struct(f("zip", INT))), declared)).containsExactly(
        new DropColumn(T, FieldPath.of("addr", "zip"), INT),
        new AddField(T, FieldPath.of("addr"), f("postcode", INT)));
  }
}
