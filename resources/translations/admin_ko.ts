<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../../ui/admin/panel.py" line="96" />
            <source>Coordinator area</source>
            <translation type="unfinished">코디네이터 영역</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="97" />
            <source>Back to signing</source>
            <translation type="unfinished">서명 화면으로 돌아가기</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="98" />
            <source>Change PIN</source>
            <translation type="unfinished">PIN 바꾸기</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="99" />
            <source>Exit the kiosk</source>
            <translation type="unfinished">키오스크 종료</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="101" />
            <source>Warning: there is no OS keyring on this device, so the key that protects signers' data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
            <translation type="unfinished">경고: 이 기기에는 운영체제 키링이 없어서, 서명자 정보를 보호하는 키가 파일에 보관됩니다. 이 기기와 그 파일을 가져가는 사람은 누구나 서명을 읽을 수 있습니다. 가능하면 키링이 있는 기기로 서명을 받으세요.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Numbers</source>
            <translation type="unfinished">현황</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Event</source>
            <translation type="unfinished">행사</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Sync</source>
            <translation type="unfinished">동기화</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Settings</source>
            <translation type="unfinished">설정</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="105" />
            <source>Exports</source>
            <translation type="unfinished">내보내기</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <location filename="../../ui/admin/event_page.py" line="67" />
            <source>Start a new event</source>
            <translation type="unfinished">새 행사 시작</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Event name</source>
            <translation type="unfinished">행사 이름</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Place</source>
            <translation type="unfinished">장소</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Date</source>
            <translation type="unfinished">날짜</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="69" />
            <source>Canvasser or team</source>
            <translation type="unfinished">캠페인 활동가 또는 팀</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="71" />
            <source>Start this event</source>
            <translation type="unfinished">이 행사 시작</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="72" />
            <source>Or continue an earlier event</source>
            <translation type="unfinished">또는 이전 행사 계속하기</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="73" />
            <source>Use the chosen event</source>
            <translation type="unfinished">선택한 행사 사용</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="74" />
            <source>Name of this kiosk in reports</source>
            <translation type="unfinished">보고서에 표시될 이 키오스크 이름</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="75" />
            <source>Save the kiosk name</source>
            <translation type="unfinished">키오스크 이름 저장</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="97" />
            <source>Give the event a name first.</source>
            <translation type="unfinished">먼저 행사 이름을 정해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="106" />
            <location filename="../../ui/admin/event_page.py" line="112" />
            <source>New signatures now belong to “%1”.</source>
            <translation type="unfinished">이제 새 서명은 “%1” 행사에 속합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="118" />
            <source>Kiosk name saved.</source>
            <translation type="unfinished">키오스크 이름이 저장되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/admin/export_page.py" line="118" />
            <source>Export for organizers</source>
            <translation type="unfinished">주최 측을 위한 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Tally (PDF)</source>
            <translation type="unfinished">집계표 (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Signature sheets for delivery (PDF)</source>
            <translation type="unfinished">전달용 서명 명부 (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="120" />
            <source>Spreadsheet of signatures (CSV)</source>
            <translation type="unfinished">서명 스프레드시트 (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="124" />
            <location filename="../../ui/admin/export_page.py" line="139" />
            <source>All events</source>
            <translation type="unfinished">모든 행사</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="125" />
            <source>from</source>
            <translation type="unfinished">부터</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="126" />
            <source>until</source>
            <translation type="unfinished">까지</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>What</source>
            <translation type="unfinished">종류</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>Event</source>
            <translation type="unfinished">행사</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>First day</source>
            <translation type="unfinished">첫날</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Last day</source>
            <translation type="unfinished">마지막 날</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Language of the document</source>
            <translation type="unfinished">문서 언어</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="129" />
            <source>Save as</source>
            <translation type="unfinished">저장 위치</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="131" />
            <source>Choose…</source>
            <translation type="unfinished">선택…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="132" />
            <source>Export</source>
            <translation type="unfinished">내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="133" />
            <source>Cancel export</source>
            <translation type="unfinished">내보내기 취소</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished">PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished">CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="162" />
            <source>Save the export as</source>
            <translation type="unfinished">내보낸 파일 저장</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="170" />
            <source>Choose where to save the export.</source>
            <translation type="unfinished">내보낸 파일을 저장할 곳을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="175" />
            <location filename="../../ui/admin/export_page.py" line="231" />
            <source>The first day is after the last day.</source>
            <translation type="unfinished">첫날이 마지막 날보다 뒤입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="189" />
            <source>Exporting…</source>
            <translation type="unfinished">내보내는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="196" />
            <source>Cancelling…</source>
            <translation type="unfinished">취소하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="211" />
            <source>Saved %1 signatures to %2.</source>
            <translation type="unfinished">서명 %1건을 %2에 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="214" />
            <source>%1 signatures whose personal data was purged after upload are not listed.</source>
            <translation type="unfinished">업로드 후 개인 정보가 삭제된 서명 %1건은 목록에 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="221" />
            <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
            <translation type="unfinished">서명 명부에 넣을 것이 없습니다. 조건에 맞는 모든 서명의 개인 정보가 업로드 후 삭제되었습니다. 아무것도 저장하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="224" />
            <source>No signatures match these filters. Nothing was saved.</source>
            <translation type="unfinished">이 조건에 맞는 서명이 없습니다. 아무것도 저장하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="225" />
            <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
            <translation type="unfinished">그곳에는 저장할 수 없습니다. 폴더가 없거나 읽기 전용입니다. 다른 곳을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="227" />
            <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
            <translation type="unfinished">디스크가 가득 찼습니다. 아무것도 저장하지 않았습니다. 공간을 비우거나 다른 곳을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="229" />
            <source>Export cancelled. Nothing was saved.</source>
            <translation type="unfinished">내보내기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="230" />
            <source>That event no longer exists.</source>
            <translation type="unfinished">그 행사는 더 이상 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="232" />
            <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
            <translation type="unfinished">이 키오스크의 데이터 키가 없거나 잘못되어 서명을 열 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="234" />
            <source>The signature database could not be read.</source>
            <translation type="unfinished">서명 데이터베이스를 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="236" />
            <source>The export failed (%1). Nothing was saved.</source>
            <translation type="unfinished">내보내기에 실패했습니다 (%1). 아무것도 저장하지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Translation: draft, awaiting review by a native speaker</source>
            <translation type="unfinished">번역: 초안, 원어민 검토 대기 중</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="45" />
            <source>Signatures on this kiosk</source>
            <translation type="unfinished">이 키오스크의 서명</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="47" />
            <source>Today</source>
            <translation type="unfinished">오늘</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="48" />
            <source>This event</source>
            <translation type="unfinished">이번 행사</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="49" />
            <source>All time</source>
            <translation type="unfinished">전체</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Waiting to sync</source>
            <translation type="unfinished">동기화 대기 중</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="51" />
            <source>Synced</source>
            <translation type="unfinished">동기화됨</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="52" />
            <source>Rejected by the server</source>
            <translation type="unfinished">서버가 거부함</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="56" />
            <source>Why signatures were rejected</source>
            <translation type="unfinished">서명이 거부된 이유</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="70" />
            <source>Current event: %1</source>
            <translation type="unfinished">현재 행사: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="71" />
            <source>No event is set: new signatures belong to no event.</source>
            <translation type="unfinished">행사가 설정되지 않았습니다. 새 서명은 어떤 행사에도 속하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="73" />
            <source>(no reason given)</source>
            <translation type="unfinished">(이유 없음)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="76" />
            <source>None.</source>
            <translation type="unfinished">없음.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="61" />
            <source>Kiosk settings</source>
            <translation type="unfinished">키오스크 설정</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="62" />
            <source>Delete right after upload</source>
            <translation type="unfinished">업로드 직후 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="63" />
            <source>Delete some days after upload</source>
            <translation type="unfinished">업로드 며칠 후 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="64" />
            <source>Keep until deleted by hand</source>
            <translation type="unfinished">직접 삭제할 때까지 보관</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="67" />
            <source> days</source>
            <translation type="unfinished"> 일</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="68" />
            <source> s</source>
            <translation type="unfinished"> 초</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="69" />
            <source>As the campaign says</source>
            <translation type="unfinished">캠페인 설정대로</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Personal data on this kiosk</source>
            <translation type="unfinished">이 키오스크의 개인 정보</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Days to keep after upload</source>
            <translation type="unfinished">업로드 후 보관할 일수</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Clear an abandoned form after</source>
            <translation type="unfinished">방치된 양식을 지우기까지의 시간</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Language of the welcome screen</source>
            <translation type="unfinished">환영 화면의 언어</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="74" />
            <source>Save settings</source>
            <translation type="unfinished">설정 저장</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="86" />
            <source>Settings saved.</source>
            <translation type="unfinished">설정이 저장되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="73" />
            <source>As the campaign says (%1)</source>
            <translation type="unfinished">캠페인 설정대로 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Action Network</source>
            <translation type="unfinished">Action Network</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Our own server (JSON)</source>
            <translation type="unfinished">자체 서버 (JSON)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="75" />
            <source>Do not sync</source>
            <translation type="unfinished">동기화 안 함</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="78" />
            <source>Sending signatures to the server</source>
            <translation type="unfinished">서버로 서명 보내기</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server kind</source>
            <translation type="unfinished">서버 종류</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server address (URL)</source>
            <translation type="unfinished">서버 주소 (URL)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>Petition id</source>
            <translation type="unfinished">청원 ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>New token</source>
            <translation type="unfinished">새 토큰</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="84" />
            <source>Leave empty to keep the saved token</source>
            <translation type="unfinished">저장된 토큰을 유지하려면 비워 두세요</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="85" />
            <source>Save sync settings</source>
            <translation type="unfinished">동기화 설정 저장</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="86" />
            <source>Sync now</source>
            <translation type="unfinished">지금 동기화</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="91" />
            <source>A token is saved in the keyring.</source>
            <translation type="unfinished">토큰이 키링에 저장되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="92" />
            <source>No token is saved yet.</source>
            <translation type="unfinished">아직 저장된 토큰이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="96" />
            <source>Last successful sync: %1</source>
            <translation type="unfinished">마지막 동기화 성공: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="98" />
            <source>Sync is paused until the settings or token are fixed: %1</source>
            <translation type="unfinished">설정이나 토큰을 고칠 때까지 동기화가 멈춰 있습니다: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="101" />
            <source>Last problem: %1</source>
            <translation type="unfinished">마지막 문제: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="102" />
            <source>No sync has run yet.</source>
            <translation type="unfinished">아직 동기화한 적이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="107" />
            <source>the server did not answer in time</source>
            <translation type="unfinished">서버가 제때 응답하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="108" />
            <source>no connection to the server</source>
            <translation type="unfinished">서버에 연결할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="109" />
            <source>the server's certificate could not be verified</source>
            <translation type="unfinished">서버 인증서를 확인할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="110" />
            <source>the server had an error</source>
            <translation type="unfinished">서버에 오류가 있었습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="111" />
            <source>the server asked us to slow down</source>
            <translation type="unfinished">서버가 천천히 보내 달라고 요청했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="112" />
            <source>the server's answer was not understood</source>
            <translation type="unfinished">서버의 응답을 이해할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="113" />
            <source>the token was refused: enter a new one</source>
            <translation type="unfinished">토큰이 거부되었습니다: 새 토큰을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="114" />
            <source>no token is saved</source>
            <translation type="unfinished">저장된 토큰이 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="115" />
            <source>the petition id is wrong</source>
            <translation type="unfinished">청원 ID가 잘못되었습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="116" />
            <source>no server is set up</source>
            <translation type="unfinished">설정된 서버가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="117" />
            <source>the address must start with https://</source>
            <translation type="unfinished">주소는 https://로 시작해야 합니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="118" />
            <source>the certificate file is missing</source>
            <translation type="unfinished">인증서 파일이 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="134" />
            <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
            <translation type="unfinished">설정은 저장되었지만 토큰을 보관할 키링이 없습니다. 대신 PETITION_KIOSK_SYNC_TOKEN을 설정하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="138" />
            <source>Sync settings saved.</source>
            <translation type="unfinished">동기화 설정이 저장되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="144" />
            <source>Syncing now…</source>
            <translation type="unfinished">지금 동기화하는 중…</translation>
        </message>
    </context>
</TS>
