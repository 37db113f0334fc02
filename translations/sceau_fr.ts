<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Sceau::Audit</name>
    <message>
        <source>Could not look up %1 %2</source>
        <extracomment>%1 is a DNS name, %2 a record type (TXT, MX…)</extracomment>
        <translation>Échec de la requête DNS pour %1 %2</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 (%2) failed: %3 (%4). The checks that need this answer could not be made; this says nothing about whether the record exists.</source>
        <extracomment>%1 name, %2 type, %3 the failure (timeout, servfail…), %4 technical detail</extracomment>
        <translation>La requête DNS pour %1 (%2) a échoué : %3 (%4). Les vérifications qui dépendent de cette réponse n&apos;ont pas pu être effectuées ; cela ne dit rien de l&apos;existence de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Check the resolver settings and the network, then check again. If it persists, the domain&apos;s nameservers may be failing.</source>
        <translation>Vérifiez les paramètres du résolveur et le réseau, puis relancez la vérification. Si le problème persiste, les serveurs de noms du domaine sont peut-être défaillants.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist</source>
        <translation>Le domaine %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The DNS answers that %1 does not exist (NXDOMAIN).</source>
        <translation>Le DNS répond que %1 n&apos;existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Check the spelling of the domain, and that it is delegated.</source>
        <translation>Vérifiez l&apos;orthographe du domaine, et qu&apos;il est bien délégué.</translation>
    </message>
    <message>
        <source>SPF record published</source>
        <translation>Enregistrement SPF publié</translation>
    </message>
    <message>
        <source>%1 publishes: %2</source>
        <extracomment>%1 is the domain, %2 the SPF record</extracomment>
        <translation>%1 publie : %2</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>Aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 has no TXT record beginning with “v=spf1”. Receivers cannot tell which servers may send mail for it, and SPF evaluates to “none”.</source>
        <translation>%1 n&apos;a aucun enregistrement TXT commençant par “v=spf1”. Les serveurs destinataires ne peuvent pas savoir quels serveurs sont autorisés à envoyer du courrier pour ce domaine, et l&apos;évaluation SPF donne “none”.</translation>
    </message>
    <message>
        <source>Publish one SPF record listing your senders, ending with “-all” or “~all”; the SPF wizard builds it.</source>
        <translation>Publiez un seul enregistrement SPF qui liste vos expéditeurs et se termine par “-all” ou “~all” ; l&apos;assistant SPF le construit pour vous.</translation>
    </message>
    <message>
        <source>Several SPF records</source>
        <translation>Plusieurs enregistrements SPF</translation>
    </message>
    <message>
        <source>%1 has %2 TXT records beginning with “v=spf1”. Receivers must then return “permerror”: SPF fails for every message.</source>
        <extracomment>%1 domain, %2 number of records</extracomment>
        <translation>%1 a %2 enregistrements TXT commençant par “v=spf1”. Les serveurs destinataires doivent alors renvoyer “permerror” : SPF échoue pour tous les messages.</translation>
    </message>
    <message>
        <source>Merge them into a single record and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement et supprimez les autres.</translation>
    </message>
    <message>
        <source>DMARC record published</source>
        <translation>Enregistrement DMARC publié</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Aucun enregistrement DMARC</translation>
    </message>
    <message>
        <source>%1 has no TXT record beginning with “v=DMARC1”. Receivers apply no DMARC policy to mail using this domain, and you get no reports.</source>
        <translation>%1 n&apos;a aucun enregistrement TXT commençant par “v=DMARC1”. Les serveurs destinataires n&apos;appliquent aucune politique DMARC au courrier qui utilise ce domaine, et vous ne recevez aucun rapport.</translation>
    </message>
    <message>
        <source>Publish a DMARC record, starting with “p=none” and a “rua=” address to collect reports, then move to “p=quarantine” or “p=reject”.</source>
        <translation>Publiez un enregistrement DMARC, en commençant par “p=none” avec une adresse “rua=” pour recevoir les rapports, puis passez à “p=quarantine” ou “p=reject”.</translation>
    </message>
    <message>
        <source>Several DMARC records</source>
        <translation>Plusieurs enregistrements DMARC</translation>
    </message>
    <message>
        <source>%1 has %2 TXT records beginning with “v=DMARC1”. Receivers then ignore DMARC for this domain entirely.</source>
        <translation>%1 a %2 enregistrements TXT commençant par “v=DMARC1”. Les serveurs destinataires ignorent alors complètement DMARC pour ce domaine.</translation>
    </message>
    <message>
        <source>Keep exactly one DMARC record.</source>
        <translation>Ne conservez qu&apos;un seul enregistrement DMARC.</translation>
    </message>
    <message>
        <source>Mail exchangers published</source>
        <translation>Serveurs de messagerie (MX) publiés</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX record(s).</source>
        <extracomment>%1 domain, %2 number of MX records</extracomment>
        <translation>
            <numerusform>%1 a %n enregistrement MX.</numerusform>
            <numerusform>%1 a %n enregistrements MX.</numerusform>
        </translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Aucun enregistrement MX</translation>
    </message>
    <message>
        <source>%1 has no MX record. Senders fall back to its address records, which is rarely intended.</source>
        <translation>%1 n&apos;a aucun enregistrement MX. Les expéditeurs se rabattent alors sur ses enregistrements d&apos;adresse, ce qui est rarement voulu.</translation>
    </message>
    <message>
        <source>Publish MX records for the servers that receive mail, or a null MX (“MX 0 .”) if the domain receives no mail.</source>
        <translation>Publiez des enregistrements MX pour les serveurs qui reçoivent le courrier, ou un MX nul (“MX 0 .”) si le domaine ne reçoit aucun courrier.</translation>
    </message>
    <message>
        <source>Null MX: the domain accepts no mail</source>
        <translation>MX nul : le domaine n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“MX 0 .”): it declares that it receives no mail.</source>
        <translation>%1 publie un MX nul (“MX 0 .”) : il déclare ne recevoir aucun courrier.</translation>
    </message>
    <message>
        <source>Nothing to do if the domain really receives no mail. It should also publish “v=spf1 -all” and a DMARC “p=reject” policy.</source>
        <translation>Rien à faire si le domaine ne reçoit réellement aucun courrier. Il devrait aussi publier “v=spf1 -all” et une politique DMARC “p=reject”.</translation>
    </message>
    <message>
        <source>Null MX mixed with other MX records</source>
        <translation>MX nul mélangé à d&apos;autres enregistrements MX</translation>
    </message>
    <message>
        <source>%1 publishes a null MX together with other MX records; a null MX must be the only one.</source>
        <translation>%1 publie un MX nul en même temps que d&apos;autres enregistrements MX ; un MX nul doit être le seul enregistrement MX.</translation>
    </message>
    <message>
        <source>Remove either the null MX or the other MX records.</source>
        <translation>Supprimez soit le MX nul, soit les autres enregistrements MX.</translation>
    </message>
    <message>
        <source>Mail exchanger without an address</source>
        <translation>Serveur de messagerie (MX) sans adresse</translation>
    </message>
    <message>
        <source>The MX host %1 of %2 has neither an A nor an AAAA record: mail cannot be delivered to it.</source>
        <extracomment>%1 the MX host name, %2 the domain</extracomment>
        <translation>L&apos;hôte MX %1 de %2 n&apos;a ni enregistrement A ni enregistrement AAAA : le courrier ne peut pas lui être remis.</translation>
    </message>
    <message>
        <source>Publish the address of the mail server, or fix the MX record.</source>
        <translation>Publiez l&apos;adresse du serveur de messagerie, ou corrigez l&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>DKIM key published for selector %1</source>
        <translation>Clé DKIM publiée pour le sélecteur %1</translation>
    </message>
    <message>
        <source>A key record exists at %1.</source>
        <translation>Un enregistrement de clé existe sous %1.</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Aucune clé DKIM pour le sélecteur %1</translation>
    </message>
    <message>
        <source>Nothing is published at %1: signatures made with this selector cannot be verified.</source>
        <translation>Rien n&apos;est publié sous %1 : les signatures faites avec ce sélecteur ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>Publish the selector&apos;s public key, or check the selector&apos;s spelling.</source>
        <translation>Publiez la clé publique du sélecteur, ou vérifiez l&apos;orthographe du sélecteur.</translation>
    </message>
