"""Streamlit pages. They read widgets, call scoring/, and render; nothing more."""
