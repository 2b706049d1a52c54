"""Sync bundles: signed (Ed25519), optionally encrypted (X25519 sealed box / passphrase), verified
before anything changes, merged without loss. Format: docs/bundle-format.md."""