</context>
<context>
    <name>Sceau::Cli</name>
    <message>
        <source>ok</source>
        <extracomment>short label before a check that passed (CLI text output)</extracomment>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Audit each domain&apos;s SPF, DMARC, MX and DKIM selectors.</source>
        <translation>Auditer SPF, DMARC, MX et les sélecteurs DKIM de chaque domaine.</translation>
    </message>
    <message>
        <source>DKIM selector to check (repeatable).</source>
        <translation>Sélecteur DKIM à vérifier (répétable).</translation>
    </message>
    <message>
        <source>Read more domains from this file, one per line (# starts a comment).</source>
        <translation>Lire d&apos;autres domaines dans ce fichier, un par ligne (# introduit un commentaire).</translation>
    </message>
    <message>
        <source>%1 — score %2/100</source>
        <extracomment>%1 domain, %2 score out of 100</extracomment>
        <translation>%1 — score %2/100</translation>
    </message>
    <message numerus="yes">
        <source>  %n lookup(s) failed: some checks could not be made.</source>
        <translation>
            <numerusform>  %n requête DNS a échoué : certaines vérifications n&apos;ont pas pu être effectuées.</numerusform>
            <numerusform>  %n requêtes DNS ont échoué : certaines vérifications n&apos;ont pas pu être effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>check: give at least one domain</source>
        <translation>check : indiquez au moins un domaine</translation>
    </message>
    <message>
        <source>--selector: %1</source>
        <translation>--selector : %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1” : %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Ask one DNS question and show the answer, the status, UDP or TCP, and the time taken.</source>
        <translation>Poser une question DNS et afficher la réponse, le statut, UDP ou TCP, et la durée.</translation>
    </message>
    <message>
        <source>dns query: expected NAME TYPE</source>
        <translation>dns query : NAME TYPE attendus</translation>
    </message>
    <message>
        <source>“%1” is not a DNS record type</source>
        <translation>“%1” n&apos;est pas un type d&apos;enregistrement DNS</translation>
    </message>
    <message>
        <source>;; status: %1, rcode: %2, over %3 from %4 in %5 ms</source>
        <extracomment>drill-like header: %1 status token, %2 rcode number, %3 UDP or TCP, %4 server, %5 milliseconds</extracomment>
        <translation>;; status : %1, rcode : %2, via %3 depuis %4 en %5 ms</translation>
    </message>
    <message>
        <source>ANSWER SECTION:</source>
        <translation>SECTION RÉPONSE :</translation>
    </message>
    <message>
        <source>Query this nameserver (repeatable); default: the system resolver.</source>
        <translation>Interroger ce serveur de noms (répétable) ; par défaut : le résolveur du système.</translation>
    </message>
    <message>
        <source>Answer names inside this zone file from it (repeatable).</source>
        <translation>Répondre à partir de ce fichier de zone pour les noms qu&apos;il contient (répétable).</translation>
    </message>
    <message>
        <source>Answer only from the zone files; every other name does not exist.</source>
        <translation>Répondre uniquement à partir des fichiers de zone ; tout autre nom est considéré comme inexistant.</translation>
    </message>
    <message>
        <source>Time to wait for each DNS answer, in milliseconds (default 2000).</source>
        <translation>Délai d&apos;attente de chaque réponse DNS, en millisecondes (2000 par défaut).</translation>
    </message>
    <message>
        <source>Write JSON on standard output (one object per line).</source>
        <translation>Écrire du JSON sur la sortie standard (un objet par ligne).</translation>
    </message>
    <message>
        <source>Language of messages: en or fr (default: the system&apos;s).</source>
        <translation>Langue des messages : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>--nameserver: %1</source>
        <translation>--nameserver : %1</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a positive number of milliseconds</source>
        <translation>--timeout : “%1” n&apos;est pas un nombre positif de millisecondes</translation>
    </message>
    <message>
        <source>--lang: “%1” is not one of en, fr</source>
        <translation>--lang : “%1” n&apos;est ni en ni fr</translation>
    </message>
    <message>
        <source>Try “sceau-cli --help”.</source>
        <translation>Essayez “sceau-cli --help”.</translation>
    </message>
    <message>
        <source>Sceau: email sender security checks.</source>
        <translation>Sceau : vérifications de sécurité des expéditeurs de courriel.</translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation>La commande à exécuter, et ses arguments.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande inconnue “%1”</translation>
    </message>
</context>
<context>
    <name>Sceau::Core</name>
    <message>
        <source>the domain name is empty</source>
        <translation>le nom de domaine est vide</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalized domain name</source>
        <translation>“%1” n&apos;est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>the domain name is longer than 253 characters</source>
        <translation>le nom de domaine dépasse 253 caractères</translation>
    </message>
    <message>
        <source>“%1” contains an empty label</source>
        <translation>“%1” contient une étiquette vide</translation>
    </message>
    <message>
        <source>the label “%1” is longer than 63 characters</source>
        <translation>l&apos;étiquette “%1” dépasse 63 caractères</translation>
    </message>
    <message>
        <source>the label “%1” contains the character “%2”</source>
        <translation>l&apos;étiquette “%1” contient le caractère “%2”</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>L&apos;entrée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The zone file could not be parsed.</source>
        <translation>Le fichier de zone n&apos;a pas pu être analysé.</translation>
    </message>
    <message>
        <source>No DNS server answered in time.</source>
        <translation>Aucun serveur DNS n&apos;a répondu à temps.</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL).</source>
        <translation>Le serveur DNS a signalé un échec (SERVFAIL).</translation>
    </message>
    <message>
        <source>The DNS server refused the query.</source>
        <translation>Le serveur DNS a refusé la requête.</translation>
    </message>
    <message>
        <source>The DNS server could not be reached.</source>
        <translation>Le serveur DNS n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>The DNS answer was malformed.</source>
        <translation>La réponse DNS était malformée.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available.</source>
        <translation>Aucun trousseau de clés (Secret Service) n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was denied.</source>
        <translation>Le trousseau de clés est verrouillé, ou son accès a été refusé.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>Une erreur interne s&apos;est produite.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence describing the error, %2 a technical detail</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Sceau::Dns</name>
    <message>
        <source>“%1”: missing “]”</source>
        <translation>“%1” : “]” manquant</translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after “]”</source>
        <translation>“%1” : “:port” attendu après “]”</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address</source>
        <translation>“%1” n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>“%1” n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>offline mode needs at least one zone file</source>
        <translation>le mode hors ligne nécessite au moins un fichier de zone</translation>
    </message>
    <message>
        <source>the timeout must be a positive number of milliseconds</source>
        <translation>le délai d&apos;attente doit être un nombre positif de millisecondes</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the zone has no SOA record and no origin was given</source>
        <translation>la zone n&apos;a pas d&apos;enregistrement SOA et aucune origine n&apos;a été indiquée</translation>
    </message>
    <message>
        <source>the record owner %1 lies outside the zone %2</source>
        <translation>le nom propriétaire d&apos;enregistrement %1 se trouve hors de la zone %2</translation>
    </message>
    <message>
        <source>the zone %1 is loaded twice</source>
        <translation>la zone %1 est chargée deux fois</translation>
    </message>
