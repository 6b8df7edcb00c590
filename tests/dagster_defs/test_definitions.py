"""The code location loads and has the shape the UI and the sensor rely on."""
from __future__ import annotations

import dagster as dg
import pytest

TABLES = {"documents", "sentences", "actors", "actor_mentions", "events", "claims", "date_mentions"}


@pytest.fixture
def defs():
    from etl.definitions import defs

    return defs


def test_code_location_loads(defs):
    # raises (with the reason) when the code location would not load in `dagster dev`
    dg.Definitions.validate_loadable(defs)


def test_asset_graph_source_to_tables_to_warehouse(defs):
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert keys == {"source_documents", "warehouse_tables", *TABLES}

    assert graph.get(dg.AssetKey("source_documents")).parent_keys == set()
    for table in TABLES:
        node = graph.get(dg.AssetKey(table))
        assert node.parent_keys == {dg.AssetKey("source_documents")}, table
        assert node.child_keys == {dg.AssetKey("warehouse_tables")}, table
    assert graph.get(dg.AssetKey("warehouse_tables")).parent_keys == {dg.AssetKey(t) for t in TABLES}


def test_extraction_is_one_step_producing_the_seven_tables(defs):
    graph = defs.resolve_asset_graph()
    node = graph.get(dg.AssetKey("events"))
    # all seven outputs come from the same multi-asset, so a batch is extracted once
    assert {k.to_user_string() for k in node.assets_def.keys} == TABLES
    assert node.assets_def.node_def.name == "extraction"


def test_each_extracted_table_has_a_pandera_schema_check(defs):
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert checks == {(t, "pandera_schema") for t in TABLES}


def test_assets_are_partitioned_by_document_and_batch_in_one_run(defs):
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert isinstance(node.partitions_def, dg.DynamicPartitionsDefinition), key
        assert node.partitions_def.name == "documents", key
        assert node.backfill_policy == dg.BackfillPolicy.single_run(), key


def test_warehouse_writers_share_one_pool(defs):
    # the DuckDB file takes one writer: both writing steps must queue on the same pool
    graph = defs.resolve_asset_graph()
    assert graph.get(dg.AssetKey("warehouse_tables")).pools == {"warehouse_writer"}
    retire = defs.resolve_job_def("retire_job")
    assert retire.graph.node_named("retire_documents").definition.pool == "warehouse_writer"


def test_jobs_sensor_and_schedule_exist(defs):
    ingest = defs.resolve_job_def("ingest_documents")
    assert {k.to_user_string() for k in ingest.asset_layer.executable_asset_keys} >= {"source_documents",
                                                                                      "warehouse_tables", *TABLES}
    defs.resolve_job_def("retire_job")

    sensor = defs.resolve_sensor_def("seed_files_sensor")
    assert {j.name for j in sensor.jobs} == {"ingest_documents", "retire_job"}

    schedule = defs.resolve_schedule_def("nightly_refresh")
    assert schedule.job_name == "ingest_documents"
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "UTC"


def test_default_resources_follow_the_environment(seeds_dir, warehouse_path):
    from etl.dagster_defs.resources import default_resources

    res = default_resources()
    assert res["seeds"].dir == seeds_dir.resolve()
    assert res["warehouse"].path == str(warehouse_path.resolve())
    assert res["warehouse"].lock_wait_seconds == 5
    # staged Parquet lives next to the warehouse, not in the working directory
    assert res["staging_io"].base_dir == str(warehouse_path.resolve().parent / ".staging")
