<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/admin/panel.py" line="135"/>
        <source>Coordinator area</source>
        <translation type="unfinished">코디네이터 영역</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="136"/>
        <source>Back to signing</source>
        <translation type="unfinished">서명 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="137"/>
        <source>Change PIN</source>
        <translation type="unfinished">PIN 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="138"/>
        <source>Exit the kiosk</source>
        <translation type="unfinished">키오스크 종료</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="140"/>
        <source>Warning: there is no OS keyring on this device, so the key that protects signers&apos; data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
        <translation type="unfinished">경고: 이 기기에는 운영체제 키링이 없어서, 서명자 정보를 보호하는 키가 파일에 보관됩니다. 이 기기와 그 파일을 가져가는 사람은 누구나 서명을 읽을 수 있습니다. 가능하면 키링이 있는 기기로 서명을 받으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Numbers</source>
        <translation type="unfinished">현황</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Event</source>
        <translation type="unfinished">행사</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Sync</source>
        <translation type="unfinished">동기화</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Settings</source>
        <translation type="unfinished">설정</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="144"/>
        <source>Exports</source>
        <translation type="unfinished">내보내기</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/admin/event_page.py" line="69"/>
        <source>Start a new event</source>
        <translation type="unfinished">새 행사 시작</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Event name</source>
        <translation type="unfinished">행사 이름</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished">장소</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">날짜</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="71"/>
        <source>Canvasser or team</source>
        <translation type="unfinished">캠페인 활동가 또는 팀</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="73"/>
        <source>Start this event</source>
        <translation type="unfinished">이 행사 시작</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="74"/>
        <source>Or continue an earlier event</source>
        <translation type="unfinished">또는 이전 행사 계속하기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="75"/>
        <source>Use the chosen event</source>
        <translation type="unfinished">선택한 행사 사용</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="76"/>
        <source>Name of this kiosk in reports</source>
        <translation type="unfinished">보고서에 표시될 이 키오스크 이름</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="77"/>
        <source>Save the kiosk name</source>
        <translation type="unfinished">키오스크 이름 저장</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="99"/>
        <source>Give the event a name first.</source>
        <translation type="unfinished">먼저 행사 이름을 정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="108"/>
        <location filename="../../ui/admin/event_page.py" line="114"/>
        <source>New signatures now belong to “%1”.</source>
        <translation type="unfinished">이제 새 서명은 “%1” 행사에 속합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="120"/>
        <source>Kiosk name saved.</source>
        <translation type="unfinished">키오스크 이름이 저장되었습니다.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="232"/>
        <source>Export for organizers</source>
        <translation type="unfinished">주최 측을 위한 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="234"/>
        <source>Signature sheets and the spreadsheet list names. This tablet seals every signature for the hub and cannot open them: make those on the hub&apos;s dashboard. The tally works here.</source>
        <translation type="unfinished">서명 명단과 스프레드시트에는 이름이 나옵니다. 이 태블릿은 모든 서명을 허브용으로 봉인하므로 열 수 없습니다. 허브의 대시보드에서 만드세요. 집계는 여기서도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Tally (PDF)</source>
        <translation type="unfinished">집계표 (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Signature sheets for delivery (PDF)</source>
        <translation type="unfinished">전달용 서명 명부 (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="237"/>
        <source>Spreadsheet of signatures (CSV)</source>
        <translation type="unfinished">서명 스프레드시트 (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="238"/>
        <source>Record of destruction of personal data (PDF)</source>
        <translation type="unfinished">개인 정보 파기 기록 (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="242"/>
        <location filename="../../ui/admin/export_page.py" line="259"/>
        <source>All events</source>
        <translation type="unfinished">모든 행사</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="243"/>
        <source>from</source>
        <translation type="unfinished">부터</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="244"/>
        <source>until</source>
        <translation type="unfinished">까지</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>What</source>
        <translation type="unfinished">종류</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>Event</source>
        <translation type="unfinished">행사</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>First day</source>
        <translation type="unfinished">첫날</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Last day</source>
        <translation type="unfinished">마지막 날</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Language of the document</source>
        <translation type="unfinished">문서 언어</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="247"/>
        <source>Save as</source>
        <translation type="unfinished">저장 위치</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="249"/>
        <source>Choose…</source>
        <translation type="unfinished">선택…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="250"/>
        <source>Export</source>
        <translation type="unfinished">내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="251"/>
        <source>Cancel export</source>
        <translation type="unfinished">내보내기 취소</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="282"/>
        <source>Save the export as</source>
        <translation type="unfinished">내보낸 파일 저장</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="290"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">내보낸 파일을 저장할 곳을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="295"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">첫날이 마지막 날보다 뒤입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="310"/>
        <source>Exporting…</source>
        <translation type="unfinished">내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="317"/>
        <source>Cancelling…</source>
        <translation type="unfinished">취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="335"/>
        <source>Saved the record of destruction (%1 records destroyed) to %2.</source>
        <translation type="unfinished">파기 기록(파기된 기록 %1건)을 %2에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="338"/>
        <source>Saved %1 signatures to %2.</source>
        <translation type="unfinished">서명 %1건을 %2에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="341"/>
        <source>%1 signatures whose personal data was purged after upload are not listed.</source>
        <translation type="unfinished">업로드 후 개인 정보가 삭제된 서명 %1건은 목록에 없습니다.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="60"/>
        <source>Translation: draft, awaiting review by a native speaker</source>
        <translation type="unfinished">번역: 초안, 원어민 검토 대기 중</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="58"/>
        <source>Signatures on this kiosk</source>
        <translation type="unfinished">이 키오스크의 서명</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished">오늘</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="65"/>
        <source>This event</source>
        <translation type="unfinished">이번 행사</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="66"/>
        <source>All time</source>
        <translation type="unfinished">전체</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>People (a repeat signer counted once)</source>
        <translation type="unfinished">사람 수 (두 번 서명한 사람은 한 번만 셈)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>Waiting to sync</source>
        <translation type="unfinished">동기화 대기 중</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="68"/>
        <source>Synced</source>
        <translation type="unfinished">동기화됨</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="69"/>
        <source>Rejected by the server</source>
        <translation type="unfinished">서버가 거부함</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="71"/>
        <source>Not sent upstream (no contact)</source>
        <translation type="unfinished">보내지 않음 (연락처 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="75"/>
        <source>Why signatures were rejected</source>
        <translation type="unfinished">서명이 거부된 이유</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="89"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">이 키오스크에 저장됨. 보내기가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="93"/>
        <source>Current event: %1</source>
        <translation type="unfinished">현재 행사: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="94"/>
        <source>No event is set: new signatures belong to no event.</source>
        <translation type="unfinished">행사가 설정되지 않았습니다. 새 서명은 어떤 행사에도 속하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="96"/>
        <source>(no reason given)</source>
        <translation type="unfinished">(이유 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="99"/>
        <source>None.</source>
        <translation type="unfinished">없음.</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="61"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">허브와 페어링</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="63"/>
        <source>A hub collects the signatures of every kiosk at an event and sends them on, so this tablet needs no Action Network key. Type the address and the code the hub shows.</source>
        <translation type="unfinished">허브는 행사장의 모든 키오스크에서 서명을 모아 전달합니다. 그래서 이 태블릿에는 Action Network 키가 필요 없습니다. 허브에 표시된 주소와 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="65"/>
        <source>Hub address</source>
        <translation type="unfinished">허브 주소</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="66"/>
        <source>Pairing code</source>
        <translation type="unfinished">페어링 코드</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="69"/>
        <source>Pair</source>
        <translation type="unfinished">페어링</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="76"/>
        <source>This kiosk is not paired with a hub.</source>
        <translation type="unfinished">이 키오스크는 허브와 페어링되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="79"/>
        <source>Paired with the hub at %1. Signatures go there.</source>
        <translation type="unfinished">%1의 허브와 페어링되었습니다. 서명은 그곳으로 갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="82"/>
        <source>On the hub: %1 · delivered upstream: %2</source>
        <translation type="unfinished">허브에 있음: %1 · 중앙 서버로 전달됨: %2</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="89"/>
        <source>Paired. This kiosk now sends its signatures to the hub.</source>
        <translation type="unfinished">페어링되었습니다. 이제 이 키오스크는 서명을 허브로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="90"/>
        <source>That is not a pairing code: it has 24 letters and digits.</source>
        <translation type="unfinished">페어링 코드가 아닙니다. 페어링 코드는 글자와 숫자 24자입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="91"/>
        <source>The hub refused this code. Ask the hub for a new one.</source>
        <translation type="unfinished">허브가 이 코드를 거부했습니다. 허브에서 새 코드를 받으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="92"/>
        <source>This code has expired (codes last 15 minutes). Ask the hub for a new one.</source>
        <translation type="unfinished">이 코드는 만료되었습니다(코드는 15분 동안 유효합니다). 허브에서 새 코드를 받으세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="94"/>
        <source>The server at this address is not the hub that made this code. Check the address.</source>
        <translation type="unfinished">이 주소의 서버는 이 코드를 만든 허브가 아닙니다. 주소를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="96"/>
        <source>The hub could not be reached at this address.</source>
        <translation type="unfinished">이 주소로 허브에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="97"/>
        <source>The address must start with https://</source>
        <translation type="unfinished">주소는 https://로 시작해야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="98"/>
        <source>The hub&apos;s answer was not understood.</source>
        <translation type="unfinished">허브의 응답을 이해할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>The hub is turning pairing tries away for a moment. Wait a minute and try again.</source>
        <translation type="unfinished">허브가 잠시 페어링 시도를 받지 않고 있습니다. 1분 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>There is no safe place on this device to keep the hub&apos;s token.</source>
        <translation type="unfinished">이 기기에는 허브의 토큰을 안전하게 보관할 곳이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="106"/>
        <source>Pairing…</source>
        <translation type="unfinished">페어링 중…</translation>
    </message>
</context>
<context>
    <name>ProtectionStatement</name>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="42"/>
        <source>How this kiosk protects signers</source>
        <translation type="unfinished">이 키오스크가 서명자를 보호하는 방법</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="49"/>
        <source>Sealed mode: this kiosk is paired with a hub. Each new signature&apos;s personal data is sealed to the hub&apos;s key, and this device holds no key that opens it. What stays readable here is what the counts need: ZIP code, event, time, language and consent answers. Signatures taken before the pairing stay under this device&apos;s own key until they are erased.</source>
        <translation type="unfinished">봉인 모드: 이 키오스크는 허브와 페어링되어 있습니다. 새 서명의 개인 정보는 하나하나 허브의 키로 봉인되며, 이 기기에는 그 정보를 여는 키가 없습니다. 여기서 읽을 수 있게 남는 것은 집계에 필요한 정보뿐입니다: 우편번호, 행사, 시간, 언어, 동의 여부 응답. 페어링 전에 받은 서명은 지워질 때까지 이 기기 자체의 키로 봉인된 채 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="55"/>
        <source>Solo mode: no hub is paired. Signers&apos; data is sealed under a key kept on this device. That protects a copied database, but not this device taken together with its key store (its keyring or key file): whoever has both can open every record not yet erased. Pair with a hub (Sync tab) so that records are sealed to the hub and this device keeps no key that opens them.</source>
        <translation type="unfinished">단독 모드: 페어링된 허브가 없습니다. 서명자 정보는 이 기기에 보관된 키로 봉인됩니다. 이렇게 하면 복사된 데이터베이스는 보호되지만, 이 기기를 키 저장소(키링 또는 키 파일)와 함께 가져가면 보호되지 않습니다. 둘 다 가진 사람은 아직 지워지지 않은 모든 기록을 열 수 있습니다. 허브와 페어링하세요(동기화 탭). 그러면 기록이 허브용으로 봉인되고, 이 기기에는 기록을 여는 키가 남지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="49"/>
        <source>If the kiosk is about to be taken</source>
        <translation type="unfinished">키오스크를 빼앗길 것 같을 때</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="50"/>
        <source>Set a duress PIN</source>
        <translation type="unfinished">비상 PIN 설정</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="51"/>
        <source>Erase all personal data now…</source>
        <translation type="unfinished">지금 모든 개인 정보 지우기…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="53"/>
        <source>This erases every signer&apos;s name, contact details and signature on this kiosk, also those not sent yet. It cannot be undone. The counts stay.</source>
        <translation type="unfinished">이 키오스크에 있는 모든 서명자의 이름, 연락처, 서명을 지웁니다. 아직 보내지 않은 것도 지워집니다. 되돌릴 수 없습니다. 서명 수는 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="55"/>
        <source>Yes, erase everything now</source>
        <translation type="unfinished">네, 지금 모두 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="56"/>
        <source>Keep the data</source>
        <translation type="unfinished">데이터 유지</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="62"/>
        <source>A duress PIN is set: typed at the PIN pad, it erases all personal data.</source>
        <translation type="unfinished">비상 PIN이 설정되어 있습니다. PIN 입력 화면에서 입력하면 모든 개인 정보가 지워집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="63"/>
        <source>No duress PIN is set.</source>
        <translation type="unfinished">설정된 비상 PIN이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SavedExports</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="96"/>
        <source>Exports saved by this kiosk</source>
        <translation type="unfinished">이 키오스크가 저장한 내보내기 파일</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished">위치</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Size</source>
        <translation type="unfinished">크기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Age</source>
        <translation type="unfinished">보관 기간</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="98"/>
        <source>Delete the selected export</source>
        <translation type="unfinished">선택한 내보내기 파일 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="109"/>
        <source>These files hold signers&apos; personal data. Delete each one once it has been delivered.</source>
        <translation type="unfinished">이 파일에는 서명자의 개인 정보가 들어 있습니다. 전달한 파일은 바로 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="110"/>
        <source>No exports are kept on this device.</source>
        <translation type="unfinished">이 기기에 보관된 내보내기 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="115"/>
        <source>%1 KB</source>
        <translation type="unfinished">%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="116"/>
        <source>%1 MB</source>
        <translation type="unfinished">%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="121"/>
        <source>less than an hour</source>
        <translation type="unfinished">1시간 미만</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="123"/>
        <source>%1 hours</source>
        <translation type="unfinished">%1시간</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="124"/>
        <source>%1 days</source>
        <translation type="unfinished">%1일</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="137"/>
        <source>Could not delete %1. Delete it by hand.</source>
        <translation type="unfinished">%1을(를) 삭제하지 못했습니다. 직접 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="139"/>
        <source>Deleted %1.</source>
        <translation type="unfinished">%1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="68"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">키오스크 설정</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="69"/>
        <source>Delete right after upload</source>
        <translation type="unfinished">업로드 직후 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="70"/>
        <source>Delete some days after upload</source>
        <translation type="unfinished">업로드 며칠 후 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="71"/>
        <source>Keep until deleted by hand</source>
        <translation type="unfinished">직접 삭제할 때까지 보관</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="74"/>
        <source> days</source>
        <translation type="unfinished"> 일</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="75"/>
        <source> s</source>
        <translation type="unfinished"> 초</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>As the campaign says</source>
        <translation type="unfinished">캠페인 설정대로</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Personal data on this kiosk</source>
        <translation type="unfinished">이 키오스크의 개인 정보</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Days to keep after upload</source>
        <translation type="unfinished">업로드 후 보관할 일수</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Clear an abandoned form after</source>
        <translation type="unfinished">방치된 양식을 지우기까지의 시간</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Language of the welcome screen</source>
        <translation type="unfinished">환영 화면의 언어</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="81"/>
        <source>Save settings</source>
        <translation type="unfinished">설정 저장</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="93"/>
        <source>Settings saved.</source>
        <translation type="unfinished">설정이 저장되었습니다.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="78"/>
        <source>As the campaign says (%1)</source>
        <translation type="unfinished">캠페인 설정대로 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Action Network</source>
        <translation type="unfinished">Action Network</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Our own server (JSON)</source>
        <translation type="unfinished">자체 서버 (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="80"/>
        <source>Do not sync</source>
        <translation type="unfinished">동기화 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="83"/>
        <source>Sending signatures to the server</source>
        <translation type="unfinished">서버로 서명 보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server kind</source>
        <translation type="unfinished">서버 종류</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server address (URL)</source>
        <translation type="unfinished">서버 주소 (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>Petition id</source>
        <translation type="unfinished">청원 ID</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>New token</source>
        <translation type="unfinished">새 토큰</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="89"/>
        <source>Leave empty to keep the saved token</source>
        <translation type="unfinished">저장된 토큰을 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="90"/>
        <source>Save sync settings</source>
        <translation type="unfinished">동기화 설정 저장</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="91"/>
        <source>Sync now</source>
        <translation type="unfinished">지금 동기화</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="97"/>
        <source>The token comes from the set-up (PETITION_KIOSK_SYNC_TOKEN), so the server is changed there too.</source>
        <translation type="unfinished">토큰은 설치 설정(PETITION_KIOSK_SYNC_TOKEN)에서 오므로 서버도 그곳에서 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="100"/>
        <source>A token is saved in the keyring.</source>
        <translation type="unfinished">토큰이 키링에 저장되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="101"/>
        <source>No token is saved yet.</source>
        <translation type="unfinished">아직 저장된 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="108"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">이 키오스크에 저장됨. 보내기가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="109"/>
        <source>To send them to Action Network, enter the petition id above.</source>
        <translation type="unfinished">Action Network로 보내려면 위에 청원 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="111"/>
        <source>To send them, choose a server kind and enter its address above.</source>
        <translation type="unfinished">보내려면 위에서 서버 종류를 고르고 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished">마지막 동기화 성공: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="118"/>
        <source>Sync is paused: the hub no longer accepts this kiosk. Pair it with the hub again under “Pair with a hub”; the waiting signatures stay on this kiosk.</source>
        <translation type="unfinished">동기화가 일시 중지되었습니다: 허브가 더 이상 이 키오스크를 받지 않습니다. “허브와 페어링”에서 허브와 다시 페어링하세요. 대기 중인 서명은 이 키오스크에 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="121"/>
        <source>Sync is paused until the settings or token are fixed: %1</source>
        <translation type="unfinished">설정이나 토큰을 고칠 때까지 동기화가 멈춰 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="124"/>
        <source>Last problem: %1</source>
        <translation type="unfinished">마지막 문제: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="126"/>
        <source>No sync has run yet.</source>
        <translation type="unfinished">아직 동기화한 적이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="153"/>
        <source>The server changed, so the saved token was removed. Enter the token for the new server to send signatures there.</source>
        <translation type="unfinished">서버가 바뀌어 저장된 토큰을 삭제했습니다. 새 서버로 서명을 보내려면 새 서버의 토큰을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="162"/>
        <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
        <translation type="unfinished">설정은 저장되었지만 토큰을 보관할 키링이 없습니다. 대신 PETITION_KIOSK_SYNC_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="167"/>
        <source>Sync settings saved.</source>
        <translation type="unfinished">동기화 설정이 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="173"/>
        <source>Syncing now…</source>
        <translation type="unfinished">지금 동기화하는 중…</translation>
    </message>
</context>
<context>
    <name>SpeechSection</name>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="77"/>
        <source>Reading aloud</source>
        <translation type="unfinished">소리 내어 읽기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="78"/>
        <source>Volume of the voice</source>
        <translation type="unfinished">음성 볼륨</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="80"/>
        <source>Languages that can be heard on this kiosk:</source>
        <translation type="unfinished">이 키오스크에서 들을 수 있는 언어:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="66"/>
        <source>synthesized voice (eSpeak NG)</source>
        <translation type="unfinished">합성 음성 (eSpeak NG)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="67"/>
        <source>the system&apos;s voice</source>
        <translation type="unfinished">시스템 음성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="68"/>
        <source>no voice: cannot be heard</source>
        <translation type="unfinished">음성 없음: 들을 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="69"/>
        <source>recorded voice</source>
        <translation type="unfinished">녹음된 음성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="72"/>
        <source>%1; petition and letter: recorded voice</source>
        <translation type="unfinished">%1; 청원서와 서한: 녹음된 음성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
</TS>
