<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>%n signature(s) saved on this device</source>
        <translation>
            <numerusform>%n signature saved on this device</numerusform>
            <numerusform>%n signatures saved on this device</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>%n signature(s) waiting to send</source>
        <translation>
            <numerusform>%n signature waiting to send</numerusform>
            <numerusform>%n signatures waiting to send</numerusform>
        </translation>
    </message>
</context>
</TS>
