<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form.py" line="332"/>
        <source>First name</source>
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="333"/>
        <source>Last name</source>
        <translation type="unfinished">성</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="334"/>
        <source>Email</source>
        <translation type="unfinished">이메일</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="335"/>
        <source>Mobile phone</source>
        <translation type="unfinished">휴대전화</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="336"/>
        <source>ZIP code</source>
        <translation type="unfinished">우편번호(ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="337"/>
        <source>Street address</source>
        <translation type="unfinished">도로명 주소</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>phone</source>
        <translation type="unfinished">전화번호</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>email</source>
        <translation type="unfinished">이메일</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="345"/>
        <source>%1 (or %2)</source>
        <translation type="unfinished">%1 (또는 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="347"/>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (선택)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="354"/>
        <source>I agree to receive updates by email</source>
        <translation type="unfinished">이메일로 소식을 받는 데 동의합니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="357"/>
        <source>I agree to receive text messages</source>
        <translation type="unfinished">문자 메시지를 받는 데 동의합니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="361"/>
        <source>Updates are optional. Your signature counts either way.</source>
        <translation type="unfinished">소식 받기는 선택 사항입니다. 어느 쪽이든 서명은 똑같이 집계됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign ➜</source>
        <translation type="unfinished">다음: 서명하기 ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign</source>
        <translation type="unfinished">다음: 서명하기</translation>
    </message>
</context>
<context>
    <name>KeyStoreSetupScreen</name>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="112"/>
        <source>Where should this kiosk keep its key?</source>
        <translation type="unfinished">이 키오스크의 키를 어디에 보관할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="114"/>
        <source>This computer has no keyring, the safe place where the kiosk usually keeps the key that locks the signers&apos; data. Choose one of these before the first signer; you choose the coordinator PIN next.</source>
        <translation type="unfinished">이 컴퓨터에는 키링이 없습니다. 키링은 키오스크가 서명자의 정보를 잠그는 키를 보통 보관하는 안전한 곳입니다. 첫 서명자가 서명하기 전에 아래 중 하나를 선택하세요. 그다음에 코디네이터 PIN을 정합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="117"/>
        <source>Keep the key in a protected file on this computer</source>
        <translation type="unfinished">이 컴퓨터의 보호된 파일에 키 보관</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="119"/>
        <source>Warning: anyone who takes this computer and its files can open the signers&apos; records. Pairing with a hub is safer.</source>
        <translation type="unfinished">주의: 이 컴퓨터와 그 안의 파일을 가져가는 사람은 누구나 서명자의 기록을 열 수 있습니다. 허브와 페어링하는 편이 더 안전합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="121"/>
        <source>Use a protected file</source>
        <translation type="unfinished">보호된 파일 사용</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="122"/>
        <location filename="../../ui/screens/key_store_setup.py" line="127"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">허브와 페어링</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="124"/>
        <source>The hub seals each record, so this tablet holds no key that opens them. The tablet keeps its hub token in a protected file: the token can only upload, and the hub can revoke it. You type the hub&apos;s address and code after choosing the PIN.</source>
        <translation type="unfinished">허브가 기록을 하나하나 봉인하므로 이 태블릿에는 기록을 여는 키가 없습니다. 태블릿은 허브 토큰을 보호된 파일에 보관합니다. 이 토큰으로는 업로드만 할 수 있고, 허브에서 토큰을 무효화할 수 있습니다. 허브 주소와 페어링 코드는 PIN을 정한 다음에 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="128"/>
        <source>The kiosk remembers this choice and does not ask again.</source>
        <translation type="unfinished">키오스크는 이 선택을 기억하며 다시 묻지 않습니다.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window/top_bar.py" line="78"/>
        <source>← Back</source>
        <translation type="unfinished">← 뒤로</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="79"/>
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="80"/>
        <source>Start over</source>
        <translation type="unfinished">처음부터 다시</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="81"/>
        <source>A+ Larger text</source>
        <translation type="unfinished">A+ 글자 크게</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="82"/>
        <source>Larger text</source>
        <translation type="unfinished">글자 크게</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="48"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">코디네이터 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="99"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished">PIN이 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="59"/>
        <source>Enter the new PIN (4 to 12 digits)</source>
        <translation type="unfinished">새 PIN을 입력하세요 (숫자 4~12자리)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="69"/>
        <source>Choose a duress PIN: typed at the PIN pad, it erases all personal data</source>
        <translation type="unfinished">비상 PIN을 정하세요. PIN 입력 화면에서 입력하면 모든 개인 정보가 지워집니다</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="88"/>
        <source>Welcome! Choose a coordinator PIN for this kiosk (4 to 12 digits)</source>
        <translation type="unfinished">환영합니다! 이 키오스크의 코디네이터 PIN을 정하세요 (숫자 4~12자리)</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="106"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished">PIN은 숫자 4~12자리입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="109"/>
        <source>That PIN is too easy to guess. Please choose another.</source>
        <translation type="unfinished">너무 쉽게 추측할 수 있는 PIN입니다. 다른 PIN을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="114"/>
        <source>Enter the new PIN again</source>
        <translation type="unfinished">새 PIN을 한 번 더 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="124"/>
        <source>The two PINs were different. Please start again.</source>
        <translation type="unfinished">두 PIN이 서로 다릅니다. 처음부터 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="136"/>
        <source>The coordinator PIN and the duress PIN must be different.</source>
        <translation type="unfinished">코디네이터 PIN과 비상 PIN은 서로 달라야 합니다.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="19"/>
        <source>English</source>
        <translation type="unfinished">한국어</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Please enter your first name.</source>
        <translation type="unfinished">이름을 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Please enter your last name.</source>
        <translation type="unfinished">성을 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Please enter your email address.</source>
        <translation type="unfinished">이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Please enter your phone number.</source>
        <translation type="unfinished">전화번호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Please enter your ZIP code.</source>
        <translation type="unfinished">우편번호(ZIP)를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Please enter your street address.</source>
        <translation type="unfinished">도로명 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>This field is required.</source>
        <translation type="unfinished">꼭 입력해야 하는 항목입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished">너무 깁니다. 짧게 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This email address doesn&apos;t look right. Example: name@example.com</source>
        <translation type="unfinished">이메일 주소가 올바르지 않은 것 같습니다. 예: name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>This phone number doesn&apos;t look right. Example: 213 555 0123</source>
        <translation type="unfinished">전화번호가 올바르지 않은 것 같습니다. 예: 213 555 0123</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>A ZIP code has 5 digits, for example 90011.</source>
        <translation type="unfinished">우편번호(ZIP)는 숫자 5자리입니다. 예: 90011.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Please give an email address or a phone number so we can count your signature.</source>
        <translation type="unfinished">서명을 집계할 수 있도록 이메일 주소나 전화번호를 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished">상자 안에 손가락으로 서명해 주세요.</translation>
    </message>
    <message>
        <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
        <translation type="obsolete">좋은 소식입니다. 이미 이 청원에 서명하셨습니다. 감사합니다! 한 사람당 한 번만 서명할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
        <translation type="unfinished">지금은 서명을 저장할 수 없습니다. 입력하신 내용은 하나도 없어지지 않았습니다. “청원에 서명하기”를 다시 누르시거나 자원봉사자에게 도움을 요청해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>This device has no safe place to keep the key that protects signatures.</source>
        <translation type="unfinished">이 기기에는 서명을 보호하는 키를 안전하게 보관할 곳이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>The key that protects the signatures on this device is missing or wrong.</source>
        <translation type="unfinished">이 기기에서 서명을 보호하는 키가 없거나 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>The signature database on this device could not be opened.</source>
        <translation type="unfinished">이 기기의 서명 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Something this kiosk needs to keep signatures safe is not working.</source>
        <translation type="unfinished">이 키오스크가 서명을 안전하게 지키는 데 필요한 기능이 작동하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>the server did not answer in time</source>
        <translation type="unfinished">서버가 제때 응답하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>no connection to the server</source>
        <translation type="unfinished">서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished">서버 인증서를 확인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>the server had an error</source>
        <translation type="unfinished">서버에 오류가 있었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>the server asked us to slow down</source>
        <translation type="unfinished">서버가 천천히 보내 달라고 요청했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>the server&apos;s answer was not understood</source>
        <translation type="unfinished">서버의 응답을 이해할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>the server did not say what became of some signatures; they will be sent again</source>
        <translation type="unfinished">서버가 일부 서명의 처리 결과를 알려 주지 않았습니다. 그 서명은 다시 보냅니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>the token was refused: enter a new one</source>
        <translation type="unfinished">토큰이 거부되었습니다: 새 토큰을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>no token is saved</source>
        <translation type="unfinished">저장된 토큰이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>the petition id is wrong</source>
        <translation type="unfinished">청원 ID가 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>no server is set up</source>
        <translation type="unfinished">설정된 서버가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>the address must start with https://</source>
        <translation type="unfinished">주소는 https://로 시작해야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>the certificate file is missing</source>
        <translation type="unfinished">인증서 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>some signatures could not be opened with this kiosk&apos;s key; they are kept</source>
        <translation type="unfinished">일부 서명을 이 키오스크의 키로 열 수 없습니다. 그 서명은 보관됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>the server refused some signatures</source>
        <translation type="unfinished">서버가 일부 서명을 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
        <translation type="unfinished">서명 명부에 넣을 것이 없습니다. 조건에 맞는 모든 서명의 개인 정보가 업로드 후 삭제되었습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>No signatures match these filters. Nothing was saved.</source>
        <translation type="unfinished">이 조건에 맞는 서명이 없습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
        <translation type="unfinished">그곳에는 저장할 수 없습니다. 폴더가 없거나 읽기 전용입니다. 다른 곳을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation type="unfinished">디스크가 가득 찼습니다. 아무것도 저장하지 않았습니다. 공간을 비우거나 다른 곳을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Export cancelled. Nothing was saved.</source>
        <translation type="unfinished">내보내기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>That event no longer exists.</source>
        <translation type="unfinished">그 행사는 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">첫날이 마지막 날보다 뒤입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This tablet seals every signature for the hub and cannot open names. Make signature sheets and the spreadsheet from the hub&apos;s dashboard; the tally works here.</source>
        <translation>이 태블릿은 모든 서명을 허브용으로 봉인하므로 이름을 열 수 없습니다. 서명 명단과 스프레드시트는 허브의 대시보드에서 만드세요. 집계는 여기서도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
        <translation type="unfinished">이 키오스크의 데이터 키가 없거나 잘못되어 서명을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>The signature database could not be read.</source>
        <translation type="unfinished">서명 데이터베이스를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The export failed (%1). Nothing was saved.</source>
        <translation type="unfinished">내보내기에 실패했습니다 (%1). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>the hub no longer accepts this kiosk: pair it with the hub again</source>
        <translation type="unfinished">허브가 더 이상 이 키오스크를 받지 않습니다: 허브와 다시 페어링하세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>this kiosk&apos;s hub token is missing: pair it with the hub again</source>
        <translation type="unfinished">이 키오스크의 허브 토큰이 없습니다: 허브와 다시 페어링하세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>an unexpected problem (%1)</source>
        <translation type="unfinished">예상하지 못한 문제 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The key this kiosk locks signatures with was changed on this device. To keep signers safe, it takes no signatures until it is paired with its hub again.</source>
        <translation type="unfinished">이 기기에서 키오스크가 서명을 잠그는 키가 바뀌었습니다. 서명자를 보호하기 위해 허브와 다시 페어링할 때까지 서명을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>This kiosk must be paired with its hub again before it takes signatures.</source>
        <translation type="unfinished">서명을 받기 전에 이 키오스크를 허브와 다시 페어링해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The coordinator PIN's record was changed on this device. To keep signers safe, this kiosk takes no signatures and its admin area stays closed.</source>
        <translation type="unfinished">이 기기에서 코디네이터 PIN 기록이 바뀌었습니다. 서명자를 보호하기 위해 이 키오스크는 서명을 받지 않으며 관리 영역은 닫힌 채로 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not accept one of its fields (%1)</source>
        <translation type="unfinished">서버가 필드 중 하나를 받아들일 수 없었습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it (HTTP %1)</source>
        <translation type="unfinished">서버가 거부했습니다 (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not read what was sent</source>
        <translation type="unfinished">서버가 보낸 내용을 읽을 수 없었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it without giving a reason</source>
        <translation type="unfinished">서버가 이유 없이 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not allow this signature</source>
        <translation type="unfinished">서버가 이 서명을 허용하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not take signatures at this address</source>
        <translation type="unfinished">서버가 이 주소에서 서명을 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server was busy or had a problem</source>
        <translation type="unfinished">서버가 바쁘거나 문제가 있었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused this kiosk&apos;s token</source>
        <translation type="unfinished">서버가 이 키오스크의 토큰을 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>too large for the server, even on its own</source>
        <translation type="unfinished">단독으로도 서버에 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the drawn signature was refused</source>
        <translation type="unfinished">그린 서명이 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the name was refused</source>
        <translation type="unfinished">이름이 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the email address was refused</source>
        <translation type="unfinished">이메일 주소가 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the phone number was refused</source>
        <translation type="unfinished">전화번호가 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the ZIP code was refused</source>
        <translation type="unfinished">우편번호가 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the street address was refused</source>
        <translation type="unfinished">도로명 주소가 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the consent answers were refused</source>
        <translation type="unfinished">동의 답변이 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event name was refused</source>
        <translation type="unfinished">행사 이름이 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event's place was refused</source>
        <translation type="unfinished">행사 장소가 거부되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a required field was missing</source>
        <translation type="unfinished">필수 항목이 빠져 있었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a field was too long</source>
        <translation type="unfinished">항목 하나가 너무 길었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server already has this person</source>
        <translation type="unfinished">서버에 이미 이 사람이 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the campaign no longer takes signatures</source>
        <translation type="unfinished">캠페인이 더 이상 서명을 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not know this campaign</source>
        <translation type="unfinished">서버가 이 캠페인을 모릅니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the hub could not open the sealed record (it was sealed to another key)</source>
        <translation type="unfinished">허브가 봉인된 기록을 열 수 없었습니다 (다른 키로 봉인됨)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the sealed record was damaged on the way</source>
        <translation type="unfinished">봉인된 기록이 전송 중에 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the pairing code was refused</source>
        <translation type="unfinished">페어링 코드가 거부되었습니다</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="357"/>
        <source>Pinyin</source>
        <translation type="unfinished">병음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>Previous characters</source>
        <translation type="unfinished">이전 한자</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>More characters</source>
        <translation type="unfinished">한자 더 보기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="266"/>
        <source>Switch letters</source>
        <translation type="unfinished">글자 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="261"/>
        <source>Delete</source>
        <translation type="unfinished">지우기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="262"/>
        <source>Capital letter</source>
        <translation type="unfinished">대문자</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>space</source>
        <translation type="unfinished">띄어쓰기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>Space</source>
        <translation type="unfinished">띄어쓰기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next ➜</source>
        <translation type="unfinished">다음 ➜</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next field</source>
        <translation type="unfinished">다음 칸</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>no secure key store (OS keyring) is available, so signatures cannot be collected; to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file</source>
        <translation type="unfinished">안전한 키 저장소(운영체제 키링)를 사용할 수 없어서 서명을 받을 수 없습니다. 대신 데이터 키를 보호된 파일에 보관하려면 PETITION_KIOSK_KEY_STORE=file을 설정하세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>the key file %1 can be read by other users, so signatures will not be collected; make it private with: chmod 600 %1</source>
        <translation type="unfinished">다른 사용자가 키 파일 %1을(를) 읽을 수 있어서 서명을 받지 않습니다. 다음 명령으로 다른 사람이 읽을 수 없게 하세요: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>the data key file would be inside the data dir, beside the signatures it protects, so signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)</source>
        <translation type="unfinished">데이터 키 파일이 데이터 폴더 안, 그 키가 보호하는 서명 바로 옆에 놓이게 되어 서명을 받을 수 없습니다. 설정 폴더(또는 PETITION_KIOSK_KEY_FILE)를 데이터 폴더(PETITION_KIOSK_DATA_DIR 또는 --data-dir) 밖에 두세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>the data key for this kiosk is missing or wrong; restore it before collecting</source>
        <translation type="unfinished">이 키오스크의 데이터 키가 없거나 잘못되었습니다. 서명을 받기 전에 데이터 키를 복원하세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>the signature database could not be written or checked</source>
        <translation type="unfinished">서명 데이터베이스에 기록하거나 확인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>the settings file was unreadable; defaults are in use and the old file was kept</source>
        <translation type="unfinished">설정 파일을 읽을 수 없었습니다. 기본값을 사용하고 있으며 기존 파일은 그대로 보관했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>campaign file %1: field &apos;%2&apos; is %3</source>
        <translation type="unfinished">캠페인 파일 %1: &apos;%2&apos; 항목 상태: %3</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>a record opened but does not read as a signature (damaged, or not this campaign&apos;s); it was left as it is</source>
        <translation type="unfinished">기록이 열렸지만 서명으로 읽히지 않습니다(손상되었거나 이 캠페인의 것이 아님). 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>this record is sealed for the hub: this kiosk holds no key that opens it; read it on the hub</source>
        <translation type="unfinished">이 기록은 허브용으로 봉인되어 있습니다: 이 키오스크에는 이 기록을 여는 키가 없습니다. 허브에서 읽으세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>the hub&apos;s sealing key is not a valid public key: nothing was changed; pair this kiosk again</source>
        <translation type="unfinished">허브의 봉인 키가 올바른 공개 키가 아닙니다: 아무것도 바꾸지 않았습니다. 이 키오스크를 다시 페어링하세요</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>cannot write %1: the folder does not exist, is read-only, or the path is a folder</source>
        <translation type="unfinished">%1에 저장할 수 없습니다: 폴더가 없거나, 읽기 전용이거나, 지정한 경로가 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>the disk is full: %1 was not written (nothing half-written was left behind)</source>
        <translation type="unfinished">디스크가 가득 찼습니다: %1을(를) 저장하지 않았습니다 (저장하다 만 파일은 남기지 않았습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>no signatures match these filters: nothing was written</source>
        <translation type="unfinished">이 조건에 맞는 서명이 없습니다: 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>the export was cancelled: nothing was written</source>
        <translation type="unfinished">내보내기를 취소했습니다: 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>there is no event named &apos;%1&apos; on this kiosk</source>
        <translation type="unfinished">이 키오스크에는 &apos;%1&apos;(이)라는 행사가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>this kiosk seals every signature for its hub and cannot open names: make sheets and CSV on the hub (petition-kiosk hub export); the tally works here</source>
        <translation type="unfinished">이 키오스크는 모든 서명을 허브용으로 봉인하므로 이름을 열 수 없습니다: 서명 명단과 CSV는 허브에서 만드세요 (petition-kiosk hub export). 집계는 여기서도 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>every matching signature&apos;s personal data was purged after upload, so there is nothing to put on signature sheets: nothing was written</source>
        <translation type="unfinished">조건에 맞는 모든 서명의 개인 정보가 업로드 후 삭제되어 서명 명부에 넣을 것이 없습니다: 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>--since is after --until: no day can match</source>
        <translation type="unfinished">--since 날짜가 --until 날짜보다 뒤입니다: 해당하는 날이 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>--%1 must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">--%1 값은 YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>unexpected %1</source>
        <translation type="unfinished">예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the sealing key in the database is not the one pinned in the key store at pairing, so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">데이터베이스의 봉인 키가 페어링할 때 키 저장소에 고정된 키가 아니므로 어떤 서명도 그 키로 봉인하지 않습니다. 이 키오스크를 허브와 다시 페어링하세요 (petition-kiosk pair --hub URL --code CODE)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the database names a hub sealing key that the key store never pinned (a kiosk paired before keys were pinned, or a key written in), so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">데이터베이스에 키 저장소가 고정한 적 없는 허브 봉인 키가 있습니다(키 고정 전에 페어링된 키오스크이거나 써 넣은 키). 어떤 서명도 그 키로 봉인하지 않습니다. 이 키오스크를 허브와 다시 페어링하세요 (petition-kiosk pair --hub URL --code CODE)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the coordinator PIN's record in the database does not match its check in the key store (edited or deleted on the disk), so the admin area stays closed; see docs/hub.md, 'What the tablet trusts', to choose a new PIN</source>
        <translation type="unfinished">데이터베이스의 코디네이터 PIN 기록이 키 저장소의 확인 값과 맞지 않습니다(디스크에서 수정되거나 삭제됨). 그래서 관리 영역은 닫힌 채로 있습니다. 새 PIN을 정하려면 docs/hub.md의 'What the tablet trusts'를 보세요</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="67"/>
        <source>Our letter to %1</source>
        <translation type="unfinished">%1께 보내는 우리의 편지</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="69"/>
        <source>Slide up with your finger to read more.</source>
        <translation type="unfinished">손가락으로 위로 밀어 더 읽어 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="70"/>
        <source>The petition and the letter</source>
        <translation type="unfinished">청원서와 편지</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="71"/>
        <source>I want to sign ➜</source>
        <translation type="unfinished">서명하겠습니다 ➜</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="121"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">코디네이터 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="124"/>
        <source>Clear</source>
        <translation type="unfinished">모두 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
        <source>Clear the PIN</source>
        <translation type="unfinished">PIN 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="128"/>
        <source>Delete last digit</source>
        <translation type="unfinished">마지막 숫자 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="132"/>
        <location filename="../../ui/widgets/pin_pad.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="134"/>
        <source>OK</source>
        <translation type="unfinished">확인</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="135"/>
        <source>Confirm the PIN</source>
        <translation type="unfinished">PIN 확인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="140"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform>숫자 %n개 입력됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="145"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>PIN을 너무 많이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
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
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="130"/>
        <source>Email</source>
        <translation type="unfinished">이메일</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished">전화번호</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="132"/>
        <source>ZIP code</source>
        <translation type="unfinished">우편번호(ZIP)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="133"/>
        <source>Address</source>
        <translation type="unfinished">주소</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>Yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>No</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="144"/>
        <source>Email updates</source>
        <translation type="unfinished">이메일 소식</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="148"/>
        <source>Text messages</source>
        <translation type="unfinished">문자 메시지</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="153"/>
        <source>Please check your details</source>
        <translation type="unfinished">입력하신 정보를 확인해 주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="154"/>
        <source>Your signature</source>
        <translation type="unfinished">내 서명</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>← Change my details</source>
        <translation type="unfinished">← 정보 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>Change my details</source>
        <translation type="unfinished">정보 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="156"/>
        <source>Sign the petition</source>
        <translation type="unfinished">청원에 서명하기</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="87"/>
        <source>Sign with your finger in the box</source>
        <translation type="unfinished">상자 안에 손가락으로 서명하세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="88"/>
        <source>Your signature will be delivered to %1 with the petition.</source>
        <translation type="unfinished">서명은 청원서와 함께 %1께 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="90"/>
        <source>Drawing your signature is optional. You can also continue without it.</source>
        <translation type="unfinished">서명 그리기는 선택 사항입니다. 서명 없이 계속하셔도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="91"/>
        <source>Sign here</source>
        <translation type="unfinished">여기에 서명</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="92"/>
        <source>Signature pad</source>
        <translation type="unfinished">서명 패드</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear</source>
        <translation type="unfinished">지우기</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear the signature</source>
        <translation type="unfinished">서명 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review ➜</source>
        <translation type="unfinished">다음: 확인하기 ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review</source>
        <translation type="unfinished">다음: 확인하기</translation>
    </message>
</context>
<context>
    <name>StartFailureScreen</name>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="47"/>
        <source>This kiosk cannot take signatures right now</source>
        <translation type="unfinished">이 키오스크는 지금 서명을 받을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="49"/>
        <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
        <translation type="unfinished">이 기기에 이미 저장된 서명은 그대로 있습니다. 코디네이터에게 도움을 요청해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="51"/>
        <source>For the coordinator: %1</source>
        <translation type="unfinished">코디네이터용: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close</source>
        <translation type="unfinished">닫기</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close the kiosk</source>
        <translation type="unfinished">키오스크 닫기</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="99"/>
        <source>Still there?</source>
        <translation type="unfinished">아직 계신가요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="101"/>
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>개인 정보 보호를 위해 이 양식은 %n초 후에 지워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="102"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished">아직 있어요</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="103"/>
        <source>I&apos;m still here, keep my form</source>
        <translation type="unfinished">아직 있어요, 양식을 지우지 마세요</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="59"/>
        <source>Thank you!</source>
        <translation type="unfinished">감사합니다!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="58"/>
        <source>Thank you, %1!</source>
        <translation type="unfinished">%1 님, 감사합니다!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="60"/>
        <source>Your signature has been saved. Please pass the tablet to the next person.</source>
        <translation type="unfinished">서명이 저장되었습니다. 다음 분께 태블릿을 건네주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="61"/>
        <source>%1 people have signed</source>
        <translation type="unfinished">%1명이 서명했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="62"/>
        <source>This screen closes in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>이 화면은 %n초 후에 닫힙니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished">완료</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="142"/>
        <source>%1 signed</source>
        <translation type="unfinished">%1명 서명</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="144"/>
        <source>Help us reach %1 signatures</source>
        <translation type="unfinished">서명 %1명 달성을 도와주세요</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>%1 of %2 signatures</source>
        <translation type="unfinished">서명 %2명 중 %1명</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign</source>
        <translation type="unfinished">눌러서 서명하기</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign the petition</source>
        <translation type="unfinished">눌러서 청원에 서명하기</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="168"/>
        <source>Listen</source>
        <translation type="unfinished">듣기</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="183"/>
        <source>No voice for this language</source>
        <translation type="unfinished">이 언어는 음성이 없습니다</translation>
    </message>
</context>
<context>
    <name>FieldSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">입력한 내용 듣기</translation>
    </message>
</context>
<context>
    <name>ValueSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">입력한 내용 듣기</translation>
    </message>
</context>
</TS>
