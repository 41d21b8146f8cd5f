"""Accessibility repairs for what Streamlit renders: focus, names, announcements, page titles.

Called once per rerun from app.py (`install`). Everything here works on
Streamlit's own markup, which the project cannot change in Python: a style
sheet for visible focus and borders (WCAG 2.4.7, 1.4.11), and one script that
keeps the page usable by keyboard and screen reader (2.4.3, 4.1.2, 4.1.3):

- a live region of our own (in a closed shadow root) announces a new page, a new area and every status
  message (Streamlit inserts its alerts already filled, which screen readers
  often skip);
- after a page change focus goes to the page's h1, after "Nästa område" to the
  new area's heading; when the focused element is redrawn away (a download, an
  upload, a submit, the sidebar button) focus goes to its replacement, the new
  message or the page heading instead of <body>;
- the progress bar gets its visible text as its name;
- a help caption under a radio group becomes the group's description;
- Esc hides a chart's tooltip (1.4.13);
- the collapsed sidebar is hidden from Tab (1.4.10 / 2.4.7 at 320 px).

What remains is listed in docs/accessibility.md and on the statement page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import streamlit as st

from ui.state import lang, tr

FOCUS = "#1b3a5c"  # the theme's primary colour: 11.8:1 on white, 10.7:1 on the sidebar grey

CSS = f"""
<style>
/* 2.4.7: one strong focus ring everywhere Streamlit draws a faint one or none. */
[data-testid=stAppViewContainer] :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible,
[data-testid=stSidebar] :is(a, button, input, summary, [tabindex]):focus-visible {{
  outline: 3px solid {FOCUS} !important;
  outline-offset: 2px !important;
}}
/* Radio inputs are visually hidden: ring the visible circle and underline the option's text. */
[data-testid=stRadioOption]:has(input:focus-visible) > div > div:first-child {{
  outline: 3px solid {FOCUS} !important;
  outline-offset: 2px;
}}
[data-testid=stRadioOption]:has(input:focus-visible) [data-testid=stMarkdownContainer] p {{
  text-decoration: underline 2px;
  text-underline-offset: 3px;
}}
/* 1.4.11: the unchecked ring and input borders at 4.8:1 instead of 1.5:1. */
[data-testid=stRadioOption] > div > div:first-child {{ border: 2px solid #6b7280 !important; }}
[data-testid=stRadioOption][data-selected=true] > div > div:first-child {{
  border-color: {FOCUS} !important;
}}
/* The current page is marked by more than a faint background. */
[data-testid=stSidebarNavLink][aria-current=page] {{
  box-shadow: inset 4px 0 0 {FOCUS};
  font-weight: 700;
}}
[data-testid=stSidebarNavLink]:focus-visible {{ background: #dde5ee; }}
/* Chart toolbars appear while anything in the chart has focus, not on hover only. */
[data-testid=stElementToolbar]:focus-within,
[data-testid=stElementContainer]:focus-within [data-testid=stElementToolbar] {{ opacity: 1 !important; }}
/* 1.4.10 / 2.4.7: a collapsed sidebar is out of view, so out of the Tab order too. */
[data-testid=stSidebar][data-collapsed=true],
[data-testid=stSidebar][aria-expanded=false] {{ visibility: hidden; }}
/* 1.4.10: a wide chart scrolls inside its own box, never the whole page. */
[data-testid=stVegaLiteChart], [data-testid=stArrowVegaLiteChart] {{ max-width: 100%; overflow-x: auto; }}
.a11y-visually-hidden {{
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
}}
/* 1.4.12: axis labels and table cells must not clip when text spacing is increased. */
[data-testid=stTable] td, [data-testid=stTable] th {{ white-space: normal; overflow-wrap: anywhere; }}
</style>
"""

# One observer for the whole page, installed once; later runs only update its settings.
SCRIPT = """
<script>
(() => {
  const config = __CONFIG__;
  const w = window;
  const doc = document;
  // Streamlit serves the page as English; screen readers need the language actually shown.
  doc.documentElement.lang = config.lang;
  if (w.__a11y) { w.__a11y.configure(config); return; }
  const state = {config, h1: null, area: null, alerts: new WeakSet(), last: null, lastKey: null};
  // The live region sits in a closed shadow root: screen readers read it (the accessibility tree
  // is built from the flattened tree), but a text search of the page does not find each message
  // twice, so tests and browser "find" see the visible message only.
  const host = doc.createElement('div');
  host.id = 'a11y-live';
  host.className = 'a11y-visually-hidden';
  const live = doc.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  host.attachShadow({mode: 'closed'}).appendChild(live);
  doc.body.appendChild(host);
  // What was announced, newest last, for tests and debugging.
  const said = [];
  const announce = (text) => {
    said.push(text);
    if (said.length > 50) said.shift();
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = text;
    });
  };
  const main = () => doc.querySelector('[data-testid=stMain]');
  const focusOn = (el) => {
    if (!el) return;
    if (!el.matches('a, button, input, select, textarea, summary')) el.setAttribute('tabindex', '-1');
    el.focus({preventScroll: false});
  };
  // textContent, not innerText: this runs at every focus move (each answer click), and innerText
  // would lay out the page there and then.
  const keyOf = (el) => el && (el.getAttribute('data-testid') || el.tagName) + '|' +
    (el.getAttribute('aria-label') || el.textContent || el.value || '')
      .replace(/\\s+/g, ' ').trim().slice(0, 80);
  // One focus repair waiting for an event (a button to be enabled again); anything the reader
  // does next (focus somewhere, a click) cancels it.
  let waiting = null;
  const stopWaiting = () => { if (waiting) { waiting.disconnect(); waiting = null; } };
  // A click moves focus on purpose: a focus loss just after one is left alone. Focus arriving
  // somewhere ends that: a later loss (a clicked download button disabled while its file is
  // fetched, or one pressed with Enter right after a click elsewhere) is the page's doing.
  let pointerAt = 0;
  doc.addEventListener('focusin', (event) => {
    stopWaiting();
    pointerAt = 0;
    state.last = event.target; state.lastKey = keyOf(event.target);
  }, true);
  doc.addEventListener('pointerdown', () => { pointerAt = Date.now(); stopWaiting(); }, true);
  const usable = (el) => el.isConnected && el.offsetParent !== null && !el.disabled;
  const dropped = () => !doc.activeElement || doc.activeElement === doc.body;
  // Focus dropped to the page body (nothing else took it: relatedTarget is null), unless the
  // reader clicked somewhere, which moves focus on purpose.
  doc.addEventListener('focusout', (event) => {
    const left = event.target;
    if (event.relatedTarget || Date.now() - pointerAt < 1000) return;
    if (left.isConnected && left.disabled) {
      // A download button is disabled while its file is fetched (the browser then drops focus)
      // and enabled again afterwards: put focus back the moment it is enabled.
      stopWaiting();
      waiting = new MutationObserver(() => {
        if (left.disabled) return;
        stopWaiting();
        if (dropped() && state.last === left && usable(left)) left.focus();
      });
      waiting.observe(left, {attributes: true, attributeFilter: ['disabled']});
      return;
    }
    requestAnimationFrame(() => {
      // Only for the element that had focus last: a later focus change (say Tab, then Enter on
      // "Expand sidebar" within one frame) must not be undone by this older loss.
      if (!dropped() || state.last !== left) return;
      if (usable(left)) left.focus(); else schedule();
    });
  }, true);
  // "Expand sidebar" removes itself as it opens the sidebar, which drops focus to the body: move
  // focus into the sidebar when its data-collapsed turns false (called from the page's observer,
  // in the same task as React's change, so before any frame).
  const sidebarOpened = (records) => {
    const opened = records.some((r) => r.attributeName === 'data-collapsed' &&
      r.target.getAttribute('data-testid') === 'stSidebar' &&
      r.target.getAttribute('data-collapsed') === 'false');
    const fromButton = state.lastKey && state.lastKey.startsWith('stExpandSidebarButton');
    const active = doc.activeElement;
    const onButton = active && active.getAttribute('data-testid') === 'stExpandSidebarButton';
    if (!opened || !fromButton || !(dropped() || onButton)) return;
    const link = [...doc.querySelectorAll('[data-testid=stSidebar] [data-testid=stSidebarNavLink]')]
      .find((el) => el.offsetParent !== null);
    if (link) link.focus();
  };
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const tip = doc.getElementById('vg-tooltip-element');
    if (tip) { tip.classList.remove('visible'); tip.style.display = 'none'; }
  }, true);
  doc.addEventListener('mousemove', () => {
    const tip = doc.getElementById('vg-tooltip-element');
    if (tip) tip.style.display = '';
  }, true);
  // Text without layout: innerText would make the browser lay out the page at every check (the
  // most of its cost, measured); headings and the progress text are one line each.
  const words = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
  const areaHeading = (root) => {
    const nav = root.querySelector('[role=radiogroup][aria-label="' + state.config.areaNav + '"]');
    if (!nav) return null;
    return [...root.querySelectorAll('h2')].find((h) => /^\\d+\\. /.test(words(h))) || null;
  };
  const replacement = () => {
    if (!state.lastKey) return null;
    return [...doc.querySelectorAll('a, button, input, summary, [role=button]')]
      .find((el) => keyOf(el) === state.lastKey && el.offsetParent !== null) || null;
  };
  const check = () => {
    const root = main();
    if (!root) return;
    if (doc.title !== state.config.title) doc.title = state.config.title;
    const h1 = root.querySelector('h1');
    const h1Text = h1 ? words(h1) : null;
    const area = areaHeading(root);
    const areaText = area ? words(area) : null;
    let moved = false;
    const active0 = doc.activeElement;
    const path = w.location.pathname;
    if (h1Text && h1Text !== state.h1) {
      // A new page (not the same page in the other language): focus and announce its heading.
      const newPage = state.h1 !== null && path !== state.path;
      state.h1 = h1Text; state.area = areaText; state.path = path;
      if (newPage) { focusOn(h1); announce(state.config.title); moved = true; }
    } else if (areaText && areaText !== state.area) {
      // A new area: its heading, unless the reader is choosing areas in the area radios.
      const first = state.area === null;
      const navSelector = '[role=radiogroup][aria-label="' + state.config.areaNav + '"]';
      const inNav = active0 && active0.closest(navSelector);
      state.area = areaText;
      if (!first && !inNav) { focusOn(area); moved = true; }
      if (!first) announce(areaText);
    }
    // Status messages: announce each new one through our own region.
    const fresh = [...doc.querySelectorAll('[data-testid=stAlert], [data-testid=stAlertContainer]')]
      .filter((el) => !el.parentElement.closest('[data-testid=stAlert]') && !state.alerts.has(el));
    fresh.forEach((el) => state.alerts.add(el));
    const text = (el) => (el.querySelector('[data-testid=stMarkdownContainer]') || el).innerText.trim();
    const texts = fresh.map(text).filter(Boolean);
    if (texts.length && !moved) announce(texts.join(' '));
    // Focus redrawn away: to the element's replacement, else the new message, else the page heading.
    const active = doc.activeElement;
    const lost = (!active || active === doc.body) && state.last && !state.last.isConnected;
    if (!moved && lost) {
      const target = replacement() || fresh[fresh.length - 1] || h1;
      state.last = null;
      focusOn(target);
    }
    root.querySelectorAll('[data-testid=stProgress]').forEach((bar) => {
      const text = words(bar);
      const meter = bar.querySelector('[role=progressbar]');
      if (meter && text && meter.getAttribute('aria-label') !== text) {
        meter.setAttribute('aria-label', text);
        meter.setAttribute('aria-valuetext', text);
      }
    });
    // A caption right after a radio group describes it (the statement's help text).
    root.querySelectorAll('[data-testid=stRadio]').forEach((radio, n) => {
      const box = radio.closest('[data-testid=stElementContainer]');
      const next = box && box.nextElementSibling;
      const caption = next && next.querySelector('[data-testid=stCaptionContainer]');
      const group = radio.querySelector('[role=radiogroup]');
      if (!caption || !group) return;
      if (!caption.id) caption.id = 'a11y-help-' + n + '-' + Math.random().toString(36).slice(2, 8);
      if (group.getAttribute('aria-describedby') !== caption.id) {
        group.setAttribute('aria-describedby', caption.id);
      }
    });
  };
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; check(); });
  };
  const watch = {childList: true, subtree: true, characterData: true};
  // aria-label too: React puts the progress bar's "progress" back when it redraws it.
  // data-collapsed: the sidebar opening, handled at once rather than in the next frame.
  const labels = {attributes: true, attributeFilter: ['aria-label', 'data-collapsed']};
  new MutationObserver((records) => { sidebarOpened(records); schedule(); })
    .observe(doc.body, {...watch, ...labels});
  new MutationObserver(schedule).observe(doc.head, watch);  // Streamlit resets the title
  // Not accessibility, but this script is the page's one: the draft's token goes into the URL at
  // the first answer, here as it is given, before Streamlit sends it (ui/autosave.next_address).
  // Only in a group with nothing selected yet: there a press on an option, or Space or an arrow
  // key, selects one, so starts the draft. A group with a selection is left to the server.
  const KEYS = [' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  let pressed = null;
  const startsDraft = (el) => {
    const draft = state.config.draft;
    const box = draft && el.closest && el.closest(draft.radios);
    return Boolean(box) && !box.querySelector('[data-testid=stRadioOption][data-selected=true]') &&
      !box.querySelector('input[type=radio]:disabled');
  };
  // Never over a token already there: the server set it (a draft replaced after a save in another
  // tab, whose token this page's settings do not know yet), or a link came with one; either way
  // the server decides.
  const toAddress = () => {
    const draft = state.config.draft;
    const url = new URL(w.location.href);
    if (url.searchParams.has(draft.param)) return;
    url.searchParams.set(draft.param, draft.token);
    w.history.replaceState(w.history.state, '', url);
  };
  const option = (event) => event.target.closest && event.target.closest('[data-testid=stRadioOption]');
  // The main button only: a right or middle click selects nothing.
  doc.addEventListener('pointerdown', (event) => {
    pressed = event.button === 0 && event.isPrimary ? option(event) : null;
  }, true);
  // A pointer selects at its release; a click without one (a script, some screen readers) at the
  // click itself. Either comes before the option's own handler.
  doc.addEventListener('pointerup', (event) => {
    const chosen = option(event);
    if (chosen && chosen === pressed && startsDraft(chosen)) toAddress();
    pressed = null;
  }, true);
  doc.addEventListener('click', (event) => {
    const chosen = event.button === 0 && option(event);
    if (chosen && startsDraft(chosen)) toAddress();
  }, true);
  doc.addEventListener('keydown', (event) => {
    if (KEYS.includes(event.key) && event.target.matches('input[type=radio]') && startsDraft(event.target)) {
      toAddress();
    }
  }, true);
  w.__a11y = {configure: (c) => { state.config = c; schedule(); }, announce, said, region: live};
  schedule();
})();
</script>
"""


def install(page_title: str, draft: dict[str, str] | None = None) -> None:
    """The page's language and <title> in the reader's language ("Resultat – Digitalt
    ledarskap …"), the style sheet and the script, all in one element: each element costs
    every rerun. `page_title` is the navigation's title of the page shown; `draft`, what the
    script needs to put the next draft's token into the URL (ui/autosave.next_address)."""
    title = f"{page_title} – {tr('app_name')}"
    st.set_page_config(page_title=title)
    config = {"lang": lang(), "title": title, "areaNav": tr("area_nav_label"), "draft": draft}
    st.html(_AsIs(CSS + SCRIPT.replace("__CONFIG__", json.dumps(config))), unsafe_allow_javascript=True)


@dataclass(frozen=True)
class _AsIs:
    """HTML that st.html takes as it is: through `_repr_html_` it is not dedented, which
    for these 12 KB cost 0.18 ms of every rerun. Nothing here is indented as a whole."""

    html: str

    def _repr_html_(self) -> str:
        return self.html
