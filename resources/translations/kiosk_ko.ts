<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/screens/welcome.py" line="18" />
            <source>English</source>
            <translation type="unfinished">한국어</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <location filename="../../ui/screens/form.py" line="285" />
            <source>First name</source>
            <translation type="unfinished">이름</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="286" />
            <source>Last name</source>
            <translation type="unfinished">성</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="287" />
            <source>Email</source>
            <translation type="unfinished">이메일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="288" />
            <source>Mobile phone</source>
            <translation type="unfinished">휴대전화</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="289" />
            <source>ZIP code</source>
            <translation type="unfinished">우편번호(ZIP)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="290" />
            <source>Street address</source>
            <translation type="unfinished">도로명 주소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="297" />
            <source>phone</source>
            <translation type="unfinished">전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="297" />
            <source>email</source>
            <translation type="unfinished">이메일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="298" />
            <source>%1 (or %2)</source>
            <translation type="unfinished">%1 (또는 %2)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="300" />
            <source>%1 (optional)</source>
            <translation type="unfinished">%1 (선택)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="306" />
            <source>I agree to receive updates</source>
            <translation type="unfinished">새 소식을 받는 데 동의합니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="308" />
            <source>Updates are optional. Your signature counts either way.</source>
            <translation type="unfinished">소식 받기는 선택 사항입니다. 어느 쪽이든 서명은 똑같이 집계됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="309" />
            <source>Next: sign ➜</source>
            <translation type="unfinished">다음: 서명하기 ➜</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="309" />
            <source>Next: sign</source>
            <translation type="unfinished">다음: 서명하기</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../ui/kiosk_window.py" line="610" />
            <source>← Back</source>
            <translation type="unfinished">← 뒤로</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="610" />
            <source>Back</source>
            <translation type="unfinished">뒤로</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="611" />
            <source>Start over</source>
            <translation type="unfinished">처음부터 다시</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="612" />
            <source>A+ Larger text</source>
            <translation type="unfinished">A+ 글자 크게</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="612" />
            <source>Larger text</source>
            <translation type="unfinished">글자 크게</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="671" />
            <source>Coordinator PIN</source>
            <translation type="unfinished">코디네이터 PIN</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="681" />
            <source>That PIN is not right.</source>
            <translation type="unfinished">PIN이 맞지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="710" />
            <location filename="../../ui/kiosk_window.py" line="725" />
            <source>Enter the new PIN (4 to 12 digits)</source>
            <translation type="unfinished">새 PIN을 입력하세요 (숫자 4~12자리)</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="716" />
            <source>A PIN has 4 to 12 digits.</source>
            <translation type="unfinished">PIN은 숫자 4~12자리입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="720" />
            <source>Enter the new PIN again</source>
            <translation type="unfinished">새 PIN을 한 번 더 입력하세요</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="726" />
            <source>The two PINs were different. Please start again.</source>
            <translation type="unfinished">두 PIN이 서로 다릅니다. 처음부터 다시 해 주세요.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>Please enter your first name.</source>
            <translation type="unfinished">이름을 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>Please enter your last name.</source>
            <translation type="unfinished">성을 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>Please enter your email address.</source>
            <translation type="unfinished">이메일 주소를 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>Please enter your phone number.</source>
            <translation type="unfinished">전화번호를 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>Please enter your ZIP code.</source>
            <translation type="unfinished">우편번호(ZIP)를 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>Please enter your street address.</source>
            <translation type="unfinished">도로명 주소를 입력해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>This field is required.</source>
            <translation type="unfinished">꼭 입력해야 하는 항목입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="38" />
            <source>This is too long. Please shorten it.</source>
            <translation type="unfinished">너무 깁니다. 짧게 줄여 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>This email address doesn't look right. Example: name@example.com</source>
            <translation type="unfinished">이메일 주소가 올바르지 않은 것 같습니다. 예: name@example.com</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>This phone number doesn't look right. Example: 213 555 0123</source>
            <translation type="unfinished">전화번호가 올바르지 않은 것 같습니다. 예: 213 555 0123</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>A ZIP code has 5 digits, for example 90011.</source>
            <translation type="unfinished">우편번호(ZIP)는 숫자 5자리입니다. 예: 90011.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>Please give an email address or a phone number so we can count your signature.</source>
            <translation type="unfinished">서명을 집계할 수 있도록 이메일 주소나 전화번호를 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>Please sign in the box with your finger.</source>
            <translation type="unfinished">상자 안에 손가락으로 서명해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
            <translation type="unfinished">좋은 소식입니다. 이미 이 청원에 서명하셨습니다. 감사합니다! 한 사람당 한 번만 서명할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="64" />
            <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
            <translation type="unfinished">지금은 서명을 저장할 수 없습니다. 입력하신 내용은 하나도 없어지지 않았습니다. “청원에 서명하기”를 다시 누르시거나 자원봉사자에게 도움을 요청해 주세요.</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="250" />
            <source>Switch letters</source>
            <translation type="unfinished">글자 바꾸기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="143" />
            <source>Delete</source>
            <translation type="unfinished">지우기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="144" />
            <source>Capital letter</source>
            <translation type="unfinished">대문자</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="145" />
            <source>space</source>
            <translation type="unfinished">띄어쓰기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="145" />
            <source>Space</source>
            <translation type="unfinished">띄어쓰기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="147" />
            <source>Next ➜</source>
            <translation type="unfinished">다음 ➜</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="147" />
            <source>Next field</source>
            <translation type="unfinished">다음 칸</translation>
        </message>
    </context>
    <context>
        <name>PetitionScreen</name>
        <message>
            <location filename="../../ui/screens/petition.py" line="67" />
            <source>Our letter to %1</source>
            <translation type="unfinished">%1께 보내는 우리의 편지</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="69" />
            <source>Slide up with your finger to read more.</source>
            <translation type="unfinished">손가락으로 위로 밀어 더 읽어 보세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="70" />
            <source>The petition and the letter</source>
            <translation type="unfinished">청원서와 편지</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="71" />
            <source>I want to sign ➜</source>
            <translation type="unfinished">서명하겠습니다 ➜</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="121" />
            <source>Coordinator PIN</source>
            <translation type="unfinished">코디네이터 PIN</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="124" />
            <source>Clear</source>
            <translation type="unfinished">모두 지우기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="125" />
            <source>Clear the PIN</source>
            <translation type="unfinished">PIN 지우기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="128" />
            <source>Delete last digit</source>
            <translation type="unfinished">마지막 숫자 지우기</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="132" />
            <location filename="../../ui/widgets/pin_pad.py" line="133" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="134" />
            <source>OK</source>
            <translation type="unfinished">확인</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="135" />
            <source>Confirm the PIN</source>
            <translation type="unfinished">PIN 확인</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pin_pad.py" line="140" />
            <source>%n digit(s) entered</source>
            <translation type="unfinished">
                <numerusform>숫자 %n개 입력됨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pin_pad.py" line="145" />
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>PIN을 너무 많이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../ui/screens/review.py" line="110" />
            <source>Name</source>
            <translation type="unfinished">이름</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="111" />
            <source>Email</source>
            <translation type="unfinished">이메일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="112" />
            <source>Phone</source>
            <translation type="unfinished">전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="113" />
            <source>ZIP code</source>
            <translation type="unfinished">우편번호(ZIP)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="114" />
            <source>Address</source>
            <translation type="unfinished">주소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="122" />
            <source>Yes</source>
            <translation type="unfinished">예</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="122" />
            <source>No</source>
            <translation type="unfinished">아니요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="123" />
            <source>Updates</source>
            <translation type="unfinished">새 소식</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="127" />
            <source>Please check your details</source>
            <translation type="unfinished">입력하신 정보를 확인해 주세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="128" />
            <source>Your signature</source>
            <translation type="unfinished">내 서명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="129" />
            <source>← Change my details</source>
            <translation type="unfinished">← 정보 고치기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="129" />
            <source>Change my details</source>
            <translation type="unfinished">정보 고치기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="130" />
            <source>Sign the petition</source>
            <translation type="unfinished">청원에 서명하기</translation>
        </message>
    </context>
    <context>
        <name>SignatureScreen</name>
        <message>
            <location filename="../../ui/screens/signature.py" line="87" />
            <source>Sign with your finger in the box</source>
            <translation type="unfinished">상자 안에 손가락으로 서명하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="88" />
            <source>Your signature will be delivered to %1 with the petition.</source>
            <translation type="unfinished">서명은 청원서와 함께 %1께 전달됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="90" />
            <source>Drawing your signature is optional. You can also continue without it.</source>
            <translation type="unfinished">서명 그리기는 선택 사항입니다. 서명 없이 계속하셔도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="91" />
            <source>Sign here</source>
            <translation type="unfinished">여기에 서명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="92" />
            <source>Signature pad</source>
            <translation type="unfinished">서명 패드</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="93" />
            <source>Clear</source>
            <translation type="unfinished">지우기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="93" />
            <source>Clear the signature</source>
            <translation type="unfinished">서명 지우기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="94" />
            <source>Next: review ➜</source>
            <translation type="unfinished">다음: 확인하기 ➜</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="94" />
            <source>Next: review</source>
            <translation type="unfinished">다음: 확인하기</translation>
        </message>
    </context>
    <context>
        <name>StartFailureScreen</name>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="68" />
            <source>This device has no safe place to keep the key that protects signatures.</source>
            <translation type="unfinished">이 기기에는 서명을 보호하는 키를 안전하게 보관할 곳이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="70" />
            <source>The key that protects the signatures on this device is missing or wrong.</source>
            <translation type="unfinished">이 기기에서 서명을 보호하는 키가 없거나 잘못되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="72" />
            <source>The signature database on this device could not be opened.</source>
            <translation type="unfinished">이 기기의 서명 데이터베이스를 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="73" />
            <source>Something this kiosk needs to keep signatures safe is not working.</source>
            <translation type="unfinished">이 키오스크가 서명을 안전하게 지키는 데 필요한 기능이 작동하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="76" />
            <source>This kiosk cannot take signatures right now</source>
            <translation type="unfinished">이 키오스크는 지금 서명을 받을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="78" />
            <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
            <translation type="unfinished">이 기기에 이미 저장된 서명은 그대로 있습니다. 코디네이터에게 도움을 요청해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="80" />
            <source>For the coordinator: %1</source>
            <translation type="unfinished">코디네이터용: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="81" />
            <source>Close</source>
            <translation type="unfinished">닫기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="81" />
            <source>Close the kiosk</source>
            <translation type="unfinished">키오스크 닫기</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="99" />
            <source>Still there?</source>
            <translation type="unfinished">아직 계신가요?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/still_there.py" line="101" />
            <source>For your privacy, this form will be cleared in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>개인 정보 보호를 위해 이 양식은 %n초 후에 지워집니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="102" />
            <source>I'm still here</source>
            <translation type="unfinished">아직 있어요</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="103" />
            <source>I'm still here, keep my form</source>
            <translation type="unfinished">아직 있어요, 양식을 지우지 마세요</translation>
        </message>
    </context>
    <context>
        <name>ThankYouScreen</name>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="79" />
            <location filename="../../ui/screens/thank_you.py" line="83" />
            <source>Thank you!</source>
            <translation type="unfinished">감사합니다!</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="82" />
            <source>Thank you, %1!</source>
            <translation type="unfinished">%1 님, 감사합니다!</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="84" />
            <source>Your signature has been saved. Please pass the tablet to the next person.</source>
            <translation type="unfinished">서명이 저장되었습니다. 다음 분께 태블릿을 건네주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="85" />
            <source>%1 people have signed</source>
            <translation type="unfinished">%1명이 서명했습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/thank_you.py" line="86" />
            <source>This screen closes in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>이 화면은 %n초 후에 닫힙니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="90" />
            <source>Done</source>
            <translation type="unfinished">완료</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/screens/welcome.py" line="131" />
            <source>%1 signed</source>
            <translation type="unfinished">%1명 서명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="132" />
            <source>Help us reach %1 signatures</source>
            <translation type="unfinished">서명 %1명 달성을 도와주세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="133" />
            <source>%1 of %2 signatures</source>
            <translation type="unfinished">서명 %2명 중 %1명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="140" />
            <source>Tap to sign</source>
            <translation type="unfinished">눌러서 서명하기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="140" />
            <source>Tap to sign the petition</source>
            <translation type="unfinished">눌러서 청원에 서명하기</translation>
        </message>
    </context>
</TS>
