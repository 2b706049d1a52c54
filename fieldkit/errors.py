"""One exception base for the core. Every message is a plain sentence a user can read.

Messages are English templates with named parameters; the UI translates the template through
Qt (context "core") and then fills in the parameters, so French users see French sentences.
"""

from __future__ import annotations


class Msg(str):
    """A message that reads as English text and remembers its template, so the UI can translate it."""

    template: str
    params: dict

    def __new__(cls, template: str, **params):
        try:
            text = template.format(**params)
        except (KeyError, IndexError):
            text = template
        obj = super().__new__(cls, text)
        obj.template, obj.params = template, params
        return obj


def msg(template: str, **params) -> Msg:
    """Mark a message for translation (the UI looks the template up in the Qt context "core")."""
    return Msg(template, **params)


class FieldkitError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class ValidationError(FieldkitError):
    """Rejected input. ``errors`` maps a field name to a plain message about that field."""

    def __init__(self, errors: dict[str, str], template: str = "The entry has {count} problem(s): {details}"):
        self.errors = dict(errors)
        details = "; ".join(f"{k}: {v}" for k, v in self.errors.items())
        super().__init__(template, count=len(self.errors), details=details)


class NotFound(FieldkitError):
    pass


class StorageError(FieldkitError):
    pass


class DatabaseTooNew(StorageError):
    pass


class WorkspaceMissing(StorageError):
    pass


class SearchQueryError(FieldkitError):
    pass


class ChecklistDefinitionError(FieldkitError):
    pass


class LockedError(FieldkitError):
    pass


class IntegrityFailure(FieldkitError):
    pass


class BundleError(FieldkitError):
    """A bundle that is refused. The workspace is unchanged. Subclasses name the cases a user can act on."""


class BundleDamaged(BundleError):
    """The bundle is damaged, truncated, altered after signing, or malformed."""


class BundleTooNew(BundleError):
    """The bundle was written in a format version this FieldKit does not read."""


class BundleNeedsPassphrase(BundleError):
    """The bundle is encrypted with a passphrase and none was given."""


class BundleNotProtected(BundleError):
    """An export with nothing to encrypt to (no HQ key, no recipient, no passphrase) and no explicit plain choice."""


class BundleWrongPassphrase(BundleError):
    """The passphrase given does not open the bundle."""


class BundleNotForThisDevice(BundleError):
    """The bundle is encrypted for other devices only."""


class BundleFromThisDevice(BundleError):
    """The bundle was made by this very device: nothing to import."""


class BundleUntrustedSigner(BundleError):
    """The bundle is signed by a key this workspace does not trust yet.

    ``params`` hold ``label``, ``fp`` (the fingerprint), ``device_id``, ``sign`` and ``box`` (the public keys),
    for a trust prompt."""


class BundleSignerKeyChanged(BundleUntrustedSigner):
    """The bundle is signed by a new key for a device this workspace already trusts under another key: a stolen
    device identity, or a device that really has a new key. Accepting it needs an explicit choice that replaces
    the old key (``replace_key``); ``params`` also hold ``known_fp`` and ``known_label``."""


class ConflictNotOpen(NotFound):
    """The conflict asked for does not exist or was already resolved."""


class DiskFull(StorageError):
    """The disk holding the workspace (or an export) is full."""


class DatabaseBusy(StorageError):
    """Another connection held the workspace's write lock for longer than the busy timeout."""


class DiskFailing(StorageError):
    """The disk could not be read or written (removed, failing, read-only)."""


class KeyClaimsKnownDevice(FieldkitError):
    """A key offered for trust claims a device id already trusted under another key (``params``: device_id,
    known_fp, known_label, fp)."""


class StepInterrupted(FieldkitError):
    """A step of a dialog flow that could not deliver its result: the app is closing."""


def step_interrupted() -> StepInterrupted:
    return StepInterrupted("The step was interrupted: FieldKit is closing.")


class DeviceKeyMissing(FieldkitError):
    """The workspace had a device key and its file (keys/device.json) is gone."""


class BundleSignerRevoked(BundleError):
    """The bundle is signed by a key HQ revoked, and was made at or after the revocation's point. ``params`` hold
    ``label``, ``device_id``, ``since`` (the time or sequence the revocation starts from) and ``reason``."""


class ConfigRefused(FieldkitError):
    """A config bundle or receipt that is not from the HQ key trusted here, not for this device, or older than what
    was already applied: nothing of it is applied."""


class PassphraseNeeded(FieldkitError):
    """The workspace is encrypted (or is being made) and no passphrase was given."""


class WrongPassphrase(FieldkitError):
    """The passphrase given does not open the workspace: nothing was changed."""


class DuressPassphrase(FieldkitError):
    """The duress passphrase was typed: the caller destroys the workspace and opens the empty one made in its place
    (``wipe.respond_to_duress``). Never shown as such, never logged (the person made to type it may be watched)."""


class WorkspaceLocked(FieldkitError):
    """A private file of an encrypted workspace was needed while its data key is not in memory."""


class WorkspaceWiped(FieldkitError):
    """Too many failed unlocks in a row under a wipe-after-N policy: the workspace was destroyed."""


class HqStoreError(StorageError):
    """The HQ store on PostgreSQL (fieldkit.hq) could not do what was asked."""


class HqUnreachable(HqStoreError):
    pass


class HqPermissionDenied(HqStoreError):
    pass
