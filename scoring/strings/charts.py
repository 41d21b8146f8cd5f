"""Chart titles, axes, legends and table columns."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
    # Charts and tables
    "chart_title": {"sv": "Styrkor och gap per område", "en": "Strengths and gaps by area"},
    "chart_title_with_previous": {
        "sv": "Styrkor och gap per område – jämfört med förra mätningen (svart streck)",
        "en": "Strengths and gaps by area – compared with the previous run (black tick)",
    },
    "chart_axis_score": {"sv": "Poäng (0–100)", "en": "Score (0–100)"},
    "chart_legend_level": {"sv": "Nivå", "en": "Level"},
    "chart_axis_item": {
        "sv": "Poäng per påstående (mitten = 50)",
        "en": "Score per statement (middle = 50)",
    },
    "item_chart_title": {
        "sv": "Påstående för påstående: styrkor åt höger, gap åt vänster",
        "en": "Statement by statement: strengths to the right, gaps to the left",
    },
    "trend_title": {"sv": "Utveckling över tid", "en": "Development over time"},
    "trend_axis_time": {"sv": "Mätning", "en": "Run"},
    "spread_title": {
        "sv": "Spridning: varje prick är en svarande, det orange strecket teamets poäng",
        "en": "Spread: each dot is one respondent, the orange tick the team's score",
    },
    "band_strength": {"sv": "Styrka (75 eller mer)", "en": "Strength (75 or more)"},
    "band_middle": {"sv": "Mittemellan", "en": "In between"},
    "band_gap": {"sv": "Gap (25 eller mindre)", "en": "Gap (25 or less)"},
    "too_little": {"sv": "För lite underlag", "en": "Too little to go on"},
    "no_level": {"sv": "Ingen nivå", "en": "No level"},
    "kind_factor": {"sv": "Framgångsfaktor", "en": "Success factor"},
    "kind_pitfall": {"sv": "Fallgrop", "en": "Pitfall"},
    # A pitfall that scores well: its short label names the risk, so say it is avoided.
    "avoids": {"sv": "Undviker: {risk}", "en": "Avoids: {risk}"},
    "col_area": {"sv": "Område", "en": "Area"},
    "col_score": {"sv": "Poäng", "en": "Score"},
    "col_level": {"sv": "Nivå", "en": "Level"},
    "col_before": {"sv": "Före", "en": "Before"},
    "col_after": {"sv": "Efter", "en": "After"},
    "col_delta": {"sv": "Förändring", "en": "Change"},
    "col_statement": {"sv": "Påstående", "en": "Statement"},
    "col_kind": {"sv": "Typ", "en": "Kind"},
    "col_answer": {"sv": "Svar", "en": "Answer"},
    "col_item_id": {"sv": "Id", "en": "Id"},
    "col_dont_know": {"sv": "Vet ej", "en": "Don't know"},
    "csv_organisation": {"sv": "Organisation", "en": "Organisation"},
    "csv_created_at": {"sv": "Skapad", "en": "Created"},
    "csv_overall": {"sv": "Samlat index", "en": "Overall index"},
}
