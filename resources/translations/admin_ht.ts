<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/admin/panel.py" line="135"/>
        <source>Coordinator area</source>
        <translation type="unfinished">Espas kowòdonatè</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="136"/>
        <source>Back to signing</source>
        <translation type="unfinished">Tounen nan siyati yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="137"/>
        <source>Change PIN</source>
        <translation type="unfinished">Chanje PIN nan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="138"/>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Sòti nan kyòs la</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="140"/>
        <source>Warning: there is no OS keyring on this device, so the key that protects signers&apos; data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
        <translation type="unfinished">Atansyon: aparèy sa a pa gen keyring sistèm nan, kidonk kle ki pwoteje done moun ki siyen yo kenbe nan yon fichye. Nenpòt moun ki pran aparèy sa a ak fichye sa a ka li siyati yo. Lè ou kapab, sèvi ak yon aparèy ki gen keyring pou ranmase siyati.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Numbers</source>
        <translation type="unfinished">Chif</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Event</source>
        <translation type="unfinished">Evènman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Sync</source>
        <translation type="unfinished">Senkronizasyon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Settings</source>
        <translation type="unfinished">Paramèt</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="144"/>
        <source>Exports</source>
        <translation type="unfinished">Ekspòtasyon</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/admin/event_page.py" line="69"/>
        <source>Start a new event</source>
        <translation type="unfinished">Kòmanse yon nouvo evènman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Event name</source>
        <translation type="unfinished">Non evènman an</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished">Kote</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">Dat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="71"/>
        <source>Canvasser or team</source>
        <translation type="unfinished">Kanpay oswa ekip</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="73"/>
        <source>Start this event</source>
        <translation type="unfinished">Kòmanse evènman sa a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="74"/>
        <source>Or continue an earlier event</source>
        <translation type="unfinished">Oswa kontinye yon evènman anvan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="75"/>
        <source>Use the chosen event</source>
        <translation type="unfinished">Sèvi ak evènman ou chwazi a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="76"/>
        <source>Name of this kiosk in reports</source>
        <translation type="unfinished">Non kyòs sa a nan rapò yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="77"/>
        <source>Save the kiosk name</source>
        <translation type="unfinished">Anrejistre non kyòs la</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="99"/>
        <source>Give the event a name first.</source>
        <translation type="unfinished">Bay evènman an yon non anvan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="108"/>
        <location filename="../../ui/admin/event_page.py" line="114"/>
        <source>New signatures now belong to “%1”.</source>
        <translation type="unfinished">Nouvo siyati yo kounye a nan “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="120"/>
        <source>Kiosk name saved.</source>
        <translation type="unfinished">Non kyòs la anrejistre.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="232"/>
        <source>Export for organizers</source>
        <translation type="unfinished">Ekspòtasyon pou òganizatè yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="234"/>
        <source>Signature sheets and the spreadsheet list names. This tablet seals every signature for the hub and cannot open them: make those on the hub&apos;s dashboard. The tally works here.</source>
        <translation type="unfinished">Fèy siyati yo ak tablo a montre non. Tablèt sa a sele chak siyati pou sant lan epi li pa ka louvri yo: fè yo sou tablodbò sant lan. Kont lan mache isit la.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Tally (PDF)</source>
        <translation type="unfinished">Total (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Signature sheets for delivery (PDF)</source>
        <translation type="unfinished">Fèy siyati pou remèt (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="237"/>
        <source>Spreadsheet of signatures (CSV)</source>
        <translation type="unfinished">Tablo siyati yo (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="238"/>
        <source>Record of destruction of personal data (PDF)</source>
        <translation type="unfinished">Rapò destriksyon done pèsonèl (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="242"/>
        <location filename="../../ui/admin/export_page.py" line="259"/>
        <source>All events</source>
        <translation type="unfinished">Tout evènman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="243"/>
        <source>from</source>
        <translation type="unfinished">soti</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="244"/>
        <source>until</source>
        <translation type="unfinished">rive</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>What</source>
        <translation type="unfinished">Kisa</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>Event</source>
        <translation type="unfinished">Evènman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>First day</source>
        <translation type="unfinished">Premye jou</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Last day</source>
        <translation type="unfinished">Dènye jou</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Language of the document</source>
        <translation type="unfinished">Lang dokiman an</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="247"/>
        <source>Save as</source>
        <translation type="unfinished">Anrejistre kòm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="249"/>
        <source>Choose…</source>
        <translation type="unfinished">Chwazi…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="250"/>
        <source>Export</source>
        <translation type="unfinished">Ekspòte</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="251"/>
        <source>Cancel export</source>
        <translation type="unfinished">Anile ekspòtasyon an</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Dokiman PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichye CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="282"/>
        <source>Save the export as</source>
        <translation type="unfinished">Anrejistre ekspòtasyon an kòm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="290"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">Chwazi ki kote pou anrejistre ekspòtasyon an.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="295"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">Premye jou a vini apre dènye jou a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="310"/>
        <source>Exporting…</source>
        <translation type="unfinished">Ap ekspòte…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="317"/>
        <source>Cancelling…</source>
        <translation type="unfinished">Ap anile…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="335"/>
        <source>Saved the record of destruction (%1 records destroyed) to %2.</source>
        <translation type="unfinished">Rapò destriksyon an anrejistre nan %2 (%1 dosye detwi).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="338"/>
        <source>Saved %1 signatures to %2.</source>
        <translation type="unfinished">%1 siyati anrejistre nan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="341"/>
        <source>%1 signatures whose personal data was purged after upload are not listed.</source>
        <translation type="unfinished">%1 siyati ki gen done pèsonèl yo efase apre telechajman pa parèt nan lis la.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="60"/>
        <source>Translation: draft, awaiting review by a native speaker</source>
        <translation type="unfinished">Tradiksyon: bouyon, k ap tann yon moun ki pale lang nan revize l</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="58"/>
        <source>Signatures on this kiosk</source>
        <translation type="unfinished">Siyati sou kyòs sa a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished">Jodi a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="65"/>
        <source>This event</source>
        <translation type="unfinished">Evènman sa a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="66"/>
        <source>All time</source>
        <translation type="unfinished">Depi nan kòmansman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>People (a repeat signer counted once)</source>
        <translation type="unfinished">Moun (yon moun ki siyen de fwa konte yon sèl fwa)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>Waiting to sync</source>
        <translation type="unfinished">Ap tann senkronizasyon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="68"/>
        <source>Synced</source>
        <translation type="unfinished">Senkronize</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="69"/>
        <source>Rejected by the server</source>
        <translation type="unfinished">Sèvè a refize yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="71"/>
        <source>Not sent upstream (no contact)</source>
        <translation type="unfinished">Pa voye (pa gen kontak)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="75"/>
        <source>Why signatures were rejected</source>
        <translation type="unfinished">Poukisa yo refize siyati yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="89"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">Anrejistre sou kyòs sa a; voye a poko konfigire.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="93"/>
        <source>Current event: %1</source>
        <translation type="unfinished">Evènman kounye a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="94"/>
        <source>No event is set: new signatures belong to no event.</source>
        <translation type="unfinished">Pa gen evènman: nouvo siyati yo pa nan okenn evènman.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="96"/>
        <source>(no reason given)</source>
        <translation type="unfinished">(pa gen rezon)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="99"/>
        <source>None.</source>
        <translation type="unfinished">Okenn.</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="61"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">Konekte ak yon sant</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="63"/>
        <source>A hub collects the signatures of every kiosk at an event and sends them on, so this tablet needs no Action Network key. Type the address and the code the hub shows.</source>
        <translation type="unfinished">Yon sant ranmase siyati tout kyòs ki nan yon evènman epi li voye yo ale, kidonk tablèt sa a pa bezwen kle Action Network. Tape adrès la ak kòd sant la montre a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="65"/>
        <source>Hub address</source>
        <translation type="unfinished">Adrès sant la</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="66"/>
        <source>Pairing code</source>
        <translation type="unfinished">Kòd koneksyon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="69"/>
        <source>Pair</source>
        <translation type="unfinished">Konekte</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="76"/>
        <source>This kiosk is not paired with a hub.</source>
        <translation type="unfinished">Kyòs sa a pa konekte ak okenn sant.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="79"/>
        <source>Paired with the hub at %1. Signatures go there.</source>
        <translation type="unfinished">Konekte ak sant ki nan %1 la. Siyati yo ale la.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="82"/>
        <source>On the hub: %1 · delivered upstream: %2</source>
        <translation type="unfinished">Nan sant la: %1 · voye bay sèvè prensipal la: %2</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="89"/>
        <source>Paired. This kiosk now sends its signatures to the hub.</source>
        <translation type="unfinished">Konekte. Kounye a kyòs sa a voye siyati li yo bay sant la.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="90"/>
        <source>That is not a pairing code: it has 24 letters and digits.</source>
        <translation type="unfinished">Sa a se pa yon kòd koneksyon: yon kòd koneksyon gen 24 lèt ak chif.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="91"/>
        <source>The hub refused this code. Ask the hub for a new one.</source>
        <translation type="unfinished">Sant la refize kòd sa a. Mande sant la yon lòt kòd.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="92"/>
        <source>This code has expired (codes last 15 minutes). Ask the hub for a new one.</source>
        <translation type="unfinished">Kòd sa a ekspire (yon kòd dire 15 minit). Mande sant la yon lòt kòd.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="94"/>
        <source>The server at this address is not the hub that made this code. Check the address.</source>
        <translation type="unfinished">Sèvè ki nan adrès sa a se pa sant ki te fè kòd sa a. Verifye adrès la.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="96"/>
        <source>The hub could not be reached at this address.</source>
        <translation type="unfinished">Nou pa t ka jwenn sant la nan adrès sa a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="97"/>
        <source>The address must start with https://</source>
        <translation type="unfinished">Adrès la dwe kòmanse ak https://</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="98"/>
        <source>The hub&apos;s answer was not understood.</source>
        <translation type="unfinished">Nou pa t konprann repons sant la.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>The hub is turning pairing tries away for a moment. Wait a minute and try again.</source>
        <translation type="unfinished">Sant la ap refize eseye konekte pou yon ti moman. Tann yon minit epi eseye ankò.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>There is no safe place on this device to keep the hub&apos;s token.</source>
        <translation type="unfinished">Pa gen yon kote ki an sekirite sou aparèy sa a pou kenbe token sant la.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="106"/>
        <source>Pairing…</source>
        <translation type="unfinished">Ap konekte…</translation>
    </message>
</context>
<context>
    <name>ProtectionStatement</name>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="42"/>
        <source>How this kiosk protects signers</source>
        <translation type="unfinished">Kijan kyòs sa a pwoteje moun ki siyen yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="49"/>
        <source>Sealed mode: this kiosk is paired with a hub. Each new signature&apos;s personal data is sealed to the hub&apos;s key, and this device holds no key that opens it. What stays readable here is what the counts need: ZIP code, event, time, language and consent answers. Signatures taken before the pairing stay under this device&apos;s own key until they are erased.</source>
        <translation type="unfinished">Mòd sele: kyòs sa a konekte ak yon sant. Done pèsonèl chak nouvo siyati sele ak kle sant lan, epi aparèy sa a pa gen okenn kle ki ka louvri yo. Sa ki rete lizib isit la se sèlman sa ki nesesè pou konte siyati yo: kòd postal (ZIP), evènman, lè, lang ak repons konsantman yo. Siyati yo te pran anvan koneksyon an rete anba pwòp kle aparèy sa a jiskaske yo efase.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="55"/>
        <source>Solo mode: no hub is paired. Signers&apos; data is sealed under a key kept on this device. That protects a copied database, but not this device taken together with its key store (its keyring or key file): whoever has both can open every record not yet erased. Pair with a hub (Sync tab) so that records are sealed to the hub and this device keeps no key that opens them.</source>
        <translation type="unfinished">Mòd solo: pa gen okenn sant ki konekte. Done moun ki siyen yo sele anba yon kle ki kenbe sou aparèy sa a. Sa pwoteje yon kopi baz done a, men li pa pwoteje aparèy sa a si yo pran l ansanm ak kote kle li estoke (keyring li oswa fichye kle li): nenpòt moun ki gen toude ka louvri tout dosye ki poko efase. Konekte ak yon sant (onglè Senkronizasyon) pou dosye yo sele pou sant lan epi pou aparèy sa a pa kenbe okenn kle ki ka louvri yo.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="49"/>
        <source>If the kiosk is about to be taken</source>
        <translation type="unfinished">Si yo pral pran kyòs la</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="50"/>
        <source>Set a duress PIN</source>
        <translation type="unfinished">Mete yon PIN ijans</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="51"/>
        <source>Erase all personal data now…</source>
        <translation type="unfinished">Efase tout done pèsonèl kounye a…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="53"/>
        <source>This erases every signer&apos;s name, contact details and signature on this kiosk, also those not sent yet. It cannot be undone. The counts stay.</source>
        <translation type="unfinished">Sa a efase non, enfòmasyon kontak ak siyati chak moun ki siyen sou kyòs sa a, menm sa yo poko voye yo. Ou pa ka defèt sa. Kantite siyati yo rete.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="55"/>
        <source>Yes, erase everything now</source>
        <translation type="unfinished">Wi, efase tout kounye a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="56"/>
        <source>Keep the data</source>
        <translation type="unfinished">Kenbe done yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="62"/>
        <source>A duress PIN is set: typed at the PIN pad, it erases all personal data.</source>
        <translation type="unfinished">Gen yon PIN ijans: si yo tape l sou klavye PIN nan, li efase tout done pèsonèl.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="63"/>
        <source>No duress PIN is set.</source>
        <translation type="unfinished">Pa gen PIN ijans.</translation>
    </message>
</context>
<context>
    <name>SavedExports</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="96"/>
        <source>Exports saved by this kiosk</source>
        <translation type="unfinished">Ekspòtasyon kyòs sa a anrejistre</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished">Ki kote</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Size</source>
        <translation type="unfinished">Gwosè</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Age</source>
        <translation type="unfinished">Depi konbyen tan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="98"/>
        <source>Delete the selected export</source>
        <translation type="unfinished">Efase ekspòtasyon ou chwazi a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="109"/>
        <source>These files hold signers&apos; personal data. Delete each one once it has been delivered.</source>
        <translation type="unfinished">Fichye sa yo gen done pèsonèl moun ki siyen yo. Efase chak fichye depi ou fin remèt li.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="110"/>
        <source>No exports are kept on this device.</source>
        <translation type="unfinished">Pa gen ekspòtasyon ki kenbe sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="115"/>
        <source>%1 KB</source>
        <translation type="unfinished">%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="116"/>
        <source>%1 MB</source>
        <translation type="unfinished">%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="121"/>
        <source>less than an hour</source>
        <translation type="unfinished">mwens pase inèdtan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="123"/>
        <source>%1 hours</source>
        <translation type="unfinished">%1 èdtan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="124"/>
        <source>%1 days</source>
        <translation type="unfinished">%1 jou</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="137"/>
        <source>Could not delete %1. Delete it by hand.</source>
        <translation type="unfinished">Nou pa ka efase %1. Efase l ak men ou.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="139"/>
        <source>Deleted %1.</source>
        <translation type="unfinished">%1 efase.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="68"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">Paramèt kyòs la</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="69"/>
        <source>Delete right after upload</source>
        <translation type="unfinished">Efase touswit apre telechajman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="70"/>
        <source>Delete some days after upload</source>
        <translation type="unfinished">Efase kèk jou apre telechajman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="71"/>
        <source>Keep until deleted by hand</source>
        <translation type="unfinished">Kenbe jiskaske yon moun efase yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="74"/>
        <source> days</source>
        <translation type="unfinished"> jou</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="75"/>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>As the campaign says</source>
        <translation type="unfinished">Jan kanpay la di</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Personal data on this kiosk</source>
        <translation type="unfinished">Done pèsonèl sou kyòs sa a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Days to keep after upload</source>
        <translation type="unfinished">Konbyen jou pou kenbe apre telechajman</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Clear an abandoned form after</source>
        <translation type="unfinished">Efase yon fòm moun kite apre</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Language of the welcome screen</source>
        <translation type="unfinished">Lang ekran akèy la</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="81"/>
        <source>Save settings</source>
        <translation type="unfinished">Anrejistre paramèt yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="93"/>
        <source>Settings saved.</source>
        <translation type="unfinished">Paramèt yo anrejistre.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="78"/>
        <source>As the campaign says (%1)</source>
        <translation type="unfinished">Jan kanpay la di (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Action Network</source>
        <translation type="unfinished">Action Network</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Our own server (JSON)</source>
        <translation type="unfinished">Pwòp sèvè nou (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="80"/>
        <source>Do not sync</source>
        <translation type="unfinished">Pa senkronize</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="83"/>
        <source>Sending signatures to the server</source>
        <translation type="unfinished">Voye siyati yo bay sèvè a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server kind</source>
        <translation type="unfinished">Kalite sèvè</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server address (URL)</source>
        <translation type="unfinished">Adrès sèvè a (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>Petition id</source>
        <translation type="unfinished">Id petisyon an</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>New token</source>
        <translation type="unfinished">Nouvo token</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="89"/>
        <source>Leave empty to keep the saved token</source>
        <translation type="unfinished">Kite l vid pou kenbe token ki anrejistre a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="90"/>
        <source>Save sync settings</source>
        <translation type="unfinished">Anrejistre paramèt senkronizasyon yo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="91"/>
        <source>Sync now</source>
        <translation type="unfinished">Senkronize kounye a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="97"/>
        <source>The token comes from the set-up (PETITION_KIOSK_SYNC_TOKEN), so the server is changed there too.</source>
        <translation type="unfinished">Token an soti nan enstalasyon an (PETITION_KIOSK_SYNC_TOKEN), kidonk se la tou pou chanje sèvè a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="100"/>
        <source>A token is saved in the keyring.</source>
        <translation type="unfinished">Gen yon token ki anrejistre nan keyring nan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="101"/>
        <source>No token is saved yet.</source>
        <translation type="unfinished">Poko gen token ki anrejistre.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="108"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">Anrejistre sou kyòs sa a; voye a poko konfigire.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="109"/>
        <source>To send them to Action Network, enter the petition id above.</source>
        <translation type="unfinished">Pou voye yo bay Action Network, mete id petisyon an anwo a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="111"/>
        <source>To send them, choose a server kind and enter its address above.</source>
        <translation type="unfinished">Pou voye yo, chwazi ki kalite sèvè epi mete adrès li anwo a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished">Dènye senkronizasyon ki reyisi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="118"/>
        <source>Sync is paused: the hub no longer accepts this kiosk. Pair it with the hub again under “Pair with a hub”; the waiting signatures stay on this kiosk.</source>
        <translation type="unfinished">Senkronizasyon an an poz: sant lan pa aksepte kyòs sa a ankò. Konekte l ak sant lan ankò nan «Konekte ak yon sant»; siyati k ap tann yo rete sou kyòs sa a.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="121"/>
        <source>Sync is paused until the settings or token are fixed: %1</source>
        <translation type="unfinished">Senkronizasyon an kanpe jiskaske yo korije paramèt yo oswa token an: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="124"/>
        <source>Last problem: %1</source>
        <translation type="unfinished">Dènye pwoblèm: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="126"/>
        <source>No sync has run yet.</source>
        <translation type="unfinished">Poko gen senkronizasyon ki fèt.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="153"/>
        <source>The server changed, so the saved token was removed. Enter the token for the new server to send signatures there.</source>
        <translation type="unfinished">Sèvè a chanje, kidonk nou retire token ki te anrejistre a. Tape token nouvo sèvè a pou voye siyati yo ba li.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="162"/>
        <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
        <translation type="unfinished">Paramèt yo anrejistre, men pa gen keyring pou kenbe token an. Mete PETITION_KIOSK_SYNC_TOKEN pito.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="167"/>
        <source>Sync settings saved.</source>
        <translation type="unfinished">Paramèt senkronizasyon yo anrejistre.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="173"/>
        <source>Syncing now…</source>
        <translation type="unfinished">Ap senkronize kounye a…</translation>
    </message>
</context>
<context>
    <name>SpeechSection</name>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="77"/>
        <source>Reading aloud</source>
        <translation type="unfinished">Li awotvwa</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="78"/>
        <source>Volume of the voice</source>
        <translation type="unfinished">Volim vwa a</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="80"/>
        <source>Languages that can be heard on this kiosk:</source>
        <translation type="unfinished">Lang yo ka tande sou kyòs sa a:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="66"/>
        <source>synthesized voice (eSpeak NG)</source>
        <translation type="unfinished">vwa sentetik (eSpeak NG)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="67"/>
        <source>the system&apos;s voice</source>
        <translation type="unfinished">vwa sistèm nan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="68"/>
        <source>no voice: cannot be heard</source>
        <translation type="unfinished">pa gen vwa: yo pa ka tande l</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="69"/>
        <source>recorded voice</source>
        <translation type="unfinished">vwa anrejistre</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="72"/>
        <source>%1; petition and letter: recorded voice</source>
        <translation type="unfinished">%1; petisyon ak lèt: vwa anrejistre</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
</TS>
