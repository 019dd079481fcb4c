<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="72"/>
        <source>The hub no longer accepts this kiosk: pair it again</source>
        <translation type="unfinished">中转站不再接受此信息亭：请重新配对</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="74"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">同步需要处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>%n 个签名已保存在这台设备上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>%n 个签名等待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="83"/>
        <source>All signatures sent</source>
        <translation type="unfinished">所有签名都已发送</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="86"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">上次发送：%1</translation>
    </message>
</context>
</TS>
