<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/admin/panel.py" line="135"/>
        <source>Coordinator area</source>
        <translation type="unfinished">协调员区</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="136"/>
        <source>Back to signing</source>
        <translation type="unfinished">返回签名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="137"/>
        <source>Change PIN</source>
        <translation type="unfinished">更改密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="138"/>
        <source>Exit the kiosk</source>
        <translation type="unfinished">退出签名机</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="140"/>
        <source>Warning: there is no OS keyring on this device, so the key that protects signers&apos; data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
        <translation type="unfinished">警告：这台设备没有系统钥匙圈（keyring），所以保护签名人资料的密钥存放在一个文件里。任何人拿到这台设备和那个文件，都能读取签名。请尽量使用有钥匙圈的设备收集签名。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Numbers</source>
        <translation type="unfinished">数据</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Event</source>
        <translation type="unfinished">活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Sync</source>
        <translation type="unfinished">同步</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="143"/>
        <source>Settings</source>
        <translation type="unfinished">设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/panel.py" line="144"/>
        <source>Exports</source>
        <translation type="unfinished">导出</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/admin/event_page.py" line="69"/>
        <source>Start a new event</source>
        <translation type="unfinished">开始新的活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Event name</source>
        <translation type="unfinished">活动名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished">地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="71"/>
        <source>Canvasser or team</source>
        <translation type="unfinished">拉票员或团队</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="73"/>
        <source>Start this event</source>
        <translation type="unfinished">开始这个活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="74"/>
        <source>Or continue an earlier event</source>
        <translation type="unfinished">或继续以前的活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="75"/>
        <source>Use the chosen event</source>
        <translation type="unfinished">使用选定的活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="76"/>
        <source>Name of this kiosk in reports</source>
        <translation type="unfinished">这台签名机在报告中的名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="77"/>
        <source>Save the kiosk name</source>
        <translation type="unfinished">保存签名机名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="99"/>
        <source>Give the event a name first.</source>
        <translation type="unfinished">请先给活动起个名字。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="108"/>
        <location filename="../../ui/admin/event_page.py" line="114"/>
        <source>New signatures now belong to “%1”.</source>
        <translation type="unfinished">新的签名现在属于“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/event_page.py" line="120"/>
        <source>Kiosk name saved.</source>
        <translation type="unfinished">签名机名称已保存。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="232"/>
        <source>Export for organizers</source>
        <translation type="unfinished">为组织者导出</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="234"/>
        <source>Signature sheets and the spreadsheet list names. This tablet seals every signature for the hub and cannot open them: make those on the hub&apos;s dashboard. The tally works here.</source>
        <translation type="unfinished">签名表和电子表格会列出姓名。这台平板把每个签名都为中转站封存，无法打开：请在中转站的控制面板上制作。统计在这里仍可使用。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Tally (PDF)</source>
        <translation type="unfinished">统计表（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="236"/>
        <source>Signature sheets for delivery (PDF)</source>
        <translation type="unfinished">递交用的签名页（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="237"/>
        <source>Spreadsheet of signatures (CSV)</source>
        <translation type="unfinished">签名电子表格（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="238"/>
        <source>Record of destruction of personal data (PDF)</source>
        <translation type="unfinished">个人资料销毁记录（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="242"/>
        <location filename="../../ui/admin/export_page.py" line="259"/>
        <source>All events</source>
        <translation type="unfinished">所有活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="243"/>
        <source>from</source>
        <translation type="unfinished">从</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="244"/>
        <source>until</source>
        <translation type="unfinished">到</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>What</source>
        <translation type="unfinished">内容</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>Event</source>
        <translation type="unfinished">活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="245"/>
        <source>First day</source>
        <translation type="unfinished">第一天</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Last day</source>
        <translation type="unfinished">最后一天</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="246"/>
        <source>Language of the document</source>
        <translation type="unfinished">文件的语言</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="247"/>
        <source>Save as</source>
        <translation type="unfinished">另存为</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="249"/>
        <source>Choose…</source>
        <translation type="unfinished">选择…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="250"/>
        <source>Export</source>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="251"/>
        <source>Cancel export</source>
        <translation type="unfinished">取消导出</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF 文件（*.pdf）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 文件（*.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="282"/>
        <source>Save the export as</source>
        <translation type="unfinished">导出另存为</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="290"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished">请选择导出文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="295"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">第一天在最后一天之后。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="310"/>
        <source>Exporting…</source>
        <translation type="unfinished">正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="317"/>
        <source>Cancelling…</source>
        <translation type="unfinished">正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="335"/>
        <source>Saved the record of destruction (%1 records destroyed) to %2.</source>
        <translation type="unfinished">已将销毁记录（销毁了 %1 条记录）保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="338"/>
        <source>Saved %1 signatures to %2.</source>
        <translation type="unfinished">已将 %1 个签名保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="341"/>
        <source>%1 signatures whose personal data was purged after upload are not listed.</source>
        <translation type="unfinished">有 %1 个签名的个人资料在上传后已删除，未列出。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="60"/>
        <source>Translation: draft, awaiting review by a native speaker</source>
        <translation type="unfinished">翻译：草稿，等待母语人士审核</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="58"/>
        <source>Signatures on this kiosk</source>
        <translation type="unfinished">这台签名机上的签名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished">今天</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="65"/>
        <source>This event</source>
        <translation type="unfinished">本次活动</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="66"/>
        <source>All time</source>
        <translation type="unfinished">全部</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>People (a repeat signer counted once)</source>
        <translation type="unfinished">人数（签名两次者只计一次）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="67"/>
        <source>Waiting to sync</source>
        <translation type="unfinished">等待同步</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="68"/>
        <source>Synced</source>
        <translation type="unfinished">已同步</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="69"/>
        <source>Rejected by the server</source>
        <translation type="unfinished">被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="71"/>
        <source>Not sent upstream (no contact)</source>
        <translation type="unfinished">未上传（没有联系方式）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="75"/>
        <source>Why signatures were rejected</source>
        <translation type="unfinished">签名被拒绝的原因</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="89"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">已保存在这台签名机上；尚未设置发送。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="93"/>
        <source>Current event: %1</source>
        <translation type="unfinished">当前活动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="94"/>
        <source>No event is set: new signatures belong to no event.</source>
        <translation type="unfinished">未设置活动：新的签名不属于任何活动。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="96"/>
        <source>(no reason given)</source>
        <translation type="unfinished">（未说明原因）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/overview_page.py" line="99"/>
        <source>None.</source>
        <translation type="unfinished">无。</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="61"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">与中转站配对</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="63"/>
        <source>A hub collects the signatures of every kiosk at an event and sends them on, so this tablet needs no Action Network key. Type the address and the code the hub shows.</source>
        <translation type="unfinished">中转站会收集活动现场每台签名机的签名，再统一发送出去，所以这台平板电脑不需要 Action Network 密钥。请输入中转站显示的地址和配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="65"/>
        <source>Hub address</source>
        <translation type="unfinished">中转站地址</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="66"/>
        <source>Pairing code</source>
        <translation type="unfinished">配对码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="69"/>
        <source>Pair</source>
        <translation type="unfinished">配对</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="76"/>
        <source>This kiosk is not paired with a hub.</source>
        <translation type="unfinished">这台签名机尚未与中转站配对。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="79"/>
        <source>Paired with the hub at %1. Signatures go there.</source>
        <translation type="unfinished">已与位于 %1 的中转站配对。签名会发送到那里。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="82"/>
        <source>On the hub: %1 · delivered upstream: %2</source>
        <translation type="unfinished">在中转站上：%1 · 已上传到总服务器：%2</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="89"/>
        <source>Paired. This kiosk now sends its signatures to the hub.</source>
        <translation type="unfinished">配对成功。这台签名机现在会把签名发送到中转站。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="90"/>
        <source>That is not a pairing code: it has 24 letters and digits.</source>
        <translation type="unfinished">这不是配对码：配对码由 24 个字母和数字组成。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="91"/>
        <source>The hub refused this code. Ask the hub for a new one.</source>
        <translation type="unfinished">中转站拒绝了这个配对码。请向中转站索取新的配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="92"/>
        <source>This code has expired (codes last 15 minutes). Ask the hub for a new one.</source>
        <translation type="unfinished">这个配对码已过期（配对码有效期为 15 分钟）。请向中转站索取新的配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="94"/>
        <source>The server at this address is not the hub that made this code. Check the address.</source>
        <translation type="unfinished">这个地址上的服务器不是生成这个配对码的中转站。请检查地址。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="96"/>
        <source>The hub could not be reached at this address.</source>
        <translation type="unfinished">无法通过这个地址连接到中转站。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="97"/>
        <source>The address must start with https://</source>
        <translation type="unfinished">地址必须以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="98"/>
        <source>The hub&apos;s answer was not understood.</source>
        <translation type="unfinished">无法理解中转站的回复。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>The hub is turning pairing tries away for a moment. Wait a minute and try again.</source>
        <translation type="unfinished">中转站暂时不接受配对尝试。请等一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="99"/>
        <source>There is no safe place on this device to keep the hub&apos;s token.</source>
        <translation type="unfinished">这台设备上没有安全的地方存放中转站的令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/pair_page.py" line="106"/>
        <source>Pairing…</source>
        <translation type="unfinished">正在配对…</translation>
    </message>
