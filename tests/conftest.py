"""Shared fixtures: temporary seeds folder and warehouse, environment, a Dagster test instance,
resources pointing at the temporary paths, and a small `Pipeline` helper that runs the real
`ingest_documents` / `retire_job` jobs in-process.

Nothing here reads /work/shared: the only Arabic article used is the repository's own seed.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4da58059eb1a1826.txt"
SEED_ID = SEED.name[: -len(".txt")]

# A short article written for the tests: a headline, an anonymous-source claim with an event
# and a date, and an agency claim with an attack and a relative date.
SHORT_ID = "001_short"
SHORT_TEXT = (
    "محادثات جديدة في دمشق\n"
    "قالت مصادر دبلوماسية إن الوزراء اتفقوا على استئناف المحادثات في دمشق يوم 3 كانون الأول 2024.\n"
    "وأكدت وكالة رويترز أن الجيش هاجم مواقع قرب حمص أمس.\n"
)
THIRD_ID = "002_third"
THIRD_TEXT = (
    "اجتماع في عمّان\n"
    "أعلنت الحكومة أن الوفدين اتفقوا على تبادل الأسرى يوم 5 كانون الثاني 2025.\n"
)

DOC_TABLES = ("sentences", "actor_mentions", "events", "claims", "date_mentions")
# (table, start column, end column, surface column): every span must read back from documents.text
SPANS = (
    ("sentences", "char_start", "char_end", "text"),
    ("actor_mentions", "char_start", "char_end", "surface"),
    ("events", "trigger_start", "trigger_end", "trigger"),
    ("claims", "cue_start", "cue_end", "cue"),
    ("claims", "content_start", "content_end", "content"),
    ("date_mentions", "char_start", "char_end", "surface"),
)


def pytest_configure(config):
    # Dagster is chatty about beta/deprecated parameters; none of it is about the product.
    for line in (
        "ignore::DeprecationWarning",
        "ignore::dagster.BetaWarning",
        "ignore::dagster.PreviewWarning",
        "ignore::dagster.SupersessionWarning",
        "ignore::dagster.ConfigArgumentWarning",
        "ignore:.*is currently in beta.*",
        "ignore:.*is deprecated.*",
    ):
        config.addinivalue_line("filterwarnings", line)


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "warehouse.duckdb"


@pytest.fixture(autouse=True)
def etl_env(monkeypatch, seeds_dir: Path, warehouse_path: Path):
    """Every test works on its own folders: nothing may touch the repository's warehouse."""
    monkeypatch.setenv("ETL_SEEDS_DIR", str(seeds_dir))
    monkeypatch.setenv("ETL_WAREHOUSE", str(warehouse_path))
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "5")
    monkeypatch.delenv("DAGSTER_HOME", raising=False)


@pytest.fixture
def user_lexicon(tmp_path: Path, monkeypatch):
    """Write a lexicon file into a user folder and point `ETL_LEXICON_DIR` at it, with the
    lexicon caches cleared before and after (the next test sees the packaged lexicons again)."""
    from etl.core.lexicon import clear_caches

    folder = tmp_path / "user_lexicons"
    folder.mkdir()

    def write(name: str, text: str) -> None:
        (folder / name).write_text(text, encoding="utf-8")
        monkeypatch.setenv("ETL_LEXICON_DIR", str(folder))
        clear_caches()
    yield write
    monkeypatch.delenv("ETL_LEXICON_DIR", raising=False)
    clear_caches()


@pytest.fixture
def instance():
    import dagster as dg

    with dg.instance_for_test() as inst:
        yield inst


@pytest.fixture
def resources(seeds_dir: Path, warehouse_path: Path) -> dict:
    import dagster as dg

    from etl.dagster_defs.resources import SeedsResource, WarehouseResource

    return {
        "seeds": SeedsResource(path=str(seeds_dir)),
        "warehouse": WarehouseResource(path=str(warehouse_path), lock_wait_seconds=5),
        "io_manager": dg.mem_io_manager,
    }


@pytest.fixture
def etl_defs(resources):
    """The product's assets, jobs, sensor and schedule, bound to the temporary paths."""
    from etl.definitions import build_defs

    return build_defs(resources)


