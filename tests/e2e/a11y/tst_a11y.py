#!/usr/bin/env python3
"""Keyboard and screen reader, end to end: the real bridge-desk --sandbox, read over AT-SPI.

Run by run-a11y.sh inside a private Xvfb and a private D-Bus session. This process starts the
AT-SPI bus (at-spi-bus-launcher), starts bridge-desk with Qt's AT-SPI bridge on, presses keys with
xdotool (XTest: real key events through the X server, as a keyboard would) and reads what a screen
reader would read through the AT-SPI tree of the other process. Every wait is for a condition,
polled, with a deadline; nothing waits a fixed time for something to happen.
"""
import os
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
gi.require_version("Gio", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

DESK = sys.argv[1]
WAIT_S = 20.0
POLL_S = 0.02  # how often a condition is looked at again
FAILURES = []
STARTED = time.monotonic()

# Controls a keyboard user must be able to reach, and that must say what they are.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.RADIO_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.COMBO_BOX, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON,
    Atspi.Role.TEXT,
}
NAMED_ROLES = {Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.COMBO_BOX,
               Atspi.Role.RADIO_BUTTON, Atspi.Role.CHECK_BOX}


def log(text):
    print(f"[{time.monotonic() - STARTED:6.2f}s] {text}", flush=True)


def check(ok, what):
    if ok:
        log(f"PASS {what}")
    else:
        log(f"FAIL {what}")
        FAILURES.append(what)
    return ok


class Fatal(Exception):
    pass


def wait_for(condition, what, timeout=WAIT_S, detail=None):
    """Polls condition until it is true; detail() says what was there instead when it never is."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except GLib.Error:
            value = None  # an object went away while it was read: look again
        if value:
            return value
        if time.monotonic() > deadline:
            raise Fatal(f"timed out after {timeout:.0f} s waiting for {what}"
                        + (f" ({detail()})" if detail else ""))
        time.sleep(POLL_S)


# --- the AT-SPI tree -------------------------------------------------------------------------

def children(node):
    try:
        return [c for c in (node.get_child_at_index(i) for i in range(node.get_child_count())) if c]
    except GLib.Error:
        return []


def walk(node, into_tables=False):
    """Every descendant of node (tables' cells left out unless asked: there are hundreds)."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        try:
            role = n.get_role()
        except GLib.Error:
            continue
        if role in (Atspi.Role.TABLE, Atspi.Role.TREE_TABLE) and not into_tables:
            continue
        stack.extend(reversed(children(n)))


def states(node):
    try:
        return node.get_state_set()
    except GLib.Error:
        return Atspi.StateSet.new([])


def has(node, state):
    return states(node).contains(state)


def name(node):
    try:
        return node.get_name() or ""
    except GLib.Error:
        return ""


def text_of(node):
    try:
        if "Text" not in node.get_interfaces():
            return ""
        return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node)) or ""
    except GLib.Error:
        return ""


def describe(node):
    if node is None:
        return "nothing"
    try:
        return f"{node.get_role_name()} '{name(node)}'"
    except GLib.Error:
        return "(gone)"


def key(node):
    """A stable identity for an accessible object across reads."""
    return node  # Atspi keeps one object per accessible of an application, and so one wrapper


def application(pid):
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        try:
            if app.get_process_id() == pid:
                return app
        except GLib.Error:
            pass
    return None


def top_level(app, pattern):
    for window in children(app):
        if re.search(pattern, name(window)) and has(window, Atspi.StateType.SHOWING):
            return window
    return None


def focused(window):
    """The focused control. A container whose focus proxy has the focus says it is focused too
    (QWidget::hasFocus() follows the proxy): the deepest focused object is the control."""
    found = None
    for n in walk(window):
        if has(n, Atspi.StateType.FOCUSED):
            found = n
    return found


def find(window, role, pattern=None):
    for n in walk(window):
        try:
            if (role is None or n.get_role() == role) and (pattern is None or re.search(pattern, name(n))):
                return n
        except GLib.Error:
            pass
    return None


# --- the keyboard ----------------------------------------------------------------------------

