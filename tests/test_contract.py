"""One table contract: the Pandera models (schemas/tables.py) and the DDL analysts query
(warehouse/schema.sql) name the same columns, in the same order, with the same types and
nullability, and the extraction frames take their dtypes from the models."""
from __future__ import annotations

import duckdb
import polars as pl
import pytest

from etl.core.batch import TABLE_SCHEMAS
from etl.warehouse import SQL_DIR
from schemas import LOADER_COLUMNS, SCHEMAS, polars_schema

DUCKDB_TYPE = {pl.String: "VARCHAR", pl.Int32: "INTEGER", pl.Date: "DATE", pl.Boolean: "BOOLEAN"}


@pytest.fixture(scope="module")
def ddl_columns() -> dict[str, list[tuple[str, str, bool]]]:
    con = duckdb.connect()
    con.execute((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
    rows = con.execute("SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns() "
                       "WHERE NOT internal ORDER BY table_name, column_index").fetchall()
    tables: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, dtype, nullable in rows:
        tables.setdefault(table, []).append((column, dtype, nullable))
    return tables


def test_every_warehouse_table_has_a_model(ddl_columns):
    assert set(ddl_columns) == set(SCHEMAS)


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_model_and_ddl_agree(table, ddl_columns):
    loaded = [c for c in ddl_columns[table] if c[0] not in LOADER_COLUMNS.get(table, ())]
    model = SCHEMAS[table].to_schema().columns
    assert [c[0] for c in loaded] == list(model), "same columns in the same order"
    for column, dtype, nullable in loaded:
        assert DUCKDB_TYPE[model[column].dtype.type] == dtype, column
        assert nullable == model[column].nullable, f"{table}.{column}: NOT NULL in one place only"


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_extraction_frames_take_the_models_types(table):
    frame = {k: v for k, v in TABLE_SCHEMAS[table].items() if not (table == "actors" and k == "doc_id")}
    assert frame == polars_schema(table)