</context>
<context>
    <name>Sceau::Gui</name>
    <message>
        <source>Domain to check at start.</source>
        <translation>Domaine à vérifier au démarrage.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::FindingsView</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Select a finding to see what it means and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir ce qu&apos;il signifie et comment le corriger.</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Comment corriger :</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the severity, %2 the finding&apos;s stable id, %3 the RFC section</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MainWindow</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sceau — email sender security</source>
        <translation>Sceau — sécurité des expéditeurs de courriel</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>optional, e.g. selector1, google</source>
        <extracomment>placeholder: DKIM selectors, separated by commas or spaces</extracomment>
        <translation>facultatif, p. ex. selector1, google</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Sélecteurs DKIM :</translation>
    </message>
    <message>
        <source>Type a domain and press Check.</source>
        <translation>Saisissez un domaine et cliquez sur Vérifier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Sceau</source>
        <translation>À &amp;propos de Sceau</translation>
    </message>
    <message>
        <source>DKIM selector: %1</source>
        <translation>Sélecteur DKIM : %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Check canceled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Score: %1/100</source>
        <translation>Score : %1/100</translation>
    </message>
    <message>
        <source>No DNS answer for %1: check the resolver in Settings.</source>
        <translation>Aucune réponse DNS pour %1 : vérifiez le résolveur dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked; %n lookup(s) failed, so some checks could not be made.</source>
        <translation>
            <numerusform>%1 vérifié ; %n requête DNS a échoué, certaines vérifications n&apos;ont donc pas pu être effectuées.</numerusform>
            <numerusform>%1 vérifié ; %n requêtes DNS ont échoué, certaines vérifications n&apos;ont donc pas pu être effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked.</source>
        <translation>%1 vérifié.</translation>
    </message>
    <message>
        <source>About Sceau</source>
        <translation>À propos de Sceau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sceau&lt;/b&gt; %1&lt;br&gt;Email sender security: SPF, DKIM, DMARC and the mail transport of your domains.</source>
        <translation>&lt;b&gt;Sceau&lt;/b&gt; %1&lt;br&gt;Sécurité des expéditeurs de courriel : SPF, DKIM, DMARC et le transport du courrier de vos domaines.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SettingsDialog</name>
    <message>
        <source>&amp;System resolver</source>
        <translation>&amp;Résolveur du système</translation>
    </message>
    <message>
        <source>&amp;These nameservers:</source>
        <translation>&amp;Ces serveurs de noms :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>unit after the DNS timeout value</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>Résolveur DNS</translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation>&amp;Délai d&apos;attente par requête :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when Sceau restarts.</source>
        <translation>Le changement de langue prend effet au redémarrage de Sceau.</translation>
    </message>
    <message>
        <source>Nameserver: %1</source>
        <translation>Serveur de noms : %1</translation>
    </message>
    <message>
        <source>Give at least one nameserver, or choose the system resolver.</source>
        <translation>Indiquez au moins un serveur de noms, ou choisissez le résolveur du système.</translation>
    </message>
</context>
</TS>
