<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form.py" line="332"/>
        <source>First name</source>
        <translation type="unfinished">名字（汉字或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="333"/>
        <source>Last name</source>
        <translation type="unfinished">姓氏（汉字或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="334"/>
        <source>Email</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="335"/>
        <source>Mobile phone</source>
        <translation type="unfinished">手机号码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="336"/>
        <source>ZIP code</source>
        <translation type="unfinished">邮政编码（ZIP）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="337"/>
        <source>Street address</source>
        <translation type="unfinished">街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="344"/>
        <source>email</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="345"/>
        <source>%1 (or %2)</source>
        <translation type="unfinished">%1（或%2）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="347"/>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="354"/>
        <source>I agree to receive updates by email</source>
        <translation type="unfinished">我同意通过电子邮件接收最新消息</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="357"/>
        <source>I agree to receive text messages</source>
        <translation type="unfinished">我同意接收短信</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="361"/>
        <source>Updates are optional. Your signature counts either way.</source>
        <translation type="unfinished">接收消息是自愿的。无论如何，您的签名都会被计入。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign ➜</source>
        <translation type="unfinished">下一步：签名 ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form.py" line="363"/>
        <source>Next: sign</source>
        <translation type="unfinished">下一步：签名</translation>
    </message>
</context>
<context>
    <name>KeyStoreSetupScreen</name>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="112"/>
        <source>Where should this kiosk keep its key?</source>
        <translation type="unfinished">这台签名机的密钥要存放在哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="114"/>
        <source>This computer has no keyring, the safe place where the kiosk usually keeps the key that locks the signers&apos; data. Choose one of these before the first signer; you choose the coordinator PIN next.</source>
        <translation type="unfinished">这台电脑没有钥匙圈。钥匙圈是签名机通常存放密钥的安全地方，这个密钥用来锁住签名者的资料。请在第一位签名者签名之前，从下面选择一项；接下来您要设置协调员密码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="117"/>
        <source>Keep the key in a protected file on this computer</source>
        <translation type="unfinished">把密钥存放在这台电脑上受保护的文件里</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="119"/>
        <source>Warning: anyone who takes this computer and its files can open the signers&apos; records. Pairing with a hub is safer.</source>
        <translation type="unfinished">警告：任何人拿走这台电脑和其中的文件，都能打开签名者的记录。与中转站配对更安全。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="121"/>
        <source>Use a protected file</source>
        <translation type="unfinished">使用受保护的文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="122"/>
        <location filename="../../ui/screens/key_store_setup.py" line="127"/>
        <source>Pair with a hub</source>
        <translation type="unfinished">与中转站配对</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="124"/>
        <source>The hub seals each record, so this tablet holds no key that opens them. The tablet keeps its hub token in a protected file: the token can only upload, and the hub can revoke it. You type the hub&apos;s address and code after choosing the PIN.</source>
        <translation type="unfinished">中转站会封存每条记录，所以这台平板电脑上没有能打开这些记录的密钥。平板电脑把它的中转站令牌存放在受保护的文件里：这个令牌只能用来上传，中转站也可以撤销它。设置密码后，您再输入中转站的地址和配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/key_store_setup.py" line="128"/>
        <source>The kiosk remembers this choice and does not ask again.</source>
        <translation type="unfinished">签名机会记住这个选择，不会再问。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window/top_bar.py" line="78"/>
        <source>← Back</source>
        <translation type="unfinished">← 返回</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="79"/>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="80"/>
        <source>Start over</source>
        <translation type="unfinished">重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="81"/>
        <source>A+ Larger text</source>
        <translation type="unfinished">A+ 放大文字</translation>
    </message>
    <message>
        <location filename="../../ui/window/top_bar.py" line="82"/>
        <source>Larger text</source>
        <translation type="unfinished">放大文字</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="48"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">协调员密码</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="99"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished">密码不正确。</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="59"/>
        <source>Enter the new PIN (4 to 12 digits)</source>
        <translation type="unfinished">请输入新密码（4 到 12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="69"/>
        <source>Choose a duress PIN: typed at the PIN pad, it erases all personal data</source>
        <translation type="unfinished">请设置紧急密码：在密码键盘上输入它，就会清除所有个人资料</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="88"/>
        <source>Welcome! Choose a coordinator PIN for this kiosk (4 to 12 digits)</source>
        <translation type="unfinished">欢迎！请为这台签名机设置协调员密码（4 到 12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="106"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished">密码为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="109"/>
        <source>That PIN is too easy to guess. Please choose another.</source>
        <translation type="unfinished">这个密码太容易被猜到。请换一个。</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="114"/>
        <source>Enter the new PIN again</source>
        <translation type="unfinished">请再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="124"/>
        <source>The two PINs were different. Please start again.</source>
        <translation type="unfinished">两次输入的密码不一样。请重新开始。</translation>
    </message>
    <message>
        <location filename="../../ui/window/pin_flow.py" line="136"/>
        <source>The coordinator PIN and the duress PIN must be different.</source>
        <translation type="unfinished">协调员密码和紧急密码不能相同。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="19"/>
        <source>English</source>
        <translation type="unfinished">简体中文</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Please enter your first name.</source>
        <translation type="unfinished">请输入您的名字（汉字或拼音），例如 秀英 或 Xiuying。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Please enter your last name.</source>
        <translation type="unfinished">请输入您的姓氏（汉字或拼音），例如 王 或 Wang。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Please enter your email address.</source>
        <translation type="unfinished">请输入您的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Please enter your phone number.</source>
        <translation type="unfinished">请输入您的电话号码。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Please enter your ZIP code.</source>
        <translation type="unfinished">请输入您的邮政编码（ZIP）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Please enter your street address.</source>
        <translation type="unfinished">请输入您的街道地址。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>This field is required.</source>
        <translation type="unfinished">此项为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished">内容太长，请缩短。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This email address doesn&apos;t look right. Example: name@example.com</source>
        <translation type="unfinished">这个电子邮件地址似乎不对。例如：name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>This phone number doesn&apos;t look right. Example: 213 555 0123</source>
        <translation type="unfinished">这个电话号码似乎不对。例如：213 555 0123</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>A ZIP code has 5 digits, for example 90011.</source>
        <translation type="unfinished">邮政编码（ZIP）为 5 位数字，例如 90011。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Please give an email address or a phone number so we can count your signature.</source>
        <translation type="unfinished">请留下电子邮件地址或电话号码，以便我们计入您的签名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished">请用手指在框内签名。</translation>
    </message>
    <message>
        <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
        <translation type="obsolete">好消息：您已经签过这份请愿书了。谢谢您！每人只能签一次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
        <translation type="unfinished">您的签名暂时无法保存。您输入的内容都没有丢失。请再按一次“签署请愿书”，或请志愿者帮忙。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>This device has no safe place to keep the key that protects signatures.</source>
        <translation type="unfinished">这台设备没有安全的地方存放保护签名的密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>The key that protects the signatures on this device is missing or wrong.</source>
        <translation type="unfinished">这台设备上保护签名的密钥丢失或不正确。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>The signature database on this device could not be opened.</source>
        <translation type="unfinished">无法打开这台设备上的签名数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Something this kiosk needs to keep signatures safe is not working.</source>
        <translation type="unfinished">这台签名机保护签名安全所需的某个部分出了问题。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>the server did not answer in time</source>
        <translation type="unfinished">服务器没有及时回应</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>no connection to the server</source>
        <translation type="unfinished">无法连接到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished">无法验证服务器的证书</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>the server had an error</source>
        <translation type="unfinished">服务器出错</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>the server asked us to slow down</source>
        <translation type="unfinished">服务器要求我们放慢速度</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>the server&apos;s answer was not understood</source>
        <translation type="unfinished">无法理解服务器的回应</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>the server did not say what became of some signatures; they will be sent again</source>
        <translation type="unfinished">服务器没有说明部分签名的结果；这些签名会再次发送</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>the token was refused: enter a new one</source>
        <translation type="unfinished">令牌被拒绝：请输入新令牌</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>no token is saved</source>
        <translation type="unfinished">尚未保存令牌</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>the petition id is wrong</source>
        <translation type="unfinished">请愿书编号不正确</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>no server is set up</source>
        <translation type="unfinished">尚未设置服务器</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>the address must start with https://</source>
        <translation type="unfinished">地址必须以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>the certificate file is missing</source>
        <translation type="unfinished">缺少证书文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>some signatures could not be opened with this kiosk&apos;s key; they are kept</source>
        <translation type="unfinished">部分签名无法用这台签名机的密钥打开；这些签名会被保留</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>the server refused some signatures</source>
        <translation type="unfinished">服务器拒绝了部分签名</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Nothing to put on signature sheets: the personal data of every matching signature was purged after upload. Nothing was saved.</source>
        <translation type="unfinished">签名页上没有可列的内容：所有符合条件的签名的个人资料都已在上传后删除。没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>No signatures match these filters. Nothing was saved.</source>
        <translation type="unfinished">没有符合这些筛选条件的签名。没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Cannot save there: the folder does not exist or is read-only. Choose another place.</source>
        <translation type="unfinished">无法保存到那里：文件夹不存在或为只读。请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>The disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation type="unfinished">磁盘已满。没有保存任何内容；请释放一些空间或选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Export cancelled. Nothing was saved.</source>
        <translation type="unfinished">导出已取消。没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>That event no longer exists.</source>
        <translation type="unfinished">该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished">第一天在最后一天之后。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This tablet seals every signature for the hub and cannot open names. Make signature sheets and the spreadsheet from the hub&apos;s dashboard; the tally works here.</source>
        <translation>这台平板把每个签名都为中转站封存，无法打开姓名。请在中转站的控制面板上制作签名表和电子表格；统计在这里仍可使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>The data key of this kiosk is missing or wrong, so signatures cannot be opened.</source>
        <translation type="unfinished">这台签名机的数据密钥丢失或不正确，无法打开签名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>The signature database could not be read.</source>
        <translation type="unfinished">无法读取签名数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The export failed (%1). Nothing was saved.</source>
        <translation type="unfinished">导出失败（%1）。没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>the hub no longer accepts this kiosk: pair it with the hub again</source>
        <translation type="unfinished">中转站不再接受此信息亭：请重新与中转站配对</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>this kiosk&apos;s hub token is missing: pair it with the hub again</source>
        <translation type="unfinished">此信息亭的中转站令牌缺失：请重新与中转站配对</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>an unexpected problem (%1)</source>
        <translation type="unfinished">意外的问题（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The key this kiosk locks signatures with was changed on this device. To keep signers safe, it takes no signatures until it is paired with its hub again.</source>
        <translation type="unfinished">此信息亭用来锁住签名的密钥在这台设备上被更改了。为保护签名者，在与中转站重新配对之前，它不接受任何签名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>This kiosk must be paired with its hub again before it takes signatures.</source>
        <translation type="unfinished">此信息亭必须先与中转站重新配对，才能接受签名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>The coordinator PIN's record was changed on this device. To keep signers safe, this kiosk takes no signatures and its admin area stays closed.</source>
        <translation type="unfinished">协调员 PIN 的记录在这台设备上被更改了。为保护签名者，此信息亭不接受签名，管理区保持关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not accept one of its fields (%1)</source>
        <translation type="unfinished">服务器无法接受其中一个字段（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it (HTTP %1)</source>
        <translation type="unfinished">服务器拒绝了它（HTTP %1）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server could not read what was sent</source>
        <translation type="unfinished">服务器无法读取发送的内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused it without giving a reason</source>
        <translation type="unfinished">服务器拒绝了它，但未说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not allow this signature</source>
        <translation type="unfinished">服务器不允许此签名</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not take signatures at this address</source>
        <translation type="unfinished">服务器不在此地址接收签名</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server was busy or had a problem</source>
        <translation type="unfinished">服务器繁忙或出现问题</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server refused this kiosk&apos;s token</source>
        <translation type="unfinished">服务器拒绝了此信息亭的令牌</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>too large for the server, even on its own</source>
        <translation type="unfinished">即使单独发送，对服务器来说也太大</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the drawn signature was refused</source>
        <translation type="unfinished">手绘签名被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the name was refused</source>
        <translation type="unfinished">姓名被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the email address was refused</source>
        <translation type="unfinished">电子邮件地址被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the phone number was refused</source>
        <translation type="unfinished">电话号码被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the ZIP code was refused</source>
        <translation type="unfinished">邮政编码被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the street address was refused</source>
        <translation type="unfinished">街道地址被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the consent answers were refused</source>
        <translation type="unfinished">同意选项被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event name was refused</source>
        <translation type="unfinished">活动名称被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the event's place was refused</source>
        <translation type="unfinished">活动地点被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a required field was missing</source>
        <translation type="unfinished">缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>a field was too long</source>
        <translation type="unfinished">某个字段太长</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server already has this person</source>
        <translation type="unfinished">服务器已有此人</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the campaign no longer takes signatures</source>
        <translation type="unfinished">该活动不再接收签名</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the server does not know this campaign</source>
        <translation type="unfinished">服务器不认识此活动</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the hub could not open the sealed record (it was sealed to another key)</source>
        <translation type="unfinished">中心无法打开密封记录（它用另一个密钥密封）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the sealed record was damaged on the way</source>
        <translation type="unfinished">密封记录在传输中损坏</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="1"/>
        <source>the pairing code was refused</source>
        <translation type="unfinished">配对码被拒绝</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="357"/>
        <source>Pinyin</source>
        <translation type="unfinished">拼音</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>Previous characters</source>
        <translation type="unfinished">上一页候选字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="378"/>
        <source>More characters</source>
        <translation type="unfinished">下一页候选字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="266"/>
        <source>Switch letters</source>
        <translation type="unfinished">切换字母</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="261"/>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="262"/>
        <source>Capital letter</source>
        <translation type="unfinished">大写字母</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>space</source>
        <translation type="unfinished">空格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="263"/>
        <source>Space</source>
        <translation type="unfinished">空格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next ➜</source>
        <translation type="unfinished">下一项 ➜</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="267"/>
        <source>Next field</source>
        <translation type="unfinished">下一个栏位</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>no secure key store (OS keyring) is available, so signatures cannot be collected; to keep the data key in a protected file instead, set PETITION_KIOSK_KEY_STORE=file</source>
        <translation type="unfinished">没有可用的安全密钥存放处（系统钥匙圈），因此无法收集签名；如要改为把数据密钥存放在受保护的文件里，请设置 PETITION_KIOSK_KEY_STORE=file</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>the key file %1 can be read by other users, so signatures will not be collected; make it private with: chmod 600 %1</source>
        <translation type="unfinished">其他用户可以读取密钥文件 %1，因此不会收集签名；请用以下命令把它设为私有：chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>the data key file would be inside the data dir, beside the signatures it protects, so signatures cannot be collected; keep the config dir (or PETITION_KIOSK_KEY_FILE) outside the data dir (PETITION_KIOSK_DATA_DIR or --data-dir)</source>
        <translation type="unfinished">数据密钥文件会位于数据目录内，就在它所保护的签名旁边，因此无法收集签名；请把设置目录（或 PETITION_KIOSK_KEY_FILE）放在数据目录（PETITION_KIOSK_DATA_DIR 或 --data-dir）之外</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>the data key for this kiosk is missing or wrong; restore it before collecting</source>
        <translation type="unfinished">这台签名机的数据密钥丢失或不正确；请先恢复它，再收集签名</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>the signature database could not be written or checked</source>
        <translation type="unfinished">无法写入或检查签名数据库</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>the settings file was unreadable; defaults are in use and the old file was kept</source>
        <translation type="unfinished">无法读取设置文件；现在使用默认设置，旧文件已保留</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>campaign file %1: field &apos;%2&apos; is %3</source>
        <translation type="unfinished">活动设定文件 %1：栏位“%2”有问题：%3</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>a record opened but does not read as a signature (damaged, or not this campaign&apos;s); it was left as it is</source>
        <translation type="unfinished">一条记录已打开，但无法读作签名（已损坏，或不属于本活动）；已原样保留</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>this record is sealed for the hub: this kiosk holds no key that opens it; read it on the hub</source>
        <translation type="unfinished">这条记录已为中转站封存：这台签名机没有能打开它的密钥；请在中转站上读取</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>the hub&apos;s sealing key is not a valid public key: nothing was changed; pair this kiosk again</source>
        <translation type="unfinished">中转站的封存密钥不是有效的公钥：没有做任何更改；请将这台签名机重新与中转站配对</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>cannot write %1: the folder does not exist, is read-only, or the path is a folder</source>
        <translation type="unfinished">无法写入 %1：文件夹不存在、为只读，或者该路径是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>the disk is full: %1 was not written (nothing half-written was left behind)</source>
        <translation type="unfinished">磁盘已满：%1 没有写入（没有留下写了一半的文件）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>no signatures match these filters: nothing was written</source>
        <translation type="unfinished">没有符合这些筛选条件的签名：没有写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>the export was cancelled: nothing was written</source>
        <translation type="unfinished">导出已取消：没有写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>there is no event named &apos;%1&apos; on this kiosk</source>
        <translation type="unfinished">这台签名机上没有名为“%1”的活动</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>this kiosk seals every signature for its hub and cannot open names: make sheets and CSV on the hub (petition-kiosk hub export); the tally works here</source>
        <translation type="unfinished">这台签名机把每个签名都为中转站封存，无法打开姓名：请在中转站上制作签名表和 CSV（petition-kiosk hub export）；统计在这里仍可使用</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>every matching signature&apos;s personal data was purged after upload, so there is nothing to put on signature sheets: nothing was written</source>
        <translation type="unfinished">所有符合条件的签名的个人资料都已在上传后删除，签名页上没有可列的内容：没有写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>--since is after --until: no day can match</source>
        <translation type="unfinished">--since 晚于 --until：没有任何日期能符合</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>--%1 must be a date written YYYY-MM-DD</source>
        <translation type="unfinished">--%1 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>unexpected %1</source>
        <translation type="unfinished">意外的 %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the sealing key in the database is not the one pinned in the key store at pairing, so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">数据库中的封存密钥不是配对时固定在密钥存放处的那一把，因此不会用它封存任何签名；请将此信息亭与中转站重新配对（petition-kiosk pair --hub URL --code CODE）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the database names a hub sealing key that the key store never pinned (a kiosk paired before keys were pinned, or a key written in), so no signature is sealed to it; pair this kiosk with its hub again (petition-kiosk pair --hub URL --code CODE)</source>
        <translation type="unfinished">数据库中有一把密钥存放处从未固定过的中转站封存密钥（在固定密钥之前配对的信息亭，或被写入的密钥），因此不会用它封存任何签名；请将此信息亭与中转站重新配对（petition-kiosk pair --hub URL --code CODE）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py"/>
        <source>the coordinator PIN's record in the database does not match its check in the key store (edited or deleted on the disk), so the admin area stays closed; see docs/hub.md, 'What the tablet trusts', to choose a new PIN</source>
        <translation type="unfinished">数据库中协调员 PIN 的记录与密钥存放处中的校验不符（在磁盘上被修改或删除），因此管理区保持关闭；如要选择新的 PIN，请参阅 docs/hub.md 的 'What the tablet trusts'</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="67"/>
        <source>Our letter to %1</source>
        <translation type="unfinished">我们致%1的信</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="69"/>
        <source>Slide up with your finger to read more.</source>
        <translation type="unfinished">用手指向上滑动，继续阅读。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="70"/>
        <source>The petition and the letter</source>
        <translation type="unfinished">请愿书和信</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="71"/>
        <source>I want to sign ➜</source>
        <translation type="unfinished">我要签名 ➜</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="121"/>
        <source>Coordinator PIN</source>
        <translation type="unfinished">协调员密码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="124"/>
        <source>Clear</source>
        <translation type="unfinished">清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
        <source>Clear the PIN</source>
        <translation type="unfinished">清除密码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="128"/>
        <source>Delete last digit</source>
        <translation type="unfinished">删除最后一位数字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="132"/>
        <location filename="../../ui/widgets/pin_pad.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="134"/>
        <source>OK</source>
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="135"/>
        <source>Confirm the PIN</source>
        <translation type="unfinished">确认密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="140"/>
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="145"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>密码错误次数过多。请在 %n 秒后再试。</numerusform>
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
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="130"/>
        <source>Email</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="132"/>
        <source>ZIP code</source>
        <translation type="unfinished">邮政编码（ZIP）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="133"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>Yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="143"/>
        <location filename="../../ui/screens/review.py" line="147"/>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="144"/>
        <source>Email updates</source>
        <translation type="unfinished">电子邮件消息</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="148"/>
        <source>Text messages</source>
        <translation type="unfinished">短信</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="153"/>
        <source>Please check your details</source>
        <translation type="unfinished">请核对您的资料</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="154"/>
        <source>Your signature</source>
        <translation type="unfinished">您的签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>← Change my details</source>
        <translation type="unfinished">← 修改我的资料</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="155"/>
        <source>Change my details</source>
        <translation type="unfinished">修改我的资料</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="156"/>
        <source>Sign the petition</source>
        <translation type="unfinished">签署请愿书</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="87"/>
        <source>Sign with your finger in the box</source>
        <translation type="unfinished">请用手指在框内签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="88"/>
        <source>Your signature will be delivered to %1 with the petition.</source>
        <translation type="unfinished">您的签名将与请愿书一起送交%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="90"/>
        <source>Drawing your signature is optional. You can also continue without it.</source>
        <translation type="unfinished">手写签名是选填的。您也可以不签名继续。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="91"/>
        <source>Sign here</source>
        <translation type="unfinished">在此签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="92"/>
        <source>Signature pad</source>
        <translation type="unfinished">签名板</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear</source>
        <translation type="unfinished">清除</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="93"/>
        <source>Clear the signature</source>
        <translation type="unfinished">清除签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review ➜</source>
        <translation type="unfinished">下一步：核对 ➜</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="94"/>
        <source>Next: review</source>
        <translation type="unfinished">下一步：核对</translation>
    </message>
