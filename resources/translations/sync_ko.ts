<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="72"/>
        <source>The hub no longer accepts this kiosk: pair it again</source>
        <translation type="unfinished">허브가 더 이상 이 키오스크를 받지 않습니다: 다시 페어링하세요</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="74"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">동기화 확인 필요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>이 기기에 서명 %n건 저장됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>서명 %n건 전송 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="83"/>
        <source>All signatures sent</source>
        <translation type="unfinished">모든 서명을 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="86"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">마지막 전송: %1</translation>
    </message>
</context>
</TS>
