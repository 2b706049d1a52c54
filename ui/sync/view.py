"""The Sync job: bundles to and from a USB stick (export, import with preview then report),
conflicts resolved field by field, trusted keys, missing-bundle warnings, and CSV/GeoJSON/KML exports."""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit import demo, exports, paths
from fieldkit.changes import BUNDLES, CONFLICTS, SETTINGS, TRUST
from fieldkit.errors import (
    BundleDamaged,
    BundleNeedsPassphrase,
    BundleSignerKeyChanged,
    BundleUntrustedSigner,
    BundleWrongPassphrase,
    FieldkitError,
)
from fieldkit.hq.store import publish_after_import
from fieldkit.incidents.fields import value_text
from fieldkit.sync import bundle, keys
from fieldkit.sync import config as configs
from fieldkit.text import one_line

from .. import ops
from ..errors import show_error
from ..i18n import core_message, field_name
from ..widgets import WheelSafeComboBox, ask, choose, ok_cancel, tell
from .lifecycle import FingerprintDialog, how_trusted


class _Blanks(dict):
    def __missing__(self, key):
        return "…"


PLAIN = "plain"  # the recipient choice "nobody and no passphrase": an explicit plain bundle


class ConflictDialog(QDialog):
    """Both versions side by side, field by field; the user picks a side per field."""

    def __init__(self, ws, conflict, parent=None):
        super().__init__(parent)
        self.ws, self.conflict = ws, conflict
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.resize(960, 600)
        lay = QVBoxLayout(self)
        names = ws.trust.device_names()
        self.device = names.get(conflict["remote_device"]) or conflict["remote_device"][:8]
        mine = ws.incidents.versions(conflict["record_id"])[-1]
        theirs = conflict["remote_versions"][-1]
        self.their_reason = one_line(theirs.get("reason"), 200)
        intro = QLabel(
            self.tr(
                "This incident was changed here and on {dev}. Nothing has been lost: choose, field by field, which "
                "value to keep. The result is saved as a new version.\n\n"
                "Here: {mine_when}, by {mine_who}: “{mine_why}”\n{dev}: {their_when}, by {their_who}: “{their_why}”"
            ).format(
                dev=self.device,
                mine_when=mine["created_at"][:16].replace("T", " "),
                mine_who=one_line(mine["author"], 60) or "—",
                mine_why=one_line(mine["reason"], 200) or "—",
                their_when=str(theirs.get("created_at", ""))[:16].replace("T", " "),
                their_who=one_line(theirs.get("author"), 60) or "—",
                their_why=self.their_reason or "—",
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        rows = bundle.conflict_fields(ws, conflict)
        self.rows = [r for r in rows if r["differs"]] + [r for r in rows if not r["differs"]]  # what differs first
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Keep"), self.tr("Here"), self.tr("On {dev}").format(dev=self.device)]
        )
        self.choice: dict[str, QComboBox] = {}
        for i, r in enumerate(self.rows):
            self.table.setItem(i, 0, QTableWidgetItem(field_name(r["field"])))
            for j, key in ((2, "local"), (3, "remote")):
                lang = getattr(parent, "lang", "en")
                item = QTableWidgetItem(value_text(r["field"], r[key], 80, ws.vocab, lang))
                item.setToolTip(value_text(r["field"], r[key], 2000, ws.vocab, lang))
                if r["differs"]:
                    item.setBackground(Qt.GlobalColor.yellow)
                else:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
            c = WheelSafeComboBox()
            c.addItem(self.tr("Here"), "local")
            c.addItem(self.tr("Other device"), "remote")
            c.setEnabled(r["differs"])
            self.table.setCellWidget(i, 1, c)
            self.choice[r["field"]] = c
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in (2, 3):  # both sides share the room left: no scrolling sideways to read the other one
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (optional)"))
        lay.addWidget(self.reason)
        lay.addWidget(ok_cancel(self, self.resolve))

    def resolve(self):
        choices = {f: c.currentData() for f, c in self.choice.items()}
        # the history keeps what the other side said of its edit, whichever values were kept
        why = self.reason.text().strip() or self.tr("Resolved a conflict with {dev}").format(dev=self.device)
        if self.their_reason:
            why += " " + self.tr("(their edit: “{why}”)").format(why=self.their_reason)
        try:
            ops.do(self, lambda: bundle.resolve_conflict(self.ws, self.conflict["id"], choices, reason=why))
        except FieldkitError as e:
            show_error(self, e)
            return
        self.accept()


class SyncView(QWidget):
    def __init__(self, ws, lang="en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        root = QVBoxLayout(self)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background:#fff3bf; padding:6px;")
        root.addWidget(self.warning)
        tabs = QTabWidget()
        root.addWidget(tabs, 1)

        # --- bundles -------------------------------------------------------------------------
        b = QWidget()
        bl = QVBoxLayout(b)
        exp = QGroupBox(self.tr("Send: export a bundle to a USB stick"))
        el = QVBoxLayout(exp)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Encrypt for")))
        self.recipient = QComboBox()
        self.recipient_chosen = False  # set once the user picks one: a refresh then keeps that choice
        self.recipient.activated.connect(lambda _: setattr(self, "recipient_chosen", True))
        row.addWidget(self.recipient, 1)
        el.addLayout(row)
        self.incremental = QCheckBox(self.tr("Only what changed since the last bundle for this destination"))
        self.incremental.setChecked(True)
        self.use_passphrase = QCheckBox(self.tr("Also protect with a passphrase"))
        self.include_sensitive = QCheckBox(self.tr("Include incidents marked sensitive"))
        self.include_demo = QCheckBox(self.tr("Include demo data ([DEMO] records; left out otherwise)"))
        for w in (self.incremental, self.use_passphrase, self.include_sensitive, self.include_demo):
            el.addWidget(w)
        self.export_button = QPushButton(self.tr("Export bundle…"))
        self.export_button.clicked.connect(lambda: self.export_bundle())
        el.addWidget(self.export_button)
        self.confirmed = QLabel()  # what HQ's receipts confirmed, per destination
        self.confirmed.setWordWrap(True)
        self.confirmed.setTextFormat(Qt.TextFormat.PlainText)
        el.addWidget(self.confirmed)
        bl.addWidget(exp)
        imp = QGroupBox(self.tr("Receive: import bundles"))
        il = QVBoxLayout(imp)
        il.addWidget(
            QLabel(
                self.tr(
                    "Every bundle is checked (signature, hashes, format) before anything changes. A damaged or "
                    "altered bundle is refused and nothing changes."
                )
            )
        )
        self.import_button = QPushButton(self.tr("Import bundle…"))
        self.import_button.clicked.connect(self.import_dialog)
        il.addWidget(self.import_button)
        self.report = QTextBrowser()
        il.addWidget(self.report, 1)
        bl.addWidget(imp, 1)
        tabs.addTab(b, self.tr("Bundles"))

        # --- conflicts -----------------------------------------------------------------------
        c = QWidget()
        cl = QVBoxLayout(c)
        self.conflicts = QListWidget()
        self.conflicts.itemActivated.connect(self.open_conflict)
        cl.addWidget(self.conflicts, 1)
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.clicked.connect(lambda: self.open_conflict(self.conflicts.currentItem()))
        cl.addWidget(self.resolve_button)
        tabs.addTab(c, self.tr("Conflicts"))
        self.tabs = tabs

        # --- keys ----------------------------------------------------------------------------
        k = QWidget()
        kl = QVBoxLayout(k)
        self.my_key = QLabel()
        self.my_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kl.addWidget(self.my_key)
        row = QHBoxLayout()
        for label, slot in (
            (self.tr("Save my public key…"), self.save_my_key),
            (self.tr("Trust a key file…"), self.trust_key),
            (self.tr("Fingerprint…"), self.show_fingerprint),
            (self.tr("Remove"), self.remove_key),
        ):
            btn = QPushButton(label)
            btn.clicked.connect(slot)
            row.addWidget(btn)
        row.addStretch()
        kl.addLayout(row)
        self.keys = QListWidget()
        self.keys.itemActivated.connect(lambda _: self.show_fingerprint())
        kl.addWidget(self.keys, 1)
        fromhq = QGroupBox(self.tr("From HQ"))
        row = QHBoxLayout(fromhq)
        for label, slot in (
            (self.tr("Import config…"), self.import_config),
            (self.tr("Import receipt…"), self.import_receipt),
            (self.tr("New keys for this device…"), self.rotate_keys),
        ):
            btn = QPushButton(label)
            btn.clicked.connect(slot)
            row.addWidget(btn)
        row.addStretch()
        kl.addWidget(fromhq)
        athq = QGroupBox(self.tr("At HQ: for the field devices"))
        row = QHBoxLayout(athq)
        for label, slot in (
            (self.tr("Export config bundle…"), self.export_config),
            (self.tr("Write receipt…"), self.write_receipt),
            (self.tr("Revoke key…"), self.revoke_key),
        ):
            btn = QPushButton(label)
            btn.clicked.connect(slot)
            row.addWidget(btn)
        row.addStretch()
        kl.addWidget(athq)
        tabs.addTab(k, self.tr("Trusted keys"))

        # --- log -----------------------------------------------------------------------------
        self.log = QTextBrowser()
        tabs.addTab(self.log, self.tr("Import log"))

        # --- files for other tools -----------------------------------------------------------
        f = QWidget()
        fl = QVBoxLayout(f)
        fl.addWidget(QLabel(self.tr("Write incidents (not those in the trash) for spreadsheets and GIS.")))
        self.sensitive = QCheckBox(self.tr("Include incidents marked sensitive"))
        fl.addWidget(self.sensitive)
        row = QHBoxLayout()
        for fmt, label in (
            ("csv", self.tr("CSV (spreadsheet)…")),
            ("geojson", self.tr("GeoJSON (GIS)…")),
            ("kml", self.tr("KML (Google Earth)…")),
        ):
            btn = QPushButton(label)
            btn.clicked.connect(lambda _=False, x=fmt: self.export(x))
            row.addWidget(btn)
        row.addStretch()
        fl.addLayout(row)
        self.result = QLabel()
        fl.addWidget(self.result)
        fl.addStretch()
        tabs.addTab(f, self.tr("CSV / GeoJSON / KML"))
        self.refresh()

    # ---- state ----------------------------------------------------------------------------
    def on_changes(self, changes):
        """Keys, conflicts, the bundle logs or the device's settings changed: everything shown here is read again."""
        if changes.touches(TRUST, CONFLICTS, BUNDLES, SETTINGS):
            self.refresh()

    def refresh(self):
        ident = keys.public_identity(self.ws)
        self.my_key.setText(
            self.tr(
                "This device: {label}\nKey fingerprint: {fp}\n(read it to HQ or a colleague to confirm your key)"
            ).format(label=ident["label"] or ident["device_id"], fp=ident["fingerprint"])
        )
        self.include_demo.setVisible(demo.present(self.ws))
        kept = configs.policy(self.ws)["sensitive_may_leave"] is False  # HQ's policy keeps them on this device
        self.include_sensitive.setEnabled(not kept)
        if kept:
            self.include_sensitive.setChecked(False)
        self.include_sensitive.setToolTip(
            self.tr("HQ's policy keeps incidents marked sensitive on this device.") if kept else ""
        )
        chosen = self.recipient.currentData() if self.recipient_chosen else None
        self.recipient.clear()
        hq = self.ws.trust.hq()
        if hq:
            self.recipient.addItem(self.tr("HQ: {label}").format(label=hq["label"] or hq["device_id"][:8]), hq["sign"])
        for kk in self.ws.trust.list():
            if kk["role"] != "hq":
                self.recipient.addItem(kk["label"] or kk["device_id"][:8], kk["sign"])
        self.recipient.addItem(self.tr("Nobody: protect with a passphrase only"), "")
        self.recipient.addItem(self.tr("Nobody and no passphrase: readable by anyone (not recommended)"), PLAIN)
        # the user's pick survives a refresh; else the core's policy, the one the CLI follows
        at = self.recipient.findData(chosen) if chosen is not None else -1
        if at < 0:
            default = bundle.default_recipients(self.ws)
            at = self.recipient.findData(default[0]["sign"] if default else "")
        self.recipient.setCurrentIndex(max(at, 0))
        self.keys.clear()
        revoked = self.ws.revocations.by_key()
        for kk in self.ws.trust.list():
            item = QListWidgetItem(
                self.tr("{fp}    {role}    {label}    device {device}    trusted since {when} ({how})").format(
                    fp=kk["fingerprint"],
                    role=self.tr("HQ") if kk["role"] == "hq" else self.tr("Colleague"),
                    label=one_line(kk["label"], 40) or "—",
                    device=kk["device_id"][:8],
                    when=(kk.get("added_at") or "")[:10],
                    how=how_trusted(kk["checked"]),
                )
                + (
                    "    " + self.tr("REVOKED from {when}").format(when=revoked[kk["sign"]]["from_time"][:16])
                    if kk["sign"] in revoked
                    else ""
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, kk["sign"])
            self.keys.addItem(item)
        if not self.keys.count():
            empty = QListWidgetItem(
                self.tr("No trusted keys yet: trust a colleague's or HQ's key file, or accept a bundle's signer.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.keys.addItem(empty)
        names = self.ws.trust.device_names()
        self.conflicts.clear()
        for c in bundle.list_conflicts(self.ws):
            title = ""
            if c["record_type"] == "incident":
                try:
                    title = self.ws.incidents.get(c["record_id"])["title"]
                except FieldkitError:
                    pass
            if c.get("kind") == "deletion":
                text = self.tr("{kind} “{title}” — deleted on {dev}; kept in the trash for review").format(
                    kind=c["record_type"],
                    title=one_line(title),
                    dev=names.get(c["remote_device"], c["remote_device"][:8]),
                )
            else:
                text = self.tr("{kind} “{title}” — changed here and on {dev}").format(
                    kind=c["record_type"],
                    title=one_line(title),
                    dev=names.get(c["remote_device"], c["remote_device"][:8]),
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.conflicts.addItem(item)
        self.tabs.setTabText(1, self.tr("Conflicts ({n})").format(n=self.conflicts.count()))
        lines = []
        for st in self.ws.receipts.status():
            dest = names.get(st["destination"], st["destination"][:8])
            if st["confirmed_at"]:
                lines.append(
                    self.tr(
                        "To {dest}: HQ confirmed bundles up to number {n} of {last} (receipt of {when}); "
                        "{k} incident(s) changed since are, as far as HQ has said, only on this laptop."
                    ).format(
                        dest=dest,
                        n=st["confirmed_sequence"],
                        last=st["last_sequence"],
                        when=st["confirmed_at"][:16].replace("T", " "),
                        k=st["incidents_not_confirmed"],
                    )
                )
            else:
                lines.append(
                    self.tr("To {dest}: {last} bundle(s) made, none confirmed by a receipt yet.").format(
                        dest=dest, last=st["last_sequence"]
                    )
                )
        self.confirmed.setText("\n".join(lines))
        self.confirmed.setVisible(bool(lines))
        self._refresh_log()
        missing = bundle.missing_bundles(self.ws)
        if missing:
            parts = [
                self.tr("from {src}: number(s) {nums}").format(src=k.split("→")[0][:8], nums=", ".join(map(str, v)))
                for k, v in missing.items()
            ]
            self.warning.setText(self.tr("Missing bundles — never imported here: ") + "; ".join(parts))
            self.warning.show()
        else:
            self.warning.hide()

    def _refresh_log(self) -> None:
        """Imports and refused imports, newest first."""
        rows = []
        for r in bundle.refused_imports(self.ws)[:50]:
            why = QCoreApplication.translate("core", r.get("template") or "")
            try:  # the sentence without the bundle's own words: "…" where they stood
                why = why.format_map(_Blanks())
            except (ValueError, IndexError):
                pass
            rows.append(
                (
                    r.get("at", ""),
                    f"<tr style='color:#c92a2a'><td>{html.escape(r.get('at', '')[:16].replace('T', ' '))}</td>"
                    f"<td>{html.escape(self.tr('Refused'))}</td>"
                    f"<td>{html.escape((r.get('bundle_sha256') or '')[:12])}</td><td>{html.escape(why)}</td></tr>",
                )
            )
        for r in bundle.import_log(self.ws):
            rep = r["report"]
            rows.append(
                (
                    r["imported_at"],
                    f"<tr><td>{html.escape(r['imported_at'][:16].replace('T', ' '))}</td>"
                    f"<td>{html.escape(one_line(r['device_label'], 40) or r['device_id'][:8])}</td>"
                    f"<td>#{r['sequence']}</td>"
                    f"<td>{rep['added']} / {rep['updated']} / {rep['unchanged']} / {rep['conflicts']} / "
                    f"{rep.get('deletions_for_review', 0)} / {len(rep['rejected'])}</td></tr>",
                )
            )
        rows.sort(key=lambda r: r[0], reverse=True)
        head = (
            self.tr("Imported (UTC)"),
            self.tr("From"),
            self.tr("Bundle"),
            self.tr("added / updated / unchanged / conflicts / held for review / rejected"),
        )
        self.log.setHtml(
            "<table cellspacing=6><tr>"
            + "".join(f"<th align=left>{html.escape(h)}</th>" for h in head)
            + "</tr>"
            + "".join(row for _, row in rows)
            + "</table>"
        )

    # ---- actions --------------------------------------------------------------------------
    def _new_passphrase(self) -> str | None:
        """A passphrase for a bundle made here: typed twice (a typo would make the bundle unreadable), at least
        ``MIN_PASSPHRASE`` characters."""
        while True:
            first = self._ask_passphrase(
                self.tr("Protect the bundle"),
                self.tr("Passphrase (at least {n} characters; tell it to the receiver another way):").format(
                    n=bundle.MIN_PASSPHRASE
                ),
            )
            if first is None:
                return None
            if len(first) < bundle.MIN_PASSPHRASE:
                tell(
                    self,
                    self.tr("Protect the bundle"),
                    self.tr(
                        "A bundle passphrase needs at least {n} characters: a few words are easier to remember and "
                        "much harder to guess."
                    ).format(n=bundle.MIN_PASSPHRASE),
                    warning=True,
                )
                continue
            again = self._ask_passphrase(self.tr("Protect the bundle"), self.tr("The same passphrase again:"))
            if again is None:
                return None
            if again == first:
                return first
            tell(
                self, self.tr("Protect the bundle"), self.tr("The two passphrases differ. Type it again."), warning=True
            )

    def _ask_passphrase(self, title, label: str | None = None) -> str | None:
        text, ok = QInputDialog.getText(self, title, label or self.tr("Passphrase:"), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def export_bundle(self, path: str | None = None):
        if path is None:
            sign = self.recipient.currentData()
            to = self.ws.trust.get(sign) if sign and sign != PLAIN else None
            name = paths.suggested_name(
                "bundle",
                self.ws.settings.get("device_label") or self.ws.user_name or self.ws.device_id[:8],
                self.ws.clock.now(),
                "fkb",
                to=(to["label"] or "HQ") if to else "",
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export bundle"),
                str(paths.exchange_dir() / name),
                self.tr("FieldKit bundles (*.fkb)"),
            )
            if not path:
                return None
        sign = self.recipient.currentData()
        plain = sign == PLAIN and not self.use_passphrase.isChecked()  # with a passphrase it is not plain
        if plain and not ask(
            self,
            self.tr("A bundle anyone can read"),
            self.tr(
                "This bundle will not be encrypted: anyone who finds or copies the stick can read every incident in "
                "it, including names of sources and places. Write it anyway?"
            ),
            default_yes=False,
            warning=True,
        ):
            return None
        passphrase = None
        if self.use_passphrase.isChecked() or sign == "":
            passphrase = self._new_passphrase()
            if passphrase is None:
                self._show_not_imported(path, self.tr("No bundle was written."))
                return None
        key = self.ws.trust.get(sign) if sign and sign != PLAIN else None
        if sign and sign != PLAIN and key is None:  # removed (or no longer trusted) since the list was filled
            self.refresh()
            tell(
                self,
                self.tr("Export bundle"),
                self.tr("The recipient chosen is no longer trusted here: choose again."),
                warning=True,
            )
            return None
        to = [key] if key else []
        incremental, sensitive = self.incremental.isChecked(), self.include_sensitive.isChecked()
        with_demo = self.include_demo.isChecked() and not self.include_demo.isHidden()

        if to:
            how = self.tr("encrypted for {who}").format(who=one_line(to[0]["label"]) or to[0]["device_id"][:8])
            if passphrase:
                how += self.tr(" and with a passphrase")
        elif passphrase:
            how = self.tr("protected by a passphrase")
        else:
            how = self.tr("not encrypted: anyone can read it")

        def done(m, _changes):
            c = m["counts"]
            text = self.tr(
                "Bundle number {seq} written to {path} ({how}): {i} incidents, {a} assessments, {d} deletions, "
                "{f} attachments."
            ).format(
                seq=m["sequence"],
                path=path,
                how=how,
                i=c["incidents"],
                a=c["assessments"],
                d=c["tombstones"],
                f=c["attachments"],
            )
            if not (c["incidents"] or c["assessments"] or c["tombstones"]):
                text += " " + self.tr(
                    "Nothing changed since the last bundle for this destination: untick “Only what changed” to send "
                    "everything again."
                )
            self.report.setHtml("<p>" + html.escape(text) + "</p>")

        return ops.run(
            self,
            self.tr("Writing the bundle…"),
            lambda: bundle.export_bundle(
                self.ws,
                path,
                incremental=incremental,
                to_keys=to,
                passphrase=passphrase,
                include_sensitive=sensitive,
                encrypt_to_hq=False,
                plain=plain,
                include_demo=with_demo,
            ),
            done,
        )

    def import_dialog(self):
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import bundles"),
            str(paths.exchange_dir()),
            self.tr("FieldKit bundles (*.fkb);;All files (*)"),
        )
        for p in chosen:
            self.import_file(p)

    def import_file(self, path: str, passphrase: str | None = None):
        """Preview (what would change, who signed it), confirm, then import and show the report. Each step runs off
        the UI thread on this view's workspace (a large bundle takes seconds); the window keeps painting."""
        trust = replace_key = False
        ws = self.ws
        while True:
            try:
                vb = ops.run_and_wait(
                    self,
                    self.tr("Opening the bundle…"),
                    lambda pp=passphrase, t=trust, r=replace_key: bundle.read_bundle(
                        ws, path, passphrase=pp, trust=t, replace_key=r
                    ),
                )
                break
            except BundleNeedsPassphrase:
                passphrase = self._ask_passphrase(self.tr("Encrypted bundle"))
                if passphrase is None:
                    self._show_not_imported(
                        path, self.tr("Not imported: no passphrase was given. Nothing was changed.")
                    )
                    return None
            except BundleWrongPassphrase as e:
                passphrase = self._ask_passphrase(
                    self.tr("Wrong passphrase"), self.tr("That passphrase does not open the bundle. Try again:")
                )
                if passphrase is None:
                    self._show_refusal(path, e)
                    return None
            except BundleSignerKeyChanged as e:  # before its base class: a stranger posing as a known device
                if replace_key or not self._accept_new_key(e):
                    self._show_refusal(path, e)
                    return None
                trust = replace_key = True
            except BundleUntrustedSigner as e:
                if trust or not self._accept_signer(e):
                    self._show_not_imported(
                        path, self.tr("Not imported: the sender's key was not accepted. Nothing was changed.")
                    )
                    return None
                trust = True
            except FieldkitError as e:
                self._show_refusal(path, e)
                return None
        try:
            pre = ops.run_and_wait(self, self.tr("Checking the bundle…"), lambda: bundle.preview(ws, vb))
        except FieldkitError as e:
            self._show_refusal(path, e)
            return None
        m = vb.manifest
        summary = self.tr(
            "Bundle number {seq}, signed with key {fp}, from “{who}”, made {when}.\n\n"
            "Would add {a}, update {u}, leave {n} unchanged, "
            "keep {c} conflict(s), delete {d}, hold {h} deletion(s) for review, reject {r}."
        ).format(
            seq=m.get("sequence"),
            who=one_line(m.get("device_label")) or m["device_id"][:8],
            h=pre.get("deletions_for_review", 0),
            fp=vb.fingerprint,
            when=m.get("created_at", "")[:16].replace("T", " ") + " UTC",
            a=pre["added"],
            u=pre["updated"],
            n=pre["unchanged"],
            c=pre["conflicts"],
            d=pre["deleted"],
            r=len(pre["rejected"]),
        )
        if pre.get("deletions_for_review"):
            summary += "\n\n" + self.tr(
                "{n} deletion(s) of incidents changed or made here would be held for review: "
                "those incidents go to the trash, nothing is lost."
            ).format(n=pre["deletions_for_review"])
        if pre.get("format_version") == 1:
            summary += "\n\n" + self.tr(
                "This bundle was made by an older FieldKit (format 1): its versions are not signed by the devices "
                "that made them."
            )
        summary += "\n\n" + self.tr("Import it?")
        if not ask(self, self.tr("Import preview"), summary):
            self._show_not_imported(path, self.tr("Not imported: you chose not to. Nothing was changed."))
            return None
        try:  # what it changed goes to every view (ui.ops): the list, the map, the checklist, this view

            def work():
                rep = bundle.import_bundle(
                    ws, path, passphrase=passphrase, trust=trust, replace_key=replace_key, expect_sha256=vb.sha256
                )
                rep["hq_unpublished"] = publish_after_import(ws, [rep])  # an HQ database: what it merged goes there
                return rep

            rep = ops.run_and_wait(self, self.tr("Importing the bundle…"), work)
        except FieldkitError as e:
            self._show_refusal(path, e)
            return None
        self._show_report(path, rep)
        return rep

    def _accept_signer(self, e: BundleUntrustedSigner) -> bool:
        """The signer's name and key fingerprint, to be checked with its owner before the key is trusted."""
        p = e.params
        text = self.tr(
            "This bundle is signed by a device this workspace does not trust yet.\n\n"
            "Key fingerprint: {fp}\nIt calls itself: {label}\nDevice id: {device_id}\n\n"
            "Check the fingerprint with its owner (read it aloud by phone, for example); the name proves nothing. "
            "Accept this key and import?"
        ).format(
            fp=p.get("fp", ""),
            label=one_line(p.get("label")) or "—",
            device_id=one_line(p.get("device_id", ""), 36),
        )
        return ask(self, self.tr("Unknown sender"), text, default_yes=False)  # plain text: a label cannot fake it

    def _accept_new_key(self, e: BundleSignerKeyChanged) -> bool:
        """A loud warning, No by default: the bundle claims a device this workspace knows under another key."""
        p = e.params
        text = self.tr(
            "WARNING: this bundle is signed with a different key from the one this workspace trusts for the device "
            "it claims to be.\n\nKnown key: {known}\nThis bundle's key: {fp}\nDevice: {label}\n\nSomeone may be "
            "posing as that device. Accept the new key only if its owner tells you, by a way you trust, that the "
            "device has a new key. The old key will no longer be trusted. Accept the new key?"
        ).format(
            label=one_line(p.get("known_label") or p.get("label") or p.get("device_id", "")),
            known=p.get("known_fp", ""),
            fp=p.get("fp", ""),
        )
        known = next((k for k in self.ws.trust.list() if k["fingerprint"] == p.get("known_fp")), None)
        if known is not None and known["role"] == "hq":
            text += "\n\n" + self.tr(
                "The key being replaced is HQ's, the one bundles are encrypted to. The new key will be trusted as a "
                "colleague only: make it HQ's later (Trust a key file…) once HQ has confirmed it."
            )
        return ask(self, self.tr("The sender's key has changed"), text, default_yes=False, warning=True)

    def _show_not_imported(self, path, text: str) -> None:
        self.report.setHtml(f"<p><b>{html.escape(Path(path).name)}</b>: {html.escape(text)}</p>")

    def _show_refusal(self, path, e):
        bundle.note_refusal(self.ws, path, e)  # the import log remembers it (no user content)
        self._refresh_log()
        if isinstance(e, BundleSignerKeyChanged):
            advice = self.tr(
                "Nothing was changed. Ask the device's owner, by a way you trust, whether it has a new key; import "
                "again and accept it only if so."
            )
        elif isinstance(e, BundleDamaged):
            advice = self.tr(
                "Nothing was changed. The file is damaged or was altered: do not use it; ask the sender for a new "
                "one, and report it if it was not damaged in transit."
            )
        else:
            advice = self.tr("Nothing was changed.")
        self.report.setHtml(
            f"<p style='color:#c92a2a'><b>{html.escape(self.tr('Refused'))}</b> {html.escape(Path(path).name)}: "
            f"{html.escape(core_message(e))}</p><p>{html.escape(advice)}</p>"
        )

    def _show_report(self, path, rep):
        rejected = "".join(
            f"<li>{html.escape(r['kind'])} {html.escape(r['record'][:8])}: {html.escape(r['reason'])}</li>"
            for r in rep["rejected"]
        )
        extra = ""
        if rep.get("already_imported"):
            extra = f"<p>{html.escape(self.tr('This bundle had already been imported; nothing changed.'))}</p>"
        if rep.get("deletions_for_review"):
            held = self.tr("{n} deletion(s) held for review: see Conflicts.").format(n=rep["deletions_for_review"])
            extra += f"<p style='color:#e8590c'>{html.escape(held)}</p>"
        if rep.get("format_version") == 1:
            old = self.tr(
                "This bundle uses format 1 (an older FieldKit): its versions carry no signatures of the devices "
                "that made them. Only the sender's own versions and those of devices never met here were accepted; "
                "this device vouches for them."
            )
            extra += f"<p style='color:#e8590c'>{html.escape(old)}</p>"
        for n in rep.get("key_rotations") or []:
            note = self.tr(
                "{label} (device {device}) moved to a new key: fingerprint {new}, was {old}. The change is signed by "
                "its old key; the new key is trusted in its place."
            ).format(
                label=one_line(n["label"], 40) or "—",
                device=n["device_id"][:8],
                new=n["new_fingerprint"],
                old=n["old_fingerprint"],
            )
            extra += f"<p style='color:#1864ab'>{html.escape(note)}</p>"
        if rep.get("hq_unpublished") is not None:
            unpublished = self.tr(
                "Imported here, but not published to the HQ database: {reason} It goes there with the next import "
                "(or: fieldkit hq publish)."
            ).format(reason=core_message(rep["hq_unpublished"]))
            extra += f"<p style='color:#c92a2a'>{html.escape(unpublished)}</p>"
        if rep.get("missing_sequences"):
            missing = self.tr("Bundles {nums} from this device were never imported here.").format(
                nums=rep["missing_sequences"]
            )
            extra += f"<p style='color:#e8590c'>{html.escape(missing)}</p>"
        counts = self.tr(
            "Added {a}, updated {u}, unchanged {n}, conflicts {c}, deleted {d}, held for review {h}, rejected {r}."
        ).format(
            h=rep.get("deletions_for_review", 0),
            a=rep["added"],
            u=rep["updated"],
            n=rep["unchanged"],
            c=rep["conflicts"],
            d=rep["deleted"],
            r=len(rep["rejected"]),
        )
        self.report.setHtml(
            f"<h3>{html.escape(Path(path).name)}</h3><p>{html.escape(counts)}</p>{extra}<ul>{rejected}</ul>"
        )

    def open_conflict(self, item):
        if item is None:
            return
        c = item.data(Qt.ItemDataRole.UserRole)
        if c.get("kind") == "deletion":
            self._review_deletion(c)
            return
        if c["record_type"] == "incident":
            ConflictDialog(self.ws, c, self).exec()  # its resolution reaches every view (ui.ops)
            return
        keep = (
            "remote"
            if ask(
                self,
                self.tr("Assessment conflict"),
                self.tr("Keep the answers of the other device? (No keeps the answers here.)"),
                default_yes=False,
            )
            else "local"
        )
        try:
            ops.do(self, lambda: bundle.resolve_conflict(self.ws, c["id"], keep))
        except FieldkitError as e:
            show_error(self, e)

    def _review_deletion(self, c):
        """Another device deleted an incident changed or made here: it waits in the trash until the user decides."""
        t = c["remote_versions"][-1]
        why = one_line(t.get("reason"), 200) or self.tr("no reason given")
        names = self.ws.trust.device_names()
        try:
            title = one_line(self.ws.incidents.get(c["record_id"], with_attachments=False)["title"])
        except FieldkitError:
            title = c["record_id"][:8]
        text = self.tr(
            "{dev} deleted the incident “{title}” for good (reason: {why}). It was changed or made on this device, "
            "so it was moved to the trash here instead, with everything it holds.\n\nKeep it (back from the "
            "trash), or remove it for good as the other device did?"
        ).format(dev=names.get(c["remote_device"], c["remote_device"][:8]), why=why, title=title)
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        got = choose(
            self,
            self.tr("Deleted on another device"),
            text,
            {
                yes: self.tr("Keep it"),
                no: self.tr("Remove for good"),
                QMessageBox.StandardButton.Cancel: self.tr("Decide later"),
            },
        )
        if got not in (yes, no):
            return
        if got == no and not ask(
            self,
            self.tr("Remove for good"),
            self.tr(
                "Remove “{title}” for good? Its history and the attachments no other incident uses are deleted from "
                "this device. This cannot be undone."
            ).format(title=title),
            default_yes=False,
            warning=True,
        ):
            return
        try:
            ops.do(self, lambda: bundle.resolve_conflict(self.ws, c["id"], "local" if got == yes else "remote"))
        except FieldkitError as e:
            show_error(self, e)

    def save_my_key(self):
        label = self.ws.settings.get("device_label") or self.ws.device_id[:8]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save my public key"),
            str(paths.exchange_dir() / f"fieldkit-key-{paths.file_label(label)}.json"),
        )
        if path:
            Path(path).write_text(json.dumps(keys.public_identity(self.ws), indent=1), encoding="utf-8")

    def trust_key(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a key file"), str(paths.exchange_dir()))
        if not path:
            return
        try:
            ident = keys.read_public_key(path)
        except FieldkitError as e:
            show_error(self, e)
            return
        known = self.ws.trust.claimed_by_other(ident)
        if known and not ask(
            self,
            self.tr("The key has changed"),
            self.tr(
                "WARNING: this key claims to be a device this workspace already trusts under another key.\n\n"
                "Known key: {known}\nThis key: {fp}\nDevice: {label}\n\nTrust it only if the device's owner "
                "confirms it has a new key; the old key will no longer be trusted. Trust the new key?"
            ).format(
                label=one_line(known["label"] or known["device_id"]),
                known=known["fingerprint"],
                fp=ident["fingerprint"],
            ),
            default_yes=False,
            warning=True,
        ):
            return
        checked = "first-use"
        if not known:
            from fieldkit.sync import lifecycle

            got = choose(
                self,
                self.tr("Trust a key"),
                self.tr(
                    "Key fingerprint: {fp}\nWords: {words}\nIt calls itself: {label}\nDevice id: {device_id}\n\n"
                    "Compare the fingerprint with its owner (read the words aloud, or look at their screen); the "
                    "name proves nothing. Bundles signed by this key will then be accepted."
                ).format(
                    fp=ident["fingerprint"],
                    words=" ".join(lifecycle.fingerprint_words(ident["sign"])),
                    label=one_line(ident["label"]) or "—",
                    device_id=ident["device_id"],
                ),
                {
                    QMessageBox.StandardButton.Cancel: self.tr("Cancel"),
                    QMessageBox.StandardButton.Yes: self.tr("Compared: trust it"),
                    QMessageBox.StandardButton.Ignore: self.tr("Trust without checking"),
                },
            )
            if got == QMessageBox.StandardButton.Cancel:
                return
            checked = "fingerprint" if got == QMessageBox.StandardButton.Yes else "first-use"
        roles = [self.tr("Colleague"), self.tr("HQ (bundles are encrypted to it)")]
        role, ok = QInputDialog.getItem(
            self,
            self.tr("Trust a key"),
            self.tr("Fingerprint {fp}. Whose key is it?").format(fp=ident["fingerprint"]),
            roles,
            0,
            False,
        )
        if not ok:
            return
        as_hq = role == roles[1]
        hq = self.ws.trust.hq()
        if (
            as_hq
            and hq is not None
            and hq["sign"] != ident["sign"]
            and not ask(
                self,
                self.tr("Replace HQ's key"),
                self.tr(
                    "Bundles are encrypted to HQ's key, now {fp} ({label}). Make this key ({new}) HQ's instead? Every "
                    "later bundle will be encrypted to it; do it only if HQ confirmed the new key."
                ).format(fp=hq["fingerprint"], label=one_line(hq["label"]) or "—", new=ident["fingerprint"]),
                default_yes=False,
                warning=True,
            )
        ):
            return
        ops.do(
            self,
            lambda: self.ws.trust.add(ident, role="hq" if as_hq else "colleague", replace=bool(known), checked=checked),
        )

    def remove_key(self):
        item = self.keys.currentItem()
        if not item:
            return
        sign = item.data(Qt.ItemDataRole.UserRole)
        k = self.ws.trust.get(sign)
        if k is None:
            return
        text = self.tr(
            "Stop trusting key {fp} (“{label}”)? Bundles signed by it will be refused until you trust it again."
        ).format(label=one_line(k["label"] or k["device_id"]), fp=k["fingerprint"])
        if k["role"] == "hq":
            text += "\n\n" + self.tr(
                "This is HQ's key: bundles will no longer be encrypted to HQ; you will be asked for a passphrase."
            )
        if ask(self, self.tr("Remove a trusted key"), text, default_yes=False, warning=k["role"] == "hq"):
            ops.do(self, lambda: self.ws.trust.remove(sign))

    def export(self, fmt: str):
        name = paths.suggested_name(
            "incidents", self.ws.settings.get("device_label") or self.ws.device_id[:8], self.ws.clock.now(), fmt
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export incidents"), str(paths.exchange_dir() / name))
        if not path:
            return
        sensitive = self.sensitive.isChecked()

        def done(n, _changes):
            self.result.setText(self.tr("%n incident(s) written to {path}", "", n).format(path=path))

        return ops.run(
            self,
            self.tr("Writing the file…"),
            lambda: exports.EXPORTERS[fmt](self.ws, path, include_sensitive=sensitive),
            done,
        )

    # ---- keys over time -------------------------------------------------------------------
    def _selected_key(self) -> dict | None:
        item = self.keys.currentItem()
        sign = item.data(Qt.ItemDataRole.UserRole) if item else None
        return self.ws.trust.get(sign) if sign else None

    def show_fingerprint(self):
        """The selected trusted key's fingerprint (words, groups, QR code); this device's own when none is."""
        k = self._selected_key()
        if k is None:
            FingerprintDialog(self.ws, keys.public_identity(self.ws), self, own=True).exec()
        else:
            FingerprintDialog(self.ws, k, self).exec()

    def import_config(self):
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a config bundle from HQ"),
            str(paths.exchange_dir()),
            self.tr("Config bundles (*.fkc)"),
        )
        if not path:
            return
        try:
            try:
                vc = configs.read_config(self.ws, path)
            except configs.ConfigNeedsTrust as e:
                p = e.params
                if not ask(
                    self,
                    self.tr("HQ's key"),
                    self.tr(
                        "This config bundle is signed by “{label}”, and this device trusts no HQ key yet.\n\n"
                        "Key fingerprint: {fp}\nWords: {words}\n\nCompare the fingerprint with HQ (by phone or in "
                        "person). Only if it matches: trust this key as HQ's and apply the config?"
                    ).format(label=one_line(p["label"], 40), fp=p["fp"], words=p["words"]),
                    default_yes=False,
                ):
                    return
                vc = configs.read_config(self.ws, path, trust=True)
            except BundleNeedsPassphrase:
                pp = self._ask_passphrase(self.tr("Import a config bundle from HQ"))
                if not pp:
                    return
                vc = configs.read_config(self.ws, path, passphrase=pp)
            rep = ops.do(self, lambda: configs.apply_config(self.ws, vc))
        except FieldkitError as e:
            show_error(self, e)
            return
        lines = [
            self.tr("Config number {n} from HQ applied.").format(n=rep["sequence"]),
            self.tr(
                "{d} device(s) added, {r} revocation(s), {k} key rotation(s), {c} receipt(s), {l} checklist(s), "
                "{b} basemap(s)."
            ).format(
                d=rep["devices_added"],
                r=rep["revocations"],
                k=rep["rotations"],
                c=rep["receipts"],
                l=len(rep["checklists"]),
                b=len(rep["basemaps"]),
            ),
        ]
        if rep["hq_rotated"]:
            lines.append(
                self.tr("HQ moved to a new signing key ({fp}), announced by its old key.").format(
                    fp=rep["hq"]["fingerprint"]
                )
            )
        if rep["epoch_changed"]:
            lines.append(self.tr("HQ has a new encryption key: bundles made here are encrypted to it from now on."))
        for d in rep["devices_differing"]:
            lines.append(
                self.tr(
                    "HQ lists {label} under another key than the one trusted here; the key trusted here was kept. "
                    "Check with its owner."
                ).format(label=one_line(d["label"], 40) or d["device_id"][:8])
            )
        tell(self, self.tr("Config applied"), "\n".join(lines))

    def import_receipt(self):
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import HQ's receipt"), str(paths.exchange_dir()), self.tr("Receipts (*.json)")
        )
        if not path:
            return
        try:
            doc = self.ws.receipts.read(path)
            ops.do(self, lambda: self.ws.receipts.accept(doc.get("body"), str(doc.get("signature"))))
        except FieldkitError as e:
            show_error(self, e)
            return
        self.tabs.setCurrentIndex(0)

    def rotate_keys(self):
        if not ask(
            self,
            self.tr("New keys for this device"),
            self.tr(
                "Make new keys for this device? Do it when the old key may have been copied. Your next bundles "
                "announce the new key, signed by the old one, and HQ and colleagues follow it. Bundles made for the "
                "old key still open here. HQ: send the devices a config bundle afterwards."
            ),
            default_yes=False,
        ):
            return
        ident = ops.do(self, lambda: self.ws.rotations.rotate_own())
        tell(
            self,
            self.tr("New keys for this device"),
            self.tr("New key fingerprint: {fp}. Read it to HQ when they ask.").format(fp=ident["fingerprint"]),
        )

    def export_config(self):
        label = self.ws.settings.get("device_label") or self.ws.device_id[:8]
        name = paths.suggested_name("config", label, self.ws.clock.now(), "fkc")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a config bundle"), str(paths.exchange_dir() / name), self.tr("Config bundles (*.fkc)")
        )
        if not path:
            return
        try:
            m = ops.do(self, lambda: configs.export_config(self.ws, path))
        except FieldkitError as e:
            show_error(self, e)
            return
        tell(
            self,
            self.tr("Export a config bundle"),
            self.tr("Config bundle number {n} written, encrypted to {k} device(s).").format(
                n=m["sequence"], k=m["recipients"]
            ),
        )

    def write_receipt(self):
        k = self._selected_key()
        if k is None:
            tell(self, self.tr("Write a receipt"), self.tr("Choose the device in the list first."))
            return
        name = paths.suggested_name("receipt", k["label"] or k["device_id"][:8], self.ws.clock.now(), "json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write a receipt"), str(paths.exchange_dir() / name), self.tr("Receipts (*.json)")
        )
        if not path:
            return
        try:
            ops.do(self, lambda: self.ws.receipts.write(k["device_id"], path))
        except FieldkitError as e:
            show_error(self, e)

    def revoke_key(self):
        k = self._selected_key()
        if k is None:
            tell(self, self.tr("Revoke a key"), self.tr("Choose the device in the list first."))
            return
        when, ok = QInputDialog.getText(
            self,
            self.tr("Revoke a key"),
            self.tr(
                "Revoke the key of {label} ({fp}) from which date (YYYY-MM-DD) or bundle number on? Choose the last "
                "point you trust: a thief holding the key can write any date."
            ).format(label=one_line(k["label"], 40) or k["device_id"][:8], fp=k["fingerprint"]),
            text=self.ws.clock.now_iso()[:10],
        )
        if not ok or not when.strip():
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke a key"), self.tr("Reason (sent to the devices):"))
        if not ok:
            return
        v = when.strip()
        try:
            ops.do(
                self,
                lambda: self.ws.revocations.issue(
                    k,
                    from_sequence=int(v) if v.isdigit() else None,
                    from_time=None if v.isdigit() else v,
                    reason=reason,
                ),
            )
        except FieldkitError as e:
            show_error(self, e)
