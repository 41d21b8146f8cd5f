"""The fill-in, results, compare and history pages, and reopening saved runs."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
    # Fill in
    "fill_intro": {
        "sv": "Bedöm hur väl varje påstående stämmer för er organisation och dess ledning – inte för dig personligen. Svara ”Vet ej” om du inte kan bedöma. Svaren sparas automatiskt medan du fyller i; adressen i webbläsaren leder tillbaka till ditt utkast.",
        "en": "Rate how well each statement holds for your organisation and its leadership – not for you personally. Answer “Don't know” if you cannot judge. Answers are saved automatically as you go; the address in your browser leads back to your draft.",
    },
    "organisation_label": {
        "sv": "Organisation (kommun eller region)",
        "en": "Organisation (municipality or region)",
    },
    "organisation_placeholder": {"sv": "Till exempel Helsingborgs stad", "en": "For example Helsingborg"},
    "role_label": {"sv": "Din roll", "en": "Your role"},
    "role_politician": {"sv": "Förtroendevald", "en": "Elected official"},
    "role_official": {"sv": "Tjänsteperson", "en": "Senior official"},
    "role_other": {"sv": "Annan roll", "en": "Other role"},
    "progress": {"sv": "Besvarade: {done} av {total}", "en": "Answered: {done} of {total}"},
    "progress_area": {"sv": "Område {n}: {done} av {total}", "en": "Area {n}: {done} of {total}"},
    "area_nav_label": {"sv": "Område", "en": "Area"},
    "area_source": {
        "sv": "Bygger på avsnittet ”{source}” i SKL:s artikel.",
        "en": "Based on the section “{source}” of the SKL article.",
    },
    "previous_area": {"sv": "← Föregående område", "en": "← Previous area"},
    "next_area": {"sv": "Nästa område →", "en": "Next area →"},
    "see_results": {"sv": "Se resultatet", "en": "See the results"},
    "go_fill_in": {"sv": "Gå till frågorna", "en": "Go to the questions"},
    # Results
    "results_title": {"sv": "Resultat", "en": "Results"},
    "results_empty": {
        "sv": "Inga svar ännu. Fyll i påståendena först, så visas resultatet här.",
        "en": "No answers yet. Fill in the statements first, and the results appear here.",
    },
    "overall_index": {"sv": "Samlat index (0–100)", "en": "Overall index (0–100)"},
    "level": {"sv": "Nivå", "en": "Level"},
    "overall_too_little": {
        "sv": "För lite underlag för ett samlat index: minst hälften av områdena behöver ett resultat, och ett område får resultat när minst hälften av dess påståenden har svar 1–5.",
        "en": "Too little to go on for an overall index: at least half of the areas need a score, and an area gets a score when at least half of its statements have an answer from 1 to 5.",
    },
    "answered_of": {
        "sv": "Underlag: {done} av {total} påståenden besvarade med 1–5 (”Vet ej” räknas inte).",
        "en": "Based on {done} of {total} statements answered from 1 to 5 (“Don't know” is not counted).",
    },
    "show_table": {"sv": "Visa diagrammets data som tabell", "en": "Show the chart's data as a table"},
    "top_strengths": {"sv": "Största styrkor", "en": "Top strengths"},
    "biggest_gaps": {"sv": "Största gap", "en": "Biggest gaps"},
    "active_pitfalls": {"sv": "Fallgropar ni befinner er i", "en": "Pitfalls you are in"},
    "no_active_pitfalls": {"sv": "Inga fallgropar markerade – bra!", "en": "No pitfalls marked – good!"},
    "none_yet": {"sv": "Inga ännu.", "en": "None yet."},
    "next_steps": {"sv": "Nästa steg för de svagaste områdena", "en": "Next steps for the weakest areas"},
    "item_view": {"sv": "Påstående för påstående", "en": "Statement by statement"},
    "downloads": {"sv": "Ladda ned", "en": "Download"},
    "download_png": {"sv": "Diagram (PNG)", "en": "Chart (PNG)"},
    "download_svg": {"sv": "Diagram (SVG)", "en": "Chart (SVG)"},
    "download_json": {"sv": "Resultatfil (JSON)", "en": "Result file (JSON)"},
    "download_csv": {"sv": "Svar för Excel (CSV)", "en": "Answers for Excel (CSV)"},
    "download_hint": {
        "sv": "Spara resultatfilen: med den kan ni jämföra nästa mätning med den här.",
        "en": "Keep the result file: with it you can compare your next run with this one.",
    },
    "save_run_title": {"sv": "Spara mätningen", "en": "Save this run"},
    "save_run": {"sv": "Spara i historiken", "en": "Save to history"},
    "save_run_done": {"sv": "Mätningen är sparad i historiken.", "en": "The run is saved to history."},
    "save_run_already": {
        "sv": "Mätningen fanns redan i historiken.",
        "en": "The run was already in history.",
    },
    "save_run_hint": {
        "sv": "En sparad mätning finns under Historik, där den kan jämföras med andra.",
        "en": "A saved run appears under History, where it can be compared with others.",
    },
    "save_run_needs_org": {
        "sv": "Ange organisationens namn under Fyll i för att kunna spara mätningen i historiken.",
        "en": "Enter the organisation's name under Fill in to save the run to history.",
    },
    "save_run_no_store": {
        "sv": "Historiken går inte att nå just nu. Ladda ned resultatfilen i stället, så går inget förlorat.",
        "en": "History cannot be reached right now. Download the result file instead, so nothing is lost.",
    },
    "save_run_no_store_respondent": {
        "sv": "Lagringen går inte att nå just nu, så rundans svar kan inte skickas. Låt sidan vara öppen och försök igen om en stund.",
        "en": "Storage cannot be reached right now, so the round's answers cannot be sent. Keep the page open and try again in a while.",
    },
    # Compare
    "compare_title": {"sv": "Jämför med en tidigare mätning", "en": "Compare with an earlier run"},
    "compare_intro": {
        "sv": "Ladda upp en resultatfil från en tidigare mätning. Den jämförs med svaren du har gett nu; dina svar ändras inte.",
        "en": "Upload a result file from an earlier run. It is compared with the answers you have given now; your answers are not changed.",
    },
    "compare_upload": {
        "sv": "Tidigare resultatfil (JSON, högst 1 MB)",
        "en": "Earlier result file (JSON, at most 1 MB)",
    },
    "compare_no_current": {
        "sv": "Filen är läst. Fyll i påståendena för den nya mätningen, så visas jämförelsen här.",
        "en": "The file has been read. Fill in the statements for the new run, and the comparison appears here.",
    },
    "compare_ignored": {
        "sv": "Filen innehåller svar på påståenden som inte längre finns och som därför inte räknas: {items}.",
        "en": "The file has answers to statements that no longer exist, so they are not counted: {items}.",
    },
    "compare_other_version": {
        "sv": "Mätningarna gjordes med olika versioner av frågeformuläret ({before} och {after}). Bara påståenden som finns i båda jämförs.",
        "en": "The runs used different versions of the questionnaire ({before} and {after}). Only statements present in both are compared.",
    },
    "compare_earlier": {"sv": "Tidigare mätning: {when}, {org}.", "en": "Earlier run: {when}, {org}."},
    "compare_changed_items": {"sv": "Påståenden som har förändrats", "en": "Statements that changed"},
    "compare_nothing_moved": {"sv": "Inga påståenden har ändrats.", "en": "No statement has changed."},
    "compare_not_comparable": {
        "sv": "Besvarade i bara den ena mätningen och därför inte jämförda: {items}.",
        "en": "Answered in only one of the runs and so not compared: {items}.",
    },
    # History
    "history_title": {"sv": "Historik", "en": "History"},
    "history_empty": {
        "sv": "Inga sparade mätningar ännu. Spara en mätning från Resultat, eller importera resultatfiler nedan.",
        "en": "No saved runs yet. Save a run from Results, or import result files below.",
    },
    "history_col_date": {"sv": "Datum", "en": "Date"},
    "history_col_version": {"sv": "Formulärversion", "en": "Questionnaire version"},
    "history_compare": {"sv": "Jämför två mätningar", "en": "Compare two runs"},
    "history_delete": {"sv": "Ta bort en mätning", "en": "Delete a run"},
    "history_delete_pick": {"sv": "Mätning att ta bort", "en": "Run to delete"},
    "history_delete_confirm": {
        "sv": "Jag förstår att mätningen tas bort för gott.",
        "en": "I understand that the run is deleted for good.",
    },
    "history_delete_button": {"sv": "Ta bort mätningen", "en": "Delete the run"},
    "history_export": {"sv": "Ladda ned hela historiken (JSON)", "en": "Download the whole history (JSON)"},
    # --- reopening saved runs, versions, comparisons you can take away ---
    "history_open": {"sv": "Öppna en sparad mätning", "en": "Open a saved run"},
    "history_open_pick": {"sv": "Mätning", "en": "Run"},
    "history_open_button": {"sv": "Visa resultatet", "en": "Show the result"},
    "history_close_button": {"sv": "Stäng resultatet", "en": "Close the result"},
    "history_opened": {
        "sv": "Sparad mätning från {when}, {role}.",
        "en": "Saved run of {when}, {role}.",
    },
    "history_correct_button": {"sv": "Ändra svaren", "en": "Change the answers"},
    "history_correct_hint": {
        "sv": "Svaren öppnas i Fyll i. När du sparar ersätter den nya versionen den här i listan; den här finns kvar som tidigare version.",
        "en": "The answers open in Fill in. When you save, the new version replaces this one in the list; this one is kept as an earlier version.",
    },
    "history_versions": {"sv": "Tidigare versioner", "en": "Earlier versions"},
    "history_versions_none": {
        "sv": "Mätningen har inte ändrats; det finns inga tidigare versioner.",
        "en": "The run has not been changed; there are no earlier versions.",
    },
    "history_version_current": {"sv": "(visas nu)", "en": "(shown now)"},
    "history_restore_pick": {"sv": "Version att visa i listan", "en": "Version to show in the list"},
    "history_restore_button": {"sv": "Återställ den här versionen", "en": "Restore this version"},
    "saved_run_notice": {
        "sv": "Mätningen är sparad i historiken. Du kan öppna den där eller börja en ny mätning.",
        "en": "The run is saved to history. You can open it there or start a new run.",
    },
    "saved_run_open": {"sv": "Öppna den sparade mätningen", "en": "Open the saved run"},
    "saved_run_new": {"sv": "Börja en ny mätning", "en": "Start a new run"},
    "correcting_run": {
        "sv": "Du ändrar en sparad mätning. När du sparar ersätter den nya versionen den gamla i historiken; den gamla går att återställa.",
        "en": "You are changing a saved run. When you save, the new version replaces the old one in history; the old one can be restored.",
    },
    "item_dont_know_list": {
        "sv": "Besvarade med Vet ej (ingen stapel): {items}",
        "en": "Answered \u201cDon't know\u201d (no bar): {items}",
    },
    "report_with_earlier": {
        "sv": "Rapporten jämför med den tidigare resultatfilen du laddade upp under Jämför.",
        "en": "The report compares with the earlier result file you uploaded under Compare.",
    },
    "compare_downloads": {"sv": "Ladda ned jämförelsen", "en": "Download the comparison"},
    "compare_differs": {
        "sv": "Obs! Mätningarna skiljer sig åt: {reasons}. Skillnaderna nedan är inte bara förändring över tid.",
        "en": "Note: the runs differ: {reasons}. The differences below are not only change over time.",
    },
    "compare_differs_role": {
        "sv": "olika roller ({before} och {after})",
        "en": "different roles ({before} and {after})",
    },
    "compare_differs_organisation": {
        "sv": "olika organisationer ({before} och {after})",
        "en": "different organisations ({before} and {after})",
    },
    "compare_differs_version": {
        "sv": "olika versioner av frågorna ({before} och {after})",
        "en": "different versions of the questions ({before} and {after})",
    },
    "compare_other_organisation": {
        "sv": "Den tidigare filen gäller en annan organisation ({earlier}) än din ({current}). Jämförelsen visas ändå.",
        "en": "The earlier file is for another organisation ({earlier}) than yours ({current}). The comparison is shown anyway.",
    },
    "upload_help": {
        "sv": "Dra hit en fil eller välj en. Högst {limit} per fil.",
        "en": "Drag a file here or choose one. At most {limit} per file.",
    },
    "history_import": {"sv": "Importera", "en": "Import"},
    "history_import_label": {
        "sv": "Resultatfiler eller en historikfil (JSON)",
        "en": "Result files or a history file (JSON)",
    },
    "history_import_button": {"sv": "Lägg till i historiken", "en": "Add to history"},
    "history_import_bad_file": {
        "sv": "{name} lades inte till: {detail}",
        "en": "{name} was not added: {detail}",
    },
    "history_import_nothing_added": {
        "sv": "Inget lades till. Rätta eller ta bort filerna ovan och försök igen.",
        "en": "Nothing was added. Fix or remove the files above and try again.",
    },
    "history_imported": {
        "sv": "{added} mätningar lades till; {skipped} fanns redan.",
        "en": "{added} runs added; {skipped} were already stored.",
    },
}
