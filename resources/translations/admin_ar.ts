<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/admin/panel.py" line="135"/>
        <source>Coordinator area</source>
        <translation type="unfinished">منطقة المنسق</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="136"/>
        <source>Back to signing</source>
        <translation type="unfinished">العودة إلى التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="137"/>
        <source>Change PIN</source>
        <translation type="unfinished">تغيير رمز PIN</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="138"/>
        <source>Exit the kiosk</source>
        <translation type="unfinished">الخروج من الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="140"/>
        <source>Warning: there is no OS keyring on this device, so the key that protects signers&apos; data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
        <translation type="unfinished">تحذير: لا توجد في هذا الجهاز سلسلة مفاتيح (keyring) لنظام التشغيل، لذا يُحفظ المفتاح الذي يحمي بيانات الموقّعين في ملف. أي شخص يأخذ هذا الجهاز وذلك الملف يستطيع قراءة التواقيع. استخدم جهازًا فيه سلسلة مفاتيح لجمع التواقيع متى أمكن.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Numbers</source>
        <translation type="unfinished">الأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Event</source>
        <translation type="unfinished">الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Sync</source>
        <translation type="unfinished">المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Settings</source>
        <translation type="unfinished">الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="144"/>
        <source>Exports</source>
        <translation type="unfinished">التصدير</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/admin/event_page.py" line="69"/>
        <source>Start a new event</source>
        <translation type="unfinished">بدء فعالية جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Event name</source>
        <translation type="unfinished">اسم الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="71"/>
        <source>Canvasser or team</source>
        <translation type="unfinished">الناشط الميداني أو الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="73"/>
        <source>Start this event</source>
        <translation type="unfinished">بدء هذه الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="74"/>
        <source>Or continue an earlier event</source>
        <translation type="unfinished">أو متابعة فعالية سابقة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="75"/>
        <source>Use the chosen event</source>
        <translation type="unfinished">استخدام الفعالية المختارة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="76"/>
        <source>Name of this kiosk in reports</source>
        <translation type="unfinished">اسم هذا الكشك في التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="77"/>
        <source>Save the kiosk name</source>
        <translation type="unfinished">حفظ اسم الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="99"/>
        <source>Give the event a name first.</source>
        <translation type="unfinished">أعطِ الفعالية اسمًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="108"/>
        <location filename="../../ui/admin/event_page.py" line="114"/>
        <source>New signatures now belong to “%1”.</source>
        <translation type="unfinished">التواقيع الجديدة تنتمي الآن إلى «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="120"/>
        <source>Kiosk name saved.</source>
        <translation type="unfinished">تم حفظ اسم الكشك.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="232"/>
        <source>Export for organizers</source>
        <translation type="unfinished">التصدير للمنظمين</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="234"/>
        <source>Signature sheets and the spreadsheet list names. This tablet seals every signature for the hub and cannot open them: make those on the hub&apos;s dashboard. The tally works here.</source>
        <translation type="unfinished">أوراق التوقيعات وجدول البيانات تعرض الأسماء. هذا الجهاز اللوحي يختم كل توقيع للمركز ولا يستطيع فتحها: أنشئها من لوحة المركز. أما الإحصاء فيعمل هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Tally (PDF)</source>
        <translation type="unfinished">الحصيلة (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Signature sheets for delivery (PDF)</source>
        <translation type="unfinished">صفحات التواقيع للتسليم (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="237"/>
        <source>Spreadsheet of signatures (CSV)</source>
        <translation type="unfinished">جدول التواقيع (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="238"/>
        <source>Record of destruction of personal data (PDF)</source>
        <translation type="unfinished">سجل إتلاف البيانات الشخصية (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="242"/>
        <location filename="../../ui/admin/export_page.py" line="259"/>
        <source>All events</source>
        <translation type="unfinished">كل الفعاليات</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="243"/>
        <source>from</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="244"/>
        <source>until</source>
        <translation type="unfinished">حتى</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>What</source>
        <translation type="unfinished">ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>Event</source>
        <translation type="unfinished">الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>First day</source>
        <translation type="unfinished">اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Last day</source>
        <translation type="unfinished">اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Language of the document</source>
        <translation type="unfinished">لغة المستند</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="247"/>
        <source>Save as</source>
        <translation type="unfinished">الحفظ باسم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="249"/>
        <source>Choose…</source>
        <translation type="unfinished">اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="250"/>
        <source>Export</source>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="251"/>
        <source>Cancel export</source>
        <translation type="unfinished">إلغاء التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="282"/>
        <source>Save the export as</source>
        <translation type="unfinished">حفظ التصدير باسم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="290"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="295"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">اليوم الأول يأتي بعد اليوم الأخير.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="310"/>
        <source>Exporting…</source>
        <translation type="unfinished">جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="317"/>
        <source>Cancelling…</source>
        <translation type="unfinished">جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="335"/>
        <source>Saved the record of destruction (%1 records destroyed) to %2.</source>
        <translation type="unfinished">تم حفظ سجل الإتلاف (أُتلف %1 سجل) في %2.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="338"/>
        <source>Saved %1 signatures to %2.</source>
        <translation type="unfinished">تم حفظ %1 توقيع في %2.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="341"/>
        <source>%1 signatures whose personal data was purged after upload are not listed.</source>
        <translation type="unfinished">لم تُدرج %1 تواقيع حُذفت بياناتها الشخصية بعد الرفع.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="60"/>
        <source>Translation: draft, awaiting review by a native speaker</source>
        <translation type="unfinished">الترجمة: مسودة بانتظار مراجعة متحدث أصلي</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="58"/>
        <source>Signatures on this kiosk</source>
        <translation type="unfinished">التواقيع على هذا الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="65"/>
        <source>This event</source>
        <translation type="unfinished">هذه الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="66"/>
        <source>All time</source>
        <translation type="unfinished">منذ البداية</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>People (a repeat signer counted once)</source>
        <translation type="unfinished">الأشخاص (من وقّع مرتين يُحسب مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>Waiting to sync</source>
        <translation type="unfinished">بانتظار المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="68"/>
        <source>Synced</source>
        <translation type="unfinished">تمت مزامنتها</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="69"/>
        <source>Rejected by the server</source>
        <translation type="unfinished">رفضها الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="71"/>
        <source>Not sent upstream (no contact)</source>
        <translation type="unfinished">لم تُرسل (لا توجد وسيلة اتصال)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="75"/>
        <source>Why signatures were rejected</source>
        <translation type="unfinished">أسباب رفض التواقيع</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="89"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">محفوظة على هذا الكشك؛ الإرسال غير مُعدّ.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="93"/>
        <source>Current event: %1</source>
        <translation type="unfinished">الفعالية الحالية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="94"/>
        <source>No event is set: new signatures belong to no event.</source>
        <translation type="unfinished">لا توجد فعالية محددة: التواقيع الجديدة لا تنتمي إلى أي فعالية.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="96"/>
        <source>(no reason given)</source>
        <translation type="unfinished">(بدون سبب)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="99"/>
        <source>None.</source>
        <translation type="unfinished">لا شيء.</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="61"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">الربط بمركز</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="63"/>
        <source>A hub collects the signatures of every kiosk at an event and sends them on, so this tablet needs no Action Network key. Type the address and the code the hub shows.</source>
        <translation type="unfinished">يجمع المركز تواقيع كل الأكشاك في الفعالية ويرسلها، لذلك لا يحتاج هذا الجهاز اللوحي إلى مفتاح Action Network. اكتب العنوان والرمز اللذين يعرضهما المركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="65"/>
        <source>Hub address</source>
        <translation type="unfinished">عنوان المركز</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="66"/>
        <source>Pairing code</source>
        <translation type="unfinished">رمز الربط</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="69"/>
        <source>Pair</source>
        <translation type="unfinished">ربط</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="76"/>
        <source>This kiosk is not paired with a hub.</source>
        <translation type="unfinished">هذا الكشك غير مربوط بأي مركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="79"/>
        <source>Paired with the hub at %1. Signatures go there.</source>
        <translation type="unfinished">مربوط بالمركز على العنوان %1. تذهب التواقيع إليه.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="82"/>
        <source>On the hub: %1 · delivered upstream: %2</source>
        <translation type="unfinished">في المركز: %1 · سُلّمت إلى الخادم الرئيسي: %2</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="89"/>
        <source>Paired. This kiosk now sends its signatures to the hub.</source>
        <translation type="unfinished">تم الربط. يرسل هذا الكشك تواقيعه الآن إلى المركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="90"/>
        <source>That is not a pairing code: it has 24 letters and digits.</source>
        <translation type="unfinished">هذا ليس رمز ربط: يتكون رمز الربط من 24 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="91"/>
        <source>The hub refused this code. Ask the hub for a new one.</source>
        <translation type="unfinished">رفض المركز هذا الرمز. اطلب رمزًا جديدًا من المركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="92"/>
        <source>This code has expired (codes last 15 minutes). Ask the hub for a new one.</source>
        <translation type="unfinished">انتهت صلاحية هذا الرمز (الرموز صالحة لمدة 15 دقيقة). اطلب رمزًا جديدًا من المركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="94"/>
        <source>The server at this address is not the hub that made this code. Check the address.</source>
        <translation type="unfinished">الخادم على هذا العنوان ليس المركز الذي أنشأ هذا الرمز. تحقق من العنوان.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="96"/>
        <source>The hub could not be reached at this address.</source>
        <translation type="unfinished">تعذر الوصول إلى المركز على هذا العنوان.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="97"/>
        <source>The address must start with https://</source>
        <translation type="unfinished">يجب أن يبدأ العنوان بـ ⁨https://⁩</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="98"/>
        <source>The hub&apos;s answer was not understood.</source>
        <translation type="unfinished">تعذر فهم رد المركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>The hub is turning pairing tries away for a moment. Wait a minute and try again.</source>
        <translation type="unfinished">يرفض المركز محاولات الاقتران مؤقتًا. انتظر دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>There is no safe place on this device to keep the hub&apos;s token.</source>
        <translation type="unfinished">لا يوجد في هذا الجهاز مكان آمن لحفظ الرمز المميز الخاص بالمركز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="106"/>
        <source>Pairing…</source>
        <translation type="unfinished">جارٍ الربط…</translation>
    </message>
</context>
<context>
    <name>ProtectionStatement</name>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="42"/>
        <source>How this kiosk protects signers</source>
        <translation type="unfinished">كيف يحمي هذا الكشك الموقّعين</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="49"/>
        <source>Sealed mode: this kiosk is paired with a hub. Each new signature&apos;s personal data is sealed to the hub&apos;s key, and this device holds no key that opens it. What stays readable here is what the counts need: ZIP code, event, time, language and consent answers. Signatures taken before the pairing stay under this device&apos;s own key until they are erased.</source>
        <translation type="unfinished">وضع الختم: هذا الكشك مربوط بمركز. تُختم البيانات الشخصية لكل توقيع جديد بمفتاح المركز، ولا يحمل هذا الجهاز أي مفتاح يفتحها. وما يبقى مقروءًا هنا هو ما يلزم لعدّ التواقيع فقط: الرمز البريدي، والفعالية، والوقت، واللغة، وإجابات الموافقة. أما التواقيع التي جُمعت قبل الربط فتبقى مختومة بمفتاح هذا الجهاز نفسه إلى أن تُمسح.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="55"/>
        <source>Solo mode: no hub is paired. Signers&apos; data is sealed under a key kept on this device. That protects a copied database, but not this device taken together with its key store (its keyring or key file): whoever has both can open every record not yet erased. Pair with a hub (Sync tab) so that records are sealed to the hub and this device keeps no key that opens them.</source>
        <translation type="unfinished">الوضع المستقل: لا يوجد مركز مربوط. تُختم بيانات الموقّعين بمفتاح محفوظ على هذا الجهاز. هذا يحمي قاعدة بيانات منسوخة، لكنه لا يحمي هذا الجهاز إذا أُخذ مع مخزن مفاتيحه (سلسلة المفاتيح أو ملف المفتاح): من يملك الاثنين معًا يستطيع فتح كل سجل لم يُمسح بعد. اربط الكشك بمركز (تبويب «المزامنة») حتى تُختم السجلات للمركز ولا يحتفظ هذا الجهاز بأي مفتاح يفتحها.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="49"/>
        <source>If the kiosk is about to be taken</source>
        <translation type="unfinished">إذا كان الكشك على وشك أن يؤخذ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="50"/>
        <source>Set a duress PIN</source>
        <translation type="unfinished">تعيين رمز PIN للطوارئ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="51"/>
        <source>Erase all personal data now…</source>
        <translation type="unfinished">مسح كل البيانات الشخصية الآن…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="53"/>
        <source>This erases every signer&apos;s name, contact details and signature on this kiosk, also those not sent yet. It cannot be undone. The counts stay.</source>
        <translation type="unfinished">يمسح هذا اسم كل موقّع وبيانات الاتصال به وتوقيعه على هذا الكشك، بما في ذلك التواقيع التي لم تُرسل بعد. لا يمكن التراجع عن ذلك. تبقى أعداد التواقيع كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="55"/>
        <source>Yes, erase everything now</source>
        <translation type="unfinished">نعم، امسح كل شيء الآن</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="56"/>
        <source>Keep the data</source>
        <translation type="unfinished">الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="62"/>
        <source>A duress PIN is set: typed at the PIN pad, it erases all personal data.</source>
        <translation type="unfinished">تم تعيين رمز PIN للطوارئ: إذا كُتب على لوحة إدخال PIN، فإنه يمسح كل البيانات الشخصية.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="63"/>
        <source>No duress PIN is set.</source>
        <translation type="unfinished">لم يُعيَّن رمز PIN للطوارئ.</translation>
    </message>
</context>
<context>
    <name>SavedExports</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="96"/>
        <source>Exports saved by this kiosk</source>
        <translation type="unfinished">ملفات التصدير التي حفظها هذا الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Size</source>
        <translation type="unfinished">الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Age</source>
        <translation type="unfinished">مدة الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="98"/>
        <source>Delete the selected export</source>
        <translation type="unfinished">حذف ملف التصدير المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="109"/>
        <source>These files hold signers&apos; personal data. Delete each one once it has been delivered.</source>
        <translation type="unfinished">تحتوي هذه الملفات على البيانات الشخصية للموقّعين. احذف كل ملف فور تسليمه.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="110"/>
        <source>No exports are kept on this device.</source>
        <translation type="unfinished">لا توجد ملفات تصدير محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="115"/>
        <source>%1 KB</source>
        <translation type="unfinished">%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="116"/>
        <source>%1 MB</source>
        <translation type="unfinished">%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="121"/>
        <source>less than an hour</source>
        <translation type="unfinished">أقل من ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="123"/>
        <source>%1 hours</source>
        <translation type="unfinished">%1 ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="124"/>
        <source>%1 days</source>
        <translation type="unfinished">%1 يوم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="137"/>
        <source>Could not delete %1. Delete it by hand.</source>
        <translation type="unfinished">تعذر حذف %1. احذفه يدويًا.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="139"/>
        <source>Deleted %1.</source>
        <translation type="unfinished">تم حذف %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="68"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">إعدادات الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="69"/>
        <source>Delete right after upload</source>
        <translation type="unfinished">الحذف فور الرفع</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="70"/>
        <source>Delete some days after upload</source>
        <translation type="unfinished">الحذف بعد بضعة أيام من الرفع</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="71"/>
        <source>Keep until deleted by hand</source>
        <translation type="unfinished">الاحتفاظ حتى الحذف يدويًا</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="74"/>
        <source> days</source>
        <translation type="unfinished"> يوم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="75"/>
        <source> s</source>
        <translation type="unfinished"> ث</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>As the campaign says</source>
        <translation type="unfinished">حسب الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Personal data on this kiosk</source>
        <translation type="unfinished">البيانات الشخصية على هذا الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Days to keep after upload</source>
        <translation type="unfinished">عدد أيام الاحتفاظ بعد الرفع</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Clear an abandoned form after</source>
        <translation type="unfinished">مسح النموذج المتروك بعد</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Language of the welcome screen</source>
        <translation type="unfinished">لغة شاشة الترحيب</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="81"/>
        <source>Save settings</source>
        <translation type="unfinished">حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="93"/>
        <source>Settings saved.</source>
        <translation type="unfinished">تم حفظ الإعدادات.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="78"/>
        <source>As the campaign says (%1)</source>
        <translation type="unfinished">حسب الحملة (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Action Network</source>
        <translation type="unfinished">Action Network</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Our own server (JSON)</source>
        <translation type="unfinished">خادمنا الخاص (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="80"/>
        <source>Do not sync</source>
        <translation type="unfinished">بدون مزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="83"/>
        <source>Sending signatures to the server</source>
        <translation type="unfinished">إرسال التواقيع إلى الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server kind</source>
        <translation type="unfinished">نوع الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server address (URL)</source>
        <translation type="unfinished">عنوان الخادم (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>Petition id</source>
        <translation type="unfinished">معرّف العريضة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>New token</source>
        <translation type="unfinished">رمز مميز جديد</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="89"/>
        <source>Leave empty to keep the saved token</source>
        <translation type="unfinished">اتركه فارغًا للاحتفاظ بالرمز المحفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="90"/>
        <source>Save sync settings</source>
        <translation type="unfinished">حفظ إعدادات المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="91"/>
        <source>Sync now</source>
        <translation type="unfinished">المزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="97"/>
        <source>The token comes from the set-up (PETITION_KIOSK_SYNC_TOKEN), so the server is changed there too.</source>
        <translation type="unfinished">يأتي الرمز المميز من الإعداد (PETITION_KIOSK_SYNC_TOKEN)، لذا يُغيَّر الخادم هناك أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="100"/>
        <source>A token is saved in the keyring.</source>
        <translation type="unfinished">يوجد رمز محفوظ في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="101"/>
        <source>No token is saved yet.</source>
        <translation type="unfinished">لم يُحفظ أي رمز بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="108"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">محفوظة على هذا الكشك؛ الإرسال غير مُعدّ.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="109"/>
        <source>To send them to Action Network, enter the petition id above.</source>
        <translation type="unfinished">لإرسالها إلى Action Network، أدخل معرّف العريضة في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="111"/>
        <source>To send them, choose a server kind and enter its address above.</source>
        <translation type="unfinished">لإرسالها، اختر نوع الخادم وأدخل عنوانه في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished">آخر مزامنة ناجحة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="118"/>
        <source>Sync is paused: the hub no longer accepts this kiosk. Pair it with the hub again under “Pair with a hub”; the waiting signatures stay on this kiosk.</source>
        <translation type="unfinished">المزامنة متوقفة: لم يعد المركز يقبل هذا الكشك. اربطه بالمركز من جديد من «الربط بمركز»؛ تبقى التوقيعات المنتظرة على هذا الكشك.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="121"/>
        <source>Sync is paused until the settings or token are fixed: %1</source>
        <translation type="unfinished">المزامنة متوقفة حتى تُصحَّح الإعدادات أو الرمز: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="124"/>
        <source>Last problem: %1</source>
        <translation type="unfinished">آخر مشكلة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="126"/>
        <source>No sync has run yet.</source>
        <translation type="unfinished">لم تجرِ أي مزامنة بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="153"/>
        <source>The server changed, so the saved token was removed. Enter the token for the new server to send signatures there.</source>
        <translation type="unfinished">تغيّر الخادم، لذا أُزيل الرمز المميز المحفوظ. أدخل الرمز المميز للخادم الجديد لإرسال التواقيع إليه.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="162"/>
        <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
        <translation type="unfinished">حُفظت الإعدادات، لكن لا توجد سلسلة مفاتيح لحفظ الرمز فيها. اضبط PETITION_KIOSK_SYNC_TOKEN بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="167"/>
        <source>Sync settings saved.</source>
        <translation type="unfinished">تم حفظ إعدادات المزامنة.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="173"/>
        <source>Syncing now…</source>
        <translation type="unfinished">جارٍ المزامنة الآن…</translation>
    </message>
</context>
<context>
    <name>SpeechSection</name>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="77"/>
        <source>Reading aloud</source>
        <translation type="unfinished">القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="78"/>
        <source>Volume of the voice</source>
        <translation type="unfinished">مستوى صوت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="80"/>
        <source>Languages that can be heard on this kiosk:</source>
        <translation type="unfinished">اللغات التي يمكن سماعها على هذا الكشك:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="66"/>
        <source>synthesized voice (eSpeak NG)</source>
        <translation type="unfinished">صوت مُركَّب (eSpeak NG)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="67"/>
        <source>the system&apos;s voice</source>
        <translation type="unfinished">صوت النظام</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="68"/>
        <source>no voice: cannot be heard</source>
        <translation type="unfinished">لا يوجد صوت: لا يمكن سماعها</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="69"/>
        <source>recorded voice</source>
        <translation type="unfinished">صوت مُسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="72"/>
        <source>%1; petition and letter: recorded voice</source>
        <translation type="unfinished">%1؛ العريضة والرسالة: صوت مُسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
</TS>
