"""About the method: how every figure is computed, the levels, the source."""

from __future__ import annotations

import streamlit as st

from scoring.team import MIN_ROLE_RESPONDENTS
from ui.state import lang, questionnaire, show_rows, tr


def render() -> None:
    q = questionnaire()
    lg = lang()
    st.title(tr("method_title"))
    st.markdown(tr("method_body"))
    st.header(tr("method_glossary"))
    st.markdown("\n".join(f"- **{entry.term(lg)}**: {entry.definition(lg)}" for entry in q.glossary))
    st.header(tr("method_levels"))
    show_rows(
        [
            {
                tr("col_level"): level.label(lg),
                tr("method_from"): level.min,
                tr("method_description"): level.description(lg),
            }
            for level in q.levels
        ]
    )
    st.header(tr("method_areas"))
    st.markdown(
        "\n".join(f"{n}. **{area.title(lg)}** – ”{area.source}”" for n, area in enumerate(q.areas, start=1))
    )
    st.header(tr("method_round_title"))
    st.markdown(tr("method_round_body", min=MIN_ROLE_RESPONDENTS))
    st.header(tr("method_source"))
    st.markdown(
        tr("method_source_body", title=q.source.title, publisher=q.source.publisher, date=q.source.date)
    )
    st.caption(tr("method_version", id=q.id, version=q.version))
