"""Pandera (polars) models of the warehouse tables, and validation with readable failures."""
from .tables import LOADER_COLUMNS, SCHEMAS, ValidationResult, polars_schema, validate_table

__all__ = ["LOADER_COLUMNS", "SCHEMAS", "ValidationResult", "polars_schema", "validate_table"]
