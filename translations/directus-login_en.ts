<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>That code is not right (%n attempt(s) left).</source>
        <translation>
            <numerusform>That code is not right (%n attempt left).</numerusform>
            <numerusform>That code is not right (%n attempts left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in at most %n day(s)</source>
        <translation>
            <numerusform>in at most %n day</numerusform>
            <numerusform>in at most %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second(s).</source>
        <translation>
            <numerusform>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second.</numerusform>
            <numerusform>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It expires in %1; a new one can be asked for in %n second(s).</source>
        <extracomment>request-code; %1 &quot;in 10 minutes&quot;-like text, %n seconds before a new code.</extracomment>
        <translation>
            <numerusform>It expires in %1; a new one can be asked for in %n second.</numerusform>
            <numerusform>It expires in %1; a new one can be asked for in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message numerus="yes">
        <source>%n-digit code</source>
        <extracomment>Placeholder of the code field; %n is the number of digits expected.</extracomment>
        <translation>
            <numerusform>%n-digit code</numerusform>
            <numerusform>%n-digit code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message numerus="yes">
        <source>The code has %n digits. It can take a minute to arrive.</source>
        <extracomment>Under the code field. %n is the number of digits of the code.</extracomment>
        <translation>
            <numerusform>The code has %n digit. It can take a minute to arrive.</numerusform>
            <numerusform>The code has %n digits. It can take a minute to arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code from the text message.</source>
        <extracomment>%n is the number of digits the code should have.</extracomment>
        <translation>
            <numerusform>Type the %n digit of the code from the text message.</numerusform>
            <numerusform>Type all %n digits of the code from the text message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend code in %n s</source>
        <extracomment>The resend button while counting down; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Resend code in %n s</numerusform>
            <numerusform>Resend code in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. Attempts left: %n.</source>
        <extracomment>After a wrong code; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>That code is not right. Attempts left: %n.</numerusform>
            <numerusform>That code is not right. Attempts left: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>Next to the code field; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>%n try left</numerusform>
            <numerusform>%n tries left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s).</source>
        <translation>
            <numerusform>In about %n minute.</numerusform>
            <numerusform>In about %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectusClient</name>
    <message numerus="yes">
        <source>%1 accepted the request but did not answer within %n second(s). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>
            <numerusform>%1 accepted the request but did not answer within %n second. Try again later; if it keeps happening, tell the server&apos;s administrator.</numerusform>
            <numerusform>%1 accepted the request but did not answer within %n seconds. Try again later; if it keeps happening, tell the server&apos;s administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s). Check the address and your connection.</source>
        <translation>
            <numerusform>Could not connect to %1 within %n second. Check the address and your connection.</numerusform>
            <numerusform>Could not connect to %1 within %n seconds. Check the address and your connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowReply</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskPinPanel</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <extracomment>Too many wrong administrator PINs in a row.</extracomment>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n s.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskVisit</name>
    <message numerus="yes">
        <source>Type all %n digits of the code.</source>
        <extracomment>On the kiosk&apos;s code screen, when Sign in is touched too early.</extracomment>
        <translation>
            <numerusform>Type the %n digit of the code.</numerusform>
            <numerusform>Type all %n digits of the code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code expires in about %n minute(s).</source>
        <translation>
            <numerusform>The code expires in about %n minute.</numerusform>
            <numerusform>The code expires in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>On the kiosk&apos;s code screen; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>%n try left</numerusform>
            <numerusform>%n tries left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <extracomment>The kiosk&apos;s resend button while it waits; %n is seconds.</extracomment>
        <translation>
            <numerusform>New code in %n s</numerusform>
            <numerusform>New code in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>This screen clears in %n s.</source>
        <extracomment>Under the kiosk&apos;s welcome (or error) message.</extracomment>
        <translation>
            <numerusform>This screen clears in %n s.</numerusform>
            <numerusform>This screen clears in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything entered here will be cleared in %n s. Touch the screen to continue.</source>
        <extracomment>The kiosk&apos;s idle warning. %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Everything entered here will be cleared in %n s. Touch the screen to continue.</numerusform>
            <numerusform>Everything entered here will be cleared in %n s. Touch the screen to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.</extracomment>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>Next to the network log&apos;s filter. %n is the number of requests.</extracomment>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied with secrets. The clipboard is cleared in %n s.</source>
        <extracomment>After Copy as cURL with secrets. %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>Copied with secrets. The clipboard is cleared in %n s.</numerusform>
            <numerusform>Copied with secrets. The clipboard is cleared in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <extracomment>The Send code button while a new code cannot be asked for yet.</extracomment>
        <translation>
            <numerusform>Send again in %n s</numerusform>
            <numerusform>Send again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms.</source>
        <translation>
            <numerusform>Connected: %1 answered in %n ms.</numerusform>
            <numerusform>Connected: %1 answered in %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms, and both flows answer.</source>
        <translation>
            <numerusform>Connected: %1 answered in %n ms, and both flows answer.</numerusform>
            <numerusform>Connected: %1 answered in %n ms, and both flows answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message numerus="yes">
        <source>A code was just sent to this number. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>A code was just sent to this number. You can ask for a new one in %n second.</numerusform>
            <numerusform>A code was just sent to this number. You can ask for a new one in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused more codes for this number for now. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server refused more codes for this number for now. Try again in %n second.</numerusform>
            <numerusform>The server refused more codes for this number for now. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
