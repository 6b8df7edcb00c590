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


def test_one_asset_whose_graph_is_the_stages(defs):
    graph = defs.resolve_asset_graph()
    assert {k.to_user_string() for k in graph.get_all_asset_keys()} == {"news_warehouse"}
    node_def = graph.get(dg.AssetKey("news_warehouse")).assets_def.node_def
    assert isinstance(node_def, dg.GraphDefinition)
    stages = {n.name for n in node_def.nodes}
    assert stages == {"read_seed_files", "extract_tables", "validate_tables", "load_warehouse",
                      *(f"check_{t}" for t in TABLES)}
    # the chain: read → extract → validate → load
    deps = {n.name: {d.node_name for ins in node_def.dependency_structure.input_to_upstream_outputs_for_node(n.name).values()
                     for d in ins} for n in node_def.nodes}
    assert deps["extract_tables"] == {"read_seed_files"}
    assert deps["validate_tables"] == {"extract_tables"}
    assert deps["load_warehouse"] == {"validate_tables"}
    assert all(deps[f"check_{t}"] == {"validate_tables"} for t in TABLES)


def test_each_table_has_a_pandera_schema_check(defs):
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert checks == {("news_warehouse", f"pandera_{t}") for t in TABLES}


def test_assets_are_partitioned_by_document_and_batch_in_one_run(defs):
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert isinstance(node.partitions_def, dg.DynamicPartitionsDefinition), key
        assert node.partitions_def.name == "documents", key
        assert node.backfill_policy == dg.BackfillPolicy.single_run(), key


def test_warehouse_writers_share_one_pool(defs):
    # the DuckDB file takes one writer: both writing steps must queue on the same pool
    node_def = defs.resolve_asset_graph().get(dg.AssetKey("news_warehouse")).assets_def.node_def
    assert node_def.node_named("load_warehouse").definition.pool == "warehouse_writer"
    retire = defs.resolve_job_def("retire_job")
    assert retire.graph.node_named("retire_documents").definition.pool == "warehouse_writer"
    batch = defs.resolve_job_def("ingest_batch")
    assert batch.graph.node_named("load_warehouse").definition.pool == "warehouse_writer"


def test_jobs_sensor_and_schedule_exist(defs):
    ingest = defs.resolve_job_def("ingest_documents")
    assert {k.to_user_string() for k in ingest.asset_layer.executable_asset_keys} == {"news_warehouse"}
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
    # stages hand frames over in memory: no intermediate files beside the warehouse
    assert res["io_manager"] is dg.mem_io_manager
