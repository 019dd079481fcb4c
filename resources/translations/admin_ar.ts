<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../../ui/admin/panel.py" line="96" />
            <source>Coordinator area</source>
            <translation type="unfinished">منطقة المنسق</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="97" />
            <source>Back to signing</source>
            <translation type="unfinished">العودة إلى التوقيع</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="98" />
            <source>Change PIN</source>
            <translation type="unfinished">تغيير رمز PIN</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="99" />
            <source>Exit the kiosk</source>
            <translation type="unfinished">الخروج من الكشك</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="101" />
            <source>Warning: there is no OS keyring on this device, so the key that protects signers' data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
            <translation type="unfinished">تحذير: لا توجد في هذا الجهاز سلسلة مفاتيح (keyring) لنظام التشغيل، لذا يُحفظ المفتاح الذي يحمي بيانات الموقّعين في ملف. أي شخص يأخذ هذا الجهاز وذلك الملف يستطيع قراءة التواقيع. استخدم جهازًا فيه سلسلة مفاتيح لجمع التواقيع متى أمكن.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Numbers</source>
            <translation type="unfinished">الأرقام</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Event</source>
            <translation type="unfinished">الفعالية</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Sync</source>
            <translation type="unfinished">المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Settings</source>
            <translation type="unfinished">الإعدادات</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="105" />
            <source>Exports</source>
            <translation type="unfinished">التصدير</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <location filename="../../ui/admin/event_page.py" line="67" />
            <source>Start a new event</source>
            <translation type="unfinished">بدء فعالية جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Event name</source>
            <translation type="unfinished">اسم الفعالية</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Place</source>
            <translation type="unfinished">المكان</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Date</source>
            <translation type="unfinished">التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="69" />
            <source>Canvasser or team</source>
            <translation type="unfinished">الناشط الميداني أو الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="71" />
            <source>Start this event</source>
            <translation type="unfinished">بدء هذه الفعالية</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="72" />
            <source>Or continue an earlier event</source>
            <translation type="unfinished">أو متابعة فعالية سابقة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="73" />
            <source>Use the chosen event</source>
            <translation type="unfinished">استخدام الفعالية المختارة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="74" />
            <source>Name of this kiosk in reports</source>
            <translation type="unfinished">اسم هذا الكشك في التقارير</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="75" />
            <source>Save the kiosk name</source>
            <translation type="unfinished">حفظ اسم الكشك</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="97" />
            <source>Give the event a name first.</source>
            <translation type="unfinished">أعطِ الفعالية اسمًا أولًا.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="106" />
            <location filename="../../ui/admin/event_page.py" line="112" />
            <source>New signatures now belong to “%1”.</source>
            <translation type="unfinished">التواقيع الجديدة تنتمي الآن إلى «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="118" />
            <source>Kiosk name saved.</source>
            <translation type="unfinished">تم حفظ اسم الكشك.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/admin/export_page.py" line="118" />
            <source>Export for organizers</source>
            <translation type="unfinished">التصدير للمنظمين</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Tally (PDF)</source>
            <translation type="unfinished">الحصيلة (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Signature sheets for delivery (PDF)</source>
            <translation type="unfinished">صفحات التواقيع للتسليم (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="120" />
            <source>Spreadsheet of signatures (CSV)</source>
            <translation type="unfinished">جدول التواقيع (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="124" />
            <location filename="../../ui/admin/export_page.py" line="139" />
            <source>All events</source>
            <translation type="unfinished">كل الفعاليات</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="125" />
            <source>from</source>
            <translation type="unfinished">من</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="126" />
            <source>until</source>
            <translation type="unfinished">حتى</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>What</source>
            <translation type="unfinished">ماذا</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>Event</source>
            <translation type="unfinished">الفعالية</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>First day</source>
            <translation type="unfinished">اليوم الأول</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Last day</source>
            <translation type="unfinished">اليوم الأخير</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Language of the document</source>
            <translation type="unfinished">لغة المستند</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="129" />
            <source>Save as</source>
            <translation type="unfinished">الحفظ باسم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="131" />
            <source>Choose…</source>
            <translation type="unfinished">اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="132" />
            <source>Export</source>
            <translation type="unfinished">تصدير</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="133" />
            <source>Cancel export</source>
            <translation type="unfinished">إلغاء التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished">مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished">ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="162" />
            <source>Save the export as</source>
            <translation type="unfinished">حفظ التصدير باسم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="170" />
            <source>Choose where to save the export.</source>
            <translation type="unfinished">اختر مكان حفظ التصدير.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="175" />
            <location filename="../../ui/admin/export_page.py" line="231" />
            <source>The first day is after the last day.</source>
            <translation type="unfinished">اليوم الأول يأتي بعد اليوم الأخير.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="189" />
            <source>Exporting…</source>
            <translation type="unfinished">جارٍ التصدير…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="196" />
            <source>Cancelling…</source>
            <translation type="unfinished">جارٍ الإلغاء…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="211" />
            <source>Saved %1 signatures to %2.</source>
            <translation type="unfinished">تم حفظ %1 توقيع في %2.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="214" />
            <source>%1 signatures whose personal data was purged after upload are not listed.</source>
            <translation type="unfinished">لم تُدرج %1 تواقيع حُذفت بياناتها الشخصية بعد الرفع.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="221" />
            <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
            <translation type="unfinished">لا يوجد ما يوضع في صفحات التواقيع: حُذفت البيانات الشخصية لكل التواقيع المطابقة بعد الرفع. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="224" />
            <source>No signatures match these filters. Nothing was saved.</source>
            <translation type="unfinished">لا توجد تواقيع تطابق عوامل التصفية هذه. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="225" />
            <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
            <translation type="unfinished">لا يمكن الحفظ هناك: المجلد غير موجود أو للقراءة فقط. اختر مكانًا آخر.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="227" />
            <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
            <translation type="unfinished">القرص ممتلئ. لم يُحفظ شيء؛ أفرغ بعض المساحة أو اختر مكانًا آخر.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="229" />
            <source>Export cancelled. Nothing was saved.</source>
            <translation type="unfinished">أُلغي التصدير. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="230" />
            <source>That event no longer exists.</source>
            <translation type="unfinished">تلك الفعالية لم تعد موجودة.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="232" />
            <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
            <translation type="unfinished">مفتاح البيانات لهذا الكشك مفقود أو غير صحيح، لذا لا يمكن فتح التواقيع.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="234" />
            <source>The signature database could not be read.</source>
            <translation type="unfinished">تعذّرت قراءة قاعدة بيانات التواقيع.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="236" />
            <source>The export failed (%1). Nothing was saved.</source>
            <translation type="unfinished">فشل التصدير (%1). لم يُحفظ شيء.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Translation: draft, awaiting review by a native speaker</source>
            <translation type="unfinished">الترجمة: مسودة بانتظار مراجعة متحدث أصلي</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="45" />
            <source>Signatures on this kiosk</source>
            <translation type="unfinished">التواقيع على هذا الكشك</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="47" />
            <source>Today</source>
            <translation type="unfinished">اليوم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="48" />
            <source>This event</source>
            <translation type="unfinished">هذه الفعالية</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="49" />
            <source>All time</source>
            <translation type="unfinished">منذ البداية</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Waiting to sync</source>
            <translation type="unfinished">بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="51" />
            <source>Synced</source>
            <translation type="unfinished">تمت مزامنتها</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="52" />
            <source>Rejected by the server</source>
            <translation type="unfinished">رفضها الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="56" />
            <source>Why signatures were rejected</source>
            <translation type="unfinished">أسباب رفض التواقيع</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="70" />
            <source>Current event: %1</source>
            <translation type="unfinished">الفعالية الحالية: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="71" />
            <source>No event is set: new signatures belong to no event.</source>
            <translation type="unfinished">لا توجد فعالية محددة: التواقيع الجديدة لا تنتمي إلى أي فعالية.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="73" />
            <source>(no reason given)</source>
            <translation type="unfinished">(بدون سبب)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="76" />
            <source>None.</source>
            <translation type="unfinished">لا شيء.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="61" />
            <source>Kiosk settings</source>
            <translation type="unfinished">إعدادات الكشك</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="62" />
            <source>Delete right after upload</source>
            <translation type="unfinished">الحذف فور الرفع</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="63" />
            <source>Delete some days after upload</source>
            <translation type="unfinished">الحذف بعد بضعة أيام من الرفع</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="64" />
            <source>Keep until deleted by hand</source>
            <translation type="unfinished">الاحتفاظ حتى الحذف يدويًا</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="67" />
            <source> days</source>
            <translation type="unfinished"> يوم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="68" />
            <source> s</source>
            <translation type="unfinished"> ث</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="69" />
            <source>As the campaign says</source>
            <translation type="unfinished">حسب الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Personal data on this kiosk</source>
            <translation type="unfinished">البيانات الشخصية على هذا الكشك</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Days to keep after upload</source>
            <translation type="unfinished">عدد أيام الاحتفاظ بعد الرفع</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Clear an abandoned form after</source>
            <translation type="unfinished">مسح النموذج المتروك بعد</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Language of the welcome screen</source>
            <translation type="unfinished">لغة شاشة الترحيب</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="74" />
            <source>Save settings</source>
            <translation type="unfinished">حفظ الإعدادات</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="86" />
            <source>Settings saved.</source>
            <translation type="unfinished">تم حفظ الإعدادات.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="73" />
            <source>As the campaign says (%1)</source>
            <translation type="unfinished">حسب الحملة (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Action Network</source>
            <translation type="unfinished">Action Network</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Our own server (JSON)</source>
            <translation type="unfinished">خادمنا الخاص (JSON)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="75" />
            <source>Do not sync</source>
            <translation type="unfinished">بدون مزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="78" />
            <source>Sending signatures to the server</source>
            <translation type="unfinished">إرسال التواقيع إلى الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server kind</source>
            <translation type="unfinished">نوع الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server address (URL)</source>
            <translation type="unfinished">عنوان الخادم (URL)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>Petition id</source>
            <translation type="unfinished">معرّف العريضة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>New token</source>
            <translation type="unfinished">رمز مميز جديد</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="84" />
            <source>Leave empty to keep the saved token</source>
            <translation type="unfinished">اتركه فارغًا للاحتفاظ بالرمز المحفوظ</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="85" />
            <source>Save sync settings</source>
            <translation type="unfinished">حفظ إعدادات المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="86" />
            <source>Sync now</source>
            <translation type="unfinished">المزامنة الآن</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="91" />
            <source>A token is saved in the keyring.</source>
            <translation type="unfinished">يوجد رمز محفوظ في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="92" />
            <source>No token is saved yet.</source>
            <translation type="unfinished">لم يُحفظ أي رمز بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="96" />
            <source>Last successful sync: %1</source>
            <translation type="unfinished">آخر مزامنة ناجحة: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="98" />
            <source>Sync is paused until the settings or token are fixed: %1</source>
            <translation type="unfinished">المزامنة متوقفة حتى تُصحَّح الإعدادات أو الرمز: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="101" />
            <source>Last problem: %1</source>
            <translation type="unfinished">آخر مشكلة: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="102" />
            <source>No sync has run yet.</source>
            <translation type="unfinished">لم تجرِ أي مزامنة بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="107" />
            <source>the server did not answer in time</source>
            <translation type="unfinished">لم يرد الخادم في الوقت المحدد</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="108" />
            <source>no connection to the server</source>
            <translation type="unfinished">لا يوجد اتصال بالخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="109" />
            <source>the server's certificate could not be verified</source>
            <translation type="unfinished">تعذّر التحقق من شهادة الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="110" />
            <source>the server had an error</source>
            <translation type="unfinished">حدث خطأ في الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="111" />
            <source>the server asked us to slow down</source>
            <translation type="unfinished">طلب الخادم منا الإبطاء</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="112" />
            <source>the server's answer was not understood</source>
            <translation type="unfinished">لم يُفهم رد الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="113" />
            <source>the token was refused: enter a new one</source>
            <translation type="unfinished">رُفض الرمز: أدخل رمزًا جديدًا</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="114" />
            <source>no token is saved</source>
            <translation type="unfinished">لا يوجد رمز محفوظ</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="115" />
            <source>the petition id is wrong</source>
            <translation type="unfinished">معرّف العريضة غير صحيح</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="116" />
            <source>no server is set up</source>
            <translation type="unfinished">لم يُعدّ أي خادم</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="117" />
            <source>the address must start with https://</source>
            <translation type="unfinished">يجب أن يبدأ العنوان بـ ⁨https://⁩</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="118" />
            <source>the certificate file is missing</source>
            <translation type="unfinished">ملف الشهادة مفقود</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="134" />
            <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
            <translation type="unfinished">حُفظت الإعدادات، لكن لا توجد سلسلة مفاتيح لحفظ الرمز فيها. اضبط PETITION_KIOSK_SYNC_TOKEN بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="138" />
            <source>Sync settings saved.</source>
            <translation type="unfinished">تم حفظ إعدادات المزامنة.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="144" />
            <source>Syncing now…</source>
            <translation type="unfinished">جارٍ المزامنة الآن…</translation>
        </message>
    </context>
</TS>
