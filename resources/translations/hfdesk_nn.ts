<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>Absence</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/absence.py" line="+24"/>
        <source>personal deputy</source>
        <translation>personleg varamedlem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the body&apos;s list</source>
        <translation>frå lista til organet</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Notice deputy</source>
        <translation>Innkalling vara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save E-mail to the Deputy</source>
        <translation>Lagre e-post til varamedlemmet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-postutkast (*.eml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail Saved</source>
        <translation>E-post lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail was saved as «{file}». Open it now to send it?</source>
        <translation>E-posten er lagra som «{file}». Vil du opne han no og sende han?</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location line="-123"/>
        <source>Report Absence</source>
        <translation>Meld forfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member who cannot come reports absence (forfall); a deputy is called in for them: their personal deputy, else the next free one on the body&apos;s list.</source>
        <translation>Eit medlem som ikkje kan møte, melder forfall, og eit varamedlem vert kalla inn: det personlege varamedlemmet, elles det neste ledige på lista til organet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report A&amp;bsence</source>
        <translation>Meld &amp;forfall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. illness, another meeting</source>
        <translation>t.d. sjukdom, eit anna møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Call in a deputy</source>
        <translation>Kall inn varamedlem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Varamedlem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member &amp;Comes After All</source>
        <translation>Medlemet kjem &amp;likevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the absence; the deputy called in goes off the list</source>
        <translation>Trekk tilbake forfallet; varamedlemmet som vart kalla inn, vert teke av lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member comes after all</source>
        <translation>Medlemet kjem likevel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} – absence reported, {deputy} called in</source>
        <translation>{name} – har meldt forfall, {deputy} er kalla inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – absence reported</source>
        <translation>{name} – har meldt forfall</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No deputy is free to stand in for {name}.</source>
        <translation>Ingen varamedlemer er ledige til å møte for {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the member.</source>
        <translation>Vel medlemet.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+189"/>
        <source>Item</source>
        <extracomment>Marks an item not on the agenda (U+2691, in the fonts Windows and DejaVu ship). The MIME type of dragged agenda items: their ids, in order. Called with the item ids in their new order when rows are dropped; the page saves the order and the model is refilled from the database.</extracomment>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Kl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access</source>
        <translation>Offentlegheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exempt</source>
        <translation>Unnateke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt – {basis}</source>
        <translation>Unnateke – {basis}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{flag} Not on the agenda: {title}</source>
        <translation>{flag} Ikkje på saklista: {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exempt from public access ({basis})</source>
        <translation>Unnateke offentlegheit ({basis})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt from public access</source>
        <translation>Unnateke offentlegheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Teken opp under Eventuelt; stod ikkje på saklista.</translation>
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
        <translation>Sakliste</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>Select a meeting to see its agenda.</source>
        <translation>Vel eit møte for å sjå saklista.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;New Case…</source>
        <translation>N&amp;y sak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a case to this meeting&apos;s agenda (before Any other business)</source>
        <translation>Legg ei ny sak på saklista til møtet (før Eventuelt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Rediger sak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected case: its text, priority groups, public access and attachments</source>
        <translation>Opne den valde saka: tekst, prioriterte grupper, offentlegheit og vedlegg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take Off the Agenda</source>
        <translation>&amp;Ta av saklista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes back to the cases waiting (before the notice only)</source>
        <translation>Saka går attende til sakene som ventar (berre før innkallinga er send)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case one place up</source>
        <translation>Flytt den valde saka eitt steg opp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Flytt ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case one place down</source>
        <translation>Flytt den valde saka eitt steg ned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to &amp;Other Bodies…</source>
        <translation>Send til andre or&amp;gan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected case on to other bodies: each gets it waiting for an agenda</source>
        <translation>Send den valde saka vidare til andre organ: kvart får ho som sak som ventar på ei sakliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Standard Items</source>
        <translation>Standardsaker</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Approval of the Notice and Agenda</source>
        <translation>Godkjenning av innkalling og sakliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the Minutes</source>
        <translation>Godkjenning av referat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any Other Business</source>
        <translation>Eventuelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approval of the Minutes of This Meeting</source>
        <translation>Godkjenning av referatet frå dette møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting approves its own minutes in a last item</source>
        <translation>Møtet godkjenner sitt eige referat i ei sak til slutt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard items</source>
        <translation>Standardsaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a standard item back on the agenda</source>
        <translation>Set ei standardsak attende på saklista</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agenda – {body}</source>
        <translation>Sakliste – {body}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This meeting has no items yet.</source>
        <translation>Møtet har ingen saker enno.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Take “{title}” off the agenda? It goes back to the cases waiting.</source>
        <translation>Ta «{title}» av saklista? Saka går attende til sakene som ventar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{title}” from the agenda? You can put it back under Standard Items.</source>
        <translation>Fjerne «{title}» frå saklista? Du kan setje henne attende under Standardsaker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Off the Agenda</source>
        <translation>Ta av saklista</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hfdesk/ui/app.py" line="+74"/>
        <source>hfdesk is already open with «{file}». That window has been brought forward.</source>
        <translation>hfdesk er allereie open med «{file}». Det vindauget er henta fram.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hfdesk is already open with «{file}» (it may still be starting). Use that window.</source>
        <translation>hfdesk er allereie open med «{file}» (han startar kanskje framleis). Bruk det vindauget.</translation>
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
        <translation>Databasen kunne ikkje opnast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Another File…</source>
        <translation>Opne ei &amp;anna fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk-databasar (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>«{path}» cannot be used: {reason}</source>
        <translation>«{path}» kan ikkje brukast: {reason}</translation>
    </message>
</context>
<context>
    <name>ApproveMinutesDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+368"/>
        <source>Approve Minutes</source>
        <translation>Godkjenn referat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved minutes are locked; they can be reopened with a reason.</source>
        <translation>Eit godkjent referat er låst. Det kan opnast att med ei grunngjeving.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>In a meeting</source>
        <translation>I eit møte</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Item {number}, at the end of this meeting</source>
        <translation>Sak {number}, på slutten av dette møtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number}, {date}</source>
        <translation>Sak {number}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>By signatories (justering)</source>
        <translation>Ved underskrift (justering)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+28"/>
        <source>By circulation</source>
        <translation>Ved sirkulasjon</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Item:</source>
        <translation>&amp;Sak:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not chosen)</source>
        <translation>(ikkje vald)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Skrive under</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatory &amp;{n}:</source>
        <translation>Underskrivar &amp;{n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory {n}</source>
        <translation>Underskrivar {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory {n} has signed</source>
        <translation>Underskrivar {n} har skrive under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day signatory {n} signed</source>
        <translation>Dagen underskrivar {n} skreiv under</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved &amp;on:</source>
        <translation>&amp;Godkjent den:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the signatory before the day they signed.</source>
        <translation>Vel underskrivaren før dagen vedkomande skreiv under.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/attachments.py" line="+31"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved with the case when you press OK</source>
        <translation>Vert lagra saman med saka når du trykkjer OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached {date}</source>
        <translation>Lagt ved {date}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+201"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rights</source>
        <translation>Rettar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deputy for {name}</source>
        <translation>Vara for {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest, item {items}</source>
        <translation>Gjest, sak {items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From {item}</source>
        <translation>Frå {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {item}</source>
        <translation>Til {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status}, {name} stands in</source>
        <translation>{status}, {name} møter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present from item {first} until item {last}</source>
        <translation>Til stades frå sak {first} til og med sak {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived for item {item}</source>
        <translation>Kom til sak {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left after item {item}</source>
        <translation>Gjekk etter sak {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disqualified</source>
        <translation>Inhabil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Røysterett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks, proposes</source>
        <translation>Tale og forslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks</source>
        <translation>Talerett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rights</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+28"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put forward by</source>
        <translation>Meldt inn av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>Meldt inn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exempt from public access</source>
        <translation>Unnateke offentlegheit</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../hfdesk/ui/backups.py" line="+194"/>
        <source>Made</source>
        <extracomment>How often the scheduler asks the policy whether a backup is due. A backup was written (its path) or was not needed (None). An automatic backup failed: one line for the status bar.</extracomment>
        <translation>Laga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasion</source>
        <translation>Høve</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at start</source>
        <translation>ved oppstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at exit</source>
        <translation>ved avslutting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>for hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>før gjenoppretting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before an upgrade</source>
        <translation>før oppgradering</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+90"/>
        <source>No bodies have been registered yet.</source>
        <translation>Ingen organ er registrerte enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+166"/>
        <source>Select a body to see its members.</source>
        <translation>Vel eit organ for å sjå medlemene.</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Members</source>
        <translation>Medlemer</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Show the composition check</source>
        <translation>Vis kontrollen av samansetjinga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;former members</source>
        <translation>Vis &amp;tidlegare medlemer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Body…</source>
        <translation>Rediger &amp;organ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected body&apos;s settings: name, level, rules for meetings and decisions, documents</source>
        <translation>Endre innstillingane for det valde organet: namn, nivå, reglar for møte og vedtak, dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New B&amp;ody…</source>
        <translation>N&amp;ytt organ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a body under the selected one; it starts with the national composition rules</source>
        <translation>Legg til eit organ under det valde; det får dei nasjonale reglane for samansetjing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;kk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in the selected body, its seats, rules and meetings, and when</source>
        <translation>Kven som endra kva i det valde organet, medlemskapa, reglane og møta, og når</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Member…</source>
        <translation>&amp;Legg til medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member, deputy or observer to this body</source>
        <translation>Legg til eit medlem, eit varamedlem eller ein observatør i organet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Member…</source>
        <translation>&amp;Rediger medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected membership (Enter)</source>
        <translation>Endre det valde medlemskapet (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;nd Term…</source>
        <translation>Avslutt &amp;periode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected member&apos;s term; the seat is kept as history</source>
        <translation>Avslutt perioden til det valde medlemet; plassen vert halden som historikk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Members</source>
        <translation>&amp;Medlemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>&amp;Composition</source>
        <translation>&amp;Samansetjing</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Level {level}</source>
        <translation>Nivå {level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under {parent}</source>
        <translation>under {parent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area {area}</source>
        <translation>område {area}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written standard: {language}</source>
        <translation>målform: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case numbers like {number}</source>
        <translation>saksnummer som {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n avvik</numerusform>
            <numerusform>%n avvik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This body has no members registered.</source>
        <translation>Organet har ingen registrerte medlemer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This body has no members in the current term.</source>
        <translation>Organet har ingen medlemer i inneverande periode.</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+88"/>
        <source>Edit Body</source>
        <translation>Rediger organ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Body</source>
        <translation>Nytt organ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. SSU</source>
        <translation>t.d. SSU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 partnarskapsmøte, 2 strategisk samarbeidsutval, 3 områdeutval, 4 fagleg samarbeidsutval</source>
        <translation>1 partnarskapsmøte, 2 strategisk samarbeidsutval, 3 områdeutval, 4 fagleg samarbeidsutval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (level {level})</source>
        <translation>{name} (nivå {level})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: a body at the top)</source>
        <translation>(ingen: eit organ øvst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area an områdeutval serves</source>
        <translation>Området eit områdeutval dekkjer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least </source>
        <translation>minst </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Bergen rådhus, møterom 1</source>
        <translation>t.d. Bergen rådhus, møterom 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> minutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the notice and agenda</source>
        <translation>Godkjenning av innkalling og sakliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the minutes</source>
        <translation>Godkjenning av referat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any other business</source>
        <translation>Eventuelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the body writes case 3 and case 12 of this year</source>
        <translation>Slik skriv organet sak 3 og sak 12 i år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (approved in a meeting or by circulation)</source>
        <translation>Ingen (vert godkjent i eit møte eller ved sirkulasjon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members or deputies present at the meeting sign the minutes; they are approved when all have signed.</source>
        <translation>Medlemer eller varamedlemer som var til stades i møtet, skriv under referatet; det er godkjent når alle har skrive under.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who spoke</source>
        <translation>Kven som hadde ordet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item&apos;s handling names who had the floor, from the speakers list in meeting mode</source>
        <translation>Handsaminga av kvar sak nemner kven som hadde ordet, frå talarlista i møtemodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When each item was treated</source>
        <translation>Når kvar sak vart handsama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each item says when it was treated, from the clock in meeting mode</source>
        <translation>Kvar sak seier når ho vart handsama, frå klokka i møtemodus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Body</source>
        <translation>Organet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>N&amp;ivå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Under (the body above)</source>
        <translation>Under (organet over)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and decisions</source>
        <translation>Møte og vedtak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Vedtaksførleik:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Vedtaksførleik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum, number of members</source>
        <translation>Vedtaksførleik, tal på medlemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Majority:</source>
        <translation>F&amp;leirtal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;place:</source>
        <translation>Standard &amp;møtestad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;duration:</source>
        <translation>Standard møtel&amp;engd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard &amp;items:</source>
        <translation>Faste s&amp;aker:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard items</source>
        <translation>Faste saker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written standard:</source>
        <translation>Mål&amp;form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes &amp;kind:</source>
        <translation>&amp;Referat eller protokoll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case numbers:</source>
        <translation>&amp;Saksnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of si&amp;gnatories (justering):</source>
        <translation>Tal på underskrivarar (&amp;justering):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes say:</source>
        <translation>Referatet seier:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The minutes say</source>
        <translation>Referatet seier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desc&amp;ription:</source>
        <translation>Skil&amp;dring:</translation>
    </message>
</context>
<context>
    <name>BodyTreeModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/bodies.py" line="+51"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Members in the current term</source>
        <translation>Medlemer i inneverande periode</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observatør</numerusform>
            <numerusform>%n observatørar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deputy member(s)</source>
        <translation>
            <numerusform>%n varamedlem</numerusform>
            <numerusform>%n varamedlemer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Level {level}</source>
        <translation>Nivå {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written standard: {language}</source>
        <translation>Målform: {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n breach(es) of the composition rules</source>
        <translation>
            <numerusform>%n avvik frå reglane for samansetjing</numerusform>
            <numerusform>%n avvik frå reglane for samansetjing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachesModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/composition.py" line="+109"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breach</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing seat</source>
        <translation>Manglar plass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many</source>
        <translation>For mange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader from the wrong side</source>
        <translation>Leiar frå feil side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended</source>
        <translation>Perioden er ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy without a member</source>
        <translation>Vara utan medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leader</source>
        <translation>Ingen leiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders from one side</source>
        <translation>Leiarar frå same side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy from another side</source>
        <translation>Vara frå ei anna side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unequal representation</source>
        <translation>Ulik representasjon</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/case_editor.py" line="+131"/>
        <source>Could not make a copy of «{file}» to open: {reason}</source>
        <translation>Kunne ikkje lage ein kopi av «{file}» for å opne henne: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer could open «{file}». A copy is in {folder}.</source>
        <translation>Ingen program på denne datamaskina kunne opne «{file}». Ein kopi ligg i {folder}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Edit Case</source>
        <extracomment>The case&apos;s id, after an attachment of an existing case was added or removed (saved at once).</extracomment>
        <translation>Rediger sak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>e.g. Samarbeidssekretariatet</source>
        <translation>t.d. Samarbeidssekretariatet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no person)</source>
        <translation>(ingen person)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person responsible, if the case has one</source>
        <translation>Personen som er ansvarleg, dersom saka har ein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Brukarutvalet</source>
        <translation>t.d. Brukarutvalet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xempt from public access</source>
        <translation>U&amp;nnateke offentlegheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Exempt from public access</source>
        <translation>Unnateke offentlegheit</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Choose or type the legal basis</source>
        <translation>Vel eller skriv inn heimelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Heimel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required for an exempt case, e.g. «offl. § 13 jf. fvl. § 13»</source>
        <translation>Må fyllast ut for ei sak som er unnateken offentlegheit, t.d. «offl. § 13 jf. fvl. § 13»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Heimel:</translation>
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
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Ansvarleg person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put forward b&amp;y:</source>
        <translation>&amp;Meldt inn av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kground:</source>
        <translation>Saks&amp;utgreiing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proposed decision:</source>
        <translation>&amp;Framlegg til vedtak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority &amp;groups:</source>
        <translation>&amp;Prioriterte grupper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access:</source>
        <translation>Offentlegheit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No attachments.</source>
        <translation>Ingen vedlegg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Legg ved filer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attac&amp;hments:</source>
        <translation>V&amp;edlegg:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not concluded</source>
        <translation>ikkje avslutta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting for an agenda</source>
        <translation>ventar på ei sakliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body}: {outcome}</source>
        <translation>{body}: {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {body}, item {number}: {outcome}</source>
        <translation>{date}, {body}, sak {number}: {outcome}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {body}: {outcome}</source>
        <translation>{date}, {body}: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▶ {line} (this treatment)</source>
        <translation>▶ {line} (denne handsaminga)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary of the case path</source>
        <translation>Oppsummering av saksgangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case path:</source>
        <translation>Saksgang:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for an agenda in {body}</source>
        <translation>ventar på ei sakliste i {body}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{body}, meeting {date}</source>
        <translation>{body}, møte {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new case on the agenda of {body}, meeting {date}. It is put before «Eventuelt».</source>
        <translation>Ei ny sak på saklista til {body}, møte {date}. Ho vert sett framfor «Eventuelt».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new case waiting for an agenda in {body}.</source>
        <translation>Ei ny sak som ventar på ei sakliste i {body}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting is cancelled, so this case cannot be changed. Its attachments can still be opened.</source>
        <translation>Møtet er avlyst, så denne saka kan ikkje endrast. Vedlegga kan framleis opnast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes of this meeting are approved and locked, so this case cannot be changed. Reopen the meeting to change it. Its attachments can still be opened.</source>
        <translation>Referatet frå dette møtet er godkjent og låst, så denne saka kan ikkje endrast. Opne møtet att for å endre henne. Vedlegga kan framleis opnast.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a standard item of the agenda: only its title and duration can be changed.</source>
        <translation>Dette er ei standardsak på saklista: berre tittelen og varigheita kan endrast.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Files are saved with the case when you press OK.</source>
        <translation>Filene vert lagra saman med saka når du trykkjer OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files are saved as soon as you attach or remove them.</source>
        <translation>Filene vert lagra med ein gong du legg dei ved eller fjernar dei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attach Files</source>
        <translation>Legg ved filer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Remove «{title}» ({file}) from the case? It is deleted from the database; the file on your disk is not touched.</source>
        <translation>Vil du fjerne «{title}» ({file}) frå saka? Vedlegget vert sletta frå databasen; fila på disken din vert ikkje rørd.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remove the %n selected attachment(s) from the case? They are deleted from the database; the files on your disk are not touched.</source>
        <translation>
            <numerusform>Vil du fjerne %n valt vedlegg frå saka? Det vert sletta frå databasen; fila på disken din vert ikkje rørd.</numerusform>
            <numerusform>Vil du fjerne dei %n valde vedlegga frå saka? Dei vert sletta frå databasen; filene på disken din vert ikkje rørde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Attachment</source>
        <translation>Fjern vedlegg</translation>
    </message>
</context>
<context>
    <name>CaseHitsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/search.py" line="+22"/>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matching text</source>
        <translation>Treff i teksten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also treated in</source>
        <translation>Òg handsama i</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Waiting for an agenda</source>
        <translation>Ventar på sakliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{body}, item {number}, {when}</source>
        <translation>{body}, sak {number}, {when}</translation>
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
        <translation>Status for samansetjinga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No breaches: the body is composed as its rules say.</source>
        <translation>Ingen avvik: organet er sett saman slik reglane seier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This body has no composition rules yet.</source>
        <translation>Organet har ingen reglar for samansetjing enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition rules</source>
        <translation>Reglar for samansetjing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Rule…</source>
        <translation>Ny &amp;regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a composition rule to this body</source>
        <translation>Legg til ein regel for samansetjinga av organet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Rule…</source>
        <translation>R&amp;ediger regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected rule</source>
        <translation>Endre den valde regelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Slett regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rule</source>
        <translation>Slett den valde regelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader and deputy leader from different &amp;sides</source>
        <translation>Leiar og nestleiar frå kvar si &amp;side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matching representation</source>
        <translation>&amp;Tilsvarande representasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies are a s&amp;hared list</source>
        <translation>Varamedlemmene er ei f&amp;elles liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deputy stands in only for a member of the same si&amp;de</source>
        <translation>Eit varamedlem møter berre for eit medlem frå same si&amp;de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As many voting seats from the municipalities as from the hospitals</source>
        <translation>Like mange plassar med røysterett frå kommunane som frå sjukehusa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deputy need not stand for a named member: any deputy may stand in for any member</source>
        <translation>Eit varamedlem treng ikkje stå for eit bestemt medlem: alle varamedlemer kan møte for alle medlemer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the meeting, a deputy from the municipalities stands in only for a municipal member, and so on</source>
        <translation>I møtet møter eit varamedlem frå kommunane berre for eit kommunalt medlem, og så bortetter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rules for the whole body</source>
        <translation>Reglar for heile organet</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n breach(es) of the composition rules</source>
        <translation>
            <numerusform>%n avvik frå reglane for samansetjing</numerusform>
            <numerusform>%n avvik frå reglane for samansetjing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No breaches</source>
        <translation>✓ Ingen avvik</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete Rule</source>
        <translation>Slett regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule «{label}»? The body&apos;s members are not changed.</source>
        <translation>Slette regelen «{label}»? Medlemene i organet vert ikkje endra.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/conflict.py" line="+50"/>
        <source>Changed by a Colleague</source>
        <extracomment>REAPPLY, COPY or CANCEL.</extracomment>
        <translation>Endra av ein kollega</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing of yours is lost. Save your version over theirs, copy your text to paste it in again, or go back to your text.</source>
        <translation>Ingenting av ditt er tapt. Lagra din versjon over kollegaen sin, kopier teksten din for å lima han inn att, eller gå tilbake til teksten din.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colleague&apos;s version</source>
        <translation>Kollegaen sin versjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}, colleague&apos;s version</source>
        <translation>{field}, kollegaen sin versjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}, your version</source>
        <translation>{field}, din versjon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use My Changes</source>
        <translation>Bruk endringane mine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy My Text</source>
        <translation>Kopier teksten min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your version over the colleague&apos;s</source>
        <translation>Lagra din versjon over kollegaen sin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy your text to the clipboard and show the colleague&apos;s version in the editor</source>
        <translation>Kopier teksten din til utklippstavla og vis versjonen til kollegaen i skjemaet</translation>
    </message>
</context>
<context>
    <name>CopyMeetingDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-197"/>
        <source>Copy Meeting</source>
        <translation>Kopier møte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy gets the same body, place, video link, people and length, and the standard items. Cases are copied as new cases; what happened to them is not.</source>
        <translation>Kopien får same organ, stad, videolenkje, personar og lengd, og standardsakene. Sakene vert kopierte som nye saker; det som skjedde med dei, vert ikkje kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the cases as well</source>
        <translation>Kopier sakene òg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Startar kl.:</translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+244"/>
        <source>Deputy Steps In</source>
        <translation>Vara møter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deputy for {name} carries that member&apos;s vote for the meeting.</source>
        <translation>Eit varamedlem for {name} har røysteretten til medlemet i møtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Varamedlem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives at item {number}</source>
        <translation>Kjem til sak {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives at this item</source>
        <translation>Kjem til denne saka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has no deputy who can stand in.</source>
        <translation>{name} har ikkje noko varamedlem som kan møte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (personal deputy)</source>
        <translation> (personleg vara)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (from the body&apos;s list)</source>
        <translation> (frå varalista til organet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – stands in for {name}</source>
        <translation> – møter alt for {name}</translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/checkout.py" line="+52"/>
        <source>The Copy Cannot Be Handed Back</source>
        <translation>Kopien kan ikkje leverast tilbake</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the laptop&apos;s version replaces the meeting here. Nothing is lost: the meeting as it is here now is first saved as a JSON file beside the copy.</source>
        <translation>Å importere versjonen frå den berbare erstattar møtet her. Ingenting går tapt: møtet slik det er her no, vert først lagra som ei JSON-fil ved sida av kopien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differences</source>
        <translation>Skilnader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the laptop</source>
        <translation>På den berbare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy&apos;s meeting and the meeting here are the same.</source>
        <translation>Møtet på kopien og møtet her er like.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the Laptop&apos;s Version</source>
        <translation>Importer versjonen frå den berbare</translation>
    </message>
</context>
<context>
    <name>DisqualificationDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="-75"/>
        <source>Disqualification</source>
        <translation>Inhabilitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disqualified person is out of this item: no vote, no quorum, and the minutes say so.</source>
        <translation>Den som er inhabil, går frå saka: ingen røyst, tel ikkje med for vedtaksførleiken, og referatet seier det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Who:</source>
        <translation>&amp;Kven:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ground:</source>
        <translation>&amp;Grunnlag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. board member of the company the case concerns</source>
        <translation>t.d. styremedlem i selskapet saka gjeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Explanation:</source>
        <translation>&amp;Forklaring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body decided it</source>
        <translation>Organet har avgjort det</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by the body</source>
        <translation>Avgjort av organet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Call in a deputy for this item</source>
        <translation>Kall inn varamedlem for denne saka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;puty:</source>
        <translation>Vara&amp;medlem:</translation>
    </message>
</context>
<context>
    <name>DisqualificationsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+224"/>
        <source>Disqualified</source>
        <translation>Inhabil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ground</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Avgjort av</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The body</source>
        <translation>Organet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not decided</source>
        <translation>Ikkje avgjort</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+465"/>
        <source>Trial Run</source>
        <translation>Prøvekøyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the import would do. Nothing has been saved yet.</source>
        <translation>Dette er kva importen vil gjere. Ingenting er lagra enno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>Ingen problem funne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trial run could not be made.</source>
        <translation>Prøvekøyringa kunne ikkje gjerast.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) stop the import. Nothing will be imported until they are fixed: correct the workbook, or go back and map the columns or choose another body.</source>
        <translation>
            <numerusform>%n problem stoppar importen. Ingenting vert importert før det er retta: rett arbeidsboka, eller gå attende og angi kolonnane eller vel eit anna organ.</numerusform>
            <numerusform>%n problem stoppar importen. Ingenting vert importert før dei er retta: rett arbeidsboka, eller gå attende og angi kolonnane eller vel eit anna organ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+554"/>
        <source>End Term</source>
        <translation>Avslutt periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the term of {name} in {body}. The seat stays in the register as history and is shown under «Show former members».</source>
        <translation>Avslutt perioden til {name} i {body}. Plassen vert ståande i registeret som historikk og vert vist under «Vis tidlegare medlemer».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;End Term</source>
        <translation>&amp;Avslutt perioden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last day of the term:</source>
        <translation>&amp;Siste dag i perioden:</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../hfdesk/ui/error_report.py" line="+38"/>
        <source>Something Went Wrong</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error report</source>
        <translation>Feilrapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk met an error it did not expect. What you had saved is safe: every change is stored as it is made. If it happens again, copy the details and send them to whoever supports hfdesk.</source>
        <translation>hfdesk støytte på ein feil han ikkje venta. Det du har registrert, er trygt: kvar endring vert lagra med ein gong. Skjer det igjen, kopier detaljane og send dei til den som gir støtte på hfdesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are also in the log file {file}.</source>
        <translation>Detaljane står òg i loggfila {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log file could not be written.</source>
        <translation>Loggfila kunne ikkje skrivast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show Details</source>
        <translation>&amp;Vis detaljar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Vis detaljar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Kopier detaljane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Log Folder</source>
        <translation>Opne &amp;loggmappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>Opne loggmappa</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/files.py" line="+100"/>
        <source>Export Roster to Excel</source>
        <extracomment>The written file.</extracomment>
        <translation>Eksporter medlemsliste til Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook with an overview, one sheet per body (name, role, rights, represents, side, area, e-mail, phone, term, deputy for) and a sheet with the composition breaches.</source>
        <translation>Ei Excel-arbeidsbok med ei oversikt, eitt ark per organ (namn, rolle, rettar, representerer, part, område, e-post, telefon, periode, vara for) og eit ark med avvika i samansetjinga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;whole register</source>
        <translation>&amp;Heile registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only {body}</source>
        <translation>&amp;Berre {body}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>roster</source>
        <translation>medlemsliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Roster</source>
        <translation>Lagre medlemsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Roster Exported</source>
        <translation>Medlemslista er eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster was saved as «{file}». Open it now?</source>
        <translation>Medlemslista vart lagra som «{file}». Vil du opne henne no?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-418"/>
        <source>Choose the Workbook</source>
        <translation>Vel arbeidsboka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx) with one roster per sheet under a header row, or a CSV file saved from Excel; title rows above the header are fine. Nothing is imported before the last step.</source>
        <translation>Ei Excel-arbeidsbok (.xlsx) med éi medlemsliste per ark under ei overskriftsrad, eller ei CSV-fil lagra frå Excel; tittelrader over overskriftene går fint. Ingenting vert importert før siste steg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers hfdesk recognises, in bokmål or nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, Periode til, Vara for and Stilling. Role words such as Brukarrepresentant, Fastlege, Observatør (fastlege) and Vara for NAMN are understood; other columns and words can be assigned in the next step.</source>
        <translation>Overskrifter hfdesk kjenner att, på bokmål eller nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, Periode til, Vara for og Stilling. Rolleord som Brukarrepresentant, Fastlege, Observatør (fastlege) og Vara for NAMN vert forstått; andre kolonnar og ord kan du kople til i neste steg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workbook file</source>
        <translation>Arbeidsbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C:\Users\…\Medlemsliste.xlsx</source>
        <translation>C:\Users\…\Medlemsliste.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a workbook</source>
        <translation>Bla gjennom etter ei arbeidsbok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error message</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading status</source>
        <translation>Status for lesinga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading progress</source>
        <translation>Framdrift for lesinga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;Reading</source>
        <translation>Avbryt &amp;lesinga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reading the workbook</source>
        <translation>Avbryt lesinga av arbeidsboka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Roster</source>
        <translation>Importer medlemsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>Medlemslister (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading «{name}»…</source>
        <translation>Les «{name}»…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading was cancelled. Nothing has been imported.</source>
        <translation>Lesinga vart avbroten. Ingenting er importert.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/first_run.py" line="+80"/>
        <source>This is a network folder. Over the network the database cannot be locked safely; keep it in a folder on this computer.</source>
        <translation>Dette er ei nettverksmappe. Over nettverket kan ikkje databasen låsast trygt; legg han i ei mappe på denne datamaskina.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>This folder is synchronised ({service}). Synchronising can copy the database while it is being written and damage it; keep it in a folder on this computer.</source>
        <translation>Denne mappa vert synkronisert ({service}). Synkroniseringa kan kopiere databasen medan han vert skriven til, og skade han; legg han i ei mappe på denne datamaskina.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+1"/>
        <source>Welcome to hfdesk</source>
        <translation>Velkomen til hfdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hfdesk keeps the register, the meetings and the minutes in one database file on this computer. Choose where it is kept and what your documents should carry; the name, the logo and the language can be changed later under File ▸ Settings.</source>
        <translation>hfdesk har registeret, møta og referata i éi databasefil på denne datamaskina. Vel kvar ho skal liggje, og kva dokumenta dine skal vise; namnet, logoen og språket kan du endre seinare under Fil ▸ Innstillingar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your data is kept</source>
        <translation>Kvar dataa dine ligg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Vel mappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database hfdesk used last, «{file}», is not there any more.</source>
        <translation>Databasen hfdesk brukte sist, «{file}», finst ikkje lenger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Existing Database…</source>
        <translation>Opne ein &amp;eksisterande database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if you already have an hfdesk database, e.g. from a colleague</source>
        <translation>dersom du alt har ein hfdesk-database, t.d. frå ein kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your helsefellesskap</source>
        <translation>Helsefellesskapet ditt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the helsefellesskap</source>
        <translation>Namnet på helsefellesskapet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Helsefellesskapet i Bergensområdet</source>
        <translation>t.d. Helsefellesskapet i Bergensområdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For notices and minutes. Both may be left empty and changed later.</source>
        <translation>Til innkallingar og referat. Begge kan stå tomme og endrast seinare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo data first, to look around</source>
        <translation>Opne &amp;demodata først for å sjå deg rundt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example data from Helsefellesskapet i Bergensområdet, kept in a separate file, «{file}», beside your database and never mixed with your own data.</source>
        <translation>Eksempeldata frå Helsefellesskapet i Bergensområdet, i ei eiga fil, «{file}», ved sida av databasen din, og aldri blanda med dine eigne data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start hfdesk</source>
        <translation>&amp;Start hfdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This folder already has an hfdesk database, «{file}»; it will be opened.</source>
        <translation>Denne mappa har alt ein hfdesk-database, «{file}»; han vert opna.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database will be «{file}» in this folder, with its backups beside it.</source>
        <translation>Databasen vert «{file}» i denne mappa, med tryggingskopiane ved sida av.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is new and empty.</source>
        <translation>Databasen er ny og tom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: {reason}</source>
        <translation>Åtvaring: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a Folder for the Database</source>
        <translation>Vel ei mappe til databasen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk-databasar (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a folder for the database.</source>
        <translation>Vel ei mappe til databasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder «{folder}» cannot be used: {reason}</source>
        <translation>Mappa «{folder}» kan ikkje brukast: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hfdesk may not write in «{folder}». Choose another folder.</source>
        <translation>hfdesk har ikkje lov til å skrive i «{folder}». Vel ei anna mappe.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="-47"/>
        <source>New Follow-up</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What:</source>
        <translation>&amp;Kva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a party, written below)</source>
        <translation>(ein part, skriven under)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation>Kv&amp;en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the secretariat, the municipalities</source>
        <translation>t.d. sekretariatet, kommunane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or &amp;party:</source>
        <translation>Eller &amp;part:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Innan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due, date</source>
        <translation>Frist, dato</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/follow_ups.py" line="+28"/>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From item {number}: {title}</source>
        <translation>Frå sak {number}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting {date}</source>
        <translation>Møte {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done {date}</source>
        <translation>Utført {date}</translation>
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
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>What the bodies have asked to be followed up: what, who and by when.</source>
        <translation>Det organa har bede om å få følgt opp: kva, kven og innan når.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as done</source>
        <translation>&amp;Merk som utført</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Opne att</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected follow-up is not done after all</source>
        <translation>Den valde oppfølginga er likevel ikkje gjord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;ksporter til Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-ups the list shows (this filter and body) as an Excel workbook</source>
        <translation>Oppfølgingspunkta lista viser (dette filteret og organet) som ei Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All bodies</source>
        <translation>Alle organ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open ({count})</source>
        <translation>Opne ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue ({count})</source>
        <translation>Forfalne ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done ({count})</source>
        <translation>Utførte ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ({count})</source>
        <translation>Alle ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open follow-ups.</source>
        <translation>Ingen opne oppfølgingspunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Ingenting har forfalle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups have been marked as done.</source>
        <translation>Ingen oppfølgingspunkt er merkte som utførte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups have been registered yet.</source>
        <translation>Ingen oppfølgingspunkt er registrerte enno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>follow-ups</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>opne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>forfalne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>utførte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Follow-ups</source>
        <translation>Lagre oppfølging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-ups Exported</source>
        <translation>Oppfølginga er eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-ups were saved as «{file}». Open it now?</source>
        <translation>Oppfølginga vart lagra som «{file}». Vil du opne ho no?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark as done</source>
        <translation>Merk som utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark «{what}» as done today?</source>
        <translation>Merke «{what}» som utført i dag?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/base.py" line="+254"/>
        <source>Error message</source>
        <extracomment>What a window&apos;s frame and the taskbar&apos;s edge take beyond a dialog&apos;s contents (title bar, borders, at 100–150 % on Windows): a dialog as tall as the screen less this keeps its buttons on it. The id of what was saved (a new or an edited row).</extracomment>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+103"/>
        <source>Guest or Secretariat</source>
        <translation>Gjest eller sekretariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name: someone in the register, or someone new</source>
        <translation>Skriv eit namn: nokon i registeret, eller ein ny person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For someone new: e.g. head of the local network</source>
        <translation>For ein ny person: t.d. leiar av det lokale nettverket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest for the items ticked below</source>
        <translation>Gjest i sakene som er kryssa av under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As:</source>
        <translation>Som:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Items:</source>
        <translation>&amp;Saker:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../hfdesk/ui/guide.py" line="+66"/>
        <source>hfdesk – User Guide</source>
        <extracomment>The guide in each interface language. English falls back to bokmål when it is missing.</extracomment>
        <translation>hfdesk – Brukarrettleiing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>&amp;Innhald</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/history.py" line="+26"/>
        <source>History: {subject}</source>
        <translation>Historikk: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change, newest first: when (Norwegian time), who (the user account or the database role) and what. Contact details are never kept here.</source>
        <translation>Alle endringar, nyaste først: når (norsk tid), kven (brukarkontoen eller databaserolla) og kva. Kontaktopplysningar vert aldri lagra her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Ingenting er registrert enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/history.py" line="+20"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Kva</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+431"/>
        <source>Import Roster from Excel</source>
        <extracomment>Emitted in the GUI thread each time the reading&apos;s progress is shown: rows read, rows in all (0 while not known).</extracomment>
        <translation>Importer medlemsliste frå Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Attende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{role} with {rights}</source>
        <translation>{role} med {rights}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role} for {side}</source>
        <translation>{role} for {side}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Added {members} membership(s) and {added} new person(s); {matched} person(s) were already in the register.</source>
        <translation>Medlemskap lagde til: {members}. Nye personar: {added}. Personar som alt fanst i registeret: {matched}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import will add {members} membership(s) and {added} new person(s); {matched} person(s) are already in the register.</source>
        <translation>Importen vil leggje til {members} medlemskap. Nye personar: {added}. Personar som alt finst i registeret: {matched}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hfdesk remembers the role words {words} for next time.</source>
        <translation>hfdesk hugsar rolleorda {words} til neste gong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role words {words} will be remembered for next time.</source>
        <translation>Rolleorda {words} vert hugsa til neste gong.</translation>
    </message>
</context>
<context>
    <name>ItemFollowUpsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+16"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hfdesk/ui/labels.py" line="+36"/>
        <source>Leader</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy leader</source>
        <translation>Nestleiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy member</source>
        <translation>Varamedlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Sekretær</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right to vote</source>
        <translation>Røysterett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to speak and propose</source>
        <translation>Tale- og forslagsrett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to speak</source>
        <translation>Talerett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rights</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Sjukehus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union</source>
        <translation>Hovudsamanslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice sent</source>
        <translation>Innkalling send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes approved</source>
        <translation>Referat godkjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Vedtakssak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Drøftingssak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Orienteringssak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consensus</source>
        <translation>Samrøystes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus with protocol entry</source>
        <translation>Samrøystes med protokolltilførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Avrøysting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consensus</source>
        <translation>Ikkje semje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Teke til orientering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Withdrawn</source>
        <translation>Trekt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Adopted</source>
        <extracomment>What became of a proposal (vedteke, fall, trekt); a pending one shows nothing.</extracomment>
        <translation>Vedteke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported absence</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Fråvær</translation>
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
        <translation>Minst halvparten av medlemene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than half of the members</source>
        <translation>Meir enn halvparten av medlemene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed number of members</source>
        <translation>Eit fast tal medlemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum rule (advisory)</source>
        <translation>Ingen regel (rådgjevande)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simple majority</source>
        <translation>Alminneleg fleirtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two thirds of the votes cast</source>
        <translation>To tredjedelar av dei avgjevne røystene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referat (summary)</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokoll (formal record)</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Children and young people</source>
        <translation>Barn og unge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with severe mental illness and substance abuse</source>
        <translation>Personar med alvorlege psykiske lidingar og rusproblem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frail elderly</source>
        <translation>Skrøpelege eldre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with several chronic conditions</source>
        <translation>Personar med fleire kroniske lidingar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
</context>
<context>
    <name>LiveAgendaModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="-388"/>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consensus + entry</source>
        <translation>Samrøystes + tilførsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote (no votes yet)</source>
        <translation>Avrøysting (ingen røyster enno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted (vote)</source>
        <translation>Vedteke (avrøysting)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected (vote)</source>
        <translation>Fall (avrøysting)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Teken opp under eventuelt; stod ikkje på saklista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adopted</source>
        <translation>Vedteke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concluded without quorum.</source>
        <translation>Avslutta utan at organet var vedtaksført.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision on a case that was not on the agenda.</source>
        <translation>Vedtak i ei sak som ikkje stod på saklista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum: {present} voting present, {required} required ({seats} seats)</source>
        <translation>Vedtaksført: {present} med røysterett til stades, krav {required} ({seats} plassar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{present} voting present; the body has no quorum rule</source>
        <translation>{present} med røysterett til stades; organet har ingen regel om vedtaksførleik</translation>
    </message>
</context>
<context>
    <name>LiveLabels</name>
    <message>
        <location line="-134"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Varamedlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gjest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public Administration Act § 6 first paragraph</source>
        <translation>fvl. § 6 første ledd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Administration Act § 6 second paragraph</source>
        <translation>fvl. § 6 andre ledd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other ground</source>
        <translation>Anna grunnlag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstains</source>
        <translation>Avstår</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned for more work</source>
        <translation>Attende for meir arbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the parties</source>
        <translation>Send til partane</translation>
    </message>
</context>
<context>
    <name>LiveMeetingPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+108"/>
        <location filename="../../hfdesk/ui/shell.py" line="+1"/>
        <source>Meeting mode</source>
        <translation>Møtemodus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Vote</source>
        <translation>Avrøysting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>Talarliste</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/agenda_panel.py" line="+30"/>
        <source>The meeting has no items.</source>
        <translation>Møtet har ingen saker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda</source>
        <translation>Sakliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;genda</source>
        <translation>&amp;Sakliste</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+38"/>
        <source>Quorum</source>
        <translation>Vedtaksførleik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open one of the case&apos;s attachments</source>
        <translation>Opne eitt av vedlegga til saka</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No proposals.</source>
        <translation>Ingen framlegg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposals</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+197"/>
        <source>Withdraw</source>
        <translation>Trekk framlegg</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>The proposer withdraws the selected proposal (again: it stands once more)</source>
        <translation>Forslagsstillaren trekkjer det valde framlegget (ein gong til: framlegget står att)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said: the presentation and the discussion, for the minutes.</source>
        <translation>Kva som vart sagt: innleiinga og drøftinga, til referatet.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+79"/>
        <location line="+166"/>
        <location line="+77"/>
        <location filename="../../hfdesk/ui/pages/live/second_screen.py" line="+389"/>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>No protocol entry yet: add one with Ctrl+T.</source>
        <translation>Ingen protokolltilførsel enno: legg til med Ctrl+T.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Protocol entries</source>
        <translation>Protokolltilførslar</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+87"/>
        <source>Nobody may vote at this item.</source>
        <translation>Ingen har røysterett i denne saka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Røyster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not stated)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal voted on</source>
        <translation>Framlegget det vart røysta over</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+15"/>
        <source>No follow-ups from this item.</source>
        <translation>Inga oppfølging frå denne saka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+32"/>
        <source>Nobody is on the attendance list.</source>
        <translation>Ingen står på oppmøtelista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="-5"/>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Oppmøte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody is disqualified at this item.</source>
        <translation>Ingen er inhabile i denne saka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disqualified</source>
        <translation>Inhabile</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/agenda_panel.py" line="+5"/>
        <source>Previous Item</source>
        <translation>Førre sak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous item</source>
        <translation>Gå til førre sak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next Item</source>
        <translation>Neste sak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the next item</source>
        <translation>Gå til neste sak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case under AOB…</source>
        <translation>Sak under eventuelt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case raised under any other business that was not on the agenda</source>
        <translation>Ei sak teken opp under eventuelt som ikkje stod på saklista</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="-54"/>
        <source>Mark as Held…</source>
        <translation>Merk som halde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting is over: mark it as held</source>
        <translation>Møtet er over: merk det som halde</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-54"/>
        <source>Conclude the item: {kind}</source>
        <translation>Avslutt saka: {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not Concluded</source>
        <translation>Ikkje avslutta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item is not concluded after all</source>
        <translation>Saka er likevel ikkje avslutta</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-78"/>
        <source>New Proposal…</source>
        <translation>Nytt framlegg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proposal from a member, a deputy or an observer</source>
        <translation>Eit framlegg frå eit medlem, eit varamedlem eller ein observatør</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Rett…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the wording of the selected proposal</source>
        <translation>Rett ordlyden i det valde framlegget</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+72"/>
        <location line="+16"/>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+30"/>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+5"/>
        <location line="+73"/>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="+164"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-70"/>
        <source>Remove the selected proposal</source>
        <translation>Fjern det valde framlegget</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-8"/>
        <source>Protocol Entry…</source>
        <translation>Protokolltilførsel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A statement entered in the minutes, and who stands behind it</source>
        <translation>Ei fråsegn som vert ført i protokollen, og kven som står bak henne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected protocol entry</source>
        <translation>Fjern den valde protokolltilførselen</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+62"/>
        <source>New Follow-up…</source>
        <translation>Ny oppfølging…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is to be followed up, by whom and by when</source>
        <translation>Kva som skal følgjast opp, av kven og innan når</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected follow-up</source>
        <translation>Fjern den valde oppfølginga</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+15"/>
        <source>The selected voter: {choice}</source>
        <translation>Den valde røystar: {choice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All For</source>
        <translation>Alle for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone votes for; then mark those against</source>
        <translation>Alle røystar for; merk deretter dei som røysta mot</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="-81"/>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person selected in the attendance list is present</source>
        <translation>Personen som er vald i oppmøtelista, er til stades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forfall</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported absence (forfall)</source>
        <translation>Meldt forfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Absent</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absent without notice</source>
        <translation>Fråvær utan forfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrived Here</source>
        <translation>Kom hit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived late: present from this item</source>
        <translation>Kom seinare: til stades frå denne saka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left Before This</source>
        <translation>Gjekk før denne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left early: present until the item before this one</source>
        <translation>Gjekk tidleg: til stades til og med saka før denne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole Meeting</source>
        <translation>Heile møtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present at every item (clears arrival and leave)</source>
        <translation>Til stades i alle saker (fjernar kom og gjekk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deputy Steps In…</source>
        <translation>Vara møter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deputy stands in for the selected absent member</source>
        <translation>Eit varamedlem møter for det valde medlemet som har forfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest…</source>
        <translation>Gjest…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest for named items, or someone from the secretariat</source>
        <translation>Ein gjest i bestemte saker, eller nokon frå sekretariatet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take a deputy, guest or secretary off the list again</source>
        <translation>Ta eit varamedlem, ein gjest eller ein sekretær av lista att</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disqualification…</source>
        <translation>Inhabilitet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone is disqualified (inhabil) at this item</source>
        <translation>Nokon er inhabil i denne saka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected disqualification</source>
        <translation>Fjern den valde inhabiliteten</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-54"/>
        <source>&amp;Proposals</source>
        <translation>F&amp;ramlegg</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+38"/>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Decision</source>
        <translation>V&amp;edtak</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+20"/>
        <source>Voted on:</source>
        <translation>Røysta over:</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-19"/>
        <source>The case:</source>
        <translation>Saka:</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+30"/>
        <source>Follow-&amp;ups</source>
        <translation>O&amp;ppfølging</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+16"/>
        <source>Disqualified at this item</source>
        <translation>Inhabile i denne saka</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+249"/>
        <source>No meeting chosen.</source>
        <translation>Ikkje noko møte valt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes of this meeting are approved and locked. Reopen the meeting on the Meetings page to change them.</source>
        <translation>Referatet frå dette møtet er godkjent og låst. Opne møtet att på Møte-sida for å endre det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting is cancelled.</source>
        <translation>Dette møtet er avlyst.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+30"/>
        <source>{present} present; {voting} may vote at item {item} ({seats} voting seats)</source>
        <translation>{present} til stades; {voting} har røysterett i sak {item} ({seats} plassar med røysterett)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{present} present</source>
        <translation>{present} til stades</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+11"/>
        <source>{present} voting present; the body has no quorum rule.</source>
        <translation>{present} med røysterett til stades; organet har ingen regel om vedtaksførleik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum: {present} voting present, {required} required of {seats} seats.</source>
        <translation>Vedtaksført: {present} med røysterett til stades, krav {required} av {seats} plassar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quorum: {present} voting present, {required} required of {seats} seats.</source>
        <translation>Ikkje vedtaksført: {present} med røysterett til stades, krav {required} av {seats} plassar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No item</source>
        <translation>Inga sak</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hfdesk/ui/pages/live/second_screen.py" line="-61"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exempt from public access ({basis})</source>
        <translation>Unnateke offentlegheit ({basis})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raised under any other business; not on the agenda</source>
        <translation>Teken opp under eventuelt; stod ikkje på saklista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concluded without quorum: this is marked on the item in the minutes.</source>
        <translation>Avslutta utan at organet var vedtaksført: det vert merkt på saka i referatet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A decision on a case that was not on the agenda: it is flagged in the minutes.</source>
        <translation>Vedtak i ei sak som ikkje stod på saklista: det vert merkt i referatet.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n voter(s) without a recorded vote.</source>
        <translation>
            <numerusform>%n med røysterett utan registrert røyst.</numerusform>
            <numerusform>%n med røysterett utan registrert røyst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disqualified, out of this item: {names}.</source>
        <translation>Inhabil, går frå denne saka: {names}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reinstate</source>
        <translation>Set inn att</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The case has no attachments.</source>
        <translation>Saka har ingen vedlegg.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="+56"/>
        <source>The decision (vedtak) as it goes into the minutes.</source>
        <translation>Vedtaket slik det skal stå i referatet.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="-3"/>
        <location line="+29"/>
        <source>Vo&amp;tes</source>
        <translation>Rø&amp;yster</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Round</source>
        <translation>Ny avrøysting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier rounds keep their votes and results.</source>
        <translation>Dei tidlegare avrøystingane held på røystene og resultatet sitt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put to the vote:</source>
        <translation>Til avrøysting:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No round yet.</source>
        <translation>Inga avrøysting enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Rounds</source>
        <translation>Avrøystingar</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New Round…</source>
        <translation>Ny avrøysting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put another proposal to the vote: an amendment or an alternative</source>
        <translation>Set eit anna framlegg under avrøysting: eit endringsframlegg eller eit alternativ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+183"/>
        <source>Remove Round</source>
        <translation>Fjern avrøysting</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Take the last round away again</source>
        <translation>Fjern den siste avrøystinga att</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Vo&amp;tes in round {number}</source>
        <translation>Rø&amp;yster i avrøysting {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adopted</source>
        <translation>Vedteke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No votes recorded yet: no result</source>
        <translation>Ingen røyster registrerte enno: inkje resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {for_} · against {against} · abstaining {abstain}</source>
        <translation>For {for_} · mot {against} · avstår {abstain}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voted against: {names}</source>
        <translation>Røysta mot: {names}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every proposal has been voted on or withdrawn.</source>
        <translation>Alle framlegga er røysta over eller trekte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Round {number} has votes recorded. Remove it with its votes?</source>
        <translation>Avrøysting {number} har registrerte røyster. Fjerne ho med røystene?</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/core.py" line="+307"/>
        <source>Saved {time}</source>
        <translation>Lagra {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you type is saved as you go.</source>
        <translation>Alt du skriv, vert lagra fortløpande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-13"/>
        <source>Choose how the item ended (Alt+1 to Alt+7); then write the decision here.</source>
        <translation>Vel korleis saka vart avslutta (Alt+1 til Alt+7); skriv så vedtaket her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the item ended (Alt+1 to Alt+6); then write the decision here.</source>
        <translation>Vel korleis saka vart avslutta (Alt+1 til Alt+6); skriv så vedtaket her.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Item {number} concluded without quorum; this is marked on the item.</source>
        <translation>Sak {number} vart avslutta utan at organet var vedtaksført; det er merkt på saka.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The decision already has text. Replace it with this text, or add this text on a new line?</source>
        <translation>Vedtaksfeltet har alt tekst. Vil du byte den ut med denne teksten, eller leggje denne teksten til på ei ny linje?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace</source>
        <translation>&amp;Byt ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add on a New Line</source>
        <translation>&amp;Legg til på ny linje</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+51"/>
        <source>Mark the meeting as held?</source>
        <translation>Merke møtet som halde?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) have no conclusion yet.</source>
        <translation>
            <numerusform>%n sak har ingen konklusjon enno.</numerusform>
            <numerusform>%n saker har ingen konklusjon enno.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Held</source>
        <translation>Merk som halde</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/second_screen.py" line="-264"/>
        <location line="+1"/>
        <source>Second screen</source>
        <translation>Andre skjerm</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Exempt from public access</source>
        <translation>Unnateke offentlegheit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} (reply)</source>
        <translation>{name} (replikk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers: {names}</source>
        <translation>Talarliste: {names}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Show on Second Screen</source>
        <translation>Vis på andre skjerm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item and its wording, live, on a projector or a shared screen</source>
        <translation>Saka og ordlyden, medan han vert skriven, på ein projektor eller ein felles skjerm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the Speakers List</source>
        <translation>Vis talarlista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the Time</source>
        <translation>Vis tida</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Exempt Item</source>
        <translation>Sak unnateken offentlegheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is exempt from public access. Is the room closed, so that its title and wording may be shown on the second screen?

Until you say yes the screen shows only its number and that it is exempt.</source>
        <translation>Denne saka er unnateken offentlegheit. Er møtet lukka, slik at tittelen og ordlyden kan visast på den andre skjermen?

Til du svarar ja, viser skjermen berre saksnummeret og at saka er unnateken offentlegheit.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Proposed decision</source>
        <translation>Framlegg til vedtak</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="-38"/>
        <source>Nobody has asked for the floor: Ctrl+L puts someone on the list.</source>
        <translation>Ingen har bede om ordet: Ctrl+L set nokon på lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>Speakers list</source>
        <translation>Talarliste</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Add Speaker…</source>
        <translation>Ny talar …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put someone present on the speakers list</source>
        <translation>Set ein som er til stades, på talarlista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply…</source>
        <translation>Replikk …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply (replikk) to the one speaking, or to the speaker selected in the list</source>
        <translation>Ein replikk til den som har ordet, eller til talaren som er vald i lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next Speaker</source>
        <translation>Neste talar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one speaking is done; the next on the list has the floor</source>
        <translation>Den som har ordet, er ferdig; den neste på lista får ordet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the selected line off the speakers list</source>
        <translation>Ta den valde lina av talarlista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected speaker up the list</source>
        <translation>Flytt den valde talaren opp i lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected speaker down the list</source>
        <translation>Flytt den valde talaren ned i lista</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has the floor; {waiting} waiting.</source>
        <translation>{name} har ordet; {waiting} ventar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{waiting} waiting. Ctrl+J gives the floor to the next.</source>
        <translation>{waiting} ventar. Ctrl+J gjev ordet til den neste.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This item: {used} of {planned} min</source>
        <translation>Denne saka: {used} av {planned} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting is planned to end at {end}</source>
        <translation>Møtet skal etter planen slutte kl. {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting: {running}, {left} min to the planned end at {end}</source>
        <translation>Møtet: {running}, {left} min til planlagt slutt kl. {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting: {running}, {over} min past the planned end at {end}</source>
        <translation>Møtet: {running}, {over} min over planlagt slutt kl. {end}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add Speaker</source>
        <translation>Ny talar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Replikk</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="+94"/>
        <source>Choose &amp;Logo…</source>
        <translation>Vel &amp;logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose logo</source>
        <translation>Vel logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Logo</source>
        <translation>&amp;Fjern logoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Fjern logoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG eller JPEG, høgst 2 MB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose Logo</source>
        <translation>Vel logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilete (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{file}» could not be read as an image.</source>
        <translation>«{file}» kunne ikkje lesast som eit bilete.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
</context>
<context>
    <name>MailOptionsDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_files.py" line="+255"/>
        <source>Exempt Papers in the E-mail</source>
        <translation>Papir unnatekne offentlegheit i e-posten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some items of this meeting are exempt from public access. Their papers often hold health and personal data under the duty of confidentiality (taushetsplikt), and e-mail is not a safe way to send them. Unless you tick the box, they are left out and the message says they are handed out by other means.</source>
        <translation>Nokre saker i dette møtet er unnatekne offentlegheit. Sakspapira har ofte helse- og personopplysningar underlagde teieplikt (taushetsplikt), og e-post er ikkje ein trygg måte å sende dei på. Om du ikkje kryssar av, vert dei utelatne, og e-posten seier at dei vert delte ut på anna vis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the exempt papers by e-mail with this message</source>
        <translation>Send sakspapira som er unnatekne offentlegheit, med denne e-posten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hfdesk/ui/main_window.py" line="+102"/>
        <source>Navigation</source>
        <extracomment>The pages in the sidebar&apos;s order (module, class), and the names their splitters are kept under. A page is built (and reads the database) when it is first shown or asked for, not with the window, and its module is imported then too: starting on the register neither imports nor reads the meeting plan, the follow-ups and meeting mode. Each is a LazyPage: read when shown, again when shown if a change made it stale. Their names (the sidebar, the View menu) come from `shell.page_titles`, which the first paint shows too.</extracomment>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/shell.py" line="-37"/>
        <source>Secretariat desk</source>
        <translation>Sekretariatet</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/main_window.py" line="+80"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Opne database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another hfdesk database file</source>
        <translation>Opne ei anna hfdesk-databasefil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to S&amp;hared Database…</source>
        <translation>Kople til de&amp;lt database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the register the secretariat shares on a PostgreSQL server</source>
        <translation>Opne registeret sekretariatet deler på ein PostgreSQL-tenar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;Demo Database…</source>
        <translation>Lag &amp;demodatabase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a separate file with example data to try hfdesk on</source>
        <translation>Lag ei eiga fil med eksempeldata å prøve hfdesk på</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Structure from Template…</source>
        <translation>Ny &amp;struktur frå mal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the bodies and composition rules of the national or the Bergen model</source>
        <translation>Lag organa og reglane for samansetjing etter den nasjonale modellen eller Bergensmodellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Roster to Excel…</source>
        <translation>&amp;Eksporter medlemsliste til Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the members of every body, or of the selected body, as an Excel workbook</source>
        <translation>Lagre medlemene i alle organ, eller i det valde organet, som ei Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Roster from Excel…</source>
        <translation>&amp;Importer medlemsliste frå Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read members from an Excel workbook, check them, then import them</source>
        <translation>Les medlemer frå ei Excel-arbeidsbok, kontroller dei og importer dei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language, the helsefellesskap&apos;s name and logo, the Word template</source>
        <translation>Språket i programmet, namnet og logoen til helsefellesskapet, Word-malen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use hfdesk, in the interface language (no internet needed)</source>
        <translation>Korleis du brukar hfdesk, på språket du har valt (utan internett)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About hfdesk</source>
        <translation>&amp;Om hfdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hfdesk/ui/shell.py" line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Nyleg brukte databasar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year Report…</source>
        <translation>Å&amp;rsmelding…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hfdesk/ui/shell.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hfdesk/ui/shell.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>hfdesk – {database} (shared)</source>
        <translation>hfdesk – {database} (delt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared database: {url}</source>
        <translation>Delt database: {url}</translation>
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
        <translation>hfdesk-databasar (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected to {database}</source>
        <translation>Kopla til {database}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«{file}» is already open in another hfdesk window. Use that window.</source>
        <translation>«{file}» er allereie open i eit anna hfdesk-vindauge. Bruk det vindauget.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open the database.</source>
        <translation>Databasen kunne ikkje opnast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {file}</source>
        <translation>Opna {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} (not found)</source>
        <translation>{file} (finst ikkje)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is no longer there</source>
        <translation>{path} finst ikkje lenger</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No databases opened yet</source>
        <translation>Ingen databasar er opna enno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Files Not Found</source>
        <translation>Fjern filer som ikkje finst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database files opened last</source>
        <translation>Databasefilene som sist vart opna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«{file}» is no longer in {folder}. It has been taken off the recent databases.</source>
        <translation>«{file}» ligg ikkje lenger i {folder}, og er teken bort frå lista over nyleg brukte databasar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create Demo Database</source>
        <translation>Lag demodatabase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«{file}» already exists. Choose a new file name for the demo database.</source>
        <translation>«{file}» finst allereie. Vel eit nytt filnamn til demodatabasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo Database Created</source>
        <translation>Demodatabasen er laga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo database was saved as «{file}». Open it now?</source>
        <translation>Demodatabasen er lagra som «{file}». Vil du opne han no?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo database could not be created.</source>
        <translation>Demodatabasen kunne ikkje lagast.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The new language is used when hfdesk is started again.</source>
        <translation>Det nye språket vert teke i bruk neste gong hfdesk vert starta.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n body/bodies created</source>
        <translation>
            <numerusform>%n organ oppretta</numerusform>
            <numerusform>%n organ oppretta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved {file}</source>
        <translation>Lagra {file}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The user guide is not installed with this copy of hfdesk.</source>
        <translation>Brukarrettleiinga er ikkje installert med denne kopien av hfdesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;hfdesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s desk for a health community (helsefellesskap): bodies and members, meetings and agendas, minutes and follow-ups.&lt;/p&gt;&lt;p&gt;Everything is kept in one database file on this computer:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hfdesk {version}&lt;/h3&gt;&lt;p&gt;Arbeidsverktøyet til sekretariatet i helsefellesskapet: organ og medlemer, møte og saklister, referat og oppfølging.&lt;/p&gt;&lt;p&gt;Alt vert lagra i éi databasefil på denne datamaskina:&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About hfdesk</source>
        <translation>Om hfdesk</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-186"/>
        <source>Meeting Details</source>
        <translation>Møtedetaljar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Meeting</source>
        <translation>Opprett møte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The body&apos;s usual place when left empty</source>
        <translation>Den faste møtestaden til organet når feltet står tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026/1234 (optional, shown as “Vår ref.”)</source>
        <translation>t.d. 2026/1234 (valfritt, vert vist som «Vår ref.»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Partnerskapsmøte 2026 (optional)</source>
        <translation>t.d. Partnarskapsmøte 2026 (valfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(not chosen)</source>
        <translation>(ikkje valt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the body&apos;s standard items</source>
        <translation>Legg inn standardsakene til organet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Startar kl.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nds at:</source>
        <translation>&amp;Sluttar kl.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>S&amp;tad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video link:</source>
        <translation>&amp;Videolenkje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive reference:</source>
        <translation>&amp;Arkivreferanse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Møteleiar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notice has been sent. If you change the time or place, send a new notice.</source>
        <translation>Innkallinga er send. Endrar du tid eller stad, må du sende ei ny innkalling.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the body the meeting is for.</source>
        <translation>Vel kva organ møtet er for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting must end after it starts.</source>
        <translation>Møtet må slutte etter at det byrjar.</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_files.py" line="-211"/>
        <source>Save Notice</source>
        <translation>Lagre innkalling</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+7"/>
        <location line="+233"/>
        <source>notice</source>
        <translation>innkalling</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+7"/>
        <source>Notice Exported</source>
        <translation>Innkalling eksportert</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save Public Notice</source>
        <translation>Lagre offentleg innkalling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Calendar Invitation</source>
        <translation>Lagre kalenderinvitasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Calendar Invitation Exported</source>
        <translation>Kalenderinvitasjon eksportert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Cancellation (Calendar)</source>
        <translation>Lagre avlysing (kalender)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancellation</source>
        <translation>avlysing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation (Calendar) Exported</source>
        <translation>Avlysing (kalender) eksportert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Minutes</source>
        <translation>Lagre referat</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+208"/>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+7"/>
        <source>Minutes Exported</source>
        <translation>Referatet er eksportert</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save Public Minutes</source>
        <translation>Lagre offentleg referat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Meeting as JSON</source>
        <translation>Lagre møtet som JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting Exported</source>
        <translation>Møtet er eksportert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>public</source>
        <translation>offentleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attendance</source>
        <translation>oppmøte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Attendance</source>
        <translation>Lagre oppmøte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance Exported</source>
        <translation>Oppmøtet er eksportert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PDF/A needs LibreOffice or Microsoft Word, and neither is installed on this computer. The document was saved as a Word document instead: «{file}». Open it now?</source>
        <translation>PDF/A krev LibreOffice eller Microsoft Word, og ingen av dei er installert på denne maskina. Dokumentet vart lagra som Word-dokument i staden: «{file}». Vil du opne det no?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>Fila vart lagra som «{file}». Vil du opne henne no?</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save the Notice as E-mail</source>
        <translation>Lagre innkallinga som e-post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Minutes as E-mail</source>
        <translation>Lagre referatet som e-post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-postutkast (*.eml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The e-mail was saved as «{file}».</source>
        <translation>E-posten vart lagra som «{file}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on it, no e-mail address in the register: {names}.</source>
        <translation>Ikkje med, utan e-postadresse i registeret: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guests for single items are not on it; send them their own items&apos; papers: {names}.</source>
        <translation>Gjester på sak er ikkje med; send dei sakspapira til sakene sine: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The papers of exempt items are not attached (items {numbers}).</source>
        <translation>Sakspapira til saker unnatekne offentlegheit er ikkje lagde ved (sak {numbers}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it now to send it?</source>
        <translation>Vil du opne han no for å sende han?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail Saved</source>
        <translation>E-post lagra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive Export (Noark 5)</source>
        <translation>Arkivuttrekk (Noark 5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive export</source>
        <translation>arkivuttrekk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive export with {count} documents was saved in the folder «{folder}».</source>
        <translation>Arkivuttrekket med {count} dokument er lagra i mappa «{folder}».</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video meeting</source>
        <translation>Videomøte</translation>
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
        <translation>Møte</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>The meeting plan of every body, and each meeting&apos;s agenda.</source>
        <translation>Møteplanen for alle organ, og saklista til kvart møte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bodies.</source>
        <translation>Ingen organ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year plan</source>
        <translation>Årsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meetings as a list</source>
        <translation>Møta som liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year &amp;Plan</source>
        <translation>Årspl&amp;an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every body&apos;s meetings this year at a glance</source>
        <translation>Møta til alle organa i året, på éi side</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No meetings.</source>
        <translation>Ingen møte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Notice…</source>
        <translation>Eksporter &amp;innkalling…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice of the selected meeting as a Word document</source>
        <translation>Innkallinga til det valde møtet som Word-dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calendar Invitation…</source>
        <translation>&amp;Kalenderinvitasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected meeting as a calendar invitation (.ics)</source>
        <translation>Det valde møtet som kalenderinvitasjon (.ics)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Notice</source>
        <translation>Eksporter innkalling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar Invitation</source>
        <translation>Kalenderinvitasjon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Minutes…</source>
        <translation>Eksporter referat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of the selected meeting as a Word document</source>
        <translation>Referatet frå det valde møtet som Word-dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Minutes</source>
        <translation>Eksporter referat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public N&amp;otice…</source>
        <translation>Offentleg inn&amp;kalling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice for publishing: exempt items show only their number and legal basis</source>
        <translation>Innkallinga til publisering: saker unnatekne offentlegheit viser berre nummer og heimel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Public Minutes…</source>
        <translation>&amp;Offentleg referat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes for publishing: exempt items show only their number and legal basis</source>
        <translation>Referatet til publisering: saker unnatekne offentlegheit viser berre nummer og heimel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting as &amp;JSON…</source>
        <translation>Møtet som &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting for other systems (exempt items left out)</source>
        <translation>Møtet til andre system (saker unnatekne offentlegheit er utelatne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail with the Notice…</source>
        <translation>E-post med innkallinga…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice as an e-mail ready to send to the members, observers and deputies (.eml)</source>
        <translation>Innkallinga som e-post klar til å sende til medlemer, observatørar og varamedlemer (.eml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail with the Minutes…</source>
        <translation>E-post med referatet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes as an e-mail ready to send to the members, observers and deputies (.eml)</source>
        <translation>Referatet som e-post klar til å sende til medlemer, observatørar og varamedlemer (.eml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive &amp;Export (Noark 5)…</source>
        <translation>Arkivuttrekk (&amp;Noark 5)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting with approved minutes as a deposit package for the archive, documents as PDF/A</source>
        <translation>Møtet med godkjent protokoll som avleveringspakke til arkivet, dokumenta som PDF/A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attendance to Excel…</source>
        <translation>Oppmøte til &amp;Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen year&apos;s attendance of the chosen body (or every body) as an Excel workbook</source>
        <translation>Oppmøtet i det valde året for det valde organet (eller alle organ) som Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>More Files</source>
        <translation>Fleire filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More files</source>
        <translation>Fleire filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public minutes, the meeting as JSON, attendance to Excel</source>
        <translation>Offentleg referat, møtet som JSON, oppmøte til Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search Cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No case matches.</source>
        <translation>Ingen saker passar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+812"/>
        <source>Cases Waiting</source>
        <translation>Saker som ventar</translation>
    </message>
    <message>
        <location line="-810"/>
        <location line="+813"/>
        <source>No cases are waiting.</source>
        <translation>Ingen saker ventar.</translation>
    </message>
    <message>
        <location line="-811"/>
        <source>Cases waiting</source>
        <translation>Saker som ventar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on the &amp;Agenda</source>
        <translation>Set på &amp;saklista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected case on the agenda of the selected meeting</source>
        <translation>Set den valde saka på saklista til det valde møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on the agenda</source>
        <translation>Set på saklista</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nytt møte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new meeting of the chosen body</source>
        <translation>Planlegg eit nytt møte i det valde organet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting &amp;Details…</source>
        <translation>Møte&amp;detaljar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected meeting&apos;s time, place and people (Enter)</source>
        <translation>Endre tid, stad og personar for det valde møtet (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Meeting…</source>
        <translation>Kopi&amp;er møte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new meeting like the selected one, on another date</source>
        <translation>Eit nytt møte som det valde, på ein annan dato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ancel Meeting…</source>
        <translation>A&amp;vlys møte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected meeting, with a reason</source>
        <translation>Avlys det valde møtet, med grunngjeving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore Meeting</source>
        <translation>Gjenopp&amp;rett møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the cancelled meeting again (only if its notice was never sent)</source>
        <translation>Planlegg det avlyste møtet på nytt (berre om innkallinga aldri vart send)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark Notice as &amp;Sent</source>
        <translation>Merk innkallinga som &amp;send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice has gone out: the agenda&apos;s numbers become final</source>
        <translation>Innkallinga er send: saksnumra vert endelege</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;Held</source>
        <translation>Merk som &amp;halde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has taken place</source>
        <translation>Møtet er halde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve Minutes…</source>
        <translation>&amp;Godkjenn referat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the minutes in a later meeting or by circulation; they are locked then</source>
        <translation>Godkjenn referatet i eit seinare møte eller ved sirkulasjon; då vert det låst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open Minutes…</source>
        <translation>Opne referatet &amp;att…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock approved minutes for a correction; the reason is recorded</source>
        <translation>Lås opp eit godkjent referat for retting; grunngjevinga vert lagra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report Abs&amp;ence…</source>
        <translation>Meld &amp;forfall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member reports absence (forfall) before the meeting; a deputy is called in</source>
        <translation>Eit medlem melder forfall før møtet; eit varamedlem vert kalla inn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start Meeting</source>
        <translation>Start &amp;møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected meeting in meeting mode: attendance, conclusions, votes</source>
        <translation>Opne det valde møtet i møtemodus: oppmøte, konklusjonar, avrøystingar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;kk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in the selected meeting and its agenda, and when</source>
        <translation>Kven som endra kva i det valde møtet og saklista, og når</translation>
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
        <translation>&amp;Ta med møtet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the register and this meeting to a file for a laptop; the meeting is read-only here until it is handed back</source>
        <translation>Kopier registeret og dette møtet til ei fil for ein berbar PC; møtet er skriveverna her til det er levert tilbake</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand Back…</source>
        <translation>&amp;Lever tilbake…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the meeting recorded on this copy back to the shared database, then remove the copy</source>
        <translation>Skriv møtet som er ført på denne kopien, tilbake til den delte databasen, og fjern så kopien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Meeting O&amp;ver…</source>
        <translation>Ta &amp;over møtet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the meeting over from a colleague whose laptop does not come back; a reason is required</source>
        <translation>Ta over møtet frå ein kollega som ikkje kjem tilbake med den berbare PC-en; ei grunngjeving må til</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Along</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Alon&amp;g</source>
        <translation>Ta med på &amp;berbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take along</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the meeting along to a laptop, hand it back, or take it over</source>
        <translation>Ta med møtet på ein berbar PC, lever det tilbake eller ta det over</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken along</source>
        <translation>Teke med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice sent, held, minutes approved or reopened</source>
        <translation>Innkalling send, møtet halde, referat godkjent eller opna att</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+14"/>
        <source>Take Meeting Along</source>
        <translation>Ta med møtet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>hfdesk databases (*.sqlite)</source>
        <translation>hfdesk-databasar (*.sqlite)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting is copied to {file} and is read-only here until it is handed back. Open the copy now?</source>
        <translation>Møtet er kopiert til {file} og er skriveverna her til det er levert tilbake. Opne kopien no?</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <location line="+24"/>
        <source>Hand Back</source>
        <translation>Lever tilbake</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Write the meeting recorded on this copy back to the shared database ({location})? The copy is removed afterwards.</source>
        <translation>Skrive møtet som er ført på denne kopien, tilbake til den delte databasen ({location})? Kopien vert fjerna etterpå.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The meeting is written back and released, and the copy {file} is removed.</source>
        <translation>Møtet er skrive tilbake og frigjeve, og kopien {file} er fjerna.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The laptop&apos;s version is imported. The meeting as it was here is saved in {file}.</source>
        <translation>Versjonen frå den berbare er importert. Møtet slik det var her, er lagra i {file}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Notice</source>
        <translation>Ny innkalling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has a new time, and the notice has already gone out. Export a new notice now?</source>
        <translation>Møtet har fått ny tid, og innkallinga er allereie send. Vil du eksportere ei ny innkalling no?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Deputy Called In</source>
        <translation>Varamedlem kalla inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deputy is called in. Make an e-mail to the deputy with the notice attached?</source>
        <translation>Varamedlemmet er kalla inn. Lag e-post til varamedlemmet med innkallinga vedlagd?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark Notice as Sent</source>
        <translation>Merk innkallinga som send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has the notice for {body} on {date} gone out? The agenda&apos;s numbers become final and never change after this.</source>
        <translation>Er innkallinga til {body} {date} send? Saksnumra vert endelege og vert aldri endra etter dette.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>All bodies</source>
        <translation>Alle organ</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings are planned in {year}.</source>
        <translation>Ingen møte er planlagde i {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{body} has no meetings in {year}.</source>
        <translation>{body} har ingen møte i {year}.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>More than {count} cases match: the cases registered last come first. Type more words to find the best matches.</source>
        <translation>Meir enn {count} saker passar: dei sist registrerte kjem først. Skriv fleire ord for å finne dei beste treffa.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Select a body or a meeting to see its waiting cases.</source>
        <translation>Vel eit organ eller eit møte for å sjå sakene som ventar.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cases Waiting (%n)</source>
        <translation>
            <numerusform>Saker som ventar (%n)</numerusform>
            <numerusform>Saker som ventar (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/members.py" line="+31"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rettar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>Representerer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term from</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy for</source>
        <translation>Vara for</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Deputy for {name}</source>
        <translation>Vara for {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term {term}</source>
        <translation>Periode {term}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term has ended.</source>
        <translation>Perioden er avslutta.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="-202"/>
        <source>Edit Membership</source>
        <translation>Rediger medlemskap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Membership</source>
        <translation>Nytt medlemskap</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Seat of {name} in {body}</source>
        <translation>Plassen til {name} i {body}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new seat in {body}</source>
        <translation>Ein ny plass i {body}</translation>
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
        <translation>Ny person</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only when it differs from the organisation</source>
        <translation>Berre når det er noko anna enn organisasjonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not given)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Sluttar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to, date</source>
        <translation>Periode til, dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term has an end date</source>
        <translation>Perioden har ein sluttdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ights:</source>
        <translation>R&amp;ettar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represen&amp;ts:</source>
        <translation>Represen&amp;terer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Represents organisation</source>
        <translation>Representerer organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents (te&amp;xt):</source>
        <translation>Representerer (te&amp;kst):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed &amp;by:</source>
        <translation>Oppnemnd &amp;av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;from:</source>
        <translation>Periode &amp;frå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;to:</source>
        <translation>Periode t&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deputy for:</source>
        <translation>&amp;Vara for:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Choose a person from the list, or enter a new person.</source>
        <translation>Vel ein person frå lista, eller legg inn ein ny person.</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location line="-312"/>
        <source>Move to Another Organisation</source>
        <translation>Flytt til ein annan organisasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move {name} from {organisation} to another organisation. The seats {name} holds keep the organisation they represent; change a seat itself to change that.</source>
        <translation>Flytt {name} frå {organisation} til ein annan organisasjon. Plassane {name} har i organa, held på organisasjonen dei representerer; endre sjølve plassen for å endre det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no organisation</source>
        <translation>ingen organisasjon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New organisation:</source>
        <translation>&amp;Ny organisasjon:</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../hfdesk/ui/opening.py" line="+26"/>
        <source>No program on this computer could open «{file}». The file is saved in {folder}.</source>
        <translation>Ingen program på denne datamaskina kunne opne «{file}». Fila er lagra i {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The File Was Not Opened</source>
        <translation>Fila vart ikkje opna</translation>
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
        <translation>Rediger organisasjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Helse Bergen</source>
        <translation>t.d. Helse Bergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ide:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/organisations.py" line="+22"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Plassar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Current seats in the bodies</source>
        <translation>Plassar i organa no</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+409"/>
        <source>No organisations have been registered yet.</source>
        <translation>Ingen organisasjonar er registrerte enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisasjonar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Ny organisasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organisation or party</source>
        <translation>Legg til ein organisasjon eller part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Rediger organisasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected organisation (Enter)</source>
        <translation>Endre den valde organisasjonen (Enter)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjonar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtherBusinessDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+28"/>
        <source>Case under Any Other Business</source>
        <translation>Sak under eventuelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes last on the agenda with the year&apos;s next number. A decision on it is flagged in the minutes.</source>
        <translation>Saka kjem sist på saklista med det neste nummeret i året. Eit vedtak i saka vert merkt i referatet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype:</source>
        <translation>Saks&amp;type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Proposed decision:</source>
        <translation>&amp;Framlegg til vedtak:</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/people.py" line="+21"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Current seats in %n body/bodies</source>
        <translation>
            <numerusform>Sit no i %n organ</numerusform>
            <numerusform>Sit no i %n organ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="-303"/>
        <source>Search by name, job title, organisation or e-mail</source>
        <translation>Søk etter namn, stilling, organisasjon eller e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Søk i personar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+76"/>
        <source>No people have been registered yet.</source>
        <translation>Ingen personar er registrerte enno.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the register</source>
        <translation>Legg til ein person i registeret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Person…</source>
        <translation>&amp;Rediger person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected person (Enter)</source>
        <translation>Endre den valde personen (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move to Another Organisation…</source>
        <translation>&amp;Flytt til ein annan organisasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person has a new employer; the seats they hold are kept as they are</source>
        <translation>Personen har fått ny arbeidsgivar; plassane personen har, vert haldne som dei er</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove Contact Details…</source>
        <translation>&amp;Fjern kontaktopplysningar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport Personal Data (Access Request)…</source>
        <translation>E&amp;ksporter personopplysningar (innsyn)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything hfdesk keeps about the selected person, as an Excel workbook to send them</source>
        <translation>Alt hfdesk har lagra om den valde personen, som ei Excel-bok du kan sende personen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a former member&apos;s contact details, or export a person&apos;s data</source>
        <translation>Fjern kontaktopplysningane til eit tidlegare medlem, eller eksporter personopplysningane til ein person</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing {shown} of {total}</source>
        <translation>Viser {shown} av {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody matches «{text}».</source>
        <translation>Ingen treff på «{text}».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the e-mail address, phone number and notes of someone who no longer sits in any body; the name stays where minutes and the archive need it</source>
        <translation>Fjern e-postadressa, telefonnummeret og merknadene til ein som ikkje lenger sit i noko organ; namnet står att der referat og arkivet treng det</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} sits in a body: end the memberships first</source>
        <translation>{name} sit i eit organ: avslutt verva først</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove Contact Details</source>
        <translation>Fjern kontaktopplysningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} sits in {bodies}.

End the memberships first (Register ▸ Bodies ▸ End Term); the contact details can be removed once the person sits in no body.</source>
        <translation>{name} sit i {bodies}.

Avslutt verva først (Register ▸ Organ ▸ Avslutt periode); kontaktopplysningane kan fjernast når personen ikkje sit i noko organ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the contact details of {name}?

Removed: the e-mail address, the phone number and the notes.
Kept: the name, the job title and the organisation, and every membership, attendance, vote and mention, since approved minutes and the archive need them.

Backups made before today keep the details until they are thinned out (about a year).</source>
        <translation>Fjerne kontaktopplysningane til {name}?

Vert fjerna: e-postadressa, telefonnummeret og merknadene.
Vert verande: namnet, stillinga og organisasjonen, og alle verv, oppmøte, røyster og omtalar, sidan godkjende referat og arkivet treng dei.

Tryggingskopiar tekne før i dag har opplysningane til dei vert tynna ut (om lag eitt år).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save Personal Data</source>
        <translation>Lagre personopplysningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personal Data Exported</source>
        <translation>Personopplysningane er eksporterte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>Fila er lagra som «{file}». Vil du opne ho no?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="-83"/>
        <source>Edit Person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Person</source>
        <translation>Ny person</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location line="-51"/>
        <source>e.g. kommunedirektør</source>
        <translation>t.d. kommunedirektør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.no</source>
        <translation>namn@eksempel.no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Førenamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location line="+160"/>
        <source>Type part of a name, organisation or e-mail</source>
        <translation>Skriv ein del av namn, organisasjon eller e-post</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is not in the register yet: enter them here</source>
        <translation>Personen finst ikkje i registeret enno: legg personen inn her</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../hfdesk/ui/platform_check.py" line="+29"/>
        <source>hfdesk cannot open its window: there is no display (DISPLAY is not set). Start hfdesk from the desktop, or use the subcommands (hfdesk --help).</source>
        <translation>hfdesk kan ikkje opne vindauget sitt: det finst ingen skjerm (DISPLAY er ikkje sett). Start hfdesk frå skrivebordet, eller bruk underkommandoane (hfdesk --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk cannot open its window: Qt needs the system libraries {libraries}. On Debian or Ubuntu: sudo apt install {packages}</source>
        <translation>hfdesk kan ikkje opne vindauget sitt: Qt treng systembiblioteka {libraries}. På Debian eller Ubuntu: sudo apt install {packages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk cannot open its window: Qt&apos;s display plugin «{plugin}» cannot be loaded ({reason}).</source>
        <translation>hfdesk kan ikkje opne vindauget sitt: Qt-tillegget for skjermen («{plugin}») kan ikkje lastast ({reason}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-597"/>
        <source>Check What Was Read</source>
        <translation>Kontroller det som vart lese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell hfdesk what the columns it did not recognise hold, and look through the rows and the problems. Fix problems in the workbook and choose it again, or go on: nothing is imported while there are problems.</source>
        <translation>Fortel kva kolonnane hfdesk ikkje kjende att, inneheld, og sjå gjennom radene og problema. Rett problem i arbeidsboka og vel henne på nytt, eller gå vidare: ingenting vert importert så lenge det er problem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>Kolonnar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Words and People to Settle</source>
        <translation>Ord og personar å avklare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sheet has no rows below its header.</source>
        <translation>Arket har ingen rader under overskriftene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Rader som vart lesne</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>No problems found.</source>
        <translation>Ingen problem funne.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Role «{word}» (row {rows}) means:</source>
        <translation>Rolla «{word}» (rad {rows}) tyder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role «{word}» means:</source>
        <translation>Rolla «{word}» tyder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meaning of the role «{word}»</source>
        <translation>Kva rolla «{word}» tyder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{first}» (row {first_row}) and «{second}» (row {second_row}) are the same person</source>
        <translation>«{first}» (rad {first_row}) og «{second}» (rad {second_row}) er same person</translation>
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
            <numerusform>%n rad i {sheets} ark.</numerusform>
            <numerusform>%n rader i {sheets} ark.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rosters, left out: {names}.</source>
        <translation>Ikkje medlemslister, utelatne: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden in Excel, not read: {names}.</source>
        <translation>Skjulte i Excel, ikkje lesne: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem funne</numerusform>
            <numerusform>%n problem funne</numerusform>
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
        <translation>(utelat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field for column {column}</source>
        <translation>Felt for kolonne {column}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(left out)</source>
        <translation>(utelate)</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/import_preview.py" line="+51"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rettar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>Representerer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term from</source>
        <translation>Periode frå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy for</source>
        <translation>Vara for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat for</source>
        <translation>Plass for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location line="+53"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Rad</translation>
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
        <translation>Rett framlegg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Proposal</source>
        <translation>Nytt framlegg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves.</source>
        <translation>Ctrl+Enter lagrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a party, written below)</source>
        <translation>(ein part, skriven under)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the municipalities</source>
        <translation>t.d. kommunane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a proposal of its own)</source>
        <translation>(eit sjølvstendig framlegg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put forward &amp;by:</source>
        <translation>Fremja &amp;av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or on behalf &amp;of:</source>
        <translation>Eller på &amp;vegner av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amends:</source>
        <translation>&amp;Endrar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (observer)</source>
        <translation>{name} (observatør)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (deputy for {member})</source>
        <translation>{name} (vara for {member})</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+250"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put forward by</source>
        <translation>Fremja av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda</source>
        <translation>Saklista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (observer)</source>
        <translation>{name} (observatør)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amends {number}: {text}</source>
        <translation>Endrar {number}: {text}</translation>
    </message>
</context>
<context>
    <name>ProtocolEntriesModel</name>
    <message>
        <location line="+131"/>
        <source>Protocol entry</source>
        <translation>Protokolltilførsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behind it</source>
        <translation>Står bak</translation>
    </message>
</context>
<context>
    <name>ProtocolEntryDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/live.py" line="+18"/>
        <source>Protocol Entry</source>
        <translation>Protokolltilførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick who stands behind the entry (Space), or write the party. Ctrl+Return saves.</source>
        <translation>Kryss av kven som står bak tilførselen (mellomrom), eller skriv parten. Ctrl+Enter lagrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Behind it:</source>
        <translation>&amp;Står bak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the municipalities</source>
        <translation>t.d. kommunane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Party:</source>
        <translation>&amp;Part:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../hfdesk/ui/labels.py" line="+49"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-28"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Leit i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Vel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordna mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljvising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gje nytt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;gøymde filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nyleg brukte stader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Datamaskina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finst frå før.
Vil du erstatte ho?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Endra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-44"/>
        <source>Show Details...</source>
        <translation>Vis detaljar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Gøym detaljar …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-8"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+124"/>
        <source>Give a reason.</source>
        <translation>Gi ei grunngjeving.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting&apos;s cases go back to the cases waiting, ready for another meeting.</source>
        <translation>Sakene på møtet går attende til sakene som ventar, klare for eit anna møte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice has been sent: the cases keep their numbers and stay with the cancelled meeting. Copy the meeting with its cases to hold them on a new date.</source>
        <translation>Innkallinga er send: sakene held på numra sine og vert ståande på det avlyste møtet. Kopier møtet med sakene for å handsame dei på ein ny dato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel Meeting</source>
        <translation>Avlys møte</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/dialogs/checkout.py" line="-56"/>
        <source>Take Meeting Over</source>
        <translation>Ta over møtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the meeting over when the copy on the laptop will not come back. The meeting can then be changed here again, and the copy on the laptop can no longer be handed back over it (it can still be imported, with every difference shown).</source>
        <translation>Ta over møtet når kopien på den berbare PC-en ikkje kjem tilbake. Då kan møtet endrast her att, og kopien på den berbare kan ikkje lenger leverast tilbake over det (han kan framleis importerast, med alle skilnader viste).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+2"/>
        <location line="+14"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Over</source>
        <translation>Ta over</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-13"/>
        <source>Cancel the Meeting</source>
        <translation>Avlys møtet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen Minutes</source>
        <translation>Opne referatet att</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approved minutes are locked. Reopening them is recorded with your reason.</source>
        <translation>Det godkjende referatet er låst. At det vert opna att, vert lagra med grunngjevinga di.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen</source>
        <translation>Opne att</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../hfdesk/ui/reliability.py" line="+262"/>
        <source>Database Cannot Be Opened</source>
        <translation>Databasen kan ikkje opnast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Restore the newest good backup, {file}? The file as it is now is kept beside the backups.</source>
        <translation>{problem}

Vil du gjenopprette den nyaste feilfrie tryggingskopien, {file}? Fila slik ho er no, vert teken vare på saman med tryggingskopiane.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-Only Location</source>
        <translation>Skriveverna plassering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Open it read-only, to look and export but not change anything?</source>
        <translation>{problem}

Vil du opne han skriveverna, for å sjå og eksportere utan å endre noko?</translation>
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
        <translation>Organa i helsefellesskapet, medlemene deira og alle personane i registeret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bodies</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Personar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisations</source>
        <translation>O&amp;rganisasjonar</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <location filename="../../hfdesk/ui/reliability.py" line="-235"/>
        <source>&amp;Back Up Now</source>
        <extracomment>How long after the window is shown the work that reads the whole file starts (the full check where the open skipped it, then the backup at start): the first screen&apos;s queries and paint go first, and neither grows the start with the file.</extracomment>
        <translation>&amp;Ta tryggingskopi no</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>A checked copy of the database in the backups folder beside it</source>
        <translation>Ein kontrollert kopi av databasen i mappa med tryggingskopiar ved sida av han</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Gjenopprett frå tryggingskopi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Go back to an earlier backup of this database</source>
        <translation>Gå attende til ein tidlegare tryggingskopi av denne databasen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Database Location</source>
        <translation>Kvar databasen ligg</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has changed since the last backup; no new copy was needed.</source>
        <translation>Ingenting er endra sidan førre tryggingskopi; det trongst ingen ny kopi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup saved: {file}</source>
        <translation>Tryggingskopi lagra: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>Den automatiske tryggingskopien feila: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored from {file}. The file as it was is kept as a backup.</source>
        <translation>Gjenoppretta frå {file}. Fila slik ho var, er teken vare på som tryggingskopi.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hfdesk/ui/backups.py" line="+20"/>
        <location line="+104"/>
        <source>Restore from Backup</source>
        <extracomment>The backup the user chose to restore (confirmed).</extracomment>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Vel tryggingskopien du vil gå attende til. Fila slik ho er no, vert kopiert først, så òg ei gjenoppretting kan angrast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of this file yet.</source>
        <translation>Det finst ingen tryggingskopiar av denne fila enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bodies:</source>
        <translation>Organ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Personar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings:</source>
        <translation>Møte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases:</source>
        <translation>Saker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest meeting:</source>
        <translation>Nyaste møte:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;Folder</source>
        <translation>Opne &amp;mappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Opne mappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go back to the backup from {when}? Everything entered after it is replaced; the file as it is now is kept as a backup first.</source>
        <translation>Gå attende til tryggingskopien frå {when}? Alt som er registrert etter han, vert erstatta; fila slik ho er no, vert teken vare på som tryggingskopi først.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+119"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting vart importert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped; the register is as it was.</source>
        <translation>Importen stoppa; registeret er som før.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roster has been imported.</source>
        <translation>Medlemslista er importert.</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="-82"/>
        <source>Round</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not stated)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not voted yet</source>
        <translation>Ikkje røysta enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Vedteke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fell</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+266"/>
        <source>Edit Composition Rule</source>
        <translation>Rediger regel for samansetjing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Composition Rule</source>
        <translation>Ny regel for samansetjing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule counts the current seats that match every filter you set (an empty filter matches all). Without a role it counts the voting seats.</source>
        <translation>Ein regel tel dei noverande plassane som passar med alle filtera du vel (eit tomt filter passar med alle). Utan rolle tel han plassane med røysterett.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Brukarrepresentant frå kommunane</source>
        <translation>t.d. Brukarrepresentant frå kommunane</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(voting seats)</source>
        <translation>(plassar med røysterett)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>inga grense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. kommunedirektør</source>
        <translation>t.d. kommunedirektør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts only holders whose position (title) contains this text, in any case</source>
        <translation>Tel berre innehavarar der stillinga inneheld denne teksten (store eller små bokstavar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not &amp;counted against other rules&apos; maximum</source>
        <translation>Ikkje &amp;rekna med i høgaste tal i andre reglar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seats this rule counts are left out when another rule&apos;s maximum is checked (e.g. the kommuneoverlege beside Bergen&apos;s cap of six) and out of matching representation</source>
        <translation>Plassane denne regelen tel, vert haldne utanfor når høgaste tal i ein annan regel vert kontrollert (t.d. kommuneoverlegen ved sida av Bergen sitt tak på seks), og utanfor tilsvarande representasjon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed &amp;by:</source>
        <translation>Oppnemnd &amp;av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>Områ&amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>S&amp;tilling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least:</source>
        <translation>&amp;Minst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most:</source>
        <translation>&amp;Høgst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At most</source>
        <translation>Høgst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted against other rules&apos; maximum</source>
        <translation>Ikkje rekna med i høgaste tal i andre reglar</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/composition.py" line="-81"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed by</source>
        <translation>Oppnemnd av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>Høgst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voting</source>
        <translation>Røysterett</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No upper limit</source>
        <translation>Inga øvre grense</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaders, deputy leaders and members</source>
        <translation>Leiarar, nestleiarar og medlemer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position: {position}</source>
        <translation>Stilling: {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not counted against other rules&apos; maximum</source>
        <translation>Ikkje rekna med i høgaste tal i andre reglar</translation>
    </message>
</context>
<context>
    <name>SendCaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/send_case.py" line="+25"/>
        <source>Send to Other Bodies</source>
        <translation>Send til andre organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send “{title}” on: each body you choose gets the case waiting for an agenda, with its text, priority groups, public access and attachments.</source>
        <translation>Send «{title}» vidare: kvart organ du vel, får saka som ventar på ei sakliste, med tekst, prioriterte grupper, offentlegheit og vedlegg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level {level}</source>
        <translation>Nivå {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} – the case is already waiting there</source>
        <translation>{body} – saka ventar alt der</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose All at This Level</source>
        <translation>Vel alle på dette nivået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all at level {level}</source>
        <translation>Vel alle på nivå {level}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="+81"/>
        <source>Settings</source>
        <extracomment>The interface language was changed (it applies after a restart).</extracomment>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As the system: {language}</source>
        <translation>Som systemet: {language}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language is used from the next time hfdesk starts. Documents keep the written standard each body has chosen.</source>
        <translation>Eit nytt språk vert teke i bruk neste gong hfdesk startar. Dokumenta held på målforma kvart organ har valt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>e.g. Helsefellesskapet i Bergensområdet</source>
        <translation>t.d. Helsefellesskapet i Bergensområdet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The overview sheets of rosters and attendance are written in it. Each body&apos;s own documents and sheets keep the body&apos;s written standard.</source>
        <translation>Oversiktsarka i medlemslister og oppmøte vert skrivne i ho. Dokumenta og arka til kvart organ følgjer målforma til organet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For notices and minutes. The name, the logo and the template are kept in the database file «{file}», so they go with your data.</source>
        <translation>Til innkallingar og referat. Namnet, logoen og malen ligg i databasefila «{file}», så dei følgjer med dataa dine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Samarbeidssekretariatet</source>
        <translation>t.d. Samarbeidssekretariatet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the organisation number</source>
        <translation>t.d. organisasjonsnummeret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in once; every archive export (Noark 5) prints them.</source>
        <translation>Fyllast ut éin gong; kvart arkivuttrekk (Noark 5) skriv dei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Settings…</source>
        <translation>&amp;Tilbakestill innstillingar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgets the language, the last database and the window&apos;s size and position.</source>
        <translation>Gløymer språket, den siste databasen og storleiken og plasseringa til vindauget.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this computer</source>
        <translation>På denne datamaskina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over:</source>
        <translation>Byrj på nytt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset settings</source>
        <translation>Tilbakestill innstillingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the database, for documents</source>
        <translation>I databasen, til dokumenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Helsefellesskap:</source>
        <translation>&amp;Helsefellesskap:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the helsefellesskap</source>
        <translation>Namnet på helsefellesskapet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Written standard:</source>
        <translation>Målfo&amp;rm:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written standard of the helsefellesskap</source>
        <translation>Målforma til helsefellesskapet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word &amp;template:</source>
        <translation>Word-&amp;mal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the archive (Noark 5)</source>
        <translation>For arkivet (Noark 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative u&amp;nit:</source>
        <translation>Administrativ ei&amp;ning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrative unit</source>
        <translation>Administrativ eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;officer:</source>
        <translation>Saksbehandlar (&amp;o):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case officer</source>
        <translation>Saksbehandlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived &amp;by:</source>
        <translation>Arkivert &amp;av:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived by</source>
        <translation>Arkivert av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive &amp;creator:</source>
        <translation>Arkivs&amp;kapar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive creator</source>
        <translation>Arkivskapar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive creator&apos;s I&amp;D:</source>
        <translation>Arkivskaparen sin I&amp;D:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive creator&apos;s ID</source>
        <translation>Arkivskaparen sin ID</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reset Settings</source>
        <translation>Tilbakestill innstillingar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the settings on this computer? hfdesk forgets the interface language, the last database and the window&apos;s size and position, and starts as on the first day. The helsefellesskap&apos;s name, logo and Word template are kept in the database and are not changed.</source>
        <translation>Vil du tilbakestille innstillingane på denne datamaskina? hfdesk gløymer språket, den siste databasen og storleiken og plasseringa til vindauget, og startar som første dagen. Namnet og logoen til helsefellesskapet og Word-malen ligg i databasen og vert ikkje endra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The settings on this computer are reset.</source>
        <translation>Innstillingane på denne datamaskina er tilbakestilte.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/shared_database.py" line="+42"/>
        <source>Connect to Shared Database</source>
        <extracomment>libpq&apos;s TLS modes, safest last; &quot;prefer&quot; is libpq&apos;s own default.</extracomment>
        <translation>Kople til delt database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A register shared by the secretariat, on a PostgreSQL server. The password is read from PostgreSQL&apos;s password file (pgpass); hfdesk never stores it.</source>
        <translation>Eit register sekretariatet deler, på ein PostgreSQL-tenar. Passordet vert lese frå PostgreSQL-passordfila (pgpass); hfdesk lagrar det aldri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Kople til</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Server:</source>
        <translation>&amp;Tenar:</translation>
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
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Kryptering (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word (this session only):</source>
        <translation>Pass&amp;ord (berre denne gongen):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server and the database.</source>
        <translation>Oppgje tenaren og databasen.</translation>
    </message>
</context>
<context>
    <name>SpeakerPickerDialog</name>
    <message>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="-272"/>
        <source>Find a person</source>
        <translation>Finn ein person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name</source>
        <translation>Skriv ein del av namnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present at the item</source>
        <translation>Til stades i saka</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/speakers.py" line="+21"/>
        <source>Speaker</source>
        <translation>Talar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} (reply)</source>
        <translation>{name} (replikk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking since {time}</source>
        <translation>Har ordet frå {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoke {times}</source>
        <translation>Tala {times}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Ventar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked for the floor at {time}</source>
        <translation>Bad om ordet kl. {time}</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-115"/>
        <source>Choose Where the Members Go</source>
        <translation>Vel organ for medlemene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each sheet can go to the body its name or the file&apos;s name gives (name or short name, in bokmål or nynorsk, a period such as 2024-2025 left out), or every sheet to one body.</source>
        <translation>Kvart ark kan gå til organet som namnet på arket eller fila gjev (namn eller kortnamn, på bokmål eller nynorsk, utan ein periode som 2024-2025), eller alle ark til eitt organ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each sheet to the body its &amp;name or the file&apos;s name gives</source>
        <translation>Kvart ark til organet som &amp;namnet på arket eller fila gjev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sheet to &amp;one body:</source>
        <translation>Alle ark til &amp;eitt organ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/files.py" line="-133"/>
        <source>New Structure from Template</source>
        <translation>Ny struktur frå mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates the bodies of a helsefellesskap with their levels and default composition rules. Everything it creates is ordinary data you can change afterwards; bodies and people already registered are not touched.</source>
        <translation>Lagar organa i eit helsefellesskap med nivå og standardreglar for samansetjing. Alt som vert laga, er vanlege data du kan endre etterpå; organ og personar som alt er registrerte, vert ikkje rørde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written standard:</source>
        <translation>Mål&amp;form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It creates:</source>
        <translation>Lagar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the template creates</source>
        <translation>Kva malen lagar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bodies: {bodies}.</source>
        <translation>Organ: {bodies}.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="-228"/>
        <source>Word template in use</source>
        <translation>Word-malen som er i bruk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Word template</source>
        <translation>Vel Word-mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the Standard Template</source>
        <translation>Bruk &amp;standardmalen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose Word Template</source>
        <translation>Vel Word-mal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument og -malar (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>hfdesk&apos;s standard template</source>
        <translation>Standardmalen i hfdesk</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/live.py" line="+33"/>
        <source>Voter</source>
        <translation>Med røysterett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Røyst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (for {member})</source>
        <translation>{name} (for {member})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Ikkje registrert</translation>
    </message>
</context>
<context>
    <name>YearPlanModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+262"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
</context>
<context>
    <name>YearReportDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/year_report.py" line="+44"/>
        <source>Year Report</source>
        <translation>Årsmelding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year report for the yearly evaluation: meetings, attendance per side, cases per priority group and type, conclusions, cases in several bodies and follow-ups, with charts. Or who attended which meetings in a period, the basis for meeting fees.</source>
        <translation>Årsmeldinga til den årlege evalueringa: møte, oppmøte per part, saker per prioritert gruppe og sakstype, konklusjonar, saker i fleire organ og oppfølging, med diagram. Eller kven som møtte i kva møte i ein periode, grunnlaget for møtegodtgjersle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year report (Word)</source>
        <translation>Årsmelding (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year report (Excel)</source>
        <translation>Årsmelding (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per person (Excel)</source>
        <translation>Oppmøte per person (Excel)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All bodies</source>
        <translation>Alle organ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>attendance per person {start} to {end}</source>
        <translation>oppmøte per person {start} til {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year report {year}</source>
        <translation>årsmelding {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Year Report</source>
        <translation>Lagre årsmelding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Attendance</source>
        <translation>Lagre oppmøte</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>Report Saved</source>
        <translation>Rapporten er lagra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>Fila vart lagra som «{file}». Vil du opne ho no?</translation>
    </message>
</context>
</TS>
