<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht" sourcelanguage="en">
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form.py" line="332"/>
        <source>First name</source>
        <translation type="unfinished">Prenon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="333"/>
        <source>Last name</source>
        <translation type="unfinished">Non fanmi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="334"/>
        <source>Email</source>
        <translation type="unfinished">Imèl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="335"/>
        <source>Mobile phone</source>
        <translation type="unfinished">Telefòn selilè</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="336"/>
        <source>ZIP code</source>
        <translation type="unfinished">Kòd postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="337"/>
        <source>Street address</source>
        <translation type="unfinished">Adrès lakay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>phone</source>
        <translation type="unfinished">telefòn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>email</source>
        <translation type="unfinished">imèl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="345"/>
        <source>%1 (or %2)</source>
        <translation type="unfinished">%1 (oswa %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="347"/>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (si ou vle)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="354"/>
        <source>I agree to receive updates by email</source>
        <translation type="unfinished">Mwen dakò resevwa nouvèl pa imèl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="357"/>
        <source>I agree to receive text messages</source>
        <translation type="unfinished">Mwen dakò resevwa mesaj tèks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="361"/>
        <source>Updates are optional. Your signature counts either way.</source>
        <translation type="unfinished">Nouvèl yo pa obligatwa. Siyati ou konte kanmenm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign ➜</source>
        <translation type="unfinished">Apre: siyen ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign</source>
        <translation type="unfinished">Apre: siyen</translation>
    </message>
</context>
<context>
    <name>KeyStoreSetupScreen</name>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="112"/>
        <source>Where should this kiosk keep its key?</source>
        <translation type="unfinished">Ki kote kyòs sa a dwe kenbe kle li?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="114"/>
        <source>This computer has no keyring, the safe place where the kiosk usually keeps the key that locks the signers&apos; data. Choose one of these before the first signer; you choose the coordinator PIN next.</source>
        <translation type="unfinished">Òdinatè sa a pa gen keyring, kote ki an sekirite kyòs la konn kenbe kle ki pwoteje done moun ki siyen yo. Chwazi youn nan opsyon sa yo anvan premye moun siyen; apre sa, w ap chwazi PIN kowòdonatè a.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="117"/>
        <source>Keep the key in a protected file on this computer</source>
        <translation type="unfinished">Kenbe kle a nan yon fichye ki pwoteje sou òdinatè sa a</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="119"/>
        <source>Warning: anyone who takes this computer and its files can open the signers&apos; records. Pairing with a hub is safer.</source>
        <translation type="unfinished">Atansyon: nenpòt moun ki pran òdinatè sa a ak fichye li yo ka louvri dosye moun ki siyen yo. Li pi an sekirite pou konekte l ak yon sant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="121"/>
        <source>Use a protected file</source>
        <translation type="unfinished">Sèvi ak yon fichye pwoteje</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="122"/>
        <location filename="../../ui/screens/key_store_setup.py" line="127"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">Konekte ak yon sant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="124"/>
        <source>The hub seals each record, so this tablet holds no key that opens them. The tablet keeps its hub token in a protected file: the token can only upload, and the hub can revoke it. You type the hub&apos;s address and code after choosing the PIN.</source>
        <translation type="unfinished">Sant lan sele chak dosye, kidonk tablèt sa a pa gen okenn kle ki ka louvri yo. Tablèt la kenbe token sant li nan yon fichye ki pwoteje: token an ka sèlman voye siyati, epi sant lan ka anile l. Apre ou fin chwazi PIN nan, w ap tape adrès sant lan ak kòd koneksyon an.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="128"/>
        <source>The kiosk remembers this choice and does not ask again.</source>
        <translation type="unfinished">Kyòs la sonje chwa sa a epi li p ap mande ankò.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window/top_bar.py" line="78"/>
        <source>← Back</source>
        <translation type="unfinished">← Tounen</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="79"/>
        <source>Back</source>
        <translation type="unfinished">Tounen</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="80"/>
        <source>Start over</source>
        <translation type="unfinished">Rekòmanse</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="81"/>
        <source>A+ Larger text</source>
        <translation type="unfinished">A+ Pi gwo lèt</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="82"/>
        <source>Larger text</source>
        <translation type="unfinished">Pi gwo lèt</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="48"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">PIN kowòdonatè a</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="99"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished">PIN sa a pa bon.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="59"/>
        <source>Enter the new PIN (4 to 12 digits)</source>
        <translation type="unfinished">Tape nouvo PIN nan (4 a 12 chif)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="69"/>
        <source>Choose a duress PIN: typed at the PIN pad, it erases all personal data</source>
        <translation type="unfinished">Chwazi yon PIN ijans: si yo tape l sou klavye PIN nan, li efase tout done pèsonèl</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="88"/>
        <source>Welcome! Choose a coordinator PIN for this kiosk (4 to 12 digits)</source>
        <translation type="unfinished">Byenveni! Chwazi yon PIN kowòdonatè pou kyòs sa a (4 a 12 chif)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="106"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished">Yon PIN gen 4 a 12 chif.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="109"/>
        <source>That PIN is too easy to guess. Please choose another.</source>
        <translation type="unfinished">PIN sa a twò fasil pou devine. Tanpri chwazi yon lòt.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="114"/>
        <source>Enter the new PIN again</source>
        <translation type="unfinished">Tape nouvo PIN nan ankò</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="124"/>
        <source>The two PINs were different. Please start again.</source>
        <translation type="unfinished">De PIN yo pa menm. Tanpri rekòmanse.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="136"/>
        <source>The coordinator PIN and the duress PIN must be different.</source>
        <translation type="unfinished">PIN kowòdonatè a ak PIN ijans lan dwe diferan.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="19"/>
        <source>English</source>
        <translation type="unfinished">Kreyòl ayisyen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Please enter your first name.</source>
        <translation type="unfinished">Tanpri ekri prenon ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Please enter your last name.</source>
        <translation type="unfinished">Tanpri ekri non fanmi ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Please enter your email address.</source>
        <translation type="unfinished">Tanpri ekri adrès imèl ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Please enter your phone number.</source>
        <translation type="unfinished">Tanpri ekri nimewo telefòn ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Please enter your ZIP code.</source>
        <translation type="unfinished">Tanpri ekri kòd postal (ZIP) ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Please enter your street address.</source>
        <translation type="unfinished">Tanpri ekri adrès lakay ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>This field is required.</source>
        <translation type="unfinished">Ou dwe ranpli kaz sa a.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished">Sa twò long. Tanpri fè l pi kout.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This email address doesn&apos;t look right. Example: name@example.com</source>
        <translation type="unfinished">Adrès imèl sa a pa sanble bon. Egzanp: name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>This phone number doesn&apos;t look right. Example: 213 555 0123</source>
        <translation type="unfinished">Nimewo telefòn sa a pa sanble bon. Egzanp: 213 555 0123</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>A ZIP code has 5 digits, for example 90011.</source>
        <translation type="unfinished">Yon kòd postal (ZIP) gen 5 chif, pa egzanp 90011.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Please give an email address or a phone number so we can count your signature.</source>
        <translation type="unfinished">Tanpri bay yon adrès imèl oswa yon nimewo telefòn pou nou ka konte siyati ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished">Tanpri siyen nan bwat la ak dwèt ou.</translation>
    </message>
    <message>
        <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
        <translation type="obsolete">Bon nouvèl: ou te deja siyen petisyon sa a. Mèsi! Chak moun ka siyen yon sèl fwa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
        <translation type="unfinished">Nou pa ka anrejistre siyati ou kounye a. Anyen ou te tape pa pèdi. Tanpri peze “Siyen petisyon an” ankò, oswa mande yon volontè ede ou.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>This device has no safe place to keep the key that protects signatures.</source>
        <translation type="unfinished">Aparèy sa a pa gen yon kote ki an sekirite pou kenbe kle ki pwoteje siyati yo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>The key that protects the signatures on this device is missing or wrong.</source>
        <translation type="unfinished">Kle ki pwoteje siyati yo sou aparèy sa a pèdi oswa li pa bon.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>The signature database on this device could not be opened.</source>
        <translation type="unfinished">Nou pa ka louvri baz done siyati yo sou aparèy sa a.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Something this kiosk needs to keep signatures safe is not working.</source>
        <translation type="unfinished">Yon bagay kyòs sa a bezwen pou kenbe siyati yo an sekirite pa mache.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>the server did not answer in time</source>
        <translation type="unfinished">sèvè a pa reponn atan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>no connection to the server</source>
        <translation type="unfinished">pa gen koneksyon ak sèvè a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished">nou pa ka verifye sètifika sèvè a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>the server had an error</source>
        <translation type="unfinished">sèvè a te gen yon erè</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>the server asked us to slow down</source>
        <translation type="unfinished">sèvè a mande nou ralanti</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>the server&apos;s answer was not understood</source>
        <translation type="unfinished">nou pa konprann repons sèvè a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>the server did not say what became of some signatures; they will be sent again</source>
        <translation type="unfinished">sèvè a pa di sa ki rive kèk siyati; n ap voye yo ankò</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>the token was refused: enter a new one</source>
        <translation type="unfinished">yo refize token an: mete yon nouvo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>no token is saved</source>
        <translation type="unfinished">pa gen token ki anrejistre</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>the petition id is wrong</source>
        <translation type="unfinished">id petisyon an pa bon</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>no server is set up</source>
        <translation type="unfinished">pa gen sèvè ki konfigire</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>the address must start with https://</source>
        <translation type="unfinished">adrès la dwe kòmanse ak https://</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>the certificate file is missing</source>
        <translation type="unfinished">fichye sètifika a manke</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>some signatures could not be opened with this kiosk&apos;s key; they are kept</source>
        <translation type="unfinished">nou pa ka louvri kèk siyati ak kle kyòs sa a; nou kenbe yo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>the server refused some signatures</source>
        <translation type="unfinished">sèvè a refize kèk siyati</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
        <translation type="unfinished">Pa gen anyen pou mete sou fèy siyati yo: done pèsonèl tout siyati ki koresponn yo te efase apre telechajman. Anyen pa anrejistre.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>No signatures match these filters. Nothing was saved.</source>
        <translation type="unfinished">Pa gen siyati ki koresponn ak filtè sa yo. Anyen pa anrejistre.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
        <translation type="unfinished">Nou pa ka anrejistre la: dosye a pa egziste oswa li sèlman pou li. Chwazi yon lòt kote.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation type="unfinished">Disk la plen. Anyen pa anrejistre; libere yon ti espas oswa chwazi yon lòt kote.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Export cancelled. Nothing was saved.</source>
        <translation type="unfinished">Ekspòtasyon an anile. Anyen pa anrejistre.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>That event no longer exists.</source>
        <translation type="unfinished">Evènman sa a pa egziste ankò.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">Premye jou a vini apre dènye jou a.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This tablet seals every signature for the hub and cannot open names. Make signature sheets and the spreadsheet from the hub&apos;s dashboard; the tally works here.</source>
        <translation>Tablèt sa a sele chak siyati pou sant lan epi li pa ka louvri non yo. Fè fèy siyati yo ak tablo a sou tablodbò sant lan; kont lan mache isit la.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
        <translation type="unfinished">Kle done kyòs sa a pèdi oswa li pa bon, kidonk nou pa ka louvri siyati yo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>The signature database could not be read.</source>
        <translation type="unfinished">Nou pa ka li baz done siyati yo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The export failed (%1). Nothing was saved.</source>
        <translation type="unfinished">Ekspòtasyon an echwe (%1). Anyen pa anrejistre.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>the hub no longer accepts this kiosk: pair it with the hub again</source>
        <translation type="unfinished">sant lan pa aksepte kyòs sa a ankò: konekte l ak sant lan ankò</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>this kiosk&apos;s hub token is missing: pair it with the hub again</source>
        <translation type="unfinished">token sant lan pou kyòs sa a manke: konekte l ak sant lan ankò</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>an unexpected problem (%1)</source>
        <translation type="unfinished">yon pwoblèm nou pa t atann (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The key this kiosk locks signatures with was changed on this device. To keep signers safe, it takes no signatures until it is paired with its hub again.</source>
        <translation type="unfinished">Yo chanje kle kyòs sa a itilize pou fèmen siyati yo sou aparèy sa a. Pou pwoteje moun k ap siyen yo, li pa pran okenn siyati jiskaske yo konekte l ak sant li ankò.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>This kiosk must be paired with its hub again before it takes signatures.</source>
        <translation type="unfinished">Fòk yo konekte kyòs sa a ak sant li ankò anvan li pran siyati.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The coordinator PIN's record was changed on this device. To keep signers safe, this kiosk takes no signatures and its admin area stays closed.</source>
        <translation type="unfinished">Yo chanje dosye PIN kowòdonatè a sou aparèy sa a. Pou pwoteje moun k ap siyen yo, kyòs sa a pa pran okenn siyati e zòn administrasyon an rete fèmen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not accept one of its fields (%1)</source>
        <translation type="unfinished">sèvè a pa t ka aksepte youn nan chan li yo (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it (HTTP %1)</source>
        <translation type="unfinished">sèvè a refize l (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not read what was sent</source>
        <translation type="unfinished">sèvè a pa t ka li sa yo te voye a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it without giving a reason</source>
        <translation type="unfinished">sèvè a refize l san l pa bay rezon</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not allow this signature</source>
        <translation type="unfinished">sèvè a pa pèmèt siyati sa a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not take signatures at this address</source>
        <translation type="unfinished">sèvè a pa resevwa siyati nan adrès sa a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server was busy or had a problem</source>
        <translation type="unfinished">sèvè a te okipe oswa li te gen yon pwoblèm</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused this kiosk&apos;s token</source>
        <translation type="unfinished">sèvè a refize token kyòs sa a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>too large for the server, even on its own</source>
        <translation type="unfinished">twò gwo pou sèvè a, menm poukont li</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the drawn signature was refused</source>
        <translation type="unfinished">siyati ki te desinen an te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the name was refused</source>
        <translation type="unfinished">non an te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the email address was refused</source>
        <translation type="unfinished">adrès imèl la te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the phone number was refused</source>
        <translation type="unfinished">nimewo telefòn nan te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the ZIP code was refused</source>
        <translation type="unfinished">kòd postal la te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the street address was refused</source>
        <translation type="unfinished">adrès lari a te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the consent answers were refused</source>
        <translation type="unfinished">repons konsantman yo te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event name was refused</source>
        <translation type="unfinished">non evènman an te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event's place was refused</source>
        <translation type="unfinished">kote evènman an ye a te refize</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a required field was missing</source>
        <translation type="unfinished">yon chan obligatwa te manke</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a field was too long</source>
        <translation type="unfinished">yon chan te twò long</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server already has this person</source>
        <translation type="unfinished">sèvè a deja gen moun sa a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the campaign no longer takes signatures</source>
        <translation type="unfinished">kanpay la pa resevwa siyati ankò</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not know this campaign</source>
        <translation type="unfinished">sèvè a pa konnen kanpay sa a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the hub could not open the sealed record (it was sealed to another key)</source>
        <translation type="unfinished">hub la pa t ka louvri dosye sele a (li te sele ak yon lòt kle)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the sealed record was damaged on the way</source>
        <translation type="unfinished">dosye sele a te domaje an wout</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the pairing code was refused</source>
        <translation type="unfinished">kòd koneksyon an te refize</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="357"/>
        <source>Pinyin</source>
        <translation type="unfinished">Pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>Previous characters</source>
        <translation type="unfinished">Karaktè anvan yo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>More characters</source>
        <translation type="unfinished">Plis karaktè</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="266"/>
        <source>Switch letters</source>
        <translation type="unfinished">Chanje lèt yo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="261"/>
        <source>Delete</source>
        <translation type="unfinished">Efase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="262"/>
        <source>Capital letter</source>
        <translation type="unfinished">Lèt majiskil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>space</source>
        <translation type="unfinished">espas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>Space</source>
        <translation type="unfinished">Espas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next ➜</source>
        <translation type="unfinished">Apre ➜</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next field</source>
        <translation type="unfinished">Pwochen kaz</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>no secure key store (OS keyring) is available, so signatures cannot be collected; to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file</source>
        <translation type="unfinished">pa gen okenn kote ki an sekirite pou kenbe kle yo (keyring sistèm nan), kidonk nou pa ka ranmase siyati; pou kenbe kle done a nan yon fichye ki pwoteje pito, mete PETITION_KIOSK_KEY_STORE=file</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>the key file %1 can be read by other users, so signatures will not be collected; make it private with: chmod 600 %1</source>
        <translation type="unfinished">lòt itilizatè ka li fichye kle %1 la, kidonk nou p ap ranmase siyati; fè l prive ak: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>the data key file would be inside the data dir, beside the signatures it protects, so signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)</source>
        <translation type="unfinished">fichye kle done a ta va anndan dosye done a, bò kote siyati li pwoteje yo, kidonk nou pa ka ranmase siyati; kenbe dosye paramèt yo (oswa PETITION_KIOSK_KEY_FILE) deyò dosye done a (PETITION_KIOSK_DATA_DIR oswa --data-dir)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>the data key for this kiosk is missing or wrong; restore it before collecting</source>
        <translation type="unfinished">kle done kyòs sa a pèdi oswa li pa bon; remete l anvan ou ranmase siyati</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>the signature database could not be written or checked</source>
        <translation type="unfinished">nou pa ka ekri nan baz done siyati yo ni verifye l</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>the settings file was unreadable; defaults are in use and the old file was kept</source>
        <translation type="unfinished">nou pa ka li fichye paramèt yo; n ap sèvi ak paramèt pa defo yo epi nou kenbe ansyen fichye a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>campaign file %1: field &apos;%2&apos; is %3</source>
        <translation type="unfinished">fichye kanpay %1: chan &apos;%2&apos; la se %3</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>a record opened but does not read as a signature (damaged, or not this campaign&apos;s); it was left as it is</source>
        <translation type="unfinished">yon dosye louvri men li pa li tankou yon siyati (li domaje, oswa li pa pou kanpay sa a); yo kite l jan l te ye</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>this record is sealed for the hub: this kiosk holds no key that opens it; read it on the hub</source>
        <translation type="unfinished">dosye sa a sele pou sant lan: kyòs sa a pa gen okenn kle ki ka louvri l; li l sou sant lan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>the hub&apos;s sealing key is not a valid public key: nothing was changed; pair this kiosk again</source>
        <translation type="unfinished">kle sele sant lan se pa yon kle piblik ki valab: anyen pa chanje; konekte kyòs sa a ak sant lan ankò</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>cannot write %1: the folder does not exist, is read-only, or the path is a folder</source>
        <translation type="unfinished">nou pa ka ekri %1: dosye a pa egziste, li sèlman pou li, oswa chemen an se yon dosye</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>the disk is full: %1 was not written (nothing half-written was left behind)</source>
        <translation type="unfinished">disk la plen: nou pa ekri %1 (pa gen anyen ki rete mwatye ekri)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>no signatures match these filters: nothing was written</source>
        <translation type="unfinished">pa gen siyati ki koresponn ak filtè sa yo: nou pa ekri anyen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>the export was cancelled: nothing was written</source>
        <translation type="unfinished">ekspòtasyon an anile: nou pa ekri anyen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>there is no event named &apos;%1&apos; on this kiosk</source>
        <translation type="unfinished">pa gen okenn evènman ki rele &apos;%1&apos; sou kyòs sa a</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>this kiosk seals every signature for its hub and cannot open names: make sheets and CSV on the hub (petition-kiosk hub export); the tally works here</source>
        <translation type="unfinished">kyòs sa a sele chak siyati pou sant li epi li pa ka louvri non yo: fè fèy yo ak CSV la sou sant lan (petition-kiosk hub export); kont lan mache isit la</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>every matching signature&apos;s personal data was purged after upload, so there is nothing to put on signature sheets: nothing was written</source>
        <translation type="unfinished">done pèsonèl tout siyati ki koresponn yo te efase apre telechajman, kidonk pa gen anyen pou mete sou fèy siyati yo: nou pa ekri anyen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>--since is after --until: no day can match</source>
        <translation type="unfinished">--since vini apre --until: pa gen okenn jou ki ka koresponn</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>--%1 must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">--%1 dwe yon dat ki ekri konsa: YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>unexpected %1</source>
        <translation type="unfinished">%1 nou pa t atann</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the sealing key in the database is not the one pinned in the key store at pairing, so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">kle pou sele ki nan baz done a se pa sa ki te fikse nan depo kle yo lè yo te konekte l, kidonk okenn siyati pa sele ak li; konekte kyòs sa a ak sant li ankò (petition-kiosk pair --hub URL --code CODE)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the database names a hub sealing key that the key store never pinned (a kiosk paired before keys were pinned, or a key written in), so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">baz done a bay yon kle pou sele sant lan ke depo kle yo pa t janm fikse (yon kyòs ki te konekte anvan yo te fikse kle yo, oswa yon kle yo ekri ladan l), kidonk okenn siyati pa sele ak li; konekte kyòs sa a ak sant li ankò (petition-kiosk pair --hub URL --code CODE)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the coordinator PIN's record in the database does not match its check in the key store (edited or deleted on the disk), so the admin area stays closed; see docs/hub.md, 'What the tablet trusts', to choose a new PIN</source>
        <translation type="unfinished">dosye PIN kowòdonatè a nan baz done a pa koresponn ak verifikasyon li nan depo kle yo (yo modifye l oswa efase l sou disk la), kidonk zòn administrasyon an rete fèmen; gade docs/hub.md, 'What the tablet trusts', pou chwazi yon nouvo PIN</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="67"/>
        <source>Our letter to %1</source>
        <translation type="unfinished">Lèt nou voye bay %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="69"/>
        <source>Slide up with your finger to read more.</source>
        <translation type="unfinished">Glise dwèt ou monte pou li plis.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="70"/>
        <source>The petition and the letter</source>
        <translation type="unfinished">Petisyon an ak lèt la</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="71"/>
        <source>I want to sign ➜</source>
        <translation type="unfinished">Mwen vle siyen ➜</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="121"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">PIN kowòdonatè a</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="124"/>
        <source>Clear</source>
        <translation type="unfinished">Efase tout</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
        <source>Clear the PIN</source>
        <translation type="unfinished">Efase PIN nan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="128"/>
        <source>Delete last digit</source>
        <translation type="unfinished">Efase dènye chif la</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="132"/>
        <location filename="../../ui/widgets/pin_pad.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished">Anile</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="134"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="135"/>
        <source>Confirm the PIN</source>
        <translation type="unfinished">Konfime PIN nan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="140"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform>%n chif tape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="145"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Twòp PIN ki pa bon. Eseye ankò nan %n segonn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished">LTR</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="129"/>
        <source>Name</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="130"/>
        <source>Email</source>
        <translation type="unfinished">Imèl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished">Telefòn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="132"/>
        <source>ZIP code</source>
        <translation type="unfinished">Kòd postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="133"/>
        <source>Address</source>
        <translation type="unfinished">Adrès</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>Yes</source>
        <translation type="unfinished">Wi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="144"/>
        <source>Email updates</source>
        <translation type="unfinished">Nouvèl pa imèl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="148"/>
        <source>Text messages</source>
        <translation type="unfinished">Mesaj tèks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="153"/>
        <source>Please check your details</source>
        <translation type="unfinished">Tanpri verifye enfòmasyon ou yo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="154"/>
        <source>Your signature</source>
        <translation type="unfinished">Siyati ou</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>← Change my details</source>
        <translation type="unfinished">← Chanje enfòmasyon mwen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>Change my details</source>
        <translation type="unfinished">Chanje enfòmasyon mwen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="156"/>
        <source>Sign the petition</source>
        <translation type="unfinished">Siyen petisyon an</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="87"/>
        <source>Sign with your finger in the box</source>
        <translation type="unfinished">Siyen ak dwèt ou nan bwat la</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="88"/>
        <source>Your signature will be delivered to %1 with the petition.</source>
        <translation type="unfinished">Y ap remèt siyati ou bay %1 ansanm ak petisyon an.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="90"/>
        <source>Drawing your signature is optional. You can also continue without it.</source>
        <translation type="unfinished">Ou pa oblije desine siyati ou. Ou ka kontinye san li tou.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="91"/>
        <source>Sign here</source>
        <translation type="unfinished">Siyen la a</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="92"/>
        <source>Signature pad</source>
        <translation type="unfinished">Bwat siyati</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear</source>
        <translation type="unfinished">Efase</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear the signature</source>
        <translation type="unfinished">Efase siyati a</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review ➜</source>
        <translation type="unfinished">Apre: verifye ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review</source>
        <translation type="unfinished">Apre: verifye</translation>
    </message>
</context>
<context>
    <name>StartFailureScreen</name>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="47"/>
        <source>This kiosk cannot take signatures right now</source>
        <translation type="unfinished">Kyòs sa a pa ka pran siyati kounye a</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="49"/>
        <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
        <translation type="unfinished">Siyati ki te deja anrejistre sou aparèy sa a pa chanje. Tanpri mande kowòdonatè a ede ou.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="51"/>
        <source>For the coordinator: %1</source>
        <translation type="unfinished">Pou kowòdonatè a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close the kiosk</source>
        <translation type="unfinished">Fèmen kyòs la</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="99"/>
        <source>Still there?</source>
        <translation type="unfinished">Ou la toujou?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="101"/>
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Pou pwoteje vi prive ou, nou pral efase fòm sa a nan %n segonn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="102"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Mwen la toujou</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="103"/>
        <source>I&apos;m still here, keep my form</source>
        <translation type="unfinished">Mwen la toujou, kenbe fòm mwen an</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="59"/>
        <source>Thank you!</source>
        <translation type="unfinished">Mèsi!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="58"/>
        <source>Thank you, %1!</source>
        <translation type="unfinished">Mèsi, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="60"/>
        <source>Your signature has been saved. Please pass the tablet to the next person.</source>
        <translation type="unfinished">Nou anrejistre siyati ou. Tanpri pase tablèt la bay pwochen moun nan.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="61"/>
        <source>%1 people have signed</source>
        <translation type="unfinished">%1 moun siyen deja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="62"/>
        <source>This screen closes in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Ekran sa a ap fèmen nan %n segonn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished">Fini</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="142"/>
        <source>%1 signed</source>
        <translation type="unfinished">
            <numerusform>%1 moun siyen</numerusform>
            <numerusform>%1 moun siyen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="144"/>
        <source>Help us reach %1 signatures</source>
        <translation type="unfinished">Ede nou rive %1 siyati</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>%1 of %2 signatures</source>
        <translation type="unfinished">%1 sou %2 siyati</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign</source>
        <translation type="unfinished">Peze pou siyen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign the petition</source>
        <translation type="unfinished">Peze pou siyen petisyon an</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="168"/>
        <source>Listen</source>
        <translation type="unfinished">Koute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="183"/>
        <source>No voice for this language</source>
        <translation type="unfinished">Pa gen vwa pou lang sa a</translation>
    </message>
</context>
<context>
    <name>FieldSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">Koute sa ou te tape a</translation>
    </message>
</context>
<context>
    <name>ValueSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">Koute sa ou te tape a</translation>
    </message>
</context>
</TS>
