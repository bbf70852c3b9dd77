<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Absence</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/absence.py" line="+24"/>
        <source>personal deputy</source>
        <translation>personal deputy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the body&apos;s list</source>
        <translation>from the body&apos;s list</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Notice deputy</source>
        <translation>Notice deputy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save E-mail to the Deputy</source>
        <translation>Save E-mail to the Deputy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mail drafts (*.eml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail Saved</source>
        <translation>E-mail Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail was saved as «{file}». Open it now to send it?</source>
        <translation>The e-mail was saved as «{file}». Open it now to send it?</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location line="-123"/>
        <source>Report Absence</source>
        <translation>Report Absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member who cannot come reports absence (forfall); a deputy is called in for them: their personal deputy, else the next free one on the body&apos;s list.</source>
        <translation>A member who cannot come reports absence (forfall); a deputy is called in for them: their personal deputy, else the next free one on the body&apos;s list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report A&amp;bsence</source>
        <translation>Report A&amp;bsence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. illness, another meeting</source>
        <translation>e.g. illness, another meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Call in a deputy</source>
        <translation>Call in a deputy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Deputy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member &amp;Comes After All</source>
        <translation>The Member &amp;Comes After All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the absence; the deputy called in goes off the list</source>
        <translation>Take back the absence; the deputy called in goes off the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member comes after all</source>
        <translation>The member comes after all</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} – absence reported, {deputy} called in</source>
        <translation>{name} – absence reported, {deputy} called in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – absence reported</source>
        <translation>{name} – absence reported</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No deputy is free to stand in for {name}.</source>
        <translation>No deputy is free to stand in for {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the member.</source>
        <translation>Choose the member.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+189"/>
        <source>Item</source>
        <extracomment>Marks an item not on the agenda (U+2691, in the fonts Windows and DejaVu ship). The MIME type of dragged agenda items: their ids, in order. Called with the item ids in their new order when rows are dropped; the page saves the order and the model is refilled from the database.</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access</source>
        <translation>Public access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt – {basis}</source>
        <translation>Exempt – {basis}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{flag} Not on the agenda: {title}</source>
        <translation>{flag} Not on the agenda: {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exempt from public access ({basis})</source>
        <translation>Exempt from public access ({basis})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt from public access</source>
        <translation>Exempt from public access</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Raised under any other business; not on the agenda.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../hfdesk/ui/pages/agenda.py" line="+58"/>
        <location line="+6"/>
        <location line="+93"/>
        <source>Agenda</source>
        <extracomment>The id of a case just saved in the case editor.</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>Select a meeting to see its agenda.</source>
        <translation>Select a meeting to see its agenda.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;New Case…</source>
        <translation>&amp;New Case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a case to this meeting&apos;s agenda (before Any other business)</source>
        <translation>Add a case to this meeting&apos;s agenda (before Any other business)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Edit Case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected case: its text, priority groups, public access and attachments</source>
        <translation>Open the selected case: its text, priority groups, public access and attachments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take Off the Agenda</source>
        <translation>&amp;Take Off the Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes back to the cases waiting (before the notice only)</source>
        <translation>The case goes back to the cases waiting (before the notice only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case one place up</source>
        <translation>Move the selected case one place up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case one place down</source>
        <translation>Move the selected case one place down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to &amp;Other Bodies…</source>
        <translation>Send to &amp;Other Bodies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected case on to other bodies: each gets it waiting for an agenda</source>
        <translation>Send the selected case on to other bodies: each gets it waiting for an agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Standard Items</source>
        <translation>Standard Items</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Approval of the Notice and Agenda</source>
        <translation>Approval of the Notice and Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the Minutes</source>
        <translation>Approval of the Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any Other Business</source>
        <translation>Any Other Business</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approval of the Minutes of This Meeting</source>
        <translation>Approval of the Minutes of This Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting approves its own minutes in a last item</source>
        <translation>The meeting approves its own minutes in a last item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard items</source>
        <translation>Standard items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a standard item back on the agenda</source>
        <translation>Put a standard item back on the agenda</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agenda – {body}</source>
        <translation>Agenda – {body}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This meeting has no items yet.</source>
        <translation>This meeting has no items yet.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Take “{title}” off the agenda? It goes back to the cases waiting.</source>
        <translation>Take “{title}” off the agenda? It goes back to the cases waiting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{title}” from the agenda? You can put it back under Standard Items.</source>
        <translation>Remove “{title}” from the agenda? You can put it back under Standard Items.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Off the Agenda</source>
        <translation>Take Off the Agenda</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hfdesk/ui/app.py" line="+74"/>
        <source>hfdesk is already open with «{file}». That window has been brought forward.</source>
        <translation>hfdesk is already open with «{file}». That window has been brought forward.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hfdesk is already open with «{file}» (it may still be starting). Use that window.</source>
        <translation>hfdesk is already open with «{file}» (it may still be starting). Use that window.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>hfdesk</source>
        <translation>hfdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Another File…</source>
        <translation>Open &amp;Another File…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>«{path}» cannot be used: {reason}</source>
        <translation>«{path}» cannot be used: {reason}</translation>
    </message>
</context>
<context>
    <name>ApproveMinutesDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+368"/>
        <source>Approve Minutes</source>
        <translation>Approve Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved minutes are locked; they can be reopened with a reason.</source>
        <translation>Approved minutes are locked; they can be reopened with a reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>In a meeting</source>
        <translation>In a meeting</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Item {number}, at the end of this meeting</source>
        <translation>Item {number}, at the end of this meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number}, {date}</source>
        <translation>Item {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>By signatories (justering)</source>
        <translation>By signatories (justering)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+28"/>
        <source>By circulation</source>
        <translation>By circulation</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatory &amp;{n}:</source>
        <translation>Signatory &amp;{n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory {n}</source>
        <translation>Signatory {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory {n} has signed</source>
        <translation>Signatory {n} has signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day signatory {n} signed</source>
        <translation>Day signatory {n} signed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved &amp;on:</source>
        <translation>Approved &amp;on:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the signatory before the day they signed.</source>
        <translation>Choose the signatory before the day they signed.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/attachments.py" line="+31"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved with the case when you press OK</source>
        <translation>Saved with the case when you press OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached {date}</source>
        <translation>Attached {date}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+201"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deputy for {name}</source>
        <translation>Deputy for {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest, item {items}</source>
        <translation>Guest, item {items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From {item}</source>
        <translation>From {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {item}</source>
        <translation>Until {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status}, {name} stands in</source>
        <translation>{status}, {name} stands in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present from item {first} until item {last}</source>
        <translation>Present from item {first} until item {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived for item {item}</source>
        <translation>Arrived for item {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left after item {item}</source>
        <translation>Left after item {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks, proposes</source>
        <translation>Speaks, proposes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks</source>
        <translation>Speaks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rights</source>
        <translation>No rights</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+28"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put forward by</source>
        <translation>Put forward by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exempt from public access</source>
        <translation>Exempt from public access</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../hfdesk/ui/backups.py" line="+194"/>
        <source>Made</source>
        <extracomment>How often the scheduler asks the policy whether a backup is due. A backup was written (its path) or was not needed (None). An automatic backup failed: one line for the status bar.</extracomment>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at start</source>
        <translation>at start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at exit</source>
        <translation>at exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+90"/>
        <source>No bodies have been registered yet.</source>
        <translation>No bodies have been registered yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bodies</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+166"/>
        <source>Select a body to see its members.</source>
        <translation>Select a body to see its members.</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Show the composition check</source>
        <translation>Show the composition check</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;former members</source>
        <translation>Show &amp;former members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Body…</source>
        <translation>Edit &amp;Body…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected body&apos;s settings: name, level, rules for meetings and decisions, documents</source>
        <translation>Change the selected body&apos;s settings: name, level, rules for meetings and decisions, documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New B&amp;ody…</source>
        <translation>New B&amp;ody…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a body under the selected one; it starts with the national composition rules</source>
        <translation>Add a body under the selected one; it starts with the national composition rules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in the selected body, its seats, rules and meetings, and when</source>
        <translation>Who changed what in the selected body, its seats, rules and meetings, and when</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Member…</source>
        <translation>&amp;Add Member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member, deputy or observer to this body</source>
        <translation>Add a member, deputy or observer to this body</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Member…</source>
        <translation>&amp;Edit Member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected membership (Enter)</source>
        <translation>Change the selected membership (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;nd Term…</source>
        <translation>E&amp;nd Term…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected member&apos;s term; the seat is kept as history</source>
        <translation>End the selected member&apos;s term; the seat is kept as history</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>&amp;Composition</source>
        <translation>&amp;Composition</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Level {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under {parent}</source>
        <translation>under {parent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area {area}</source>
        <translation>area {area}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written standard: {language}</source>
        <translation>written standard: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case numbers like {number}</source>
        <translation>case numbers like {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This body has no members registered.</source>
        <translation>This body has no members registered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This body has no members in the current term.</source>
        <translation>This body has no members in the current term.</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+88"/>
        <source>Edit Body</source>
        <translation>Edit Body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Body</source>
        <translation>New Body</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. SSU</source>
        <translation>e.g. SSU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 partnarskapsmøte, 2 strategisk samarbeidsutval, 3 områdeutval, 4 fagleg samarbeidsutval</source>
        <translation>1 partnarskapsmøte, 2 strategisk samarbeidsutval, 3 områdeutval, 4 fagleg samarbeidsutval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (level {level})</source>
        <translation>{name} (level {level})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: a body at the top)</source>
        <translation>(none: a body at the top)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area an områdeutval serves</source>
        <translation>The area an områdeutval serves</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least </source>
        <translation>at least </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Bergen rådhus, møterom 1</source>
        <translation>e.g. Bergen rådhus, møterom 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the notice and agenda</source>
        <translation>Approval of the notice and agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the minutes</source>
        <translation>Approval of the minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any other business</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the body writes case 3 and case 12 of this year</source>
        <translation>How the body writes case 3 and case 12 of this year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (approved in a meeting or by circulation)</source>
        <translation>None (approved in a meeting or by circulation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members or deputies present at the meeting sign the minutes; they are approved when all have signed.</source>
        <translation>Members or deputies present at the meeting sign the minutes; they are approved when all have signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who spoke</source>
        <translation>Who spoke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item&apos;s handling names who had the floor, from the speakers list in meeting mode</source>
        <translation>Each item&apos;s handling names who had the floor, from the speakers list in meeting mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When each item was treated</source>
        <translation>When each item was treated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each item says when it was treated, from the clock in meeting mode</source>
        <translation>Each item says when it was treated, from the clock in meeting mode</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Under (the body above)</source>
        <translation>Under (the body above)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and decisions</source>
        <translation>Meetings and decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum, number of members</source>
        <translation>Quorum, number of members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Majority:</source>
        <translation>&amp;Majority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;place:</source>
        <translation>Default &amp;place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;duration:</source>
        <translation>Default &amp;duration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard &amp;items:</source>
        <translation>Standard &amp;items:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard items</source>
        <translation>Standard items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written standard:</source>
        <translation>&amp;Written standard:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes &amp;kind:</source>
        <translation>Minutes &amp;kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case numbers:</source>
        <translation>&amp;Case numbers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of si&amp;gnatories (justering):</source>
        <translation>Number of si&amp;gnatories (justering):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes say:</source>
        <translation>The minutes say:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The minutes say</source>
        <translation>The minutes say</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desc&amp;ription:</source>
        <translation>Desc&amp;ription:</translation>
    </message>
</context>
<context>
    <name>BodyTreeModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/bodies.py" line="+51"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Members in the current term</source>
        <translation>Members in the current term</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observer</numerusform>
            <numerusform>%n observers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deputy member(s)</source>
        <translation>
            <numerusform>%n deputy member</numerusform>
            <numerusform>%n deputy members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Level {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written standard: {language}</source>
        <translation>Written standard: {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n breach(es) of the composition rules</source>
        <translation>
            <numerusform>%n breach of the composition rules</numerusform>
            <numerusform>%n breaches of the composition rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachesModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/composition.py" line="+109"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breach</source>
        <translation>Breach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing seat</source>
        <translation>Missing seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many</source>
        <translation>Too many</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader from the wrong side</source>
        <translation>Leader from the wrong side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended</source>
        <translation>Term ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy without a member</source>
        <translation>Deputy without a member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leader</source>
        <translation>No leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders from one side</source>
        <translation>Leaders from one side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy from another side</source>
        <translation>Deputy from another side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unequal representation</source>
        <translation>Unequal representation</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/case_editor.py" line="+131"/>
        <source>Could not make a copy of «{file}» to open: {reason}</source>
        <translation>Could not make a copy of «{file}» to open: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer could open «{file}». A copy is in {folder}.</source>
        <translation>No program on this computer could open «{file}». A copy is in {folder}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Edit Case</source>
        <extracomment>The case&apos;s id, after an attachment of an existing case was added or removed (saved at once).</extracomment>
        <translation>Edit Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Case</source>
        <translation>New Case</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>e.g. Samarbeidssekretariatet</source>
        <translation>e.g. Samarbeidssekretariatet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no person)</source>
        <translation>(no person)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person responsible, if the case has one</source>
        <translation>The person responsible, if the case has one</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Brukarutvalet</source>
        <translation>e.g. Brukarutvalet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xempt from public access</source>
        <translation>E&amp;xempt from public access</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Exempt from public access</source>
        <translation>Exempt from public access</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Choose or type the legal basis</source>
        <translation>Choose or type the legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required for an exempt case, e.g. «offl. § 13 jf. fvl. § 13»</source>
        <translation>Required for an exempt case, e.g. «offl. § 13 jf. fvl. § 13»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put forward b&amp;y:</source>
        <translation>Put forward b&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kground:</source>
        <translation>Bac&amp;kground:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proposed decision:</source>
        <translation>&amp;Proposed decision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority &amp;groups:</source>
        <translation>Priority &amp;groups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access:</source>
        <translation>Public access:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Attach Files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attac&amp;hments:</source>
        <translation>Attac&amp;hments:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not concluded</source>
        <translation>not concluded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting for an agenda</source>
        <translation>waiting for an agenda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body}: {outcome}</source>
        <translation>{body}: {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {body}, item {number}: {outcome}</source>
        <translation>{date}, {body}, item {number}: {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {body}: {outcome}</source>
        <translation>{date}, {body}: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▶ {line} (this treatment)</source>
        <translation>▶ {line} (this treatment)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary of the case path</source>
        <translation>Summary of the case path</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case path:</source>
        <translation>Case path:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for an agenda in {body}</source>
        <translation>waiting for an agenda in {body}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{body}, meeting {date}</source>
        <translation>{body}, meeting {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new case on the agenda of {body}, meeting {date}. It is put before «Eventuelt».</source>
        <translation>A new case on the agenda of {body}, meeting {date}. It is put before «Eventuelt».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new case waiting for an agenda in {body}.</source>
        <translation>A new case waiting for an agenda in {body}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting is cancelled, so this case cannot be changed. Its attachments can still be opened.</source>
        <translation>The meeting is cancelled, so this case cannot be changed. Its attachments can still be opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes of this meeting are approved and locked, so this case cannot be changed. Reopen the meeting to change it. Its attachments can still be opened.</source>
        <translation>The minutes of this meeting are approved and locked, so this case cannot be changed. Reopen the meeting to change it. Its attachments can still be opened.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a standard item of the agenda: only its title and duration can be changed.</source>
        <translation>This is a standard item of the agenda: only its title and duration can be changed.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Files are saved with the case when you press OK.</source>
        <translation>Files are saved with the case when you press OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files are saved as soon as you attach or remove them.</source>
        <translation>Files are saved as soon as you attach or remove them.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attach Files</source>
        <translation>Attach Files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Remove «{title}» ({file}) from the case? It is deleted from the database; the file on your disk is not touched.</source>
        <translation>Remove «{title}» ({file}) from the case? It is deleted from the database; the file on your disk is not touched.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remove the %n selected attachment(s) from the case? They are deleted from the database; the files on your disk are not touched.</source>
        <translation>
            <numerusform>Remove the selected attachment from the case? It is deleted from the database; the file on your disk is not touched.</numerusform>
            <numerusform>Remove the %n selected attachments from the case? They are deleted from the database; the files on your disk are not touched.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Attachment</source>
        <translation>Remove Attachment</translation>
    </message>
</context>
<context>
    <name>CaseHitsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/search.py" line="+22"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matching text</source>
        <translation>Matching text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also treated in</source>
        <translation>Also treated in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Waiting for an agenda</source>
        <translation>Waiting for an agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{body}, item {number}, {when}</source>
        <translation>{body}, item {number}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{body}, {when}</source>
        <translation>{body}, {when}</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <location filename="../../hfdesk/ui/pages/composition.py" line="+56"/>
        <source>Composition status</source>
        <translation>Composition status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No breaches: the body is composed as its rules say.</source>
        <translation>No breaches: the body is composed as its rules say.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This body has no composition rules yet.</source>
        <translation>This body has no composition rules yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition rules</source>
        <translation>Composition rules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Rule…</source>
        <translation>Add &amp;Rule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a composition rule to this body</source>
        <translation>Add a composition rule to this body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Rule…</source>
        <translation>&amp;Edit Rule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected rule</source>
        <translation>Change the selected rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Delete Rule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rule</source>
        <translation>Delete the selected rule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader and deputy leader from different &amp;sides</source>
        <translation>Leader and deputy leader from different &amp;sides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matching representation</source>
        <translation>&amp;Matching representation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies are a s&amp;hared list</source>
        <translation>Deputies are a s&amp;hared list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deputy stands in only for a member of the same si&amp;de</source>
        <translation>A deputy stands in only for a member of the same si&amp;de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As many voting seats from the municipalities as from the hospitals</source>
        <translation>As many voting seats from the municipalities as from the hospitals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deputy need not stand for a named member: any deputy may stand in for any member</source>
        <translation>A deputy need not stand for a named member: any deputy may stand in for any member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the meeting, a deputy from the municipalities stands in only for a municipal member, and so on</source>
        <translation>In the meeting, a deputy from the municipalities stands in only for a municipal member, and so on</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rules for the whole body</source>
        <translation>Rules for the whole body</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n breach(es) of the composition rules</source>
        <translation>
            <numerusform>%n breach of the composition rules</numerusform>
            <numerusform>%n breaches of the composition rules</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No breaches</source>
        <translation>✓ No breaches</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete Rule</source>
        <translation>Delete Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule «{label}»? The body&apos;s members are not changed.</source>
        <translation>Delete the rule «{label}»? The body&apos;s members are not changed.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/conflict.py" line="+50"/>
        <source>Changed by a Colleague</source>
        <extracomment>REAPPLY, COPY or CANCEL.</extracomment>
        <translation>Changed by a Colleague</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing of yours is lost. Save your version over theirs, copy your text to paste it in again, or go back to your text.</source>
        <translation>Nothing of yours is lost. Save your version over theirs, copy your text to paste it in again, or go back to your text.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colleague&apos;s version</source>
        <translation>Colleague&apos;s version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}, colleague&apos;s version</source>
        <translation>{field}, colleague&apos;s version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}, your version</source>
        <translation>{field}, your version</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use My Changes</source>
        <translation>Use My Changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy My Text</source>
        <translation>Copy My Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your version over the colleague&apos;s</source>
        <translation>Save your version over the colleague&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy your text to the clipboard and show the colleague&apos;s version in the editor</source>
        <translation>Copy your text to the clipboard and show the colleague&apos;s version in the editor</translation>
    </message>
</context>
<context>
    <name>CopyMeetingDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-197"/>
        <source>Copy Meeting</source>
        <translation>Copy Meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy gets the same body, place, video link, people and length, and the standard items. Cases are copied as new cases; what happened to them is not.</source>
        <translation>The copy gets the same body, place, video link, people and length, and the standard items. Cases are copied as new cases; what happened to them is not.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the cases as well</source>
        <translation>Copy the cases as well</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+244"/>
        <source>Deputy Steps In</source>
        <translation>Deputy Steps In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deputy for {name} carries that member&apos;s vote for the meeting.</source>
        <translation>A deputy for {name} carries that member&apos;s vote for the meeting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Deputy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives at item {number}</source>
        <translation>Arrives at item {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives at this item</source>
        <translation>Arrives at this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has no deputy who can stand in.</source>
        <translation>{name} has no deputy who can stand in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (personal deputy)</source>
        <translation> (personal deputy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (from the body&apos;s list)</source>
        <translation> (from the body&apos;s list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – stands in for {name}</source>
        <translation> – stands in for {name}</translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/checkout.py" line="+52"/>
        <source>The Copy Cannot Be Handed Back</source>
        <translation>The Copy Cannot Be Handed Back</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the laptop&apos;s version replaces the meeting here. Nothing is lost: the meeting as it is here now is first saved as a JSON file beside the copy.</source>
        <translation>Importing the laptop&apos;s version replaces the meeting here. Nothing is lost: the meeting as it is here now is first saved as a JSON file beside the copy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy&apos;s meeting and the meeting here are the same.</source>
        <translation>The copy&apos;s meeting and the meeting here are the same.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the Laptop&apos;s Version</source>
        <translation>Import the Laptop&apos;s Version</translation>
    </message>
</context>
<context>
    <name>DisqualificationDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="-75"/>
        <source>Disqualification</source>
        <translation>Disqualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disqualified person is out of this item: no vote, no quorum, and the minutes say so.</source>
        <translation>A disqualified person is out of this item: no vote, no quorum, and the minutes say so.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ground:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. board member of the company the case concerns</source>
        <translation>e.g. board member of the company the case concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body decided it</source>
        <translation>The body decided it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by the body</source>
        <translation>Decided by the body</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Call in a deputy for this item</source>
        <translation>Call in a deputy for this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;puty:</source>
        <translation>De&amp;puty:</translation>
    </message>
</context>
<context>
    <name>DisqualificationsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+224"/>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The body</source>
        <translation>The body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+465"/>
        <source>Trial Run</source>
        <translation>Trial Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the import would do. Nothing has been saved yet.</source>
        <translation>This is what the import would do. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trial run could not be made.</source>
        <translation>The trial run could not be made.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) stop the import. Nothing will be imported until they are fixed: correct the workbook, or go back and map the columns or choose another body.</source>
        <translation>
            <numerusform>%n problem stops the import. Nothing will be imported until it is fixed: correct the workbook, or go back and map the columns or choose another body.</numerusform>
            <numerusform>%n problems stop the import. Nothing will be imported until they are fixed: correct the workbook, or go back and map the columns or choose another body.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+554"/>
        <source>End Term</source>
        <translation>End Term</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the term of {name} in {body}. The seat stays in the register as history and is shown under «Show former members».</source>
        <translation>End the term of {name} in {body}. The seat stays in the register as history and is shown under «Show former members».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;End Term</source>
        <translation>&amp;End Term</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last day of the term:</source>
        <translation>&amp;Last day of the term:</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../hfdesk/ui/error_report.py" line="+38"/>
        <source>Something Went Wrong</source>
        <translation>Something Went Wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk met an error it did not expect. What you had saved is safe: every change is stored as it is made. If it happens again, copy the details and send them to whoever supports hfdesk.</source>
        <translation>hfdesk met an error it did not expect. What you had saved is safe: every change is stored as it is made. If it happens again, copy the details and send them to whoever supports hfdesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are also in the log file {file}.</source>
        <translation>The details are also in the log file {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log file could not be written.</source>
        <translation>The log file could not be written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show Details</source>
        <translation>&amp;Show Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copy Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/files.py" line="+100"/>
        <source>Export Roster to Excel</source>
        <extracomment>The written file.</extracomment>
        <translation>Export Roster to Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook with an overview, one sheet per body (name, role, rights, represents, side, area, e-mail, phone, term, deputy for) and a sheet with the composition breaches.</source>
        <translation>An Excel workbook with an overview, one sheet per body (name, role, rights, represents, side, area, e-mail, phone, term, deputy for) and a sheet with the composition breaches.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;whole register</source>
        <translation>The &amp;whole register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only {body}</source>
        <translation>&amp;Only {body}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>roster</source>
        <translation>roster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Roster</source>
        <translation>Save Roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Roster Exported</source>
        <translation>Roster Exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster was saved as «{file}». Open it now?</source>
        <translation>The roster was saved as «{file}». Open it now?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-418"/>
        <source>Choose the Workbook</source>
        <translation>Choose the Workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx) with one roster per sheet under a header row, or a CSV file saved from Excel; title rows above the header are fine. Nothing is imported before the last step.</source>
        <translation>An Excel workbook (.xlsx) with one roster per sheet under a header row, or a CSV file saved from Excel; title rows above the header are fine. Nothing is imported before the last step.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers hfdesk recognises, in bokmål or nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, Periode til, Vara for and Stilling. Role words such as Brukarrepresentant, Fastlege, Observatør (fastlege) and Vara for NAMN are understood; other columns and words can be assigned in the next step.</source>
        <translation>Headers hfdesk recognises, in bokmål or nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, Periode til, Vara for and Stilling. Role words such as Brukarrepresentant, Fastlege, Observatør (fastlege) and Vara for NAMN are understood; other columns and words can be assigned in the next step.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workbook file</source>
        <translation>Workbook file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C:\Users\…\Medlemsliste.xlsx</source>
        <translation>C:\Users\…\Medlemsliste.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a workbook</source>
        <translation>Browse for a workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading status</source>
        <translation>Reading status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading progress</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;Reading</source>
        <translation>Cancel &amp;Reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reading the workbook</source>
        <translation>Cancel reading the workbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Roster</source>
        <translation>Import Roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>Rosters (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading «{name}»…</source>
        <translation>Reading «{name}»…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading was cancelled. Nothing has been imported.</source>
        <translation>Reading was cancelled. Nothing has been imported.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/first_run.py" line="+80"/>
        <source>This is a network folder. Over the network the database cannot be locked safely; keep it in a folder on this computer.</source>
        <translation>This is a network folder. Over the network the database cannot be locked safely; keep it in a folder on this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>This folder is synchronised ({service}). Synchronising can copy the database while it is being written and damage it; keep it in a folder on this computer.</source>
        <translation>This folder is synchronised ({service}). Synchronising can copy the database while it is being written and damage it; keep it in a folder on this computer.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+1"/>
        <source>Welcome to hfdesk</source>
        <translation>Welcome to hfdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hfdesk keeps the register, the meetings and the minutes in one database file on this computer. Choose where it is kept and what your documents should carry; the name, the logo and the language can be changed later under File ▸ Settings.</source>
        <translation>hfdesk keeps the register, the meetings and the minutes in one database file on this computer. Choose where it is kept and what your documents should carry; the name, the logo and the language can be changed later under File ▸ Settings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your data is kept</source>
        <translation>Where your data is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database hfdesk used last, «{file}», is not there any more.</source>
        <translation>The database hfdesk used last, «{file}», is not there any more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Existing Database…</source>
        <translation>&amp;Open Existing Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if you already have an hfdesk database, e.g. from a colleague</source>
        <translation>if you already have an hfdesk database, e.g. from a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your helsefellesskap</source>
        <translation>Your helsefellesskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the helsefellesskap</source>
        <translation>Name of the helsefellesskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Helsefellesskapet i Bergensområdet</source>
        <translation>e.g. Helsefellesskapet i Bergensområdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For notices and minutes. Both may be left empty and changed later.</source>
        <translation>For notices and minutes. Both may be left empty and changed later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo data first, to look around</source>
        <translation>Open &amp;demo data first, to look around</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example data from Helsefellesskapet i Bergensområdet, kept in a separate file, «{file}», beside your database and never mixed with your own data.</source>
        <translation>Example data from Helsefellesskapet i Bergensområdet, kept in a separate file, «{file}», beside your database and never mixed with your own data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start hfdesk</source>
        <translation>&amp;Start hfdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This folder already has an hfdesk database, «{file}»; it will be opened.</source>
        <translation>This folder already has an hfdesk database, «{file}»; it will be opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database will be «{file}» in this folder, with its backups beside it.</source>
        <translation>The database will be «{file}» in this folder, with its backups beside it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is new and empty.</source>
        <translation>The database is new and empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: {reason}</source>
        <translation>Warning: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a Folder for the Database</source>
        <translation>Choose a Folder for the Database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a folder for the database.</source>
        <translation>Choose a folder for the database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder «{folder}» cannot be used: {reason}</source>
        <translation>The folder «{folder}» cannot be used: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hfdesk may not write in «{folder}». Choose another folder.</source>
        <translation>hfdesk may not write in «{folder}». Choose another folder.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="-47"/>
        <source>New Follow-up</source>
        <translation>New Follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a party, written below)</source>
        <translation>(a party, written below)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the secretariat, the municipalities</source>
        <translation>e.g. the secretariat, the municipalities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or &amp;party:</source>
        <translation>Or &amp;party:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due, date</source>
        <translation>Due, date</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/follow_ups.py" line="+28"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From item {number}: {title}</source>
        <translation>From item {number}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting {date}</source>
        <translation>Meeting {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done {date}</source>
        <translation>Done {date}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/follow_ups.py" line="+70"/>
        <location line="+53"/>
        <location line="+20"/>
        <location filename="../../hfdesk/ui/shell.py" line="+137"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>What the bodies have asked to be followed up: what, who and by when.</source>
        <translation>What the bodies have asked to be followed up: what, who and by when.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as done</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected follow-up is not done after all</source>
        <translation>The selected follow-up is not done after all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-ups the list shows (this filter and body) as an Excel workbook</source>
        <translation>The follow-ups the list shows (this filter and body) as an Excel workbook</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open ({count})</source>
        <translation>Open ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue ({count})</source>
        <translation>Overdue ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done ({count})</source>
        <translation>Done ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open follow-ups.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups have been marked as done.</source>
        <translation>No follow-ups have been marked as done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups have been registered yet.</source>
        <translation>No follow-ups have been registered yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>follow-ups</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Follow-ups</source>
        <translation>Save Follow-ups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-ups Exported</source>
        <translation>Follow-ups Exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-ups were saved as «{file}». Open it now?</source>
        <translation>The follow-ups were saved as «{file}». Open it now?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark «{what}» as done today?</source>
        <translation>Mark «{what}» as done today?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/base.py" line="+254"/>
        <source>Error message</source>
        <extracomment>What a window&apos;s frame and the taskbar&apos;s edge take beyond a dialog&apos;s contents (title bar, borders, at 100–150 % on Windows): a dialog as tall as the screen less this keeps its buttons on it. The id of what was saved (a new or an edited row).</extracomment>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+103"/>
        <source>Guest or Secretariat</source>
        <translation>Guest or Secretariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name: someone in the register, or someone new</source>
        <translation>Type a name: someone in the register, or someone new</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For someone new: e.g. head of the local network</source>
        <translation>For someone new: e.g. head of the local network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest for the items ticked below</source>
        <translation>Guest for the items ticked below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As:</source>
        <translation>As:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Items:</source>
        <translation>&amp;Items:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../hfdesk/ui/guide.py" line="+66"/>
        <source>hfdesk – User Guide</source>
        <extracomment>The guide in each interface language. English falls back to bokmål when it is missing.</extracomment>
        <translation>hfdesk – User Guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/history.py" line="+26"/>
        <source>History: {subject}</source>
        <translation>History: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change, newest first: when (Norwegian time), who (the user account or the database role) and what. Contact details are never kept here.</source>
        <translation>Every change, newest first: when (Norwegian time), who (the user account or the database role) and what. Contact details are never kept here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Nothing has been recorded yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/history.py" line="+20"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+431"/>
        <source>Import Roster from Excel</source>
        <extracomment>Emitted in the GUI thread each time the reading&apos;s progress is shown: rows read, rows in all (0 while not known).</extracomment>
        <translation>Import Roster from Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{role} with {rights}</source>
        <translation>{role} with {rights}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role} for {side}</source>
        <translation>{role} for {side}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Added {members} membership(s) and {added} new person(s); {matched} person(s) were already in the register.</source>
        <translation>Memberships added: {members}. New people: {added}. People already in the register: {matched}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import will add {members} membership(s) and {added} new person(s); {matched} person(s) are already in the register.</source>
        <translation>Memberships to add: {members}. New people: {added}. People already in the register: {matched}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hfdesk remembers the role words {words} for next time.</source>
        <translation>hfdesk remembers the role words {words} for next time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role words {words} will be remembered for next time.</source>
        <translation>The role words {words} will be remembered for next time.</translation>
    </message>
</context>
<context>
    <name>ItemFollowUpsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+16"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hfdesk/ui/labels.py" line="+36"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy leader</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy member</source>
        <translation>Deputy member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right to vote</source>
        <translation>Right to vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to speak and propose</source>
        <translation>Right to speak and propose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to speak</source>
        <translation>Right to speak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rights</source>
        <translation>No rights</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice sent</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus with protocol entry</source>
        <translation>Consensus with protocol entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consensus</source>
        <translation>No consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Noted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Adopted</source>
        <extracomment>What became of a proposal (vedteke, fall, trekt); a pending one shows nothing.</extracomment>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell</source>
        <translation>Fell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported absence</source>
        <translation>Reported absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least half of the members</source>
        <translation>At least half of the members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than half of the members</source>
        <translation>More than half of the members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed number of members</source>
        <translation>A fixed number of members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum rule (advisory)</source>
        <translation>No quorum rule (advisory)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simple majority</source>
        <translation>Simple majority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two thirds of the votes cast</source>
        <translation>Two thirds of the votes cast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referat (summary)</source>
        <translation>Referat (summary)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll (formal record)</source>
        <translation>Protokoll (formal record)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Children and young people</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with severe mental illness and substance abuse</source>
        <translation>People with severe mental illness and substance abuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frail elderly</source>
        <translation>Frail elderly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with several chronic conditions</source>
        <translation>People with several chronic conditions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>LiveAgendaModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="-388"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consensus + entry</source>
        <translation>Consensus + entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote (no votes yet)</source>
        <translation>Vote (no votes yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted (vote)</source>
        <translation>Adopted (vote)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected (vote)</source>
        <translation>Rejected (vote)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Raised under any other business; not on the agenda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concluded without quorum.</source>
        <translation>Concluded without quorum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision on a case that was not on the agenda.</source>
        <translation>A decision on a case that was not on the agenda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum: {present} voting present, {required} required ({seats} seats)</source>
        <translation>Quorum: {present} voting present, {required} required ({seats} seats)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{present} voting present; the body has no quorum rule</source>
        <translation>{present} voting present; the body has no quorum rule</translation>
    </message>
</context>
<context>
    <name>LiveLabels</name>
    <message>
        <location line="-134"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public Administration Act § 6 first paragraph</source>
        <translation>Public Administration Act § 6 first paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Administration Act § 6 second paragraph</source>
        <translation>Public Administration Act § 6 second paragraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other ground</source>
        <translation>Other ground</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstains</source>
        <translation>Abstains</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned for more work</source>
        <translation>Returned for more work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the parties</source>
        <translation>Sent to the parties</translation>
    </message>
</context>
<context>
    <name>LiveMeetingPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+108"/>
        <location filename="../../hfdesk/ui/shell.py" line="+1"/>
        <source>Meeting mode</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/agenda_panel.py" line="+30"/>
        <source>The meeting has no items.</source>
        <translation>The meeting has no items.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+38"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open one of the case&apos;s attachments</source>
        <translation>Open one of the case&apos;s attachments</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No proposals.</source>
        <translation>No proposals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+197"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>The proposer withdraws the selected proposal (again: it stands once more)</source>
        <translation>The proposer withdraws the selected proposal (again: it stands once more)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said: the presentation and the discussion, for the minutes.</source>
        <translation>What was said: the presentation and the discussion, for the minutes.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+79"/>
        <location line="+166"/>
        <location line="+77"/>
        <location filename="../../hfdesk/ui/pages/live/second_screen.py" line="+389"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>No protocol entry yet: add one with Ctrl+T.</source>
        <translation>No protocol entry yet: add one with Ctrl+T.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Protocol entries</source>
        <translation>Protocol entries</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+87"/>
        <source>Nobody may vote at this item.</source>
        <translation>Nobody may vote at this item.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal voted on</source>
        <translation>Proposal voted on</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+15"/>
        <source>No follow-ups from this item.</source>
        <translation>No follow-ups from this item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+32"/>
        <source>Nobody is on the attendance list.</source>
        <translation>Nobody is on the attendance list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="-5"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atte&amp;ndance</source>
        <translation>Atte&amp;ndance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody is disqualified at this item.</source>
        <translation>Nobody is disqualified at this item.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/agenda_panel.py" line="+5"/>
        <source>Previous Item</source>
        <translation>Previous Item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous item</source>
        <translation>Go to the previous item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next Item</source>
        <translation>Next Item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the next item</source>
        <translation>Go to the next item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case under AOB…</source>
        <translation>Case under AOB…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case raised under any other business that was not on the agenda</source>
        <translation>A case raised under any other business that was not on the agenda</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="-54"/>
        <source>Mark as Held…</source>
        <translation>Mark as Held…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting is over: mark it as held</source>
        <translation>The meeting is over: mark it as held</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-54"/>
        <source>Conclude the item: {kind}</source>
        <translation>Conclude the item: {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not Concluded</source>
        <translation>Not Concluded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item is not concluded after all</source>
        <translation>The item is not concluded after all</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-78"/>
        <source>New Proposal…</source>
        <translation>New Proposal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proposal from a member, a deputy or an observer</source>
        <translation>A proposal from a member, a deputy or an observer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the wording of the selected proposal</source>
        <translation>Correct the wording of the selected proposal</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+72"/>
        <location line="+16"/>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+30"/>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+5"/>
        <location line="+73"/>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="+164"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-70"/>
        <source>Remove the selected proposal</source>
        <translation>Remove the selected proposal</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-8"/>
        <source>Protocol Entry…</source>
        <translation>Protocol Entry…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A statement entered in the minutes, and who stands behind it</source>
        <translation>A statement entered in the minutes, and who stands behind it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected protocol entry</source>
        <translation>Remove the selected protocol entry</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+62"/>
        <source>New Follow-up…</source>
        <translation>New Follow-up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is to be followed up, by whom and by when</source>
        <translation>What is to be followed up, by whom and by when</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected follow-up</source>
        <translation>Remove the selected follow-up</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+15"/>
        <source>The selected voter: {choice}</source>
        <translation>The selected voter: {choice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All For</source>
        <translation>All For</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone votes for; then mark those against</source>
        <translation>Everyone votes for; then mark those against</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="-81"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person selected in the attendance list is present</source>
        <translation>The person selected in the attendance list is present</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forfall</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported absence (forfall)</source>
        <translation>Reported absence (forfall)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absent without notice</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrived Here</source>
        <translation>Arrived Here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived late: present from this item</source>
        <translation>Arrived late: present from this item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left Before This</source>
        <translation>Left Before This</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left early: present until the item before this one</source>
        <translation>Left early: present until the item before this one</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole Meeting</source>
        <translation>Whole Meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present at every item (clears arrival and leave)</source>
        <translation>Present at every item (clears arrival and leave)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deputy Steps In…</source>
        <translation>Deputy Steps In…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deputy stands in for the selected absent member</source>
        <translation>A deputy stands in for the selected absent member</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest…</source>
        <translation>Guest…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest for named items, or someone from the secretariat</source>
        <translation>A guest for named items, or someone from the secretariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take a deputy, guest or secretary off the list again</source>
        <translation>Take a deputy, guest or secretary off the list again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disqualification…</source>
        <translation>Disqualification…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone is disqualified (inhabil) at this item</source>
        <translation>Someone is disqualified (inhabil) at this item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected disqualification</source>
        <translation>Remove the selected disqualification</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-54"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+38"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+20"/>
        <source>Voted on:</source>
        <translation>Voted on:</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-19"/>
        <source>The case:</source>
        <translation>The case:</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+30"/>
        <source>Follow-&amp;ups</source>
        <translation>Follow-&amp;ups</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+16"/>
        <source>Disqualified at this item</source>
        <translation>Disqualified at this item</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+249"/>
        <source>No meeting chosen.</source>
        <translation>No meeting chosen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes of this meeting are approved and locked. Reopen the meeting on the Meetings page to change them.</source>
        <translation>The minutes of this meeting are approved and locked. Reopen the meeting on the Meetings page to change them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting is cancelled.</source>
        <translation>This meeting is cancelled.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+30"/>
        <source>{present} present; {voting} may vote at item {item} ({seats} voting seats)</source>
        <translation>{present} present; {voting} may vote at item {item} ({seats} voting seats)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{present} present</source>
        <translation>{present} present</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+11"/>
        <source>{present} voting present; the body has no quorum rule.</source>
        <translation>{present} voting present; the body has no quorum rule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum: {present} voting present, {required} required of {seats} seats.</source>
        <translation>Quorum: {present} voting present, {required} required of {seats} seats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quorum: {present} voting present, {required} required of {seats} seats.</source>
        <translation>No quorum: {present} voting present, {required} required of {seats} seats.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No item</source>
        <translation>No item</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hfdesk/ui/pages/live/second_screen.py" line="-61"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exempt from public access ({basis})</source>
        <translation>Exempt from public access ({basis})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raised under any other business; not on the agenda</source>
        <translation>Raised under any other business; not on the agenda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concluded without quorum: this is marked on the item in the minutes.</source>
        <translation>Concluded without quorum: this is marked on the item in the minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A decision on a case that was not on the agenda: it is flagged in the minutes.</source>
        <translation>A decision on a case that was not on the agenda: it is flagged in the minutes.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n voter(s) without a recorded vote.</source>
        <translation>
            <numerusform>%n voter without a recorded vote.</numerusform>
            <numerusform>%n voters without a recorded vote.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disqualified, out of this item: {names}.</source>
        <translation>Disqualified, out of this item: {names}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The case has no attachments.</source>
        <translation>The case has no attachments.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+56"/>
        <source>The decision (vedtak) as it goes into the minutes.</source>
        <translation>The decision (vedtak) as it goes into the minutes.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="-3"/>
        <location line="+29"/>
        <source>Vo&amp;tes</source>
        <translation>Vo&amp;tes</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Round</source>
        <translation>New Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier rounds keep their votes and results.</source>
        <translation>The earlier rounds keep their votes and results.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put to the vote:</source>
        <translation>Put to the vote:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No round yet.</source>
        <translation>No round yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New Round…</source>
        <translation>New Round…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put another proposal to the vote: an amendment or an alternative</source>
        <translation>Put another proposal to the vote: an amendment or an alternative</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+183"/>
        <source>Remove Round</source>
        <translation>Remove Round</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Take the last round away again</source>
        <translation>Take the last round away again</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Vo&amp;tes in round {number}</source>
        <translation>Vo&amp;tes in round {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No votes recorded yet: no result</source>
        <translation>No votes recorded yet: no result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {for_} · against {against} · abstaining {abstain}</source>
        <translation>For {for_} · against {against} · abstaining {abstain}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voted against: {names}</source>
        <translation>Voted against: {names}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every proposal has been voted on or withdrawn.</source>
        <translation>Every proposal has been voted on or withdrawn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Round {number} has votes recorded. Remove it with its votes?</source>
        <translation>Round {number} has votes recorded. Remove it with its votes?</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/core.py" line="+307"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you type is saved as you go.</source>
        <translation>Everything you type is saved as you go.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-13"/>
        <source>Choose how the item ended (Alt+1 to Alt+7); then write the decision here.</source>
        <translation>Choose how the item ended (Alt+1 to Alt+7); then write the decision here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the item ended (Alt+1 to Alt+6); then write the decision here.</source>
        <translation>Choose how the item ended (Alt+1 to Alt+6); then write the decision here.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Item {number} concluded without quorum; this is marked on the item.</source>
        <translation>Item {number} concluded without quorum; this is marked on the item.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The decision already has text. Replace it with this text, or add this text on a new line?</source>
        <translation>The decision already has text. Replace it with this text, or add this text on a new line?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add on a New Line</source>
        <translation>&amp;Add on a New Line</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+51"/>
        <source>Mark the meeting as held?</source>
        <translation>Mark the meeting as held?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) have no conclusion yet.</source>
        <translation>
            <numerusform>%n item has no conclusion yet.</numerusform>
            <numerusform>%n items have no conclusion yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Held</source>
        <translation>Mark as Held</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/second_screen.py" line="-264"/>
        <location line="+1"/>
        <source>Second screen</source>
        <translation>Second screen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Exempt from public access</source>
        <translation>Exempt from public access</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} (reply)</source>
        <translation>{name} (reply)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers: {names}</source>
        <translation>Speakers: {names}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Show on Second Screen</source>
        <translation>Show on Second Screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item and its wording, live, on a projector or a shared screen</source>
        <translation>The item and its wording, live, on a projector or a shared screen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the Speakers List</source>
        <translation>Show the Speakers List</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the Time</source>
        <translation>Show the Time</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Exempt Item</source>
        <translation>Exempt Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is exempt from public access. Is the room closed, so that its title and wording may be shown on the second screen?

Until you say yes the screen shows only its number and that it is exempt.</source>
        <translation>This item is exempt from public access. Is the room closed, so that its title and wording may be shown on the second screen?

Until you say yes the screen shows only its number and that it is exempt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="-38"/>
        <source>Nobody has asked for the floor: Ctrl+L puts someone on the list.</source>
        <translation>Nobody has asked for the floor: Ctrl+L puts someone on the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>Speakers list</source>
        <translation>Speakers list</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Add Speaker…</source>
        <translation>Add Speaker…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put someone present on the speakers list</source>
        <translation>Put someone present on the speakers list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply (replikk) to the one speaking, or to the speaker selected in the list</source>
        <translation>A reply (replikk) to the one speaking, or to the speaker selected in the list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next Speaker</source>
        <translation>Next Speaker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one speaking is done; the next on the list has the floor</source>
        <translation>The one speaking is done; the next on the list has the floor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the selected line off the speakers list</source>
        <translation>Take the selected line off the speakers list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected speaker up the list</source>
        <translation>Move the selected speaker up the list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected speaker down the list</source>
        <translation>Move the selected speaker down the list</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has the floor; {waiting} waiting.</source>
        <translation>{name} has the floor; {waiting} waiting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{waiting} waiting. Ctrl+J gives the floor to the next.</source>
        <translation>{waiting} waiting. Ctrl+J gives the floor to the next.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This item: {used} of {planned} min</source>
        <translation>This item: {used} of {planned} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting is planned to end at {end}</source>
        <translation>The meeting is planned to end at {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting: {running}, {left} min to the planned end at {end}</source>
        <translation>Meeting: {running}, {left} min to the planned end at {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting: {running}, {over} min past the planned end at {end}</source>
        <translation>Meeting: {running}, {over} min past the planned end at {end}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add Speaker</source>
        <translation>Add Speaker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="+94"/>
        <source>Choose &amp;Logo…</source>
        <translation>Choose &amp;Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Logo</source>
        <translation>Remo&amp;ve Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG or JPEG, at most 2 MB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose Logo</source>
        <translation>Choose Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{file}» could not be read as an image.</source>
        <translation>«{file}» could not be read as an image.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>MailOptionsDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_files.py" line="+255"/>
        <source>Exempt Papers in the E-mail</source>
        <translation>Exempt Papers in the E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some items of this meeting are exempt from public access. Their papers often hold health and personal data under the duty of confidentiality (taushetsplikt), and e-mail is not a safe way to send them. Unless you tick the box, they are left out and the message says they are handed out by other means.</source>
        <translation>Some items of this meeting are exempt from public access. Their papers often hold health and personal data under the duty of confidentiality (taushetsplikt), and e-mail is not a safe way to send them. Unless you tick the box, they are left out and the message says they are handed out by other means.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the exempt papers by e-mail with this message</source>
        <translation>Send the exempt papers by e-mail with this message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hfdesk/ui/main_window.py" line="+102"/>
        <source>Navigation</source>
        <extracomment>The pages in the sidebar&apos;s order (module, class), and the names their splitters are kept under. A page is built (and reads the database) when it is first shown or asked for, not with the window, and its module is imported then too: starting on the register neither imports nor reads the meeting plan, the follow-ups and meeting mode. Each is a LazyPage: read when shown, again when shown if a change made it stale. Their names (the sidebar, the View menu) come from `shell.page_titles`, which the first paint shows too.</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/shell.py" line="-37"/>
        <source>Secretariat desk</source>
        <translation>Secretariat desk</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/main_window.py" line="+80"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another hfdesk database file</source>
        <translation>Open another hfdesk database file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to S&amp;hared Database…</source>
        <translation>Connect to S&amp;hared Database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the register the secretariat shares on a PostgreSQL server</source>
        <translation>Open the register the secretariat shares on a PostgreSQL server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;Demo Database…</source>
        <translation>Create &amp;Demo Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a separate file with example data to try hfdesk on</source>
        <translation>Make a separate file with example data to try hfdesk on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Structure from Template…</source>
        <translation>New &amp;Structure from Template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the bodies and composition rules of the national or the Bergen model</source>
        <translation>Create the bodies and composition rules of the national or the Bergen model</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Roster to Excel…</source>
        <translation>&amp;Export Roster to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the members of every body, or of the selected body, as an Excel workbook</source>
        <translation>Save the members of every body, or of the selected body, as an Excel workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Roster from Excel…</source>
        <translation>&amp;Import Roster from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read members from an Excel workbook, check them, then import them</source>
        <translation>Read members from an Excel workbook, check them, then import them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language, the helsefellesskap&apos;s name and logo, the Word template</source>
        <translation>The interface language, the helsefellesskap&apos;s name and logo, the Word template</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use hfdesk, in the interface language (no internet needed)</source>
        <translation>How to use hfdesk, in the interface language (no internet needed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About hfdesk</source>
        <translation>&amp;About hfdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hfdesk/ui/shell.py" line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Recent Databases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year Report…</source>
        <translation>&amp;Year Report…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hfdesk/ui/shell.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hfdesk/ui/shell.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>hfdesk – {database} (shared)</source>
        <translation>hfdesk – {database} (shared)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared database: {url}</source>
        <translation>Shared database: {url}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hfdesk/ui/shell.py" line="-17"/>
        <source>hfdesk – {file}</source>
        <translation>hfdesk – {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hfdesk/ui/shell.py" line="+20"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected to {database}</source>
        <translation>Connected to {database}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«{file}» is already open in another hfdesk window. Use that window.</source>
        <translation>«{file}» is already open in another hfdesk window. Use that window.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open the database.</source>
        <translation>Could not open the database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {file}</source>
        <translation>Opened {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} (not found)</source>
        <translation>{file} (not found)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is no longer there</source>
        <translation>{path} is no longer there</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No databases opened yet</source>
        <translation>No databases opened yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Files Not Found</source>
        <translation>Remove Files Not Found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database files opened last</source>
        <translation>The database files opened last</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«{file}» is no longer in {folder}. It has been taken off the recent databases.</source>
        <translation>«{file}» is no longer in {folder}. It has been taken off the recent databases.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create Demo Database</source>
        <translation>Create Demo Database</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«{file}» already exists. Choose a new file name for the demo database.</source>
        <translation>«{file}» already exists. Choose a new file name for the demo database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo Database Created</source>
        <translation>Demo Database Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo database was saved as «{file}». Open it now?</source>
        <translation>The demo database was saved as «{file}». Open it now?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo database could not be created.</source>
        <translation>The demo database could not be created.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The new language is used when hfdesk is started again.</source>
        <translation>The new language is used when hfdesk is started again.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n body/bodies created</source>
        <translation>
            <numerusform>%n body created</numerusform>
            <numerusform>%n bodies created</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The user guide is not installed with this copy of hfdesk.</source>
        <translation>The user guide is not installed with this copy of hfdesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;hfdesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s desk for a health community (helsefellesskap): bodies and members, meetings and agendas, minutes and follow-ups.&lt;/p&gt;&lt;p&gt;Everything is kept in one database file on this computer:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hfdesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s desk for a health community (helsefellesskap): bodies and members, meetings and agendas, minutes and follow-ups.&lt;/p&gt;&lt;p&gt;Everything is kept in one database file on this computer:&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About hfdesk</source>
        <translation>About hfdesk</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-186"/>
        <source>Meeting Details</source>
        <translation>Meeting Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Meeting</source>
        <translation>New Meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Meeting</source>
        <translation>Create Meeting</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The body&apos;s usual place when left empty</source>
        <translation>The body&apos;s usual place when left empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026/1234 (optional, shown as “Vår ref.”)</source>
        <translation>e.g. 2026/1234 (optional, shown as “Vår ref.”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Partnerskapsmøte 2026 (optional)</source>
        <translation>e.g. Partnerskapsmøte 2026 (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the body&apos;s standard items</source>
        <translation>Add the body&apos;s standard items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nds at:</source>
        <translation>E&amp;nds at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video link:</source>
        <translation>&amp;Video link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive reference:</source>
        <translation>&amp;Archive reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Minute-taker:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notice has been sent. If you change the time or place, send a new notice.</source>
        <translation>The notice has been sent. If you change the time or place, send a new notice.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the body the meeting is for.</source>
        <translation>Choose the body the meeting is for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting must end after it starts.</source>
        <translation>The meeting must end after it starts.</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_files.py" line="-211"/>
        <source>Save Notice</source>
        <translation>Save Notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+7"/>
        <location line="+233"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+7"/>
        <source>Notice Exported</source>
        <translation>Notice Exported</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save Public Notice</source>
        <translation>Save Public Notice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Calendar Invitation</source>
        <translation>Save Calendar Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Calendar Invitation Exported</source>
        <translation>Calendar Invitation Exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Cancellation (Calendar)</source>
        <translation>Save Cancellation (Calendar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation (Calendar) Exported</source>
        <translation>Cancellation (Calendar) Exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Minutes</source>
        <translation>Save Minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+208"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+7"/>
        <source>Minutes Exported</source>
        <translation>Minutes Exported</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save Public Minutes</source>
        <translation>Save Public Minutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Meeting as JSON</source>
        <translation>Save Meeting as JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting Exported</source>
        <translation>Meeting Exported</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Attendance</source>
        <translation>Save Attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance Exported</source>
        <translation>Attendance Exported</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PDF/A needs LibreOffice or Microsoft Word, and neither is installed on this computer. The document was saved as a Word document instead: «{file}». Open it now?</source>
        <translation>PDF/A needs LibreOffice or Microsoft Word, and neither is installed on this computer. The document was saved as a Word document instead: «{file}». Open it now?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>The file was saved as «{file}». Open it now?</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save the Notice as E-mail</source>
        <translation>Save the Notice as E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Minutes as E-mail</source>
        <translation>Save the Minutes as E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mail drafts (*.eml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The e-mail was saved as «{file}».</source>
        <translation>The e-mail was saved as «{file}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on it, no e-mail address in the register: {names}.</source>
        <translation>Not on it, no e-mail address in the register: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guests for single items are not on it; send them their own items&apos; papers: {names}.</source>
        <translation>Guests for single items are not on it; send them their own items&apos; papers: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The papers of exempt items are not attached (items {numbers}).</source>
        <translation>The papers of exempt items are not attached (items {numbers}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it now to send it?</source>
        <translation>Open it now to send it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail Saved</source>
        <translation>E-mail Saved</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive Export (Noark 5)</source>
        <translation>Archive Export (Noark 5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive export</source>
        <translation>archive export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive export with {count} documents was saved in the folder «{folder}».</source>
        <translation>The archive export with {count} documents was saved in the folder «{folder}».</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="-264"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/meetings.py" line="+87"/>
        <location line="+60"/>
        <location line="+640"/>
        <location filename="../../hfdesk/ui/shell.py" line="-33"/>
        <source>Meetings</source>
        <extracomment>Hits the search shows at least, however small the window (more when there is room).</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>The meeting plan of every body, and each meeting&apos;s agenda.</source>
        <translation>The meeting plan of every body, and each meeting&apos;s agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bodies.</source>
        <translation>No bodies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year plan</source>
        <translation>Year plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meetings as a list</source>
        <translation>The meetings as a list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year &amp;Plan</source>
        <translation>Year &amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every body&apos;s meetings this year at a glance</source>
        <translation>Every body&apos;s meetings this year at a glance</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No meetings.</source>
        <translation>No meetings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Notice…</source>
        <translation>Export &amp;Notice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice of the selected meeting as a Word document</source>
        <translation>The notice of the selected meeting as a Word document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calendar Invitation…</source>
        <translation>&amp;Calendar Invitation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected meeting as a calendar invitation (.ics)</source>
        <translation>The selected meeting as a calendar invitation (.ics)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Notice</source>
        <translation>Export Notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar Invitation</source>
        <translation>Calendar Invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Minutes…</source>
        <translation>Export Minutes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of the selected meeting as a Word document</source>
        <translation>The minutes of the selected meeting as a Word document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Minutes</source>
        <translation>Export Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public N&amp;otice…</source>
        <translation>Public N&amp;otice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice for publishing: exempt items show only their number and legal basis</source>
        <translation>The notice for publishing: exempt items show only their number and legal basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Public Minutes…</source>
        <translation>&amp;Public Minutes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes for publishing: exempt items show only their number and legal basis</source>
        <translation>The minutes for publishing: exempt items show only their number and legal basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting as &amp;JSON…</source>
        <translation>Meeting as &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting for other systems (exempt items left out)</source>
        <translation>The meeting for other systems (exempt items left out)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail with the Notice…</source>
        <translation>E-mail with the Notice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice as an e-mail ready to send to the members, observers and deputies (.eml)</source>
        <translation>The notice as an e-mail ready to send to the members, observers and deputies (.eml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail with the Minutes…</source>
        <translation>E-mail with the Minutes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes as an e-mail ready to send to the members, observers and deputies (.eml)</source>
        <translation>The minutes as an e-mail ready to send to the members, observers and deputies (.eml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive &amp;Export (Noark 5)…</source>
        <translation>Archive &amp;Export (Noark 5)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting with approved minutes as a deposit package for the archive, documents as PDF/A</source>
        <translation>The meeting with approved minutes as a deposit package for the archive, documents as PDF/A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attendance to Excel…</source>
        <translation>&amp;Attendance to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen year&apos;s attendance of the chosen body (or every body) as an Excel workbook</source>
        <translation>The chosen year&apos;s attendance of the chosen body (or every body) as an Excel workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>More Files</source>
        <translation>More Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More files</source>
        <translation>More files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public minutes, the meeting as JSON, attendance to Excel</source>
        <translation>Public minutes, the meeting as JSON, attendance to Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search Cases</source>
        <translation>Search Cases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No case matches.</source>
        <translation>No case matches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+812"/>
        <source>Cases Waiting</source>
        <translation>Cases Waiting</translation>
    </message>
    <message>
        <location line="-810"/>
        <location line="+813"/>
        <source>No cases are waiting.</source>
        <translation>No cases are waiting.</translation>
    </message>
    <message>
        <location line="-811"/>
        <source>Cases waiting</source>
        <translation>Cases waiting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on the &amp;Agenda</source>
        <translation>Put on the &amp;Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected case on the agenda of the selected meeting</source>
        <translation>Put the selected case on the agenda of the selected meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on the agenda</source>
        <translation>Put on the agenda</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New Meeting…</source>
        <translation>&amp;New Meeting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new meeting of the chosen body</source>
        <translation>Plan a new meeting of the chosen body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting &amp;Details…</source>
        <translation>Meeting &amp;Details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected meeting&apos;s time, place and people (Enter)</source>
        <translation>Change the selected meeting&apos;s time, place and people (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Meeting…</source>
        <translation>&amp;Copy Meeting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new meeting like the selected one, on another date</source>
        <translation>A new meeting like the selected one, on another date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ancel Meeting…</source>
        <translation>C&amp;ancel Meeting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected meeting, with a reason</source>
        <translation>Cancel the selected meeting, with a reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore Meeting</source>
        <translation>&amp;Restore Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the cancelled meeting again (only if its notice was never sent)</source>
        <translation>Plan the cancelled meeting again (only if its notice was never sent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark Notice as &amp;Sent</source>
        <translation>Mark Notice as &amp;Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice has gone out: the agenda&apos;s numbers become final</source>
        <translation>The notice has gone out: the agenda&apos;s numbers become final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;Held</source>
        <translation>Mark as &amp;Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has taken place</source>
        <translation>The meeting has taken place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve Minutes…</source>
        <translation>&amp;Approve Minutes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the minutes in a later meeting or by circulation; they are locked then</source>
        <translation>Approve the minutes in a later meeting or by circulation; they are locked then</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open Minutes…</source>
        <translation>Re&amp;open Minutes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock approved minutes for a correction; the reason is recorded</source>
        <translation>Unlock approved minutes for a correction; the reason is recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report Abs&amp;ence…</source>
        <translation>Report Abs&amp;ence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member reports absence (forfall) before the meeting; a deputy is called in</source>
        <translation>A member reports absence (forfall) before the meeting; a deputy is called in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start Meeting</source>
        <translation>&amp;Start Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected meeting in meeting mode: attendance, conclusions, votes</source>
        <translation>Open the selected meeting in meeting mode: attendance, conclusions, votes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in the selected meeting and its agenda, and when</source>
        <translation>Who changed what in the selected meeting and its agenda, and when</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Ta&amp;ke Meeting Along…</source>
        <translation>Ta&amp;ke Meeting Along…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the register and this meeting to a file for a laptop; the meeting is read-only here until it is handed back</source>
        <translation>Copy the register and this meeting to a file for a laptop; the meeting is read-only here until it is handed back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand Back…</source>
        <translation>&amp;Hand Back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the meeting recorded on this copy back to the shared database, then remove the copy</source>
        <translation>Write the meeting recorded on this copy back to the shared database, then remove the copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Meeting O&amp;ver…</source>
        <translation>Take Meeting O&amp;ver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the meeting over from a colleague whose laptop does not come back; a reason is required</source>
        <translation>Take the meeting over from a colleague whose laptop does not come back; a reason is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Along</source>
        <translation>Take Along</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Alon&amp;g</source>
        <translation>Take Alon&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take along</source>
        <translation>Take along</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the meeting along to a laptop, hand it back, or take it over</source>
        <translation>Take the meeting along to a laptop, hand it back, or take it over</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken along</source>
        <translation>Taken along</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice sent, held, minutes approved or reopened</source>
        <translation>Notice sent, held, minutes approved or reopened</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+14"/>
        <source>Take Meeting Along</source>
        <translation>Take Meeting Along</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>hfdesk databases (*.sqlite)</source>
        <translation>hfdesk databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting is copied to {file} and is read-only here until it is handed back. Open the copy now?</source>
        <translation>The meeting is copied to {file} and is read-only here until it is handed back. Open the copy now?</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <location line="+24"/>
        <source>Hand Back</source>
        <translation>Hand Back</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Write the meeting recorded on this copy back to the shared database ({location})? The copy is removed afterwards.</source>
        <translation>Write the meeting recorded on this copy back to the shared database ({location})? The copy is removed afterwards.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The meeting is written back and released, and the copy {file} is removed.</source>
        <translation>The meeting is written back and released, and the copy {file} is removed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The laptop&apos;s version is imported. The meeting as it was here is saved in {file}.</source>
        <translation>The laptop&apos;s version is imported. The meeting as it was here is saved in {file}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Notice</source>
        <translation>New Notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has a new time, and the notice has already gone out. Export a new notice now?</source>
        <translation>The meeting has a new time, and the notice has already gone out. Export a new notice now?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Deputy Called In</source>
        <translation>Deputy Called In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deputy is called in. Make an e-mail to the deputy with the notice attached?</source>
        <translation>The deputy is called in. Make an e-mail to the deputy with the notice attached?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark Notice as Sent</source>
        <translation>Mark Notice as Sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has the notice for {body} on {date} gone out? The agenda&apos;s numbers become final and never change after this.</source>
        <translation>Has the notice for {body} on {date} gone out? The agenda&apos;s numbers become final and never change after this.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings are planned in {year}.</source>
        <translation>No meetings are planned in {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{body} has no meetings in {year}.</source>
        <translation>{body} has no meetings in {year}.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>More than {count} cases match: the cases registered last come first. Type more words to find the best matches.</source>
        <translation>More than {count} cases match: the cases registered last come first. Type more words to find the best matches.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Select a body or a meeting to see its waiting cases.</source>
        <translation>Select a body or a meeting to see its waiting cases.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cases Waiting (%n)</source>
        <translation>
            <numerusform>Cases Waiting (%n)</numerusform>
            <numerusform>Cases Waiting (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/members.py" line="+31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term from</source>
        <translation>Term from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to</source>
        <translation>Term to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy for</source>
        <translation>Deputy for</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Deputy for {name}</source>
        <translation>Deputy for {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term {term}</source>
        <translation>Term {term}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term has ended.</source>
        <translation>The term has ended.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="-202"/>
        <source>Edit Membership</source>
        <translation>Edit Membership</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Membership</source>
        <translation>New Membership</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Seat of {name} in {body}</source>
        <translation>Seat of {name} in {body}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new seat in {body}</source>
        <translation>A new seat in {body}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only when it differs from the organisation</source>
        <translation>Only when it differs from the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to, date</source>
        <translation>Term to, date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term has an end date</source>
        <translation>The term has an end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ights:</source>
        <translation>R&amp;ights:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represen&amp;ts:</source>
        <translation>Represen&amp;ts:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Represents organisation</source>
        <translation>Represents organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents (te&amp;xt):</source>
        <translation>Represents (te&amp;xt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed &amp;by:</source>
        <translation>Appointed &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;from:</source>
        <translation>Term &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;to:</source>
        <translation>Term &amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deputy for:</source>
        <translation>&amp;Deputy for:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Choose a person from the list, or enter a new person.</source>
        <translation>Choose a person from the list, or enter a new person.</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location line="-312"/>
        <source>Move to Another Organisation</source>
        <translation>Move to Another Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move {name} from {organisation} to another organisation. The seats {name} holds keep the organisation they represent; change a seat itself to change that.</source>
        <translation>Move {name} from {organisation} to another organisation. The seats {name} holds keep the organisation they represent; change a seat itself to change that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no organisation</source>
        <translation>no organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New organisation:</source>
        <translation>&amp;New organisation:</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../hfdesk/ui/opening.py" line="+26"/>
        <source>No program on this computer could open «{file}». The file is saved in {folder}.</source>
        <translation>No program on this computer could open «{file}». The file is saved in {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The File Was Not Opened</source>
        <translation>The File Was Not Opened</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../hfdesk/ui/ops.py" line="+67"/>
        <source>hfdesk</source>
        <extracomment>Bodies, people, organisations, seats and composition rules. Meetings, their agendas and cases, attendance, proposals, votes and conclusions. The notes and the decision text typed in meeting mode: no other screen shows that text, so no page is read again for it (and the field being typed in never reloads). The helsefellesskap&apos;s name and logo and the Word template: used by the documents, shown on no page. Another database file: everything.</extracomment>
        <translation>hfdesk</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+20"/>
        <source>Edit Organisation</source>
        <translation>Edit Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Organisation</source>
        <translation>New Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Helse Bergen</source>
        <translation>e.g. Helse Bergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ide:</source>
        <translation>S&amp;ide:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/organisations.py" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Current seats in the bodies</source>
        <translation>Current seats in the bodies</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+409"/>
        <source>No organisations have been registered yet.</source>
        <translation>No organisations have been registered yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Add Organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organisation or party</source>
        <translation>Add an organisation or party</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Edit Organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected organisation (Enter)</source>
        <translation>Change the selected organisation (Enter)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtherBusinessDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+28"/>
        <source>Case under Any Other Business</source>
        <translation>Case under Any Other Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes last on the agenda with the year&apos;s next number. A decision on it is flagged in the minutes.</source>
        <translation>The case goes last on the agenda with the year&apos;s next number. A decision on it is flagged in the minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Proposed decision:</source>
        <translation>&amp;Proposed decision:</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/people.py" line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Bodies</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Current seats in %n body/bodies</source>
        <translation>
            <numerusform>Currently in %n body</numerusform>
            <numerusform>Currently in %n bodies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="-303"/>
        <source>Search by name, job title, organisation or e-mail</source>
        <translation>Search by name, job title, organisation or e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+76"/>
        <source>No people have been registered yet.</source>
        <translation>No people have been registered yet.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Person…</source>
        <translation>&amp;Add Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the register</source>
        <translation>Add a person to the register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Person…</source>
        <translation>&amp;Edit Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected person (Enter)</source>
        <translation>Change the selected person (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move to Another Organisation…</source>
        <translation>&amp;Move to Another Organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person has a new employer; the seats they hold are kept as they are</source>
        <translation>The person has a new employer; the seats they hold are kept as they are</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove Contact Details…</source>
        <translation>&amp;Remove Contact Details…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport Personal Data (Access Request)…</source>
        <translation>E&amp;xport Personal Data (Access Request)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything hfdesk keeps about the selected person, as an Excel workbook to send them</source>
        <translation>Everything hfdesk keeps about the selected person, as an Excel workbook to send them</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a former member&apos;s contact details, or export a person&apos;s data</source>
        <translation>Remove a former member&apos;s contact details, or export a person&apos;s data</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing {shown} of {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody matches «{text}».</source>
        <translation>Nobody matches «{text}».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the e-mail address, phone number and notes of someone who no longer sits in any body; the name stays where minutes and the archive need it</source>
        <translation>Remove the e-mail address, phone number and notes of someone who no longer sits in any body; the name stays where minutes and the archive need it</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} sits in a body: end the memberships first</source>
        <translation>{name} sits in a body: end the memberships first</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove Contact Details</source>
        <translation>Remove Contact Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} sits in {bodies}.

End the memberships first (Register ▸ Bodies ▸ End Term); the contact details can be removed once the person sits in no body.</source>
        <translation>{name} sits in {bodies}.

End the memberships first (Register ▸ Bodies ▸ End Term); the contact details can be removed once the person sits in no body.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the contact details of {name}?

Removed: the e-mail address, the phone number and the notes.
Kept: the name, the job title and the organisation, and every membership, attendance, vote and mention, since approved minutes and the archive need them.

Backups made before today keep the details until they are thinned out (about a year).</source>
        <translation>Remove the contact details of {name}?

Removed: the e-mail address, the phone number and the notes.
Kept: the name, the job title and the organisation, and every membership, attendance, vote and mention, since approved minutes and the archive need them.

Backups made before today keep the details until they are thinned out (about a year).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save Personal Data</source>
        <translation>Save Personal Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personal Data Exported</source>
        <translation>Personal Data Exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>The file was saved as «{file}». Open it now?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="-83"/>
        <source>Edit Person</source>
        <translation>Edit Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Person</source>
        <translation>New Person</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location line="-51"/>
        <source>e.g. kommunedirektør</source>
        <translation>e.g. kommunedirektør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.no</source>
        <translation>name@example.no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location line="+160"/>
        <source>Type part of a name, organisation or e-mail</source>
        <translation>Type part of a name, organisation or e-mail</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is not in the register yet: enter them here</source>
        <translation>The person is not in the register yet: enter them here</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../hfdesk/ui/platform_check.py" line="+29"/>
        <source>hfdesk cannot open its window: there is no display (DISPLAY is not set). Start hfdesk from the desktop, or use the subcommands (hfdesk --help).</source>
        <translation>hfdesk cannot open its window: there is no display (DISPLAY is not set). Start hfdesk from the desktop, or use the subcommands (hfdesk --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk cannot open its window: Qt needs the system libraries {libraries}. On Debian or Ubuntu: sudo apt install {packages}</source>
        <translation>hfdesk cannot open its window: Qt needs the system libraries {libraries}. On Debian or Ubuntu: sudo apt install {packages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk cannot open its window: Qt&apos;s display plugin «{plugin}» cannot be loaded ({reason}).</source>
        <translation>hfdesk cannot open its window: Qt&apos;s display plugin «{plugin}» cannot be loaded ({reason}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-597"/>
        <source>Check What Was Read</source>
        <translation>Check What Was Read</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell hfdesk what the columns it did not recognise hold, and look through the rows and the problems. Fix problems in the workbook and choose it again, or go on: nothing is imported while there are problems.</source>
        <translation>Tell hfdesk what the columns it did not recognise hold, and look through the rows and the problems. Fix problems in the workbook and choose it again, or go on: nothing is imported while there are problems.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Words and People to Settle</source>
        <translation>Words and People to Settle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sheet has no rows below its header.</source>
        <translation>The sheet has no rows below its header.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Role «{word}» (row {rows}) means:</source>
        <translation>Role «{word}» (row {rows}) means:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role «{word}» means:</source>
        <translation>Role «{word}» means:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meaning of the role «{word}»</source>
        <translation>Meaning of the role «{word}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{first}» (row {first_row}) and «{second}» (row {second_row}) are the same person</source>
        <translation>«{first}» (row {first_row}) and «{second}» (row {second_row}) are the same person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Same person: {key}</source>
        <translation>Same person: {key}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) in {sheets} sheet(s).</source>
        <translation>
            <numerusform>Sheets: {sheets}; %n row.</numerusform>
            <numerusform>Sheets: {sheets}; %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rosters, left out: {names}.</source>
        <translation>Not rosters, left out: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden in Excel, not read: {names}.</source>
        <translation>Hidden in Excel, not read: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{column}: «{header}»</source>
        <translation>{column}: «{header}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field for column {column}</source>
        <translation>Field for column {column}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(left out)</source>
        <translation>(left out)</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/import_preview.py" line="+51"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term from</source>
        <translation>Term from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to</source>
        <translation>Term to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy for</source>
        <translation>Deputy for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat for</source>
        <translation>Seat for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location line="+53"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="-277"/>
        <source>Correct Proposal</source>
        <translation>Correct Proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Proposal</source>
        <translation>New Proposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves.</source>
        <translation>Ctrl+Return saves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a party, written below)</source>
        <translation>(a party, written below)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the municipalities</source>
        <translation>e.g. the municipalities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a proposal of its own)</source>
        <translation>(a proposal of its own)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put forward &amp;by:</source>
        <translation>Put forward &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or on behalf &amp;of:</source>
        <translation>Or on behalf &amp;of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amends:</source>
        <translation>&amp;Amends:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (observer)</source>
        <translation>{name} (observer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (deputy for {member})</source>
        <translation>{name} (deputy for {member})</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+250"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put forward by</source>
        <translation>Put forward by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda</source>
        <translation>The agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (observer)</source>
        <translation>{name} (observer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amends {number}: {text}</source>
        <translation>Amends {number}: {text}</translation>
    </message>
</context>
<context>
    <name>ProtocolEntriesModel</name>
    <message>
        <location line="+131"/>
        <source>Protocol entry</source>
        <translation>Protocol entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behind it</source>
        <translation>Behind it</translation>
    </message>
</context>
<context>
    <name>ProtocolEntryDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+18"/>
        <source>Protocol Entry</source>
        <translation>Protocol Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick who stands behind the entry (Space), or write the party. Ctrl+Return saves.</source>
        <translation>Tick who stands behind the entry (Space), or write the party. Ctrl+Return saves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Behind it:</source>
        <translation>&amp;Behind it:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the municipalities</source>
        <translation>e.g. the municipalities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Party:</source>
        <translation>&amp;Party:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../hfdesk/ui/labels.py" line="+49"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-28"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-44"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-8"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+124"/>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting&apos;s cases go back to the cases waiting, ready for another meeting.</source>
        <translation>The meeting&apos;s cases go back to the cases waiting, ready for another meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice has been sent: the cases keep their numbers and stay with the cancelled meeting. Copy the meeting with its cases to hold them on a new date.</source>
        <translation>The notice has been sent: the cases keep their numbers and stay with the cancelled meeting. Copy the meeting with its cases to hold them on a new date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel Meeting</source>
        <translation>Cancel Meeting</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/dialogs/checkout.py" line="-56"/>
        <source>Take Meeting Over</source>
        <translation>Take Meeting Over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the meeting over when the copy on the laptop will not come back. The meeting can then be changed here again, and the copy on the laptop can no longer be handed back over it (it can still be imported, with every difference shown).</source>
        <translation>Take the meeting over when the copy on the laptop will not come back. The meeting can then be changed here again, and the copy on the laptop can no longer be handed back over it (it can still be imported, with every difference shown).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+2"/>
        <location line="+14"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Over</source>
        <translation>Take Over</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-13"/>
        <source>Cancel the Meeting</source>
        <translation>Cancel the Meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen Minutes</source>
        <translation>Reopen Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approved minutes are locked. Reopening them is recorded with your reason.</source>
        <translation>The approved minutes are locked. Reopening them is recorded with your reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../hfdesk/ui/reliability.py" line="+262"/>
        <source>Database Cannot Be Opened</source>
        <translation>Database Cannot Be Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Restore the newest good backup, {file}? The file as it is now is kept beside the backups.</source>
        <translation>{problem}

Restore the newest good backup, {file}? The file as it is now is kept beside the backups.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-Only Location</source>
        <translation>Read-Only Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Open it read-only, to look and export but not change anything?</source>
        <translation>{problem}

Open it read-only, to look and export but not change anything?</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+100"/>
        <location line="+21"/>
        <location filename="../../hfdesk/ui/shell.py" line="-1"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The bodies of the health community, their members, and everyone in the register.</source>
        <translation>The bodies of the health community, their members, and everyone in the register.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bodies</source>
        <translation>&amp;Bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisations</source>
        <translation>O&amp;rganisations</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <location filename="../../hfdesk/ui/reliability.py" line="-235"/>
        <source>&amp;Back Up Now</source>
        <extracomment>How long after the window is shown the work that reads the whole file starts (the full check where the open skipped it, then the backup at start): the first screen&apos;s queries and paint go first, and neither grows the start with the file.</extracomment>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>A checked copy of the database in the backups folder beside it</source>
        <translation>A checked copy of the database in the backups folder beside it</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Go back to an earlier backup of this database</source>
        <translation>Go back to an earlier backup of this database</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Database Location</source>
        <translation>Database Location</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has changed since the last backup; no new copy was needed.</source>
        <translation>Nothing has changed since the last backup; no new copy was needed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup saved: {file}</source>
        <translation>Backup saved: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored from {file}. The file as it was is kept as a backup.</source>
        <translation>Restored from {file}. The file as it was is kept as a backup.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hfdesk/ui/backups.py" line="+20"/>
        <location line="+104"/>
        <source>Restore from Backup</source>
        <extracomment>The backup the user chose to restore (confirmed).</extracomment>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of this file yet.</source>
        <translation>There are no backups of this file yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bodies:</source>
        <translation>Bodies:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>People:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings:</source>
        <translation>Meetings:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest meeting:</source>
        <translation>Newest meeting:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;Folder</source>
        <translation>Open &amp;Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go back to the backup from {when}? Everything entered after it is replaced; the file as it is now is kept as a backup first.</source>
        <translation>Go back to the backup from {when}? Everything entered after it is replaced; the file as it is now is kept as a backup first.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+119"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped; the register is as it was.</source>
        <translation>The import stopped; the register is as it was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roster has been imported.</source>
        <translation>The roster has been imported.</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="-82"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not voted yet</source>
        <translation>Not voted yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fell</source>
        <translation>Fell</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+266"/>
        <source>Edit Composition Rule</source>
        <translation>Edit Composition Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Composition Rule</source>
        <translation>New Composition Rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule counts the current seats that match every filter you set (an empty filter matches all). Without a role it counts the voting seats.</source>
        <translation>A rule counts the current seats that match every filter you set (an empty filter matches all). Without a role it counts the voting seats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Brukarrepresentant frå kommunane</source>
        <translation>e.g. Brukarrepresentant frå kommunane</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(voting seats)</source>
        <translation>(voting seats)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. kommunedirektør</source>
        <translation>e.g. kommunedirektør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts only holders whose position (title) contains this text, in any case</source>
        <translation>Counts only holders whose position (title) contains this text, in any case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not &amp;counted against other rules&apos; maximum</source>
        <translation>Not &amp;counted against other rules&apos; maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seats this rule counts are left out when another rule&apos;s maximum is checked (e.g. the kommuneoverlege beside Bergen&apos;s cap of six) and out of matching representation</source>
        <translation>The seats this rule counts are left out when another rule&apos;s maximum is checked (e.g. the kommuneoverlege beside Bergen&apos;s cap of six) and out of matching representation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed &amp;by:</source>
        <translation>Appointed &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least:</source>
        <translation>At &amp;least:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most:</source>
        <translation>At &amp;most:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted against other rules&apos; maximum</source>
        <translation>Not counted against other rules&apos; maximum</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/composition.py" line="-81"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed by</source>
        <translation>Appointed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No upper limit</source>
        <translation>No upper limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaders, deputy leaders and members</source>
        <translation>Leaders, deputy leaders and members</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position: {position}</source>
        <translation>Position: {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not counted against other rules&apos; maximum</source>
        <translation>Not counted against other rules&apos; maximum</translation>
    </message>
</context>
<context>
    <name>SendCaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/send_case.py" line="+25"/>
        <source>Send to Other Bodies</source>
        <translation>Send to Other Bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send “{title}” on: each body you choose gets the case waiting for an agenda, with its text, priority groups, public access and attachments.</source>
        <translation>Send “{title}” on: each body you choose gets the case waiting for an agenda, with its text, priority groups, public access and attachments.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} – the case is already waiting there</source>
        <translation>{body} – the case is already waiting there</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose All at This Level</source>
        <translation>Choose All at This Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all at level {level}</source>
        <translation>Choose all at level {level}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="+81"/>
        <source>Settings</source>
        <extracomment>The interface language was changed (it applies after a restart).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As the system: {language}</source>
        <translation>As the system: {language}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language is used from the next time hfdesk starts. Documents keep the written standard each body has chosen.</source>
        <translation>A new language is used from the next time hfdesk starts. Documents keep the written standard each body has chosen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>e.g. Helsefellesskapet i Bergensområdet</source>
        <translation>e.g. Helsefellesskapet i Bergensområdet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The overview sheets of rosters and attendance are written in it. Each body&apos;s own documents and sheets keep the body&apos;s written standard.</source>
        <translation>The overview sheets of rosters and attendance are written in it. Each body&apos;s own documents and sheets keep the body&apos;s written standard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For notices and minutes. The name, the logo and the template are kept in the database file «{file}», so they go with your data.</source>
        <translation>For notices and minutes. The name, the logo and the template are kept in the database file «{file}», so they go with your data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Samarbeidssekretariatet</source>
        <translation>e.g. Samarbeidssekretariatet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the organisation number</source>
        <translation>e.g. the organisation number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in once; every archive export (Noark 5) prints them.</source>
        <translation>Filled in once; every archive export (Noark 5) prints them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Settings…</source>
        <translation>&amp;Reset Settings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgets the language, the last database and the window&apos;s size and position.</source>
        <translation>Forgets the language, the last database and the window&apos;s size and position.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over:</source>
        <translation>Start over:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset settings</source>
        <translation>Reset settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the database, for documents</source>
        <translation>In the database, for documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Helsefellesskap:</source>
        <translation>&amp;Helsefellesskap:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the helsefellesskap</source>
        <translation>Name of the helsefellesskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Written standard:</source>
        <translation>&amp;Written standard:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written standard of the helsefellesskap</source>
        <translation>Written standard of the helsefellesskap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word &amp;template:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the archive (Noark 5)</source>
        <translation>For the archive (Noark 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative u&amp;nit:</source>
        <translation>Administrative u&amp;nit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrative unit</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;officer:</source>
        <translation>Case &amp;officer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case officer</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived &amp;by:</source>
        <translation>Archived &amp;by:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived by</source>
        <translation>Archived by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive &amp;creator:</source>
        <translation>Archive &amp;creator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive creator</source>
        <translation>Archive creator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive creator&apos;s I&amp;D:</source>
        <translation>Archive creator&apos;s I&amp;D:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive creator&apos;s ID</source>
        <translation>Archive creator&apos;s ID</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reset Settings</source>
        <translation>Reset Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the settings on this computer? hfdesk forgets the interface language, the last database and the window&apos;s size and position, and starts as on the first day. The helsefellesskap&apos;s name, logo and Word template are kept in the database and are not changed.</source>
        <translation>Reset the settings on this computer? hfdesk forgets the interface language, the last database and the window&apos;s size and position, and starts as on the first day. The helsefellesskap&apos;s name, logo and Word template are kept in the database and are not changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The settings on this computer are reset.</source>
        <translation>The settings on this computer are reset.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/shared_database.py" line="+42"/>
        <source>Connect to Shared Database</source>
        <extracomment>libpq&apos;s TLS modes, safest last; &quot;prefer&quot; is libpq&apos;s own default.</extracomment>
        <translation>Connect to Shared Database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A register shared by the secretariat, on a PostgreSQL server. The password is read from PostgreSQL&apos;s password file (pgpass); hfdesk never stores it.</source>
        <translation>A register shared by the secretariat, on a PostgreSQL server. The password is read from PostgreSQL&apos;s password file (pgpass); hfdesk never stores it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Encryption (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word (this session only):</source>
        <translation>Pass&amp;word (this session only):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server and the database.</source>
        <translation>Give the server and the database.</translation>
    </message>
</context>
<context>
    <name>SpeakerPickerDialog</name>
    <message>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="-272"/>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present at the item</source>
        <translation>Present at the item</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/speakers.py" line="+21"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} (reply)</source>
        <translation>{name} (reply)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking since {time}</source>
        <translation>Speaking since {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoke {times}</source>
        <translation>Spoke {times}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked for the floor at {time}</source>
        <translation>Asked for the floor at {time}</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-115"/>
        <source>Choose Where the Members Go</source>
        <translation>Choose Where the Members Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each sheet can go to the body its name or the file&apos;s name gives (name or short name, in bokmål or nynorsk, a period such as 2024-2025 left out), or every sheet to one body.</source>
        <translation>Each sheet can go to the body its name or the file&apos;s name gives (name or short name, in bokmål or nynorsk, a period such as 2024-2025 left out), or every sheet to one body.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each sheet to the body its &amp;name or the file&apos;s name gives</source>
        <translation>Each sheet to the body its &amp;name or the file&apos;s name gives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sheet to &amp;one body:</source>
        <translation>Every sheet to &amp;one body:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/files.py" line="-133"/>
        <source>New Structure from Template</source>
        <translation>New Structure from Template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates the bodies of a helsefellesskap with their levels and default composition rules. Everything it creates is ordinary data you can change afterwards; bodies and people already registered are not touched.</source>
        <translation>Creates the bodies of a helsefellesskap with their levels and default composition rules. Everything it creates is ordinary data you can change afterwards; bodies and people already registered are not touched.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written standard:</source>
        <translation>&amp;Written standard:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It creates:</source>
        <translation>It creates:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the template creates</source>
        <translation>What the template creates</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bodies: {bodies}.</source>
        <translation>Bodies: {bodies}.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="-228"/>
        <source>Word template in use</source>
        <translation>Word template in use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Word template</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the Standard Template</source>
        <translation>&amp;Use the Standard Template</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose Word Template</source>
        <translation>Choose Word Template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>hfdesk&apos;s standard template</source>
        <translation>hfdesk&apos;s standard template</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+33"/>
        <source>Voter</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (for {member})</source>
        <translation>{name} (for {member})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>YearPlanModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+262"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>YearReportDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/year_report.py" line="+44"/>
        <source>Year Report</source>
        <translation>Year Report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year report for the yearly evaluation: meetings, attendance per side, cases per priority group and type, conclusions, cases in several bodies and follow-ups, with charts. Or who attended which meetings in a period, the basis for meeting fees.</source>
        <translation>The year report for the yearly evaluation: meetings, attendance per side, cases per priority group and type, conclusions, cases in several bodies and follow-ups, with charts. Or who attended which meetings in a period, the basis for meeting fees.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year report (Word)</source>
        <translation>Year report (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year report (Excel)</source>
        <translation>Year report (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per person (Excel)</source>
        <translation>Attendance per person (Excel)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>attendance per person {start} to {end}</source>
        <translation>attendance per person {start} to {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year report {year}</source>
        <translation>year report {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Year Report</source>
        <translation>Save Year Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Attendance</source>
        <translation>Save Attendance</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>Report Saved</source>
        <translation>Report Saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>The file was saved as «{file}». Open it now?</translation>
    </message>
</context>
</TS>