class Pipeline:
    """Runs the real jobs in-process against the temporary seeds folder and warehouse."""

    def __init__(self, instance, defs, seeds_dir: Path, warehouse_path: Path):
        self.instance, self.defs, self.seeds_dir, self.warehouse_path = instance, defs, seeds_dir, warehouse_path

    # --- seeds ---------------------------------------------------------------------------
    def write(self, doc_id: str, text: str | bytes) -> Path:
        path = self.seeds_dir / f"{doc_id}.txt"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return path

    def file_keys(self) -> list[str]:
        return sorted(p.name[: -len(".txt")] for p in self.seeds_dir.glob("*.txt"))

    def register(self, keys) -> None:
        known = set(self.instance.get_dynamic_partitions("documents"))
        self.instance.add_dynamic_partitions("documents", [k for k in keys if k not in known])

    # --- runs ----------------------------------------------------------------------------
    def ingest(self, keys=None, force: bool = False, single: bool = False):
        """One run over `keys` (default: every seed file) using the range tags the sensor uses."""
        from etl.dagster_defs.sensors import range_tags

        keys = list(keys or self.file_keys())
        self.register(keys)
        job = self.defs.resolve_job_def("ingest_documents")
        run_config = {"ops": {"news_warehouse": {"ops": {"read_seed_files": {"config": {"force": force}}}}}}
        if single:
            assert len(keys) == 1
            result = job.execute_in_process(instance=self.instance, partition_key=keys[0], run_config=run_config)
        else:
            order = [k for k in self.instance.get_dynamic_partitions("documents") if k in set(keys)]
            result = job.execute_in_process(instance=self.instance, tags=range_tags(order), run_config=run_config)
        assert result.success
        return result

    def retire(self, doc_ids: list[str]):
        job = self.defs.resolve_job_def("retire_job")
        result = job.execute_in_process(
            instance=self.instance, run_config={"ops": {"retire_documents": {"config": {"doc_ids": doc_ids}}}})
        assert result.success
        return result

    # --- warehouse -----------------------------------------------------------------------
    def query(self, sql: str, params=None) -> list[tuple]:
        from etl import warehouse as wh

        with wh.connect(self.warehouse_path, read_only=True, wait_seconds=5) as con:
            return con.execute(sql, params or []).fetchall()

    def snapshot(self, doc_id: str | None = None) -> dict[str, list[tuple]]:
        return snapshot(self.warehouse_path, doc_id)


def alive(processes) -> list:
    """The psutil processes of `processes` still running (a zombie has ended)."""
    import psutil

    out = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def snapshot(warehouse_path: Path, doc_id: str | None = None) -> dict[str, list[tuple]]:
    """Every row of every table (sorted), optionally of one document only."""
    from etl import warehouse as wh

    out = {}
    with wh.connect(warehouse_path, read_only=True, wait_seconds=5) as con:
        for table in ("documents", *DOC_TABLES, "actors"):
            if doc_id is not None and table == "actors":
                continue
            where = "WHERE doc_id = ?" if doc_id is not None else ""
            rows = con.execute(f"SELECT * FROM {table} {where}", [doc_id] if doc_id is not None else []).fetchall()
            out[table] = sorted(rows, key=repr)
    return out


@pytest.fixture
def pipeline(instance, etl_defs, seeds_dir, warehouse_path) -> Pipeline:
    return Pipeline(instance, etl_defs, seeds_dir, warehouse_path)


@pytest.fixture
def kit():
    """The shared constants and helpers, for test modules (they cannot import conftest reliably)."""
    return SimpleNamespace(ROOT=ROOT, SEED=SEED, SEED_ID=SEED_ID, SHORT_ID=SHORT_ID, SHORT_TEXT=SHORT_TEXT,
                           THIRD_ID=THIRD_ID, THIRD_TEXT=THIRD_TEXT, DOC_TABLES=DOC_TABLES, SPANS=SPANS,
                           snapshot=snapshot, alive=alive)


@pytest.fixture
def lock_holder(warehouse_path: Path):
    """Start another process that holds the warehouse open for writing; returns a handle with
    `.pid` and `.release()`. The process is stopped (by its own pid) at the end of the test."""
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    code = ("import duckdb, time; c = duckdb.connect(%r); print('ready', flush=True); time.sleep(30)"
            % str(warehouse_path))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    line = proc.stdout.readline()
    assert line.strip() == "ready" and time.monotonic() < deadline, "the lock holder did not start"

    class Holder:
        pid = proc.pid

        @staticmethod
        def release():
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=10)

    yield Holder
    Holder.release()
    proc.stdout.close()
