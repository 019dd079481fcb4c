<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/sync_indicator.py" line="72"/>
        <source>The hub no longer accepts this kiosk: pair it again</source>
        <translation type="unfinished">لم يعد المركز يقبل هذا الكشك: اربطه من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="74"/>
        <source>Sync needs attention</source>
        <translation type="unfinished">المزامنة تحتاج إلى انتباه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="78"/>
        <source>%n signature(s) saved on this device</source>
        <translation type="unfinished">
            <numerusform>لا توجد تواقيع محفوظة على هذا الجهاز (%n)</numerusform>
            <numerusform>توقيع واحد محفوظ على هذا الجهاز (%n)</numerusform>
            <numerusform>توقيعان محفوظان على هذا الجهاز (%n)</numerusform>
            <numerusform>%n تواقيع محفوظة على هذا الجهاز</numerusform>
            <numerusform>%n توقيعًا محفوظًا على هذا الجهاز</numerusform>
            <numerusform>%n توقيع محفوظ على هذا الجهاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_indicator.py" line="81"/>
        <source>%n signature(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform>لا توجد تواقيع بانتظار الإرسال (%n)</numerusform>
            <numerusform>توقيع واحد بانتظار الإرسال (%n)</numerusform>
            <numerusform>توقيعان بانتظار الإرسال (%n)</numerusform>
            <numerusform>%n تواقيع بانتظار الإرسال</numerusform>
            <numerusform>%n توقيعًا بانتظار الإرسال</numerusform>
            <numerusform>%n توقيع بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="83"/>
        <source>All signatures sent</source>
        <translation type="unfinished">تم إرسال كل التواقيع</translation>
    </message>
    <message>
        <location filename="../../ui/sync_indicator.py" line="86"/>
        <source>Last sent: %1</source>
        <translation type="unfinished">آخر إرسال: %1</translation>
    </message>
</context>
</TS>
