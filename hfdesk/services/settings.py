"""The settings kept in the database file, all of them in this one place: the
helsefellesskap's name and logo, and the secretariat's Word template; and (at the end)
this user's own settings on this computer, in a Qt-free per-user file.

They travel with the data (unlike the interface settings in QSettings) because the
documents print them. The name is the text setting `partnership_name` (which the
exports already read); the logo is the setting `partnership_logo`: the image bytes in
its blob and the file name it came from as its text.

    partnership_name(session) -> str             '' when not set
    partnership_logo(session) -> Logo | None     bytes, file name, 'png' or 'jpeg'
    set_partnership_name(session, name)
    set_partnership_logo(session, data, file_name)   InvalidInput for a bad image
    clear_partnership_logo(session)
    get_setting(session, key) -> str             any text setting, '' when not set
    template_setting(session) -> Path | None     where the chosen Word template was chosen from
    stored_template(session) -> StoredTemplate | None   its bytes as kept in the file
    choose_template(session, path)               checked first (exports.docx_common), then kept

Exports only read these; every write is here (issue 16, point 4).

A logo is untrusted input: only PNG and JPEG (what Word and python-docx take), at most
MAX_LOGO_BYTES, recognised by their signature, not by the file name. Qt-free.

Per user, on this computer (a JSON file, `user_settings_path()`; the desktop app and the
command line read the same file, so both speak the language chosen in Settings):

    user_language() -> str               'nb', 'nn', 'en', or '' (follow the system)
    set_user_language(language)
    message_language() -> str            the chosen language, else the system's, else bokmål
    last_database() -> Path | None       the file the app starts on
    set_last_database(path)
    clear_user_settings()                forget them all (Settings ▸ Reset)

The window's size and splitters stay in QSettings (`hfdesk.ui.settings`): only the app needs them.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import HfdeskError, InvalidInput
from ..messages import LANGUAGES, system_language
from ..models import Setting
from .register import SETTING_PARTNERSHIP_NAME, set_setting

SETTING_PARTNERSHIP_LOGO = "partnership_logo"
SETTING_TEMPLATE = "docx_template"
MAX_LOGO_BYTES = 2 * 1024 * 1024

MSG_LOGO_EMPTY = "logo.empty"
MSG_LOGO_TOO_BIG = "logo.too_big"
MSG_LOGO_NOT_IMAGE = "logo.not_image"
MSG_LOGO_UNREADABLE = "logo.unreadable"

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True)
class Logo:
    data: bytes
    file_name: str
    kind: str  # 'png' or 'jpeg'


def image_kind(data: bytes) -> str | None:
    """'png' or 'jpeg' from the file's signature; None for anything else."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    return None


def partnership_name(session: Session) -> str:
    """The helsefellesskap's name as documents print it ('' when it is not set)."""
    setting = session.get(Setting, SETTING_PARTNERSHIP_NAME)
    return setting.text_value.strip() if setting is not None else ""


def set_partnership_name(session: Session, name: str) -> None:
    set_setting(session, SETTING_PARTNERSHIP_NAME, (name or "").strip())


def partnership_logo(session: Session) -> Logo | None:
    """The helsefellesskap's logo for documents, or None when none is chosen."""
    setting = session.get(Setting, SETTING_PARTNERSHIP_LOGO)
    if setting is None or not setting.blob_value:
        return None
    data = bytes(setting.blob_value)
    kind = image_kind(data)
    if kind is None:  # never stored by set_partnership_logo; treat as no logo
        return None
    return Logo(data=data, file_name=setting.text_value, kind=kind)


def check_logo(data: bytes, file_name: str) -> str:
    """The image kind of `data`, or InvalidInput with the reason in one line."""
    if not data:
        raise InvalidInput(MSG_LOGO_EMPTY, name=file_name)
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInput(MSG_LOGO_TOO_BIG, name=file_name)
    kind = image_kind(data)
    if kind is None or not _whole(data, kind) or not _readable_image(data):
        raise InvalidInput(MSG_LOGO_NOT_IMAGE, name=file_name)
    return kind


