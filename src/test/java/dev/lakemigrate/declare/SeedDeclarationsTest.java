package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's two example files (section 2), verbatim, load into the expected model. */
class SeedDeclarationsTest {
  private static final Path SEED = Path.of("src/test/resources/declare/seed");
  private static final TableName USERS = TableName.of("main", "sales", "users");
  private static final TableName TRANSACTIONS = TableName.of("main", "sales", "transactions");

  private final Declarations declarations = Yaml.load(SEED);

  @Test
  void loadsTablesInPathOrderWithTheirLocations() {
    assertThat(declarations.tables()).extracting(Table::name).containsExactly(TRANSACTIONS, USERS);
    assertThat(declarations.locationOf(USERS)).contains(
        new SourceLocation("src/test/resources/declare/seed/users.yaml", 1, 8));
    assertThat(declarations.checksum()).matches("[0-9a-f]{64}");
  }

  @Test
  void usersIsTheExpectedModel() {
    Table expected = Table.builder(USERS)
        .comment("Core user accounts table")
        .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false)
            .withGenerated(new Generated.Identity(true, null, null)))
        .column(Column.of("email", PrimitiveType.STRING).withNullable(false))
        .column(Column.of("display_name", PrimitiveType.STRING))
        .column(Column.of("status", PrimitiveType.STRING).withNullable(false).withDefault("'active'"))
        .column(Column.of("metadata", new MapType(PrimitiveType.STRING, PrimitiveType.STRING)))
        .column(Column.of("created_at", PrimitiveType.TIMESTAMP).withNullable(false)
            .withDefault("current_timestamp()"))
        .column(Column.of("updated_at", PrimitiveType.TIMESTAMP))
        .primaryKey(new PrimaryKey("pk_users", List.of("id"), true))
        .check(new CheckConstraint("status_check", "status IN ('active', 'suspended', 'deleted')"))
        .clustering(Clustering.of(List.of("status", "created_at")))
        .property("delta.enableChangeDataFeed", "true")
        .property("delta.autoOptimize.optimizeWrite", "true")
        .property("delta.columnMapping.mode", "name")
        .build();
    assertThat(declarations.tables().get(1)).isEqualTo(expected);
  }

  @Test
  void transactionsIsTheExpectedModel() {
    Table expected = Table.builder(TRANSACTIONS)
        .comment("Financial transactions")
        .column(Column.of("id", PrimitiveType.BIGINT).withNullable(false)
            .withGenerated(new Generated.Identity(true, null, null)))
        .column(Column.of("user_id", PrimitiveType.BIGINT).withNullable(false))
        .column(Column.of("amount", new DecimalType(18, 8)).withNullable(false))
        .column(Column.of("currency", PrimitiveType.STRING).withNullable(false))
        .column(Column.of("tx_type", PrimitiveType.STRING).withNullable(false))
        .column(Column.of("tx_date", PrimitiveType.DATE).withNullable(false))
        .column(Column.of("created_at", PrimitiveType.TIMESTAMP).withNullable(false)
            .withDefault("current_timestamp()"))
        .primaryKey(new PrimaryKey("pk_transactions", List.of("id"), true))
        .foreignKey(new ForeignKey("fk_transactions_user_id", List.of("user_id"), USERS, List.of("id")))
        .check(new CheckConstraint("tx_type_check", "tx_type IN ('deposit', 'withdrawal', 'transfer', 'fee')"))
        .clustering(Clustering.of(List.of("user_id", "tx_date")))
        .property("delta.enableChangeDataFeed", "true")
        .property("delta.columnMapping.mode", "name")
        .build();
    assertThat(declarations.tables().get(0)).isEqualTo(expected);
    assertThat(declarations.tables().get(0).tags()).isEqualTo(Map.of());
  }
}
