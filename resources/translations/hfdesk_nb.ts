<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Absence</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/absence.py" line="+24"/>
        <source>personal deputy</source>
        <translation>personlig varamedlem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the body&apos;s list</source>
        <translation>fra organets liste</translation>
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
        <translation>E-post lagret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail was saved as «{file}». Open it now to send it?</source>
        <translation>E-posten er lagret som «{file}». Vil du åpne den nå og sende den?</translation>
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
        <translation>Et medlem som ikke kan møte, melder forfall, og et varamedlem kalles inn: det personlige varamedlemmet, ellers det neste ledige på organets liste.</translation>
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
        <translation>f.eks. sykdom, et annet møte</translation>
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
        <translation>Medlemmet kommer &amp;likevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the absence; the deputy called in goes off the list</source>
        <translation>Trekk tilbake forfallet; varamedlemmet som ble kalt inn, tas av listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member comes after all</source>
        <translation>Medlemmet kommer likevel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} – absence reported, {deputy} called in</source>
        <translation>{name} – har meldt forfall, {deputy} er kalt inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – absence reported</source>
        <translation>{name} – har meldt forfall</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No deputy is free to stand in for {name}.</source>
        <translation>Ingen varamedlemmer er ledige til å møte for {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the member.</source>
        <translation>Velg medlemmet.</translation>
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
        <translation>Offentlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exempt</source>
        <translation>Unntatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt – {basis}</source>
        <translation>Unntatt – {basis}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{flag} Not on the agenda: {title}</source>
        <translation>{flag} Ikke på sakslisten: {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exempt from public access ({basis})</source>
        <translation>Unntatt offentlighet ({basis})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt from public access</source>
        <translation>Unntatt offentlighet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Tatt opp under Eventuelt; sto ikke på sakslisten.</translation>
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
        <translation>Saksliste</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>Select a meeting to see its agenda.</source>
        <translation>Velg et møte for å se sakslisten.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;New Case…</source>
        <translation>N&amp;y sak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a case to this meeting&apos;s agenda (before Any other business)</source>
        <translation>Legg en ny sak på sakslisten til møtet (før Eventuelt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Rediger sak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected case: its text, priority groups, public access and attachments</source>
        <translation>Åpne den valgte saken: tekst, prioriterte grupper, offentlighet og vedlegg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take Off the Agenda</source>
        <translation>&amp;Ta av sakslisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes back to the cases waiting (before the notice only)</source>
        <translation>Saken går tilbake til sakene som venter (bare før innkallingen er sendt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case one place up</source>
        <translation>Flytt den valgte saken ett steg opp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Flytt ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected case one place down</source>
        <translation>Flytt den valgte saken ett steg ned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to &amp;Other Bodies…</source>
        <translation>Send til andre or&amp;gan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected case on to other bodies: each gets it waiting for an agenda</source>
        <translation>Send den valgte saken videre til andre organ: hvert får den som sak som venter på en saksliste</translation>
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
        <translation>Godkjenning av innkalling og saksliste</translation>
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
        <translation>Godkjenning av referatet fra dette møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting approves its own minutes in a last item</source>
        <translation>Møtet godkjenner sitt eget referat i en sak til slutt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard items</source>
        <translation>Standardsaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a standard item back on the agenda</source>
        <translation>Sett en standardsak tilbake på sakslisten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agenda – {body}</source>
        <translation>Saksliste – {body}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This meeting has no items yet.</source>
        <translation>Møtet har ingen saker ennå.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Take “{title}” off the agenda? It goes back to the cases waiting.</source>
        <translation>Ta «{title}» av sakslisten? Saken går tilbake til sakene som venter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{title}” from the agenda? You can put it back under Standard Items.</source>
        <translation>Fjerne «{title}» fra sakslisten? Du kan sette den tilbake under Standardsaker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Off the Agenda</source>
        <translation>Ta av sakslisten</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hfdesk/ui/app.py" line="+74"/>
        <source>hfdesk is already open with «{file}». That window has been brought forward.</source>
        <translation>hfdesk er allerede åpen med «{file}». Det vinduet er hentet fram.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hfdesk is already open with «{file}» (it may still be starting). Use that window.</source>
        <translation>hfdesk er allerede åpen med «{file}» (den starter kanskje fortsatt). Bruk det vinduet.</translation>
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
        <translation>Databasen kunne ikke åpnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Another File…</source>
        <translation>Åpne en &amp;annen fil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>«{path}» cannot be used: {reason}</source>
        <translation>«{path}» kan ikke brukes: {reason}</translation>
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
        <translation>Et godkjent referat er låst. Det kan åpnes igjen med en begrunnelse.</translation>
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
        <translation>I et møte</translation>
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
        <translation>(ikke valgt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Skrevet under</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatory &amp;{n}:</source>
        <translation>Underskriver &amp;{n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory {n}</source>
        <translation>Underskriver {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory {n} has signed</source>
        <translation>Underskriver {n} har skrevet under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day signatory {n} signed</source>
        <translation>Dagen underskriver {n} skrev under</translation>
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
        <translation>Velg underskriveren før dagen vedkommende skrev under.</translation>
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
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved with the case when you press OK</source>
        <translation>Lagres sammen med saken når du trykker OK</translation>
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
        <translation>Navn</translation>
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
        <translation>Rettigheter</translation>
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
        <translation>Fra {item}</translation>
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
        <translation>Til stede fra sak {first} til og med sak {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived for item {item}</source>
        <translation>Kom til sak {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left after item {item}</source>
        <translation>Gikk etter sak {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disqualified</source>
        <translation>Inhabil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Stemmerett</translation>
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
        <translation>Unntatt offentlighet</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../hfdesk/ui/backups.py" line="+194"/>
        <source>Made</source>
        <extracomment>How often the scheduler asks the policy whether a backup is due. A backup was written (its path) or was not needed (None). An automatic backup failed: one line for the status bar.</extracomment>
        <translation>Laget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasion</source>
        <translation>Anledning</translation>
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
        <translation>ved avslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>for hånd</translation>
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
        <translation>Ingen organ er registrert ennå.</translation>
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
        <translation>Velg et organ for å se medlemmene.</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Show the composition check</source>
        <translation>Vis kontrollen av sammensetningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;former members</source>
        <translation>Vis &amp;tidligere medlemmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Body…</source>
        <translation>Rediger &amp;organ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected body&apos;s settings: name, level, rules for meetings and decisions, documents</source>
        <translation>Endre innstillingene for det valgte organet: navn, nivå, regler for møter og vedtak, dokumenter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New B&amp;ody…</source>
        <translation>N&amp;ytt organ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a body under the selected one; it starts with the national composition rules</source>
        <translation>Legg til et organ under det valgte; det får de nasjonale reglene for sammensetning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;kk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in the selected body, its seats, rules and meetings, and when</source>
        <translation>Hvem som endret hva i det valgte organet, medlemskapene, reglene og møtene, og når</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Member…</source>
        <translation>&amp;Legg til medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member, deputy or observer to this body</source>
        <translation>Legg til et medlem, et varamedlem eller en observatør i organet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Member…</source>
        <translation>&amp;Rediger medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected membership (Enter)</source>
        <translation>Endre det valgte medlemskapet (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;nd Term…</source>
        <translation>Avslutt &amp;periode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected member&apos;s term; the seat is kept as history</source>
        <translation>Avslutt perioden til det valgte medlemmet; plassen beholdes som historikk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>&amp;Composition</source>
        <translation>&amp;Sammensetning</translation>
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
        <translation>Organet har ingen registrerte medlemmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This body has no members in the current term.</source>
        <translation>Organet har ingen medlemmer i inneværende periode.</translation>
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
        <translation>f.eks. SSU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 partnarskapsmøte, 2 strategisk samarbeidsutval, 3 områdeutval, 4 fagleg samarbeidsutval</source>
        <translation>1 partnerskapsmøte, 2 strategisk samarbeidsutvalg, 3 områdeutvalg, 4 faglig samarbeidsutvalg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (level {level})</source>
        <translation>{name} (nivå {level})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: a body at the top)</source>
        <translation>(ingen: et organ øverst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area an områdeutval serves</source>
        <translation>Området et områdeutvalg dekker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least </source>
        <translation>minst </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Bergen rådhus, møterom 1</source>
        <translation>f.eks. Bergen rådhus, møterom 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of the notice and agenda</source>
        <translation>Godkjenning av innkalling og saksliste</translation>
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
        <translation>Slik skriver organet sak 3 og sak 12 i år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (approved in a meeting or by circulation)</source>
        <translation>Ingen (godkjennes i et møte eller ved sirkulasjon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members or deputies present at the meeting sign the minutes; they are approved when all have signed.</source>
        <translation>Medlemmer eller varamedlemmer som var til stede i møtet, skriver under referatet; det er godkjent når alle har skrevet under.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who spoke</source>
        <translation>Hvem som hadde ordet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item&apos;s handling names who had the floor, from the speakers list in meeting mode</source>
        <translation>Behandlingen av hver sak nevner hvem som hadde ordet, fra talerlisten i møtemodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When each item was treated</source>
        <translation>Når hver sak ble behandlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each item says when it was treated, from the clock in meeting mode</source>
        <translation>Hver sak sier når den ble behandlet, fra klokken i møtemodus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Body</source>
        <translation>Organet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnavn:</translation>
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
        <translation>Møter og vedtak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Vedtaksførhet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Vedtaksførhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum, number of members</source>
        <translation>Vedtaksførhet, antall medlemmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Majority:</source>
        <translation>F&amp;lertall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;place:</source>
        <translation>Standard &amp;møtested:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;duration:</source>
        <translation>Standard møtel&amp;engde:</translation>
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
        <translation>Dokumenter</translation>
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
        <translation>Antall underskrivere (&amp;justering):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes say:</source>
        <translation>Referatet sier:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The minutes say</source>
        <translation>Referatet sier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Beskrivelse:</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Members in the current term</source>
        <translation>Medlemmer i inneværende periode</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observatør</numerusform>
            <numerusform>%n observatører</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deputy member(s)</source>
        <translation>
            <numerusform>%n varamedlem</numerusform>
            <numerusform>%n varamedlemmer</numerusform>
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
            <numerusform>%n avvik fra reglene for sammensetning</numerusform>
            <numerusform>%n avvik fra reglene for sammensetning</numerusform>
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
        <translation>Mangler plass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many</source>
        <translation>For mange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader from the wrong side</source>
        <translation>Leder fra feil side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended</source>
        <translation>Perioden er ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy without a member</source>
        <translation>Vara uten medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leader</source>
        <translation>Ingen leder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders from one side</source>
        <translation>Ledere fra samme side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy from another side</source>
        <translation>Vara fra en annen side</translation>
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
        <translation>Kunne ikke lage en kopi av «{file}» for å åpne den: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No program on this computer could open «{file}». A copy is in {folder}.</source>
        <translation>Ingen program på denne datamaskinen kunne åpne «{file}». En kopi ligger i {folder}.</translation>
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
        <translation>f.eks. Samarbeidssekretariatet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no person)</source>
        <translation>(ingen person)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person responsible, if the case has one</source>
        <translation>Personen som er ansvarlig, hvis saken har en</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Brukarutvalet</source>
        <translation>f.eks. Brukarutvalet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xempt from public access</source>
        <translation>U&amp;nntatt offentlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Exempt from public access</source>
        <translation>Unntatt offentlighet</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Choose or type the legal basis</source>
        <translation>Velg eller skriv inn hjemmelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required for an exempt case, e.g. «offl. § 13 jf. fvl. § 13»</source>
        <translation>Må fylles ut for en sak som er unntatt offentlighet, f.eks. «offl. § 13 jf. fvl. § 13»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Hjemmel:</translation>
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
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Ansvarlig person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put forward b&amp;y:</source>
        <translation>&amp;Meldt inn av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kground:</source>
        <translation>Saks&amp;utredning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proposed decision:</source>
        <translation>&amp;Forslag til vedtak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority &amp;groups:</source>
        <translation>&amp;Prioriterte grupper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access:</source>
        <translation>Offentlighet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
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
        <translation>&amp;Åpne</translation>
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
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not concluded</source>
        <translation>ikke avsluttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting for an agenda</source>
        <translation>venter på en saksliste</translation>
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
        <translation>▶ {line} (denne behandlingen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary of the case path</source>
        <translation>Oppsummering av sakens gang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case path:</source>
        <translation>Sakens gang:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for an agenda in {body}</source>
        <translation>venter på en saksliste i {body}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{body}, meeting {date}</source>
        <translation>{body}, møte {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new case on the agenda of {body}, meeting {date}. It is put before «Eventuelt».</source>
        <translation>En ny sak på sakslisten til {body}, møte {date}. Den settes foran «Eventuelt».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new case waiting for an agenda in {body}.</source>
        <translation>En ny sak som venter på en saksliste i {body}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The meeting is cancelled, so this case cannot be changed. Its attachments can still be opened.</source>
        <translation>Møtet er avlyst, så denne saken kan ikke endres. Vedleggene kan fortsatt åpnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes of this meeting are approved and locked, so this case cannot be changed. Reopen the meeting to change it. Its attachments can still be opened.</source>
        <translation>Referatet fra dette møtet er godkjent og låst, så denne saken kan ikke endres. Åpne møtet igjen for å endre den. Vedleggene kan fortsatt åpnes.</translation>
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
        <translation>Dette er en standardsak på sakslisten: bare tittelen og varigheten kan endres.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Files are saved with the case when you press OK.</source>
        <translation>Filene lagres sammen med saken når du trykker OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files are saved as soon as you attach or remove them.</source>
        <translation>Filene lagres med en gang du legger dem ved eller fjerner dem.</translation>
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
        <translation>Vil du fjerne «{title}» ({file}) fra saken? Vedlegget slettes fra databasen; filen på disken din blir ikke rørt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remove the %n selected attachment(s) from the case? They are deleted from the database; the files on your disk are not touched.</source>
        <translation>
            <numerusform>Vil du fjerne %n valgt vedlegg fra saken? Det slettes fra databasen; filen på disken din blir ikke rørt.</numerusform>
            <numerusform>Vil du fjerne de %n valgte vedleggene fra saken? De slettes fra databasen; filene på disken din blir ikke rørt.</numerusform>
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
        <translation>Også behandlet i</translation>
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
        <translation>Venter på saksliste</translation>
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
        <translation>Status for sammensetningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No breaches: the body is composed as its rules say.</source>
        <translation>Ingen avvik: organet er satt sammen slik reglene sier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This body has no composition rules yet.</source>
        <translation>Organet har ingen regler for sammensetning ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition rules</source>
        <translation>Regler for sammensetning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Rule…</source>
        <translation>Ny &amp;regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a composition rule to this body</source>
        <translation>Legg til en regel for sammensetningen av organet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Rule…</source>
        <translation>R&amp;ediger regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected rule</source>
        <translation>Endre den valgte regelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Slett regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rule</source>
        <translation>Slett den valgte regelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader and deputy leader from different &amp;sides</source>
        <translation>Leder og nestleder fra hver sin &amp;side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matching representation</source>
        <translation>&amp;Tilsvarende representasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies are a s&amp;hared list</source>
        <translation>Varamedlemmene er en f&amp;elles liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deputy stands in only for a member of the same si&amp;de</source>
        <translation>Et varamedlem møter bare for et medlem fra samme si&amp;de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As many voting seats from the municipalities as from the hospitals</source>
        <translation>Like mange plasser med stemmerett fra kommunene som fra sykehusene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deputy need not stand for a named member: any deputy may stand in for any member</source>
        <translation>Et varamedlem trenger ikke stå for et bestemt medlem: alle varamedlemmer kan møte for alle medlemmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the meeting, a deputy from the municipalities stands in only for a municipal member, and so on</source>
        <translation>I møtet møter et varamedlem fra kommunene bare for et kommunalt medlem, og så videre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rules for the whole body</source>
        <translation>Regler for hele organet</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n breach(es) of the composition rules</source>
        <translation>
            <numerusform>%n avvik fra reglene for sammensetning</numerusform>
            <numerusform>%n avvik fra reglene for sammensetning</numerusform>
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
        <translation>Slette regelen «{label}»? Medlemmene i organet endres ikke.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/conflict.py" line="+50"/>
        <source>Changed by a Colleague</source>
        <extracomment>REAPPLY, COPY or CANCEL.</extracomment>
        <translation>Endret av en kollega</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing of yours is lost. Save your version over theirs, copy your text to paste it in again, or go back to your text.</source>
        <translation>Ingenting av ditt er tapt. Lagre din versjon over kollegaens, kopier teksten din for å lime den inn igjen, eller gå tilbake til teksten din.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colleague&apos;s version</source>
        <translation>Kollegaens versjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}, colleague&apos;s version</source>
        <translation>{field}, kollegaens versjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}, your version</source>
        <translation>{field}, din versjon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use My Changes</source>
        <translation>Bruk mine endringer</translation>
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
        <translation>Lagre din versjon over kollegaens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy your text to the clipboard and show the colleague&apos;s version in the editor</source>
        <translation>Kopier teksten din til utklippstavlen og vis kollegaens versjon i skjemaet</translation>
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
        <translation>Kopien får samme organ, sted, videolenke, personer og lengde, og standardsakene. Sakene kopieres som nye saker; det som skjedde med dem, kopieres ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the cases as well</source>
        <translation>Kopier sakene også</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starter kl.:</translation>
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
        <translation>Et varamedlem for {name} har medlemmets stemmerett i møtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Varamedlem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives at item {number}</source>
        <translation>Kommer til sak {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives at this item</source>
        <translation>Kommer til denne saken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has no deputy who can stand in.</source>
        <translation>{name} har ikke noe varamedlem som kan møte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (personal deputy)</source>
        <translation> (personlig vara)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (from the body&apos;s list)</source>
        <translation> (fra organets varaliste)</translation>
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
        <translation>Kopien kan ikke leveres tilbake</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the laptop&apos;s version replaces the meeting here. Nothing is lost: the meeting as it is here now is first saved as a JSON file beside the copy.</source>
        <translation>Å importere versjonen fra den bærbare erstatter møtet her. Ingenting går tapt: møtet slik det er her nå, lagres først som en JSON-fil ved siden av kopien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Differences</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the laptop</source>
        <translation>På den bærbare</translation>
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
        <translation>Importer versjonen fra den bærbare</translation>
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
        <translation>Den som er inhabil, fratrer saken: ingen stemme, teller ikke for vedtaksførhet, og referatet sier det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Who:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ground:</source>
        <translation>&amp;Grunnlag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. board member of the company the case concerns</source>
        <translation>f.eks. styremedlem i selskapet saken gjelder</translation>
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
        <translation>Kall inn varamedlem for denne saken</translation>
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
        <translation>Ikke avgjort</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+465"/>
        <source>Trial Run</source>
        <translation>Prøvekjøring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the import would do. Nothing has been saved yet.</source>
        <translation>Dette er hva importen vil gjøre. Ingenting er lagret ennå.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>Ingen problemer funnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trial run could not be made.</source>
        <translation>Prøvekjøringen kunne ikke gjøres.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) stop the import. Nothing will be imported until they are fixed: correct the workbook, or go back and map the columns or choose another body.</source>
        <translation>
            <numerusform>%n problem stopper importen. Ingenting blir importert før det er rettet: rett arbeidsboken, eller gå tilbake og angi kolonnene eller velg et annet organ.</numerusform>
            <numerusform>%n problemer stopper importen. Ingenting blir importert før de er rettet: rett arbeidsboken, eller gå tilbake og angi kolonnene eller velg et annet organ.</numerusform>
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
        <translation>Avslutt perioden til {name} i {body}. Plassen blir stående i registeret som historikk og vises under «Vis tidligere medlemmer».</translation>
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
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error report</source>
        <translation>Feilrapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk met an error it did not expect. What you had saved is safe: every change is stored as it is made. If it happens again, copy the details and send them to whoever supports hfdesk.</source>
        <translation>hfdesk støtte på en feil den ikke ventet. Det du har registrert, er trygt: hver endring lagres med en gang. Skjer det igjen, kopier detaljene og send dem til den som gir støtte på hfdesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are also in the log file {file}.</source>
        <translation>Detaljene står også i loggfilen {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log file could not be written.</source>
        <translation>Loggfilen kunne ikke skrives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show Details</source>
        <translation>&amp;Vis detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Vis detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Log Folder</source>
        <translation>Åpne &amp;loggmappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>Åpne loggmappen</translation>
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
        <translation>En Excel-arbeidsbok med en oversikt, ett ark per organ (navn, rolle, rettigheter, representerer, part, område, e-post, telefon, periode, vara for) og et ark med avvikene i sammensetningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;whole register</source>
        <translation>&amp;Hele registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only {body}</source>
        <translation>&amp;Bare {body}</translation>
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
        <translation>Medlemslisten er eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster was saved as «{file}». Open it now?</source>
        <translation>Medlemslisten ble lagret som «{file}». Vil du åpne den nå?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-418"/>
        <source>Choose the Workbook</source>
        <translation>Velg arbeidsboken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx) with one roster per sheet under a header row, or a CSV file saved from Excel; title rows above the header are fine. Nothing is imported before the last step.</source>
        <translation>En Excel-arbeidsbok (.xlsx) med én medlemsliste per ark under en overskriftsrad, eller en CSV-fil lagret fra Excel; tittelrader over overskriftene går fint. Ingenting blir importert før siste steg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers hfdesk recognises, in bokmål or nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, Periode til, Vara for and Stilling. Role words such as Brukarrepresentant, Fastlege, Observatør (fastlege) and Vara for NAMN are understood; other columns and words can be assigned in the next step.</source>
        <translation>Overskrifter hfdesk kjenner igjen, på bokmål eller nynorsk: Navn/Namn, Rolle, Rettigheter/Rettar, Representerer, Organisasjon, Part, Område, E-post, Telefon, Periode fra/Periode frå, Periode til, Vara for og Stilling. Rolleord som Brukerrepresentant, Fastlege, Observatør (fastlege) og Vara for NAVN forstås; andre kolonner og ord kan du koble til i neste steg.</translation>
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
        <translation>Bla gjennom etter en arbeidsbok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error message</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading status</source>
        <translation>Status for lesingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading progress</source>
        <translation>Fremdrift for lesingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;Reading</source>
        <translation>Avbryt &amp;lesingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reading the workbook</source>
        <translation>Avbryt lesingen av arbeidsboken</translation>
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
        <translation>Leser «{name}»…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading was cancelled. Nothing has been imported.</source>
        <translation>Lesingen ble avbrutt. Ingenting er importert.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/first_run.py" line="+80"/>
        <source>This is a network folder. Over the network the database cannot be locked safely; keep it in a folder on this computer.</source>
        <translation>Dette er en nettverksmappe. Over nettverket kan ikke databasen låses sikkert; legg den i en mappe på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>This folder is synchronised ({service}). Synchronising can copy the database while it is being written and damage it; keep it in a folder on this computer.</source>
        <translation>Denne mappen synkroniseres ({service}). Synkroniseringen kan kopiere databasen mens den skrives til, og skade den; legg den i en mappe på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+1"/>
        <source>Welcome to hfdesk</source>
        <translation>Velkommen til hfdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hfdesk keeps the register, the meetings and the minutes in one database file on this computer. Choose where it is kept and what your documents should carry; the name, the logo and the language can be changed later under File ▸ Settings.</source>
        <translation>hfdesk har registeret, møtene og referatene i én databasefil på denne datamaskinen. Velg hvor den skal ligge, og hva dokumentene dine skal vise; navnet, logoen og språket kan du endre senere under Fil ▸ Innstillinger.</translation>
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
        <translation>Hvor dataene dine ligger</translation>
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
        <translation>Velg mappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database hfdesk used last, «{file}», is not there any more.</source>
        <translation>Databasen hfdesk brukte sist, «{file}», finnes ikke lenger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Existing Database…</source>
        <translation>Åpne en &amp;eksisterende database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if you already have an hfdesk database, e.g. from a colleague</source>
        <translation>hvis du allerede har en hfdesk-database, f.eks. fra en kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your helsefellesskap</source>
        <translation>Helsefellesskapet ditt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the helsefellesskap</source>
        <translation>Navnet på helsefellesskapet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Helsefellesskapet i Bergensområdet</source>
        <translation>f.eks. Helsefellesskapet i Bergensområdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For notices and minutes. Both may be left empty and changed later.</source>
        <translation>Til innkallinger og referater. Begge kan stå tomme og endres senere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo data first, to look around</source>
        <translation>Åpne &amp;demodata først for å se deg rundt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example data from Helsefellesskapet i Bergensområdet, kept in a separate file, «{file}», beside your database and never mixed with your own data.</source>
        <translation>Eksempeldata fra Helsefellesskapet i Bergensområdet, i en egen fil, «{file}», ved siden av databasen din, og aldri blandet med dine egne data.</translation>
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
        <translation>Denne mappen har allerede en hfdesk-database, «{file}»; den blir åpnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database will be «{file}» in this folder, with its backups beside it.</source>
        <translation>Databasen blir «{file}» i denne mappen, med sikkerhetskopiene ved siden av.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is new and empty.</source>
        <translation>Databasen er ny og tom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: {reason}</source>
        <translation>Advarsel: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a Folder for the Database</source>
        <translation>Velg en mappe til databasen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hfdesk databases (*.sqlite *.db)</source>
        <translation>hfdesk-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a folder for the database.</source>
        <translation>Velg en mappe til databasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder «{folder}» cannot be used: {reason}</source>
        <translation>Mappen «{folder}» kan ikke brukes: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hfdesk may not write in «{folder}». Choose another folder.</source>
        <translation>hfdesk har ikke lov til å skrive i «{folder}». Velg en annen mappe.</translation>
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
        <translation>&amp;Hva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a party, written below)</source>
        <translation>(en part, skrevet under)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation>Hv&amp;em:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the secretariat, the municipalities</source>
        <translation>f.eks. sekretariatet, kommunene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or &amp;party:</source>
        <translation>Eller &amp;part:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Innen</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
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
        <translation>Fra sak {number}: {title}</translation>
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
        <translation>Det organene har bedt om å få fulgt opp: hva, hvem og innen når.</translation>
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
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected follow-up is not done after all</source>
        <translation>Den valgte oppfølgingen er likevel ikke gjort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;ksporter til Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-ups the list shows (this filter and body) as an Excel workbook</source>
        <translation>Oppfølgingspunktene listen viser (dette filteret og organet) som en Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All bodies</source>
        <translation>Alle organ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open ({count})</source>
        <translation>Åpne ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue ({count})</source>
        <translation>Forfalte ({count})</translation>
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
        <translation>Ingen åpne oppfølgingspunkter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Ingenting har forfalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups have been marked as done.</source>
        <translation>Ingen oppfølgingspunkter er merket som utført.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups have been registered yet.</source>
        <translation>Ingen oppfølgingspunkter er registrert ennå.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>follow-ups</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>åpne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>forfalte</translation>
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
        <translation>Oppfølgingen er eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-ups were saved as «{file}». Open it now?</source>
        <translation>Oppfølgingen ble lagret som «{file}». Vil du åpne den nå?</translation>
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
        <translation>Skriv et navn: noen i registeret, eller en ny person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For someone new: e.g. head of the local network</source>
        <translation>For en ny person: f.eks. leder av det lokale nettverket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest for the items ticked below</source>
        <translation>Gjest i sakene som er krysset av under</translation>
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
        <translation>hfdesk – Brukerveiledning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>&amp;Innhold</translation>
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
        <translation>Alle endringer, nyeste først: når (norsk tid), hvem (brukerkontoen eller databaserollen) og hva. Kontaktopplysninger lagres aldri her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been recorded yet.</source>
        <translation>Ingenting er registrert ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Endringer</translation>
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
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="+431"/>
        <source>Import Roster from Excel</source>
        <extracomment>Emitted in the GUI thread each time the reading&apos;s progress is shown: rows read, rows in all (0 while not known).</extracomment>
        <translation>Importer medlemsliste fra Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
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
        <translation>Medlemskap lagt til: {members}. Nye personer: {added}. Personer som allerede fantes i registeret: {matched}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import will add {members} membership(s) and {added} new person(s); {matched} person(s) are already in the register.</source>
        <translation>Importen vil legge til {members} medlemskap. Nye personer: {added}. Personer som allerede finnes i registeret: {matched}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hfdesk remembers the role words {words} for next time.</source>
        <translation>hfdesk husker rolleordene {words} til neste gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role words {words} will be remembered for next time.</source>
        <translation>Rolleordene {words} blir husket til neste gang.</translation>
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
        <translation>Ansvarlig</translation>
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
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy leader</source>
        <translation>Nestleder</translation>
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
        <translation>Stemmerett</translation>
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
        <translation>Sykehus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Brukere</translation>
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
        <translation>Hovedsammenslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice sent</source>
        <translation>Innkalling sendt</translation>
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
        <translation>Enstemmig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus with protocol entry</source>
        <translation>Enstemmig med protokolltilførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Avstemning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consensus</source>
        <translation>Ikke enighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Utsatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Tatt til orientering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Adopted</source>
        <extracomment>What became of a proposal (vedteke, fall, trekt); a pending one shows nothing.</extracomment>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell</source>
        <translation>Falt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported absence</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Fravær</translation>
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
        <translation>Minst halvparten av medlemmene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than half of the members</source>
        <translation>Mer enn halvparten av medlemmene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed number of members</source>
        <translation>Et fast antall medlemmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum rule (advisory)</source>
        <translation>Ingen regel (rådgivende)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simple majority</source>
        <translation>Alminnelig flertall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two thirds of the votes cast</source>
        <translation>To tredjedeler av de avgitte stemmene</translation>
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
        <translation>Personer med alvorlige psykiske lidelser og rusproblemer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frail elderly</source>
        <translation>Skrøpelige eldre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with several chronic conditions</source>
        <translation>Personer med flere kroniske lidelser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
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
        <translation>Enstemmig + tilførsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote (no votes yet)</source>
        <translation>Avstemning (ingen stemmer ennå)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted (vote)</source>
        <translation>Vedtatt (avstemning)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected (vote)</source>
        <translation>Falt (avstemning)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Tatt opp under eventuelt; sto ikke på sakslisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adopted</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Falt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concluded without quorum.</source>
        <translation>Avsluttet uten at organet var vedtaksført.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision on a case that was not on the agenda.</source>
        <translation>Vedtak i en sak som ikke sto på sakslisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum: {present} voting present, {required} required ({seats} seats)</source>
        <translation>Vedtaksført: {present} stemmeberettigede til stede, krav {required} ({seats} plasser)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{present} voting present; the body has no quorum rule</source>
        <translation>{present} stemmeberettigede til stede; organet har ingen regel om vedtaksførhet</translation>
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
        <translation>Annet grunnlag</translation>
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
        <translation>Tilbake for mer arbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the parties</source>
        <translation>Sendt til partene</translation>
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
        <translation>Avstemning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>Talerliste</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/agenda_panel.py" line="+30"/>
        <source>The meeting has no items.</source>
        <translation>Møtet har ingen saker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;genda</source>
        <translation>&amp;Saksliste</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+38"/>
        <source>Quorum</source>
        <translation>Vedtaksførhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open one of the case&apos;s attachments</source>
        <translation>Åpne et av sakens vedlegg</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No proposals.</source>
        <translation>Ingen forslag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposals</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+197"/>
        <source>Withdraw</source>
        <translation>Trekk forslag</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>The proposer withdraws the selected proposal (again: it stands once more)</source>
        <translation>Forslagsstilleren trekker det valgte forslaget (en gang til: forslaget står igjen)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said: the presentation and the discussion, for the minutes.</source>
        <translation>Hva som ble sagt: innledningen og drøftingen, til referatet.</translation>
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
        <translation>Ingen protokolltilførsel ennå: legg til med Ctrl+T.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Protocol entries</source>
        <translation>Protokolltilførsler</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+87"/>
        <source>Nobody may vote at this item.</source>
        <translation>Ingen har stemmerett i denne saken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not stated)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal voted on</source>
        <translation>Forslaget det ble stemt over</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+15"/>
        <source>No follow-ups from this item.</source>
        <translation>Ingen oppfølging fra denne saken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+32"/>
        <source>Nobody is on the attendance list.</source>
        <translation>Ingen står på oppmøtelisten.</translation>
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
        <translation>Ingen er inhabile i denne saken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disqualified</source>
        <translation>Inhabile</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/agenda_panel.py" line="+5"/>
        <source>Previous Item</source>
        <translation>Forrige sak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous item</source>
        <translation>Gå til forrige sak</translation>
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
        <translation>En sak tatt opp under eventuelt som ikke sto på sakslisten</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="-54"/>
        <source>Mark as Held…</source>
        <translation>Merk som holdt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting is over: mark it as held</source>
        <translation>Møtet er over: merk det som holdt</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-54"/>
        <source>Conclude the item: {kind}</source>
        <translation>Avslutt saken: {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not Concluded</source>
        <translation>Ikke avsluttet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item is not concluded after all</source>
        <translation>Saken er likevel ikke avsluttet</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-78"/>
        <source>New Proposal…</source>
        <translation>Nytt forslag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proposal from a member, a deputy or an observer</source>
        <translation>Et forslag fra et medlem, et varamedlem eller en observatør</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Rett…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the wording of the selected proposal</source>
        <translation>Rett ordlyden i det valgte forslaget</translation>
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
        <translation>Fjern det valgte forslaget</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-8"/>
        <source>Protocol Entry…</source>
        <translation>Protokolltilførsel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A statement entered in the minutes, and who stands behind it</source>
        <translation>En uttalelse som føres i protokollen, og hvem som står bak den</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected protocol entry</source>
        <translation>Fjern den valgte protokolltilførselen</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+62"/>
        <source>New Follow-up…</source>
        <translation>Ny oppfølging…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is to be followed up, by whom and by when</source>
        <translation>Hva som skal følges opp, av hvem og innen når</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected follow-up</source>
        <translation>Fjern den valgte oppfølgingen</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/vote_panel.py" line="+15"/>
        <source>The selected voter: {choice}</source>
        <translation>Den valgte stemmer: {choice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All For</source>
        <translation>Alle for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone votes for; then mark those against</source>
        <translation>Alle stemmer for; merk deretter dem som stemte mot</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="-81"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person selected in the attendance list is present</source>
        <translation>Personen som er valgt i oppmøtelisten, er til stede</translation>
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
        <translation>Fravær</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absent without notice</source>
        <translation>Fravær uten forfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrived Here</source>
        <translation>Kom hit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived late: present from this item</source>
        <translation>Kom senere: til stede fra denne saken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left Before This</source>
        <translation>Gikk før denne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left early: present until the item before this one</source>
        <translation>Gikk tidlig: til stede til og med saken før denne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole Meeting</source>
        <translation>Hele møtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present at every item (clears arrival and leave)</source>
        <translation>Til stede i alle saker (fjerner kom og gikk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deputy Steps In…</source>
        <translation>Vara møter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deputy stands in for the selected absent member</source>
        <translation>Et varamedlem møter for det valgte medlemmet som har forfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest…</source>
        <translation>Gjest…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest for named items, or someone from the secretariat</source>
        <translation>En gjest i bestemte saker, eller noen fra sekretariatet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take a deputy, guest or secretary off the list again</source>
        <translation>Ta et varamedlem, en gjest eller en sekretær av listen igjen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disqualification…</source>
        <translation>Inhabilitet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone is disqualified (inhabil) at this item</source>
        <translation>Noen er inhabil i denne saken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the selected disqualification</source>
        <translation>Fjern den valgte inhabiliteten</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="-54"/>
        <source>&amp;Proposals</source>
        <translation>Fo&amp;rslag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notater</translation>
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
        <translation>Stemt over:</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-19"/>
        <source>The case:</source>
        <translation>Saken:</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+30"/>
        <source>Follow-&amp;ups</source>
        <translation>O&amp;ppfølging</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+16"/>
        <source>Disqualified at this item</source>
        <translation>Inhabile i denne saken</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+249"/>
        <source>No meeting chosen.</source>
        <translation>Ikke noe møte valgt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes of this meeting are approved and locked. Reopen the meeting on the Meetings page to change them.</source>
        <translation>Referatet fra dette møtet er godkjent og låst. Åpne møtet igjen på Møter-siden for å endre det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting is cancelled.</source>
        <translation>Dette møtet er avlyst.</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/attendance_panel.py" line="+30"/>
        <source>{present} present; {voting} may vote at item {item} ({seats} voting seats)</source>
        <translation>{present} til stede; {voting} har stemmerett i sak {item} ({seats} plasser med stemmerett)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{present} present</source>
        <translation>{present} til stede</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/item_panel.py" line="+11"/>
        <source>{present} voting present; the body has no quorum rule.</source>
        <translation>{present} stemmeberettigede til stede; organet har ingen regel om vedtaksførhet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum: {present} voting present, {required} required of {seats} seats.</source>
        <translation>Vedtaksført: {present} stemmeberettigede til stede, krav {required} av {seats} plasser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quorum: {present} voting present, {required} required of {seats} seats.</source>
        <translation>Ikke vedtaksført: {present} stemmeberettigede til stede, krav {required} av {seats} plasser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No item</source>
        <translation>Ingen sak</translation>
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
        <translation>Unntatt offentlighet ({basis})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raised under any other business; not on the agenda</source>
        <translation>Tatt opp under eventuelt; sto ikke på sakslisten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concluded without quorum: this is marked on the item in the minutes.</source>
        <translation>Avsluttet uten at organet var vedtaksført: det merkes på saken i referatet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A decision on a case that was not on the agenda: it is flagged in the minutes.</source>
        <translation>Vedtak i en sak som ikke sto på sakslisten: det merkes i referatet.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n voter(s) without a recorded vote.</source>
        <translation>
            <numerusform>%n stemmeberettiget uten registrert stemme.</numerusform>
            <numerusform>%n stemmeberettigede uten registrert stemme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disqualified, out of this item: {names}.</source>
        <translation>Inhabil, fratrer denne saken: {names}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reinstate</source>
        <translation>Gjeninnsett</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The case has no attachments.</source>
        <translation>Saken har ingen vedlegg.</translation>
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
        <translation>S&amp;temmer</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Round</source>
        <translation>Ny avstemning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier rounds keep their votes and results.</source>
        <translation>De tidligere avstemningene beholder stemmene og resultatet sitt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put to the vote:</source>
        <translation>Til avstemning:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No round yet.</source>
        <translation>Ingen avstemning ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Rounds</source>
        <translation>Avstemninger</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New Round…</source>
        <translation>Ny avstemning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put another proposal to the vote: an amendment or an alternative</source>
        <translation>Sett et annet forslag under avstemning: et endringsforslag eller et alternativ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+183"/>
        <source>Remove Round</source>
        <translation>Fjern avstemning</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Take the last round away again</source>
        <translation>Fjern den siste avstemningen igjen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Vo&amp;tes in round {number}</source>
        <translation>S&amp;temmer i avstemning {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adopted</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Falt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No votes recorded yet: no result</source>
        <translation>Ingen stemmer registrert ennå: intet resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {for_} · against {against} · abstaining {abstain}</source>
        <translation>For {for_} · mot {against} · avstår {abstain}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voted against: {names}</source>
        <translation>Stemte mot: {names}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every proposal has been voted on or withdrawn.</source>
        <translation>Alle forslagene er stemt over eller trukket.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Round {number} has votes recorded. Remove it with its votes?</source>
        <translation>Avstemning {number} har registrerte stemmer. Fjerne den med stemmene?</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/core.py" line="+307"/>
        <source>Saved {time}</source>
        <translation>Lagret {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you type is saved as you go.</source>
        <translation>Alt du skriver, lagres fortløpende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/conclusion_panel.py" line="-13"/>
        <source>Choose how the item ended (Alt+1 to Alt+7); then write the decision here.</source>
        <translation>Velg hvordan saken ble avsluttet (Alt+1 til Alt+7); skriv så vedtaket her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the item ended (Alt+1 to Alt+6); then write the decision here.</source>
        <translation>Velg hvordan saken ble avsluttet (Alt+1 til Alt+6); skriv så vedtaket her.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Item {number} concluded without quorum; this is marked on the item.</source>
        <translation>Sak {number} ble avsluttet uten at organet var vedtaksført; det er merket på saken.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The decision already has text. Replace it with this text, or add this text on a new line?</source>
        <translation>Vedtaksfeltet har allerede tekst. Vil du erstatte den med denne teksten, eller legge denne teksten til på en ny linje?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add on a New Line</source>
        <translation>&amp;Legg til på ny linje</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/page.py" line="+51"/>
        <source>Mark the meeting as held?</source>
        <translation>Merke møtet som holdt?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) have no conclusion yet.</source>
        <translation>
            <numerusform>%n sak har ingen konklusjon ennå.</numerusform>
            <numerusform>%n saker har ingen konklusjon ennå.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Held</source>
        <translation>Merk som holdt</translation>
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
        <translation>Unntatt offentlighet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} (reply)</source>
        <translation>{name} (replikk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers: {names}</source>
        <translation>Talerliste: {names}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Show on Second Screen</source>
        <translation>Vis på andre skjerm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item and its wording, live, on a projector or a shared screen</source>
        <translation>Saken og ordlyden, mens den skrives, på en projektor eller en felles skjerm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the Speakers List</source>
        <translation>Vis talerlisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the Time</source>
        <translation>Vis tiden</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Exempt Item</source>
        <translation>Sak unntatt offentlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is exempt from public access. Is the room closed, so that its title and wording may be shown on the second screen?

Until you say yes the screen shows only its number and that it is exempt.</source>
        <translation>Denne saken er unntatt offentlighet. Er møtet lukket, slik at tittelen og ordlyden kan vises på den andre skjermen?

Til du svarer ja, viser skjermen bare saksnummeret og at saken er unntatt offentlighet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Proposed decision</source>
        <translation>Forslag til vedtak</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="-38"/>
        <source>Nobody has asked for the floor: Ctrl+L puts someone on the list.</source>
        <translation>Ingen har bedt om ordet: Ctrl+L setter noen på listen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>Speakers list</source>
        <translation>Talerliste</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Add Speaker…</source>
        <translation>Ny taler …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put someone present on the speakers list</source>
        <translation>Sett en som er til stede, på talerlisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply…</source>
        <translation>Replikk …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply (replikk) to the one speaking, or to the speaker selected in the list</source>
        <translation>En replikk til den som har ordet, eller til taleren som er valgt i listen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next Speaker</source>
        <translation>Neste taler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one speaking is done; the next on the list has the floor</source>
        <translation>Den som har ordet, er ferdig; den neste på listen får ordet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the selected line off the speakers list</source>
        <translation>Ta den valgte linjen av talerlisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected speaker up the list</source>
        <translation>Flytt den valgte taleren opp i listen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected speaker down the list</source>
        <translation>Flytt den valgte taleren ned i listen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has the floor; {waiting} waiting.</source>
        <translation>{name} har ordet; {waiting} venter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{waiting} waiting. Ctrl+J gives the floor to the next.</source>
        <translation>{waiting} venter. Ctrl+J gir ordet til den neste.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This item: {used} of {planned} min</source>
        <translation>Denne saken: {used} av {planned} min</translation>
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
        <translation>Ny taler</translation>
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
        <translation>Velg &amp;logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose logo</source>
        <translation>Velg logo</translation>
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
        <translation>PNG eller JPEG, høyst 2 MB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose Logo</source>
        <translation>Velg logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{file}» could not be read as an image.</source>
        <translation>«{file}» kunne ikke leses som et bilde.</translation>
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
        <translation>Papirer unntatt offentlighet i e-posten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some items of this meeting are exempt from public access. Their papers often hold health and personal data under the duty of confidentiality (taushetsplikt), and e-mail is not a safe way to send them. Unless you tick the box, they are left out and the message says they are handed out by other means.</source>
        <translation>Noen saker i dette møtet er unntatt offentlighet. Sakspapirene har ofte helse- og personopplysninger underlagt taushetsplikt, og e-post er ikke en trygg måte å sende dem på. Hvis du ikke krysser av, blir de utelatt, og e-posten sier at de deles ut på annen måte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the exempt papers by e-mail with this message</source>
        <translation>Send sakspapirene som er unntatt offentlighet, med denne e-posten</translation>
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
        <translation>&amp;Åpne database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another hfdesk database file</source>
        <translation>Åpne en annen hfdesk-databasefil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to S&amp;hared Database…</source>
        <translation>Koble til de&amp;lt database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the register the secretariat shares on a PostgreSQL server</source>
        <translation>Åpne registeret sekretariatet deler på en PostgreSQL-tjener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;Demo Database…</source>
        <translation>Lag &amp;demodatabase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a separate file with example data to try hfdesk on</source>
        <translation>Lag en egen fil med eksempeldata å prøve hfdesk på</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Structure from Template…</source>
        <translation>Ny &amp;struktur fra mal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the bodies and composition rules of the national or the Bergen model</source>
        <translation>Lag organene og reglene for sammensetning etter den nasjonale modellen eller Bergensmodellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Roster to Excel…</source>
        <translation>&amp;Eksporter medlemsliste til Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the members of every body, or of the selected body, as an Excel workbook</source>
        <translation>Lagre medlemmene i alle organ, eller i det valgte organet, som en Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Roster from Excel…</source>
        <translation>&amp;Importer medlemsliste fra Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read members from an Excel workbook, check them, then import them</source>
        <translation>Les medlemmer fra en Excel-arbeidsbok, kontroller dem og importer dem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language, the helsefellesskap&apos;s name and logo, the Word template</source>
        <translation>Språket i programmet, navnet og logoen til helsefellesskapet, Word-malen</translation>
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
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use hfdesk, in the interface language (no internet needed)</source>
        <translation>Slik bruker du hfdesk, på språket du har valgt (uten internett)</translation>
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
        <translation>&amp;Nylig brukte databaser</translation>
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
        <translation>hfdesk-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected to {database}</source>
        <translation>Koblet til {database}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«{file}» is already open in another hfdesk window. Use that window.</source>
        <translation>«{file}» er allerede åpen i et annet hfdesk-vindu. Bruk det vinduet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open the database.</source>
        <translation>Databasen kunne ikke åpnes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {file}</source>
        <translation>Åpnet {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} (not found)</source>
        <translation>{file} (finnes ikke)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is no longer there</source>
        <translation>{path} finnes ikke lenger</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No databases opened yet</source>
        <translation>Ingen databaser er åpnet ennå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Files Not Found</source>
        <translation>Fjern filer som ikke finnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database files opened last</source>
        <translation>Databasefilene som sist ble åpnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«{file}» is no longer in {folder}. It has been taken off the recent databases.</source>
        <translation>«{file}» ligger ikke lenger i {folder}, og er tatt bort fra listen over nylig brukte databaser.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create Demo Database</source>
        <translation>Lag demodatabase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«{file}» already exists. Choose a new file name for the demo database.</source>
        <translation>«{file}» finnes allerede. Velg et nytt filnavn for demodatabasen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo database could not be created.</source>
        <translation>Demodatabasen kunne ikke lages.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The new language is used when hfdesk is started again.</source>
        <translation>Det nye språket tas i bruk neste gang hfdesk startes.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Demo Database Created</source>
        <translation>Demodatabasen er laget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo database was saved as «{file}». Open it now?</source>
        <translation>Demodatabasen er lagret som «{file}». Vil du åpne den nå?</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n body/bodies created</source>
        <translation>
            <numerusform>%n organ opprettet</numerusform>
            <numerusform>%n organ opprettet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved {file}</source>
        <translation>Lagret {file}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The user guide is not installed with this copy of hfdesk.</source>
        <translation>Brukerveiledningen er ikke installert med denne kopien av hfdesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;hfdesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s desk for a health community (helsefellesskap): bodies and members, meetings and agendas, minutes and follow-ups.&lt;/p&gt;&lt;p&gt;Everything is kept in one database file on this computer:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hfdesk {version}&lt;/h3&gt;&lt;p&gt;Sekretariatets arbeidsverktøy for helsefellesskapet: organ og medlemmer, møter og sakslister, referater og oppfølging.&lt;/p&gt;&lt;p&gt;Alt lagres i én databasefil på denne datamaskinen:&lt;br&gt;{path}&lt;/p&gt;</translation>
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
        <translation>Møtedetaljer</translation>
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
        <translation>Organets faste møtested når feltet står tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026/1234 (optional, shown as “Vår ref.”)</source>
        <translation>f.eks. 2026/1234 (valgfritt, vises som «Vår ref.»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Partnerskapsmøte 2026 (optional)</source>
        <translation>f.eks. Partnerskapsmøte 2026 (valgfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(not chosen)</source>
        <translation>(ikke valgt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the body&apos;s standard items</source>
        <translation>Legg inn organets standardsaker</translation>
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
        <translation>&amp;Starter kl.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nds at:</source>
        <translation>&amp;Slutter kl.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>S&amp;ted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video link:</source>
        <translation>&amp;Videolenke:</translation>
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
        <translation>&amp;Møteleder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notice has been sent. If you change the time or place, send a new notice.</source>
        <translation>Innkallingen er sendt. Endrer du tid eller sted, må du sende en ny innkalling.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the body the meeting is for.</source>
        <translation>Velg hvilket organ møtet er for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting must end after it starts.</source>
        <translation>Møtet må slutte etter at det begynner.</translation>
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
        <translation>Word-dokumenter (*.docx)</translation>
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
        <translation>Lagre offentlig innkalling</translation>
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
        <translation>Lagre avlysning (kalender)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancellation</source>
        <translation>avlysning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation (Calendar) Exported</source>
        <translation>Avlysning (kalender) eksportert</translation>
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
        <translation>Lagre offentlig referat</translation>
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
        <translation>offentlig</translation>
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
        <translation>PDF/A krever LibreOffice eller Microsoft Word, og ingen av dem er installert på denne maskinen. Dokumentet ble lagret som Word-dokument i stedet: «{file}». Vil du åpne det nå?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>Filen ble lagret som «{file}». Vil du åpne den nå?</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save the Notice as E-mail</source>
        <translation>Lagre innkallingen som e-post</translation>
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
        <translation>E-posten ble lagret som «{file}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on it, no e-mail address in the register: {names}.</source>
        <translation>Ikke med, uten e-postadresse i registeret: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guests for single items are not on it; send them their own items&apos; papers: {names}.</source>
        <translation>Gjester på sak er ikke med; send dem sakspapirene til sine saker: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The papers of exempt items are not attached (items {numbers}).</source>
        <translation>Sakspapirene til saker unntatt offentlighet er ikke lagt ved (sak {numbers}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it now to send it?</source>
        <translation>Vil du åpne den nå for å sende den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail Saved</source>
        <translation>E-post lagret</translation>
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
        <translation>Arkivuttrekket med {count} dokumenter er lagret i mappen «{folder}».</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="-251"/>
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
        <translation>Sted</translation>
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
    <message>
        <location line="-24"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
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
        <translation>Møter</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>The meeting plan of every body, and each meeting&apos;s agenda.</source>
        <translation>Møteplanen for alle organ, og sakslisten til hvert møte.</translation>
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
        <translation>Ingen organer.</translation>
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
        <translation>Møtene som liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year &amp;Plan</source>
        <translation>Årspl&amp;an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every body&apos;s meetings this year at a glance</source>
        <translation>Alle organenes møter i året, på én side</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No meetings.</source>
        <translation>Ingen møter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Notice…</source>
        <translation>Eksporter &amp;innkalling…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice of the selected meeting as a Word document</source>
        <translation>Innkallingen til det valgte møtet som Word-dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calendar Invitation…</source>
        <translation>&amp;Kalenderinvitasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected meeting as a calendar invitation (.ics)</source>
        <translation>Det valgte møtet som kalenderinvitasjon (.ics)</translation>
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
        <translation>Referatet fra det valgte møtet som Word-dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Minutes</source>
        <translation>Eksporter referat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public N&amp;otice…</source>
        <translation>Offentlig inn&amp;kalling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice for publishing: exempt items show only their number and legal basis</source>
        <translation>Innkallingen til publisering: saker unntatt offentlighet viser bare nummer og hjemmel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Public Minutes…</source>
        <translation>&amp;Offentlig referat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes for publishing: exempt items show only their number and legal basis</source>
        <translation>Referatet til publisering: saker unntatt offentlighet viser bare nummer og hjemmel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting as &amp;JSON…</source>
        <translation>Møtet som &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting for other systems (exempt items left out)</source>
        <translation>Møtet til andre systemer (saker unntatt offentlighet er utelatt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail with the Notice…</source>
        <translation>E-post med innkallingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice as an e-mail ready to send to the members, observers and deputies (.eml)</source>
        <translation>Innkallingen som e-post klar til å sende til medlemmer, observatører og varamedlemmer (.eml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail with the Minutes…</source>
        <translation>E-post med referatet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes as an e-mail ready to send to the members, observers and deputies (.eml)</source>
        <translation>Referatet som e-post klar til å sende til medlemmer, observatører og varamedlemmer (.eml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive &amp;Export (Noark 5)…</source>
        <translation>Arkivuttrekk (&amp;Noark 5)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting with approved minutes as a deposit package for the archive, documents as PDF/A</source>
        <translation>Møtet med godkjent protokoll som avleveringspakke til arkivet, dokumentene som PDF/A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attendance to Excel…</source>
        <translation>Oppmøte til &amp;Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen year&apos;s attendance of the chosen body (or every body) as an Excel workbook</source>
        <translation>Oppmøtet i det valgte året for det valgte organet (eller alle organer) som Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>More Files</source>
        <translation>Flere filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More files</source>
        <translation>Flere filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public minutes, the meeting as JSON, attendance to Excel</source>
        <translation>Offentlig referat, møtet som JSON, oppmøte til Excel</translation>
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
        <translation>Ingen saker passer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+812"/>
        <source>Cases Waiting</source>
        <translation>Saker som venter</translation>
    </message>
    <message>
        <location line="-810"/>
        <location line="+813"/>
        <source>No cases are waiting.</source>
        <translation>Ingen saker venter.</translation>
    </message>
    <message>
        <location line="-811"/>
        <source>Cases waiting</source>
        <translation>Saker som venter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on the &amp;Agenda</source>
        <translation>Sett på &amp;sakslisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected case on the agenda of the selected meeting</source>
        <translation>Sett den valgte saken på sakslisten til det valgte møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on the agenda</source>
        <translation>Sett på sakslisten</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nytt møte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new meeting of the chosen body</source>
        <translation>Planlegg et nytt møte i det valgte organet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting &amp;Details…</source>
        <translation>Møte&amp;detaljer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected meeting&apos;s time, place and people (Enter)</source>
        <translation>Endre tid, sted og personer for det valgte møtet (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Meeting…</source>
        <translation>Kopi&amp;er møte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new meeting like the selected one, on another date</source>
        <translation>Et nytt møte som det valgte, på en annen dato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ancel Meeting…</source>
        <translation>A&amp;vlys møte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected meeting, with a reason</source>
        <translation>Avlys det valgte møtet, med begrunnelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore Meeting</source>
        <translation>Gjenopp&amp;rett møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the cancelled meeting again (only if its notice was never sent)</source>
        <translation>Planlegg det avlyste møtet igjen (bare om innkallingen aldri ble sendt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark Notice as &amp;Sent</source>
        <translation>Marker innkallingen som &amp;sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice has gone out: the agenda&apos;s numbers become final</source>
        <translation>Innkallingen er sendt: saksnumrene blir endelige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;Held</source>
        <translation>Marker som &amp;holdt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has taken place</source>
        <translation>Møtet er holdt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve Minutes…</source>
        <translation>&amp;Godkjenn referat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the minutes in a later meeting or by circulation; they are locked then</source>
        <translation>Godkjenn referatet i et senere møte eller ved sirkulasjon; da blir det låst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open Minutes…</source>
        <translation>Åpne referatet &amp;igjen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock approved minutes for a correction; the reason is recorded</source>
        <translation>Lås opp et godkjent referat for retting; begrunnelsen blir lagret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report Abs&amp;ence…</source>
        <translation>Meld &amp;forfall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member reports absence (forfall) before the meeting; a deputy is called in</source>
        <translation>Et medlem melder forfall før møtet; et varamedlem kalles inn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start Meeting</source>
        <translation>Start &amp;møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected meeting in meeting mode: attendance, conclusions, votes</source>
        <translation>Åpne det valgte møtet i møtemodus: oppmøte, konklusjoner, avstemninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;kk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed what in the selected meeting and its agenda, and when</source>
        <translation>Hvem som endret hva i det valgte møtet og sakslisten, og når</translation>
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
        <translation>Kopier registeret og dette møtet til en fil for en bærbar PC; møtet er skrivebeskyttet her til det er levert tilbake</translation>
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
        <translation>&amp;Overta møtet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the meeting over from a colleague whose laptop does not come back; a reason is required</source>
        <translation>Overta møtet fra en kollega som ikke kommer tilbake med den bærbare PC-en; en begrunnelse kreves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Along</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Alon&amp;g</source>
        <translation>Ta med på &amp;bærbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take along</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the meeting along to a laptop, hand it back, or take it over</source>
        <translation>Ta med møtet på en bærbar PC, lever det tilbake eller overta det</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken along</source>
        <translation>Tatt med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice sent, held, minutes approved or reopened</source>
        <translation>Innkalling sendt, møtet holdt, referat godkjent eller åpnet igjen</translation>
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
        <translation>hfdesk-databaser (*.sqlite)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting is copied to {file} and is read-only here until it is handed back. Open the copy now?</source>
        <translation>Møtet er kopiert til {file} og er skrivebeskyttet her til det er levert tilbake. Åpne kopien nå?</translation>
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
        <translation>Skrive møtet som er ført på denne kopien, tilbake til den delte databasen ({location})? Kopien fjernes etterpå.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The meeting is written back and released, and the copy {file} is removed.</source>
        <translation>Møtet er skrevet tilbake og frigitt, og kopien {file} er fjernet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The laptop&apos;s version is imported. The meeting as it was here is saved in {file}.</source>
        <translation>Versjonen fra den bærbare er importert. Møtet slik det var her, er lagret i {file}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>New Notice</source>
        <translation>Ny innkalling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has a new time, and the notice has already gone out. Export a new notice now?</source>
        <translation>Møtet har fått ny tid, og innkallingen er allerede sendt. Vil du eksportere en ny innkalling nå?</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Deputy Called In</source>
        <translation>Varamedlem kalt inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deputy is called in. Make an e-mail to the deputy with the notice attached?</source>
        <translation>Varamedlemmet er kalt inn. Lag e-post til varamedlemmet med innkallingen vedlagt?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark Notice as Sent</source>
        <translation>Marker innkallingen som sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has the notice for {body} on {date} gone out? The agenda&apos;s numbers become final and never change after this.</source>
        <translation>Er innkallingen til {body} {date} sendt? Saksnumrene blir endelige og endres aldri etter dette.</translation>
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
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings are planned in {year}.</source>
        <translation>Ingen møter er planlagt i {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{body} has no meetings in {year}.</source>
        <translation>{body} har ingen møter i {year}.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>More than {count} cases match: the cases registered last come first. Type more words to find the best matches.</source>
        <translation>Mer enn {count} saker passer: de sist registrerte kommer først. Skriv flere ord for å finne de beste treffene.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Select a body or a meeting to see its waiting cases.</source>
        <translation>Velg et organ eller et møte for å se sakene som venter.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cases Waiting (%n)</source>
        <translation>
            <numerusform>Saker som venter (%n)</numerusform>
            <numerusform>Saker som venter (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/members.py" line="+31"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rettigheter</translation>
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
        <translation>Fra</translation>
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
        <translation>Perioden er avsluttet.</translation>
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
        <translation>En ny plass i {body}</translation>
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
        <translation>Bare når det er noe annet enn organisasjonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to, date</source>
        <translation>Periode til, dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term has an end date</source>
        <translation>Perioden har en sluttdato</translation>
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
        <translation>R&amp;ettigheter:</translation>
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
        <translation>Oppnevnt &amp;av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;from:</source>
        <translation>Periode &amp;fra:</translation>
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
        <translation>Velg en person fra listen, eller legg inn en ny person.</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location line="-312"/>
        <source>Move to Another Organisation</source>
        <translation>Flytt til en annen organisasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move {name} from {organisation} to another organisation. The seats {name} holds keep the organisation they represent; change a seat itself to change that.</source>
        <translation>Flytt {name} fra {organisation} til en annen organisasjon. Plassene {name} har i organene, beholder organisasjonen de representerer; endre selve plassen for å endre det.</translation>
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
        <translation>Ingen program på denne datamaskinen kunne åpne «{file}». Filen er lagret i {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The File Was Not Opened</source>
        <translation>Filen ble ikke åpnet</translation>
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
        <translation>f.eks. Helse Bergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kortnavn:</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Kortnavn</translation>
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
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Plasser</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Current seats in the bodies</source>
        <translation>Plasser i organene nå</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+409"/>
        <source>No organisations have been registered yet.</source>
        <translation>Ingen organisasjoner er registrert ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Organisation…</source>
        <translation>&amp;Ny organisasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organisation or party</source>
        <translation>Legg til en organisasjon eller part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Organisation…</source>
        <translation>&amp;Rediger organisasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected organisation (Enter)</source>
        <translation>Endre den valgte organisasjonen (Enter)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjoner</numerusform>
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
        <translation>Saken kommer sist på sakslisten med årets neste nummer. Et vedtak i saken merkes i referatet.</translation>
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
        <translation>&amp;Forslag til vedtak:</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/people.py" line="+21"/>
        <source>Name</source>
        <translation>Navn</translation>
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
            <numerusform>Sitter nå i %n organ</numerusform>
            <numerusform>Sitter nå i %n organ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="-303"/>
        <source>Search by name, job title, organisation or e-mail</source>
        <translation>Søk etter navn, stilling, organisasjon eller e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Søk i personer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+76"/>
        <source>No people have been registered yet.</source>
        <translation>Ingen personer er registrert ennå.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the register</source>
        <translation>Legg til en person i registeret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Person…</source>
        <translation>&amp;Rediger person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected person (Enter)</source>
        <translation>Endre den valgte personen (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move to Another Organisation…</source>
        <translation>&amp;Flytt til en annen organisasjon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person has a new employer; the seats they hold are kept as they are</source>
        <translation>Personen har fått ny arbeidsgiver; plassene personen har, beholdes som de er</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove Contact Details…</source>
        <translation>&amp;Fjern kontaktopplysninger…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport Personal Data (Access Request)…</source>
        <translation>E&amp;ksporter personopplysninger (innsyn)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything hfdesk keeps about the selected person, as an Excel workbook to send them</source>
        <translation>Alt hfdesk har lagret om den valgte personen, som en Excel-bok du kan sende personen</translation>
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
        <translation>Fjern kontaktopplysningene til et tidligere medlem, eller eksporter personopplysningene til en person</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
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
        <translation>Fjern e-postadressen, telefonnummeret og merknadene til en som ikke lenger sitter i noe organ; navnet blir stående der referater og arkivet trenger det</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} sits in a body: end the memberships first</source>
        <translation>{name} sitter i et organ: avslutt vervene først</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remove Contact Details</source>
        <translation>Fjern kontaktopplysninger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} sits in {bodies}.

End the memberships first (Register ▸ Bodies ▸ End Term); the contact details can be removed once the person sits in no body.</source>
        <translation>{name} sitter i {bodies}.

Avslutt vervene først (Register ▸ Organ ▸ Avslutt periode); kontaktopplysningene kan fjernes når personen ikke sitter i noe organ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the contact details of {name}?

Removed: the e-mail address, the phone number and the notes.
Kept: the name, the job title and the organisation, and every membership, attendance, vote and mention, since approved minutes and the archive need them.

Backups made before today keep the details until they are thinned out (about a year).</source>
        <translation>Fjerne kontaktopplysningene til {name}?

Fjernes: e-postadressen, telefonnummeret og merknadene.
Beholdes: navnet, stillingen og organisasjonen, og alle verv, oppmøter, stemmer og omtaler, fordi godkjente referater og arkivet trenger dem.

Sikkerhetskopier tatt før i dag har opplysningene til de blir tynnet ut (omtrent ett år).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save Personal Data</source>
        <translation>Lagre personopplysninger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personal Data Exported</source>
        <translation>Personopplysningene er eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>Filen er lagret som «{file}». Vil du åpne den nå?</translation>
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
        <translation>f.eks. kommunedirektør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.no</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
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
        <translation>Skriv en del av navn, organisasjon eller e-post</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is not in the register yet: enter them here</source>
        <translation>Personen finnes ikke i registeret ennå: legg personen inn her</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../hfdesk/ui/platform_check.py" line="+29"/>
        <source>hfdesk cannot open its window: there is no display (DISPLAY is not set). Start hfdesk from the desktop, or use the subcommands (hfdesk --help).</source>
        <translation>hfdesk kan ikke åpne vinduet sitt: det finnes ingen skjerm (DISPLAY er ikke satt). Start hfdesk fra skrivebordet, eller bruk underkommandoene (hfdesk --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk cannot open its window: Qt needs the system libraries {libraries}. On Debian or Ubuntu: sudo apt install {packages}</source>
        <translation>hfdesk kan ikke åpne vinduet sitt: Qt trenger systembibliotekene {libraries}. På Debian eller Ubuntu: sudo apt install {packages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hfdesk cannot open its window: Qt&apos;s display plugin «{plugin}» cannot be loaded ({reason}).</source>
        <translation>hfdesk kan ikke åpne vinduet sitt: Qt-tillegget for skjermen («{plugin}») kan ikke lastes ({reason}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-597"/>
        <source>Check What Was Read</source>
        <translation>Kontroller det som ble lest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell hfdesk what the columns it did not recognise hold, and look through the rows and the problems. Fix problems in the workbook and choose it again, or go on: nothing is imported while there are problems.</source>
        <translation>Fortell hva kolonnene hfdesk ikke kjente igjen inneholder, og se gjennom radene og problemene. Rett problemer i arbeidsboken og velg den på nytt, eller gå videre: ingenting blir importert så lenge det er problemer.</translation>
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
        <translation>Kolonner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Words and People to Settle</source>
        <translation>Ord og personer å avklare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sheet has no rows below its header.</source>
        <translation>Arket har ingen rader under overskriftene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Rader som ble lest</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>No problems found.</source>
        <translation>Ingen problemer funnet.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Role «{word}» (row {rows}) means:</source>
        <translation>Rollen «{word}» (rad {rows}) betyr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role «{word}» means:</source>
        <translation>Rollen «{word}» betyr:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meaning of the role «{word}»</source>
        <translation>Hva rollen «{word}» betyr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{first}» (row {first_row}) and «{second}» (row {second_row}) are the same person</source>
        <translation>«{first}» (rad {first_row}) og «{second}» (rad {second_row}) er samme person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Same person: {key}</source>
        <translation>Samme person: {key}</translation>
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
        <translation>Ikke medlemslister, utelatt: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden in Excel, not read: {names}.</source>
        <translation>Skjult i Excel, ikke lest: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem funnet</numerusform>
            <numerusform>%n problemer funnet</numerusform>
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
        <translation>(utelatt)</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rettigheter</translation>
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
        <translation>Periode fra</translation>
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
        <translation>Problemer</translation>
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
        <translation>Rett forslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Proposal</source>
        <translation>Nytt forslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves.</source>
        <translation>Ctrl+Enter lagrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a party, written below)</source>
        <translation>(en part, skrevet under)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the municipalities</source>
        <translation>f.eks. kommunene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a proposal of its own)</source>
        <translation>(et selvstendig forslag)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put forward &amp;by:</source>
        <translation>Fremmet &amp;av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or on behalf &amp;of:</source>
        <translation>Eller på &amp;vegne av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amends:</source>
        <translation>&amp;Endrer:</translation>
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
        <translation>Forslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put forward by</source>
        <translation>Fremmet av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda</source>
        <translation>Sakslisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (observer)</source>
        <translation>{name} (observatør)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amends {number}: {text}</source>
        <translation>Endrer {number}: {text}</translation>
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
        <translation>Kryss av hvem som står bak tilførselen (mellomrom), eller skriv parten. Ctrl+Enter lagrer.</translation>
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
        <translation>f.eks. kommunene</translation>
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
        <translation>&amp;Søk i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
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
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
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
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Endret</translation>
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
        <translation>&amp;Gjør om</translation>
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
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
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
        <translation>Gjenopprett standardverdier</translation>
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
        <translation>Åpne</translation>
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
        <translation>Oppgi en begrunnelse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting&apos;s cases go back to the cases waiting, ready for another meeting.</source>
        <translation>Sakene på møtet går tilbake til sakene som venter, klare for et annet møte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice has been sent: the cases keep their numbers and stay with the cancelled meeting. Copy the meeting with its cases to hold them on a new date.</source>
        <translation>Innkallingen er sendt: sakene beholder numrene sine og blir stående på det avlyste møtet. Kopier møtet med sakene for å behandle dem på en ny dato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel Meeting</source>
        <translation>Avlys møte</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/dialogs/checkout.py" line="-56"/>
        <source>Take Meeting Over</source>
        <translation>Overta møtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the meeting over when the copy on the laptop will not come back. The meeting can then be changed here again, and the copy on the laptop can no longer be handed back over it (it can still be imported, with every difference shown).</source>
        <translation>Overta møtet når kopien på den bærbare PC-en ikke kommer tilbake. Da kan møtet endres her igjen, og kopien på den bærbare kan ikke lenger leveres tilbake over det (den kan fortsatt importeres, med alle forskjeller vist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="+2"/>
        <location line="+14"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Over</source>
        <translation>Overta</translation>
    </message>
    <message>
        <location filename="../../hfdesk/ui/dialogs/meeting_plan.py" line="-13"/>
        <source>Cancel the Meeting</source>
        <translation>Avlys møtet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen Minutes</source>
        <translation>Åpne referatet igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approved minutes are locked. Reopening them is recorded with your reason.</source>
        <translation>Det godkjente referatet er låst. At det åpnes igjen, blir lagret med begrunnelsen din.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../hfdesk/ui/reliability.py" line="+262"/>
        <source>Database Cannot Be Opened</source>
        <translation>Databasen kan ikke åpnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Restore the newest good backup, {file}? The file as it is now is kept beside the backups.</source>
        <translation>{problem}

Vil du gjenopprette den nyeste feilfrie sikkerhetskopien, {file}? Filen slik den er nå, blir tatt vare på sammen med sikkerhetskopiene.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-Only Location</source>
        <translation>Skrivebeskyttet plassering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Open it read-only, to look and export but not change anything?</source>
        <translation>{problem}

Vil du åpne den skrivebeskyttet, for å se og eksportere uten å endre noe?</translation>
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
        <translation>Organene i helsefellesskapet, medlemmene deres og alle personene i registeret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bodies</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisations</source>
        <translation>O&amp;rganisasjoner</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <location filename="../../hfdesk/ui/reliability.py" line="-235"/>
        <source>&amp;Back Up Now</source>
        <extracomment>How long after the window is shown the work that reads the whole file starts (the full check where the open skipped it, then the backup at start): the first screen&apos;s queries and paint go first, and neither grows the start with the file.</extracomment>
        <translation>&amp;Sikkerhetskopier nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>A checked copy of the database in the backups folder beside it</source>
        <translation>En kontrollert kopi av databasen i mappen med sikkerhetskopier ved siden av den</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Go back to an earlier backup of this database</source>
        <translation>Gå tilbake til en tidligere sikkerhetskopi av denne databasen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Database Location</source>
        <translation>Hvor databasen ligger</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has changed since the last backup; no new copy was needed.</source>
        <translation>Ingenting er endret siden forrige sikkerhetskopi; ingen ny kopi var nødvendig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup saved: {file}</source>
        <translation>Sikkerhetskopi lagret: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>Den automatiske sikkerhetskopien mislyktes: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restored from {file}. The file as it was is kept as a backup.</source>
        <translation>Gjenopprettet fra {file}. Filen slik den var, er tatt vare på som sikkerhetskopi.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hfdesk/ui/backups.py" line="+20"/>
        <location line="+104"/>
        <source>Restore from Backup</source>
        <extracomment>The backup the user chose to restore (confirmed).</extracomment>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Velg sikkerhetskopien du vil gå tilbake til. Filen slik den er nå, blir sikkerhetskopiert først, så også en gjenoppretting kan angres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of this file yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne filen ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bodies:</source>
        <translation>Organer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Personer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings:</source>
        <translation>Møter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases:</source>
        <translation>Saker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest meeting:</source>
        <translation>Nyeste møte:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;Folder</source>
        <translation>Åpne &amp;mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
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
        <translation>Gå tilbake til sikkerhetskopien fra {when}? Alt som er registrert etter den, blir erstattet; filen slik den er nå, blir tatt vare på som sikkerhetskopi først.</translation>
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
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped; the register is as it was.</source>
        <translation>Importen stoppet; registeret er som før.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roster has been imported.</source>
        <translation>Medlemslisten er importert.</translation>
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
        <translation>Forslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not stated)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not voted yet</source>
        <translation>Ikke stemt ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fell</source>
        <translation>Falt</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/register.py" line="+266"/>
        <source>Edit Composition Rule</source>
        <translation>Rediger regel for sammensetning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Composition Rule</source>
        <translation>Ny regel for sammensetning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule counts the current seats that match every filter you set (an empty filter matches all). Without a role it counts the voting seats.</source>
        <translation>En regel teller de nåværende plassene som passer med alle filtrene du velger (et tomt filter passer med alle). Uten rolle teller den plassene med stemmerett.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Brukarrepresentant frå kommunane</source>
        <translation>f.eks. Brukerrepresentant fra kommunene</translation>
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
        <translation>(plasser med stemmerett)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. kommunedirektør</source>
        <translation>f.eks. kommunedirektør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts only holders whose position (title) contains this text, in any case</source>
        <translation>Teller bare innehavere der stillingen inneholder denne teksten (store eller små bokstaver)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not &amp;counted against other rules&apos; maximum</source>
        <translation>Ikke &amp;regnet med i andre reglers høyeste antall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seats this rule counts are left out when another rule&apos;s maximum is checked (e.g. the kommuneoverlege beside Bergen&apos;s cap of six) and out of matching representation</source>
        <translation>Plassene denne regelen teller, holdes utenfor når en annen regels høyeste antall kontrolleres (f.eks. kommuneoverlegen ved siden av Bergens tak på seks), og utenfor tilsvarende representasjon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed &amp;by:</source>
        <translation>Oppnevnt &amp;av:</translation>
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
        <translation>&amp;Høyst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At most</source>
        <translation>Høyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted against other rules&apos; maximum</source>
        <translation>Ikke regnet med i andre reglers høyeste antall</translation>
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
        <translation>Oppnevnt av</translation>
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
        <translation>Høyst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voting</source>
        <translation>Stemmerett</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No upper limit</source>
        <translation>Ingen øvre grense</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaders, deputy leaders and members</source>
        <translation>Ledere, nestledere og medlemmer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position: {position}</source>
        <translation>Stilling: {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not counted against other rules&apos; maximum</source>
        <translation>Ikke regnet med i andre reglers høyeste antall</translation>
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
        <translation>Send «{title}» videre: hvert organ du velger, får saken som venter på en saksliste, med tekst, prioriterte grupper, offentlighet og vedlegg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level {level}</source>
        <translation>Nivå {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{body} – the case is already waiting there</source>
        <translation>{body} – saken venter allerede der</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose All at This Level</source>
        <translation>Velg alle på dette nivået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all at level {level}</source>
        <translation>Velg alle på nivå {level}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/settings.py" line="+81"/>
        <source>Settings</source>
        <extracomment>The interface language was changed (it applies after a restart).</extracomment>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A new language is used from the next time hfdesk starts. Documents keep the written standard each body has chosen.</source>
        <translation>Et nytt språk tas i bruk neste gang hfdesk starter. Dokumentene beholder målformen hvert organ har valgt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>e.g. Helsefellesskapet i Bergensområdet</source>
        <translation>f.eks. Helsefellesskapet i Bergensområdet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reset Settings…</source>
        <translation>&amp;Tilbakestill innstillinger…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>For notices and minutes. The name, the logo and the template are kept in the database file «{file}», so they go with your data.</source>
        <translation>Til innkallinger og referater. Navnet, logoen og malen ligger i databasefilen «{file}», så de følger med dataene dine.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>As the system: {language}</source>
        <translation>Som systemet: {language}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The overview sheets of rosters and attendance are written in it. Each body&apos;s own documents and sheets keep the body&apos;s written standard.</source>
        <translation>Oversiktsarkene i medlemslister og oppmøte skrives i den. Hvert organs egne dokumenter og ark følger organets målform.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Samarbeidssekretariatet</source>
        <translation>f.eks. Samarbeidssekretariatet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the organisation number</source>
        <translation>f.eks. organisasjonsnummeret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in once; every archive export (Noark 5) prints them.</source>
        <translation>Fylles ut én gang; hvert arkivuttrekk (Noark 5) skriver dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forgets the language, the last database and the window&apos;s size and position.</source>
        <translation>Glemmer språket, den siste databasen og størrelsen og plasseringen til vinduet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this computer</source>
        <translation>På denne datamaskinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over:</source>
        <translation>Begynn på nytt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the database, for documents</source>
        <translation>I databasen, til dokumentene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Helsefellesskap:</source>
        <translation>&amp;Helsefellesskap:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the helsefellesskap</source>
        <translation>Navnet på helsefellesskapet</translation>
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
        <translation>Målformen til helsefellesskapet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word &amp;template:</source>
        <translation>Word-&amp;mal:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Reset settings</source>
        <translation>Tilbakestill innstillinger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For the archive (Noark 5)</source>
        <translation>For arkivet (Noark 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative u&amp;nit:</source>
        <translation>Administrativ e&amp;nhet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrative unit</source>
        <translation>Administrativ enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;officer:</source>
        <translation>Saksbehandler (&amp;o):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case officer</source>
        <translation>Saksbehandler</translation>
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
        <translation>Arkivs&amp;kaper:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive creator</source>
        <translation>Arkivskaper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive creator&apos;s I&amp;D:</source>
        <translation>Arkivskaperens I&amp;D:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive creator&apos;s ID</source>
        <translation>Arkivskaperens ID</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reset Settings</source>
        <translation>Tilbakestill innstillinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the settings on this computer? hfdesk forgets the interface language, the last database and the window&apos;s size and position, and starts as on the first day. The helsefellesskap&apos;s name, logo and Word template are kept in the database and are not changed.</source>
        <translation>Vil du tilbakestille innstillingene på denne datamaskinen? hfdesk glemmer språket, den siste databasen og størrelsen og plasseringen til vinduet, og starter som første dag. Navnet og logoen til helsefellesskapet og Word-malen ligger i databasen og blir ikke endret.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The settings on this computer are reset.</source>
        <translation>Innstillingene på denne datamaskinen er tilbakestilt.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/shared_database.py" line="+42"/>
        <source>Connect to Shared Database</source>
        <extracomment>libpq&apos;s TLS modes, safest last; &quot;prefer&quot; is libpq&apos;s own default.</extracomment>
        <translation>Koble til delt database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A register shared by the secretariat, on a PostgreSQL server. The password is read from PostgreSQL&apos;s password file (pgpass); hfdesk never stores it.</source>
        <translation>Et register sekretariatet deler, på en PostgreSQL-tjener. Passordet leses fra PostgreSQL-passordfilen (pgpass); hfdesk lagrer det aldri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Server:</source>
        <translation>&amp;Tjener:</translation>
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
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Kryptering (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word (this session only):</source>
        <translation>Pass&amp;ord (bare denne gangen):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the server and the database.</source>
        <translation>Oppgi tjeneren og databasen.</translation>
    </message>
</context>
<context>
    <name>SpeakerPickerDialog</name>
    <message>
        <location filename="../../hfdesk/ui/pages/live/speakers_panel.py" line="-272"/>
        <source>Find a person</source>
        <translation>Finn en person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name</source>
        <translation>Skriv en del av navnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present at the item</source>
        <translation>Til stede i saken</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/speakers.py" line="+21"/>
        <source>Speaker</source>
        <translation>Taler</translation>
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
        <translation>Har ordet fra {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoke {times}</source>
        <translation>Talte {times}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked for the floor at {time}</source>
        <translation>Ba om ordet kl. {time}</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../hfdesk/ui/dialogs/import_wizard.py" line="-115"/>
        <source>Choose Where the Members Go</source>
        <translation>Velg organ for medlemmene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each sheet can go to the body its name or the file&apos;s name gives (name or short name, in bokmål or nynorsk, a period such as 2024-2025 left out), or every sheet to one body.</source>
        <translation>Hvert ark kan gå til organet som arkets eller filens navn angir (navn eller kortnavn, på bokmål eller nynorsk, uten en periode som 2024-2025), eller alle ark til ett organ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each sheet to the body its &amp;name or the file&apos;s name gives</source>
        <translation>Hvert ark til organet som arkets &amp;navn eller filnavnet angir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sheet to &amp;one body:</source>
        <translation>Alle ark til &amp;ett organ:</translation>
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
        <translation>Ny struktur fra mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates the bodies of a helsefellesskap with their levels and default composition rules. Everything it creates is ordinary data you can change afterwards; bodies and people already registered are not touched.</source>
        <translation>Lager organene i et helsefellesskap med nivåer og standardregler for sammensetning. Alt som lages, er vanlige data du kan endre etterpå; organ og personer som allerede er registrert, blir ikke rørt.</translation>
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
        <translation>Lager:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the template creates</source>
        <translation>Hva malen lager</translation>
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
        <translation>Word-malen som brukes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Word template</source>
        <translation>Velg Word-mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the Standard Template</source>
        <translation>Bruk &amp;standardmalen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose Word Template</source>
        <translation>Velg Word-mal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokumenter og -maler (*.docx *.dotx)</translation>
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
        <translation>Stemmeberettiget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Stemme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (for {member})</source>
        <translation>{name} (for {member})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
</context>
<context>
    <name>YearPlanModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+286"/>
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
        <translation>Årsmeldingen til den årlige evalueringen: møter, oppmøte per part, saker per prioritert gruppe og sakstype, konklusjoner, saker i flere organer og oppfølging, med diagrammer. Eller hvem som møtte i hvilke møter i en periode, grunnlaget for møtegodtgjørelse.</translation>
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
        <translation>&amp;Fra:</translation>
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
        <translation>Fra</translation>
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
        <translation>Word-dokumenter (*.docx)</translation>
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
        <translation>Rapporten er lagret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was saved as «{file}». Open it now?</source>
        <translation>Filen ble lagret som «{file}». Vil du åpne den nå?</translation>
    </message>
</context>
</TS>
