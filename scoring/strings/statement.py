"""The accessibility statement and the page about the method."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
- **1.4.10 Omflöde:** på en skärm som är 320 pixlar bred kortas långa områdesnamn i diagrammen över områden. Tabellen efter diagrammet har hela texten. Diagrammet ”Påstående för påstående” ställer områdena under varandra och bryter raderna, så det ryms utan att rulla i sidled.
- **1.4.12 Textavstånd:** texten i diagrammen ritas som bild och följer inte ökat text- och radavstånd. Tabellerna gör det.
- **3.1.1 Sidans språk:** ramverket anger sidans språk som engelska när sidan laddas. Verktyget rättar det till svenska (eller engelska) direkt efteråt, men en skärmläsare kan under ett ögonblick läsa med fel uttal.
- **3.1.2 Språk för delar av innehållet:** ett tjugotal ord från ramverket är på engelska också på svenska sidor, till exempel statusindikatorn ”Running…”, knapparna för att fälla ut och in sidomenyn, diagrammens verktygsmeny och uppladdningsfältets ”Drag and drop file here”, ”Browse files” och ”1MB per file” samt datumväljarens namn på månader och veckodagar.
- **4.1.2 Namn, roll, värde:** uppladdningsfältet (Jämför och Historik) har en rollkonflikt i ramverkets kod. Fältet går att nå och använda med tangentbord.""",
        "en": """- **1.1.1 Non-text content:** the framework names every chart “Vega visualization”. The table right after each chart holds the same content as text.
- **1.4.10 Reflow:** on a screen 320 pixels wide long area names are shortened in the area charts. The table after the chart has the full text. The “Statement by statement” chart stacks the areas and wraps its labels, so it fits without sideways scrolling.
- **1.4.12 Text spacing:** chart text is drawn as an image and does not follow increased letter and line spacing. The tables do.
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
- **Om du förstorar eller använder en smal skärm:** långa områdesnamn kortas i diagrammen över områden – tabellerna visar allt.
- **Om du ändrar text- och radavstånd:** texten i diagrammen följer inte med – använd tabellerna.
- **Om du bara använder tangentbord:** vi känner inte till några hinder. Efter ”Nästa område” flyttas fokus till det nya områdets rubrik.
- **Om du har nedsatt färgseende:** vi känner inte till några hinder. Varje stapel har sin siffra och nivå som text.""",
        "en": """- **If you use a screen reader:** the charts are called “Vega visualization” – read the table after the chart. Some of the framework's buttons and messages are read in English.
- **If you magnify or use a narrow screen:** long area names are shortened in the area charts – the tables show everything.
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
}
