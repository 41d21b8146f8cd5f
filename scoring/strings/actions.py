"""The action plan."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
    # The plan in the brief, the reports and the facilitator's comparison
    "brief_open_actions": {"sv": "Handlingsplanens öppna åtgärder", "en": "Open actions in the action plan"},
    "brief_action_owner": {"sv": "ansvarig: {owner}", "en": "owner: {owner}"},
    "brief_action_due": {"sv": "klart senast {due}", "en": "due by {due}"},
    "report_plan": {"sv": "Handlingsplan", "en": "Action plan"},
    "report_plan_intro": {
        "sv": "Alla åtgärder i organisationens handlingsplan. Påståendena anges med numren i diagrammen.",
        "en": "Every action in the organisation's action plan. Statements are given by their numbers in the charts.",
    },
    "report_plan_check": {
        "sv": "Bedömningen ställer varje åtgärd bredvid den uppmätta förändringen i dess påståenden och områden sedan den förra mätningen.",
        "en": "The verdict sets each action beside the measured change in its statements and areas since the previous assessment.",
    },
    "actions_check_rule_round": {
        "sv": "En åtgärd är en tydlig förbättring när minst ett av dess områden blivit tydligt bättre och inget tydligt sämre, med samma regel som jämförelsen ovan.",
        "en": "An action is a clear improvement when at least one of its areas improved clearly and none declined clearly, by the same rule as the comparison above.",
    },
    "ws_action_added": {
        "sv": "”{title}” är tillagd i handlingsplanen.",
        "en": "“{title}” was added to the action plan.",
    },
}
