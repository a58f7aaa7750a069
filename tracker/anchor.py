"""Signed checkpoints of the audit log, kept outside the database.

The hash chain catches an edited event, but anyone holding the file can cut the log and
fix the head, or recompute the whole chain. A checkpoint, modelled on Certificate
Transparency's signed tree head, closes that: the desk's Ed25519 key signs (log id, seq,
hash, time), the checkpoint is kept elsewhere (another machine, an e-mail, a publication),
and ``tracker audit verify --anchor FILE`` later proves the log still *extends* it: the
event at that seq has that hash and the chain up to the head is intact. Cutting the log
below a checkpoint, or rewriting any event before it, fails; events after the last
checkpoint are covered by the chain only, until the next checkpoint.

The desk key lives in the user's config folder (``$TRACKER_KEY``, else
``$XDG_CONFIG_HOME/tracker/desk.key``, else ``~/.config/tracker/desk.key``), created on the
first anchor with mode 0600.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from tracker import audit
from tracker.errors import InvalidValueError, StoreError

KIND = "tracker-audit-checkpoint/v1"
SIGNED = ("type", "log_id", "seq", "hash", "time", "key_id")


def key_path() -> Path:
    env = os.environ.get("TRACKER_KEY")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "tracker" / "desk.key"


def _key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def _public_raw(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_key(create: bool) -> Any | None:
    """The desk's Ed25519 private key; made (0600, never overwritten) when ``create``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path()
    if not path.exists():
        if not create:
            return None
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return load_key(create=False)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        return key
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise StoreError(f"{path}: cannot read the desk key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise StoreError(f"{path}: not an Ed25519 key")
    return key


def log_id(events: list[Mapping[str, Any]]) -> str:
    """A log's identity: the hash of its first event (every later event chains to it)."""
    return str(events[0].get("hash")) if events else audit.GENESIS


def _signed_bytes(cp: Mapping[str, Any]) -> bytes:
    return orjson.dumps({k: cp[k] for k in SIGNED}, option=orjson.OPT_SORT_KEYS)


def make_checkpoint(events: list[Mapping[str, Any]]) -> dict[str, Any]:
    """Sign the head of a log that the caller has verified."""
    key = load_key(create=True)
    public = _public_raw(key)
    head = events[-1] if events else {"seq": 0, "hash": audit.GENESIS}
    cp: dict[str, Any] = {
        "type": KIND,
        "log_id": log_id(events),
        "seq": head["seq"],
        "hash": head["hash"],
        "time": audit.now_iso(),
        "key_id": _key_id(public),
    }
    cp["public_key"] = public.hex()
    cp["signature"] = key.sign(_signed_bytes(cp)).hex()
    return cp


@dataclass(slots=True, frozen=True)
class AnchorCheck:
    ok: bool
    message: str


def read_checkpoints(path: Path) -> list[dict[str, Any]]:
    """The checkpoints of an anchor file (JSON Lines, one per line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidValueError(f"{path}: cannot read the anchor file ({exc})") from None
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cp = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise InvalidValueError(f"{path}:{n}: not a checkpoint (invalid JSON)") from None
        if not isinstance(cp, dict) or cp.get("type") != KIND:
            raise InvalidValueError(f"{path}:{n}: not a tracker audit checkpoint")
        out.append(cp)
    if not out:
        raise InvalidValueError(f"{path}: holds no checkpoint")
    return out


def check_checkpoint(cp: Mapping[str, Any], events: list[Mapping[str, Any]]) -> AnchorCheck:
    """Does the (chain-verified) log extend this checkpoint, and is it genuinely signed?"""
    problem = _signature_problem(cp)
    if problem:
        return AnchorCheck(False, problem)
    seq = cp["seq"]
    if not isinstance(seq, int) or seq < 0:
        return AnchorCheck(False, "checkpoint has no valid seq")
    if seq > len(events):
        return AnchorCheck(
            False,
            f"checkpoint #{seq} is beyond the log's end (#{len(events)}): events were cut off",
        )
    if seq and log_id(events) != cp["log_id"]:
        return AnchorCheck(False, f"checkpoint #{seq} belongs to another log (or it was rewritten)")
    found = events[seq - 1]["hash"] if seq else audit.GENESIS
    if found != cp["hash"]:
        return AnchorCheck(
            False, f"event #{seq} differs from the checkpoint: the log was rewritten"
        )
    return AnchorCheck(
        True, f"extends checkpoint #{seq} ({str(cp['hash'])[:12]}, key {cp['key_id']})"
    )


def _signature_problem(cp: Mapping[str, Any]) -> str | None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = bytes.fromhex(str(cp["public_key"]))
        signature = bytes.fromhex(str(cp["signature"]))
        Ed25519PublicKey.from_public_bytes(public).verify(signature, _signed_bytes(cp))
    except (KeyError, ValueError, InvalidSignature):
        return "checkpoint signature does not verify (the checkpoint was altered)"
    if _key_id(public) != cp.get("key_id"):
        return "checkpoint key id does not match its key"
    desk = load_key(create=False)
    if desk is not None and _key_id(_public_raw(desk)) != cp["key_id"]:
        return f"checkpoint signed by key {cp['key_id']}, not this desk's key"
    return None


def verify_anchors(
    paths: Iterable[Path], events: list[Mapping[str, Any]]
) -> tuple[bool, list[str]]:
    """Check every checkpoint of every anchor file; (all ok, one line per checkpoint)."""
    ok, lines = True, []
    for path in paths:
        for cp in read_checkpoints(path):
            result = check_checkpoint(cp, events)
            ok = ok and result.ok
            lines.append(f"{path}: {result.message}")
    return ok, lines


def append_checkpoint(path: Path, cp: Mapping[str, Any], protected: Iterable[Path]) -> None:
    """Add a checkpoint line to an anchor file (never the database's own files), durably."""
    from tracker.outputs import OutputError, check_output, database_files

    for db in protected:
        check_output(path, database_files(db), force=True)
    try:
        with open(path, "ab") as fh:
            fh.write(orjson.dumps(cp) + b"\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
