<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="66"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">동기화 확인 필요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="70"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>이 기기에 서명 %n건 저장됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="73"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>서명 %n건 전송 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="75"/>
        <source>All signatures sent</source>
        <translation type="unfinished">모든 서명을 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">마지막 전송: %1</translation>
    </message>
</context>
</TS>
