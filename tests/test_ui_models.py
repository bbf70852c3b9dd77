"""The Qt item models, without widgets: qtmodeltester, data(), the sort role, the proxy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hfdesk.models import (
    CaseType,
    ConclusionKind,
    FollowUpStatus,
    Language,
    MeetingStatus,
    Rights,
    Role,
    Side,
    StandardItem,
)
from hfdesk.services.composition import Breach
from hfdesk.services.queries import (
    AgendaRow,
    BodyRow,
    FollowUpRow,
    MeetingRow,
    MemberRow,
    OrganisationRow,
    PersonRow,
    RuleRow,
)
from hfdesk.ui import labels
from hfdesk.ui.i18n import install_translators
from hfdesk.ui.models import (
    AgendaModel,
    BodyTreeModel,
    BreachCountRole,
    BreachesModel,
    FollowUpsModel,
    IdRole,
    MeetingsModel,
    MembersModel,
    ObjectRole,
    OrganisationsModel,
    PeopleModel,
    RulesModel,
    SortProxy,
    SortRole,
)
from hfdesk.ui.models.base import OVERDUE_COLOUR
from hfdesk.ui.models.bodies import tree_order

DISPLAY = Qt.ItemDataRole.DisplayRole

# Fonts and palette colours in data() need the application object.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def nb(qapp):
    """The shipped bokmål catalogue, as the application installs it."""
    translators = install_translators(qapp)
    assert translators, "resources/translations/hfdesk_nb.qm is missing"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


# --- rows ------------------------------------------------------------------------------

BODIES = [
    BodyRow(1, "Partnarskapsmøte", "PM", 1, None, Language.NYNORSK, 40),
    BodyRow(2, "Strategisk samarbeidsutval", "SSU", 2, 1, Language.NYNORSK, 14),
    BodyRow(
        3, "Områdeutval Bergen", "OU Bergen", 3, 2, Language.BOKMAAL, 12, area="Bergen",
        voting_count=9, observer_count=2, deputy_count=1,
    ),
    BodyRow(4, "Områdeutval Voss", "OU Voss", 3, 2, Language.NYNORSK, 9, area="Voss"),
    BodyRow(5, "Medisinskfagleg utval", "MFU", 4, 2, Language.NYNORSK, 0),
]


def member(i: int, name: str, role: Role, rights: Rights, **kw) -> MemberRow:
    values = {
        "membership_id": i,
        "person_id": 100 + i,
        "name": name,
        "role": role,
        "rights": rights,
        "represents": "Bergen kommune",
        "side": Side.MUNICIPAL,
        "area": "Bergen",
        "email": f"p{i}@example.no",
        "phone": "",
        "term_from": date(2024, 1, 1),
        "term_to": None,
        "deputy_for": "",
        "current": True,
    }
    values.update(kw)
    return MemberRow(**values)


MEMBERS = [
    member(1, "Åse Øvrebø", Role.LEADER, Rights.VOTE),
    member(2, "Per Aasen", Role.DEPUTY_LEADER, Rights.VOTE, side=Side.HOSPITAL, represents="Helse Bergen HF"),
    member(3, "Tor Æsøy", Role.MEMBER, Rights.VOTE, term_to=date(2027, 12, 31)),
    member(4, "Lise Berg", Role.DEPUTY, Rights.VOTE, deputy_for="Tor Æsøy"),
    member(5, "Kari Ødegaard", Role.OBSERVER, Rights.SPEAK_PROPOSE, side=Side.GP, area=""),
    member(
        6,
        "Ola Dale",
        Role.MEMBER,
        Rights.VOTE,
        side=None,
        represents="",
        term_to=date(2023, 12, 31),
        current=False,
    ),
]

PEOPLE = [
    PersonRow(1, "Per Aasen", "Direktør", "Helse Bergen HF", "per@example.no", "55 00 00 01", 2, "Aasen Per"),
    PersonRow(2, "Lise Berg", "Rådgiver", "Bergen kommune", "lise@example.no", "", 1, "Berg Lise"),
    PersonRow(3, "Tor Æsøy", "Kommunedirektør", "Askøy kommune", "", "", 0, "Æsøy Tor"),
    PersonRow(4, "Åse Øvrebø", "Ordfører", "Voss herad", "", "", 3, "Øvrebø Åse"),
    PersonRow(5, "Kari Ødegaard", "Fastlege", "", "", "", 1, "Ødegaard Kari"),
    PersonRow(6, "Anne Zahl", "Rådgiver", "KS Vestland", "", "", 0),  # no sort name: sorts by name
]

ORGANISATIONS = [
    OrganisationRow(1, "Bergen kommune", "", Side.MUNICIPAL, "Bergen", 12, 9),
    OrganisationRow(2, "Helse Bergen HF", "HB", Side.HOSPITAL, "", 20, 7),
    OrganisationRow(3, "Øygarden kommune", "", Side.MUNICIPAL, "Bergensregionen", 2, 1),
]

MEETINGS = [
    MeetingRow(
        1,
        2,
        "Strategisk samarbeidsutval",
        "SSU",
        "",
        datetime(2023, 3, 14, 10),
        datetime(2023, 3, 14, 13),
        "Haukeland",
        "",
        MeetingStatus.MINUTES_APPROVED,
        7,
    ),
    MeetingRow(
        2,
        3,
        "Områdeutval Bergen",
        "OU Bergen",
        "",
        datetime(2023, 1, 9, 12),
        datetime(2023, 1, 9, 15),
        "",
        "https://video.example.no/ou",
        MeetingStatus.HELD,
        11,
    ),
    MeetingRow(
        3,
        2,
        "Strategisk samarbeidsutval",
        "SSU",
        "",
        datetime(2023, 11, 2, 9),
        datetime(2023, 11, 2, 12),
        "Rådhuset",
        "",
        MeetingStatus.CANCELLED,
        0,
    ),
]

AGENDA = [
    AgendaRow(
        11,
        0,
        "12/23",
        "Godkjenning av innkalling og sakliste",
        CaseType.DECISION,
        StandardItem.APPROVE_NOTICE,
        "",
        5,
        time(10, 0),
        False,
        "",
        ConclusionKind.CONSENSUS,
        False,
    ),
    AgendaRow(
        12,
        1,
        "13/23",
        "Utviklingsplan",
        CaseType.DISCUSSION,
        None,
        "Sekretariatet",
        45,
        time(10, 5),
        False,
        "",
        None,
        False,
    ),
    AgendaRow(
        13,
        2,
        "14/23",
        "Personalsak",
        CaseType.DECISION,
        None,
        "Helse Bergen",
        20,
        time(10, 50),
        True,
        "offl. § 13 jf. fvl. § 13",
        ConclusionKind.VOTE,
        False,
    ),
    AgendaRow(
        14,
        3,
        "",
        "Eventuelt",
        CaseType.INFORMATION,
        StandardItem.OTHER_BUSINESS,
        "",
        10,
        time(11, 10),
        False,
        "",
        None,
        False,
    ),
]

FOLLOW_UPS = [
    FollowUpRow(
        1,
        "Sende utkast på høyring",
        "Kari Ødegaard",
        date(2023, 2, 1),
        FollowUpStatus.OPEN,
        True,
        None,
        2,
        "Strategisk samarbeidsutval",
        1,
        datetime(2023, 1, 9, 12),
        "3/23",
        "Utviklingsplan",
    ),
    FollowUpRow(
        2,
        "Lage årsmelding",
        "Sekretariatet",
        date(2023, 12, 1),
        FollowUpStatus.OPEN,
        False,
        None,
        2,
        "Strategisk samarbeidsutval",
        None,
        None,
        "",
    ),
    FollowUpRow(
        3,
        "Avklare budsjett",
        "Helse Bergen",
        None,
        FollowUpStatus.DONE,
        False,
        date(2023, 3, 1),
        3,
        "Områdeutval Bergen",
        None,
        None,
        "",
    ),
]

RULES = [
    RuleRow(1, 2, "Bergen: 1–2 kommunale representantar", Side.MUNICIPAL, None, 7, "Bergen kommune", None, "", None, 1, 2, 0),
    RuleRow(2, 2, "Fastlege (observatør)", Side.GP, None, None, "", None, "", Role.OBSERVER, 1, 1, 1),
    RuleRow(3, 2, "Brukarrepresentant oppnemnd av kommunane", None, Side.MUNICIPAL, None, "", 1, "Bergen", None, 1, None, 2),
]

BREACHES = [
    Breach(2, "missing_seat", "Mangler 1 fastlege (regel: «Fastlege», minst 1, har 0)", rule_id=2),
    Breach(2, "cap_exceeded", "Bergen kommune har 3 plasser; høyst 2 er tillatt", rule_id=1),
    Breach(2, "term_ended", "Perioden til Kari Ødegaard som medlem gikk ut 1. mars 2023", membership_id=9),
]

TABLES = [
    (MembersModel, MEMBERS),
    (RulesModel, RULES),
    (BreachesModel, BREACHES),
    (PeopleModel, PEOPLE),
    (OrganisationsModel, ORGANISATIONS),
    (MeetingsModel, MEETINGS),
    (AgendaModel, AGENDA),
    (FollowUpsModel, FOLLOW_UPS),
]


def column_texts(model, column: int) -> list[str]:
    return [model.index(r, column).data(DISPLAY) for r in range(model.rowCount())]


# --- every model passes Qt's model tester -----------------------------------------------


@pytest.mark.parametrize(("model_class", "rows"), TABLES, ids=[t[0].__name__ for t in TABLES])
def test_table_models_pass_modeltester(qtmodeltester, model_class, rows):
    model = model_class()
    qtmodeltester.check(model)  # empty
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.set_rows(rows[:1])
    qtmodeltester.check(proxy)


def test_body_tree_passes_modeltester(qtmodeltester):
    model = BodyTreeModel()
    qtmodeltester.check(model)
    model.set_rows(BODIES)
    qtmodeltester.check(model)
    model.set_rows(BODIES[:2])
    qtmodeltester.check(model)


@pytest.mark.parametrize(("model_class", "rows"), TABLES, ids=[t[0].__name__ for t in TABLES])
def test_object_and_id_roles(model_class, rows):
    model = model_class()
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    for r, row in enumerate(rows):
        index = model.index(r, 0)
        assert index.data(ObjectRole) is row
        assert index.data(IdRole) == model.row_id(row)
        assert model.row_of_id(model.row_id(row)) == r
    assert model.row_of_id(-1) == -1
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.index(len(rows), 0).data(DISPLAY) is None
    # every cell may be selected (the lists select rows), none edited or dragged unless the
    # model says so (the Meetings page's agenda, while it may be reordered)
    cell = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    assert {model.flags(model.index(r, c)) for r in range(len(rows)) for c in range(model.columnCount())} == {cell}
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_set_rows_resets(qtbot):
    model = PeopleModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(PEOPLE)
    assert model.rowCount() == len(PEOPLE)
    model.set_rows([])
    assert model.rowCount() == 0


# --- display: Norwegian labels and dates ------------------------------------------------


def test_members_display_in_bokmaal(nb):
    model = MembersModel()
    model.set_rows(MEMBERS)
    assert model.headerData(MembersModel.COL_RIGHTS, Qt.Orientation.Horizontal, DISPLAY) == "Rettigheter"
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    assert column_texts(model, MembersModel.COL_ROLE) == [
        "Leder",
        "Nestleder",
        "Medlem",
        "Varamedlem",
        "Observatør",
        "Medlem",
    ]
    assert column_texts(model, MembersModel.COL_RIGHTS)[3:5] == ["Stemmerett", "Tale- og forslagsrett"]
    assert column_texts(model, MembersModel.COL_SIDE) == [
        "Kommune",
        "Sykehus",
        "Kommune",
        "Kommune",
        "Fastlege",
        "",
    ]
    assert column_texts(model, MembersModel.COL_TERM_FROM)[0] == "01.01.2024"
    assert column_texts(model, MembersModel.COL_TERM_TO)[:3] == ["", "", "31.12.2027"]
    assert column_texts(model, MembersModel.COL_DEPUTY_FOR)[3] == "Tor Æsøy"
    ended = model.index(5, 0)
    assert ended.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Perioden er avsluttet." in ended.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_meetings_display_dates_in_norwegian(nb):
    model = MeetingsModel()
    model.set_rows(MEETINGS)
    assert model.index(0, MeetingsModel.COL_DATE).data(DISPLAY) == "tirsdag 14. mars 2023"
    assert model.index(0, MeetingsModel.COL_TIME).data(DISPLAY) == "10:00–13:00"
    assert column_texts(model, MeetingsModel.COL_STATUS) == ["Referat godkjent", "Gjennomført", "Avlyst"]
    assert model.index(1, MeetingsModel.COL_PLACE).data(DISPLAY) == "Videomøte"
    assert model.index(1, MeetingsModel.COL_ITEMS).data(DISPLAY) == "11"
    assert "tirsdag 14. mars 2023 kl. 10:00–13:00" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # cancelled: muted


def test_agenda_display(nb):
    model = AgendaModel()
    model.set_rows(AGENDA)
    assert column_texts(model, AgendaModel.COL_NUMBER) == ["Sak 12/23", "Sak 13/23", "Sak 14/23", ""]
    assert column_texts(model, AgendaModel.COL_TIME) == ["10:00", "10:05", "10:50", "11:10"]
    assert column_texts(model, AgendaModel.COL_TYPE) == [
        "Vedtakssak",
        "Drøftingssak",
        "Vedtakssak",
        "Orienteringssak",
    ]
    assert column_texts(model, AgendaModel.COL_CONCLUSION) == ["Enstemmig", "", "Avstemning", ""]
    assert model.index(1, AgendaModel.COL_DURATION).data(DISPLAY) == "45 min"
    assert "Unntatt offentlighet (offl. § 13 jf. fvl. § 13)" in model.index(2, 2).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.headerData(AgendaModel.COL_NUMBER, Qt.Orientation.Horizontal, DISPLAY) == "Sak"
    assert model.headerData(AgendaModel.COL_DURATION, Qt.Orientation.Horizontal, DISPLAY) == "Varighet"
    assert model.headerData(AgendaModel.COL_ACCESS, Qt.Orientation.Horizontal, DISPLAY) == "Offentlighet"
    # The exempt item says so in its own column, not only in a tool tip.
    assert column_texts(model, AgendaModel.COL_ACCESS) == ["", "", "Unntatt – offl. § 13 jf. fvl. § 13", ""]
    assert model.index(2, AgendaModel.COL_TITLE).data(Qt.ItemDataRole.FontRole).italic()


def test_agenda_flags_a_case_not_on_the_agenda(nb):
    raised = replace(AGENDA[1], id=15, position=4, number="15/23", title="Influensavaksine", not_on_agenda=True)
    bare = replace(AGENDA[2], exemption_basis="")
    model = AgendaModel()
    model.set_rows([AGENDA[0], raised, bare])
    assert column_texts(model, AgendaModel.COL_TITLE) == [
        "Godkjenning av innkalling og sakliste",
        "\u2691 Ikke på sakslisten: Influensavaksine",
        "Personalsak",
    ]
    assert model.index(1, AgendaModel.COL_TITLE).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "ikke på sakslisten" in model.index(1, AgendaModel.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, AgendaModel.COL_ACCESS).data(DISPLAY) == "Unntatt"
    assert "Unntatt offentlighet" in model.index(2, AgendaModel.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_cancelled_meeting_gives_its_reason(nb):
    model = MeetingsModel()
    plain = MEETINGS[2]
    model.set_rows([
        plain,
        replace(plain, id=4, cancelled_reason="For få saker."),
        replace(plain, id=5, cancelled_reason="Avlyst: for få saker."),
    ])
    assert [model.cancelled_text(row) for row in model.rows()] == [
        "Avlyst", "Avlyst: For få saker.", "Avlyst: for få saker.",
    ]
    assert "Avlyst: For få saker." in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_follow_ups_display_states(nb):
    model = FollowUpsModel()
    model.set_rows(FOLLOW_UPS)
    assert column_texts(model, FollowUpsModel.COL_STATUS) == ["Forfalt", "Åpen", "Utført"]
    assert column_texts(model, FollowUpsModel.COL_DUE) == ["01.02.2023", "01.12.2023", ""]
    assert column_texts(model, FollowUpsModel.COL_ITEM) == ["Sak 3/23", "", ""]
    overdue = model.index(0, FollowUpsModel.COL_DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue == OVERDUE_COLOUR
    assert model.index(1, FollowUpsModel.COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Fra sak 3/23: Utviklingsplan" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_people_and_organisations_display(nb):
    people = PeopleModel()
    people.set_rows(PEOPLE)
    assert people.headerData(PeopleModel.COL_EMAIL, Qt.Orientation.Horizontal, DISPLAY) == "E-post"
    assert column_texts(people, PeopleModel.COL_BODIES) == ["2", "1", "", "3", "1", ""]
    assert people.index(0, PeopleModel.COL_BODIES).data(Qt.ItemDataRole.ToolTipRole) == "Sitter nå i 2 organ"
    orgs = OrganisationsModel()
    orgs.set_rows(ORGANISATIONS)
    assert column_texts(orgs, OrganisationsModel.COL_SIDE) == ["Kommune", "Sykehus", "Kommune"]


def test_labels_without_catalogue_fall_back_to_english():
    assert labels.role(Role.DEPUTY) == "Deputy member"
    assert labels.rights(None) == ""


def test_every_enum_value_has_a_label(nb):
    for enum_cls, fn in labels.LABELLED_ENUMS:
        for value in enum_cls:
            text = fn(value)
            assert text and text != str(value.value), (enum_cls.__name__, value)


# --- sort role and proxy ------------------------------------------------------------------


def test_sort_role_returns_raw_values():
    meetings = MeetingsModel()
    meetings.set_rows(MEETINGS)
    assert meetings.index(0, MeetingsModel.COL_DATE).data(SortRole) == datetime(2023, 3, 14, 10)
    assert meetings.index(0, MeetingsModel.COL_ITEMS).data(SortRole) == 7
    members = MembersModel()
    members.set_rows(MEMBERS)
    assert members.index(2, MembersModel.COL_TERM_TO).data(SortRole) == date(2027, 12, 31)
    assert members.index(0, MembersModel.COL_TERM_TO).data(SortRole) is None
    follow_ups = FollowUpsModel()
    follow_ups.set_rows(FOLLOW_UPS)
    assert follow_ups.index(0, FollowUpsModel.COL_DUE).data(SortRole) == date(2023, 2, 1)


def sorted_column(model, rows, sort_column: int, order=Qt.SortOrder.AscendingOrder, show_column=None):
    model.set_rows(rows)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(sort_column, order)
    show = sort_column if show_column is None else show_column
    return [proxy.index(r, show).data(DISPLAY) for r in range(proxy.rowCount())]


def test_names_sort_by_family_name_in_norwegian_order():
    names = sorted_column(PeopleModel(), PEOPLE, PeopleModel.COL_NAME)
    # Family name first; Æ, Ø, Å come after Z, in that order, and the old spelling
    # "Aa" sorts as "Å", as in a Norwegian phone book (CLDR's nb collation).
    assert names == ["Anne Zahl", "Lise Berg", "Tor Æsøy", "Kari Ødegaard", "Åse Øvrebø", "Per Aasen"]


def test_dates_sort_by_value_not_text():
    texts = sorted_column(MeetingsModel(), MEETINGS, MeetingsModel.COL_DATE)
    assert texts == ["mandag 9. januar 2023", "tirsdag 14. mars 2023", "torsdag 2. november 2023"]
    newest_first = sorted_column(
        MeetingsModel(), MEETINGS, MeetingsModel.COL_DATE, Qt.SortOrder.DescendingOrder
    )
    assert newest_first[0] == "torsdag 2. november 2023"


def test_empty_values_sort_last():
    dues = sorted_column(FollowUpsModel(), FOLLOW_UPS, FollowUpsModel.COL_DUE)
    assert dues == ["01.02.2023", "01.12.2023", ""]
    ends = sorted_column(MembersModel(), MEMBERS, MembersModel.COL_TERM_TO)
    assert ends[:2] == ["31.12.2023", "31.12.2027"] and set(ends[2:]) == {""}


def test_numbers_sort_numerically():
    counts = sorted_column(MeetingsModel(), MEETINGS, MeetingsModel.COL_ITEMS, Qt.SortOrder.AscendingOrder)
    assert counts == ["0", "7", "11"]


def test_roles_sort_by_rank_not_alphabet(nb):
    roles = sorted_column(MembersModel(), MEMBERS, MembersModel.COL_ROLE)
    assert roles == ["Leder", "Nestleder", "Medlem", "Medlem", "Varamedlem", "Observatør"]


def test_proxy_filters_on_every_word():
    model = PeopleModel()
    model.set_rows(PEOPLE)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_words("berg")
    assert {proxy.index(r, 0).data(DISPLAY) for r in range(proxy.rowCount())} == {"Per Aasen", "Lise Berg"}
    proxy.set_filter_words("BERG kommune")
    assert [proxy.index(r, 0).data(DISPLAY) for r in range(proxy.rowCount())] == ["Lise Berg"]
    proxy.set_filter_words("ødegaard")
    assert proxy.rowCount() == 1 and proxy.source_row(0) is PEOPLE[4]
    proxy.set_filter_words("")
    assert proxy.rowCount() == len(PEOPLE)


def test_proxy_predicate():
    model = FollowUpsModel()
    model.set_rows(FOLLOW_UPS)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.set_predicate(lambda row: row.status == FollowUpStatus.OPEN)
    assert proxy.rowCount() == 2
    proxy.set_predicate(None)
    assert proxy.rowCount() == 3


# --- the body tree --------------------------------------------------------------------------


def test_body_tree_structure():
    model = BodyTreeModel()
    model.set_rows(BODIES)
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert root.data(DISPLAY) == "Partnarskapsmøte"
    assert model.parent(root) == QModelIndex()
    ssu = model.index(0, 0, root)
    assert ssu.data(IdRole) == 2
    assert model.parent(ssu) == root
    assert [model.index(r, 0, ssu).data(DISPLAY) for r in range(model.rowCount(ssu))] == [
        "Områdeutval Bergen",
        "Områdeutval Voss",
        "Medisinskfagleg utval",
    ]
    assert model.index(0, BodyTreeModel.COL_MEMBERS, ssu).data(DISPLAY) == "12"
    assert model.index(0, BodyTreeModel.COL_MEMBERS, ssu).data(SortRole) == 12
    voss = model.index_of_id(4)
    assert voss.data(ObjectRole) is BODIES[3]
    assert model.parent(voss) == ssu
    assert model.body(5) is BODIES[4]
    assert [b.id for b in model.bodies()] == [1, 2, 3, 4, 5]
    assert not model.index_of_id(99).isValid()


def test_body_tree_orphans_become_roots():
    orphan = BodyRow(9, "Felles underutval", "FUA", 4, 77, Language.NYNORSK, 3)
    model = BodyTreeModel()
    model.set_rows([*BODIES, orphan])
    assert [model.index(r, 0).data(DISPLAY) for r in range(model.rowCount())] == [
        "Partnarskapsmøte",
        "Felles underutval",
    ]


def test_tree_order_for_pickers():
    assert [(depth, body.id) for depth, body in tree_order(list(reversed(BODIES)))] == [
        (0, 1),
        (1, 2),
        (2, 5),
        (2, 4),
        (2, 3),
    ]
    assert [(d, b.id) for d, b in tree_order(BODIES)] == [(0, 1), (1, 2), (2, 3), (2, 4), (2, 5)]


def test_body_tree_tooltip_in_bokmaal(nb):
    model = BodyTreeModel()
    model.set_rows(BODIES)
    tip = model.index_of_id(3).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        tip == "Områdeutval Bergen (OU Bergen)\nNivå 3\n9 medlemmer, 2 observatører, 1 varamedlem\nMålform: Bokmål"
    )
    assert model.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "Antall"


def test_rules_model_shows_empty_filters_and_no_limit(nb):
    model = RulesModel()
    model.set_rows(RULES)
    assert column_texts(model, RulesModel.COL_ROLE) == ["Stemmerett", "Observatør", "Stemmerett"]
    assert column_texts(model, RulesModel.COL_MAX) == ["2", "1", "–"]
    assert column_texts(model, RulesModel.COL_APPOINTED_BY) == ["", "", "Kommune"]
    assert model.index(2, RulesModel.COL_MAX).data(Qt.ItemDataRole.ToolTipRole) == "Ingen øvre grense"
    # what a narrow table sets aside (organisation, area) is in the row's tool tip
    tips = [model.index(r, RulesModel.COL_LABEL).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert tips[0] == "Bergen: 1–2 kommunale representantar\nKommune · Bergen kommune"
    assert tips[2] == "Brukarrepresentant oppnemnd av kommunane\nKommune · Bergen"
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(RulesModel.COL_MAX, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, RulesModel.COL_MAX).data() for r in range(3)] == ["1", "2", "–"]


def test_breaches_model_names_each_kind_in_bokmaal(nb):
    model = BreachesModel()
    model.set_rows(BREACHES)
    assert column_texts(model, BreachesModel.COL_KIND) == ["Mangler plass", "For mange", "Perioden er ute"]
    assert column_texts(model, BreachesModel.COL_MESSAGE) == [b.message for b in BREACHES]
    # Sorted by kind, the missing seats come first.
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(BreachesModel.COL_KIND, Qt.SortOrder.DescendingOrder)
    assert proxy.index(2, 0).data() == "Mangler plass"


def test_body_tree_breach_badges(qtmodeltester, qtbot):
    model = BodyTreeModel()
    model.set_rows(BODIES)
    first = BODIES[0].id
    assert model.index_of_id(first).data(Qt.ItemDataRole.DecorationRole) is None  # not checked yet
    with qtbot.waitSignal(model.dataChanged):
        model.set_breach_counts({first: 2})
    assert model.index_of_id(first).data(BreachCountRole) == 2
    assert not model.index_of_id(first).data(Qt.ItemDataRole.DecorationRole).isNull()
    other = BODIES[1].id
    assert model.index_of_id(other).data(BreachCountRole) == 0
    qtmodeltester.check(model)


# --- long lists reach the views in batches (issue 9) ------------------------------------------


from hfdesk.ui.models.base import FETCH_BATCH

LONG = 450  # more than two batches


def many_people(n: int = LONG) -> list[PersonRow]:
    """People whose family names run backwards: the first by name is the last row."""
    return [
        PersonRow(i, f"Person {i:03d}", "Rådgiver", "Bergen kommune" if i % 2 else "Voss herad",
                  f"p{i}@example.no", "", i % 4, f"Etternavn{n - i:03d} Person")
        for i in range(n)
    ]  # fmt: skip


def test_a_long_list_is_kept_whole_but_shown_in_batches(qtbot):
    model = PeopleModel()
    rows = many_people()
    model.set_rows(rows)
    assert model.rowCount() == FETCH_BATCH
    assert model.total_rows() == LONG and model.rows() == rows
    assert model.row_at(LONG - 1) is rows[-1]  # every row, fetched or not
    assert model.canFetchMore(QModelIndex())
    assert not model.canFetchMore(model.index(0, 0))  # a table: nothing under a row
    assert model.index(FETCH_BATCH, 0).data(DISPLAY) is None  # not fetched yet
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [FETCH_BATCH, 2 * FETCH_BATCH - 1]
    assert model.index(FETCH_BATCH, 0).data(DISPLAY) == "Person 200"
    model.fetchMore(QModelIndex())
    assert model.rowCount() == LONG and not model.canFetchMore(QModelIndex())
    model.set_rows(rows[:10])  # a refill starts over
    assert model.rowCount() == 10 and not model.canFetchMore(QModelIndex())
    model.set_rows(rows)
    assert model.rowCount() == FETCH_BATCH


def test_a_short_list_is_shown_whole_at_once():
    model = PeopleModel()
    model.set_rows(many_people(FETCH_BATCH))
    assert model.rowCount() == FETCH_BATCH and not model.canFetchMore(QModelIndex())


def test_a_long_list_passes_modeltester_while_fetching(qtmodeltester):
    model = PeopleModel()
    model.set_rows(many_people())
    qtmodeltester.check(model)  # the tester calls fetchMore and watches the inserts
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtmodeltester.check(model)
    assert model.rowCount() == LONG


def test_row_of_id_fetches_up_to_the_row_it_finds():
    model = PeopleModel()
    rows = many_people()
    model.set_rows(rows)
    assert model.row_of_id(rows[420].id) == 420
    assert model.rowCount() > 420
    assert model.index(420, 0).data(ObjectRole) is rows[420]
    assert model.row_of_id(-1) == -1


def test_selecting_a_row_beyond_the_first_batch_in_a_table(qtbot):
    from hfdesk.ui.widgets import DataTableView

    model = PeopleModel()
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = DataTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as the pages do: the rows' own order
    rows = many_people()
    model.set_rows(rows)
    assert proxy.rowCount() == FETCH_BATCH  # unsorted and unfiltered: still in batches
    # The pages' select_*(): find the row, map it through the proxy, select it.
    index = proxy.mapFromSource(model.index(model.row_of_id(rows[430].id), 0))
    assert index.isValid()
    view.selectRow(index.row())
    assert view.selectionModel().selectedRows()[0].data(ObjectRole) is rows[430]


def test_a_table_fetches_more_when_scrolled_to_the_end(qtbot):
    from hfdesk.ui.widgets import DataTableView

    model = PeopleModel()
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = DataTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    model.set_rows(many_people())
    view.fit_columns(stretch=PeopleModel.COL_ORGANISATION)
    assert model.rowCount() == FETCH_BATCH  # sizing the columns looks at the fetched rows only
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > FETCH_BATCH)
    assert proxy.rowCount() == model.rowCount()


def test_sorting_a_long_list_sorts_every_row(qtmodeltester):
    model = PeopleModel()
    rows = many_people()
    model.set_rows(rows)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    # Sorting only the first batch would put "Etternavn250" first; every row is sorted.
    assert proxy.rowCount() == LONG
    assert proxy.source_row(0) is rows[-1]
    assert proxy.source_row(LONG - 1) is rows[0]
    model.set_rows(list(reversed(rows)))  # a refresh while sorted: still every row, still sorted
    assert proxy.rowCount() == LONG and proxy.source_row(0) is rows[-1]
    proxy.sort(-1)  # back to the rows' own order: batches again from the next refill
    model.set_rows(rows)
    assert proxy.rowCount() == FETCH_BATCH and proxy.source_row(0) is rows[0]
    proxy.sort(PeopleModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)  # last: the tester fetches more itself on every change it sees
    model.set_rows(rows[:LONG - 1])
    assert proxy.rowCount() == LONG - 1 and proxy.source_row(0) is rows[0]


def test_a_refill_under_modeltester_fetches_nothing_mid_reset(qtmodeltester):
    # The tester runs its checks (fetchMore included) on modelAboutToBeReset: a model
    # that inserted its old rows then would break the reset. No Qt warning may come.
    model = PeopleModel()
    model.set_rows(many_people())
    qtmodeltester.check(model)
    model.set_rows(many_people(LONG - 50))
    model.set_rows([])
    model.set_rows(many_people())
    proxy = SortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.set_rows(many_people(LONG - 7))


def test_sorting_in_a_table_sorts_every_row(qtbot):
    from hfdesk.ui.widgets import DataTableView

    model = PeopleModel()
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = DataTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.sortByColumn(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)  # as the people tab does
    rows = many_people()
    model.set_rows(rows)
    assert proxy.rowCount() == LONG
    assert proxy.index(0, PeopleModel.COL_NAME).data(DISPLAY) == rows[-1].name
    view.sortByColumn(PeopleModel.COL_NAME, Qt.SortOrder.DescendingOrder)  # a click on the header
    assert proxy.index(0, PeopleModel.COL_NAME).data(DISPLAY) == rows[0].name


def test_filtering_a_long_list_searches_every_row():
    model = PeopleModel()
    rows = many_people()
    model.set_rows(rows)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_words("person 420")
    assert proxy.rowCount() == 1 and proxy.source_row(0) is rows[420]
    proxy.set_filter_words("voss")
    assert proxy.rowCount() == LONG // 2
    proxy.set_filter_words("")
    proxy.set_predicate(lambda row: row.id in (5, 333, 449))
    assert [proxy.source_row(r).id for r in range(proxy.rowCount())] == [5, 333, 449]
    proxy.set_predicate(None)
    model.set_rows(rows)
    assert proxy.rowCount() == FETCH_BATCH  # no filter, no sort: batches again


def test_an_unsorted_proxy_passes_the_batches_through(qtmodeltester):
    model = PeopleModel()
    model.set_rows(many_people())
    proxy = SortProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == FETCH_BATCH and proxy.canFetchMore(QModelIndex())
    proxy.fetchMore(QModelIndex())
    assert proxy.rowCount() == 2 * FETCH_BATCH == model.rowCount()
    qtmodeltester.check(proxy)


def test_search_text_of_a_row_not_yet_fetched():
    model = PeopleModel()
    model.set_rows(many_people())
    assert "person 440" in model.search_text(440)
    assert model.rowCount() == FETCH_BATCH


def test_headers_are_translated_once_per_fill():
    calls = []

    class Counting(PeopleModel):
        def headers(self) -> list[str]:
            calls.append(1)
            return super().headers()

    model = Counting()
    model.set_rows(PEOPLE)
    for _ in range(50):  # a header view asks this often while it lays itself out
        for column in range(model.columnCount()):
            model.headerData(column, Qt.Orientation.Horizontal, DISPLAY)
    assert len(calls) == 1
    model.set_rows(PEOPLE)
    assert model.headerData(PeopleModel.COL_NAME, Qt.Orientation.Horizontal, DISPLAY) == "Name"
    assert len(calls) == 2


def test_data_answers_every_role_it_did():
    model = FollowUpsModel()
    model.set_rows(FOLLOW_UPS)
    index = model.index(0, FollowUpsModel.COL_DUE)
    assert index.data(SortRole) == date(2023, 2, 1)
    assert index.data(ObjectRole) is FOLLOW_UPS[0]
    assert index.data(IdRole) == FOLLOW_UPS[0].id
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) == model.alignment(FollowUpsModel.COL_DUE)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == model.foreground(FOLLOW_UPS[0], FollowUpsModel.COL_DUE)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert index.data(Qt.ItemDataRole.EditRole) is None
