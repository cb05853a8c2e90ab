package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the format offers beyond the seed's per-table files. */
class DeclarationFormatTest {
  private static final Path FORMAT = Path.of("src/test/resources/declare/format");

  private final Declarations declarations = Yaml.load(FORMAT);

  private Table table(String catalog, String schema, String name) {
    TableName wanted = TableName.of(catalog, schema, name);
    return declarations.tables().stream().filter(t -> t.name().equals(wanted)).findFirst().orElseThrow();
  }

  @Test
  void singleFileFormTakesFileDefaultsAndTableOverrides() {
    assertThat(declarations.tables()).extracting(t -> t.name().toString()).containsExactly(
        "main.sales.customers", "ops.audit.events", "main.staging.orders", "main.sales.order_lines");
  }

  @Test
  void nestedStructFieldsKeepTheirNullabilityAndComment() {
    Column address = table("ops", "audit", "events").column("payload").orElseThrow();
    StructType geo = new StructType(List.of(
        new StructField("lat", PrimitiveType.DOUBLE, false, null),
        new StructField("lon", PrimitiveType.DOUBLE, false, null)));
    assertThat(address.type()).isEqualTo(new StructType(List.of(
        new StructField("kind", PrimitiveType.STRING, false, "what happened"),
        new StructField("geo", geo, true, "where"),
        new StructField("items", new ArrayType(new StructType(List.of(
            new StructField("sku", PrimitiveType.STRING, false, null)))), true, null))));
    assertThat(address.comment()).isEqualTo("event body");
  }

  @Test
  void checksTagsRenamesBackfillsAndProperties() {
    Table customers = table("main", "sales", "customers");
    assertThat(customers.comment()).isEqualTo("People who buy");
    assertThat(customers.checks()).containsExactly(
        new CheckConstraint("email_check", "length(email) > 3"),
        new CheckConstraint("email_check_2", "email LIKE '%@%'"),
        new CheckConstraint("e_mail_check", "`e-mail` IS NOT NULL"));
    assertThat(customers.tags()).containsExactly(Map.entry("owner", "crm"), Map.entry("pii", "true"));
    Column tier = customers.column("tier").orElseThrow();
    assertThat(tier.renamedFrom()).isEqualTo("level");
    assertThat(tier.backfill()).isEqualTo("'bronze'");
    assertThat(tier.tags()).containsExactly(Map.entry("class", "internal"));
    assertThat(tier.generated()).isNull();
    assertThat(customers.properties()).containsExactly(
        Map.entry("delta.enableChangeDataFeed", "true"), Map.entry("delta.dataSkippingNumIndexedCols", "5"),
        Map.entry("delta.feature.allowColumnDefaults", "supported"), Map.entry("team.note", "x"));
    assertThat(customers.removedProperties()).containsExactly("delta.enableDeletionVectors");
    assertThat(customers.clustering()).isEqualTo(Clustering.AUTO);
  }

  @Test
  void generatedFormsAndQualifiedForeignKeys() {
    Table lines = table("main", "sales", "order_lines");
    assertThat(lines.column("id").orElseThrow().generated())
        .isEqualTo(new Generated.Identity(false, 100L, 10L));
    assertThat(lines.column("total").orElseThrow().generated())
        .isEqualTo(new Generated.Expression("qty * (price + 1)"));
    assertThat(lines.foreignKeys()).containsExactly(
        new ForeignKey("fk_order_lines_order_id", List.of("order_id"), TableName.of("main", "staging", "orders"), List.of("id")),
        new ForeignKey("fk_order_lines_customer_id", List.of("customer_id"), TableName.of("main", "sales", "customers"), List.of("id")));
    assertThat(lines.partitionColumns()).containsExactly("day");
    assertThat(lines.comment()).isEqualTo("from description");
  }

  @Test
  void checksumCoversPathsAndBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
    String text = "table: t\ncolumns:\n  - {name: id, type: INT}\n";
    String same = Yaml.load(Yaml.write(a, Map.of("x/t.yaml", text))).checksum();
    assertThat(Yaml.load(Yaml.write(b, Map.of("x/t.yaml", text))).checksum()).isEqualTo(same);
    assertThat(Yaml.load(Yaml.write(c, Map.of("y/t.yaml", text))).checksum()).isNotEqualTo(same);
    assertThat(Yaml.load(Yaml.write(a, Map.of("x/t.yaml", text + "# more\n"))).checksum()).isNotEqualTo(same);
  }

  @Test
  void loadsFromTheClasspathByScanningOrByIndex() {
    DeclarationLoader loader = new DeclarationLoader(Yaml.DEFAULTS);
    assertThat(loader.loadClasspath("declare/seed").tables()).hasSize(2);
    Declarations indexed = loader.loadClasspath("declare/indexed/");
    assertThat(indexed.tables()).extracting(t -> t.name().name()).containsExactly("listed");
    assertThat(indexed.locationOf(TableName.of("main", "sales", "listed")).orElseThrow().file())
        .isEqualTo("declare/indexed/a/listed.yaml");
  }
}
