"""The session's keys: every name under which st.session_state holds something.

Adding a key means adding it here, next to the others.
"""

from __future__ import annotations

from scoring.model import Lang

# Widget keys that also hold the value the app uses.
LANG = "lang"  # the sidebar's language radio
ORGANISATION = "organisation"  # the organisation's text input on the fill-in page

# Keys only this module uses. The answers, the role and the area are kept apart
# from their radios: Streamlit keeps a radio's value as its label text, so
# relabelling it (the language switch) would reset it.
_ANSWERS = "answers"  # item id -> 1..5, or DONT_KNOW (0)
_ROLE = "role_value"
_AREA = "area"  # the area shown on the fill-in page, 0-based
_RESULT_TIME = "result_time"
_DRAFT_TOKEN = "draft_token"
_DRAFT_PLANNED = "_draft_planned"  # the token the next draft gets, in the URL before the draft exists
_DRAFT_KIND = "draft_kind"  # ("single", None) or ("round", round id)
_DRAFT_CHECKED = "_draft_checked"
_DRAFT_RESTORED = "draft_restored"  # notice: how many answers a restored draft brought back
_STORE_ERROR = "store_error"  # notice: why the store could not be used
_PAGES = "_pages"  # this run's navigation pages by name
_SIGN_IN = "_sign_in"  # whether sign-in is configured, as found when the session started
_ROUND_LINKS = "round_links"  # the two links of the round just started
_ROUND_SENT = "round_sent"  # the respondent token whose answers were sent
_SENT_COPY = "round_sent_copy"  # the sent answers as a result file, kept only for the respondent's download
_ROUND_ANSWERING = "_round_draft"  # the round whose respondent this session is
_VISITOR = "_visitor"  # a random id for this session, for the limits per session
_PENDING = "_pending"  # item ids answered in this run, not yet written to the draft
_UNSAVED = "_unsaved"  # why the last answer could not be written; set while the draft lags the session
_SAVED_AGAIN = "_saved_again"  # notice: the session's answers reached the draft after a failure
_DRAFT_SEEN = "_draft_seen"  # the draft's answers as this session last wrote or read them
_DRAFT_REPLACED = "_draft_replaced"  # notice: the draft was gone, a new one holds the answers
_UNSEEN = "_unseen"  # answers another tab wrote to the shared draft, offered before a save
_ACTION_NOTICE = "action_notice"  # (kind, message): one notice after the action plan changed
_ACTION_PROBLEMS = "action_problems"  # action id (None: a new one) -> why a change was not saved
_SAVED_RUN = "_saved_run"  # the run the answers on screen were saved as, until they change
_REPLACES = "_replaces"  # the saved run the next save corrects (replaces in the list)
_OPEN_RUN = "_open_run"  # the saved run History shows on its results view
_EARLIER = "_earlier"  # the earlier result file loaded on Jämför, for the Results page's report


def _round_token_key(param: str) -> str:
    return f"_round_{param}"


def _pages_key(lang: Lang, respondent: bool) -> str:
    return f"_pages_{lang}_{'respondent' if respondent else 'all'}"


DraftKind = tuple[str, int | None]
SINGLE: DraftKind = ("single", None)
