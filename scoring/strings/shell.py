"""Navigation, page shell and what a person is told when the store fails."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
}
