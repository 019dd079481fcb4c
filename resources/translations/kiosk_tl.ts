<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl" sourcelanguage="en">
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form.py" line="332"/>
        <source>First name</source>
        <translation type="unfinished">Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="333"/>
        <source>Last name</source>
        <translation type="unfinished">Apelyido</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="334"/>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="335"/>
        <source>Mobile phone</source>
        <translation type="unfinished">Mobile phone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="336"/>
        <source>ZIP code</source>
        <translation type="unfinished">ZIP code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="337"/>
        <source>Street address</source>
        <translation type="unfinished">Address ng tirahan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>phone</source>
        <translation type="unfinished">telepono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>email</source>
        <translation type="unfinished">email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="345"/>
        <source>%1 (or %2)</source>
        <translation type="unfinished">%1 (o %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="347"/>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (hindi kailangan)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="354"/>
        <source>I agree to receive updates by email</source>
        <translation type="unfinished">Pumapayag akong makatanggap ng mga balita sa email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="357"/>
        <source>I agree to receive text messages</source>
        <translation type="unfinished">Pumapayag akong makatanggap ng mga text message</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="361"/>
        <source>Updates are optional. Your signature counts either way.</source>
        <translation type="unfinished">Hindi kailangan ang mga balita. Bibilangin pa rin ang pirma mo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign ➜</source>
        <translation type="unfinished">Susunod: pumirma ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign</source>
        <translation type="unfinished">Susunod: pumirma</translation>
    </message>
</context>
<context>
    <name>KeyStoreSetupScreen</name>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="112"/>
        <source>Where should this kiosk keep its key?</source>
        <translation type="unfinished">Saan dapat itago ng kiosk na ito ang susi nito?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="114"/>
        <source>This computer has no keyring, the safe place where the kiosk usually keeps the key that locks the signers&apos; data. Choose one of these before the first signer; you choose the coordinator PIN next.</source>
        <translation type="unfinished">Walang keyring ang computer na ito, ang ligtas na lalagyan kung saan karaniwang itinatago ng kiosk ang susing nagpoprotekta sa data ng mga pumirma. Pumili ng isa sa mga ito bago ang unang pumirma; susunod mong pipiliin ang PIN ng coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="117"/>
        <source>Keep the key in a protected file on this computer</source>
        <translation type="unfinished">Itago ang susi sa isang protektadong file sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="119"/>
        <source>Warning: anyone who takes this computer and its files can open the signers&apos; records. Pairing with a hub is safer.</source>
        <translation type="unfinished">Babala: kahit sinong kumuha ng computer na ito at ng mga file nito ay mabubuksan ang mga record ng mga pumirma. Mas ligtas kung i-pair ito sa isang hub.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="121"/>
        <source>Use a protected file</source>
        <translation type="unfinished">Gumamit ng protektadong file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="122"/>
        <location filename="../../ui/screens/key_store_setup.py" line="127"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">I-pair sa isang hub</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="124"/>
        <source>The hub seals each record, so this tablet holds no key that opens them. The tablet keeps its hub token in a protected file: the token can only upload, and the hub can revoke it. You type the hub&apos;s address and code after choosing the PIN.</source>
        <translation type="unfinished">Sine-seal ng hub ang bawat record, kaya walang susi ang tablet na ito na makapagbubukas sa mga ito. Itinatago ng tablet ang hub token nito sa isang protektadong file: pang-upload lang ang token, at maaari itong bawiin ng hub. Ita-type mo ang address ng hub at ang pairing code pagkatapos mong piliin ang PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="128"/>
        <source>The kiosk remembers this choice and does not ask again.</source>
        <translation type="unfinished">Tatandaan ng kiosk ang pagpiling ito at hindi na ito magtatanong muli.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window/top_bar.py" line="78"/>
        <source>← Back</source>
        <translation type="unfinished">← Bumalik</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="79"/>
        <source>Back</source>
        <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="80"/>
        <source>Start over</source>
        <translation type="unfinished">Magsimula muli</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="81"/>
        <source>A+ Larger text</source>
        <translation type="unfinished">A+ Mas malaking letra</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="82"/>
        <source>Larger text</source>
        <translation type="unfinished">Mas malaking letra</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="48"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">PIN ng coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="99"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished">Mali ang PIN na iyan.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="59"/>
        <source>Enter the new PIN (4 to 12 digits)</source>
        <translation type="unfinished">Ilagay ang bagong PIN (4 hanggang 12 numero)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="69"/>
        <source>Choose a duress PIN: typed at the PIN pad, it erases all personal data</source>
        <translation type="unfinished">Pumili ng emergency PIN: kapag inilagay ito sa PIN pad, buburahin nito ang lahat ng personal na data</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="88"/>
        <source>Welcome! Choose a coordinator PIN for this kiosk (4 to 12 digits)</source>
        <translation type="unfinished">Maligayang pagdating! Pumili ng PIN ng coordinator para sa kiosk na ito (4 hanggang 12 numero)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="106"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished">Ang PIN ay may 4 hanggang 12 numero.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="109"/>
        <source>That PIN is too easy to guess. Please choose another.</source>
        <translation type="unfinished">Masyadong madaling hulaan ang PIN na iyan. Pakipili ng iba.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="114"/>
        <source>Enter the new PIN again</source>
        <translation type="unfinished">Ilagay muli ang bagong PIN</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="124"/>
        <source>The two PINs were different. Please start again.</source>
        <translation type="unfinished">Magkaiba ang dalawang PIN. Pakiulit mula sa simula.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="136"/>
        <source>The coordinator PIN and the duress PIN must be different.</source>
        <translation type="unfinished">Dapat magkaiba ang PIN ng coordinator at ang emergency PIN.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="19"/>
        <source>English</source>
        <translation type="unfinished">Tagalog</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Please enter your first name.</source>
        <translation type="unfinished">Pakilagay ang pangalan mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Please enter your last name.</source>
        <translation type="unfinished">Pakilagay ang apelyido mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Please enter your email address.</source>
        <translation type="unfinished">Pakilagay ang email address mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Please enter your phone number.</source>
        <translation type="unfinished">Pakilagay ang numero ng telepono mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Please enter your ZIP code.</source>
        <translation type="unfinished">Pakilagay ang ZIP code mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Please enter your street address.</source>
        <translation type="unfinished">Pakilagay ang address ng tirahan mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>This field is required.</source>
        <translation type="unfinished">Kailangang sagutan ito.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished">Masyadong mahaba ito. Pakiikli.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This email address doesn&apos;t look right. Example: name@example.com</source>
        <translation type="unfinished">Mukhang hindi tama ang email address na ito. Halimbawa: name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>This phone number doesn&apos;t look right. Example: 213 555 0123</source>
        <translation type="unfinished">Mukhang hindi tama ang numero ng teleponong ito. Halimbawa: 213 555 0123</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>A ZIP code has 5 digits, for example 90011.</source>
        <translation type="unfinished">Ang ZIP code ay may 5 numero, halimbawa 90011.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Please give an email address or a phone number so we can count your signature.</source>
        <translation type="unfinished">Pakibigay ang email address o numero ng telepono para mabilang namin ang pirma mo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished">Pakipirma sa kahon gamit ang daliri mo.</translation>
    </message>
    <message>
        <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
        <translation type="obsolete">Magandang balita: nakapirma ka na sa petisyong ito. Salamat! Isang beses lang puwedeng pumirma ang bawat tao.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
        <translation type="unfinished">Hindi ma-save ang pirma mo ngayon. Walang nawala sa mga tinype mo. Pakipindot ulit ang “Pirmahan ang petisyon”, o humingi ng tulong sa isang volunteer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>This device has no safe place to keep the key that protects signatures.</source>
        <translation type="unfinished">Walang ligtas na lalagyan ang device na ito para sa susing nagpoprotekta sa mga pirma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>The key that protects the signatures on this device is missing or wrong.</source>
        <translation type="unfinished">Nawawala o mali ang susing nagpoprotekta sa mga pirma sa device na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>The signature database on this device could not be opened.</source>
        <translation type="unfinished">Hindi mabuksan ang database ng mga pirma sa device na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Something this kiosk needs to keep signatures safe is not working.</source>
        <translation type="unfinished">May hindi gumagana sa kailangan ng kiosk na ito para mapanatiling ligtas ang mga pirma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>the server did not answer in time</source>
        <translation type="unfinished">hindi sumagot ang server sa takdang oras</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>no connection to the server</source>
        <translation type="unfinished">walang koneksyon sa server</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished">hindi ma-verify ang certificate ng server</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>the server had an error</source>
        <translation type="unfinished">nagka-error ang server</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>the server asked us to slow down</source>
        <translation type="unfinished">pinabagal tayo ng server</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>the server&apos;s answer was not understood</source>
        <translation type="unfinished">hindi maintindihan ang sagot ng server</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>the server did not say what became of some signatures; they will be sent again</source>
        <translation type="unfinished">hindi sinabi ng server kung ano ang nangyari sa ilang pirma; ipapadala ulit ang mga ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>the token was refused: enter a new one</source>
        <translation type="unfinished">tinanggihan ang token: maglagay ng bago</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>no token is saved</source>
        <translation type="unfinished">walang naka-save na token</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>the petition id is wrong</source>
        <translation type="unfinished">mali ang petition id</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>no server is set up</source>
        <translation type="unfinished">walang naka-set up na server</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>the address must start with https://</source>
        <translation type="unfinished">dapat magsimula sa https:// ang address</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>the certificate file is missing</source>
        <translation type="unfinished">nawawala ang certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>some signatures could not be opened with this kiosk&apos;s key; they are kept</source>
        <translation type="unfinished">may mga pirmang hindi mabuksan gamit ang key ng kiosk na ito; itinatago ang mga ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>the server refused some signatures</source>
        <translation type="unfinished">tinanggihan ng server ang ilang pirma</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
        <translation type="unfinished">Walang mailalagay sa mga pahina ng pirma: binura na ang personal na data ng bawat tugmang pirma pagkatapos ma-upload. Walang na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>No signatures match these filters. Nothing was saved.</source>
        <translation type="unfinished">Walang pirmang tugma sa mga filter na ito. Walang na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
        <translation type="unfinished">Hindi makapag-save doon: wala ang folder o read-only ito. Pumili ng ibang lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation type="unfinished">Puno na ang disk. Walang na-save; magbakante ng espasyo o pumili ng ibang lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Export cancelled. Nothing was saved.</source>
        <translation type="unfinished">Kinansela ang export. Walang na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>That event no longer exists.</source>
        <translation type="unfinished">Wala na ang event na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">Nauuna ang huling araw sa unang araw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This tablet seals every signature for the hub and cannot open names. Make signature sheets and the spreadsheet from the hub&apos;s dashboard; the tally works here.</source>
        <translation>Sine-seal ng tablet na ito ang bawat lagda para sa hub at hindi nito mabubuksan ang mga pangalan. Gawin ang mga signature sheet at ang spreadsheet mula sa dashboard ng hub; gumagana rito ang tally.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
        <translation type="unfinished">Nawawala o mali ang data key ng kiosk na ito, kaya hindi mabuksan ang mga pirma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>The signature database could not be read.</source>
        <translation type="unfinished">Hindi mabasa ang database ng mga pirma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The export failed (%1). Nothing was saved.</source>
        <translation type="unfinished">Pumalya ang export (%1). Walang na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>the hub no longer accepts this kiosk: pair it with the hub again</source>
        <translation type="unfinished">hindi na tinatanggap ng hub ang kiosk na ito: i-pair itong muli sa hub</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>this kiosk&apos;s hub token is missing: pair it with the hub again</source>
        <translation type="unfinished">nawawala ang hub token ng kiosk na ito: i-pair itong muli sa hub</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>an unexpected problem (%1)</source>
        <translation type="unfinished">isang di-inaasahang problema (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The key this kiosk locks signatures with was changed on this device. To keep signers safe, it takes no signatures until it is paired with its hub again.</source>
        <translation type="unfinished">Binago sa device na ito ang susing ginagamit ng kiosk na ito para i-lock ang mga pirma. Para maprotektahan ang mga pumipirma, hindi ito tatanggap ng pirma hanggang i-pair itong muli sa hub nito.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>This kiosk must be paired with its hub again before it takes signatures.</source>
        <translation type="unfinished">Kailangang i-pair muli ang kiosk na ito sa hub nito bago ito tumanggap ng mga pirma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The coordinator PIN's record was changed on this device. To keep signers safe, this kiosk takes no signatures and its admin area stays closed.</source>
        <translation type="unfinished">Binago sa device na ito ang rekord ng PIN ng coordinator. Para maprotektahan ang mga pumipirma, hindi tumatanggap ng pirma ang kiosk na ito at nananatiling sarado ang admin area.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not accept one of its fields (%1)</source>
        <translation type="unfinished">hindi matanggap ng server ang isa sa mga field nito (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it (HTTP %1)</source>
        <translation type="unfinished">tinanggihan ito ng server (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not read what was sent</source>
        <translation type="unfinished">hindi mabasa ng server ang ipinadala</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it without giving a reason</source>
        <translation type="unfinished">tinanggihan ito ng server nang walang dahilan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not allow this signature</source>
        <translation type="unfinished">hindi pinapayagan ng server ang pirmang ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not take signatures at this address</source>
        <translation type="unfinished">hindi tumatanggap ang server ng mga pirma sa address na ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server was busy or had a problem</source>
        <translation type="unfinished">abala ang server o nagkaproblema ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused this kiosk&apos;s token</source>
        <translation type="unfinished">tinanggihan ng server ang token ng kiosk na ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>too large for the server, even on its own</source>
        <translation type="unfinished">masyadong malaki para sa server, kahit mag-isa</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the drawn signature was refused</source>
        <translation type="unfinished">tinanggihan ang iginuhit na pirma</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the name was refused</source>
        <translation type="unfinished">tinanggihan ang pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the email address was refused</source>
        <translation type="unfinished">tinanggihan ang email address</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the phone number was refused</source>
        <translation type="unfinished">tinanggihan ang numero ng telepono</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the ZIP code was refused</source>
        <translation type="unfinished">tinanggihan ang ZIP code</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the street address was refused</source>
        <translation type="unfinished">tinanggihan ang address ng kalye</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the consent answers were refused</source>
        <translation type="unfinished">tinanggihan ang mga sagot sa pahintulot</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event name was refused</source>
        <translation type="unfinished">tinanggihan ang pangalan ng event</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event's place was refused</source>
        <translation type="unfinished">tinanggihan ang lugar ng event</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a required field was missing</source>
        <translation type="unfinished">may kulang na kinakailangang field</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a field was too long</source>
        <translation type="unfinished">masyadong mahaba ang isang field</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server already has this person</source>
        <translation type="unfinished">mayroon na ang server ng taong ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the campaign no longer takes signatures</source>
        <translation type="unfinished">hindi na tumatanggap ng pirma ang kampanya</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not know this campaign</source>
        <translation type="unfinished">hindi kilala ng server ang kampanyang ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the hub could not open the sealed record (it was sealed to another key)</source>
        <translation type="unfinished">hindi mabuksan ng hub ang selyadong rekord (selyado ito sa ibang susi)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the sealed record was damaged on the way</source>
        <translation type="unfinished">nasira ang selyadong rekord sa daan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the pairing code was refused</source>
        <translation type="unfinished">tinanggihan ang pairing code</translation>
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
        <translation type="unfinished">Mga naunang karakter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>More characters</source>
        <translation type="unfinished">Iba pang karakter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="266"/>
        <source>Switch letters</source>
        <translation type="unfinished">Palitan ang mga titik</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="261"/>
        <source>Delete</source>
        <translation type="unfinished">Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="262"/>
        <source>Capital letter</source>
        <translation type="unfinished">Malaking titik</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>space</source>
        <translation type="unfinished">espasyo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>Space</source>
        <translation type="unfinished">Espasyo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next ➜</source>
        <translation type="unfinished">Susunod ➜</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next field</source>
        <translation type="unfinished">Susunod na field</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>no secure key store (OS keyring) is available, so signatures cannot be collected; to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file</source>
        <translation type="unfinished">walang available na ligtas na key store (OS keyring), kaya hindi makakatanggap ng mga pirma; para itago na lang ang data key sa isang protektadong file, i-set ang PETITION_KIOSK_KEY_STORE=file</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>the key file %1 can be read by other users, so signatures will not be collected; make it private with: chmod 600 %1</source>
        <translation type="unfinished">mababasa ng ibang user ang key file na %1, kaya hindi tatanggap ng mga pirma; gawin itong pribado gamit ang: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>the data key file would be inside the data dir, beside the signatures it protects, so signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)</source>
        <translation type="unfinished">mapupunta ang data key file sa loob ng data folder, katabi ng mga pirmang pinoprotektahan nito, kaya hindi makakatanggap ng mga pirma; ilagay ang config folder (o ang PETITION_KIOSK_KEY_FILE) sa labas ng data folder (PETITION_KIOSK_DATA_DIR o --data-dir)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>the data key for this kiosk is missing or wrong; restore it before collecting</source>
        <translation type="unfinished">nawawala o mali ang data key ng kiosk na ito; ibalik muna ito bago tumanggap ng mga pirma</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>the signature database could not be written or checked</source>
        <translation type="unfinished">hindi maisulat o ma-check ang database ng mga pirma</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>the settings file was unreadable; defaults are in use and the old file was kept</source>
        <translation type="unfinished">hindi mabasa ang settings file; ginagamit ang mga default, at itinago ang lumang file</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>campaign file %1: field &apos;%2&apos; is %3</source>
        <translation type="unfinished">file ng campaign %1: ang field na &apos;%2&apos; ay %3</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>a record opened but does not read as a signature (damaged, or not this campaign&apos;s); it was left as it is</source>
        <translation type="unfinished">nabuksan ang isang rekord pero hindi ito mabasa bilang lagda (sira, o hindi sa kampanyang ito); iniwan ito kung ano ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>this record is sealed for the hub: this kiosk holds no key that opens it; read it on the hub</source>
        <translation type="unfinished">naka-seal ang record na ito para sa hub: walang key ang kiosk na ito na makapagbubukas nito; basahin ito sa hub</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>the hub&apos;s sealing key is not a valid public key: nothing was changed; pair this kiosk again</source>
        <translation type="unfinished">hindi valid na public key ang sealing key ng hub: walang binago; i-pair itong muli sa hub</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>cannot write %1: the folder does not exist, is read-only, or the path is a folder</source>
        <translation type="unfinished">hindi maisulat ang %1: wala ang folder, read-only ito, o folder ang path</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>the disk is full: %1 was not written (nothing half-written was left behind)</source>
        <translation type="unfinished">puno na ang disk: hindi naisulat ang %1 (walang naiwang kalahating naisulat)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>no signatures match these filters: nothing was written</source>
        <translation type="unfinished">walang pirmang tugma sa mga filter na ito: walang naisulat</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>the export was cancelled: nothing was written</source>
        <translation type="unfinished">kinansela ang export: walang naisulat</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>there is no event named &apos;%1&apos; on this kiosk</source>
        <translation type="unfinished">walang event na may pangalang &apos;%1&apos; sa kiosk na ito</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>this kiosk seals every signature for its hub and cannot open names: make sheets and CSV on the hub (petition-kiosk hub export); the tally works here</source>
        <translation type="unfinished">sine-seal ng kiosk na ito ang bawat pirma para sa hub nito at hindi nito mabubuksan ang mga pangalan: gawin ang mga sheet at ang CSV sa hub (petition-kiosk hub export); gumagana rito ang tally</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>every matching signature&apos;s personal data was purged after upload, so there is nothing to put on signature sheets: nothing was written</source>
        <translation type="unfinished">binura na ang personal na data ng bawat tugmang pirma pagkatapos ma-upload, kaya walang mailalagay sa mga pahina ng pirma: walang naisulat</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>--since is after --until: no day can match</source>
        <translation type="unfinished">mas huli ang --since kaysa sa --until: walang araw na tutugma</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>--%1 must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">dapat petsang nakasulat bilang YYYY-MM-DD ang --%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>unexpected %1</source>
        <translation type="unfinished">di-inaasahang %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the sealing key in the database is not the one pinned in the key store at pairing, so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">ang sealing key sa database ay hindi ang naka-pin sa key store noong nag-pair, kaya walang pirmang sine-seal dito; i-pair muli ang kiosk na ito sa hub nito (petition-kiosk pair --hub URL --code CODE)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the database names a hub sealing key that the key store never pinned (a kiosk paired before keys were pinned, or a key written in), so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">may hub sealing key sa database na hindi kailanman na-pin ng key store (kiosk na na-pair bago na-pin ang mga key, o key na isinulat dito), kaya walang pirmang sine-seal dito; i-pair muli ang kiosk na ito sa hub nito (petition-kiosk pair --hub URL --code CODE)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the coordinator PIN's record in the database does not match its check in the key store (edited or deleted on the disk), so the admin area stays closed; see docs/hub.md, 'What the tablet trusts', to choose a new PIN</source>
        <translation type="unfinished">hindi tugma ang rekord ng PIN ng coordinator sa database sa tseke nito sa key store (binago o binura sa disk), kaya nananatiling sarado ang admin area; tingnan ang docs/hub.md, 'What the tablet trusts', para pumili ng bagong PIN</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="67"/>
        <source>Our letter to %1</source>
        <translation type="unfinished">Ang liham namin kay %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="69"/>
        <source>Slide up with your finger to read more.</source>
        <translation type="unfinished">I-slide pataas gamit ang daliri para magbasa pa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="70"/>
        <source>The petition and the letter</source>
        <translation type="unfinished">Ang petisyon at ang liham</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="71"/>
        <source>I want to sign ➜</source>
        <translation type="unfinished">Gusto kong pumirma ➜</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="121"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">PIN ng coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="124"/>
        <source>Clear</source>
        <translation type="unfinished">Burahin lahat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
        <source>Clear the PIN</source>
        <translation type="unfinished">Burahin ang PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="128"/>
        <source>Delete last digit</source>
        <translation type="unfinished">Burahin ang huling numero</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="132"/>
        <location filename="../../ui/widgets/pin_pad.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="134"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="135"/>
        <source>Confirm the PIN</source>
        <translation type="unfinished">Kumpirmahin ang PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="140"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform>%n numero ang nailagay</numerusform>
            <numerusform>%n numero ang nailagay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="145"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %n segundo.</numerusform>
            <numerusform>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %n segundo.</numerusform>
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
        <translation type="unfinished">Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="130"/>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished">Telepono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="132"/>
        <source>ZIP code</source>
        <translation type="unfinished">ZIP code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="133"/>
        <source>Address</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>Yes</source>
        <translation type="unfinished">Oo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>No</source>
        <translation type="unfinished">Hindi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="144"/>
        <source>Email updates</source>
        <translation type="unfinished">Mga balita sa email</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="148"/>
        <source>Text messages</source>
        <translation type="unfinished">Mga text message</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="153"/>
        <source>Please check your details</source>
        <translation type="unfinished">Pakisuri ang mga detalye mo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="154"/>
        <source>Your signature</source>
        <translation type="unfinished">Ang pirma mo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>← Change my details</source>
        <translation type="unfinished">← Baguhin ang mga detalye ko</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>Change my details</source>
        <translation type="unfinished">Baguhin ang mga detalye ko</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="156"/>
        <source>Sign the petition</source>
        <translation type="unfinished">Pirmahan ang petisyon</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="87"/>
        <source>Sign with your finger in the box</source>
        <translation type="unfinished">Pumirma gamit ang daliri sa loob ng kahon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="88"/>
        <source>Your signature will be delivered to %1 with the petition.</source>
        <translation type="unfinished">Ihahatid ang pirma mo kay %1 kasama ng petisyon.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="90"/>
        <source>Drawing your signature is optional. You can also continue without it.</source>
        <translation type="unfinished">Hindi kailangang iguhit ang pirma. Puwede ka ring magpatuloy nang wala nito.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="91"/>
        <source>Sign here</source>
        <translation type="unfinished">Pumirma rito</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="92"/>
        <source>Signature pad</source>
        <translation type="unfinished">Pirmahan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear</source>
        <translation type="unfinished">Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear the signature</source>
        <translation type="unfinished">Burahin ang pirma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review ➜</source>
        <translation type="unfinished">Susunod: suriin ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review</source>
        <translation type="unfinished">Susunod: suriin</translation>
    </message>
</context>
<context>
    <name>StartFailureScreen</name>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="47"/>
        <source>This kiosk cannot take signatures right now</source>
        <translation type="unfinished">Hindi makatanggap ng pirma ang kiosk na ito ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="49"/>
        <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
        <translation type="unfinished">Buo pa rin ang mga pirmang naka-save na sa device na ito. Pakihingi ng tulong sa coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="51"/>
        <source>For the coordinator: %1</source>
        <translation type="unfinished">Para sa coordinator: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close</source>
        <translation type="unfinished">Isara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close the kiosk</source>
        <translation type="unfinished">Isara ang kiosk</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="99"/>
        <source>Still there?</source>
        <translation type="unfinished">Nandiyan ka pa ba?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="101"/>
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Para sa privacy mo, buburahin ang form na ito pagkalipas ng %n segundo.</numerusform>
            <numerusform>Para sa privacy mo, buburahin ang form na ito pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="102"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Nandito pa ako</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="103"/>
        <source>I&apos;m still here, keep my form</source>
        <translation type="unfinished">Nandito pa ako, huwag burahin ang form ko</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="59"/>
        <source>Thank you!</source>
        <translation type="unfinished">Salamat!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="58"/>
        <source>Thank you, %1!</source>
        <translation type="unfinished">Salamat, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="60"/>
        <source>Your signature has been saved. Please pass the tablet to the next person.</source>
        <translation type="unfinished">Na-save na ang pirma mo. Pakiabot ang tablet sa susunod na tao.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="61"/>
        <source>%1 people have signed</source>
        <translation type="unfinished">%1 tao na ang pumirma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="62"/>
        <source>This screen closes in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Magsasara ang screen na ito pagkalipas ng %n segundo.</numerusform>
            <numerusform>Magsasara ang screen na ito pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished">Tapos na</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="142"/>
        <source>%1 signed</source>
        <translation type="unfinished">
            <numerusform>%1 na ang pumirma</numerusform>
            <numerusform>%1 na ang pumirma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="144"/>
        <source>Help us reach %1 signatures</source>
        <translation type="unfinished">Tulungan kaming umabot sa %1 pirma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>%1 of %2 signatures</source>
        <translation type="unfinished">%1 sa %2 pirma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign</source>
        <translation type="unfinished">Pindutin para pumirma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign the petition</source>
        <translation type="unfinished">Pindutin para pirmahan ang petisyon</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="168"/>
        <source>Listen</source>
        <translation type="unfinished">Pakinggan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="183"/>
        <source>No voice for this language</source>
        <translation type="unfinished">Walang boses para sa wikang ito</translation>
    </message>
</context>
<context>
    <name>FieldSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">Pakinggan ang iyong tinype</translation>
    </message>
</context>
<context>
    <name>ValueSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">Pakinggan ang iyong tinype</translation>
    </message>
</context>
</TS>
