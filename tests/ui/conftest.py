import pytest
from PySide6.QtWidgets import QMessageBox

from fieldkit import demo


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that runs the app (ui.app.main) installs the language the workspace asks for: the next test starts in
    English again, whatever this one left."""
    yield
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    if QApplication.instance() is not None:
        i18n.install(QApplication.instance(), "en")


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record message boxes instead of blocking on them."""
    shown = Shown()

    def record(kind, answer=None):
        def f(parent, title, text, *a, **k):
            shown.append((kind, title, text))
            return answer

        return f

    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))

    def plain(box):  # ui.widgets' plain-text boxes: recorded the same way, answered with their default button
        from ui.widgets import _KINDS

        shown.append((_KINDS.get(box.icon(), "question"), box.windowTitle(), box.text()))
        shown.formats.append(box.textFormat())
        return shown.replies.get(box.windowTitle(), box.standardButton(box.defaultButton()))

    monkeypatch.setattr("ui.widgets._run_box", plain)
    return shown


class Shown(list):
    """The message boxes shown, as (kind, title, text); ``formats``: the text format of each plain box;
    ``replies``: the button to answer a plain box with, by its title (else its default button)."""

    def __init__(self):
        super().__init__()
        self.formats = []
        self.replies = {}


@pytest.fixture
def demo_ws(ws):
    ws.settings.set("user_name", "Tester")
    demo.fill(ws, incidents=150, seed=3)
    return ws


@pytest.fixture
def window(qtbot, demo_ws, no_dialogs):
    from ui.main_window import MainWindow

    win = MainWindow(demo_ws, "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()  # before the workspace closes: editors flush their autosave into it


@pytest.fixture
def ws(tmp_path, clock):
    """The workspace, closed only once every job the UI started on it has ended (ui.ops)."""
    from tests.workspaces import Workspace
    from ui import ops

    w = Workspace(tmp_path / "ws", clock=clock)
    yield w
    ops.wait_all()
    w.close()


@pytest.fixture
def wait_for_jobs(qtbot):
    """Wait (the event loop running) until every job started through ui.ops has delivered its result."""
    from ui import ops

    def wait(timeout=30000):
        qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)

    return wait