</context>
<context>
    <name>ProtectionStatement</name>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="42"/>
        <source>How this kiosk protects signers</source>
        <translation type="unfinished">这台签名机如何保护签名者</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="49"/>
        <source>Sealed mode: this kiosk is paired with a hub. Each new signature&apos;s personal data is sealed to the hub&apos;s key, and this device holds no key that opens it. What stays readable here is what the counts need: ZIP code, event, time, language and consent answers. Signatures taken before the pairing stay under this device&apos;s own key until they are erased.</source>
        <translation type="unfinished">封存模式：这台签名机已与中转站配对。每个新签名的个人资料都以中转站的密钥封存，这台设备上没有能打开它的密钥。在这里仍可读取的只有统计所需的信息：邮政编码、活动、时间、语言和同意选项的回答。配对之前收集的签名仍以这台设备自己的密钥封存，直到被清除为止。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/protection_statement.py" line="55"/>
        <source>Solo mode: no hub is paired. Signers&apos; data is sealed under a key kept on this device. That protects a copied database, but not this device taken together with its key store (its keyring or key file): whoever has both can open every record not yet erased. Pair with a hub (Sync tab) so that records are sealed to the hub and this device keeps no key that opens them.</source>
        <translation type="unfinished">单机模式：尚未与任何中转站配对。签名者的资料以存放在这台设备上的密钥封存。这样可以保护被复制的数据库，但如果这台设备连同它的密钥存储（钥匙圈或密钥文件）一起被拿走，就无法保护：同时拥有两者的人可以打开所有尚未清除的记录。请与中转站配对（“同步”标签页），这样记录会为中转站封存，这台设备上也不会保留能打开它们的密钥。</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="49"/>
        <source>If the kiosk is about to be taken</source>
        <translation type="unfinished">如果签名机即将被拿走</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="50"/>
        <source>Set a duress PIN</source>
        <translation type="unfinished">设置紧急密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="51"/>
        <source>Erase all personal data now…</source>
        <translation type="unfinished">立即清除所有个人资料…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="53"/>
        <source>This erases every signer&apos;s name, contact details and signature on this kiosk, also those not sent yet. It cannot be undone. The counts stay.</source>
        <translation type="unfinished">这会清除这台签名机上每位签名者的姓名、联系方式和签名，包括尚未发送的签名。此操作无法撤销。签名数量会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="55"/>
        <source>Yes, erase everything now</source>
        <translation type="unfinished">是的，立即全部清除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="56"/>
        <source>Keep the data</source>
        <translation type="unfinished">保留资料</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="62"/>
        <source>A duress PIN is set: typed at the PIN pad, it erases all personal data.</source>
        <translation type="unfinished">已设置紧急密码：在密码键盘上输入它，就会清除所有个人资料。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/safety_section.py" line="63"/>
        <source>No duress PIN is set.</source>
        <translation type="unfinished">尚未设置紧急密码。</translation>
    </message>
