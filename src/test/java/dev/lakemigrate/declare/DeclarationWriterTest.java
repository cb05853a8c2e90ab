package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationWriterTest {
  private static final Defaults DEFAULTS = new Defaults("main", "sales");
  private static final TableName USERS = TableName.of("main", "sales", "users");
  private static final TableName TRANSACTIONS = TableName.of("main", "sales", "transactions");

  static Table users() {
    return Table.builder(USERS)
        .comment("Core user accounts table")
        .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false).withGenerated(new Generated.Identity(true, null, null)))
        .column(Column.of("email", PrimitiveType.STRING).withNullable(false).withComment("it's \"unique\""))
        .column(Column.of("status", PrimitiveType.STRING).withNullable(false).withDefault("'active'"))
        .column(Column.of("metadata", new MapType(PrimitiveType.STRING, PrimitiveType.STRING)))
        .column(Column.of("address", new StructType(List.of(StructField.of("city", PrimitiveType.STRING),
            new StructField("zip", PrimitiveType.INT, false, null)))))
        .column(Column.of("created_at", PrimitiveType.TIMESTAMP).withNullable(false).withDefault("current_timestamp()"))
        .primaryKey(new PrimaryKey("pk_users", List.of("id"), true))
        .check(new CheckConstraint("status_valid", "status IN ('active', 'suspended', 'deleted')"))
        .clustering(Clustering.of(List.of("status", "created_at")))
        .property("delta.enableChangeDataFeed", "true")
        .property("delta.columnMapping.mode", "name")
        .property("delta.minReaderVersion", "3")
        .build();
  }

  static Table transactions() {
    return Table.builder(TRANSACTIONS)
        .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false))
        .column(Column.of("user_id", PrimitiveType.BIGINT).withNullable(false))
        .column(Column.of("amount", new DecimalType(18, 8)).withNullable(false))
        .column(Column.of("tx_date", PrimitiveType.DATE).withNullable(false))
        .foreignKey(new ForeignKey("fk_transactions_user_id", List.of("user_id"), USERS, List.of("id")))
        .partitionColumns(List.of("tx_date"))
        .tag("owner", "finance")
        .build();
  }

  @Test
  void writesTheSeedFormat() {
    assertThat(new DeclarationWriter().write(users())).isEqualTo("""
        table: users
        comment: Core user accounts table
        columns:
          - name: id
            type: BIGINT
            nullable: false
            generated: ALWAYS AS IDENTITY
          - name: email
            type: STRING
            nullable: false
            comment: it's "unique"
          - name: status
            type: STRING
            nullable: false
            default: "'active'"
          - name: metadata
            type: "MAP<STRING,STRING>"
            nullable: true
          - name: address
            type: "STRUCT<`city`: STRING, `zip`: INT NOT NULL>"
            nullable: true
          - name: created_at
            type: TIMESTAMP
            nullable: false
            default: current_timestamp()
        primary_key:
          columns:
            - id
          rely: true
        check_constraints:
          - name: status_valid
            expression: "status IN ('active', 'suspended', 'deleted')"
        liquid_clustering:
          - status
          - created_at
        table_properties:
          delta.enableChangeDataFeed: "true"
          delta.columnMapping.mode: name
          delta.minReaderVersion: "3"
        """);
  }

  @Test
  void writesForeignKeysOnTheirColumnPartitionsAndTags() {
    String yaml = new DeclarationWriter().write(transactions());
    assertThat(yaml).contains("""
          - name: user_id
            type: BIGINT
            nullable: false
            foreign_key:
              table: users
              column: id
        """).contains("partitioned_by:\n  - tx_date\n").contains("tags:\n  owner: finance\n")
        .contains("type: \"DECIMAL(18,8)\"").doesNotContain("catalog").doesNotContain("schema");
  }

  @Test
  void everyScalarReadsBackAsTheTextWritten() throws IOException {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(new DeclarationWriter().write(users()));
    assertThat(doc.at("/columns/1/comment").asText()).isEqualTo("it's \"unique\"");
    assertThat(doc.at("/columns/2/default").asText()).isEqualTo("'active'");
    assertThat(doc.at("/columns/4/type").asText()).isEqualTo("STRUCT<`city`: STRING, `zip`: INT NOT NULL>");
    assertThat(doc.at("/columns/0/nullable").isBoolean()).isTrue();
    assertThat(doc.at("/table_properties/delta.minReaderVersion").isTextual()).isTrue();
    assertThat(doc.at("/table_properties/delta.enableChangeDataFeed").isTextual()).isTrue();
  }

  @Test
  void aForeignKeyToAnotherSchemaIsWrittenInFull() {
    Table t = Table.builder(TRANSACTIONS)
        .column(Column.of("user_id", PrimitiveType.BIGINT))
        .foreignKey(new ForeignKey("fk", List.of("user_id"), TableName.of("main", "crm", "users"), List.of("id")))
        .build();
    assertThat(new DeclarationWriter().write(t)).contains("table: main.crm.users");
  }

  @Test
  void propertiesDeltaMaintainsItselfAreLeftOut() {
    Table live = users().toBuilder()
        .property("delta.columnMapping.maxColumnId", "7")
        .property("delta.lastCommitTimestamp", "1763700000000")
        .property("delta.lastUpdateVersion", "4")
        .property("delta.rowTracking.materializedRowIdColumnName", "_row-id-col-1")
        .property("delta.feature.columnMapping", "supported")
        .build();
    assertThat(DeclarationWriter.declarableProperties(live)).containsOnlyKeys("delta.enableChangeDataFeed",
        "delta.columnMapping.mode", "delta.minReaderVersion", "delta.feature.columnMapping");
  }

  @Test
  void autoClusteringIsWrittenAsAuto() {
    Table t = Table.builder(USERS).column(Column.of("id", PrimitiveType.BIGINT)).clustering(Clustering.AUTO).build();
    assertThat(new DeclarationWriter().write(t)).contains("liquid_clustering: auto\n");
  }

  @Test
  void loadingTheOutputBackGivesTheSameModel(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("users.yaml"), new DeclarationWriter().write(users()));
    Files.writeString(dir.resolve("transactions.yaml"), new DeclarationWriter().write(transactions()));
    Declarations loaded;
    try {
      loaded = new DeclarationLoader(DEFAULTS).load(dir);
    } catch (UnsupportedOperationException e) {
      assumeFalse(String.valueOf(e.getMessage()).startsWith("not yet built"), "the declaration loader is not merged yet");
      throw e;
    }
    assertThat(loaded.tables()).containsExactlyInAnyOrder(transactions(), users());
  }
}
