"""The settings kept in the database file, all of them in this one place: the
helsefellesskap's name, logo and written standard, and the secretariat's Word template; and (at the end)
this user's own settings on this computer, in a Qt-free per-user file.

They travel with the data (unlike the interface settings in QSettings) because the
documents print them. The name is the text setting `partnership_name` (which the
exports already read); the logo is the setting `partnership_logo`: the image bytes in
its blob and the file name it came from as its text. The written standard (målform) of
what speaks for the helsefellesskap as a whole rather than for one body (the overview sheets
of the roster and attendance workbooks, the workbooks' properties) is the setting
`partnership_language`, 'nb' or 'nn', nynorsk by default (the Bergen-area helsefellesskap
publishes in nynorsk; domain.md §5). A body's own documents follow `Body.language`.

    partnership_name(session) -> str             '' when not set
    partnership_language(session) -> str         'nb' or 'nn' (nynorsk when not set)
    set_partnership_language(session, code)      InvalidInput for anything but nb / nn
    partnership_logo(session) -> Logo | None     bytes, file name, 'png' or 'jpeg'
    set_partnership_name(session, name)
    set_partnership_logo(session, data, file_name)   InvalidInput for a bad image
    clear_partnership_logo(session)
    get_setting(session, key) -> str             any text setting, '' when not set
    template_setting(session) -> Path | None     where the chosen Word template was chosen from
    stored_template(session) -> StoredTemplate | None   its bytes as kept in the file
    choose_template(session, path)               checked first (exports.docx_common), then kept
    roster_role_words(session) -> dict           the role words the user has taught the roster import
    set_roster_role_words(session, words)        {word as written: {"role", "rights", "side"}} (JSON)

Exports only read these; every write is here (issue 16, point 4).

A logo is untrusted input: only PNG and JPEG (what Word and python-docx take), at most
MAX_LOGO_BYTES, recognised by their signature, not by the file name. Qt-free.

Per user, on this computer (a JSON file, `user_settings_path()`; the desktop app and the
command line read the same file, so both speak the language chosen in Settings). The code
is in `services.user_settings` (which imports no models, so the app reads the language
before it loads them), re-exported here:

    user_language() -> str               'nb', 'nn', 'en', or '' (follow the system)
    set_user_language(language)
    message_language() -> str            the chosen language, else the system's, else bokmål
    last_database() -> Path | None       the file the app starts on
    set_last_database(path)
    recent_databases() -> list[Path]     File ▸ Recent Databases, newest first (at most 8)
    remember_recent_database(path)       put a file first there
    forget_recent_database(path)         take a file off (one that is gone)
    clear_user_settings()                forget them all (Settings ▸ Reset)

The window's size and splitters stay in QSettings (`hfdesk.ui.settings`): only the app needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Setting
from ..models.tables import SETTINGS
from .register import SETTING_PARTNERSHIP_NAME, set_setting
from .user_settings import (  # noqa: F401 - this user's settings: in services.user_settings (no models)
    USER_LANGUAGE,
    USER_LAST_DATABASE,
    USER_RECENT_DATABASES,
    clear_user_settings,
    forget_recent_database,
    last_database,
    message_language,
    recent_databases,
    remember_recent_database,
    set_last_database,
    set_user_language,
    set_user_setting,
    try_set_user_setting,
    user_language,
    user_settings,
    user_settings_path,
)

SETTING_PARTNERSHIP_LOGO = "partnership_logo"
SETTING_PARTNERSHIP_LANGUAGE = "partnership_language"
SETTING_TEMPLATE = "docx_template"
DEFAULT_PARTNERSHIP_LANGUAGE = "nn"
PARTNERSHIP_LANGUAGES = ("nb", "nn")
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
    return get_setting(session, SETTING_PARTNERSHIP_NAME)


def set_partnership_name(session: Session, name: str) -> None:
    set_setting(session, SETTING_PARTNERSHIP_NAME, (name or "").strip())


def partnership_language(session: Session) -> str:
    """The helsefellesskap's written standard, 'nb' or 'nn' (nynorsk when it is not set, or
    when the file holds something else)."""
    code = get_setting(session, SETTING_PARTNERSHIP_LANGUAGE)
    return code if code in PARTNERSHIP_LANGUAGES else DEFAULT_PARTNERSHIP_LANGUAGE


def set_partnership_language(session: Session, code: str) -> None:
    """Keep 'nb' (bokmål) or 'nn' (nynorsk) as the helsefellesskap's written standard."""
    code = str(code or "").strip()
    if code not in PARTNERSHIP_LANGUAGES:
        raise InvalidInput("document.unknown_language", code=code)
    set_setting(session, SETTING_PARTNERSHIP_LANGUAGE, code)


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
    # A plain statement, not the ORM's get: every document and the meeting record ask for the
    # partnership's name and language, and loading a Setting object cost five times as much.
    value = session.execute(_TEXT_SETTING, {"key": key}).scalar()
    return value.strip() if value else ""


