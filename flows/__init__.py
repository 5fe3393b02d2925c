"""Prefect flows. Importing this package imports nothing heavy; import `flows.ingest` for the flow."""
