<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form.py" line="332"/>
        <source>First name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="333"/>
        <source>Last name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="334"/>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="335"/>
        <source>Mobile phone</source>
        <translation type="unfinished">الهاتف المحمول</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="336"/>
        <source>ZIP code</source>
        <translation type="unfinished">الرمز البريدي (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="337"/>
        <source>Street address</source>
        <translation type="unfinished">عنوان السكن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="345"/>
        <source>%1 (or %2)</source>
        <translation type="unfinished">%1 (أو %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="347"/>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="354"/>
        <source>I agree to receive updates by email</source>
        <translation type="unfinished">أوافق على تلقي الأخبار بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="357"/>
        <source>I agree to receive text messages</source>
        <translation type="unfinished">أوافق على تلقي الرسائل النصية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="361"/>
        <source>Updates are optional. Your signature counts either way.</source>
        <translation type="unfinished">تلقي الأخبار اختياري. توقيعك يُحسب في كل الأحوال.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign ➜</source>
        <translation type="unfinished">التالي: التوقيع ←</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign</source>
        <translation type="unfinished">التالي: التوقيع</translation>
    </message>
</context>
<context>
    <name>KeyStoreSetupScreen</name>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="112"/>
        <source>Where should this kiosk keep its key?</source>
        <translation type="unfinished">أين ينبغي أن يحفظ هذا الكشك مفتاحه؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="114"/>
        <source>This computer has no keyring, the safe place where the kiosk usually keeps the key that locks the signers&apos; data. Choose one of these before the first signer; you choose the coordinator PIN next.</source>
        <translation type="unfinished">لا توجد في هذا الحاسوب سلسلة مفاتيح، وهي المكان الآمن الذي يحفظ فيه الكشك عادةً المفتاح الذي يحمي بيانات الموقّعين. اختر أحد هذين الخيارين قبل أول موقّع؛ وبعد ذلك تختار رمز PIN الخاص بالمنسق.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="117"/>
        <source>Keep the key in a protected file on this computer</source>
        <translation type="unfinished">حفظ المفتاح في ملف محمي على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="119"/>
        <source>Warning: anyone who takes this computer and its files can open the signers&apos; records. Pairing with a hub is safer.</source>
        <translation type="unfinished">تحذير: أي شخص يأخذ هذا الحاسوب وملفاته يستطيع فتح سجلات الموقّعين. الربط بمركز أكثر أمانًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="121"/>
        <source>Use a protected file</source>
        <translation type="unfinished">استخدام ملف محمي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="122"/>
        <location filename="../../ui/screens/key_store_setup.py" line="127"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">الربط بمركز</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="124"/>
        <source>The hub seals each record, so this tablet holds no key that opens them. The tablet keeps its hub token in a protected file: the token can only upload, and the hub can revoke it. You type the hub&apos;s address and code after choosing the PIN.</source>
        <translation type="unfinished">يختم المركز كل سجل، لذا لا يملك هذا الجهاز اللوحي أي مفتاح يفتح السجلات. يحفظ الجهاز اللوحي رمز المركز الخاص به في ملف محمي: لا يصلح هذا الرمز إلا للرفع، ويستطيع المركز إلغاءه. بعد اختيار رمز PIN تكتب عنوان المركز ورمز الربط.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="128"/>
        <source>The kiosk remembers this choice and does not ask again.</source>
        <translation type="unfinished">يتذكر الكشك هذا الاختيار ولا يسأل مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window/top_bar.py" line="78"/>
        <source>← Back</source>
        <translation type="unfinished">→ رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="79"/>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="80"/>
        <source>Start over</source>
        <translation type="unfinished">البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="81"/>
        <source>A+ Larger text</source>
        <translation type="unfinished">⁨A+⁩ تكبير الخط</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="82"/>
        <source>Larger text</source>
        <translation type="unfinished">تكبير الخط</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="48"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">رمز PIN الخاص بالمنسق</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="99"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished">رمز PIN هذا غير صحيح.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="59"/>
        <source>Enter the new PIN (4 to 12 digits)</source>
        <translation type="unfinished">أدخل رمز PIN الجديد (من 4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="69"/>
        <source>Choose a duress PIN: typed at the PIN pad, it erases all personal data</source>
        <translation type="unfinished">اختر رمز PIN للطوارئ: إذا كُتب على لوحة إدخال PIN، فإنه يمسح كل البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="88"/>
        <source>Welcome! Choose a coordinator PIN for this kiosk (4 to 12 digits)</source>
        <translation type="unfinished">مرحبًا! اختر رمز PIN خاصًا بالمنسق لهذا الكشك (من 4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="106"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished">يتكون رمز PIN من 4 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="109"/>
        <source>That PIN is too easy to guess. Please choose another.</source>
        <translation type="unfinished">رمز PIN هذا سهل التخمين جدًا. يُرجى اختيار رمز آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="114"/>
        <source>Enter the new PIN again</source>
        <translation type="unfinished">أدخل رمز PIN الجديد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="124"/>
        <source>The two PINs were different. Please start again.</source>
        <translation type="unfinished">الرمزان مختلفان. يُرجى البدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="136"/>
        <source>The coordinator PIN and the duress PIN must be different.</source>
        <translation type="unfinished">يجب أن يكون رمز PIN الخاص بالمنسق مختلفًا عن رمز PIN للطوارئ.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="19"/>
        <source>English</source>
        <translation type="unfinished">العربية</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Please enter your first name.</source>
        <translation type="unfinished">يُرجى كتابة اسمك الأول.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Please enter your last name.</source>
        <translation type="unfinished">يُرجى كتابة اسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Please enter your email address.</source>
        <translation type="unfinished">يُرجى كتابة بريدك الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Please enter your phone number.</source>
        <translation type="unfinished">يُرجى كتابة رقم هاتفك.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Please enter your ZIP code.</source>
        <translation type="unfinished">يُرجى كتابة الرمز البريدي (ZIP).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Please enter your street address.</source>
        <translation type="unfinished">يُرجى كتابة عنوان سكنك.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>This field is required.</source>
        <translation type="unfinished">هذه الخانة مطلوبة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished">هذا طويل جدًا. يُرجى اختصاره.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This email address doesn&apos;t look right. Example: name@example.com</source>
        <translation type="unfinished">يبدو أن عنوان البريد الإلكتروني هذا غير صحيح. مثال: ⁨name@example.com⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>This phone number doesn&apos;t look right. Example: 213 555 0123</source>
        <translation type="unfinished">يبدو أن رقم الهاتف هذا غير صحيح. مثال: ⁨213 555 0123⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>A ZIP code has 5 digits, for example 90011.</source>
        <translation type="unfinished">يتكون الرمز البريدي (ZIP) من 5 أرقام، مثل ⁨90011⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Please give an email address or a phone number so we can count your signature.</source>
        <translation type="unfinished">يُرجى كتابة بريد إلكتروني أو رقم هاتف حتى نتمكن من احتساب توقيعك.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished">يُرجى التوقيع داخل المربع بإصبعك.</translation>
    </message>
    <message>
        <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
        <translation type="obsolete">خبر سار: لقد وقّعت على هذه العريضة من قبل. شكرًا لك! يمكن لكل شخص التوقيع مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
        <translation type="unfinished">تعذّر حفظ توقيعك الآن. لم يضع شيء مما كتبته. يُرجى الضغط على «التوقيع على العريضة» مرة أخرى، أو طلب المساعدة من أحد المتطوعين.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>This device has no safe place to keep the key that protects signatures.</source>
        <translation type="unfinished">لا يوجد في هذا الجهاز مكان آمن لحفظ المفتاح الذي يحمي التواقيع.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>The key that protects the signatures on this device is missing or wrong.</source>
        <translation type="unfinished">المفتاح الذي يحمي التواقيع على هذا الجهاز مفقود أو غير صحيح.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>The signature database on this device could not be opened.</source>
        <translation type="unfinished">تعذّر فتح قاعدة بيانات التواقيع على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Something this kiosk needs to keep signatures safe is not working.</source>
        <translation type="unfinished">شيء يحتاجه هذا الكشك لحماية التواقيع لا يعمل.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>the server did not answer in time</source>
        <translation type="unfinished">لم يرد الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>no connection to the server</source>
        <translation type="unfinished">لا يوجد اتصال بالخادم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished">تعذّر التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>the server had an error</source>
        <translation type="unfinished">حدث خطأ في الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>the server asked us to slow down</source>
        <translation type="unfinished">طلب الخادم منا الإبطاء</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>the server&apos;s answer was not understood</source>
        <translation type="unfinished">لم يُفهم رد الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>the server did not say what became of some signatures; they will be sent again</source>
        <translation type="unfinished">لم يذكر الخادم ما حدث لبعض التواقيع؛ ستُرسل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>the token was refused: enter a new one</source>
        <translation type="unfinished">رُفض الرمز: أدخل رمزًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>no token is saved</source>
        <translation type="unfinished">لا يوجد رمز محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>the petition id is wrong</source>
        <translation type="unfinished">معرّف العريضة غير صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>no server is set up</source>
        <translation type="unfinished">لم يُعدّ أي خادم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>the address must start with https://</source>
        <translation type="unfinished">يجب أن يبدأ العنوان بـ ⁨https://⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>the certificate file is missing</source>
        <translation type="unfinished">ملف الشهادة مفقود</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>some signatures could not be opened with this kiosk&apos;s key; they are kept</source>
        <translation type="unfinished">تعذر فتح بعض التواقيع بمفتاح هذا الكشك؛ وهي محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>the server refused some signatures</source>
        <translation type="unfinished">رفض الخادم بعض التواقيع</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
        <translation type="unfinished">لا يوجد ما يوضع في صفحات التواقيع: حُذفت البيانات الشخصية لكل التواقيع المطابقة بعد الرفع. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>No signatures match these filters. Nothing was saved.</source>
        <translation type="unfinished">لا توجد تواقيع تطابق عوامل التصفية هذه. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
        <translation type="unfinished">لا يمكن الحفظ هناك: المجلد غير موجود أو للقراءة فقط. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation type="unfinished">القرص ممتلئ. لم يُحفظ شيء؛ أفرغ بعض المساحة أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Export cancelled. Nothing was saved.</source>
        <translation type="unfinished">أُلغي التصدير. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>That event no longer exists.</source>
        <translation type="unfinished">تلك الفعالية لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">اليوم الأول يأتي بعد اليوم الأخير.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This tablet seals every signature for the hub and cannot open names. Make signature sheets and the spreadsheet from the hub&apos;s dashboard; the tally works here.</source>
        <translation>هذا الجهاز اللوحي يختم كل توقيع للمركز ولا يستطيع فتح الأسماء. أنشئ أوراق التوقيعات وجدول البيانات من لوحة المركز؛ أما الإحصاء فيعمل هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
        <translation type="unfinished">مفتاح البيانات لهذا الكشك مفقود أو غير صحيح، لذا لا يمكن فتح التواقيع.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>The signature database could not be read.</source>
        <translation type="unfinished">تعذّرت قراءة قاعدة بيانات التواقيع.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The export failed (%1). Nothing was saved.</source>
        <translation type="unfinished">فشل التصدير (%1). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>the hub no longer accepts this kiosk: pair it with the hub again</source>
        <translation type="unfinished">لم يعد المركز يقبل هذا الكشك: اربطه بالمركز من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>this kiosk&apos;s hub token is missing: pair it with the hub again</source>
        <translation type="unfinished">رمز المركز لهذا الكشك مفقود: اربطه بالمركز من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>an unexpected problem (%1)</source>
        <translation type="unfinished">مشكلة غير متوقعة (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The key this kiosk locks signatures with was changed on this device. To keep signers safe, it takes no signatures until it is paired with its hub again.</source>
        <translation type="unfinished">تم تغيير المفتاح الذي يقفل به هذا الكشك التواقيع على هذا الجهاز. لحماية الموقّعين، لن يقبل أي توقيع حتى يُربط بمركزه من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>This kiosk must be paired with its hub again before it takes signatures.</source>
        <translation type="unfinished">يجب ربط هذا الكشك بمركزه من جديد قبل أن يقبل التواقيع.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The coordinator PIN's record was changed on this device. To keep signers safe, this kiosk takes no signatures and its admin area stays closed.</source>
        <translation type="unfinished">تم تغيير سجل رمز PIN الخاص بالمنسق على هذا الجهاز. لحماية الموقّعين، لا يقبل هذا الكشك أي توقيع وتبقى منطقة الإدارة مغلقة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not accept one of its fields (%1)</source>
        <translation type="unfinished">تعذّر على الخادم قبول أحد حقولها (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it (HTTP %1)</source>
        <translation type="unfinished">رفضها الخادم (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not read what was sent</source>
        <translation type="unfinished">تعذّر على الخادم قراءة ما أُرسل</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it without giving a reason</source>
        <translation type="unfinished">رفضها الخادم دون ذكر سبب</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not allow this signature</source>
        <translation type="unfinished">لا يسمح الخادم بهذا التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not take signatures at this address</source>
        <translation type="unfinished">لا يستقبل الخادم التوقيعات على هذا العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server was busy or had a problem</source>
        <translation type="unfinished">كان الخادم مشغولًا أو واجه مشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused this kiosk&apos;s token</source>
        <translation type="unfinished">رفض الخادم رمز هذا الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>too large for the server, even on its own</source>
        <translation type="unfinished">أكبر من أن يقبلها الخادم، حتى وحدها</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the drawn signature was refused</source>
        <translation type="unfinished">رُفض التوقيع المرسوم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the name was refused</source>
        <translation type="unfinished">رُفض الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the email address was refused</source>
        <translation type="unfinished">رُفض البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the phone number was refused</source>
        <translation type="unfinished">رُفض رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the ZIP code was refused</source>
        <translation type="unfinished">رُفض الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the street address was refused</source>
        <translation type="unfinished">رُفض عنوان الشارع</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the consent answers were refused</source>
        <translation type="unfinished">رُفضت إجابات الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event name was refused</source>
        <translation type="unfinished">رُفض اسم الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event's place was refused</source>
        <translation type="unfinished">رُفض مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a required field was missing</source>
        <translation type="unfinished">كان حقل مطلوب ناقصًا</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a field was too long</source>
        <translation type="unfinished">كان أحد الحقول طويلًا جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server already has this person</source>
        <translation type="unfinished">لدى الخادم هذا الشخص بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the campaign no longer takes signatures</source>
        <translation type="unfinished">لم تعد الحملة تستقبل التوقيعات</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not know this campaign</source>
        <translation type="unfinished">لا يعرف الخادم هذه الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the hub could not open the sealed record (it was sealed to another key)</source>
        <translation type="unfinished">تعذّر على المركز فتح السجل المختوم (خُتم بمفتاح آخر)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the sealed record was damaged on the way</source>
        <translation type="unfinished">تلف السجل المختوم في الطريق</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the pairing code was refused</source>
        <translation type="unfinished">رُفض رمز الاقتران</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="357"/>
        <source>Pinyin</source>
        <translation type="unfinished">بينيين</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>Previous characters</source>
        <translation type="unfinished">الأحرف الصينية السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>More characters</source>
        <translation type="unfinished">مزيد من الأحرف الصينية</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="266"/>
        <source>Switch letters</source>
        <translation type="unfinished">تبديل الحروف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="261"/>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="262"/>
        <source>Capital letter</source>
        <translation type="unfinished">حرف كبير</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>space</source>
        <translation type="unfinished">مسافة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>Space</source>
        <translation type="unfinished">مسافة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next ➜</source>
        <translation type="unfinished">التالي ←</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next field</source>
        <translation type="unfinished">الخانة التالية</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>no secure key store (OS keyring) is available, so signatures cannot be collected; to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file</source>
        <translation type="unfinished">لا يتوفر مخزن آمن للمفاتيح (سلسلة مفاتيح نظام التشغيل)، لذا لا يمكن جمع التواقيع؛ لحفظ مفتاح البيانات في ملف محمي بدلًا من ذلك، اضبط ⁨PETITION_KIOSK_KEY_STORE=file⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>the key file %1 can be read by other users, so signatures will not be collected; make it private with: chmod 600 %1</source>
        <translation type="unfinished">يستطيع مستخدمون آخرون قراءة ملف المفتاح ⁨%1⁩، لذا لن تُجمع التواقيع؛ اجعله خاصًا بهذا الأمر: ⁨chmod 600 %1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>the data key file would be inside the data dir, beside the signatures it protects, so signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)</source>
        <translation type="unfinished">سيكون ملف مفتاح البيانات داخل مجلد البيانات، بجانب التواقيع التي يحميها، لذا لا يمكن جمع التواقيع؛ أبقِ مجلد الإعدادات (أو ⁨PETITION_KIOSK_KEY_FILE⁩) خارج مجلد البيانات (⁨PETITION_KIOSK_DATA_DIR⁩ أو ⁨--data-dir⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>the data key for this kiosk is missing or wrong; restore it before collecting</source>
        <translation type="unfinished">مفتاح البيانات لهذا الكشك مفقود أو غير صحيح؛ استعِده قبل جمع التواقيع</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>the signature database could not be written or checked</source>
        <translation type="unfinished">تعذّرت الكتابة في قاعدة بيانات التواقيع أو التحقق منها</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>the settings file was unreadable; defaults are in use and the old file was kept</source>
        <translation type="unfinished">تعذّرت قراءة ملف الإعدادات؛ تُستخدم الإعدادات الافتراضية، واحتُفظ بالملف القديم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>campaign file %1: field &apos;%2&apos; is %3</source>
        <translation type="unfinished">ملف الحملة ⁨%1⁩: الحقل ⁨&apos;%2&apos;⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>a record opened but does not read as a signature (damaged, or not this campaign&apos;s); it was left as it is</source>
        <translation type="unfinished">فُتح سجل لكنه لا يُقرأ كتوقيع (تالف، أو ليس من هذه الحملة)؛ تُرك كما هو</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>this record is sealed for the hub: this kiosk holds no key that opens it; read it on the hub</source>
        <translation type="unfinished">هذا السجل مختوم للمركز: لا يملك هذا الكشك أي مفتاح يفتحه؛ اقرأه على المركز</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>the hub&apos;s sealing key is not a valid public key: nothing was changed; pair this kiosk again</source>
        <translation type="unfinished">مفتاح الختم الخاص بالمركز ليس مفتاحًا عامًا صالحًا: لم يتغير شيء؛ اربط هذا الكشك بالمركز من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>cannot write %1: the folder does not exist, is read-only, or the path is a folder</source>
        <translation type="unfinished">لا يمكن كتابة ⁨%1⁩: المجلد غير موجود، أو للقراءة فقط، أو أن المسار مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>the disk is full: %1 was not written (nothing half-written was left behind)</source>
        <translation type="unfinished">القرص ممتلئ: لم يُكتب ⁨%1⁩ (لم يبقَ أي شيء مكتوب جزئيًا)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>no signatures match these filters: nothing was written</source>
        <translation type="unfinished">لا توجد تواقيع تطابق عوامل التصفية هذه: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>the export was cancelled: nothing was written</source>
        <translation type="unfinished">أُلغي التصدير: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>there is no event named &apos;%1&apos; on this kiosk</source>
        <translation type="unfinished">لا توجد على هذا الكشك فعالية باسم ⁨&apos;%1&apos;⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>this kiosk seals every signature for its hub and cannot open names: make sheets and CSV on the hub (petition-kiosk hub export); the tally works here</source>
        <translation type="unfinished">هذا الكشك يختم كل توقيع لمركزه ولا يستطيع فتح الأسماء: أنشئ أوراق التوقيعات وملف CSV على المركز (⁨petition-kiosk hub export⁩)؛ أما الإحصاء فيعمل هنا</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>every matching signature&apos;s personal data was purged after upload, so there is nothing to put on signature sheets: nothing was written</source>
        <translation type="unfinished">حُذفت البيانات الشخصية لكل التواقيع المطابقة بعد الرفع، لذا لا يوجد ما يوضع في صفحات التواقيع: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>--since is after --until: no day can match</source>
        <translation type="unfinished">تاريخ ⁨--since⁩ يأتي بعد تاريخ ⁨--until⁩: لا يمكن أن يطابق أي يوم</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>--%1 must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">يجب أن يكون ⁨--%1⁩ تاريخًا مكتوبًا بالشكل ⁨YYYY-MM-DD⁩</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>unexpected %1</source>
        <translation type="unfinished">⁨%1⁩ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the sealing key in the database is not the one pinned in the key store at pairing, so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">مفتاح الختم في قاعدة البيانات ليس المفتاح المثبّت في مخزن المفاتيح عند الربط، لذا لا يُختم أي توقيع به؛ اربط هذا الكشك بمركزه من جديد (⁨petition-kiosk pair --hub URL --code CODE⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the database names a hub sealing key that the key store never pinned (a kiosk paired before keys were pinned, or a key written in), so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">تذكر قاعدة البيانات مفتاح ختم للمركز لم يثبّته مخزن المفاتيح قط (كشك رُبط قبل تثبيت المفاتيح، أو مفتاح كُتب فيها)، لذا لا يُختم أي توقيع به؛ اربط هذا الكشك بمركزه من جديد (⁨petition-kiosk pair --hub URL --code CODE⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the coordinator PIN's record in the database does not match its check in the key store (edited or deleted on the disk), so the admin area stays closed; see docs/hub.md, 'What the tablet trusts', to choose a new PIN</source>
        <translation type="unfinished">سجل رمز PIN الخاص بالمنسق في قاعدة البيانات لا يطابق التحقق المحفوظ في مخزن المفاتيح (عُدّل أو حُذف على القرص)، لذا تبقى منطقة الإدارة مغلقة؛ راجع ⁨docs/hub.md⁩، 'What the tablet trusts'، لاختيار رمز PIN جديد</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="67"/>
        <source>Our letter to %1</source>
        <translation type="unfinished">رسالتنا إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="69"/>
        <source>Slide up with your finger to read more.</source>
        <translation type="unfinished">اسحب بإصبعك إلى الأعلى لقراءة المزيد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="70"/>
        <source>The petition and the letter</source>
        <translation type="unfinished">العريضة والرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="71"/>
        <source>I want to sign ➜</source>
        <translation type="unfinished">أريد التوقيع ←</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="121"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">رمز PIN الخاص بالمنسق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="124"/>
        <source>Clear</source>
        <translation type="unfinished">مسح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
        <source>Clear the PIN</source>
        <translation type="unfinished">مسح رمز PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="128"/>
        <source>Delete last digit</source>
        <translation type="unfinished">حذف آخر رقم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="132"/>
        <location filename="../../ui/widgets/pin_pad.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="134"/>
        <source>OK</source>
        <translation type="unfinished">موافق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="135"/>
        <source>Confirm the PIN</source>
        <translation type="unfinished">تأكيد رمز PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="140"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform>لم يُدخل أي رقم (%n)</numerusform>
            <numerusform>تم إدخال رقم واحد (%n)</numerusform>
            <numerusform>تم إدخال رقمين (%n)</numerusform>
            <numerusform>تم إدخال %n أرقام</numerusform>
            <numerusform>تم إدخال %n رقمًا</numerusform>
            <numerusform>تم إدخال %n رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="145"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة (%n).</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين (%n).</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="129"/>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="130"/>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="132"/>
        <source>ZIP code</source>
        <translation type="unfinished">الرمز البريدي (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="133"/>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="144"/>
        <source>Email updates</source>
        <translation type="unfinished">الأخبار بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="148"/>
        <source>Text messages</source>
        <translation type="unfinished">الرسائل النصية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="153"/>
        <source>Please check your details</source>
        <translation type="unfinished">يُرجى التحقق من بياناتك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="154"/>
        <source>Your signature</source>
        <translation type="unfinished">توقيعك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>← Change my details</source>
        <translation type="unfinished">→ تعديل بياناتي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>Change my details</source>
        <translation type="unfinished">تعديل بياناتي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="156"/>
        <source>Sign the petition</source>
        <translation type="unfinished">التوقيع على العريضة</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="87"/>
        <source>Sign with your finger in the box</source>
        <translation type="unfinished">وقّع بإصبعك داخل المربع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="88"/>
        <source>Your signature will be delivered to %1 with the petition.</source>
        <translation type="unfinished">سيُسلَّم توقيعك إلى %1 مع العريضة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="90"/>
        <source>Drawing your signature is optional. You can also continue without it.</source>
        <translation type="unfinished">رسم التوقيع اختياري. يمكنك أيضًا المتابعة بدونه.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="91"/>
        <source>Sign here</source>
        <translation type="unfinished">وقّع هنا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="92"/>
        <source>Signature pad</source>
        <translation type="unfinished">لوحة التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear</source>
        <translation type="unfinished">مسح</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear the signature</source>
        <translation type="unfinished">مسح التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review ➜</source>
        <translation type="unfinished">التالي: المراجعة ←</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review</source>
        <translation type="unfinished">التالي: المراجعة</translation>
    </message>
</context>
<context>
    <name>StartFailureScreen</name>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="47"/>
        <source>This kiosk cannot take signatures right now</source>
        <translation type="unfinished">لا يستطيع هذا الكشك استقبال التواقيع الآن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="49"/>
        <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
        <translation type="unfinished">التواقيع المحفوظة على هذا الجهاز لم تُمس. يُرجى طلب المساعدة من المنسق.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="51"/>
        <source>For the coordinator: %1</source>
        <translation type="unfinished">للمنسق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close the kiosk</source>
        <translation type="unfinished">إغلاق الكشك</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="99"/>
        <source>Still there?</source>
        <translation type="unfinished">هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="101"/>
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد ثانية واحدة (%n).</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد ثانيتين (%n).</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="102"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished">ما زلت هنا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="103"/>
        <source>I&apos;m still here, keep my form</source>
        <translation type="unfinished">ما زلت هنا، احتفظوا بنموذجي</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="59"/>
        <source>Thank you!</source>
        <translation type="unfinished">شكرًا لك!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="58"/>
        <source>Thank you, %1!</source>
        <translation type="unfinished">شكرًا لك يا %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="60"/>
        <source>Your signature has been saved. Please pass the tablet to the next person.</source>
        <translation type="unfinished">تم حفظ توقيعك. يُرجى تسليم الجهاز اللوحي إلى الشخص التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="61"/>
        <source>%1 people have signed</source>
        <translation type="unfinished">وقّع %1 شخصًا حتى الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="62"/>
        <source>This screen closes in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>ستُغلق هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد ثانية واحدة (%n).</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد ثانيتين (%n).</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished">تم</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="144"/>
        <source>%1 signed</source>
        <translation type="unfinished">
            <numerusform>%1 توقيع</numerusform>
            <numerusform>توقيع واحد (%1)</numerusform>
            <numerusform>توقيعان (%1)</numerusform>
            <numerusform>%1 تواقيع</numerusform>
            <numerusform>%1 توقيعًا</numerusform>
            <numerusform>%1 توقيع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="144"/>
        <source>Help us reach %1 signatures</source>
        <translation type="unfinished">ساعدونا للوصول إلى %1 توقيع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>%1 of %2 signatures</source>
        <translation type="unfinished">%1 من %2 توقيع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign</source>
        <translation type="unfinished">اضغط للتوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign the petition</source>
        <translation type="unfinished">اضغط للتوقيع على العريضة</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="168"/>
        <source>Listen</source>
        <translation type="unfinished">استمع</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="183"/>
        <source>No voice for this language</source>
        <translation type="unfinished">لا يوجد صوت لهذه اللغة</translation>
    </message>
</context>
<context>
    <name>FieldSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">استمع إلى ما كتبته</translation>
    </message>
</context>
<context>
    <name>ValueSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">استمع إلى ما كتبته</translation>
    </message>
</context>
</TS>
