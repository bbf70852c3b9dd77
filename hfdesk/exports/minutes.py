"""The minutes of a meeting (referat or protokoll, as the body has chosen) as a Word document.

What they hold, in the body's written standard (or the one asked for):

* the head: the helsefellesskap's name, "Referat frå møte i <organ>", or for a body named as
  a meeting "Referat frå Partnarskapsmøtet 14. mai 2026" (`words.meeting_named`; a draft says
  "Utkast til referat …"), the time (from `hfdesk.dates`), the place and video link, the
  chair, the minute-taker and the status: "Godkjent i møte <dato>, sak <nr>." or
  "Utkast, ikkje godkjent" (a nynorsk protokoll: "Godkjend", "ikkje godkjend");
* attendance in groups (name, position, what they represent, note): members present; deputies and for whom;
  observers with tale- og forslagsrett; guests "på sak" with their items; the
  secretariat; forfall (and which deputy came) and absence without notice; who came late
  or left early, by item; how many with the vote were there;
* the agenda as a table with each item's outcome;
* each item: number and title, type, responsible and who put it forward, who came,
  left or was a guest at it, disqualifications with their ground, the proposed decision,
  the discussion (handsaming), proposals and amendments put forward in the meeting and by
  whom, how the conclusion was reached (consensus; protocol entries; a vote round by round,
  what became of the proposal put to it with the numbers, who voted against and abstained,
  and what became of the other proposals, withdrawn ones too; no consensus and where the case goes; deferred; noted),
  the decision in bold, protocol entries with who stands behind them, and follow-ups; a
  decision under Eventuelt in a case that was not on the agenda is flagged;
* all follow-ups as a table (Når / Kva / Ansvar / Sak, as in the seeds' milestone
  tables), the approval line and the minute-taker;
* a page header (the body; "Utkast" for a draft, "Offentleg versjon" for the public one)
  and a footer with "Side X av Y".

`public=True` is the version for the public record: an exempt item shows its number,
"Unnateke offentlegheit" / "Unntatt offentlighet" and the legal basis, and nothing else of
it anywhere (agenda table, follow-ups, notes by item, document properties); an arrival
"frå sak 17/26" names only the number.

It renders the meeting record (`services/meeting_record.py`), the same one the meeting
screen and the JSON render; the public version renders `public_view(record)`.
`render_minutes(record, out, ...)` needs no database. Written into the secretariat's Word
template when one is chosen (or `template=`), else the house template; atomically: a
target held open in Word gives FileInUse and leaves it as it was. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from sqlalchemy.orm import Session

from ..dates import clock_range, medium_date, meeting_when, short_date
from ..errors import InvalidInput
from ..models import (
    AttendanceStatus,
    Capacity,
    ConclusionKind,
    DisqualificationGround,
    MeetingStatus,
    NoConsensusOutcome,
    ProposalFate,
    Rights,
    Role,
    StandardItem,
    VoteChoice,
)
from ..services.meeting_record import (
    DECIDING,
    VoteRoundRecord,
    AttendanceRecord,
    ConclusionRecord,
    ItemRecord,
    MeetingRecord,
    PersonRecord,
    ProposalRecord,
    ProtocolEntryRecord,
    load_meeting_record,
    public_view,
)
from ..sorting import norwegian_key
from . import docx_common as dx
from .words import (
    CASE_TYPES,
    RIGHTS,
    ROLES,
    earlier_treatment_line,
    item_title,
    language,
    meeting_named,
    minutes_words,
    number_word,
)

# Column widths (16 cm of text width).
ATTENDANCE_WIDTHS_CM = (3.6, 4.2, 4.8, 3.4)
AGENDA_WIDTHS_CM = (1.9, 9.1, 5.0)  # the number fits "2026/012"
FOLLOW_UP_WIDTHS_CM = (2.5, 7.7, 3.9, 1.9)
KEEP_TOGETHER_ROWS = 12  # a follow-up table this short is not split over two pages
SIGNATURE_TAB_CM = 7.5  # where the signature line starts, after the place and date
_ROLE_ORDER = {role: i for i, role in enumerate(Role)}


def export_minutes(
    session: Session,
    meeting_id: int,
    out: Path | str,
    *,
    public: bool = False,
    lang: str | None = None,
    template: Path | str | None = None,
) -> Path:
    """Write the minutes of meeting `meeting_id` to `out` (.docx) and return the path.

    Referat or protokoll as the body's `minutes_kind` says. `lang` is "nb" or "nn"; by
    default the body's written standard. `public` leaves out what exempt items hold.
    `template` is a Word template (.docx/.dotx) to write into; by default the one the
    secretariat chose (`services.settings.SETTING_TEMPLATE`), else the house template.

    Raises NotFound for an unknown meeting; InvalidInput for a cancelled meeting, an
    unknown language, or a template that is missing or cannot be used; FileInUse /
    CannotWrite when the target cannot be replaced (it is then left as it was)."""
    template_file = dx.chosen_template(session, template)
    record = load_meeting_record(session, meeting_id)
    return render_minutes(record, out, public=public, lang=lang, template=template_file, logo=dx.logo_of(session))


def render_minutes(
    record: MeetingRecord,
    out: Path | str,
    *,
    public: bool = False,
    lang: str | None = None,
    template: dx.TemplateSource | None = None,
    logo: bytes | None = None,
) -> Path:
    """The minutes of a meeting record as a Word document (no database)."""
    with dx.template_guard(template):
        if record.status == MeetingStatus.CANCELLED:
            raise InvalidInput("minutes.meeting_cancelled")
        shown = public_view(record) if public else record
        minutes = _Minutes(shown, language(lang, record.body.language), template, logo)
        return minutes.write(out)


@dataclass
class _Groups:
    """The attendance list in the groups the minutes print, each sorted."""

    members: list[AttendanceRecord] = field(default_factory=list)
    deputies: list[AttendanceRecord] = field(default_factory=list)
    observers: list[AttendanceRecord] = field(default_factory=list)
    guests: list[AttendanceRecord] = field(default_factory=list)
    secretariat: list[AttendanceRecord] = field(default_factory=list)
    forfall: list[AttendanceRecord] = field(default_factory=list)
    absent: list[AttendanceRecord] = field(default_factory=list)
    unregistered: list[AttendanceRecord] = field(default_factory=list)


class _Minutes:
    def __init__(self, record: MeetingRecord, lang: str, template: dx.TemplateSource | None, logo: bytes | None) -> None:
        self.meeting = record
        self.body = record.body
        self.lang = lang
        self.w = minutes_words(lang, record.body.minutes_kind)
        self.public = record.public
        self.template = template
        self.logo = logo
        self.items = record.items
        self.by_id = {item.id: item for item in self.items}
        self.approved = record.approved
        kind = self.body.minutes_kind
        self.kind = self.w[kind.value]  # "Referat" / "Protokoll"
        self.kind_definite = self.w[f"{kind.value}_definite"]  # "referatet" / "protokollen"

    # --- the whole document ----------------------------------------------------------------

    def write(self, out: Path | str) -> Path:
        w, meeting, body = self.w, self.meeting, self.body
        when = meeting_when(meeting.starts_at, meeting.ends_at, self.lang)
        named = meeting_named(body.name, self.lang, meeting.starts_at)
        if self.approved:
            title = w["minutes_title"].format(kind=self.kind, meeting=named)
        else:
            title = w["draft_title"].format(kind=self.kind.lower(), meeting=named)
        approved_on = meeting.approval.approved_on if meeting.approval is not None else None
        created = (
            datetime.combine(approved_on, time(12)) if self.approved and approved_on is not None else meeting.ends_at
        )
        short = body.short_name or body.name
        keywords = [self.kind.lower(), short]
        if not self.approved:
            keywords.append(w["draft"].lower())
        if self.public:
            keywords.append(w["public_short"].lower())
        document = dx.new_document(
            title=title,
            subject=f"{body.name}, {when}",
            created=created,
            language=self.lang,
            keywords="; ".join(keywords),
            template=self.template,
        )
        self.document = document
        markers = ([] if self.approved else [w["draft"].upper()]) + (
            [w["public_short"]] if self.public else []
        )
        dx.set_logo(document, self.logo)
        dx.set_header(document, body.name, " · ".join(markers), right_bold=True)
        if not self.public and any(item.exempt for item in self.items):
            dx.set_header(document, w["contains_exempt"], right_bold=True)
        dx.set_footer_note(document, f"{self.kind} – {short} – {short_date(meeting.starts_at)}")

        self._head(title, when)
        self._attendance()
        self._agenda()
        for item in self.items:
            self._item(item)
        self._follow_up_table()
        self._closing()
        return dx.save(document, out, created)

    def _head(self, title: str, when: str) -> None:
        w, meeting, document = self.w, self.meeting, self.document
        owner = self.meeting.partnership
        if owner:
            dx.add_paragraph(document, owner, style="Subtitle")
        dx.add_heading(document, title, 0)
        if meeting.title and not self._title_says_only_body_and_year():
            document.add_paragraph(dx.clean_text(meeting.title)).runs[0].italic = True
        if not self.approved:
            line = document.add_paragraph()
            line.add_run(w["draft_line"].format(kind=_capital(self.kind_definite))).bold = True
        if self.public:
            document.add_paragraph(w["public_version"]).runs[0].italic = True
        dx.add_facts(
            document,
            [
                (w["time"], when),
                (w["place"], meeting.place),
                (w["video_link"], meeting.video_link),
                (w["chair"], meeting.chair.full_name if meeting.chair is not None else ""),
                (
                    w["minute_taker"],
                    meeting.minute_taker.full_name if meeting.minute_taker is not None else "",
                ),
                (w["status"], self._approval() if self.approved else w["draft_status"]),
            ],
        )

    # --- attendance ------------------------------------------------------------------------

    def _groups(self) -> _Groups:
        groups = _Groups()
        for a in self.meeting.attendance:
            if a.status == AttendanceStatus.PRESENT:
                target = {
                    Capacity.MEMBER: groups.members,
                    Capacity.DEPUTY: groups.deputies,
                    Capacity.OBSERVER: groups.observers,
                    Capacity.GUEST: groups.guests,
                    Capacity.SECRETARIAT: groups.secretariat,
                }[a.capacity]
            elif a.status == AttendanceStatus.REPORTED_ABSENT:
                target = groups.forfall
            elif a.status == AttendanceStatus.ABSENT:
                target = groups.absent
            else:
                target = groups.unregistered
            target.append(a)
        for group in (groups.members, groups.forfall, groups.absent, groups.unregistered):
            group.sort(key=_by_seat)
        for group in (groups.deputies, groups.observers):
            group.sort(key=_by_name)
        taker = self.meeting.minute_taker.id if self.meeting.minute_taker is not None else None
        groups.secretariat.sort(key=lambda a: (a.person.id != taker, *_by_name(a)))
        groups.guests.sort(key=lambda a: (min(self._guest_positions(a), default=0), *_by_name(a)))
        return groups

    def _guest_items(self, a: AttendanceRecord) -> list[ItemRecord]:
        """The items a guest came for, in agenda order (the public view keeps the open ones)."""
        return sorted((self.by_id[i] for i in a.guest_item_ids if i in self.by_id), key=_order)

    def _guest_positions(self, a: AttendanceRecord) -> list[int]:
        return [item.position for item in self._guest_items(a)]

    def _attendance(self) -> None:
        w, document = self.w, self.document
        groups = self._groups()
        dx.add_heading(document, w["attendance"], 1)
        voters = self.meeting.voters_present if self.items else 0
        seats = self.meeting.voting_seats
        if seats:
            dx.add_paragraph(
                document, w["voters_present"].format(present=voters, seats=seats), style=dx.STYLE_NOTE
            )
        table = dx.add_table(
            document,
            [w["name"], w["position"], w["represents"], w["note"]],
            [],
            widths_cm=ATTENDANCE_WIDTHS_CM,
        )
        stood_in = {
            a.deputy_for_membership_id: a for a in self.meeting.attendance if a.deputy_for_membership_id is not None
        }
        sections: list[tuple[str, list[AttendanceRecord]]] = [
            (w["members_present"], groups.members),
            (w["deputies_present"], groups.deputies),
            (w["observers_present"], groups.observers),
            (w["guests_present"], groups.guests),
            (w["secretariat_present"], groups.secretariat),
            (w["forfall"], groups.forfall),
            (w["absent_no_notice"], groups.absent),
            (w["unregistered"], groups.unregistered),
        ]
        taker = self.meeting.minute_taker
        taker_listed = taker is None or any(a.person.id == taker.id for a in groups.secretariat)
        for heading, group in sections:
            extra_taker = heading == w["secretariat_present"] and not taker_listed
            if not group and not extra_taker:
                continue
            dx.add_group_row(table, heading)
            if extra_taker and taker is not None:  # (a taker not listed is never None)
                dx.add_row(
                    table, [taker.full_name, _capital(taker.title), taker.organisation, w["minute_taker"]]
                )
            for a in group:
                dx.add_row(
                    table,
                    [
                        a.person.full_name,
                        _capital(a.person.title),
                        _beside_title(a.represents, a.person.title),
                        self._attendance_note(a, stood_in),
                    ],
                )
        dx.no_lonely_rows(table, whole_up_to=KEEP_TOGETHER_ROWS)

    def _attendance_note(self, a: AttendanceRecord, stood_in: dict[int, AttendanceRecord]) -> str:
        w = self.w
        notes: list[str] = []
        role = a.role
        if a.capacity == Capacity.MEMBER and role in (Role.LEADER, Role.DEPUTY_LEADER):
            notes.append(self._role_word(role))
        if a.capacity == Capacity.DEPUTY:
            if a.deputy_for is not None and a.for_item_id is not None:
                notes.append(
                    w["deputy_for_item"].format(
                        name=a.deputy_for.full_name, number=self.meeting.number_of(a.for_item_id)
                    )
                )
            elif a.deputy_for is not None:
                notes.append(w["deputy_for"].format(name=a.deputy_for.full_name))
            else:
                notes.append(w["deputy_not_standing_in"])
        if (
            a.capacity == Capacity.OBSERVER
            and a.seat_rights is not None
            and a.seat_rights
            not in (
                Rights.SPEAK_PROPOSE,
                Rights.VOTE,
            )
        ):
            notes.append(RIGHTS[self.lang][a.seat_rights] or "")
        if a.capacity == Capacity.GUEST:
            items = self._guest_items(a)
            if items:
                notes.append(f"{w['case']} {', '.join(self._number(i) for i in items)}")
        if self.meeting.minute_taker is not None and self.meeting.minute_taker.id == a.person.id and a.present:
            notes.append(w["minute_taker"])
        if (
            a.status in (AttendanceStatus.REPORTED_ABSENT, AttendanceStatus.ABSENT)
            and a.membership_id is not None
            and a.membership_id in stood_in
        ):
            notes.append(w["stood_in_by"].format(name=stood_in[a.membership_id].person.full_name))
        if a.status == AttendanceStatus.PRESENT and a.for_item_id is None:  # an item's deputy: said above
            if a.from_item_id is not None:
                notes.append(w["arrived_from"].format(number=self.meeting.number_of(a.from_item_id)))
            if a.until_item_id is not None:
                notes.append(w["left_after"].format(number=self.meeting.number_of(a.until_item_id)))
        if a.note:
            notes.append(a.note)
        return "\n".join(n for n in notes if n)

    def _role_word(self, role: Role) -> str:
        return ROLES[self.lang][role]

    # --- the agenda ------------------------------------------------------------------------

    def _agenda(self) -> None:
        w, document = self.w, self.document
        dx.add_heading(document, w["agenda"], 1)
        if not self.items:
            document.add_paragraph(w["no_items"])
            return
        table = dx.add_table(document, [w["case"], w["title"], w["outcome"]], [], widths_cm=AGENDA_WIDTHS_CM)
        for item in self.items:
            self._agenda_row(table, item)
        dx.no_lonely_rows(table, whole_up_to=KEEP_TOGETHER_ROWS)

    def _agenda_row(self, table: Table, item: ItemRecord) -> None:
        w = self.w
        hidden = item.withheld
        cells = dx.add_row(
            table, [self._number(item), self._title(item), "" if hidden else self._outcome(item)]
        )
        note = ""
        if item.exempt:
            basis = dx.clean_text(item.exemption_basis)
            note = basis if hidden else f"{w['exempt']}, {basis}"
        elif item.not_on_agenda:
            note = w["not_on_agenda_short"]
        if note:
            paragraph = dx.add_paragraph(cells[1], style=dx.STYLE_TABLE_TEXT)
            paragraph.add_run(note).italic = True

    def _outcome(self, item: ItemRecord) -> str:
        w, c = self.w, item.conclusion
        if c is None:
            return ""
        if c.kind == ConclusionKind.CONSENSUS:
            return w["outcome_consensus"]
        if c.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL:
            return w["outcome_protocol"]
        if c.kind == ConclusionKind.VOTE:
            tally = c.rounds[-1].tally if c.rounds else c.tally  # the last round decided
            if c.adopted is None:  # nobody has voted: no result to publish
                return w["outcome_vote_none"]
            key = "outcome_vote_rejected" if c.adopted is False else "outcome_vote_adopted"
            return w[key].format(votes_for=tally[VoteChoice.FOR], votes_against=tally[VoteChoice.AGAINST])
        if c.kind == ConclusionKind.NO_CONSENSUS:
            return w[
                "outcome_to_parties"
                if c.no_consensus_outcome == NoConsensusOutcome.TO_PARTIES
                else "outcome_returned"
            ]
        if c.kind == ConclusionKind.DEFERRED:
            return w["outcome_deferred"]
        if c.kind == ConclusionKind.WITHDRAWN:
            return w["outcome_withdrawn"]
        if item.standard == StandardItem.OTHER_BUSINESS:
            return ""  # Eventuelt is its own kind, not an orienteringssak
        return w["outcome_noted"]

    # --- each item -------------------------------------------------------------------------

    def _item(self, item: ItemRecord) -> None:
        w, document = self.w, self.document
        number, title = self._number(item), self._title(item)
        heading = dx.add_heading(document, f"{w['case']} {number} {title}" if number else title, 2)
        if item.exempt:
            # The public heading already says "Unnateke offentlegheit": the line gives the basis.
            line = document.add_paragraph()
            line.add_run(f"{w['exemption_basis' if item.withheld else 'exempt']}: ").bold = True
            line.add_run(dx.clean_text(item.exemption_basis))
            if item.withheld:
                return
        if item.standard is None:
            put_forward = item.put_forward
            responsible = item.responsible
            dx.add_label_line(
                document,
                [
                    ("", CASE_TYPES[self.lang][item.case_type]),
                    (w["case_responsible"], responsible),
                    (w["put_forward_by"], put_forward if put_forward != responsible else ""),
                ],
                style=dx.STYLE_NOTE,
            )
        if item.not_on_agenda:
            flagged = dx.add_paragraph(document, style=dx.STYLE_NOTE)
            flagged.add_run(w["not_on_agenda"]).bold = True
        if item.earlier:  # the case came back: where it was before
            dx.add_paragraph(
                document,
                " ".join(earlier_treatment_line(t, self.lang, self.meeting.body.id) for t in item.earlier),
                style=dx.STYLE_NOTE,
            )
        self._presence_notes(item)
        self._disqualifications(item)
        self._treated_at(item)
        _keep_with_next(heading)  # the lines under the heading stay with it

        proposed = item.agenda_proposal
        conclusion = item.conclusion
        if proposed.strip() and item.standard is None and not _noted_as_proposed(proposed, conclusion):
            dx.add_heading(document, w["proposal"], 3)
            for paragraph in dx.add_text(document, proposed):
                dx.left_rule(paragraph)

        others = [p for p in item.proposals if not p.from_agenda]
        spoke = self._spoke(item)
        if (
            item.notes.strip()
            or others
            or spoke
            or (conclusion is not None and conclusion.kind == ConclusionKind.VOTE)
        ):
            dx.add_heading(document, w["treatment"], 3)
            dx.add_text(document, item.notes)
            if spoke:
                dx.add_paragraph(document, spoke)
            if others:
                self._proposals(item, others)
            if conclusion is not None:
                self._how(item, conclusion)
        elif conclusion is not None:  # nothing but how it ended: no heading for one line
            self._how(item, conclusion)
        if conclusion is not None:
            self._conclusion(item, conclusion)
        else:
            document.add_paragraph(w["not_concluded"]).runs[0].italic = True
        if item.follow_ups:
            dx.add_heading(document, w["follow_ups"], 3)
            for f in item.follow_ups:
                paragraph = dx.add_paragraph(document, style="List Bullet")
                paragraph.add_run(dx.clean_text(f.what))
                details = [f"{w['follow_up_who']}: {f.responsible}"]
                if f.due_on is not None:
                    details.append(f"{w['deadline']}: {medium_date(f.due_on, self.lang)}")
                paragraph.add_run(f" {_bracketed('; '.join(details))}").italic = True

    def _spoke(self, item: ItemRecord) -> str:
        """"Ordet hadde: A, B (replikk), C." in speaking order, when the body wants it ('' if not)."""
        if not self.body.minutes_list_speakers:
            return ""
        names = [
            f"{s.person.full_name} ({self.w['reply']})" if s.reply else s.person.full_name
            for s in item.speakers
            if s.spoke
        ]
        return self.w["spoke"].format(names=", ".join(names)) if names else ""

    def _treated_at(self, item: ItemRecord) -> None:
        """"Sak 4 vart handsama kl. 10:15–10:40." when the body wants it and the clock ran."""
        if not self.body.minutes_item_times or item.treated_from is None or item.treated_until is None:
            return
        times = clock_range(item.treated_from, item.treated_until)
        number = self._number(item)
        text = (
            self.w["treated_at"].format(number=number, times=times)
            if number
            else self.w["treated_at_unnumbered"].format(times=times)
        )
        dx.add_paragraph(self.document, text, style=dx.STYLE_NOTE)

    def _presence_notes(self, item: ItemRecord) -> None:
        w = self.w
        present = [a for a in self.meeting.attendance if a.present and a.for_item_id is None]
        arrived = [
            a.person.full_name for a in present if a.from_item_id == item.id and a.capacity != Capacity.GUEST
        ]
        left = [
            a.person.full_name for a in present if a.until_item_id == item.id and a.capacity != Capacity.GUEST
        ]
        guests = [
            self._with_title(a.person)
            for a in present
            if a.capacity == Capacity.GUEST and item.id in a.guest_item_ids
        ]
        for key, names in (("arrived_here", arrived), ("guests_here", guests), ("left_here", left)):
            if names:
                names = sorted(names, key=norwegian_key)
                dx.add_paragraph(self.document, w[key].format(names=self._join(names)), style=dx.STYLE_NOTE)

    def _disqualifications(self, item: ItemRecord) -> None:
        w = self.w
        for d in item.disqualifications:
            name = d.person.full_name
            if d.ground == DisqualificationGround.OTHER:
                text = w["disqualified_other" if d.decided_by_body else "disqualified_other_self"].format(
                    name=name
                )
            else:
                ground = w[d.ground.value]
                text = w["disqualified_by_body" if d.decided_by_body else "disqualified_self"].format(
                    name=name, ground=ground
                )
            dx.add_label_line(self.document, [(w["disqualification"], text)])
            if d.ground_text.strip():
                dx.add_label_line(self.document, [(w["ground"], d.ground_text)], style=dx.STYLE_NOTE)
            for a in self.meeting.attendance:
                if a.for_item_id == item.id and a.present and a.deputy_for is not None and a.deputy_for.id == d.person.id:
                    dx.add_paragraph(
                        self.document,
                        w["item_deputy_here"].format(deputy=a.person.full_name, member=name),
                        style=dx.STYLE_NOTE,
                    )

    def _proposals(self, item: ItemRecord, proposals: list[ProposalRecord]) -> None:
        w, document = self.w, self.document
        for p in proposals:
            who = self._proposer(p)
            amends = item.proposal(p.amends_id)
            if amends is not None:
                target = (
                    w["the_proposal"]
                    if amends.from_agenda
                    else w["proposal_from"].format(who=self._proposer(amends, short=True))
                )
                label = w["amendment_by"].format(who=who, target=target)
            else:
                label = w["proposal_by"].format(who=who)
            head = document.add_paragraph()
            head.paragraph_format.keep_with_next = True
            head.paragraph_format.space_after = Pt(2)
            head.add_run(f"{label}:").bold = True
            for paragraph in dx.add_text(document, p.text):
                dx.left_rule(paragraph, dx.RULE)

    def _proposer(self, p: ProposalRecord, *, short: bool = False) -> str:
        person = p.put_forward_by
        if person is None:
            return p.put_forward_by_text or "?"
        if short:
            return person.full_name
        a = self.meeting.attendance_of(person.id)
        details = []
        if a is not None and a.capacity == Capacity.OBSERVER:
            details.append(self.w["observer_short"])
        represents = a.represents if a is not None else person.organisation
        if represents:
            details.append(represents)
        return f"{person.full_name} {_bracketed(', '.join(details))}" if details else person.full_name

    def _how(self, item: ItemRecord, c: ConclusionRecord) -> None:
        """How the conclusion was reached: a vote round by round (what became of the proposal put
        to it, the tally, who voted against and who abstained), then what became of the proposals
        no round decided; else one line ("Samrøystes vedteke."). It keeps with the decision below."""
        w, document = self.w, self.document
        body = document.element.body
        start = len(body)  # the body ends with its section properties: new blocks go before them
        withdrawn = [p for p in item.proposals if p.fate == ProposalFate.WITHDRAWN]
        if withdrawn:
            document.add_paragraph(
                " ".join(w["proposal_withdrawn"].format(proposal=self._subject(p)) for p in withdrawn)
            )
        if c.kind == ConclusionKind.VOTE:
            rounds = c.rounds or (
                VoteRoundRecord(1, c.voted_proposal_id, c.adopted, c.votes),  # a vote kept without rounds
            )
            for n, rnd in enumerate(rounds, 1):
                label = w["vote"] if len(rounds) == 1 else w["vote_round"].format(n=n)
                dx.add_label_line(document, [(label, self._round(item, rnd, rounds))])
            voted = {rnd.proposal_id for rnd in rounds}
            if rounds and None in voted:  # a round on no proposal named is on the agenda's
                voted.update(p.id for p in item.proposals if p.from_agenda)
            settled = [
                w["proposal_adopted" if p.fate == ProposalFate.ADOPTED else "proposal_fell"].format(
                    proposal=self._subject(p)
                )
                for p in item.proposals
                if p.fate in (ProposalFate.ADOPTED, ProposalFate.FELL) and p.id not in voted
            ]
            if settled:
                document.add_paragraph(" ".join(settled))
        elif c.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL:
            many = len(c.protocol_entries) > 1
            document.add_paragraph(w["consensus_protocols" if many else "consensus_protocol"])
        elif c.kind == ConclusionKind.CONSENSUS:
            document.add_paragraph(w["consensus"])
        elif c.kind == ConclusionKind.NO_CONSENSUS:
            key = (
                "no_consensus_to_parties"
                if c.no_consensus_outcome == NoConsensusOutcome.TO_PARTIES
                else ("no_consensus_returned")
            )
            document.add_paragraph(w[key])
        elif c.kind == ConclusionKind.DEFERRED:
            document.add_paragraph(w["deferred"])
        elif c.kind == ConclusionKind.WITHDRAWN:
            if not _says_noted(c.decision_text, w["withdrawn"]):  # "Saka vart trekt." is said once
                document.add_paragraph(w["withdrawn"])
        elif item.standard == StandardItem.OTHER_BUSINESS:
            pass  # Eventuelt is its own kind: what was raised is its conclusion, nothing was "noted"
        elif not _says_noted(c.decision_text, w["noted"]):  # "teke til orientering" is said once
            document.add_paragraph(w["noted"])
        if c.without_quorum:
            dx.add_paragraph(document, style=dx.STYLE_NOTE).add_run(w["without_quorum"]).bold = True
        for el in body[start - 1 : len(body) - 1]:
            el.get_or_add_pPr().keepNext_val = True

    def _round(self, item: ItemRecord, rnd: VoteRoundRecord, rounds: tuple[VoteRoundRecord, ...] = ()) -> str:
        """One round: "Framlegget frå Kari Vik vart vedteke med 7 mot 2 røyster. Éin avstod.
        Røysta mot: … Avstod: …" (a sentence never starts with a digit). An amendment is named
        so ("Endringsframlegget frå …"); an alternative proposal is said to be set against the
        proposals no round voted on ("Framlegget frå Y, sett opp mot framlegget frå Z, vart …")."""
        w, tally = self.w, rnd.tally
        proposal = item.proposal(rnd.proposal_id)
        if rnd.adopted is None:  # no votes recorded: no result, never "adopted 0 to 0"
            return w["vote_none"].format(proposal=self._subject(proposal))
        subject = self._subject(proposal)
        if proposal is not None and proposal.amends_id is not None:
            subject = _capital(w["amendment_from"].format(who=self._proposer(proposal, short=True)))
        elif proposal is not None:
            voted = {r.proposal_id for r in rounds}
            others = [
                p for p in item.proposals
                if p.id != proposal.id and p.amends_id is None and p.id not in voted
                and p.fate != ProposalFate.WITHDRAWN
            ]
            if others:
                subject = w["set_against"].format(
                    proposal=subject, others=self._join([self._subject(p)[0].lower() + self._subject(p)[1:] for p in others])
                )
        against = tally[VoteChoice.AGAINST]
        parts = [
            w["vote_rejected" if rnd.adopted is False else "vote_adopted"].format(
                proposal=subject,
                votes_for=tally[VoteChoice.FOR],
                votes_against=f"{against} {w['vote_one'] if against == 1 else w['vote_many']}",
            )
        ]
        voters = sum(1 for p in item.presence if p.rights.may_vote)
        missing = voters - len(rnd.votes)  # a voter added after the vote (attendance changed) has none
        if missing > 0:
            note = w["votes_missing"].format(count=missing, votes=w["vote_one"] if missing == 1 else w["vote_many"])
            parts[0] = f"{parts[0].removesuffix('.')} {note}."  # "… mot 1 røyst (1 røyst manglar)."
        abstained = tally[VoteChoice.ABSTAIN]
        if abstained > 12:
            parts.append(w["vote_abstained_many"].format(count=abstained))
        elif abstained:
            parts.append(w["vote_abstained"].format(count=_capital(number_word(abstained, self.lang))))
        names = {choice: [v.person.full_name for v in rnd.votes if v.choice == choice] for choice in VoteChoice}
        if names[VoteChoice.AGAINST]:
            parts.append(w["voted_against"].format(names=self._join(names[VoteChoice.AGAINST])))
        if names[VoteChoice.ABSTAIN]:
            parts.append(w["abstained_names"].format(names=self._join(names[VoteChoice.ABSTAIN])))
        return " ".join(parts)

    def _subject(self, proposal: ProposalRecord | None) -> str:
        """A proposal as the subject of a sentence: "Framlegget til vedtak", "Framlegget frå Kari Vik"."""
        w = self.w
        if proposal is None or proposal.from_agenda:
            return _capital(w["the_proposal"])
        return _capital(w["proposal_from"].format(who=self._proposer(proposal, short=True)))

    def _conclusion(self, item: ItemRecord, c: ConclusionRecord) -> None:
        w, document = self.w, self.document
        # a vote decides only with a result: rejected or not yet voted is an outcome, not a decision
        decides = c.kind in DECIDING and (c.adopted is True if c.kind == ConclusionKind.VOTE else True)
        dx.add_heading(document, w["decision"] if decides else w["outcome"], 3)
        if item.flagged:
            flag = document.add_paragraph()
            flag.add_run(w["not_on_agenda_decision"]).bold = True
        for paragraph in dx.add_text(document, c.decision_text):
            for run in paragraph.runs:
                run.bold = True
        for entry in c.protocol_entries:
            head = document.add_paragraph()
            head.paragraph_format.keep_with_next = True
            head.paragraph_format.space_after = Pt(2)
            head.add_run(f"{w['protocol_entry_from'].format(who=self._behind(entry))}:").bold = True
            for paragraph in dx.add_text(document, entry.text):
                dx.left_rule(paragraph, dx.RULE)
                for run in paragraph.runs:
                    run.italic = True

    def _behind(self, entry: ProtocolEntryRecord) -> str:
        joined = self._join([p.full_name for p in entry.supporters])
        if entry.behind_text and joined:
            return f"{entry.behind_text} {_bracketed(joined)}"
        return entry.behind_text or joined

    # --- the end ---------------------------------------------------------------------------

    def _follow_up_table(self) -> None:
        w = self.w
        rows = [
            (item, f) for item in self.items for f in item.follow_ups
        ]
        if not rows:
            return
        rows.sort(
            key=lambda r: (r[1].due_on is None, r[1].due_on or datetime.min.date(), r[0].position, r[1].id)
        )
        dx.add_heading(self.document, w["follow_ups"], 1)
        table = dx.add_table(
            self.document,
            [w["follow_up_when"], w["follow_up_what"], w["follow_up_who"], w["case"]],
            [[short_date(f.due_on), f.what, f.responsible, self._number(item)] for item, f in rows],
            widths_cm=FOLLOW_UP_WIDTHS_CM,
        )
        dx.no_lonely_rows(table, whole_up_to=KEEP_TOGETHER_ROWS)

    def _closing(self) -> None:
        """The approval line (or the signatories' statement with their dates or signature lines)
        and the minute-taker, kept on one page with the paragraph before them."""
        w, document, meeting = self.w, self.document, self.meeting
        dx.keep_with_previous(document, paragraphs=1)
        block: list[Paragraph] = []
        approval = document.add_paragraph()
        approval.paragraph_format.space_before = Pt(18)
        block.append(approval)
        signing = self._signing()
        if self.approved and not signing:
            approval.add_run(self._approval()).bold = True
        elif signing:
            approval.add_run(self._signed_by()).bold = True
            block.extend(self._signatures())
        else:
            approval.add_run(w["draft_line"].format(kind=_capital(self.kind_definite))).bold = True
        taker = meeting.minute_taker
        if taker is not None:
            signature = document.add_paragraph()
            signature.paragraph_format.space_before = Pt(12)
            signature.add_run(f"{w['minute_taker']}: ").bold = True
            signature.add_run(dx.clean_text(", ".join(p for p in (taker.full_name, taker.title) if p)))
            organisation = taker.organisation
            if organisation:
                signature.add_run().add_break()
                signature.add_run(dx.clean_text(organisation))
            block.append(signature)
        for paragraph in block:
            paragraph.paragraph_format.keep_together = True
        for paragraph in block[:-1]:
            paragraph.paragraph_format.keep_with_next = True

    def _signing(self) -> bool:
        """Whether the minutes end with the signatories (justering): named, and not approved
        another way."""
        approval = self.meeting.approval
        return bool(self.meeting.signatures) and (
            not self.approved or (approval is not None and approval.by_signatories)
        )

    def _signed_by(self) -> str:
        """'Protokollen er godkjend av Kari Nordmann og Ola Hansen.' (nynorsk: referatet er godkjent)"""
        names = [s.person.full_name for s in self.meeting.signatures]
        return self.w[f"approved_by_{self.body.minutes_kind.value}"].format(names=self._join(names))

    def _signatures(self) -> list[Paragraph]:
        """One signatory each: the name and the day signed, else a line for place and date and
        one for the signature with the name under it."""
        w, document = self.w, self.document
        paragraphs: list[Paragraph] = []
        for s in self.meeting.signatures:
            name = dx.clean_text(s.person.full_name)
            if s.signed_on is not None:
                signed = document.add_paragraph(f"{name}, {medium_date(s.signed_on, self.lang)}")
                paragraphs.append(signed)
                continue
            line = document.add_paragraph(f"{'_' * 26}\t{'_' * 34}")
            line.paragraph_format.space_before = Pt(30)
            line.paragraph_format.space_after = Pt(0)
            caption = dx.add_paragraph(document, f"{w['place_and_date']}\t{w['signature']}: {name}", style=dx.STYLE_NOTE)
            for paragraph in (line, caption):
                paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(SIGNATURE_TAB_CM))
            paragraphs.extend((line, caption))
        return paragraphs

    def _approval(self) -> str:
        """'Godkjend i møte 22. september 2026, sak 14/26.', 'Godkjend i møtet, sak 21/14.', by the
        signatories, or by circulation."""
        w, approval = self.w, self.meeting.approval
        if approval is not None and approval.own:
            return w["approved_in_own"].format(number=approval.item_number or "")
        if approval is not None and approval.by_signatories and self.meeting.signatures:
            return self._signed_by()
        if approval is not None and approval.meeting_starts_at is not None:
            date = medium_date(approval.meeting_starts_at, self.lang)
            number = approval.item_number or ""
            if approval.other_body is not None:
                return w["approved_in_other"].format(body=approval.other_body, date=date, number=number)
            return w["approved_in"].format(date=date, number=number)
        if approval is not None and approval.approved_on is not None:
            return w["approved_by_circulation"].format(date=medium_date(approval.approved_on, self.lang))
        return w["approved"]

    # --- small things ----------------------------------------------------------------------

    def _title_says_only_body_and_year(self) -> bool:
        """The meeting's own title ("Partnarskapsmøte 2026") says no more than the document's."""
        said = " ".join(self.meeting.title.split()).casefold()
        body, year = self.body.name.casefold(), self.meeting.starts_at.year
        return said in {body, f"{body} {year}", f"{body}t", f"{body}t {year}"}

    def _number(self, item: ItemRecord) -> str:
        return item.number

    def _title(self, item: ItemRecord) -> str:
        return item_title(item, self.lang)

    def _with_title(self, person: PersonRecord) -> str:
        return f"{person.full_name} {_bracketed(person.title)}" if person.title else person.full_name

    def _join(self, names: Iterable[str]) -> str:
        names = list(names)
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self.w['and']} {names[-1]}"


def _keep_with_next(paragraph: Paragraph) -> None:
    """Keep the paragraphs written after `paragraph` (so far) on the page of the next one."""
    for el in paragraph._p.itersiblings(qn("w:p")):
        Paragraph(el, paragraph._parent).paragraph_format.keep_with_next = True


def _by_seat(a: AttendanceRecord) -> tuple[object, ...]:
    """Leader, deputy leader, members (then the rest), each by name (Norwegian order)."""
    role = _ROLE_ORDER.get(a.role, 99) if a.role is not None else 99
    return role, *a.person.sort_key


def _by_name(a: AttendanceRecord) -> tuple[object, ...]:
    return a.person.sort_key


def _order(item: ItemRecord) -> tuple[int, int]:
    return item.position, item.id


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_INNER_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def _bracketed(text: str) -> str:
    """`text` in brackets, brackets inside it said with a dash instead: never "(…(…))".
    "Kommunane i Bergensregionen (Askøy kommune)" → "(Kommunane i Bergensregionen – Askøy kommune)".
    What a participant represents keeps its one text (services/represents.py) where it stands
    alone (the attendance table, the screen, the JSON); only the minutes' brackets around it
    say it this way."""
    flat = text
    while True:
        flatter = _INNER_BRACKETS.sub(lambda m: f" – {m.group(1).strip()}", flat)
        if flatter == flat:
            break
        flat = flatter
    return f"({flat.strip()})"


def _beside_title(represents: str, title: str) -> str:
    """What someone represents in the column beside their position: someone without a seat is
    represented by "title, organisation" (services/represents.py), and the title has its column."""
    if title and represents == title:
        return ""
    if title and represents.startswith(f"{title}, "):
        return represents[len(title) + 2 :]
    return represents


def _says_noted(decision: str, noted: str) -> bool:
    """The decision text already says the item was taken to orientation ("Saka vert teken til
    orientering."): the minutes do not say it a second time."""
    words = noted.rstrip(".").split()  # "Teke til orientering" → "til orientering"
    return " ".join(words[1:]).casefold() in " ".join(decision.split()).casefold()


def _noted_as_proposed(proposed: str, c: ConclusionRecord | None) -> bool:
    """An item taken to orientation as proposed: the proposal is not printed before the
    decision that repeats it word for word."""
    return (
        c is not None
        and c.kind == ConclusionKind.NOTED
        and " ".join(proposed.split()) == " ".join(c.decision_text.split())
    )
