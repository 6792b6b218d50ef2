<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinning &quot;please wait&quot; indicator.</extracomment>
        <translation>Processando</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Comando &quot;%1&quot; desconhecido. Comandos: %2.</translation>
    </message>
    <message>
        <source>Run &quot;directus-login --help&quot; for the commands and options.</source>
        <translation>Execute &quot;directus-login --help&quot; para ver os comandos e as opções.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnóstico: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>the demo server</source>
        <extracomment>The server in &quot;Signed in to %1 as %2&quot;, &quot;Not signed in to %1&quot;, &quot;Signed out of %1&quot;, &quot;rejected by %1&quot; (so in German the dative: &quot;dem Demo-Server&quot;).</extracomment>
        <translation>o servidor de demonstração</translation>
    </message>
    <message>
        <source>%1 needs --phone NUMBER.</source>
        <translation>%1 precisa de --phone NUMBER.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as GB or US.</source>
        <translation>&quot;%1&quot; não é um código de país. Use um código ISO de duas letras, como GB ou US.</translation>
    </message>
    <message>
        <source>[demo SMS] %1</source>
        <translation>[SMS de demonstração] %1</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>Código enviado para %1.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sessão: %1</translation>
    </message>
    <message>
        <source>Demo code: %1</source>
        <translation>Código de demonstração: %1</translation>
    </message>
    <message>
        <source>Next: directus-login verify --session %1 --code CODE</source>
        <translation>Próximo passo: directus-login verify --session %1 --code CODE</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>Token kept in %1.</source>
        <translation>Token guardado: %1.</translation>
    </message>
    <message>
        <source>verify needs --session UUID and --code CODE.</source>
        <translation>verify precisa de --session UUID e --code CODE.</translation>
    </message>
    <message>
        <source>The code must have %1 to %2 digits.</source>
        <translation>O código deve ter de %1 a %2 dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempt(s) left).</source>
        <translation>
            <numerusform>Esse código não está certo (resta %n tentativa).</numerusform>
            <numerusform>Esse código não está certo (restam %n tentativas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1. Enter the code: </source>
        <translation>Código enviado para %1. Digite o código: </translation>
    </message>
    <message>
        <source>(filled in from the demo SMS)
</source>
        <translation>(preenchido a partir do SMS de demonstração)
</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>Nenhum código foi digitado.</translation>
    </message>
    <message>
        <source>The token in %1 was rejected by %2: your session ended (signed in elsewhere or revoked). Sign in again: directus-login sign-in --phone NUMBER</source>
        <translation>%2 recusou o token (%1): sua sessão terminou (login em outro lugar ou acesso revogado). Entre novamente: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Token: %1 (%2)</source>
        <translation>Token: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with: directus-login sign-in --phone NUMBER</source>
        <translation>Você não está conectado a %1. Entre com: directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Signed out of %1; the token was removed from %2.</source>
        <translation>Você saiu de %1; o token foi removido (%2).</translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to remove.</source>
        <translation>Você não está conectado a %1; não há nada para remover.</translation>
    </message>
    <message>
        <source>api needs a path, for example: directus-login api /users/me</source>
        <translation>api precisa de um caminho, por exemplo: directus-login api /users/me</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 at offset %2.</source>
        <translation>--data não é um JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>Directus server address (or DIRECTUS_URL).</source>
        <translation>Endereço do servidor Directus (ou DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>Sign-in flow: its id or trigger URL (or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Fluxo de login: o id ou a URL de gatilho dele (ou DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>Verification flow: its id or trigger URL (or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Fluxo de verificação: o id ou a URL de gatilho dele (ou DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>Use the named profile (server and flows) from the configuration.</source>
        <translation>Usar o perfil indicado (servidor e fluxos) da configuração.</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no network, simulated SMS.</source>
        <translation>Usar o servidor de demonstração embutido: sem rede, SMS simulado.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Imprimir JSON legível por máquina.</translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>Registrar cada solicitação e resposta em stderr, com os segredos mascarados.</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without progress (default 20).</source>
        <translation>Desistir de uma solicitação após estes segundos sem progresso (padrão: 20).</translation>
    </message>
    <message>
        <source>Call the flows with POST and a JSON body instead of GET.</source>
        <translation>Chamar os fluxos com POST e um corpo JSON em vez de GET.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this machine.</source>
        <translation>Permitir http:// sem criptografia para um servidor que não está nesta máquina.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confiar também nas autoridades certificadoras deste arquivo PEM.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the phone number, in any format.</source>
        <translation>request-code, sign-in: o número de telefone, em qualquer formato.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the country of a number without +, as an ISO code (GB).</source>
        <translation>request-code, sign-in: o país de um número sem +, como código ISO (GB).</translation>
    </message>
    <message>
        <source>verify: the otp_session_uuid from request-code.</source>
        <translation>verify: o otp_session_uuid de request-code.</translation>
    </message>
    <message>
        <source>verify: the code from the SMS.</source>
        <translation>verify: o código do SMS.</translation>
    </message>
    <message>
        <source>api: the HTTP method (default GET).</source>
        <translation>api: o método HTTP (padrão: GET).</translation>
    </message>
    <message>
        <source>api: a JSON request body.</source>
        <translation>api: um corpo de solicitação JSON.</translation>
    </message>
    <message>
        <source>A session of this device (%1); it ends %2 unless it is used again.</source>
        <extracomment>status: a Directus session of this device. %1 device name, %2 a date.</extracomment>
        <translation>Uma sessão deste dispositivo (%1); ela termina %2 se não for usada de novo.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>when the server says</source>
        <translation>quando o servidor decidir</translation>
    </message>
    <message>
        <source>A static token: it never expires, and signing out does not end it on the server.</source>
        <translation>Um token estático: ele nunca expira, e sair não o encerra no servidor.</translation>
    </message>
    <message>
        <source>Signed out of %1: the session was ended on the server and removed from %2.</source>
        <translation>Você saiu de %1: a sessão foi encerrada no servidor e removida de %2.</translation>
    </message>
    <message>
        <source>Signed out here: the sign-in was removed from %1. The server could not be reached, so the session stays valid there until it expires (%2); an administrator can end it sooner.</source>
        <translation>Você saiu aqui: o login foi removido de %1. Não foi possível contatar o servidor, então a sessão continua válida lá até expirar (%2); um administrador pode encerrá-la antes.</translation>
    </message>
    <message numerus="yes">
        <source>in at most %n day(s)</source>
        <translation>
            <numerusform>em no máximo %n dia</numerusform>
            <numerusform>em no máximo %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>request-code: the code by a phone call instead (our flows allow it once an SMS was sent).</source>
        <translation>request-code: o código por ligação em vez de SMS (nossos fluxos permitem isso depois que um SMS foi enviado).</translation>
    </message>
    <message numerus="yes">
        <source>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second(s).</source>
        <translation>
            <numerusform>Ainda sem ligação: o código foi enviado por SMS para %1 há instantes. Uma ligação poderá ser pedida em %n segundo.</numerusform>
            <numerusform>Ainda sem ligação: o código foi enviado por SMS para %1 há instantes. Uma ligação poderá ser pedida em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling %1 with the code.</source>
        <translation>Ligando para %1 para ditar o código.</translation>
    </message>
    <message numerus="yes">
        <source>It expires in %1; a new one can be asked for in %n second(s).</source>
        <extracomment>request-code; %1 &quot;in 10 minutes&quot;-like text, %n seconds before a new code.</extracomment>
        <translation>
            <numerusform>Ele expira em %1; um novo poderá ser pedido em %n segundo.</numerusform>
            <numerusform>Ele expira em %1; um novo poderá ser pedido em %n segundos.</numerusform>
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
        <translation>nenhum chaveiro está em execução nesta máquina.</translation>
    </message>
    <message>
        <source>the keychain is locked.</source>
        <translation>o chaveiro está bloqueado.</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>o chaveiro não respondeu.</translation>
    </message>
    <message>
        <source>the keychain refused.</source>
        <translation>o chaveiro recusou.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above works until %1; use it as DIRECTUS_TOKEN.</source>
        <translation>Nada foi guardado. O token acima funciona até %1; use-o como DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above does not expire; use it as DIRECTUS_TOKEN.</source>
        <translation>Nada foi guardado. O token acima não expira; use-o como DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: keep the sign-in in a file of yours (mode 0600) instead of the keychain, for machines that have none. Anyone who can read your files can use it.</source>
        <translation>sign-in, request-code, verify: guardar o login em um arquivo seu (modo 0600) em vez do chaveiro, para máquinas que não têm um. Quem puder ler seus arquivos pode usá-lo.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: print the access token once and store nothing (keep it yourself, e.g. as DIRECTUS_TOKEN).</source>
        <translation>sign-in, request-code, verify: mostrar o token de acesso uma vez e não guardar nada (guarde-o você mesmo, por exemplo como DIRECTUS_TOKEN).</translation>
    </message>
    <message>
        <source>Unlock the keyring (for example by signing in to the desktop) and try again</source>
        <translation>Desbloqueie o chaveiro (por exemplo, entrando na área de trabalho) e tente de novo</translation>
    </message>
    <message>
        <source>Start a keyring (gnome-keyring or KWallet) and try again</source>
        <translation>Inicie um chaveiro (gnome-keyring ou KWallet) e tente de novo</translation>
    </message>
    <message>
        <source>The sign-in could not be kept here: %1 Nothing was sent. %2, or add --insecure-storage (kept in a file of yours, mode 0600) or --print-token (printed once, nothing stored).</source>
        <extracomment>sign-in, request-code, verify on a machine whose keychain cannot be used. %1 says why, %2 what to do.</extracomment>
        <translation>O login não poderia ser guardado aqui: %1 Nada foi enviado. %2, ou acrescente --insecure-storage (guardado em um arquivo seu, modo 0600) ou --print-token (mostrado uma vez, nada guardado).</translation>
    </message>
    <message>
        <source>Not signed in to the demo server: demo sign-ins are not saved (demo: not saved), so each command starts signed out. Try: %1</source>
        <extracomment>status, logout, token with --demo: each command is a new demo server. %1 is a command with a test number, shown as it is.</extracomment>
        <translation>Sem login no servidor de demonstração: os logins de demonstração não são guardados (demo: não guardado), então cada comando começa sem login. Tente: %1</translation>
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
        <translation>Digite o código</translation>
    </message>
    <message>
        <source>Type or paste the code from the text message.</source>
        <translation>Digite ou cole o código da mensagem SMS.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>&amp;Alterar número</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Alterar número</translation>
    </message>
    <message>
        <source>Goes back to the phone number. The code sent so far will no longer work.</source>
        <translation>Volta para o número de telefone. O código enviado até agora deixará de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>Códi&amp;go</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Código da mensagem SMS</translation>
    </message>
    <message>
        <source>Digits only; the code is checked as soon as it is complete.</source>
        <translation>Somente dígitos; o código é verificado assim que estiver completo.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in with this code</source>
        <translation>Entrar com este código</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Reenviar código</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Try to save the sign-in again</source>
        <translation>Tentar salvar o acesso novamente</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in for this session only</source>
        <translation>&amp;Manter conectado só nesta sessão</translation>
    </message>
    <message>
        <source>Keep me signed in for this session only</source>
        <translation>Manter conectado só nesta sessão</translation>
    </message>
    <message>
        <source>The sign-in stays in memory and is forgotten when Directus Login closes.</source>
        <translation>O acesso fica na memória e é esquecido quando o Directus Login é fechado.</translation>
    </message>
    <message>
        <source>For this session only: you stay signed in until you close Directus Login, and need a new code next time.</source>
        <translation>Só nesta sessão: você fica conectado até fechar o Directus Login e precisará de um novo código da próxima vez.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Enviamos um código para %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits. It can take a minute to arrive.</source>
        <extracomment>Under the code field. %n is the number of digits of the code.</extracomment>
        <translation>
            <numerusform>O código tem %n dígito. Ele pode levar um minuto para chegar.</numerusform>
            <numerusform>O código tem %n dígitos. Ele pode levar um minuto para chegar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code from the text message.</source>
        <extracomment>%n is the number of digits the code should have.</extracomment>
        <translation>
            <numerusform>Digite o dígito do código da mensagem SMS.</numerusform>
            <numerusform>Digite todos os %n dígitos do código da mensagem SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend code in %n s</source>
        <extracomment>The resend button while counting down; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Reenviar código em %n s</numerusform>
            <numerusform>Reenviar código em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your sign-in</source>
        <extracomment>The code page&apos;s title once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Mantenha seu acesso</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the code is checked with the server.</extracomment>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Enviando um novo código…</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <extracomment>While the token is written to the keychain.</extracomment>
        <translation>Salvando seu acesso…</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. Attempts left: %n.</source>
        <extracomment>After a wrong code; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Esse código não está certo. Tentativas restantes: %n.</numerusform>
            <numerusform>Esse código não está certo. Tentativas restantes: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is on its way to %1. The earlier code no longer works.</source>
        <translation>Um novo código está a caminho de %1. O código anterior não funciona mais.</translation>
    </message>
    <message>
        <source>Signed in, but your keychain is locked</source>
        <extracomment>Heading when the token cannot be stored because the keychain is locked.</extracomment>
        <translation>Conectado, mas seu chaveiro está bloqueado</translation>
    </message>
    <message>
        <source>Signed in, but no keychain is available</source>
        <translation>Conectado, mas nenhum chaveiro está disponível</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep your sign-in</source>
        <translation>Conectado, mas o chaveiro se recusou a guardar seu acesso</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not answer</source>
        <translation>Conectado, mas o chaveiro não respondeu</translation>
    </message>
    <message>
        <source>Signed in, but your sign-in could not be saved</source>
        <translation>Conectado, mas não foi possível salvar seu acesso</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Ainda não está disponível: você poderá pedir um novo código em instantes.</translation>
    </message>
    <message>
        <source>Your code was right. Choose how to go on.</source>
        <extracomment>The code page&apos;s subtitle once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Seu código estava correto. Escolha como continuar.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be checked</source>
        <extracomment>Heading when the code was right but /users/me could not say who signed in.</extracomment>
        <translation>Seu código estava correto, mas o acesso não pôde ser verificado</translation>
    </message>
    <message>
        <source>When the code expires</source>
        <translation>Quando o código expira</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>&amp;Ligue para mim em vez disso</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>Ligue para mim em vez disso</translation>
    </message>
    <message>
        <source>The code is read to you in a phone call to the same number.</source>
        <translation>O código é lido para você em uma ligação para o mesmo número.</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Estamos ligando para %1 para ditar seu código.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>Next to the code field; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Resta %n tentativa</numerusform>
            <numerusform>Restam %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>O código expira em %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Este código expirou. Peça um novo.</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s).</source>
        <translation>
            <numerusform>Em cerca de %n minuto.</numerusform>
            <numerusform>Em cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Expirado.</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Seu telefone %1 vai tocar em instantes: uma voz lerá o código.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Nothing is configured yet. Give the server&apos;s address (--server or DIRECTUS_URL) and the ids or trigger URLs of the sign-in flow (--login-flow) and the verification flow (--verify-flow).</source>
        <translation>Nada está configurado ainda. Informe o endereço do servidor (--server ou DIRECTUS_URL) e os ids ou URLs de gatilho do fluxo de login (--login-flow) e do fluxo de verificação (--verify-flow).</translation>
    </message>
    <message>
        <source>No flows are configured. Give the ids or trigger URLs of the sign-in flow (--login-flow or DIRECTUS_LOGIN_FLOW) and the verification flow (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Nenhum fluxo está configurado. Informe os ids ou URLs de gatilho do fluxo de login (--login-flow ou DIRECTUS_LOGIN_FLOW) e do fluxo de verificação (--verify-flow ou DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No sign-in flow is configured. Give its id or trigger URL (--login-flow or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Nenhum fluxo de login está configurado. Informe o id ou a URL de gatilho dele (--login-flow ou DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>No verification flow is configured. Give its id or trigger URL (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Nenhum fluxo de verificação está configurado. Informe o id ou a URL de gatilho dele (--verify-flow ou DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No Directus server is configured. Give its address (--server or DIRECTUS_URL), or paste the flows&apos; full trigger URLs.</source>
        <translation>Nenhum servidor Directus está configurado. Informe o endereço dele (--server ou DIRECTUS_URL) ou cole as URLs de gatilho completas dos fluxos.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Não foi possível ler nenhum certificado de %1.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Matching countries</source>
        <extracomment>Accessible name of the list of countries matching the search.</extracomment>
        <translation>Países correspondentes</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Mostrar todos os países</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Type a country name, its two-letter code or its calling code, then press Enter.</source>
        <translation>Digite o nome de um país, o código de duas letras ou o código de discagem e pressione Enter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 is its name, %2 its calling code with its + (&quot;United Kingdom (+44)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by name, code or %1</source>
        <extracomment>Placeholder of the country field: what the search accepts. %1 is a calling code (&quot;+44&quot;).</extracomment>
        <translation>Pesquisar por nome, código ou %1</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The stored sign-in cannot be read (it was written by another version). Sign in again.</source>
        <translation>O acesso salvo não pode ser lido (foi gravado por outra versão). Entre novamente.</translation>
    </message>
</context>
<context>
    <name>CredentialLock</name>
    <message>
        <source>The sign-in could not be renewed safely: its lock file cannot be written. Check that the runtime folder can be written, then try again.</source>
        <translation>Não foi possível renovar o login com segurança: o arquivo de trava não pode ser gravado. Verifique se a pasta de execução permite gravação e tente de novo.</translation>
    </message>
    <message>
        <source>Another Directus Login is renewing this sign-in and did not finish. Try again.</source>
        <translation>Outro Directus Login está renovando este login e não terminou. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Your Directus code is %1. It expires in 5 minutes.</source>
        <extracomment>The demo server&apos;s simulated SMS. %1 is the 6-digit code.</extracomment>
        <translation>Seu código do Directus é %1. Ele expira em 5 minutos.</translation>
    </message>
    <message>
        <source>Signs in as Ada Lovelace</source>
        <translation>Entra como Ada Lovelace</translation>
    </message>
    <message>
        <source>Signs in; the server shows only the user id</source>
        <translation>Entra; o servidor mostra só o id do usuário</translation>
    </message>
    <message>
        <source>Unknown user: no code is sent</source>
        <translation>Usuário desconhecido: nenhum código é enviado</translation>
    </message>
    <message>
        <source>The SMS provider is down</source>
        <translation>O provedor de SMS está fora do ar</translation>
    </message>
    <message>
        <source>Too many attempts: wait 30 seconds</source>
        <translation>Tentativas demais: aguarde 30 segundos</translation>
    </message>
    <message>
        <source>The server answers too late (time-out)</source>
        <translation>O servidor responde tarde demais (tempo esgotado)</translation>
    </message>
    <message>
        <source>The flow fails (server error)</source>
        <translation>O fluxo falha (erro do servidor)</translation>
    </message>
    <message>
        <source>The code expires at once</source>
        <translation>O código expira na hora</translation>
    </message>
    <message>
        <source>The SMS provider is down when the code is checked</source>
        <translation>O provedor de SMS cai na verificação do código</translation>
    </message>
    <message>
        <source>Tutorial bug: an empty answer</source>
        <translation>Bug do tutorial: uma resposta vazia</translation>
    </message>
    <message>
        <source>Tutorial bug: no session in the answer</source>
        <translation>Bug do tutorial: nenhuma sessão na resposta</translation>
    </message>
    <message>
        <source>Tutorial bug: the provider&apos;s password in the answer</source>
        <translation>Bug do tutorial: a senha do provedor na resposta</translation>
    </message>
    <message>
        <source>Tutorial bug: the flow returns nothing</source>
        <translation>Bug do tutorial: o fluxo não retorna nada</translation>
    </message>
    <message>
        <source>Tutorial bug: no token after the right code</source>
        <translation>Bug do tutorial: nenhum token após o código correto</translation>
    </message>
    <message>
        <source>Tutorial bug: the token &quot;undefined&quot;</source>
        <translation>Bug do tutorial: o token &quot;undefined&quot;</translation>
    </message>
    <message>
        <source>A captive portal answers with a web page</source>
        <translation>Um portal cativo responde com uma página web</translation>
    </message>
    <message>
        <source>The sign-in cannot be checked once; Try again works</source>
        <translation>O acesso não pode ser verificado uma vez; &quot;Tentar novamente&quot; funciona</translation>
    </message>
    <message>
        <source>Phone call from Directus: your code is %1. Once more: %1.</source>
        <extracomment>The demo server&apos;s simulated phone call (&quot;Call me instead&quot;). %1 is the 6-digit code.</extracomment>
        <translation>Ligação da Directus: seu código é %1. Mais uma vez: %1.</translation>
    </message>
    <message>
        <source>Signs in; the server tells nothing about the code</source>
        <translation>Entra; o servidor não informa nada sobre o código</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o relatório em %1: %2</translation>
    </message>
</context>
<context>
    <name>DigitKeypad</name>
    <message>
        <source>Clear</source>
        <extracomment>Keypad key that empties the field.</extracomment>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <source>⌫</source>
        <extracomment>Keypad key that deletes the last digit (an erase-to-the-left symbol).</extracomment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Apagar o último dígito</translation>
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
        <translation>Nenhum endereço de servidor válido está configurado.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP, which would send your code and token unencrypted. Use an https:// address, or allow plain HTTP explicitly (--allow-http) on a network you trust.</source>
        <translation>%1 usa HTTP sem criptografia, o que enviaria seu código e seu token sem criptografia. Use um endereço https:// ou permita HTTP explicitamente (--allow-http) em uma rede confiável.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not %2, so the connection was refused: this may not be the server you meant. Check the address, or tell the server&apos;s administrator.</source>
        <extracomment>%1 the names in the certificate, %2 the server address the person gave.</extracomment>
        <translation>O certificado do servidor é para %1, não para %2, então a conexão foi recusada: talvez este não seja o servidor que você queria. Verifique o endereço ou avise o administrador do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1, so the connection to %2 was refused. Tell the server&apos;s administrator to renew it.</source>
        <extracomment>%1 the date the certificate expired (YYYY-MM-DD), %2 the server.</extracomment>
        <translation>O certificado do servidor expirou em %1, então a conexão com %2 foi recusada. Peça ao administrador do servidor para renová-lo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1, so the connection to %2 was refused. Check this computer&apos;s date and time.</source>
        <translation>O certificado do servidor só é válido a partir de %1, então a conexão com %2 foi recusada. Verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issued by %1), so the connection to %2 was refused. If the server uses your organisation&apos;s own certificate authority, start the app with --ca-file.</source>
        <extracomment>%1 who issued the certificate, %2 the server.</extracomment>
        <translation>O certificado do servidor não é confiável (emitido por %1), então a conexão com %2 foi recusada. Se o servidor usa a autoridade certificadora da sua organização, inicie o aplicativo com --ca-file.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>A conexão segura com %1 foi recusada: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (the server does not speak TLS as expected). Check the address and port.</source>
        <translation>Não foi possível estabelecer a conexão segura com %1 (o servidor não fala TLS como esperado). Verifique o endereço e a porta.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check the address and that the server is running.</source>
        <translation>Não foi possível conectar a %1: o servidor recusou a conexão. Verifique o endereço e se o servidor está em execução.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>O servidor %1 não foi encontrado. Verifique o endereço e sua conexão com a internet.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Check your connection and try again.</source>
        <translation>A conexão com %1 foi interrompida. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 não respondeu a tempo. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The network proxy refused or failed the connection to %1. Check the proxy settings.</source>
        <translation>O proxy de rede recusou ou não conseguiu fazer a conexão com %1. Verifique as configurações de proxy.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times (a redirect loop), so it was stopped. Tell the server&apos;s administrator.</source>
        <translation>%1 redirecionou a solicitação vezes demais (um loop de redirecionamento), então ela foi interrompida. Avise o administrador do servidor.</translation>
    </message>
    <message>
        <source>%1 redirected the request to plain HTTP; it was not followed, so nothing was sent unencrypted.</source>
        <translation>%1 redirecionou a solicitação para HTTP sem criptografia; o redirecionamento não foi seguido, então nada foi enviado sem criptografia.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>A solicitação para %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 sent far more data than a sign-in needs; the answer was refused.</source>
        <translation>%1 enviou muito mais dados do que um login precisa; a resposta foi recusada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request but did not answer within %n second(s). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>
            <numerusform>%1 aceitou a solicitação, mas não respondeu em %n segundo. Tente novamente mais tarde; se continuar acontecendo, avise o administrador do servidor.</numerusform>
            <numerusform>%1 aceitou a solicitação, mas não respondeu em %n segundos. Tente novamente mais tarde; se continuar acontecendo, avise o administrador do servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s). Check the address and your connection.</source>
        <translation>
            <numerusform>Não foi possível conectar a %1 em %n segundo. Verifique o endereço e sua conexão.</numerusform>
            <numerusform>Não foi possível conectar a %1 em %n segundos. Verifique o endereço e sua conexão.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to another site (%2); it was not followed, so nothing was sent there.</source>
        <translation>%1 redirecionou a solicitação para outro site (%2); o redirecionamento não foi seguido, então nada foi enviado para lá.</translation>
    </message>
</context>
<context>
    <name>FlowRef</name>
    <message>
        <source>Enter the flow&apos;s id or paste its trigger URL.</source>
        <translation>Digite o id do fluxo ou cole a URL de gatilho dele.</translation>
    </message>
    <message>
        <source>This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on the flow&apos;s webhook trigger in Directus.</source>
        <translation>Isto não é um id de fluxo nem uma URL de gatilho. Cole a URL de gatilho mostrada no gatilho webhook do fluxo no Directus.</translation>
    </message>
    <message>
        <source>This URL is not a flow trigger URL: it should end in /flows/trigger/ followed by the flow&apos;s id.</source>
        <translation>Esta URL não é uma URL de gatilho de fluxo: ela deveria terminar em /flows/trigger/ seguido do id do fluxo.</translation>
    </message>
    <message>
        <source>This address cannot be read. Check the host name, and that the port after the colon is a number (https://cms.example.com:8443).</source>
        <translation>Não é possível ler este endereço. Verifique o nome do host e se a porta depois dos dois-pontos é um número (https://cms.example.com:8443).</translation>
    </message>
    <message>
        <source>Enter the address of your Directus server.</source>
        <translation>Digite o endereço do seu servidor Directus.</translation>
    </message>
    <message>
        <source>This is not a server address. Use the form https://cms.example.com.</source>
        <translation>Isto não é um endereço de servidor. Use o formato https://cms.example.com.</translation>
    </message>
</context>
<context>
    <name>FlowReply</name>
    <message>
        <source>The server answered with a web page instead of Directus data. Check the server address; on a public network, you may first need to sign in to the network in your browser.</source>
        <translation>O servidor respondeu com uma página web em vez de dados do Directus. Verifique o endereço do servidor; em uma rede pública, talvez você precise primeiro entrar na rede pelo navegador.</translation>
    </message>
    <message>
        <source>HTML instead of JSON: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML em vez de JSON: URL do servidor errada, um proxy ou um portal cativo.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered nothing. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>O %1 do servidor não respondeu nada. Avise o administrador do servidor; os detalhes dizem o que corrigir.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned nothing (HTTP 204). Make the last operation return the reply object.</source>
        <translation>A última operação do fluxo não retornou nada (HTTP 204). Faça a última operação retornar o objeto de resposta.</translation>
    </message>
    <message>
        <source>The server did not accept this phone number. Check it and try again.</source>
        <translation>O servidor não aceitou este número de telefone. Verifique-o e tente novamente.</translation>
    </message>
    <message>
        <source>The server did not accept this code. Check it and try again.</source>
        <translation>O servidor não aceitou este código. Verifique-o e tente novamente.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>O servidor não aceitou a solicitação.</translation>
    </message>
    <message>
        <source>No account on this server uses this phone number. Check the number, or ask the server&apos;s administrator to add it to your account.</source>
        <translation>Nenhuma conta neste servidor usa este número de telefone. Verifique o número ou peça ao administrador do servidor para adicioná-lo à sua conta.</translation>
    </message>
    <message>
        <source>This code has expired or has been used too many times. Ask for a new code.</source>
        <translation>Este código expirou ou foi usado vezes demais. Peça um novo código.</translation>
    </message>
    <message>
        <source>That code is not right. Check the SMS and try again.</source>
        <translation>Esse código não está certo. Confira o SMS e tente novamente.</translation>
    </message>
    <message>
        <source>Your session ended (signed in elsewhere or revoked). Sign in again.</source>
        <translation>Sua sessão terminou (login em outro lugar ou acesso revogado). Entre novamente.</translation>
    </message>
    <message>
        <source>The server refused to run its %1. Check the flow&apos;s id or trigger URL; the details say what else to check.</source>
        <translation>O servidor se recusou a executar o %1. Verifique o id ou a URL de gatilho do fluxo; os detalhes dizem o que mais verificar.</translation>
    </message>
    <message>
        <source>Directus answers 403 on a trigger URL when the flow id is wrong, the flow is inactive, or the flow&apos;s webhook expects another method (GET or POST).</source>
        <translation>O Directus responde 403 em uma URL de gatilho quando o id do fluxo está errado, o fluxo está inativo ou o webhook do fluxo espera outro método (GET ou POST).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Sua conta não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>The server has no such flow. Check the server address and the flow&apos;s trigger URL.</source>
        <translation>O servidor não tem esse fluxo. Verifique o endereço do servidor e a URL de gatilho do fluxo.</translation>
    </message>
    <message>
        <source>404 on a trigger URL: the server address (or its path) is wrong, or this is not a Directus server.</source>
        <translation>404 em uma URL de gatilho: o endereço do servidor (ou o caminho) está errado, ou este não é um servidor Directus.</translation>
    </message>
    <message>
        <source>The server has nothing at this address.</source>
        <translation>O servidor não tem nada neste endereço.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>A solicitação era grande demais para o servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Tentativas demais. Tente novamente em %n segundo.</numerusform>
            <numerusform>Tentativas demais. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Tentativas demais. Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>The server had a problem running its %1. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>O servidor teve um problema ao executar o %1. Tente novamente mais tarde; se continuar acontecendo, avise o administrador do servidor.</translation>
    </message>
    <message>
        <source>HTTP 500 from a flow: one of its operations threw. See the flow&apos;s logs in Directus.</source>
        <translation>HTTP 500 de um fluxo: uma das operações dele lançou um erro. Veja os logs do fluxo no Directus.</translation>
    </message>
    <message>
        <source>The server is not reachable through its gateway right now. Try again later.</source>
        <translation>O servidor não está acessível pelo gateway no momento. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The SMS service is not available right now. Try again in a few minutes.</source>
        <translation>O serviço de SMS não está disponível no momento. Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>HTTP 503 from a flow: the SMS provider is down or refused the request.</source>
        <translation>HTTP 503 de um fluxo: o provedor de SMS está fora do ar ou recusou a solicitação.</translation>
    </message>
    <message>
        <source>The server is not available right now. Try again in a few minutes.</source>
        <translation>O servidor não está disponível no momento. Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>The server answered something this app cannot read.</source>
        <translation>O servidor respondeu algo que este aplicativo não consegue ler.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1). Try again later.</source>
        <translation>O servidor respondeu com um erro inesperado (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered something that is not valid data. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>O %1 do servidor respondeu algo que não são dados válidos. Avise o administrador do servidor; os detalhes dizem o que corrigir.</translation>
    </message>
    <message>
        <source>The server answered something that is not valid data.</source>
        <translation>O servidor respondeu algo que não são dados válidos.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation must return a JSON object.</source>
        <translation>A última operação do fluxo deve retornar um objeto JSON.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not a Directus server.</source>
        <translation>Algo respondeu neste endereço, mas não é um servidor Directus.</translation>
    </message>
    <message>
        <source>HTML instead of &quot;pong&quot;: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML em vez de &quot;pong&quot;: URL do servidor errada, um proxy ou um portal cativo.</translation>
    </message>
    <message>
        <source>sign-in flow</source>
        <comment>the Directus flow that sends the SMS</comment>
        <translation>fluxo de login</translation>
    </message>
    <message>
        <source>verification flow</source>
        <comment>the Directus flow that checks the code</comment>
        <translation>fluxo de verificação</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in flow is not set up correctly, so no code can be sent. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>O fluxo de login do servidor não está configurado corretamente, então nenhum código pode ser enviado. Avise o administrador do servidor; os detalhes dizem o que corrigir.</translation>
    </message>
    <message>
        <source>The server&apos;s verification flow is not set up correctly, so your code could not be checked. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>O fluxo de verificação do servidor não está configurado corretamente, então seu código não pôde ser verificado. Avise o administrador do servidor; os detalhes dizem o que corrigir.</translation>
    </message>
    <message>
        <source>The flow returns the SMS provider&apos;s raw reply, including the request headers with the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation, turn on &quot;error on reject&quot;, and make the last operation return only %1.</source>
        <translation>O fluxo retorna a resposta bruta do provedor de SMS, incluindo os cabeçalhos da solicitação com as credenciais do provedor. Adicione um caminho de rejeição que termine em uma operação &quot;Throw Error&quot;, ative &quot;error on reject&quot; e faça a última operação retornar apenas %1.</translation>
    </message>
    <message>
        <source>The flow returns a network error object from its Request URL operation (the SMS provider could not be reached), which can carry the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation with status 503.</source>
        <translation>O fluxo retorna um objeto de erro de rede da operação &quot;Request URL&quot; (o provedor de SMS não pôde ser acessado), que pode conter as credenciais do provedor. Adicione um caminho de rejeição que termine em uma operação &quot;Throw Error&quot; com status 503.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned an empty object: a &quot;Run Script&quot; operation probably threw. Look at the flow&apos;s logs in Directus.</source>
        <translation>A última operação do fluxo retornou um objeto vazio: provavelmente uma operação &quot;Run Script&quot; lançou um erro. Veja os logs do fluxo no Directus.</translation>
    </message>
    <message>
        <source>The flow answered the session id &quot;undefined&quot;: the &quot;Deliver OTP Session&quot; operation reads a path that does not exist. It should return data.create_otp_session.data.session_uuid.</source>
        <translation>O fluxo respondeu o id de sessão &quot;undefined&quot;: a operação &quot;Deliver OTP Session&quot; lê um caminho que não existe. Ela deveria retornar data.create_otp_session.data.session_uuid.</translation>
    </message>
    <message>
        <source>The flow answered without otp_session_uuid: the &quot;Deliver OTP Session&quot; operation is missing, not the last operation, or returns something else.</source>
        <translation>O fluxo respondeu sem otp_session_uuid: a operação &quot;Deliver OTP Session&quot; está faltando, não é a última operação ou retorna outra coisa.</translation>
    </message>
    <message>
        <source>The flow answered the token &quot;%1&quot;: the &quot;Update User Account&quot; operation reads {{$last.token}}, which does not exist there. It must never store or return such a token — anyone could sign in with it. The token was not stored.</source>
        <translation>O fluxo respondeu o token &quot;%1&quot;: a operação &quot;Update User Account&quot; lê {{$last.token}}, que não existe ali. Ela nunca deve guardar nem retornar um token assim — qualquer pessoa poderia entrar com ele. O token não foi guardado.</translation>
    </message>
    <message>
        <source>The flow answered a token that cannot be a real one (too short, too long, or with spaces or control characters). Make &quot;Generate Session Token&quot; produce at least 16 printable characters. The token was not stored.</source>
        <translation>O fluxo respondeu um token que não pode ser real (curto demais, longo demais ou com espaços ou caracteres de controle). Faça &quot;Generate Session Token&quot; gerar pelo menos 16 caracteres imprimíveis. O token não foi guardado.</translation>
    </message>
    <message>
        <source>The flow answered {&quot;message&quot;:null}: &quot;Generate Session Token&quot; reads data.$last.message, which is always empty, so no token is ever issued. It should read the provider&apos;s reply under data.$last.data.message (the tutorial&apos;s bug).</source>
        <translation>O fluxo respondeu {&quot;message&quot;:null}: &quot;Generate Session Token&quot; lê data.$last.message, que está sempre vazio, então nenhum token é emitido. Ele deveria ler a resposta do provedor em data.$last.data.message (o bug do tutorial).</translation>
    </message>
    <message>
        <source>The flow accepted the code but answered without a token: &quot;Generate Session Token&quot; or &quot;Update User Account&quot; did not run, or the last operation returns the provider&apos;s reply instead of {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>O fluxo aceitou o código, mas respondeu sem token: &quot;Generate Session Token&quot; ou &quot;Update User Account&quot; não foi executada, ou a última operação retorna a resposta do provedor em vez de {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>Esse código não foi aceito. Verifique-o e tente novamente.</translation>
    </message>
    <message>
        <source>The flow answered HTTP 200 without a token instead of a 401 INVALID_OTP error. Turn on &quot;error on reject&quot; and end the failure path in a &quot;Throw Error&quot; operation.</source>
        <translation>O fluxo respondeu HTTP 200 sem token em vez de um erro 401 INVALID_OTP. Ative &quot;error on reject&quot; e termine o caminho de falha em uma operação &quot;Throw Error&quot;.</translation>
    </message>
    <message>
        <source>The flow answered without a token: the last operation should return {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>O fluxo respondeu sem token: a última operação deveria retornar {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>Something answered at the %1&apos;s address, but not as a Directus flow does.</source>
        <translation>Algo respondeu no endereço do %1, mas não como um fluxo do Directus.</translation>
    </message>
    <message>
        <source>A flow answers JSON; this answer is not.</source>
        <translation>Um fluxo responde em JSON; esta resposta não é.</translation>
    </message>
    <message>
        <source>The %1 did not answer as a flow does.</source>
        <translation>O %1 não respondeu como um fluxo responde.</translation>
    </message>
    <message>
        <source>You were signed out by the server: your account is suspended. Ask the server&apos;s administrator.</source>
        <translation>O servidor encerrou sua sessão: sua conta está suspensa. Fale com o administrador do servidor.</translation>
    </message>
    <message>
        <source>You were signed out by the server (the sign-in was revoked, has expired, or your account changed). Sign in again.</source>
        <translation>O servidor encerrou sua sessão (o login foi revogado, expirou ou sua conta mudou). Entre de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to renewing the sign-in cannot be read. Try again later.</source>
        <translation>Não é possível ler a resposta do servidor à renovação do login. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again after %1.</source>
        <translation>Códigos demais foram tentados para este número hoje. Tente de novo depois de %1.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again tomorrow after %1.</source>
        <translation>Códigos demais foram tentados para este número hoje. Tente de novo amanhã depois de %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again after %1.</source>
        <translation>Códigos demais foram enviados para este número hoje. Tente de novo depois de %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again tomorrow after %1.</source>
        <translation>Códigos demais foram enviados para este número hoje. Tente de novo amanhã depois de %1.</translation>
    </message>
</context>
<context>
    <name>KioskHandOff</name>
    <message>
        <source>No application is configured to start after sign-in (KioskExec or --exec).</source>
        <translation>Nenhum aplicativo está configurado para iniciar após o login (KioskExec ou --exec).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s application could not be started. Ask the administrator to check the command (KioskExec).</source>
        <translation>Não foi possível iniciar o aplicativo do quiosque. Peça ao administrador para verificar o comando (KioskExec).</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>The administrator PIN hash (KioskPinHash) cannot be read. Make a new one with &quot;directus-login kiosk-pin&quot;.</source>
        <translation>Não é possível ler o hash do PIN de administrador (KioskPinHash). Crie um novo com &quot;directus-login kiosk-pin&quot;.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits (0–9), so that it can be typed on the kiosk&apos;s keypad.</source>
        <translation>O PIN deve ter de %1 a %2 dígitos (0–9), para que possa ser digitado no teclado do quiosque.</translation>
    </message>
</context>
<context>
    <name>KioskPinCommand</name>
    <message>
        <source>Makes the hash of a kiosk&apos;s administrator PIN (%1 to %2 digits) for the system configuration file. From a terminal it asks twice and shows nothing; otherwise it reads one line from standard input. Prints the line to put in [General] of /etc/xdg/directus-login/directus-login.conf.</source>
        <translation>Gera o hash do PIN de administrador de um quiosque (%1 a %2 dígitos) para o arquivo de configuração do sistema. Em um terminal, pede o PIN duas vezes sem mostrar nada; caso contrário, lê uma linha da entrada padrão. Imprime a linha a colocar em [General] de /etc/xdg/directus-login/directus-login.conf.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default %1).</source>
        <translation>Iterações do PBKDF2 (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login kiosk-pin --help&apos;.</source>
        <translation>Tente &quot;directus-login kiosk-pin --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument; the PIN is read from the terminal or standard input, never from the command line (where other users can see it)</source>
        <extracomment>Do not pass the PIN as an argument: the error that says so.</extracomment>
        <translation>argumento inesperado; o PIN é lido do terminal ou da entrada padrão, nunca da linha de comando (onde outros usuários podem vê-lo)</translation>
    </message>
    <message>
        <source>--iterations must be a number from %1 to %2</source>
        <translation>--iterations deve ser um número de %1 a %2</translation>
    </message>
    <message>
        <source>Administrator PIN: </source>
        <translation>PIN de administrador: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN was given.</source>
        <translation>directus-login kiosk-pin: nenhum PIN foi informado.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>O mesmo PIN novamente: </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: the two PINs differ; nothing was made.</source>
        <translation>directus-login kiosk-pin: os dois PINs são diferentes; nada foi gerado.</translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN on standard input.</source>
        <translation>directus-login kiosk-pin: nenhum PIN na entrada padrão.</translation>
    </message>
    <message>
        <source>Put this line in [General] of the system configuration file (/etc/xdg/directus-login/directus-login.conf). It is read from that file only.</source>
        <translation>Coloque esta linha em [General] do arquivo de configuração do sistema (/etc/xdg/directus-login/directus-login.conf). Ela só é lida desse arquivo.</translation>
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
        <translation>Sair do modo quiosque</translation>
    </message>
    <message>
        <source>Show the configuration</source>
        <extracomment>Administrator panel: shows the configuration in effect (no secrets).</extracomment>
        <translation>Mostrar a configuração</translation>
    </message>
    <message>
        <source>Back to the sign-in</source>
        <extracomment>Administrator panel: closes the panel and goes back to the sign-in.</extracomment>
        <translation>Voltar para o login</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so this kiosk cannot be left from the screen. Make one with &quot;directus-login kiosk-pin&quot; and put the line it prints in the system configuration file.</source>
        <translation>Nenhum PIN de administrador está definido, então não é possível sair deste quiosque pela tela. Crie um com &quot;directus-login kiosk-pin&quot; e coloque a linha que ele imprime no arquivo de configuração do sistema.</translation>
    </message>
    <message>
        <source>Enter the administrator PIN.</source>
        <extracomment>Kiosk administrator panel, above the PIN field.</extracomment>
        <translation>Digite o PIN de administrador.</translation>
    </message>
    <message>
        <source>Choose what to do. The kiosk clears this panel after a while without a touch.</source>
        <translation>Escolha o que fazer. O quiosque fecha este painel após um tempo sem toque.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>While the administrator PIN is checked (takes a moment on purpose).</extracomment>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>The administrator PIN was wrong.</extracomment>
        <translation>Esse PIN não está certo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <extracomment>Too many wrong administrator PINs in a row.</extracomment>
        <translation>
            <numerusform>Muitos PINs errados. Tente novamente em %n segundo.</numerusform>
            <numerusform>Muitos PINs errados. Tente novamente em %n segundos.</numerusform>
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
        <translation>Escolha seu país</translation>
    </message>
    <message>
        <source>Search: name or +code</source>
        <extracomment>Placeholder of the kiosk&apos;s country search: a name, a code like &quot;GB&quot; or &quot;+44&quot;.</extracomment>
        <translation>Pesquisar: nome ou +código</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Pesquisar países</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <extracomment>Title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Seu número de celular</translation>
    </message>
    <message>
        <source>We send you a code by text message.</source>
        <extracomment>Under the title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Enviamos um código por SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the kiosk&apos;s phone number field.</extracomment>
        <translation>Número de celular</translation>
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
        <translation>Digite o código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <extracomment>On the kiosk&apos;s code screen, after a second text message: have the code read out by a call.</extracomment>
        <translation>Ligue para mim em vez disso</translation>
    </message>
    <message>
        <source>Change number</source>
        <extracomment>On the kiosk&apos;s code screen: back to the number.</extracomment>
        <translation>Alterar número</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The kiosk keypad&apos;s wide key on the code screen.</extracomment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>The country screen&apos;s primary button: keep this country. %1 is its name.</extracomment>
        <translation>Continuar com %1</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code.</source>
        <extracomment>On the kiosk&apos;s code screen, when Sign in is touched too early.</extracomment>
        <translation>
            <numerusform>Digite o %n dígito do código.</numerusform>
            <numerusform>Digite todos os %n dígitos do código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <extracomment>While the kiosk asks the server for a code.</extracomment>
        <translation>Enviando o código…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the kiosk checks the code with the server.</extracomment>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Enviando um novo código…</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Seu telefone %1 vai tocar em instantes: uma voz lerá o código.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <translation>Um novo código está a caminho de %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>On the kiosk&apos;s code screen, when the sign-in could not be checked.</extracomment>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Estamos ligando para %1 para ditar seu código.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Enviamos um código para %1.</translation>
    </message>
    <message>
        <source>Code, %1 of %2 digits</source>
        <extracomment>The kiosk&apos;s code boxes, for screen readers: %1 digits typed of %2.</extracomment>
        <translation>Código, %1 de %2 dígitos</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>O código expira em %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Este código expirou. Peça um novo.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in about %n minute(s).</source>
        <translation>
            <numerusform>O código expira em cerca de %n minuto.</numerusform>
            <numerusform>O código expira em cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>On the kiosk&apos;s code screen; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Resta %n tentativa</numerusform>
            <numerusform>Restam %n tentativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <extracomment>The kiosk&apos;s resend button while it waits; %n is seconds.</extracomment>
        <translation>
            <numerusform>Novo código em %n s</numerusform>
            <numerusform>Novo código em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>The kiosk&apos;s resend button.</extracomment>
        <translation>Enviar um novo código</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Ainda não está disponível: você poderá pedir um novo código em instantes.</translation>
    </message>
    <message>
        <source>%1, calling code %2</source>
        <extracomment>A country&apos;s row in the kiosk, for screen readers. %2 is its calling code (&quot;+44&quot;).</extracomment>
        <translation>%1, código do país %2</translation>
    </message>
    <message>
        <source>Country: %1, calling code %2. Touch to change.</source>
        <extracomment>The kiosk&apos;s country button, for screen readers.</extracomment>
        <translation>País: %1, código do país %2. Toque para alterar.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Directus Login kiosk</source>
        <extracomment>The kiosk window&apos;s title (seen by accessibility tools; the window has no frame).</extracomment>
        <translation>Directus Login – quiosque</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The button in the kiosk&apos;s corner that asks for the administrator PIN.</extracomment>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrator: leave kiosk mode (needs the PIN)</source>
        <translation>Administrador: sair do modo quiosque (requer o PIN)</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>On the kiosk&apos;s welcome screen: clears it now for the next person.</extracomment>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>This kiosk is not set up; ask the administrator.</source>
        <extracomment>Full-screen message of a kiosk whose configuration is incomplete.</extracomment>
        <translation>Este quiosque não está configurado; fale com o administrador.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <extracomment>Title of the kiosk&apos;s idle warning.</extracomment>
        <translation>Você ainda está aí?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kiosk&apos;s welcome after sign-in. %1 is the person&apos;s first name.</extracomment>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Boas-vindas, %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>While the kiosk starts its application after sign-in.
----------
On the kiosk&apos;s success screen while its application is about to open.</extracomment>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The kiosk&apos;s application did not start after sign-in.</extracomment>
        <translation>Algo deu errado</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears in %n s.</source>
        <extracomment>Under the kiosk&apos;s welcome (or error) message.</extracomment>
        <translation>
            <numerusform>Esta tela será limpa em %n segundo.</numerusform>
            <numerusform>Esta tela será limpa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything entered here will be cleared in %n s. Touch the screen to continue.</source>
        <extracomment>The kiosk&apos;s idle warning. %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Tudo o que foi digitado aqui será apagado em %n segundo. Toque na tela para continuar.</numerusform>
            <numerusform>Tudo o que foi digitado aqui será apagado em %n segundos. Toque na tela para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with your phone</source>
        <extracomment>The kiosk&apos;s start screen when no organisation is configured (KioskOrganisation).</extracomment>
        <translation>Entre com seu telefone</translation>
    </message>
    <message>
        <source>Your mobile number and a code by text message are all it takes.</source>
        <extracomment>On the kiosk&apos;s start screen, under the organisation&apos;s name.</extracomment>
        <translation>Basta o seu número de celular e um código por SMS.</translation>
    </message>
    <message>
        <source>Touch to sign in</source>
        <extracomment>The kiosk&apos;s start screen: its one button (a touch anywhere does the same).</extracomment>
        <translation>Toque para entrar</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <extracomment>The kiosk&apos;s success screen, over the welcome.</extracomment>
        <translation>Você está conectado</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar os detalhes técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar os detalhes técnicos</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <extracomment>After a &quot;Try again in N seconds&quot; countdown has run out.</extracomment>
        <translation>Você já pode tentar novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.</extracomment>
        <translation>
            <numerusform>Tentativas demais. Tente novamente em %n segundo.</numerusform>
            <numerusform>Tentativas demais. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <extracomment>The network log window&apos;s title.</extracomment>
        <translation>Registro de rede</translation>
    </message>
    <message>
        <source>Filter by URL, method or status</source>
        <extracomment>Placeholder of the network log&apos;s filter field.</extracomment>
        <translation>Filtrar por URL, método ou status</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitações</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Solicitação e resposta</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body, and what went wrong if anything did. Requests appear here as the app makes them.</source>
        <extracomment>The network log&apos;s detail pane before a request is selected.</extracomment>
        <translation>Selecione uma solicitação para ver os cabeçalhos e o corpo dela, e o que deu errado, se algo deu. As solicitações aparecem aqui à medida que o aplicativo as faz.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copiar como &amp;cURL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request, secrets masked</source>
        <translation>Copiar um comando curl que repete esta solicitação, com os segredos mascarados</translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;Secrets…</source>
        <translation>Copiar como cURL com os &amp;segredos…</translation>
    </message>
    <message>
        <source>Copy the command with the real code, token and credentials (asks first)</source>
        <translation>Copiar o comando com o código, o token e as credenciais reais (pergunta antes)</translation>
    </message>
    <message>
        <source>Copy as cURL, secrets masked</source>
        <translation>Copiar como cURL, com os segredos mascarados</translation>
    </message>
    <message>
        <source>The button&apos;s menu has a second choice that copies the command with its secrets.</source>
        <translation>O menu do botão tem uma segunda opção que copia o comando com os segredos.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <extracomment>Empties the network log.</extracomment>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Clear the network log</source>
        <translation>Limpar o registro de rede</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>Fechar o registro de rede</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>Next to the network log&apos;s filter. %n is the number of requests.</extracomment>
        <translation>
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 de %n solicitação</numerusform>
            <numerusform>%1 de %n solicitações</numerusform>
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
        <translation>Causa provável e solução:</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <extracomment>In the network log while a request has no answer yet.</extracomment>
        <translation>Aguardando a resposta…</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <extracomment>%1 HTTP status, %2 duration, %3 size: &quot;HTTP 200 · 41 ms · 1.2 KB&quot;.</extracomment>
        <translation>HTTP %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <extracomment>In the network log: no HTTP answer came. %1 is the technical reason.</extracomment>
        <translation>Sem resposta após %1 ms: %2</translation>
    </message>
    <message>
        <source>Copied, secrets masked.</source>
        <extracomment>After Copy as cURL.</extracomment>
        <translation>Copiado, com os segredos mascarados.</translation>
    </message>
    <message>
        <source>Copy with secrets?</source>
        <extracomment>Title of the confirmation before copying a request with its secrets.</extracomment>
        <translation>Copiar com os segredos?</translation>
    </message>
    <message>
        <source>The command will contain this request&apos;s code, token or credentials in plain text. Anyone who sees it can sign in as this person.</source>
        <translation>O comando vai conter em texto puro o código, o token ou as credenciais desta solicitação. Quem o vir poderá entrar como esta pessoa.</translation>
    </message>
    <message>
        <source>Paste it only where nobody else can read it, and never into a bug report or chat. The clipboard is cleared after a minute.</source>
        <translation>Cole-o só onde ninguém mais possa lê-lo, e nunca em um relatório de bug ou chat. A área de transferência é limpa depois de um minuto.</translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <extracomment>Confirms copying the request with its secrets.</extracomment>
        <translation>Copiar com os segredos</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Nada foi copiado.</translation>
    </message>
    <message numerus="yes">
        <source>Copied with secrets. The clipboard is cleared in %n s.</source>
        <extracomment>After Copy as cURL with secrets. %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>Copiado com os segredos. A área de transferência será limpa em %n segundo.</numerusform>
            <numerusform>Copiado com os segredos. A área de transferência será limpa em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>pending</source>
        <comment>network log: request not answered yet</comment>
        <translation>pendente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <extracomment>Under the phone number field when it is empty.</extracomment>
        <translation>Digite seu número de telefone.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number. Enter digits only, with + before a country code.</source>
        <extracomment>The phone number field has letters or symbols in it.</extracomment>
        <translation>Isto não parece um número de telefone. Digite só dígitos, com + antes do código do país.</translation>
    </message>
    <message>
        <source>No country has the country code in this number. Check the digits after + or 00, or choose the country and enter the number without its code.</source>
        <extracomment>The number starts with + (or 00) and a calling code that no country has.</extracomment>
        <translation>Nenhum país tem o código deste número. Verifique os dígitos depois de + ou 00, ou escolha o país e digite o número sem o código.</translation>
    </message>
    <message>
        <source>Choose a country, or enter the number with its country code, starting with +.</source>
        <extracomment>No country is selected and the number has no country code.</extracomment>
        <translation>Escolha um país ou digite o número com o código do país, começando com +.</translation>
    </message>
    <message>
        <source>This number is too short. Check that you entered every digit, with the country and area code.</source>
        <translation>Este número é curto demais. Verifique se você digitou todos os dígitos, com o código do país e o DDD.</translation>
    </message>
    <message>
        <source>This number is too long. Check for extra digits.</source>
        <translation>Este número é longo demais. Verifique se há dígitos a mais.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number. Check the number and its country code.</source>
        <extracomment>The number has the right length but no such number exists.</extracomment>
        <translation>Este não é um número de telefone válido. Verifique o número e o código do país.</translation>
    </message>
    <message>
        <source>Phone numbers can&apos;t be read: a part of Directus Login is missing or damaged. Reinstall Directus Login.</source>
        <extracomment>The part of the program that reads phone numbers (a plug-in file) could not be loaded.</extracomment>
        <translation>Não é possível ler números de telefone: uma parte do Directus Login está faltando ou danificada. Reinstale o Directus Login.</translation>
    </message>
    <message>
        <source>This looks like a landline: codes are sent by text message. Enter a mobile number.</source>
        <extracomment>The number is a real fixed-line (landline) number; codes only go to mobiles.</extracomment>
        <translation>Parece um telefone fixo: os códigos são enviados por SMS. Digite um número de celular.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages (a toll-free, premium-rate or service number). Enter a mobile number.</source>
        <extracomment>A toll-free, premium-rate, shared-cost, pager or voicemail number.</extracomment>
        <translation>Este número não recebe SMS (é gratuito, de tarifa especial ou de serviço). Digite um número de celular.</translation>
    </message>
    <message>
        <source>This number is too short (%1, %2). Check that you entered every digit, with the area code.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Este número é curto demais (%1, %2). Verifique se você digitou todos os dígitos, com o DDD.</translation>
    </message>
    <message>
        <source>This number is too long (%1, %2). Check for extra digits, or choose the country it belongs to.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Este número é longo demais (%1, %2). Verifique se há dígitos a mais ou escolha o país a que ele pertence.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number (%1, %2). Check the number, or choose the country it belongs to.</source>
        <extracomment>The number has the right length but no such number exists in the country. %1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Este não é um número de telefone válido (%1, %2). Verifique o número ou escolha o país a que ele pertence.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Sign in with your phone</source>
        <translation>Entre com seu telefone</translation>
    </message>
    <message>
        <source>We will text you a one-time code. No password needed.</source>
        <translation>Vamos enviar um código de uso único por SMS. Não precisa de senha.</translation>
    </message>
    <message>
        <source>&amp;Country or region</source>
        <translation>&amp;País ou região</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>&amp;Número de telefone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code. The code is sent to it by SMS.</source>
        <translation>Seu número de celular, com ou sem o código do país. O código é enviado para ele por SMS.</translation>
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
        <translation>Envia um código de uso único para este número por SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the phone number field.</extracomment>
        <translation>Número de celular</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code.</source>
        <extracomment>Under the empty phone number field.</extracomment>
        <translation>Seu número de celular, com ou sem o código do país.</translation>
    </message>
    <message>
        <source>The code will be sent to %1</source>
        <extracomment>The live line under the phone number field. %1 is the number in international format.</extracomment>
        <translation>O código será enviado para %1</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <extracomment>The Send code button while a new code cannot be asked for yet.</extracomment>
        <translation>
            <numerusform>Enviar de novo em %n s</numerusform>
            <numerusform>Enviar de novo em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <extracomment>At start, while the stored sign-in is checked with the server.</extracomment>
        <translation>Verificando seu acesso salvo…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <extracomment>%1 is the phone number.</extracomment>
        <translation>Enviando um código para %1…</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be checked. %1</source>
        <extracomment>At start, the stored sign-in could not be checked. %1 says why and what to do.</extracomment>
        <translation>Não foi possível verificar seu acesso salvo. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Checks the saved sign-in again.</extracomment>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Check the saved sign-in again</source>
        <translation>Verificar o acesso salvo novamente</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Ainda não está disponível: você poderá pedir um novo código em instantes.</translation>
    </message>
    <message>
        <source>&amp;Test numbers</source>
        <translation>Números de &amp;teste</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de teste</translation>
    </message>
    <message>
        <source>Shows the demo&apos;s test numbers and what each one does</source>
        <translation>Mostra os números de teste da demonstração e o que cada um faz</translation>
    </message>
    <message>
        <source>Demo test numbers</source>
        <translation>Números de teste da demonstração</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the demo&apos;s test numbers.</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <source>Demo mode: no real SMS is sent. Any valid number signs in, %1 as Ada Lovelace; the other test numbers each show one error.</source>
        <extracomment>Demo mode hint at the bottom of the phone page. %1 is a test phone number.</extracomment>
        <translation>Modo de demonstração: nenhum SMS real é enviado. Qualquer número válido entra, %1 como Ada Lovelace; os outros números de teste mostram cada um um erro.</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Checks again whether a keychain is running now.</extracomment>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Check again for a keychain</source>
        <translation>Procurar um chaveiro novamente</translation>
    </message>
    <message>
        <source>This sign-in will be kept for this session only: you will be signed out when you close Directus Login.</source>
        <extracomment>On the phone page, once &quot;Sign in for this session only&quot; was chosen.</extracomment>
        <translation>Este login será mantido só nesta sessão: você sairá ao fechar o Directus Login.</translation>
    </message>
    <message>
        <source>Sign-ins will not be remembered: no keychain is running.</source>
        <extracomment>At start, on the phone page, when no keychain (Secret Service) is running.</extracomment>
        <translation>Os logins não serão lembrados: nenhum chaveiro está em execução.</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <extracomment>On the phone page without a keychain: the next sign-in is kept in memory only.</extracomment>
        <translation>Entrar só nesta sessão</translation>
    </message>
    <message>
        <source>Sign in for this session only, without saving the sign-in</source>
        <translation>Entrar só nesta sessão, sem guardar o login</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Profile: %1 — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name.</extracomment>
        <translation>Perfil: %1 — não é produção</translation>
    </message>
    <message>
        <source>Profile: %1 (%2) — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name, %2 the server&apos;s host name.</extracomment>
        <translation>Perfil: %1 (%2) — não é produção</translation>
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
        <translation>Cancelar a solicitação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Creates or updates, idempotently, what Directus Login needs on a Directus server: the phone and one-time-code fields on users and the two sign-in flows (with stable ids). Needs the static token of a Directus administrator.</source>
        <translation>Cria ou atualiza, de forma idempotente, o que o Directus Login precisa em um servidor Directus: os campos de telefone e de código de uso único dos usuários e os dois fluxos de login (com ids estáveis). Precisa do token estático de um administrador do Directus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Directus URL (default: $DIRECTUS_URL).</source>
        <translation>URL do Directus (padrão: $DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Static token of an administrator (default: $DIRECTUS_ADMIN_TOKEN; prefer the variable: arguments are visible to other users).</source>
        <translation>Token estático de um administrador (padrão: $DIRECTUS_ADMIN_TOKEN; prefira a variável: os argumentos ficam visíveis para outros usuários).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Plivo Auth ID (default: $PLIVO_AUTH_ID).</source>
        <translation>Auth ID do Plivo (padrão: $PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Plivo Auth Token (default: $PLIVO_AUTH_TOKEN).</source>
        <translation>Auth Token do Plivo (padrão: $PLIVO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>UUID of the Plivo Verify application (default: $PLIVO_APP_UUID).</source>
        <translation>UUID do aplicativo Plivo Verify (padrão: $PLIVO_APP_UUID).</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Plivo API base URL (default: https://api.plivo.com).</source>
        <translation>URL base da API do Plivo (padrão: https://api.plivo.com).</translation>
    </message>
    <message>
        <source>The flows read the Plivo auth id, token and app uuid from Directus&apos; environment ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) instead of holding them. Directus needs them in FLOWS_ENV_ALLOW_LIST.</source>
        <translation>Os fluxos leem o auth id, o token e o UUID do aplicativo do Plivo do ambiente do Directus ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) em vez de guardá-los. O Directus precisa deles em FLOWS_ENV_ALLOW_LIST.</translation>
    </message>
    <message>
        <source>Read the server and show what would change; write nothing.</source>
        <translation>Ler o servidor e mostrar o que mudaria; não gravar nada.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprimir o resultado como JSON.</translation>
    </message>
    <message>
        <source>Log each request (method and path) on stderr.</source>
        <translation>Registrar cada solicitação (método e caminho) em stderr.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login provision --help&apos;.</source>
        <translation>Tente &quot;directus-login provision --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Directus server is needed: --server URL or DIRECTUS_URL</source>
        <translation>o servidor Directus é necessário: --server URL ou DIRECTUS_URL</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id, token and app uuid read by the flows from Directus&apos; environment (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID must be set and listed in FLOWS_ENV_ALLOW_LIST).</source>
        <translation>Plivo: %1; o auth id, o token e o UUID do aplicativo são lidos pelos fluxos do ambiente do Directus (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN e PLIVO_APP_UUID devem estar definidos e listados em FLOWS_ENV_ALLOW_LIST).</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id %2, auth token ••••, app %3.</source>
        <translation>Plivo: %1; auth id %2, auth token ••••, aplicativo %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Planned changes:</source>
        <translation>Simulação: nada foi gravado. Alterações planejadas:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Instalado:</translation>
    </message>
    <message>
        <source>Login flow:  %1
  %2
</source>
        <translation>Fluxo de login:       %1
  %2
</translation>
    </message>
    <message>
        <source>Verify flow: %1
  %2
</source>
        <translation>Fluxo de verificação: %1
  %2
</translation>
    </message>
    <message>
        <source>Everything was up to date: nothing changed.</source>
        <translation>Tudo estava atualizado: nada mudou.</translation>
    </message>
    <message>
        <source>What the verify flow hands out: &quot;session&quot; (default), a Directus session of the device with short-lived access tokens, revoked by sign-out; or &quot;static&quot;, a token in directus_users.token that never expires (the seed&apos;s way).</source>
        <translation>O que o flow de verificação entrega: &quot;session&quot; (padrão), uma sessão do Directus do dispositivo com tokens de acesso de curta duração, revogada ao sair; ou &quot;static&quot;, um token em directus_users.token que nunca expira (como no modelo).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>--token-mode is &quot;session&quot; or &quot;static&quot;, not &quot;%1&quot;</source>
        <translation>--token-mode é &quot;session&quot; ou &quot;static&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No new code for a number within this many seconds of the last one: the same session is answered again, without an SMS (default 30; 0 to 3600).</source>
        <translation>Nenhum código novo para um número dentro desta quantidade de segundos após o último: a mesma sessão é respondida de novo, sem SMS (padrão 30; de 0 a 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Codes sent to one number in 24 hours; more are refused with 429 (default 10; 1 to 100).</source>
        <translation>Códigos enviados a um número em 24 horas; os demais são recusados com 429 (padrão 10; de 1 a 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes tried on one number&apos;s sessions in 24 hours, whatever the session; more are refused with 429 (default 0: no cap beyond 10 per session; up to 1000).</source>
        <translation>Códigos tentados nas sessões de um número em 24 horas, seja qual for a sessão; os demais são recusados com 429 (padrão 0: sem limite além de 10 por sessão; até 1000).</translation>
    </message>
    <message>
        <source>Answer a number without an account as if it had one (a session no code validates, no SMS), so that nobody can test which numbers have accounts. A mistyped number then waits for an SMS that never comes.</source>
        <translation>Responder a um número sem conta como se tivesse uma (uma sessão que nenhum código valida, sem SMS), para que ninguém possa testar quais números têm conta. Um número digitado errado fica então esperando um SMS que nunca chega.</translation>
    </message>
    <message>
        <source>Digits in the code your Plivo Verify application sends (default 6; 4 to 8).</source>
        <translation>Dígitos do código que seu aplicativo Plivo Verify envia (padrão 6; de 4 a 8).</translation>
    </message>
    <message>
        <source>Minutes a code is accepted; match your Plivo Verify application (default 10; 1 to 60).</source>
        <translation>Minutos em que um código é aceito; deve coincidir com seu aplicativo Plivo Verify (padrão 10; de 1 a 60).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 é um número inteiro de %2 a %3, não &quot;%4&quot;</translation>
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
        <translation>Informe o servidor Directus como uma URL http(s), por ex. https://cms.example.com.</translation>
    </message>
    <message>
        <source>An admin token is needed: --admin-token or DIRECTUS_ADMIN_TOKEN.</source>
        <translation>É necessário um token de administrador: --admin-token ou DIRECTUS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Give the Plivo API as an http(s) URL without query, e.g. https://api.plivo.com.</source>
        <translation>Informe a API do Plivo como uma URL http(s) sem parâmetros de consulta, por ex. https://api.plivo.com.</translation>
    </message>
    <message>
        <source>Give the Plivo auth id (--plivo-auth-id: letters and digits), or use --plivo-from-env.</source>
        <translation>Informe o auth id do Plivo (--plivo-auth-id: letras e dígitos) ou use --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo auth token (--plivo-auth-token or PLIVO_AUTH_TOKEN), or use --plivo-from-env.</source>
        <translation>Informe o auth token do Plivo (--plivo-auth-token ou PLIVO_AUTH_TOKEN) ou use --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo Verify application&apos;s UUID (--plivo-app-uuid), or use --plivo-from-env.</source>
        <translation>Informe o UUID do aplicativo Plivo Verify (--plivo-app-uuid) ou use --plivo-from-env.</translation>
    </message>
    <message>
        <source>The server is reached over plain http: the admin token and the Plivo credentials travel unencrypted.</source>
        <translation>O servidor é acessado por http sem criptografia: o token de administrador e as credenciais do Plivo trafegam sem criptografia.</translation>
    </message>
    <message>
        <source>The Plivo API URL is a local or private address: Directus refuses such requests until IMPORT_IP_DENY_LIST is narrowed (its default, 0.0.0.0, denies every local interface).</source>
        <translation>A URL da API do Plivo é um endereço local ou privado: o Directus recusa essas solicitações até que IMPORT_IP_DENY_LIST seja restringida (o padrão, 0.0.0.0, bloqueia todas as interfaces locais).</translation>
    </message>
    <message>
        <source>Directus did not answer within %1 s while %2.</source>
        <translation>O Directus não respondeu em %1 s (etapa: %2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed; its certificate is not trusted.</source>
        <translation>A conexão TLS com %1 falhou; o certificado dele não é confiável.</translation>
    </message>
    <message>
        <source>Could not reach Directus at %1 while %2: %3</source>
        <translation>Não foi possível acessar o Directus em %1 (etapa: %2): %3</translation>
    </message>
    <message>
        <source>Directus answered something that is not JSON while %1. Is the server address right?</source>
        <translation>O Directus respondeu algo que não é JSON (etapa: %1). O endereço do servidor está certo?</translation>
    </message>
    <message>
        <source>reading the flows</source>
        <translation>leitura dos fluxos</translation>
    </message>
    <message>
        <source>reading the fields of users</source>
        <translation>leitura dos campos de users</translation>
    </message>
    <message>
        <source>reading the collections</source>
        <translation>leitura das coleções</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>leitura das operações</translation>
    </message>
    <message>
        <source>reading the fields of %1</source>
        <translation>leitura dos campos de %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>criação de %1</translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation>exclusão do antigo %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>atualização de %1</translation>
    </message>
    <message>
        <source>The flow definitions are missing from this build.</source>
        <translation>As definições de fluxos estão faltando nesta versão.</translation>
    </message>
    <message>
        <source>The flow definitions in this build are damaged.</source>
        <translation>As definições de fluxos desta versão estão corrompidas.</translation>
    </message>
    <message>
        <source>The field %1.%2 already exists with type &quot;%3&quot;; Directus Login needs &quot;%4&quot;. Rename or remove that field first.</source>
        <translation>O campo %1.%2 já existe com o tipo &quot;%3&quot;; o Directus Login precisa de &quot;%4&quot;. Renomeie ou remova esse campo primeiro.</translation>
    </message>
    <message>
        <source>Licence limit: Directus without a licence key runs at most %1 active flows; with these %2 this server would have %3 (others: %4). Directus will refuse to activate them unless it has a licence key or you deactivate %5 of the others.</source>
        <translation>Limite de licença: sem chave de licença, o Directus executa no máximo %1 fluxos ativos; com estes %2, este servidor teria %3 (outros: %4). O Directus vai se recusar a ativá-los, a menos que tenha uma chave de licença ou que você desative %5 dos outros.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on active flows reached. Without a licence key Directus runs at most %2 active flows; active now: %3. Deactivate or delete a flow you do not need, or add a licence key, then run provision again.</source>
        <translation>O Directus recusou: %1 – limite de licença de fluxos ativos atingido. Sem chave de licença, o Directus executa no máximo %2 fluxos ativos; ativos agora: %3. Desative ou exclua um fluxo de que não precisa, ou adicione uma chave de licença, e execute provision novamente.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on seats reached. Without a licence key Directus allows %2 active users with app or admin access. Phone users need no app access; remove it from their role or policy, or add a licence key.</source>
        <translation>O Directus recusou: %1 – limite de licença de vagas de usuário atingido. Sem chave de licença, o Directus permite %2 usuários ativos com acesso ao aplicativo ou de administrador. Usuários por telefone não precisam de acesso ao aplicativo; remova-o da função ou política deles, ou adicione uma chave de licença.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit &quot;%2&quot; reached.</source>
        <translation>O Directus recusou: %1 – limite de licença &quot;%2&quot; atingido.</translation>
    </message>
    <message>
        <source>Directus refused %1: this feature needs a Directus licence key (%2).</source>
        <translation>O Directus recusou: %1 – este recurso precisa de uma chave de licença do Directus (%2).</translation>
    </message>
    <message>
        <source>Directus refused the admin token (401). Check --admin-token or DIRECTUS_ADMIN_TOKEN: it must be the static token of an administrator.</source>
        <translation>O Directus recusou o token de administrador (401). Verifique --admin-token ou DIRECTUS_ADMIN_TOKEN: deve ser o token estático de um administrador.</translation>
    </message>
    <message>
        <source>Directus refused %1 (403 %2). The token needs administrator access.</source>
        <translation>O Directus recusou: %1 (403 %2). O token precisa de acesso de administrador.</translation>
    </message>
    <message>
        <source>Directus answered 404 while %1. Is the server address the Directus root (the one that answers /server/ping)?</source>
        <translation>O Directus respondeu 404 (etapa: %1). O endereço do servidor é a raiz do Directus (o que responde a /server/ping)?</translation>
    </message>
    <message>
        <source>Directus answered %1 while %2%3</source>
        <translation>O Directus respondeu %1 (etapa: %2)%3</translation>
    </message>
    <message>
        <source>The collection %1 already exists and its field &quot;%2&quot; is not of type &quot;%3&quot;. Remove that collection first: Directus Login keeps only short-lived rows in it.</source>
        <translation>A coleção %1 já existe e seu campo &quot;%2&quot; não é do tipo &quot;%3&quot;. Remova essa coleção primeiro: o Directus Login guarda nela apenas linhas de curta duração.</translation>
    </message>
    <message>
        <source>Directus did not say its version, so it cannot be checked: these flows need Directus %1 or later (tested: %2). Check that the token belongs to an administrator.</source>
        <extracomment>provision: /server/info did not say which Directus runs. %1 the oldest supported version (&quot;11.17&quot;), %2 the versions tested.</extracomment>
        <translation>O Directus não informou sua versão, então ela não pode ser verificada: estes fluxos precisam do Directus %1 ou mais recente (testado: %2). Verifique se o token pertence a um administrador.</translation>
    </message>
    <message>
        <source>This server runs Directus %1. The Directus Login flows need Directus %2 or later (tested: %3): update Directus, then provision again. Nothing was changed.</source>
        <extracomment>provision: the server&apos;s Directus is too old. %1 its version, %2 the oldest supported (&quot;11.17&quot;), %3 the versions tested.</extracomment>
        <translation>Este servidor executa o Directus %1. Os fluxos do Directus Login precisam do Directus %2 ou mais recente (testado: %3): atualize o Directus e execute provision novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <source>reading the server&apos;s version</source>
        <translation>leitura da versão do servidor</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Connect to your Directus server</source>
        <translation>Conecte-se ao seu servidor Directus</translation>
    </message>
    <message>
        <source>Enter the server and its two sign-in flows. You only need to do this once.</source>
        <translation>Informe o servidor e os dois fluxos de login dele. Você só precisa fazer isso uma vez.</translation>
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
        <translation>Endereço do servidor Directus</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow</source>
        <extracomment>The Directus flow that sends the SMS code.</extracomment>
        <translation>Fluxo de &amp;login</translation>
    </message>
    <message>
        <source>Flow id or trigger URL</source>
        <translation>Id do fluxo ou URL de gatilho</translation>
    </message>
    <message>
        <source>Sign-in flow, the flow that sends the code</source>
        <translation>Fluxo de login, o fluxo que envia o código</translation>
    </message>
    <message>
        <source>The flow&apos;s id, or its whole trigger URL pasted from Directus.</source>
        <translation>O id do fluxo ou a URL de gatilho completa dele, colada do Directus.</translation>
    </message>
    <message>
        <source>&amp;Verification flow</source>
        <extracomment>The Directus flow that checks the SMS code.</extracomment>
        <translation>Fluxo de ve&amp;rificação</translation>
    </message>
    <message>
        <source>Verification flow, the flow that checks the code</source>
        <translation>Fluxo de verificação, o fluxo que verifica o código</translation>
    </message>
    <message>
        <source>Tip: paste a flow&apos;s trigger URL from the Directus app (the flow&apos;s webhook trigger); the server is filled in for you.</source>
        <translation>Dica: cole a URL de gatilho de um fluxo do aplicativo Directus (o gatilho webhook do fluxo); o servidor é preenchido automaticamente.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Test&amp;ar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Asks the server whether it is a Directus server that answers.</source>
        <translation>Pergunta ao servidor se ele é um servidor Directus que responde.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <extracomment>Tooltip of a field the system administrator has fixed.</extracomment>
        <translation>Definido pelo seu administrador</translation>
    </message>
    <message>
        <source>This trigger URL is on %1, not on %2. Use the flows of the same server.</source>
        <extracomment>%1 is the server named by the pasted trigger URL, %2 the one in the Server field.</extracomment>
        <translation>Esta URL de gatilho está em %1, não em %2. Use os fluxos do mesmo servidor.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1. Check that the folder exists and can be written.</source>
        <extracomment>%1 is the configuration file.</extracomment>
        <translation>Não foi possível salvar as configurações em %1. Verifique se a pasta existe e permite gravação.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is the server address.</extracomment>
        <translation>Contatando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms.</source>
        <translation>
            <numerusform>Conectado: %1 respondeu em %n ms.</numerusform>
            <numerusform>Conectado: %1 respondeu em %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sign-in flow…</source>
        <extracomment>Test connection, after the server answered.</extracomment>
        <translation>Verificando o fluxo de login…</translation>
    </message>
    <message>
        <source>Checking the verification flow…</source>
        <translation>Verificando o fluxo de verificação…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms, and both flows answer.</source>
        <translation>
            <numerusform>Conectado: %1 respondeu em %n ms, e os dois fluxos respondem.</numerusform>
            <numerusform>Conectado: %1 respondeu em %n ms, e os dois fluxos respondem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>memory, for this session only</source>
        <translation>memória, só nesta sessão</translation>
    </message>
    <message numerus="yes">
        <source>A code was just sent to this number. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>Um código acabou de ser enviado para este número. Você pode pedir um novo em %n segundo.</numerusform>
            <numerusform>Um código acabou de ser enviado para este número. Você pode pedir um novo em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is too short: it has %1 to %2 digits.</source>
        <translation>O código é curto demais: ele tem de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The code is too long: it has %1 to %2 digits.</source>
        <translation>O código é longo demais: ele tem de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The server issued a token that it does not accept itself, so it was not stored. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>O servidor emitiu um token que ele mesmo não aceita, então ele não foi guardado. Avise o administrador do servidor; os detalhes dizem o que corrigir.</translation>
    </message>
    <message>
        <source>GET /users/me refused the token the verification flow returned: the &quot;Update User Account&quot; operation did not save it as the user&apos;s token (wrong filter, or it writes another value than it returns).</source>
        <translation>GET /users/me recusou o token retornado pelo fluxo de verificação: a operação &quot;Update User Account&quot; não o salvou como token do usuário (filtro errado, ou ela grava um valor diferente do que retorna).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused more codes for this number for now. Try again in %n second(s).</source>
        <translation>
            <numerusform>O servidor recusou por enquanto mais códigos para este número. Tente novamente em %n segundo.</numerusform>
            <numerusform>O servidor recusou por enquanto mais códigos para este número. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code was right, but your account may not read its own user on this server (GET /users/me answers 403), so the sign-in cannot be checked and was not saved. Ask the server&apos;s administrator to let your role read its own user.</source>
        <translation>Seu código estava correto, mas sua conta não pode ler o próprio usuário neste servidor (GET /users/me responde 403), então o acesso não pode ser verificado e não foi salvo. Peça ao administrador do servidor que permita à sua função ler o próprio usuário.</translation>
    </message>
    <message>
        <source>Your code was right, but the server could not say who you are, so nothing was saved. %1</source>
        <translation>Seu código estava correto, mas o servidor não conseguiu dizer quem você é, então nada foi salvo. %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>The server opened a session for this sign-in and refused it at once, so nothing was stored. Tell the server&apos;s administrator; the details say what happened.</source>
        <translation>O servidor abriu uma sessão para este login e a recusou na hora, então nada foi salvo. Avise o administrador do servidor; os detalhes dizem o que aconteceu.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be completed, so nothing was saved. %1</source>
        <translation>Seu código estava certo, mas o login não pôde ser concluído, então nada foi salvo. %1</translation>
    </message>
    <message>
        <source>You were signed out of this server (in another window or command). Sign in again.</source>
        <translation>Você saiu deste servidor (em outra janela ou comando). Entre de novo.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>Não foi possível renovar o login: %1</translation>
    </message>
    <message>
        <source>The sign-in was renewed, but the keychain did not keep the new token, and the old one no longer works: this sign-in is lost. %1 Then sign in again.</source>
        <translation>O login foi renovado, mas o chaveiro não guardou o novo token, e o antigo não funciona mais: este login foi perdido. %1 Depois, entre de novo.</translation>
    </message>
    <message>
        <source>A call can be asked for only once a code was sent by SMS to this number. Ask for the SMS first.</source>
        <translation>Só é possível pedir uma ligação depois que um código foi enviado por SMS para este número. Peça o SMS primeiro.</translation>
    </message>
</context>
<context>
    <name>SignInWizard</name>
    <message>
        <source>Directus Login (demo)</source>
        <extracomment>The window title.</extracomment>
        <translation>Directus Login (demonstração)</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the window (and stops whatever it was waiting for).</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Close Directus Login</source>
        <translation>Fechar o Directus Login</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>A small badge in the corner of the window in demo mode.</extracomment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo mode: an offline demo server, no real SMS</source>
        <translation>Modo de demonstração: um servidor de demonstração offline, sem SMS real</translation>
    </message>
    <message>
        <source>You are signed out. The stored sign-in was removed.</source>
        <extracomment>On the phone page after Sign out.</extracomment>
        <translation>Você saiu. O acesso salvo foi removido.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Network Log…</source>
        <extracomment>Tools menu: opens the list of every request of this run.</extracomment>
        <translation>&amp;Registro de rede…</translation>
    </message>
    <message>
        <source>Every request of this run, secrets masked</source>
        <translation>Todas as solicitações desta execução, com os segredos mascarados</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <extracomment>Tools menu: writes one text file for a bug report.</extracomment>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>One file with the masked log, the versions, the settings and the last error</source>
        <translation>Um arquivo com o registro mascarado, as versões, as configurações e o último erro</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Tools menu: the submenu that lists the profiles (servers).</extracomment>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;About Directus Login…</source>
        <extracomment>Tools menu: versions of the program and its libraries.</extracomment>
        <translation>S&amp;obre o Directus Login…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>The button at the left of the button row that opens the Tools menu.</extracomment>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>Network log, diagnostic report, profiles and version</source>
        <translation>Registro de rede, relatório de diagnóstico, perfis e versão</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <extracomment>A profile in the Profile menu marked as production. %1 is its name and server.</extracomment>
        <translation>%1 (produção)</translation>
    </message>
    <message>
        <source>Demo mode uses its own server.</source>
        <translation>O modo de demonstração usa o próprio servidor.</translation>
    </message>
    <message>
        <source>The administrator has fixed the profile.</source>
        <translation>O administrador fixou o perfil.</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <extracomment>Title of the file dialog for the diagnostic report.</extracomment>
        <translation>Salvar relatório de diagnóstico</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the report&apos;s save dialog.</extracomment>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <extracomment>Title when the diagnostic report could not be written.</extracomment>
        <translation>Relatório não salvo</translation>
    </message>
    <message>
        <source>Report Saved</source>
        <translation>Relatório salvo</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <extracomment>%1 is the report&apos;s file path.</extracomment>
        <translation>O relatório foi salvo em %1.</translation>
    </message>
    <message>
        <source>Codes, tokens and credentials in it are masked. Read it before you send it: it contains the server&apos;s address and the requests&apos; URLs.</source>
        <translation>Os códigos, tokens e credenciais nele estão mascarados. Leia-o antes de enviar: ele contém o endereço do servidor e as URLs das solicitações.</translation>
    </message>
    <message>
        <source>About Directus Login</source>
        <extracomment>Title of the About box.</extracomment>
        <translation>Sobre o Directus Login</translation>
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
        <translation>Conecta você a um servidor Directus com seu número de telefone e um código enviado por SMS.

Qt %1 (compilado com %2)
QtKeychain 0.13 ou posterior
Os tokens ficam guardados aqui: %3</translation>
    </message>
    <message>
        <source>Stop Signing In?</source>
        <extracomment>Title of the question asked when the window is closed in the middle of a sign-in.</extracomment>
        <translation>Parar de entrar?</translation>
    </message>
    <message>
        <source>Stop signing in?</source>
        <translation>Parar de entrar?</translation>
    </message>
    <message>
        <source>The code sent to %1 will not be used. To sign in later you will ask for a new one.</source>
        <translation>O código enviado para %1 não será usado. Para entrar depois, você pedirá um novo.</translation>
    </message>
    <message>
        <source>&amp;Keep Signing In</source>
        <extracomment>In the question before closing mid-sign-in: the safe answer, the default.</extracomment>
        <translation>&amp;Continuar entrando</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <extracomment>In the question before closing mid-sign-in: closes the window.</extracomment>
        <translation>&amp;Parar e fechar</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Você está conectado</translation>
    </message>
    <message>
        <source>Directus Login and other programs can now use this sign-in.</source>
        <translation>O Directus Login e outros programas já podem usar este acesso.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Stored</source>
        <extracomment>Caption of the line that says where the sign-in (the token) is stored.</extracomment>
        <translation>Guardado em</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Removes the stored sign-in from this computer.</source>
        <translation>Remove o acesso salvo deste computador.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>Signed in, but the server shows only the user&apos;s id.</extracomment>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>The server does not show who you are.</source>
        <translation>O servidor não mostra quem você é.</translation>
    </message>
    <message>
        <source>User id %1 (the server shows no name or e-mail)</source>
        <translation>Id de usuário %1 (o servidor não mostra nome nem e-mail)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1.</source>
        <extracomment>Completed by where the token is: &quot;the system keychain (Secret Service)&quot;, &quot;memory, for this session only&quot;.</extracomment>
        <translation>Seu acesso fica guardado aqui: %1.</translation>
    </message>
    <message>
        <source>You will be signed out when you close Directus Login.</source>
        <translation>Você sairá quando fechar o Directus Login.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <extracomment>While the token is removed from the keychain.</extracomment>
        <translation>Saindo…</translation>
    </message>
    <message>
        <source>You can use Directus Login now. The sign-in is not saved, so other programs cannot use it.</source>
        <extracomment>The signed-in page&apos;s subtitle when the sign-in is kept in memory only.</extracomment>
        <translation>Você já pode usar o Directus Login. O acesso não foi salvo, então outros programas não podem usá-lo.</translation>
    </message>
    <message>
        <source>It is a session of this device (%1) on the server, renewed whenever it is used; unused, it ends %2.</source>
        <extracomment>On the signed-in page, after &quot;Your sign-in is kept in …&quot;. %1 is this device&apos;s name as the server knows it, %2 a date and time.</extracomment>
        <translation>É uma sessão deste dispositivo (%1) no servidor, renovada sempre que é usada; sem uso, ela termina %2.</translation>
    </message>
</context>
<context>
    <name>SmsBanner</name>
    <message>
        <source>Use code</source>
        <extracomment>Demo mode: puts the code from the simulated SMS into the code field.</extracomment>
        <translation>Usar o código</translation>
    </message>
    <message>
        <source>Use the code from the demo SMS</source>
        <translation>Usar o código do SMS de demonstração</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss the demo SMS</source>
        <translation>Dispensar o SMS de demonstração</translation>
    </message>
    <message>
        <source>Demo SMS</source>
        <translation>SMS de demonstração</translation>
    </message>
    <message>
        <source>Demo SMS to %1 · now</source>
        <extracomment>Demo mode: the header of the simulated SMS notification. %1 is the phone number it was sent to; &quot;now&quot; is when it arrived.</extracomment>
        <translation>SMS de demonstração para %1 · agora</translation>
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
        <translation>O chaveiro do sistema não está disponível. Tente novamente ou mantenha o acesso só nesta sessão.</translation>
    </message>
    <message>
        <source>No keychain is available. Install and start gnome-keyring or KWallet and try again, or keep the sign-in for this session only.</source>
        <extracomment>No Secret Service (gnome-keyring, KWallet) is running on this Linux desktop.</extracomment>
        <translation>Nenhum chaveiro está disponível. Instale e inicie o gnome-keyring ou o KWallet e tente novamente, ou mantenha o acesso só nesta sessão.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Chaveiro do macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>chaveiro do sistema (Secret Service)</translation>
    </message>
    <message>
        <source>No token is stored for this server.</source>
        <translation>Nenhum token está guardado para este servidor.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Directus Login to use it when asked, then try again.</source>
        <extracomment>The person (or the system on their behalf) refused access to the keychain.</extracomment>
        <translation>O acesso ao chaveiro foi negado. Permita que o Directus Login o use quando for solicitado e tente novamente.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example by signing in to your desktop session) and try again.</source>
        <translation>O chaveiro está bloqueado. Desbloqueie-o (por exemplo, entrando na sua sessão da área de trabalho) e tente novamente.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Check that it is running and unlocked, then try again; the details say what went wrong.</source>
        <extracomment>The keychain answered with an error we do not know; the details show it.</extracomment>
        <translation>Não foi possível usar o chaveiro. Verifique se ele está em execução e desbloqueado e tente novamente; os detalhes dizem o que deu errado.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it is asking for a password, unlock it and try again.</source>
        <extracomment>The keychain may be showing a password prompt somewhere.</extracomment>
        <translation>O chaveiro não respondeu a tempo. Se ele estiver pedindo uma senha, desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>memória, só nesta sessão</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be read.</source>
        <translation>Não foi possível ler o arquivo de login %1.</translation>
    </message>
    <message>
        <source>The sign-in file %1 is damaged. Delete it and sign in again.</source>
        <translation>O arquivo de login %1 está danificado. Apague-o e entre de novo.</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be written.</source>
        <translation>Não foi possível gravar o arquivo de login %1.</translation>
    </message>
    <message>
        <source>a file, not the keychain: %1</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;. %1 is the file.</extracomment>
        <translation>um arquivo, não o chaveiro: %1</translation>
    </message>
    <message>
        <source>Stored in a file, not in the keychain: anyone who can read your files can use this sign-in. &quot;directus-login logout&quot; removes it.</source>
        <extracomment>Said by status and sign-in each time the sign-in is kept with --insecure-storage.</extracomment>
        <translation>Guardado em um arquivo, não no chaveiro: quem puder ler seus arquivos pode usar este login. &quot;directus-login logout&quot; o remove.</translation>
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
        <translation>Conecta você a um servidor Directus com seu número de telefone e um código SMS, e guarda o token no chaveiro do sistema.

Sem comando, abre a janela de login. Comandos:
  request-code --phone NUMBER [--country CC]  enviar um código; imprime a sessão
  verify --session UUID --code CODE           verificar o código, guardar o token
  sign-in --phone NUMBER [--country CC]       os dois, pedindo o código
  status                                      quem está conectado (sai com 4 se ninguém)
  token                                       imprimir o token guardado (sai com 4 se não houver)
  logout                                      remover o token guardado
  api [-X METHOD] PATH [--data JSON]          uma solicitação autenticada
  provision --server URL --admin-token TOKEN  instalar os fluxos em um servidor Directus
  kiosk-pin                                   gerar o hash do PIN de administrador do quiosque

Códigos de saída: 0 sucesso, 1 falha, 2 erro de uso, 4 autenticação necessária ou recusada.
Ambiente: DIRECTUS_URL, DIRECTUS_LOGIN_FLOW, DIRECTUS_VERIFY_FLOW, DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, locked, token in memory only.</source>
        <translation>Modo quiosque: tela cheia, bloqueado, token só na memória.</translation>
    </message>
    <message>
        <source>A command (see above); none opens the window.</source>
        <translation>Um comando (veja acima); sem comando, a janela é aberta.</translation>
    </message>
    <message>
        <source>directus-login: no translation for &quot;%1&quot;; available: %2
</source>
        <translation>directus-login: nenhuma tradução para &quot;%1&quot;; disponíveis: %2
</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (ar, de, en, es, fr, pt_BR).</source>
        <translation>Usar este idioma em vez do idioma do sistema (ar, de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>directus-login: kiosk mode needs an administrator PIN, or nobody could leave the kiosk. Run &quot;directus-login kiosk-pin&quot; and put the KioskPinHash=… line it prints into the system configuration (%1).
</source>
        <translation>directus-login: o modo quiosque precisa de um PIN de administrador, senão ninguém conseguiria sair do quiosque. Execute &quot;directus-login kiosk-pin&quot; e coloque a linha KioskPinHash=… que ele mostra na configuração do sistema (%1).
</translation>
    </message>
    <message>
        <source>Kiosk: run this command after sign-in, with DIRECTUS_URL in its environment and the sign-in as one JSON line on its standard input.</source>
        <translation>Quiosque: executar este comando após o login, com DIRECTUS_URL no ambiente e o login como uma linha JSON na entrada padrão.</translation>
    </message>
    <message>
        <source>memory only (demo: not saved)</source>
        <extracomment>Where the demo&apos;s sign-in is kept (the signed-in page, status): nowhere that lasts.</extracomment>
        <translation>somente a memória (demo: não guardado)</translation>
    </message>
    <message>
        <source>nowhere: it was printed once</source>
        <extracomment>Where the sign-in is kept with --print-token.</extracomment>
        <translation>em lugar nenhum: foi mostrado uma vez</translation>
    </message>
</context>
</TS>
