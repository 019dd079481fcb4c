<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/admin/panel.py" line="135"/>
        <source>Coordinator area</source>
        <translation type="unfinished">Khu vực người điều phối</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="136"/>
        <source>Back to signing</source>
        <translation type="unfinished">Trở lại việc ký</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="137"/>
        <source>Change PIN</source>
        <translation type="unfinished">Đổi mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="138"/>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Thoát khỏi kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="140"/>
        <source>Warning: there is no OS keyring on this device, so the key that protects signers&apos; data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
        <translation type="unfinished">Cảnh báo: thiết bị này không có kho khóa (keyring) của hệ điều hành, nên chìa khóa bảo vệ dữ liệu của người ký được giữ trong một tập tin. Ai lấy được thiết bị này và tập tin đó đều có thể đọc các chữ ký. Khi có thể, hãy dùng thiết bị có keyring để thu chữ ký.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Numbers</source>
        <translation type="unfinished">Số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Event</source>
        <translation type="unfinished">Sự kiện</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Sync</source>
        <translation type="unfinished">Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Settings</source>
        <translation type="unfinished">Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="144"/>
        <source>Exports</source>
        <translation type="unfinished">Xuất dữ liệu</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/admin/event_page.py" line="69"/>
        <source>Start a new event</source>
        <translation type="unfinished">Bắt đầu một sự kiện mới</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Event name</source>
        <translation type="unfinished">Tên sự kiện</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished">Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="71"/>
        <source>Canvasser or team</source>
        <translation type="unfinished">Người vận động hoặc nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="73"/>
        <source>Start this event</source>
        <translation type="unfinished">Bắt đầu sự kiện này</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="74"/>
        <source>Or continue an earlier event</source>
        <translation type="unfinished">Hoặc tiếp tục một sự kiện trước</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="75"/>
        <source>Use the chosen event</source>
        <translation type="unfinished">Dùng sự kiện đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="76"/>
        <source>Name of this kiosk in reports</source>
        <translation type="unfinished">Tên của máy kiosk này trong báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="77"/>
        <source>Save the kiosk name</source>
        <translation type="unfinished">Lưu tên máy kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="99"/>
        <source>Give the event a name first.</source>
        <translation type="unfinished">Hãy đặt tên cho sự kiện trước.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="108"/>
        <location filename="../../ui/admin/event_page.py" line="114"/>
        <source>New signatures now belong to “%1”.</source>
        <translation type="unfinished">Các chữ ký mới giờ thuộc về “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="120"/>
        <source>Kiosk name saved.</source>
        <translation type="unfinished">Đã lưu tên máy kiosk.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="232"/>
        <source>Export for organizers</source>
        <translation type="unfinished">Xuất dữ liệu cho người tổ chức</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="234"/>
        <source>Signature sheets and the spreadsheet list names. This tablet seals every signature for the hub and cannot open them: make those on the hub&apos;s dashboard. The tally works here.</source>
        <translation type="unfinished">Các trang chữ ký và bảng tính có ghi tên. Máy tính bảng này niêm phong mọi chữ ký cho trạm trung tâm và không thể mở chúng: hãy tạo chúng trên bảng điều khiển của trạm trung tâm. Bản kiểm đếm vẫn dùng được ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Tally (PDF)</source>
        <translation type="unfinished">Bảng tổng kết (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Signature sheets for delivery (PDF)</source>
        <translation type="unfinished">Danh sách chữ ký để nộp (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="237"/>
        <source>Spreadsheet of signatures (CSV)</source>
        <translation type="unfinished">Bảng tính các chữ ký (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="238"/>
        <source>Record of destruction of personal data (PDF)</source>
        <translation type="unfinished">Biên bản hủy dữ liệu cá nhân (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="242"/>
        <location filename="../../ui/admin/export_page.py" line="259"/>
        <source>All events</source>
        <translation type="unfinished">Tất cả sự kiện</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="243"/>
        <source>from</source>
        <translation type="unfinished">từ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="244"/>
        <source>until</source>
        <translation type="unfinished">đến</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>What</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>Event</source>
        <translation type="unfinished">Sự kiện</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>First day</source>
        <translation type="unfinished">Ngày đầu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Last day</source>
        <translation type="unfinished">Ngày cuối</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Language of the document</source>
        <translation type="unfinished">Ngôn ngữ của tài liệu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="247"/>
        <source>Save as</source>
        <translation type="unfinished">Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="249"/>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="250"/>
        <source>Export</source>
        <translation type="unfinished">Xuất</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="251"/>
        <source>Cancel export</source>
        <translation type="unfinished">Hủy việc xuất</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Tập tin CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="282"/>
        <source>Save the export as</source>
        <translation type="unfinished">Lưu bản xuất thành</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="290"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">Hãy chọn nơi lưu bản xuất.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="295"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">Ngày đầu đứng sau ngày cuối.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="310"/>
        <source>Exporting…</source>
        <translation type="unfinished">Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="317"/>
        <source>Cancelling…</source>
        <translation type="unfinished">Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="335"/>
        <source>Saved the record of destruction (%1 records destroyed) to %2.</source>
        <translation type="unfinished">Đã lưu biên bản hủy (%1 bản ghi đã bị hủy) vào %2.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="338"/>
        <source>Saved %1 signatures to %2.</source>
        <translation type="unfinished">Đã lưu %1 chữ ký vào %2.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="341"/>
        <source>%1 signatures whose personal data was purged after upload are not listed.</source>
        <translation type="unfinished">%1 chữ ký có dữ liệu cá nhân đã bị xóa sau khi tải lên nên không được liệt kê.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="60"/>
        <source>Translation: draft, awaiting review by a native speaker</source>
        <translation type="unfinished">Bản dịch: bản nháp, đang chờ người bản ngữ duyệt lại</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="58"/>
        <source>Signatures on this kiosk</source>
        <translation type="unfinished">Chữ ký trên kiosk này</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished">Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="65"/>
        <source>This event</source>
        <translation type="unfinished">Sự kiện này</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="66"/>
        <source>All time</source>
        <translation type="unfinished">Từ trước đến nay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>People (a repeat signer counted once)</source>
        <translation type="unfinished">Số người (người ký hai lần chỉ tính một lần)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>Waiting to sync</source>
        <translation type="unfinished">Đang chờ đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="68"/>
        <source>Synced</source>
        <translation type="unfinished">Đã đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="69"/>
        <source>Rejected by the server</source>
        <translation type="unfinished">Bị máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="71"/>
        <source>Not sent upstream (no contact)</source>
        <translation type="unfinished">Chưa gửi đi (không có thông tin liên lạc)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="75"/>
        <source>Why signatures were rejected</source>
        <translation type="unfinished">Lý do chữ ký bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="89"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">Đã lưu trên kiosk này; chưa cài đặt việc gửi đi.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="93"/>
        <source>Current event: %1</source>
        <translation type="unfinished">Sự kiện hiện tại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="94"/>
        <source>No event is set: new signatures belong to no event.</source>
        <translation type="unfinished">Chưa đặt sự kiện: các chữ ký mới không thuộc sự kiện nào.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="96"/>
        <source>(no reason given)</source>
        <translation type="unfinished">(không có lý do)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="99"/>
        <source>None.</source>
        <translation type="unfinished">Không có.</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="61"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">Ghép nối với trạm trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="63"/>
        <source>A hub collects the signatures of every kiosk at an event and sends them on, so this tablet needs no Action Network key. Type the address and the code the hub shows.</source>
        <translation type="unfinished">Trạm trung tâm thu nhận chữ ký từ mọi kiosk tại một sự kiện rồi gửi tiếp đi, nên máy tính bảng này không cần khóa Action Network. Hãy nhập địa chỉ và mã mà trạm trung tâm hiển thị.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="65"/>
        <source>Hub address</source>
        <translation type="unfinished">Địa chỉ trạm trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="66"/>
        <source>Pairing code</source>
        <translation type="unfinished">Mã ghép nối</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="69"/>
        <source>Pair</source>
        <translation type="unfinished">Ghép nối</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="76"/>
        <source>This kiosk is not paired with a hub.</source>
        <translation type="unfinished">Kiosk này chưa được ghép nối với trạm trung tâm.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="79"/>
        <source>Paired with the hub at %1. Signatures go there.</source>
        <translation type="unfinished">Đã ghép nối với trạm trung tâm tại %1. Chữ ký được gửi về đó.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="82"/>
        <source>On the hub: %1 · delivered upstream: %2</source>
        <translation type="unfinished">Trên trạm trung tâm: %1 · đã chuyển lên máy chủ chính: %2</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="89"/>
        <source>Paired. This kiosk now sends its signatures to the hub.</source>
        <translation type="unfinished">Đã ghép nối. Từ giờ kiosk này gửi chữ ký đến trạm trung tâm.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="90"/>
        <source>That is not a pairing code: it has 24 letters and digits.</source>
        <translation type="unfinished">Đây không phải là mã ghép nối: mã ghép nối có 24 chữ cái và chữ số.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="91"/>
        <source>The hub refused this code. Ask the hub for a new one.</source>
        <translation type="unfinished">Trạm trung tâm đã từ chối mã này. Hãy xin trạm trung tâm một mã mới.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="92"/>
        <source>This code has expired (codes last 15 minutes). Ask the hub for a new one.</source>
        <translation type="unfinished">Mã này đã hết hạn (mỗi mã chỉ dùng được 15 phút). Hãy xin trạm trung tâm một mã mới.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="94"/>
        <source>The server at this address is not the hub that made this code. Check the address.</source>
        <translation type="unfinished">Máy chủ tại địa chỉ này không phải là trạm trung tâm đã tạo mã này. Hãy kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="96"/>
        <source>The hub could not be reached at this address.</source>
        <translation type="unfinished">Không liên lạc được với trạm trung tâm tại địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="97"/>
        <source>The address must start with https://</source>
        <translation type="unfinished">Địa chỉ phải bắt đầu bằng https://</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="98"/>
        <source>The hub&apos;s answer was not understood.</source>
        <translation type="unfinished">Không hiểu được câu trả lời của trạm trung tâm.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>The hub is turning pairing tries away for a moment. Wait a minute and try again.</source>
        <translation type="unfinished">Trạm trung tâm đang tạm thời từ chối các lần ghép nối. Hãy đợi một phút rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>There is no safe place on this device to keep the hub&apos;s token.</source>
        <translation type="unfinished">Thiết bị này không có nơi an toàn để giữ token của trạm trung tâm.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="106"/>
        <source>Pairing…</source>
        <translation type="unfinished">Đang ghép nối…</translation>
    </message>
</context>
<context>
    <name>ProtectionStatement</name>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="42"/>
        <source>How this kiosk protects signers</source>
        <translation type="unfinished">Cách kiosk này bảo vệ người ký</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="49"/>
        <source>Sealed mode: this kiosk is paired with a hub. Each new signature&apos;s personal data is sealed to the hub&apos;s key, and this device holds no key that opens it. What stays readable here is what the counts need: ZIP code, event, time, language and consent answers. Signatures taken before the pairing stay under this device&apos;s own key until they are erased.</source>
        <translation type="unfinished">Chế độ niêm phong: kiosk này đã được ghép nối với trạm trung tâm. Dữ liệu cá nhân của mỗi chữ ký mới được niêm phong bằng chìa khóa của trạm trung tâm, và thiết bị này không giữ chìa khóa nào mở được dữ liệu đó. Những gì vẫn đọc được ở đây chỉ là những gì cần cho việc kiểm đếm: mã ZIP, sự kiện, thời gian, ngôn ngữ và các câu trả lời về việc đồng ý. Các chữ ký thu được trước khi ghép nối vẫn nằm dưới chìa khóa riêng của thiết bị này cho đến khi bị xóa.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="55"/>
        <source>Solo mode: no hub is paired. Signers&apos; data is sealed under a key kept on this device. That protects a copied database, but not this device taken together with its key store (its keyring or key file): whoever has both can open every record not yet erased. Pair with a hub (Sync tab) so that records are sealed to the hub and this device keeps no key that opens them.</source>
        <translation type="unfinished">Chế độ độc lập: chưa ghép nối với trạm trung tâm nào. Dữ liệu của người ký được niêm phong bằng một chìa khóa giữ trên thiết bị này. Điều đó bảo vệ được một bản sao của cơ sở dữ liệu, nhưng không bảo vệ được khi thiết bị này bị lấy đi cùng với nơi lưu chìa khóa của nó (keyring hoặc tập tin chìa khóa): ai có cả hai đều có thể mở mọi bản ghi chưa bị xóa. Hãy ghép nối với trạm trung tâm (thẻ Đồng bộ) để các bản ghi được niêm phong cho trạm trung tâm và thiết bị này không giữ chìa khóa nào mở được chúng.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="49"/>
        <source>If the kiosk is about to be taken</source>
        <translation type="unfinished">Nếu kiosk sắp bị lấy đi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="50"/>
        <source>Set a duress PIN</source>
        <translation type="unfinished">Đặt mã PIN khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="51"/>
        <source>Erase all personal data now…</source>
        <translation type="unfinished">Xóa ngay toàn bộ dữ liệu cá nhân…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="53"/>
        <source>This erases every signer&apos;s name, contact details and signature on this kiosk, also those not sent yet. It cannot be undone. The counts stay.</source>
        <translation type="unfinished">Thao tác này xóa tên, thông tin liên lạc và chữ ký của mọi người ký trên kiosk này, kể cả những chữ ký chưa được gửi. Không thể hoàn tác. Số lượng chữ ký vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="55"/>
        <source>Yes, erase everything now</source>
        <translation type="unfinished">Có, xóa tất cả ngay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="56"/>
        <source>Keep the data</source>
        <translation type="unfinished">Giữ lại dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="62"/>
        <source>A duress PIN is set: typed at the PIN pad, it erases all personal data.</source>
        <translation type="unfinished">Đã đặt mã PIN khẩn cấp: khi nhập vào bàn phím PIN, mã này sẽ xóa toàn bộ dữ liệu cá nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="63"/>
        <source>No duress PIN is set.</source>
        <translation type="unfinished">Chưa đặt mã PIN khẩn cấp.</translation>
    </message>
</context>
<context>
    <name>SavedExports</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="96"/>
        <source>Exports saved by this kiosk</source>
        <translation type="unfinished">Các bản xuất mà kiosk này đã lưu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished">Nơi lưu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Size</source>
        <translation type="unfinished">Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Age</source>
        <translation type="unfinished">Thời gian lưu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="98"/>
        <source>Delete the selected export</source>
        <translation type="unfinished">Xóa bản xuất đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="109"/>
        <source>These files hold signers&apos; personal data. Delete each one once it has been delivered.</source>
        <translation type="unfinished">Các tập tin này chứa dữ liệu cá nhân của người ký. Hãy xóa từng tập tin ngay khi đã giao xong.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="110"/>
        <source>No exports are kept on this device.</source>
        <translation type="unfinished">Không có bản xuất nào được giữ trên thiết bị này.</translation>
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
        <translation type="unfinished">chưa đến một giờ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="123"/>
        <source>%1 hours</source>
        <translation type="unfinished">%1 giờ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="124"/>
        <source>%1 days</source>
        <translation type="unfinished">%1 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="137"/>
        <source>Could not delete %1. Delete it by hand.</source>
        <translation type="unfinished">Không xóa được %1. Hãy xóa bằng tay.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="139"/>
        <source>Deleted %1.</source>
        <translation type="unfinished">Đã xóa %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="68"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">Cài đặt kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="69"/>
        <source>Delete right after upload</source>
        <translation type="unfinished">Xóa ngay sau khi tải lên</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="70"/>
        <source>Delete some days after upload</source>
        <translation type="unfinished">Xóa vài ngày sau khi tải lên</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="71"/>
        <source>Keep until deleted by hand</source>
        <translation type="unfinished">Giữ cho đến khi xóa bằng tay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="74"/>
        <source> days</source>
        <translation type="unfinished"> ngày</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="75"/>
        <source> s</source>
        <translation type="unfinished"> giây</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>As the campaign says</source>
        <translation type="unfinished">Theo chiến dịch</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Personal data on this kiosk</source>
        <translation type="unfinished">Dữ liệu cá nhân trên kiosk này</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Days to keep after upload</source>
        <translation type="unfinished">Số ngày giữ lại sau khi tải lên</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Clear an abandoned form after</source>
        <translation type="unfinished">Xóa mẫu đơn bị bỏ dở sau</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Language of the welcome screen</source>
        <translation type="unfinished">Ngôn ngữ của màn hình chào mừng</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="81"/>
        <source>Save settings</source>
        <translation type="unfinished">Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="93"/>
        <source>Settings saved.</source>
        <translation type="unfinished">Đã lưu cài đặt.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="78"/>
        <source>As the campaign says (%1)</source>
        <translation type="unfinished">Theo chiến dịch (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Action Network</source>
        <translation type="unfinished">Action Network</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Our own server (JSON)</source>
        <translation type="unfinished">Máy chủ riêng của chúng tôi (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="80"/>
        <source>Do not sync</source>
        <translation type="unfinished">Không đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="83"/>
        <source>Sending signatures to the server</source>
        <translation type="unfinished">Gửi chữ ký đến máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server kind</source>
        <translation type="unfinished">Loại máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server address (URL)</source>
        <translation type="unfinished">Địa chỉ máy chủ (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>Petition id</source>
        <translation type="unfinished">Mã bản kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>New token</source>
        <translation type="unfinished">Token mới</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="89"/>
        <source>Leave empty to keep the saved token</source>
        <translation type="unfinished">Để trống để giữ token đã lưu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="90"/>
        <source>Save sync settings</source>
        <translation type="unfinished">Lưu cài đặt đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="91"/>
        <source>Sync now</source>
        <translation type="unfinished">Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="97"/>
        <source>The token comes from the set-up (PETITION_KIOSK_SYNC_TOKEN), so the server is changed there too.</source>
        <translation type="unfinished">Token được lấy từ phần cài đặt ban đầu (PETITION_KIOSK_SYNC_TOKEN), nên máy chủ cũng phải được đổi ở đó.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="100"/>
        <source>A token is saved in the keyring.</source>
        <translation type="unfinished">Một token đã được lưu trong keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="101"/>
        <source>No token is saved yet.</source>
        <translation type="unfinished">Chưa có token nào được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="108"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">Đã lưu trên kiosk này; chưa cài đặt việc gửi đi.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="109"/>
        <source>To send them to Action Network, enter the petition id above.</source>
        <translation type="unfinished">Để gửi đến Action Network, hãy nhập mã bản kiến nghị ở trên.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="111"/>
        <source>To send them, choose a server kind and enter its address above.</source>
        <translation type="unfinished">Để gửi đi, hãy chọn loại máy chủ và nhập địa chỉ của máy chủ ở trên.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished">Lần đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="118"/>
        <source>Sync is paused: the hub no longer accepts this kiosk. Pair it with the hub again under “Pair with a hub”; the waiting signatures stay on this kiosk.</source>
        <translation type="unfinished">Đồng bộ đang tạm dừng: trạm trung tâm không còn nhận ki-ốt này. Hãy ghép nối lại tại “Ghép nối với trạm trung tâm”; các chữ ký đang chờ vẫn nằm trên ki-ốt này.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="121"/>
        <source>Sync is paused until the settings or token are fixed: %1</source>
        <translation type="unfinished">Đồng bộ tạm dừng cho đến khi sửa cài đặt hoặc token: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="124"/>
        <source>Last problem: %1</source>
        <translation type="unfinished">Sự cố gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="126"/>
        <source>No sync has run yet.</source>
        <translation type="unfinished">Chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="153"/>
        <source>The server changed, so the saved token was removed. Enter the token for the new server to send signatures there.</source>
        <translation type="unfinished">Máy chủ đã thay đổi nên token đã lưu bị xóa. Hãy nhập token của máy chủ mới để gửi chữ ký đến đó.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="162"/>
        <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
        <translation type="unfinished">Đã lưu cài đặt, nhưng không có keyring để giữ token. Hãy đặt PETITION_KIOSK_SYNC_TOKEN thay thế.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="167"/>
        <source>Sync settings saved.</source>
        <translation type="unfinished">Đã lưu cài đặt đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="173"/>
        <source>Syncing now…</source>
        <translation type="unfinished">Đang đồng bộ…</translation>
    </message>
</context>
<context>
    <name>SpeechSection</name>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="77"/>
        <source>Reading aloud</source>
        <translation type="unfinished">Đọc to</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="78"/>
        <source>Volume of the voice</source>
        <translation type="unfinished">Âm lượng giọng đọc</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="80"/>
        <source>Languages that can be heard on this kiosk:</source>
        <translation type="unfinished">Các ngôn ngữ có thể nghe trên kiosk này:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="66"/>
        <source>synthesized voice (eSpeak NG)</source>
        <translation type="unfinished">giọng đọc tổng hợp (eSpeak NG)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="67"/>
        <source>the system&apos;s voice</source>
        <translation type="unfinished">giọng đọc của hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="68"/>
        <source>no voice: cannot be heard</source>
        <translation type="unfinished">không có giọng đọc: không thể nghe</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="69"/>
        <source>recorded voice</source>
        <translation type="unfinished">giọng đọc thu âm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="72"/>
        <source>%1; petition and letter: recorded voice</source>
        <translation type="unfinished">%1; bản kiến nghị và thư: giọng đọc thu âm</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
</TS>
