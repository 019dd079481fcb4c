<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="72"/>
        <source>The hub no longer accepts this kiosk: pair it again</source>
        <translation type="unfinished">Hindi na tinatanggap ng hub ang kiosk na ito: i-pair itong muli</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="74"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">Kailangang tingnan ang sync</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>%n pirma ang naka-save sa device na ito</numerusform>
            <numerusform>%n pirma ang naka-save sa device na ito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>%n pirma ang naghihintay maipadala</numerusform>
            <numerusform>%n pirma ang naghihintay maipadala</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="83"/>
        <source>All signatures sent</source>
        <translation type="unfinished">Naipadala na ang lahat ng pirma</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="86"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">Huling naipadala: %1</translation>
    </message>
</context>
</TS>
