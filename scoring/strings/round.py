"""Team rounds: starting one, one response per respondent, the workshop view."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
