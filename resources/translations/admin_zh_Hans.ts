<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans">
    <context>
        <name>AdminPanel</name>
        <message>
            <location filename="../../ui/admin/panel.py" line="96" />
            <source>Coordinator area</source>
            <translation type="unfinished">协调员区</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="97" />
            <source>Back to signing</source>
            <translation type="unfinished">返回签名</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="98" />
            <source>Change PIN</source>
            <translation type="unfinished">更改密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="99" />
            <source>Exit the kiosk</source>
            <translation type="unfinished">退出签名机</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="101" />
            <source>Warning: there is no OS keyring on this device, so the key that protects signers' data is kept in a file. Anyone who takes this device and that file can read the signatures. Use a device with a keyring for collecting when you can.</source>
            <translation type="unfinished">警告：这台设备没有系统钥匙圈（keyring），所以保护签名人资料的密钥存放在一个文件里。任何人拿到这台设备和那个文件，都能读取签名。请尽量使用有钥匙圈的设备收集签名。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Numbers</source>
            <translation type="unfinished">数据</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Event</source>
            <translation type="unfinished">活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Sync</source>
            <translation type="unfinished">同步</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="104" />
            <source>Settings</source>
            <translation type="unfinished">设置</translation>
        </message>
        <message>
            <location filename="../../ui/admin/panel.py" line="105" />
            <source>Exports</source>
            <translation type="unfinished">导出</translation>
        </message>
    </context>
    <context>
        <name>EventPage</name>
        <message>
            <location filename="../../ui/admin/event_page.py" line="67" />
            <source>Start a new event</source>
            <translation type="unfinished">开始新的活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Event name</source>
            <translation type="unfinished">活动名称</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Place</source>
            <translation type="unfinished">地点</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="68" />
            <source>Date</source>
            <translation type="unfinished">日期</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="69" />
            <source>Canvasser or team</source>
            <translation type="unfinished">拉票员或团队</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="71" />
            <source>Start this event</source>
            <translation type="unfinished">开始这个活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="72" />
            <source>Or continue an earlier event</source>
            <translation type="unfinished">或继续以前的活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="73" />
            <source>Use the chosen event</source>
            <translation type="unfinished">使用选定的活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="74" />
            <source>Name of this kiosk in reports</source>
            <translation type="unfinished">这台签名机在报告中的名称</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="75" />
            <source>Save the kiosk name</source>
            <translation type="unfinished">保存签名机名称</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="97" />
            <source>Give the event a name first.</source>
            <translation type="unfinished">请先给活动起个名字。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="106" />
            <location filename="../../ui/admin/event_page.py" line="112" />
            <source>New signatures now belong to “%1”.</source>
            <translation type="unfinished">新的签名现在属于“%1”。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/event_page.py" line="118" />
            <source>Kiosk name saved.</source>
            <translation type="unfinished">签名机名称已保存。</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/admin/export_page.py" line="118" />
            <source>Export for organizers</source>
            <translation type="unfinished">为组织者导出</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Tally (PDF)</source>
            <translation type="unfinished">统计表（PDF）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="119" />
            <source>Signature sheets for delivery (PDF)</source>
            <translation type="unfinished">递交用的签名页（PDF）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="120" />
            <source>Spreadsheet of signatures (CSV)</source>
            <translation type="unfinished">签名电子表格（CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="124" />
            <location filename="../../ui/admin/export_page.py" line="139" />
            <source>All events</source>
            <translation type="unfinished">所有活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="125" />
            <source>from</source>
            <translation type="unfinished">从</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="126" />
            <source>until</source>
            <translation type="unfinished">到</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>What</source>
            <translation type="unfinished">内容</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>Event</source>
            <translation type="unfinished">活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="127" />
            <source>First day</source>
            <translation type="unfinished">第一天</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Last day</source>
            <translation type="unfinished">最后一天</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="128" />
            <source>Language of the document</source>
            <translation type="unfinished">文件的语言</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="129" />
            <source>Save as</source>
            <translation type="unfinished">另存为</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="131" />
            <source>Choose…</source>
            <translation type="unfinished">选择…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="132" />
            <source>Export</source>
            <translation type="unfinished">导出</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="133" />
            <source>Cancel export</source>
            <translation type="unfinished">取消导出</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished">PDF 文件（*.pdf）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="161" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished">CSV 文件（*.csv）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="162" />
            <source>Save the export as</source>
            <translation type="unfinished">导出另存为</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="170" />
            <source>Choose where to save the export.</source>
            <translation type="unfinished">请选择导出文件的保存位置。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="175" />
            <location filename="../../ui/admin/export_page.py" line="231" />
            <source>The first day is after the last day.</source>
            <translation type="unfinished">第一天在最后一天之后。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="189" />
            <source>Exporting…</source>
            <translation type="unfinished">正在导出…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="196" />
            <source>Cancelling…</source>
            <translation type="unfinished">正在取消…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="211" />
            <source>Saved %1 signatures to %2.</source>
            <translation type="unfinished">已将 %1 个签名保存到 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="214" />
            <source>%1 signatures whose personal data was purged after upload are not listed.</source>
            <translation type="unfinished">有 %1 个签名的个人资料在上传后已删除，未列出。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="221" />
            <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
            <translation type="unfinished">签名页上没有可列的内容：所有符合条件的签名的个人资料都已在上传后删除。没有保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="224" />
            <source>No signatures match these filters. Nothing was saved.</source>
            <translation type="unfinished">没有符合这些筛选条件的签名。没有保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="225" />
            <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
            <translation type="unfinished">无法保存到那里：文件夹不存在或为只读。请选择其他位置。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="227" />
            <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
            <translation type="unfinished">磁盘已满。没有保存任何内容；请释放一些空间或选择其他位置。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="229" />
            <source>Export cancelled. Nothing was saved.</source>
            <translation type="unfinished">导出已取消。没有保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="230" />
            <source>That event no longer exists.</source>
            <translation type="unfinished">该活动已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="232" />
            <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
            <translation type="unfinished">这台签名机的数据密钥丢失或不正确，无法打开签名。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="234" />
            <source>The signature database could not be read.</source>
            <translation type="unfinished">无法读取签名数据库。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/export_page.py" line="236" />
            <source>The export failed (%1). Nothing was saved.</source>
            <translation type="unfinished">导出失败（%1）。没有保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Translation: draft, awaiting review by a native speaker</source>
            <translation type="unfinished">翻译：草稿，等待母语人士审核</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="45" />
            <source>Signatures on this kiosk</source>
            <translation type="unfinished">这台签名机上的签名</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="47" />
            <source>Today</source>
            <translation type="unfinished">今天</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="48" />
            <source>This event</source>
            <translation type="unfinished">本次活动</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="49" />
            <source>All time</source>
            <translation type="unfinished">全部</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="50" />
            <source>Waiting to sync</source>
            <translation type="unfinished">等待同步</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="51" />
            <source>Synced</source>
            <translation type="unfinished">已同步</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="52" />
            <source>Rejected by the server</source>
            <translation type="unfinished">被服务器拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="56" />
            <source>Why signatures were rejected</source>
            <translation type="unfinished">签名被拒绝的原因</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="70" />
            <source>Current event: %1</source>
            <translation type="unfinished">当前活动：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="71" />
            <source>No event is set: new signatures belong to no event.</source>
            <translation type="unfinished">未设置活动：新的签名不属于任何活动。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="73" />
            <source>(no reason given)</source>
            <translation type="unfinished">（未说明原因）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/overview_page.py" line="76" />
            <source>None.</source>
            <translation type="unfinished">无。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="61" />
            <source>Kiosk settings</source>
            <translation type="unfinished">签名机设置</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="62" />
            <source>Delete right after upload</source>
            <translation type="unfinished">上传后立即删除</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="63" />
            <source>Delete some days after upload</source>
            <translation type="unfinished">上传几天后删除</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="64" />
            <source>Keep until deleted by hand</source>
            <translation type="unfinished">保留到手动删除</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="67" />
            <source> days</source>
            <translation type="unfinished"> 天</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="68" />
            <source> s</source>
            <translation type="unfinished"> 秒</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="69" />
            <source>As the campaign says</source>
            <translation type="unfinished">按照活动设定</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Personal data on this kiosk</source>
            <translation type="unfinished">这台签名机上的个人资料</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="71" />
            <source>Days to keep after upload</source>
            <translation type="unfinished">上传后保留的天数</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Clear an abandoned form after</source>
            <translation type="unfinished">表格无人使用多久后清除</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="72" />
            <source>Language of the welcome screen</source>
            <translation type="unfinished">欢迎画面的语言</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="74" />
            <source>Save settings</source>
            <translation type="unfinished">保存设置</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_page.py" line="86" />
            <source>Settings saved.</source>
            <translation type="unfinished">设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="73" />
            <source>As the campaign says (%1)</source>
            <translation type="unfinished">按照活动设定（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Action Network</source>
            <translation type="unfinished">Action Network</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="74" />
            <source>Our own server (JSON)</source>
            <translation type="unfinished">我们自己的服务器（JSON）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="75" />
            <source>Do not sync</source>
            <translation type="unfinished">不同步</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="78" />
            <source>Sending signatures to the server</source>
            <translation type="unfinished">把签名发送到服务器</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server kind</source>
            <translation type="unfinished">服务器类型</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="79" />
            <source>Server address (URL)</source>
            <translation type="unfinished">服务器地址（URL）</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>Petition id</source>
            <translation type="unfinished">请愿书编号</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="80" />
            <source>New token</source>
            <translation type="unfinished">新令牌</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="84" />
            <source>Leave empty to keep the saved token</source>
            <translation type="unfinished">留空则保留已保存的令牌</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="85" />
            <source>Save sync settings</source>
            <translation type="unfinished">保存同步设置</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="86" />
            <source>Sync now</source>
            <translation type="unfinished">立即同步</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="91" />
            <source>A token is saved in the keyring.</source>
            <translation type="unfinished">已有令牌保存在钥匙圈中。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="92" />
            <source>No token is saved yet.</source>
            <translation type="unfinished">尚未保存令牌。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="96" />
            <source>Last successful sync: %1</source>
            <translation type="unfinished">上次成功同步：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="98" />
            <source>Sync is paused until the settings or token are fixed: %1</source>
            <translation type="unfinished">同步已暂停，直到设置或令牌修正为止：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="101" />
            <source>Last problem: %1</source>
            <translation type="unfinished">上次的问题：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="102" />
            <source>No sync has run yet.</source>
            <translation type="unfinished">尚未进行过同步。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="107" />
            <source>the server did not answer in time</source>
            <translation type="unfinished">服务器没有及时回应</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="108" />
            <source>no connection to the server</source>
            <translation type="unfinished">无法连接到服务器</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="109" />
            <source>the server's certificate could not be verified</source>
            <translation type="unfinished">无法验证服务器的证书</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="110" />
            <source>the server had an error</source>
            <translation type="unfinished">服务器出错</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="111" />
            <source>the server asked us to slow down</source>
            <translation type="unfinished">服务器要求我们放慢速度</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="112" />
            <source>the server's answer was not understood</source>
            <translation type="unfinished">无法理解服务器的回应</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="113" />
            <source>the token was refused: enter a new one</source>
            <translation type="unfinished">令牌被拒绝：请输入新令牌</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="114" />
            <source>no token is saved</source>
            <translation type="unfinished">尚未保存令牌</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="115" />
            <source>the petition id is wrong</source>
            <translation type="unfinished">请愿书编号不正确</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="116" />
            <source>no server is set up</source>
            <translation type="unfinished">尚未设置服务器</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="117" />
            <source>the address must start with https://</source>
            <translation type="unfinished">地址必须以 https:// 开头</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="118" />
            <source>the certificate file is missing</source>
            <translation type="unfinished">缺少证书文件</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="134" />
            <source>Settings saved, but there is no keyring to keep the token in. Set PETITION_KIOSK_SYNC_TOKEN instead.</source>
            <translation type="unfinished">设置已保存，但没有钥匙圈可以存放令牌。请改为设置 PETITION_KIOSK_SYNC_TOKEN。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="138" />
            <source>Sync settings saved.</source>
            <translation type="unfinished">同步设置已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/admin/sync_page.py" line="144" />
            <source>Syncing now…</source>
            <translation type="unfinished">正在同步…</translation>
        </message>
    </context>
</TS>
