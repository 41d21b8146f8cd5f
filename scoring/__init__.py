"""The pure core of the digital-leadership self-assessment. Never imports streamlit."""
