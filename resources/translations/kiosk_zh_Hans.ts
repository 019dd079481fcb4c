<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/screens/welcome.py" line="18" />
            <source>English</source>
            <translation type="unfinished">简体中文</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <location filename="../../ui/screens/form.py" line="285" />
            <source>First name</source>
            <translation type="unfinished">名字（请用拼音）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="286" />
            <source>Last name</source>
            <translation type="unfinished">姓氏（请用拼音）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="287" />
            <source>Email</source>
            <translation type="unfinished">电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="288" />
            <source>Mobile phone</source>
            <translation type="unfinished">手机号码</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="289" />
            <source>ZIP code</source>
            <translation type="unfinished">邮政编码（ZIP）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="290" />
            <source>Street address</source>
            <translation type="unfinished">街道地址</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="297" />
            <source>phone</source>
            <translation type="unfinished">电话</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="297" />
            <source>email</source>
            <translation type="unfinished">电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="298" />
            <source>%1 (or %2)</source>
            <translation type="unfinished">%1（或%2）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="300" />
            <source>%1 (optional)</source>
            <translation type="unfinished">%1（选填）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="306" />
            <source>I agree to receive updates</source>
            <translation type="unfinished">我同意接收最新消息</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="308" />
            <source>Updates are optional. Your signature counts either way.</source>
            <translation type="unfinished">接收消息是自愿的。无论如何，您的签名都会被计入。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="309" />
            <source>Next: sign ➜</source>
            <translation type="unfinished">下一步：签名 ➜</translation>
        </message>
        <message>
            <location filename="../../ui/screens/form.py" line="309" />
            <source>Next: sign</source>
            <translation type="unfinished">下一步：签名</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../ui/kiosk_window.py" line="610" />
            <source>← Back</source>
            <translation type="unfinished">← 返回</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="610" />
            <source>Back</source>
            <translation type="unfinished">返回</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="611" />
            <source>Start over</source>
            <translation type="unfinished">重新开始</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="612" />
            <source>A+ Larger text</source>
            <translation type="unfinished">A+ 放大文字</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="612" />
            <source>Larger text</source>
            <translation type="unfinished">放大文字</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="671" />
            <source>Coordinator PIN</source>
            <translation type="unfinished">协调员密码</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="681" />
            <source>That PIN is not right.</source>
            <translation type="unfinished">密码不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="710" />
            <location filename="../../ui/kiosk_window.py" line="725" />
            <source>Enter the new PIN (4 to 12 digits)</source>
            <translation type="unfinished">请输入新密码（4 到 12 位数字）</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="716" />
            <source>A PIN has 4 to 12 digits.</source>
            <translation type="unfinished">密码为 4 到 12 位数字。</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="720" />
            <source>Enter the new PIN again</source>
            <translation type="unfinished">请再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../ui/kiosk_window.py" line="726" />
            <source>The two PINs were different. Please start again.</source>
            <translation type="unfinished">两次输入的密码不一样。请重新开始。</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>Please enter your first name.</source>
            <translation type="unfinished">请用拼音（拉丁字母）输入您的名字，例如 Xiuying。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>Please enter your last name.</source>
            <translation type="unfinished">请用拼音（拉丁字母）输入您的姓氏，例如 Wang。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>Please enter your email address.</source>
            <translation type="unfinished">请输入您的电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>Please enter your phone number.</source>
            <translation type="unfinished">请输入您的电话号码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>Please enter your ZIP code.</source>
            <translation type="unfinished">请输入您的邮政编码（ZIP）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>Please enter your street address.</source>
            <translation type="unfinished">请输入您的街道地址。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>This field is required.</source>
            <translation type="unfinished">此项为必填。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="38" />
            <source>This is too long. Please shorten it.</source>
            <translation type="unfinished">内容太长，请缩短。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>This email address doesn't look right. Example: name@example.com</source>
            <translation type="unfinished">这个电子邮件地址似乎不对。例如：name@example.com</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>This phone number doesn't look right. Example: 213 555 0123</source>
            <translation type="unfinished">这个电话号码似乎不对。例如：213 555 0123</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>A ZIP code has 5 digits, for example 90011.</source>
            <translation type="unfinished">邮政编码（ZIP）为 5 位数字，例如 90011。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>Please give an email address or a phone number so we can count your signature.</source>
            <translation type="unfinished">请留下电子邮件地址或电话号码，以便我们计入您的签名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>Please sign in the box with your finger.</source>
            <translation type="unfinished">请用手指在框内签名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>Good news: you have already signed this petition. Thank you! Each person can sign once.</source>
            <translation type="unfinished">好消息：您已经签过这份请愿书了。谢谢您！每人只能签一次。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="64" />
            <source>Your signature could not be saved right now. Nothing you typed was lost. Please tap “Sign the petition” again, or ask a volunteer for help.</source>
            <translation type="unfinished">您的签名暂时无法保存。您输入的内容都没有丢失。请再按一次“签署请愿书”，或请志愿者帮忙。</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="250" />
            <source>Switch letters</source>
            <translation type="unfinished">切换字母</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="143" />
            <source>Delete</source>
            <translation type="unfinished">删除</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="144" />
            <source>Capital letter</source>
            <translation type="unfinished">大写字母</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="145" />
            <source>space</source>
            <translation type="unfinished">空格</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="145" />
            <source>Space</source>
            <translation type="unfinished">空格</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="147" />
            <source>Next ➜</source>
            <translation type="unfinished">下一项 ➜</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="147" />
            <source>Next field</source>
            <translation type="unfinished">下一个栏位</translation>
        </message>
    </context>
    <context>
        <name>PetitionScreen</name>
        <message>
            <location filename="../../ui/screens/petition.py" line="67" />
            <source>Our letter to %1</source>
            <translation type="unfinished">我们致%1的信</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="69" />
            <source>Slide up with your finger to read more.</source>
            <translation type="unfinished">用手指向上滑动，继续阅读。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="70" />
            <source>The petition and the letter</source>
            <translation type="unfinished">请愿书和信</translation>
        </message>
        <message>
            <location filename="../../ui/screens/petition.py" line="71" />
            <source>I want to sign ➜</source>
            <translation type="unfinished">我要签名 ➜</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="121" />
            <source>Coordinator PIN</source>
            <translation type="unfinished">协调员密码</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="124" />
            <source>Clear</source>
            <translation type="unfinished">清除</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="125" />
            <source>Clear the PIN</source>
            <translation type="unfinished">清除密码</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="128" />
            <source>Delete last digit</source>
            <translation type="unfinished">删除最后一位数字</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="132" />
            <location filename="../../ui/widgets/pin_pad.py" line="133" />
            <source>Cancel</source>
            <translation type="unfinished">取消</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="134" />
            <source>OK</source>
            <translation type="unfinished">确定</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="135" />
            <source>Confirm the PIN</source>
            <translation type="unfinished">确认密码</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pin_pad.py" line="140" />
            <source>%n digit(s) entered</source>
            <translation type="unfinished">
                <numerusform>已输入 %n 位数字</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pin_pad.py" line="145" />
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>密码错误次数过多。请在 %n 秒后再试。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../ui/screens/review.py" line="110" />
            <source>Name</source>
            <translation type="unfinished">姓名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="111" />
            <source>Email</source>
            <translation type="unfinished">电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="112" />
            <source>Phone</source>
            <translation type="unfinished">电话</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="113" />
            <source>ZIP code</source>
            <translation type="unfinished">邮政编码（ZIP）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="114" />
            <source>Address</source>
            <translation type="unfinished">地址</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="122" />
            <source>Yes</source>
            <translation type="unfinished">是</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="122" />
            <source>No</source>
            <translation type="unfinished">否</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="123" />
            <source>Updates</source>
            <translation type="unfinished">接收消息</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="127" />
            <source>Please check your details</source>
            <translation type="unfinished">请核对您的资料</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="128" />
            <source>Your signature</source>
            <translation type="unfinished">您的签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="129" />
            <source>← Change my details</source>
            <translation type="unfinished">← 修改我的资料</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="129" />
            <source>Change my details</source>
            <translation type="unfinished">修改我的资料</translation>
        </message>
        <message>
            <location filename="../../ui/screens/review.py" line="130" />
            <source>Sign the petition</source>
            <translation type="unfinished">签署请愿书</translation>
        </message>
    </context>
    <context>
        <name>SignatureScreen</name>
        <message>
            <location filename="../../ui/screens/signature.py" line="87" />
            <source>Sign with your finger in the box</source>
            <translation type="unfinished">请用手指在框内签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="88" />
            <source>Your signature will be delivered to %1 with the petition.</source>
            <translation type="unfinished">您的签名将与请愿书一起送交%1。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="90" />
            <source>Drawing your signature is optional. You can also continue without it.</source>
            <translation type="unfinished">手写签名是选填的。您也可以不签名继续。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="91" />
            <source>Sign here</source>
            <translation type="unfinished">在此签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="92" />
            <source>Signature pad</source>
            <translation type="unfinished">签名板</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="93" />
            <source>Clear</source>
            <translation type="unfinished">清除</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="93" />
            <source>Clear the signature</source>
            <translation type="unfinished">清除签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="94" />
            <source>Next: review ➜</source>
            <translation type="unfinished">下一步：核对 ➜</translation>
        </message>
        <message>
            <location filename="../../ui/screens/signature.py" line="94" />
            <source>Next: review</source>
            <translation type="unfinished">下一步：核对</translation>
        </message>
    </context>
    <context>
        <name>StartFailureScreen</name>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="68" />
            <source>This device has no safe place to keep the key that protects signatures.</source>
            <translation type="unfinished">这台设备没有安全的地方存放保护签名的密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="70" />
            <source>The key that protects the signatures on this device is missing or wrong.</source>
            <translation type="unfinished">这台设备上保护签名的密钥丢失或不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="72" />
            <source>The signature database on this device could not be opened.</source>
            <translation type="unfinished">无法打开这台设备上的签名数据库。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="73" />
            <source>Something this kiosk needs to keep signatures safe is not working.</source>
            <translation type="unfinished">这台签名机保护签名安全所需的某个部分出了问题。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="76" />
            <source>This kiosk cannot take signatures right now</source>
            <translation type="unfinished">这台签名机现在无法收集签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="78" />
            <source>Signatures already saved on this device are untouched. Please ask the coordinator for help.</source>
            <translation type="unfinished">这台设备上已保存的签名都完好无损。请找协调员帮忙。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="80" />
            <source>For the coordinator: %1</source>
            <translation type="unfinished">给协调员：%1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="81" />
            <source>Close</source>
            <translation type="unfinished">关闭</translation>
        </message>
        <message>
            <location filename="../../ui/screens/start_failure.py" line="81" />
            <source>Close the kiosk</source>
            <translation type="unfinished">关闭签名机</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="99" />
            <source>Still there?</source>
            <translation type="unfinished">您还在吗？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/still_there.py" line="101" />
            <source>For your privacy, this form will be cleared in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>为了保护您的隐私，此表格将在 %n 秒后清除。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="102" />
            <source>I'm still here</source>
            <translation type="unfinished">我还在</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/still_there.py" line="103" />
            <source>I'm still here, keep my form</source>
            <translation type="unfinished">我还在，保留我的表格</translation>
        </message>
    </context>
    <context>
        <name>ThankYouScreen</name>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="79" />
            <location filename="../../ui/screens/thank_you.py" line="83" />
            <source>Thank you!</source>
            <translation type="unfinished">谢谢您！</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="82" />
            <source>Thank you, %1!</source>
            <translation type="unfinished">谢谢您，%1！</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="84" />
            <source>Your signature has been saved. Please pass the tablet to the next person.</source>
            <translation type="unfinished">您的签名已保存。请把平板电脑交给下一位。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="85" />
            <source>%1 people have signed</source>
            <translation type="unfinished">已有 %1 人签名</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/thank_you.py" line="86" />
            <source>This screen closes in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>此画面将在 %n 秒后关闭。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/thank_you.py" line="90" />
            <source>Done</source>
            <translation type="unfinished">完成</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/screens/welcome.py" line="131" />
            <source>%1 signed</source>
            <translation type="unfinished">已有 %1 人签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="132" />
            <source>Help us reach %1 signatures</source>
            <translation type="unfinished">帮助我们达到 %1 个签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="133" />
            <source>%1 of %2 signatures</source>
            <translation type="unfinished">%2 个签名中的 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="140" />
            <source>Tap to sign</source>
            <translation type="unfinished">点击签名</translation>
        </message>
        <message>
            <location filename="../../ui/screens/welcome.py" line="140" />
            <source>Tap to sign the petition</source>
            <translation type="unfinished">点击签署请愿书</translation>
        </message>
    </context>
</TS>
