"""The thin Dagster layer: assets, checks, sensors, schedules and resources over `etl.core`."""
