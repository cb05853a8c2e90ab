#!/usr/bin/env python3
"""Writes the hostile declaration corpus next to this script: one malformed YAML file per case.

Run from anywhere: python3 src/test/resources/hostile/generate.py  (deterministic; rewrites every
*.yaml here). Each file is invalid on its own; HostileDeclarationsTest runs `lakemigrate validate`
on each and expects exit 1, a `file:line:column:` message and no stack trace. Huge files are made
at test time, not committed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OK_COLS = "columns:\n  - {name: id, type: BIGINT, nullable: false}\n  - {name: s, type: STRING}\n"
cases = {}


def add(category, name, content):
    key = f"{category}__{name}.yaml"
    assert key not in cases, key
    cases[key] = content if isinstance(content, bytes) else content.encode("utf-8")


def table(extra="", cols=OK_COLS, name="t"):
    return f"table: {name}\n{cols}{extra}"


# --- syntax errors -------------------------------------------------------------------------------
syntax = {
    "unclosed_flow_list": "table: t\ncolumns: [{name: a, type: INT}\n",
    "unclosed_flow_map": "table: t\ncolumns:\n  - {name: a, type: INT\n",
    "stray_close_bracket": "table: t\ncolumns: [{name: a, type: INT}]]\n",
    "stray_close_brace": "table: t}\ncolumns: [{name: a, type: INT}]\n",
    "unclosed_double_quote": "table: \"t\ncolumns: [{name: a, type: INT}]\n",
    "unclosed_single_quote": "table: 't\ncolumns: [{name: a, type: INT}]\n",
    "tab_indentation": "table: t\ncolumns:\n\t- {name: a, type: INT}\n",
    "bad_indentation": "table: t\ncolumns:\n  - name: a\n      type: INT\n",
    "dedent_inside_item": "table: t\ncolumns:\n    - name: a\n  type: INT\n",
    "list_and_map_mixed": "table: t\n- a\ncolumns: []\n",
    "colon_in_plain_key": "table: t\ncolumns:\n  - name: a: b\n    type: INT\n",
    "double_colon": "table: : t\ncolumns: [{name: a, type: INT}]\n",
    "key_without_value_then_list": "table: t\ncolumns\n  - {name: a, type: INT}\n",
    "unknown_escape": "table: \"t\\q\"\ncolumns: [{name: a, type: INT}]\n",
    "bad_unicode_escape": "table: \"\\uZZZZ\"\ncolumns: [{name: a, type: INT}]\n",
    "anchor_without_node": "table: &\ncolumns: [{name: a, type: INT}]\n",
    "repeated_yaml_directive": "%YAML 1.1\n%YAML 1.1\n---\ntable: t\ncolumns: [{name: a, type: INT}]\n",
    "yaml_directive_2": "%YAML 2.0\n---\ntable: t\ncolumns: [{name: a, type: INT}]\n",
    "reserved_at": "table: @t\ncolumns: [{name: a, type: INT}]\n",
    "reserved_backtick": "table: `t`\ncolumns: [{name: a, type: INT}]\n",
    "block_scalar_bad_indent": "table: t\ncomment: |\n  line\n line2\ncolumns: [{name: a, type: INT}]\n",
    "tag_unknown_handle": "table: !!foo t\ncolumns: [{name: a, type: INT}]\n",
    "tag_local": "table: !local t\ncolumns: [{name: a, type: INT}]\n",
    "tag_python": "table: !!python/object:os.system t\ncolumns: [{name: a, type: INT}]\n",
    "comma_in_block": "table: t,\ncolumns: [{name: a, type: INT},,]\n",
    "flow_missing_comma": "table: t\ncolumns: [{name: a type: INT}]\n",
    "complex_key": "? [a, b]\n: c\ntable: t\ncolumns: [{name: a, type: INT}]\n",
    "nul_byte": "table: t\x00\ncolumns: [{name: a, type: INT}]\n",
    "control_char_bel": "table: t\x07\ncolumns: [{name: a, type: INT}]\n",
    "control_char_esc": "table: \x1b[31mt\ncolumns: [{name: a, type: INT}]\n",
    "only_colon": ":\n",
    "only_dash": "-\n- -\n",
    "only_brackets": "[[[[\n",
    "only_quote": "\"\n",
    "document_end_then_text": "table: t\ncolumns: [{name: a, type: INT}]\n...\ntable: u\n",
    "trailing_garbage_after_flow": "table: t\ncolumns: [{name: a, type: INT}] junk\n",
    "json_missing_comma": "{\"table\": \"t\" \"columns\": [{\"name\": \"a\", \"type\": \"INT\"}]}\n",
    "crlf_bad_indent": "table: t\r\ncolumns:\r\n  - name: a\r\n     type: INT\r\n",
    "cr_only_lines_bad": "table: t\rcolumns:\r  - name: a\r     type: INT\r",
}
for n, c in syntax.items():
    add("syntax", n, c)

# --- wrong shapes --------------------------------------------------------------------------------
shapes = {
    "doc_list": "- table: t\n  columns: [{name: a, type: INT}]\n",
    "doc_scalar": "just text\n",
    "doc_number": "42\n",
    "doc_bool": "true\n",
    "doc_null": "null\n",
    "doc_tilde": "~\n",
    "columns_mapping": "table: t\ncolumns: {name: a, type: INT}\n",
    "columns_scalar": "table: t\ncolumns: a INT\n",
    "columns_number": "table: t\ncolumns: 3\n",
    "column_is_list": "table: t\ncolumns:\n  - [a, INT]\n",
    "column_is_scalar": "table: t\ncolumns:\n  - a INT\n",
    "column_is_null": "table: t\ncolumns:\n  -\n",
    "tables_mapping": "tables: {table: t, columns: [{name: a, type: INT}]}\n",
    "tables_scalar": "tables: t\n",
    "tables_item_scalar": "tables:\n  - t\n",
    "tables_item_list": "tables:\n  - [t]\n",
    "table_is_list": "table: [t]\n" + OK_COLS,
    "table_is_mapping": "table: {name: t}\n" + OK_COLS,
    "fields_scalar": "table: t\ncolumns:\n  - {name: a, type: STRUCT, fields: x}\n",
    "fields_mapping": "table: t\ncolumns:\n  - {name: a, type: STRUCT, fields: {name: x, type: INT}}\n",
    "field_is_scalar": "table: t\ncolumns:\n  - {name: a, type: STRUCT, fields: [x]}\n",
    "primary_key_list": table("primary_key: [id]\n"),
    "primary_key_scalar": table("primary_key: id\n"),
    "primary_key_columns_scalar": table("primary_key: {columns: id}\n"),
    "properties_list": table("table_properties: [a, b]\n"),
    "properties_scalar": table("table_properties: a=b\n"),
    "property_value_list": table("table_properties:\n  k: [1, 2]\n"),
    "property_value_mapping": table("table_properties:\n  k: {a: 1}\n"),
    "tags_list": table("tags: [a, b]\n"),
    "tag_value_list": table("tags:\n  owner: [a]\n"),
    "checks_mapping": table("check_constraints: {name: c, expression: id > 0}\n"),
    "check_item_scalar": table("check_constraints:\n  - id > 0\n"),
    "clustering_mapping": table("liquid_clustering: {a: b}\n"),
    "clustering_number": table("liquid_clustering: 4\n"),
    "clustering_item_list": table("liquid_clustering: [[id]]\n"),
    "partitioned_scalar": table("partitioned_by: s\n"),
    "partitioned_item_mapping": table("partitioned_by: [{s: 1}]\n"),
    "foreign_key_scalar": "table: t\ncolumns:\n  - {name: a, type: INT, foreign_key: u.id}\n",
    "foreign_key_list": "table: t\ncolumns:\n  - {name: a, type: INT, foreign_key: [u, id]}\n",
    "default_list": "table: t\ncolumns:\n  - {name: a, type: INT, default: [1]}\n",
    "default_mapping": "table: t\ncolumns:\n  - {name: a, type: INT, default: {v: 1}}\n",
    "check_list": "table: t\ncolumns:\n  - {name: a, type: INT, check: [a > 0]}\n",
    "comment_mapping": "table: t\ncomment: {text: hi}\n" + OK_COLS,
    "type_list": "table: t\ncolumns:\n  - {name: a, type: [INT]}\n",
    "type_mapping": "table: t\ncolumns:\n  - {name: a, type: {base: INT}}\n",
}
for n, c in shapes.items():
    add("shape", n, c)

# --- wrong scalar types --------------------------------------------------------------------------
scalars = {
    "nullable_yes_string": "table: t\ncolumns:\n  - {name: a, type: INT, nullable: \"yes\"}\n",
    "nullable_number": "table: t\ncolumns:\n  - {name: a, type: INT, nullable: 1}\n",
    "nullable_word": "table: t\ncolumns:\n  - {name: a, type: INT, nullable: maybe}\n",
    "nullable_list": "table: t\ncolumns:\n  - {name: a, type: INT, nullable: [false]}\n",
    "name_number": "table: t\ncolumns:\n  - {name: 5, type: INT}\n",
    "name_bool": "table: t\ncolumns:\n  - {name: true, type: INT}\n",
    "name_null": "table: t\ncolumns:\n  - {name: null, type: INT}\n",
    "name_empty": "table: t\ncolumns:\n  - {name: '', type: INT}\n",
    "name_blank": "table: t\ncolumns:\n  - {name: '   ', type: INT}\n",
    "type_number": "table: t\ncolumns:\n  - {name: a, type: 5}\n",
    "type_bool": "table: t\ncolumns:\n  - {name: a, type: false}\n",
    "type_null": "table: t\ncolumns:\n  - {name: a, type: ~}\n",
    "table_number": "table: 12\n" + OK_COLS,
    "table_bool": "table: true\n" + OK_COLS,
    "table_float": "table: 1.5e3\n" + OK_COLS,
    "table_empty": "table: ''\n" + OK_COLS,
    "table_null": "table: null\n" + OK_COLS,
    "catalog_number": table("catalog: 7\n"),
    "schema_bool": table("schema: no\n"),
    "comment_number": table("comment: 42\n"),
    "rely_string": table("primary_key: {columns: [id], rely: \"true\"}\n"),
    "rely_number": table("primary_key: {columns: [id], rely: 0}\n"),
    "check_name_number": table("check_constraints:\n  - {name: 3, expression: id > 0}\n"),
    "check_expression_empty": table("check_constraints:\n  - {name: c, expression: ''}\n"),
    "renamed_from_number": "table: t\ncolumns:\n  - {name: a, type: INT, renamed_from: 3}\n",
    "field_nullable_string": "table: t\ncolumns:\n  - name: a\n    type: STRUCT\n    fields: [{name: x, type: INT, nullable: nope}]\n",
    "clustering_item_number": table("liquid_clustering: [1]\n"),
    "fk_table_number": "table: t\ncolumns:\n  - {name: a, type: INT, foreign_key: {table: 5, column: id}}\n",
}
for n, c in scalars.items():
    add("scalar", n, c)

# --- duplicates ----------------------------------------------------------------------------------
dups = {
    "top_key": "table: t\ntable: u\n" + OK_COLS,
    "columns_key": "table: t\n" + OK_COLS + OK_COLS,
    "column_key": "table: t\ncolumns:\n  - {name: a, type: INT, type: BIGINT}\n",
    "column_names": "table: t\ncolumns:\n  - {name: a, type: INT}\n  - {name: a, type: INT}\n",
    "column_names_case": "table: t\ncolumns:\n  - {name: Amount, type: INT}\n  - {name: aMOUNT, type: INT}\n",
    "tables_in_file": "tables:\n  - {table: t, columns: [{name: a, type: INT}]}\n  - {table: t, columns: [{name: a, type: INT}]}\n",
    "tables_in_file_case": "tables:\n  - {table: t, columns: [{name: a, type: INT}]}\n  - {table: T, columns: [{name: a, type: INT}]}\n",
    "check_names": table("check_constraints:\n  - {name: c, expression: id > 0}\n  - {name: C, expression: id > 1}\n"),
    "struct_fields": "table: t\ncolumns:\n  - name: a\n    type: STRUCT\n    fields: [{name: x, type: INT}, {name: X, type: INT}]\n",
    "property_keys": table("table_properties:\n  k: 1\n  k: 2\n"),
    "tag_keys": table("tags:\n  a: 1\n  a: 2\n"),
    "pk_key": table("primary_key: {columns: [id], columns: [s]}\n"),
    "inline_struct_fields": "table: t\ncolumns:\n  - {name: a, type: 'STRUCT<x: INT, x: INT>'}\n",
    "second_document": "table: t\ncolumns: [{name: a, type: INT}]\n---\ntable: u\ncolumns: [{name: a, type: INT}]\n",
    "second_empty_document": "table: t\ncolumns: [{name: a, type: INT}]\n---\n",
}
for n, c in dups.items():
    add("duplicate", n, c)

# --- deep nesting --------------------------------------------------------------------------------
for depth in (65, 100, 1000, 20000):
    add("deep", f"flow_lists_{depth}", "table: t\ncolumns: " + "[" * depth + "]" * depth + "\n")
for depth in (70, 500):
    add("deep", f"flow_maps_{depth}", "table: t\ncomment: " + "{a: " * depth + "1" + "}" * depth + "\n")
block = "table: t\ncolumns:\n"
for i in range(80):
    block += "  " * (i + 1) + "- \n"
add("deep", "block_lists_80", block)
nested = "table: t\ncolumns:\n  - name: a\n    type: STRUCT\n    fields:\n"
indent = "      "
for i in range(70):
    nested += f"{indent}- name: f{i}\n{indent}  type: STRUCT\n{indent}  fields:\n"
    indent += "    "
nested += f"{indent}- {{name: leaf, type: INT}}\n"
add("deep", "struct_fields_70", nested)
add("deep", "inline_type_100", "table: t\ncolumns:\n  - {name: a, type: '" + "ARRAY<" * 100 + "INT" + ">" * 100 + "'}\n")

# --- aliases and bombs ---------------------------------------------------------------------------
lol = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
for c in "bcdefghi":
    prev = "*" + chr(ord(c) - 1)
    lol += f"{c}: &{c} [{', '.join([prev] * 9)}]\n"
add("alias", "billion_laughs", lol)
add("alias", "simple_alias", "base: &b INT\ntable: t\ncolumns: [{name: a, type: *b}]\n")
add("alias", "merge_key", "base: &b {type: INT}\ntable: t\ncolumns: [{name: a, <<: *b}]\n")
add("alias", "alias_as_key", "k: &k table\n*k : t\ncolumns: [{name: a, type: INT}]\n")
add("alias", "recursive", "a: &a [*a]\ntable: t\n")
add("alias", "undefined_alias", "table: *nothing\ncolumns: [{name: a, type: INT}]\n")
add("alias", "column_reused", "table: t\ncolumns:\n  - &c {name: a, type: INT}\n  - *c\n")
add("alias", "quadratic_blowup", "a: &a \"" + "x" * 1000 + "\"\nb: [" + ", ".join(["*a"] * 500) + "]\n")

# --- not UTF-8 -----------------------------------------------------------------------------------
add("encoding", "latin1", "table: t\ncomment: caf\u00e9\n".encode("latin-1") + OK_COLS.encode())
add("encoding", "cp1252_quotes", b"table: t\ncomment: \x93quoted\x94\n" + OK_COLS.encode())
add("encoding", "lone_continuation", b"table: t\x80\n" + OK_COLS.encode())
add("encoding", "overlong_slash", b"table: t\xc0\xaf\n" + OK_COLS.encode())
add("encoding", "byte_ff", b"\xfftable: t\n" + OK_COLS.encode())
add("encoding", "truncated_multibyte_eof", b"table: t\ncomment: x\xe2\x82")
add("encoding", "surrogate_encoded", b"table: t\ncomment: \xed\xa0\x80\n" + OK_COLS.encode())
add("encoding", "beyond_unicode", b"table: t\ncomment: \xf5\x80\x80\x80\n" + OK_COLS.encode())
add("encoding", "utf16le_bom", "table: t\n".encode("utf-16-le").join([b"\xff\xfe", b""]) + OK_COLS.encode("utf-16-le"))
add("encoding", "utf16be_bom", b"\xfe\xff" + ("table: t\n" + OK_COLS).encode("utf-16-be"))
add("encoding", "utf32le_bom", b"\xff\xfe\x00\x00" + ("table: t\n" + OK_COLS).encode("utf-32-le"))
add("encoding", "gzip_magic", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")

# --- empty ---------------------------------------------------------------------------------------
empties = {
    "zero_bytes": b"",
    "newline": b"\n",
    "spaces": b"   \n\n   \n",
    "comment_only": b"# only a comment\n",
    "separator_only": b"---\n",
    "document_end_only": b"...\n",
    "bom_only": b"\xef\xbb\xbf",
    "explicit_empty_map": b"{}\n",
    "explicit_empty_list": b"[]\n",
    "empty_string": b"''\n",
}
for n, c in empties.items():
    add("empty", n, c)

# --- unknown keys --------------------------------------------------------------------------------
unknown = {
    "top_colums": "table: t\ncolums: [{name: a, type: INT}]\n",
    "top_tabel": "tabel: t\ncolumns: [{name: a, type: INT}]\n",
    "top_partition_by": table("partition_by: [s]\n"),
    "top_clustering": table("clustering: [s]\n"),
    "top_properties": table("properties: {a: b}\n"),
    "top_primary": table("primary: {columns: [id]}\n"),
    "top_random": table("zzz: 1\n"),
    "top_uppercase": "TABLE: t\n" + OK_COLS,
    "column_nulable": "table: t\ncolumns:\n  - {name: a, type: INT, nulable: true}\n",
    "column_typ": "table: t\ncolumns:\n  - {name: a, typ: INT}\n",
    "column_defualt": "table: t\ncolumns:\n  - {name: a, type: INT, defualt: 1}\n",
    "column_not_null": "table: t\ncolumns:\n  - {name: a, type: INT, not_null: true}\n",
    "column_primary_key": "table: t\ncolumns:\n  - {name: a, type: INT, primary_key: true}\n",
    "field_default": "table: t\ncolumns:\n  - {name: a, type: STRUCT, fields: [{name: x, type: INT, default: 1}]}\n",
    "pk_relies": table("primary_key: {columns: [id], relies: true}\n"),
    "fk_col": "table: t\ncolumns:\n  - {name: a, type: INT, foreign_key: {table: t, col: a}}\n",
    "check_expr": table("check_constraints:\n  - {name: c, expr: id > 0}\n"),
    "file_level_default": "default_schema: s\ntables:\n  - {table: t, columns: [{name: a, type: INT}]}\n",
    "key_with_unicode": "table: t\nсolumns: [{name: a, type: INT}]\n",
    "key_with_space": "table: t\n'columns ': [{name: a, type: INT}]\n",
}
for n, c in unknown.items():
    add("unknown_key", n, c)

# --- bad types -----------------------------------------------------------------------------------
types = ["MAP<STRING>", "ARRAY<>", "ARRAY", "STRUCT<a INT", "STRUCT<>x", "DECIMAL(40,2)", "DECIMAL(5,6)",
         "DECIMAL(-1)", "DECIMAL(a,b)", "VARCHAR(0)", "CHAR(-1)", "INTT", "FOO", "INT INT", "INT;",
         "INT; DROP TABLE t", "STRING'", "MAP<STRING,INT,INT>", "INTERVAL WEEK", "TIMESTAMP(3)",
         "ARRAY<INT>>", "<INT>", "BIGINT NOT NULL", "STRING COLLATE x'"]
for i, t in enumerate(types):
    add("type", f"{i:02d}", "table: t\ncolumns:\n  - name: a\n    type: \"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n")
add("type", "struct_without_fields", "table: t\ncolumns:\n  - {name: a, type: STRUCT}\n")
add("type", "fields_without_struct", "table: t\ncolumns:\n  - {name: a, type: INT, fields: [{name: x, type: INT}]}\n")
add("type", "identity_on_int", "table: t\ncolumns:\n  - {name: a, type: INT, generated: ALWAYS AS IDENTITY}\n")
add("type", "identity_increment_zero", "table: t\ncolumns:\n  - {name: a, type: BIGINT, generated: 'ALWAYS AS IDENTITY (INCREMENT BY 0)'}\n")
add("type", "generated_and_default", "table: t\ncolumns:\n  - {name: a, type: BIGINT, generated: ALWAYS AS IDENTITY, default: 1}\n")
add("type", "generated_garbage", "table: t\ncolumns:\n  - {name: a, type: BIGINT, generated: SOMETIMES}\n")

# --- bad expressions -----------------------------------------------------------------------------
exprs = ["1; DROP TABLE t", "'a'; DROP TABLE t; --", "a > 0;", ";", "(a > 0", "a > 0)", "'unterminated",
         "\"unterminated", "`unterminated", "/* unterminated", "a > 0 /* x */ ) (", "1)); DELETE FROM t; ((",
         "x'; DROP TABLE t; --", "current_timestamp();", "a IN ('x', 'y'", "concat('a', 'b'));"]
roles = ["default", "check", "backfill"]
for i, e in enumerate(exprs):
    role = roles[i % len(roles)]
    v = e.replace("\\", "\\\\").replace("\"", "\\\"")
    add("expression", f"{role}_{i:02d}", f"table: t\ncolumns:\n  - name: a\n    type: STRING\n    {role}: \"{v}\"\n")
for i, e in enumerate(exprs[:8]):
    v = e.replace("\\", "\\\\").replace("\"", "\\\"")
    add("expression", f"check_constraint_{i:02d}", f"table: t\ncolumns: [{{name: a, type: STRING}}]\ncheck_constraints:\n  - name: c\n    expression: \"{v}\"\n")
add("expression", "generated_semicolon", "table: t\ncolumns:\n  - {name: a, type: INT}\n  - {name: b, type: INT, generated: 'ALWAYS AS (a * 2); DROP TABLE t'}\n")
add("expression", "check_unknown_column", table("check_constraints:\n  - {name: c, expression: nope > 0}\n"))
add("expression", "column_check_unknown", "table: t\ncolumns:\n  - {name: a, type: INT, check: 'b > 0'}\n")

# --- rules across keys ---------------------------------------------------------------------------
rules = {
    "missing_table": OK_COLS,
    "missing_columns": "table: t\n",
    "empty_columns": "table: t\ncolumns: []\n",
    "null_columns": "table: t\ncolumns:\n",
    "missing_name": "table: t\ncolumns:\n  - {type: INT}\n",
    "missing_type": "table: t\ncolumns:\n  - {name: a}\n",
    "reserved_table_name": "table: _t\n" + OK_COLS,
    "dotted_table_name": "table: a.b\n" + OK_COLS,
    "pk_nullable": table("primary_key: {columns: [s]}\n"),
    "pk_unknown_column": table("primary_key: {columns: [nope]}\n"),
    "clustering_five": "table: t\ncolumns:\n" + "".join(f"  - {{name: c{i}, type: INT}}\n" for i in range(5)) + "liquid_clustering: [c0, c1, c2, c3, c4]\n",
    "clustering_boolean": "table: t\ncolumns:\n  - {name: b, type: BOOLEAN}\nliquid_clustering: [b]\n",
    "clustering_unknown": table("liquid_clustering: [nope]\n"),
    "partition_array": "table: t\ncolumns:\n  - {name: a, type: ARRAY<INT>}\npartitioned_by: [a]\n",
    "clustering_and_partitioning": table("liquid_clustering: [id]\npartitioned_by: [s]\n"),
    "fk_unknown_table": "table: t\ncolumns:\n  - {name: a, type: BIGINT, foreign_key: {table: nope, column: id}}\n",
    "fk_bad_reference": "table: t\ncolumns:\n  - {name: a, type: BIGINT, foreign_key: {table: a.b.c.d, column: id}}\n",
    "unknown_delta_property": table("table_properties:\n  delta.enableChangeDateFeed: true\n"),
    "delta_constraints_property": table("table_properties:\n  delta.constraints.c: id > 0\n"),
    "unknown_table_feature": table("table_properties:\n  delta.feature.timeTravel9000: supported\n"),
    "tables_and_table": "table: t\ntables:\n  - {table: u, columns: [{name: a, type: INT}]}\n",
}
for n, c in rules.items():
    add("rule", n, c)

# --- hostile table names (the local catalog takes only [A-Za-z0-9_]) -----------------------------
names = ["t;drop", "t'x", "t`x", "t x", "t-x", "t/x", "t\\\\x", "t\\nx", "t--x", "t/*x", "ünïcødé", "t\\u0000x",
         "'; DROP TABLE users; --", "t$", "t(x)", "tab\\tle"]
for i, n in enumerate(names):
    add("table_name", f"{i:02d}", f"table: \"{n}\"\n" + OK_COLS)
add("table_name", "schema_hostile", "table: t\nschema: \"s; DROP SCHEMA x\"\n" + OK_COLS)
add("table_name", "catalog_hostile", "table: t\ncatalog: \"c`x\"\n" + OK_COLS)


def main():
    for f in os.listdir(HERE):
        if f.endswith(".yaml"):
            os.remove(os.path.join(HERE, f))
    for name, content in sorted(cases.items()):
        with open(os.path.join(HERE, name), "wb") as out:
            out.write(content)
    print(f"{len(cases)} files written to {HERE}")


if __name__ == "__main__":
    main()
