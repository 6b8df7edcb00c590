"""Pure extraction core: plain Python and Polars over strings, no Dagster import."""