def _whole(data: bytes, kind: str) -> bool:
    """The file has its end marker (a PNG's IEND chunk, a JPEG's EOI): not cut off."""
    if kind == "png":
        return b"IEND" in data[-64:]
    return b"\xff\xd9" in data[-1024:]


def _readable_image(data: bytes) -> bool:
    """True when the documents can place `data`: python-docx reads its size and resolution
    (a damaged file, or one of zero size, would stop every notice and minutes)."""
    from docx.image.image import Image  # python-docx: only when a logo is chosen

    try:
        image = Image.from_blob(data)
        return min(image.px_width, image.px_height, image.horz_dpi, image.vert_dpi) > 0
    except Exception:  # noqa: BLE001 - a file from the user: whatever the reader trips on, it is unusable
        return False


def read_logo_file(path: Path | str) -> bytes:
    """The bytes of a logo file the user chose, checked (InvalidInput when unusable)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise InvalidInput(MSG_LOGO_TOO_BIG, name=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(MSG_LOGO_UNREADABLE, name=path.name, reason=exc.strerror or exc) from exc
    check_logo(data, path.name)
    return data


def set_partnership_logo(session: Session, data: bytes, file_name: str) -> Logo:
    """Keep `data` (PNG or JPEG, checked) as the logo documents print."""
    name = Path(file_name or "logo").name
    kind = check_logo(data, name)
    setting = set_setting(session, SETTING_PARTNERSHIP_LOGO, name)
    setting.blob_value = bytes(data)
    session.flush()
    return Logo(data=bytes(data), file_name=name, kind=kind)


def clear_partnership_logo(session: Session) -> None:
    setting = session.get(Setting, SETTING_PARTNERSHIP_LOGO)
    if setting is not None:
        session.delete(setting)
        session.flush()


# --- any text setting, and the secretariat's Word template ---------------------------------


def get_setting(session: Session, key: str) -> str:
    """A text setting from the database file ('' when it is not set)."""
    setting = session.get(Setting, key)
    return setting.text_value.strip() if setting is not None else ""


@dataclass(frozen=True)
class StoredTemplate:
    """The secretariat's Word template as kept in the database file: the file's bytes when it
    was chosen, so the template moves with the data (another laptop, a restored backup)."""

    name: str  # the file's name, for messages ("brevmal.dotx")
    data: bytes


def template_setting(session: Session) -> Path | None:
    """Where the secretariat's chosen Word template was chosen from (shown in the settings),
    or None (the house template)."""
    value = get_setting(session, SETTING_TEMPLATE)
    return Path(value) if value else None


def stored_template(session: Session) -> StoredTemplate | None:
    """The chosen template's bytes as kept in the database, or None: no template chosen, or
    one chosen before templates were kept in the file (only its path is known)."""
    setting = session.get(Setting, SETTING_TEMPLATE)
    if setting is None or not setting.text_value.strip() or not setting.blob_value:
        return None
    return StoredTemplate(name=Path(setting.text_value.strip()).name, data=bytes(setting.blob_value))


def choose_template(session: Session, path: Path | str | None) -> Path | None:
    """Keep the Word template at `path` in the database file as the secretariat's template
    (None or '' forgets it: the house template is used again). The template is checked
    first, so a file that cannot be used is refused here with the reason, not at the next
    export. The exports read the file while it is there and this copy when it is not
    (`chosen_template`)."""
    from ..exports.docx_common import MAX_KEPT_TEMPLATE_BYTES, MSG_TEMPLATE_TOO_BIG_TO_KEEP, load_template
    from ..exports.docx_common import template_bytes

    if path is None or not str(path).strip():
        setting = set_setting(session, SETTING_TEMPLATE, "")
        setting.blob_value = None
        session.flush()
        return None
    chosen = Path(path).expanduser().resolve()
    name, data = template_bytes(chosen)
    if len(data) > MAX_KEPT_TEMPLATE_BYTES:  # kept in the database and so in every backup
        raise InvalidInput(MSG_TEMPLATE_TOO_BIG_TO_KEEP, name=name)
    load_template(StoredTemplate(name, data))
    setting = set_setting(session, SETTING_TEMPLATE, str(chosen))
    setting.blob_value = data
    session.flush()
    return chosen


# --- this user's settings on this computer -------------------------------------------------
#
# A small JSON object, written atomically (fileio.write_atomically): {"language": "nn",
# "last_database": "C:\\...\\hfdesk.sqlite"}. In the user's configuration folder
# (%APPDATA%\\hfdesk\\hfdesk.json on Windows, ~/.config/hfdesk/hfdesk.json on Linux), beside
# the app's QSettings file; when $HFDESK_DATA_DIR is set (developers, the test suite, the
# packaging smoke test) `hfdesk-user.json` in that folder instead, so nothing but the real
# user's own runs touches the real user's settings. A missing or unreadable file is no
# settings at all: the command line never fails over it.

USER_SETTINGS_FILENAME = "hfdesk.json"
USER_SETTINGS_OVERRIDE_FILENAME = "hfdesk-user.json"
USER_LANGUAGE = "language"
USER_LAST_DATABASE = "last_database"

log = logging.getLogger("hfdesk.settings")


def user_settings_path() -> Path:
    """Where this user's settings are kept (see above)."""
    override = os.environ.get("HFDESK_DATA_DIR")
    if override:
        return Path(override) / USER_SETTINGS_OVERRIDE_FILENAME
    import platformdirs

    from .. import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)) / USER_SETTINGS_FILENAME


