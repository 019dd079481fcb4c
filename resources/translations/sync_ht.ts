<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="66"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">Senkronizasyon an bezwen atansyon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="70"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>%n siyati anrejistre sou aparèy sa a</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="73"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>%n siyati ap tann pou yo voye</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="75"/>
        <source>All signatures sent</source>
        <translation type="unfinished">Tout siyati yo voye</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">Dènye fwa yo voye: %1</translation>
    </message>
</context>
</TS>
