"""The meeting report and the one-page brief."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
}
