"""The store's schema as named migrations, applied in order; a store at user_version N has had the first N.

Append-only: a migration that has shipped is never edited, and a new table is added rather than an
old one altered, so every store ever written opens (tests/test_old_store.py).
"""

from __future__ import annotations

# Ordered and append-only: a store at user_version N has had the first N applied.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "runs-and-snapshots",
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,       -- sha256 of body
            questionnaire_id TEXT NOT NULL,
            version TEXT NOT NULL,
            body TEXT NOT NULL               -- canonical JSON of the questionnaire as it was
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the canonical result JSON
            snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
            questionnaire_id TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            organisation TEXT NOT NULL,
            role TEXT,
            created_at TEXT NOT NULL,        -- as the result gives it
            created_utc TEXT NOT NULL,       -- the same instant in UTC, for ordering
            answers TEXT NOT NULL,           -- JSON object: item id -> 1..5 or null
            overall REAL,                    -- cache of score(questionnaire, answers) at save time
            saved_at TEXT NOT NULL
        );
        CREATE INDEX runs_by_time ON runs (created_utc, id);
        CREATE INDEX runs_by_organisation ON runs (organisation, created_utc, id);
        CREATE INDEX runs_by_snapshot ON runs (snapshot_id);
        """,
    ),
    (
        "drafts",
        """
        CREATE TABLE drafts (
            token TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            round_id INTEGER,                -- a team round, once rounds exist
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX drafts_by_age ON drafts (updated_at);
        CREATE TABLE draft_answers (
            token TEXT NOT NULL REFERENCES drafts (token) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
            PRIMARY KEY (token, item_id)
        );
        """,
    ),
    (
        "team-rounds",
        """
        CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            organisation TEXT NOT NULL,
            closes_on TEXT,                  -- ISO date, last day answers are taken; NULL: open-ended
            respondent_token TEXT NOT NULL UNIQUE,
            facilitator_hash TEXT NOT NULL UNIQUE,  -- sha256 of the facilitator's token, never the token
            closed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE round_responses (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,      -- the same response twice (a double click) is kept once
            questionnaire_version TEXT NOT NULL,
            role TEXT,
            created_at TEXT NOT NULL,
            answers TEXT NOT NULL,
            UNIQUE (round_id, content_hash)
        );
        CREATE INDEX round_responses_by_round ON round_responses (round_id, id);
        CREATE TABLE round_agreed (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
            PRIMARY KEY (round_id, item_id)
        );
        """,
    ),
    (
        # Two people who give the same answers are two responses: the old table kept
        # one row per (round, content), merging identical respondents. Double-click
        # protection moves to a per-submission id (a hash of the respondent's draft token).
        "round-responses-without-dedupe",
        """
        CREATE TABLE round_answers (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            submission TEXT NOT NULL,        -- sha256 of the respondent's draft token: one per browser
            questionnaire_version TEXT NOT NULL,
            role TEXT,
            created_at TEXT NOT NULL,
            answers TEXT NOT NULL,
            UNIQUE (round_id, submission)
        );
        INSERT INTO round_answers (id, round_id, submission, questionnaire_version, role, created_at, answers)
            SELECT id, round_id, content_hash, questionnaire_version, role, created_at, answers
            FROM round_responses;
        DROP TABLE round_responses;
        """,
    ),
    (
        # A round answered through personal single-use links instead of one shared link.
        # Only a hash of each personal token is kept, and a response is never tied to
        # its link: the link is only marked used.
        "round-personal-links",
        """
        CREATE TABLE round_link_modes (
            round_id INTEGER PRIMARY KEY REFERENCES rounds (id) ON DELETE CASCADE,
            personal INTEGER NOT NULL CHECK (personal IN (0, 1))
        );
        CREATE TABLE round_invites (
            token_hash TEXT PRIMARY KEY,     -- sha256 of a personal link's token, never the token
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            used INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX round_invites_by_round ON round_invites (round_id);
        """,
    ),
    (
        "action-plan",
        """
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,        -- the same action on every machine (history file import)
            organisation TEXT NOT NULL,
            title TEXT NOT NULL,
            items TEXT NOT NULL,             -- JSON array of item ids
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,                        -- ISO date; NULL: no due date
            status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',  -- the signed-in user's e-mail, '' without sign-in
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            deleted_at TEXT                  -- soft delete: restorable until purged
        );
        CREATE INDEX actions_by_organisation ON actions (organisation, id);
        CREATE INDEX actions_by_deletion ON actions (deleted_at);
        CREATE TABLE action_changes (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT '',
            change TEXT NOT NULL,            -- created, edited, deleted, restored, imported
            fields TEXT NOT NULL             -- JSON: the action's fields after the change
        );
        CREATE INDEX action_changes_by_action ON action_changes (action_id, id);
        """,
    ),
    (
        # One line of why, next to the answer a workshop agreed on for a statement.
        # A table of its own: round_agreed is never altered.
        "round-agreed-rationale",
        """
        CREATE TABLE round_rationales (
            round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            rationale TEXT NOT NULL,
            PRIMARY KEY (round_id, item_id)
        );
        """,
    ),
    (
        # A corrected run replaces the one it corrects; the earlier one is kept and can be
        # restored. Each row is an event "run_id now stands in place of replaces"; a run is
        # shown unless the latest event naming it put another run in its place.
        "run-versions",
        """
        CREATE TABLE run_versions (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            replaces INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            CHECK (run_id != replaces)
        );
        CREATE INDEX run_versions_by_run ON run_versions (run_id, id);
        CREATE INDEX run_versions_by_replaced ON run_versions (replaces, id);
        -- The draft a run was saved from, so its link can say "saved" instead of opening empty.
        CREATE TABLE draft_runs (
            token_hash TEXT PRIMARY KEY,     -- sha256 of the draft's token, never the token
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE
        );
        """,
    ),
)
