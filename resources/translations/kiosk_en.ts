<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="18" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="129" />
        <source>%n digit(s) entered</source>
        <translation><numerusform>%n digit entered</numerusform><numerusform>%n digits entered</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="134" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/still_there.py" line="96" />
        <source>For your privacy, this form will be cleared in %n second(s).</source>
        <translation><numerusform>For your privacy, this form will be cleared in %n second.</numerusform><numerusform>For your privacy, this form will be cleared in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/thank_you.py" line="80" />
        <source>This screen closes in %n second(s).</source>
        <translation><numerusform>This screen closes in %n second.</numerusform><numerusform>This screen closes in %n seconds.</numerusform></translation>
    </message>
</context>
</TS>