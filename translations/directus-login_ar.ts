<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinning &quot;please wait&quot; indicator.</extracomment>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>الأمر &quot;%1&quot; غير معروف. الأوامر: %2.</translation>
    </message>
    <message>
        <source>Run &quot;directus-login --help&quot; for the commands and options.</source>
        <translation>شغّل &quot;directus-login --help&quot; لعرض الأوامر والخيارات.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>التشخيص: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <source>the demo server</source>
        <extracomment>The server in &quot;Signed in to %1 as %2&quot;, &quot;Not signed in to %1&quot;, &quot;Signed out of %1&quot;, &quot;rejected by %1&quot; (so in German the dative: &quot;dem Demo-Server&quot;).</extracomment>
        <translation>خادم العرض التجريبي</translation>
    </message>
    <message>
        <source>%1 needs --phone NUMBER.</source>
        <translation>يحتاج %1 إلى --phone NUMBER.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as GB or US.</source>
        <translation>&quot;%1&quot; ليس رمز بلد. استخدم رمز ISO من حرفين مثل GB أو US.</translation>
    </message>
    <message>
        <source>[demo SMS] %1</source>
        <translation>[رسالة SMS تجريبية] %1</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>أُرسل الرمز إلى %1.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>الجلسة: %1</translation>
    </message>
    <message>
        <source>Demo code: %1</source>
        <translation>الرمز التجريبي: %1</translation>
    </message>
    <message>
        <source>Next: directus-login verify --session %1 --code CODE</source>
        <translation>الخطوة التالية: directus-login verify --session %1 --code CODE</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>تم تسجيل الدخول إلى %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>تم تسجيل الدخول إلى %1 باسم %2.</translation>
    </message>
    <message>
        <source>Token kept in %1.</source>
        <translation>رمز الوصول محفوظ في: %1.</translation>
    </message>
    <message>
        <source>verify needs --session UUID and --code CODE.</source>
        <translation>يحتاج verify إلى --session UUID و--code CODE.</translation>
    </message>
    <message>
        <source>The code must have %1 to %2 digits.</source>
        <translation>يجب أن يتكون الرمز من %1 إلى %2 أرقام.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempt(s) left).</source>
        <translation>
            <numerusform>هذا الرمز غير صحيح (لم تبقَ أي محاولة).</numerusform>
            <numerusform>هذا الرمز غير صحيح (بقيت محاولة واحدة).</numerusform>
            <numerusform>هذا الرمز غير صحيح (بقيت محاولتان).</numerusform>
            <numerusform>هذا الرمز غير صحيح (بقيت %n محاولات).</numerusform>
            <numerusform>هذا الرمز غير صحيح (بقيت %n محاولة).</numerusform>
            <numerusform>هذا الرمز غير صحيح (بقيت %n محاولة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1. Enter the code: </source>
        <translation>أُرسل الرمز إلى %1. أدخل الرمز: </translation>
    </message>
    <message>
        <source>(filled in from the demo SMS)
</source>
        <translation>(أُخذ من رسالة SMS التجريبية)
</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>لم يُدخَل أي رمز.</translation>
    </message>
    <message>
        <source>The token in %1 was rejected by %2: your session ended (signed in elsewhere or revoked). Sign in again: directus-login sign-in --phone NUMBER</source>
        <translation>رفض %2 رمز الوصول المحفوظ في %1: انتهت جلستك (سُجّل الدخول من مكان آخر أو أُلغي). سجّل الدخول مرة أخرى: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Token: %1 (%2)</source>
        <translation>رمز الوصول: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with: directus-login sign-in --phone NUMBER</source>
        <translation>لم تسجّل الدخول إلى %1. سجّل الدخول بالأمر: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Signed out of %1; the token was removed from %2.</source>
        <translation>تم تسجيل الخروج من %1؛ وأُزيل رمز الوصول من %2.</translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to remove.</source>
        <translation>لم تسجّل الدخول إلى %1؛ لا يوجد ما يُزال.</translation>
    </message>
    <message>
        <source>api needs a path, for example: directus-login api /users/me</source>
        <translation>يحتاج api إلى مسار، مثلاً: directus-login api /users/me</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 at offset %2.</source>
        <translation>قيمة --data ليست JSON صالحًا: %1 عند الموضع %2.</translation>
    </message>
    <message>
        <source>Directus server address (or DIRECTUS_URL).</source>
        <translation>عنوان خادم Directus (أو DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>Sign-in flow: its id or trigger URL (or DIRECTUS_LOGIN_FLOW).</source>
        <translation>تدفق تسجيل الدخول: معرّفه أو رابط مشغّله (أو DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>Verification flow: its id or trigger URL (or DIRECTUS_VERIFY_FLOW).</source>
        <translation>تدفق التحقق: معرّفه أو رابط مشغّله (أو DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>Use the named profile (server and flows) from the configuration.</source>
        <translation>استخدام ملف التعريف المسمّى (الخادم والتدفقات) من الإعدادات.</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no network, simulated SMS.</source>
        <translation>استخدام خادم العرض التجريبي المدمج: دون شبكة، ورسائل نصية محاكاة.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>طباعة JSON قابل للقراءة آليًا.</translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>تسجيل كل طلب واستجابة في stderr، مع إخفاء البيانات السرية.</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without progress (default 20).</source>
        <translation>التخلي عن الطلب بعد هذا العدد من الثواني دون تقدّم (الافتراضي 20).</translation>
    </message>
    <message>
        <source>Call the flows with POST and a JSON body instead of GET.</source>
        <translation>استدعاء التدفقات بـ POST مع محتوى JSON بدلاً من GET.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this machine.</source>
        <translation>السماح بـ http:// غير المشفّر لخادم ليس على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>الوثوق أيضًا بجهات الشهادات الموجودة في ملف PEM هذا.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the phone number, in any format.</source>
        <translation>request-code وsign-in: رقم الهاتف بأي صيغة.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the country of a number without +, as an ISO code (GB).</source>
        <translation>request-code وsign-in: بلد الرقم الذي لا يبدأ بـ +، كرمز ISO (GB).</translation>
    </message>
    <message>
        <source>verify: the otp_session_uuid from request-code.</source>
        <translation>verify: قيمة otp_session_uuid من request-code.</translation>
    </message>
    <message>
        <source>verify: the code from the SMS.</source>
        <translation>verify: الرمز الوارد في الرسالة النصية.</translation>
    </message>
    <message>
        <source>api: the HTTP method (default GET).</source>
        <translation>api: طريقة HTTP (الافتراضية GET).</translation>
    </message>
    <message>
        <source>api: a JSON request body.</source>
        <translation>api: محتوى طلب بصيغة JSON.</translation>
    </message>
    <message>
        <source>A session of this device (%1); it ends %2 unless it is used again.</source>
        <extracomment>status: a Directus session of this device. %1 device name, %2 a date.</extracomment>
        <translation>جلسة لهذا الجهاز (%1)؛ تنتهي %2 ما لم تُستخدم مرة أخرى.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>when the server says</source>
        <translation>متى قرر الخادم ذلك</translation>
    </message>
    <message>
        <source>A static token: it never expires, and signing out does not end it on the server.</source>
        <translation>رمز ثابت: لا تنتهي صلاحيته أبدًا، وتسجيل الخروج لا يُنهيه على الخادم.</translation>
    </message>
    <message>
        <source>Signed out of %1: the session was ended on the server and removed from %2.</source>
        <translation>تم تسجيل الخروج من %1: أُنهيت الجلسة على الخادم وأُزيلت من %2.</translation>
    </message>
    <message>
        <source>Signed out here: the sign-in was removed from %1. The server could not be reached, so the session stays valid there until it expires (%2); an administrator can end it sooner.</source>
        <translation>تم تسجيل الخروج هنا: أُزيل تسجيل الدخول من %1. تعذّر الوصول إلى الخادم، لذا تبقى الجلسة صالحة هناك حتى تنتهي (%2)؛ ويمكن للمسؤول إنهاؤها قبل ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>in at most %n day(s)</source>
        <translation>
            <numerusform>خلال أقل من يوم</numerusform>
            <numerusform>خلال يوم واحد على الأكثر</numerusform>
            <numerusform>خلال يومين على الأكثر</numerusform>
            <numerusform>خلال %n أيام على الأكثر</numerusform>
            <numerusform>خلال %n يومًا على الأكثر</numerusform>
            <numerusform>خلال %n يوم على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>request-code: the code by a phone call instead (our flows allow it once an SMS was sent).</source>
        <translation>request-code: الرمز عبر مكالمة هاتفية بدلًا من ذلك (تسمح تدفقاتنا بذلك بعد إرسال رسالة SMS).</translation>
    </message>
    <message numerus="yes">
        <source>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second(s).</source>
        <translation>
            <numerusform>لا مكالمة بعد: أُرسل الرمز إلى %1 برسالة SMS قبل لحظات. يمكن طلب مكالمة الآن.</numerusform>
            <numerusform>لا مكالمة بعد: أُرسل الرمز إلى %1 برسالة SMS قبل لحظات. يمكن طلب مكالمة بعد ثانية واحدة.</numerusform>
            <numerusform>لا مكالمة بعد: أُرسل الرمز إلى %1 برسالة SMS قبل لحظات. يمكن طلب مكالمة بعد ثانيتين.</numerusform>
            <numerusform>لا مكالمة بعد: أُرسل الرمز إلى %1 برسالة SMS قبل لحظات. يمكن طلب مكالمة بعد %n ثوانٍ.</numerusform>
            <numerusform>لا مكالمة بعد: أُرسل الرمز إلى %1 برسالة SMS قبل لحظات. يمكن طلب مكالمة بعد %n ثانية.</numerusform>
            <numerusform>لا مكالمة بعد: أُرسل الرمز إلى %1 برسالة SMS قبل لحظات. يمكن طلب مكالمة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling %1 with the code.</source>
        <translation>جارٍ الاتصال بـ %1 لقراءة الرمز.</translation>
    </message>
    <message numerus="yes">
        <source>It expires in %1; a new one can be asked for in %n second(s).</source>
        <extracomment>request-code; %1 &quot;in 10 minutes&quot;-like text, %n seconds before a new code.</extracomment>
        <translation>
            <numerusform>تنتهي صلاحيته خلال %1؛ ويمكن طلب رمز جديد الآن.</numerusform>
            <numerusform>تنتهي صلاحيته خلال %1؛ ويمكن طلب رمز جديد بعد ثانية واحدة.</numerusform>
            <numerusform>تنتهي صلاحيته خلال %1؛ ويمكن طلب رمز جديد بعد ثانيتين.</numerusform>
            <numerusform>تنتهي صلاحيته خلال %1؛ ويمكن طلب رمز جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>تنتهي صلاحيته خلال %1؛ ويمكن طلب رمز جديد بعد %n ثانية.</numerusform>
            <numerusform>تنتهي صلاحيته خلال %1؛ ويمكن طلب رمز جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>no keychain is running on this machine.</source>
        <translation>لا تعمل أي سلسلة مفاتيح على هذا الجهاز.</translation>
    </message>
    <message>
        <source>the keychain is locked.</source>
        <translation>سلسلة المفاتيح مقفلة.</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>لم تستجب سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>the keychain refused.</source>
        <translation>رفضت سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above works until %1; use it as DIRECTUS_TOKEN.</source>
        <translation>لم يُحفظ شيء. يعمل الرمز أعلاه حتى %1؛ استخدمه في DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above does not expire; use it as DIRECTUS_TOKEN.</source>
        <translation>لم يُحفظ شيء. لا تنتهي صلاحية الرمز أعلاه؛ استخدمه في DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: keep the sign-in in a file of yours (mode 0600) instead of the keychain, for machines that have none. Anyone who can read your files can use it.</source>
        <translation>sign-in وrequest-code وverify: احفظ تسجيل الدخول في ملف خاص بك (الوضع 0600) بدلًا من سلسلة المفاتيح، للأجهزة التي لا تملكها. يمكن لأي شخص يستطيع قراءة ملفاتك استخدامه.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: print the access token once and store nothing (keep it yourself, e.g. as DIRECTUS_TOKEN).</source>
        <translation>sign-in وrequest-code وverify: اطبع رمز الوصول مرة واحدة ولا تحفظ شيئًا (احتفظ به بنفسك، مثلًا في DIRECTUS_TOKEN).</translation>
    </message>
    <message>
        <source>Unlock the keyring (for example by signing in to the desktop) and try again</source>
        <translation>افتح قفل سلسلة المفاتيح (مثلًا بتسجيل الدخول إلى سطح المكتب) وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>Start a keyring (gnome-keyring or KWallet) and try again</source>
        <translation>شغّل سلسلة مفاتيح (gnome-keyring أو KWallet) وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>The sign-in could not be kept here: %1 Nothing was sent. %2, or add --insecure-storage (kept in a file of yours, mode 0600) or --print-token (printed once, nothing stored).</source>
        <extracomment>sign-in, request-code, verify on a machine whose keychain cannot be used. %1 says why, %2 what to do.</extracomment>
        <translation>تعذّر حفظ تسجيل الدخول هنا: %1 لم يُرسل شيء. %2، أو أضف ‎--insecure-storage (يُحفظ في ملف خاص بك، الوضع 0600) أو ‎--print-token (يُطبع مرة واحدة، ولا يُحفظ شيء).</translation>
    </message>
    <message>
        <source>Not signed in to the demo server: demo sign-ins are not saved (demo: not saved), so each command starts signed out. Try: %1</source>
        <extracomment>status, logout, token with --demo: each command is a new demo server. %1 is a command with a test number, shown as it is.</extracomment>
        <translation>لم تسجّل الدخول إلى الخادم التجريبي: لا تُحفظ تسجيلات الدخول التجريبية (تجريبي: غير محفوظ)، لذا يبدأ كل أمر دون تسجيل دخول. جرّب: %1</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message numerus="yes">
        <source>%n-digit code</source>
        <extracomment>Placeholder of the code field; %n is the number of digits expected.</extracomment>
        <translation>
            <numerusform>رمز بلا أرقام</numerusform>
            <numerusform>رمز من رقم واحد</numerusform>
            <numerusform>رمز من رقمين</numerusform>
            <numerusform>رمز من %n أرقام</numerusform>
            <numerusform>رمز من %n رقمًا</numerusform>
            <numerusform>رمز من %n رقم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <source>Type or paste the code from the text message.</source>
        <translation>اكتب الرمز الوارد في الرسالة النصية أو الصقه.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>تغيير الرقم (&amp;H)</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>تغيير الرقم</translation>
    </message>
    <message>
        <source>Goes back to the phone number. The code sent so far will no longer work.</source>
        <translation>يعود إلى رقم الهاتف. لن يعمل الرمز المُرسَل حتى الآن بعد ذلك.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>الرمز (&amp;C)</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>الرمز الوارد في الرسالة النصية</translation>
    </message>
    <message>
        <source>Digits only; the code is checked as soon as it is complete.</source>
        <translation>أرقام فقط؛ يُتحقَّق من الرمز فور اكتماله.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>تسجيل الدخول (&amp;I)</translation>
    </message>
    <message>
        <source>Sign in with this code</source>
        <translation>تسجيل الدخول بهذا الرمز</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>إعادة إرسال الرمز (&amp;R)</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>إعادة إرسال الرمز</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>حاول مرة أخرى (&amp;T)</translation>
    </message>
    <message>
        <source>Try to save the sign-in again</source>
        <translation>حاول حفظ تسجيل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in for this session only</source>
        <translation>أبقني مسجَّل الدخول لهذه الجلسة فقط (&amp;K)</translation>
    </message>
    <message>
        <source>Keep me signed in for this session only</source>
        <translation>أبقني مسجَّل الدخول لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>The sign-in stays in memory and is forgotten when Directus Login closes.</source>
        <translation>يبقى تسجيل الدخول في الذاكرة ويُنسى عند إغلاق Directus Login.</translation>
    </message>
    <message>
        <source>For this session only: you stay signed in until you close Directus Login, and need a new code next time.</source>
        <translation>لهذه الجلسة فقط: تبقى مسجَّل الدخول حتى تغلق Directus Login، وستحتاج إلى رمز جديد في المرة القادمة.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>أرسلنا رمزًا إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits. It can take a minute to arrive.</source>
        <extracomment>Under the code field. %n is the number of digits of the code.</extracomment>
        <translation>
            <numerusform>الرمز بلا أرقام. قد يستغرق وصوله دقيقة.</numerusform>
            <numerusform>الرمز من رقم واحد. قد يستغرق وصوله دقيقة.</numerusform>
            <numerusform>الرمز من رقمين. قد يستغرق وصوله دقيقة.</numerusform>
            <numerusform>الرمز من %n أرقام. قد يستغرق وصوله دقيقة.</numerusform>
            <numerusform>الرمز من %n رقمًا. قد يستغرق وصوله دقيقة.</numerusform>
            <numerusform>الرمز من %n رقم. قد يستغرق وصوله دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code from the text message.</source>
        <extracomment>%n is the number of digits the code should have.</extracomment>
        <translation>
            <numerusform>اكتب أرقام الرمز الوارد في الرسالة النصية.</numerusform>
            <numerusform>اكتب رقم الرمز الوارد في الرسالة النصية.</numerusform>
            <numerusform>اكتب رقمَي الرمز الوارد في الرسالة النصية.</numerusform>
            <numerusform>اكتب أرقام الرمز الـ %n الواردة في الرسالة النصية.</numerusform>
            <numerusform>اكتب أرقام الرمز الـ %n الواردة في الرسالة النصية.</numerusform>
            <numerusform>اكتب أرقام الرمز الـ %n الواردة في الرسالة النصية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend code in %n s</source>
        <extracomment>The resend button while counting down; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>إعادة إرسال الرمز الآن</numerusform>
            <numerusform>إعادة إرسال الرمز بعد ثانية واحدة</numerusform>
            <numerusform>إعادة إرسال الرمز بعد ثانيتين</numerusform>
            <numerusform>إعادة إرسال الرمز بعد %n ثوانٍ</numerusform>
            <numerusform>إعادة إرسال الرمز بعد %n ثانية</numerusform>
            <numerusform>إعادة إرسال الرمز بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your sign-in</source>
        <extracomment>The code page&apos;s title once the code was right but the sign-in could not be stored.</extracomment>
        <translation>احتفظ بتسجيل دخولك</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the code is checked with the server.</extracomment>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>جارٍ إرسال رمز جديد…</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <extracomment>While the token is written to the keychain.</extracomment>
        <translation>جارٍ حفظ تسجيل دخولك…</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. Attempts left: %n.</source>
        <extracomment>After a wrong code; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>هذا الرمز غير صحيح. لم تبقَ أي محاولة.</numerusform>
            <numerusform>هذا الرمز غير صحيح. بقيت محاولة واحدة.</numerusform>
            <numerusform>هذا الرمز غير صحيح. بقيت محاولتان.</numerusform>
            <numerusform>هذا الرمز غير صحيح. بقيت %n محاولات.</numerusform>
            <numerusform>هذا الرمز غير صحيح. بقيت %n محاولة.</numerusform>
            <numerusform>هذا الرمز غير صحيح. بقيت %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is on its way to %1. The earlier code no longer works.</source>
        <translation>رمز جديد في طريقه إلى %1. لم يعد الرمز السابق يعمل.</translation>
    </message>
    <message>
        <source>Signed in, but your keychain is locked</source>
        <extracomment>Heading when the token cannot be stored because the keychain is locked.</extracomment>
        <translation>تم تسجيل الدخول، لكن سلسلة المفاتيح مقفلة</translation>
    </message>
    <message>
        <source>Signed in, but no keychain is available</source>
        <translation>تم تسجيل الدخول، لكن لا تتوفر سلسلة مفاتيح</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep your sign-in</source>
        <translation>تم تسجيل الدخول، لكن سلسلة المفاتيح رفضت حفظ تسجيل دخولك</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not answer</source>
        <translation>تم تسجيل الدخول، لكن سلسلة المفاتيح لم تستجب</translation>
    </message>
    <message>
        <source>Signed in, but your sign-in could not be saved</source>
        <translation>تم تسجيل الدخول، لكن تعذّر حفظ تسجيل دخولك</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>غير متاح بعد: يمكنك طلب رمز جديد بعد قليل.</translation>
    </message>
    <message>
        <source>Your code was right. Choose how to go on.</source>
        <extracomment>The code page&apos;s subtitle once the code was right but the sign-in could not be stored.</extracomment>
        <translation>الرمز صحيح. اختر كيف تتابع.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be checked</source>
        <extracomment>Heading when the code was right but /users/me could not say who signed in.</extracomment>
        <translation>الرمز صحيح، لكن تعذّر التحقق من تسجيل الدخول</translation>
    </message>
    <message>
        <source>When the code expires</source>
        <translation>متى تنتهي صلاحية الرمز</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>ا&amp;تصل بي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>اتصل بي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>The code is read to you in a phone call to the same number.</source>
        <translation>يُقرأ عليك الرمز في مكالمة هاتفية إلى الرقم نفسه.</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>نتصل بـ %1 لقراءة رمزك.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>Next to the code field; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>لم تبقَ محاولات</numerusform>
            <numerusform>بقيت محاولة واحدة</numerusform>
            <numerusform>بقيت محاولتان</numerusform>
            <numerusform>بقيت %n محاولات</numerusform>
            <numerusform>بقيت %n محاولة</numerusform>
            <numerusform>بقيت %n محاولة</numerusform>
        </translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>تنتهي صلاحية الرمز خلال %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s).</source>
        <translation>
            <numerusform>خلال أقل من دقيقة.</numerusform>
            <numerusform>خلال دقيقة تقريبًا.</numerusform>
            <numerusform>خلال دقيقتين تقريبًا.</numerusform>
            <numerusform>خلال %n دقائق تقريبًا.</numerusform>
            <numerusform>خلال %n دقيقة تقريبًا.</numerusform>
            <numerusform>خلال %n دقيقة تقريبًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>انتهت الصلاحية.</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>سيرنّ هاتفك %1 بعد لحظات: سيقرأ صوتٌ الرمز.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Nothing is configured yet. Give the server&apos;s address (--server or DIRECTUS_URL) and the ids or trigger URLs of the sign-in flow (--login-flow) and the verification flow (--verify-flow).</source>
        <translation>لم يُضبط أي شيء بعد. أدخل عنوان الخادم (--server أو DIRECTUS_URL) ومعرّفات أو روابط مشغّل تدفق تسجيل الدخول (--login-flow) وتدفق التحقق (--verify-flow).</translation>
    </message>
    <message>
        <source>No flows are configured. Give the ids or trigger URLs of the sign-in flow (--login-flow or DIRECTUS_LOGIN_FLOW) and the verification flow (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>لم يُضبط أي تدفق. أدخل معرّفات أو روابط مشغّل تدفق تسجيل الدخول (--login-flow أو DIRECTUS_LOGIN_FLOW) وتدفق التحقق (--verify-flow أو DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No sign-in flow is configured. Give its id or trigger URL (--login-flow or DIRECTUS_LOGIN_FLOW).</source>
        <translation>لم يُضبط تدفق تسجيل الدخول. أدخل معرّفه أو رابط مشغّله (--login-flow أو DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>No verification flow is configured. Give its id or trigger URL (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>لم يُضبط تدفق التحقق. أدخل معرّفه أو رابط مشغّله (--verify-flow أو DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No Directus server is configured. Give its address (--server or DIRECTUS_URL), or paste the flows&apos; full trigger URLs.</source>
        <translation>لم يُضبط أي خادم Directus. أدخل عنوانه (--server أو DIRECTUS_URL)، أو الصق روابط مشغّل التدفقات كاملة.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>تعذّرت قراءة أي شهادة من %1.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Matching countries</source>
        <extracomment>Accessible name of the list of countries matching the search.</extracomment>
        <translation>البلدان المطابقة</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>عرض كل البلدان</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>البلد أو المنطقة</translation>
    </message>
    <message>
        <source>Type a country name, its two-letter code or its calling code, then press Enter.</source>
        <translation>اكتب اسم بلد أو رمزه المكوّن من حرفين أو رمز الاتصال الخاص به، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 is its name, %2 its calling code with its + (&quot;United Kingdom (+44)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by name, code or %1</source>
        <extracomment>Placeholder of the country field: what the search accepts. %1 is a calling code (&quot;+44&quot;).</extracomment>
        <translation>ابحث بالاسم أو الرمز أو %1</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The stored sign-in cannot be read (it was written by another version). Sign in again.</source>
        <translation>تعذّرت قراءة تسجيل الدخول المحفوظ (كتبه إصدار آخر). سجّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>CredentialLock</name>
    <message>
        <source>The sign-in could not be renewed safely: its lock file cannot be written. Check that the runtime folder can be written, then try again.</source>
        <translation>تعذّر تجديد تسجيل الدخول بأمان: لا يمكن كتابة ملف القفل الخاص به. تحقق من أن مجلد التشغيل قابل للكتابة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Another Directus Login is renewing this sign-in and did not finish. Try again.</source>
        <translation>نسخة أخرى من Directus Login تجدد تسجيل الدخول هذا ولم تنتهِ بعد. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Your Directus code is %1. It expires in 5 minutes.</source>
        <extracomment>The demo server&apos;s simulated SMS. %1 is the 6-digit code.</extracomment>
        <translation>رمز Directus الخاص بك هو %1. تنتهي صلاحيته بعد 5 دقائق.</translation>
    </message>
    <message>
        <source>Signs in as Ada Lovelace</source>
        <translation>يسجّل الدخول باسم Ada Lovelace</translation>
    </message>
    <message>
        <source>Signs in; the server shows only the user id</source>
        <translation>يسجّل الدخول؛ ويعرض الخادم معرّف المستخدم فقط</translation>
    </message>
    <message>
        <source>Unknown user: no code is sent</source>
        <translation>مستخدم غير معروف: لا يُرسَل أي رمز</translation>
    </message>
    <message>
        <source>The SMS provider is down</source>
        <translation>مزوّد الرسائل النصية متوقف</translation>
    </message>
    <message>
        <source>Too many attempts: wait 30 seconds</source>
        <translation>محاولات كثيرة جدًا: انتظر 30 ثانية</translation>
    </message>
    <message>
        <source>The server answers too late (time-out)</source>
        <translation>يجيب الخادم متأخرًا جدًا (انتهت المهلة)</translation>
    </message>
    <message>
        <source>The flow fails (server error)</source>
        <translation>يفشل التدفق (خطأ في الخادم)</translation>
    </message>
    <message>
        <source>The code expires at once</source>
        <translation>تنتهي صلاحية الرمز فورًا</translation>
    </message>
    <message>
        <source>The SMS provider is down when the code is checked</source>
        <translation>يتوقف مزوّد الرسائل النصية عند التحقق من الرمز</translation>
    </message>
    <message>
        <source>Tutorial bug: an empty answer</source>
        <translation>خطأ من الدرس التعليمي: استجابة فارغة</translation>
    </message>
    <message>
        <source>Tutorial bug: no session in the answer</source>
        <translation>خطأ من الدرس التعليمي: لا جلسة في الاستجابة</translation>
    </message>
    <message>
        <source>Tutorial bug: the provider&apos;s password in the answer</source>
        <translation>خطأ من الدرس التعليمي: كلمة مرور المزوّد في الاستجابة</translation>
    </message>
    <message>
        <source>Tutorial bug: the flow returns nothing</source>
        <translation>خطأ من الدرس التعليمي: لا يعيد التدفق شيئًا</translation>
    </message>
    <message>
        <source>Tutorial bug: no token after the right code</source>
        <translation>خطأ من الدرس التعليمي: لا رمز وصول بعد الرمز الصحيح</translation>
    </message>
    <message>
        <source>Tutorial bug: the token &quot;undefined&quot;</source>
        <translation>خطأ من الدرس التعليمي: رمز الوصول &quot;undefined&quot;</translation>
    </message>
    <message>
        <source>A captive portal answers with a web page</source>
        <translation>تجيب بوابة مقيِّدة بصفحة ويب</translation>
    </message>
    <message>
        <source>The sign-in cannot be checked once; Try again works</source>
        <translation>يتعذّر التحقق من تسجيل الدخول مرة واحدة؛ وتنجح &quot;المحاولة مجددًا&quot;</translation>
    </message>
    <message>
        <source>Phone call from Directus: your code is %1. Once more: %1.</source>
        <extracomment>The demo server&apos;s simulated phone call (&quot;Call me instead&quot;). %1 is the 6-digit code.</extracomment>
        <translation>مكالمة من Directus: رمزك هو %1. مرة أخرى: %1.</translation>
    </message>
    <message>
        <source>Signs in; the server tells nothing about the code</source>
        <translation>يسجّل الدخول؛ ولا يخبر الخادم بشيء عن الرمز</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>تعذّر حفظ التقرير في %1: %2</translation>
    </message>
</context>
<context>
    <name>DigitKeypad</name>
    <message>
        <source>Clear</source>
        <extracomment>Keypad key that empties the field.</extracomment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>إفراغ الحقل</translation>
    </message>
    <message>
        <source>⌫</source>
        <extracomment>Keypad key that deletes the last digit (an erase-to-the-left symbol).</extracomment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Keypad key that confirms (like Enter on a keyboard).</extracomment>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>DirectusClient</name>
    <message>
        <source>No valid server address is configured.</source>
        <translation>لم يُضبط عنوان خادم صالح.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP, which would send your code and token unencrypted. Use an https:// address, or allow plain HTTP explicitly (--allow-http) on a network you trust.</source>
        <translation>يستخدم %1 بروتوكول HTTP غير المشفّر، ما يعني إرسال الرمز ورمز الوصول دون تشفير. استخدم عنوان https://، أو اسمح بـ HTTP صراحةً (--allow-http) على شبكة تثق بها.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not %2, so the connection was refused: this may not be the server you meant. Check the address, or tell the server&apos;s administrator.</source>
        <extracomment>%1 the names in the certificate, %2 the server address the person gave.</extracomment>
        <translation>شهادة الخادم صادرة لـ %1 وليس لـ %2، لذا رُفض الاتصال: قد لا يكون هذا هو الخادم الذي تقصده. تحقّق من العنوان، أو أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1, so the connection to %2 was refused. Tell the server&apos;s administrator to renew it.</source>
        <extracomment>%1 the date the certificate expired (YYYY-MM-DD), %2 the server.</extracomment>
        <translation>انتهت صلاحية شهادة الخادم في %1، لذا رُفض الاتصال بـ %2. اطلب من مسؤول الخادم تجديدها.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1, so the connection to %2 was refused. Check this computer&apos;s date and time.</source>
        <translation>شهادة الخادم غير صالحة قبل %1، لذا رُفض الاتصال بـ %2. تحقّق من تاريخ هذا الحاسوب ووقته.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issued by %1), so the connection to %2 was refused. If the server uses your organisation&apos;s own certificate authority, start the app with --ca-file.</source>
        <extracomment>%1 who issued the certificate, %2 the server.</extracomment>
        <translation>شهادة الخادم غير موثوقة (أصدرتها %1)، لذا رُفض الاتصال بـ %2. إن كان الخادم يستخدم جهة الشهادات الخاصة بمؤسستك، فشغّل التطبيق مع --ca-file.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>رُفض الاتصال الآمن بـ %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (the server does not speak TLS as expected). Check the address and port.</source>
        <translation>تعذّر إنشاء اتصال آمن بـ %1 (لا يتعامل الخادم بـ TLS كما هو متوقع). تحقّق من العنوان والمنفذ.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check the address and that the server is running.</source>
        <translation>تعذّر الاتصال بـ %1: رفض الخادم الاتصال. تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>تعذّر العثور على الخادم %1. تحقّق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Check your connection and try again.</source>
        <translation>انقطع الاتصال بـ %1. تحقّق من اتصالك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>لم يردّ %1 في الوقت المحدد. تحقّق من اتصالك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The network proxy refused or failed the connection to %1. Check the proxy settings.</source>
        <translation>رفض وكيل الشبكة (proxy) الاتصال بـ %1 أو فشل في إجرائه. تحقّق من إعدادات الوكيل.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times (a redirect loop), so it was stopped. Tell the server&apos;s administrator.</source>
        <translation>أعاد %1 توجيه الطلب مرات كثيرة جدًا (حلقة إعادة توجيه)، لذا أُوقف. أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <source>%1 redirected the request to plain HTTP; it was not followed, so nothing was sent unencrypted.</source>
        <translation>أعاد %1 توجيه الطلب إلى HTTP غير مشفّر؛ لم تُتَّبع إعادة التوجيه، لذا لم يُرسَل أي شيء دون تشفير.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>فشل الطلب إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 sent far more data than a sign-in needs; the answer was refused.</source>
        <translation>أرسل %1 بيانات أكثر بكثير مما يحتاجه تسجيل الدخول؛ لذلك رُفض الرد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request but did not answer within %n second(s). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>
            <numerusform>قبل %1 الطلب لكنه لم يردّ فورًا. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</numerusform>
            <numerusform>قبل %1 الطلب لكنه لم يردّ خلال ثانية واحدة. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</numerusform>
            <numerusform>قبل %1 الطلب لكنه لم يردّ خلال ثانيتين. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</numerusform>
            <numerusform>قبل %1 الطلب لكنه لم يردّ خلال %n ثوانٍ. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</numerusform>
            <numerusform>قبل %1 الطلب لكنه لم يردّ خلال %n ثانية. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</numerusform>
            <numerusform>قبل %1 الطلب لكنه لم يردّ خلال %n ثانية. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s). Check the address and your connection.</source>
        <translation>
            <numerusform>تعذّر الاتصال بـ %1 فورًا. تحقّق من العنوان ومن اتصالك.</numerusform>
            <numerusform>تعذّر الاتصال بـ %1 خلال ثانية واحدة. تحقّق من العنوان ومن اتصالك.</numerusform>
            <numerusform>تعذّر الاتصال بـ %1 خلال ثانيتين. تحقّق من العنوان ومن اتصالك.</numerusform>
            <numerusform>تعذّر الاتصال بـ %1 خلال %n ثوانٍ. تحقّق من العنوان ومن اتصالك.</numerusform>
            <numerusform>تعذّر الاتصال بـ %1 خلال %n ثانية. تحقّق من العنوان ومن اتصالك.</numerusform>
            <numerusform>تعذّر الاتصال بـ %1 خلال %n ثانية. تحقّق من العنوان ومن اتصالك.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to another site (%2); it was not followed, so nothing was sent there.</source>
        <translation>أعاد %1 توجيه الطلب إلى موقع آخر (%2)؛ لم تُتَّبع إعادة التوجيه، لذا لم يُرسَل إليه أي شيء.</translation>
    </message>
</context>
<context>
    <name>FlowRef</name>
    <message>
        <source>Enter the flow&apos;s id or paste its trigger URL.</source>
        <translation>أدخل معرّف التدفق أو الصق رابط مشغّله.</translation>
    </message>
    <message>
        <source>This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on the flow&apos;s webhook trigger in Directus.</source>
        <translation>هذا ليس معرّف تدفق ولا رابط مشغّل. الصق رابط المشغّل الظاهر في مشغّل webhook الخاص بالتدفق في Directus.</translation>
    </message>
    <message>
        <source>This URL is not a flow trigger URL: it should end in /flows/trigger/ followed by the flow&apos;s id.</source>
        <translation>هذا الرابط ليس رابط مشغّل تدفق: يجب أن ينتهي بـ /flows/trigger/ متبوعًا بمعرّف التدفق.</translation>
    </message>
    <message>
        <source>This address cannot be read. Check the host name, and that the port after the colon is a number (https://cms.example.com:8443).</source>
        <translation>تتعذّر قراءة هذا العنوان. تحقّق من اسم المضيف، ومن أن المنفذ بعد النقطتين رقم (https://cms.example.com:8443).</translation>
    </message>
    <message>
        <source>Enter the address of your Directus server.</source>
        <translation>أدخل عنوان خادم Directus الخاص بك.</translation>
    </message>
    <message>
        <source>This is not a server address. Use the form https://cms.example.com.</source>
        <translation>هذا ليس عنوان خادم. استخدم الصيغة https://cms.example.com.</translation>
    </message>
</context>
<context>
    <name>FlowReply</name>
    <message>
        <source>The server answered with a web page instead of Directus data. Check the server address; on a public network, you may first need to sign in to the network in your browser.</source>
        <translation>ردّ الخادم بصفحة ويب بدلاً من بيانات Directus. تحقّق من عنوان الخادم؛ وعلى شبكة عامة قد تحتاج أولاً إلى تسجيل الدخول إلى الشبكة من متصفحك.</translation>
    </message>
    <message>
        <source>HTML instead of JSON: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML بدلاً من JSON: رابط خادم خاطئ، أو وكيل (proxy)، أو بوابة مقيّدة (captive portal).</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered nothing. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>لم يُرجع %1 في الخادم أي رد. أبلغ مسؤول الخادم؛ توضّح التفاصيل ما يجب إصلاحه.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned nothing (HTTP 204). Make the last operation return the reply object.</source>
        <translation>لم تُرجع آخر عملية في التدفق شيئًا (HTTP 204). اجعل آخر عملية تُرجع كائن الرد.</translation>
    </message>
    <message>
        <source>The server did not accept this phone number. Check it and try again.</source>
        <translation>لم يقبل الخادم رقم الهاتف هذا. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not accept this code. Check it and try again.</source>
        <translation>لم يقبل الخادم هذا الرمز. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>لم يقبل الخادم الطلب.</translation>
    </message>
    <message>
        <source>No account on this server uses this phone number. Check the number, or ask the server&apos;s administrator to add it to your account.</source>
        <translation>لا يستخدم أي حساب على هذا الخادم رقم الهاتف هذا. تحقّق من الرقم، أو اطلب من مسؤول الخادم إضافته إلى حسابك.</translation>
    </message>
    <message>
        <source>This code has expired or has been used too many times. Ask for a new code.</source>
        <translation>انتهت صلاحية هذا الرمز أو استُخدم مرات كثيرة. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>That code is not right. Check the SMS and try again.</source>
        <translation>هذا الرمز غير صحيح. تحقّق من الرسالة النصية وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your session ended (signed in elsewhere or revoked). Sign in again.</source>
        <translation>انتهت جلستك (سُجّل الدخول من مكان آخر أو أُلغي). سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused to run its %1. Check the flow&apos;s id or trigger URL; the details say what else to check.</source>
        <translation>رفض الخادم تشغيل %1 الخاص به. تحقّق من معرّف التدفق أو رابط مشغّله؛ توضّح التفاصيل ما يجب التحقق منه أيضًا.</translation>
    </message>
    <message>
        <source>Directus answers 403 on a trigger URL when the flow id is wrong, the flow is inactive, or the flow&apos;s webhook expects another method (GET or POST).</source>
        <translation>يردّ Directus بالرمز 403 على رابط مشغّل عندما يكون معرّف التدفق خاطئًا، أو يكون التدفق غير نشط، أو يتوقع webhook التدفق طريقة أخرى (GET أو POST).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>حسابك غير مسموح له بفعل هذا.</translation>
    </message>
    <message>
        <source>The server has no such flow. Check the server address and the flow&apos;s trigger URL.</source>
        <translation>لا يوجد تدفق كهذا على الخادم. تحقّق من عنوان الخادم ورابط مشغّل التدفق.</translation>
    </message>
    <message>
        <source>404 on a trigger URL: the server address (or its path) is wrong, or this is not a Directus server.</source>
        <translation>‏404 على رابط مشغّل: عنوان الخادم (أو مساره) خاطئ، أو أن هذا ليس خادم Directus.</translation>
    </message>
    <message>
        <source>The server has nothing at this address.</source>
        <translation>لا يوجد شيء على الخادم في هذا العنوان.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>كان الطلب أكبر مما يقبله الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى الآن.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server had a problem running its %1. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>واجه الخادم مشكلة في تشغيل %1 الخاص به. حاول مرة أخرى لاحقًا؛ وإن تكرر ذلك فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <source>HTTP 500 from a flow: one of its operations threw. See the flow&apos;s logs in Directus.</source>
        <translation>‏HTTP 500 من تدفق: ألقت إحدى عملياته خطأً. راجع سجلات التدفق في Directus.</translation>
    </message>
    <message>
        <source>The server is not reachable through its gateway right now. Try again later.</source>
        <translation>لا يمكن الوصول إلى الخادم عبر بوابته حاليًا. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The SMS service is not available right now. Try again in a few minutes.</source>
        <translation>خدمة الرسائل النصية غير متاحة حاليًا. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>HTTP 503 from a flow: the SMS provider is down or refused the request.</source>
        <translation>‏HTTP 503 من تدفق: مزوّد الرسائل النصية متوقف أو رفض الطلب.</translation>
    </message>
    <message>
        <source>The server is not available right now. Try again in a few minutes.</source>
        <translation>الخادم غير متاح حاليًا. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The server answered something this app cannot read.</source>
        <translation>ردّ الخادم بشيء لا يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1). Try again later.</source>
        <translation>ردّ الخادم بخطأ غير متوقع (HTTP %1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered something that is not valid data. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>أرجع %1 في الخادم شيئًا ليس بيانات صالحة. أبلغ مسؤول الخادم؛ توضّح التفاصيل ما يجب إصلاحه.</translation>
    </message>
    <message>
        <source>The server answered something that is not valid data.</source>
        <translation>ردّ الخادم بشيء ليس بيانات صالحة.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation must return a JSON object.</source>
        <translation>يجب أن تُرجع آخر عملية في التدفق كائن JSON.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not a Directus server.</source>
        <translation>ردّ شيء ما على هذا العنوان، لكنه ليس خادم Directus.</translation>
    </message>
    <message>
        <source>HTML instead of &quot;pong&quot;: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML بدلاً من &quot;pong&quot;: رابط خادم خاطئ، أو وكيل (proxy)، أو بوابة مقيّدة (captive portal).</translation>
    </message>
    <message>
        <source>sign-in flow</source>
        <comment>the Directus flow that sends the SMS</comment>
        <translation>تدفق تسجيل الدخول</translation>
    </message>
    <message>
        <source>verification flow</source>
        <comment>the Directus flow that checks the code</comment>
        <translation>تدفق التحقق</translation>
    </message>
    <message>
        <source>server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in flow is not set up correctly, so no code can be sent. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>تدفق تسجيل الدخول في الخادم غير مُعَدّ بشكل صحيح، لذا لا يمكن إرسال أي رمز. أبلغ مسؤول الخادم؛ توضّح التفاصيل ما يجب إصلاحه.</translation>
    </message>
    <message>
        <source>The server&apos;s verification flow is not set up correctly, so your code could not be checked. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>تدفق التحقق في الخادم غير مُعَدّ بشكل صحيح، لذا تعذّر التحقق من رمزك. أبلغ مسؤول الخادم؛ توضّح التفاصيل ما يجب إصلاحه.</translation>
    </message>
    <message>
        <source>The flow returns the SMS provider&apos;s raw reply, including the request headers with the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation, turn on &quot;error on reject&quot;, and make the last operation return only %1.</source>
        <translation>يُرجع التدفق رد مزوّد الرسائل النصية الخام، بما في ذلك ترويسات الطلب التي تحمل بيانات اعتماد المزوّد. أضف مسار رفض ينتهي بعملية &quot;Throw Error&quot;، وفعّل &quot;error on reject&quot;، واجعل آخر عملية تُرجع %1 فقط.</translation>
    </message>
    <message>
        <source>The flow returns a network error object from its Request URL operation (the SMS provider could not be reached), which can carry the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation with status 503.</source>
        <translation>يُرجع التدفق كائن خطأ شبكة من عملية &quot;Request URL&quot; (تعذّر الوصول إلى مزوّد الرسائل النصية)، وقد يحمل بيانات اعتماد المزوّد. أضف مسار رفض ينتهي بعملية &quot;Throw Error&quot; بالحالة 503.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned an empty object: a &quot;Run Script&quot; operation probably threw. Look at the flow&apos;s logs in Directus.</source>
        <translation>أرجعت آخر عملية في التدفق كائنًا فارغًا: ربما ألقت عملية &quot;Run Script&quot; خطأً. راجع سجلات التدفق في Directus.</translation>
    </message>
    <message>
        <source>The flow answered the session id &quot;undefined&quot;: the &quot;Deliver OTP Session&quot; operation reads a path that does not exist. It should return data.create_otp_session.data.session_uuid.</source>
        <translation>ردّ التدفق بمعرّف الجلسة &quot;undefined&quot;: تقرأ العملية &quot;Deliver OTP Session&quot; مسارًا غير موجود. يجب أن تُرجع data.create_otp_session.data.session_uuid.</translation>
    </message>
    <message>
        <source>The flow answered without otp_session_uuid: the &quot;Deliver OTP Session&quot; operation is missing, not the last operation, or returns something else.</source>
        <translation>ردّ التدفق دون otp_session_uuid: العملية &quot;Deliver OTP Session&quot; مفقودة، أو ليست آخر عملية، أو تُرجع شيئًا آخر.</translation>
    </message>
    <message>
        <source>The flow answered the token &quot;%1&quot;: the &quot;Update User Account&quot; operation reads {{$last.token}}, which does not exist there. It must never store or return such a token — anyone could sign in with it. The token was not stored.</source>
        <translation>ردّ التدفق برمز الوصول &quot;%1&quot;: تقرأ العملية &quot;Update User Account&quot; القيمة {{$last.token}} غير الموجودة هناك. يجب ألا تحفظ مثل هذا الرمز أو تُرجعه أبدًا — فبإمكان أي شخص تسجيل الدخول به. لم يُحفظ رمز الوصول.</translation>
    </message>
    <message>
        <source>The flow answered a token that cannot be a real one (too short, too long, or with spaces or control characters). Make &quot;Generate Session Token&quot; produce at least 16 printable characters. The token was not stored.</source>
        <translation>ردّ التدفق برمز وصول لا يمكن أن يكون حقيقيًا (قصير جدًا أو طويل جدًا أو فيه مسافات أو محارف تحكّم). اجعل &quot;Generate Session Token&quot; يُنتج 16 محرفًا قابلاً للطباعة على الأقل. لم يُحفظ رمز الوصول.</translation>
    </message>
    <message>
        <source>The flow answered {&quot;message&quot;:null}: &quot;Generate Session Token&quot; reads data.$last.message, which is always empty, so no token is ever issued. It should read the provider&apos;s reply under data.$last.data.message (the tutorial&apos;s bug).</source>
        <translation>ردّ التدفق بـ {&quot;message&quot;:null}: تقرأ &quot;Generate Session Token&quot; القيمة data.$last.message الفارغة دائمًا، لذا لا يصدر أي رمز وصول أبدًا. يجب أن تقرأ رد المزوّد من data.$last.data.message (خطأ في الدليل التعليمي).</translation>
    </message>
    <message>
        <source>The flow accepted the code but answered without a token: &quot;Generate Session Token&quot; or &quot;Update User Account&quot; did not run, or the last operation returns the provider&apos;s reply instead of {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>قبل التدفق الرمز لكنه ردّ دون رمز وصول: لم تُشغَّل &quot;Generate Session Token&quot; أو &quot;Update User Account&quot;، أو أن آخر عملية تُرجع رد المزوّد بدلاً من {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>لم يُقبل هذا الرمز. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The flow answered HTTP 200 without a token instead of a 401 INVALID_OTP error. Turn on &quot;error on reject&quot; and end the failure path in a &quot;Throw Error&quot; operation.</source>
        <translation>ردّ التدفق بـ HTTP 200 دون رمز وصول بدلاً من الخطأ 401 INVALID_OTP. فعّل &quot;error on reject&quot; واجعل مسار الفشل ينتهي بعملية &quot;Throw Error&quot;.</translation>
    </message>
    <message>
        <source>The flow answered without a token: the last operation should return {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>ردّ التدفق دون رمز وصول: يجب أن تُرجع آخر عملية {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>Something answered at the %1&apos;s address, but not as a Directus flow does.</source>
        <translation>أجاب شيء ما على عنوان %1، لكن ليس كما يجيب تدفق Directus.</translation>
    </message>
    <message>
        <source>A flow answers JSON; this answer is not.</source>
        <translation>يجيب التدفق بصيغة JSON؛ وهذه الاستجابة ليست كذلك.</translation>
    </message>
    <message>
        <source>The %1 did not answer as a flow does.</source>
        <translation>لم يُجب %1 كما يجيب التدفق.</translation>
    </message>
    <message>
        <source>You were signed out by the server: your account is suspended. Ask the server&apos;s administrator.</source>
        <translation>سجّل الخادم خروجك: حسابك موقوف. راجع مسؤول الخادم.</translation>
    </message>
    <message>
        <source>You were signed out by the server (the sign-in was revoked, has expired, or your account changed). Sign in again.</source>
        <translation>سجّل الخادم خروجك (أُلغي تسجيل الدخول أو انتهت صلاحيته أو تغيّر حسابك). سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to renewing the sign-in cannot be read. Try again later.</source>
        <translation>لا يمكن قراءة رد الخادم على تجديد تسجيل الدخول. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again after %1.</source>
        <translation>جُرّبت رموز كثيرة جدًا لهذا الرقم اليوم. حاول مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again tomorrow after %1.</source>
        <translation>جُرّبت رموز كثيرة جدًا لهذا الرقم اليوم. حاول مرة أخرى غدًا بعد %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again after %1.</source>
        <translation>أُرسلت رموز كثيرة جدًا إلى هذا الرقم اليوم. حاول مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again tomorrow after %1.</source>
        <translation>أُرسلت رموز كثيرة جدًا إلى هذا الرقم اليوم. حاول مرة أخرى غدًا بعد %1.</translation>
    </message>
</context>
<context>
    <name>KioskHandOff</name>
    <message>
        <source>No application is configured to start after sign-in (KioskExec or --exec).</source>
        <translation>لم يُضبط أي تطبيق ليبدأ بعد تسجيل الدخول (KioskExec أو --exec).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s application could not be started. Ask the administrator to check the command (KioskExec).</source>
        <translation>تعذّر تشغيل تطبيق الكشك. اطلب من المسؤول التحقق من الأمر (KioskExec).</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>The administrator PIN hash (KioskPinHash) cannot be read. Make a new one with &quot;directus-login kiosk-pin&quot;.</source>
        <translation>تتعذّر قراءة بصمة رمز PIN للمسؤول (KioskPinHash). أنشئ بصمة جديدة بالأمر &quot;directus-login kiosk-pin&quot;.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits (0–9), so that it can be typed on the kiosk&apos;s keypad.</source>
        <translation>يجب أن يتكوّن رمز PIN من %1 إلى %2 أرقام (0–9) ليمكن كتابته على لوحة أرقام الكشك.</translation>
    </message>
</context>
<context>
    <name>KioskPinCommand</name>
    <message>
        <source>Makes the hash of a kiosk&apos;s administrator PIN (%1 to %2 digits) for the system configuration file. From a terminal it asks twice and shows nothing; otherwise it reads one line from standard input. Prints the line to put in [General] of /etc/xdg/directus-login/directus-login.conf.</source>
        <translation>ينشئ بصمة رمز PIN لمسؤول الكشك (من %1 إلى %2 أرقام) لملف إعدادات النظام. في الطرفية يطلبه مرتين دون إظهار شيء؛ وإلا فإنه يقرأ سطرًا واحدًا من الإدخال القياسي. يطبع السطر الذي يوضع في [General] من الملف /etc/xdg/directus-login/directus-login.conf.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default %1).</source>
        <translation>عدد تكرارات PBKDF2 (الافتراضي %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>الأمر.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login kiosk-pin --help&apos;.</source>
        <translation>جرّب &quot;directus-login kiosk-pin --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument; the PIN is read from the terminal or standard input, never from the command line (where other users can see it)</source>
        <extracomment>Do not pass the PIN as an argument: the error that says so.</extracomment>
        <translation>وسيط غير متوقع؛ يُقرأ رمز PIN من الطرفية أو من الإدخال القياسي، وليس أبدًا من سطر الأوامر (حيث يمكن لمستخدمين آخرين رؤيته)</translation>
    </message>
    <message>
        <source>--iterations must be a number from %1 to %2</source>
        <translation>يجب أن تكون قيمة --iterations عددًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>Administrator PIN: </source>
        <translation>رمز PIN للمسؤول: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN was given.</source>
        <translation>directus-login kiosk-pin: لم يُدخَل أي رمز PIN.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>رمز PIN نفسه مرة أخرى: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: the two PINs differ; nothing was made.</source>
        <translation>directus-login kiosk-pin: رمزا PIN مختلفان؛ لم يُنشأ أي شيء.</translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN on standard input.</source>
        <translation>directus-login kiosk-pin: لا يوجد رمز PIN في الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Put this line in [General] of the system configuration file (/etc/xdg/directus-login/directus-login.conf). It is read from that file only.</source>
        <translation>ضع هذا السطر في [General] من ملف إعدادات النظام (/etc/xdg/directus-login/directus-login.conf). لا يُقرأ إلا من ذلك الملف.</translation>
    </message>
</context>
<context>
    <name>KioskPinPanel</name>
    <message>
        <source>Administrator</source>
        <extracomment>Title of the kiosk&apos;s administrator panel.</extracomment>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <extracomment>Accessible name of the kiosk administrator&apos;s PIN field.</extracomment>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <extracomment>Administrator panel: quits the kiosk application.</extracomment>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Show the configuration</source>
        <extracomment>Administrator panel: shows the configuration in effect (no secrets).</extracomment>
        <translation>عرض الإعدادات</translation>
    </message>
    <message>
        <source>Back to the sign-in</source>
        <extracomment>Administrator panel: closes the panel and goes back to the sign-in.</extracomment>
        <translation>العودة إلى تسجيل الدخول</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so this kiosk cannot be left from the screen. Make one with &quot;directus-login kiosk-pin&quot; and put the line it prints in the system configuration file.</source>
        <translation>لم يُعيَّن رمز PIN للمسؤول، لذا لا يمكن الخروج من هذا الكشك من الشاشة. أنشئ رمزًا بالأمر &quot;directus-login kiosk-pin&quot; وضع السطر الذي يطبعه في ملف إعدادات النظام.</translation>
    </message>
    <message>
        <source>Enter the administrator PIN.</source>
        <extracomment>Kiosk administrator panel, above the PIN field.</extracomment>
        <translation>أدخل رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>Choose what to do. The kiosk clears this panel after a while without a touch.</source>
        <translation>اختر ما تريد فعله. يُغلق الكشك هذه اللوحة بعد فترة دون لمس.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>While the administrator PIN is checked (takes a moment on purpose).</extracomment>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>The administrator PIN was wrong.</extracomment>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <extracomment>Too many wrong administrator PINs in a row.</extracomment>
        <translation>
            <numerusform>رموز PIN خاطئة كثيرة. حاول مرة أخرى الآن.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskVisit</name>
    <message>
        <source>%1  %2</source>
        <extracomment>A country in the kiosk: its name and calling code, &quot;United Kingdom +44&quot;.</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <extracomment>Title of the kiosk&apos;s country screen.</extracomment>
        <translation>اختر بلدك</translation>
    </message>
    <message>
        <source>Search: name or +code</source>
        <extracomment>Placeholder of the kiosk&apos;s country search: a name, a code like &quot;GB&quot; or &quot;+44&quot;.</extracomment>
        <translation>البحث: الاسم أو +الرمز</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>البحث عن البلدان</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <extracomment>Title of the kiosk&apos;s phone screen.</extracomment>
        <translation>رقم هاتفك المحمول</translation>
    </message>
    <message>
        <source>We send you a code by text message.</source>
        <extracomment>Under the title of the kiosk&apos;s phone screen.</extracomment>
        <translation>نرسل إليك رمزًا برسالة نصية.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the kiosk&apos;s phone number field.</extracomment>
        <translation>رقم الهاتف المحمول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>On the kiosk&apos;s phone screen: back to the start without signing in.</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>The kiosk keypad&apos;s wide key on the phone screen.</extracomment>
        <translation>إرسال الرمز</translation>
    </message>
    <message>
        <source>Enter the code</source>
        <extracomment>Title of the kiosk&apos;s code screen.</extracomment>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <extracomment>On the kiosk&apos;s code screen, after a second text message: have the code read out by a call.</extracomment>
        <translation>اتصل بي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Change number</source>
        <extracomment>On the kiosk&apos;s code screen: back to the number.</extracomment>
        <translation>تغيير الرقم</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The kiosk keypad&apos;s wide key on the code screen.</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>The country screen&apos;s primary button: keep this country. %1 is its name.</extracomment>
        <translation>المتابعة مع %1</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code.</source>
        <extracomment>On the kiosk&apos;s code screen, when Sign in is touched too early.</extracomment>
        <translation>
            <numerusform>اكتب أرقام الرمز كلها (%n).</numerusform>
            <numerusform>اكتب رقم الرمز.</numerusform>
            <numerusform>اكتب رقمَي الرمز.</numerusform>
            <numerusform>اكتب أرقام الرمز الـ %n كلها.</numerusform>
            <numerusform>اكتب أرقام الرمز الـ %n كلها.</numerusform>
            <numerusform>اكتب أرقام الرمز الـ %n كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <extracomment>While the kiosk asks the server for a code.</extracomment>
        <translation>جارٍ إرسال الرمز…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the kiosk checks the code with the server.</extracomment>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>جارٍ إرسال رمز جديد…</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>سيرنّ هاتفك %1 بعد لحظات: سيقرأ صوتٌ الرمز.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <translation>رمز جديد في طريقه إلى %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>On the kiosk&apos;s code screen, when the sign-in could not be checked.</extracomment>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>نتصل بـ %1 لقراءة رمزك.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>أرسلنا رمزًا إلى %1.</translation>
    </message>
    <message>
        <source>Code, %1 of %2 digits</source>
        <extracomment>The kiosk&apos;s code boxes, for screen readers: %1 digits typed of %2.</extracomment>
        <translation>الرمز، %1 من %2 أرقام</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>تنتهي صلاحية الرمز خلال %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in about %n minute(s).</source>
        <translation>
            <numerusform>تنتهي صلاحية الرمز خلال أقل من دقيقة.</numerusform>
            <numerusform>تنتهي صلاحية الرمز خلال دقيقة تقريبًا.</numerusform>
            <numerusform>تنتهي صلاحية الرمز خلال دقيقتين تقريبًا.</numerusform>
            <numerusform>تنتهي صلاحية الرمز خلال %n دقائق تقريبًا.</numerusform>
            <numerusform>تنتهي صلاحية الرمز خلال %n دقيقة تقريبًا.</numerusform>
            <numerusform>تنتهي صلاحية الرمز خلال %n دقيقة تقريبًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>On the kiosk&apos;s code screen; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>لم تبقَ محاولات</numerusform>
            <numerusform>بقيت محاولة واحدة</numerusform>
            <numerusform>بقيت محاولتان</numerusform>
            <numerusform>بقيت %n محاولات</numerusform>
            <numerusform>بقيت %n محاولة</numerusform>
            <numerusform>بقيت %n محاولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <extracomment>The kiosk&apos;s resend button while it waits; %n is seconds.</extracomment>
        <translation>
            <numerusform>رمز جديد بعد %n ث</numerusform>
            <numerusform>رمز جديد بعد %n ث</numerusform>
            <numerusform>رمز جديد بعد %n ث</numerusform>
            <numerusform>رمز جديد بعد %n ث</numerusform>
            <numerusform>رمز جديد بعد %n ث</numerusform>
            <numerusform>رمز جديد بعد %n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>The kiosk&apos;s resend button.</extracomment>
        <translation>إرسال رمز جديد</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>غير متاح بعد: يمكنك طلب رمز جديد بعد قليل.</translation>
    </message>
    <message>
        <source>%1, calling code %2</source>
        <extracomment>A country&apos;s row in the kiosk, for screen readers. %2 is its calling code (&quot;+44&quot;).</extracomment>
        <translation>%1، رمز البلد %2</translation>
    </message>
    <message>
        <source>Country: %1, calling code %2. Touch to change.</source>
        <extracomment>The kiosk&apos;s country button, for screen readers.</extracomment>
        <translation>البلد: %1، رمز البلد %2. المس للتغيير.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Directus Login kiosk</source>
        <extracomment>The kiosk window&apos;s title (seen by accessibility tools; the window has no frame).</extracomment>
        <translation>Directus Login – الكشك</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The button in the kiosk&apos;s corner that asks for the administrator PIN.</extracomment>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Administrator: leave kiosk mode (needs the PIN)</source>
        <translation>المسؤول: الخروج من وضع الكشك (يتطلب رمز PIN)</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>On the kiosk&apos;s welcome screen: clears it now for the next person.</extracomment>
        <translation>تم</translation>
    </message>
    <message>
        <source>This kiosk is not set up; ask the administrator.</source>
        <extracomment>Full-screen message of a kiosk whose configuration is incomplete.</extracomment>
        <translation>هذا الكشك غير مُعَدّ؛ اسأل المسؤول.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <extracomment>Title of the kiosk&apos;s idle warning.</extracomment>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kiosk&apos;s welcome after sign-in. %1 is the person&apos;s first name.</extracomment>
        <translation>أهلاً بك</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>أهلاً بك يا %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>While the kiosk starts its application after sign-in.
----------
On the kiosk&apos;s success screen while its application is about to open.</extracomment>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The kiosk&apos;s application did not start after sign-in.</extracomment>
        <translation>حدث خطأ ما</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears in %n s.</source>
        <extracomment>Under the kiosk&apos;s welcome (or error) message.</extracomment>
        <translation>
            <numerusform>ستُمسح هذه الشاشة الآن.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد ثانية واحدة.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد ثانيتين.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانية.</numerusform>
            <numerusform>ستُمسح هذه الشاشة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything entered here will be cleared in %n s. Touch the screen to continue.</source>
        <extracomment>The kiosk&apos;s idle warning. %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>سيُمسح كل ما أُدخل هنا الآن. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيُمسح كل ما أُدخل هنا بعد ثانية واحدة. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيُمسح كل ما أُدخل هنا بعد ثانيتين. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيُمسح كل ما أُدخل هنا بعد %n ثوانٍ. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيُمسح كل ما أُدخل هنا بعد %n ثانية. المس الشاشة للمتابعة.</numerusform>
            <numerusform>سيُمسح كل ما أُدخل هنا بعد %n ثانية. المس الشاشة للمتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with your phone</source>
        <extracomment>The kiosk&apos;s start screen when no organisation is configured (KioskOrganisation).</extracomment>
        <translation>سجّل الدخول برقم هاتفك</translation>
    </message>
    <message>
        <source>Your mobile number and a code by text message are all it takes.</source>
        <extracomment>On the kiosk&apos;s start screen, under the organisation&apos;s name.</extracomment>
        <translation>يكفي رقم هاتفك المحمول ورمز برسالة نصية.</translation>
    </message>
    <message>
        <source>Touch to sign in</source>
        <extracomment>The kiosk&apos;s start screen: its one button (a touch anywhere does the same).</extracomment>
        <translation>المس لتسجيل الدخول</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <extracomment>The kiosk&apos;s success screen, over the welcome.</extracomment>
        <translation>لقد سجّلت الدخول</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>إظهار التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>إخفاء التفاصيل التقنية</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <extracomment>After a &quot;Try again in N seconds&quot; countdown has run out.</extracomment>
        <translation>يمكنك المحاولة مجددًا الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.</extracomment>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا الآن.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا بعد ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <extracomment>The network log window&apos;s title.</extracomment>
        <translation>سجل الشبكة</translation>
    </message>
    <message>
        <source>Filter by URL, method or status</source>
        <extracomment>Placeholder of the network log&apos;s filter field.</extracomment>
        <translation>التصفية حسب الرابط أو الطريقة أو الحالة</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>تصفية الطلبات</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>الطلب والاستجابة</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body, and what went wrong if anything did. Requests appear here as the app makes them.</source>
        <extracomment>The network log&apos;s detail pane before a request is selected.</extracomment>
        <translation>اختر طلبًا لعرض ترويساته ومحتواه، وما الخطأ الذي حدث إن وُجد. تظهر الطلبات هنا كلما أجراها التطبيق.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>نسخ كأمر &amp;cURL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request, secrets masked</source>
        <translation>نسخ أمر curl يكرّر هذا الطلب، مع إخفاء البيانات السرية</translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;Secrets…</source>
        <translation>نسخ كأمر cURL مع البيانات السرية (&amp;S)…</translation>
    </message>
    <message>
        <source>Copy the command with the real code, token and credentials (asks first)</source>
        <translation>نسخ الأمر مع الرمز ورمز الوصول وبيانات الاعتماد الحقيقية (يسأل أولاً)</translation>
    </message>
    <message>
        <source>Copy as cURL, secrets masked</source>
        <translation>نسخ كأمر cURL، مع إخفاء البيانات السرية</translation>
    </message>
    <message>
        <source>The button&apos;s menu has a second choice that copies the command with its secrets.</source>
        <translation>تحتوي قائمة الزر على خيار ثانٍ ينسخ الأمر مع بياناته السرية.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <extracomment>Empties the network log.</extracomment>
        <translation>مسح (&amp;L)</translation>
    </message>
    <message>
        <source>Clear the network log</source>
        <translation>مسح سجل الشبكة</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>إغلاق سجل الشبكة</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>Next to the network log&apos;s filter. %n is the number of requests.</extracomment>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 من %n طلب</numerusform>
            <numerusform>%1 من طلب واحد</numerusform>
            <numerusform>%1 من طلبين</numerusform>
            <numerusform>%1 من %n طلبات</numerusform>
            <numerusform>%1 من %n طلبًا</numerusform>
            <numerusform>%1 من %n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem:</source>
        <extracomment>In the network log, above what the app made of a failed answer.</extracomment>
        <translation>المشكلة:</translation>
    </message>
    <message>
        <source>Likely cause and fix:</source>
        <extracomment>In the network log: the likely misconfiguration and how to fix it follows.</extracomment>
        <translation>السبب المرجّح والحل:</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>الاستجابة</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <extracomment>In the network log while a request has no answer yet.</extracomment>
        <translation>في انتظار الاستجابة…</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <extracomment>%1 HTTP status, %2 duration, %3 size: &quot;HTTP 200 · 41 ms · 1.2 KB&quot;.</extracomment>
        <translation>HTTP %1 · %2 ملي ثانية · %3</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <extracomment>In the network log: no HTTP answer came. %1 is the technical reason.</extracomment>
        <translation>لا استجابة بعد %1 ملي ثانية: %2</translation>
    </message>
    <message>
        <source>Copied, secrets masked.</source>
        <extracomment>After Copy as cURL.</extracomment>
        <translation>نُسخ مع إخفاء البيانات السرية.</translation>
    </message>
    <message>
        <source>Copy with secrets?</source>
        <extracomment>Title of the confirmation before copying a request with its secrets.</extracomment>
        <translation>النسخ مع البيانات السرية؟</translation>
    </message>
    <message>
        <source>The command will contain this request&apos;s code, token or credentials in plain text. Anyone who sees it can sign in as this person.</source>
        <translation>سيحتوي الأمر على الرمز أو رمز الوصول أو بيانات الاعتماد الخاصة بهذا الطلب كنص واضح. أي شخص يراه يمكنه تسجيل الدخول بصفة هذا الشخص.</translation>
    </message>
    <message>
        <source>Paste it only where nobody else can read it, and never into a bug report or chat. The clipboard is cleared after a minute.</source>
        <translation>الصقه فقط حيث لا يستطيع أحد غيرك قراءته، ولا تلصقه أبدًا في تقرير خطأ أو محادثة. تُمسح الحافظة بعد دقيقة.</translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <extracomment>Confirms copying the request with its secrets.</extracomment>
        <translation>النسخ مع البيانات السرية</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>لم يُنسخ أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Copied with secrets. The clipboard is cleared in %n s.</source>
        <extracomment>After Copy as cURL with secrets. %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>نُسخ مع البيانات السرية. ستُمسح الحافظة الآن.</numerusform>
            <numerusform>نُسخ مع البيانات السرية. ستُمسح الحافظة بعد ثانية واحدة.</numerusform>
            <numerusform>نُسخ مع البيانات السرية. ستُمسح الحافظة بعد ثانيتين.</numerusform>
            <numerusform>نُسخ مع البيانات السرية. ستُمسح الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>نُسخ مع البيانات السرية. ستُمسح الحافظة بعد %n ثانية.</numerusform>
            <numerusform>نُسخ مع البيانات السرية. ستُمسح الحافظة بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>pending</source>
        <comment>network log: request not answered yet</comment>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملي ثانية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <extracomment>Under the phone number field when it is empty.</extracomment>
        <translation>أدخل رقم هاتفك.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number. Enter digits only, with + before a country code.</source>
        <extracomment>The phone number field has letters or symbols in it.</extracomment>
        <translation>لا يبدو هذا رقم هاتف. أدخل أرقامًا فقط، مع + قبل رمز البلد.</translation>
    </message>
    <message>
        <source>No country has the country code in this number. Check the digits after + or 00, or choose the country and enter the number without its code.</source>
        <extracomment>The number starts with + (or 00) and a calling code that no country has.</extracomment>
        <translation>لا يوجد بلد يحمل رمز البلد الوارد في هذا الرقم. تحقّق من الأرقام بعد + أو 00، أو اختر البلد وأدخل الرقم دون رمزه.</translation>
    </message>
    <message>
        <source>Choose a country, or enter the number with its country code, starting with +.</source>
        <extracomment>No country is selected and the number has no country code.</extracomment>
        <translation>اختر بلدًا، أو أدخل الرقم مع رمز البلد بادئًا بـ +.</translation>
    </message>
    <message>
        <source>This number is too short. Check that you entered every digit, with the country and area code.</source>
        <translation>هذا الرقم قصير جدًا. تأكّد من إدخال كل الأرقام مع رمز البلد ورمز المنطقة.</translation>
    </message>
    <message>
        <source>This number is too long. Check for extra digits.</source>
        <translation>هذا الرقم طويل جدًا. تحقّق من وجود أرقام زائدة.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number. Check the number and its country code.</source>
        <extracomment>The number has the right length but no such number exists.</extracomment>
        <translation>هذا ليس رقم هاتف صالحًا. تحقّق من الرقم ورمز بلده.</translation>
    </message>
    <message>
        <source>Phone numbers can&apos;t be read: a part of Directus Login is missing or damaged. Reinstall Directus Login.</source>
        <extracomment>The part of the program that reads phone numbers (a plug-in file) could not be loaded.</extracomment>
        <translation>تعذّرت قراءة أرقام الهاتف: جزء من Directus Login مفقود أو تالف. أعد تثبيت Directus Login.</translation>
    </message>
    <message>
        <source>This looks like a landline: codes are sent by text message. Enter a mobile number.</source>
        <extracomment>The number is a real fixed-line (landline) number; codes only go to mobiles.</extracomment>
        <translation>يبدو أن هذا رقم هاتف أرضي: تُرسَل الرموز برسالة نصية. أدخل رقم هاتف محمول.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages (a toll-free, premium-rate or service number). Enter a mobile number.</source>
        <extracomment>A toll-free, premium-rate, shared-cost, pager or voicemail number.</extracomment>
        <translation>لا يمكن لهذا الرقم استقبال الرسائل النصية (رقم مجاني أو بتعرفة خاصة أو رقم خدمة). أدخل رقم هاتف محمول.</translation>
    </message>
    <message>
        <source>This number is too short (%1, %2). Check that you entered every digit, with the area code.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>هذا الرقم قصير جدًا (%1، %2). تأكّد من إدخال كل الأرقام مع رمز المنطقة.</translation>
    </message>
    <message>
        <source>This number is too long (%1, %2). Check for extra digits, or choose the country it belongs to.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>هذا الرقم طويل جدًا (%1، %2). تحقّق من وجود أرقام زائدة، أو اختر البلد الذي ينتمي إليه.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number (%1, %2). Check the number, or choose the country it belongs to.</source>
        <extracomment>The number has the right length but no such number exists in the country. %1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>هذا ليس رقم هاتف صالحًا (%1، %2). تحقّق من الرقم، أو اختر البلد الذي ينتمي إليه.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Sign in with your phone</source>
        <translation>سجّل الدخول برقم هاتفك</translation>
    </message>
    <message>
        <source>We will text you a one-time code. No password needed.</source>
        <translation>سنرسل إليك رمزًا لمرة واحدة في رسالة نصية. لا حاجة إلى كلمة مرور.</translation>
    </message>
    <message>
        <source>&amp;Country or region</source>
        <translation>البلد أو المنطقة (&amp;C)</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>البلد أو المنطقة</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>رقم الهاتف (&amp;P)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code. The code is sent to it by SMS.</source>
        <translation>رقم هاتفك المحمول، مع رمز البلد أو دونه. يُرسَل الرمز إليه في رسالة نصية.</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>إرسال الرمز (&amp;S)</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>إرسال الرمز</translation>
    </message>
    <message>
        <source>Sends a one-time code to this number by SMS.</source>
        <translation>يرسل رمزًا لمرة واحدة إلى هذا الرقم في رسالة نصية.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the phone number field.</extracomment>
        <translation>رقم الهاتف المحمول</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code.</source>
        <extracomment>Under the empty phone number field.</extracomment>
        <translation>رقم هاتفك المحمول، مع رمز البلد أو دونه.</translation>
    </message>
    <message>
        <source>The code will be sent to %1</source>
        <extracomment>The live line under the phone number field. %1 is the number in international format.</extracomment>
        <translation>سيُرسَل الرمز إلى %1</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <extracomment>The Send code button while a new code cannot be asked for yet.</extracomment>
        <translation>
            <numerusform>الإرسال مجددًا الآن</numerusform>
            <numerusform>الإرسال مجددًا بعد ثانية واحدة</numerusform>
            <numerusform>الإرسال مجددًا بعد ثانيتين</numerusform>
            <numerusform>الإرسال مجددًا بعد %n ثوانٍ</numerusform>
            <numerusform>الإرسال مجددًا بعد %n ثانية</numerusform>
            <numerusform>الإرسال مجددًا بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <extracomment>At start, while the stored sign-in is checked with the server.</extracomment>
        <translation>جارٍ التحقق من تسجيل دخولك المحفوظ…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <extracomment>%1 is the phone number.</extracomment>
        <translation>جارٍ إرسال رمز إلى %1…</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be checked. %1</source>
        <extracomment>At start, the stored sign-in could not be checked. %1 says why and what to do.</extracomment>
        <translation>تعذّر التحقق من تسجيل دخولك المحفوظ. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Checks the saved sign-in again.</extracomment>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Check the saved sign-in again</source>
        <translation>التحقق من تسجيل الدخول المحفوظ مرة أخرى</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>غير متاح بعد: يمكنك طلب رمز جديد بعد قليل.</translation>
    </message>
    <message>
        <source>&amp;Test numbers</source>
        <translation>أرقام الاختبار (&amp;T)</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>أرقام الاختبار</translation>
    </message>
    <message>
        <source>Shows the demo&apos;s test numbers and what each one does</source>
        <translation>يعرض أرقام الاختبار في الوضع التجريبي وما يفعله كل رقم</translation>
    </message>
    <message>
        <source>Demo test numbers</source>
        <translation>أرقام الاختبار التجريبية</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the demo&apos;s test numbers.</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <source>Demo mode: no real SMS is sent. Any valid number signs in, %1 as Ada Lovelace; the other test numbers each show one error.</source>
        <extracomment>Demo mode hint at the bottom of the phone page. %1 is a test phone number.</extracomment>
        <translation>الوضع التجريبي: لا تُرسَل رسالة نصية حقيقية. أي رقم صالح يسجّل الدخول، و%1 باسم Ada Lovelace؛ وكل رقم اختبار آخر يعرض خطأً واحدًا.</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Checks again whether a keychain is running now.</extracomment>
        <translation>التحقق مجددًا</translation>
    </message>
    <message>
        <source>Check again for a keychain</source>
        <translation>البحث مجددًا عن سلسلة مفاتيح</translation>
    </message>
    <message>
        <source>This sign-in will be kept for this session only: you will be signed out when you close Directus Login.</source>
        <extracomment>On the phone page, once &quot;Sign in for this session only&quot; was chosen.</extracomment>
        <translation>سيُحتفظ بتسجيل الدخول هذا لهذه الجلسة فقط: سيُسجَّل خروجك عند إغلاق Directus Login.</translation>
    </message>
    <message>
        <source>Sign-ins will not be remembered: no keychain is running.</source>
        <extracomment>At start, on the phone page, when no keychain (Secret Service) is running.</extracomment>
        <translation>لن تُحفظ تسجيلات الدخول: لا تعمل أي سلسلة مفاتيح.</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <extracomment>On the phone page without a keychain: the next sign-in is kept in memory only.</extracomment>
        <translation>سجّل الدخول لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>Sign in for this session only, without saving the sign-in</source>
        <translation>سجّل الدخول لهذه الجلسة فقط دون حفظ تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Profile: %1 — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name.</extracomment>
        <translation>ملف التعريف: %1 — ليس بيئة الإنتاج</translation>
    </message>
    <message>
        <source>Profile: %1 (%2) — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name, %2 the server&apos;s host name.</extracomment>
        <translation>ملف التعريف: %1 (%2) — ليس بيئة الإنتاج</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>Stops what the page is waiting for (a request), not the whole sign-in.</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Creates or updates, idempotently, what Directus Login needs on a Directus server: the phone and one-time-code fields on users and the two sign-in flows (with stable ids). Needs the static token of a Directus administrator.</source>
        <translation>ينشئ أو يحدّث، بشكل متساوي القوة (idempotent)، ما يحتاجه Directus Login على خادم Directus: حقلَي الهاتف والرمز لمرة واحدة في المستخدمين، وتدفقَي تسجيل الدخول (بمعرّفات ثابتة). يحتاج إلى رمز الوصول الثابت لمسؤول Directus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Directus URL (default: $DIRECTUS_URL).</source>
        <translation>رابط Directus (الافتراضي: $DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Static token of an administrator (default: $DIRECTUS_ADMIN_TOKEN; prefer the variable: arguments are visible to other users).</source>
        <translation>رمز الوصول الثابت لمسؤول (الافتراضي: $DIRECTUS_ADMIN_TOKEN؛ يُفضَّل استخدام المتغير لأن الوسائط مرئية للمستخدمين الآخرين).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Plivo Auth ID (default: $PLIVO_AUTH_ID).</source>
        <translation>Auth ID الخاص بـ Plivo (الافتراضي: $PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Plivo Auth Token (default: $PLIVO_AUTH_TOKEN).</source>
        <translation>Auth Token الخاص بـ Plivo (الافتراضي: $PLIVO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>UUID of the Plivo Verify application (default: $PLIVO_APP_UUID).</source>
        <translation>UUID تطبيق Plivo Verify (الافتراضي: $PLIVO_APP_UUID).</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Plivo API base URL (default: https://api.plivo.com).</source>
        <translation>الرابط الأساسي لواجهة Plivo البرمجية (الافتراضي: https://api.plivo.com).</translation>
    </message>
    <message>
        <source>The flows read the Plivo auth id, token and app uuid from Directus&apos; environment ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) instead of holding them. Directus needs them in FLOWS_ENV_ALLOW_LIST.</source>
        <translation>تقرأ التدفقات معرّف المصادقة ورمز الوصول وUUID التطبيق الخاصة بـ Plivo من بيئة Directus ({{$env.PLIVO_AUTH_ID}}، PLIVO_AUTH_TOKEN، PLIVO_APP_UUID) بدلاً من الاحتفاظ بها. يحتاجها Directus في FLOWS_ENV_ALLOW_LIST.</translation>
    </message>
    <message>
        <source>Read the server and show what would change; write nothing.</source>
        <translation>قراءة الخادم وعرض ما سيتغيّر؛ دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>طباعة النتيجة بصيغة JSON.</translation>
    </message>
    <message>
        <source>Log each request (method and path) on stderr.</source>
        <translation>تسجيل كل طلب (الطريقة والمسار) في stderr.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>الأمر.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login provision --help&apos;.</source>
        <translation>جرّب &quot;directus-login provision --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Directus server is needed: --server URL or DIRECTUS_URL</source>
        <translation>خادم Directus مطلوب: --server URL أو DIRECTUS_URL</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id, token and app uuid read by the flows from Directus&apos; environment (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID must be set and listed in FLOWS_ENV_ALLOW_LIST).</source>
        <translation>Plivo: %1؛ تقرأ التدفقات معرّف المصادقة ورمز الوصول وUUID التطبيق من بيئة Directus (يجب تعيين PLIVO_AUTH_ID وPLIVO_AUTH_TOKEN وPLIVO_APP_UUID وإدراجها في FLOWS_ENV_ALLOW_LIST).</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id %2, auth token ••••, app %3.</source>
        <translation>Plivo: %1؛ معرّف المصادقة %2، رمز المصادقة ••••، التطبيق %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Planned changes:</source>
        <translation>تشغيل تجريبي: لم يُكتب أي شيء. التغييرات المخطط لها:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>تم الإعداد:</translation>
    </message>
    <message>
        <source>Login flow:  %1
  %2
</source>
        <translation>تدفق تسجيل الدخول: %1
  %2
</translation>
    </message>
    <message>
        <source>Verify flow: %1
  %2
</source>
        <translation>تدفق التحقق: %1
  %2
</translation>
    </message>
    <message>
        <source>Everything was up to date: nothing changed.</source>
        <translation>كان كل شيء محدّثًا: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>What the verify flow hands out: &quot;session&quot; (default), a Directus session of the device with short-lived access tokens, revoked by sign-out; or &quot;static&quot;, a token in directus_users.token that never expires (the seed&apos;s way).</source>
        <translation>ما يسلّمه مسار التحقق: &quot;session&quot; (الافتراضي)، جلسة Directus للجهاز برموز وصول قصيرة العمر تُلغى عند تسجيل الخروج؛ أو &quot;static&quot;، رمز في directus_users.token لا تنتهي صلاحيته أبدًا (طريقة النموذج الأصلي).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>--token-mode is &quot;session&quot; or &quot;static&quot;, not &quot;%1&quot;</source>
        <translation>‏--token-mode هو &quot;session&quot; أو &quot;static&quot;، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No new code for a number within this many seconds of the last one: the same session is answered again, without an SMS (default 30; 0 to 3600).</source>
        <translation>لا رمز جديد لرقمٍ خلال هذا العدد من الثواني بعد الرمز السابق: تُعاد الجلسة نفسها دون رسالة SMS (الافتراضي 30؛ من 0 إلى 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>ثوانٍ</translation>
    </message>
    <message>
        <source>Codes sent to one number in 24 hours; more are refused with 429 (default 10; 1 to 100).</source>
        <translation>الرموز المرسلة إلى رقم واحد خلال 24 ساعة؛ ويُرفض ما يزيد عليها بالرمز 429 (الافتراضي 10؛ من 1 إلى 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes tried on one number&apos;s sessions in 24 hours, whatever the session; more are refused with 429 (default 0: no cap beyond 10 per session; up to 1000).</source>
        <translation>الرموز المُجرَّبة في جلسات رقم واحد خلال 24 ساعة أيًّا كانت الجلسة؛ ويُرفض ما يزيد عليها بالرمز 429 (الافتراضي 0: لا حد سوى 10 لكل جلسة؛ حتى 1000).</translation>
    </message>
    <message>
        <source>Answer a number without an account as if it had one (a session no code validates, no SMS), so that nobody can test which numbers have accounts. A mistyped number then waits for an SMS that never comes.</source>
        <translation>الرد على رقم بلا حساب كأن له حسابًا (جلسة لا يُثبتها أي رمز، ولا رسالة SMS)، حتى لا يستطيع أحد معرفة الأرقام التي لها حسابات. وعندها ينتظر الرقم المكتوب خطأً رسالة SMS لا تصل أبدًا.</translation>
    </message>
    <message>
        <source>Digits in the code your Plivo Verify application sends (default 6; 4 to 8).</source>
        <translation>عدد أرقام الرمز الذي يرسله تطبيق Plivo Verify لديك (الافتراضي 6؛ من 4 إلى 8).</translation>
    </message>
    <message>
        <source>Minutes a code is accepted; match your Plivo Verify application (default 10; 1 to 60).</source>
        <translation>الدقائق التي يُقبل خلالها الرمز؛ طابِقها مع تطبيق Plivo Verify لديك (الافتراضي 10؛ من 1 إلى 60).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>‏--%1 عدد صحيح من %2 إلى %3، وليس «%4»</translation>
    </message>
    <message>
        <source>Directus %1.</source>
        <extracomment>provision: the first line of its report. %1 the server&apos;s Directus version (&quot;12.4.1&quot;).</extracomment>
        <translation>Directus %1.</translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>Give the Directus server as an http(s) URL, e.g. https://cms.example.com.</source>
        <translation>أدخل خادم Directus كرابط http(s)، مثلاً https://cms.example.com.</translation>
    </message>
    <message>
        <source>An admin token is needed: --admin-token or DIRECTUS_ADMIN_TOKEN.</source>
        <translation>يلزم رمز وصول للمسؤول: --admin-token أو DIRECTUS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Give the Plivo API as an http(s) URL without query, e.g. https://api.plivo.com.</source>
        <translation>أدخل واجهة Plivo البرمجية كرابط http(s) دون معاملات استعلام، مثلاً https://api.plivo.com.</translation>
    </message>
    <message>
        <source>Give the Plivo auth id (--plivo-auth-id: letters and digits), or use --plivo-from-env.</source>
        <translation>أدخل معرّف مصادقة Plivo (--plivo-auth-id: حروف وأرقام)، أو استخدم --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo auth token (--plivo-auth-token or PLIVO_AUTH_TOKEN), or use --plivo-from-env.</source>
        <translation>أدخل رمز مصادقة Plivo (--plivo-auth-token أو PLIVO_AUTH_TOKEN)، أو استخدم --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo Verify application&apos;s UUID (--plivo-app-uuid), or use --plivo-from-env.</source>
        <translation>أدخل UUID تطبيق Plivo Verify (--plivo-app-uuid)، أو استخدم --plivo-from-env.</translation>
    </message>
    <message>
        <source>The server is reached over plain http: the admin token and the Plivo credentials travel unencrypted.</source>
        <translation>يُوصَل إلى الخادم عبر http غير مشفّر: ينتقل رمز وصول المسؤول وبيانات اعتماد Plivo دون تشفير.</translation>
    </message>
    <message>
        <source>The Plivo API URL is a local or private address: Directus refuses such requests until IMPORT_IP_DENY_LIST is narrowed (its default, 0.0.0.0, denies every local interface).</source>
        <translation>رابط واجهة Plivo البرمجية عنوان محلي أو خاص: يرفض Directus مثل هذه الطلبات حتى تُضيَّق IMPORT_IP_DENY_LIST (قيمتها الافتراضية 0.0.0.0 تحظر كل الواجهات المحلية).</translation>
    </message>
    <message>
        <source>Directus did not answer within %1 s while %2.</source>
        <translation>لم يستجب Directus خلال %1 ث أثناء %2.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed; its certificate is not trusted.</source>
        <translation>فشل اتصال TLS بـ %1؛ شهادته غير موثوقة.</translation>
    </message>
    <message>
        <source>Could not reach Directus at %1 while %2: %3</source>
        <translation>تعذّر الوصول إلى Directus على %1 أثناء %2: %3</translation>
    </message>
    <message>
        <source>Directus answered something that is not JSON while %1. Is the server address right?</source>
        <translation>ردّ Directus بشيء ليس JSON أثناء %1. هل عنوان الخادم صحيح؟</translation>
    </message>
    <message>
        <source>reading the flows</source>
        <translation>قراءة التدفقات</translation>
    </message>
    <message>
        <source>reading the fields of users</source>
        <translation>قراءة حقول users</translation>
    </message>
    <message>
        <source>reading the collections</source>
        <translation>قراءة المجموعات</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>قراءة العمليات</translation>
    </message>
    <message>
        <source>reading the fields of %1</source>
        <translation>قراءة حقول %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>إنشاء %1</translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation>حذف %1 القديم</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>تحديث %1</translation>
    </message>
    <message>
        <source>The flow definitions are missing from this build.</source>
        <translation>تعريفات التدفقات مفقودة من هذا الإصدار.</translation>
    </message>
    <message>
        <source>The flow definitions in this build are damaged.</source>
        <translation>تعريفات التدفقات في هذا الإصدار تالفة.</translation>
    </message>
    <message>
        <source>The field %1.%2 already exists with type &quot;%3&quot;; Directus Login needs &quot;%4&quot;. Rename or remove that field first.</source>
        <translation>الحقل %1.%2 موجود بالفعل بالنوع &quot;%3&quot;؛ ويحتاج Directus Login إلى &quot;%4&quot;. أعد تسمية ذلك الحقل أو أزله أولاً.</translation>
    </message>
    <message>
        <source>Licence limit: Directus without a licence key runs at most %1 active flows; with these %2 this server would have %3 (others: %4). Directus will refuse to activate them unless it has a licence key or you deactivate %5 of the others.</source>
        <translation>حدّ الترخيص: يشغّل Directus دون مفتاح ترخيص %1 تدفقات نشطة على الأكثر؛ ومع هذه التدفقات الـ %2 سيصبح لدى هذا الخادم %3 (الأخرى: %4). سيرفض Directus تفعيلها ما لم يكن لديه مفتاح ترخيص أو تعطّل %5 من التدفقات الأخرى.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on active flows reached. Without a licence key Directus runs at most %2 active flows; active now: %3. Deactivate or delete a flow you do not need, or add a licence key, then run provision again.</source>
        <translation>رفض Directus %1: بلغ حدّ الترخيص للتدفقات النشطة. دون مفتاح ترخيص يشغّل Directus %2 تدفقات نشطة على الأكثر؛ النشطة الآن: %3. عطّل تدفقًا لا تحتاجه أو احذفه، أو أضف مفتاح ترخيص، ثم شغّل provision مرة أخرى.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on seats reached. Without a licence key Directus allows %2 active users with app or admin access. Phone users need no app access; remove it from their role or policy, or add a licence key.</source>
        <translation>رفض Directus %1: بلغ حدّ الترخيص للمقاعد. دون مفتاح ترخيص يسمح Directus بـ %2 مستخدمين نشطين لديهم وصول إلى التطبيق أو وصول إداري. لا يحتاج مستخدمو الهاتف إلى الوصول إلى التطبيق؛ أزله من دورهم أو سياستهم، أو أضف مفتاح ترخيص.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit &quot;%2&quot; reached.</source>
        <translation>رفض Directus %1: بلغ حدّ الترخيص &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Directus refused %1: this feature needs a Directus licence key (%2).</source>
        <translation>رفض Directus %1: هذه الميزة تحتاج إلى مفتاح ترخيص Directus (%2).</translation>
    </message>
    <message>
        <source>Directus refused the admin token (401). Check --admin-token or DIRECTUS_ADMIN_TOKEN: it must be the static token of an administrator.</source>
        <translation>رفض Directus رمز وصول المسؤول (401). تحقّق من --admin-token أو DIRECTUS_ADMIN_TOKEN: يجب أن يكون رمز الوصول الثابت لمسؤول.</translation>
    </message>
    <message>
        <source>Directus refused %1 (403 %2). The token needs administrator access.</source>
        <translation>رفض Directus %1 (403 %2). يحتاج رمز الوصول إلى صلاحيات المسؤول.</translation>
    </message>
    <message>
        <source>Directus answered 404 while %1. Is the server address the Directus root (the one that answers /server/ping)?</source>
        <translation>ردّ Directus بالرمز 404 أثناء %1. هل عنوان الخادم هو جذر Directus (العنوان الذي يجيب على /server/ping)؟</translation>
    </message>
    <message>
        <source>Directus answered %1 while %2%3</source>
        <translation>ردّ Directus بالرمز %1 أثناء %2%3</translation>
    </message>
    <message>
        <source>The collection %1 already exists and its field &quot;%2&quot; is not of type &quot;%3&quot;. Remove that collection first: Directus Login keeps only short-lived rows in it.</source>
        <translation>المجموعة %1 موجودة بالفعل وحقلها &quot;%2&quot; ليس من النوع &quot;%3&quot;. أزِل هذه المجموعة أولًا: لا يحفظ Directus Login فيها إلا صفوفًا قصيرة العمر.</translation>
    </message>
    <message>
        <source>Directus did not say its version, so it cannot be checked: these flows need Directus %1 or later (tested: %2). Check that the token belongs to an administrator.</source>
        <extracomment>provision: /server/info did not say which Directus runs. %1 the oldest supported version (&quot;11.17&quot;), %2 the versions tested.</extracomment>
        <translation>لم يذكر Directus إصداره، لذا لا يمكن التحقق منه: تحتاج هذه التدفقات إلى Directus %1 أو أحدث (المختبَر: %2). تحقّق من أن رمز الوصول يخص مسؤولًا.</translation>
    </message>
    <message>
        <source>This server runs Directus %1. The Directus Login flows need Directus %2 or later (tested: %3): update Directus, then provision again. Nothing was changed.</source>
        <extracomment>provision: the server&apos;s Directus is too old. %1 its version, %2 the oldest supported (&quot;11.17&quot;), %3 the versions tested.</extracomment>
        <translation>يعمل على هذا الخادم Directus %1. تحتاج تدفقات Directus Login إلى Directus %2 أو أحدث (المختبَر: %3): حدّث Directus ثم أعد تشغيل provision. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>reading the server&apos;s version</source>
        <translation>قراءة إصدار الخادم</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Connect to your Directus server</source>
        <translation>الاتصال بخادم Directus الخاص بك</translation>
    </message>
    <message>
        <source>Enter the server and its two sign-in flows. You only need to do this once.</source>
        <translation>أدخل الخادم وتدفقَي تسجيل الدخول الخاصين به. لا تحتاج إلى ذلك إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>الخادم (&amp;S)</translation>
    </message>
    <message>
        <source>https://cms.example.com</source>
        <translation>https://cms.example.com</translation>
    </message>
    <message>
        <source>Directus server address</source>
        <translation>عنوان خادم Directus</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow</source>
        <extracomment>The Directus flow that sends the SMS code.</extracomment>
        <translation>تدفق تسجيل الدخول (&amp;F)</translation>
    </message>
    <message>
        <source>Flow id or trigger URL</source>
        <translation>معرّف التدفق أو رابط المشغّل</translation>
    </message>
    <message>
        <source>Sign-in flow, the flow that sends the code</source>
        <translation>تدفق تسجيل الدخول، وهو التدفق الذي يرسل الرمز</translation>
    </message>
    <message>
        <source>The flow&apos;s id, or its whole trigger URL pasted from Directus.</source>
        <translation>معرّف التدفق، أو رابط مشغّله كاملاً منسوخًا من Directus.</translation>
    </message>
    <message>
        <source>&amp;Verification flow</source>
        <extracomment>The Directus flow that checks the SMS code.</extracomment>
        <translation>تدفق التحقق (&amp;V)</translation>
    </message>
    <message>
        <source>Verification flow, the flow that checks the code</source>
        <translation>تدفق التحقق، وهو التدفق الذي يتحقق من الرمز</translation>
    </message>
    <message>
        <source>Tip: paste a flow&apos;s trigger URL from the Directus app (the flow&apos;s webhook trigger); the server is filled in for you.</source>
        <translation>تلميح: الصق رابط مشغّل تدفق من تطبيق Directus (مشغّل webhook الخاص بالتدفق)؛ وسيُملأ الخادم تلقائيًا.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>اختبار الاتصال (&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Asks the server whether it is a Directus server that answers.</source>
        <translation>يسأل الخادم إن كان خادم Directus يستجيب.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <extracomment>Tooltip of a field the system administrator has fixed.</extracomment>
        <translation>عيّنه المسؤول لديك</translation>
    </message>
    <message>
        <source>This trigger URL is on %1, not on %2. Use the flows of the same server.</source>
        <extracomment>%1 is the server named by the pasted trigger URL, %2 the one in the Server field.</extracomment>
        <translation>رابط المشغّل هذا على %1، وليس على %2. استخدم تدفقات الخادم نفسه.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1. Check that the folder exists and can be written.</source>
        <extracomment>%1 is the configuration file.</extracomment>
        <translation>تعذّر حفظ الإعدادات في %1. تأكّد من أن المجلد موجود وقابل للكتابة.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is the server address.</extracomment>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms.</source>
        <translation>
            <numerusform>تم الاتصال: ردّ %1 فورًا.</numerusform>
            <numerusform>تم الاتصال: ردّ %1 خلال ملي ثانية واحدة.</numerusform>
            <numerusform>تم الاتصال: ردّ %1 خلال ملي ثانيتين.</numerusform>
            <numerusform>تم الاتصال: ردّ %1 خلال %n ملي ثوانٍ.</numerusform>
            <numerusform>تم الاتصال: ردّ %1 خلال %n ملي ثانية.</numerusform>
            <numerusform>تم الاتصال: ردّ %1 خلال %n ملي ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sign-in flow…</source>
        <extracomment>Test connection, after the server answered.</extracomment>
        <translation>جارٍ فحص تدفق تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Checking the verification flow…</source>
        <translation>جارٍ فحص تدفق التحقق…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms, and both flows answer.</source>
        <translation>
            <numerusform>تم الاتصال: أجاب %1 خلال %n مللي ثانية، ويجيب التدفقان كلاهما.</numerusform>
            <numerusform>تم الاتصال: أجاب %1 خلال %n مللي ثانية، ويجيب التدفقان كلاهما.</numerusform>
            <numerusform>تم الاتصال: أجاب %1 خلال %n مللي ثانية، ويجيب التدفقان كلاهما.</numerusform>
            <numerusform>تم الاتصال: أجاب %1 خلال %n مللي ثانية، ويجيب التدفقان كلاهما.</numerusform>
            <numerusform>تم الاتصال: أجاب %1 خلال %n مللي ثانية، ويجيب التدفقان كلاهما.</numerusform>
            <numerusform>تم الاتصال: أجاب %1 خلال %n مللي ثانية، ويجيب التدفقان كلاهما.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>memory, for this session only</source>
        <translation>الذاكرة، لهذه الجلسة فقط</translation>
    </message>
    <message numerus="yes">
        <source>A code was just sent to this number. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>أُرسل رمز إلى هذا الرقم للتو. يمكنك طلب رمز جديد الآن.</numerusform>
            <numerusform>أُرسل رمز إلى هذا الرقم للتو. يمكنك طلب رمز جديد بعد ثانية واحدة.</numerusform>
            <numerusform>أُرسل رمز إلى هذا الرقم للتو. يمكنك طلب رمز جديد بعد ثانيتين.</numerusform>
            <numerusform>أُرسل رمز إلى هذا الرقم للتو. يمكنك طلب رمز جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>أُرسل رمز إلى هذا الرقم للتو. يمكنك طلب رمز جديد بعد %n ثانية.</numerusform>
            <numerusform>أُرسل رمز إلى هذا الرقم للتو. يمكنك طلب رمز جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is too short: it has %1 to %2 digits.</source>
        <translation>الرمز قصير جدًا: يتكوّن من %1 إلى %2 أرقام.</translation>
    </message>
    <message>
        <source>The code is too long: it has %1 to %2 digits.</source>
        <translation>الرمز طويل جدًا: يتكوّن من %1 إلى %2 أرقام.</translation>
    </message>
    <message>
        <source>The server issued a token that it does not accept itself, so it was not stored. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>أصدر الخادم رمز وصول لا يقبله هو نفسه، لذا لم يُحفظ. أبلغ مسؤول الخادم؛ توضّح التفاصيل ما يجب إصلاحه.</translation>
    </message>
    <message>
        <source>GET /users/me refused the token the verification flow returned: the &quot;Update User Account&quot; operation did not save it as the user&apos;s token (wrong filter, or it writes another value than it returns).</source>
        <translation>رفض GET /users/me رمز الوصول الذي أرجعه تدفق التحقق: لم تحفظه العملية &quot;Update User Account&quot; كرمز وصول للمستخدم (مرشّح خاطئ، أو أنها تكتب قيمة غير التي تُرجعها).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused more codes for this number for now. Try again in %n second(s).</source>
        <translation>
            <numerusform>يرفض الخادم حاليًا إرسال رموز أخرى إلى هذا الرقم. حاول مجددًا الآن.</numerusform>
            <numerusform>يرفض الخادم حاليًا إرسال رموز أخرى إلى هذا الرقم. حاول مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>يرفض الخادم حاليًا إرسال رموز أخرى إلى هذا الرقم. حاول مجددًا بعد ثانيتين.</numerusform>
            <numerusform>يرفض الخادم حاليًا إرسال رموز أخرى إلى هذا الرقم. حاول مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>يرفض الخادم حاليًا إرسال رموز أخرى إلى هذا الرقم. حاول مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يرفض الخادم حاليًا إرسال رموز أخرى إلى هذا الرقم. حاول مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code was right, but your account may not read its own user on this server (GET /users/me answers 403), so the sign-in cannot be checked and was not saved. Ask the server&apos;s administrator to let your role read its own user.</source>
        <translation>الرمز صحيح، لكن حسابك لا يملك إذن قراءة مستخدمه على هذا الخادم (يجيب GET /users/me بالرمز 403)، لذا تعذّر التحقق من تسجيل الدخول ولم يُحفظ. اطلب من مسؤول الخادم السماح لدورك بقراءة مستخدمه.</translation>
    </message>
    <message>
        <source>Your code was right, but the server could not say who you are, so nothing was saved. %1</source>
        <translation>الرمز صحيح، لكن الخادم لم يتمكن من تحديد هويتك، لذا لم يُحفظ شيء. %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The server opened a session for this sign-in and refused it at once, so nothing was stored. Tell the server&apos;s administrator; the details say what happened.</source>
        <translation>فتح الخادم جلسة لتسجيل الدخول هذا ثم رفضها فورًا، لذا لم يُحفظ شيء. أبلغ مسؤول الخادم؛ توضح التفاصيل ما حدث.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be completed, so nothing was saved. %1</source>
        <translation>كان رمزك صحيحًا، لكن تعذّر إكمال تسجيل الدخول، لذا لم يُحفظ شيء. %1</translation>
    </message>
    <message>
        <source>You were signed out of this server (in another window or command). Sign in again.</source>
        <translation>تم تسجيل خروجك من هذا الخادم (في نافذة أو أمر آخر). سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>تعذّر تجديد تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>The sign-in was renewed, but the keychain did not keep the new token, and the old one no longer works: this sign-in is lost. %1 Then sign in again.</source>
        <translation>جُدّد تسجيل الدخول، لكن سلسلة المفاتيح لم تحتفظ بالرمز الجديد، والقديم لم يعد يعمل: فُقد تسجيل الدخول هذا. %1 ثم سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>A call can be asked for only once a code was sent by SMS to this number. Ask for the SMS first.</source>
        <translation>لا يمكن طلب مكالمة إلا بعد إرسال رمز إلى هذا الرقم برسالة SMS. اطلب رسالة SMS أولًا.</translation>
    </message>
</context>
<context>
    <name>SignInWizard</name>
    <message>
        <source>Directus Login (demo)</source>
        <extracomment>The window title.</extracomment>
        <translation>Directus Login (تجريبي)</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the window once signed in.</extracomment>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the window (and stops whatever it was waiting for).</extracomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Close Directus Login</source>
        <translation>إغلاق Directus Login</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>A small badge in the corner of the window in demo mode.</extracomment>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>Demo mode: an offline demo server, no real SMS</source>
        <translation>الوضع التجريبي: خادم تجريبي دون اتصال، ولا رسائل نصية حقيقية</translation>
    </message>
    <message>
        <source>You are signed out. The stored sign-in was removed.</source>
        <extracomment>On the phone page after Sign out.</extracomment>
        <translation>لقد سجّلت الخروج. أُزيل تسجيل الدخول المحفوظ.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <source>&amp;Network Log…</source>
        <extracomment>Tools menu: opens the list of every request of this run.</extracomment>
        <translation>سجل الشبكة (&amp;N)…</translation>
    </message>
    <message>
        <source>Every request of this run, secrets masked</source>
        <translation>كل طلبات هذا التشغيل، مع إخفاء البيانات السرية</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <extracomment>Tools menu: writes one text file for a bug report.</extracomment>
        <translation>حفظ التقرير (&amp;S)…</translation>
    </message>
    <message>
        <source>One file with the masked log, the versions, the settings and the last error</source>
        <translation>ملف واحد يضم السجل المُخفى، والإصدارات، والإعدادات، وآخر خطأ</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Tools menu: the submenu that lists the profiles (servers).</extracomment>
        <translation>ملف التعريف (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About Directus Login…</source>
        <extracomment>Tools menu: versions of the program and its libraries.</extracomment>
        <translation>حول Directus Login (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>The button at the left of the button row that opens the Tools menu.</extracomment>
        <translation>أدوات (&amp;T)</translation>
    </message>
    <message>
        <source>Network log, diagnostic report, profiles and version</source>
        <translation>سجل الشبكة، وتقرير التشخيص، وملفات التعريف، والإصدار</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <extracomment>A profile in the Profile menu marked as production. %1 is its name and server.</extracomment>
        <translation>%1 (الإنتاج)</translation>
    </message>
    <message>
        <source>Demo mode uses its own server.</source>
        <translation>يستخدم الوضع التجريبي خادمه الخاص.</translation>
    </message>
    <message>
        <source>The administrator has fixed the profile.</source>
        <translation>ثبّت المسؤول ملف التعريف.</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <extracomment>Title of the file dialog for the diagnostic report.</extracomment>
        <translation>حفظ تقرير التشخيص</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the report&apos;s save dialog.</extracomment>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <extracomment>Title when the diagnostic report could not be written.</extracomment>
        <translation>لم يُحفظ التقرير</translation>
    </message>
    <message>
        <source>Report Saved</source>
        <translation>حُفظ التقرير</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <extracomment>%1 is the report&apos;s file path.</extracomment>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
    <message>
        <source>Codes, tokens and credentials in it are masked. Read it before you send it: it contains the server&apos;s address and the requests&apos; URLs.</source>
        <translation>الرموز ورموز الوصول وبيانات الاعتماد فيه مخفية. اقرأه قبل إرساله: فهو يحتوي على عنوان الخادم وروابط الطلبات.</translation>
    </message>
    <message>
        <source>About Directus Login</source>
        <extracomment>Title of the About box.</extracomment>
        <translation>حول Directus Login</translation>
    </message>
    <message>
        <source>Directus Login %1</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>Directus Login %1</translation>
    </message>
    <message>
        <source>Signs you in to a Directus server with your phone number and a code sent by SMS.

Qt %1 (built with %2)
QtKeychain 0.13 or later
Tokens are kept in: %3</source>
        <extracomment>In the About box. %1: Qt version at run time, %2: Qt version it was built with, %3: where tokens are kept (the keychain backend).</extracomment>
        <translation>يسجّل دخولك إلى خادم Directus برقم هاتفك ورمز يُرسَل في رسالة نصية.

Qt %1 (بُني باستخدام %2)
QtKeychain 0.13 أو أحدث
تُحفظ رموز الوصول في: %3</translation>
    </message>
    <message>
        <source>Stop Signing In?</source>
        <extracomment>Title of the question asked when the window is closed in the middle of a sign-in.</extracomment>
        <translation>إيقاف تسجيل الدخول؟</translation>
    </message>
    <message>
        <source>Stop signing in?</source>
        <translation>هل تريد إيقاف تسجيل الدخول؟</translation>
    </message>
    <message>
        <source>The code sent to %1 will not be used. To sign in later you will ask for a new one.</source>
        <translation>لن يُستخدم الرمز المرسل إلى %1. لتسجيل الدخول لاحقًا ستطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>&amp;Keep Signing In</source>
        <extracomment>In the question before closing mid-sign-in: the safe answer, the default.</extracomment>
        <translation>متابعة تسجيل الدخول (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <extracomment>In the question before closing mid-sign-in: closes the window.</extracomment>
        <translation>الإيقاف والإغلاق (&amp;S)</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>لقد سجّلت الدخول</translation>
    </message>
    <message>
        <source>Directus Login and other programs can now use this sign-in.</source>
        <translation>يمكن الآن لـ Directus Login والبرامج الأخرى استخدام تسجيل الدخول هذا.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Stored</source>
        <extracomment>Caption of the line that says where the sign-in (the token) is stored.</extracomment>
        <translation>محفوظ في</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج (&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Removes the stored sign-in from this computer.</source>
        <translation>يزيل تسجيل الدخول المحفوظ من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>Signed in, but the server shows only the user&apos;s id.</extracomment>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>The server does not show who you are.</source>
        <translation>لا يُظهر الخادم هويتك.</translation>
    </message>
    <message>
        <source>User id %1 (the server shows no name or e-mail)</source>
        <translation>معرّف المستخدم %1 (لا يُظهر الخادم اسمًا ولا بريدًا إلكترونيًا)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>الخادم %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1.</source>
        <extracomment>Completed by where the token is: &quot;the system keychain (Secret Service)&quot;, &quot;memory, for this session only&quot;.</extracomment>
        <translation>تسجيل دخولك محفوظ في %1.</translation>
    </message>
    <message>
        <source>You will be signed out when you close Directus Login.</source>
        <translation>سيُسجَّل خروجك عند إغلاق Directus Login.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <extracomment>While the token is removed from the keychain.</extracomment>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <source>You can use Directus Login now. The sign-in is not saved, so other programs cannot use it.</source>
        <extracomment>The signed-in page&apos;s subtitle when the sign-in is kept in memory only.</extracomment>
        <translation>يمكنك استخدام Directus Login الآن. لم يُحفظ تسجيل الدخول، لذا لا تستطيع البرامج الأخرى استخدامه.</translation>
    </message>
    <message>
        <source>It is a session of this device (%1) on the server, renewed whenever it is used; unused, it ends %2.</source>
        <extracomment>On the signed-in page, after &quot;Your sign-in is kept in …&quot;. %1 is this device&apos;s name as the server knows it, %2 a date and time.</extracomment>
        <translation>إنها جلسة لهذا الجهاز (%1) على الخادم، تتجدد كلما استُخدمت؛ وإن لم تُستخدم تنتهي %2.</translation>
    </message>
</context>
<context>
    <name>SmsBanner</name>
    <message>
        <source>Use code</source>
        <extracomment>Demo mode: puts the code from the simulated SMS into the code field.</extracomment>
        <translation>استخدام الرمز</translation>
    </message>
    <message>
        <source>Use the code from the demo SMS</source>
        <translation>استخدام الرمز الوارد في الرسالة النصية التجريبية</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the demo SMS</source>
        <translation>تجاهل الرسالة النصية التجريبية</translation>
    </message>
    <message>
        <source>Demo SMS</source>
        <translation>رسالة نصية تجريبية</translation>
    </message>
    <message>
        <source>Demo SMS to %1 · now</source>
        <extracomment>Demo mode: the header of the simulated SMS notification. %1 is the phone number it was sent to; &quot;now&quot; is when it arrived.</extracomment>
        <translation>رسالة نصية تجريبية إلى %1 · الآن</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>الرمز %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The system keychain is not available. Try again, or keep the sign-in for this session only.</source>
        <extracomment>The operating system&apos;s keychain cannot be reached.</extracomment>
        <translation>سلسلة مفاتيح النظام غير متاحة. حاول مرة أخرى، أو احتفظ بتسجيل الدخول لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>No keychain is available. Install and start gnome-keyring or KWallet and try again, or keep the sign-in for this session only.</source>
        <extracomment>No Secret Service (gnome-keyring, KWallet) is running on this Linux desktop.</extracomment>
        <translation>لا تتوفر سلسلة مفاتيح. ثبّت gnome-keyring أو KWallet وشغّله ثم حاول مرة أخرى، أو احتفظ بتسجيل الدخول لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>سلسلة مفاتيح macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>إدارة بيانات الاعتماد في Windows</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>سلسلة مفاتيح النظام (Secret Service)</translation>
    </message>
    <message>
        <source>No token is stored for this server.</source>
        <translation>لا يوجد رمز وصول محفوظ لهذا الخادم.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Directus Login to use it when asked, then try again.</source>
        <extracomment>The person (or the system on their behalf) refused access to the keychain.</extracomment>
        <translation>رُفض الوصول إلى سلسلة المفاتيح. اسمح لـ Directus Login باستخدامها عندما يُطلب منك ذلك، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example by signing in to your desktop session) and try again.</source>
        <translation>سلسلة المفاتيح مقفلة. افتح قفلها (مثلاً بتسجيل الدخول إلى جلسة سطح المكتب) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Check that it is running and unlocked, then try again; the details say what went wrong.</source>
        <extracomment>The keychain answered with an error we do not know; the details show it.</extracomment>
        <translation>تعذّر استخدام سلسلة المفاتيح. تأكّد من أنها تعمل وغير مقفلة، ثم حاول مرة أخرى؛ توضّح التفاصيل ما الذي حدث.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it is asking for a password, unlock it and try again.</source>
        <extracomment>The keychain may be showing a password prompt somewhere.</extracomment>
        <translation>لم تستجب سلسلة المفاتيح في الوقت المحدد. إن كانت تطلب كلمة مرور فافتح قفلها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>الذاكرة، لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be read.</source>
        <translation>تعذّرت قراءة ملف تسجيل الدخول %1.</translation>
    </message>
    <message>
        <source>The sign-in file %1 is damaged. Delete it and sign in again.</source>
        <translation>ملف تسجيل الدخول %1 تالف. احذفه وسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be written.</source>
        <translation>تعذّرت كتابة ملف تسجيل الدخول %1.</translation>
    </message>
    <message>
        <source>a file, not the keychain: %1</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;. %1 is the file.</extracomment>
        <translation>ملف، وليس سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>Stored in a file, not in the keychain: anyone who can read your files can use this sign-in. &quot;directus-login logout&quot; removes it.</source>
        <extracomment>Said by status and sign-in each time the sign-in is kept with --insecure-storage.</extracomment>
        <translation>محفوظ في ملف، وليس في سلسلة المفاتيح: يمكن لأي شخص يستطيع قراءة ملفاتك استخدام تسجيل الدخول هذا. يزيله الأمر &quot;directus-login logout&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Signs you in to a Directus server with your phone number and an SMS code, and keeps the token in the system keychain.

Without a command, opens the sign-in window. Commands:
  request-code --phone NUMBER [--country CC]  send a code; prints the session
  verify --session UUID --code CODE           check the code, store the token
  sign-in --phone NUMBER [--country CC]       both, asking for the code
  status                                      who is signed in (exit 4 if nobody)
  token                                       print the stored token (exit 4 if none)
  logout                                      remove the stored token
  api [-X METHOD] PATH [--data JSON]          an authenticated request
  provision --server URL --admin-token TOKEN  install the flows on a Directus server
  kiosk-pin                                   make the kiosk administrator PIN&apos;s hash

Exit codes: 0 success, 1 failure, 2 usage error, 4 authentication needed or rejected.
Environment: DIRECTUS_URL, DIRECTUS_LOGIN_FLOW, DIRECTUS_VERIFY_FLOW, DIRECTUS_TOKEN.</source>
        <translation>يسجّل دخولك إلى خادم Directus برقم هاتفك ورمز يصلك في رسالة نصية، ويحفظ رمز الوصول في سلسلة مفاتيح النظام.

دون أمر، تُفتح نافذة تسجيل الدخول. الأوامر:
  request-code --phone NUMBER [--country CC]  إرسال رمز؛ يطبع الجلسة
  verify --session UUID --code CODE           التحقق من الرمز وحفظ رمز الوصول
  sign-in --phone NUMBER [--country CC]       الاثنان معًا، مع طلب الرمز
  status                                      من سجّل الدخول (رمز الخروج 4 إن لم يوجد أحد)
  token                                       طباعة رمز الوصول المحفوظ (رمز الخروج 4 إن لم يوجد)
  logout                                      إزالة رمز الوصول المحفوظ
  api [-X METHOD] PATH [--data JSON]          طلب مصادَق عليه
  provision --server URL --admin-token TOKEN  تثبيت التدفقات على خادم Directus
  kiosk-pin                                   إنشاء بصمة رمز PIN لمسؤول الكشك

رموز الخروج: 0 نجاح، 1 فشل، 2 خطأ في الاستخدام، 4 المصادقة مطلوبة أو مرفوضة.
البيئة: DIRECTUS_URL، DIRECTUS_LOGIN_FLOW، DIRECTUS_VERIFY_FLOW، DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, locked, token in memory only.</source>
        <translation>وضع الكشك: ملء الشاشة، مقفل، ورمز الوصول في الذاكرة فقط.</translation>
    </message>
    <message>
        <source>A command (see above); none opens the window.</source>
        <translation>أمر (انظر أعلاه)؛ دون أمر تُفتح النافذة.</translation>
    </message>
    <message>
        <source>directus-login: no translation for &quot;%1&quot;; available: %2
</source>
        <translation>directus-login: لا توجد ترجمة لـ &quot;%1&quot;؛ المتاح: %2
</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (ar, de, en, es, fr, pt_BR).</source>
        <translation>استخدام هذه اللغة بدلاً من لغة النظام (ar، de، en، es، fr، pt_BR).</translation>
    </message>
    <message>
        <source>directus-login: kiosk mode needs an administrator PIN, or nobody could leave the kiosk. Run &quot;directus-login kiosk-pin&quot; and put the KioskPinHash=… line it prints into the system configuration (%1).
</source>
        <translation>directus-login: يحتاج وضع الكشك إلى رمز PIN للمسؤول، وإلا فلن يستطيع أحد مغادرة الكشك. شغّل &quot;directus-login kiosk-pin&quot; وضع السطر KioskPinHash=… الذي يطبعه في إعدادات النظام (%1).
</translation>
    </message>
    <message>
        <source>Kiosk: run this command after sign-in, with DIRECTUS_URL in its environment and the sign-in as one JSON line on its standard input.</source>
        <translation>الكشك: شغّل هذا الأمر بعد تسجيل الدخول، مع DIRECTUS_URL في بيئته وتسجيل الدخول كسطر JSON واحد على دخله القياسي.</translation>
    </message>
    <message>
        <source>memory only (demo: not saved)</source>
        <extracomment>Where the demo&apos;s sign-in is kept (the signed-in page, status): nowhere that lasts.</extracomment>
        <translation>الذاكرة فقط (تجريبي: غير محفوظ)</translation>
    </message>
    <message>
        <source>nowhere: it was printed once</source>
        <extracomment>Where the sign-in is kept with --print-token.</extracomment>
        <translation>لا مكان: طُبع مرة واحدة</translation>
    </message>
</context>
</TS>