def press(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--clearmodifiers", "--delay", "8", text], check=True)


def focus_moves(window, keys, before, what):
    """Presses keys and waits until the focus is on another object than before; returns it."""
    press(*keys)
    return wait_for(lambda: (lambda f: f if f is not None and key(f) != key(before) else None)(focused(window)),
                    what, timeout=5)


# --- checks ----------------------------------------------------------------------------------

def check_names(window, where):
    """Every button and combo box on screen says what it is (a line edit's clear and warning
    buttons too, once they show)."""
    unnamed = []
    for n in walk(window):
        try:
            role = n.get_role()
        except GLib.Error:
            continue
        if role in NAMED_ROLES and has(n, Atspi.StateType.SHOWING) and not name(n).strip():
            parent = n.get_parent()
            unnamed.append(f"{n.get_role_name()} in {describe(parent)} in {describe(parent.get_parent())}")
    check(not unnamed, f"{where}: every button, icon button and combo box has an accessible name"
          + (f" (unnamed: {', '.join(unnamed)})" if unnamed else ""))


def check_tab_cycle(window, where):
    """Tab from the focused control visits every enabled, shown control once and comes back."""
    first = wait_for(lambda: focused(window), f"a focused control in {where}")
    visited = [first]
    seen = {key(first)}
    trap = None
    for _ in range(60):
        now = focus_moves(window, ["Tab"], visited[-1], f"Tab to move the focus in {where}")
        if key(now) == key(first):
            break
        if key(now) in seen:
            trap = now
            break
        seen.add(key(now))
        visited.append(now)
    order = " -> ".join(describe(n) for n in visited)
    log(f"{where} Tab order: {order}")
    if not check(trap is None and key(focused(window)) == key(first),
                 f"{where}: Tab comes back to {describe(first)} without a trap"
                 + (f" (came back to {describe(trap)} instead)" if trap else "")):
        return
    expected = [n for n in walk(window)
                if n.get_role() in CONTROL_ROLES and has(n, Atspi.StateType.SHOWING)
                and has(n, Atspi.StateType.ENABLED) and has(n, Atspi.StateType.FOCUSABLE)
                and not has(n, Atspi.StateType.READ_ONLY)]
    # Radio buttons of one group share a stop: Tab reaches the group, the arrows move inside it.
    missed = [describe(n) for n in expected if key(n) not in seen and n.get_role() != Atspi.Role.RADIO_BUTTON]
    check(not missed, f"{where}: Tab reaches every enabled control" + (f" (never reached: {missed})" if missed else ""))


def check_buddies(window, where):
    """A label's buddy (its mnemonic's target) accepts the focus."""
    bad = []
    for n in walk(window):
        try:
            if n.get_role() != Atspi.Role.LABEL:
                continue
            for relation in n.get_relation_set():
                if relation.get_relation_type() != Atspi.RelationType.LABEL_FOR:
                    continue
                for i in range(relation.get_n_targets()):
                    target = relation.get_target(i)
                    if not has(target, Atspi.StateType.FOCUSABLE):
                        bad.append(f"'{name(n)}' -> {describe(target)}")
        except GLib.Error:
            continue
    check(not bad, f"{where}: every label's mnemonic lands on a control that accepts focus"
          + (f" (not focusable: {bad})" if bad else ""))


def start_x_server():
    """A private Xvfb; -displayfd has the server choose a free display and write its number."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24",
                               "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,))
    os.close(write_end)
    number = b""
    with os.fdopen(read_end, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)  # blocks until the server is ready (or gone: then empty)
            if not chunk:
                raise Fatal("Xvfb did not start")
            number += chunk
    os.environ["DISPLAY"] = ":" + number.decode().strip()
    log(f"Xvfb on {os.environ['DISPLAY']}")
    return server


def main():
    x_server = start_x_server()
    try:
        with_x_server()
    finally:
        x_server.terminate()
        x_server.wait(10)


def with_x_server():
    # The AT-SPI bus, as a desktop session would have it.
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def bus_up():
        reply = session.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                  "NameHasOwner", GLib.Variant("(s)", ("org.a11y.Bus",)),
                                  GLib.VariantType("(b)"), Gio.DBusCallFlags.NONE, -1, None)
        return reply.unpack()[0]

    wait_for(bus_up, "the AT-SPI bus launcher")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb",
               QT_LOGGING_RULES="bridge.*.debug=false")
    try:
        for phase, args in ((sandbox_session, ["--sandbox"]), (connect_session, ["--sandbox=connect"]),
                            (first_run, []), (second_run, [])):
            desk = subprocess.Popen([DESK, *args], env=env)
            try:
                phase(desk)
            finally:
                if desk.poll() is None:
                    desk.terminate()
                try:
                    desk.wait(10)
                except subprocess.TimeoutExpired:
                    desk.kill()
                    desk.wait()
    finally:
        launcher.terminate()
        launcher.wait(10)


def give_keyboard(desk, title):
    """No window manager hands out the focus here: give it to the window, as a click would."""
    wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(desk.pid),
                          "--name", title], check=True, capture_output=True, text=True).stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)


WORKSPACE = "5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13"


def first_run(desk):
    """A new user without a keychain: Settings (a new profile: the Connect API, its host, workspace
    and API key), typed by keyboard; the notice is read before the window opens, and the window opens
    after OK."""
    app = wait_for(lambda: application(desk.pid), "bridge-desk (first run) on the AT-SPI bus")
    dialog = wait_for(lambda: top_level(app, r"^Connection Settings"), "the first-run Settings dialog")
    give_keyboard(desk, "Connection Settings")
    wait_for(lambda: has(dialog, Atspi.StateType.ACTIVE), "the Settings dialog to be active")
    check_names(dialog, "Settings")
    check_buddies(dialog, "Settings")
    check_tab_cycle(dialog, "Settings")
    # The API choice, the form's first control: a screen reader reads its label and its value.
    api = wait_for(lambda: find(dialog, Atspi.Role.COMBO_BOX), "the API choice")
    check(name(api) == "Connect" and find(dialog, Atspi.Role.LABEL, r"^API:$") is not None,
          f"a new profile starts on the Connect API ({describe(api)})")
    for mnemonic, label, text, secret in (("alt+h", "Host", "http://127.0.0.1:9", False),
                                          ("alt+w", "Workspace ID", WORKSPACE, False),
                                          ("alt+a", "API key", "bk_keyboard_0123456789", True)):
        press(mnemonic)
        field = wait_for(lambda: (lambda f: f if f and label in name(f) else None)(focused(dialog)),
                         f"{mnemonic} to put the focus on {label}", timeout=5)
        press("ctrl+a")
        type_text(text)
        if not secret:  # a password field does not give its text away
            wait_for(lambda: text_of(field) == text, f"{text!r} typed into {label}")
        else:
            check(field.get_role() == Atspi.Role.PASSWORD_TEXT, f"the {label} field is a password field")
    save = wait_for(lambda: find(dialog, Atspi.Role.PUSH_BUTTON, r"^Save$"), "the Save button")
    wait_for(lambda: has(save, Atspi.StateType.ENABLED), "Save to be enabled once every field is filled")
    press("Return")  # Save
    notice = wait_for(lambda: next((n for n in walk(dialog) if n.get_role() == Atspi.Role.LABEL
                                    and "session" in (name(n) + text_of(n))), None),
                      "the no-keychain notice in the Settings dialog")
    log(f"notice: {name(notice) or text_of(notice)}")
    main_frames = [w for w in children(app) if w.get_role() == Atspi.Role.FRAME and has(w, Atspi.StateType.SHOWING)]
    check(not main_frames, "the main window waits until the Settings dialog's notice is acknowledged"
          + (f" (open already: {[describe(w) for w in main_frames]})" if main_frames else ""))
    ok = wait_for(lambda: (lambda f: f if f and name(f) == "OK" else None)(focused(dialog)),
                  "the focus on OK after saving")
    press("Return")
    window = wait_for(lambda: next((w for w in children(app) if w.get_role() == Atspi.Role.FRAME
                                    and has(w, Atspi.StateType.SHOWING)), None), "the main window after OK")
    check(top_level(app, r"^Connection Settings") is None, "the Settings dialog is closed under the main window")
    log(f"first run ends in {describe(window)} ({describe(ok)} pressed)")
    # Nothing answers on that host: the error banner says so in the agent's words, readable, with
    # its buttons named; the request itself is behind Details.
    banner = wait_for(lambda: find(window, Atspi.Role.LABEL, r"^The connection to Bridge failed"),
                      "the error banner to say the connection to Bridge failed", timeout=15)
    check("127.0.0.1" not in name(banner) and "/bridge/api" not in name(banner),
          f"the banner leads with what happened, the request left to Details ('{name(banner)}')")
    check(find(window, Atspi.Role.PUSH_BUTTON, r"^Retry$") is not None, "the banner's Retry button is named")
    check_names(window, "main window with the error banner")
    give_keyboard(desk, WORKSPACE)
    press("ctrl+q")
    wait_for(lambda: desk.poll() is not None, "bridge-desk to quit on Ctrl+Q")
    check(desk.poll() == 0, f"bridge-desk exits with status 0 after Ctrl+Q (it was {desk.poll()})")


def second_run(desk):
    """Relaunched without a keychain: the dialog says why it asks for the secret, the cursor in it."""
    app = wait_for(lambda: application(desk.pid), "bridge-desk (second run) on the AT-SPI bus")
    dialog = wait_for(lambda: top_level(app, r"^Connection Settings"), "the Settings dialog asking again")
    give_keyboard(desk, "Connection Settings")
    reason = wait_for(lambda: next((n for n in walk(dialog) if n.get_role() == Atspi.Role.LABEL
                                    and "keychain" in (name(n) + text_of(n)).lower()), None) or "none",
                      "the dialog to be read", timeout=5)
    check(reason != "none", "the Settings dialog says why it asks for the API key again")
    try:
        field = wait_for(lambda: (lambda f: f if f and "API key" in name(f) else None)(focused(dialog)),
                         "the focus on the API key", timeout=5)
        check(True, f"the focus is on the empty API key field ({describe(field)})")
    except Fatal as e:
        check(False, f"the focus is on the empty API key field: {e} (focus: {describe(focused(dialog))})")
    # Cancel: the window opens Not connected, offering Settings… and the sandbox; closing it ends
    # the app normally.
    press("Escape")
    window = wait_for(lambda: next((w for w in children(app) if w.get_role() == Atspi.Role.FRAME
                                    and has(w, Atspi.StateType.SHOWING)), None), "the window after Cancel")
    wait_for(lambda: find(window, Atspi.Role.LABEL, r"^Not connected"), "the window to say Not connected")
    for button in (r"^Settings…$", r"^Try the sandbox$"):
        check(find(window, Atspi.Role.PUSH_BUTTON, button) is not None,
              f"the Not connected window offers a named {button.strip('^$')} button")
    give_keyboard(desk, "Bridge Desk")
    press("ctrl+q")
    wait_for(lambda: desk.poll() is not None, "bridge-desk to quit on Ctrl+Q after Cancel")
    check(desk.poll() == 0, f"bridge-desk exits with status 0 after Cancel and Ctrl+Q (it was {desk.poll()})")


def sandbox_session(desk):
    app = wait_for(lambda: application(desk.pid), "bridge-desk on the AT-SPI bus")
    main_window = wait_for(lambda: next((w for w in children(app) if w.get_role() == Atspi.Role.FRAME
                                         and has(w, Atspi.StateType.SHOWING)), None), "the main window")
    log(f"main window: {describe(main_window)}")

    # The pager, read as a screen reader reads it.
    # The pager: the label whose name starts with "Page"; a screen reader must hear the position.
    pager = wait_for(lambda: find(main_window, Atspi.Role.LABEL, r"^Page\b"), "the pager label")
    try:
        wait_for(lambda: re.fullmatch(r"Page 1 of \d+ · \d+ conversations", name(pager)),
                 "the pager's accessible name to say the position", timeout=10)
        check(True, f"the pager's accessible name is its position ('{name(pager)}')")
    except Fatal:
        check(False, f"the pager's accessible name is its position (it is '{name(pager)}')")
    status_bar = find(main_window, Atspi.Role.STATUS_BAR)
    status_texts = [name(n) or text_of(n) for n in walk(status_bar)] if status_bar else []
    check(status_bar is not None and any(t.strip() for t in status_texts),
          f"the status bar is readable ({[t for t in status_texts if t]})")
    check_names(main_window, "main window")

    give_keyboard(desk, "Bridge Desk")
    wait_for(lambda: has(main_window, Atspi.StateType.ACTIVE), "the main window to be active")

    # New Conversation by keyboard alone.
    press("ctrl+n")
    dialog = wait_for(lambda: top_level(app, r"^New Conversation"), "the New Conversation dialog")
    first = wait_for(lambda: (lambda f: f if f and name(f) == "Customer 1" else None)(focused(dialog)),
                     "the focus on Customer 1", detail=lambda: f"focus on {describe(focused(dialog))}")
    check_names(dialog, "New Conversation")
    check_buddies(dialog, "New Conversation")
    check_tab_cycle(dialog, "New Conversation")

    # Mnemonics: Alt+N to the name, Alt+U back to the first customer; what is typed lands there.
    name_field = focus_moves(dialog, ["alt+n"], first, "Alt+N to focus Name")
    check(name(name_field) in ("Name", "Name:") or name_field.get_role() in (Atspi.Role.TEXT, Atspi.Role.ENTRY),
          f"Alt+N lands on the name field ({describe(name_field)})")
    try:
        customer = focus_moves(dialog, ["alt+u"], name_field, "Alt+U to focus the first customer")
        check(name(customer) == "Customer 1", f"Alt+U lands on Customer 1 ({describe(customer)})")
    except Fatal as e:
        check(False, f"Alt+U lands on Customer 1: {e}")
        customer = None
    email = "a11y.keyboard@example.com"
    if customer is not None and name(customer) == "Customer 1":
        type_text(email)
        wait_for(lambda: text_of(customer) == email, "the address in Customer 1")
        check_names(dialog, "New Conversation with a customer typed (clear buttons shown)")
        press("alt+n")
        wait_for(lambda: (lambda f: f and key(f) == key(name_field))(focused(dialog)), "the focus on Name")
        type_text("Typed by keyboard")
        wait_for(lambda: text_of(name_field) == "Typed by keyboard", "the name typed")
        press("Return")
        wait_for(lambda: top_level(app, r"^New Conversation") is None, "the dialog to close after Create")
        log("created by keyboard")

        # The dialog is gone; with no window manager nobody hands the keyboard back to the window.
        give_keyboard(desk, "Bridge Desk")
        wait_for(lambda: has(main_window, Atspi.StateType.ACTIVE), "the main window to be active again",
                 detail=lambda: f"bridge-desk exit status {desk.poll()}")
        search_by_keyboard(main_window)

        # The filter by keyboard: Alt+U to the customer, the address, Enter.
        press("alt+u")
        field = wait_for(lambda: (lambda f: f if f and name(f) == "Customer" else None)(focused(main_window)),
                         "Alt+U to focus the customer filter",
                         detail=lambda: f"focus on {describe(focused(main_window))}")
        type_text(email)
        wait_for(lambda: text_of(field) == email, "the address in the customer filter")
        check_names(main_window, "main window with a filter typed (clear buttons shown)")
        press("Return")
        wait_for(lambda: re.fullmatch(r"Page 1 of 1 · 1 conversation", name(pager)),
                 "the pager to say 'Page 1 of 1 · 1 conversation'")
        check(True, "the filter by keyboard finds the conversation created by keyboard (1 conversation)")
        palette_and_saved_views(desk, app, main_window, pager)
    else:
        press("Escape")
        wait_for(lambda: top_level(app, r"^New Conversation") is None, "the dialog to close on Escape")

    check(desk.poll() is None, "bridge-desk is still running")


def search_by_keyboard(main_window):
    """Ctrl+F to the search over the local store, a piece of a name typed, the line saying what was
    searched, Escape back to the list."""
    press("ctrl+f")
    box = wait_for(lambda: (lambda f: f if f and name(f) == "Search cached conversations" else None)(
        focused(main_window)), "Ctrl+F to focus the search box", detail=lambda: f"focus on {describe(focused(main_window))}")
    type_text("typed by KEY")
    wait_for(lambda: text_of(box) == "typed by KEY", "the words in the search box")
    line = wait_for(lambda: find(main_window, Atspi.Role.LABEL, r"\bconversations?\b.*\b(cached|offline copy)\b"),
                    "the line saying what the search looked through")
    check(re.match(r"^1 ", name(line)) is not None, f"the search finds the conversation typed by keyboard ('{name(line)}')")
    check_names(main_window, "main window with search results")
    press("Escape")
    wait_for(lambda: text_of(box) == "", "Escape to clear the search")


def palette_and_saved_views(desk, app, main_window, pager):
    """Ctrl+K: the command palette runs Refresh and says when nothing matches; Ctrl+D saves the view,
    the Saved views list names it, Ctrl+1 opens it again."""
    press("ctrl+k")
    palette = wait_for(lambda: find(app, None, r"^Command palette$"), "Ctrl+K to open the command palette",
                       detail=lambda: f"windows {[describe(w) for w in children(app)]}, focus on {describe(focused(main_window))}")
    # Qt also marks the list's current row focused; the field is what takes the keys.
    command = wait_for(lambda: next((n for n in walk(palette) if name(n) == "Command" and has(n, Atspi.StateType.FOCUSED)), None),
                       "the focus in the palette's Command field",
                       detail=lambda: f"palette {describe(palette)} active {has(palette, Atspi.StateType.ACTIVE)}, focus on {describe(focused(palette))}")
    type_text("zzzz")
    wait_for(lambda: find(palette, Atspi.Role.LABEL, r"^Nothing matches\.$"), "the palette to say Nothing matches.")
    press("Escape")
    wait_for(lambda: not has(palette, Atspi.StateType.SHOWING), "Escape to close the palette")
    press("ctrl+k")
    wait_for(lambda: has(palette, Atspi.StateType.SHOWING) and next((n for n in walk(palette) if name(n) == "Command" and has(n, Atspi.StateType.FOCUSED)), None),
             "Ctrl+K to open the palette again")
    type_text("refr")
    listed = wait_for(lambda: find(palette, Atspi.Role.LIST_ITEM, r"^Refresh\b"), "Refresh offered for 'refr'")
    check("F5" in name(listed), f"the palette shows Refresh with its shortcut ('{name(listed)}')")
    press("Return")
    wait_for(lambda: not has(palette, Atspi.StateType.SHOWING), "Enter to run Refresh and close the palette")

    press("ctrl+d")
    dialog = wait_for(lambda: top_level(app, r"^Save Current View"), "Ctrl+D to open Save Current View")
    wait_for(lambda: (lambda f: f if f and name(f) == "View name" else None)(focused(dialog)), "the focus on View name")
    check_names(dialog, "Save Current View")
    type_text("Typed by keyboard")
    press("Return")
    wait_for(lambda: top_level(app, r"^Save Current View") is None, "the dialog to close after Enter")
    give_keyboard(desk, "Bridge Desk")
    views = wait_for(lambda: find(main_window, Atspi.Role.LIST, r"^Saved views$"), "the Saved views list")
    item = wait_for(lambda: find(views, Atspi.Role.LIST_ITEM, r"^Typed by keyboard"), "the saved view in the list")
    check(True, f"the saved view is listed ('{name(item)}')")
    press("ctrl+1")
    wait_for(lambda: re.fullmatch(r"Page 1 of 1 · 1 conversation", name(pager)), "Ctrl+1 to open the saved view")
    check(True, "Ctrl+1 opens the first saved view")


def click(node):
    """A mouse click in the middle of node, where the screen shows it."""
    extents = Atspi.Component.get_extents(node, Atspi.CoordType.SCREEN)
    subprocess.run(["xdotool", "mousemove", "--sync", str(extents.x + extents.width // 2),
                    str(extents.y + extents.height // 2), "click", "1"], check=True)


def connect_session(desk):
    """The Connect sandbox: the cursored pager read aloud, the five status filters named, and a
    conversation's people and status changed by keyboard from the details pane."""
    app = wait_for(lambda: application(desk.pid), "bridge-desk --sandbox=connect on the AT-SPI bus")
    main_window = wait_for(lambda: next((w for w in children(app) if w.get_role() == Atspi.Role.FRAME
                                         and has(w, Atspi.StateType.SHOWING)), None), "the Connect window")
    pager = wait_for(lambda: find(main_window, Atspi.Role.LABEL, r"^Page\b"), "the pager label")
    try:
        wait_for(lambda: name(pager) == "Page 1 · 20 conversations · more",
                 "the pager to say 'Page 1 · 20 conversations · more'", timeout=10)
        check(True, f"the cursored pager's accessible name says the page and that more follow ('{name(pager)}')")
    except Fatal:
        check(False, f"the cursored pager's accessible name (it is '{name(pager)}')")
    statuses = [name(n) for n in walk(main_window) if name(n).startswith("Status: ")
                and n.get_role() in (Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON, Atspi.Role.CHECK_BOX)
                and has(n, Atspi.StateType.SHOWING)]
    check(len(statuses) == 6 and "Status: Not assigned to a human" in statuses,
          f"All and Connect's five statuses as named filter buttons ({statuses})")
    check(find(main_window, Atspi.Role.PUSH_BUTTON, r"^Last Page$") is None
          or not has(find(main_window, Atspi.Role.PUSH_BUTTON, r"^Last Page$"), Atspi.StateType.SHOWING),
          "no Last Page button on a cursored list")

    give_keyboard(desk, "Bridge Desk")
    wait_for(lambda: has(main_window, Atspi.StateType.ACTIVE), "the Connect window to be active")
    table = wait_for(lambda: find(main_window, Atspi.Role.TABLE, r"^Conversations$"), "the table")
    cell = wait_for(lambda: next((c for c in walk(table, into_tables=True) if c.get_role() == Atspi.Role.TABLE_CELL
                                  and has(c, Atspi.StateType.SHOWING)), None), "a cell of the first row")
    click(cell)
    add_agent = wait_for(lambda: (lambda b: b if b and has(b, Atspi.StateType.SHOWING) else None)(
        find(main_window, Atspi.Role.PUSH_BUTTON, r"^Add agent")), "the details pane's Add agent button")
    check_names(main_window, "Connect window with a conversation picked")
    removes = [name(n) for n in walk(main_window) if name(n).startswith("Remove ") and has(n, Atspi.StateType.SHOWING)]
    check(bool(removes), f"each person has a named Remove button ({removes})")

    # Alt+S: Set status…, its choices by their own mnemonics; Escape sets nothing.
    press("alt+s")
    dialog = wait_for(lambda: top_level(app, r"^Set Status"), "Alt+S to open Set Status")
    # A dialog opened from the active window gets the keyboard itself (as New Conversation does).
    check_names(dialog, "Set Status")
    check_tab_cycle(dialog, "Set Status")
    press("alt+b")
    blocked = wait_for(lambda: (lambda r: r if r and has(r, Atspi.StateType.CHECKED) else None)(
        find(dialog, Atspi.Role.RADIO_BUTTON, r"^Blocked")), "Alt+B to choose Blocked", timeout=5)
    check(True, f"Alt+B chooses {describe(blocked)}")
    press("Escape")
    wait_for(lambda: top_level(app, r"^Set Status") is None, "Set Status to close on Escape")

    # Alt+E: Add agent…, typed and added by keyboard; the pane then lists the agent. (The dialog is
    # gone; with no window manager nobody hands the keyboard back to the window.)
    give_keyboard(desk, "Bridge Desk")
    wait_for(lambda: has(main_window, Atspi.StateType.ACTIVE), "the Connect window to be active again")
    press("alt+e")
    dialog = wait_for(lambda: top_level(app, r"^Add Agent"), "Alt+E to open Add Agent")
    field = wait_for(lambda: (lambda f: f if f and f.get_role() in (Atspi.Role.ENTRY, Atspi.Role.TEXT) else None)(
        focused(dialog)), "the focus in the agent's identifier")
    check_names(dialog, "Add Agent")
    check_buddies(dialog, "Add Agent")
    agent = "a11y.agent@example.com"
    type_text(agent)
    wait_for(lambda: text_of(field) == agent, "the agent typed")
    press("Return")
    wait_for(lambda: top_level(app, r"^Add Agent") is None, "Add Agent to close on Return")
    wait_for(lambda: find(main_window, Atspi.Role.PUSH_BUTTON, "^Remove " + re.escape(agent) + "$"),
             "the details pane to list the agent added, with its Remove button")
    check(True, "an agent added by keyboard alone shows in the details pane")
    check(desk.poll() is None, "bridge-desk --sandbox=connect is still running")


if __name__ == "__main__":
    try:
        main()
    except Fatal as e:
        FAILURES.append(str(e))
        log(f"FAIL {e}")
    log(f"{len(FAILURES)} failure(s) in {time.monotonic() - STARTED:.1f} s")
    sys.exit(1 if FAILURES else 0)
