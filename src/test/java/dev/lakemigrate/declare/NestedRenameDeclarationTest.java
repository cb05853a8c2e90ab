package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code renamed_from} on fields under {@code fields:}: loaded as the column's field renames, validated like columns. */
class NestedRenameDeclarationTest {
  @TempDir Path dir;

  @Test
  void renamedFromOnFieldsAtEveryDepthIsKeptBesideTheTypeNotInIt() {
    Yaml.write(dir, Map.of("t.yaml", """
        table: t
        columns:
          - name: address
            type: STRUCT
            fields:
              - {name: city, type: STRING}
              - name: position
                renamed_from: geo
                type: STRUCT
                fields:
                  - {name: latitude, type: DOUBLE, renamed_from: lat}
        """));
    Column address = Yaml.load(dir).tables().get(0).column("address").orElseThrow();
    assertThat(address.fieldRenames()).containsExactly(
        Map.entry(FieldPath.of("address", "position", "latitude"), "lat"),
        Map.entry(FieldPath.of("address", "position"), "geo"));
    assertThat(address.type()).isEqualTo(new StructType(List.of(StructField.of("city", PrimitiveType.STRING),
        StructField.of("position", new StructType(List.of(StructField.of("latitude", PrimitiveType.DOUBLE)))))));
    assertThat(address.fieldRenamedFrom(FieldPath.of("address", "city"))).isEmpty();
  }

  @Test
  void renamedFromItselfADeclaredSiblingOrTwiceIsRefusedAtItsLocation() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: a, type: INT, renamed_from: A}
          - name: s
            type: STRUCT
            fields:
              - {name: x, type: INT, renamed_from: x}
              - {name: y, type: INT, renamed_from: z}
              - {name: z, type: INT}
              - {name: v, type: INT, renamed_from: old}
              - {name: w, type: INT, renamed_from: OLD}
        """)).containsExactly(
        "t.yaml:3:40: Cannot rename column a of table t: renamed_from names the column itself (names are"
            + " case-insensitive). Remove renamed_from.",
        "t.yaml:7:44: Cannot rename field s.x of table t: renamed_from names the field itself (names are"
            + " case-insensitive). Remove renamed_from.",
        "t.yaml:8:44: Cannot rename field s.z of table t to s.y: field s.z is also declared at t.yaml:9:16, so both"
            + " names would exist after the rename and every later plan would refuse it. Remove renamed_from, or remove"
            + " the field declared at t.yaml:9:16.",
        "t.yaml:11:44: Cannot rename field s.OLD of table t to s.w: field s.v (at t.yaml:10:16) is already renamed"
            + " from it. Keep renamed_from on one of them.");
  }

  @Test
  void aColumnRenamedFromADeclaredColumnIsRefusedLikeAField() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - {name: tier, type: STRING, renamed_from: level}
          - {name: level, type: STRING}
        """)).containsExactly("t.yaml:3:46: Cannot rename column level of table t to tier: column level is also"
            + " declared at t.yaml:4:12, so both names would exist after the rename and every later plan would refuse"
            + " it. Remove renamed_from, or remove the column declared at t.yaml:4:12.");
  }

  @Test
  void renamedFromMustBeAName() {
    assertThat(Yaml.problems(dir, """
        table: t
        columns:
          - name: s
            type: STRUCT
            fields: [{name: x, type: INT, renamed_from: 3}]
        """)).singleElement().asString().isEqualTo("t.yaml:5:49: Cannot read 'renamed_from' in field s.x of table t: expected a string, got a number."
            + " Change the value to a string.");
  }
}
