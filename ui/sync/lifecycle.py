"""Keys over time in the Sync view: a key's fingerprint in words, groups and a QR code to compare out of band;
HQ's config bundles and receipts; HQ's revocations and this device's new keys."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from fieldkit.sync import lifecycle
from fieldkit.text import one_line

from .. import ops


def how_trusted(checked: str | None) -> str:
    """How a key came to be trusted, in words (the trusted-keys list, the fingerprint dialog)."""
    if checked == "first-use":
        return QCoreApplication.translate("KeyTrust", "trusted on first use, fingerprint not checked")
    if checked == "fingerprint":
        return QCoreApplication.translate("KeyTrust", "fingerprint checked")
    if checked == "hq":
        return QCoreApplication.translate("KeyTrust", "listed by HQ")
    return ""


class FingerprintDialog(QDialog):
    """A key's fingerprint to read aloud (twelve words, eight groups) or show (a QR code holding the key); for a
    trusted key not checked yet, a button records that it was compared."""

    def __init__(self, ws, identity: dict, parent=None, *, own: bool = False):
        super().__init__(parent)
        self.ws = ws
        self.identity = identity
        card = lifecycle.fingerprint_card(identity)
        self.setWindowTitle(self.tr("This device's key") if own else self.tr("Compare a key's fingerprint"))
        lay = QVBoxLayout(self)
        who = QLabel(
            self.tr("Device: {label}\nDevice id: {device_id}").format(
                label=one_line(card["label"], 60) or "—", device_id=card["device_id"]
            )
        )
        who.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(who)
        intro = QLabel(
            self.tr(
                "Read these words to the key's owner (by phone or in person), or let them scan the code: "
                "they must see the same on their screen. The name proves nothing."
            )
            if not own
            else self.tr(
                "Read these words to HQ or a colleague, or let them scan the code, so they can check your key."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        grid = QGridLayout()
        big = QFont()
        big.setPointSize(big.pointSize() + 3)
        self.word_labels = []
        for i, w in enumerate(card["words"]):
            n = QLabel(f"{i + 1}.")
            word = QLabel(w)
            word.setTextFormat(Qt.TextFormat.PlainText)
            word.setFont(big)
            word.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.word_labels.append(word)
            grid.addWidget(n, i % 6, (i // 6) * 2)
            grid.addWidget(word, i % 6, (i // 6) * 2 + 1)
        row.addLayout(grid)
        self.qr = QLabel()
        buf = io.BytesIO()
        lifecycle.qr_code(identity).save(buf, kind="png", scale=5, border=2)
        pix = QPixmap()
        pix.loadFromData(buf.getvalue(), "PNG")
        self.qr.setPixmap(pix)
        self.qr.setToolTip(self.tr("The code holds the device id and both public keys."))
        row.addWidget(self.qr)
        lay.addLayout(row)
        groups = QLabel(self.tr("Fingerprint: {fp}").format(fp=card["fingerprint"]))
        groups.setFont(QFont("monospace"))
        groups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(groups)
        self.status = QLabel()
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.confirm_button = QPushButton(self.tr("Fingerprint checked"))
        self.confirm_button.setToolTip(self.tr("The owner read the same words: record that this key was checked."))
        self.confirm_button.clicked.connect(self.confirm)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay.addWidget(buttons)
        self._show_status(None if own else identity.get("checked"))

    def _show_status(self, checked):
        self.confirm_button.setVisible(checked in ("first-use", "hq"))
        self.status.setText(self.tr("Trusted here: {how}").format(how=how_trusted(checked)) if checked else "")

    def confirm(self):
        k = ops.do(self, lambda: self.ws.trust.confirm(self.identity["sign"]))
        self._show_status(k["checked"])
