<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinning &quot;please wait&quot; indicator.</extracomment>
        <translation>Wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Unbekannter Befehl „%1“. Befehle: %2.</translation>
    </message>
    <message>
        <source>Run &quot;directus-login --help&quot; for the commands and options.</source>
        <translation>Mit „directus-login --help“ sehen Sie die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>the demo server</source>
        <extracomment>The server in &quot;Signed in to %1 as %2&quot;, &quot;Not signed in to %1&quot;, &quot;Signed out of %1&quot;, &quot;rejected by %1&quot; (so in German the dative: &quot;dem Demo-Server&quot;).</extracomment>
        <translation>dem Demo-Server</translation>
    </message>
    <message>
        <source>%1 needs --phone NUMBER.</source>
        <translation>%1 braucht --phone NUMBER.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as GB or US.</source>
        <translation>„%1“ ist kein Ländercode. Verwenden Sie einen zweibuchstabigen ISO-Code wie GB oder US.</translation>
    </message>
    <message>
        <source>[demo SMS] %1</source>
        <translation>[Demo-SMS] %1</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>Code an %1 gesendet.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Demo code: %1</source>
        <translation>Demo-Code: %1</translation>
    </message>
    <message>
        <source>Next: directus-login verify --session %1 --code CODE</source>
        <translation>Weiter mit: directus-login verify --session %1 --code CODE</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Token kept in %1.</source>
        <translation>Token aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>verify needs --session UUID and --code CODE.</source>
        <translation>verify braucht --session UUID und --code CODE.</translation>
    </message>
    <message>
        <source>The code must have %1 to %2 digits.</source>
        <translation>Der Code muss %1 bis %2 Ziffern haben.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempt(s) left).</source>
        <translation>
            <numerusform>Dieser Code stimmt nicht (noch %n Versuch).</numerusform>
            <numerusform>Dieser Code stimmt nicht (noch %n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1. Enter the code: </source>
        <translation>Code an %1 gesendet. Geben Sie den Code ein: </translation>
    </message>
    <message>
        <source>(filled in from the demo SMS)
</source>
        <translation>(aus der Demo-SMS übernommen)
</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>Es wurde kein Code eingegeben.</translation>
    </message>
    <message>
        <source>The token in %1 was rejected by %2: your session ended (signed in elsewhere or revoked). Sign in again: directus-login sign-in --phone NUMBER</source>
        <translation>Das Token (%1) wurde von %2 abgelehnt: Ihre Sitzung ist beendet (anderswo angemeldet oder widerrufen). Melden Sie sich erneut an: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Token: %1 (%2)</source>
        <translation>Token: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with: directus-login sign-in --phone NUMBER</source>
        <translation>Nicht bei %1 angemeldet. Anmelden mit: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Signed out of %1; the token was removed from %2.</source>
        <translation>Von %1 abgemeldet; das Token wurde entfernt aus: %2.</translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to remove.</source>
        <translation>Nicht bei %1 angemeldet; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>api needs a path, for example: directus-login api /users/me</source>
        <translation>api braucht einen Pfad, zum Beispiel: directus-login api /users/me</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 at offset %2.</source>
        <translation>--data ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>Directus server address (or DIRECTUS_URL).</source>
        <translation>Adresse des Directus-Servers (oder DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>Sign-in flow: its id or trigger URL (or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Anmelde-Flow: seine ID oder Trigger-URL (oder DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>Verification flow: its id or trigger URL (or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Prüf-Flow: seine ID oder Trigger-URL (oder DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>Use the named profile (server and flows) from the configuration.</source>
        <translation>Das benannte Profil (Server und Flows) aus der Konfiguration verwenden.</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no network, simulated SMS.</source>
        <translation>Den eingebauten Demo-Server verwenden: kein Netzwerk, simulierte SMS.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>Jede Anfrage und Antwort auf stderr protokollieren, vertrauliche Daten maskiert.</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without progress (default 20).</source>
        <translation>Eine Anfrage nach so vielen Sekunden ohne Fortschritt aufgeben (Standard: 20).</translation>
    </message>
    <message>
        <source>Call the flows with POST and a JSON body instead of GET.</source>
        <translation>Die Flows mit POST und einem JSON-Inhalt statt mit GET aufrufen.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this machine.</source>
        <translation>Unverschlüsseltes http:// zu einem Server erlauben, der nicht auf diesem Rechner läuft.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the phone number, in any format.</source>
        <translation>request-code, sign-in: die Telefonnummer, in beliebigem Format.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the country of a number without +, as an ISO code (GB).</source>
        <translation>request-code, sign-in: das Land einer Nummer ohne +, als ISO-Code (GB).</translation>
    </message>
    <message>
        <source>verify: the otp_session_uuid from request-code.</source>
        <translation>verify: die otp_session_uuid aus request-code.</translation>
    </message>
    <message>
        <source>verify: the code from the SMS.</source>
        <translation>verify: der Code aus der SMS.</translation>
    </message>
    <message>
        <source>api: the HTTP method (default GET).</source>
        <translation>api: die HTTP-Methode (Standard: GET).</translation>
    </message>
    <message>
        <source>api: a JSON request body.</source>
        <translation>api: ein JSON-Inhalt für die Anfrage.</translation>
    </message>
    <message>
        <source>A session of this device (%1); it ends %2 unless it is used again.</source>
        <extracomment>status: a Directus session of this device. %1 device name, %2 a date.</extracomment>
        <translation>Eine Sitzung dieses Geräts (%1); sie endet %2, wenn sie nicht wieder benutzt wird.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>when the server says</source>
        <translation>wann der Server es bestimmt</translation>
    </message>
    <message>
        <source>A static token: it never expires, and signing out does not end it on the server.</source>
        <translation>Ein statisches Token: Es läuft nie ab, und die Abmeldung beendet es auf dem Server nicht.</translation>
    </message>
    <message>
        <source>Signed out of %1: the session was ended on the server and removed from %2.</source>
        <translation>Von %1 abgemeldet: Die Sitzung wurde auf dem Server beendet und aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Signed out here: the sign-in was removed from %1. The server could not be reached, so the session stays valid there until it expires (%2); an administrator can end it sooner.</source>
        <translation>Hier abgemeldet: Die Anmeldung wurde aus %1 entfernt. Der Server war nicht erreichbar, daher bleibt die Sitzung dort gültig, bis sie abläuft (%2); ein Administrator kann sie früher beenden.</translation>
    </message>
    <message numerus="yes">
        <source>in at most %n day(s)</source>
        <translation>
            <numerusform>in höchstens %n Tag</numerusform>
            <numerusform>in höchstens %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>request-code: the code by a phone call instead (our flows allow it once an SMS was sent).</source>
        <translation>request-code: der Code stattdessen per Anruf (unsere Flows erlauben das, sobald eine SMS gesendet wurde).</translation>
    </message>
    <message numerus="yes">
        <source>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second(s).</source>
        <translation>
            <numerusform>Noch kein Anruf: Der Code wurde vor Kurzem per SMS an %1 gesendet. Ein Anruf kann in %n Sekunde angefordert werden.</numerusform>
            <numerusform>Noch kein Anruf: Der Code wurde vor Kurzem per SMS an %1 gesendet. Ein Anruf kann in %n Sekunden angefordert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling %1 with the code.</source>
        <translation>%1 wird angerufen, um den Code durchzusagen.</translation>
    </message>
    <message numerus="yes">
        <source>It expires in %1; a new one can be asked for in %n second(s).</source>
        <extracomment>request-code; %1 &quot;in 10 minutes&quot;-like text, %n seconds before a new code.</extracomment>
        <translation>
            <numerusform>Er läuft in %1 ab; ein neuer kann in %n Sekunde angefordert werden.</numerusform>
            <numerusform>Er läuft in %1 ab; ein neuer kann in %n Sekunden angefordert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>no keychain is running on this machine.</source>
        <translation>Auf diesem Rechner läuft kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>the keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>the keychain refused.</source>
        <translation>Der Schlüsselbund hat abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above works until %1; use it as DIRECTUS_TOKEN.</source>
        <translation>Es wurde nichts gespeichert. Das Token oben gilt bis %1; verwenden Sie es als DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above does not expire; use it as DIRECTUS_TOKEN.</source>
        <translation>Es wurde nichts gespeichert. Das Token oben läuft nicht ab; verwenden Sie es als DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: keep the sign-in in a file of yours (mode 0600) instead of the keychain, for machines that have none. Anyone who can read your files can use it.</source>
        <translation>sign-in, request-code, verify: die Anmeldung in einer eigenen Datei (Modus 0600) statt im Schlüsselbund aufbewahren, für Rechner ohne Schlüsselbund. Wer Ihre Dateien lesen kann, kann sie benutzen.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: print the access token once and store nothing (keep it yourself, e.g. as DIRECTUS_TOKEN).</source>
        <translation>sign-in, request-code, verify: das Zugriffstoken einmal ausgeben und nichts speichern (bewahren Sie es selbst auf, z. B. als DIRECTUS_TOKEN).</translation>
    </message>
    <message>
        <source>Unlock the keyring (for example by signing in to the desktop) and try again</source>
        <translation>Entsperren Sie den Schlüsselbund (zum Beispiel durch Anmelden am Desktop) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Start a keyring (gnome-keyring or KWallet) and try again</source>
        <translation>Starten Sie einen Schlüsselbund (gnome-keyring oder KWallet) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The sign-in could not be kept here: %1 Nothing was sent. %2, or add --insecure-storage (kept in a file of yours, mode 0600) or --print-token (printed once, nothing stored).</source>
        <extracomment>sign-in, request-code, verify on a machine whose keychain cannot be used. %1 says why, %2 what to do.</extracomment>
        <translation>Die Anmeldung könnte hier nicht aufbewahrt werden: %1 Es wurde nichts gesendet. %2, oder fügen Sie --insecure-storage (in einer eigenen Datei, Modus 0600) oder --print-token (einmal ausgegeben, nichts gespeichert) hinzu.</translation>
    </message>
    <message>
        <source>Not signed in to the demo server: demo sign-ins are not saved (demo: not saved), so each command starts signed out. Try: %1</source>
        <extracomment>status, logout, token with --demo: each command is a new demo server. %1 is a command with a test number, shown as it is.</extracomment>
        <translation>Nicht beim Demo-Server angemeldet: Demo-Anmeldungen werden nicht gespeichert (Demo: nicht gespeichert), daher beginnt jeder Befehl abgemeldet. Versuchen Sie: %1</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message numerus="yes">
        <source>%n-digit code</source>
        <extracomment>Placeholder of the code field; %n is the number of digits expected.</extracomment>
        <translation>
            <numerusform>%n-stelliger Code</numerusform>
            <numerusform>%n-stelliger Code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Type or paste the code from the text message.</source>
        <translation>Geben Sie den Code aus der SMS ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>N&amp;ummer ändern</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Nummer ändern</translation>
    </message>
    <message>
        <source>Goes back to the phone number. The code sent so far will no longer work.</source>
        <translation>Zurück zur Telefonnummer. Der bisher gesendete Code funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>Digits only; the code is checked as soon as it is complete.</source>
        <translation>Nur Ziffern; der Code wird geprüft, sobald er vollständig ist.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with this code</source>
        <translation>Mit diesem Code anmelden</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>Code erneut &amp;senden</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Try to save the sign-in again</source>
        <translation>Erneut versuchen, die Anmeldung zu speichern</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Keep me signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet bleiben</translation>
    </message>
    <message>
        <source>The sign-in stays in memory and is forgotten when Directus Login closes.</source>
        <translation>Die Anmeldung bleibt im Arbeitsspeicher und wird vergessen, wenn Directus Login beendet wird.</translation>
    </message>
    <message>
        <source>For this session only: you stay signed in until you close Directus Login, and need a new code next time.</source>
        <translation>Nur für diese Sitzung: Sie bleiben angemeldet, bis Sie Directus Login schließen, und brauchen beim nächsten Mal einen neuen Code.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Wir haben einen Code an %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits. It can take a minute to arrive.</source>
        <extracomment>Under the code field. %n is the number of digits of the code.</extracomment>
        <translation>
            <numerusform>Der Code hat %n Ziffer. Es kann eine Minute dauern, bis er ankommt.</numerusform>
            <numerusform>Der Code hat %n Ziffern. Es kann eine Minute dauern, bis er ankommt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code from the text message.</source>
        <extracomment>%n is the number of digits the code should have.</extracomment>
        <translation>
            <numerusform>Geben Sie die %n Ziffer des Codes aus der SMS ein.</numerusform>
            <numerusform>Geben Sie alle %n Ziffern des Codes aus der SMS ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend code in %n s</source>
        <extracomment>The resend button while counting down; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Code erneut senden in %n s</numerusform>
            <numerusform>Code erneut senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your sign-in</source>
        <extracomment>The code page&apos;s title once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Anmeldung behalten</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the code is checked with the server.</extracomment>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Neuer Code wird gesendet …</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <extracomment>While the token is written to the keychain.</extracomment>
        <translation>Anmeldung wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. Attempts left: %n.</source>
        <extracomment>After a wrong code; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Dieser Code stimmt nicht. Verbleibender Versuch: %n.</numerusform>
            <numerusform>Dieser Code stimmt nicht. Verbleibende Versuche: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is on its way to %1. The earlier code no longer works.</source>
        <translation>Ein neuer Code ist unterwegs an %1. Der vorherige Code funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Signed in, but your keychain is locked</source>
        <extracomment>Heading when the token cannot be stored because the keychain is locked.</extracomment>
        <translation>Angemeldet, aber Ihr Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>Signed in, but no keychain is available</source>
        <translation>Angemeldet, aber kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep your sign-in</source>
        <translation>Angemeldet, aber der Schlüsselbund hat das Speichern Ihrer Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not answer</source>
        <translation>Angemeldet, aber der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Signed in, but your sign-in could not be saved</source>
        <translation>Angemeldet, aber Ihre Anmeldung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Noch nicht verfügbar: In Kürze können Sie einen neuen Code anfordern.</translation>
    </message>
    <message>
        <source>Your code was right. Choose how to go on.</source>
        <extracomment>The code page&apos;s subtitle once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Ihr Code war richtig. Wählen Sie, wie es weitergeht.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be checked</source>
        <extracomment>Heading when the code was right but /users/me could not say who signed in.</extracomment>
        <translation>Ihr Code war richtig, aber die Anmeldung konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>When the code expires</source>
        <translation>Wann der Code abläuft</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>Stattdessen &amp;anrufen</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>Stattdessen anrufen</translation>
    </message>
    <message>
        <source>The code is read to you in a phone call to the same number.</source>
        <translation>Der Code wird Ihnen in einem Anruf an dieselbe Nummer vorgelesen.</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Wir rufen %1 an und sagen Ihren Code durch.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>Next to the code field; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Noch %n Versuch</numerusform>
            <numerusform>Noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>Der Code läuft in %1 ab</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Dieser Code ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s).</source>
        <translation>
            <numerusform>In etwa %n Minute.</numerusform>
            <numerusform>In etwa %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Abgelaufen.</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Ihr Telefon %1 klingelt gleich: Eine Stimme liest den Code vor.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Nothing is configured yet. Give the server&apos;s address (--server or DIRECTUS_URL) and the ids or trigger URLs of the sign-in flow (--login-flow) and the verification flow (--verify-flow).</source>
        <translation>Es ist noch nichts eingerichtet. Geben Sie die Adresse des Servers an (--server oder DIRECTUS_URL) sowie die IDs oder Trigger-URLs des Anmelde-Flows (--login-flow) und des Prüf-Flows (--verify-flow).</translation>
    </message>
    <message>
        <source>No flows are configured. Give the ids or trigger URLs of the sign-in flow (--login-flow or DIRECTUS_LOGIN_FLOW) and the verification flow (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Es sind keine Flows eingerichtet. Geben Sie die IDs oder Trigger-URLs des Anmelde-Flows (--login-flow oder DIRECTUS_LOGIN_FLOW) und des Prüf-Flows (--verify-flow oder DIRECTUS_VERIFY_FLOW) an.</translation>
    </message>
    <message>
        <source>No sign-in flow is configured. Give its id or trigger URL (--login-flow or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Es ist kein Anmelde-Flow eingerichtet. Geben Sie seine ID oder Trigger-URL an (--login-flow oder DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>No verification flow is configured. Give its id or trigger URL (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Es ist kein Prüf-Flow eingerichtet. Geben Sie seine ID oder Trigger-URL an (--verify-flow oder DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No Directus server is configured. Give its address (--server or DIRECTUS_URL), or paste the flows&apos; full trigger URLs.</source>
        <translation>Es ist kein Directus-Server eingerichtet. Geben Sie seine Adresse an (--server oder DIRECTUS_URL) oder fügen Sie die vollständigen Trigger-URLs der Flows ein.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Matching countries</source>
        <extracomment>Accessible name of the list of countries matching the search.</extracomment>
        <translation>Passende Länder</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Alle Länder anzeigen</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>Type a country name, its two-letter code or its calling code, then press Enter.</source>
        <translation>Geben Sie einen Ländernamen, den zweibuchstabigen Ländercode oder die Landesvorwahl ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 is its name, %2 its calling code with its + (&quot;United Kingdom (+44)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by name, code or %1</source>
        <extracomment>Placeholder of the country field: what the search accepts. %1 is a calling code (&quot;+44&quot;).</extracomment>
        <translation>Nach Name, Code oder %1 suchen</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The stored sign-in cannot be read (it was written by another version). Sign in again.</source>
        <translation>Die gespeicherte Anmeldung kann nicht gelesen werden (sie stammt von einer anderen Version). Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>CredentialLock</name>
    <message>
        <source>The sign-in could not be renewed safely: its lock file cannot be written. Check that the runtime folder can be written, then try again.</source>
        <translation>Die Anmeldung konnte nicht sicher erneuert werden: Ihre Sperrdatei lässt sich nicht schreiben. Prüfen Sie, ob der Laufzeitordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another Directus Login is renewing this sign-in and did not finish. Try again.</source>
        <translation>Ein anderes Directus Login erneuert gerade diese Anmeldung und ist nicht fertig geworden. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Your Directus code is %1. It expires in 5 minutes.</source>
        <extracomment>The demo server&apos;s simulated SMS. %1 is the 6-digit code.</extracomment>
        <translation>Ihr Directus-Code lautet %1. Er läuft in 5 Minuten ab.</translation>
    </message>
    <message>
        <source>Signs in as Ada Lovelace</source>
        <translation>Meldet als Ada Lovelace an</translation>
    </message>
    <message>
        <source>Signs in; the server shows only the user id</source>
        <translation>Meldet an; der Server zeigt nur die Benutzer-ID</translation>
    </message>
    <message>
        <source>Unknown user: no code is sent</source>
        <translation>Unbekannter Benutzer: kein Code wird gesendet</translation>
    </message>
    <message>
        <source>The SMS provider is down</source>
        <translation>Der SMS-Anbieter ist ausgefallen</translation>
    </message>
    <message>
        <source>Too many attempts: wait 30 seconds</source>
        <translation>Zu viele Versuche: 30 Sekunden warten</translation>
    </message>
    <message>
        <source>The server answers too late (time-out)</source>
        <translation>Der Server antwortet zu spät (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>The flow fails (server error)</source>
        <translation>Der Flow schlägt fehl (Serverfehler)</translation>
    </message>
    <message>
        <source>The code expires at once</source>
        <translation>Der Code läuft sofort ab</translation>
    </message>
    <message>
        <source>The SMS provider is down when the code is checked</source>
        <translation>Der SMS-Anbieter fällt beim Prüfen des Codes aus</translation>
    </message>
    <message>
        <source>Tutorial bug: an empty answer</source>
        <translation>Fehler aus dem Tutorial: eine leere Antwort</translation>
    </message>
    <message>
        <source>Tutorial bug: no session in the answer</source>
        <translation>Fehler aus dem Tutorial: keine Sitzung in der Antwort</translation>
    </message>
    <message>
        <source>Tutorial bug: the provider&apos;s password in the answer</source>
        <translation>Fehler aus dem Tutorial: das Passwort des Anbieters in der Antwort</translation>
    </message>
    <message>
        <source>Tutorial bug: the flow returns nothing</source>
        <translation>Fehler aus dem Tutorial: der Flow gibt nichts zurück</translation>
    </message>
    <message>
        <source>Tutorial bug: no token after the right code</source>
        <translation>Fehler aus dem Tutorial: kein Token nach dem richtigen Code</translation>
    </message>
    <message>
        <source>Tutorial bug: the token &quot;undefined&quot;</source>
        <translation>Fehler aus dem Tutorial: das Token „undefined“</translation>
    </message>
    <message>
        <source>A captive portal answers with a web page</source>
        <translation>Ein Captive Portal antwortet mit einer Webseite</translation>
    </message>
    <message>
        <source>The sign-in cannot be checked once; Try again works</source>
        <translation>Die Anmeldung kann einmal nicht geprüft werden; „Erneut versuchen“ hilft</translation>
    </message>
    <message>
        <source>Phone call from Directus: your code is %1. Once more: %1.</source>
        <extracomment>The demo server&apos;s simulated phone call (&quot;Call me instead&quot;). %1 is the 6-digit code.</extracomment>
        <translation>Anruf von Directus: Ihr Code lautet %1. Noch einmal: %1.</translation>
    </message>
    <message>
        <source>Signs in; the server tells nothing about the code</source>
        <translation>Meldet an; der Server sagt nichts über den Code</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DigitKeypad</name>
    <message>
        <source>Clear</source>
        <extracomment>Keypad key that empties the field.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <source>⌫</source>
        <extracomment>Keypad key that deletes the last digit (an erase-to-the-left symbol).</extracomment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Keypad key that confirms (like Enter on a keyboard).</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DirectusClient</name>
    <message>
        <source>No valid server address is configured.</source>
        <translation>Es ist keine gültige Serveradresse eingerichtet.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP, which would send your code and token unencrypted. Use an https:// address, or allow plain HTTP explicitly (--allow-http) on a network you trust.</source>
        <translation>%1 verwendet unverschlüsseltes HTTP, Ihr Code und Ihr Token würden also unverschlüsselt gesendet. Verwenden Sie eine https://-Adresse oder erlauben Sie HTTP ausdrücklich (--allow-http) in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not %2, so the connection was refused: this may not be the server you meant. Check the address, or tell the server&apos;s administrator.</source>
        <extracomment>%1 the names in the certificate, %2 the server address the person gave.</extracomment>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2, daher wurde die Verbindung abgelehnt: Das ist vielleicht nicht der gemeinte Server. Prüfen Sie die Adresse, oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1, so the connection to %2 was refused. Tell the server&apos;s administrator to renew it.</source>
        <extracomment>%1 the date the certificate expired (YYYY-MM-DD), %2 the server.</extracomment>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen, daher wurde die Verbindung zu %2 abgelehnt. Bitten Sie den Administrator des Servers, es zu erneuern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1, so the connection to %2 was refused. Check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig, daher wurde die Verbindung zu %2 abgelehnt. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issued by %1), so the connection to %2 was refused. If the server uses your organisation&apos;s own certificate authority, start the app with --ca-file.</source>
        <extracomment>%1 who issued the certificate, %2 the server.</extracomment>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (ausgestellt von %1), daher wurde die Verbindung zu %2 abgelehnt. Wenn der Server die eigene Zertifizierungsstelle Ihrer Organisation verwendet, starten Sie die App mit --ca-file.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (the server does not speak TLS as expected). Check the address and port.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden (der Server spricht nicht wie erwartet TLS). Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check the address and that the server is running.</source>
        <translation>Keine Verbindung zu %1: Der Server hat die Verbindung abgelehnt. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Check your connection and try again.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The network proxy refused or failed the connection to %1. Check the proxy settings.</source>
        <translation>Der Netzwerk-Proxy hat die Verbindung zu %1 abgelehnt oder nicht hergestellt. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times (a redirect loop), so it was stopped. Tell the server&apos;s administrator.</source>
        <translation>%1 hat die Anfrage zu oft umgeleitet (eine Umleitungsschleife), daher wurde sie abgebrochen. Wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>%1 redirected the request to plain HTTP; it was not followed, so nothing was sent unencrypted.</source>
        <translation>%1 hat die Anfrage auf unverschlüsseltes HTTP umgeleitet; der Umleitung wurde nicht gefolgt, es wurde also nichts unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent far more data than a sign-in needs; the answer was refused.</source>
        <translation>%1 hat weit mehr Daten gesendet, als eine Anmeldung braucht; die Antwort wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request but did not answer within %n second(s). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>
            <numerusform>%1 hat die Anfrage angenommen, aber nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</numerusform>
            <numerusform>%1 hat die Anfrage angenommen, aber nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s). Check the address and your connection.</source>
        <translation>
            <numerusform>Keine Verbindung zu %1 innerhalb von %n Sekunde. Prüfen Sie die Adresse und Ihre Verbindung.</numerusform>
            <numerusform>Keine Verbindung zu %1 innerhalb von %n Sekunden. Prüfen Sie die Adresse und Ihre Verbindung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to another site (%2); it was not followed, so nothing was sent there.</source>
        <translation>%1 hat die Anfrage auf eine andere Website umgeleitet (%2); der Umleitung wurde nicht gefolgt, es wurde also nichts dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>FlowRef</name>
    <message>
        <source>Enter the flow&apos;s id or paste its trigger URL.</source>
        <translation>Geben Sie die ID des Flows ein oder fügen Sie seine Trigger-URL ein.</translation>
    </message>
    <message>
        <source>This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on the flow&apos;s webhook trigger in Directus.</source>
        <translation>Das ist weder eine Flow-ID noch eine Trigger-URL. Fügen Sie die Trigger-URL ein, die Directus beim Webhook-Trigger des Flows anzeigt.</translation>
    </message>
    <message>
        <source>This URL is not a flow trigger URL: it should end in /flows/trigger/ followed by the flow&apos;s id.</source>
        <translation>Diese URL ist keine Trigger-URL eines Flows: Sie sollte auf /flows/trigger/ gefolgt von der ID des Flows enden.</translation>
    </message>
    <message>
        <source>This address cannot be read. Check the host name, and that the port after the colon is a number (https://cms.example.com:8443).</source>
        <translation>Diese Adresse kann nicht gelesen werden. Prüfen Sie den Hostnamen und ob der Port nach dem Doppelpunkt eine Zahl ist (https://cms.example.com:8443).</translation>
    </message>
    <message>
        <source>Enter the address of your Directus server.</source>
        <translation>Geben Sie die Adresse Ihres Directus-Servers ein.</translation>
    </message>
    <message>
        <source>This is not a server address. Use the form https://cms.example.com.</source>
        <translation>Das ist keine Serveradresse. Verwenden Sie die Form https://cms.example.com.</translation>
    </message>
</context>
<context>
    <name>FlowReply</name>
    <message>
        <source>The server answered with a web page instead of Directus data. Check the server address; on a public network, you may first need to sign in to the network in your browser.</source>
        <translation>Der Server hat mit einer Webseite statt mit Directus-Daten geantwortet. Prüfen Sie die Serveradresse; in einem öffentlichen Netzwerk müssen Sie sich eventuell erst im Browser beim Netzwerk anmelden.</translation>
    </message>
    <message>
        <source>HTML instead of JSON: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML statt JSON: falsche Server-URL, ein Proxy oder ein Captive Portal.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered nothing. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Der %1 des Servers hat nichts geantwortet. Wenden Sie sich an den Administrator des Servers; die Details sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned nothing (HTTP 204). Make the last operation return the reply object.</source>
        <translation>Die letzte Operation des Flows hat nichts zurückgegeben (HTTP 204). Lassen Sie die letzte Operation das Antwortobjekt zurückgeben.</translation>
    </message>
    <message>
        <source>The server did not accept this phone number. Check it and try again.</source>
        <translation>Der Server hat diese Telefonnummer nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept this code. Check it and try again.</source>
        <translation>Der Server hat diesen Code nicht akzeptiert. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht akzeptiert.</translation>
    </message>
    <message>
        <source>No account on this server uses this phone number. Check the number, or ask the server&apos;s administrator to add it to your account.</source>
        <translation>Kein Konto auf diesem Server verwendet diese Telefonnummer. Prüfen Sie die Nummer, oder bitten Sie den Administrator des Servers, sie Ihrem Konto hinzuzufügen.</translation>
    </message>
    <message>
        <source>This code has expired or has been used too many times. Ask for a new code.</source>
        <translation>Dieser Code ist abgelaufen oder wurde zu oft verwendet. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>That code is not right. Check the SMS and try again.</source>
        <translation>Dieser Code stimmt nicht. Prüfen Sie die SMS und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session ended (signed in elsewhere or revoked). Sign in again.</source>
        <translation>Ihre Sitzung ist beendet (anderswo angemeldet oder widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused to run its %1. Check the flow&apos;s id or trigger URL; the details say what else to check.</source>
        <translation>Der Server hat sich geweigert, seinen %1 auszuführen. Prüfen Sie die ID oder Trigger-URL des Flows; die Details sagen, was sonst zu prüfen ist.</translation>
    </message>
    <message>
        <source>Directus answers 403 on a trigger URL when the flow id is wrong, the flow is inactive, or the flow&apos;s webhook expects another method (GET or POST).</source>
        <translation>Directus antwortet auf eine Trigger-URL mit 403, wenn die Flow-ID falsch ist, der Flow inaktiv ist oder der Webhook des Flows eine andere Methode erwartet (GET oder POST).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto darf das nicht.</translation>
    </message>
    <message>
        <source>The server has no such flow. Check the server address and the flow&apos;s trigger URL.</source>
        <translation>Der Server hat keinen solchen Flow. Prüfen Sie die Serveradresse und die Trigger-URL des Flows.</translation>
    </message>
    <message>
        <source>404 on a trigger URL: the server address (or its path) is wrong, or this is not a Directus server.</source>
        <translation>404 auf eine Trigger-URL: Die Serveradresse (oder ihr Pfad) ist falsch, oder dies ist kein Directus-Server.</translation>
    </message>
    <message>
        <source>The server has nothing at this address.</source>
        <translation>Der Server hat unter dieser Adresse nichts.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war für den Server zu groß.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server had a problem running its %1. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>Beim Ausführen seines %1 hatte der Server ein Problem. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>HTTP 500 from a flow: one of its operations threw. See the flow&apos;s logs in Directus.</source>
        <translation>HTTP 500 von einem Flow: Eine seiner Operationen hat einen Fehler geworfen. Sehen Sie sich die Logs des Flows in Directus an.</translation>
    </message>
    <message>
        <source>The server is not reachable through its gateway right now. Try again later.</source>
        <translation>Der Server ist über sein Gateway gerade nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The SMS service is not available right now. Try again in a few minutes.</source>
        <translation>Der SMS-Dienst ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>HTTP 503 from a flow: the SMS provider is down or refused the request.</source>
        <translation>HTTP 503 von einem Flow: Der SMS-Anbieter ist ausgefallen oder hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server is not available right now. Try again in a few minutes.</source>
        <translation>Der Server ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The server answered something this app cannot read.</source>
        <translation>Der Server hat etwas geantwortet, das diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1). Try again later.</source>
        <translation>Der Server hat mit einem unerwarteten Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered something that is not valid data. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Der %1 des Servers hat etwas geantwortet, das keine gültigen Daten sind. Wenden Sie sich an den Administrator des Servers; die Details sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <source>The server answered something that is not valid data.</source>
        <translation>Der Server hat etwas geantwortet, das keine gültigen Daten sind.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation must return a JSON object.</source>
        <translation>Die letzte Operation des Flows muss ein JSON-Objekt zurückgeben.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not a Directus server.</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber es ist kein Directus-Server.</translation>
    </message>
    <message>
        <source>HTML instead of &quot;pong&quot;: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML statt „pong“: falsche Server-URL, ein Proxy oder ein Captive Portal.</translation>
    </message>
    <message>
        <source>sign-in flow</source>
        <comment>the Directus flow that sends the SMS</comment>
        <translation>Anmelde-Flow</translation>
    </message>
    <message>
        <source>verification flow</source>
        <comment>the Directus flow that checks the code</comment>
        <translation>Prüf-Flow</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in flow is not set up correctly, so no code can be sent. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Der Anmelde-Flow des Servers ist nicht richtig eingerichtet, daher kann kein Code gesendet werden. Wenden Sie sich an den Administrator des Servers; die Details sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <source>The server&apos;s verification flow is not set up correctly, so your code could not be checked. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Der Prüf-Flow des Servers ist nicht richtig eingerichtet, daher konnte Ihr Code nicht geprüft werden. Wenden Sie sich an den Administrator des Servers; die Details sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <source>The flow returns the SMS provider&apos;s raw reply, including the request headers with the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation, turn on &quot;error on reject&quot;, and make the last operation return only %1.</source>
        <translation>Der Flow gibt die unbearbeitete Antwort des SMS-Anbieters zurück, einschließlich der Anfrage-Header mit den Zugangsdaten des Anbieters. Fügen Sie einen Ablehnungspfad hinzu, der in einer „Throw Error“-Operation endet, schalten Sie „error on reject“ ein, und lassen Sie die letzte Operation nur %1 zurückgeben.</translation>
    </message>
    <message>
        <source>The flow returns a network error object from its Request URL operation (the SMS provider could not be reached), which can carry the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation with status 503.</source>
        <translation>Der Flow gibt ein Netzwerkfehler-Objekt seiner „Request URL“-Operation zurück (der SMS-Anbieter war nicht erreichbar), das die Zugangsdaten des Anbieters enthalten kann. Fügen Sie einen Ablehnungspfad hinzu, der in einer „Throw Error“-Operation mit Status 503 endet.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned an empty object: a &quot;Run Script&quot; operation probably threw. Look at the flow&apos;s logs in Directus.</source>
        <translation>Die letzte Operation des Flows hat ein leeres Objekt zurückgegeben: Wahrscheinlich hat eine „Run Script“-Operation einen Fehler geworfen. Sehen Sie sich die Logs des Flows in Directus an.</translation>
    </message>
    <message>
        <source>The flow answered the session id &quot;undefined&quot;: the &quot;Deliver OTP Session&quot; operation reads a path that does not exist. It should return data.create_otp_session.data.session_uuid.</source>
        <translation>Der Flow hat die Sitzungs-ID „undefined“ geantwortet: Die Operation „Deliver OTP Session“ liest einen Pfad, den es nicht gibt. Sie sollte data.create_otp_session.data.session_uuid zurückgeben.</translation>
    </message>
    <message>
        <source>The flow answered without otp_session_uuid: the &quot;Deliver OTP Session&quot; operation is missing, not the last operation, or returns something else.</source>
        <translation>Der Flow hat ohne otp_session_uuid geantwortet: Die Operation „Deliver OTP Session“ fehlt, ist nicht die letzte Operation oder gibt etwas anderes zurück.</translation>
    </message>
    <message>
        <source>The flow answered the token &quot;%1&quot;: the &quot;Update User Account&quot; operation reads {{$last.token}}, which does not exist there. It must never store or return such a token — anyone could sign in with it. The token was not stored.</source>
        <translation>Der Flow hat das Token „%1“ geantwortet: Die Operation „Update User Account“ liest {{$last.token}}, das es dort nicht gibt. Sie darf ein solches Token nie speichern oder zurückgeben – jeder könnte sich damit anmelden. Das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The flow answered a token that cannot be a real one (too short, too long, or with spaces or control characters). Make &quot;Generate Session Token&quot; produce at least 16 printable characters. The token was not stored.</source>
        <translation>Der Flow hat ein Token geantwortet, das kein echtes sein kann (zu kurz, zu lang oder mit Leer- oder Steuerzeichen). Sorgen Sie dafür, dass „Generate Session Token“ mindestens 16 druckbare Zeichen erzeugt. Das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The flow answered {&quot;message&quot;:null}: &quot;Generate Session Token&quot; reads data.$last.message, which is always empty, so no token is ever issued. It should read the provider&apos;s reply under data.$last.data.message (the tutorial&apos;s bug).</source>
        <translation>Der Flow hat {&quot;message&quot;:null} geantwortet: „Generate Session Token“ liest data.$last.message, das immer leer ist, daher wird nie ein Token ausgestellt. Es sollte die Antwort des Anbieters unter data.$last.data.message lesen (der Fehler des Tutorials).</translation>
    </message>
    <message>
        <source>The flow accepted the code but answered without a token: &quot;Generate Session Token&quot; or &quot;Update User Account&quot; did not run, or the last operation returns the provider&apos;s reply instead of {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>Der Flow hat den Code akzeptiert, aber ohne Token geantwortet: „Generate Session Token“ oder „Update User Account“ wurde nicht ausgeführt, oder die letzte Operation gibt die Antwort des Anbieters statt {&quot;message&quot;: …, &quot;token&quot;: …} zurück.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>Dieser Code wurde nicht akzeptiert. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The flow answered HTTP 200 without a token instead of a 401 INVALID_OTP error. Turn on &quot;error on reject&quot; and end the failure path in a &quot;Throw Error&quot; operation.</source>
        <translation>Der Flow hat mit HTTP 200 ohne Token statt mit einem Fehler 401 INVALID_OTP geantwortet. Schalten Sie „error on reject“ ein und lassen Sie den Fehlerpfad in einer „Throw Error“-Operation enden.</translation>
    </message>
    <message>
        <source>The flow answered without a token: the last operation should return {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>Der Flow hat ohne Token geantwortet: Die letzte Operation sollte {&quot;message&quot;: …, &quot;token&quot;: …} zurückgeben.</translation>
    </message>
    <message>
        <source>Something answered at the %1&apos;s address, but not as a Directus flow does.</source>
        <translation>An der Adresse des %1 hat etwas geantwortet, aber nicht wie ein Directus-Flow.</translation>
    </message>
    <message>
        <source>A flow answers JSON; this answer is not.</source>
        <translation>Ein Flow antwortet mit JSON; diese Antwort ist keins.</translation>
    </message>
    <message>
        <source>The %1 did not answer as a flow does.</source>
        <translation>Der %1 hat nicht wie ein Flow geantwortet.</translation>
    </message>
    <message>
        <source>You were signed out by the server: your account is suspended. Ask the server&apos;s administrator.</source>
        <translation>Der Server hat Sie abgemeldet: Ihr Konto ist gesperrt. Wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>You were signed out by the server (the sign-in was revoked, has expired, or your account changed). Sign in again.</source>
        <translation>Der Server hat Sie abgemeldet (die Anmeldung wurde widerrufen, ist abgelaufen, oder Ihr Konto wurde geändert). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to renewing the sign-in cannot be read. Try again later.</source>
        <translation>Die Antwort des Servers auf die Erneuerung der Anmeldung ist nicht lesbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again after %1.</source>
        <translation>Heute wurden für diese Nummer zu viele Codes ausprobiert. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again tomorrow after %1.</source>
        <translation>Heute wurden für diese Nummer zu viele Codes ausprobiert. Versuchen Sie es morgen nach %1 erneut.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again after %1.</source>
        <translation>Heute wurden zu viele Codes an diese Nummer gesendet. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again tomorrow after %1.</source>
        <translation>Heute wurden zu viele Codes an diese Nummer gesendet. Versuchen Sie es morgen nach %1 erneut.</translation>
    </message>
</context>
<context>
    <name>KioskHandOff</name>
    <message>
        <source>No application is configured to start after sign-in (KioskExec or --exec).</source>
        <translation>Es ist keine Anwendung eingerichtet, die nach der Anmeldung gestartet wird (KioskExec oder --exec).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s application could not be started. Ask the administrator to check the command (KioskExec).</source>
        <translation>Die Anwendung des Kiosks konnte nicht gestartet werden. Bitten Sie den Administrator, den Befehl (KioskExec) zu prüfen.</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>The administrator PIN hash (KioskPinHash) cannot be read. Make a new one with &quot;directus-login kiosk-pin&quot;.</source>
        <translation>Der Hash der Administrator-PIN (KioskPinHash) kann nicht gelesen werden. Erzeugen Sie einen neuen mit „directus-login kiosk-pin“.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits (0–9), so that it can be typed on the kiosk&apos;s keypad.</source>
        <translation>Die PIN muss %1 bis %2 Ziffern (0–9) haben, damit sie auf der Tastatur des Kiosks eingegeben werden kann.</translation>
    </message>
</context>
<context>
    <name>KioskPinCommand</name>
    <message>
        <source>Makes the hash of a kiosk&apos;s administrator PIN (%1 to %2 digits) for the system configuration file. From a terminal it asks twice and shows nothing; otherwise it reads one line from standard input. Prints the line to put in [General] of /etc/xdg/directus-login/directus-login.conf.</source>
        <translation>Erzeugt den Hash der Administrator-PIN eines Kiosks (%1 bis %2 Ziffern) für die Systemkonfigurationsdatei. In einem Terminal fragt er zweimal und zeigt nichts an; sonst liest er eine Zeile von der Standardeingabe. Gibt die Zeile aus, die in [General] von /etc/xdg/directus-login/directus-login.conf gehört.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default %1).</source>
        <translation>PBKDF2-Iterationen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login kiosk-pin --help&apos;.</source>
        <translation>Siehe „directus-login kiosk-pin --help“.</translation>
    </message>
    <message>
        <source>unexpected argument; the PIN is read from the terminal or standard input, never from the command line (where other users can see it)</source>
        <extracomment>Do not pass the PIN as an argument: the error that says so.</extracomment>
        <translation>unerwartetes Argument; die PIN wird vom Terminal oder von der Standardeingabe gelesen, nie von der Befehlszeile (wo andere Benutzer sie sehen können)</translation>
    </message>
    <message>
        <source>--iterations must be a number from %1 to %2</source>
        <translation>--iterations muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>Administrator PIN: </source>
        <translation>Administrator-PIN: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN was given.</source>
        <translation>directus-login kiosk-pin: Es wurde keine PIN angegeben.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Dieselbe PIN noch einmal: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: the two PINs differ; nothing was made.</source>
        <translation>directus-login kiosk-pin: Die beiden PINs sind verschieden; es wurde nichts erzeugt.</translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN on standard input.</source>
        <translation>directus-login kiosk-pin: keine PIN auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Put this line in [General] of the system configuration file (/etc/xdg/directus-login/directus-login.conf). It is read from that file only.</source>
        <translation>Fügen Sie diese Zeile in [General] der Systemkonfigurationsdatei (/etc/xdg/directus-login/directus-login.conf) ein. Sie wird nur aus dieser Datei gelesen.</translation>
    </message>
</context>
<context>
    <name>KioskPinPanel</name>
    <message>
        <source>Administrator</source>
        <extracomment>Title of the kiosk&apos;s administrator panel.</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <extracomment>Accessible name of the kiosk administrator&apos;s PIN field.</extracomment>
        <translation>Administrator-PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <extracomment>Administrator panel: quits the kiosk application.</extracomment>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Show the configuration</source>
        <extracomment>Administrator panel: shows the configuration in effect (no secrets).</extracomment>
        <translation>Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>Back to the sign-in</source>
        <extracomment>Administrator panel: closes the panel and goes back to the sign-in.</extracomment>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so this kiosk cannot be left from the screen. Make one with &quot;directus-login kiosk-pin&quot; and put the line it prints in the system configuration file.</source>
        <translation>Es ist keine Administrator-PIN festgelegt, daher kann dieser Kiosk nicht über den Bildschirm verlassen werden. Erzeugen Sie eine mit „directus-login kiosk-pin“ und fügen Sie die ausgegebene Zeile in die Systemkonfigurationsdatei ein.</translation>
    </message>
    <message>
        <source>Enter the administrator PIN.</source>
        <extracomment>Kiosk administrator panel, above the PIN field.</extracomment>
        <translation>Geben Sie die Administrator-PIN ein.</translation>
    </message>
    <message>
        <source>Choose what to do. The kiosk clears this panel after a while without a touch.</source>
        <translation>Wählen Sie eine Aktion. Der Kiosk schließt diesen Bereich, wenn er eine Weile nicht berührt wird.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>While the administrator PIN is checked (takes a moment on purpose).</extracomment>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>The administrator PIN was wrong.</extracomment>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <extracomment>Too many wrong administrator PINs in a row.</extracomment>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
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
        <translation>Wählen Sie Ihr Land</translation>
    </message>
    <message>
        <source>Search: name or +code</source>
        <extracomment>Placeholder of the kiosk&apos;s country search: a name, a code like &quot;GB&quot; or &quot;+44&quot;.</extracomment>
        <translation>Suchen: Name oder +Vorwahl</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Länder suchen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <extracomment>Title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Ihre Mobilnummer</translation>
    </message>
    <message>
        <source>We send you a code by text message.</source>
        <extracomment>Under the title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Wir senden Ihnen einen Code per SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the kiosk&apos;s phone number field.</extracomment>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>On the kiosk&apos;s phone screen: back to the start without signing in.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>The kiosk keypad&apos;s wide key on the phone screen.</extracomment>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Enter the code</source>
        <extracomment>Title of the kiosk&apos;s code screen.</extracomment>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <extracomment>On the kiosk&apos;s code screen, after a second text message: have the code read out by a call.</extracomment>
        <translation>Stattdessen anrufen</translation>
    </message>
    <message>
        <source>Change number</source>
        <extracomment>On the kiosk&apos;s code screen: back to the number.</extracomment>
        <translation>Nummer ändern</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The kiosk keypad&apos;s wide key on the code screen.</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>The country screen&apos;s primary button: keep this country. %1 is its name.</extracomment>
        <translation>Weiter mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code.</source>
        <extracomment>On the kiosk&apos;s code screen, when Sign in is touched too early.</extracomment>
        <translation>
            <numerusform>Geben Sie alle %n Ziffern des Codes ein.</numerusform>
            <numerusform>Geben Sie alle %n Ziffern des Codes ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <extracomment>While the kiosk asks the server for a code.</extracomment>
        <translation>Code wird gesendet …</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the kiosk checks the code with the server.</extracomment>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Neuer Code wird gesendet …</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Ihr Telefon %1 klingelt gleich: Eine Stimme liest den Code vor.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <translation>Ein neuer Code ist unterwegs an %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>On the kiosk&apos;s code screen, when the sign-in could not be checked.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Wir rufen %1 an und sagen Ihren Code durch.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Wir haben einen Code an %1 gesendet.</translation>
    </message>
    <message>
        <source>Code, %1 of %2 digits</source>
        <extracomment>The kiosk&apos;s code boxes, for screen readers: %1 digits typed of %2.</extracomment>
        <translation>Code, %1 von %2 Ziffern</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>Der Code läuft in %1 ab</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Dieser Code ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in about %n minute(s).</source>
        <translation>
            <numerusform>Der Code läuft in etwa %n Minute ab.</numerusform>
            <numerusform>Der Code läuft in etwa %n Minuten ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>On the kiosk&apos;s code screen; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Noch %n Versuch</numerusform>
            <numerusform>Noch %n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <extracomment>The kiosk&apos;s resend button while it waits; %n is seconds.</extracomment>
        <translation>
            <numerusform>Neuer Code in %n s</numerusform>
            <numerusform>Neuer Code in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>The kiosk&apos;s resend button.</extracomment>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Noch nicht verfügbar: In Kürze können Sie einen neuen Code anfordern.</translation>
    </message>
    <message>
        <source>%1, calling code %2</source>
        <extracomment>A country&apos;s row in the kiosk, for screen readers. %2 is its calling code (&quot;+44&quot;).</extracomment>
        <translation>%1, Landesvorwahl %2</translation>
    </message>
    <message>
        <source>Country: %1, calling code %2. Touch to change.</source>
        <extracomment>The kiosk&apos;s country button, for screen readers.</extracomment>
        <translation>Land: %1, Landesvorwahl %2. Zum Ändern berühren.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Directus Login kiosk</source>
        <extracomment>The kiosk window&apos;s title (seen by accessibility tools; the window has no frame).</extracomment>
        <translation>Directus Login – Kiosk</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The button in the kiosk&apos;s corner that asks for the administrator PIN.</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Administrator: leave kiosk mode (needs the PIN)</source>
        <translation>Administrator: Kioskmodus verlassen (PIN erforderlich)</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>On the kiosk&apos;s welcome screen: clears it now for the next person.</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This kiosk is not set up; ask the administrator.</source>
        <extracomment>Full-screen message of a kiosk whose configuration is incomplete.</extracomment>
        <translation>Dieser Kiosk ist nicht eingerichtet; wenden Sie sich an den Administrator.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <extracomment>Title of the kiosk&apos;s idle warning.</extracomment>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kiosk&apos;s welcome after sign-in. %1 is the person&apos;s first name.</extracomment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>While the kiosk starts its application after sign-in.
----------
On the kiosk&apos;s success screen while its application is about to open.</extracomment>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The kiosk&apos;s application did not start after sign-in.</extracomment>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears in %n s.</source>
        <extracomment>Under the kiosk&apos;s welcome (or error) message.</extracomment>
        <translation>
            <numerusform>Dieser Bildschirm wird in %n Sekunde geleert.</numerusform>
            <numerusform>Dieser Bildschirm wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything entered here will be cleared in %n s. Touch the screen to continue.</source>
        <extracomment>The kiosk&apos;s idle warning. %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Alles, was hier eingegeben wurde, wird in %n Sekunde gelöscht. Berühren Sie den Bildschirm, um fortzufahren.</numerusform>
            <numerusform>Alles, was hier eingegeben wurde, wird in %n Sekunden gelöscht. Berühren Sie den Bildschirm, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with your phone</source>
        <extracomment>The kiosk&apos;s start screen when no organisation is configured (KioskOrganisation).</extracomment>
        <translation>Mit Ihrem Telefon anmelden</translation>
    </message>
    <message>
        <source>Your mobile number and a code by text message are all it takes.</source>
        <extracomment>On the kiosk&apos;s start screen, under the organisation&apos;s name.</extracomment>
        <translation>Ihre Mobilnummer und ein Code per SMS genügen.</translation>
    </message>
    <message>
        <source>Touch to sign in</source>
        <extracomment>The kiosk&apos;s start screen: its one button (a touch anywhere does the same).</extracomment>
        <translation>Zum Anmelden berühren</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <extracomment>The kiosk&apos;s success screen, over the welcome.</extracomment>
        <translation>Sie sind angemeldet</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technische Details ausblenden</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <extracomment>After a &quot;Try again in N seconds&quot; countdown has run out.</extracomment>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.</extracomment>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <extracomment>The network log window&apos;s title.</extracomment>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>Filter by URL, method or status</source>
        <extracomment>Placeholder of the network log&apos;s filter field.</extracomment>
        <translation>Nach URL, Methode oder Status filtern</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body, and what went wrong if anything did. Requests appear here as the app makes them.</source>
        <extracomment>The network log&apos;s detail pane before a request is selected.</extracomment>
        <translation>Wählen Sie eine Anfrage, um ihre Header und ihren Inhalt zu sehen und was gegebenenfalls schiefgelaufen ist. Anfragen erscheinen hier, sobald die App sie stellt.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Als &amp;cURL kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request, secrets masked</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage wiederholt, vertrauliche Daten maskiert</translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;Secrets…</source>
        <translation>Als cURL mit &amp;vertraulichen Daten kopieren…</translation>
    </message>
    <message>
        <source>Copy the command with the real code, token and credentials (asks first)</source>
        <translation>Den Befehl mit dem echten Code, Token und Zugangsdaten kopieren (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Copy as cURL, secrets masked</source>
        <translation>Als cURL kopieren, vertrauliche Daten maskiert</translation>
    </message>
    <message>
        <source>The button&apos;s menu has a second choice that copies the command with its secrets.</source>
        <translation>Das Menü der Schaltfläche bietet eine zweite Wahl, die den Befehl mit seinen vertraulichen Daten kopiert.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <extracomment>Empties the network log.</extracomment>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the network log</source>
        <translation>Netzwerkprotokoll leeren</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>Netzwerkprotokoll schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>Next to the network log&apos;s filter. %n is the number of requests.</extracomment>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 von %n Anfrage</numerusform>
            <numerusform>%1 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem:</source>
        <extracomment>In the network log, above what the app made of a failed answer.</extracomment>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Likely cause and fix:</source>
        <extracomment>In the network log: the likely misconfiguration and how to fix it follows.</extracomment>
        <translation>Wahrscheinliche Ursache und Lösung:</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <extracomment>In the network log while a request has no answer yet.</extracomment>
        <translation>Warten auf die Antwort …</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <extracomment>%1 HTTP status, %2 duration, %3 size: &quot;HTTP 200 · 41 ms · 1.2 KB&quot;.</extracomment>
        <translation>HTTP %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <extracomment>In the network log: no HTTP answer came. %1 is the technical reason.</extracomment>
        <translation>Keine Antwort nach %1 ms: %2</translation>
    </message>
    <message>
        <source>Copied, secrets masked.</source>
        <extracomment>After Copy as cURL.</extracomment>
        <translation>Kopiert, vertrauliche Daten maskiert.</translation>
    </message>
    <message>
        <source>Copy with secrets?</source>
        <extracomment>Title of the confirmation before copying a request with its secrets.</extracomment>
        <translation>Mit vertraulichen Daten kopieren?</translation>
    </message>
    <message>
        <source>The command will contain this request&apos;s code, token or credentials in plain text. Anyone who sees it can sign in as this person.</source>
        <translation>Der Befehl enthält den Code, das Token oder die Zugangsdaten dieser Anfrage im Klartext. Wer ihn sieht, kann sich als diese Person anmelden.</translation>
    </message>
    <message>
        <source>Paste it only where nobody else can read it, and never into a bug report or chat. The clipboard is cleared after a minute.</source>
        <translation>Fügen Sie ihn nur dort ein, wo niemand sonst ihn lesen kann, und nie in einen Fehlerbericht oder Chat. Die Zwischenablage wird nach einer Minute geleert.</translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <extracomment>Confirms copying the request with its secrets.</extracomment>
        <translation>Mit vertraulichen Daten kopieren</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Es wurde nichts kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied with secrets. The clipboard is cleared in %n s.</source>
        <extracomment>After Copy as cURL with secrets. %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>Mit vertraulichen Daten kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Mit vertraulichen Daten kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>pending</source>
        <comment>network log: request not answered yet</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <extracomment>Under the phone number field when it is empty.</extracomment>
        <translation>Geben Sie Ihre Telefonnummer ein.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number. Enter digits only, with + before a country code.</source>
        <extracomment>The phone number field has letters or symbols in it.</extracomment>
        <translation>Das sieht nicht nach einer Telefonnummer aus. Geben Sie nur Ziffern ein, mit + vor einer Landesvorwahl.</translation>
    </message>
    <message>
        <source>No country has the country code in this number. Check the digits after + or 00, or choose the country and enter the number without its code.</source>
        <extracomment>The number starts with + (or 00) and a calling code that no country has.</extracomment>
        <translation>Kein Land hat die Landesvorwahl in dieser Nummer. Prüfen Sie die Ziffern nach + oder 00, oder wählen Sie das Land und geben Sie die Nummer ohne Vorwahl ein.</translation>
    </message>
    <message>
        <source>Choose a country, or enter the number with its country code, starting with +.</source>
        <extracomment>No country is selected and the number has no country code.</extracomment>
        <translation>Wählen Sie ein Land, oder geben Sie die Nummer mit Landesvorwahl ein, beginnend mit +.</translation>
    </message>
    <message>
        <source>This number is too short. Check that you entered every digit, with the country and area code.</source>
        <translation>Diese Nummer ist zu kurz. Prüfen Sie, ob Sie alle Ziffern mit Landes- und Ortsvorwahl eingegeben haben.</translation>
    </message>
    <message>
        <source>This number is too long. Check for extra digits.</source>
        <translation>Diese Nummer ist zu lang. Prüfen Sie sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number. Check the number and its country code.</source>
        <extracomment>The number has the right length but no such number exists.</extracomment>
        <translation>Das ist keine gültige Telefonnummer. Prüfen Sie die Nummer und ihre Landesvorwahl.</translation>
    </message>
    <message>
        <source>Phone numbers can&apos;t be read: a part of Directus Login is missing or damaged. Reinstall Directus Login.</source>
        <extracomment>The part of the program that reads phone numbers (a plug-in file) could not be loaded.</extracomment>
        <translation>Telefonnummern können nicht gelesen werden: Ein Teil von Directus Login fehlt oder ist beschädigt. Installieren Sie Directus Login neu.</translation>
    </message>
    <message>
        <source>This looks like a landline: codes are sent by text message. Enter a mobile number.</source>
        <extracomment>The number is a real fixed-line (landline) number; codes only go to mobiles.</extracomment>
        <translation>Das scheint ein Festnetzanschluss zu sein: Codes werden per SMS gesendet. Geben Sie eine Mobilnummer ein.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages (a toll-free, premium-rate or service number). Enter a mobile number.</source>
        <extracomment>A toll-free, premium-rate, shared-cost, pager or voicemail number.</extracomment>
        <translation>Diese Nummer kann keine SMS empfangen (eine gebührenfreie, Mehrwert- oder Servicenummer). Geben Sie eine Mobilnummer ein.</translation>
    </message>
    <message>
        <source>This number is too short (%1, %2). Check that you entered every digit, with the area code.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Diese Nummer ist zu kurz (%1, %2). Prüfen Sie, ob Sie alle Ziffern mit Vorwahl eingegeben haben.</translation>
    </message>
    <message>
        <source>This number is too long (%1, %2). Check for extra digits, or choose the country it belongs to.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Diese Nummer ist zu lang (%1, %2). Prüfen Sie sie auf überzählige Ziffern, oder wählen Sie das Land, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number (%1, %2). Check the number, or choose the country it belongs to.</source>
        <extracomment>The number has the right length but no such number exists in the country. %1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Das ist keine gültige Telefonnummer (%1, %2). Prüfen Sie die Nummer, oder wählen Sie das Land, zu dem sie gehört.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Sign in with your phone</source>
        <translation>Mit Ihrem Telefon anmelden</translation>
    </message>
    <message>
        <source>We will text you a one-time code. No password needed.</source>
        <translation>Wir senden Ihnen per SMS einen Einmalcode. Kein Passwort nötig.</translation>
    </message>
    <message>
        <source>&amp;Country or region</source>
        <translation>&amp;Land oder Region</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>&amp;Telefonnummer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code. The code is sent to it by SMS.</source>
        <translation>Ihre Mobilnummer, mit oder ohne Landesvorwahl. Der Code wird per SMS an diese Nummer gesendet.</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Sends a one-time code to this number by SMS.</source>
        <translation>Sendet per SMS einen Einmalcode an diese Nummer.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the phone number field.</extracomment>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code.</source>
        <extracomment>Under the empty phone number field.</extracomment>
        <translation>Ihre Mobilnummer, mit oder ohne Landesvorwahl.</translation>
    </message>
    <message>
        <source>The code will be sent to %1</source>
        <extracomment>The live line under the phone number field. %1 is the number in international format.</extracomment>
        <translation>Der Code wird an %1 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <extracomment>The Send code button while a new code cannot be asked for yet.</extracomment>
        <translation>
            <numerusform>Erneut senden in %n s</numerusform>
            <numerusform>Erneut senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <extracomment>At start, while the stored sign-in is checked with the server.</extracomment>
        <translation>Ihre gespeicherte Anmeldung wird geprüft …</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <extracomment>%1 is the phone number.</extracomment>
        <translation>Code wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be checked. %1</source>
        <extracomment>At start, the stored sign-in could not be checked. %1 says why and what to do.</extracomment>
        <translation>Ihre gespeicherte Anmeldung konnte nicht geprüft werden. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Checks the saved sign-in again.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check the saved sign-in again</source>
        <translation>Gespeicherte Anmeldung erneut prüfen</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Noch nicht verfügbar: In Kürze können Sie einen neuen Code anfordern.</translation>
    </message>
    <message>
        <source>&amp;Test numbers</source>
        <translation>&amp;Testnummern</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Testnummern</translation>
    </message>
    <message>
        <source>Shows the demo&apos;s test numbers and what each one does</source>
        <translation>Zeigt die Testnummern der Demo und was jede bewirkt</translation>
    </message>
    <message>
        <source>Demo test numbers</source>
        <translation>Testnummern der Demo</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the demo&apos;s test numbers.</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Demo mode: no real SMS is sent. Any valid number signs in, %1 as Ada Lovelace; the other test numbers each show one error.</source>
        <extracomment>Demo mode hint at the bottom of the phone page. %1 is a test phone number.</extracomment>
        <translation>Demomodus: Es wird keine echte SMS gesendet. Jede gültige Nummer meldet an, %1 als Ada Lovelace; die anderen Testnummern zeigen je einen Fehler.</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Checks again whether a keychain is running now.</extracomment>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again for a keychain</source>
        <translation>Erneut nach einem Schlüsselbund suchen</translation>
    </message>
    <message>
        <source>This sign-in will be kept for this session only: you will be signed out when you close Directus Login.</source>
        <extracomment>On the phone page, once &quot;Sign in for this session only&quot; was chosen.</extracomment>
        <translation>Diese Anmeldung gilt nur für diese Sitzung: Sie werden abgemeldet, wenn Sie Directus Login schließen.</translation>
    </message>
    <message>
        <source>Sign-ins will not be remembered: no keychain is running.</source>
        <extracomment>At start, on the phone page, when no keychain (Secret Service) is running.</extracomment>
        <translation>Anmeldungen werden nicht gespeichert: Es läuft kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <extracomment>On the phone page without a keychain: the next sign-in is kept in memory only.</extracomment>
        <translation>Nur für diese Sitzung anmelden</translation>
    </message>
    <message>
        <source>Sign in for this session only, without saving the sign-in</source>
        <translation>Nur für diese Sitzung anmelden, ohne die Anmeldung zu speichern</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Profile: %1 — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name.</extracomment>
        <translation>Profil: %1 – keine Produktion</translation>
    </message>
    <message>
        <source>Profile: %1 (%2) — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name, %2 the server&apos;s host name.</extracomment>
        <translation>Profil: %1 (%2) – keine Produktion</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>Stops what the page is waiting for (a request), not the whole sign-in.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Creates or updates, idempotently, what Directus Login needs on a Directus server: the phone and one-time-code fields on users and the two sign-in flows (with stable ids). Needs the static token of a Directus administrator.</source>
        <translation>Legt idempotent an oder aktualisiert, was Directus Login auf einem Directus-Server braucht: die Felder für Telefon und Einmalcode bei den Benutzern und die beiden Anmelde-Flows (mit festen IDs). Braucht das statische Token eines Directus-Administrators.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Directus URL (default: $DIRECTUS_URL).</source>
        <translation>Directus-URL (Standard: $DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Static token of an administrator (default: $DIRECTUS_ADMIN_TOKEN; prefer the variable: arguments are visible to other users).</source>
        <translation>Statisches Token eines Administrators (Standard: $DIRECTUS_ADMIN_TOKEN; verwenden Sie lieber die Variable: Argumente sind für andere Benutzer sichtbar).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Plivo Auth ID (default: $PLIVO_AUTH_ID).</source>
        <translation>Plivo Auth ID (Standard: $PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Plivo Auth Token (default: $PLIVO_AUTH_TOKEN).</source>
        <translation>Plivo Auth Token (Standard: $PLIVO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>UUID of the Plivo Verify application (default: $PLIVO_APP_UUID).</source>
        <translation>UUID der Plivo-Verify-Anwendung (Standard: $PLIVO_APP_UUID).</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Plivo API base URL (default: https://api.plivo.com).</source>
        <translation>Basis-URL der Plivo-API (Standard: https://api.plivo.com).</translation>
    </message>
    <message>
        <source>The flows read the Plivo auth id, token and app uuid from Directus&apos; environment ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) instead of holding them. Directus needs them in FLOWS_ENV_ALLOW_LIST.</source>
        <translation>Die Flows lesen Auth ID, Token und App-UUID von Plivo aus der Umgebung von Directus ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID), statt sie selbst zu enthalten. Directus braucht sie in FLOWS_ENV_ALLOW_LIST.</translation>
    </message>
    <message>
        <source>Read the server and show what would change; write nothing.</source>
        <translation>Den Server lesen und zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Log each request (method and path) on stderr.</source>
        <translation>Jede Anfrage (Methode und Pfad) auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login provision --help&apos;.</source>
        <translation>Siehe „directus-login provision --help“.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>the Directus server is needed: --server URL or DIRECTUS_URL</source>
        <translation>der Directus-Server wird benötigt: --server URL oder DIRECTUS_URL</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id, token and app uuid read by the flows from Directus&apos; environment (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID must be set and listed in FLOWS_ENV_ALLOW_LIST).</source>
        <translation>Plivo: %1; Auth ID, Token und App-UUID lesen die Flows aus der Umgebung von Directus (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID müssen gesetzt und in FLOWS_ENV_ALLOW_LIST aufgeführt sein).</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id %2, auth token ••••, app %3.</source>
        <translation>Plivo: %1; Auth ID %2, Auth Token ••••, App %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Planned changes:</source>
        <translation>Probelauf: Es wurde nichts geschrieben. Geplante Änderungen:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Eingerichtet:</translation>
    </message>
    <message>
        <source>Login flow:  %1
  %2
</source>
        <translation>Anmelde-Flow: %1
  %2
</translation>
    </message>
    <message>
        <source>Verify flow: %1
  %2
</source>
        <translation>Prüf-Flow:    %1
  %2
</translation>
    </message>
    <message>
        <source>Everything was up to date: nothing changed.</source>
        <translation>Alles war auf dem neuesten Stand: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>What the verify flow hands out: &quot;session&quot; (default), a Directus session of the device with short-lived access tokens, revoked by sign-out; or &quot;static&quot;, a token in directus_users.token that never expires (the seed&apos;s way).</source>
        <translation>Was der Prüf-Flow ausgibt: &quot;session&quot; (Standard), eine Directus-Sitzung des Geräts mit kurzlebigen Zugriffstoken, die beim Abmelden widerrufen wird; oder &quot;static&quot;, ein Token in directus_users.token, das nie abläuft (wie in der Vorlage).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>--token-mode is &quot;session&quot; or &quot;static&quot;, not &quot;%1&quot;</source>
        <translation>--token-mode ist &quot;session&quot; oder &quot;static&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No new code for a number within this many seconds of the last one: the same session is answered again, without an SMS (default 30; 0 to 3600).</source>
        <translation>Kein neuer Code für eine Nummer innerhalb so vieler Sekunden nach dem letzten: Dieselbe Sitzung wird erneut beantwortet, ohne SMS (Standard 30; 0 bis 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Codes sent to one number in 24 hours; more are refused with 429 (default 10; 1 to 100).</source>
        <translation>Codes, die in 24 Stunden an eine Nummer gesendet werden; weitere werden mit 429 abgelehnt (Standard 10; 1 bis 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes tried on one number&apos;s sessions in 24 hours, whatever the session; more are refused with 429 (default 0: no cap beyond 10 per session; up to 1000).</source>
        <translation>Codes, die in 24 Stunden in den Sitzungen einer Nummer ausprobiert werden, gleich in welcher Sitzung; weitere werden mit 429 abgelehnt (Standard 0: keine Grenze außer 10 je Sitzung; bis 1000).</translation>
    </message>
    <message>
        <source>Answer a number without an account as if it had one (a session no code validates, no SMS), so that nobody can test which numbers have accounts. A mistyped number then waits for an SMS that never comes.</source>
        <translation>Einer Nummer ohne Konto so antworten, als hätte sie eines (eine Sitzung, die kein Code bestätigt, keine SMS), damit niemand prüfen kann, welche Nummern Konten haben. Eine vertippte Nummer wartet dann auf eine SMS, die nie kommt.</translation>
    </message>
    <message>
        <source>Digits in the code your Plivo Verify application sends (default 6; 4 to 8).</source>
        <translation>Ziffern des Codes, den Ihre Plivo-Verify-Anwendung sendet (Standard 6; 4 bis 8).</translation>
    </message>
    <message>
        <source>Minutes a code is accepted; match your Plivo Verify application (default 10; 1 to 60).</source>
        <translation>Minuten, die ein Code gilt; passend zu Ihrer Plivo-Verify-Anwendung (Standard 10; 1 bis 60).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 ist eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
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
        <translation>Geben Sie den Directus-Server als http(s)-URL an, z. B. https://cms.example.com.</translation>
    </message>
    <message>
        <source>An admin token is needed: --admin-token or DIRECTUS_ADMIN_TOKEN.</source>
        <translation>Ein Admin-Token wird benötigt: --admin-token oder DIRECTUS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Give the Plivo API as an http(s) URL without query, e.g. https://api.plivo.com.</source>
        <translation>Geben Sie die Plivo-API als http(s)-URL ohne Query an, z. B. https://api.plivo.com.</translation>
    </message>
    <message>
        <source>Give the Plivo auth id (--plivo-auth-id: letters and digits), or use --plivo-from-env.</source>
        <translation>Geben Sie die Plivo Auth ID an (--plivo-auth-id: Buchstaben und Ziffern) oder verwenden Sie --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo auth token (--plivo-auth-token or PLIVO_AUTH_TOKEN), or use --plivo-from-env.</source>
        <translation>Geben Sie den Plivo Auth Token an (--plivo-auth-token oder PLIVO_AUTH_TOKEN) oder verwenden Sie --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo Verify application&apos;s UUID (--plivo-app-uuid), or use --plivo-from-env.</source>
        <translation>Geben Sie die UUID der Plivo-Verify-Anwendung an (--plivo-app-uuid) oder verwenden Sie --plivo-from-env.</translation>
    </message>
    <message>
        <source>The server is reached over plain http: the admin token and the Plivo credentials travel unencrypted.</source>
        <translation>Der Server wird über unverschlüsseltes http erreicht: Das Admin-Token und die Plivo-Zugangsdaten werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The Plivo API URL is a local or private address: Directus refuses such requests until IMPORT_IP_DENY_LIST is narrowed (its default, 0.0.0.0, denies every local interface).</source>
        <translation>Die URL der Plivo-API ist eine lokale oder private Adresse: Directus lehnt solche Anfragen ab, bis IMPORT_IP_DENY_LIST eingeschränkt wird (der Standardwert 0.0.0.0 sperrt jede lokale Schnittstelle).</translation>
    </message>
    <message>
        <source>Directus did not answer within %1 s while %2.</source>
        <translation>Directus hat nicht innerhalb von %1 s geantwortet (Schritt: %2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed; its certificate is not trusted.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen; sein Zertifikat ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Could not reach Directus at %1 while %2: %3</source>
        <translation>Directus unter %1 war nicht erreichbar (Schritt: %2): %3</translation>
    </message>
    <message>
        <source>Directus answered something that is not JSON while %1. Is the server address right?</source>
        <translation>Directus hat etwas geantwortet, das kein JSON ist (Schritt: %1). Ist die Serveradresse richtig?</translation>
    </message>
    <message>
        <source>reading the flows</source>
        <translation>Flows lesen</translation>
    </message>
    <message>
        <source>reading the fields of users</source>
        <translation>Felder von users lesen</translation>
    </message>
    <message>
        <source>reading the collections</source>
        <translation>Collections lesen</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>Operationen lesen</translation>
    </message>
    <message>
        <source>reading the fields of %1</source>
        <translation>Felder von %1 lesen</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation>altes %1 löschen</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>The flow definitions are missing from this build.</source>
        <translation>Die Flow-Definitionen fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>The flow definitions in this build are damaged.</source>
        <translation>Die Flow-Definitionen in diesem Build sind beschädigt.</translation>
    </message>
    <message>
        <source>The field %1.%2 already exists with type &quot;%3&quot;; Directus Login needs &quot;%4&quot;. Rename or remove that field first.</source>
        <translation>Das Feld %1.%2 existiert bereits mit dem Typ „%3“; Directus Login braucht „%4“. Benennen Sie dieses Feld zuerst um oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Licence limit: Directus without a licence key runs at most %1 active flows; with these %2 this server would have %3 (others: %4). Directus will refuse to activate them unless it has a licence key or you deactivate %5 of the others.</source>
        <translation>Lizenzgrenze: Directus ohne Lizenzschlüssel führt höchstens %1 aktive Flows aus; mit diesen %2 hätte dieser Server %3 (andere: %4). Directus wird sie nicht aktivieren, solange es keinen Lizenzschlüssel hat oder Sie nicht %5 der anderen deaktivieren.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on active flows reached. Without a licence key Directus runs at most %2 active flows; active now: %3. Deactivate or delete a flow you do not need, or add a licence key, then run provision again.</source>
        <translation>Directus hat abgelehnt: %1 – die Lizenzgrenze für aktive Flows ist erreicht. Ohne Lizenzschlüssel führt Directus höchstens %2 aktive Flows aus; jetzt aktiv: %3. Deaktivieren oder löschen Sie einen Flow, den Sie nicht brauchen, oder fügen Sie einen Lizenzschlüssel hinzu, und führen Sie provision dann erneut aus.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on seats reached. Without a licence key Directus allows %2 active users with app or admin access. Phone users need no app access; remove it from their role or policy, or add a licence key.</source>
        <translation>Directus hat abgelehnt: %1 – die Lizenzgrenze für Benutzerplätze ist erreicht. Ohne Lizenzschlüssel erlaubt Directus %2 aktive Benutzer mit App- oder Admin-Zugang. Telefonbenutzer brauchen keinen App-Zugang; entfernen Sie ihn aus ihrer Rolle oder Richtlinie, oder fügen Sie einen Lizenzschlüssel hinzu.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit &quot;%2&quot; reached.</source>
        <translation>Directus hat abgelehnt: %1 – die Lizenzgrenze „%2“ ist erreicht.</translation>
    </message>
    <message>
        <source>Directus refused %1: this feature needs a Directus licence key (%2).</source>
        <translation>Directus hat abgelehnt: %1 – diese Funktion braucht einen Directus-Lizenzschlüssel (%2).</translation>
    </message>
    <message>
        <source>Directus refused the admin token (401). Check --admin-token or DIRECTUS_ADMIN_TOKEN: it must be the static token of an administrator.</source>
        <translation>Directus hat das Admin-Token abgelehnt (401). Prüfen Sie --admin-token oder DIRECTUS_ADMIN_TOKEN: Es muss das statische Token eines Administrators sein.</translation>
    </message>
    <message>
        <source>Directus refused %1 (403 %2). The token needs administrator access.</source>
        <translation>Directus hat abgelehnt: %1 (403 %2). Das Token braucht Administratorrechte.</translation>
    </message>
    <message>
        <source>Directus answered 404 while %1. Is the server address the Directus root (the one that answers /server/ping)?</source>
        <translation>Directus hat mit 404 geantwortet (Schritt: %1). Ist die Serveradresse die Wurzel von Directus (die Adresse, die auf /server/ping antwortet)?</translation>
    </message>
    <message>
        <source>Directus answered %1 while %2%3</source>
        <translation>Directus hat mit %1 geantwortet (Schritt: %2)%3</translation>
    </message>
    <message>
        <source>The collection %1 already exists and its field &quot;%2&quot; is not of type &quot;%3&quot;. Remove that collection first: Directus Login keeps only short-lived rows in it.</source>
        <translation>Die Sammlung %1 existiert bereits, und ihr Feld „%2“ hat nicht den Typ „%3“. Entfernen Sie diese Sammlung zuerst: Directus Login speichert darin nur kurzlebige Zeilen.</translation>
    </message>
    <message>
        <source>Directus did not say its version, so it cannot be checked: these flows need Directus %1 or later (tested: %2). Check that the token belongs to an administrator.</source>
        <extracomment>provision: /server/info did not say which Directus runs. %1 the oldest supported version (&quot;11.17&quot;), %2 the versions tested.</extracomment>
        <translation>Directus hat seine Version nicht genannt, daher kann sie nicht geprüft werden: Diese Flows brauchen Directus %1 oder neuer (getestet: %2). Prüfen Sie, ob das Token einem Administrator gehört.</translation>
    </message>
    <message>
        <source>This server runs Directus %1. The Directus Login flows need Directus %2 or later (tested: %3): update Directus, then provision again. Nothing was changed.</source>
        <extracomment>provision: the server&apos;s Directus is too old. %1 its version, %2 the oldest supported (&quot;11.17&quot;), %3 the versions tested.</extracomment>
        <translation>Auf diesem Server läuft Directus %1. Die Flows von Directus Login brauchen Directus %2 oder neuer (getestet: %3): Aktualisieren Sie Directus und führen Sie provision erneut aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>reading the server&apos;s version</source>
        <translation>Serverversion lesen</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Connect to your Directus server</source>
        <translation>Mit Ihrem Directus-Server verbinden</translation>
    </message>
    <message>
        <source>Enter the server and its two sign-in flows. You only need to do this once.</source>
        <translation>Geben Sie den Server und seine beiden Anmelde-Flows ein. Das ist nur einmal nötig.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>https://cms.example.com</source>
        <translation>https://cms.example.com</translation>
    </message>
    <message>
        <source>Directus server address</source>
        <translation>Adresse des Directus-Servers</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow</source>
        <extracomment>The Directus flow that sends the SMS code.</extracomment>
        <translation>Anmelde-&amp;Flow</translation>
    </message>
    <message>
        <source>Flow id or trigger URL</source>
        <translation>Flow-ID oder Trigger-URL</translation>
    </message>
    <message>
        <source>Sign-in flow, the flow that sends the code</source>
        <translation>Anmelde-Flow, der Flow, der den Code sendet</translation>
    </message>
    <message>
        <source>The flow&apos;s id, or its whole trigger URL pasted from Directus.</source>
        <translation>Die ID des Flows oder seine vollständige Trigger-URL, aus Directus eingefügt.</translation>
    </message>
    <message>
        <source>&amp;Verification flow</source>
        <extracomment>The Directus flow that checks the SMS code.</extracomment>
        <translation>&amp;Prüf-Flow</translation>
    </message>
    <message>
        <source>Verification flow, the flow that checks the code</source>
        <translation>Prüf-Flow, der Flow, der den Code prüft</translation>
    </message>
    <message>
        <source>Tip: paste a flow&apos;s trigger URL from the Directus app (the flow&apos;s webhook trigger); the server is filled in for you.</source>
        <translation>Tipp: Fügen Sie die Trigger-URL eines Flows aus der Directus-App ein (Webhook-Trigger des Flows); der Server wird dann automatisch eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Asks the server whether it is a Directus server that answers.</source>
        <translation>Fragt den Server, ob er ein Directus-Server ist, der antwortet.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <extracomment>Tooltip of a field the system administrator has fixed.</extracomment>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
    <message>
        <source>This trigger URL is on %1, not on %2. Use the flows of the same server.</source>
        <extracomment>%1 is the server named by the pasted trigger URL, %2 the one in the Server field.</extracomment>
        <translation>Diese Trigger-URL liegt auf %1, nicht auf %2. Verwenden Sie die Flows desselben Servers.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1. Check that the folder exists and can be written.</source>
        <extracomment>%1 is the configuration file.</extracomment>
        <translation>Die Einstellungen konnten nicht unter %1 gespeichert werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is the server address.</extracomment>
        <translation>%1 wird kontaktiert …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms.</source>
        <translation>
            <numerusform>Verbunden: %1 hat in %n ms geantwortet.</numerusform>
            <numerusform>Verbunden: %1 hat in %n ms geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sign-in flow…</source>
        <extracomment>Test connection, after the server answered.</extracomment>
        <translation>Anmelde-Flow wird geprüft …</translation>
    </message>
    <message>
        <source>Checking the verification flow…</source>
        <translation>Prüf-Flow wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms, and both flows answer.</source>
        <translation>
            <numerusform>Verbunden: %1 hat in %n ms geantwortet, und beide Flows antworten.</numerusform>
            <numerusform>Verbunden: %1 hat in %n ms geantwortet, und beide Flows antworten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>A code was just sent to this number. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>Gerade wurde ein Code an diese Nummer gesendet. Einen neuen können Sie in %n Sekunde anfordern.</numerusform>
            <numerusform>Gerade wurde ein Code an diese Nummer gesendet. Einen neuen können Sie in %n Sekunden anfordern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is too short: it has %1 to %2 digits.</source>
        <translation>Der Code ist zu kurz: Er hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>The code is too long: it has %1 to %2 digits.</source>
        <translation>Der Code ist zu lang: Er hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>The server issued a token that it does not accept itself, so it was not stored. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Der Server hat ein Token ausgestellt, das er selbst nicht akzeptiert; es wurde daher nicht gespeichert. Wenden Sie sich an den Administrator des Servers; die Details sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <source>GET /users/me refused the token the verification flow returned: the &quot;Update User Account&quot; operation did not save it as the user&apos;s token (wrong filter, or it writes another value than it returns).</source>
        <translation>GET /users/me hat das Token abgelehnt, das der Prüf-Flow zurückgegeben hat: Die Operation „Update User Account“ hat es nicht als Token des Benutzers gespeichert (falscher Filter, oder sie schreibt einen anderen Wert, als sie zurückgibt).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused more codes for this number for now. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server lehnt für diese Nummer vorerst weitere Codes ab. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server lehnt für diese Nummer vorerst weitere Codes ab. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code was right, but your account may not read its own user on this server (GET /users/me answers 403), so the sign-in cannot be checked and was not saved. Ask the server&apos;s administrator to let your role read its own user.</source>
        <translation>Ihr Code war richtig, aber Ihr Konto darf auf diesem Server den eigenen Benutzer nicht lesen (GET /users/me antwortet 403). Die Anmeldung kann daher nicht geprüft werden und wurde nicht gespeichert. Bitten Sie den Administrator des Servers, Ihrer Rolle das Lesen des eigenen Benutzers zu erlauben.</translation>
    </message>
    <message>
        <source>Your code was right, but the server could not say who you are, so nothing was saved. %1</source>
        <translation>Ihr Code war richtig, aber der Server konnte nicht sagen, wer Sie sind; daher wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server opened a session for this sign-in and refused it at once, so nothing was stored. Tell the server&apos;s administrator; the details say what happened.</source>
        <translation>Der Server hat für diese Anmeldung eine Sitzung geöffnet und sie sofort abgelehnt, daher wurde nichts gespeichert. Informieren Sie den Administrator des Servers; die Details sagen, was passiert ist.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be completed, so nothing was saved. %1</source>
        <translation>Ihr Code war richtig, aber die Anmeldung konnte nicht abgeschlossen werden, daher wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>You were signed out of this server (in another window or command). Sign in again.</source>
        <translation>Sie wurden von diesem Server abgemeldet (in einem anderen Fenster oder Befehl). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>Die Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The sign-in was renewed, but the keychain did not keep the new token, and the old one no longer works: this sign-in is lost. %1 Then sign in again.</source>
        <translation>Die Anmeldung wurde erneuert, aber der Schlüsselbund hat das neue Token nicht behalten, und das alte gilt nicht mehr: Diese Anmeldung ist verloren. %1 Melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>A call can be asked for only once a code was sent by SMS to this number. Ask for the SMS first.</source>
        <translation>Ein Anruf kann erst angefordert werden, wenn ein Code per SMS an diese Nummer gesendet wurde. Fordern Sie zuerst die SMS an.</translation>
    </message>
</context>
<context>
    <name>SignInWizard</name>
    <message>
        <source>Directus Login (demo)</source>
        <extracomment>The window title.</extracomment>
        <translation>Directus Login (Demo)</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the window once signed in.</extracomment>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the window (and stops whatever it was waiting for).</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close Directus Login</source>
        <translation>Directus Login schließen</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>A small badge in the corner of the window in demo mode.</extracomment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo mode: an offline demo server, no real SMS</source>
        <translation>Demomodus: ein Offline-Demo-Server, keine echte SMS</translation>
    </message>
    <message>
        <source>You are signed out. The stored sign-in was removed.</source>
        <extracomment>On the phone page after Sign out.</extracomment>
        <translation>Sie sind abgemeldet. Die gespeicherte Anmeldung wurde entfernt.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>&amp;Network Log…</source>
        <extracomment>Tools menu: opens the list of every request of this run.</extracomment>
        <translation>&amp;Netzwerkprotokoll…</translation>
    </message>
    <message>
        <source>Every request of this run, secrets masked</source>
        <translation>Alle Anfragen seit dem Programmstart, vertrauliche Daten maskiert</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <extracomment>Tools menu: writes one text file for a bug report.</extracomment>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>One file with the masked log, the versions, the settings and the last error</source>
        <translation>Eine Datei mit dem maskierten Protokoll, den Versionen, den Einstellungen und dem letzten Fehler</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Tools menu: the submenu that lists the profiles (servers).</extracomment>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;About Directus Login…</source>
        <extracomment>Tools menu: versions of the program and its libraries.</extracomment>
        <translation>Ü&amp;ber Directus Login…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>The button at the left of the button row that opens the Tools menu.</extracomment>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Network log, diagnostic report, profiles and version</source>
        <translation>Netzwerkprotokoll, Diagnosebericht, Profile und Version</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <extracomment>A profile in the Profile menu marked as production. %1 is its name and server.</extracomment>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Demo mode uses its own server.</source>
        <translation>Der Demomodus verwendet seinen eigenen Server.</translation>
    </message>
    <message>
        <source>The administrator has fixed the profile.</source>
        <translation>Der Administrator hat das Profil festgelegt.</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <extracomment>Title of the file dialog for the diagnostic report.</extracomment>
        <translation>Diagnosebericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the report&apos;s save dialog.</extracomment>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <extracomment>Title when the diagnostic report could not be written.</extracomment>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Report Saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <extracomment>%1 is the report&apos;s file path.</extracomment>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Codes, tokens and credentials in it are masked. Read it before you send it: it contains the server&apos;s address and the requests&apos; URLs.</source>
        <translation>Codes, Tokens und Zugangsdaten darin sind maskiert. Lesen Sie ihn, bevor Sie ihn senden: Er enthält die Adresse des Servers und die URLs der Anfragen.</translation>
    </message>
    <message>
        <source>About Directus Login</source>
        <extracomment>Title of the About box.</extracomment>
        <translation>Über Directus Login</translation>
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
        <translation>Meldet Sie mit Ihrer Telefonnummer und einem per SMS gesendeten Code bei einem Directus-Server an.

Qt %1 (erstellt mit %2)
QtKeychain 0.13 oder neuer
Tokens werden aufbewahrt in: %3</translation>
    </message>
    <message>
        <source>Stop Signing In?</source>
        <extracomment>Title of the question asked when the window is closed in the middle of a sign-in.</extracomment>
        <translation>Anmeldung abbrechen?</translation>
    </message>
    <message>
        <source>Stop signing in?</source>
        <translation>Anmeldung abbrechen?</translation>
    </message>
    <message>
        <source>The code sent to %1 will not be used. To sign in later you will ask for a new one.</source>
        <translation>Der an %1 gesendete Code wird nicht verwendet. Für eine spätere Anmeldung fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>&amp;Keep Signing In</source>
        <extracomment>In the question before closing mid-sign-in: the safe answer, the default.</extracomment>
        <translation>&amp;Weiter anmelden</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <extracomment>In the question before closing mid-sign-in: closes the window.</extracomment>
        <translation>A&amp;bbrechen und schließen</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Directus Login and other programs can now use this sign-in.</source>
        <translation>Directus Login und andere Programme können diese Anmeldung jetzt verwenden.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Stored</source>
        <extracomment>Caption of the line that says where the sign-in (the token) is stored.</extracomment>
        <translation>Aufbewahrt in</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Removes the stored sign-in from this computer.</source>
        <translation>Entfernt die gespeicherte Anmeldung von diesem Computer.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>Signed in, but the server shows only the user&apos;s id.</extracomment>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The server does not show who you are.</source>
        <translation>Der Server zeigt nicht an, wer Sie sind.</translation>
    </message>
    <message>
        <source>User id %1 (the server shows no name or e-mail)</source>
        <translation>Benutzer-ID %1 (der Server zeigt weder Namen noch E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1.</source>
        <extracomment>Completed by where the token is: &quot;the system keychain (Secret Service)&quot;, &quot;memory, for this session only&quot;.</extracomment>
        <translation>Ihre Anmeldung wird hier aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>You will be signed out when you close Directus Login.</source>
        <translation>Sie werden abgemeldet, wenn Sie Directus Login schließen.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <extracomment>While the token is removed from the keychain.</extracomment>
        <translation>Abmeldung läuft …</translation>
    </message>
    <message>
        <source>You can use Directus Login now. The sign-in is not saved, so other programs cannot use it.</source>
        <extracomment>The signed-in page&apos;s subtitle when the sign-in is kept in memory only.</extracomment>
        <translation>Sie können Directus Login jetzt verwenden. Die Anmeldung wird nicht gespeichert, daher können andere Programme sie nicht nutzen.</translation>
    </message>
    <message>
        <source>It is a session of this device (%1) on the server, renewed whenever it is used; unused, it ends %2.</source>
        <extracomment>On the signed-in page, after &quot;Your sign-in is kept in …&quot;. %1 is this device&apos;s name as the server knows it, %2 a date and time.</extracomment>
        <translation>Es ist eine Sitzung dieses Geräts (%1) auf dem Server, die bei jeder Benutzung erneuert wird; unbenutzt endet sie %2.</translation>
    </message>
</context>
<context>
    <name>SmsBanner</name>
    <message>
        <source>Use code</source>
        <extracomment>Demo mode: puts the code from the simulated SMS into the code field.</extracomment>
        <translation>Code verwenden</translation>
    </message>
    <message>
        <source>Use the code from the demo SMS</source>
        <translation>Den Code aus der Demo-SMS verwenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the demo SMS</source>
        <translation>Die Demo-SMS schließen</translation>
    </message>
    <message>
        <source>Demo SMS</source>
        <translation>Demo-SMS</translation>
    </message>
    <message>
        <source>Demo SMS to %1 · now</source>
        <extracomment>Demo mode: the header of the simulated SMS notification. %1 is the phone number it was sent to; &quot;now&quot; is when it arrived.</extracomment>
        <translation>Demo-SMS an %1 · jetzt</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The system keychain is not available. Try again, or keep the sign-in for this session only.</source>
        <extracomment>The operating system&apos;s keychain cannot be reached.</extracomment>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Versuchen Sie es erneut, oder behalten Sie die Anmeldung nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain is available. Install and start gnome-keyring or KWallet and try again, or keep the sign-in for this session only.</source>
        <extracomment>No Secret Service (gnome-keyring, KWallet) is running on this Linux desktop.</extracomment>
        <translation>Es ist kein Schlüsselbund verfügbar. Installieren und starten Sie gnome-keyring oder KWallet und versuchen Sie es erneut, oder behalten Sie die Anmeldung nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Schlüsselbund des Systems (Secret Service)</translation>
    </message>
    <message>
        <source>No token is stored for this server.</source>
        <translation>Für diesen Server ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Directus Login to use it when asked, then try again.</source>
        <extracomment>The person (or the system on their behalf) refused access to the keychain.</extracomment>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Directus Login den Zugriff, wenn Sie gefragt werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example by signing in to your desktop session) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel, indem Sie sich bei Ihrer Desktop-Sitzung anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Check that it is running and unlocked, then try again; the details say what went wrong.</source>
        <extracomment>The keychain answered with an error we do not know; the details show it.</extracomment>
        <translation>Der Schlüsselbund konnte nicht verwendet werden. Prüfen Sie, ob er läuft und entsperrt ist, und versuchen Sie es dann erneut; die Details sagen, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it is asking for a password, unlock it and try again.</source>
        <extracomment>The keychain may be showing a password prompt somewhere.</extracomment>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Falls er nach einem Passwort fragt, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be read.</source>
        <translation>Die Anmeldedatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The sign-in file %1 is damaged. Delete it and sign in again.</source>
        <translation>Die Anmeldedatei %1 ist beschädigt. Löschen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be written.</source>
        <translation>Die Anmeldedatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>a file, not the keychain: %1</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;. %1 is the file.</extracomment>
        <translation>einer Datei, nicht im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Stored in a file, not in the keychain: anyone who can read your files can use this sign-in. &quot;directus-login logout&quot; removes it.</source>
        <extracomment>Said by status and sign-in each time the sign-in is kept with --insecure-storage.</extracomment>
        <translation>In einer Datei gespeichert, nicht im Schlüsselbund: Wer Ihre Dateien lesen kann, kann diese Anmeldung benutzen. „directus-login logout“ entfernt sie.</translation>
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
        <translation>Meldet Sie mit Ihrer Telefonnummer und einem SMS-Code bei einem Directus-Server an und bewahrt das Token im Schlüsselbund des Systems auf.

Ohne Befehl öffnet sich das Anmeldefenster. Befehle:
  request-code --phone NUMBER [--country CC]  Code senden; gibt die Sitzung aus
  verify --session UUID --code CODE           Code prüfen, Token speichern
  sign-in --phone NUMBER [--country CC]       beides, fragt nach dem Code
  status                                      wer angemeldet ist (Exit 4, wenn niemand)
  token                                       gespeichertes Token ausgeben (Exit 4, wenn keines)
  logout                                      gespeichertes Token entfernen
  api [-X METHOD] PATH [--data JSON]          eine authentifizierte Anfrage
  provision --server URL --admin-token TOKEN  die Flows auf einem Directus-Server einrichten
  kiosk-pin                                   Hash der Administrator-PIN des Kiosks erzeugen

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falsche Verwendung, 4 Anmeldung nötig oder abgelehnt.
Umgebung: DIRECTUS_URL, DIRECTUS_LOGIN_FLOW, DIRECTUS_VERIFY_FLOW, DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, locked, token in memory only.</source>
        <translation>Kioskmodus: Vollbild, gesperrt, Token nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>A command (see above); none opens the window.</source>
        <translation>Ein Befehl (siehe oben); ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>directus-login: no translation for &quot;%1&quot;; available: %2
</source>
        <translation>directus-login: keine Übersetzung für „%1“; verfügbar: %2
</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (ar, de, en, es, fr, pt_BR).</source>
        <translation>Diese Sprache statt der des Systems verwenden (ar, de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>directus-login: kiosk mode needs an administrator PIN, or nobody could leave the kiosk. Run &quot;directus-login kiosk-pin&quot; and put the KioskPinHash=… line it prints into the system configuration (%1).
</source>
        <translation>directus-login: Der Kioskmodus braucht eine Administrator-PIN, sonst könnte niemand den Kiosk verlassen. Führen Sie „directus-login kiosk-pin“ aus und tragen Sie die ausgegebene Zeile KioskPinHash=… in die Systemkonfiguration ein (%1).
</translation>
    </message>
    <message>
        <source>Kiosk: run this command after sign-in, with DIRECTUS_URL in its environment and the sign-in as one JSON line on its standard input.</source>
        <translation>Kiosk: Diesen Befehl nach der Anmeldung ausführen, mit DIRECTUS_URL in seiner Umgebung und der Anmeldung als eine JSON-Zeile auf seiner Standardeingabe.</translation>
    </message>
    <message>
        <source>memory only (demo: not saved)</source>
        <extracomment>Where the demo&apos;s sign-in is kept (the signed-in page, status): nowhere that lasts.</extracomment>
        <translation>nur im Arbeitsspeicher (Demo: nicht gespeichert)</translation>
    </message>
    <message>
        <source>nowhere: it was printed once</source>
        <extracomment>Where the sign-in is kept with --print-token.</extracomment>
        <translation>nirgends: es wurde einmal ausgegeben</translation>
    </message>
</context>
</TS>
