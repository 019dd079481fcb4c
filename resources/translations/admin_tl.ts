<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../../ui/admin/panel.py" line="96" />
            <source>Coordinator area</source>
            <translation type="unfinished">Lugar ng coordinator</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="97" />
            <source>Back to signing</source>
            <translation type="unfinished">Bumalik sa pagpirma</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="98" />
            <source>Change PIN</source>
            <translation type="unfinished">Palitan ang PIN</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="99" />
            <source>Exit the kiosk</source>
            <translation type="unfinished">Lumabas sa kiosk</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="101" />
            <source>Warning: there is no OS keyring on this device, so the key that protects signers' data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
            <translation type="unfinished">Babala: walang OS keyring ang device na ito, kaya nasa isang file ang susing nagpoprotekta sa data ng mga pumirma. Kahit sinong kumuha ng device na ito at ng file na iyon ay mababasa ang mga pirma. Gumamit ng device na may keyring sa pangangalap kung kaya.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Numbers</source>
            <translation type="unfinished">Mga bilang</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Event</source>
            <translation type="unfinished">Event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Sync</source>
            <translation type="unfinished">Sync</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Settings</source>
            <translation type="unfinished">Settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="105" />
            <source>Exports</source>
            <translation type="unfinished">Mga export</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <location filename="../../ui/admin/event_page.py" line="67" />
            <source>Start a new event</source>
            <translation type="unfinished">Magsimula ng bagong event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Event name</source>
            <translation type="unfinished">Pangalan ng event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Place</source>
            <translation type="unfinished">Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Date</source>
            <translation type="unfinished">Petsa</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="69" />
            <source>Canvasser or team</source>
            <translation type="unfinished">Canvasser o team</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="71" />
            <source>Start this event</source>
            <translation type="unfinished">Simulan ang event na ito</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="72" />
            <source>Or continue an earlier event</source>
            <translation type="unfinished">O ituloy ang naunang event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="73" />
            <source>Use the chosen event</source>
            <translation type="unfinished">Gamitin ang napiling event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="74" />
            <source>Name of this kiosk in reports</source>
            <translation type="unfinished">Pangalan ng kiosk na ito sa mga report</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="75" />
            <source>Save the kiosk name</source>
            <translation type="unfinished">I-save ang pangalan ng kiosk</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="97" />
            <source>Give the event a name first.</source>
            <translation type="unfinished">Pangalanan muna ang event.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="106" />
            <location filename="../../ui/admin/event_page.py" line="112" />
            <source>New signatures now belong to “%1”.</source>
            <translation type="unfinished">Ang mga bagong pirma ay kabilang na sa “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="118" />
            <source>Kiosk name saved.</source>
            <translation type="unfinished">Na-save ang pangalan ng kiosk.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/admin/export_page.py" line="118" />
            <source>Export for organizers</source>
            <translation type="unfinished">Export para sa mga organizer</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Tally (PDF)</source>
            <translation type="unfinished">Tally (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Signature sheets for delivery (PDF)</source>
            <translation type="unfinished">Mga pahina ng pirma para ihatid (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="120" />
            <source>Spreadsheet of signatures (CSV)</source>
            <translation type="unfinished">Spreadsheet ng mga pirma (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="124" />
            <location filename="../../ui/admin/export_page.py" line="139" />
            <source>All events</source>
            <translation type="unfinished">Lahat ng event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="125" />
            <source>from</source>
            <translation type="unfinished">mula</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="126" />
            <source>until</source>
            <translation type="unfinished">hanggang</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>What</source>
            <translation type="unfinished">Ano</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>Event</source>
            <translation type="unfinished">Event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>First day</source>
            <translation type="unfinished">Unang araw</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Last day</source>
            <translation type="unfinished">Huling araw</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Language of the document</source>
            <translation type="unfinished">Wika ng dokumento</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="129" />
            <source>Save as</source>
            <translation type="unfinished">I-save bilang</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="131" />
            <source>Choose…</source>
            <translation type="unfinished">Pumili…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="132" />
            <source>Export</source>
            <translation type="unfinished">I-export</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="133" />
            <source>Cancel export</source>
            <translation type="unfinished">Kanselahin ang export</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished">Mga PDF na dokumento (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished">Mga CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="162" />
            <source>Save the export as</source>
            <translation type="unfinished">I-save ang export bilang</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="170" />
            <source>Choose where to save the export.</source>
            <translation type="unfinished">Piliin kung saan ise-save ang export.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="175" />
            <location filename="../../ui/admin/export_page.py" line="231" />
            <source>The first day is after the last day.</source>
            <translation type="unfinished">Nauuna ang huling araw sa unang araw.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="189" />
            <source>Exporting…</source>
            <translation type="unfinished">Nag-e-export…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="196" />
            <source>Cancelling…</source>
            <translation type="unfinished">Kinakansela…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="211" />
            <source>Saved %1 signatures to %2.</source>
            <translation type="unfinished">Na-save ang %1 pirma sa %2.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="214" />
            <source>%1 signatures whose personal data was purged after upload are not listed.</source>
            <translation type="unfinished">Hindi nakalista ang %1 pirmang binura ang personal na data pagkatapos ma-upload.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="221" />
            <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
            <translation type="unfinished">Walang mailalagay sa mga pahina ng pirma: binura na ang personal na data ng bawat tugmang pirma pagkatapos ma-upload. Walang na-save.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="224" />
            <source>No signatures match these filters. Nothing was saved.</source>
            <translation type="unfinished">Walang pirmang tugma sa mga filter na ito. Walang na-save.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="225" />
            <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
            <translation type="unfinished">Hindi makapag-save doon: wala ang folder o read-only ito. Pumili ng ibang lugar.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="227" />
            <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
            <translation type="unfinished">Puno na ang disk. Walang na-save; magbakante ng espasyo o pumili ng ibang lugar.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="229" />
            <source>Export cancelled. Nothing was saved.</source>
            <translation type="unfinished">Kinansela ang export. Walang na-save.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="230" />
            <source>That event no longer exists.</source>
            <translation type="unfinished">Wala na ang event na iyon.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="232" />
            <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
            <translation type="unfinished">Nawawala o mali ang data key ng kiosk na ito, kaya hindi mabuksan ang mga pirma.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="234" />
            <source>The signature database could not be read.</source>
            <translation type="unfinished">Hindi mabasa ang database ng mga pirma.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="236" />
            <source>The export failed (%1). Nothing was saved.</source>
            <translation type="unfinished">Pumalya ang export (%1). Walang na-save.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Translation: draft, awaiting review by a native speaker</source>
            <translation type="unfinished">Salin: draft, naghihintay ng pagsusuri ng isang katutubong nagsasalita</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="45" />
            <source>Signatures on this kiosk</source>
            <translation type="unfinished">Mga pirma sa kiosk na ito</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="47" />
            <source>Today</source>
            <translation type="unfinished">Ngayong araw</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="48" />
            <source>This event</source>
            <translation type="unfinished">Event na ito</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="49" />
            <source>All time</source>
            <translation type="unfinished">Lahat</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Waiting to sync</source>
            <translation type="unfinished">Naghihintay ma-sync</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="51" />
            <source>Synced</source>
            <translation type="unfinished">Na-sync na</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="52" />
            <source>Rejected by the server</source>
            <translation type="unfinished">Tinanggihan ng server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="56" />
            <source>Why signatures were rejected</source>
            <translation type="unfinished">Bakit tinanggihan ang mga pirma</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="70" />
            <source>Current event: %1</source>
            <translation type="unfinished">Kasalukuyang event: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="71" />
            <source>No event is set: new signatures belong to no event.</source>
            <translation type="unfinished">Walang event: hindi kabilang sa anumang event ang mga bagong pirma.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="73" />
            <source>(no reason given)</source>
            <translation type="unfinished">(walang ibinigay na dahilan)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="76" />
            <source>None.</source>
            <translation type="unfinished">Wala.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="61" />
            <source>Kiosk settings</source>
            <translation type="unfinished">Settings ng kiosk</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="62" />
            <source>Delete right after upload</source>
            <translation type="unfinished">Burahin agad pagkatapos ma-upload</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="63" />
            <source>Delete some days after upload</source>
            <translation type="unfinished">Burahin ilang araw pagkatapos ma-upload</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="64" />
            <source>Keep until deleted by hand</source>
            <translation type="unfinished">Itago hanggang burahin nang mano-mano</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="67" />
            <source> days</source>
            <translation type="unfinished"> araw</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="68" />
            <source> s</source>
            <translation type="unfinished"> s</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="69" />
            <source>As the campaign says</source>
            <translation type="unfinished">Ayon sa campaign</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Personal data on this kiosk</source>
            <translation type="unfinished">Personal na data sa kiosk na ito</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Days to keep after upload</source>
            <translation type="unfinished">Ilang araw itatago pagkatapos ma-upload</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Clear an abandoned form after</source>
            <translation type="unfinished">Burahin ang iniwang form pagkalipas ng</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Language of the welcome screen</source>
            <translation type="unfinished">Wika ng welcome screen</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="74" />
            <source>Save settings</source>
            <translation type="unfinished">I-save ang settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="86" />
            <source>Settings saved.</source>
            <translation type="unfinished">Na-save ang settings.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="73" />
            <source>As the campaign says (%1)</source>
            <translation type="unfinished">Ayon sa campaign (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Action Network</source>
            <translation type="unfinished">Action Network</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Our own server (JSON)</source>
            <translation type="unfinished">Sarili naming server (JSON)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="75" />
            <source>Do not sync</source>
            <translation type="unfinished">Huwag mag-sync</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="78" />
            <source>Sending signatures to the server</source>
            <translation type="unfinished">Pagpapadala ng mga pirma sa server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server kind</source>
            <translation type="unfinished">Uri ng server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server address (URL)</source>
            <translation type="unfinished">Address ng server (URL)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>Petition id</source>
            <translation type="unfinished">Petition id</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>New token</source>
            <translation type="unfinished">Bagong token</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="84" />
            <source>Leave empty to keep the saved token</source>
            <translation type="unfinished">Iwanang blangko para panatilihin ang naka-save na token</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="85" />
            <source>Save sync settings</source>
            <translation type="unfinished">I-save ang sync settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="86" />
            <source>Sync now</source>
            <translation type="unfinished">Mag-sync ngayon</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="91" />
            <source>A token is saved in the keyring.</source>
            <translation type="unfinished">May token na naka-save sa keyring.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="92" />
            <source>No token is saved yet.</source>
            <translation type="unfinished">Wala pang naka-save na token.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="96" />
            <source>Last successful sync: %1</source>
            <translation type="unfinished">Huling matagumpay na sync: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="98" />
            <source>Sync is paused until the settings or token are fixed: %1</source>
            <translation type="unfinished">Naka-pause ang sync hanggang maayos ang settings o token: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="101" />
            <source>Last problem: %1</source>
            <translation type="unfinished">Huling problema: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="102" />
            <source>No sync has run yet.</source>
            <translation type="unfinished">Wala pang sync na tumakbo.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="107" />
            <source>the server did not answer in time</source>
            <translation type="unfinished">hindi sumagot ang server sa takdang oras</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="108" />
            <source>no connection to the server</source>
            <translation type="unfinished">walang koneksyon sa server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="109" />
            <source>the server's certificate could not be verified</source>
            <translation type="unfinished">hindi ma-verify ang certificate ng server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="110" />
            <source>the server had an error</source>
            <translation type="unfinished">nagka-error ang server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="111" />
            <source>the server asked us to slow down</source>
            <translation type="unfinished">pinabagal tayo ng server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="112" />
            <source>the server's answer was not understood</source>
            <translation type="unfinished">hindi maintindihan ang sagot ng server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="113" />
            <source>the token was refused: enter a new one</source>
            <translation type="unfinished">tinanggihan ang token: maglagay ng bago</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="114" />
            <source>no token is saved</source>
            <translation type="unfinished">walang naka-save na token</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="115" />
            <source>the petition id is wrong</source>
            <translation type="unfinished">mali ang petition id</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="116" />
            <source>no server is set up</source>
            <translation type="unfinished">walang naka-set up na server</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="117" />
            <source>the address must start with https://</source>
            <translation type="unfinished">dapat magsimula sa https:// ang address</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="118" />
            <source>the certificate file is missing</source>
            <translation type="unfinished">nawawala ang certificate file</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="134" />
            <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
            <translation type="unfinished">Na-save ang settings, pero walang keyring na paglalagyan ng token. I-set na lang ang PETITION_KIOSK_SYNC_TOKEN.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="138" />
            <source>Sync settings saved.</source>
            <translation type="unfinished">Na-save ang sync settings.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="144" />
            <source>Syncing now…</source>
            <translation type="unfinished">Nagsi-sync ngayon…</translation>
        </message>
    </context>
</TS>
