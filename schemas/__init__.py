"""Pandera (polars) models of the warehouse tables, and validation with readable failures."""
from .tables import SCHEMAS, ValidationResult, validate_table

__all__ = ["SCHEMAS", "ValidationResult", "validate_table"]
