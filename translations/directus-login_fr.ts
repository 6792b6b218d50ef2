<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the spinning &quot;please wait&quot; indicator.</extracomment>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Commande « %1 » inconnue. Commandes : %2.</translation>
    </message>
    <message>
        <source>Run &quot;directus-login --help&quot; for the commands and options.</source>
        <translation>Lancez « directus-login --help » pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>the demo server</source>
        <extracomment>The server in &quot;Signed in to %1 as %2&quot;, &quot;Not signed in to %1&quot;, &quot;Signed out of %1&quot;, &quot;rejected by %1&quot; (so in German the dative: &quot;dem Demo-Server&quot;).</extracomment>
        <translation>le serveur de démonstration</translation>
    </message>
    <message>
        <source>%1 needs --phone NUMBER.</source>
        <translation>%1 nécessite --phone NUMBER.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as GB or US.</source>
        <translation>« %1 » n&apos;est pas un code de pays. Utilisez un code ISO à deux lettres, comme GB ou US.</translation>
    </message>
    <message>
        <source>[demo SMS] %1</source>
        <translation>[SMS de démo] %1</translation>
    </message>
    <message>
        <source>Code sent to %1.</source>
        <translation>Code envoyé au %1.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session : %1</translation>
    </message>
    <message>
        <source>Demo code: %1</source>
        <translation>Code de démo : %1</translation>
    </message>
    <message>
        <source>Next: directus-login verify --session %1 --code CODE</source>
        <translation>Ensuite : directus-login verify --session %1 --code CODE</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Token kept in %1.</source>
        <translation>Jeton conservé : %1.</translation>
    </message>
    <message>
        <source>verify needs --session UUID and --code CODE.</source>
        <translation>verify nécessite --session UUID et --code CODE.</translation>
    </message>
    <message>
        <source>The code must have %1 to %2 digits.</source>
        <translation>Le code doit comporter de %1 à %2 chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right (%n attempt(s) left).</source>
        <translation>
            <numerusform>Ce code n&apos;est pas le bon (%n essai restant).</numerusform>
            <numerusform>Ce code n&apos;est pas le bon (%n essais restants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1. Enter the code: </source>
        <translation>Code envoyé au %1. Saisissez le code : </translation>
    </message>
    <message>
        <source>(filled in from the demo SMS)
</source>
        <translation>(repris du SMS de démo)
</translation>
    </message>
    <message>
        <source>No code was entered.</source>
        <translation>Aucun code n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>The token in %1 was rejected by %2: your session ended (signed in elsewhere or revoked). Sign in again: directus-login sign-in --phone NUMBER</source>
        <translation>Le jeton (%1) a été refusé par %2 : votre session a pris fin (connexion ailleurs ou révocation). Reconnectez-vous : directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Token: %1 (%2)</source>
        <translation>Jeton : %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with: directus-login sign-in --phone NUMBER</source>
        <translation>Non connecté à %1. Pour vous connecter : directus-login sign-in --phone NUMBER</translation>
    </message>
    <message>
        <source>Signed out of %1; the token was removed from %2.</source>
        <translation>Déconnecté de %1 ; le jeton a été supprimé (%2).</translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to remove.</source>
        <translation>Non connecté à %1 ; rien à supprimer.</translation>
    </message>
    <message>
        <source>api needs a path, for example: directus-login api /users/me</source>
        <translation>api nécessite un chemin, par exemple : directus-login api /users/me</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 at offset %2.</source>
        <translation>--data n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>Directus server address (or DIRECTUS_URL).</source>
        <translation>Adresse du serveur Directus (ou DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>Sign-in flow: its id or trigger URL (or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Flux de connexion : son identifiant ou son URL de déclenchement (ou DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>Verification flow: its id or trigger URL (or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Flux de vérification : son identifiant ou son URL de déclenchement (ou DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>Use the named profile (server and flows) from the configuration.</source>
        <translation>Utiliser le profil nommé (serveur et flux) de la configuration.</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no network, simulated SMS.</source>
        <translation>Utiliser le serveur de démonstration intégré : pas de réseau, SMS simulés.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>Journaliser chaque requête et réponse sur stderr, secrets masqués.</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without progress (default 20).</source>
        <translation>Abandonner une requête après ce nombre de secondes sans progrès (par défaut 20).</translation>
    </message>
    <message>
        <source>Call the flows with POST and a JSON body instead of GET.</source>
        <translation>Appeler les flux en POST avec un corps JSON au lieu de GET.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a server that is not on this machine.</source>
        <translation>Autoriser le http:// non chiffré vers un serveur qui n&apos;est pas sur cette machine.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the phone number, in any format.</source>
        <translation>request-code, sign-in : le numéro de téléphone, dans n&apos;importe quel format.</translation>
    </message>
    <message>
        <source>request-code, sign-in: the country of a number without +, as an ISO code (GB).</source>
        <translation>request-code, sign-in : le pays d&apos;un numéro sans +, en code ISO (GB).</translation>
    </message>
    <message>
        <source>verify: the otp_session_uuid from request-code.</source>
        <translation>verify : l&apos;otp_session_uuid renvoyé par request-code.</translation>
    </message>
    <message>
        <source>verify: the code from the SMS.</source>
        <translation>verify : le code reçu par SMS.</translation>
    </message>
    <message>
        <source>api: the HTTP method (default GET).</source>
        <translation>api : la méthode HTTP (par défaut GET).</translation>
    </message>
    <message>
        <source>api: a JSON request body.</source>
        <translation>api : un corps de requête JSON.</translation>
    </message>
    <message>
        <source>A session of this device (%1); it ends %2 unless it is used again.</source>
        <extracomment>status: a Directus session of this device. %1 device name, %2 a date.</extracomment>
        <translation>Une session de cet appareil (%1) ; elle prend fin %2 si elle n’est pas réutilisée.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>when the server says</source>
        <translation>quand le serveur le décide</translation>
    </message>
    <message>
        <source>A static token: it never expires, and signing out does not end it on the server.</source>
        <translation>Un jeton statique : il n’expire jamais, et la déconnexion ne l’invalide pas sur le serveur.</translation>
    </message>
    <message>
        <source>Signed out of %1: the session was ended on the server and removed from %2.</source>
        <translation>Déconnecté de %1 : la session a été close sur le serveur et retirée de %2.</translation>
    </message>
    <message>
        <source>Signed out here: the sign-in was removed from %1. The server could not be reached, so the session stays valid there until it expires (%2); an administrator can end it sooner.</source>
        <translation>Déconnecté ici : la connexion a été retirée de %1. Le serveur était injoignable, la session y reste donc valide jusqu’à son expiration (%2) ; un administrateur peut la clore plus tôt.</translation>
    </message>
    <message numerus="yes">
        <source>in at most %n day(s)</source>
        <translation>
            <numerusform>dans au plus %n jour</numerusform>
            <numerusform>dans au plus %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>request-code: the code by a phone call instead (our flows allow it once an SMS was sent).</source>
        <translation>request-code : le code par appel téléphonique plutôt (nos flows le permettent une fois un SMS envoyé).</translation>
    </message>
    <message numerus="yes">
        <source>No call yet: the code was sent to %1 by SMS moments ago. A call can be asked for in %n second(s).</source>
        <translation>
            <numerusform>Pas encore d’appel : le code a été envoyé par SMS au %1 il y a un instant. Un appel pourra être demandé dans %n seconde.</numerusform>
            <numerusform>Pas encore d’appel : le code a été envoyé par SMS au %1 il y a un instant. Un appel pourra être demandé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling %1 with the code.</source>
        <translation>Appel du %1 pour lui dicter le code.</translation>
    </message>
    <message numerus="yes">
        <source>It expires in %1; a new one can be asked for in %n second(s).</source>
        <extracomment>request-code; %1 &quot;in 10 minutes&quot;-like text, %n seconds before a new code.</extracomment>
        <translation>
            <numerusform>Il expire dans %1 ; un nouveau pourra être demandé dans %n seconde.</numerusform>
            <numerusform>Il expire dans %1 ; un nouveau pourra être demandé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no keychain is running on this machine.</source>
        <translation>aucun trousseau ne fonctionne sur cette machine.</translation>
    </message>
    <message>
        <source>the keychain is locked.</source>
        <translation>le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>le trousseau n’a pas répondu.</translation>
    </message>
    <message>
        <source>the keychain refused.</source>
        <translation>le trousseau a refusé.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above works until %1; use it as DIRECTUS_TOKEN.</source>
        <translation>Rien n’a été enregistré. Le jeton ci-dessus fonctionne jusqu’au %1 ; utilisez-le comme DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing was stored. The token above does not expire; use it as DIRECTUS_TOKEN.</source>
        <translation>Rien n’a été enregistré. Le jeton ci-dessus n’expire pas ; utilisez-le comme DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: keep the sign-in in a file of yours (mode 0600) instead of the keychain, for machines that have none. Anyone who can read your files can use it.</source>
        <translation>sign-in, request-code, verify : garder la connexion dans un fichier à vous (mode 0600) au lieu du trousseau, pour les machines qui n’en ont pas. Quiconque peut lire vos fichiers peut l’utiliser.</translation>
    </message>
    <message>
        <source>sign-in, request-code, verify: print the access token once and store nothing (keep it yourself, e.g. as DIRECTUS_TOKEN).</source>
        <translation>sign-in, request-code, verify : afficher le jeton d’accès une fois et ne rien enregistrer (gardez-le vous-même, par ex. comme DIRECTUS_TOKEN).</translation>
    </message>
    <message>
        <source>Unlock the keyring (for example by signing in to the desktop) and try again</source>
        <translation>Déverrouillez le trousseau (par exemple en ouvrant une session sur le bureau) et réessayez</translation>
    </message>
    <message>
        <source>Start a keyring (gnome-keyring or KWallet) and try again</source>
        <translation>Démarrez un trousseau (gnome-keyring ou KWallet) et réessayez</translation>
    </message>
    <message>
        <source>The sign-in could not be kept here: %1 Nothing was sent. %2, or add --insecure-storage (kept in a file of yours, mode 0600) or --print-token (printed once, nothing stored).</source>
        <extracomment>sign-in, request-code, verify on a machine whose keychain cannot be used. %1 says why, %2 what to do.</extracomment>
        <translation>La connexion ne pourrait pas être gardée ici : %1 Rien n’a été envoyé. %2, ou ajoutez --insecure-storage (gardée dans un fichier à vous, mode 0600) ou --print-token (affichée une fois, rien d’enregistré).</translation>
    </message>
    <message>
        <source>Not signed in to the demo server: demo sign-ins are not saved (demo: not saved), so each command starts signed out. Try: %1</source>
        <extracomment>status, logout, token with --demo: each command is a new demo server. %1 is a command with a test number, shown as it is.</extracomment>
        <translation>Non connecté au serveur de démonstration : les connexions de démonstration ne sont pas enregistrées (démo : non enregistré), chaque commande commence donc déconnectée. Essayez : %1</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message numerus="yes">
        <source>%n-digit code</source>
        <extracomment>Placeholder of the code field; %n is the number of digits expected.</extracomment>
        <translation>
            <numerusform>Code à %n chiffre</numerusform>
            <numerusform>Code à %n chiffres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation>Saisissez le code</translation>
    </message>
    <message>
        <source>Type or paste the code from the text message.</source>
        <translation>Saisissez ou collez le code reçu par SMS.</translation>
    </message>
    <message>
        <source>C&amp;hange number</source>
        <translation>C&amp;hanger de numéro</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Changer de numéro</translation>
    </message>
    <message>
        <source>Goes back to the phone number. The code sent so far will no longer work.</source>
        <translation>Revient au numéro de téléphone. Le code déjà envoyé ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code reçu par SMS</translation>
    </message>
    <message>
        <source>Digits only; the code is checked as soon as it is complete.</source>
        <translation>Chiffres uniquement ; le code est vérifié dès qu&apos;il est complet.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in with this code</source>
        <translation>Se connecter avec ce code</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Renvoyer le code</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Renvoyer le code</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Try to save the sign-in again</source>
        <translation>Réessayer d&apos;enregistrer la connexion</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in for this session only</source>
        <translation>Rester connecté pour cette session &amp;uniquement</translation>
    </message>
    <message>
        <source>Keep me signed in for this session only</source>
        <translation>Rester connecté pour cette session uniquement</translation>
    </message>
    <message>
        <source>The sign-in stays in memory and is forgotten when Directus Login closes.</source>
        <translation>La connexion reste en mémoire et est oubliée à la fermeture de Directus Login.</translation>
    </message>
    <message>
        <source>For this session only: you stay signed in until you close Directus Login, and need a new code next time.</source>
        <translation>Pour cette session uniquement : vous restez connecté jusqu&apos;à la fermeture de Directus Login, et il vous faudra un nouveau code la prochaine fois.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Nous avons envoyé un code au %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits. It can take a minute to arrive.</source>
        <extracomment>Under the code field. %n is the number of digits of the code.</extracomment>
        <translation>
            <numerusform>Le code comporte %n chiffre. Il peut mettre une minute à arriver.</numerusform>
            <numerusform>Le code comporte %n chiffres. Il peut mettre une minute à arriver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code from the text message.</source>
        <extracomment>%n is the number of digits the code should have.</extracomment>
        <translation>
            <numerusform>Saisissez le chiffre du code reçu par SMS.</numerusform>
            <numerusform>Saisissez les %n chiffres du code reçu par SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend code in %n s</source>
        <extracomment>The resend button while counting down; %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Renvoyer le code dans %n s</numerusform>
            <numerusform>Renvoyer le code dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your sign-in</source>
        <extracomment>The code page&apos;s title once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Conserver votre connexion</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the code is checked with the server.</extracomment>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Envoi d&apos;un nouveau code…</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <extracomment>While the token is written to the keychain.</extracomment>
        <translation>Enregistrement de votre connexion…</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. Attempts left: %n.</source>
        <extracomment>After a wrong code; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>Ce code n&apos;est pas le bon. Essai restant : %n.</numerusform>
            <numerusform>Ce code n&apos;est pas le bon. Essais restants : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code is on its way to %1. The earlier code no longer works.</source>
        <translation>Un nouveau code est en route vers le %1. Le code précédent ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Signed in, but your keychain is locked</source>
        <extracomment>Heading when the token cannot be stored because the keychain is locked.</extracomment>
        <translation>Connecté, mais votre trousseau est verrouillé</translation>
    </message>
    <message>
        <source>Signed in, but no keychain is available</source>
        <translation>Connecté, mais aucun trousseau n&apos;est disponible</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep your sign-in</source>
        <translation>Connecté, mais le trousseau a refusé de conserver votre connexion</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not answer</source>
        <translation>Connecté, mais le trousseau n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Signed in, but your sign-in could not be saved</source>
        <translation>Connecté, mais votre connexion n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Pas encore disponible : vous pourrez demander un nouveau code dans un instant.</translation>
    </message>
    <message>
        <source>Your code was right. Choose how to go on.</source>
        <extracomment>The code page&apos;s subtitle once the code was right but the sign-in could not be stored.</extracomment>
        <translation>Votre code était correct. Choisissez comment continuer.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be checked</source>
        <extracomment>Heading when the code was right but /users/me could not say who signed in.</extracomment>
        <translation>Votre code était correct, mais la connexion n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>When the code expires</source>
        <translation>Quand le code expire</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>&amp;M’appeler plutôt</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>M’appeler plutôt</translation>
    </message>
    <message>
        <source>The code is read to you in a phone call to the same number.</source>
        <translation>Le code vous est lu lors d’un appel au même numéro.</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Nous appelons le %1 pour vous dicter votre code.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>Next to the code field; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>%n essai restant</numerusform>
            <numerusform>%n essais restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>Le code expire dans %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Ce code a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s).</source>
        <translation>
            <numerusform>Dans environ %n minute.</numerusform>
            <numerusform>Dans environ %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Expiré.</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Votre téléphone %1 va sonner dans un instant : une voix lira le code.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Nothing is configured yet. Give the server&apos;s address (--server or DIRECTUS_URL) and the ids or trigger URLs of the sign-in flow (--login-flow) and the verification flow (--verify-flow).</source>
        <translation>Rien n&apos;est encore configuré. Indiquez l&apos;adresse du serveur (--server ou DIRECTUS_URL) et les identifiants ou URL de déclenchement du flux de connexion (--login-flow) et du flux de vérification (--verify-flow).</translation>
    </message>
    <message>
        <source>No flows are configured. Give the ids or trigger URLs of the sign-in flow (--login-flow or DIRECTUS_LOGIN_FLOW) and the verification flow (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Aucun flux n&apos;est configuré. Indiquez les identifiants ou URL de déclenchement du flux de connexion (--login-flow ou DIRECTUS_LOGIN_FLOW) et du flux de vérification (--verify-flow ou DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No sign-in flow is configured. Give its id or trigger URL (--login-flow or DIRECTUS_LOGIN_FLOW).</source>
        <translation>Aucun flux de connexion n&apos;est configuré. Indiquez son identifiant ou son URL de déclenchement (--login-flow ou DIRECTUS_LOGIN_FLOW).</translation>
    </message>
    <message>
        <source>No verification flow is configured. Give its id or trigger URL (--verify-flow or DIRECTUS_VERIFY_FLOW).</source>
        <translation>Aucun flux de vérification n&apos;est configuré. Indiquez son identifiant ou son URL de déclenchement (--verify-flow ou DIRECTUS_VERIFY_FLOW).</translation>
    </message>
    <message>
        <source>No Directus server is configured. Give its address (--server or DIRECTUS_URL), or paste the flows&apos; full trigger URLs.</source>
        <translation>Aucun serveur Directus n&apos;est configuré. Indiquez son adresse (--server ou DIRECTUS_URL), ou collez les URL de déclenchement complètes des flux.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu depuis %1.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Matching countries</source>
        <extracomment>Accessible name of the list of countries matching the search.</extracomment>
        <translation>Pays correspondants</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Afficher tous les pays</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <source>Type a country name, its two-letter code or its calling code, then press Enter.</source>
        <translation>Saisissez un nom de pays, son code à deux lettres ou son indicatif, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the picker: %1 is its name, %2 its calling code with its + (&quot;United Kingdom (+44)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by name, code or %1</source>
        <extracomment>Placeholder of the country field: what the search accepts. %1 is a calling code (&quot;+44&quot;).</extracomment>
        <translation>Rechercher par nom, code ou %1</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The stored sign-in cannot be read (it was written by another version). Sign in again.</source>
        <translation>La connexion enregistrée ne peut pas être lue (elle a été écrite par une autre version). Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>CredentialLock</name>
    <message>
        <source>The sign-in could not be renewed safely: its lock file cannot be written. Check that the runtime folder can be written, then try again.</source>
        <translation>La connexion n’a pas pu être renouvelée en toute sécurité : son fichier de verrou ne peut pas être écrit. Vérifiez que le dossier d’exécution est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Another Directus Login is renewing this sign-in and did not finish. Try again.</source>
        <translation>Un autre Directus Login renouvelle cette connexion et n’a pas terminé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Your Directus code is %1. It expires in 5 minutes.</source>
        <extracomment>The demo server&apos;s simulated SMS. %1 is the 6-digit code.</extracomment>
        <translation>Votre code Directus est %1. Il expire dans 5 minutes.</translation>
    </message>
    <message>
        <source>Signs in as Ada Lovelace</source>
        <translation>Se connecte en tant qu&apos;Ada Lovelace</translation>
    </message>
    <message>
        <source>Signs in; the server shows only the user id</source>
        <translation>Se connecte ; le serveur ne montre que l&apos;identifiant</translation>
    </message>
    <message>
        <source>Unknown user: no code is sent</source>
        <translation>Utilisateur inconnu : aucun code n&apos;est envoyé</translation>
    </message>
    <message>
        <source>The SMS provider is down</source>
        <translation>Le fournisseur de SMS est en panne</translation>
    </message>
    <message>
        <source>Too many attempts: wait 30 seconds</source>
        <translation>Trop de tentatives : attendre 30 secondes</translation>
    </message>
    <message>
        <source>The server answers too late (time-out)</source>
        <translation>Le serveur répond trop tard (délai dépassé)</translation>
    </message>
    <message>
        <source>The flow fails (server error)</source>
        <translation>Le flux échoue (erreur du serveur)</translation>
    </message>
    <message>
        <source>The code expires at once</source>
        <translation>Le code expire aussitôt</translation>
    </message>
    <message>
        <source>The SMS provider is down when the code is checked</source>
        <translation>Le fournisseur de SMS tombe en panne à la vérification du code</translation>
    </message>
    <message>
        <source>Tutorial bug: an empty answer</source>
        <translation>Bogue du tutoriel : une réponse vide</translation>
    </message>
    <message>
        <source>Tutorial bug: no session in the answer</source>
        <translation>Bogue du tutoriel : pas de session dans la réponse</translation>
    </message>
    <message>
        <source>Tutorial bug: the provider&apos;s password in the answer</source>
        <translation>Bogue du tutoriel : le mot de passe du fournisseur dans la réponse</translation>
    </message>
    <message>
        <source>Tutorial bug: the flow returns nothing</source>
        <translation>Bogue du tutoriel : le flux ne renvoie rien</translation>
    </message>
    <message>
        <source>Tutorial bug: no token after the right code</source>
        <translation>Bogue du tutoriel : pas de jeton après le bon code</translation>
    </message>
    <message>
        <source>Tutorial bug: the token &quot;undefined&quot;</source>
        <translation>Bogue du tutoriel : le jeton « undefined »</translation>
    </message>
    <message>
        <source>A captive portal answers with a web page</source>
        <translation>Un portail captif répond par une page web</translation>
    </message>
    <message>
        <source>The sign-in cannot be checked once; Try again works</source>
        <translation>La connexion ne peut pas être vérifiée une fois ; « Réessayer » fonctionne</translation>
    </message>
    <message>
        <source>Phone call from Directus: your code is %1. Once more: %1.</source>
        <extracomment>The demo server&apos;s simulated phone call (&quot;Call me instead&quot;). %1 is the 6-digit code.</extracomment>
        <translation>Appel de Directus : votre code est %1. Je répète : %1.</translation>
    </message>
    <message>
        <source>Signs in; the server tells nothing about the code</source>
        <translation>Se connecte ; le serveur ne dit rien du code</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>DigitKeypad</name>
    <message>
        <source>Clear</source>
        <extracomment>Keypad key that empties the field.</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Vider le champ</translation>
    </message>
    <message>
        <source>⌫</source>
        <extracomment>Keypad key that deletes the last digit (an erase-to-the-left symbol).</extracomment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
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
        <translation>Aucune adresse de serveur valide n&apos;est configurée.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP, which would send your code and token unencrypted. Use an https:// address, or allow plain HTTP explicitly (--allow-http) on a network you trust.</source>
        <translation>%1 utilise du HTTP non chiffré, ce qui enverrait votre code et votre jeton en clair. Utilisez une adresse https://, ou autorisez explicitement le HTTP (--allow-http) sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not %2, so the connection was refused: this may not be the server you meant. Check the address, or tell the server&apos;s administrator.</source>
        <extracomment>%1 the names in the certificate, %2 the server address the person gave.</extracomment>
        <translation>Le certificat du serveur est établi pour %1, pas pour %2 ; la connexion a donc été refusée : ce n&apos;est peut-être pas le serveur voulu. Vérifiez l&apos;adresse, ou prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1, so the connection to %2 was refused. Tell the server&apos;s administrator to renew it.</source>
        <extracomment>%1 the date the certificate expired (YYYY-MM-DD), %2 the server.</extracomment>
        <translation>Le certificat du serveur a expiré le %1 ; la connexion à %2 a donc été refusée. Demandez à l&apos;administrateur du serveur de le renouveler.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1, so the connection to %2 was refused. Check this computer&apos;s date and time.</source>
        <translation>Le certificat du serveur n&apos;est valide qu&apos;à partir du %1 ; la connexion à %2 a donc été refusée. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issued by %1), so the connection to %2 was refused. If the server uses your organisation&apos;s own certificate authority, start the app with --ca-file.</source>
        <extracomment>%1 who issued the certificate, %2 the server.</extracomment>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable (émis par %1) ; la connexion à %2 a donc été refusée. Si le serveur utilise l&apos;autorité de certification de votre organisation, lancez l&apos;application avec --ca-file.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>La connexion sécurisée à %1 a été refusée : %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (the server does not speak TLS as expected). Check the address and port.</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être établie (le serveur ne parle pas TLS comme prévu). Vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check the address and that the server is running.</source>
        <translation>Impossible de se connecter à %1 : le serveur a refusé la connexion. Vérifiez l&apos;adresse et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l&apos;adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Check your connection and try again.</source>
        <translation>La connexion à %1 a été interrompue. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The network proxy refused or failed the connection to %1. Check the proxy settings.</source>
        <translation>Le proxy réseau a refusé la connexion à %1 ou n&apos;a pas pu l&apos;établir. Vérifiez les réglages du proxy.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times (a redirect loop), so it was stopped. Tell the server&apos;s administrator.</source>
        <translation>%1 a redirigé la requête trop de fois (boucle de redirection) ; elle a donc été arrêtée. Prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1 redirected the request to plain HTTP; it was not followed, so nothing was sent unencrypted.</source>
        <translation>%1 a redirigé la requête vers du HTTP non chiffré ; la redirection n&apos;a pas été suivie, rien n&apos;a donc été envoyé en clair.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 sent far more data than a sign-in needs; the answer was refused.</source>
        <translation>%1 a envoyé bien plus de données qu&apos;il n&apos;en faut pour une connexion ; la réponse a été refusée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the request but did not answer within %n second(s). Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>
            <numerusform>%1 a accepté la requête mais n&apos;a pas répondu en %n seconde. Réessayez plus tard ; si cela se reproduit, prévenez l&apos;administrateur du serveur.</numerusform>
            <numerusform>%1 a accepté la requête mais n&apos;a pas répondu en %n secondes. Réessayez plus tard ; si cela se reproduit, prévenez l&apos;administrateur du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s). Check the address and your connection.</source>
        <translation>
            <numerusform>Impossible de se connecter à %1 en %n seconde. Vérifiez l&apos;adresse et votre connexion.</numerusform>
            <numerusform>Impossible de se connecter à %1 en %n secondes. Vérifiez l&apos;adresse et votre connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected the request to another site (%2); it was not followed, so nothing was sent there.</source>
        <translation>%1 a redirigé la requête vers un autre site (%2) ; la redirection n&apos;a pas été suivie, rien n&apos;y a donc été envoyé.</translation>
    </message>
</context>
<context>
    <name>FlowRef</name>
    <message>
        <source>Enter the flow&apos;s id or paste its trigger URL.</source>
        <translation>Saisissez l&apos;identifiant du flux ou collez son URL de déclenchement.</translation>
    </message>
    <message>
        <source>This is neither a flow id nor a trigger URL. Paste the Trigger URL shown on the flow&apos;s webhook trigger in Directus.</source>
        <translation>Ce n&apos;est ni un identifiant de flux ni une URL de déclenchement. Collez l&apos;URL de déclenchement affichée sur le déclencheur webhook du flux dans Directus.</translation>
    </message>
    <message>
        <source>This URL is not a flow trigger URL: it should end in /flows/trigger/ followed by the flow&apos;s id.</source>
        <translation>Cette URL n&apos;est pas une URL de déclenchement de flux : elle devrait se terminer par /flows/trigger/ suivi de l&apos;identifiant du flux.</translation>
    </message>
    <message>
        <source>This address cannot be read. Check the host name, and that the port after the colon is a number (https://cms.example.com:8443).</source>
        <translation>Cette adresse est illisible. Vérifiez le nom d&apos;hôte, et que le port après les deux-points est un nombre (https://cms.example.com:8443).</translation>
    </message>
    <message>
        <source>Enter the address of your Directus server.</source>
        <translation>Saisissez l&apos;adresse de votre serveur Directus.</translation>
    </message>
    <message>
        <source>This is not a server address. Use the form https://cms.example.com.</source>
        <translation>Ce n&apos;est pas une adresse de serveur. Utilisez la forme https://cms.example.com.</translation>
    </message>
</context>
<context>
    <name>FlowReply</name>
    <message>
        <source>The server answered with a web page instead of Directus data. Check the server address; on a public network, you may first need to sign in to the network in your browser.</source>
        <translation>Le serveur a répondu par une page web au lieu de données Directus. Vérifiez l&apos;adresse du serveur ; sur un réseau public, vous devrez peut-être d&apos;abord vous connecter au réseau dans votre navigateur.</translation>
    </message>
    <message>
        <source>HTML instead of JSON: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML au lieu de JSON : URL de serveur erronée, proxy ou portail captif.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered nothing. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Le %1 du serveur n&apos;a rien répondu. Prévenez l&apos;administrateur du serveur ; les détails indiquent quoi corriger.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned nothing (HTTP 204). Make the last operation return the reply object.</source>
        <translation>La dernière opération du flux n&apos;a rien renvoyé (HTTP 204). Faites renvoyer l&apos;objet de réponse par la dernière opération.</translation>
    </message>
    <message>
        <source>The server did not accept this phone number. Check it and try again.</source>
        <translation>Le serveur n&apos;a pas accepté ce numéro de téléphone. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The server did not accept this code. Check it and try again.</source>
        <translation>Le serveur n&apos;a pas accepté ce code. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Le serveur n&apos;a pas accepté la requête.</translation>
    </message>
    <message>
        <source>No account on this server uses this phone number. Check the number, or ask the server&apos;s administrator to add it to your account.</source>
        <translation>Aucun compte de ce serveur n&apos;utilise ce numéro de téléphone. Vérifiez le numéro, ou demandez à l&apos;administrateur du serveur de l&apos;ajouter à votre compte.</translation>
    </message>
    <message>
        <source>This code has expired or has been used too many times. Ask for a new code.</source>
        <translation>Ce code a expiré ou a été utilisé trop de fois. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>That code is not right. Check the SMS and try again.</source>
        <translation>Ce code n&apos;est pas le bon. Vérifiez le SMS et réessayez.</translation>
    </message>
    <message>
        <source>Your session ended (signed in elsewhere or revoked). Sign in again.</source>
        <translation>Votre session a pris fin (connexion ailleurs ou révocation). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused to run its %1. Check the flow&apos;s id or trigger URL; the details say what else to check.</source>
        <translation>Le serveur a refusé d&apos;exécuter son %1. Vérifiez l&apos;identifiant ou l&apos;URL de déclenchement du flux ; les détails indiquent quoi vérifier d&apos;autre.</translation>
    </message>
    <message>
        <source>Directus answers 403 on a trigger URL when the flow id is wrong, the flow is inactive, or the flow&apos;s webhook expects another method (GET or POST).</source>
        <translation>Directus répond 403 sur une URL de déclenchement quand l&apos;identifiant du flux est faux, que le flux est inactif ou que le webhook du flux attend une autre méthode (GET ou POST).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>The server has no such flow. Check the server address and the flow&apos;s trigger URL.</source>
        <translation>Le serveur n&apos;a pas ce flux. Vérifiez l&apos;adresse du serveur et l&apos;URL de déclenchement du flux.</translation>
    </message>
    <message>
        <source>404 on a trigger URL: the server address (or its path) is wrong, or this is not a Directus server.</source>
        <translation>404 sur une URL de déclenchement : l&apos;adresse du serveur (ou son chemin) est fausse, ou ce n&apos;est pas un serveur Directus.</translation>
    </message>
    <message>
        <source>The server has nothing at this address.</source>
        <translation>Le serveur n&apos;a rien à cette adresse.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La requête était trop volumineuse pour le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem running its %1. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>Le serveur a rencontré un problème en exécutant son %1. Réessayez plus tard ; si cela se reproduit, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>HTTP 500 from a flow: one of its operations threw. See the flow&apos;s logs in Directus.</source>
        <translation>HTTP 500 d&apos;un flux : l&apos;une de ses opérations a levé une erreur. Consultez les journaux du flux dans Directus.</translation>
    </message>
    <message>
        <source>The server is not reachable through its gateway right now. Try again later.</source>
        <translation>Le serveur est injoignable par sa passerelle pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The SMS service is not available right now. Try again in a few minutes.</source>
        <translation>Le service SMS est indisponible pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>HTTP 503 from a flow: the SMS provider is down or refused the request.</source>
        <translation>HTTP 503 d&apos;un flux : le fournisseur SMS est en panne ou a refusé la requête.</translation>
    </message>
    <message>
        <source>The server is not available right now. Try again in a few minutes.</source>
        <translation>Le serveur est indisponible pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server answered something this app cannot read.</source>
        <translation>Le serveur a répondu quelque chose que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1). Try again later.</source>
        <translation>Le serveur a répondu par une erreur inattendue (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answered something that is not valid data. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Le %1 du serveur a répondu quelque chose qui n&apos;est pas une donnée valide. Prévenez l&apos;administrateur du serveur ; les détails indiquent quoi corriger.</translation>
    </message>
    <message>
        <source>The server answered something that is not valid data.</source>
        <translation>Le serveur a répondu quelque chose qui n&apos;est pas une donnée valide.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation must return a JSON object.</source>
        <translation>La dernière opération du flux doit renvoyer un objet JSON.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not a Directus server.</source>
        <translation>Quelque chose a répondu à cette adresse, mais ce n&apos;est pas un serveur Directus.</translation>
    </message>
    <message>
        <source>HTML instead of &quot;pong&quot;: a wrong server URL, a proxy, or a captive portal.</source>
        <translation>HTML au lieu de « pong » : URL de serveur erronée, proxy ou portail captif.</translation>
    </message>
    <message>
        <source>sign-in flow</source>
        <comment>the Directus flow that sends the SMS</comment>
        <translation>flux de connexion</translation>
    </message>
    <message>
        <source>verification flow</source>
        <comment>the Directus flow that checks the code</comment>
        <translation>flux de vérification</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in flow is not set up correctly, so no code can be sent. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Le flux de connexion du serveur est mal configuré ; aucun code ne peut donc être envoyé. Prévenez l&apos;administrateur du serveur ; les détails indiquent quoi corriger.</translation>
    </message>
    <message>
        <source>The server&apos;s verification flow is not set up correctly, so your code could not be checked. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Le flux de vérification du serveur est mal configuré ; votre code n&apos;a donc pas pu être vérifié. Prévenez l&apos;administrateur du serveur ; les détails indiquent quoi corriger.</translation>
    </message>
    <message>
        <source>The flow returns the SMS provider&apos;s raw reply, including the request headers with the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation, turn on &quot;error on reject&quot;, and make the last operation return only %1.</source>
        <translation>Le flux renvoie la réponse brute du fournisseur SMS, y compris les en-têtes de requête avec les identifiants du fournisseur. Ajoutez un chemin de rejet qui se termine par une opération « Throw Error », activez « error on reject » et faites renvoyer uniquement %1 par la dernière opération.</translation>
    </message>
    <message>
        <source>The flow returns a network error object from its Request URL operation (the SMS provider could not be reached), which can carry the provider&apos;s credentials. Add a reject path that ends in a &quot;Throw Error&quot; operation with status 503.</source>
        <translation>Le flux renvoie un objet d&apos;erreur réseau de son opération « Request URL » (le fournisseur SMS était injoignable), qui peut contenir les identifiants du fournisseur. Ajoutez un chemin de rejet qui se termine par une opération « Throw Error » avec le statut 503.</translation>
    </message>
    <message>
        <source>The flow&apos;s last operation returned an empty object: a &quot;Run Script&quot; operation probably threw. Look at the flow&apos;s logs in Directus.</source>
        <translation>La dernière opération du flux a renvoyé un objet vide : une opération « Run Script » a probablement levé une erreur. Consultez les journaux du flux dans Directus.</translation>
    </message>
    <message>
        <source>The flow answered the session id &quot;undefined&quot;: the &quot;Deliver OTP Session&quot; operation reads a path that does not exist. It should return data.create_otp_session.data.session_uuid.</source>
        <translation>Le flux a répondu l&apos;identifiant de session « undefined » : l&apos;opération « Deliver OTP Session » lit un chemin qui n&apos;existe pas. Elle devrait renvoyer data.create_otp_session.data.session_uuid.</translation>
    </message>
    <message>
        <source>The flow answered without otp_session_uuid: the &quot;Deliver OTP Session&quot; operation is missing, not the last operation, or returns something else.</source>
        <translation>Le flux a répondu sans otp_session_uuid : l&apos;opération « Deliver OTP Session » manque, n&apos;est pas la dernière opération ou renvoie autre chose.</translation>
    </message>
    <message>
        <source>The flow answered the token &quot;%1&quot;: the &quot;Update User Account&quot; operation reads {{$last.token}}, which does not exist there. It must never store or return such a token — anyone could sign in with it. The token was not stored.</source>
        <translation>Le flux a répondu le jeton « %1 » : l&apos;opération « Update User Account » lit {{$last.token}}, qui n&apos;existe pas à cet endroit. Elle ne doit jamais enregistrer ni renvoyer un tel jeton — n&apos;importe qui pourrait se connecter avec. Le jeton n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The flow answered a token that cannot be a real one (too short, too long, or with spaces or control characters). Make &quot;Generate Session Token&quot; produce at least 16 printable characters. The token was not stored.</source>
        <translation>Le flux a répondu un jeton qui ne peut pas être réel (trop court, trop long, ou avec des espaces ou des caractères de contrôle). Faites produire au moins 16 caractères imprimables par « Generate Session Token ». Le jeton n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The flow answered {&quot;message&quot;:null}: &quot;Generate Session Token&quot; reads data.$last.message, which is always empty, so no token is ever issued. It should read the provider&apos;s reply under data.$last.data.message (the tutorial&apos;s bug).</source>
        <translation>Le flux a répondu {&quot;message&quot;:null} : « Generate Session Token » lit data.$last.message, qui est toujours vide ; aucun jeton n&apos;est donc jamais émis. Il devrait lire la réponse du fournisseur sous data.$last.data.message (le bug du tutoriel).</translation>
    </message>
    <message>
        <source>The flow accepted the code but answered without a token: &quot;Generate Session Token&quot; or &quot;Update User Account&quot; did not run, or the last operation returns the provider&apos;s reply instead of {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>Le flux a accepté le code mais a répondu sans jeton : « Generate Session Token » ou « Update User Account » ne s&apos;est pas exécuté, ou la dernière opération renvoie la réponse du fournisseur au lieu de {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>That code was not accepted. Check it and try again.</source>
        <translation>Ce code n&apos;a pas été accepté. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The flow answered HTTP 200 without a token instead of a 401 INVALID_OTP error. Turn on &quot;error on reject&quot; and end the failure path in a &quot;Throw Error&quot; operation.</source>
        <translation>Le flux a répondu HTTP 200 sans jeton au lieu d&apos;une erreur 401 INVALID_OTP. Activez « error on reject » et terminez le chemin d&apos;échec par une opération « Throw Error ».</translation>
    </message>
    <message>
        <source>The flow answered without a token: the last operation should return {&quot;message&quot;: …, &quot;token&quot;: …}.</source>
        <translation>Le flux a répondu sans jeton : la dernière opération devrait renvoyer {&quot;message&quot;: …, &quot;token&quot;: …}.</translation>
    </message>
    <message>
        <source>Something answered at the %1&apos;s address, but not as a Directus flow does.</source>
        <translation>Quelque chose a répondu à l&apos;adresse du %1, mais pas comme un flux Directus.</translation>
    </message>
    <message>
        <source>A flow answers JSON; this answer is not.</source>
        <translation>Un flux répond en JSON ; cette réponse n&apos;en est pas.</translation>
    </message>
    <message>
        <source>The %1 did not answer as a flow does.</source>
        <translation>Le %1 n&apos;a pas répondu comme un flux.</translation>
    </message>
    <message>
        <source>You were signed out by the server: your account is suspended. Ask the server&apos;s administrator.</source>
        <translation>Le serveur vous a déconnecté : votre compte est suspendu. Adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>You were signed out by the server (the sign-in was revoked, has expired, or your account changed). Sign in again.</source>
        <translation>Le serveur vous a déconnecté (la connexion a été révoquée, a expiré, ou votre compte a changé). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to renewing the sign-in cannot be read. Try again later.</source>
        <translation>La réponse du serveur au renouvellement de la connexion est illisible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again after %1.</source>
        <translation>Trop de codes ont été essayés pour ce numéro aujourd’hui. Réessayez après %1.</translation>
    </message>
    <message>
        <source>Too many codes were tried for this number today. Try again tomorrow after %1.</source>
        <translation>Trop de codes ont été essayés pour ce numéro aujourd’hui. Réessayez demain après %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again after %1.</source>
        <translation>Trop de codes ont été envoyés à ce numéro aujourd’hui. Réessayez après %1.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number today. Try again tomorrow after %1.</source>
        <translation>Trop de codes ont été envoyés à ce numéro aujourd’hui. Réessayez demain après %1.</translation>
    </message>
</context>
<context>
    <name>KioskHandOff</name>
    <message>
        <source>No application is configured to start after sign-in (KioskExec or --exec).</source>
        <translation>Aucune application n&apos;est configurée pour démarrer après la connexion (KioskExec ou --exec).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s application could not be started. Ask the administrator to check the command (KioskExec).</source>
        <translation>L&apos;application du kiosque n&apos;a pas pu démarrer. Demandez à l&apos;administrateur de vérifier la commande (KioskExec).</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>The administrator PIN hash (KioskPinHash) cannot be read. Make a new one with &quot;directus-login kiosk-pin&quot;.</source>
        <translation>L&apos;empreinte du code PIN administrateur (KioskPinHash) est illisible. Créez-en une nouvelle avec « directus-login kiosk-pin ».</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits (0–9), so that it can be typed on the kiosk&apos;s keypad.</source>
        <translation>Le code PIN doit comporter de %1 à %2 chiffres (0–9), pour pouvoir être saisi sur le pavé du kiosque.</translation>
    </message>
</context>
<context>
    <name>KioskPinCommand</name>
    <message>
        <source>Makes the hash of a kiosk&apos;s administrator PIN (%1 to %2 digits) for the system configuration file. From a terminal it asks twice and shows nothing; otherwise it reads one line from standard input. Prints the line to put in [General] of /etc/xdg/directus-login/directus-login.conf.</source>
        <translation>Calcule l&apos;empreinte du code PIN administrateur d&apos;un kiosque (%1 à %2 chiffres) pour le fichier de configuration du système. Dans un terminal, la commande le demande deux fois sans rien afficher ; sinon elle lit une ligne sur l&apos;entrée standard. Affiche la ligne à placer dans [General] de /etc/xdg/directus-login/directus-login.conf.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default %1).</source>
        <translation>Itérations PBKDF2 (par défaut %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login kiosk-pin --help&apos;.</source>
        <translation>Essayez « directus-login kiosk-pin --help ».</translation>
    </message>
    <message>
        <source>unexpected argument; the PIN is read from the terminal or standard input, never from the command line (where other users can see it)</source>
        <extracomment>Do not pass the PIN as an argument: the error that says so.</extracomment>
        <translation>argument inattendu ; le code PIN est lu depuis le terminal ou l&apos;entrée standard, jamais depuis la ligne de commande (où d&apos;autres utilisateurs peuvent le voir)</translation>
    </message>
    <message>
        <source>--iterations must be a number from %1 to %2</source>
        <translation>--iterations doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>Administrator PIN: </source>
        <translation>Code PIN administrateur : </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN was given.</source>
        <translation>directus-login kiosk-pin : aucun code PIN n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Le même code PIN à nouveau : </translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: the two PINs differ; nothing was made.</source>
        <translation>directus-login kiosk-pin : les deux codes PIN diffèrent ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>directus-login kiosk-pin: no PIN on standard input.</source>
        <translation>directus-login kiosk-pin : aucun code PIN sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Put this line in [General] of the system configuration file (/etc/xdg/directus-login/directus-login.conf). It is read from that file only.</source>
        <translation>Placez cette ligne dans [General] du fichier de configuration du système (/etc/xdg/directus-login/directus-login.conf). Elle n&apos;est lue que dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>KioskPinPanel</name>
    <message>
        <source>Administrator</source>
        <extracomment>Title of the kiosk&apos;s administrator panel.</extracomment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <extracomment>Accessible name of the kiosk administrator&apos;s PIN field.</extracomment>
        <translation>Code PIN administrateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <extracomment>Administrator panel: quits the kiosk application.</extracomment>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Show the configuration</source>
        <extracomment>Administrator panel: shows the configuration in effect (no secrets).</extracomment>
        <translation>Afficher la configuration</translation>
    </message>
    <message>
        <source>Back to the sign-in</source>
        <extracomment>Administrator panel: closes the panel and goes back to the sign-in.</extracomment>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so this kiosk cannot be left from the screen. Make one with &quot;directus-login kiosk-pin&quot; and put the line it prints in the system configuration file.</source>
        <translation>Aucun code PIN administrateur n&apos;est défini ; on ne peut donc pas quitter ce kiosque depuis l&apos;écran. Créez-en un avec « directus-login kiosk-pin » et placez la ligne affichée dans le fichier de configuration du système.</translation>
    </message>
    <message>
        <source>Enter the administrator PIN.</source>
        <extracomment>Kiosk administrator panel, above the PIN field.</extracomment>
        <translation>Saisissez le code PIN administrateur.</translation>
    </message>
    <message>
        <source>Choose what to do. The kiosk clears this panel after a while without a touch.</source>
        <translation>Choisissez une action. Le kiosque ferme ce panneau après un moment sans contact.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>While the administrator PIN is checked (takes a moment on purpose).</extracomment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>The administrator PIN was wrong.</extracomment>
        <translation>Ce code PIN n&apos;est pas le bon.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <extracomment>Too many wrong administrator PINs in a row.</extracomment>
        <translation>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n secondes.</numerusform>
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
        <translation>Choisissez votre pays</translation>
    </message>
    <message>
        <source>Search: name or +code</source>
        <extracomment>Placeholder of the kiosk&apos;s country search: a name, a code like &quot;GB&quot; or &quot;+44&quot;.</extracomment>
        <translation>Rechercher : nom ou +indicatif</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <extracomment>Title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Votre numéro de mobile</translation>
    </message>
    <message>
        <source>We send you a code by text message.</source>
        <extracomment>Under the title of the kiosk&apos;s phone screen.</extracomment>
        <translation>Nous vous envoyons un code par SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the kiosk&apos;s phone number field.</extracomment>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>On the kiosk&apos;s phone screen: back to the start without signing in.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>The kiosk keypad&apos;s wide key on the phone screen.</extracomment>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Enter the code</source>
        <extracomment>Title of the kiosk&apos;s code screen.</extracomment>
        <translation>Saisissez le code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <extracomment>On the kiosk&apos;s code screen, after a second text message: have the code read out by a call.</extracomment>
        <translation>M’appeler plutôt</translation>
    </message>
    <message>
        <source>Change number</source>
        <extracomment>On the kiosk&apos;s code screen: back to the number.</extracomment>
        <translation>Changer de numéro</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The kiosk keypad&apos;s wide key on the code screen.</extracomment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>The country screen&apos;s primary button: keep this country. %1 is its name.</extracomment>
        <translation>Continuer avec %1</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of the code.</source>
        <extracomment>On the kiosk&apos;s code screen, when Sign in is touched too early.</extracomment>
        <translation>
            <numerusform>Saisissez les %n chiffre du code.</numerusform>
            <numerusform>Saisissez les %n chiffres du code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <extracomment>While the kiosk asks the server for a code.</extracomment>
        <translation>Envoi du code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <extracomment>While the kiosk checks the code with the server.</extracomment>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Envoi d&apos;un nouveau code…</translation>
    </message>
    <message>
        <source>Your phone %1 will ring in a moment: a voice reads the code.</source>
        <translation>Votre téléphone %1 va sonner dans un instant : une voix lira le code.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <translation>Un nouveau code est en route vers %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>On the kiosk&apos;s code screen, when the sign-in could not be checked.</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>We are calling %1 with your code.</source>
        <translation>Nous appelons le %1 pour vous dicter votre code.</translation>
    </message>
    <message>
        <source>We sent a code to %1.</source>
        <translation>Nous avons envoyé un code au %1.</translation>
    </message>
    <message>
        <source>Code, %1 of %2 digits</source>
        <extracomment>The kiosk&apos;s code boxes, for screen readers: %1 digits typed of %2.</extracomment>
        <translation>Code, %1 chiffres sur %2</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>Le code expire dans %1</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Ce code a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in about %n minute(s).</source>
        <translation>
            <numerusform>Le code expire dans environ %n minute.</numerusform>
            <numerusform>Le code expire dans environ %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left</source>
        <extracomment>On the kiosk&apos;s code screen; %n is how many more codes the server will check.</extracomment>
        <translation>
            <numerusform>%n essai restant</numerusform>
            <numerusform>%n essais restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <extracomment>The kiosk&apos;s resend button while it waits; %n is seconds.</extracomment>
        <translation>
            <numerusform>Nouveau code dans %n s</numerusform>
            <numerusform>Nouveau code dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>The kiosk&apos;s resend button.</extracomment>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Pas encore disponible : vous pourrez demander un nouveau code dans un instant.</translation>
    </message>
    <message>
        <source>%1, calling code %2</source>
        <extracomment>A country&apos;s row in the kiosk, for screen readers. %2 is its calling code (&quot;+44&quot;).</extracomment>
        <translation>%1, indicatif %2</translation>
    </message>
    <message>
        <source>Country: %1, calling code %2. Touch to change.</source>
        <extracomment>The kiosk&apos;s country button, for screen readers.</extracomment>
        <translation>Pays : %1, indicatif %2. Touchez pour changer.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Directus Login kiosk</source>
        <extracomment>The kiosk window&apos;s title (seen by accessibility tools; the window has no frame).</extracomment>
        <translation>Directus Login – kiosque</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The button in the kiosk&apos;s corner that asks for the administrator PIN.</extracomment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Administrator: leave kiosk mode (needs the PIN)</source>
        <translation>Administrateur : quitter le mode kiosque (code PIN requis)</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>On the kiosk&apos;s welcome screen: clears it now for the next person.</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>This kiosk is not set up; ask the administrator.</source>
        <extracomment>Full-screen message of a kiosk whose configuration is incomplete.</extracomment>
        <translation>Ce kiosque n&apos;est pas configuré ; adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <extracomment>Title of the kiosk&apos;s idle warning.</extracomment>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kiosk&apos;s welcome after sign-in. %1 is the person&apos;s first name.</extracomment>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>While the kiosk starts its application after sign-in.
----------
On the kiosk&apos;s success screen while its application is about to open.</extracomment>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>The kiosk&apos;s application did not start after sign-in.</extracomment>
        <translation>Un problème est survenu</translation>
    </message>
    <message numerus="yes">
        <source>This screen clears in %n s.</source>
        <extracomment>Under the kiosk&apos;s welcome (or error) message.</extracomment>
        <translation>
            <numerusform>Cet écran s&apos;efface dans %n seconde.</numerusform>
            <numerusform>Cet écran s&apos;efface dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything entered here will be cleared in %n s. Touch the screen to continue.</source>
        <extracomment>The kiosk&apos;s idle warning. %n is the number of seconds left.</extracomment>
        <translation>
            <numerusform>Tout ce qui a été saisi ici sera effacé dans %n seconde. Touchez l&apos;écran pour continuer.</numerusform>
            <numerusform>Tout ce qui a été saisi ici sera effacé dans %n secondes. Touchez l&apos;écran pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with your phone</source>
        <extracomment>The kiosk&apos;s start screen when no organisation is configured (KioskOrganisation).</extracomment>
        <translation>Connectez-vous avec votre téléphone</translation>
    </message>
    <message>
        <source>Your mobile number and a code by text message are all it takes.</source>
        <extracomment>On the kiosk&apos;s start screen, under the organisation&apos;s name.</extracomment>
        <translation>Votre numéro de mobile et un code par SMS suffisent.</translation>
    </message>
    <message>
        <source>Touch to sign in</source>
        <extracomment>The kiosk&apos;s start screen: its one button (a touch anywhere does the same).</extracomment>
        <translation>Touchez pour vous connecter</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <extracomment>The kiosk&apos;s success screen, over the welcome.</extracomment>
        <translation>Vous êtes connecté</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <extracomment>After a &quot;Try again in N seconds&quot; countdown has run out.</extracomment>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.</extracomment>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network log</source>
        <extracomment>The network log window&apos;s title.</extracomment>
        <translation>Journal réseau</translation>
    </message>
    <message>
        <source>Filter by URL, method or status</source>
        <extracomment>Placeholder of the network log&apos;s filter field.</extracomment>
        <translation>Filtrer par URL, méthode ou statut</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les requêtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body, and what went wrong if anything did. Requests appear here as the app makes them.</source>
        <extracomment>The network log&apos;s detail pane before a request is selected.</extracomment>
        <translation>Sélectionnez une requête pour voir ses en-têtes et son corps, et ce qui n&apos;a pas fonctionné le cas échéant. Les requêtes apparaissent ici au fur et à mesure que l&apos;application les envoie.</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copier en &amp;cURL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request, secrets masked</source>
        <translation>Copier une commande curl qui rejoue cette requête, secrets masqués</translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;Secrets…</source>
        <translation>Copier en cURL avec les &amp;secrets…</translation>
    </message>
    <message>
        <source>Copy the command with the real code, token and credentials (asks first)</source>
        <translation>Copier la commande avec le vrai code, le jeton et les identifiants (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Copy as cURL, secrets masked</source>
        <translation>Copier en cURL, secrets masqués</translation>
    </message>
    <message>
        <source>The button&apos;s menu has a second choice that copies the command with its secrets.</source>
        <translation>Le menu du bouton propose un second choix qui copie la commande avec ses secrets.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <extracomment>Empties the network log.</extracomment>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the network log</source>
        <translation>Effacer le journal réseau</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>Fermer le journal réseau</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <extracomment>Next to the network log&apos;s filter. %n is the number of requests.</extracomment>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 sur %n requête</numerusform>
            <numerusform>%1 sur %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem:</source>
        <extracomment>In the network log, above what the app made of a failed answer.</extracomment>
        <translation>Problème :</translation>
    </message>
    <message>
        <source>Likely cause and fix:</source>
        <extracomment>In the network log: the likely misconfiguration and how to fix it follows.</extracomment>
        <translation>Cause probable et solution :</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>Heading in the network log&apos;s detail pane.</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <extracomment>In the network log while a request has no answer yet.</extracomment>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <extracomment>%1 HTTP status, %2 duration, %3 size: &quot;HTTP 200 · 41 ms · 1.2 KB&quot;.</extracomment>
        <translation>HTTP %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <extracomment>In the network log: no HTTP answer came. %1 is the technical reason.</extracomment>
        <translation>Aucune réponse après %1 ms : %2</translation>
    </message>
    <message>
        <source>Copied, secrets masked.</source>
        <extracomment>After Copy as cURL.</extracomment>
        <translation>Copié, secrets masqués.</translation>
    </message>
    <message>
        <source>Copy with secrets?</source>
        <extracomment>Title of the confirmation before copying a request with its secrets.</extracomment>
        <translation>Copier avec les secrets ?</translation>
    </message>
    <message>
        <source>The command will contain this request&apos;s code, token or credentials in plain text. Anyone who sees it can sign in as this person.</source>
        <translation>La commande contiendra en clair le code, le jeton ou les identifiants de cette requête. Quiconque la voit peut se connecter à la place de cette personne.</translation>
    </message>
    <message>
        <source>Paste it only where nobody else can read it, and never into a bug report or chat. The clipboard is cleared after a minute.</source>
        <translation>Collez-la uniquement là où personne d&apos;autre ne peut la lire, et jamais dans un rapport de bug ou une discussion. Le presse-papiers est vidé au bout d&apos;une minute.</translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <extracomment>Confirms copying the request with its secrets.</extracomment>
        <translation>Copier avec les secrets</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Rien n&apos;a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>Copied with secrets. The clipboard is cleared in %n s.</source>
        <extracomment>After Copy as cURL with secrets. %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>Copié avec les secrets. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié avec les secrets. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>pending</source>
        <comment>network log: request not answered yet</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <extracomment>Under the phone number field when it is empty.</extracomment>
        <translation>Saisissez votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number. Enter digits only, with + before a country code.</source>
        <extracomment>The phone number field has letters or symbols in it.</extracomment>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Saisissez uniquement des chiffres, avec + devant un indicatif de pays.</translation>
    </message>
    <message>
        <source>No country has the country code in this number. Check the digits after + or 00, or choose the country and enter the number without its code.</source>
        <extracomment>The number starts with + (or 00) and a calling code that no country has.</extracomment>
        <translation>Aucun pays n&apos;a l&apos;indicatif de ce numéro. Vérifiez les chiffres après + ou 00, ou choisissez le pays et saisissez le numéro sans son indicatif.</translation>
    </message>
    <message>
        <source>Choose a country, or enter the number with its country code, starting with +.</source>
        <extracomment>No country is selected and the number has no country code.</extracomment>
        <translation>Choisissez un pays, ou saisissez le numéro avec son indicatif de pays, en commençant par +.</translation>
    </message>
    <message>
        <source>This number is too short. Check that you entered every digit, with the country and area code.</source>
        <translation>Ce numéro est trop court. Vérifiez que vous avez saisi tous les chiffres, avec les indicatifs de pays et de région.</translation>
    </message>
    <message>
        <source>This number is too long. Check for extra digits.</source>
        <translation>Ce numéro est trop long. Vérifiez qu&apos;il n&apos;y a pas de chiffres en trop.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number. Check the number and its country code.</source>
        <extracomment>The number has the right length but no such number exists.</extracomment>
        <translation>Ce n&apos;est pas un numéro de téléphone valide. Vérifiez le numéro et son indicatif de pays.</translation>
    </message>
    <message>
        <source>Phone numbers can&apos;t be read: a part of Directus Login is missing or damaged. Reinstall Directus Login.</source>
        <extracomment>The part of the program that reads phone numbers (a plug-in file) could not be loaded.</extracomment>
        <translation>Impossible de lire les numéros de téléphone : une partie de Directus Login est manquante ou endommagée. Réinstallez Directus Login.</translation>
    </message>
    <message>
        <source>This looks like a landline: codes are sent by text message. Enter a mobile number.</source>
        <extracomment>The number is a real fixed-line (landline) number; codes only go to mobiles.</extracomment>
        <translation>Ce numéro semble être une ligne fixe : les codes sont envoyés par SMS. Saisissez un numéro de mobile.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages (a toll-free, premium-rate or service number). Enter a mobile number.</source>
        <extracomment>A toll-free, premium-rate, shared-cost, pager or voicemail number.</extracomment>
        <translation>Ce numéro ne peut pas recevoir de SMS (numéro gratuit, surtaxé ou de service). Saisissez un numéro de mobile.</translation>
    </message>
    <message>
        <source>This number is too short (%1, %2). Check that you entered every digit, with the area code.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Ce numéro est trop court (%1, %2). Vérifiez que vous avez saisi tous les chiffres, avec l&apos;indicatif régional.</translation>
    </message>
    <message>
        <source>This number is too long (%1, %2). Check for extra digits, or choose the country it belongs to.</source>
        <extracomment>%1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Ce numéro est trop long (%1, %2). Vérifiez qu&apos;il n&apos;y a pas de chiffres en trop, ou choisissez le pays auquel il appartient.</translation>
    </message>
    <message>
        <source>This isn&apos;t a valid phone number (%1, %2). Check the number, or choose the country it belongs to.</source>
        <extracomment>The number has the right length but no such number exists in the country. %1 is a country name (&quot;United Kingdom&quot;), %2 its calling code with its + (&quot;+44&quot;).</extracomment>
        <translation>Ce n&apos;est pas un numéro de téléphone valide (%1, %2). Vérifiez le numéro, ou choisissez le pays auquel il appartient.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Sign in with your phone</source>
        <translation>Connectez-vous avec votre téléphone</translation>
    </message>
    <message>
        <source>We will text you a one-time code. No password needed.</source>
        <translation>Nous vous enverrons un code à usage unique par SMS. Aucun mot de passe nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Country or region</source>
        <translation>P&amp;ays ou région</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>&amp;Numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code. The code is sent to it by SMS.</source>
        <translation>Votre numéro de mobile, avec ou sans l&apos;indicatif de pays. Le code y est envoyé par SMS.</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Sends a one-time code to this number by SMS.</source>
        <translation>Envoie un code à usage unique à ce numéro par SMS.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <extracomment>Placeholder of the phone number field.</extracomment>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code.</source>
        <extracomment>Under the empty phone number field.</extracomment>
        <translation>Votre numéro de mobile, avec ou sans l&apos;indicatif de pays.</translation>
    </message>
    <message>
        <source>The code will be sent to %1</source>
        <extracomment>The live line under the phone number field. %1 is the number in international format.</extracomment>
        <translation>Le code sera envoyé au %1</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <extracomment>The Send code button while a new code cannot be asked for yet.</extracomment>
        <translation>
            <numerusform>Renvoyer dans %n s</numerusform>
            <numerusform>Renvoyer dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <extracomment>At start, while the stored sign-in is checked with the server.</extracomment>
        <translation>Vérification de votre connexion enregistrée…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <extracomment>%1 is the phone number.</extracomment>
        <translation>Envoi d&apos;un code au %1…</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be checked. %1</source>
        <extracomment>At start, the stored sign-in could not be checked. %1 says why and what to do.</extracomment>
        <translation>Votre connexion enregistrée n&apos;a pas pu être vérifiée. %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Checks the saved sign-in again.</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Check the saved sign-in again</source>
        <translation>Vérifier à nouveau la connexion enregistrée</translation>
    </message>
    <message>
        <source>Not available yet: a new code can be asked for in a moment.</source>
        <translation>Pas encore disponible : vous pourrez demander un nouveau code dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Test numbers</source>
        <translation>Numéros de &amp;test</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Numéros de test</translation>
    </message>
    <message>
        <source>Shows the demo&apos;s test numbers and what each one does</source>
        <translation>Affiche les numéros de test de la démo et ce que fait chacun</translation>
    </message>
    <message>
        <source>Demo test numbers</source>
        <translation>Numéros de test de la démo</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the demo&apos;s test numbers.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Demo mode: no real SMS is sent. Any valid number signs in, %1 as Ada Lovelace; the other test numbers each show one error.</source>
        <extracomment>Demo mode hint at the bottom of the phone page. %1 is a test phone number.</extracomment>
        <translation>Mode démo : aucun vrai SMS n&apos;est envoyé. Tout numéro valide se connecte, %1 en tant qu&apos;Ada Lovelace ; les autres numéros de test montrent chacun une erreur.</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Checks again whether a keychain is running now.</extracomment>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again for a keychain</source>
        <translation>Chercher à nouveau un trousseau</translation>
    </message>
    <message>
        <source>This sign-in will be kept for this session only: you will be signed out when you close Directus Login.</source>
        <extracomment>On the phone page, once &quot;Sign in for this session only&quot; was chosen.</extracomment>
        <translation>Cette connexion ne sera gardée que pour cette session : vous serez déconnecté en fermant Directus Login.</translation>
    </message>
    <message>
        <source>Sign-ins will not be remembered: no keychain is running.</source>
        <extracomment>At start, on the phone page, when no keychain (Secret Service) is running.</extracomment>
        <translation>Les connexions ne seront pas mémorisées : aucun trousseau ne fonctionne.</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <extracomment>On the phone page without a keychain: the next sign-in is kept in memory only.</extracomment>
        <translation>Se connecter pour cette session seulement</translation>
    </message>
    <message>
        <source>Sign in for this session only, without saving the sign-in</source>
        <translation>Se connecter pour cette session seulement, sans enregistrer la connexion</translation>
    </message>
</context>
<context>
    <name>ProfileBanner</name>
    <message>
        <source>Profile: %1 — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name.</extracomment>
        <translation>Profil : %1 — hors production</translation>
    </message>
    <message>
        <source>Profile: %1 (%2) — not production</source>
        <extracomment>The strip on top of the window for a test server. %1 is the profile&apos;s name, %2 the server&apos;s host name.</extracomment>
        <translation>Profil : %1 (%2) — hors production</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>Stops what the page is waiting for (a request), not the whole sign-in.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Creates or updates, idempotently, what Directus Login needs on a Directus server: the phone and one-time-code fields on users and the two sign-in flows (with stable ids). Needs the static token of a Directus administrator.</source>
        <translation>Crée ou met à jour, de façon idempotente, ce dont Directus Login a besoin sur un serveur Directus : les champs de téléphone et de code à usage unique des utilisateurs et les deux flux de connexion (avec des identifiants stables). Nécessite le jeton statique d&apos;un administrateur Directus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Directus URL (default: $DIRECTUS_URL).</source>
        <translation>URL de Directus (par défaut : $DIRECTUS_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Static token of an administrator (default: $DIRECTUS_ADMIN_TOKEN; prefer the variable: arguments are visible to other users).</source>
        <translation>Jeton statique d&apos;un administrateur (par défaut : $DIRECTUS_ADMIN_TOKEN ; préférez la variable : les arguments sont visibles par les autres utilisateurs).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Plivo Auth ID (default: $PLIVO_AUTH_ID).</source>
        <translation>Auth ID Plivo (par défaut : $PLIVO_AUTH_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Plivo Auth Token (default: $PLIVO_AUTH_TOKEN).</source>
        <translation>Auth Token Plivo (par défaut : $PLIVO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>UUID of the Plivo Verify application (default: $PLIVO_APP_UUID).</source>
        <translation>UUID de l&apos;application Plivo Verify (par défaut : $PLIVO_APP_UUID).</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Plivo API base URL (default: https://api.plivo.com).</source>
        <translation>URL de base de l&apos;API Plivo (par défaut : https://api.plivo.com).</translation>
    </message>
    <message>
        <source>The flows read the Plivo auth id, token and app uuid from Directus&apos; environment ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) instead of holding them. Directus needs them in FLOWS_ENV_ALLOW_LIST.</source>
        <translation>Les flux lisent l&apos;auth id, le jeton et l&apos;UUID d&apos;application Plivo dans l&apos;environnement de Directus ({{$env.PLIVO_AUTH_ID}}, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID) au lieu de les contenir. Directus doit les avoir dans FLOWS_ENV_ALLOW_LIST.</translation>
    </message>
    <message>
        <source>Read the server and show what would change; write nothing.</source>
        <translation>Lire le serveur et montrer ce qui changerait ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Log each request (method and path) on stderr.</source>
        <translation>Journaliser chaque requête (méthode et chemin) sur stderr.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Try &apos;directus-login provision --help&apos;.</source>
        <translation>Essayez « directus-login provision --help ».</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>the Directus server is needed: --server URL or DIRECTUS_URL</source>
        <translation>le serveur Directus est nécessaire : --server URL ou DIRECTUS_URL</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id, token and app uuid read by the flows from Directus&apos; environment (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID must be set and listed in FLOWS_ENV_ALLOW_LIST).</source>
        <translation>Plivo : %1 ; l&apos;auth id, le jeton et l&apos;UUID d&apos;application sont lus par les flux dans l&apos;environnement de Directus (PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN, PLIVO_APP_UUID doivent être définis et listés dans FLOWS_ENV_ALLOW_LIST).</translation>
    </message>
    <message>
        <source>Plivo: %1; auth id %2, auth token ••••, app %3.</source>
        <translation>Plivo : %1 ; auth id %2, auth token ••••, application %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Planned changes:</source>
        <translation>Essai à blanc : rien n&apos;a été écrit. Modifications prévues :</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Installé :</translation>
    </message>
    <message>
        <source>Login flow:  %1
  %2
</source>
        <translation>Flux de connexion :   %1
  %2
</translation>
    </message>
    <message>
        <source>Verify flow: %1
  %2
</source>
        <translation>Flux de vérification : %1
  %2
</translation>
    </message>
    <message>
        <source>Everything was up to date: nothing changed.</source>
        <translation>Tout était à jour : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>What the verify flow hands out: &quot;session&quot; (default), a Directus session of the device with short-lived access tokens, revoked by sign-out; or &quot;static&quot;, a token in directus_users.token that never expires (the seed&apos;s way).</source>
        <translation>Ce que remet le flow de vérification : &quot;session&quot; (par défaut), une session Directus de l’appareil avec des jetons d’accès de courte durée, révoquée à la déconnexion ; ou &quot;static&quot;, un jeton dans directus_users.token qui n’expire jamais (comme le modèle).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>--token-mode is &quot;session&quot; or &quot;static&quot;, not &quot;%1&quot;</source>
        <translation>--token-mode vaut &quot;session&quot; ou &quot;static&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No new code for a number within this many seconds of the last one: the same session is answered again, without an SMS (default 30; 0 to 3600).</source>
        <translation>Aucun nouveau code pour un numéro pendant ce nombre de secondes après le précédent : la même session est renvoyée, sans SMS (30 par défaut ; de 0 à 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Codes sent to one number in 24 hours; more are refused with 429 (default 10; 1 to 100).</source>
        <translation>Codes envoyés à un numéro en 24 heures ; au-delà, refus avec 429 (10 par défaut ; de 1 à 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Codes tried on one number&apos;s sessions in 24 hours, whatever the session; more are refused with 429 (default 0: no cap beyond 10 per session; up to 1000).</source>
        <translation>Codes essayés sur les sessions d’un numéro en 24 heures, quelle que soit la session ; au-delà, refus avec 429 (0 par défaut : pas de limite au-delà de 10 par session ; jusqu’à 1000).</translation>
    </message>
    <message>
        <source>Answer a number without an account as if it had one (a session no code validates, no SMS), so that nobody can test which numbers have accounts. A mistyped number then waits for an SMS that never comes.</source>
        <translation>Répondre à un numéro sans compte comme s’il en avait un (une session qu’aucun code ne valide, aucun SMS), pour que personne ne puisse tester quels numéros ont un compte. Un numéro mal saisi attend alors un SMS qui ne vient jamais.</translation>
    </message>
    <message>
        <source>Digits in the code your Plivo Verify application sends (default 6; 4 to 8).</source>
        <translation>Chiffres du code qu’envoie votre application Plivo Verify (6 par défaut ; de 4 à 8).</translation>
    </message>
    <message>
        <source>Minutes a code is accepted; match your Plivo Verify application (default 10; 1 to 60).</source>
        <translation>Minutes pendant lesquelles un code est accepté ; à accorder avec votre application Plivo Verify (10 par défaut ; de 1 à 60).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 est un nombre entier de %2 à %3, pas « %4 »</translation>
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
        <translation>Indiquez le serveur Directus sous forme d&apos;URL http(s), par ex. https://cms.example.com.</translation>
    </message>
    <message>
        <source>An admin token is needed: --admin-token or DIRECTUS_ADMIN_TOKEN.</source>
        <translation>Un jeton d&apos;administration est nécessaire : --admin-token ou DIRECTUS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Give the Plivo API as an http(s) URL without query, e.g. https://api.plivo.com.</source>
        <translation>Indiquez l&apos;API Plivo sous forme d&apos;URL http(s) sans paramètres de requête, par ex. https://api.plivo.com.</translation>
    </message>
    <message>
        <source>Give the Plivo auth id (--plivo-auth-id: letters and digits), or use --plivo-from-env.</source>
        <translation>Indiquez l&apos;auth id Plivo (--plivo-auth-id : lettres et chiffres), ou utilisez --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo auth token (--plivo-auth-token or PLIVO_AUTH_TOKEN), or use --plivo-from-env.</source>
        <translation>Indiquez l&apos;auth token Plivo (--plivo-auth-token ou PLIVO_AUTH_TOKEN), ou utilisez --plivo-from-env.</translation>
    </message>
    <message>
        <source>Give the Plivo Verify application&apos;s UUID (--plivo-app-uuid), or use --plivo-from-env.</source>
        <translation>Indiquez l&apos;UUID de l&apos;application Plivo Verify (--plivo-app-uuid), ou utilisez --plivo-from-env.</translation>
    </message>
    <message>
        <source>The server is reached over plain http: the admin token and the Plivo credentials travel unencrypted.</source>
        <translation>Le serveur est joint en http non chiffré : le jeton d&apos;administration et les identifiants Plivo circulent en clair.</translation>
    </message>
    <message>
        <source>The Plivo API URL is a local or private address: Directus refuses such requests until IMPORT_IP_DENY_LIST is narrowed (its default, 0.0.0.0, denies every local interface).</source>
        <translation>L&apos;URL de l&apos;API Plivo est une adresse locale ou privée : Directus refuse de telles requêtes tant que IMPORT_IP_DENY_LIST n&apos;est pas restreinte (sa valeur par défaut, 0.0.0.0, bloque toutes les interfaces locales).</translation>
    </message>
    <message>
        <source>Directus did not answer within %1 s while %2.</source>
        <translation>Directus n&apos;a pas répondu dans les %1 s (étape : %2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed; its certificate is not trusted.</source>
        <translation>La connexion TLS à %1 a échoué ; son certificat n&apos;est pas reconnu comme fiable.</translation>
    </message>
    <message>
        <source>Could not reach Directus at %1 while %2: %3</source>
        <translation>Impossible de joindre Directus à %1 (étape : %2) : %3</translation>
    </message>
    <message>
        <source>Directus answered something that is not JSON while %1. Is the server address right?</source>
        <translation>Directus a répondu quelque chose qui n&apos;est pas du JSON (étape : %1). L&apos;adresse du serveur est-elle correcte ?</translation>
    </message>
    <message>
        <source>reading the flows</source>
        <translation>lecture des flux</translation>
    </message>
    <message>
        <source>reading the fields of users</source>
        <translation>lecture des champs de users</translation>
    </message>
    <message>
        <source>reading the collections</source>
        <translation>lecture des collections</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>lecture des opérations</translation>
    </message>
    <message>
        <source>reading the fields of %1</source>
        <translation>lecture des champs de %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création de %1</translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation>suppression de l&apos;ancien %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>mise à jour de %1</translation>
    </message>
    <message>
        <source>The flow definitions are missing from this build.</source>
        <translation>Les définitions de flux sont absentes de cette version.</translation>
    </message>
    <message>
        <source>The flow definitions in this build are damaged.</source>
        <translation>Les définitions de flux de cette version sont endommagées.</translation>
    </message>
    <message>
        <source>The field %1.%2 already exists with type &quot;%3&quot;; Directus Login needs &quot;%4&quot;. Rename or remove that field first.</source>
        <translation>Le champ %1.%2 existe déjà avec le type « %3 » ; Directus Login a besoin de « %4 ». Renommez ou supprimez d&apos;abord ce champ.</translation>
    </message>
    <message>
        <source>Licence limit: Directus without a licence key runs at most %1 active flows; with these %2 this server would have %3 (others: %4). Directus will refuse to activate them unless it has a licence key or you deactivate %5 of the others.</source>
        <translation>Limite de licence : sans clé de licence, Directus exécute au plus %1 flux actifs ; avec ces %2, ce serveur en aurait %3 (autres : %4). Directus refusera de les activer tant qu&apos;il n&apos;a pas de clé de licence ou que vous n&apos;avez pas désactivé %5 des autres.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on active flows reached. Without a licence key Directus runs at most %2 active flows; active now: %3. Deactivate or delete a flow you do not need, or add a licence key, then run provision again.</source>
        <translation>Directus a refusé : %1 – limite de licence atteinte pour les flux actifs. Sans clé de licence, Directus exécute au plus %2 flux actifs ; actifs actuellement : %3. Désactivez ou supprimez un flux inutile, ou ajoutez une clé de licence, puis relancez provision.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit on seats reached. Without a licence key Directus allows %2 active users with app or admin access. Phone users need no app access; remove it from their role or policy, or add a licence key.</source>
        <translation>Directus a refusé : %1 – limite de licence atteinte pour les places utilisateur. Sans clé de licence, Directus autorise %2 utilisateurs actifs avec accès à l&apos;application ou administrateur. Les utilisateurs par téléphone n&apos;ont pas besoin de l&apos;accès à l&apos;application ; retirez-le de leur rôle ou de leur politique, ou ajoutez une clé de licence.</translation>
    </message>
    <message>
        <source>Directus refused %1: licence limit &quot;%2&quot; reached.</source>
        <translation>Directus a refusé : %1 – limite de licence « %2 » atteinte.</translation>
    </message>
    <message>
        <source>Directus refused %1: this feature needs a Directus licence key (%2).</source>
        <translation>Directus a refusé : %1 – cette fonctionnalité nécessite une clé de licence Directus (%2).</translation>
    </message>
    <message>
        <source>Directus refused the admin token (401). Check --admin-token or DIRECTUS_ADMIN_TOKEN: it must be the static token of an administrator.</source>
        <translation>Directus a refusé le jeton d&apos;administration (401). Vérifiez --admin-token ou DIRECTUS_ADMIN_TOKEN : ce doit être le jeton statique d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Directus refused %1 (403 %2). The token needs administrator access.</source>
        <translation>Directus a refusé : %1 (403 %2). Le jeton doit avoir un accès administrateur.</translation>
    </message>
    <message>
        <source>Directus answered 404 while %1. Is the server address the Directus root (the one that answers /server/ping)?</source>
        <translation>Directus a répondu 404 (étape : %1). L&apos;adresse du serveur est-elle la racine de Directus (celle qui répond à /server/ping) ?</translation>
    </message>
    <message>
        <source>Directus answered %1 while %2%3</source>
        <translation>Directus a répondu %1 (étape : %2)%3</translation>
    </message>
    <message>
        <source>The collection %1 already exists and its field &quot;%2&quot; is not of type &quot;%3&quot;. Remove that collection first: Directus Login keeps only short-lived rows in it.</source>
        <translation>La collection %1 existe déjà et son champ « %2 » n’est pas de type « %3 ». Supprimez d’abord cette collection : Directus Login n’y garde que des lignes de courte durée.</translation>
    </message>
    <message>
        <source>Directus did not say its version, so it cannot be checked: these flows need Directus %1 or later (tested: %2). Check that the token belongs to an administrator.</source>
        <extracomment>provision: /server/info did not say which Directus runs. %1 the oldest supported version (&quot;11.17&quot;), %2 the versions tested.</extracomment>
        <translation>Directus n&apos;a pas indiqué sa version, elle ne peut donc pas être vérifiée : ces flux nécessitent Directus %1 ou plus récent (testé : %2). Vérifiez que le jeton appartient à un administrateur.</translation>
    </message>
    <message>
        <source>This server runs Directus %1. The Directus Login flows need Directus %2 or later (tested: %3): update Directus, then provision again. Nothing was changed.</source>
        <extracomment>provision: the server&apos;s Directus is too old. %1 its version, %2 the oldest supported (&quot;11.17&quot;), %3 the versions tested.</extracomment>
        <translation>Ce serveur exécute Directus %1. Les flux de Directus Login nécessitent Directus %2 ou plus récent (testé : %3) : mettez Directus à jour, puis relancez provision. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>reading the server&apos;s version</source>
        <translation>lecture de la version du serveur</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Connect to your Directus server</source>
        <translation>Connectez-vous à votre serveur Directus</translation>
    </message>
    <message>
        <source>Enter the server and its two sign-in flows. You only need to do this once.</source>
        <translation>Indiquez le serveur et ses deux flux de connexion. Vous n&apos;aurez à le faire qu&apos;une fois.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>https://cms.example.com</source>
        <translation>https://cms.example.com</translation>
    </message>
    <message>
        <source>Directus server address</source>
        <translation>Adresse du serveur Directus</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow</source>
        <extracomment>The Directus flow that sends the SMS code.</extracomment>
        <translation>Flux de co&amp;nnexion</translation>
    </message>
    <message>
        <source>Flow id or trigger URL</source>
        <translation>Identifiant du flux ou URL de déclenchement</translation>
    </message>
    <message>
        <source>Sign-in flow, the flow that sends the code</source>
        <translation>Flux de connexion, le flux qui envoie le code</translation>
    </message>
    <message>
        <source>The flow&apos;s id, or its whole trigger URL pasted from Directus.</source>
        <translation>L&apos;identifiant du flux, ou son URL de déclenchement complète collée depuis Directus.</translation>
    </message>
    <message>
        <source>&amp;Verification flow</source>
        <extracomment>The Directus flow that checks the SMS code.</extracomment>
        <translation>Flux de &amp;vérification</translation>
    </message>
    <message>
        <source>Verification flow, the flow that checks the code</source>
        <translation>Flux de vérification, le flux qui vérifie le code</translation>
    </message>
    <message>
        <source>Tip: paste a flow&apos;s trigger URL from the Directus app (the flow&apos;s webhook trigger); the server is filled in for you.</source>
        <translation>Astuce : collez l&apos;URL de déclenchement d&apos;un flux depuis l&apos;application Directus (le déclencheur webhook du flux) ; le serveur est rempli automatiquement.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Asks the server whether it is a Directus server that answers.</source>
        <translation>Demande au serveur s&apos;il s&apos;agit d&apos;un serveur Directus qui répond.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <extracomment>Tooltip of a field the system administrator has fixed.</extracomment>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>This trigger URL is on %1, not on %2. Use the flows of the same server.</source>
        <extracomment>%1 is the server named by the pasted trigger URL, %2 the one in the Server field.</extracomment>
        <translation>Cette URL de déclenchement est sur %1, pas sur %2. Utilisez les flux du même serveur.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1. Check that the folder exists and can be written.</source>
        <extracomment>%1 is the configuration file.</extracomment>
        <translation>Les réglages n&apos;ont pas pu être enregistrés dans %1. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <extracomment>%1 is the server address.</extracomment>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms.</source>
        <translation>
            <numerusform>Connecté : %1 a répondu en %n ms.</numerusform>
            <numerusform>Connecté : %1 a répondu en %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sign-in flow…</source>
        <extracomment>Test connection, after the server answered.</extracomment>
        <translation>Vérification du flux de connexion…</translation>
    </message>
    <message>
        <source>Checking the verification flow…</source>
        <translation>Vérification du flux de vérification…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 answered in %n ms, and both flows answer.</source>
        <translation>
            <numerusform>Connecté : %1 a répondu en %n ms, et les deux flux répondent.</numerusform>
            <numerusform>Connecté : %1 a répondu en %n ms, et les deux flux répondent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>memory, for this session only</source>
        <translation>mémoire, pour cette session uniquement</translation>
    </message>
    <message numerus="yes">
        <source>A code was just sent to this number. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>Un code vient d&apos;être envoyé à ce numéro. Vous pourrez en demander un nouveau dans %n seconde.</numerusform>
            <numerusform>Un code vient d&apos;être envoyé à ce numéro. Vous pourrez en demander un nouveau dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is too short: it has %1 to %2 digits.</source>
        <translation>Le code est trop court : il comporte de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The code is too long: it has %1 to %2 digits.</source>
        <translation>Le code est trop long : il comporte de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The server issued a token that it does not accept itself, so it was not stored. Tell the server&apos;s administrator; the details say what to fix.</source>
        <translation>Le serveur a émis un jeton qu&apos;il n&apos;accepte pas lui-même ; il n&apos;a donc pas été enregistré. Prévenez l&apos;administrateur du serveur ; les détails indiquent quoi corriger.</translation>
    </message>
    <message>
        <source>GET /users/me refused the token the verification flow returned: the &quot;Update User Account&quot; operation did not save it as the user&apos;s token (wrong filter, or it writes another value than it returns).</source>
        <translation>GET /users/me a refusé le jeton renvoyé par le flux de vérification : l&apos;opération « Update User Account » ne l&apos;a pas enregistré comme jeton de l&apos;utilisateur (filtre erroné, ou elle écrit une autre valeur que celle qu&apos;elle renvoie).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused more codes for this number for now. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur refuse pour l&apos;instant d&apos;autres codes pour ce numéro. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur refuse pour l&apos;instant d&apos;autres codes pour ce numéro. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code was right, but your account may not read its own user on this server (GET /users/me answers 403), so the sign-in cannot be checked and was not saved. Ask the server&apos;s administrator to let your role read its own user.</source>
        <translation>Votre code était correct, mais votre compte ne peut pas lire son propre utilisateur sur ce serveur (GET /users/me répond 403) : la connexion ne peut pas être vérifiée et n&apos;a pas été enregistrée. Demandez à l&apos;administrateur du serveur d&apos;autoriser votre rôle à lire son propre utilisateur.</translation>
    </message>
    <message>
        <source>Your code was right, but the server could not say who you are, so nothing was saved. %1</source>
        <translation>Votre code était correct, mais le serveur n&apos;a pas pu dire qui vous êtes : rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server opened a session for this sign-in and refused it at once, so nothing was stored. Tell the server&apos;s administrator; the details say what happened.</source>
        <translation>Le serveur a ouvert une session pour cette connexion et l’a refusée aussitôt ; rien n’a donc été enregistré. Prévenez l’administrateur du serveur ; les détails disent ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Your code was right, but the sign-in could not be completed, so nothing was saved. %1</source>
        <translation>Votre code était correct, mais la connexion n’a pas pu aboutir ; rien n’a donc été enregistré. %1</translation>
    </message>
    <message>
        <source>You were signed out of this server (in another window or command). Sign in again.</source>
        <translation>Vous avez été déconnecté de ce serveur (dans une autre fenêtre ou commande). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1</source>
        <translation>La connexion n’a pas pu être renouvelée : %1</translation>
    </message>
    <message>
        <source>The sign-in was renewed, but the keychain did not keep the new token, and the old one no longer works: this sign-in is lost. %1 Then sign in again.</source>
        <translation>La connexion a été renouvelée, mais le trousseau n’a pas gardé le nouveau jeton, et l’ancien ne fonctionne plus : cette connexion est perdue. %1 Reconnectez-vous ensuite.</translation>
    </message>
    <message>
        <source>A call can be asked for only once a code was sent by SMS to this number. Ask for the SMS first.</source>
        <translation>Un appel ne peut être demandé qu’une fois un code envoyé par SMS à ce numéro. Demandez d’abord le SMS.</translation>
    </message>
</context>
<context>
    <name>SignInWizard</name>
    <message>
        <source>Directus Login (demo)</source>
        <extracomment>The window title.</extracomment>
        <translation>Directus Login (démo)</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the window once signed in.</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the window (and stops whatever it was waiting for).</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Close Directus Login</source>
        <translation>Fermer Directus Login</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>A small badge in the corner of the window in demo mode.</extracomment>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Demo mode: an offline demo server, no real SMS</source>
        <translation>Mode démo : un serveur de démonstration hors ligne, aucun vrai SMS</translation>
    </message>
    <message>
        <source>You are signed out. The stored sign-in was removed.</source>
        <extracomment>On the phone page after Sign out.</extracomment>
        <translation>Vous êtes déconnecté. La connexion enregistrée a été supprimée.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>&amp;Network Log…</source>
        <extracomment>Tools menu: opens the list of every request of this run.</extracomment>
        <translation>&amp;Journal réseau…</translation>
    </message>
    <message>
        <source>Every request of this run, secrets masked</source>
        <translation>Toutes les requêtes de cette exécution, secrets masqués</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <extracomment>Tools menu: writes one text file for a bug report.</extracomment>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>One file with the masked log, the versions, the settings and the last error</source>
        <translation>Un fichier avec le journal masqué, les versions, les réglages et la dernière erreur</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Tools menu: the submenu that lists the profiles (servers).</extracomment>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;About Directus Login…</source>
        <extracomment>Tools menu: versions of the program and its libraries.</extracomment>
        <translation>À p&amp;ropos de Directus Login…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>The button at the left of the button row that opens the Tools menu.</extracomment>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Network log, diagnostic report, profiles and version</source>
        <translation>Journal réseau, rapport de diagnostic, profils et version</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <extracomment>A profile in the Profile menu marked as production. %1 is its name and server.</extracomment>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Demo mode uses its own server.</source>
        <translation>Le mode démo utilise son propre serveur.</translation>
    </message>
    <message>
        <source>The administrator has fixed the profile.</source>
        <translation>L&apos;administrateur a fixé le profil.</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <extracomment>Title of the file dialog for the diagnostic report.</extracomment>
        <translation>Enregistrer le rapport de diagnostic</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the report&apos;s save dialog.</extracomment>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <extracomment>Title when the diagnostic report could not be written.</extracomment>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Report Saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <extracomment>%1 is the report&apos;s file path.</extracomment>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Codes, tokens and credentials in it are masked. Read it before you send it: it contains the server&apos;s address and the requests&apos; URLs.</source>
        <translation>Les codes, jetons et identifiants qu&apos;il contient sont masqués. Relisez-le avant de l&apos;envoyer : il contient l&apos;adresse du serveur et les URL des requêtes.</translation>
    </message>
    <message>
        <source>About Directus Login</source>
        <extracomment>Title of the About box.</extracomment>
        <translation>À propos de Directus Login</translation>
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
        <translation>Vous connecte à un serveur Directus avec votre numéro de téléphone et un code envoyé par SMS.

Qt %1 (compilé avec %2)
QtKeychain 0.13 ou ultérieur
Les jetons sont conservés ici : %3</translation>
    </message>
    <message>
        <source>Stop Signing In?</source>
        <extracomment>Title of the question asked when the window is closed in the middle of a sign-in.</extracomment>
        <translation>Arrêter la connexion ?</translation>
    </message>
    <message>
        <source>Stop signing in?</source>
        <translation>Arrêter la connexion ?</translation>
    </message>
    <message>
        <source>The code sent to %1 will not be used. To sign in later you will ask for a new one.</source>
        <translation>Le code envoyé au %1 ne sera pas utilisé. Pour vous connecter plus tard, vous en demanderez un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Keep Signing In</source>
        <extracomment>In the question before closing mid-sign-in: the safe answer, the default.</extracomment>
        <translation>&amp;Continuer la connexion</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <extracomment>In the question before closing mid-sign-in: closes the window.</extracomment>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>Directus Login and other programs can now use this sign-in.</source>
        <translation>Directus Login et d&apos;autres programmes peuvent maintenant utiliser cette connexion.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Stored</source>
        <extracomment>Caption of the line that says where the sign-in (the token) is stored.</extracomment>
        <translation>Conservée dans</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Removes the stored sign-in from this computer.</source>
        <translation>Supprime la connexion enregistrée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <extracomment>Signed in, but the server shows only the user&apos;s id.</extracomment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The server does not show who you are.</source>
        <translation>Le serveur n&apos;indique pas qui vous êtes.</translation>
    </message>
    <message>
        <source>User id %1 (the server shows no name or e-mail)</source>
        <translation>Identifiant utilisateur %1 (le serveur n&apos;indique ni nom ni adresse e-mail)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1.</source>
        <extracomment>Completed by where the token is: &quot;the system keychain (Secret Service)&quot;, &quot;memory, for this session only&quot;.</extracomment>
        <translation>Votre connexion est conservée ici : %1.</translation>
    </message>
    <message>
        <source>You will be signed out when you close Directus Login.</source>
        <translation>Vous serez déconnecté à la fermeture de Directus Login.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <extracomment>While the token is removed from the keychain.</extracomment>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>You can use Directus Login now. The sign-in is not saved, so other programs cannot use it.</source>
        <extracomment>The signed-in page&apos;s subtitle when the sign-in is kept in memory only.</extracomment>
        <translation>Vous pouvez utiliser Directus Login maintenant. La connexion n&apos;est pas enregistrée : les autres programmes ne peuvent pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>It is a session of this device (%1) on the server, renewed whenever it is used; unused, it ends %2.</source>
        <extracomment>On the signed-in page, after &quot;Your sign-in is kept in …&quot;. %1 is this device&apos;s name as the server knows it, %2 a date and time.</extracomment>
        <translation>C’est une session de cet appareil (%1) sur le serveur, renouvelée à chaque utilisation ; inutilisée, elle prend fin %2.</translation>
    </message>
</context>
<context>
    <name>SmsBanner</name>
    <message>
        <source>Use code</source>
        <extracomment>Demo mode: puts the code from the simulated SMS into the code field.</extracomment>
        <translation>Utiliser le code</translation>
    </message>
    <message>
        <source>Use the code from the demo SMS</source>
        <translation>Utiliser le code du SMS de démo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the demo SMS</source>
        <translation>Ignorer le SMS de démo</translation>
    </message>
    <message>
        <source>Demo SMS</source>
        <translation>SMS de démo</translation>
    </message>
    <message>
        <source>Demo SMS to %1 · now</source>
        <extracomment>Demo mode: the header of the simulated SMS notification. %1 is the phone number it was sent to; &quot;now&quot; is when it arrived.</extracomment>
        <translation>SMS de démo au %1 · maintenant</translation>
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
        <translation>Le trousseau du système n&apos;est pas disponible. Réessayez, ou conservez la connexion pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No keychain is available. Install and start gnome-keyring or KWallet and try again, or keep the sign-in for this session only.</source>
        <extracomment>No Secret Service (gnome-keyring, KWallet) is running on this Linux desktop.</extracomment>
        <translation>Aucun trousseau n&apos;est disponible. Installez et démarrez gnome-keyring ou KWallet puis réessayez, ou conservez la connexion pour cette session uniquement.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>trousseau du système (Secret Service)</translation>
    </message>
    <message>
        <source>No token is stored for this server.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce serveur.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Directus Login to use it when asked, then try again.</source>
        <extracomment>The person (or the system on their behalf) refused access to the keychain.</extracomment>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Directus Login à l&apos;utiliser quand cela vous est demandé, puis réessayez.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example by signing in to your desktop session) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en ouvrant votre session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Check that it is running and unlocked, then try again; the details say what went wrong.</source>
        <extracomment>The keychain answered with an error we do not know; the details show it.</extracomment>
        <translation>Le trousseau n&apos;a pas pu être utilisé. Vérifiez qu&apos;il fonctionne et qu&apos;il est déverrouillé, puis réessayez ; les détails indiquent ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it is asking for a password, unlock it and try again.</source>
        <extracomment>The keychain may be showing a password prompt somewhere.</extracomment>
        <translation>Le trousseau n&apos;a pas répondu à temps. S&apos;il demande un mot de passe, déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;.</extracomment>
        <translation>mémoire, pour cette session uniquement</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be read.</source>
        <translation>Le fichier de connexion %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The sign-in file %1 is damaged. Delete it and sign in again.</source>
        <translation>Le fichier de connexion %1 est endommagé. Supprimez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in file %1 could not be written.</source>
        <translation>Le fichier de connexion %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>a file, not the keychain: %1</source>
        <extracomment>Where the token is kept, completes &quot;Your sign-in is kept in …&quot;. %1 is the file.</extracomment>
        <translation>un fichier, pas le trousseau : %1</translation>
    </message>
    <message>
        <source>Stored in a file, not in the keychain: anyone who can read your files can use this sign-in. &quot;directus-login logout&quot; removes it.</source>
        <extracomment>Said by status and sign-in each time the sign-in is kept with --insecure-storage.</extracomment>
        <translation>Enregistrée dans un fichier, pas dans le trousseau : quiconque peut lire vos fichiers peut utiliser cette connexion. « directus-login logout » la supprime.</translation>
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
        <translation>Vous connecte à un serveur Directus avec votre numéro de téléphone et un code SMS, et conserve le jeton dans le trousseau du système.

Sans commande, ouvre la fenêtre de connexion. Commandes :
  request-code --phone NUMBER [--country CC]  envoyer un code ; affiche la session
  verify --session UUID --code CODE           vérifier le code, enregistrer le jeton
  sign-in --phone NUMBER [--country CC]       les deux, en demandant le code
  status                                      qui est connecté (code 4 si personne)
  token                                       afficher le jeton enregistré (code 4 s&apos;il n&apos;y en a pas)
  logout                                      supprimer le jeton enregistré
  api [-X METHOD] PATH [--data JSON]          une requête authentifiée
  provision --server URL --admin-token TOKEN  installer les flux sur un serveur Directus
  kiosk-pin                                   calculer l&apos;empreinte du code PIN administrateur du kiosque

Codes de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation, 4 authentification nécessaire ou refusée.
Environnement : DIRECTUS_URL, DIRECTUS_LOGIN_FLOW, DIRECTUS_VERIFY_FLOW, DIRECTUS_TOKEN.</translation>
    </message>
    <message>
        <source>Directus Login</source>
        <translation>Directus Login</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, locked, token in memory only.</source>
        <translation>Mode kiosque : plein écran, verrouillé, jeton en mémoire uniquement.</translation>
    </message>
    <message>
        <source>A command (see above); none opens the window.</source>
        <translation>Une commande (voir ci-dessus) ; sans commande, la fenêtre s&apos;ouvre.</translation>
    </message>
    <message>
        <source>directus-login: no translation for &quot;%1&quot;; available: %2
</source>
        <translation>directus-login : aucune traduction pour « %1 » ; disponibles : %2
</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (ar, de, en, es, fr, pt_BR).</source>
        <translation>Utiliser cette langue au lieu de celle du système (ar, de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>directus-login: kiosk mode needs an administrator PIN, or nobody could leave the kiosk. Run &quot;directus-login kiosk-pin&quot; and put the KioskPinHash=… line it prints into the system configuration (%1).
</source>
        <translation>directus-login : le mode kiosque nécessite un code PIN administrateur, sinon personne ne pourrait quitter le kiosque. Lancez « directus-login kiosk-pin » et mettez la ligne KioskPinHash=… qu&apos;il affiche dans la configuration système (%1).
</translation>
    </message>
    <message>
        <source>Kiosk: run this command after sign-in, with DIRECTUS_URL in its environment and the sign-in as one JSON line on its standard input.</source>
        <translation>Kiosque : lancer cette commande après la connexion, avec DIRECTUS_URL dans son environnement et la connexion en une ligne JSON sur son entrée standard.</translation>
    </message>
    <message>
        <source>memory only (demo: not saved)</source>
        <extracomment>Where the demo&apos;s sign-in is kept (the signed-in page, status): nowhere that lasts.</extracomment>
        <translation>la mémoire seulement (démo : non enregistré)</translation>
    </message>
    <message>
        <source>nowhere: it was printed once</source>
        <extracomment>Where the sign-in is kept with --print-token.</extracomment>
        <translation>nulle part : il a été affiché une fois</translation>
    </message>
</context>
</TS>
