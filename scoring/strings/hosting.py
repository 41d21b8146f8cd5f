"""Sign-in and hosting, nothing-lost messages, and limits per hour."""

from __future__ import annotations

from scoring.model import Lang

STRINGS: dict[str, dict[Lang, str]] = {
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
}
