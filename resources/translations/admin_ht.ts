<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../../ui/admin/panel.py" line="96" />
            <source>Coordinator area</source>
            <translation type="unfinished">Espas kowòdonatè</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="97" />
            <source>Back to signing</source>
            <translation type="unfinished">Tounen nan siyati yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="98" />
            <source>Change PIN</source>
            <translation type="unfinished">Chanje PIN nan</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="99" />
            <source>Exit the kiosk</source>
            <translation type="unfinished">Sòti nan kyòs la</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="101" />
            <source>Warning: there is no OS keyring on this device, so the key that protects signers' data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
            <translation type="unfinished">Atansyon: aparèy sa a pa gen keyring sistèm nan, kidonk kle ki pwoteje done moun ki siyen yo kenbe nan yon fichye. Nenpòt moun ki pran aparèy sa a ak fichye sa a ka li siyati yo. Lè ou kapab, sèvi ak yon aparèy ki gen keyring pou ranmase siyati.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Numbers</source>
            <translation type="unfinished">Chif</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Event</source>
            <translation type="unfinished">Evènman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Sync</source>
            <translation type="unfinished">Senkronizasyon</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Settings</source>
            <translation type="unfinished">Paramèt</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="105" />
            <source>Exports</source>
            <translation type="unfinished">Ekspòtasyon</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <location filename="../../ui/admin/event_page.py" line="67" />
            <source>Start a new event</source>
            <translation type="unfinished">Kòmanse yon nouvo evènman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Event name</source>
            <translation type="unfinished">Non evènman an</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Place</source>
            <translation type="unfinished">Kote</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Date</source>
            <translation type="unfinished">Dat</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="69" />
            <source>Canvasser or team</source>
            <translation type="unfinished">Kanpay oswa ekip</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="71" />
            <source>Start this event</source>
            <translation type="unfinished">Kòmanse evènman sa a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="72" />
            <source>Or continue an earlier event</source>
            <translation type="unfinished">Oswa kontinye yon evènman anvan</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="73" />
            <source>Use the chosen event</source>
            <translation type="unfinished">Sèvi ak evènman ou chwazi a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="74" />
            <source>Name of this kiosk in reports</source>
            <translation type="unfinished">Non kyòs sa a nan rapò yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="75" />
            <source>Save the kiosk name</source>
            <translation type="unfinished">Anrejistre non kyòs la</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="97" />
            <source>Give the event a name first.</source>
            <translation type="unfinished">Bay evènman an yon non anvan.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="106" />
            <location filename="../../ui/admin/event_page.py" line="112" />
            <source>New signatures now belong to “%1”.</source>
            <translation type="unfinished">Nouvo siyati yo kounye a nan “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="118" />
            <source>Kiosk name saved.</source>
            <translation type="unfinished">Non kyòs la anrejistre.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/admin/export_page.py" line="118" />
            <source>Export for organizers</source>
            <translation type="unfinished">Ekspòtasyon pou òganizatè yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Tally (PDF)</source>
            <translation type="unfinished">Total (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Signature sheets for delivery (PDF)</source>
            <translation type="unfinished">Fèy siyati pou remèt (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="120" />
            <source>Spreadsheet of signatures (CSV)</source>
            <translation type="unfinished">Tablo siyati yo (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="124" />
            <location filename="../../ui/admin/export_page.py" line="139" />
            <source>All events</source>
            <translation type="unfinished">Tout evènman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="125" />
            <source>from</source>
            <translation type="unfinished">soti</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="126" />
            <source>until</source>
            <translation type="unfinished">rive</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>What</source>
            <translation type="unfinished">Kisa</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>Event</source>
            <translation type="unfinished">Evènman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>First day</source>
            <translation type="unfinished">Premye jou</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Last day</source>
            <translation type="unfinished">Dènye jou</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Language of the document</source>
            <translation type="unfinished">Lang dokiman an</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="129" />
            <source>Save as</source>
            <translation type="unfinished">Anrejistre kòm</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="131" />
            <source>Choose…</source>
            <translation type="unfinished">Chwazi…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="132" />
            <source>Export</source>
            <translation type="unfinished">Ekspòte</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="133" />
            <source>Cancel export</source>
            <translation type="unfinished">Anile ekspòtasyon an</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished">Dokiman PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished">Fichye CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="162" />
            <source>Save the export as</source>
            <translation type="unfinished">Anrejistre ekspòtasyon an kòm</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="170" />
            <source>Choose where to save the export.</source>
            <translation type="unfinished">Chwazi ki kote pou anrejistre ekspòtasyon an.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="175" />
            <location filename="../../ui/admin/export_page.py" line="231" />
            <source>The first day is after the last day.</source>
            <translation type="unfinished">Premye jou a vini apre dènye jou a.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="189" />
            <source>Exporting…</source>
            <translation type="unfinished">Ap ekspòte…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="196" />
            <source>Cancelling…</source>
            <translation type="unfinished">Ap anile…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="211" />
            <source>Saved %1 signatures to %2.</source>
            <translation type="unfinished">%1 siyati anrejistre nan %2.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="214" />
            <source>%1 signatures whose personal data was purged after upload are not listed.</source>
            <translation type="unfinished">%1 siyati ki gen done pèsonèl yo efase apre telechajman pa parèt nan lis la.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="221" />
            <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
            <translation type="unfinished">Pa gen anyen pou mete sou fèy siyati yo: done pèsonèl tout siyati ki koresponn yo te efase apre telechajman. Anyen pa anrejistre.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="224" />
            <source>No signatures match these filters. Nothing was saved.</source>
            <translation type="unfinished">Pa gen siyati ki koresponn ak filtè sa yo. Anyen pa anrejistre.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="225" />
            <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
            <translation type="unfinished">Nou pa ka anrejistre la: dosye a pa egziste oswa li sèlman pou li. Chwazi yon lòt kote.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="227" />
            <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
            <translation type="unfinished">Disk la plen. Anyen pa anrejistre; libere yon ti espas oswa chwazi yon lòt kote.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="229" />
            <source>Export cancelled. Nothing was saved.</source>
            <translation type="unfinished">Ekspòtasyon an anile. Anyen pa anrejistre.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="230" />
            <source>That event no longer exists.</source>
            <translation type="unfinished">Evènman sa a pa egziste ankò.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="232" />
            <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
            <translation type="unfinished">Kle done kyòs sa a pèdi oswa li pa bon, kidonk nou pa ka louvri siyati yo.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="234" />
            <source>The signature database could not be read.</source>
            <translation type="unfinished">Nou pa ka li baz done siyati yo.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="236" />
            <source>The export failed (%1). Nothing was saved.</source>
            <translation type="unfinished">Ekspòtasyon an echwe (%1). Anyen pa anrejistre.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Translation: draft, awaiting review by a native speaker</source>
            <translation type="unfinished">Tradiksyon: bouyon, k ap tann yon moun ki pale lang nan revize l</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="45" />
            <source>Signatures on this kiosk</source>
            <translation type="unfinished">Siyati sou kyòs sa a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="47" />
            <source>Today</source>
            <translation type="unfinished">Jodi a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="48" />
            <source>This event</source>
            <translation type="unfinished">Evènman sa a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="49" />
            <source>All time</source>
            <translation type="unfinished">Depi nan kòmansman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Waiting to sync</source>
            <translation type="unfinished">Ap tann senkronizasyon</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="51" />
            <source>Synced</source>
            <translation type="unfinished">Senkronize</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="52" />
            <source>Rejected by the server</source>
            <translation type="unfinished">Sèvè a refize yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="56" />
            <source>Why signatures were rejected</source>
            <translation type="unfinished">Poukisa yo refize siyati yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="70" />
            <source>Current event: %1</source>
            <translation type="unfinished">Evènman kounye a: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="71" />
            <source>No event is set: new signatures belong to no event.</source>
            <translation type="unfinished">Pa gen evènman: nouvo siyati yo pa nan okenn evènman.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="73" />
            <source>(no reason given)</source>
            <translation type="unfinished">(pa gen rezon)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="76" />
            <source>None.</source>
            <translation type="unfinished">Okenn.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="61" />
            <source>Kiosk settings</source>
            <translation type="unfinished">Paramèt kyòs la</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="62" />
            <source>Delete right after upload</source>
            <translation type="unfinished">Efase touswit apre telechajman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="63" />
            <source>Delete some days after upload</source>
            <translation type="unfinished">Efase kèk jou apre telechajman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="64" />
            <source>Keep until deleted by hand</source>
            <translation type="unfinished">Kenbe jiskaske yon moun efase yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="67" />
            <source> days</source>
            <translation type="unfinished"> jou</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="68" />
            <source> s</source>
            <translation type="unfinished"> s</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="69" />
            <source>As the campaign says</source>
            <translation type="unfinished">Jan kanpay la di</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Personal data on this kiosk</source>
            <translation type="unfinished">Done pèsonèl sou kyòs sa a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Days to keep after upload</source>
            <translation type="unfinished">Konbyen jou pou kenbe apre telechajman</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Clear an abandoned form after</source>
            <translation type="unfinished">Efase yon fòm moun kite apre</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Language of the welcome screen</source>
            <translation type="unfinished">Lang ekran akèy la</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="74" />
            <source>Save settings</source>
            <translation type="unfinished">Anrejistre paramèt yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="86" />
            <source>Settings saved.</source>
            <translation type="unfinished">Paramèt yo anrejistre.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="73" />
            <source>As the campaign says (%1)</source>
            <translation type="unfinished">Jan kanpay la di (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Action Network</source>
            <translation type="unfinished">Action Network</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Our own server (JSON)</source>
            <translation type="unfinished">Pwòp sèvè nou (JSON)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="75" />
            <source>Do not sync</source>
            <translation type="unfinished">Pa senkronize</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="78" />
            <source>Sending signatures to the server</source>
            <translation type="unfinished">Voye siyati yo bay sèvè a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server kind</source>
            <translation type="unfinished">Kalite sèvè</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server address (URL)</source>
            <translation type="unfinished">Adrès sèvè a (URL)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>Petition id</source>
            <translation type="unfinished">Id petisyon an</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>New token</source>
            <translation type="unfinished">Nouvo token</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="84" />
            <source>Leave empty to keep the saved token</source>
            <translation type="unfinished">Kite l vid pou kenbe token ki anrejistre a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="85" />
            <source>Save sync settings</source>
            <translation type="unfinished">Anrejistre paramèt senkronizasyon yo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="86" />
            <source>Sync now</source>
            <translation type="unfinished">Senkronize kounye a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="91" />
            <source>A token is saved in the keyring.</source>
            <translation type="unfinished">Gen yon token ki anrejistre nan keyring nan.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="92" />
            <source>No token is saved yet.</source>
            <translation type="unfinished">Poko gen token ki anrejistre.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="96" />
            <source>Last successful sync: %1</source>
            <translation type="unfinished">Dènye senkronizasyon ki reyisi: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="98" />
            <source>Sync is paused until the settings or token are fixed: %1</source>
            <translation type="unfinished">Senkronizasyon an kanpe jiskaske yo korije paramèt yo oswa token an: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="101" />
            <source>Last problem: %1</source>
            <translation type="unfinished">Dènye pwoblèm: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="102" />
            <source>No sync has run yet.</source>
            <translation type="unfinished">Poko gen senkronizasyon ki fèt.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="107" />
            <source>the server did not answer in time</source>
            <translation type="unfinished">sèvè a pa reponn atan</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="108" />
            <source>no connection to the server</source>
            <translation type="unfinished">pa gen koneksyon ak sèvè a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="109" />
            <source>the server's certificate could not be verified</source>
            <translation type="unfinished">nou pa ka verifye sètifika sèvè a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="110" />
            <source>the server had an error</source>
            <translation type="unfinished">sèvè a te gen yon erè</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="111" />
            <source>the server asked us to slow down</source>
            <translation type="unfinished">sèvè a mande nou ralanti</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="112" />
            <source>the server's answer was not understood</source>
            <translation type="unfinished">nou pa konprann repons sèvè a</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="113" />
            <source>the token was refused: enter a new one</source>
            <translation type="unfinished">yo refize token an: mete yon nouvo</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="114" />
            <source>no token is saved</source>
            <translation type="unfinished">pa gen token ki anrejistre</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="115" />
            <source>the petition id is wrong</source>
            <translation type="unfinished">id petisyon an pa bon</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="116" />
            <source>no server is set up</source>
            <translation type="unfinished">pa gen sèvè ki konfigire</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="117" />
            <source>the address must start with https://</source>
            <translation type="unfinished">adrès la dwe kòmanse ak https://</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="118" />
            <source>the certificate file is missing</source>
            <translation type="unfinished">fichye sètifika a manke</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="134" />
            <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
            <translation type="unfinished">Paramèt yo anrejistre, men pa gen keyring pou kenbe token an. Mete PETITION_KIOSK_SYNC_TOKEN pito.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="138" />
            <source>Sync settings saved.</source>
            <translation type="unfinished">Paramèt senkronizasyon yo anrejistre.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="144" />
            <source>Syncing now…</source>
            <translation type="unfinished">Ap senkronize kounye a…</translation>
        </message>
    </context>
</TS>
