<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl" sourcelanguage="en">
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/screens/welcome.py" line="18" />
            <source>English</source>
            <translation type="unfinished">Tagalog</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <location filename="../../ui/screens/form.py" line="285" />
            <source>First name</source>
            <translation type="unfinished">Pangalan</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="286" />
            <source>Last name</source>
            <translation type="unfinished">Apelyido</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="287" />
            <source>Email</source>
            <translation type="unfinished">Email</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="288" />
            <source>Mobile phone</source>
            <translation type="unfinished">Mobile phone</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="289" />
            <source>ZIP code</source>
            <translation type="unfinished">ZIP code</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="290" />
            <source>Street address</source>
            <translation type="unfinished">Address ng tirahan</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="297" />
            <source>phone</source>
            <translation type="unfinished">telepono</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="297" />
            <source>email</source>
            <translation type="unfinished">email</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="298" />
            <source>%1 (or %2)</source>
            <translation type="unfinished">%1 (o %2)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="300" />
            <source>%1 (optional)</source>
            <translation type="unfinished">%1 (hindi kailangan)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="306" />
            <source>I agree to receive updates</source>
            <translation type="unfinished">Pumapayag akong makatanggap ng mga balita</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="308" />
            <source>Updates are optional. Your signature counts either way.</source>
            <translation type="unfinished">Hindi kailangan ang mga balita. Bibilangin pa rin ang pirma mo.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="309" />
            <source>Next: sign ➜</source>
            <translation type="unfinished">Susunod: pumirma ➜</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="309" />
            <source>Next: sign</source>
            <translation type="unfinished">Susunod: pumirma</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../ui/kiosk_window.py" line="610" />
            <source>← Back</source>
            <translation type="unfinished">← Bumalik</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="610" />
            <source>Back</source>
            <translation type="unfinished">Bumalik</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="611" />
            <source>Start over</source>
            <translation type="unfinished">Magsimula muli</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="612" />
            <source>A+ Larger text</source>
            <translation type="unfinished">A+ Mas malaking letra</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="612" />
            <source>Larger text</source>
            <translation type="unfinished">Mas malaking letra</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="671" />
            <source>Coordinator PIN</source>
            <translation type="unfinished">PIN ng coordinator</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="681" />
            <source>That PIN is not right.</source>
            <translation type="unfinished">Mali ang PIN na iyan.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="710" />
            <location filename="../../ui/kiosk_window.py" line="725" />
            <source>Enter the new PIN (4 to 12 digits)</source>
            <translation type="unfinished">Ilagay ang bagong PIN (4 hanggang 12 numero)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="716" />
            <source>A PIN has 4 to 12 digits.</source>
            <translation type="unfinished">Ang PIN ay may 4 hanggang 12 numero.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="720" />
            <source>Enter the new PIN again</source>
            <translation type="unfinished">Ilagay muli ang bagong PIN</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="726" />
            <source>The two PINs were different. Please start again.</source>
            <translation type="unfinished">Magkaiba ang dalawang PIN. Pakiulit mula sa simula.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>Please enter your first name.</source>
            <translation type="unfinished">Pakilagay ang pangalan mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>Please enter your last name.</source>
            <translation type="unfinished">Pakilagay ang apelyido mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>Please enter your email address.</source>
            <translation type="unfinished">Pakilagay ang email address mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>Please enter your phone number.</source>
            <translation type="unfinished">Pakilagay ang numero ng telepono mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>Please enter your ZIP code.</source>
            <translation type="unfinished">Pakilagay ang ZIP code mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>Please enter your street address.</source>
            <translation type="unfinished">Pakilagay ang address ng tirahan mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>This field is required.</source>
            <translation type="unfinished">Kailangang sagutan ito.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="38" />
            <source>This is too long. Please shorten it.</source>
            <translation type="unfinished">Masyadong mahaba ito. Pakiikli.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>This email address doesn't look right. Example: name@example.com</source>
            <translation type="unfinished">Mukhang hindi tama ang email address na ito. Halimbawa: name@example.com</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>This phone number doesn't look right. Example: 213 555 0123</source>
            <translation type="unfinished">Mukhang hindi tama ang numero ng teleponong ito. Halimbawa: 213 555 0123</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>A ZIP code has 5 digits, for example 90011.</source>
            <translation type="unfinished">Ang ZIP code ay may 5 numero, halimbawa 90011.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>Please give an email address or a phone number so we can count your signature.</source>
            <translation type="unfinished">Pakibigay ang email address o numero ng telepono para mabilang namin ang pirma mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>Please sign in the box with your finger.</source>
            <translation type="unfinished">Pakipirma sa kahon gamit ang daliri mo.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
            <translation type="unfinished">Magandang balita: nakapirma ka na sa petisyong ito. Salamat! Isang beses lang puwedeng pumirma ang bawat tao.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="64" />
            <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
            <translation type="unfinished">Hindi ma-save ang pirma mo ngayon. Walang nawala sa mga tinype mo. Pakipindot ulit ang “Pirmahan ang petisyon”, o humingi ng tulong sa isang volunteer.</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="250" />
            <source>Switch letters</source>
            <translation type="unfinished">Palitan ang mga titik</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="143" />
            <source>Delete</source>
            <translation type="unfinished">Burahin</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="144" />
            <source>Capital letter</source>
            <translation type="unfinished">Malaking titik</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="145" />
            <source>space</source>
            <translation type="unfinished">espasyo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="145" />
            <source>Space</source>
            <translation type="unfinished">Espasyo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="147" />
            <source>Next ➜</source>
            <translation type="unfinished">Susunod ➜</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="147" />
            <source>Next field</source>
            <translation type="unfinished">Susunod na field</translation>
        </message>
    </context>
    <context>
        <name>PetitionScreen</name>
        <message>
            <location filename="../../ui/screens/petition.py" line="67" />
            <source>Our letter to %1</source>
            <translation type="unfinished">Ang liham namin kay %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="69" />
            <source>Slide up with your finger to read more.</source>
            <translation type="unfinished">I-slide pataas gamit ang daliri para magbasa pa.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="70" />
            <source>The petition and the letter</source>
            <translation type="unfinished">Ang petisyon at ang liham</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="71" />
            <source>I want to sign ➜</source>
            <translation type="unfinished">Gusto kong pumirma ➜</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="121" />
            <source>Coordinator PIN</source>
            <translation type="unfinished">PIN ng coordinator</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="124" />
            <source>Clear</source>
            <translation type="unfinished">Burahin lahat</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="125" />
            <source>Clear the PIN</source>
            <translation type="unfinished">Burahin ang PIN</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="128" />
            <source>Delete last digit</source>
            <translation type="unfinished">Burahin ang huling numero</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="132" />
            <location filename="../../ui/widgets/pin_pad.py" line="133" />
            <source>Cancel</source>
            <translation type="unfinished">Kanselahin</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="134" />
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="135" />
            <source>Confirm the PIN</source>
            <translation type="unfinished">Kumpirmahin ang PIN</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pin_pad.py" line="140" />
            <source>%n digit(s) entered</source>
            <translation type="unfinished">
                <numerusform>%n numero ang nailagay</numerusform>
                <numerusform>%n numero ang nailagay</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pin_pad.py" line="145" />
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %n segundo.</numerusform>
                <numerusform>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %n segundo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../ui/screens/review.py" line="110" />
            <source>Name</source>
            <translation type="unfinished">Pangalan</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="111" />
            <source>Email</source>
            <translation type="unfinished">Email</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="112" />
            <source>Phone</source>
            <translation type="unfinished">Telepono</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="113" />
            <source>ZIP code</source>
            <translation type="unfinished">ZIP code</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="114" />
            <source>Address</source>
            <translation type="unfinished">Address</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="122" />
            <source>Yes</source>
            <translation type="unfinished">Oo</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="122" />
            <source>No</source>
            <translation type="unfinished">Hindi</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="123" />
            <source>Updates</source>
            <translation type="unfinished">Mga balita</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="127" />
            <source>Please check your details</source>
            <translation type="unfinished">Pakisuri ang mga detalye mo</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="128" />
            <source>Your signature</source>
            <translation type="unfinished">Ang pirma mo</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="129" />
            <source>← Change my details</source>
            <translation type="unfinished">← Baguhin ang mga detalye ko</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="129" />
            <source>Change my details</source>
            <translation type="unfinished">Baguhin ang mga detalye ko</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="130" />
            <source>Sign the petition</source>
            <translation type="unfinished">Pirmahan ang petisyon</translation>
        </message>
    </context>
    <context>
        <name>SignatureScreen</name>
        <message>
            <location filename="../../ui/screens/signature.py" line="87" />
            <source>Sign with your finger in the box</source>
            <translation type="unfinished">Pumirma gamit ang daliri sa loob ng kahon</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="88" />
            <source>Your signature will be delivered to %1 with the petition.</source>
            <translation type="unfinished">Ihahatid ang pirma mo kay %1 kasama ng petisyon.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="90" />
            <source>Drawing your signature is optional. You can also continue without it.</source>
            <translation type="unfinished">Hindi kailangang iguhit ang pirma. Puwede ka ring magpatuloy nang wala nito.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="91" />
            <source>Sign here</source>
            <translation type="unfinished">Pumirma rito</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="92" />
            <source>Signature pad</source>
            <translation type="unfinished">Pirmahan</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="93" />
            <source>Clear</source>
            <translation type="unfinished">Burahin</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="93" />
            <source>Clear the signature</source>
            <translation type="unfinished">Burahin ang pirma</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="94" />
            <source>Next: review ➜</source>
            <translation type="unfinished">Susunod: suriin ➜</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="94" />
            <source>Next: review</source>
            <translation type="unfinished">Susunod: suriin</translation>
        </message>
    </context>
    <context>
        <name>StartFailureScreen</name>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="68" />
            <source>This device has no safe place to keep the key that protects signatures.</source>
            <translation type="unfinished">Walang ligtas na lalagyan ang device na ito para sa susing nagpoprotekta sa mga pirma.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="70" />
            <source>The key that protects the signatures on this device is missing or wrong.</source>
            <translation type="unfinished">Nawawala o mali ang susing nagpoprotekta sa mga pirma sa device na ito.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="72" />
            <source>The signature database on this device could not be opened.</source>
            <translation type="unfinished">Hindi mabuksan ang database ng mga pirma sa device na ito.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="73" />
            <source>Something this kiosk needs to keep signatures safe is not working.</source>
            <translation type="unfinished">May hindi gumagana sa kailangan ng kiosk na ito para mapanatiling ligtas ang mga pirma.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="76" />
            <source>This kiosk cannot take signatures right now</source>
            <translation type="unfinished">Hindi makatanggap ng pirma ang kiosk na ito ngayon</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="78" />
            <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
            <translation type="unfinished">Buo pa rin ang mga pirmang naka-save na sa device na ito. Pakihingi ng tulong sa coordinator.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="80" />
            <source>For the coordinator: %1</source>
            <translation type="unfinished">Para sa coordinator: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="81" />
            <source>Close</source>
            <translation type="unfinished">Isara</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="81" />
            <source>Close the kiosk</source>
            <translation type="unfinished">Isara ang kiosk</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="99" />
            <source>Still there?</source>
            <translation type="unfinished">Nandiyan ka pa ba?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/still_there.py" line="101" />
            <source>For your privacy, this form will be cleared in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>Para sa privacy mo, buburahin ang form na ito pagkalipas ng %n segundo.</numerusform>
                <numerusform>Para sa privacy mo, buburahin ang form na ito pagkalipas ng %n segundo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="102" />
            <source>I'm still here</source>
            <translation type="unfinished">Nandito pa ako</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="103" />
            <source>I'm still here, keep my form</source>
            <translation type="unfinished">Nandito pa ako, huwag burahin ang form ko</translation>
        </message>
    </context>
    <context>
        <name>ThankYouScreen</name>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="79" />
            <location filename="../../ui/screens/thank_you.py" line="83" />
            <source>Thank you!</source>
            <translation type="unfinished">Salamat!</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="82" />
            <source>Thank you, %1!</source>
            <translation type="unfinished">Salamat, %1!</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="84" />
            <source>Your signature has been saved. Please pass the tablet to the next person.</source>
            <translation type="unfinished">Na-save na ang pirma mo. Pakiabot ang tablet sa susunod na tao.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="85" />
            <source>%1 people have signed</source>
            <translation type="unfinished">%1 tao na ang pumirma</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/thank_you.py" line="86" />
            <source>This screen closes in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>Magsasara ang screen na ito pagkalipas ng %n segundo.</numerusform>
                <numerusform>Magsasara ang screen na ito pagkalipas ng %n segundo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="90" />
            <source>Done</source>
            <translation type="unfinished">Tapos na</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/screens/welcome.py" line="131" />
            <source>%1 signed</source>
            <translation type="unfinished">%1 na ang pumirma</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="132" />
            <source>Help us reach %1 signatures</source>
            <translation type="unfinished">Tulungan kaming umabot sa %1 pirma</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="133" />
            <source>%1 of %2 signatures</source>
            <translation type="unfinished">%1 sa %2 pirma</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="140" />
            <source>Tap to sign</source>
            <translation type="unfinished">Pindutin para pumirma</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="140" />
            <source>Tap to sign the petition</source>
            <translation type="unfinished">Pindutin para pirmahan ang petisyon</translation>
        </message>
    </context>
</TS>
