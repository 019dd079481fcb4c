<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="66"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">Kailangang tingnan ang sync</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="70"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>%n pirma ang naka-save sa device na ito</numerusform>
            <numerusform>%n pirma ang naka-save sa device na ito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="73"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>%n pirma ang naghihintay maipadala</numerusform>
            <numerusform>%n pirma ang naghihintay maipadala</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="75"/>
        <source>All signatures sent</source>
        <translation type="unfinished">Naipadala na ang lahat ng pirma</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">Huling naipadala: %1</translation>
    </message>
</context>
</TS>