def user_settings() -> dict[str, Any]:
    """All of this user's settings; {} when there is no file or it cannot be read."""
    path = user_settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("Innstillingsfilen %s kan ikke leses: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _save_user_settings(values: dict[str, Any]) -> None:
    """Write `values` as this user's settings (CannotWrite/FileInUse when that fails)."""
    from ..errors import CannotWrite
    from ..fileio import write_atomically

    path = user_settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotWrite("file.cannot_save", name=path.name, reason=exc.strerror or exc) from exc
    text = json.dumps(values, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, lambda fh: fh.write(text.encode("utf-8")))


def set_user_setting(key: str, value: str | None) -> None:
    """Keep `value` under `key` ('' or None forgets it)."""
    values = user_settings()
    if value:
        if values.get(key) == value:
            return
        values[key] = value
    elif key in values:
        del values[key]
    else:
        return
    _save_user_settings(values)


def clear_user_settings() -> None:
    """Forget every setting kept for this user (the file goes)."""
    try:
        user_settings_path().unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Innstillingsfilen kan ikke slettes: %s", exc)


def user_language() -> str:
    """The language the user chose in Settings ('nb', 'nn', 'en'), or '' to follow the system."""
    value = user_settings().get(USER_LANGUAGE, "")
    return value if value in LANGUAGES else ""


def set_user_language(language: str) -> None:
    set_user_setting(USER_LANGUAGE, language if language in LANGUAGES else "")


def message_language() -> str:
    """The language messages are shown in outside the app (the command line): the one
    chosen in Settings, else the system's locale (nb, nn or no: Norwegian; en: English),
    else bokmål."""
    return user_language() or system_language()


def last_database() -> Path | None:
    value = user_settings().get(USER_LAST_DATABASE, "")
    return Path(value) if isinstance(value, str) and value else None


def set_last_database(path: Path | str | None) -> None:
    set_user_setting(USER_LAST_DATABASE, str(path) if path else "")


def try_set_user_setting(key: str, value: str | None) -> bool:
    """set_user_setting, logging rather than raising when the file cannot be written (the
    app goes on: a setting not kept is not worth stopping for)."""
    try:
        set_user_setting(key, value)
    except HfdeskError as exc:
        log.warning("Innstillingen %s ble ikke lagret: %s", key, exc.render("nb"))
        return False
    return True
