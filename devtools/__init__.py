"""Helpers that the browser tests and the benchmarks share: a Streamlit server and a browser."""