</context>
<context>
    <name>SavedExports</name>
    <message>
        <location filename="../../ui/admin/export_page.py" line="96"/>
        <source>Exports saved by this kiosk</source>
        <translation type="unfinished">这台签名机保存的导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished">位置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Size</source>
        <translation type="unfinished">大小</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="97"/>
        <source>Age</source>
        <translation type="unfinished">保存时长</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="98"/>
        <source>Delete the selected export</source>
        <translation type="unfinished">删除所选的导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="109"/>
        <source>These files hold signers&apos; personal data. Delete each one once it has been delivered.</source>
        <translation type="unfinished">这些文件含有签名者的个人资料。每个文件交付后请立即删除。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="110"/>
        <source>No exports are kept on this device.</source>
        <translation type="unfinished">这台设备上没有保存任何导出文件。</translation>
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
        <translation type="unfinished">不到一小时</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="123"/>
        <source>%1 hours</source>
        <translation type="unfinished">%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="124"/>
        <source>%1 days</source>
        <translation type="unfinished">%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="137"/>
        <source>Could not delete %1. Delete it by hand.</source>
        <translation type="unfinished">无法删除 %1。请手动删除。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_page.py" line="139"/>
        <source>Deleted %1.</source>
        <translation type="unfinished">已删除 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="68"/>
        <source>Kiosk settings</source>
        <translation type="unfinished">签名机设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="69"/>
        <source>Delete right after upload</source>
        <translation type="unfinished">上传后立即删除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="70"/>
        <source>Delete some days after upload</source>
        <translation type="unfinished">上传几天后删除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="71"/>
        <source>Keep until deleted by hand</source>
        <translation type="unfinished">保留到手动删除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="74"/>
        <source> days</source>
        <translation type="unfinished"> 天</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="75"/>
        <source> s</source>
        <translation type="unfinished"> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="76"/>
        <source>As the campaign says</source>
        <translation type="unfinished">按照活动设定</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Personal data on this kiosk</source>
        <translation type="unfinished">这台签名机上的个人资料</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="78"/>
        <source>Days to keep after upload</source>
        <translation type="unfinished">上传后保留的天数</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Clear an abandoned form after</source>
        <translation type="unfinished">表格无人使用多久后清除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="79"/>
        <source>Language of the welcome screen</source>
        <translation type="unfinished">欢迎画面的语言</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="81"/>
        <source>Save settings</source>
        <translation type="unfinished">保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="93"/>
        <source>Settings saved.</source>
        <translation type="unfinished">设置已保存。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="78"/>
        <source>As the campaign says (%1)</source>
        <translation type="unfinished">按照活动设定（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Action Network</source>
        <translation type="unfinished">Action Network</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="79"/>
        <source>Our own server (JSON)</source>
        <translation type="unfinished">我们自己的服务器（JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="80"/>
        <source>Do not sync</source>
        <translation type="unfinished">不同步</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="83"/>
        <source>Sending signatures to the server</source>
        <translation type="unfinished">把签名发送到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server kind</source>
        <translation type="unfinished">服务器类型</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="84"/>
        <source>Server address (URL)</source>
        <translation type="unfinished">服务器地址（URL）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>Petition id</source>
        <translation type="unfinished">请愿书编号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="85"/>
        <source>New token</source>
        <translation type="unfinished">新令牌</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="89"/>
        <source>Leave empty to keep the saved token</source>
        <translation type="unfinished">留空则保留已保存的令牌</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="90"/>
        <source>Save sync settings</source>
        <translation type="unfinished">保存同步设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="91"/>
        <source>Sync now</source>
        <translation type="unfinished">立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="97"/>
        <source>The token comes from the set-up (PETITION_KIOSK_SYNC_TOKEN), so the server is changed there too.</source>
        <translation type="unfinished">令牌来自安装设置（PETITION_KIOSK_SYNC_TOKEN），所以服务器也要在那里更改。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="100"/>
        <source>A token is saved in the keyring.</source>
        <translation type="unfinished">已有令牌保存在钥匙圈中。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="101"/>
        <source>No token is saved yet.</source>
        <translation type="unfinished">尚未保存令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="108"/>
        <source>Saved on this kiosk; sending is not set up.</source>
        <translation type="unfinished">已保存在这台签名机上；尚未设置发送。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="109"/>
        <source>To send them to Action Network, enter the petition id above.</source>
        <translation type="unfinished">要发送到 Action Network，请在上方输入请愿书编号。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="111"/>
        <source>To send them, choose a server kind and enter its address above.</source>
        <translation type="unfinished">要发送，请在上方选择服务器类型并输入它的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished">上次成功同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="118"/>
        <source>Sync is paused: the hub no longer accepts this kiosk. Pair it with the hub again under “Pair with a hub”; the waiting signatures stay on this kiosk.</source>
        <translation type="unfinished">同步已暂停：中转站不再接受此信息亭。请在“与中转站配对”中重新配对；等待中的签名仍保存在此信息亭上。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="121"/>
        <source>Sync is paused until the settings or token are fixed: %1</source>
        <translation type="unfinished">同步已暂停，直到设置或令牌修正为止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="124"/>
        <source>Last problem: %1</source>
        <translation type="unfinished">上次的问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="126"/>
        <source>No sync has run yet.</source>
        <translation type="unfinished">尚未进行过同步。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="153"/>
        <source>The server changed, so the saved token was removed. Enter the token for the new server to send signatures there.</source>
        <translation type="unfinished">服务器已更改，所以已保存的令牌已被删除。请输入新服务器的令牌，以便把签名发送到新服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="162"/>
        <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
        <translation type="unfinished">设置已保存，但没有钥匙圈可以存放令牌。请改为设置 PETITION_KIOSK_SYNC_TOKEN。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="167"/>
        <source>Sync settings saved.</source>
        <translation type="unfinished">同步设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_page.py" line="173"/>
        <source>Syncing now…</source>
        <translation type="unfinished">正在同步…</translation>
    </message>
</context>
<context>
    <name>SpeechSection</name>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="77"/>
        <source>Reading aloud</source>
        <translation type="unfinished">朗读</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="78"/>
        <source>Volume of the voice</source>
        <translation type="unfinished">语音音量</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="80"/>
        <source>Languages that can be heard on this kiosk:</source>
        <translation type="unfinished">本签名机可以收听的语言：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="66"/>
        <source>synthesized voice (eSpeak NG)</source>
        <translation type="unfinished">合成语音（eSpeak NG）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="67"/>
        <source>the system&apos;s voice</source>
        <translation type="unfinished">系统语音</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="68"/>
        <source>no voice: cannot be heard</source>
        <translation type="unfinished">无语音：无法收听</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="69"/>
        <source>recorded voice</source>
        <translation type="unfinished">录制的语音</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="72"/>
        <source>%1; petition and letter: recorded voice</source>
        <translation type="unfinished">%1；请愿书和信函：录制的语音</translation>
    </message>
    <message>
        <location filename="../../ui/admin/speech_section.py" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
</TS>
