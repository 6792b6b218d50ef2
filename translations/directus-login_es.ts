<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinning &quot;please wait&quot; indicator.</extracomment>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Comando «%1» desconocido. Comandos: %2.</translation>
    </message>
    <message>
        <source>Run &quot;directus-login --help&quot; for the commands and options.</source>
        <translation>Ejecuta «directus-login --help» para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnóstico: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>the demo server</source>
        <extracomment>The server in &quot;Signed in to %1 as %2&quot;, &quot;Not signed in to %1&quot;, &quot;Signed out of %1&quot;, &quot;rejected by %1&quot; (so in German the dative: &quot;dem Demo-Server&quot;).</extracomment>
        <translation>el servidor de demostración</translation>
    </message>
    <message>
        <source>%1 needs --phone NUMBER.</source>
        <translation>%1 necesita --phone NUMBER.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as GB or US.</source>
        <translation>«%1» no es un código de país. Usa un código ISO de dos letras, como GB o US.</translation>
    </message>
    <message>
        <source>[demo SMS] %1</source>
        <translation>[SMS de demostración] %1</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>Código enviado al %1.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>Demo code: %1</source>
        <translation>Código de demostración: %1</translation>
    </message>
    <message>
        <source>Next: directus-login verify --session %1 --code CODE</source>
        <translation>Siguiente paso: directus-login verify --session %1 --code CODE</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Token kept in %1.</source>
        <translation>Token guardado: %1.</translation>
    </message>
    <message>
        <source>verify needs --session UUID and --code CODE.</source>
        <translation>verify necesita --session UUID y --code CODE.</translation>
    </message>
    <message>
        <source>The code must have %1 to %2 digits.</source>
        <translation>El código debe tener de %1 a %2 dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempt(s) left).</source>
        <translation>
            <numerusform>Ese código no es correcto (queda %n intento).</numerusform>
            <numerusform>Ese código no es correcto (quedan %n intentos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1. Enter the code: </source>
        <translation>Código enviado al %1. Introduce el código: </translation>
    </message>
    <message>
        <source>(filled in from the demo SMS)
</source>
        <translation>(tomado del SMS de demostración)
</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>No se introdujo ningún código.</translation>
    </message>
    <message>
        <source>The token in %1 was rejected by %2: your session ended (signed in elsewhere or revoked). Sign in again: directus-login sign-in --phone NUMBER</source>
        <translation>%2 rechazó el token (%1): tu sesión terminó (se inició sesión en otro lugar o se revocó). Vuelve a iniciar sesión: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Token: %1 (%2)</source>
        <translation>Token: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with: directus-login sign-in --phone NUMBER</source>
        <translation>No has iniciado sesión en %1. Inicia sesión con: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Signed out of %1; the token was removed from %2.</source>
        <translation>Sesión cerrada en %1; el token se eliminó (%2).</translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to remove.</source>
        <translation>No has iniciado sesión en %1; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>api needs a path, for example: directus-login api /users/me</source>
        <translation>api necesita una ruta, por ejemplo: directus-login api /users/me</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 at offset %2.</source>
        <translation>--data no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>Directus server address (or DIRECTUS_URL).</source>
        <translation>Dirección del servidor Directus (o DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>Sign-in flow: its id or trigger URL (or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Flujo de inicio de sesión: su id o su URL de activación (o DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>Verification flow: its id or trigger URL (or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Flujo de verificación: su id o su URL de activación (o DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>Use the named profile (server and flows) from the configuration.</source>
        <translation>Usar el perfil indicado (servidor y flujos) de la configuración.</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no network, simulated SMS.</source>
        <translation>Usar el servidor de demostración integrado: sin red, SMS simulados.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Imprimir JSON legible por máquina.</translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>Registrar cada solicitud y respuesta en stderr, con los secretos ocultos.</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without progress (default 20).</source>
        <translation>Abandonar una solicitud tras estos segundos sin progreso (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Call the flows with POST and a JSON body instead of GET.</source>
        <translation>Llamar a los flujos con POST y un cuerpo JSON en lugar de GET.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this machine.</source>
        <translation>Permitir http:// sin cifrar con un servidor que no está en este equipo.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the phone number, in any format.</source>
        <translation>request-code, sign-in: el número de teléfono, en cualquier formato.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the country of a number without +, as an ISO code (GB).</source>
        <translation>request-code, sign-in: el país de un número sin +, como código ISO (GB).</translation>
    </message>
    <message>
        <source>verify: the otp_session_uuid from request-code.</source>
        <translation>verify: el otp_session_uuid de request-code.</translation>
    </message>
    <message>
        <source>verify: the code from the SMS.</source>
        <translation>verify: el código del SMS.</translation>
    </message>
    <message>
        <source>api: the HTTP method (default GET).</source>
        <translation>api: el método HTTP (predeterminado: GET).</translation>
    </message>
    <message>
        <source>api: a JSON request body.</source>
        <translation>api: un cuerpo de solicitud JSON.</translation>
    </message>
    <message>
        <source>A session of this device (%1); it ends %2 unless it is used again.</source>
        <extracomment>status: a Directus session of this device. %1 device name, %2 a date.</extracomment>
        <translation>Una sesión de este dispositivo (%1); termina %2 si no se vuelve a usar.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>when the server says</source>
        <translation>cuando el servidor lo decida</translation>
    </message>
    <message>
        <source>A static token: it never expires, and signing out does not end it on the server.</source>
        <translation>Un token estático: nunca caduca y cerrar la sesión no lo invalida en el servidor.</translation>
    </message>
    <message>
        <source>Signed out of %1: the session was ended on the server and removed from %2.</source>
        <translation>Sesión cerrada en %1: la sesión terminó en el servidor y se quitó de %2.</translation>
    </message>
    <message>
        <source>Signed out here: the sign-in was removed from %1. The server could not be reached, so the session stays valid there until it expires (%2); an administrator can end it sooner.</source>
        <translation>Sesión cerrada aquí: el inicio de sesión se quitó de %1. No se pudo contactar con el servidor, así que la sesión sigue siendo válida allí hasta que caduque (%2); un administrador puede terminarla antes.</translation>
    </message>
    <message numerus="yes">
        <source>in at most %n day(s)</source>
        <translation>
            <numerusform>en %n día como máximo</numerusform>
            <numerusform>en %n días como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>request-code: the code by a phone call instead (our flows allow it once an SMS was sent).</source>
        <translation>request-code: el código por llamada en su lugar (nuestros flujos lo permiten una vez enviado un SMS).</translation>
    </message>
    <message numerus="yes">
        <source>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second(s).</source>
        <translation>
            <numerusform>Todavía no hay llamada: el código se envió por SMS al %1 hace un momento. Se podrá pedir una llamada dentro de %n segundo.</numerusform>
            <numerusform>Todavía no hay llamada: el código se envió por SMS al %1 hace un momento. Se podrá pedir una llamada dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling %1 with the code.</source>
        <translation>Llamando al %1 para dictarle el código.</translation>
    </message>
    <message numerus="yes">
        <source>It expires in %1; a new one can be asked for in %n second(s).</source>
        <extracomment>request-code; %1 &quot;in 10 minutes&quot;-like text, %n seconds before a new code.</extracomment>
        <translation>
            <numerusform>Caduca en %1; se podrá pedir uno nuevo dentro de %n segundo.</numerusform>
            <numerusform>Caduca en %1; se podrá pedir uno nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>no keychain is running on this machine.</source>
        <translation>no hay ningún llavero en marcha en este equipo.</translation>
    </message>
    <message>
        <source>the keychain is locked.</source>
        <translation>el llavero está bloqueado.</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>el llavero no respondió.</translation>
    </message>
    <message>
        <source>the keychain refused.</source>
        <translation>el llavero se negó.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above works until %1; use it as DIRECTUS_TOKEN.</source>
        <translation>No se guardó nada. El token de arriba funciona hasta el %1; úselo como DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above does not expire; use it as DIRECTUS_TOKEN.</source>
        <translation>No se guardó nada. El token de arriba no caduca; úselo como DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: keep the sign-in in a file of yours (mode 0600) instead of the keychain, for machines that have none. Anyone who can read your files can use it.</source>
        <translation>sign-in, request-code, verify: guardar el inicio de sesión en un archivo propio (modo 0600) en lugar del llavero, para equipos que no lo tienen. Cualquiera que pueda leer sus archivos puede usarlo.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: print the access token once and store nothing (keep it yourself, e.g. as DIRECTUS_TOKEN).</source>
        <translation>sign-in, request-code, verify: mostrar el token de acceso una vez y no guardar nada (guárdelo usted, p. ej. como DIRECTUS_TOKEN).</translation>
    </message>
    <message>
        <source>Unlock the keyring (for example by signing in to the desktop) and try again</source>
        <translation>Desbloquee el llavero (por ejemplo, iniciando sesión en el escritorio) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Start a keyring (gnome-keyring or KWallet) and try again</source>
        <translation>Inicie un llavero (gnome-keyring o KWallet) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>The sign-in could not be kept here: %1 Nothing was sent. %2, or add --insecure-storage (kept in a file of yours, mode 0600) or --print-token (printed once, nothing stored).</source>
        <extracomment>sign-in, request-code, verify on a machine whose keychain cannot be used. %1 says why, %2 what to do.</extracomment>
        <translation>El inicio de sesión no se podría guardar aquí: %1 No se envió nada. %2, o añada --insecure-storage (en un archivo propio, modo 0600) o --print-token (se muestra una vez, no se guarda nada).</translation>
    </message>
    <message>
        <source>Not signed in to the demo server: demo sign-ins are not saved (demo: not saved), so each command starts signed out. Try: %1</source>
        <extracomment>status, logout, token with --demo: each command is a new demo server. %1 is a command with a test number, shown as it is.</extracomment>
        <translation>No ha iniciado sesión en el servidor de demostración: los inicios de sesión de demostración no se guardan (demo: no guardado), así que cada orden empieza sin sesión. Pruebe: %1</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message numerus="yes">
        <source>%n-digit code</source>
        <extracomment>Placeholder of the code field; %n is the number of digits expected.</extracomment>
        <translation>
            <numerusform>Código de %n dígito</numerusform>
            <numerusform>Código de %n dígitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation>Introduce el código</translation>
    </message>
    <message>
        <source>Type or paste the code from the text message.</source>
        <translation>Escribe o pega el código del SMS.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>Cam&amp;biar número</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Cambiar número</translation>
    </message>
    <message>
        <source>Goes back to the phone number. The code sent so far will no longer work.</source>
        <translation>Vuelve al número de teléfono. El código enviado hasta ahora dejará de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>Códig&amp;o</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Código del SMS</translation>
    </message>
    <message>
        <source>Digits only; the code is checked as soon as it is complete.</source>
        <translation>Solo dígitos; el código se comprueba en cuanto está completo.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with this code</source>
        <translation>Iniciar sesión con este código</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>Reen&amp;viar código</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Intentar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Try to save the sign-in again</source>
        <translation>Intentar de nuevo guardar la sesión</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in for this session only</source>
        <translation>&amp;Mantenerme conectado solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep me signed in for this session only</source>
        <translation>Mantenerme conectado solo en esta sesión</translation>
    </message>
    <message>
        <source>The sign-in stays in memory and is forgotten when Directus Login closes.</source>
        <translation>La sesión se queda en memoria y se olvida al cerrar Directus Login.</translation>
    </message>
    <message>
        <source>For this session only: you stay signed in until you close Directus Login, and need a new code next time.</source>
        <translation>Solo en esta sesión: seguirás conectado hasta que cierres Directus Login y la próxima vez necesitarás un código nuevo.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Hemos enviado un código al %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits. It can take a minute to arrive.</source>
        <extracomment>Under the code field. %n is the number of digits of the code.</extracomment>
        <translation>
            <numerusform>El código tiene %n dígito. Puede tardar un minuto en llegar.</numerusform>
            <numerusform>El código tiene %n dígitos. Puede tardar un minuto en llegar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code from the text message.</source>
        <extracomment>%n is the number of digits the code should have.</extracomment>
        <translation>
            <numerusform>Escribe el dígito del código del SMS.</numerusform>
            <numerusform>Escribe los %n dígitos del código del SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend code in %n s</source>
        <extracomment>The resend button while counting down; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Reenviar código en %n s</numerusform>
            <numerusform>Reenviar código en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your sign-in</source>
        <extracomment>The code page&apos;s title once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Conserva tu sesión</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the code is checked with the server.</extracomment>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Enviando un código nuevo…</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <extracomment>While the token is written to the keychain.</extracomment>
        <translation>Guardando la sesión…</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. Attempts left: %n.</source>
        <extracomment>After a wrong code; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Ese código no es correcto. Intentos restantes: %n.</numerusform>
            <numerusform>Ese código no es correcto. Intentos restantes: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is on its way to %1. The earlier code no longer works.</source>
        <translation>Un código nuevo va de camino al %1. El código anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Signed in, but your keychain is locked</source>
        <extracomment>Heading when the token cannot be stored because the keychain is locked.</extracomment>
        <translation>Sesión iniciada, pero tu llavero está bloqueado</translation>
    </message>
    <message>
        <source>Signed in, but no keychain is available</source>
        <translation>Sesión iniciada, pero no hay ningún llavero disponible</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep your sign-in</source>
        <translation>Sesión iniciada, pero el llavero se negó a guardar tu sesión</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not answer</source>
        <translation>Sesión iniciada, pero el llavero no respondió</translation>
    </message>
    <message>
        <source>Signed in, but your sign-in could not be saved</source>
        <translation>Sesión iniciada, pero no se pudo guardar tu sesión</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Aún no está disponible: podrás pedir un código nuevo en un momento.</translation>
    </message>
    <message>
        <source>Your code was right. Choose how to go on.</source>
        <extracomment>The code page&apos;s subtitle once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Tu código era correcto. Elige cómo continuar.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be checked</source>
        <extracomment>Heading when the code was right but /users/me could not say who signed in.</extracomment>
        <translation>Tu código era correcto, pero no se pudo comprobar la sesión</translation>
    </message>
    <message>
        <source>When the code expires</source>
        <translation>Cuándo caduca el código</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>&amp;Llámame en su lugar</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>Llámame en su lugar</translation>
    </message>
    <message>
        <source>The code is read to you in a phone call to the same number.</source>
        <translation>El código se le lee en una llamada al mismo número.</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Estamos llamando al %1 para dictarle su código.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>Next to the code field; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Queda %n intento</numerusform>
            <numerusform>Quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>El código caduca en %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Este código ha caducado. Pida uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s).</source>
        <translation>
            <numerusform>En unos %n minuto.</numerusform>
            <numerusform>En unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Caducado.</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Su teléfono %1 sonará en un momento: una voz le leerá el código.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Nothing is configured yet. Give the server&apos;s address (--server or DIRECTUS_URL) and the ids or trigger URLs of the sign-in flow (--login-flow) and the verification flow (--verify-flow).</source>
        <translation>Todavía no hay nada configurado. Indica la dirección del servidor (--server o DIRECTUS_URL) y los ids o URL de activación del flujo de inicio de sesión (--login-flow) y del flujo de verificación (--verify-flow).</translation>
    </message>
    <message>
        <source>No flows are configured. Give the ids or trigger URLs of the sign-in flow (--login-flow or DIRECTUS_LOGIN_FLOW) and the verification flow (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>No hay flujos configurados. Indica los ids o URL de activación del flujo de inicio de sesión (--login-flow o DIRECTUS_LOGIN_FLOW) y del flujo de verificación (--verify-flow o DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No sign-in flow is configured. Give its id or trigger URL (--login-flow or DIRECTUS_LOGIN_FLOW).</source>
        <translation>No hay ningún flujo de inicio de sesión configurado. Indica su id o su URL de activación (--login-flow o DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>No verification flow is configured. Give its id or trigger URL (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>No hay ningún flujo de verificación configurado. Indica su id o su URL de activación (--verify-flow o DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No Directus server is configured. Give its address (--server or DIRECTUS_URL), or paste the flows&apos; full trigger URLs.</source>
        <translation>No hay ningún servidor Directus configurado. Indica su dirección (--server o DIRECTUS_URL) o pega las URL de activación completas de los flujos.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Matching countries</source>
        <extracomment>Accessible name of the list of countries matching the search.</extracomment>
        <translation>Países que coinciden</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Mostrar todos los países</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Type a country name, its two-letter code or its calling code, then press Enter.</source>
        <translation>Escribe el nombre de un país, su código de dos letras o su prefijo telefónico y pulsa Intro.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 is its name, %2 its calling code with its + (&quot;United Kingdom (+44)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by name, code or %1</source>
        <extracomment>Placeholder of the country field: what the search accepts. %1 is a calling code (&quot;+44&quot;).</extracomment>
        <translation>Buscar por nombre, código o %1</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The stored sign-in cannot be read (it was written by another version). Sign in again.</source>
        <translation>No se puede leer la sesión guardada (la escribió otra versión). Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>CredentialLock</name>
    <message>
        <source>The sign-in could not be renewed safely: its lock file cannot be written. Check that the runtime folder can be written, then try again.</source>
        <translation>No se pudo renovar el inicio de sesión de forma segura: no se puede escribir su archivo de bloqueo. Compruebe que se puede escribir en la carpeta de ejecución y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another Directus Login is renewing this sign-in and did not finish. Try again.</source>
        <translation>Otro Directus Login está renovando este inicio de sesión y no ha terminado. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Your Directus code is %1. It expires in 5 minutes.</source>
        <extracomment>The demo server&apos;s simulated SMS. %1 is the 6-digit code.</extracomment>
        <translation>Tu código de Directus es %1. Caduca en 5 minutos.</translation>
    </message>
    <message>
        <source>Signs in as Ada Lovelace</source>
        <translation>Inicia sesión como Ada Lovelace</translation>
    </message>
    <message>
        <source>Signs in; the server shows only the user id</source>
        <translation>Inicia sesión; el servidor solo muestra el id del usuario</translation>
    </message>
    <message>
        <source>Unknown user: no code is sent</source>
        <translation>Usuario desconocido: no se envía ningún código</translation>
    </message>
    <message>
        <source>The SMS provider is down</source>
        <translation>El proveedor de SMS no funciona</translation>
    </message>
    <message>
        <source>Too many attempts: wait 30 seconds</source>
        <translation>Demasiados intentos: espera 30 segundos</translation>
    </message>
    <message>
        <source>The server answers too late (time-out)</source>
        <translation>El servidor responde demasiado tarde (tiempo agotado)</translation>
    </message>
    <message>
        <source>The flow fails (server error)</source>
        <translation>El flujo falla (error del servidor)</translation>
    </message>
    <message>
        <source>The code expires at once</source>
        <translation>El código caduca al instante</translation>
    </message>
    <message>
        <source>The SMS provider is down when the code is checked</source>
        <translation>El proveedor de SMS falla al comprobar el código</translation>
    </message>
    <message>
        <source>Tutorial bug: an empty answer</source>
        <translation>Error del tutorial: una respuesta vacía</translation>
    </message>
    <message>
        <source>Tutorial bug: no session in the answer</source>
        <translation>Error del tutorial: ninguna sesión en la respuesta</translation>
    </message>
    <message>
        <source>Tutorial bug: the provider&apos;s password in the answer</source>
        <translation>Error del tutorial: la contraseña del proveedor en la respuesta</translation>
    </message>
    <message>
        <source>Tutorial bug: the flow returns nothing</source>
        <translation>Error del tutorial: el flujo no devuelve nada</translation>
    </message>
    <message>
        <source>Tutorial bug: no token after the right code</source>
        <translation>Error del tutorial: ningún token tras el código correcto</translation>
    </message>
    <message>
        <source>Tutorial bug: the token &quot;undefined&quot;</source>
        <translation>Error del tutorial: el token «undefined»</translation>
    </message>
    <message>
        <source>A captive portal answers with a web page</source>
        <translation>Un portal cautivo responde con una página web</translation>
    </message>
    <message>
        <source>The sign-in cannot be checked once; Try again works</source>
        <translation>La sesión no se puede comprobar una vez; «Reintentar» funciona</translation>
    </message>
    <message>
        <source>Phone call from Directus: your code is %1. Once more: %1.</source>
        <extracomment>The demo server&apos;s simulated phone call (&quot;Call me instead&quot;). %1 is the 6-digit code.</extracomment>
        <translation>Llamada de Directus: su código es %1. Otra vez: %1.</translation>
    </message>
    <message>
        <source>Signs in; the server tells nothing about the code</source>
        <translation>Inicia sesión; el servidor no dice nada del código</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>DigitKeypad</name>
    <message>
        <source>Clear</source>
        <extracomment>Keypad key that empties the field.</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Vaciar el campo</translation>
    </message>
    <message>
        <source>⌫</source>
        <extracomment>Keypad key that deletes the last digit (an erase-to-the-left symbol).</extracomment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Keypad key that confirms (like Enter on a keyboard).</extracomment>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>DirectusClient</name>
    <message>
        <source>No valid server address is configured.</source>
        <translation>No hay ninguna dirección de servidor válida configurada.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP, which would send your code and token unencrypted. Use an https:// address, or allow plain HTTP explicitly (--allow-http) on a network you trust.</source>
        <translation>%1 usa HTTP sin cifrar, por lo que tu código y tu token se enviarían sin cifrar. Usa una dirección https:// o permite HTTP de forma explícita (--allow-http) en una red de confianza.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not %2, so the connection was refused: this may not be the server you meant. Check the address, or tell the server&apos;s administrator.</source>
        <extracomment>%1 the names in the certificate, %2 the server address the person gave.</extracomment>
        <translation>El certificado del servidor es para %1, no para %2, así que se rechazó la conexión: puede que no sea el servidor que buscas. Revisa la dirección o avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1, so the connection to %2 was refused. Tell the server&apos;s administrator to renew it.</source>
        <extracomment>%1 the date the certificate expired (YYYY-MM-DD), %2 the server.</extracomment>
        <translation>El certificado del servidor caducó el %1, así que se rechazó la conexión con %2. Pide al administrador del servidor que lo renueve.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1, so the connection to %2 was refused. Check this computer&apos;s date and time.</source>
        <translation>El certificado del servidor no es válido hasta el %1, así que se rechazó la conexión con %2. Comprueba la fecha y la hora de este ordenador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issued by %1), so the connection to %2 was refused. If the server uses your organisation&apos;s own certificate authority, start the app with --ca-file.</source>
        <extracomment>%1 who issued the certificate, %2 the server.</extracomment>
        <translation>El certificado del servidor no es de confianza (emitido por %1), así que se rechazó la conexión con %2. Si el servidor usa la autoridad de certificación propia de tu organización, inicia la aplicación con --ca-file.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Se rechazó la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (the server does not speak TLS as expected). Check the address and port.</source>
        <translation>No se pudo establecer la conexión segura con %1 (el servidor no habla TLS como se esperaba). Revisa la dirección y el puerto.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check the address and that the server is running.</source>
        <translation>No se pudo conectar con %1: el servidor rechazó la conexión. Revisa la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>No se encontró el servidor %1. Revisa la dirección y tu conexión a internet.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Check your connection and try again.</source>
        <translation>Se interrumpió la conexión con %1. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 no respondió a tiempo. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The network proxy refused or failed the connection to %1. Check the proxy settings.</source>
        <translation>El proxy de red rechazó la conexión con %1 o falló al establecerla. Revisa la configuración del proxy.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times (a redirect loop), so it was stopped. Tell the server&apos;s administrator.</source>
        <translation>%1 redirigió la solicitud demasiadas veces (un bucle de redirección), así que se detuvo. Avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>%1 redirected the request to plain HTTP; it was not followed, so nothing was sent unencrypted.</source>
        <translation>%1 redirigió la solicitud a HTTP sin cifrar; no se siguió la redirección, así que no se envió nada sin cifrar.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La solicitud a %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 sent far more data than a sign-in needs; the answer was refused.</source>
        <translation>%1 envió muchos más datos de los que necesita un inicio de sesión; la respuesta se rechazó.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request but did not answer within %n second(s). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>
            <numerusform>%1 aceptó la solicitud pero no respondió en %n segundo. Vuelve a intentarlo más tarde; si sigue pasando, avisa al administrador del servidor.</numerusform>
            <numerusform>%1 aceptó la solicitud pero no respondió en %n segundos. Vuelve a intentarlo más tarde; si sigue pasando, avisa al administrador del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s). Check the address and your connection.</source>
        <translation>
            <numerusform>No se pudo conectar con %1 en %n segundo. Revisa la dirección y tu conexión.</numerusform>
            <numerusform>No se pudo conectar con %1 en %n segundos. Revisa la dirección y tu conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to another site (%2); it was not followed, so nothing was sent there.</source>
        <translation>%1 redirigió la solicitud a otro sitio (%2); no se siguió la redirección, así que no se envió nada allí.</translation>
    </message>
</context>
<context>
    <name>FlowRef</name>
    <message>
        <source>Enter the flow&apos;s id or paste its trigger URL.</source>
        <translation>Escribe el id del flujo o pega su URL de activación.</translation>
    </message>
    <message>
        <source>This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on the flow&apos;s webhook trigger in Directus.</source>
        <translation>Esto no es ni un id de flujo ni una URL de activación. Pega la URL de activación que muestra Directus en el disparador webhook del flujo.</translation>
    </message>
    <message>
        <source>This URL is not a flow trigger URL: it should end in /flows/trigger/ followed by the flow&apos;s id.</source>
        <translation>Esta URL no es una URL de activación de un flujo: debería terminar en /flows/trigger/ seguido del id del flujo.</translation>
    </message>
    <message>
        <source>This address cannot be read. Check the host name, and that the port after the colon is a number (https://cms.example.com:8443).</source>
        <translation>No se puede leer esta dirección. Revisa el nombre de host y que el puerto después de los dos puntos sea un número (https://cms.example.com:8443).</translation>
    </message>
    <message>
        <source>Enter the address of your Directus server.</source>
        <translation>Escribe la dirección de tu servidor Directus.</translation>
    </message>
    <message>
        <source>This is not a server address. Use the form https://cms.example.com.</source>
        <translation>Esto no es una dirección de servidor. Usa el formato https://cms.example.com.</translation>
    </message>
</context>
<context>
    <name>FlowReply</name>
    <message>
        <source>The server answered with a web page instead of Directus data. Check the server address; on a public network, you may first need to sign in to the network in your browser.</source>
        <translation>El servidor respondió con una página web en lugar de datos de Directus. Revisa la dirección del servidor; en una red pública, puede que primero tengas que iniciar sesión en la red desde el navegador.</translation>
    </message>
    <message>
        <source>HTML instead of JSON: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML en lugar de JSON: URL del servidor incorrecta, un proxy o un portal cautivo.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered nothing. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>El %1 del servidor no respondió nada. Avisa al administrador del servidor; los detalles indican qué corregir.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned nothing (HTTP 204). Make the last operation return the reply object.</source>
        <translation>La última operación del flujo no devolvió nada (HTTP 204). Haz que la última operación devuelva el objeto de respuesta.</translation>
    </message>
    <message>
        <source>The server did not accept this phone number. Check it and try again.</source>
        <translation>El servidor no aceptó este número de teléfono. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not accept this code. Check it and try again.</source>
        <translation>El servidor no aceptó este código. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>No account on this server uses this phone number. Check the number, or ask the server&apos;s administrator to add it to your account.</source>
        <translation>Ninguna cuenta de este servidor usa este número de teléfono. Revisa el número o pide al administrador del servidor que lo añada a tu cuenta.</translation>
    </message>
    <message>
        <source>This code has expired or has been used too many times. Ask for a new code.</source>
        <translation>Este código caducó o se usó demasiadas veces. Pide un código nuevo.</translation>
    </message>
    <message>
        <source>That code is not right. Check the SMS and try again.</source>
        <translation>Ese código no es correcto. Revisa el SMS y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your session ended (signed in elsewhere or revoked). Sign in again.</source>
        <translation>Tu sesión terminó (se inició sesión en otro lugar o se revocó). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused to run its %1. Check the flow&apos;s id or trigger URL; the details say what else to check.</source>
        <translation>El servidor se negó a ejecutar su %1. Revisa el id o la URL de activación del flujo; los detalles indican qué más revisar.</translation>
    </message>
    <message>
        <source>Directus answers 403 on a trigger URL when the flow id is wrong, the flow is inactive, or the flow&apos;s webhook expects another method (GET or POST).</source>
        <translation>Directus responde 403 a una URL de activación cuando el id del flujo es incorrecto, el flujo está inactivo o el webhook del flujo espera otro método (GET o POST).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Tu cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The server has no such flow. Check the server address and the flow&apos;s trigger URL.</source>
        <translation>El servidor no tiene ese flujo. Revisa la dirección del servidor y la URL de activación del flujo.</translation>
    </message>
    <message>
        <source>404 on a trigger URL: the server address (or its path) is wrong, or this is not a Directus server.</source>
        <translation>404 en una URL de activación: la dirección del servidor (o su ruta) es incorrecta, o no es un servidor Directus.</translation>
    </message>
    <message>
        <source>The server has nothing at this address.</source>
        <translation>El servidor no tiene nada en esta dirección.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La solicitud era demasiado grande para el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Demasiados intentos. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem running its %1. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>El servidor tuvo un problema al ejecutar su %1. Vuelve a intentarlo más tarde; si sigue pasando, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>HTTP 500 from a flow: one of its operations threw. See the flow&apos;s logs in Directus.</source>
        <translation>HTTP 500 de un flujo: una de sus operaciones lanzó un error. Consulta los registros del flujo en Directus.</translation>
    </message>
    <message>
        <source>The server is not reachable through its gateway right now. Try again later.</source>
        <translation>Ahora mismo no se puede llegar al servidor a través de su pasarela. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The SMS service is not available right now. Try again in a few minutes.</source>
        <translation>El servicio de SMS no está disponible ahora mismo. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>HTTP 503 from a flow: the SMS provider is down or refused the request.</source>
        <translation>HTTP 503 de un flujo: el proveedor de SMS no funciona o rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server is not available right now. Try again in a few minutes.</source>
        <translation>El servidor no está disponible ahora mismo. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The server answered something this app cannot read.</source>
        <translation>El servidor respondió algo que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1). Try again later.</source>
        <translation>El servidor respondió con un error inesperado (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered something that is not valid data. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>El %1 del servidor respondió algo que no son datos válidos. Avisa al administrador del servidor; los detalles indican qué corregir.</translation>
    </message>
    <message>
        <source>The server answered something that is not valid data.</source>
        <translation>El servidor respondió algo que no son datos válidos.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation must return a JSON object.</source>
        <translation>La última operación del flujo debe devolver un objeto JSON.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not a Directus server.</source>
        <translation>Algo respondió en esta dirección, pero no es un servidor Directus.</translation>
    </message>
    <message>
        <source>HTML instead of &quot;pong&quot;: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML en lugar de «pong»: URL del servidor incorrecta, un proxy o un portal cautivo.</translation>
    </message>
    <message>
        <source>sign-in flow</source>
        <comment>the Directus flow that sends the SMS</comment>
        <translation>flujo de inicio de sesión</translation>
    </message>
    <message>
        <source>verification flow</source>
        <comment>the Directus flow that checks the code</comment>
        <translation>flujo de verificación</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in flow is not set up correctly, so no code can be sent. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>El flujo de inicio de sesión del servidor no está bien configurado, así que no se puede enviar ningún código. Avisa al administrador del servidor; los detalles indican qué corregir.</translation>
    </message>
    <message>
        <source>The server&apos;s verification flow is not set up correctly, so your code could not be checked. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>El flujo de verificación del servidor no está bien configurado, así que no se pudo comprobar tu código. Avisa al administrador del servidor; los detalles indican qué corregir.</translation>
    </message>
    <message>
        <source>The flow returns the SMS provider&apos;s raw reply, including the request headers with the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation, turn on &quot;error on reject&quot;, and make the last operation return only %1.</source>
        <translation>El flujo devuelve la respuesta sin procesar del proveedor de SMS, incluidas las cabeceras de la solicitud con las credenciales del proveedor. Añade una ruta de rechazo que termine en una operación «Throw Error», activa «error on reject» y haz que la última operación devuelva solo %1.</translation>
    </message>
    <message>
        <source>The flow returns a network error object from its Request URL operation (the SMS provider could not be reached), which can carry the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation with status 503.</source>
        <translation>El flujo devuelve un objeto de error de red de su operación «Request URL» (no se pudo contactar con el proveedor de SMS), que puede llevar las credenciales del proveedor. Añade una ruta de rechazo que termine en una operación «Throw Error» con estado 503.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned an empty object: a &quot;Run Script&quot; operation probably threw. Look at the flow&apos;s logs in Directus.</source>
        <translation>La última operación del flujo devolvió un objeto vacío: probablemente una operación «Run Script» lanzó un error. Consulta los registros del flujo en Directus.</translation>
    </message>
    <message>
        <source>The flow answered the session id &quot;undefined&quot;: the &quot;Deliver OTP Session&quot; operation reads a path that does not exist. It should return data.create_otp_session.data.session_uuid.</source>
        <translation>El flujo respondió el id de sesión «undefined»: la operación «Deliver OTP Session» lee una ruta que no existe. Debería devolver data.create_otp_session.data.session_uuid.</translation>
    </message>
    <message>
        <source>The flow answered without otp_session_uuid: the &quot;Deliver OTP Session&quot; operation is missing, not the last operation, or returns something else.</source>
        <translation>El flujo respondió sin otp_session_uuid: la operación «Deliver OTP Session» falta, no es la última operación o devuelve otra cosa.</translation>
    </message>
    <message>
        <source>The flow answered the token &quot;%1&quot;: the &quot;Update User Account&quot; operation reads {{$last.token}}, which does not exist there. It must never store or return such a token — anyone could sign in with it. The token was not stored.</source>
        <translation>El flujo respondió el token «%1»: la operación «Update User Account» lee {{$last.token}}, que ahí no existe. Nunca debe guardar ni devolver un token así: cualquiera podría iniciar sesión con él. El token no se guardó.</translation>
    </message>
    <message>
        <source>The flow answered a token that cannot be a real one (too short, too long, or with spaces or control characters). Make &quot;Generate Session Token&quot; produce at least 16 printable characters. The token was not stored.</source>
        <translation>El flujo respondió un token que no puede ser real (demasiado corto, demasiado largo o con espacios o caracteres de control). Haz que «Generate Session Token» genere al menos 16 caracteres imprimibles. El token no se guardó.</translation>
    </message>
    <message>
        <source>The flow answered {&quot;message&quot;:null}: &quot;Generate Session Token&quot; reads data.$last.message, which is always empty, so no token is ever issued. It should read the provider&apos;s reply under data.$last.data.message (the tutorial&apos;s bug).</source>
        <translation>El flujo respondió {&quot;message&quot;:null}: «Generate Session Token» lee data.$last.message, que siempre está vacío, así que nunca se emite ningún token. Debería leer la respuesta del proveedor en data.$last.data.message (el error del tutorial).</translation>
    </message>
    <message>
        <source>The flow accepted the code but answered without a token: &quot;Generate Session Token&quot; or &quot;Update User Account&quot; did not run, or the last operation returns the provider&apos;s reply instead of {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>El flujo aceptó el código pero respondió sin token: «Generate Session Token» o «Update User Account» no se ejecutó, o la última operación devuelve la respuesta del proveedor en lugar de {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>Ese código no se aceptó. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The flow answered HTTP 200 without a token instead of a 401 INVALID_OTP error. Turn on &quot;error on reject&quot; and end the failure path in a &quot;Throw Error&quot; operation.</source>
        <translation>El flujo respondió HTTP 200 sin token en lugar de un error 401 INVALID_OTP. Activa «error on reject» y termina la ruta de fallo en una operación «Throw Error».</translation>
    </message>
    <message>
        <source>The flow answered without a token: the last operation should return {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>El flujo respondió sin token: la última operación debería devolver {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>Something answered at the %1&apos;s address, but not as a Directus flow does.</source>
        <translation>Algo respondió en la dirección del %1, pero no como un flujo de Directus.</translation>
    </message>
    <message>
        <source>A flow answers JSON; this answer is not.</source>
        <translation>Un flujo responde con JSON; esta respuesta no lo es.</translation>
    </message>
    <message>
        <source>The %1 did not answer as a flow does.</source>
        <translation>El %1 no respondió como lo hace un flujo.</translation>
    </message>
    <message>
        <source>You were signed out by the server: your account is suspended. Ask the server&apos;s administrator.</source>
        <translation>El servidor cerró su sesión: su cuenta está suspendida. Consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>You were signed out by the server (the sign-in was revoked, has expired, or your account changed). Sign in again.</source>
        <translation>El servidor cerró su sesión (se revocó, caducó o su cuenta cambió). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to renewing the sign-in cannot be read. Try again later.</source>
        <translation>No se puede leer la respuesta del servidor a la renovación del inicio de sesión. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again after %1.</source>
        <translation>Hoy se han probado demasiados códigos para este número. Vuelva a intentarlo después de las %1.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again tomorrow after %1.</source>
        <translation>Hoy se han probado demasiados códigos para este número. Vuelva a intentarlo mañana después de las %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again after %1.</source>
        <translation>Hoy se han enviado demasiados códigos a este número. Vuelva a intentarlo después de las %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again tomorrow after %1.</source>
        <translation>Hoy se han enviado demasiados códigos a este número. Vuelva a intentarlo mañana después de las %1.</translation>
    </message>
</context>
<context>
    <name>KioskHandOff</name>
    <message>
        <source>No application is configured to start after sign-in (KioskExec or --exec).</source>
        <translation>No hay ninguna aplicación configurada para iniciarse tras el inicio de sesión (KioskExec o --exec).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s application could not be started. Ask the administrator to check the command (KioskExec).</source>
        <translation>No se pudo iniciar la aplicación del quiosco. Pide al administrador que revise el comando (KioskExec).</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>The administrator PIN hash (KioskPinHash) cannot be read. Make a new one with &quot;directus-login kiosk-pin&quot;.</source>
        <translation>No se puede leer el hash del PIN de administrador (KioskPinHash). Crea uno nuevo con «directus-login kiosk-pin».</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits (0–9), so that it can be typed on the kiosk&apos;s keypad.</source>
        <translation>El PIN debe tener de %1 a %2 dígitos (0–9) para que se pueda escribir en el teclado del quiosco.</translation>
    </message>
</context>
<context>
    <name>KioskPinCommand</name>
    <message>
        <source>Makes the hash of a kiosk&apos;s administrator PIN (%1 to %2 digits) for the system configuration file. From a terminal it asks twice and shows nothing; otherwise it reads one line from standard input. Prints the line to put in [General] of /etc/xdg/directus-login/directus-login.conf.</source>
        <translation>Genera el hash del PIN de administrador de un quiosco (de %1 a %2 dígitos) para el archivo de configuración del sistema. En un terminal lo pide dos veces sin mostrar nada; si no, lee una línea de la entrada estándar. Imprime la línea que hay que poner en [General] de /etc/xdg/directus-login/directus-login.conf.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default %1).</source>
        <translation>Iteraciones de PBKDF2 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login kiosk-pin --help&apos;.</source>
        <translation>Prueba «directus-login kiosk-pin --help».</translation>
    </message>
    <message>
        <source>unexpected argument; the PIN is read from the terminal or standard input, never from the command line (where other users can see it)</source>
        <extracomment>Do not pass the PIN as an argument: the error that says so.</extracomment>
        <translation>argumento inesperado; el PIN se lee del terminal o de la entrada estándar, nunca de la línea de comandos (donde otros usuarios pueden verlo)</translation>
    </message>
    <message>
        <source>--iterations must be a number from %1 to %2</source>
        <translation>--iterations debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>Administrator PIN: </source>
        <translation>PIN de administrador: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN was given.</source>
        <translation>directus-login kiosk-pin: no se indicó ningún PIN.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>El mismo PIN otra vez: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: the two PINs differ; nothing was made.</source>
        <translation>directus-login kiosk-pin: los dos PIN no coinciden; no se generó nada.</translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN on standard input.</source>
        <translation>directus-login kiosk-pin: no hay ningún PIN en la entrada estándar.</translation>
    </message>
    <message>
        <source>Put this line in [General] of the system configuration file (/etc/xdg/directus-login/directus-login.conf). It is read from that file only.</source>
        <translation>Pon esta línea en [General] del archivo de configuración del sistema (/etc/xdg/directus-login/directus-login.conf). Solo se lee de ese archivo.</translation>
    </message>
</context>
<context>
    <name>KioskPinPanel</name>
    <message>
        <source>Administrator</source>
        <extracomment>Title of the kiosk&apos;s administrator panel.</extracomment>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <extracomment>Accessible name of the kiosk administrator&apos;s PIN field.</extracomment>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <extracomment>Administrator panel: quits the kiosk application.</extracomment>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Show the configuration</source>
        <extracomment>Administrator panel: shows the configuration in effect (no secrets).</extracomment>
        <translation>Mostrar la configuración</translation>
    </message>
    <message>
        <source>Back to the sign-in</source>
        <extracomment>Administrator panel: closes the panel and goes back to the sign-in.</extracomment>
        <translation>Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so this kiosk cannot be left from the screen. Make one with &quot;directus-login kiosk-pin&quot; and put the line it prints in the system configuration file.</source>
        <translation>No hay ningún PIN de administrador definido, así que no se puede salir de este quiosco desde la pantalla. Crea uno con «directus-login kiosk-pin» y pon la línea que imprime en el archivo de configuración del sistema.</translation>
    </message>
    <message>
        <source>Enter the administrator PIN.</source>
        <extracomment>Kiosk administrator panel, above the PIN field.</extracomment>
        <translation>Introduce el PIN de administrador.</translation>
    </message>
    <message>
        <source>Choose what to do. The kiosk clears this panel after a while without a touch.</source>
        <translation>Elige qué hacer. El quiosco cierra este panel si no se toca durante un rato.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>While the administrator PIN is checked (takes a moment on purpose).</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>The administrator PIN was wrong.</extracomment>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <extracomment>Too many wrong administrator PINs in a row.</extracomment>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo en %n segundos.</numerusform>
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
        <translation>Elige tu país</translation>
    </message>
    <message>
        <source>Search: name or +code</source>
        <extracomment>Placeholder of the kiosk&apos;s country search: a name, a code like &quot;GB&quot; or &quot;+44&quot;.</extracomment>
        <translation>Buscar: nombre o +prefijo</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Buscar países</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <extracomment>Title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Tu número de móvil</translation>
    </message>
    <message>
        <source>We send you a code by text message.</source>
        <extracomment>Under the title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Te enviamos un código por SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the kiosk&apos;s phone number field.</extracomment>
        <translation>Número de móvil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>On the kiosk&apos;s phone screen: back to the start without signing in.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>The kiosk keypad&apos;s wide key on the phone screen.</extracomment>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Enter the code</source>
        <extracomment>Title of the kiosk&apos;s code screen.</extracomment>
        <translation>Introduce el código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <extracomment>On the kiosk&apos;s code screen, after a second text message: have the code read out by a call.</extracomment>
        <translation>Llámame en su lugar</translation>
    </message>
    <message>
        <source>Change number</source>
        <extracomment>On the kiosk&apos;s code screen: back to the number.</extracomment>
        <translation>Cambiar número</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The kiosk keypad&apos;s wide key on the code screen.</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>The country screen&apos;s primary button: keep this country. %1 is its name.</extracomment>
        <translation>Continuar con %1</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code.</source>
        <extracomment>On the kiosk&apos;s code screen, when Sign in is touched too early.</extracomment>
        <translation>
            <numerusform>Escribe los %n dígito del código.</numerusform>
            <numerusform>Escribe los %n dígitos del código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <extracomment>While the kiosk asks the server for a code.</extracomment>
        <translation>Enviando el código…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the kiosk checks the code with the server.</extracomment>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Enviando un código nuevo…</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Su teléfono %1 sonará en un momento: una voz le leerá el código.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <translation>Un código nuevo va de camino a %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>On the kiosk&apos;s code screen, when the sign-in could not be checked.</extracomment>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Estamos llamando al %1 para dictarle su código.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Hemos enviado un código al %1.</translation>
    </message>
    <message>
        <source>Code, %1 of %2 digits</source>
        <extracomment>The kiosk&apos;s code boxes, for screen readers: %1 digits typed of %2.</extracomment>
        <translation>Código, %1 de %2 dígitos</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>El código caduca en %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Este código ha caducado. Pida uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in about %n minute(s).</source>
        <translation>
            <numerusform>El código caduca en unos %n minuto.</numerusform>
            <numerusform>El código caduca en unos %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>On the kiosk&apos;s code screen; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Queda %n intento</numerusform>
            <numerusform>Quedan %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <extracomment>The kiosk&apos;s resend button while it waits; %n is seconds.</extracomment>
        <translation>
            <numerusform>Código nuevo en %n s</numerusform>
            <numerusform>Código nuevo en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>The kiosk&apos;s resend button.</extracomment>
        <translation>Enviar un código nuevo</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Aún no está disponible: podrás pedir un código nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1, calling code %2</source>
        <extracomment>A country&apos;s row in the kiosk, for screen readers. %2 is its calling code (&quot;+44&quot;).</extracomment>
        <translation>%1, prefijo %2</translation>
    </message>
    <message>
        <source>Country: %1, calling code %2. Touch to change.</source>
        <extracomment>The kiosk&apos;s country button, for screen readers.</extracomment>
        <translation>País: %1, prefijo %2. Toca para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Directus Login kiosk</source>
        <extracomment>The kiosk window&apos;s title (seen by accessibility tools; the window has no frame).</extracomment>
        <translation>Directus Login – quiosco</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The button in the kiosk&apos;s corner that asks for the administrator PIN.</extracomment>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrator: leave kiosk mode (needs the PIN)</source>
        <translation>Administrador: salir del modo quiosco (requiere el PIN)</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>On the kiosk&apos;s welcome screen: clears it now for the next person.</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>This kiosk is not set up; ask the administrator.</source>
        <extracomment>Full-screen message of a kiosk whose configuration is incomplete.</extracomment>
        <translation>Este quiosco no está configurado; pregunta al administrador.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <extracomment>Title of the kiosk&apos;s idle warning.</extracomment>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kiosk&apos;s welcome after sign-in. %1 is the person&apos;s first name.</extracomment>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Te damos la bienvenida, %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>While the kiosk starts its application after sign-in.
----------
On the kiosk&apos;s success screen while its application is about to open.</extracomment>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The kiosk&apos;s application did not start after sign-in.</extracomment>
        <translation>Algo salió mal</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears in %n s.</source>
        <extracomment>Under the kiosk&apos;s welcome (or error) message.</extracomment>
        <translation>
            <numerusform>Esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything entered here will be cleared in %n s. Touch the screen to continue.</source>
        <extracomment>The kiosk&apos;s idle warning. %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Todo lo introducido aquí se borrará en %n segundo. Toca la pantalla para continuar.</numerusform>
            <numerusform>Todo lo introducido aquí se borrará en %n segundos. Toca la pantalla para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with your phone</source>
        <extracomment>The kiosk&apos;s start screen when no organisation is configured (KioskOrganisation).</extracomment>
        <translation>Inicia sesión con tu teléfono</translation>
    </message>
    <message>
        <source>Your mobile number and a code by text message are all it takes.</source>
        <extracomment>On the kiosk&apos;s start screen, under the organisation&apos;s name.</extracomment>
        <translation>Solo necesitas tu número de móvil y un código por SMS.</translation>
    </message>
    <message>
        <source>Touch to sign in</source>
        <extracomment>The kiosk&apos;s start screen: its one button (a touch anywhere does the same).</extracomment>
        <translation>Toca para iniciar sesión</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <extracomment>The kiosk&apos;s success screen, over the welcome.</extracomment>
        <translation>Has iniciado sesión</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar los detalles técnicos</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <extracomment>After a &quot;Try again in N seconds&quot; countdown has run out.</extracomment>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.</extracomment>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <extracomment>The network log window&apos;s title.</extracomment>
        <translation>Registro de red</translation>
    </message>
    <message>
        <source>Filter by URL, method or status</source>
        <extracomment>Placeholder of the network log&apos;s filter field.</extracomment>
        <translation>Filtrar por URL, método o estado</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitudes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Solicitud y respuesta</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body, and what went wrong if anything did. Requests appear here as the app makes them.</source>
        <extracomment>The network log&apos;s detail pane before a request is selected.</extracomment>
        <translation>Selecciona una solicitud para ver sus cabeceras y su cuerpo, y qué falló si algo falló. Las solicitudes aparecen aquí a medida que la aplicación las hace.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copiar como &amp;cURL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request, secrets masked</source>
        <translation>Copiar un comando curl que repite esta solicitud, con los secretos ocultos</translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;Secrets…</source>
        <translation>Copiar como cURL con &amp;secretos…</translation>
    </message>
    <message>
        <source>Copy the command with the real code, token and credentials (asks first)</source>
        <translation>Copiar el comando con el código, el token y las credenciales reales (pregunta antes)</translation>
    </message>
    <message>
        <source>Copy as cURL, secrets masked</source>
        <translation>Copiar como cURL, con los secretos ocultos</translation>
    </message>
    <message>
        <source>The button&apos;s menu has a second choice that copies the command with its secrets.</source>
        <translation>El menú del botón tiene una segunda opción que copia el comando con sus secretos.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <extracomment>Empties the network log.</extracomment>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Clear the network log</source>
        <translation>Borrar el registro de red</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>Cerrar el registro de red</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>Next to the network log&apos;s filter. %n is the number of requests.</extracomment>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 de %n solicitud</numerusform>
            <numerusform>%1 de %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem:</source>
        <extracomment>In the network log, above what the app made of a failed answer.</extracomment>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Likely cause and fix:</source>
        <extracomment>In the network log: the likely misconfiguration and how to fix it follows.</extracomment>
        <translation>Causa probable y solución:</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <extracomment>In the network log while a request has no answer yet.</extracomment>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <extracomment>%1 HTTP status, %2 duration, %3 size: &quot;HTTP 200 · 41 ms · 1.2 KB&quot;.</extracomment>
        <translation>HTTP %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <extracomment>In the network log: no HTTP answer came. %1 is the technical reason.</extracomment>
        <translation>Sin respuesta tras %1 ms: %2</translation>
    </message>
    <message>
        <source>Copied, secrets masked.</source>
        <extracomment>After Copy as cURL.</extracomment>
        <translation>Copiado, con los secretos ocultos.</translation>
    </message>
    <message>
        <source>Copy with secrets?</source>
        <extracomment>Title of the confirmation before copying a request with its secrets.</extracomment>
        <translation>¿Copiar con los secretos?</translation>
    </message>
    <message>
        <source>The command will contain this request&apos;s code, token or credentials in plain text. Anyone who sees it can sign in as this person.</source>
        <translation>El comando contendrá en texto plano el código, el token o las credenciales de esta solicitud. Cualquiera que lo vea podrá iniciar sesión como esta persona.</translation>
    </message>
    <message>
        <source>Paste it only where nobody else can read it, and never into a bug report or chat. The clipboard is cleared after a minute.</source>
        <translation>Pégalo solo donde nadie más pueda leerlo, y nunca en un informe de errores ni en un chat. El portapapeles se vacía al cabo de un minuto.</translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <extracomment>Confirms copying the request with its secrets.</extracomment>
        <translation>Copiar con los secretos</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>No se copió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Copied with secrets. The clipboard is cleared in %n s.</source>
        <extracomment>After Copy as cURL with secrets. %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>Copiado con los secretos. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado con los secretos. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>pending</source>
        <comment>network log: request not answered yet</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <extracomment>Under the phone number field when it is empty.</extracomment>
        <translation>Introduce tu número de teléfono.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number. Enter digits only, with + before a country code.</source>
        <extracomment>The phone number field has letters or symbols in it.</extracomment>
        <translation>Esto no parece un número de teléfono. Escribe solo dígitos, con + delante del prefijo del país.</translation>
    </message>
    <message>
        <source>No country has the country code in this number. Check the digits after + or 00, or choose the country and enter the number without its code.</source>
        <extracomment>The number starts with + (or 00) and a calling code that no country has.</extracomment>
        <translation>Ningún país tiene el prefijo de este número. Revisa los dígitos después de + o 00, o elige el país y escribe el número sin su prefijo.</translation>
    </message>
    <message>
        <source>Choose a country, or enter the number with its country code, starting with +.</source>
        <extracomment>No country is selected and the number has no country code.</extracomment>
        <translation>Elige un país o escribe el número con su prefijo de país, empezando por +.</translation>
    </message>
    <message>
        <source>This number is too short. Check that you entered every digit, with the country and area code.</source>
        <translation>Este número es demasiado corto. Comprueba que has escrito todos los dígitos, con el prefijo de país y de zona.</translation>
    </message>
    <message>
        <source>This number is too long. Check for extra digits.</source>
        <translation>Este número es demasiado largo. Comprueba que no sobren dígitos.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number. Check the number and its country code.</source>
        <extracomment>The number has the right length but no such number exists.</extracomment>
        <translation>Este no es un número de teléfono válido. Revisa el número y su prefijo de país.</translation>
    </message>
    <message>
        <source>Phone numbers can&apos;t be read: a part of Directus Login is missing or damaged. Reinstall Directus Login.</source>
        <extracomment>The part of the program that reads phone numbers (a plug-in file) could not be loaded.</extracomment>
        <translation>No se pueden leer números de teléfono: falta una parte de Directus Login o está dañada. Vuelva a instalar Directus Login.</translation>
    </message>
    <message>
        <source>This looks like a landline: codes are sent by text message. Enter a mobile number.</source>
        <extracomment>The number is a real fixed-line (landline) number; codes only go to mobiles.</extracomment>
        <translation>Parece un teléfono fijo: los códigos se envían por SMS. Introduce un número de móvil.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages (a toll-free, premium-rate or service number). Enter a mobile number.</source>
        <extracomment>A toll-free, premium-rate, shared-cost, pager or voicemail number.</extracomment>
        <translation>Este número no puede recibir SMS (es gratuito, de tarificación especial o de servicio). Introduce un número de móvil.</translation>
    </message>
    <message>
        <source>This number is too short (%1, %2). Check that you entered every digit, with the area code.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Este número es demasiado corto (%1, %2). Comprueba que has escrito todos los dígitos, con el prefijo de zona.</translation>
    </message>
    <message>
        <source>This number is too long (%1, %2). Check for extra digits, or choose the country it belongs to.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Este número es demasiado largo (%1, %2). Comprueba que no sobren dígitos o elige el país al que pertenece.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number (%1, %2). Check the number, or choose the country it belongs to.</source>
        <extracomment>The number has the right length but no such number exists in the country. %1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Este no es un número de teléfono válido (%1, %2). Revisa el número o elige el país al que pertenece.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Sign in with your phone</source>
        <translation>Inicia sesión con tu teléfono</translation>
    </message>
    <message>
        <source>We will text you a one-time code. No password needed.</source>
        <translation>Te enviaremos un código de un solo uso por SMS. No hace falta contraseña.</translation>
    </message>
    <message>
        <source>&amp;Country or region</source>
        <translation>&amp;País o región</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>&amp;Número de teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code. The code is sent to it by SMS.</source>
        <translation>Tu número de móvil, con o sin el prefijo del país. El código se envía a ese número por SMS.</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Enviar código</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Sends a one-time code to this number by SMS.</source>
        <translation>Envía un código de un solo uso a este número por SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the phone number field.</extracomment>
        <translation>Número de móvil</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code.</source>
        <extracomment>Under the empty phone number field.</extracomment>
        <translation>Tu número de móvil, con o sin el prefijo del país.</translation>
    </message>
    <message>
        <source>The code will be sent to %1</source>
        <extracomment>The live line under the phone number field. %1 is the number in international format.</extracomment>
        <translation>El código se enviará al %1</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <extracomment>The Send code button while a new code cannot be asked for yet.</extracomment>
        <translation>
            <numerusform>Volver a enviar en %n s</numerusform>
            <numerusform>Volver a enviar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <extracomment>At start, while the stored sign-in is checked with the server.</extracomment>
        <translation>Comprobando tu sesión guardada…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <extracomment>%1 is the phone number.</extracomment>
        <translation>Enviando un código al %1…</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be checked. %1</source>
        <extracomment>At start, the stored sign-in could not be checked. %1 says why and what to do.</extracomment>
        <translation>No se pudo comprobar tu sesión guardada. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Checks the saved sign-in again.</extracomment>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Check the saved sign-in again</source>
        <translation>Volver a comprobar la sesión guardada</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Aún no está disponible: podrás pedir un código nuevo en un momento.</translation>
    </message>
    <message>
        <source>&amp;Test numbers</source>
        <translation>Números de &amp;prueba</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de prueba</translation>
    </message>
    <message>
        <source>Shows the demo&apos;s test numbers and what each one does</source>
        <translation>Muestra los números de prueba de la demostración y lo que hace cada uno</translation>
    </message>
    <message>
        <source>Demo test numbers</source>
        <translation>Números de prueba de la demostración</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the demo&apos;s test numbers.</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Demo mode: no real SMS is sent. Any valid number signs in, %1 as Ada Lovelace; the other test numbers each show one error.</source>
        <extracomment>Demo mode hint at the bottom of the phone page. %1 is a test phone number.</extracomment>
        <translation>Modo de demostración: no se envía ningún SMS real. Cualquier número válido inicia sesión, %1 como Ada Lovelace; los demás números de prueba muestran cada uno un error.</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Checks again whether a keychain is running now.</extracomment>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check again for a keychain</source>
        <translation>Volver a buscar un llavero</translation>
    </message>
    <message>
        <source>This sign-in will be kept for this session only: you will be signed out when you close Directus Login.</source>
        <extracomment>On the phone page, once &quot;Sign in for this session only&quot; was chosen.</extracomment>
        <translation>Este inicio de sesión solo se mantendrá durante esta sesión: se cerrará cuando cierre Directus Login.</translation>
    </message>
    <message>
        <source>Sign-ins will not be remembered: no keychain is running.</source>
        <extracomment>At start, on the phone page, when no keychain (Secret Service) is running.</extracomment>
        <translation>Los inicios de sesión no se recordarán: no hay ningún llavero en marcha.</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <extracomment>On the phone page without a keychain: the next sign-in is kept in memory only.</extracomment>
        <translation>Iniciar sesión solo para esta sesión</translation>
    </message>
    <message>
        <source>Sign in for this session only, without saving the sign-in</source>
        <translation>Iniciar sesión solo para esta sesión, sin guardar el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Profile: %1 — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name.</extracomment>
        <translation>Perfil: %1 — no es producción</translation>
    </message>
    <message>
        <source>Profile: %1 (%2) — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name, %2 the server&apos;s host name.</extracomment>
        <translation>Perfil: %1 (%2) — no es producción</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>Stops what the page is waiting for (a request), not the whole sign-in.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Creates or updates, idempotently, what Directus Login needs on a Directus server: the phone and one-time-code fields on users and the two sign-in flows (with stable ids). Needs the static token of a Directus administrator.</source>
        <translation>Crea o actualiza, de forma idempotente, lo que Directus Login necesita en un servidor Directus: los campos de teléfono y de código de un solo uso de los usuarios y los dos flujos de inicio de sesión (con ids estables). Necesita el token estático de un administrador de Directus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Directus URL (default: $DIRECTUS_URL).</source>
        <translation>URL de Directus (predeterminada: $DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Static token of an administrator (default: $DIRECTUS_ADMIN_TOKEN; prefer the variable: arguments are visible to other users).</source>
        <translation>Token estático de un administrador (predeterminado: $DIRECTUS_ADMIN_TOKEN; mejor usa la variable: los argumentos son visibles para otros usuarios).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Plivo Auth ID (default: $PLIVO_AUTH_ID).</source>
        <translation>Auth ID de Plivo (predeterminado: $PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Plivo Auth Token (default: $PLIVO_AUTH_TOKEN).</source>
        <translation>Auth Token de Plivo (predeterminado: $PLIVO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>UUID of the Plivo Verify application (default: $PLIVO_APP_UUID).</source>
        <translation>UUID de la aplicación Plivo Verify (predeterminado: $PLIVO_APP_UUID).</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Plivo API base URL (default: https://api.plivo.com).</source>
        <translation>URL base de la API de Plivo (predeterminada: https://api.plivo.com).</translation>
    </message>
    <message>
        <source>The flows read the Plivo auth id, token and app uuid from Directus&apos; environment ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) instead of holding them. Directus needs them in FLOWS_ENV_ALLOW_LIST.</source>
        <translation>Los flujos leen el auth id, el token y el UUID de la aplicación de Plivo del entorno de Directus ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) en lugar de contenerlos. Directus los necesita en FLOWS_ENV_ALLOW_LIST.</translation>
    </message>
    <message>
        <source>Read the server and show what would change; write nothing.</source>
        <translation>Leer el servidor y mostrar qué cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprimir el resultado como JSON.</translation>
    </message>
    <message>
        <source>Log each request (method and path) on stderr.</source>
        <translation>Registrar cada solicitud (método y ruta) en stderr.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login provision --help&apos;.</source>
        <translation>Prueba «directus-login provision --help».</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>the Directus server is needed: --server URL or DIRECTUS_URL</source>
        <translation>se necesita el servidor Directus: --server URL o DIRECTUS_URL</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id, token and app uuid read by the flows from Directus&apos; environment (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID must be set and listed in FLOWS_ENV_ALLOW_LIST).</source>
        <translation>Plivo: %1; los flujos leen el auth id, el token y el UUID de la aplicación del entorno de Directus (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN y PLIVO_APP_UUID deben estar definidos y en FLOWS_ENV_ALLOW_LIST).</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id %2, auth token ••••, app %3.</source>
        <translation>Plivo: %1; auth id %2, auth token ••••, aplicación %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Planned changes:</source>
        <translation>Simulación: no se escribió nada. Cambios previstos:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Instalado:</translation>
    </message>
    <message>
        <source>Login flow:  %1
  %2
</source>
        <translation>Flujo de inicio de sesión: %1
  %2
</translation>
    </message>
    <message>
        <source>Verify flow: %1
  %2
</source>
        <translation>Flujo de verificación:     %1
  %2
</translation>
    </message>
    <message>
        <source>Everything was up to date: nothing changed.</source>
        <translation>Todo estaba al día: no cambió nada.</translation>
    </message>
    <message>
        <source>What the verify flow hands out: &quot;session&quot; (default), a Directus session of the device with short-lived access tokens, revoked by sign-out; or &quot;static&quot;, a token in directus_users.token that never expires (the seed&apos;s way).</source>
        <translation>Lo que entrega el flow de verificación: &quot;session&quot; (predeterminado), una sesión de Directus del dispositivo con tokens de acceso de corta duración, revocada al cerrar sesión; o &quot;static&quot;, un token en directus_users.token que nunca caduca (como la plantilla).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>--token-mode is &quot;session&quot; or &quot;static&quot;, not &quot;%1&quot;</source>
        <translation>--token-mode es &quot;session&quot; o &quot;static&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No new code for a number within this many seconds of the last one: the same session is answered again, without an SMS (default 30; 0 to 3600).</source>
        <translation>Ningún código nuevo para un número durante estos segundos tras el anterior: se responde de nuevo la misma sesión, sin SMS (30 por defecto; de 0 a 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Codes sent to one number in 24 hours; more are refused with 429 (default 10; 1 to 100).</source>
        <translation>Códigos enviados a un número en 24 horas; los siguientes se rechazan con 429 (10 por defecto; de 1 a 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes tried on one number&apos;s sessions in 24 hours, whatever the session; more are refused with 429 (default 0: no cap beyond 10 per session; up to 1000).</source>
        <translation>Códigos probados en las sesiones de un número en 24 horas, sea cual sea la sesión; los siguientes se rechazan con 429 (0 por defecto: sin límite aparte de 10 por sesión; hasta 1000).</translation>
    </message>
    <message>
        <source>Answer a number without an account as if it had one (a session no code validates, no SMS), so that nobody can test which numbers have accounts. A mistyped number then waits for an SMS that never comes.</source>
        <translation>Responder a un número sin cuenta como si la tuviera (una sesión que ningún código valida, sin SMS), para que nadie pueda averiguar qué números tienen cuenta. Un número mal escrito espera entonces un SMS que nunca llega.</translation>
    </message>
    <message>
        <source>Digits in the code your Plivo Verify application sends (default 6; 4 to 8).</source>
        <translation>Dígitos del código que envía su aplicación de Plivo Verify (6 por defecto; de 4 a 8).</translation>
    </message>
    <message>
        <source>Minutes a code is accepted; match your Plivo Verify application (default 10; 1 to 60).</source>
        <translation>Minutos durante los que se acepta un código; debe coincidir con su aplicación de Plivo Verify (10 por defecto; de 1 a 60).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 es un número entero de %2 a %3, no «%4»</translation>
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
        <translation>Indica el servidor Directus como una URL http(s), p. ej. https://cms.example.com.</translation>
    </message>
    <message>
        <source>An admin token is needed: --admin-token or DIRECTUS_ADMIN_TOKEN.</source>
        <translation>Se necesita un token de administrador: --admin-token o DIRECTUS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Give the Plivo API as an http(s) URL without query, e.g. https://api.plivo.com.</source>
        <translation>Indica la API de Plivo como una URL http(s) sin parámetros de consulta, p. ej. https://api.plivo.com.</translation>
    </message>
    <message>
        <source>Give the Plivo auth id (--plivo-auth-id: letters and digits), or use --plivo-from-env.</source>
        <translation>Indica el auth id de Plivo (--plivo-auth-id: letras y dígitos) o usa --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo auth token (--plivo-auth-token or PLIVO_AUTH_TOKEN), or use --plivo-from-env.</source>
        <translation>Indica el auth token de Plivo (--plivo-auth-token o PLIVO_AUTH_TOKEN) o usa --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo Verify application&apos;s UUID (--plivo-app-uuid), or use --plivo-from-env.</source>
        <translation>Indica el UUID de la aplicación Plivo Verify (--plivo-app-uuid) o usa --plivo-from-env.</translation>
    </message>
    <message>
        <source>The server is reached over plain http: the admin token and the Plivo credentials travel unencrypted.</source>
        <translation>Se accede al servidor por http sin cifrar: el token de administrador y las credenciales de Plivo viajan sin cifrar.</translation>
    </message>
    <message>
        <source>The Plivo API URL is a local or private address: Directus refuses such requests until IMPORT_IP_DENY_LIST is narrowed (its default, 0.0.0.0, denies every local interface).</source>
        <translation>La URL de la API de Plivo es una dirección local o privada: Directus rechaza esas solicitudes hasta que se restrinja IMPORT_IP_DENY_LIST (su valor predeterminado, 0.0.0.0, bloquea todas las interfaces locales).</translation>
    </message>
    <message>
        <source>Directus did not answer within %1 s while %2.</source>
        <translation>Directus no respondió en %1 s (paso: %2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed; its certificate is not trusted.</source>
        <translation>La conexión TLS con %1 falló; su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>Could not reach Directus at %1 while %2: %3</source>
        <translation>No se pudo contactar con Directus en %1 (paso: %2): %3</translation>
    </message>
    <message>
        <source>Directus answered something that is not JSON while %1. Is the server address right?</source>
        <translation>Directus respondió algo que no es JSON (paso: %1). ¿Es correcta la dirección del servidor?</translation>
    </message>
    <message>
        <source>reading the flows</source>
        <translation>lectura de los flujos</translation>
    </message>
    <message>
        <source>reading the fields of users</source>
        <translation>lectura de los campos de users</translation>
    </message>
    <message>
        <source>reading the collections</source>
        <translation>lectura de las colecciones</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>lectura de las operaciones</translation>
    </message>
    <message>
        <source>reading the fields of %1</source>
        <translation>lectura de los campos de %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>creación de %1</translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation>eliminación del antiguo %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>actualización de %1</translation>
    </message>
    <message>
        <source>The flow definitions are missing from this build.</source>
        <translation>Faltan las definiciones de flujos en esta compilación.</translation>
    </message>
    <message>
        <source>The flow definitions in this build are damaged.</source>
        <translation>Las definiciones de flujos de esta compilación están dañadas.</translation>
    </message>
    <message>
        <source>The field %1.%2 already exists with type &quot;%3&quot;; Directus Login needs &quot;%4&quot;. Rename or remove that field first.</source>
        <translation>El campo %1.%2 ya existe con el tipo «%3»; Directus Login necesita «%4». Primero cambia el nombre de ese campo o elimínalo.</translation>
    </message>
    <message>
        <source>Licence limit: Directus without a licence key runs at most %1 active flows; with these %2 this server would have %3 (others: %4). Directus will refuse to activate them unless it has a licence key or you deactivate %5 of the others.</source>
        <translation>Límite de licencia: sin clave de licencia, Directus ejecuta como máximo %1 flujos activos; con estos %2 este servidor tendría %3 (otros: %4). Directus se negará a activarlos salvo que tenga una clave de licencia o desactives %5 de los otros.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on active flows reached. Without a licence key Directus runs at most %2 active flows; active now: %3. Deactivate or delete a flow you do not need, or add a licence key, then run provision again.</source>
        <translation>Directus rechazó: %1 – se alcanzó el límite de licencia de flujos activos. Sin clave de licencia, Directus ejecuta como máximo %2 flujos activos; activos ahora: %3. Desactiva o elimina un flujo que no necesites, o añade una clave de licencia, y vuelve a ejecutar provision.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on seats reached. Without a licence key Directus allows %2 active users with app or admin access. Phone users need no app access; remove it from their role or policy, or add a licence key.</source>
        <translation>Directus rechazó: %1 – se alcanzó el límite de licencia de puestos. Sin clave de licencia, Directus permite %2 usuarios activos con acceso a la aplicación o de administrador. Los usuarios por teléfono no necesitan acceso a la aplicación; quítalo de su rol o política, o añade una clave de licencia.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit &quot;%2&quot; reached.</source>
        <translation>Directus rechazó: %1 – se alcanzó el límite de licencia «%2».</translation>
    </message>
    <message>
        <source>Directus refused %1: this feature needs a Directus licence key (%2).</source>
        <translation>Directus rechazó: %1 – esta función necesita una clave de licencia de Directus (%2).</translation>
    </message>
    <message>
        <source>Directus refused the admin token (401). Check --admin-token or DIRECTUS_ADMIN_TOKEN: it must be the static token of an administrator.</source>
        <translation>Directus rechazó el token de administrador (401). Revisa --admin-token o DIRECTUS_ADMIN_TOKEN: debe ser el token estático de un administrador.</translation>
    </message>
    <message>
        <source>Directus refused %1 (403 %2). The token needs administrator access.</source>
        <translation>Directus rechazó: %1 (403 %2). El token necesita acceso de administrador.</translation>
    </message>
    <message>
        <source>Directus answered 404 while %1. Is the server address the Directus root (the one that answers /server/ping)?</source>
        <translation>Directus respondió 404 (paso: %1). ¿La dirección del servidor es la raíz de Directus (la que responde a /server/ping)?</translation>
    </message>
    <message>
        <source>Directus answered %1 while %2%3</source>
        <translation>Directus respondió %1 (paso: %2)%3</translation>
    </message>
    <message>
        <source>The collection %1 already exists and its field &quot;%2&quot; is not of type &quot;%3&quot;. Remove that collection first: Directus Login keeps only short-lived rows in it.</source>
        <translation>La colección %1 ya existe y su campo «%2» no es del tipo «%3». Elimine primero esa colección: Directus Login solo guarda en ella filas de corta duración.</translation>
    </message>
    <message>
        <source>Directus did not say its version, so it cannot be checked: these flows need Directus %1 or later (tested: %2). Check that the token belongs to an administrator.</source>
        <extracomment>provision: /server/info did not say which Directus runs. %1 the oldest supported version (&quot;11.17&quot;), %2 the versions tested.</extracomment>
        <translation>Directus no indicó su versión, así que no se puede comprobar: estos flujos necesitan Directus %1 o posterior (probado: %2). Comprueba que el token pertenece a un administrador.</translation>
    </message>
    <message>
        <source>This server runs Directus %1. The Directus Login flows need Directus %2 or later (tested: %3): update Directus, then provision again. Nothing was changed.</source>
        <extracomment>provision: the server&apos;s Directus is too old. %1 its version, %2 the oldest supported (&quot;11.17&quot;), %3 the versions tested.</extracomment>
        <translation>Este servidor ejecuta Directus %1. Los flujos de Directus Login necesitan Directus %2 o posterior (probado: %3): actualiza Directus y vuelve a ejecutar provision. No se cambió nada.</translation>
    </message>
    <message>
        <source>reading the server&apos;s version</source>
        <translation>lectura de la versión del servidor</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Connect to your Directus server</source>
        <translation>Conéctate a tu servidor Directus</translation>
    </message>
    <message>
        <source>Enter the server and its two sign-in flows. You only need to do this once.</source>
        <translation>Indica el servidor y sus dos flujos de inicio de sesión. Solo hay que hacerlo una vez.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>https://cms.example.com</source>
        <translation>https://cms.example.com</translation>
    </message>
    <message>
        <source>Directus server address</source>
        <translation>Dirección del servidor Directus</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow</source>
        <extracomment>The Directus flow that sends the SMS code.</extracomment>
        <translation>&amp;Flujo de inicio de sesión</translation>
    </message>
    <message>
        <source>Flow id or trigger URL</source>
        <translation>Id del flujo o URL de activación</translation>
    </message>
    <message>
        <source>Sign-in flow, the flow that sends the code</source>
        <translation>Flujo de inicio de sesión, el flujo que envía el código</translation>
    </message>
    <message>
        <source>The flow&apos;s id, or its whole trigger URL pasted from Directus.</source>
        <translation>El id del flujo, o su URL de activación completa pegada desde Directus.</translation>
    </message>
    <message>
        <source>&amp;Verification flow</source>
        <extracomment>The Directus flow that checks the SMS code.</extracomment>
        <translation>Flujo de &amp;verificación</translation>
    </message>
    <message>
        <source>Verification flow, the flow that checks the code</source>
        <translation>Flujo de verificación, el flujo que comprueba el código</translation>
    </message>
    <message>
        <source>Tip: paste a flow&apos;s trigger URL from the Directus app (the flow&apos;s webhook trigger); the server is filled in for you.</source>
        <translation>Consejo: pega la URL de activación de un flujo desde la aplicación de Directus (el disparador webhook del flujo); el servidor se rellena solo.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Asks the server whether it is a Directus server that answers.</source>
        <translation>Pregunta al servidor si es un servidor Directus que responde.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <extracomment>Tooltip of a field the system administrator has fixed.</extracomment>
        <translation>Definido por tu administrador</translation>
    </message>
    <message>
        <source>This trigger URL is on %1, not on %2. Use the flows of the same server.</source>
        <extracomment>%1 is the server named by the pasted trigger URL, %2 the one in the Server field.</extracomment>
        <translation>Esta URL de activación está en %1, no en %2. Usa los flujos del mismo servidor.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1. Check that the folder exists and can be written.</source>
        <extracomment>%1 is the configuration file.</extracomment>
        <translation>No se pudo guardar la configuración en %1. Comprueba que la carpeta existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is the server address.</extracomment>
        <translation>Contactando con %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms.</source>
        <translation>
            <numerusform>Conectado: %1 respondió en %n ms.</numerusform>
            <numerusform>Conectado: %1 respondió en %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sign-in flow…</source>
        <extracomment>Test connection, after the server answered.</extracomment>
        <translation>Comprobando el flujo de inicio de sesión…</translation>
    </message>
    <message>
        <source>Checking the verification flow…</source>
        <translation>Comprobando el flujo de verificación…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms, and both flows answer.</source>
        <translation>
            <numerusform>Conectado: %1 respondió en %n ms y los dos flujos responden.</numerusform>
            <numerusform>Conectado: %1 respondió en %n ms y los dos flujos responden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>memory, for this session only</source>
        <translation>memoria, solo para esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>A code was just sent to this number. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>Se acaba de enviar un código a este número. Podrás pedir uno nuevo en %n segundo.</numerusform>
            <numerusform>Se acaba de enviar un código a este número. Podrás pedir uno nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is too short: it has %1 to %2 digits.</source>
        <translation>El código es demasiado corto: tiene de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The code is too long: it has %1 to %2 digits.</source>
        <translation>El código es demasiado largo: tiene de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The server issued a token that it does not accept itself, so it was not stored. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>El servidor emitió un token que él mismo no acepta, así que no se guardó. Avisa al administrador del servidor; los detalles indican qué corregir.</translation>
    </message>
    <message>
        <source>GET /users/me refused the token the verification flow returned: the &quot;Update User Account&quot; operation did not save it as the user&apos;s token (wrong filter, or it writes another value than it returns).</source>
        <translation>GET /users/me rechazó el token que devolvió el flujo de verificación: la operación «Update User Account» no lo guardó como token del usuario (filtro incorrecto, o escribe un valor distinto del que devuelve).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused more codes for this number for now. Try again in %n second(s).</source>
        <translation>
            <numerusform>El servidor rechaza por ahora más códigos para este número. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>El servidor rechaza por ahora más códigos para este número. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code was right, but your account may not read its own user on this server (GET /users/me answers 403), so the sign-in cannot be checked and was not saved. Ask the server&apos;s administrator to let your role read its own user.</source>
        <translation>Tu código era correcto, pero tu cuenta no puede leer su propio usuario en este servidor (GET /users/me responde 403), así que la sesión no se puede comprobar y no se guardó. Pide al administrador del servidor que permita a tu rol leer su propio usuario.</translation>
    </message>
    <message>
        <source>Your code was right, but the server could not say who you are, so nothing was saved. %1</source>
        <translation>Tu código era correcto, pero el servidor no pudo decir quién eres, así que no se guardó nada. %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <source>The server opened a session for this sign-in and refused it at once, so nothing was stored. Tell the server&apos;s administrator; the details say what happened.</source>
        <translation>El servidor abrió una sesión para este inicio de sesión y la rechazó de inmediato, así que no se guardó nada. Avise al administrador del servidor; los detalles dicen qué ocurrió.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be completed, so nothing was saved. %1</source>
        <translation>Su código era correcto, pero no se pudo completar el inicio de sesión, así que no se guardó nada. %1</translation>
    </message>
    <message>
        <source>You were signed out of this server (in another window or command). Sign in again.</source>
        <translation>Se cerró su sesión en este servidor (en otra ventana u orden). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>No se pudo renovar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in was renewed, but the keychain did not keep the new token, and the old one no longer works: this sign-in is lost. %1 Then sign in again.</source>
        <translation>El inicio de sesión se renovó, pero el llavero no guardó el token nuevo y el anterior ya no sirve: este inicio de sesión se ha perdido. %1 Después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>A call can be asked for only once a code was sent by SMS to this number. Ask for the SMS first.</source>
        <translation>Solo se puede pedir una llamada cuando ya se envió un código por SMS a este número. Pida primero el SMS.</translation>
    </message>
</context>
<context>
    <name>SignInWizard</name>
    <message>
        <source>Directus Login (demo)</source>
        <extracomment>The window title.</extracomment>
        <translation>Directus Login (demostración)</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the window once signed in.</extracomment>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the window (and stops whatever it was waiting for).</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Close Directus Login</source>
        <translation>Cerrar Directus Login</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>A small badge in the corner of the window in demo mode.</extracomment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo mode: an offline demo server, no real SMS</source>
        <translation>Modo de demostración: un servidor de demostración sin conexión, sin SMS reales</translation>
    </message>
    <message>
        <source>You are signed out. The stored sign-in was removed.</source>
        <extracomment>On the phone page after Sign out.</extracomment>
        <translation>Has cerrado sesión. Se eliminó la sesión guardada.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>&amp;Network Log…</source>
        <extracomment>Tools menu: opens the list of every request of this run.</extracomment>
        <translation>Registro de &amp;red…</translation>
    </message>
    <message>
        <source>Every request of this run, secrets masked</source>
        <translation>Todas las solicitudes de esta ejecución, con los secretos ocultos</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <extracomment>Tools menu: writes one text file for a bug report.</extracomment>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>One file with the masked log, the versions, the settings and the last error</source>
        <translation>Un archivo con el registro oculto, las versiones, la configuración y el último error</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Tools menu: the submenu that lists the profiles (servers).</extracomment>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;About Directus Login…</source>
        <extracomment>Tools menu: versions of the program and its libraries.</extracomment>
        <translation>Acerca &amp;de Directus Login…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>The button at the left of the button row that opens the Tools menu.</extracomment>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Network log, diagnostic report, profiles and version</source>
        <translation>Registro de red, informe de diagnóstico, perfiles y versión</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <extracomment>A profile in the Profile menu marked as production. %1 is its name and server.</extracomment>
        <translation>%1 (producción)</translation>
    </message>
    <message>
        <source>Demo mode uses its own server.</source>
        <translation>El modo de demostración usa su propio servidor.</translation>
    </message>
    <message>
        <source>The administrator has fixed the profile.</source>
        <translation>El administrador ha fijado el perfil.</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <extracomment>Title of the file dialog for the diagnostic report.</extracomment>
        <translation>Guardar informe de diagnóstico</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the report&apos;s save dialog.</extracomment>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <extracomment>Title when the diagnostic report could not be written.</extracomment>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Report Saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <extracomment>%1 is the report&apos;s file path.</extracomment>
        <translation>El informe se guardó en %1.</translation>
    </message>
    <message>
        <source>Codes, tokens and credentials in it are masked. Read it before you send it: it contains the server&apos;s address and the requests&apos; URLs.</source>
        <translation>Los códigos, tokens y credenciales que contiene están ocultos. Léelo antes de enviarlo: contiene la dirección del servidor y las URL de las solicitudes.</translation>
    </message>
    <message>
        <source>About Directus Login</source>
        <extracomment>Title of the About box.</extracomment>
        <translation>Acerca de Directus Login</translation>
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
        <translation>Inicia sesión en un servidor Directus con tu número de teléfono y un código enviado por SMS.

Qt %1 (compilado con %2)
QtKeychain 0.13 o posterior
Los tokens se guardan aquí: %3</translation>
    </message>
    <message>
        <source>Stop Signing In?</source>
        <extracomment>Title of the question asked when the window is closed in the middle of a sign-in.</extracomment>
        <translation>¿Dejar de iniciar sesión?</translation>
    </message>
    <message>
        <source>Stop signing in?</source>
        <translation>¿Dejar de iniciar sesión?</translation>
    </message>
    <message>
        <source>The code sent to %1 will not be used. To sign in later you will ask for a new one.</source>
        <translation>El código enviado a %1 no se usará. Para iniciar sesión más tarde pedirás uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;Keep Signing In</source>
        <extracomment>In the question before closing mid-sign-in: the safe answer, the default.</extracomment>
        <translation>&amp;Seguir iniciando sesión</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <extracomment>In the question before closing mid-sign-in: closes the window.</extracomment>
        <translation>&amp;Detener y cerrar</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Has iniciado sesión</translation>
    </message>
    <message>
        <source>Directus Login and other programs can now use this sign-in.</source>
        <translation>Directus Login y otros programas ya pueden usar esta sesión.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Stored</source>
        <extracomment>Caption of the line that says where the sign-in (the token) is stored.</extracomment>
        <translation>Guardada en</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Removes the stored sign-in from this computer.</source>
        <translation>Elimina la sesión guardada de este ordenador.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>Signed in, but the server shows only the user&apos;s id.</extracomment>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>The server does not show who you are.</source>
        <translation>El servidor no muestra quién eres.</translation>
    </message>
    <message>
        <source>User id %1 (the server shows no name or e-mail)</source>
        <translation>Id de usuario %1 (el servidor no muestra nombre ni correo electrónico)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1.</source>
        <extracomment>Completed by where the token is: &quot;the system keychain (Secret Service)&quot;, &quot;memory, for this session only&quot;.</extracomment>
        <translation>Tu sesión se guarda aquí: %1.</translation>
    </message>
    <message>
        <source>You will be signed out when you close Directus Login.</source>
        <translation>Se cerrará tu sesión cuando cierres Directus Login.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <extracomment>While the token is removed from the keychain.</extracomment>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>You can use Directus Login now. The sign-in is not saved, so other programs cannot use it.</source>
        <extracomment>The signed-in page&apos;s subtitle when the sign-in is kept in memory only.</extracomment>
        <translation>Ya puedes usar Directus Login. La sesión no se guarda, así que otros programas no pueden usarla.</translation>
    </message>
    <message>
        <source>It is a session of this device (%1) on the server, renewed whenever it is used; unused, it ends %2.</source>
        <extracomment>On the signed-in page, after &quot;Your sign-in is kept in …&quot;. %1 is this device&apos;s name as the server knows it, %2 a date and time.</extracomment>
        <translation>Es una sesión de este dispositivo (%1) en el servidor, que se renueva cada vez que se usa; sin usar, termina %2.</translation>
    </message>
</context>
<context>
    <name>SmsBanner</name>
    <message>
        <source>Use code</source>
        <extracomment>Demo mode: puts the code from the simulated SMS into the code field.</extracomment>
        <translation>Usar el código</translation>
    </message>
    <message>
        <source>Use the code from the demo SMS</source>
        <translation>Usar el código del SMS de demostración</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the demo SMS</source>
        <translation>Descartar el SMS de demostración</translation>
    </message>
    <message>
        <source>Demo SMS</source>
        <translation>SMS de demostración</translation>
    </message>
    <message>
        <source>Demo SMS to %1 · now</source>
        <extracomment>Demo mode: the header of the simulated SMS notification. %1 is the phone number it was sent to; &quot;now&quot; is when it arrived.</extracomment>
        <translation>SMS de demostración al %1 · ahora</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The system keychain is not available. Try again, or keep the sign-in for this session only.</source>
        <extracomment>The operating system&apos;s keychain cannot be reached.</extracomment>
        <translation>El llavero del sistema no está disponible. Vuelve a intentarlo o mantente conectado solo en esta sesión.</translation>
    </message>
    <message>
        <source>No keychain is available. Install and start gnome-keyring or KWallet and try again, or keep the sign-in for this session only.</source>
        <extracomment>No Secret Service (gnome-keyring, KWallet) is running on this Linux desktop.</extracomment>
        <translation>No hay ningún llavero disponible. Instala e inicia gnome-keyring o KWallet y vuelve a intentarlo, o mantente conectado solo en esta sesión.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>llavero del sistema (Secret Service)</translation>
    </message>
    <message>
        <source>No token is stored for this server.</source>
        <translation>No hay ningún token guardado para este servidor.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Directus Login to use it when asked, then try again.</source>
        <extracomment>The person (or the system on their behalf) refused access to the keychain.</extracomment>
        <translation>Se denegó el acceso al llavero. Permite que Directus Login lo use cuando se te pida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example by signing in to your desktop session) and try again.</source>
        <translation>El llavero está bloqueado. Desbloquéalo (por ejemplo, iniciando sesión en tu escritorio) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Check that it is running and unlocked, then try again; the details say what went wrong.</source>
        <extracomment>The keychain answered with an error we do not know; the details show it.</extracomment>
        <translation>No se pudo usar el llavero. Comprueba que está en marcha y desbloqueado y vuelve a intentarlo; los detalles indican qué falló.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it is asking for a password, unlock it and try again.</source>
        <extracomment>The keychain may be showing a password prompt somewhere.</extracomment>
        <translation>El llavero no respondió a tiempo. Si está pidiendo una contraseña, desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>memoria, solo para esta sesión</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de inicio de sesión %1.</translation>
    </message>
    <message>
        <source>The sign-in file %1 is damaged. Delete it and sign in again.</source>
        <translation>El archivo de inicio de sesión %1 está dañado. Elimínelo e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de inicio de sesión %1.</translation>
    </message>
    <message>
        <source>a file, not the keychain: %1</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;. %1 is the file.</extracomment>
        <translation>un archivo, no el llavero: %1</translation>
    </message>
    <message>
        <source>Stored in a file, not in the keychain: anyone who can read your files can use this sign-in. &quot;directus-login logout&quot; removes it.</source>
        <extracomment>Said by status and sign-in each time the sign-in is kept with --insecure-storage.</extracomment>
        <translation>Guardado en un archivo, no en el llavero: cualquiera que pueda leer sus archivos puede usar este inicio de sesión. «directus-login logout» lo elimina.</translation>
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
        <translation>Inicia sesión en un servidor Directus con tu número de teléfono y un código SMS, y guarda el token en el llavero del sistema.

Sin comando, abre la ventana de inicio de sesión. Comandos:
  request-code --phone NUMBER [--country CC]  enviar un código; imprime la sesión
  verify --session UUID --code CODE           comprobar el código, guardar el token
  sign-in --phone NUMBER [--country CC]       ambos, pidiendo el código
  status                                      quién ha iniciado sesión (sale con 4 si nadie)
  token                                       imprimir el token guardado (sale con 4 si no hay)
  logout                                      eliminar el token guardado
  api [-X METHOD] PATH [--data JSON]          una solicitud autenticada
  provision --server URL --admin-token TOKEN  instalar los flujos en un servidor Directus
  kiosk-pin                                   generar el hash del PIN de administrador del quiosco

Códigos de salida: 0 éxito, 1 fallo, 2 error de uso, 4 autenticación necesaria o rechazada.
Entorno: DIRECTUS_URL, DIRECTUS_LOGIN_FLOW, DIRECTUS_VERIFY_FLOW, DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, locked, token in memory only.</source>
        <translation>Modo quiosco: pantalla completa, bloqueado, token solo en memoria.</translation>
    </message>
    <message>
        <source>A command (see above); none opens the window.</source>
        <translation>Un comando (ver arriba); sin comando se abre la ventana.</translation>
    </message>
    <message>
        <source>directus-login: no translation for &quot;%1&quot;; available: %2
</source>
        <translation>directus-login: no hay traducción para «%1»; disponibles: %2
</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (ar, de, en, es, fr, pt_BR).</source>
        <translation>Usar este idioma en lugar del del sistema (ar, de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>directus-login: kiosk mode needs an administrator PIN, or nobody could leave the kiosk. Run &quot;directus-login kiosk-pin&quot; and put the KioskPinHash=… line it prints into the system configuration (%1).
</source>
        <translation>directus-login: el modo quiosco necesita un PIN de administrador; si no, nadie podría salir del quiosco. Ejecuta «directus-login kiosk-pin» y pon la línea KioskPinHash=… que muestra en la configuración del sistema (%1).
</translation>
    </message>
    <message>
        <source>Kiosk: run this command after sign-in, with DIRECTUS_URL in its environment and the sign-in as one JSON line on its standard input.</source>
        <translation>Quiosco: ejecutar esta orden tras iniciar sesión, con DIRECTUS_URL en su entorno y el inicio de sesión como una línea JSON en su entrada estándar.</translation>
    </message>
    <message>
        <source>memory only (demo: not saved)</source>
        <extracomment>Where the demo&apos;s sign-in is kept (the signed-in page, status): nowhere that lasts.</extracomment>
        <translation>solo la memoria (demo: no guardado)</translation>
    </message>
    <message>
        <source>nowhere: it was printed once</source>
        <extracomment>Where the sign-in is kept with --print-token.</extracomment>
        <translation>en ningún sitio: se mostró una vez</translation>
    </message>
</context>
</TS>
