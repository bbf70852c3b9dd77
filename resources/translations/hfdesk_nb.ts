<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="+102"/>
        <source>Item</source>
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
        <source>Minutes</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exempt from public access ({basis})</source>
        <translation>Unntatt offentlighet ({basis})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised under any other business; not on the agenda.</source>
        <translation>Tatt opp under Eventuelt; sto ikke på sakslisten.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hfdesk/ui/app.py" line="+29"/>
        <location line="+69"/>
        <source>hfdesk</source>
        <translation>hfdesk</translation>
    </message>
    <message>
        <location line="-68"/>
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
        <location line="+7"/>
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
        <location line="+19"/>
        <source>«{path}» cannot be used: {reason}</source>
        <translation>«{path}» kan ikke brukes: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Something went wrong in hfdesk. What you saved earlier is kept in the database.</source>
        <translation>Det oppstod en feil i hfdesk. Det du har lagret tidligere, er tatt vare på i databasen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are saved in {log}. Please send that file to whoever supports hfdesk.</source>
        <translation>Detaljene er lagret i {log}. Send gjerne den filen til den som gir brukerstøtte for hfdesk.</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+39"/>
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
        <location line="+74"/>
        <source>Select a body to see its members.</source>
        <translation>Velg et organ for å se medlemmene.</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+3"/>
        <location line="+65"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show &amp;former members</source>
        <translation>Vis &amp;tidligere medlemmer</translation>
    </message>
    <message>
        <location line="+70"/>
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
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) now</source>
        <translation>
            <numerusform>%n medlem nå</numerusform>
            <numerusform>%n medlemmer nå</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>BodyTreeModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/bodies.py" line="+45"/>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Members in the current term</source>
        <translation>Medlemmer i inneværende periode</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Level {level}</source>
        <translation>Nivå {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s) in the current term</source>
        <translation>
            <numerusform>%n medlem i inneværende periode</numerusform>
            <numerusform>%n medlemmer i inneværende periode</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written standard: {language}</source>
        <translation>Målform: {language}</translation>
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
        <location filename="../../hfdesk/ui/pages/follow_ups.py" line="+58"/>
        <location line="+44"/>
        <location line="+16"/>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What the bodies have asked to be followed up: what, who and by when.</source>
        <translation>Det organene har bedt om å få fulgt opp: hva, hvem og innen når.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+41"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../hfdesk/ui/labels.py" line="+30"/>
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
        <location line="+1"/>
        <source>User representative</source>
        <translation>Brukerrepresentant</translation>
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
        <location line="+4"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../hfdesk/ui/main_window.py" line="+89"/>
        <source>Navigation</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Secretariat desk</source>
        <translation>Sekretariatet</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About hfdesk</source>
        <translation>&amp;Om hfdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>hfdesk – {file}</source>
        <translation>hfdesk – {file}</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+4"/>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open the database.</source>
        <translation>Databasen kunne ikke åpnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {file}</source>
        <translation>Åpnet {file}</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="-14"/>
        <source>Demo Database Created</source>
        <translation>Demodatabasen er laget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo database was saved as «{file}». Open it now?</source>
        <translation>Demodatabasen er lagret som «{file}». Vil du åpne den nå?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome to hfdesk</source>
        <translation>Velkommen til hfdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database is new and empty.</source>
        <translation>Databasen din er ny og tom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would you like to look around with example data from Helsefellesskapet i Bergensområdet first? The demo is kept in a separate file, «{file}», and is never mixed with your own data.</source>
        <translation>Vil du først se deg rundt med eksempeldata fra Helsefellesskapet i Bergensområdet? Demodataene ligger i en egen fil, «{file}», og blandes aldri med dine egne data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Demo Data</source>
        <translation>Åpne &amp;demodata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start with an Empty Database</source>
        <translation>&amp;Start med tom database</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>MeetingsModel</name>
    <message>
        <location filename="../../hfdesk/ui/models/meetings.py" line="-115"/>
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
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/meetings.py" line="+29"/>
        <location line="+36"/>
        <location line="+44"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+20"/>
        <source>No meetings.</source>
        <translation>Ingen møter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+130"/>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+136"/>
        <source>Select a meeting to see its agenda.</source>
        <translation>Velg et møte for å se sakslisten.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>All bodies</source>
        <translation>Alle organ</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
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
        <location line="+58"/>
        <source>Agenda – {body}</source>
        <translation>Saksliste – {body}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This meeting has no items yet.</source>
        <translation>Møtet har ingen saker ennå.</translation>
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
    <name>Ops</name>
    <message>
        <location filename="../../hfdesk/ui/ops.py" line="+41"/>
        <source>hfdesk</source>
        <translation>hfdesk</translation>
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
        <location filename="../../hfdesk/ui/pages/register.py" line="+73"/>
        <source>No organisations have been registered yet.</source>
        <translation>Ingen organisasjoner er registrert ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjoner</numerusform>
        </translation>
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
        <location filename="../../hfdesk/ui/pages/register.py" line="-65"/>
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
        <location line="+28"/>
        <source>No people have been registered yet.</source>
        <translation>Ingen personer er registrert ennå.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
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
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../hfdesk/ui/labels.py" line="+20"/>
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
    <name>QPlatformTheme</name>
    <message>
        <location line="-13"/>
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
    <name>RegisterPage</name>
    <message>
        <location filename="../../hfdesk/ui/pages/register.py" line="+34"/>
        <location line="+21"/>
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
</TS>
