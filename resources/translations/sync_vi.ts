<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="72"/>
        <source>The hub no longer accepts this kiosk: pair it again</source>
        <translation type="unfinished">Trạm trung tâm không còn nhận ki-ốt này: hãy ghép nối lại</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="74"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">Đồng bộ cần được kiểm tra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>%n chữ ký đã lưu trên thiết bị này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>%n chữ ký đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="83"/>
        <source>All signatures sent</source>
        <translation type="unfinished">Đã gửi hết các chữ ký</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="86"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">Lần gửi gần nhất: %1</translation>
    </message>
</context>
</TS>
