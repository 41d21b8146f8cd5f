"""Result-file errors: one sentence each, naming the field or item."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
}
