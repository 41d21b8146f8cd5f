"""Debian's chromium through Playwright, and a wait for Streamlit that listens for events.

`wait_idle` never sleeps for a fixed time: a script in every page counts the
rerun requests the page sends over the websocket and the script runs the
server starts and finishes, and the wait ends when every request sent has
been taken up by a run that has finished. That holds on an idle machine and
on a loaded one alike.
"""

from __future__ import annotations

from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ACTION_TIMEOUT_MS = 120_000  # a shared 2-core CI machine can take many seconds for one rerun

# The page's websocket traffic, read at the protobuf level:
# - out: a BackMsg starting with field 11 (rerun_script, length-delimited, tag 11 << 3 | 2 = 0x5A);
# - in: a ForwardMsg with field 4 (new_session) starts a run, field 6 (script_finished) ends one,
#   unless its status is 2 (FINISHED_EARLY_FOR_RERUN: the same run goes on with newer input).
# Reading messages, not the DOM, also catches runs too quick for React to ever show as running.
IDLE_TRACKER_JS = """
(() => {
  const st = {sent: 0, covered: 0, done: 0, running: false};
  window.__streamlitRuns = st;
  const topFields = (bytes) => {
    const found = {};
    let i = 0;
    const varint = () => {
      let value = 0, shift = 0, byte;
      do { byte = bytes[i++]; value += (byte & 0x7f) * Math.pow(2, shift); shift += 7; } while (byte & 0x80);
      return value;
    };
    while (i < bytes.length) {
      const tag = varint(), field = Math.floor(tag / 8), wire = tag & 7;
      if (wire === 0) found[field] = varint();
      else if (wire === 2) { const length = varint(); found[field] = true; i += length; }
      else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else break;
    }
    return found;
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    let bytes = null;
    if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (bytes && bytes[0] === 0x5A) st.sent += 1;
    return send.call(this, data);
  };
  const Original = window.WebSocket;
  const Tracked = function (...args) {
    const socket = new Original(...args);
    socket.addEventListener('message', (event) => {
      if (!(event.data instanceof ArrayBuffer)) return;
      const fields = topFields(new Uint8Array(event.data));
      if (4 in fields) { st.running = true; st.covered = st.sent; }
      if (6 in fields && fields[6] !== 2) { st.running = false; st.done = Math.max(st.done, st.covered); }
    });
    return socket;
  };
  Tracked.prototype = Original.prototype;
  Object.assign(Tracked, Original);
  window.WebSocket = Tracked;
})();
"""

IDLE_JS = """() => {
  const st = window.__streamlitRuns;
  return !!st && st.sent > 0 && !st.running && st.done >= st.sent;
}"""


def new_context(browser: Any, locale: str = "sv-SE", **options: Any) -> Any:
    """A browser context whose pages report Streamlit's script runs to `wait_idle`."""
    settings = {"accept_downloads": True, "viewport": {"width": 1280, "height": 900}, "locale": locale}
    context = browser.new_context(**{**settings, **options})
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    context.add_init_script(IDLE_TRACKER_JS)
    return context


def wait_idle(page: Any) -> None:
    """Wait until every rerun this page asked for has finished running."""
    page.wait_for_function(IDLE_JS)