</context>
<context>
    <name>StartFailureScreen</name>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="47"/>
        <source>This kiosk cannot take signatures right now</source>
        <translation type="unfinished">这台签名机现在无法收集签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="49"/>
        <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
        <translation type="unfinished">这台设备上已保存的签名都完好无损。请找协调员帮忙。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="51"/>
        <source>For the coordinator: %1</source>
        <translation type="unfinished">给协调员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <location filename="../../ui/screens/start_failure.py" line="53"/>
        <source>Close the kiosk</source>
        <translation type="unfinished">关闭签名机</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="99"/>
        <source>Still there?</source>
        <translation type="unfinished">您还在吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="101"/>
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>为了保护您的隐私，此表格将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="102"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished">我还在</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/still_there.py" line="103"/>
        <source>I&apos;m still here, keep my form</source>
        <translation type="unfinished">我还在，保留我的表格</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="59"/>
        <source>Thank you!</source>
        <translation type="unfinished">谢谢您！</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="58"/>
        <source>Thank you, %1!</source>
        <translation type="unfinished">谢谢您，%1！</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="60"/>
        <source>Your signature has been saved. Please pass the tablet to the next person.</source>
        <translation type="unfinished">您的签名已保存。请把平板电脑交给下一位。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="61"/>
        <source>%1 people have signed</source>
        <translation type="unfinished">已有 %1 人签名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="62"/>
        <source>This screen closes in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>此画面将在 %n 秒后关闭。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thank_you.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished">完成</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="142"/>
        <source>%1 signed</source>
        <translation type="unfinished">已有 %1 人签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="144"/>
        <source>Help us reach %1 signatures</source>
        <translation type="unfinished">帮助我们达到 %1 个签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>%1 of %2 signatures</source>
        <translation type="unfinished">%2 个签名中的 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign</source>
        <translation type="unfinished">点击签名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="152"/>
        <source>Tap to sign the petition</source>
        <translation type="unfinished">点击签署请愿书</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="168"/>
        <source>Listen</source>
        <translation type="unfinished">收听</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="183"/>
        <source>No voice for this language</source>
        <translation type="unfinished">此语言没有语音</translation>
    </message>
</context>
<context>
    <name>FieldSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">收听您输入的内容</translation>
    </message>
</context>
<context>
    <name>ValueSpeaker</name>
    <message>
        <location filename="../../ui/widgets/speaker_button.py" line="216"/>
        <source>Listen to what you typed</source>
        <translation type="unfinished">收听您输入的内容</translation>
    </message>
</context>
</TS>
