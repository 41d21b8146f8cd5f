"""Every user-facing string, in Swedish and English, in one place.

The UI, the charts, the exports and the report all read from here, so a
wording changes once. Keys are English snake_case; values may hold
str.format fields.
"""

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
    # Navigation and shell
    "nav_fill_in": {"sv": "Fyll i", "en": "Fill in"},
    "nav_results": {"sv": "Resultat", "en": "Results"},
    "nav_compare": {"sv": "Jämför", "en": "Compare"},
    "nav_history": {"sv": "Historik", "en": "History"},
    "nav_round": {"sv": "Teamrunda", "en": "Team round"},
    "nav_accessibility": {"sv": "Tillgänglighet", "en": "Accessibility"},
    "nav_method": {"sv": "Om metoden", "en": "About the method"},
    "questionnaire_broken": {
        "sv": "Frågeformuläret (questions.yaml) innehåller fel och kan inte visas. Be den som förvaltar verktyget rätta felen nedan.",
        "en": "The questionnaire (questions.yaml) has errors and cannot be shown. Ask whoever maintains the tool to fix the errors below.",
    },
    "setting_broken": {
        "sv": "En inställning för verktyget är fel, så det kan inte visas. Be den som förvaltar verktyget rätta den:",
        "en": "One of the tool's settings is wrong, so it cannot be shown. Ask whoever maintains the tool to fix it:",
    },
    "store_unavailable": {
        "sv": "Lagringen går inte att använda just nu, så svaren sparas inte automatiskt. Dina svar på skärmen finns kvar och kan laddas ned som resultatfil under Resultat. ({detail})",
        "en": "Storage cannot be used right now, so answers are not saved automatically. The answers on screen stay, and you can download them as a result file under Results. ({detail})",
    },
    "page_store_failed": {
        "sv": "Lagringen går inte att nå just nu, så sidan kan inte visas helt. Försök igen om en stund. ({detail})",
        "en": "Storage cannot be reached right now, so the page cannot be shown in full. Try again shortly. ({detail})",
    },
    "store_unavailable_respondent": {
        "sv": "Lagringen går inte att använda just nu, så dina svar sparas inte automatiskt. Svaren på skärmen finns kvar; låt sidan vara öppen och försök skicka dem igen om en stund. ({detail})",
        "en": "Storage cannot be used right now, so your answers are not saved automatically. The answers on screen stay; keep the page open and try sending them again in a while. ({detail})",
    },
    # Store errors: what a person is told. The path and SQLite's own words go to the log.
    "store_failed": {
        "sv": "Lagringen fungerade inte, så inget sparades.",
        "en": "Storage did not work, so nothing was saved.",
    },
    "store_readonly": {
        "sv": "Lagringen är skrivskyddad, så inget sparades.",
        "en": "Storage is read-only, so nothing was saved.",
    },
    "store_full": {
        "sv": "Disken där lagringen finns är full, så inget sparades.",
        "en": "The disk that holds storage is full, so nothing was saved.",
    },
    "store_busy": {
        "sv": "Lagringen var upptagen för länge, så inget gjordes. Försök igen om en stund.",
        "en": "Storage stayed busy for too long, so nothing was done. Try again in a while.",
    },
    "store_cannot_open": {
        "sv": "Lagringen går inte att öppna. Be den som driftar verktyget att kontrollera den.",
        "en": "Storage cannot be opened. Ask whoever runs the tool to check it.",
    },
    "store_damaged": {
        "sv": "Lagringen är skadad och lämnas orörd. Be den som driftar verktyget att återställa en säkerhetskopia.",
        "en": "Storage is damaged and is left untouched. Ask whoever runs the tool to restore a backup.",
    },
    "store_missing": {
        "sv": "Det finns ingen lagring på den angivna platsen.",
        "en": "There is no storage at the configured place.",
    },
    "store_unreadable": {
        "sv": "Lagringen går inte att läsa. Be den som driftar verktyget att kontrollera den.",
        "en": "Storage cannot be read. Ask whoever runs the tool to check it.",
    },
    "store_not_store": {
        "sv": "Den angivna lagringsfilen är inte verktygets lagring, så den lämnas orörd.",
        "en": "The configured storage file is not this tool's storage, so it is left untouched.",
    },
    "store_newer": {
        "sv": "Lagringen har skapats av en nyare version av verktyget, så den lämnas orörd.",
        "en": "Storage was made by a newer version of the tool, so it is left untouched.",
    },
    "run_invalid": {
        "sv": "Mätningen passar inte frågeformuläret, så den sparades inte.",
        "en": "The run does not fit the questionnaire, so it was not saved.",
    },
    "draft_refused": {
        "sv": "Utkastet kunde inte sparas.",
        "en": "The draft could not be saved.",
    },
    "organisation_too_long": {
        "sv": "Organisationens namn får vara högst {max} tecken.",
        "en": "An organisation name may be at most {max} characters.",
    },
    "backup_failed": {
        "sv": "Säkerhetskopian kunde inte skrivas.",
        "en": "The backup could not be written.",
    },
    "backup_over_store": {
        "sv": "Säkerhetskopian kan inte skrivas över själva lagringen.",
        "en": "The backup cannot be written over the storage itself.",
    },
    "history_too_large": {
        "sv": "Historikfilen är större än 64 MiB, så den importerades inte.",
        "en": "The history file is larger than 64 MiB, so it was not imported.",
    },
    "history_not_json": {
        "sv": "Historikfilen är inte giltig JSON i UTF-8, så den importerades inte.",
        "en": "The history file is not valid UTF-8 JSON, so it was not imported.",
    },
    "history_not_history": {
        "sv": "Filen är inte en historikfil från det här verktyget.",
        "en": "The file is not a history file from this tool.",
    },
    "history_newer": {
        "sv": "Historikfilen har skapats av en nyare version av verktyget.",
        "en": "The history file was made by a newer version of the tool.",
    },
    "history_invalid": {
        "sv": "Historikfilen följer inte historikfilens format.",
        "en": "The history file does not follow the history file format.",
    },
    "history_too_deep": {
        "sv": "Historikfilen är nästlad i fler än {depth} nivåer, så den importerades inte.",
        "en": "The history file is nested more than {depth} levels deep, so it was not imported.",
    },
    "history_number_too_long": {
        "sv": "Historikfilen innehåller ett tal med fler än {digits} siffror, så den importerades inte.",
        "en": "The history file holds a number of more than {digits} digits, so it was not imported.",
    },
    "history_bad_unicode": {
        "sv": "Historikfilen innehåller ogiltiga Unicode-tecken, så den importerades inte.",
        "en": "The history file holds invalid Unicode characters, so it was not imported.",
    },
    "history_organisation_long": {
        "sv": "Organisationens namn i historikfilen är längre än {limit} tecken.",
        "en": "The organisation's name in the history file is longer than {limit} characters.",
    },
    "history_bad_run": {
        "sv": "Mätning {position} i historikfilen är inte giltig.",
        "en": "Run {position} of the history file is not valid.",
    },
    "history_bad_run_because": {
        "sv": "Mätning {position} i historikfilen är inte giltig: {reason}",
        "en": "Run {position} of the history file is not valid: {reason}",
    },
    "import_bad_file": {
        "sv": "{name}: {detail}",
        "en": "{name}: {detail}",
    },
    "import_bad_files": {
        "sv": "Inget importerades, eftersom filer inte gick att använda. {files}",
        "en": "Nothing was imported, because files could not be used. {files}",
    },
    "round_organisation": {
        "sv": "En teamrunda behöver ett organisationsnamn på 1 till {max} tecken.",
        "en": "A team round needs an organisation name of 1 to {max} characters.",
    },
    "round_link_invalid": {
        "sv": "Rundans länk är inte giltig, så svaren skickades inte.",
        "en": "The round's link is not valid, so the answers were not sent.",
    },
    "round_closed_error": {
        "sv": "Rundan är stängd och tar inte emot fler svar.",
        "en": "The round is closed, so it takes no more answers.",
    },
    "round_empty_response": {
        "sv": "Ett svar behöver minst ett svar från 1 till 5, så det skickades inte.",
        "en": "A response needs at least one answer from 1 to 5, so it was not sent.",
    },
    "round_agreed_refused": {
        "sv": "Det gemensamma svaret måste vara 1 till 5, så det sparades inte.",
        "en": "An agreed answer must be 1 to 5, so it was not saved.",
    },
    "draft_restored": {
        "sv": "Välkommen tillbaka! Ditt utkast med {count} svar har återställts.",
        "en": "Welcome back! Your draft with {count} answers has been restored.",
    },
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
    # Team round
    "round_title": {"sv": "Teamrunda", "en": "Team round"},
    "round_intro": {
        "sv": "I en teamrunda svarar flera personer i ledningen var för sig och anonymt. Som samordnare får du två länkar: en att dela med de svarande och en egen för att se gruppens resultat – var gruppen är enig, var den är oenig och hur förtroendevalda och tjänstepersoner ser olika på saken.",
        "en": "In a team round several people in the leadership answer separately and anonymously. As facilitator you get two links: one to share with the respondents and one of your own to see the group's results – where the group agrees, where it is split, and how elected and senior officials see things differently.",
    },
    "round_closes_on": {"sv": "Sista svarsdag (valfritt)", "en": "Last day to answer (optional)"},
    "round_start": {"sv": "Starta rundan", "en": "Start the round"},
    "round_started": {"sv": "Rundan är startad.", "en": "The round has started."},
    "round_respondent_link": {"sv": "Länk till de svarande", "en": "Link for the respondents"},
    "round_facilitator_link": {"sv": "Din länk till resultatet", "en": "Your link to the results"},
    "round_keep_facilitator_link": {
        "sv": "Spara din resultatlänk nu. Den visas bara en gång och kan inte tas fram igen; den som har länken kan se resultatet.",
        "en": "Save your results link now. It is shown only once and cannot be recovered; anyone with the link can see the results.",
    },
    # Sign-in and hosting (ui/auth.py)
    "auth_sign_in": {"sv": "Logga in", "en": "Sign in"},
    "auth_sign_out": {"sv": "Logga ut", "en": "Sign out"},
    "auth_signed_in_as": {"sv": "Inloggad som {who}", "en": "Signed in as {who}"},
    "auth_sign_in_needed": {
        "sv": "Logga in för att se och ändra organisationens sparade mätningar och teamrundor. Att fylla i självskattningen och att svara i en teamrunda kräver ingen inloggning.",
        "en": "Sign in to see and change your organisation's saved runs and team rounds. Filling in the self-assessment and answering a team round need no account.",
    },
    "auth_no_organisation": {
        "sv": "Ditt konto hör inte till någon organisation i den här tjänsten. Be den som driver tjänsten att lägga till din organisation.",
        "en": "Your account does not belong to any organisation in this service. Ask whoever runs the service to add your organisation.",
    },
    "auth_other_organisation": {
        "sv": "Detta hör till en annan organisation än din ({organisation}). Du kan bara se och ändra din egen organisations uppgifter.",
        "en": "This belongs to another organisation than yours ({organisation}). You can see and change only your own organisation's data.",
    },
    "auth_foreign_import": {
        "sv": "Importen avbröts: filerna innehåller mätningar för {organisations}. Du kan bara importera mätningar för {organisation}.",
        "en": "The import was stopped: the files hold runs for {organisations}. You can import only runs for {organisation}.",
    },
    "auth_local_only": {
        "sv": "Utan inloggning: appen svarar bara på den här datorn.",
        "en": "No sign-in: the app answers only on this computer.",
    },
    "auth_anonymous_banner": {
        "sv": "Den här tjänsten saknar inloggning. Alla som når adressen kan se, ladda ned och radera alla sparade mätningar.",
        "en": "This service has no sign-in. Anyone who reaches this address can see, download and delete every saved run.",
    },
    "auth_network_needs_sign_in": {
        "sv": "Appen nås från nätverket men inloggning är inte inställd. Ställ in inloggning (se README), eller sätt SJALVSKATTNING_ALLOW_ANONYMOUS=1 om alla som når adressen får se all historik.",
        "en": "The app is reachable from the network but sign-in is not set up. Set up sign-in (see the README), or set SJALVSKATTNING_ALLOW_ANONYMOUS=1 if everyone who reaches this address may see all history.",
    },
    "round_links_local": {
        "sv": "Länkarna pekar på den här datorn (localhost) och går inte att öppna för någon annan. Sätt SJALVSKATTNING_PUBLIC_URL till tjänstens adress, eller kör appen så som README beskriver under ”Run it for your organisation”.",
        "en": "The links point at this computer (localhost) and nobody else can open them. Set SJALVSKATTNING_PUBLIC_URL to the service's address, or run the app as the README describes under “Run it for your organisation”.",
    },
    "save_run_other_organisation": {
        "sv": "Du kan bara spara mätningar för {organisation}. Ändra organisationen under Fyll i.",
        "en": "You can save runs only for {organisation}. Change the organisation under Fill in.",
    },
    "round_bad_link": {
        "sv": "Länken är inte giltig. Kontrollera att hela länken kom med.",
        "en": "The link is not valid. Check that the whole link was copied.",
    },
    "round_respondent_intro": {
        "sv": "Du svarar anonymt: bara din roll sparas tillsammans med svaren, och ingen annan svarandes svar visas här. Svaren sparas automatiskt som utkast tills du skickar in dem.",
        "en": "You answer anonymously: only your role is stored with the answers, and no other respondent's answers are shown here. Your answers are saved as a draft automatically until you send them.",
    },
    "round_role_first": {
        "sv": "Ange din roll ovan för att kunna skicka in.",
        "en": "Choose your role above to send your answers.",
    },
    "round_send": {"sv": "Skicka in mina svar", "en": "Send my answers"},
    # Nothing lost: an answer or a run that could not be saved is said at once.
    "answers_not_saved": {
        "sv": "Lagringen kunde inte spara ditt senaste svar. {detail} Alla dina svar finns kvar här på sidan och sparas automatiskt så snart lagringen fungerar igen. Ladda gärna ned dem som resultatfil under tiden.",
        "en": "Storage could not save your latest answer. {detail} All your answers are still here on the page and are saved automatically as soon as storage works again. You may download them as a result file meanwhile.",
    },
    "answers_saved_again": {
        "sv": "Lagringen fungerar igen: alla dina svar är sparade.",
        "en": "Storage works again: all your answers are saved.",
    },
    "draft_replaced": {
        "sv": "Ditt utkast hade redan sparats eller skickats i en annan flik. Dina svar här finns nu i ett nytt utkast, med en ny adress i adressfältet.",
        "en": "Your draft had already been saved or sent in another tab. Your answers here are now in a new draft, with a new address in the address bar.",
    },
    "save_run_failed": {
        "sv": "Mätningen sparades inte. {detail} Svaren finns kvar; ladda ned resultatfilen ovan eller försök igen om en stund.",
        "en": "The run was not saved. {detail} The answers stay; download the result file above or try again in a while.",
    },
    "save_run_other_tab": {
        "sv": "Inget sparades: utkastet har {count} svar från en annan flik som inte finns här. Ta in dem först, titta igenom svaren och spara sedan.",
        "en": "Nothing was saved: the draft holds {count} answers from another tab that are not here. Take them in first, look over the answers, then save.",
    },
    "round_other_tab": {
        "sv": "Inget skickades: utkastet har {count} svar från en annan flik som inte finns här. Ta in dem först, titta igenom svaren och skicka sedan.",
        "en": "Nothing was sent: the draft holds {count} answers from another tab that are not here. Take them in first, look over the answers, then send.",
    },
    "save_run_take_in": {
        "sv": "Ta in svaren från den andra fliken",
        "en": "Take in the answers from the other tab",
    },
    # Limits per hour, against filling the disk.
    "limit_drafts_session": {
        "sv": "Du har påbörjat många utkast den senaste timmen, så inget nytt utkast sparas just nu.",
        "en": "You have started many drafts in the last hour, so no new draft is saved right now.",
    },
    "limit_drafts_server": {
        "sv": "Verktyget har tagit emot väldigt många nya utkast den senaste timmen, så inget nytt utkast sparas just nu.",
        "en": "The tool has received very many new drafts in the last hour, so no new draft is saved right now.",
    },
    "limit_rounds_session": {
        "sv": "Du har startat många teamrundor den senaste timmen. Försök igen senare.",
        "en": "You have started many team rounds in the last hour. Try again later.",
    },
    "limit_rounds_server": {
        "sv": "Verktyget har tagit emot väldigt många nya teamrundor den senaste timmen. Försök igen senare.",
        "en": "The tool has received very many new team rounds in the last hour. Try again later.",
    },
    "limit_imports_session": {
        "sv": "Du har importerat många gånger den senaste timmen, så inget importerades. Försök igen senare.",
        "en": "You have imported many times in the last hour, so nothing was imported. Try again later.",
    },
    "limit_imports_server": {
        "sv": "Verktyget har tagit emot väldigt många importer den senaste timmen, så inget importerades. Försök igen senare.",
        "en": "The tool has received very many imports in the last hour, so nothing was imported. Try again later.",
    },
    # One response per respondent.
    "round_already_sent": {
        "sv": "Dina svar är redan inskickade från den här webbläsaren, så de skickades inte en gång till.",
        "en": "Your answers have already been sent from this browser, so they were not sent again.",
    },
    "round_link_used": {
        "sv": "Den här personliga länken har redan använts för att skicka svar. Varje personlig länk tar emot ett svar.",
        "en": "This personal link has already been used to send answers. Each personal link takes one response.",
    },
    "round_personal_count": {
        "sv": "Ange mellan 1 och {max} personliga länkar.",
        "en": "Enter between 1 and {max} personal links.",
    },
    "round_link_mode": {"sv": "Hur ska de svarande få sin länk?", "en": "How do respondents get their link?"},
    "round_link_mode_personal": {
        "sv": "En personlig länk per inbjuden (rekommenderas: varje länk tar emot ett svar)",
        "en": "One personal link per invitee (recommended: each link takes one response)",
    },
    "round_link_mode_shared": {
        "sv": "En gemensam länk (alla som har länken kan svara)",
        "en": "One shared link (anyone holding the link may answer)",
    },
    "round_invitees": {"sv": "Antal inbjudna", "en": "Number of invitees"},
    "round_personal_links": {
        "sv": "Personliga länkar – ge en till varje inbjuden",
        "en": "Personal links – give one to each invitee",
    },
    "round_personal_links_download": {"sv": "Länkarna (textfil)", "en": "The links (text file)"},
    "round_personal_links_note": {
        "sv": "Länkarna visas bara nu. Varje länk tar emot ett svar. Svaren knyts aldrig till länken: lagringen vet bara om en länk har använts.",
        "en": "The links are shown only now. Each link takes one response. Responses are never tied to their link: storage only knows whether a link has been used.",
    },
    "round_shared_notice": {
        "sv": "Rundan har en gemensam länk: alla som har länken kan svara, och samma person kan svara från flera webbläsare.",
        "en": "The round has one shared link: anyone holding it may answer, and one person can answer from several browsers.",
    },
    "round_personal_status": {
        "sv": "Personliga länkar: {used} av {total} använda.",
        "en": "Personal links: {used} of {total} used.",
    },
    "round_roles_shared_hidden": {
        "sv": "Förtroendevalda och tjänstepersoner visas inte var för sig i en runda med gemensam länk: en person kan svara flera gånger och då räkna ut en annans svar. Starta rundan med personliga länkar för att se rollerna.",
        "en": "Elected and senior officials are not shown apart in a round with a shared link: one person could answer several times and work out someone else's answers. Start the round with personal links to see the roles.",
    },
    "method_round_title": {"sv": "Teamrundor och anonymitet", "en": "Team rounds and anonymity"},
    "method_round_body": {
        "sv": "Varje svarande räknas för sig, även när två personer svarar exakt lika. Samma webbläsare kan skicka en gång. Förtroendevalda och tjänstepersoner visas var för sig bara när rollen har minst {min} svarande **och** rundan har personliga länkar, där varje länk tar emot ett svar. Med en gemensam länk kan en person svara flera gånger och fylla en rollgrupp med påhittade svar; då visas inga rollgrupper, bara hela gruppens resultat.",
        "en": "Every respondent counts on their own, even when two people answer exactly alike. One browser can send once. Elected and senior officials are shown apart only when the role has at least {min} respondents **and** the round has personal links, each of which takes one response. With a shared link one person could answer several times and fill a role group with made-up answers; then no role groups are shown, only the whole group's results.",
    },
    "round_thanks": {
        "sv": "Tack! Dina svar är inskickade. Samordnaren visar gruppens resultat.",
        "en": "Thank you! Your answers have been sent. The facilitator will show the group's results.",
    },
    "round_closed_for_answers": {
        "sv": "Rundan är stängd och tar inte emot fler svar.",
        "en": "The round is closed and takes no more answers.",
    },
    "round_results_title": {"sv": "Teamrundans resultat", "en": "Team round results"},
    "round_open": {"sv": "Öppen för svar.", "en": "Open for answers."},
    "round_closed": {"sv": "Stängd.", "en": "Closed."},
    "round_closes": {"sv": "Sista svarsdag {day}.", "en": "Last day to answer {day}."},
    "round_count": {"sv": "{n} svar hittills", "en": "{n} answers so far"},
    "round_close": {"sv": "Stäng rundan", "en": "Close the round"},
    "round_reopen": {"sv": "Öppna rundan igen", "en": "Reopen the round"},
    "round_no_answers": {
        "sv": "Inga svar ännu. Dela länken till de svarande.",
        "en": "No answers yet. Share the link with the respondents.",
    },
    "round_no_role": {"sv": "Ingen roll angiven", "en": "No role given"},
    "round_team_chart": {"sv": "Teamets styrkor och gap", "en": "The team's strengths and gaps"},
    "round_spread": {"sv": "Hur lika ser ni på saken?", "en": "How alike do you see it?"},
    "round_lowest": {"sv": "Lägst", "en": "Lowest"},
    "round_median": {"sv": "Median", "en": "Median"},
    "round_highest": {"sv": "Högst", "en": "Highest"},
    "round_not_agreed": {"sv": "Inte bestämt ännu", "en": "Not decided yet"},
    "round_no_comparison": {"sv": "Ingen jämförelse", "en": "No comparison"},
    "round_earlier_run": {
        "sv": "Sparad mätning från {day} (index {overall})",
        "en": "Saved run of {day} (index {overall})",
    },
    "round_needs_organisation": {
        "sv": "Ange organisationens namn för att starta rundan.",
        "en": "Enter the organisation's name to start the round.",
    },
    "round_address_is_personal": {
        "sv": "Adressen i webbläsarens adressfält leder till just dina svar. Dela den inte – vill du tipsa någon, dela länken du själv fick.",
        "en": "The address in your browser's address bar leads to your own answers. Do not share it – to invite someone, share the link you were given.",
    },
    "round_answer_first": {
        "sv": "Svara på minst ett påstående med 1–5 innan du skickar in.",
        "en": "Answer at least one statement from 1 to 5 before sending.",
    },
    "round_send_failed": {
        "sv": "Svaren kunde inte skickas just nu. De finns kvar här och i ditt utkast – försök igen om en stund.",
        "en": "Your answers could not be sent right now. They are still here and in your draft – try again in a while.",
    },
    "round_earlier_link": {
        "sv": "…eller klistra in resultatlänken från en tidigare teamrunda",
        "en": "…or paste the results link of an earlier team round",
    },
    "round_earlier_link_help": {
        "sv": "Tidigare rundor visas bara för den som har deras resultatlänk.",
        "en": "Earlier rounds are shown only to whoever holds their results link.",
    },
    "round_compare_with": {"sv": "Jämför med", "en": "Compare with"},
    "report_download_title": {"sv": "Rapport till mötet", "en": "Report for the meeting"},
    "report_download": {"sv": "Rapport (HTML)", "en": "Report (HTML)"},
    "report_print_hint": {
        "sv": "Öppna rapporten i webbläsaren och skriv ut den, eller spara som PDF. Första sidan är en sammanfattning på en sida.",
        "en": "Open the report in your browser and print it, or save it as PDF. The first page is a one-page brief.",
    },
    # Accessibility statement (tillgänglighetsredogörelse)
    "app_name": {
        "sv": "Digitalt ledarskap – självskattning",
        "en": "Digital leadership – self-assessment",
    },
    "a11y_title": {"sv": "Tillgänglighet för {app}", "en": "Accessibility of {app}"},
    "a11y_intro": {
        "sv": "{organisation} står bakom den här webbtjänsten. Vi vill att så många som möjligt ska kunna använda den, också med skärmläsare, förstoring eller bara tangentbord. Den här redogörelsen beskriver hur webbtjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.",
        "en": "{organisation} is responsible for this web service. We want as many people as possible to be able to use it, including with a screen reader, magnification or the keyboard alone. This statement describes how the service meets the Swedish act (2018:1937) on accessibility to digital public services, the known shortcomings, and how to report a problem so that we can fix it.",
    },
    "a11y_organisation_default": {
        "sv": "Den organisation som har gett dig länken till verktyget",
        "en": "The organisation that gave you the link to the tool",
    },
    "a11y_status_title": {"sv": "Hur tillgänglig är webbtjänsten?", "en": "How accessible is the service?"},
    "a11y_status": {
        "sv": "Vi vet att delar av webbtjänsten inte är helt tillgängliga. Det gäller främst delar som ramverket Streamlit ritar upp och som vi inte kan ändra. Se avsnittet om innehåll som inte är tillgängligt nedan.",
        "en": "We know that parts of the service are not fully accessible, mainly parts drawn by the Streamlit framework that we cannot change. See the section on content that is not accessible below.",
    },
    "a11y_alternative_title": {
        "sv": "Vad kan du göra om du inte kan använda delar av webbtjänsten?",
        "en": "What can you do if you cannot use parts of the service?",
    },
    "a11y_alternative": {
        "sv": "Varje diagram har en tabell med samma siffror direkt efter sig, och rapporten (HTML) innehåller samma tabeller. Om du behöver innehållet i ett annat format kan du kontakta oss: {contact}.",
        "en": "Every chart is followed by a table with the same figures, and the report (HTML) holds the same tables. If you need the content in another format, contact us: {contact}.",
    },
    "a11y_report_title": {
        "sv": "Rapportera brister i webbtjänstens tillgänglighet",
        "en": "Report accessibility problems with the service",
    },
    "a11y_report": {
        "sv": "Om du stöter på hinder som inte beskrivs här, eller om du tycker att vi inte uppfyller lagens krav, kontakta oss: {contact}. Berätta vilken sida det gäller och vad som hände, så svarar vi inom två veckor.",
        "en": "If you meet a barrier not described here, or think we do not meet the requirements of the law, contact us: {contact}. Tell us which page it concerns and what happened, and we will answer within two weeks.",
    },
    "a11y_contact_default": {
        "sv": "kontakta den organisation som gav dig länken till verktyget (till exempel din kommuns eller regions växel eller registratur) och be att få tala med den som ansvarar för verktyget",
        "en": "contact the organisation that gave you the link to the tool (for example your municipality's or region's switchboard or registry) and ask for the person responsible for the tool",
    },
    "a11y_enforcement_title": {"sv": "Tillsyn", "en": "Enforcement"},
    "a11y_enforcement": {
        "sv": "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [kontakta Digg och påtala det](https://www.digg.se/tdosanmalan).",
        "en": "The Agency for Digital Government (Digg) supervises the act on accessibility to digital public services. If you are not satisfied with how we handle your feedback, you can [contact Digg and report it](https://www.digg.se/tdosanmalan).",
    },
    "a11y_technical_title": {
        "sv": "Teknisk information om webbtjänstens tillgänglighet",
        "en": "Technical information about the service's accessibility",
    },
    "a11y_technical": {
        "sv": "Webbtjänsten är **delvis förenlig** med lagen om tillgänglighet till digital offentlig service, det vill säga med WCAG 2.1 nivå AA genom EN 301 549, på grund av de brister som beskrivs nedan.",
        "en": "The service is **partially compliant** with the act on accessibility to digital public services, that is with WCAG 2.1 level AA through EN 301 549, because of the shortcomings described below.",
    },
    "a11y_gaps_title": {"sv": "Innehåll som inte är tillgängligt", "en": "Content that is not accessible"},
    "a11y_gaps_by_criterion": {
        "sv": "Bristande förenlighet med lagkraven, per kriterium i WCAG 2.1:",
        "en": "Non-compliance with the law, by WCAG 2.1 success criterion:",
    },
    "a11y_gaps": {
        "sv": """- **1.1.1 Icke-textinnehåll:** ramverket ger varje diagram det engelska namnet ”Vega visualization”. Tabellen direkt efter diagrammet har samma innehåll som text.
- **1.4.10 Omflöde:** på en skärm som är 320 pixlar bred rullar diagrammet ”Påstående för påstående” i sidled inom sin egen ruta, och långa områdesnamn kortas i diagrammen. Tabellen efter diagrammet har hela texten.
- **1.4.12 Textavstånd:** texten i diagrammen ritas som bild och följer inte ökat text- och radavstånd. Tabellerna gör det.
- **2.4.3 Fokusordning:** när du laddar ner en fil med tangentbordet hamnar fokus överst på sidan i stället för på nedladdningsknappen.
- **3.1.1 Sidans språk:** ramverket anger sidans språk som engelska när sidan laddas. Verktyget rättar det till svenska (eller engelska) direkt efteråt, men en skärmläsare kan under ett ögonblick läsa med fel uttal.
- **3.1.2 Språk för delar av innehållet:** ett tjugotal ord från ramverket är på engelska också på svenska sidor, till exempel statusindikatorn ”Running…”, knapparna för att fälla ut och in sidomenyn, diagrammens verktygsmeny och uppladdningsfältets ”Drag and drop file here”, ”Browse files” och ”1MB per file” samt datumväljarens namn på månader och veckodagar.
- **4.1.2 Namn, roll, värde:** uppladdningsfältet (Jämför och Historik) har en rollkonflikt i ramverkets kod. Fältet går att nå och använda med tangentbord.""",
        "en": """- **1.1.1 Non-text content:** the framework names every chart “Vega visualization”. The table right after each chart holds the same content as text.
- **1.4.10 Reflow:** on a screen 320 pixels wide the “Statement by statement” chart scrolls sideways within its own box, and long area names are shortened in the charts. The table after the chart has the full text.
- **1.4.12 Text spacing:** chart text is drawn as an image and does not follow increased letter and line spacing. The tables do.
- **2.4.3 Focus order:** after downloading a file with the keyboard, focus goes to the top of the page instead of staying on the download button.
- **3.1.1 Language of page:** the framework declares the page English when it loads. The tool corrects it to Swedish (or English) right afterwards, but a screen reader may for a moment read with the wrong pronunciation.
- **3.1.2 Language of parts:** about twenty framework words stay English on Swedish pages, for example the “Running…” status indicator, the buttons that open and close the sidebar, the charts' toolbar menu and the upload field's “Drag and drop file here”, “Browse files” and “1MB per file”, and the date picker's month and day names.
- **4.1.2 Name, role, value:** the upload field (Compare and History) has a role conflict in the framework's code. The field can be reached and used with the keyboard.""",
    },
    "a11y_gaps_by_situation": {
        "sv": "Så kan bristerna påverka dig:",
        "en": "How the shortcomings may affect you:",
    },
    "a11y_situations": {
        "sv": """- **Om du använder skärmläsare:** diagrammen heter ”Vega visualization” – läs tabellen efter diagrammet. Några av ramverkets knappar och meddelanden läses upp på engelska.
- **Om du förstorar eller använder en smal skärm:** diagrammet ”Påstående för påstående” rullar i sidled inom sin ruta och långa namn kortas i diagrammen – tabellerna visar allt.
- **Om du ändrar text- och radavstånd:** texten i diagrammen följer inte med – använd tabellerna.
- **Om du bara använder tangentbord:** vi känner inte till några hinder. Efter ”Nästa område” flyttas fokus till det nya områdets rubrik.
- **Om du har nedsatt färgseende:** vi känner inte till några hinder. Varje stapel har sin siffra och nivå som text.""",
        "en": """- **If you use a screen reader:** the charts are called “Vega visualization” – read the table after the chart. Some of the framework's buttons and messages are read in English.
- **If you magnify or use a narrow screen:** the “Statement by statement” chart scrolls sideways within its box and long names are shortened in the charts – the tables show everything.
- **If you change letter and line spacing:** chart text does not follow – use the tables.
- **If you use the keyboard alone:** we know of no barriers. After “Next area” focus moves to the new area's heading.
- **If you have reduced colour vision:** we know of no barriers. Every bar carries its figure and level as text.""",
    },
    "a11y_method_title": {"sv": "Hur vi har testat webbtjänsten", "en": "How we tested the service"},
    "a11y_method": {
        "sv": "Vi har själva granskat webbtjänsten (självskattning) den {date}: manuellt i webbläsaren Chromium med tangentbord, 400 % förstoring och 320 pixlars bredd, och automatiskt med axe-core mot WCAG 2.1 A och AA på varje sida och i varje läge. Varje ny version testas automatiskt på samma sätt, och ett test fyller i hela frågeformuläret med enbart tangentbordet. Redogörelsen uppdaterades senast den {date}.",
        "en": "We assessed the service ourselves (self-assessment) on {date}: by hand in the Chromium browser with the keyboard, 400 % zoom and a 320-pixel width, and automatically with axe-core against WCAG 2.1 A and AA on every page and in every state. Every new version is tested the same way automatically, and one test fills in the whole questionnaire with the keyboard alone. This statement was last updated on {date}.",
    },
    # About the method
    "method_title": {"sv": "Om metoden", "en": "About the method"},
    "method_body": {
        "sv": """Självskattningen bygger på framgångsfaktorerna och fallgroparna i SKL:s artikel om politiskt ledarskap för digitalisering. Varje påstående är antingen en **framgångsfaktor** (att hålla med är bra) eller en **fallgrop** (att hålla med är dåligt).

**Så räknas poängen**

- **Påstående, 0–100:** för en framgångsfaktor 25 × (svar − 1); för en fallgrop 25 × (5 − svar). ”Vet ej” och obesvarade påståenden får ingen poäng.
- **Område:** det viktade medelvärdet av påståendenas poäng som finns. Området får ”för lite underlag” om färre än hälften av dess påståenden har svar 1–5.
- **Samlat index:** det oviktade medelvärdet av de områdespoäng som finns; inget index om färre än hälften av områdena har poäng.
- **Nivå:** den nivå med högst gräns som inte ligger över poängen.
- **Styrkor** är påståenden med 75 poäng eller mer, **gap** påståenden med 25 eller mindre, och **fallgropar ni befinner er i** är fallgropar som besvarats med 4 eller 5.
- Alla siffror avrundas till en decimal.

Poängen räknas alltid om från svaren; en resultatfil innehåller bara svaren.""",
        "en": """The self-assessment is built on the success factors and pitfalls in SKL's article on political leadership of digitalisation. Every statement is either a **success factor** (agreeing is good) or a **pitfall** (agreeing is bad).

**How the scores are computed**

- **Statement, 0–100:** for a success factor 25 × (answer − 1); for a pitfall 25 × (5 − answer). “Don't know” and unanswered statements have no score.
- **Area:** the weighted mean of the statement scores that exist. The area has “too little to go on” when fewer than half of its statements have an answer from 1 to 5.
- **Overall index:** the unweighted mean of the area scores that exist; no index when fewer than half of the areas have a score.
- **Level:** the level with the highest threshold not above the score.
- **Strengths** are statements scoring 75 or more, **gaps** statements scoring 25 or less, and **pitfalls you are in** are pitfalls answered 4 or 5.
- All figures are rounded to one decimal.

Scores are always recomputed from the answers; a result file holds only the answers.""",
    },
    "method_glossary": {"sv": "Vem påståendena handlar om", "en": "Who the statements are about"},
    "method_levels": {"sv": "Nivåerna", "en": "The levels"},
    "method_from": {"sv": "Från poäng", "en": "From score"},
    "method_description": {"sv": "Beskrivning", "en": "Description"},
    "method_areas": {
        "sv": "De sex områdena och avsnitten de bygger på",
        "en": "The six areas and the sections they are based on",
    },
    "method_source": {"sv": "Källa", "en": "Source"},
    "method_source_body": {
        "sv": "*{title}*. {publisher}, publicerad {date}. Påståenden, hjälptexter och råd är formulerade med egna ord utifrån artikelns innehåll.",
        "en": "*{title}*. {publisher}, published {date}. The statements, help texts and advice are written in our own words from the article's content.",
    },
    "method_version": {
        "sv": "Frågeformulär {id}, version {version}.",
        "en": "Questionnaire {id}, version {version}.",
    },
    # Meeting report
    "report_title": {
        "sv": "Digitalt ledarskap – självskattning",
        "en": "Digital leadership – self-assessment",
    },
    "report_no_organisation": {"sv": "(organisation ej angiven)", "en": "(organisation not given)"},
    "report_single": {"sv": "en persons bedömning", "en": "one person's assessment"},
    "report_round_of": {"sv": "teamrunda med {n} svarande", "en": "team round with {n} respondents"},
    "report_questionnaire": {
        "sv": "frågeformulär version {version}",
        "en": "questionnaire version {version}",
    },
    "report_chart_alt": {
        "sv": "Poäng per område från 0 till 100, med nivå. Samma siffror finns i tabellen Områden.",
        "en": "Score per area from 0 to 100, with level. The same figures are in the Areas table.",
    },
    "report_strongest_areas": {"sv": "Starkaste områden", "en": "Strongest areas"},
    "report_weakest_areas": {"sv": "Svagaste områden", "en": "Weakest areas"},
    "report_next_steps": {"sv": "Nästa steg för gapen", "en": "Next steps for the gaps"},
    "report_no_gaps": {
        "sv": "Inga påståenden har 25 poäng eller mindre. Välj gärna ett av de svagaste områdena att utveckla.",
        "en": "No statement scores 25 or less. Consider picking one of the weakest areas to develop.",
    },
    "report_areas": {"sv": "Områden", "en": "Areas"},
    "report_discussion": {
        "sv": "Frågor att diskutera där gruppen är oenig",
        "en": "Questions to discuss where the group is split",
    },
    "report_split": {"sv": "Påståenden där gruppen är oenig", "en": "Statements the group is split on"},
    "report_split_intro": {
        "sv": "Här har gruppen delat sig i två läger: de som svarade 1–2 och de som svarade 4–5 är vardera minst en fjärdedel av svaren och minst två personer (en, när bara tre har svarat), och färre svarade 3 än det mindre lägret har. Om någon svarade 3, eller bara tre har svarat, ligger svaren dessutom minst tre steg isär, som 1 mot 4. Siffrorna visar hur många som gav varje svar. Det här är frågorna att diskutera.",
        "en": "Here the group has split into two camps: those who answered 1–2 and those who answered 4–5 are each at least a quarter of the answers and at least two people (one, when only three answered), and fewer answered 3 than are in the smaller camp. If anyone answered 3, or only three answered, the answers also lie at least three steps apart, such as 1 against 4. The figures show how many gave each answer. These are the questions to discuss.",
    },
    "report_no_split": {
        "sv": "Gruppen är inte oenig om något påstående.",
        "en": "The group is not split on any statement.",
    },
    "report_agreed": {"sv": "Enades om", "en": "Agreed on"},
    "report_roles": {"sv": "Förtroendevalda och tjänstepersoner", "en": "Elected and senior officials"},
    "report_roles_hidden": {
        "sv": "Visas bara för roller med minst tre svarande, så att ingen kan pekas ut.",
        "en": "Shown only for roles with at least three respondents, so that nobody can be singled out.",
    },
    "report_comparison": {"sv": "Jämfört med förra mätningen", "en": "Compared with the previous run"},
    "report_clear": {"sv": "Tydlig förändring?", "en": "Clear change?"},
    "report_clear_yes": {"sv": "Ja", "en": "Yes"},
    "report_clear_no": {"sv": "Ingen tydlig förändring", "en": "No clear change"},
    "report_clear_rule": {
        "sv": "En förändring kallas tydlig bara när den är större än osäkerheten: 1,96 × √(s₁²/n₁ + s₂²/n₂), där s är spridningen (standardavvikelsen) i de svarandes egna områdespoäng och n antalet svarande i varje runda – ett 95-procentigt intervall för skillnaden mellan medelvärdena.",
        "en": "A change is called clear only when it is larger than its uncertainty: 1.96 × √(s₁²/n₁ + s₂²/n₂), where s is the spread (standard deviation) of the respondents' own area scores and n the number of respondents in each round – a 95 % interval for the difference between the means.",
    },
    "report_method": {"sv": "Om metoden", "en": "About the method"},
    "report_method_body": {
        "sv": "Varje påstående ger 0–100 poäng: för en framgångsfaktor 25 × (svar − 1), för en fallgrop 25 × (5 − svar). ”Vet ej” ger ingen poäng. Ett område är medelvärdet av sina påståenden och får inget värde om färre än hälften har svar 1–5. Det samlade indexet är medelvärdet av områdena. Styrkor har 75 poäng eller mer, gap 25 eller mindre.",
        "en": "Each statement scores 0–100: for a success factor 25 × (answer − 1), for a pitfall 25 × (5 − answer). “Don't know” gives no score. An area is the mean of its statements and has no value when fewer than half have an answer from 1 to 5. The overall index is the mean of the areas. Strengths score 75 or more, gaps 25 or less.",
    },
    "report_method_team": {
        "sv": "I en teamrunda är ett påståendes poäng medelvärdet av de svarandes poäng. En fallgrop räknas som aktuell när teamets poäng är 25 eller lägre.",
        "en": "In a team round a statement's score is the mean of the respondents' scores. A pitfall counts as active when the team's score is 25 or lower.",
    },
    "report_own_words": {
        "sv": "Påståenden och råd är formulerade med egna ord utifrån artikeln.",
        "en": "Statements and advice are written in our own words from the article.",
    },
    # The one-page brief (scoring/brief.py): the first page of every report, and --brief alone
    "report_download_pdf": {"sv": "Rapport (PDF)", "en": "Report (PDF)"},
    "report_download_docx": {"sv": "Rapport (Word)", "en": "Report (Word)"},
    "brief_areas": {"sv": "Poäng per område", "en": "Score per area"},
    "brief_overall_margin": {
        "sv": "± {margin} (95 % osäkerhet utifrån spridningen i de {n} svarandes egna index)",
        "en": "± {margin} (95 % uncertainty from the spread of the {n} respondents' own indices)",
    },
    "brief_overall_no_margin": {
        "sv": "Osäkerheten kan inte anges: det behövs minst två svarande med ett eget index.",
        "en": "No uncertainty can be given: it takes at least two respondents with an index of their own.",
    },
    "brief_standout_rule": {
        "sv": "Ett område nämns här bara när det skiljer sig mer än {margin} poäng från medelvärdet av de övriga områdena.",
        "en": "An area is named here only when it differs by more than {margin} points from the mean of the other areas.",
    },
    "brief_standout": {
        "sv": "{area}: {score} ({difference} mot övriga)",
        "en": "{area}: {score} ({difference} against the rest)",
    },
    "brief_flat": {
        "sv": "Profilen är jämn: inget område skiljer sig mer än {margin} poäng från medelvärdet av de övriga.",
        "en": "The profile is flat: no area differs by more than {margin} points from the mean of the others.",
    },
    "brief_too_little": {
        "sv": "För lite underlag för att jämföra områdena.",
        "en": "Too little to go on to compare the areas.",
    },
    "brief_steps_too_little": {
        "sv": "För lite underlag för att föreslå nästa steg.",
        "en": "Too little to go on to suggest next steps.",
    },
    "brief_group": {"sv": "Gruppen", "en": "The group"},
    "brief_respondents": {"sv": "{n} svarande – {roles}.", "en": "{n} respondents – {roles}."},
    "brief_role_politician": {"sv": "förtroendevalda {n}", "en": "elected officials {n}"},
    "brief_role_official": {"sv": "tjänstepersoner {n}", "en": "senior officials {n}"},
    "brief_role_other": {"sv": "annan roll {n}", "en": "other role {n}"},
    "brief_role_none": {"sv": "ingen roll angiven {n}", "en": "no role given {n}"},
    "brief_split_count": {
        "sv": "Gruppen är oenig om {n} av {total} påståenden. Mest oenig om:",
        "en": "The group is split on {n} of {total} statements. Most split on:",
    },
    "brief_split_line": {
        "sv": "{text} (svar 1–2: {low}, 3: {middle}, 4–5: {high})",
        "en": "{text} (answers 1–2: {low}, 3: {middle}, 4–5: {high})",
    },
    "brief_roles_side": {
        "sv": "Förtroendevalda {politician} (n = {n_politician}), tjänstepersoner {official} (n = {n_official}): skillnad {difference} poäng, {verdict}.",
        "en": "Elected officials {politician} (n = {n_politician}), senior officials {official} (n = {n_official}): a difference of {difference} points, {verdict}.",
    },
    "brief_roles_clear": {
        "sv": "en tydlig skillnad (osäkerhet ± {margin})",
        "en": "a clear difference (uncertainty ± {margin})",
    },
    "brief_roles_unclear": {
        "sv": "inom osäkerheten (± {margin})",
        "en": "within the uncertainty (± {margin})",
    },
    "brief_roles_unknown": {
        "sv": "osäkerheten kan inte anges",
        "en": "the uncertainty cannot be given",
    },
    "brief_roles_hidden": {
        "sv": "Förtroendevalda och tjänstepersoner jämförs bara när båda har minst tre svarande.",
        "en": "Elected and senior officials are compared only when each has at least three respondents.",
    },
    "brief_divided": {
        "sv": "Gruppen är oenig: medelvärdena nedan döljer olika bilder och behöver diskuteras.",
        "en": "The group is divided: the averages below hide different pictures and need discussing.",
    },
    "brief_changed_clearly": {"sv": "Tydlig förändring: {areas}.", "en": "Clear change: {areas}."},
    "brief_changed_unclearly": {"sv": "Ingen tydlig förändring: {areas}.", "en": "No clear change: {areas}."},
    "brief_moved": {
        "sv": "Ändrat mer än {margin} poäng: {areas}.",
        "en": "Moved by more than {margin} points: {areas}.",
    },
    "brief_not_moved": {
        "sv": "Ändrat {margin} poäng eller mindre: {areas}.",
        "en": "Moved by {margin} points or less: {areas}.",
    },
    "brief_single_change_note": {
        "sv": "En persons bedömning har ingen spridning, så förändringen kan inte prövas mot någon osäkerhet.",
        "en": "One person's assessment has no spread, so a change cannot be tested against an uncertainty.",
    },
    "brief_nothing": {"sv": "inget", "en": "none"},
    "brief_more": {"sv": "… och {n} till, se sidan 2.", "en": "… and {n} more, see page 2."},
    "brief_no_pitfalls_divided": {
        "sv": "Ingen fallgrop är aktuell i gruppens genomsnitt, men genomsnittet döljer att gruppen är oenig.",
        "en": "No pitfall is active on the group's average, but the average hides that the group is divided.",
    },
    "brief_no_gaps_divided": {
        "sv": "Inget påstående har 25 poäng eller mindre i gruppens genomsnitt. Börja med de påståenden gruppen är oenig om.",
        "en": "No statement scores 25 or less on the group's average. Start with the statements the group is split on.",
    },
    # The action plan
    "nav_actions": {"sv": "Handlingsplan", "en": "Action plan"},
    "actions_title": {"sv": "Handlingsplan", "en": "Action plan"},
    "actions_intro": {
        "sv": "Vad gruppen ska göra åt sina gap: vem, när och vilka påståenden åtgärden ska förbättra. Nästa mätning visar om det gav effekt. Ändringar sparas direkt.",
        "en": "What the group will do about its gaps: who, by when, and which statements the action should improve. The next run shows whether it worked. Changes are saved at once.",
    },
    "actions_need_org": {
        "sv": "Ange organisationens namn under Fyll i för att se och ändra dess handlingsplan.",
        "en": "Enter the organisation's name under Fill in to see and change its action plan.",
    },
    "actions_organisation": {"sv": "Handlingsplan för {name}", "en": "Action plan for {name}"},
    "actions_empty": {
        "sv": "Inga åtgärder ännu. Lägg till en nedan, eller från ett gap på sidan Resultat.",
        "en": "No actions yet. Add one below, or from a gap on the Results page.",
    },
    "actions_new": {"sv": "Ny åtgärd", "en": "New action"},
    "action_title_label": {"sv": "Åtgärd", "en": "Action"},
    "action_items_label": {"sv": "Påståenden den ska förbättra", "en": "Statements it should improve"},
    "action_owner_label": {"sv": "Ansvarig (roll eller namn)", "en": "Owner (role or name)"},
    "action_due_label": {"sv": "Klart senast", "en": "Due by"},
    "action_status_label": {"sv": "Status", "en": "Status"},
    "action_note_label": {"sv": "Anteckning", "en": "Note"},
    "action_add_button": {"sv": "Lägg till åtgärd", "en": "Add action"},
    "action_added": {
        "sv": "Åtgärden är tillagd i handlingsplanen.",
        "en": "The action was added to the plan.",
    },
    "action_delete": {"sv": "Ta bort åtgärden", "en": "Delete the action"},
    "action_deleted": {
        "sv": "Åtgärden är borttagen. Den kan återställas i {days} dagar.",
        "en": "The action was deleted. It can be restored for {days} days.",
    },
    "actions_deleted_list": {"sv": "Borttagna åtgärder ({count})", "en": "Deleted actions ({count})"},
    "action_restore": {"sv": "Återställ", "en": "Restore"},
    "action_recovery_hint": {
        "sv": "En borttagen åtgärd tas bort för gott {days} dagar efter att den togs bort.",
        "en": "A deleted action is removed for good {days} days after it was deleted.",
    },
    "action_changed_by": {
        "sv": "Senast ändrad {when} av {who}.",
        "en": "Last changed {when} by {who}.",
    },
    "action_changed": {"sv": "Senast ändrad {when}.", "en": "Last changed {when}."},
    "action_history_label": {"sv": "Ändringar", "en": "Changes"},
    "action_change_created": {"sv": "Skapad", "en": "Created"},
    "action_change_edited": {"sv": "Ändrad", "en": "Edited"},
    "action_change_deleted": {"sv": "Borttagen", "en": "Deleted"},
    "action_change_restored": {"sv": "Återställd", "en": "Restored"},
    "action_change_imported": {"sv": "Importerad", "en": "Imported"},
    "action_from_gap": {"sv": "Lägg till som åtgärd", "en": "Add as an action"},
    "action_from_gap_help": {
        "sv": "Lägger till rådet för ”{item}” i handlingsplanen.",
        "en": "Adds the advice for “{item}” to the action plan.",
    },
    "action_from_gap_done": {
        "sv": "”{title}” är tillagd i handlingsplanen. Ange ansvarig och datum under Handlingsplan.",
        "en": "“{title}” was added to the action plan. Set an owner and a date under Action plan.",
    },
    "action_from_gap_needs_org": {
        "sv": "Ange organisationens namn under Fyll i för att kunna lägga till gapen i en handlingsplan.",
        "en": "Enter the organisation's name under Fill in to add gaps to an action plan.",
    },
    "action_overdue": {"sv": "Försenad", "en": "Overdue"},
    "actions_overdue_count": {
        "sv": "{count} åtgärd(er) har passerat sitt datum utan att vara klara.",
        "en": "{count} action(s) are past their due date and not done.",
    },
    "actions_download_csv": {"sv": "Handlingsplanen (CSV)", "en": "The action plan (CSV)"},
    "actions_check_title": {"sv": "Gav åtgärderna effekt?", "en": "Did the actions work?"},
    "actions_check_intro": {
        "sv": "Varje åtgärd bredvid förändringen i dess påståenden och områden mellan de två senaste sparade mätningarna ({before} och {after}).",
        "en": "Each action beside the change in its statements and areas between the two latest saved runs ({before} and {after}).",
    },
    "actions_check_needs_runs": {
        "sv": "När organisationen har två sparade mätningar visas här om åtgärderna gav effekt.",
        "en": "Once the organisation has two saved runs, this shows whether the actions worked.",
    },
    "actions_check_rule_single": {
        "sv": "En enskild mätning har ingen mätosäkerhet. En förändring räknas därför som tydlig först när åtgärdens påståenden i genomsnitt har rört sig minst {threshold} poäng, det vill säga ett steg på svarsskalan per påstående.",
        "en": "A single run carries no measure of uncertainty, so a change counts as clear only when the action's statements moved at least {threshold} points on average: one step on the answer scale per statement.",
    },
    "action_status_planned": {"sv": "Planerad", "en": "Planned"},
    "action_status_in_progress": {"sv": "Pågår", "en": "In progress"},
    "action_status_done": {"sv": "Klar", "en": "Done"},
    "action_status_dropped": {"sv": "Struken", "en": "Dropped"},
    "action_verdict_clear_improvement": {"sv": "Tydlig förbättring", "en": "Clear improvement"},
    "action_verdict_no_clear_change": {"sv": "Ingen tydlig förändring", "en": "No clear change"},
    "action_verdict_clear_decline": {"sv": "Tydlig försämring", "en": "Clear decline"},
    "action_verdict_cannot_judge": {"sv": "Kan inte bedömas", "en": "Cannot be judged"},
    "col_action": {"sv": "Åtgärd", "en": "Action"},
    "col_owner": {"sv": "Ansvarig", "en": "Owner"},
    "col_due": {"sv": "Klart senast", "en": "Due by"},
    "col_status": {"sv": "Status", "en": "Status"},
    "col_items": {"sv": "Påståenden", "en": "Statements"},
    "col_note": {"sv": "Anteckning", "en": "Note"},
    "col_items_delta": {"sv": "Förändring påståenden", "en": "Change in statements"},
    "col_area_delta": {"sv": "Förändring område", "en": "Change in area"},
    "col_verdict": {"sv": "Bedömning", "en": "Verdict"},
    "col_overdue": {"sv": "Försenad", "en": "Overdue"},
    "col_updated_at": {"sv": "Senast ändrad", "en": "Last changed"},
    "col_updated_by": {"sv": "Ändrad av", "en": "Changed by"},
    "action_refused": {"sv": "Åtgärden kunde inte sparas.", "en": "The action could not be saved."},
    "action_err_title": {
        "sv": "En åtgärd behöver en rubrik på 1–{max} tecken.",
        "en": "An action needs a title of 1 to {max} characters.",
    },
    "action_err_owner": {
        "sv": "Ansvarig får vara högst {max} tecken.",
        "en": "The owner may be at most {max} characters.",
    },
    "action_err_note": {
        "sv": "Anteckningen får vara högst {max} tecken.",
        "en": "The note may be at most {max} characters.",
    },
    "action_err_status": {
        "sv": "Status ska vara planned, in_progress, done eller dropped, men är {got}.",
        "en": "The status must be planned, in_progress, done or dropped, got {got}.",
    },
    "action_err_text": {"sv": "Fältet {field} ska vara text.", "en": "The field {field} must be text."},
    "action_err_no_items": {
        "sv": "Välj minst ett påstående som åtgärden ska förbättra.",
        "en": "Choose at least one statement the action should improve.",
    },
    "action_err_item": {
        "sv": "Påståendet ”{item}” finns inte i frågeformuläret.",
        "en": "The statement '{item}' is not in the questionnaire.",
    },
    "action_err_due": {
        "sv": "Datumet ska skrivas ÅÅÅÅ-MM-DD, men är {got}.",
        "en": "The due date must be written YYYY-MM-DD, got {got}.",
    },
    "action_err_organisation": {
        "sv": "En handlingsplan hör till en namngiven organisation.",
        "en": "An action plan belongs to a named organisation.",
    },
    "history_bad_action": {
        "sv": "Åtgärd {position} i historikfilen är inte giltig.",
        "en": "Action {position} of the history file is not valid.",
    },
    "history_bad_action_because": {
        "sv": "Åtgärd {position} i historikfilen är inte giltig: {reason}",
        "en": "Action {position} of the history file is not valid: {reason}",
    },
    # Result-file errors: one sentence each, naming the field or item.
    "err_too_large": {
        "sv": "Filen är större än 1 MiB och kan därför inte vara en resultatfil.",
        "en": "The file is larger than 1 MiB, so it is not a result file.",
    },
    "err_unreadable": {"sv": "Filen {name} kunde inte läsas.", "en": "The file {name} cannot be read."},
    "err_not_regular": {
        "sv": "{name} är ingen vanlig fil (utan en mapp, en FIFO eller en enhet) och lästes därför inte.",
        "en": "{name} is not a regular file (but a folder, FIFO or device), so it was not read.",
    },
    "err_not_utf8": {
        "sv": "Filen är inte UTF-8-text och kan därför inte vara en resultatfil.",
        "en": "The file is not UTF-8 text, so it is not a result file.",
    },
    "err_not_json": {
        "sv": "Filen är inte giltig JSON (rad {line}) och kan därför inte vara en resultatfil.",
        "en": "The file is not valid JSON (line {line}), so it is not a result file.",
    },
    "err_not_object": {
        "sv": "Filen ska innehålla ett JSON-objekt och är därför inte en resultatfil.",
        "en": "The file must hold one JSON object, so it is not a result file.",
    },
    "err_duplicate_key": {
        "sv": "Nyckeln ”{name}” förekommer två gånger i filen.",
        "en": "The key '{name}' appears twice in the file.",
    },
    "err_newer": {
        "sv": "Filen har format_version {version}: den är gjord av en nyare version av verktyget.",
        "en": "The file has format_version {version}: it was made by a newer version of the tool.",
    },
    "err_format_version": {
        "sv": "Fältet format_version ska vara {expected}, men är {got}.",
        "en": "The field format_version must be {expected}, got {got}.",
    },
    "err_missing_field": {"sv": "Fältet {field} saknas.", "en": "The field {field} is missing."},
    "err_unknown_field": {
        "sv": "Fältet {field} hör inte till en resultatfil.",
        "en": "The field {field} is not part of a result file.",
    },
    "err_field_text": {
        "sv": "Fältet {field} ska vara text, men är {got}.",
        "en": "The field {field} must be text, got {got}.",
    },
    "err_role": {
        "sv": "Fältet role ska vara politician, official, other eller null, men är {got}.",
        "en": "The field role must be politician, official, other or null, got {got}.",
    },
    "err_created_at": {
        "sv": "Fältet created_at ska vara en tidpunkt enligt ISO 8601, men är {got}.",
        "en": "The field created_at must be an ISO 8601 time, got {got}.",
    },
    "err_answers_object": {
        "sv": "Fältet answers ska vara ett objekt med påståendenas id och svar.",
        "en": "The field answers must be an object of item ids to answers.",
    },
    "err_other_questionnaire": {
        "sv": "Filen hör till frågeformuläret ”{got}”, inte till ”{expected}”.",
        "en": "The file belongs to the questionnaire '{got}', not to '{expected}'.",
    },
    "err_answer": {
        "sv": "Svaret på påstående ”{item}” ska vara ett heltal från 1 till 5 eller null, men är {got}.",
        "en": "The answer to item '{item}' must be a whole number from 1 to 5 or null, got {got}.",
    },
    "err_too_deep": {
        "sv": "Filen är nästlad i fler än {depth} nivåer och kan därför inte vara en resultatfil.",
        "en": "The file is nested more than {depth} levels deep, so it is not a result file.",
    },
    "err_number_too_long": {
        "sv": "Filen innehåller ett tal med fler än {digits} siffror och kan därför inte vara en resultatfil.",
        "en": "The file holds a number of more than {digits} digits, so it is not a result file.",
    },
    "err_bad_unicode": {
        "sv": "Filen innehåller ogiltiga Unicode-tecken (ett halvt surrogatpar).",
        "en": "The file holds invalid Unicode characters (half of a surrogate pair).",
    },
    "err_too_many_answers": {
        "sv": "Filen har {count} svar, men en resultatfil för det här formuläret har högst {limit}.",
        "en": "The file has {count} answers; a result file for this questionnaire has at most {limit}.",
    },
    "err_organisation_long": {
        "sv": "Organisationens namn är längre än {limit} tecken.",
        "en": "The organisation's name is longer than {limit} characters.",
    },
    "not_answered": {"sv": "Ej besvarad", "en": "Not answered"},
    # The workshop view of a round (ui/round/collect.py, ui/round/workshop.py)
    "round_rationale_refused": {
        "sv": "Motiveringen får vara högst {max} tecken.",
        "en": "The rationale may be at most {max} characters.",
    },
    "chart_axis_count": {"sv": "Antal svar", "en": "Number of answers"},
    "role_sides_title": {
        "sv": "Förtroendevalda och tjänstepersoner sida vid sida",
        "en": "Elected and senior officials side by side",
    },
    "col_politicians_self": {"sv": "Förtroendevalda om sig själva", "en": "Elected officials on themselves"},
    "col_officials_about": {"sv": "Tjänstepersoner om dem", "en": "Senior officials on them"},
    "col_margin": {"sv": "Felmarginal (±)", "en": "Margin (±)"},
    "col_clear_gap": {"sv": "Tydlig skillnad?", "en": "Clear difference?"},
    "fill_other_seat_official": {
        "sv": "Mest synligt för tjänstepersoner – svara gärna Vet ej om du inte kan bedöma det.",
        "en": "Mostly visible to senior officials – answer Don't know if you cannot judge it.",
    },
    "fill_other_seat_politician": {
        "sv": "Mest synligt för förtroendevalda – svara gärna Vet ej om du inte kan bedöma det.",
        "en": "Mostly visible to elected officials – answer Don't know if you cannot judge it.",
    },
    "ws_collect": {"sv": "Svaren kommer in", "en": "Answers coming in"},
    "ws_new_answers": {
        "sv": "Nya svar har kommit in sedan resultatet visades.",
        "en": "New answers have come in since the results were shown.",
    },
    "ws_show_latest": {
        "sv": "Visa resultatet med de nya svaren",
        "en": "Show the results with the new answers",
    },
    "ws_link_heading": {"sv": "Länk för att svara", "en": "Link to answer"},
    "ws_qr_alt": {
        "sv": "QR-kod till länken för att svara: {link}",
        "en": "QR code for the link to answer: {link}",
    },
    "ws_personal_qr": {
        "sv": "Rundan använder personliga länkar: varje svarande har fått sin egen, så ingen gemensam QR-kod visas.",
        "en": "The round uses personal links: each respondent has their own, so no shared QR code is shown.",
    },
    "ws_overall": {
        "sv": "Samlat index: {score} av 100 – {level}",
        "en": "Overall index: {score} of 100 – {level}",
    },
    "ws_agenda": {"sv": "Att samtala om", "en": "To discuss"},
    "ws_agenda_intro": {
        "sv": "Påståenden där gruppen är delad eller där förtroendevalda och tjänstepersoner ser olika på saken, i den ordning de bör tas upp.",
        "en": "Statements where the group is split, or where elected and senior officials see things differently, in the order to take them up.",
    },
    "ws_agenda_empty": {
        "sv": "Inga påståenden där gruppen är delad eller rollerna tydligt skiljer sig.",
        "en": "No statements where the group is split or the roles clearly differ.",
    },
    "ws_why_split": {"sv": "Gruppen är delad i två läger.", "en": "The group is split into two camps."},
    "ws_why_roles": {
        "sv": "Förtroendevalda och tjänstepersoner ser tydligt olika på det.",
        "en": "Elected and senior officials clearly see it differently.",
    },
    "ws_why_both": {
        "sv": "Gruppen är delad, och skiljelinjen går mellan förtroendevalda och tjänstepersoner.",
        "en": "The group is split, and the line runs between elected and senior officials.",
    },
    "ws_difference": {
        "sv": "Förtroendevalda {politicians}, tjänstepersoner {officials}: skillnad {difference} ± {margin} poäng.",
        "en": "Elected officials {politicians}, senior officials {officials}: difference {difference} ± {margin} points.",
    },
    "ws_discuss": {"sv": "Samtalsfråga: {question}", "en": "To talk about: {question}"},
    "ws_agreed_label": {"sv": "Enades om ({code} {short})", "en": "Agreed on ({code} {short})"},
    "ws_rationale_label": {"sv": "Motivering, en rad ({code})", "en": "Rationale, one line ({code})"},
    "ws_sign_in_to_record": {
        "sv": "Logga in för att anteckna vad gruppen enades om.",
        "en": "Sign in to record what the group agreed on.",
    },
    "ws_open_actions": {"sv": "Först: åtgärder som pågår", "en": "First: actions under way"},
    "ws_all_statements": {
        "sv": "Alla påståenden där gruppen är delad",
        "en": "All statements where the group is split",
    },
    "ws_roles_need_three": {
        "sv": "Rollerna jämförs när både förtroendevalda och tjänstepersoner har minst tre svarande.",
        "en": "The roles are compared when both elected and senior officials have at least three respondents.",
    },
    "ws_own_seat": {
        "sv": "{role}: kan bedöma {n} av {total} påståenden från sin egen stol.",
        "en": "{role}: can judge {n} of {total} statements from their own seat.",
    },
    "ws_self_view": {
        "sv": "Den politiska ledningen: egen bild och tjänstepersonernas bild",
        "en": "The political leadership: its own view and the senior officials' view",
    },
    "round_closes_top": {"sv": "Svara senast {day}.", "en": "Answer by {day}."},
    "round_no_closing_day": {"sv": "Rundan har ingen sista svarsdag.", "en": "The round has no last day."},
    "round_download_answers": {
        "sv": "Ladda ner en kopia av dina svar",
        "en": "Download a copy of your answers",
    },
    "round_download_answers_help": {
        "sv": "En resultatfil som du kan öppna i appen igen. Den sparas bara på din dator.",
        "en": "A result file you can open in the app again. It is kept only on your computer.",
    },
    "round_facilitator_download": {
        "sv": "Ladda ner resultatlänken som textfil",
        "en": "Download the results link as a text file",
    },
}


def t(key: str, lang: Lang, **fields: object) -> str:
    text = STRINGS[key][lang]
    return text.format(**fields) if fields else text


def number(value: float, lang: Lang, sign: bool = False) -> str:
    """One decimal, with the decimal comma Swedish readers expect."""
    text = f"{value:+.1f}" if sign else f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text