_TEXT_SETTING = sa.select(SETTINGS.c.text_value).where(SETTINGS.c.key == sa.bindparam("key"))


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


# --- the role words the user has taught the roster import -----------------------------------

SETTING_ROSTER_ROLE_WORDS = "roster_import.role_words"


def roster_role_words(session: Session) -> dict[str, dict[str, str | None]]:
    """The role words the user has mapped in the import wizard: word as written ->
    ``{"role", "rights", "side"}`` (enum values, rights and side may be None). A setting
    that is not such a JSON object reads as none (`imports.roster` checks each meaning)."""
    import json

    try:
        words = json.loads(get_setting(session, SETTING_ROSTER_ROLE_WORDS) or "{}")
    except ValueError:
        return {}
    if not isinstance(words, dict):
        return {}
    return {str(text): meaning for text, meaning in words.items() if isinstance(meaning, dict)}


def set_roster_role_words(session: Session, words: dict[str, dict[str, str | None]]) -> None:
    """Keep the role words (all of them: this replaces what was kept)."""
    import json

    set_setting(session, SETTING_ROSTER_ROLE_WORDS, json.dumps(words, ensure_ascii=False, sort_keys=True))


# --- the archive (Noark 5 export): what the schema requires and hfdesk does not know ----------

SETTING_ARCHIVE_ADMINISTRATIVE_UNIT = "archive.administrative_unit"
SETTING_ARCHIVE_CASE_OFFICER = "archive.case_officer"
SETTING_ARCHIVE_ARCHIVED_BY = "archive.archived_by"
SETTING_ARCHIVE_CREATOR_NAME = "archive.creator_name"
SETTING_ARCHIVE_CREATOR_ID = "archive.creator_id"


@dataclass(frozen=True)
class ArchiveSettings:
    """The secretary fills these once (Settings ▸ Archive); every Noark 5 export prints them:
    administrativEnhet, saksbehandler, arkivertAv, and the arkivskaper's name and id."""

    administrative_unit: str = ""
    case_officer: str = ""
    archived_by: str = ""
    creator_name: str = ""
    creator_id: str = ""

    def missing(self) -> list[str]:
        """The settings' keys that are empty, in the order above."""
        keys = {
            SETTING_ARCHIVE_ADMINISTRATIVE_UNIT: self.administrative_unit,
            SETTING_ARCHIVE_CASE_OFFICER: self.case_officer,
            SETTING_ARCHIVE_ARCHIVED_BY: self.archived_by,
            SETTING_ARCHIVE_CREATOR_NAME: self.creator_name,
            SETTING_ARCHIVE_CREATOR_ID: self.creator_id,
        }
        return [key for key, value in keys.items() if not value]


def archive_settings(session: Session) -> ArchiveSettings:
    return ArchiveSettings(
        administrative_unit=get_setting(session, SETTING_ARCHIVE_ADMINISTRATIVE_UNIT),
        case_officer=get_setting(session, SETTING_ARCHIVE_CASE_OFFICER),
        archived_by=get_setting(session, SETTING_ARCHIVE_ARCHIVED_BY),
        creator_name=get_setting(session, SETTING_ARCHIVE_CREATOR_NAME),
        creator_id=get_setting(session, SETTING_ARCHIVE_CREATOR_ID),
    )


def set_archive_settings(session: Session, values: ArchiveSettings) -> None:
    """Keep the archive settings (each trimmed; an empty one is kept empty)."""
    for key, value in (
        (SETTING_ARCHIVE_ADMINISTRATIVE_UNIT, values.administrative_unit),
        (SETTING_ARCHIVE_CASE_OFFICER, values.case_officer),
        (SETTING_ARCHIVE_ARCHIVED_BY, values.archived_by),
        (SETTING_ARCHIVE_CREATOR_NAME, values.creator_name),
        (SETTING_ARCHIVE_CREATOR_ID, values.creator_id),
    ):
        set_setting(session, key, " ".join((value or "").split()))
