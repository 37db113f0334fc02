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
        <translation>La requête DNS pour %1 (%2) a échoué&#xa0;: %3 (%4). Les vérifications qui dépendent de cette réponse n&apos;ont pas pu être effectuées&#xa0;; cela ne dit rien de l&apos;existence de l&apos;enregistrement.</translation>
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
        <translation>%1 publie&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mail exchangers published</source>
        <translation>Serveurs de messagerie (MX) publiés</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX record(s).</source>
        <extracomment>%1 the domain; %n the number of MX records</extracomment>
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
        <translation>MX nul&#xa0;: le domaine n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“MX 0 .”): it declares that it receives no mail.</source>
        <translation>%1 publie un MX nul (“MX 0 .”)&#xa0;: il déclare ne recevoir aucun courrier.</translation>
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
        <translation>%1 publie un MX nul en même temps que d&apos;autres enregistrements MX&#xa0;; un MX nul doit être le seul enregistrement MX.</translation>
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
        <translation>L&apos;hôte MX %1 de %2 n&apos;a ni enregistrement A ni enregistrement AAAA&#xa0;: le courrier ne peut pas lui être remis.</translation>
    </message>
    <message>
        <source>Publish the address of the mail server, or fix the MX record.</source>
        <translation>Publiez l&apos;adresse du serveur de messagerie, ou corrigez l&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>Malformed null MX</source>
        <translation>MX nul mal formé</translation>
    </message>
    <message>
        <source>%1 publishes “MX %2 .”. A null MX, which declares that the domain receives no mail, is exactly one MX record with preference 0 and the exchange “.”; this record is neither a null MX nor a usable mail server.</source>
        <extracomment>%1 the domain, %2 the MX preference found (a null MX has 0)</extracomment>
        <translation>%1 publie «&#xa0;MX %2 .&#xa0;». Un MX nul, qui déclare que le domaine ne reçoit pas de courrier, est exactement un enregistrement MX de préférence 0 dont l’échangeur est «&#xa0;.&#xa0;»&#xa0;; cet enregistrement n’est ni un MX nul ni un serveur de messagerie utilisable.</translation>
    </message>
    <message>
        <source>If the domain receives no mail, publish “MX 0 .” as its only MX record; otherwise name the mail server in the MX record.</source>
        <translation>Si le domaine ne reçoit pas de courrier, publiez «&#xa0;MX 0 .&#xa0;» comme unique enregistrement MX&#xa0;; sinon, nommez le serveur de messagerie dans l’enregistrement MX.</translation>
    </message>
    <message>
        <source>Mail exchanger written as an IP address</source>
        <translation>Échangeur de courrier écrit comme une adresse IP</translation>
    </message>
    <message>
        <source>The MX record of %2 names “%1”, an address. The exchange of an MX record must be a host name: senders look “%1” up as a name, find nothing, and may not deliver the mail.</source>
        <extracomment>%1 the MX exchange as published (an IP address), %2 the domain</extracomment>
        <translation>L’enregistrement MX de %2 désigne «&#xa0;%1&#xa0;», une adresse. L’échangeur d’un enregistrement MX doit être un nom d’hôte&#xa0;: les expéditeurs cherchent «&#xa0;%1&#xa0;» comme un nom, ne trouvent rien et risquent de ne pas distribuer le courrier.</translation>
    </message>
    <message>
        <source>Publish a host name with an A or AAAA record for this address, and put that name in the MX record.</source>
        <translation>Publiez un nom d’hôte avec un enregistrement A ou AAAA pour cette adresse, et mettez ce nom dans l’enregistrement MX.</translation>
    </message>
    <message>
        <source>Mail exchanger is an alias</source>
        <translation>L’échangeur de courrier est un alias</translation>
    </message>
    <message>
        <source>The MX host %1 of %2 is an alias (CNAME) of %3. The exchange of an MX record must not be an alias; some senders refuse or mishandle it.</source>
        <extracomment>%1 the MX host name, %2 the domain, %3 the name the alias points to</extracomment>
        <translation>L’hôte MX %1 de %2 est un alias (CNAME) de %3. L’échangeur d’un enregistrement MX ne doit pas être un alias&#xa0;; certains expéditeurs le refusent ou le traitent mal.</translation>
    </message>
    <message>
        <source>Put the canonical name (%1) in the MX record instead of the alias.</source>
        <translation>Mettez le nom canonique (%1) dans l’enregistrement MX à la place de l’alias.</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>Transport</source>
        <extracomment>the area: STARTTLS of the MX servers, MTA-STS, TLS-RPT, DANE</extracomment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation>Domaine introuvable</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <translation>aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 SPF records</source>
        <extracomment>%1 the number of v=spf1 records (two or more)</extracomment>
        <translation>%1 enregistrements SPF</translation>
    </message>
    <message>
        <source>ends with %1</source>
        <extracomment>%1 the SPF record&apos;s last term, e.g. &quot;-all&quot;</extracomment>
        <translation>se termine par %1</translation>
    </message>
    <message>
        <source>%1/10 DNS lookups</source>
        <extracomment>%1 DNS-querying terms of the SPF record and its includes; 10 is the RFC 7208 limit</extracomment>
        <translation>%1/10 requêtes DNS</translation>
    </message>
    <message>
        <source>common selectors probed: %1</source>
        <extracomment>%1 how many DKIM selectors were looked up</extracomment>
        <translation>sélecteurs courants sondés&#xa0;: %1</translation>
    </message>
    <message>
        <source>key at %1</source>
        <extracomment>%1 DKIM selectors, comma-separated</extracomment>
        <translation>clé sur %1</translation>
    </message>
    <message>
        <source>no key found: DKIM not assessed (give the selector)</source>
        <translation>aucune clé trouvée&#xa0;: DKIM non évalué (indiquez le sélecteur)</translation>
    </message>
    <message>
        <source>selector lookups failed: %1</source>
        <extracomment>%1 how many DKIM selector lookups failed</extracomment>
        <translation>requêtes de sélecteur en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>policy could not be determined</source>
        <translation>politique impossible à déterminer</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <translation>aucune politique DMARC</translation>
    </message>
    <message>
        <source>inherited from %1</source>
        <extracomment>%1 the domain whose DMARC record applies</extracomment>
        <translation>héritée de %1</translation>
    </message>
    <message>
        <source>no aggregate reports</source>
        <translation>aucun rapport agrégé</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <extracomment>%1 the addresses the aggregate reports go to, comma-separated</extracomment>
        <translation>rapports vers %1</translation>
    </message>
    <message>
        <source>null MX: receives no mail</source>
        <translation>MX nul&#xa0;: ne reçoit aucun courrier</translation>
    </message>
    <message>
        <source>no MX</source>
        <translation>aucun MX</translation>
    </message>
    <message>
        <source>%1 MX</source>
        <extracomment>%1 how many MX records</extracomment>
        <translation>%1 MX</translation>
    </message>
    <message>
        <source>%1 MX, all STARTTLS</source>
        <extracomment>%1 how many MX hosts were probed</extracomment>
        <translation>%1 MX, tous en STARTTLS</translation>
    </message>
    <message>
        <source>%1 of %2 MX without STARTTLS</source>
        <extracomment>%1 MX hosts without STARTTLS, %2 MX hosts probed</extracomment>
        <translation>%1 MX sur %2 sans STARTTLS</translation>
    </message>
    <message>
        <source>TLS %1/100</source>
        <extracomment>%1 the transport score out of 100, weighed by MX preference</extracomment>
        <translation>TLS %1/100</translation>
    </message>
    <message>
        <source>MTA-STS %1</source>
        <extracomment>%1 the MTA-STS mode: enforce, testing or none</extracomment>
        <translation>MTA-STS %1</translation>
    </message>
    <message>
        <source>no MTA-STS</source>
        <translation>pas de MTA-STS</translation>
    </message>
    <message>
        <source>TLS-RPT published</source>
        <translation>TLS-RPT publié</translation>
    </message>
    <message>
        <source>no TLS-RPT</source>
        <translation>pas de TLS-RPT</translation>
    </message>
    <message>
        <source>DANE matches</source>
        <translation>DANE correspond</translation>
    </message>
    <message>
        <source>no DANE</source>
        <translation>pas de DANE</translation>
    </message>
    <message>
        <source>signed and validated</source>
        <translation>signé et validé</translation>
    </message>
    <message>
        <source>signatures do not validate</source>
        <translation>les signatures ne sont pas valides</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>DMARC moved from %1 to %2</source>
        <extracomment>%1 and %2 DMARC policy tokens (none, quarantine, reject), never translated</extracomment>
        <translation>DMARC est passé de %1 à %2</translation>
    </message>
    <message>
        <source>A DMARC policy is now published (%1)</source>
        <extracomment>%1 a DMARC policy token (none, quarantine, reject)</extracomment>
        <translation>Une politique DMARC est désormais publiée (%1)</translation>
    </message>
    <message>
        <source>The DMARC policy is gone (it was %1)</source>
        <extracomment>%1 a DMARC policy token (none, quarantine, reject)</extracomment>
        <translation>La politique DMARC a disparu (elle était %1)</translation>
    </message>
    <message>
        <source>SPF record changed: %1 → %2</source>
        <extracomment>%1 the old SPF record, %2 the new one</extracomment>
        <translation>Enregistrement SPF modifié&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>SPF record published: %1</source>
        <translation>Enregistrement SPF publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>SPF record removed (it was %1)</source>
        <translation>Enregistrement SPF supprimé (il était %1)</translation>
    </message>
    <message>
        <source>New MX %1</source>
        <translation>Nouveau MX %1</translation>
    </message>
    <message>
        <source>New MX %1 without STARTTLS</source>
        <translation>Nouveau MX %1 sans STARTTLS</translation>
    </message>
    <message>
        <source>MX %1 removed</source>
        <translation>MX %1 supprimé</translation>
    </message>
    <message>
        <source>MX %1 no longer offers STARTTLS</source>
        <translation>Le MX %1 ne propose plus STARTTLS</translation>
    </message>
    <message>
        <source>MX %1 now offers STARTTLS</source>
        <translation>Le MX %1 propose désormais STARTTLS</translation>
    </message>
    <message>
        <source>DKIM key %1 revoked</source>
        <extracomment>%1 a DKIM selector; revoked: its record has an empty p=</extracomment>
        <translation>Clé DKIM %1 révoquée</translation>
    </message>
    <message>
        <source>DKIM key %1 published</source>
        <translation>Clé DKIM %1 publiée</translation>
    </message>
    <message>
        <source>DKIM key %1 no longer published</source>
        <translation>La clé DKIM %1 n’est plus publiée</translation>
    </message>
    <message>
        <source>DKIM key %1 changed</source>
        <translation>Clé DKIM %1 modifiée</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>%1 the title of a finding</extracomment>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <extracomment>%1 the title of a finding</extracomment>
        <translation>Résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score moved from %1 to %2</source>
        <extracomment>%1 and %2 scores out of 100</extracomment>
        <translation>Le score est passé de %1 à %2</translation>
    </message>
    <message>
        <source>Some lookups failed in one of the two checks: what they would have shown is not compared</source>
        <translation>Des requêtes DNS ont échoué dans l’une des deux vérifications&#xa0;: ce qu’elles auraient montré n’est pas comparé</translation>
    </message>
    <message>
        <source>the saved report is not one Sceau can read</source>
        <translation>le rapport enregistré n’est pas lisible par Sceau</translation>
    </message>
</context>
<context>
    <name>Sceau::Bimi</name>
    <message>
        <source>No BIMI record</source>
        <translation>Aucun enregistrement BIMI</translation>
    </message>
    <message>
        <source>%1 has no v=BIMI1 record, at the domain nor at its organisational domain: receivers show no logo.</source>
        <translation>%1 n’a aucun enregistrement v=BIMI1, ni sur le domaine ni sur son domaine organisationnel&#xa0;: les serveurs destinataires n’affichent aucun logo.</translation>
    </message>
    <message>
        <source>Publish &quot;v=BIMI1; l=https://…/logo.svg; a=https://…/vmc.pem&quot; once DMARC enforces.</source>
        <translation>Publiez «&#xa0;v=BIMI1; l=https://…/logo.svg; a=https://…/vmc.pem&#xa0;» une fois que DMARC est appliqué.</translation>
    </message>
    <message>
        <source>Several BIMI records</source>
        <extracomment>%1 a DNS name, %2 the records</extracomment>
        <translation>Plusieurs enregistrements BIMI</translation>
    </message>
    <message>
        <source>%1 has more than one v=BIMI1 record (%2): receivers use none.</source>
        <translation>%1 a plus d’un enregistrement v=BIMI1 (%2)&#xa0;: les serveurs destinataires n’en utilisent aucun.</translation>
    </message>
    <message>
        <source>Keep exactly one v=BIMI1 record per selector.</source>
        <translation>Gardez exactement un enregistrement v=BIMI1 par sélecteur.</translation>
    </message>
    <message>
        <source>Invalid BIMI record</source>
        <extracomment>%1 the record, %2 the reason</extracomment>
        <translation>Enregistrement BIMI non valide</translation>
    </message>
    <message>
        <source>The record &quot;%1&quot; cannot be used: %2.</source>
        <translation>L’enregistrement «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Write it as &quot;v=BIMI1; l=&lt;https URL of the SVG&gt;; a=&lt;https URL of the certificate&gt;&quot;.</source>
        <translation>Écrivez-le sous la forme «&#xa0;v=BIMI1; l=&lt;URL https du SVG&gt;; a=&lt;URL https du certificat&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>BIMI record at %1</source>
        <translation>Enregistrement BIMI à %1</translation>
    </message>
    <message>
        <source>The domain declines BIMI</source>
        <translation>Le domaine refuse BIMI</translation>
    </message>
    <message>
        <source>The record at %1 has empty l= and a=: the domain asks receivers to show no logo.</source>
        <translation>L’enregistrement à %1 a l= et a= vides&#xa0;: le domaine demande aux serveurs destinataires de n’afficher aucun logo.</translation>
    </message>
    <message>
        <source>No logo URL</source>
        <translation>Aucune URL de logo</translation>
    </message>
    <message>
        <source>The record has a certificate but an empty l=: receivers have no logo to show.</source>
        <translation>L’enregistrement a un certificat mais un l= vide&#xa0;: les serveurs destinataires n’ont aucun logo à afficher.</translation>
    </message>
    <message>
        <source>Set l= to the https URL of the SVG Tiny PS logo.</source>
        <translation>Donnez à l= l’URL https du logo SVG Tiny PS.</translation>
    </message>
    <message>
        <source>No mark certificate</source>
        <translation>Aucun certificat de marque</translation>
    </message>
    <message>
        <source>The record has no a= URL: most mailbox providers (Gmail, Apple Mail) show a logo only with a Verified or Common Mark Certificate.</source>
        <translation>L’enregistrement n’a pas d’URL a=&#xa0;: la plupart des fournisseurs de messagerie (Gmail, Apple Mail) n’affichent un logo qu’avec un certificat de marque vérifiée (VMC) ou un certificat de marque commune (CMC).</translation>
    </message>
    <message>
        <source>Obtain a VMC or CMC and set a= to the https URL of its PEM file.</source>
        <translation>Obtenez un VMC ou un CMC et donnez à a= l’URL https de son fichier PEM.</translation>
    </message>
    <message>
        <source>Unknown tag %1</source>
        <extracomment>%1 the tag as published</extracomment>
        <translation>Balise inconnue %1</translation>
    </message>
    <message>
        <source>Receivers ignore this tag.</source>
        <translation>Les serveurs destinataires ignorent cette balise.</translation>
    </message>
    <message>
        <source>Could not fetch %1</source>
        <extracomment>%1 a URL, %2 what happened (token), %3 technical detail</extracomment>
        <translation>Impossible de récupérer %1</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2: %3): whether it is right is unknown.</source>
        <translation>%1 n’a pas pu être joint (%2&#xa0;: %3)&#xa0;: impossible de savoir s’il est correct.</translation>
    </message>
    <message>
        <source>Check again later, or from another network.</source>
        <translation>Vérifiez de nouveau plus tard, ou depuis un autre réseau.</translation>
    </message>
    <message>
        <source>Receivers cannot fetch %1</source>
        <extracomment>%1 a URL, %2 what happened (token), %3 technical detail, %4 HTTP status</extracomment>
        <translation>Les serveurs destinataires ne peuvent pas récupérer %1</translation>
    </message>
    <message>
        <source>Fetching %1 failed (%2, HTTP %4): %3. Receivers follow no redirect and need a valid certificate.</source>
        <translation>La récupération de %1 a échoué (%2, HTTP %4)&#xa0;: %3. Les serveurs destinataires ne suivent aucune redirection et exigent un certificat valide.</translation>
    </message>
    <message>
        <source>Serve the file over HTTPS with a publicly trusted certificate, status 200, at that exact URL.</source>
        <translation>Servez le fichier en HTTPS avec un certificat reconnu publiquement, le statut 200, à cette URL exacte.</translation>
    </message>
    <message>
        <source>DMARC of %1 could not be determined</source>
        <translation>Impossible de déterminer le DMARC de %1</translation>
    </message>
    <message>
        <source>Whether %1 enforces DMARC is unknown, so BIMI eligibility is unknown.</source>
        <translation>On ne sait pas si %1 applique DMARC, donc l’éligibilité à BIMI est inconnue.</translation>
    </message>
    <message>
        <source>Check again when DNS answers.</source>
        <translation>Vérifiez de nouveau quand le DNS répondra.</translation>
    </message>
    <message>
        <source>%1 has no DMARC policy</source>
        <translation>%1 n’a aucune politique DMARC</translation>
    </message>
    <message>
        <source>BIMI requires DMARC at enforcement; %1 publishes no DMARC record.</source>
        <translation>BIMI exige que DMARC soit appliqué&#xa0;; %1 ne publie aucun enregistrement DMARC.</translation>
    </message>
    <message>
        <source>Publish a DMARC record and raise it to p=quarantine or p=reject.</source>
        <translation>Publiez un enregistrement DMARC et passez-le à p=quarantine ou p=reject.</translation>
    </message>
    <message>
        <source>DMARC of %1 does not enforce</source>
        <extracomment>%1 a domain, %2 its policy (none, quarantine, reject)</extracomment>
        <translation>Le DMARC de %1 n’est pas appliqué</translation>
    </message>
    <message>
        <source>%1 publishes p=%2; BIMI requires p=quarantine or p=reject.</source>
        <translation>%1 publie p=%2&#xa0;; BIMI exige p=quarantine ou p=reject.</translation>
    </message>
    <message>
        <source>Raise the policy to p=quarantine or p=reject (the DMARC wizard plans the steps).</source>
        <translation>Passez la politique à p=quarantine ou p=reject (l’assistant DMARC planifie les étapes).</translation>
    </message>
    <message>
        <source>DMARC of %1 is in test mode</source>
        <translation>Le DMARC de %1 est en mode test</translation>
    </message>
    <message>
        <source>%1 publishes t=y: the policy is not applied, so receivers show no logo.</source>
        <translation>%1 publie t=y&#xa0;: la politique n’est pas appliquée, donc les serveurs destinataires n’affichent aucun logo.</translation>
    </message>
    <message>
        <source>Remove t=y once reports show aligned mail passes.</source>
        <translation>Retirez t=y une fois que les rapports montrent que le courrier aligné passe.</translation>
    </message>
    <message>
        <source>DMARC of %1 applies to part of the mail</source>
        <extracomment>%1 a domain, %2 a percentage</extracomment>
        <translation>Le DMARC de %1 ne s’applique qu’à une partie du courrier</translation>
    </message>
    <message>
        <source>%1 publishes the legacy pct=%2: BIMI requires the policy on all mail.</source>
        <translation>%1 publie l’ancien pct=%2&#xa0;: BIMI exige que la politique s’applique à tout le courrier.</translation>
    </message>
    <message>
        <source>Remove pct= (RFC 9989 dropped it).</source>
        <translation>Retirez pct= (la RFC 9989 l’a supprimé).</translation>
    </message>
    <message>
        <source>DMARC does not enforce for %1</source>
        <extracomment>%1 the author domain, %2 the organisational domain, %3 its sp= policy</extracomment>
        <translation>DMARC n’est pas appliqué pour %1</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own and inherits sp=%3 from %2; BIMI requires an enforcing policy.</source>
        <translation>%1 n’a pas d’enregistrement DMARC propre et hérite de sp=%3 de %2&#xa0;; BIMI exige une politique appliquée.</translation>
    </message>
    <message>
        <source>Set sp=quarantine or sp=reject at %2, or publish an enforcing record at %1.</source>
        <translation>Définissez sp=quarantine ou sp=reject sur %2, ou publiez un enregistrement appliqué sur %1.</translation>
    </message>
    <message>
        <source>DMARC enforces for %1</source>
        <translation>DMARC est appliqué pour %1</translation>
    </message>
    <message>
        <source>The logo is too large</source>
        <extracomment>%1 size in bytes, %2 the limit</extracomment>
        <translation>Le logo est trop volumineux</translation>
    </message>
    <message>
        <source>The SVG is %1 bytes; receivers may refuse more than %2.</source>
        <translation>Le SVG fait %1 octets&#xa0;; les serveurs destinataires peuvent refuser au-delà de %2.</translation>
    </message>
    <message>
        <source>Simplify the paths or remove metadata.</source>
        <translation>Simplifiez les tracés ou retirez les métadonnées.</translation>
    </message>
    <message>
        <source>The logo has a DOCTYPE</source>
        <translation>Le logo contient un DOCTYPE</translation>
    </message>
    <message>
        <source>SVG Tiny PS has no DTD; the check stopped there.</source>
        <translation>SVG Tiny PS n’a pas de DTD&#xa0;; la vérification s’est arrêtée là.</translation>
    </message>
    <message>
        <source>Remove the &lt;!DOCTYPE …&gt; declaration.</source>
        <translation>Retirez la déclaration &lt;!DOCTYPE …&gt;.</translation>
    </message>
    <message>
        <source>The logo is too complex</source>
        <translation>Le logo est trop complexe</translation>
    </message>
    <message>
        <source>More than %1 elements or %2 levels of nesting; the check stopped.</source>
        <translation>Plus de %1 éléments ou de %2 niveaux d’imbrication&#xa0;; la vérification s’est arrêtée.</translation>
    </message>
    <message>
        <source>Flatten the drawing.</source>
        <translation>Aplatissez le dessin.</translation>
    </message>
    <message>
        <source>The logo is not an SVG document</source>
        <translation>Le logo n’est pas un document SVG</translation>
    </message>
    <message>
        <source>The root element is %1, not svg in the SVG namespace.</source>
        <translation>L’élément racine est %1, et non svg dans l’espace de noms SVG.</translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 Portable/Secure.</source>
        <translation>Exportez le logo en SVG Tiny 1.2 Portable/Secure.</translation>
    </message>
    <message>
        <source>The logo is not well-formed XML</source>
        <translation>Le logo n’est pas du XML bien formé</translation>
    </message>
    <message>
        <source>The XML parser stopped: %1.</source>
        <translation>L’analyseur XML s’est arrêté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export the logo again as SVG Tiny PS.</source>
        <translation>Exportez à nouveau le logo en SVG Tiny PS.</translation>
    </message>
    <message>
        <source>The logo has no &lt;title&gt;</source>
        <translation>Le logo n’a pas de &lt;title&gt;</translation>
    </message>
    <message>
        <source>SVG Tiny PS requires a &lt;title&gt; child of the root, the brand&apos;s name.</source>
        <translation>SVG Tiny PS exige un enfant &lt;title&gt; de la racine, le nom de la marque.</translation>
    </message>
    <message>
        <source>Add &lt;title&gt;Brand name&lt;/title&gt; right after &lt;svg&gt;.</source>
        <translation>Ajoutez &lt;title&gt;Nom de la marque&lt;/title&gt; juste après &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>The logo is valid SVG Tiny PS</source>
        <translation>Le logo est un SVG Tiny PS valide</translation>
    </message>
    <message>
        <source>Wrong SVG version</source>
        <translation>Version SVG incorrecte</translation>
    </message>
    <message>
        <source>The root has version=&quot;%1&quot;; SVG Tiny PS requires version=&quot;1.2&quot;.</source>
        <translation>La racine a version=&quot;%1&quot;&#xa0;; SVG Tiny PS exige version=&quot;1.2&quot;.</translation>
    </message>
    <message>
        <source>Set version=&quot;1.2&quot; on &lt;svg&gt;.</source>
        <translation>Mettez version=&quot;1.2&quot; sur &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>Wrong SVG profile</source>
        <translation>Profil SVG incorrect</translation>
    </message>
    <message>
        <source>The root has baseProfile=&quot;%1&quot;; BIMI requires baseProfile=&quot;tiny-ps&quot;.</source>
        <translation>La racine a baseProfile=&quot;%1&quot;&#xa0;; BIMI exige baseProfile=&quot;tiny-ps&quot;.</translation>
    </message>
    <message>
        <source>Set baseProfile=&quot;tiny-ps&quot; on &lt;svg&gt;.</source>
        <translation>Mettez baseProfile=&quot;tiny-ps&quot; sur &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>The logo root has x or y</source>
        <translation>La racine du logo a x ou y</translation>
    </message>
    <message>
        <source>SVG Tiny PS forbids x and y on the root element.</source>
        <translation>SVG Tiny PS interdit x et y sur l’élément racine.</translation>
    </message>
    <message>
        <source>Remove x= and y= from &lt;svg&gt;.</source>
        <translation>Retirez x= et y= de &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>The logo has no viewBox</source>
        <translation>Le logo n’a pas de viewBox</translation>
    </message>
    <message>
        <source>Receivers scale the logo into a square by its viewBox.</source>
        <translation>Les serveurs destinataires mettent le logo à l’échelle dans un carré d’après sa viewBox.</translation>
    </message>
    <message>
        <source>Add viewBox=&quot;0 0 N N&quot; to &lt;svg&gt;.</source>
        <translation>Ajoutez viewBox=&quot;0 0 N N&quot; à &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>Invalid viewBox</source>
        <translation>viewBox non valide</translation>
    </message>
    <message>
        <source>viewBox=&quot;%1&quot; is not four numbers with a positive width and height.</source>
        <translation>viewBox=&quot;%1&quot; n’est pas composé de quatre nombres avec une largeur et une hauteur positives.</translation>
    </message>
    <message>
        <source>Write viewBox=&quot;0 0 N N&quot;.</source>
        <translation>Écrivez viewBox=&quot;0 0 N N&quot;.</translation>
    </message>
    <message>
        <source>The logo is not square</source>
        <translation>Le logo n’est pas carré</translation>
    </message>
    <message>
        <source>viewBox=&quot;%1&quot;: width and height differ; receivers show the logo in a square or circle.</source>
        <translation>viewBox=&quot;%1&quot;&#xa0;: la largeur et la hauteur diffèrent&#xa0;; les serveurs destinataires affichent le logo dans un carré ou un cercle.</translation>
    </message>
    <message>
        <source>Center the logo on a square canvas.</source>
        <translation>Centrez le logo sur un canevas carré.</translation>
    </message>
    <message>
        <source>Forbidden element &lt;%1&gt;</source>
        <extracomment>%1 an element name</extracomment>
        <translation>Élément &lt;%1&gt; interdit</translation>
    </message>
    <message>
        <source>SVG Tiny PS forbids scripts, animation, raster images, links and foreign content.</source>
        <translation>SVG Tiny PS interdit les scripts, les animations, les images matricielles, les liens et le contenu étranger.</translation>
    </message>
    <message>
        <source>Remove &lt;%1&gt; (embed vector shapes only).</source>
        <translation>Retirez &lt;%1&gt; (n’intégrez que des formes vectorielles).</translation>
    </message>
    <message>
        <source>Element &lt;%1&gt; is not in SVG Tiny PS</source>
        <translation>L’élément &lt;%1&gt; n’existe pas dans SVG Tiny PS</translation>
    </message>
    <message>
        <source>The SVG Tiny PS schema has no such element.</source>
        <translation>Le schéma SVG Tiny PS ne comporte pas cet élément.</translation>
    </message>
    <message>
        <source>Remove it or export as SVG Tiny 1.2.</source>
        <translation>Retirez-le ou exportez en SVG Tiny 1.2.</translation>
    </message>
    <message>
        <source>External reference in %1</source>
        <extracomment>%1 an attribute, %2 its value</extracomment>
        <translation>Référence externe dans %1</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; refers outside the document, which SVG Tiny PS forbids.</source>
        <translation>%1=&quot;%2&quot; fait référence à l’extérieur du document, ce que SVG Tiny PS interdit.</translation>
    </message>
    <message>
        <source>Keep every reference inside the file (&quot;#id&quot;).</source>
        <translation>Gardez chaque référence à l’intérieur du fichier («&#xa0;#id&#xa0;»).</translation>
    </message>
    <message>
        <source>Attribute %1 is not allowed on &lt;%2&gt;</source>
        <extracomment>%1 an attribute, %2 an element</extracomment>
        <translation>L’attribut %1 n’est pas autorisé sur &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The SVG Tiny PS schema does not allow this attribute there.</source>
        <translation>Le schéma SVG Tiny PS n’autorise pas cet attribut à cet endroit.</translation>
    </message>
    <message>
        <source>Remove it (style= must become presentation attributes).</source>
        <translation>Retirez-le (style= doit devenir des attributs de présentation).</translation>
    </message>
    <message>
        <source>No certificate in the file</source>
        <translation>Aucun certificat dans le fichier</translation>
    </message>
    <message>
        <source>No PEM certificate could be read (or more than the limit).</source>
        <translation>Aucun certificat PEM n’a pu être lu (ou il y en a plus que la limite).</translation>
    </message>
    <message>
        <source>Serve the certificate chain as PEM, the mark certificate first.</source>
        <translation>Servez la chaîne de certificats en PEM, le certificat de marque en premier.</translation>
    </message>
    <message>
        <source>Not a mark certificate</source>
        <translation>Pas un certificat de marque</translation>
    </message>
    <message>
        <source>The certificate lacks the BIMI extended key usage %1.</source>
        <translation>Le certificat n’a pas l’usage étendu de clé BIMI %1.</translation>
    </message>
    <message>
        <source>Use the VMC or CMC issued by a Mark Verifying Authority.</source>
        <translation>Utilisez le VMC ou le CMC émis par une autorité de vérification de marque.</translation>
    </message>
    <message>
        <source>The certificate has no logo</source>
        <translation>Le certificat n’a pas de logo</translation>
    </message>
    <message>
        <source>There is no logotype extension (RFC 9399) in the certificate.</source>
        <translation>Le certificat ne contient pas d’extension logotype (RFC 9399).</translation>
    </message>
    <message>
        <source>Use the VMC or CMC issued for the logo.</source>
        <translation>Utilisez le VMC ou le CMC émis pour le logo.</translation>
    </message>
    <message>
        <source>Unreadable logo in the certificate</source>
        <translation>Logo illisible dans le certificat</translation>
    </message>
    <message>
        <source>The logotype extension cannot be read: %1.</source>
        <translation>L’extension logotype est illisible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask the issuer for a corrected certificate.</source>
        <translation>Demandez à l’émetteur un certificat corrigé.</translation>
    </message>
    <message>
        <source>The certificate&apos;s logo is not SVG Tiny PS</source>
        <translation>Le logo du certificat n’est pas du SVG Tiny PS</translation>
    </message>
    <message>
        <source>The SVG inside the certificate fails the SVG Tiny PS check.</source>
        <translation>Le SVG contenu dans le certificat échoue à la vérification SVG Tiny PS.</translation>
    </message>
    <message>
        <source>The logo matches the certificate</source>
        <translation>Le logo correspond au certificat</translation>
    </message>
    <message>
        <source>The logo differs from the certificate&apos;s</source>
        <translation>Le logo diffère de celui du certificat</translation>
    </message>
    <message>
        <source>The SVG at l= is not the one embedded in the certificate: receivers refuse to show it.</source>
        <translation>Le SVG à l= n’est pas celui intégré au certificat&#xa0;: les serveurs destinataires refusent de l’afficher.</translation>
    </message>
    <message>
        <source>Serve at l= exactly the SVG that was certified.</source>
        <translation>Servez à l= exactement le SVG qui a été certifié.</translation>
    </message>
    <message>
        <source>The certificate covers %1</source>
        <translation>Le certificat couvre %1</translation>
    </message>
    <message>
        <source>The certificate does not cover %1</source>
        <extracomment>%1 a domain, %2 the names in the certificate</extracomment>
        <translation>Le certificat ne couvre pas %1</translation>
    </message>
    <message>
        <source>Its subjectAltName lists %2, not %1.</source>
        <translation>Son subjectAltName indique %2, et non %1.</translation>
    </message>
    <message>
        <source>Have %1 added to the certificate.</source>
        <translation>Faites ajouter %1 au certificat.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Le certificat n’est pas encore valide</translation>
    </message>
    <message>
        <source>It is valid from %1.</source>
        <translation>Il est valide à partir du %1.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>It expired on %1; receivers show no logo.</source>
        <translation>Il a expiré le %1&#xa0;; les serveurs destinataires n’affichent aucun logo.</translation>
    </message>
    <message>
        <source>Renew the mark certificate.</source>
        <translation>Renouvelez le certificat de marque.</translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <extracomment>%1 a date, %2 a number of days</extracomment>
        <translation>Le certificat expire bientôt</translation>
    </message>
    <message>
        <source>It expires on %1, in %2 days.</source>
        <translation>Il expire le %1, dans %2 jours.</translation>
    </message>
    <message>
        <source>Renew the mark certificate now.</source>
        <translation>Renouvelez le certificat de marque dès maintenant.</translation>
    </message>
    <message>
        <source>The certificate chains to a Mark Verifying Authority</source>
        <translation>Le certificat remonte à une autorité de vérification de marque</translation>
    </message>
    <message>
        <source>The certificate does not chain to a Mark Verifying Authority</source>
        <extracomment>%1 the reason given by OpenSSL</extracomment>
        <translation>Le certificat ne remonte pas à une autorité de vérification de marque</translation>
    </message>
    <message>
        <source>Path validation failed: %1.</source>
        <translation>La validation du chemin a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Serve the full chain (mark certificate, then intermediates) from an authorised issuer.</source>
        <translation>Servez la chaîne complète (certificat de marque, puis intermédiaires) d’un émetteur autorisé.</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>l’enregistrement dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the record does not begin with v=BIMI1</source>
        <translation>l’enregistrement ne commence pas par v=BIMI1</translation>
    </message>
    <message>
        <source>v=BIMI1 must be followed by &quot;;&quot;</source>
        <translation>v=BIMI1 doit être suivi de «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag=value pair</source>
        <extracomment>%1 a field of the record, as published</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>the tag %1= appears more than once</source>
        <extracomment>%1 a tag name such as l</extracomment>
        <translation>la balise %1= apparaît plus d’une fois</translation>
    </message>
    <message>
        <source>the tag v= appears more than once</source>
        <translation>la balise v= apparaît plus d’une fois</translation>
    </message>
    <message>
        <source>%1= must be empty or one https URL, not &quot;%2&quot;</source>
        <extracomment>%1 the tag (l or a), %2 its value</extracomment>
        <translation>%1= doit être vide ou une URL https, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>avp= must be brand or personal, not &quot;%1&quot;</source>
        <extracomment>%1 the value as published; brand and personal are tokens, not translated</extracomment>
        <translation>avp= doit valoir brand ou personal, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>lps= lists more than %1 local-parts</source>
        <translation>lps= liste plus de %1 parties locales</translation>
    </message>
    <message>
        <source>lps= entry &quot;%1&quot; is not a local-part</source>
        <extracomment>%1 one entry of lps= as published</extracomment>
        <translation>l’entrée lps= «&#xa0;%1&#xa0;» n’est pas une partie locale</translation>
    </message>
    <message>
        <source>the record has no l= tag</source>
        <translation>l’enregistrement n’a pas de balise l=</translation>
    </message>
    <message>
        <source>the logotype extension is not a DER SEQUENCE</source>
        <translation>l’extension logotype n’est pas une SEQUENCE DER</translation>
    </message>
    <message>
        <source>the logotype extension is truncated</source>
        <translation>l’extension logotype est tronquée</translation>
    </message>
    <message>
        <source>the logotype extension has no subject logo</source>
        <translation>l’extension logotype n’a pas de logo du sujet</translation>
    </message>
    <message>
        <source>the subject logo is not given directly</source>
        <translation>le logo du sujet n’est pas donné directement</translation>
    </message>
    <message>
        <source>the subject logo has no image</source>
        <translation>le logo du sujet n’a pas d’image</translation>
    </message>
    <message>
        <source>the logotype details are malformed</source>
        <translation>les détails du logotype sont mal formés</translation>
    </message>
    <message>
        <source>the logotype has no URI</source>
        <translation>le logotype n’a pas d’URI</translation>
    </message>
    <message>
        <source>the logotype URI is not a data: URI</source>
        <translation>l’URI du logotype n’est pas une URI data:</translation>
    </message>
    <message>
        <source>the logotype data: URI is not base64</source>
        <translation>l’URI data: du logotype n’est pas en base64</translation>
    </message>
    <message>
        <source>the logotype data: URI is not valid base64</source>
        <translation>l’URI data: du logotype n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>the logotype image is not valid gzip</source>
        <translation>l’image du logotype n’est pas du gzip valide</translation>
    </message>
    <message>
        <source>the logotype image is too large</source>
        <translation>l’image du logotype est trop volumineuse</translation>
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
        <source>Read more domains from this file, one per line (# starts a comment).</source>
        <translation>Lire d&apos;autres domaines dans ce fichier, un par ligne (# introduit un commentaire).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>check: give at least one domain</source>
        <translation>check&#xa0;: indiquez au moins un domaine</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 the value the user gave, %2 why it is refused</extracomment>
        <translation>“%1”&#xa0;: %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Ask one DNS question and show the answer, the status, UDP or TCP, and the time taken.</source>
        <translation>Poser une question DNS et afficher la réponse, le statut, UDP ou TCP, et la durée.</translation>
    </message>
    <message>
        <source>dns query: expected NAME TYPE</source>
        <translation>dns query&#xa0;: NAME TYPE attendus</translation>
    </message>
    <message>
        <source>“%1” is not a DNS record type</source>
        <translation>“%1” n&apos;est pas un type d&apos;enregistrement DNS</translation>
    </message>
    <message>
        <source>;; status: %1, rcode: %2, over %3 from %4 in %5 ms</source>
        <extracomment>drill-like header: %1 status token, %2 rcode number, %3 UDP or TCP, %4 server, %5 milliseconds</extracomment>
        <translation>;; status&#xa0;: %1, rcode&#xa0;: %2, via %3 depuis %4 en %5 ms</translation>
    </message>
    <message>
        <source>ANSWER SECTION:</source>
        <translation>SECTION RÉPONSE&#xa0;:</translation>
    </message>
    <message>
        <source>Query this nameserver (repeatable); default: the system resolver.</source>
        <translation>Interroger ce serveur de noms (répétable)&#xa0;; par défaut&#xa0;: le résolveur du système.</translation>
    </message>
    <message>
        <source>Answer names inside this zone file from it (repeatable).</source>
        <translation>Répondre à partir de ce fichier de zone pour les noms qu&apos;il contient (répétable).</translation>
    </message>
    <message>
        <source>Answer only from the zone files; every other name does not exist.</source>
        <translation>Répondre uniquement à partir des fichiers de zone&#xa0;; tout autre nom est considéré comme inexistant.</translation>
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
        <translation>Langue des messages&#xa0;: en ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>--nameserver: %1</source>
        <translation>--nameserver&#xa0;: %1</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a positive number of milliseconds</source>
        <translation>--timeout&#xa0;: “%1” n&apos;est pas un nombre positif de millisecondes</translation>
    </message>
    <message>
        <source>--lang: “%1” is not one of en, fr</source>
        <translation>--lang&#xa0;: “%1” n&apos;est ni en ni fr</translation>
    </message>
    <message>
        <source>Try “sceau-cli --help”.</source>
        <translation>Essayez “sceau-cli --help”.</translation>
    </message>
    <message>
        <source>Sceau: email sender security checks.</source>
        <translation>Sceau&#xa0;: vérifications de sécurité des expéditeurs de courriel.</translation>
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
    <message>
        <source>Check the DKIM key published for a selector: syntax, type, size, flags, match with a private key.</source>
        <translation>Vérifier la clé DKIM publiée pour un sélecteur&#xa0;: syntaxe, type, taille, indicateurs, correspondance avec une clé privée.</translation>
    </message>
    <message>
        <source>Selector to check.</source>
        <translation>Sélecteur à vérifier.</translation>
    </message>
    <message>
        <source>Private key file to compare with the published key.</source>
        <translation>Fichier de clé privée à comparer avec la clé publiée.</translation>
    </message>
    <message>
        <source>dkim check: expected DOMAIN --selector S</source>
        <translation>dkim check&#xa0;: DOMAIN --selector S attendus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a DNS name, %2 a DNS status token (answer, nxdomain, timeout…)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write a workspace DKIM private key as PEM for a mail server, with configuration snippets.</source>
        <translation>Écrire au format PEM une clé privée DKIM de l&apos;espace de travail pour un serveur de messagerie, avec des extraits de configuration.</translation>
    </message>
    <message>
        <source>Signing domain of the key.</source>
        <translation>Domaine de signature de la clé.</translation>
    </message>
    <message>
        <source>Selector of the key.</source>
        <translation>Sélecteur de la clé.</translation>
    </message>
    <message>
        <source>PEM file to create (mode 0600; an existing file is never overwritten).</source>
        <translation>Fichier PEM à créer (mode 0600&#xa0;; un fichier existant n&apos;est jamais écrasé).</translation>
    </message>
    <message>
        <source>dkim export: expected --domain D --selector S --out FILE</source>
        <translation>dkim export&#xa0;: --domain D --selector S --out FILE attendus</translation>
    </message>
    <message>
        <source>Private key written to %1 (mode 0600).</source>
        <translation>Clé privée écrite dans %1 (mode 0600).</translation>
    </message>
    <message>
        <source>Warning: a 1024-bit RSA key is weak; prefer 2048 bits.</source>
        <translation>Avertissement&#xa0;: une clé RSA de 1024 bits est faible&#xa0;; préférez 2048 bits.</translation>
    </message>
    <message>
        <source>Key for selector %1 of %2 stored in the workspace (id %3).</source>
        <extracomment>%1 selector, %2 domain, %3 workspace id</extracomment>
        <translation>Clé du sélecteur %1 de %2 enregistrée dans l&apos;espace de travail (id %3).</translation>
    </message>
    <message>
        <source>Mail server configuration:</source>
        <translation>Configuration du serveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Publish this record:</source>
        <translation>Publiez cet enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Generate a DKIM key pair, keep it in the workspace and print the DNS record.</source>
        <translation>Générer une paire de clés DKIM, la conserver dans l&apos;espace de travail et afficher l&apos;enregistrement DNS.</translation>
    </message>
    <message>
        <source>Signing domain (d=).</source>
        <translation>Domaine de signature (d=).</translation>
    </message>
    <message>
        <source>Selector (s=); default: a date-coded one such as s202611.</source>
        <translation>Sélecteur (s=)&#xa0;; par défaut&#xa0;: un sélecteur daté, comme s202611.</translation>
    </message>
    <message>
        <source>Key type: rsa-1024, rsa-2048 (default), rsa-3072, rsa-4096 or ed25519.</source>
        <translation>Type de clé&#xa0;: rsa-1024, rsa-2048 (par défaut), rsa-3072, rsa-4096 ou ed25519.</translation>
    </message>
    <message>
        <source>Publish the record with t=y (testing mode).</source>
        <translation>Publier l&apos;enregistrement avec t=y (mode test).</translation>
    </message>
    <message>
        <source>Also write the private key as PEM to FILE (mode 0600, never overwritten).</source>
        <translation>Écrire aussi la clé privée au format PEM dans FILE (mode 0600, jamais écrasé).</translation>
    </message>
    <message>
        <source>Do not keep the key in the workspace (needs --export).</source>
        <translation>Ne pas conserver la clé dans l&apos;espace de travail (nécessite --export).</translation>
    </message>
    <message>
        <source>dkim keygen: unexpected argument “%1”</source>
        <translation>dkim keygen&#xa0;: argument inattendu “%1”</translation>
    </message>
    <message>
        <source>--algorithm: unknown key type “%1”</source>
        <translation>--algorithm&#xa0;: type de clé inconnu “%1”</translation>
    </message>
    <message>
        <source>--no-store needs --export, or the private key would be lost</source>
        <translation>--no-store nécessite --export, sinon la clé privée serait perdue</translation>
    </message>
    <message>
        <source>List the DKIM keys of the workspace, their rotation state and what is due.</source>
        <translation>Lister les clés DKIM de l&apos;espace de travail, leur état de rotation et les étapes à faire.</translation>
    </message>
    <message>
        <source>Only the keys of this domain.</source>
        <translation>Uniquement les clés de ce domaine.</translation>
    </message>
    <message>
        <source>dkim keys: unexpected argument “%1”</source>
        <translation>dkim keys&#xa0;: argument inattendu “%1”</translation>
    </message>
    <message>
        <source>The workspace has no DKIM key.</source>
        <translation>L&apos;espace de travail ne contient aucune clé DKIM.</translation>
    </message>
    <message>
        <source>#%1 %2._domainkey.%3 %4 %5</source>
        <extracomment>%1 id, %2 selector, %3 domain, %4 key type, %5 state token</extracomment>
        <translation>#%1 %2._domainkey.%3 %4 %5</translation>
    </message>
    <message>
        <source>due: %1 %2 of %3 by %4</source>
        <extracomment>%1 action token (publish, activate, rotate, revoke, destroy), %2 selector, %3 domain, %4 date</extracomment>
        <translation>à faire&#xa0;: %1 %2 de %3 au plus tard le %4</translation>
    </message>
    <message numerus="yes">
        <source>d=%1 s=%2 (%n signature(s))</source>
        <extracomment>%1 domain, %2 selector, %n signatures</extracomment>
        <translation>
            <numerusform>d=%1 s=%2 (%n signature)</numerusform>
            <numerusform>d=%1 s=%2 (%n signatures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a domain&apos;s DKIM selectors by probing common names, or list those used in messages.</source>
        <translation>Trouver les sélecteurs DKIM d&apos;un domaine en sondant les noms courants, ou lister ceux utilisés dans des messages.</translation>
    </message>
    <message>
        <source>Another selector to probe (repeatable).</source>
        <translation>Autre sélecteur à sonder (répétable).</translation>
    </message>
    <message>
        <source>Read a message or an mbox and list its signatures&apos; d= and s=.</source>
        <translation>Lire un message ou une mbox et lister les d= et s= de ses signatures.</translation>
    </message>
    <message>
        <source>dkim selectors: expected DOMAIN or --from-file FILE</source>
        <translation>dkim selectors&#xa0;: DOMAIN ou --from-file FILE attendu</translation>
    </message>
    <message>
        <source>No DKIM key found under the common selectors.</source>
        <translation>Aucune clé DKIM trouvée sous les sélecteurs courants.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign a message (rsa-sha256 or ed25519-sha256) and print it with its DKIM-Signature.</source>
        <translation>Signer un message (rsa-sha256 ou ed25519-sha256) et l&apos;afficher avec son en-tête DKIM-Signature.</translation>
    </message>
    <message>
        <source>Private key file (PEM, or a base64 Ed25519 seed).</source>
        <translation>Fichier de clé privée (PEM, ou graine Ed25519 en base64).</translation>
    </message>
    <message>
        <source>Selector (s=); without --key, the workspace key of this selector.</source>
        <translation>Sélecteur (s=)&#xa0;; sans --key, la clé de ce sélecteur dans l&apos;espace de travail est utilisée.</translation>
    </message>
    <message>
        <source>Header/body canonicalization (default relaxed/relaxed).</source>
        <translation>Canonicalisation en-tête/corps (relaxed/relaxed par défaut).</translation>
    </message>
    <message>
        <source>dkim sign: expected at most one FILE</source>
        <translation>dkim sign&#xa0;: au plus un FILE attendu</translation>
    </message>
    <message>
        <source>dkim sign: give --key PEM or --selector S</source>
        <translation>dkim sign&#xa0;: indiquez --key PEM ou --selector S</translation>
    </message>
    <message>
        <source>--canonicalization: expected simple or relaxed, e.g. relaxed/simple</source>
        <translation>--canonicalization&#xa0;: simple ou relaxed attendu, p. ex. relaxed/simple</translation>
    </message>
    <message>
        <source>Key %1 of %2 is now %3.</source>
        <extracomment>%1 selector, %2 domain, %3 state token (published, active…)</extracomment>
        <translation>La clé %1 de %2 est maintenant à l&apos;état %3.</translation>
    </message>
    <message>
        <source>Move a workspace DKIM key along its rotation: publish, activate, retire, revoke, destroy.</source>
        <translation>Faire avancer une clé DKIM de l&apos;espace de travail dans sa rotation&#xa0;: publish, activate, retire, revoke, destroy.</translation>
    </message>
    <message>
        <source>Verify every DKIM signature of a message.</source>
        <translation>Vérifier toutes les signatures DKIM d&apos;un message.</translation>
    </message>
    <message>
        <source>dkim verify: expected at most one FILE</source>
        <translation>dkim verify&#xa0;: au plus un FILE attendu</translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation>Le message ne comporte aucune signature DKIM.</translation>
    </message>
    <message>
        <source>%1: d=%2 s=%3 a=%4</source>
        <extracomment>%1 result token (pass, fail…), %2 domain, %3 selector, %4 algorithm</extracomment>
        <translation>%1&#xa0;: d=%2 s=%3 a=%4</translation>
    </message>
    <message>
        <source>Evaluate SPF (RFC 7208 check_host()) for a client address and a sender.</source>
        <translation>Évaluer SPF (check_host() de la RFC 7208) pour une adresse de client et un expéditeur.</translation>
    </message>
    <message>
        <source>Address of the sending client (IPv4 or IPv6).</source>
        <translation>Adresse du client émetteur (IPv4 ou IPv6).</translation>
    </message>
    <message>
        <source>MAIL FROM address; empty for a bounce (then postmaster@HELO is checked).</source>
        <translation>Adresse MAIL FROM&#xa0;; vide pour un rebond (bounce), auquel cas postmaster@HELO est vérifié.</translation>
    </message>
    <message>
        <source>The name the client gave in HELO/EHLO.</source>
        <translation>Le nom annoncé par le client dans HELO/EHLO.</translation>
    </message>
    <message>
        <source>Identity to check: mailfrom (default) or helo (RFC 7208 §2.3).</source>
        <extracomment>&quot;mailfrom&quot; and &quot;helo&quot; are values of the option, not translated</extracomment>
        <translation>Identité à vérifier&#xa0;: mailfrom (par défaut) ou helo (RFC 7208 §2.3).</translation>
    </message>
    <message>
        <source>spf eval: unexpected argument “%1”</source>
        <translation>spf eval&#xa0;: argument inattendu “%1”</translation>
    </message>
    <message>
        <source>spf eval: --ip needs an IPv4 or IPv6 address</source>
        <translation>spf eval&#xa0;: --ip nécessite une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>spf eval: --identity is mailfrom or helo</source>
        <translation>spf eval&#xa0;: --identity vaut mailfrom ou helo</translation>
    </message>
    <message>
        <source>spf eval: --identity helo needs --helo</source>
        <translation>spf eval&#xa0;: --identity helo nécessite --helo</translation>
    </message>
    <message>
        <source>spf eval: give --sender, or --helo for an empty sender</source>
        <translation>spf eval&#xa0;: indiquez --sender, ou --helo pour un expéditeur vide</translation>
    </message>
    <message>
        <source>SPF result: %1 (domain %2)</source>
        <extracomment>%1 the SPF result token (pass, fail…), %2 a domain name</extracomment>
        <translation>Résultat SPF&#xa0;: %1 (domaine %2)</translation>
    </message>
    <message>
        <source>Decided by: %1 in the record of %2</source>
        <translation>Décidé par&#xa0;: %1 dans l&apos;enregistrement de %2</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the syntax of an SPF record, list its terms and what is wrong with it.</source>
        <translation>Vérifier la syntaxe d&apos;un enregistrement SPF, lister ses termes et ses problèmes.</translation>
    </message>
    <message>
        <source>Domain the record is meant for (used in the findings).</source>
        <translation>Domaine auquel l&apos;enregistrement est destiné (utilisé dans les constats).</translation>
    </message>
    <message>
        <source>spf parse: give the record, quoted, e.g. &quot;v=spf1 mx -all&quot;</source>
        <translation>spf parse&#xa0;: indiquez l&apos;enregistrement entre guillemets, p. ex. &quot;v=spf1 mx -all&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n lookup(s))</source>
        <extracomment>tree line: %1 the include term and domain; %n DNS lookups of this record and below</extracomment>
        <translation>
            <numerusform>%1 (%n requête DNS)</numerusform>
            <numerusform>%1 (%n requêtes DNS)</numerusform>
        </translation>
    </message>
    <message>
        <source>authorises: %1</source>
        <translation>autorise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authorised in all: %1</source>
        <extracomment>%1 the addresses and ranges of the whole tree</extracomment>
        <translation>Autorisé au total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show a domain&apos;s SPF include tree: DNS lookups per branch, authorised addresses, findings.</source>
        <translation>Afficher l&apos;arbre des include SPF d&apos;un domaine&#xa0;: requêtes DNS par branche, adresses autorisées, constats.</translation>
    </message>
    <message>
        <source>spf tree: expected one DOMAIN</source>
        <translation>spf tree&#xa0;: un seul DOMAIN attendu</translation>
    </message>
    <message numerus="yes">
        <source>  Incomplete: %n lookup(s) failed, so some checks could not be made.</source>
        <translation>
            <numerusform>  Incomplet&#xa0;: %n requête DNS a échoué, certaines vérifications n’ont donc pas pu être faites.</numerusform>
            <numerusform>  Incomplet&#xa0;: %n requêtes DNS ont échoué, certaines vérifications n’ont donc pas pu être faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <extracomment>%1 a file name or &quot;-&quot; for standard input, %2 a size in MiB</extracomment>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1. The key is stored in the workspace (id %2); write it with: dkim export --domain %4 --selector %3 --out FILE</source>
        <extracomment>%1 why the export failed, %2 workspace id, %3 selector, %4 domain</extracomment>
        <translation>%1. La clé est enregistrée dans l’espace de travail (identifiant %2)&#xa0;; écrivez-la avec&#xa0;: dkim export --domain %4 --selector %3 --out FICHIER</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten</source>
        <translation>%1 existe déjà&#xa0;; il n’a pas été écrasé</translation>
    </message>
    <message numerus="yes">
        <source>%n more signature(s) not evaluated: at most %1 are checked per message (RFC 6376 §6.1).</source>
        <translation>
            <numerusform>%n signature de plus non évaluée&#xa0;: %1 au plus sont vérifiées par message (RFC 6376 §6.1).</numerusform>
            <numerusform>%n signatures de plus non évaluées&#xa0;: %1 au plus sont vérifiées par message (RFC 6376 §6.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 / %2, void lookups: %3 / %4</source>
        <translation>Termes générant des requêtes DNS&#xa0;: %1 / %2, requêtes vides&#xa0;: %3 / %4</translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 / %2</source>
        <translation>Termes générant des requêtes DNS&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <source>could not look up %1 %2 (%3) for %4</source>
        <extracomment>%1 a DNS name, %2 a record type, %3 the failure (timeout, servfail…), %4 an SPF term</extracomment>
        <translation>impossible de résoudre %1 %2 (%3) pour %4</translation>
    </message>
    <message>
        <source>over the limit, not followed: %1</source>
        <extracomment>%1 SPF terms (protocol text)</extracomment>
        <translation>au-delà de la limite, non suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tree is over the limit (%1 records, %2 DNS queries): the rest was not followed.</source>
        <translation>L’arbre dépasse la limite (%1 enregistrements, %2 requêtes DNS)&#xa0;: le reste n’a pas été suivi.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed: the SPF check is incomplete.</source>
        <translation>
            <numerusform>%n requête DNS a échoué&#xa0;: la vérification SPF est incomplète.</numerusform>
            <numerusform>%n requêtes DNS ont échoué&#xa0;: la vérification SPF est incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not check: the zone&apos;s nameservers could not be found</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation>%1&#xa0;: impossible de vérifier&#xa0;: les serveurs de noms de la zone sont introuvables</translation>
    </message>
    <message>
        <source>%1: served by %2 of %3 authoritative nameservers</source>
        <extracomment>%1 a DNS name, %2 servers serving the record, %3 all the zone&apos;s authoritative servers</extracomment>
        <translation>%1&#xa0;: servi par %2 des %3 serveurs de noms faisant autorité</translation>
    </message>
    <message>
        <source>%1: could not check: %2</source>
        <extracomment>%1 a nameserver, %2 why it could not be asked</extracomment>
        <translation>%1&#xa0;: impossible de vérifier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: serves it</source>
        <translation>%1&#xa0;: le sert</translation>
    </message>
    <message>
        <source>%1: does not serve it yet</source>
        <translation>%1&#xa0;: ne le sert pas encore</translation>
    </message>
    <message>
        <source>dkim state: expected one of %1</source>
        <extracomment>%1 the step words (publish, activate…)</extracomment>
        <translation>dkim state&#xa0;: attendu l’un de %1</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s own nameservers on this port when checking publication on every authoritative server (default 53; for a lab).</source>
        <translation>Interroger les serveurs de noms de la zone sur ce port pour vérifier la publication sur chaque serveur faisant autorité (53 par défaut&#xa0;; pour un laboratoire).</translation>
    </message>
    <message>
        <source>--authoritative-port: “%1” is not a port number (1–65535)</source>
        <translation>--authoritative-port&#xa0;: «&#xa0;%1&#xa0;» n’est pas un numéro de port (1–65535)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 an area (SPF, DKIM…), %2 its state, score and key facts
----------
%1 a command-line option such as --domain, %2 why its value is refused
----------
%1 the command, %2 why
----------
%1 a server (host [address]:port), %2 whether DANE authenticates it
----------
%1 a server (host [address]:port), %2 the outcome token (authenticated, auth-failed…)
----------
%1 a server (host [address]:port), %2 what a message would meet (delivery token)
----------
%1 a file, %2 why it could not be read as a TLS report</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected [ADDRESS]:PORT</source>
        <translation>attendu [ADRESSE]:PORT</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1–65535)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de port (1–65535)</translation>
    </message>
    <message>
        <source>negotiated %1, %2, %3</source>
        <extracomment>%1 protocol version token, %2 cipher suite, %3 key-exchange group</extracomment>
        <translation>négocié %1, %2, %3</translation>
    </message>
    <message>
        <source>accepts %1</source>
        <extracomment>%1 protocol versions (tls1_2, tls1_3)</extracomment>
        <translation>accepte %1</translation>
    </message>
    <message numerus="yes">
        <source>certificate %1 (%2), until %3, %n day(s) left</source>
        <extracomment>%1 certificate subject, %2 its names, %3 its last day, %4 days left</extracomment>
        <translation>
            <numerusform>certificat %1 (%2), jusqu’au %3, %n jour restant</numerusform>
            <numerusform>certificat %1 (%2), jusqu’au %3, %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe STARTTLS on every address of a mail server: TLS versions, cipher, certificate, and what a message would meet.</source>
        <translation>Tester STARTTLS sur chaque adresse d’un serveur de messagerie&#xa0;: versions TLS, chiffrement, certificat, et ce que rencontrerait un message.</translation>
    </message>
    <message>
        <source>Judge as a sender that requires TLS: a message that cannot go encrypted and verified is not delivered.</source>
        <translation>Juger comme un expéditeur qui exige TLS&#xa0;: un message qui ne peut pas partir chiffré et vérifié n’est pas distribué.</translation>
    </message>
    <message>
        <source>Judge as a sender that skips certificate verification: any TLS counts as encrypted.</source>
        <translation>Juger comme un expéditeur qui ne vérifie pas les certificats&#xa0;: toute connexion TLS compte comme chiffrée.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (repeatable).</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM (répétable).</translation>
    </message>
    <message>
        <source>The name the certificate must carry (default: HOST).</source>
        <translation>Le nom que le certificat doit porter (par défaut&#xa0;: HÔTE).</translation>
    </message>
    <message>
        <source>tls probe: expected HOST[:PORT]</source>
        <translation>tls probe&#xa0;: attendu HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>tls probe: --require-tls and --skip-verify exclude each other</source>
        <translation>tls probe&#xa0;: --require-tls et --skip-verify s’excluent</translation>
    </message>
    <message>
        <source>--ca: cannot read %1</source>
        <extracomment>%1 a file name</extracomment>
        <translation>--ca&#xa0;: impossible de lire %1</translation>
    </message>
    <message>
        <source>Audit each domain&apos;s SPF, DMARC, MX and DKIM selectors, and the STARTTLS of every MX server.</source>
        <translation>Auditer le SPF, le DMARC, les MX et les sélecteurs DKIM de chaque domaine, ainsi que le STARTTLS de chaque serveur MX.</translation>
    </message>
    <message>
        <source>Do not probe the MX servers&apos; STARTTLS (DNS checks only).</source>
        <translation>Ne pas sonder le STARTTLS des serveurs MX (vérifications DNS uniquement).</translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <extracomment>%1 MX preference, %2 a server (host [address]:port), %3 what a message would meet</extracomment>
        <translation>MX %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Connect to other local ports instead of the standard ones, e.g. 25=2525,443=8443 (SMTP probes, MTA-STS policy fetches; for a lab).</source>
        <translation>Se connecter à d’autres ports locaux au lieu des ports standard, par exemple 25=2525,443=8443 (sondes SMTP, récupération des politiques MTA-STS&#xa0;; pour un laboratoire).</translation>
    </message>
    <message>
        <source>--port-map: %1</source>
        <translation>--port-map&#xa0;: %1</translation>
    </message>
    <message>
        <source>credentials add: --host and --username are required</source>
        <translation>credentials add&#xa0;: --host et --username sont obligatoires</translation>
    </message>
    <message>
        <source>credentials add: --host and --port must name a server and a port</source>
        <translation>credentials add&#xa0;: --host et --port doivent désigner un serveur et un port</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>credentials list: unexpected argument “%1”</source>
        <translation>credentials list&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The workspace has no credential.</source>
        <translation>L’espace de travail ne contient aucun identifiant.</translation>
    </message>
    <message>
        <source>Remove a credential: its secret from the keychain, then its settings.</source>
        <translation>Supprimer un identifiant&#xa0;: son secret du trousseau, puis ses réglages.</translation>
    </message>
    <message>
        <source>credentials remove: expected NAME</source>
        <translation>credentials remove&#xa0;: attendu NOM</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>%1: MX records %2</source>
        <extracomment>%1 a domain, %2 its DNSSEC status token (secure, insecure, bogus, could-not-check)</extracomment>
        <translation>%1&#xa0;: enregistrements MX %2</translation>
    </message>
    <message>
        <source>%1: addresses %2, TLSA %3</source>
        <extracomment>%1 an MX host, %2 DNSSEC status token of its addresses, %3 of its TLSA records</extracomment>
        <translation>%1&#xa0;: adresses %2, TLSA %3</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>authenticated by DANE</source>
        <translation>authentifié par DANE</translation>
    </message>
    <message>
        <source>matches a TLSA record, DANE not in force</source>
        <translation>correspond à un enregistrement TLSA, DANE non en vigueur</translation>
    </message>
    <message>
        <source>Check DNSSEC and DANE for the mail servers of a domain: the DNSSEC status of the domain and of each MX, their TLSA records, and whether each server&apos;s certificate matches them.</source>
        <translation>Vérifier DNSSEC et DANE pour les serveurs de messagerie d’un domaine&#xa0;: le statut DNSSEC du domaine et de chaque MX, leurs enregistrements TLSA, et si le certificat de chaque serveur y correspond.</translation>
    </message>
    <message>
        <source>Warn when a DANE-matched certificate ends within this many days (default 30).</source>
        <translation>Avertir quand un certificat validé par DANE expire dans ce nombre de jours (30 par défaut).</translation>
    </message>
    <message>
        <source>The certificate (PEM or DER) that will replace the current one: the published TLSA records must already match it.</source>
        <translation>Le certificat (PEM ou DER) qui remplacera le certificat actuel&#xa0;: les enregistrements TLSA publiés doivent déjà y correspondre.</translation>
    </message>
    <message>
        <source>dane check: expected DOMAIN</source>
        <translation>dane check&#xa0;: attendu DOMAINE</translation>
    </message>
    <message>
        <source>dane check: --warn-days takes 0 to 3650</source>
        <translation>dane check&#xa0;: --warn-days accepte de 0 à 3650</translation>
    </message>
    <message>
        <source>dane check: %1 holds no certificate (PEM or DER)</source>
        <extracomment>%1 a file name</extracomment>
        <translation>dane check&#xa0;: %1 ne contient aucun certificat (PEM ou DER)</translation>
    </message>
    <message>
        <source>dane generate: no TLS certificate from %1 (%2)</source>
        <extracomment>%1 a host, %2 why (the server&apos;s or the TLS library&apos;s words)</extracomment>
        <translation>dane generate&#xa0;: aucun certificat TLS obtenu de %1 (%2)</translation>
    </message>
    <message>
        <source>Make the 3 1 1 and 2 1 1 TLSA records of the certificate a mail server presents after STARTTLS, as zone lines.</source>
        <translation>Produire, sous forme de lignes de zone, les enregistrements TLSA 3 1 1 et 2 1 1 du certificat qu’un serveur de messagerie présente après STARTTLS.</translation>
    </message>
    <message>
        <source>dane generate: expected HOST[:PORT]</source>
        <translation>dane generate&#xa0;: attendu HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>dane generate: could not resolve %1</source>
        <extracomment>%1 a host name</extracomment>
        <translation>dane generate&#xa0;: impossible de résoudre %1</translation>
    </message>
    <message>
        <source>dane generate: %1 has no address</source>
        <translation>dane generate&#xa0;: %1 n’a pas d’adresse</translation>
    </message>
    <message>
        <source>record: %1</source>
        <extracomment>%1 the _mta-sts record as published (escaped)</extracomment>
        <translation>enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>policy: %1 (%2)</source>
        <extracomment>%1 the policy URL, %2 what came of fetching it (a token such as fetched, redirected)</extracomment>
        <translation>politique&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>mode %1, mx %2, max_age %3</source>
        <extracomment>%1 mode token, %2 MX patterns, %3 seconds</extracomment>
        <translation>mode %1, mx %2, max_age %3</translation>
    </message>
    <message>
        <source>Check a domain&apos;s MTA-STS record and policy, and that the policy covers every MX.</source>
        <translation>Vérifier l’enregistrement et la politique MTA-STS d’un domaine, et que la politique couvre chaque MX.</translation>
    </message>
    <message>
        <source>mta-sts check: expected one DOMAIN</source>
        <translation>mta-sts check&#xa0;: attendu un seul DOMAINE</translation>
    </message>
    <message>
        <source>TLS %1, %2</source>
        <extracomment>%1 protocol version token, %2 cipher suite</extracomment>
        <translation>TLS %1, %2</translation>
    </message>
    <message>
        <source>certificate %1 (%2), until %3</source>
        <extracomment>%1 certificate subject, %2 its names, %3 its last day</extracomment>
        <translation>certificat %1 (%2), valide jusqu’au %3</translation>
    </message>
    <message>
        <source>AUTH offered: %1</source>
        <extracomment>%1 SASL mechanisms (PLAIN LOGIN)</extracomment>
        <translation>AUTH proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>AUTH %1: %2 %3</source>
        <extracomment>%1 a SASL mechanism, %2 the reply code, %3 the server&apos;s words</extracomment>
        <translation>AUTH %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Test an SMTP account on its submission server: TLS, certificate, AUTH mechanisms and the login, with the password from the keychain.</source>
        <translation>Tester un compte SMTP sur son serveur de soumission&#xa0;: TLS, certificat, mécanismes AUTH et connexion, avec le mot de passe du trousseau.</translation>
    </message>
    <message>
        <source>The SMTP account (credentials add smtp).</source>
        <translation>Le compte SMTP (credentials add smtp).</translation>
    </message>
    <message>
        <source>TLS from the start (port 465) instead of STARTTLS.</source>
        <translation>TLS dès le début (port 465) au lieu de STARTTLS.</translation>
    </message>
    <message>
        <source>After logging in, send a short test message to this address.</source>
        <translation>Après la connexion, envoyer un court message de test à cette adresse.</translation>
    </message>
    <message>
        <source>Log in even when the certificate does not verify (the password then goes to a server whose identity is not proven).</source>
        <translation>Se connecter même si le certificat ne peut pas être vérifié (le mot de passe part alors vers un serveur dont l’identité n’est pas prouvée).</translation>
    </message>
    <message>
        <source>submission test: expected HOST[:PORT] --account NAME</source>
        <translation>submission test&#xa0;: attendu HÔTE[:PORT] --account NOM</translation>
    </message>
    <message>
        <source>--send-to: “%1” is not an address (local@domain)</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>--send-to&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse (local@domaine)</translation>
    </message>
    <message>
        <source>submission test: no SMTP account named %1 (see credentials list)</source>
        <extracomment>%1 an account name</extracomment>
        <translation>submission test&#xa0;: aucun compte SMTP nommé %1 (voir credentials list)</translation>
    </message>
    <message>
        <source>TLS from the first byte instead of STARTTLS (RFC 8314, submission on port 465, the default port then).</source>
        <translation>TLS dès le premier octet au lieu de STARTTLS (RFC 8314, soumission sur le port 465, qui devient alors le port par défaut).</translation>
    </message>
    <message>
        <source>Check a domain&apos;s TLS-RPT record (where senders send TLS failure reports).</source>
        <translation>Vérifier l’enregistrement TLS-RPT d’un domaine (où les expéditeurs envoient leurs rapports d’échec TLS).</translation>
    </message>
    <message>
        <source>tls-rpt check: expected one DOMAIN</source>
        <translation>tls-rpt check&#xa0;: attendu un seul DOMAINE</translation>
    </message>
    <message>
        <source>%1: report from %2 (%3)</source>
        <extracomment>%1 a file, %2 the reporting organization, %3 the report id</extracomment>
        <translation>%1&#xa0;: rapport de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 policy for %2: %3 successful, %4 failed sessions</source>
        <extracomment>%1 policy type (sts, tlsa, no-policy-found), %2 domain, %3 and %4 session counts</extracomment>
        <translation>Politique %1 pour %2&#xa0;: %3 sessions réussies, %4 échouées</translation>
    </message>
    <message>
        <source>Summarise SMTP TLS reports (.json, .json.gz or a mail in .eml) per policy and failure type.</source>
        <translation>Résumer les rapports SMTP TLS (.json, .json.gz ou un courriel en .eml) par politique et par type d’échec.</translation>
    </message>
    <message>
        <source>tls-rpt report: expected at least one FILE</source>
        <translation>tls-rpt report&#xa0;: attendu au moins un FICHIER</translation>
    </message>
    <message>
        <source>Check DANE for the MX too (the --nameserver resolvers must validate DNSSEC).</source>
        <translation>Vérifier aussi DANE pour les MX (les résolveurs --nameserver doivent valider DNSSEC).</translation>
    </message>
    <message>
        <source>check: --dane needs the MX probes and live DNS (not with --no-tls or --offline)</source>
        <translation>check&#xa0;: --dane nécessite les sondes MX et le DNS en direct (pas avec --no-tls ni --offline)</translation>
    </message>
    <message>
        <source>Simulate DMARC: are SPF and DKIM aligned with the From domain, and what the policy does.</source>
        <translation>Simuler DMARC&#xa0;: vérifier si SPF et DKIM sont alignés avec le domaine From, et ce que fait la politique.</translation>
    </message>
    <message>
        <source>The From header&apos;s domain.</source>
        <translation>Le domaine de l’en-tête From.</translation>
    </message>
    <message>
        <source>The MAIL FROM (envelope) domain.</source>
        <translation>Le domaine MAIL FROM (enveloppe).</translation>
    </message>
    <message>
        <source>The d= of a DKIM signature (repeatable).</source>
        <translation>Le d= d’une signature DKIM (répétable).</translation>
    </message>
    <message>
        <source>SPF result: pass, fail, softfail, neutral, none, permerror, temperror.</source>
        <extracomment>the values are protocol tokens, not translated</extracomment>
        <translation>Résultat SPF&#xa0;: pass, fail, softfail, neutral, none, permerror, temperror.</translation>
    </message>
    <message>
        <source>DKIM result of each --dkim-d, in order (one value applies to all).</source>
        <translation>Résultat DKIM de chaque --dkim-d, dans l’ordre (une seule valeur s’applique à tous).</translation>
    </message>
    <message>
        <source>Use the policy found from this domain instead of the From domain&apos;s.</source>
        <translation>Utiliser la politique trouvée à partir de ce domaine au lieu de celle du domaine From.</translation>
    </message>
    <message>
        <source>dmarc align: expected --from D and options only</source>
        <translation>dmarc align&#xa0;: attendu --from D et uniquement des options</translation>
    </message>
    <message>
        <source>--spf: “%1” is not one of %2</source>
        <extracomment>%1 the value given, %2 the accepted values</extracomment>
        <translation>--spf&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--dkim: give one result, or one per --dkim-d</source>
        <translation>--dkim&#xa0;: donnez un seul résultat, ou un par --dkim-d</translation>
    </message>
    <message>
        <source>--dkim: “%1” is not one of %2</source>
        <translation>--dkim&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <extracomment>%1 pass, fail, no-policy or undetermined (tokens, not translated)</extracomment>
        <translation>verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>SPF aligned: %1, DKIM aligned: %2</source>
        <extracomment>%1, %2 true or false</extracomment>
        <translation>SPF aligné&#xa0;: %1, DKIM aligné&#xa0;: %2</translation>
    </message>
    <message>
        <source>on failure: %1</source>
        <translation>en cas d’échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Find a domain&apos;s DMARC policy by the DNS tree walk and check it.</source>
        <translation>Trouver la politique DMARC d’un domaine par le parcours de l’arbre DNS et la vérifier.</translation>
    </message>
    <message>
        <source>dmarc check: expected one DOMAIN</source>
        <translation>dmarc check&#xa0;: attendu un seul DOMAINE</translation>
    </message>
    <message>
        <source>query: %1 %2</source>
        <translation>requête&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>policy: %1: %2</source>
        <translation>politique&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>organizational domain: %1</source>
        <translation>domaine organisationnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the syntax of a DMARC record, list its tags, its policy and what is wrong with it.</source>
        <translation>Vérifier la syntaxe d’un enregistrement DMARC, lister ses balises, sa politique et ce qui ne va pas.</translation>
    </message>
    <message>
        <source>dmarc parse: give the record, quoted, e.g. &quot;v=DMARC1; p=none&quot;</source>
        <translation>dmarc parse&#xa0;: donnez l’enregistrement, entre guillemets, p. ex. &quot;v=DMARC1; p=none&quot;</translation>
    </message>
    <message>
        <source>record at %1: %2</source>
        <extracomment>%1 a DNS name, %2 the record as published (escaped)</extracomment>
        <translation>enregistrement à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>logo: %1 (%2)</source>
        <extracomment>%1 a URL, %2 what came of fetching it (a token such as fetched)</extracomment>
        <translation>logo&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>certificate: %1 (%2)</source>
        <translation>certificat&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Check a domain&apos;s BIMI: the record, the DMARC prerequisite, the logo and the mark certificate.</source>
        <translation>Vérifier le BIMI d’un domaine&#xa0;: l’enregistrement, le prérequis DMARC, le logo et le certificat de marque.</translation>
    </message>
    <message>
        <source>The BIMI selector (default: default).</source>
        <translation>Le sélecteur BIMI (par défaut&#xa0;: default).</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>sélecteur</translation>
    </message>
    <message>
        <source>The organisational domain, where the record is looked up when DOMAIN has none.</source>
        <translation>Le domaine organisationnel, où l’enregistrement est recherché quand DOMAINE n’en a pas.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>bimi check: expected one DOMAIN</source>
        <translation>bimi check&#xa0;: attendu un seul DOMAINE</translation>
    </message>
    <message>
        <source>Check a BIMI logo against SVG Tiny Portable/Secure, each finding with its line.</source>
        <translation>Vérifier un logo BIMI selon SVG Tiny Portable/Secure, chaque constat avec sa ligne.</translation>
    </message>
    <message>
        <source>bimi svg: expected one FILE</source>
        <translation>bimi svg&#xa0;: attendu un seul FICHIER</translation>
    </message>
    <message>
        <source>%1: valid SVG Tiny PS</source>
        <translation>%1&#xa0;: SVG Tiny PS valide</translation>
    </message>
    <message>
        <source>%1: not valid SVG Tiny PS</source>
        <translation>%1&#xa0;: SVG Tiny PS non valide</translation>
    </message>
    <message>
        <source>line %1:</source>
        <extracomment>%1 a line number in the SVG file</extracomment>
        <translation>ligne %1&#xa0;:</translation>
    </message>
    <message>
        <source>Inspect a mark certificate (VMC or CMC, PEM): BIMI key usage, embedded logo, names, validity and chain to a Mark Verifying Authority.</source>
        <translation>Inspecter un certificat de marque (VMC ou CMC, PEM)&#xa0;: usage de clé BIMI, logo intégré, noms, validité et chaîne vers une autorité de vérification de marque.</translation>
    </message>
    <message>
        <source>The domain the certificate must cover.</source>
        <translation>Le domaine que le certificat doit couvrir.</translation>
    </message>
    <message>
        <source>The SVG logo the certificate must embed.</source>
        <translation>Le logo SVG que le certificat doit intégrer.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>bimi vmc: expected one FILE</source>
        <translation>bimi vmc&#xa0;: attendu un seul FICHIER</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <extracomment>%1 a certificate subject (distinguished name)</extracomment>
        <translation>sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <extracomment>%1 and %2 dates</extracomment>
        <translation>valide&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>%1: report %3 from %2 for %4, %5 to %6</source>
        <extracomment>%1 a file, %2 the reporter, %3 the report id, %4 the policy domain, %5 and %6 dates</extracomment>
        <translation>%1&#xa0;: rapport %3 de %2 pour %4, du %5 au %6</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3, DKIM %4, SPF %5</source>
        <extracomment>%1 an IP address, %2 a message count, %3 disposition, %4 and %5 pass or fail</extracomment>
        <translation>%1&#xa0;: %2 messages, %3, DKIM %4, SPF %5</translation>
    </message>
    <message>
        <source>%1: failure report for %2 from %3 (%4)</source>
        <extracomment>%1 a file, %2 the reported domain, %3 an IP address, %4 the failure (dmarc, dkim, spf)</extracomment>
        <translation>%1&#xa0;: rapport d’échec pour %2 de %3 (%4)</translation>
    </message>
    <message>
        <source>Read DMARC aggregate and failure reports (.xml, .xml.gz, .zip, .eml, mbox, Maildir).</source>
        <translation>Lire les rapports DMARC agrégés et d’échec (.xml, .xml.gz, .zip, .eml, mbox, Maildir).</translation>
    </message>
    <message>
        <source>Keep the aggregate reports in the workspace (a report already there is not added again).</source>
        <translation>Conserver les rapports agrégés dans l’espace de travail (un rapport déjà présent n’est pas ajouté à nouveau).</translation>
    </message>
    <message>
        <source>dmarc report: expected at least one FILE</source>
        <translation>dmarc report&#xa0;: attendu au moins un FICHIER</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the DS or DNSKEY records in this file (zone-file syntax) instead of trusting the resolver&apos;s AD bit.</source>
        <translation>Valider DNSSEC à partir des enregistrements DS ou DNSKEY de ce fichier (syntaxe de fichier de zone) au lieu de se fier au bit AD du résolveur.</translation>
    </message>
    <message>
        <source>--trust-anchor: %1</source>
        <translation>--trust-anchor&#xa0;: %1</translation>
    </message>
    <message>
        <source>DNSSEC validated by Sceau from the trust anchors in %1</source>
        <extracomment>%1 a file name</extracomment>
        <translation>DNSSEC validé par Sceau à partir des ancres de confiance de %1</translation>
    </message>
    <message>
        <source>DNSSEC as the resolver&apos;s AD bit says (the resolver must validate)</source>
        <translation>DNSSEC selon le bit AD du résolveur (le résolveur doit valider)</translation>
    </message>
    <message>
        <source>Also probe the selectors that the DMARC reports stored in the workspace saw signing for DOMAIN.</source>
        <translation>Sonder aussi les sélecteurs que les rapports DMARC conservés dans l’espace de travail ont vus signer pour DOMAINE.</translation>
    </message>
    <message>
        <source>Publish an RRset where there is none.</source>
        <translation>Publier un RRset là où il n’y en a pas.</translation>
    </message>
    <message>
        <source>Replace an RRset, only if it is still what you saw.</source>
        <translation>Remplacer un RRset, seulement s’il est toujours tel que vous l’avez vu.</translation>
    </message>
    <message>
        <source>Delete an RRset, only if it is still what you saw.</source>
        <translation>Supprimer un RRset, seulement s’il est toujours tel que vous l’avez vu.</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: takes no --value (--expect names what is deleted)</source>
        <translation>%1&#xa0;: n’accepte pas --value (--expect désigne ce qui est supprimé)</translation>
    </message>
    <message>
        <source>%1: --value is required</source>
        <translation>%1&#xa0;: --value est obligatoire</translation>
    </message>
    <message>
        <source>%1: takes no --expect (the RRset must not exist)</source>
        <translation>%1&#xa0;: n’accepte pas --expect (le RRset ne doit pas exister)</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <extracomment>%1 a name, %2 why</extracomment>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no record of this type: nothing to change (use publish add)</source>
        <extracomment>%1 a name</extracomment>
        <translation>%1 n’a aucun enregistrement de ce type&#xa0;: rien à modifier (utilisez publish add)</translation>
    </message>
    <message>
        <source>Print an RRset as zone-file lines, for DNS without an API.</source>
        <translation>Afficher un RRset sous forme de lignes de fichier de zone, pour un DNS sans API.</translation>
    </message>
    <message>
        <source>The TTL in seconds (default 3600).</source>
        <translation>Le TTL en secondes (3600 par défaut).</translation>
    </message>
    <message>
        <source>publish export: %1</source>
        <translation>publish export&#xa0;: %1</translation>
    </message>
    <message>
        <source>publish export: expected --zone Z --name N --value V…</source>
        <translation>publish export&#xa0;: attendu --zone Z --name N --value V…</translation>
    </message>
    <message>
        <source>The zone to change (its apex).</source>
        <translation>La zone à modifier (son apex).</translation>
    </message>
    <message>
        <source>The record&apos;s name: relative to the zone (@ for its apex), or absolute.</source>
        <translation>Le nom de l’enregistrement&#xa0;: relatif à la zone (@ pour son apex), ou absolu.</translation>
    </message>
    <message>
        <source>The record type (default TXT).</source>
        <translation>Le type d’enregistrement (TXT par défaut).</translation>
    </message>
    <message>
        <source>A value of the RRset (repeat for several); TXT as typed, or quoted strings.</source>
        <translation>Une valeur du RRset (à répéter pour plusieurs)&#xa0;; TXT tel que saisi, ou chaînes entre guillemets.</translation>
    </message>
    <message>
        <source>The credential to publish with (default: the only one for the zone).</source>
        <translation>L’identifiant avec lequel publier (par défaut&#xa0;: le seul pour la zone).</translation>
    </message>
    <message>
        <source>A value you saw in the RRset (repeat for each): the change is refused if the RRset is not exactly these (default: as read just before).</source>
        <translation>Une valeur que vous avez vue dans le RRset (à répéter pour chacune)&#xa0;: la modification est refusée si le RRset n’est pas exactement celles-ci (par défaut&#xa0;: tel que lu juste avant).</translation>
    </message>
    <message>
        <source>--zone is required</source>
        <translation>--zone est obligatoire</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>--name: %1 is not in the zone %2</source>
        <extracomment>%1 a name, %2 a zone</extracomment>
        <translation>--name&#xa0;: %1 n’est pas dans la zone %2</translation>
    </message>
    <message>
        <source>--type: “%1” is not a record type Sceau publishes</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>--type&#xa0;: «&#xa0;%1&#xa0;» n’est pas un type d’enregistrement que Sceau publie</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <extracomment>%1 an option, %2 why</extracomment>
        <translation>--%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--ttl takes seconds, from 0 to 2147483647</source>
        <translation>--ttl prend des secondes, de 0 à 2147483647</translation>
    </message>
    <message>
        <source>List the changes published from this workspace, newest first.</source>
        <translation>Lister les modifications publiées depuis cet espace de travail, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>Only the changes to this zone.</source>
        <translation>Seulement les modifications de cette zone.</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>Au plus ce nombre (100 par défaut).</translation>
    </message>
    <message>
        <source>publish journal: expected [--zone Z] [--limit N ≥ 1]</source>
        <translation>publish journal&#xa0;: attendu [--zone Z] [--limit N ≥ 1]</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>Le journal est vide.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>refused: the records changed</source>
        <translation>refusé&#xa0;: les enregistrements ont changé</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusé par le serveur</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n’a pas pu être joint</translation>
    </message>
    <message>
        <source>the records could not be read</source>
        <translation>les enregistrements n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation>aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5 with %6: %7</source>
        <extracomment>%1 journal number, %2 time, %3 action (add, replace, delete), %4 type, %5 name, %6 credential, %7 outcome</extracomment>
        <translation>#%1 %2 %3 %4 %5 avec %6&#xa0;: %7</translation>
    </message>
    <message>
        <source>(rolls back #%1)</source>
        <translation>(annule #%1)</translation>
    </message>
    <message>
        <source>Could not find the authoritative servers: %1</source>
        <extracomment>%1 why</extracomment>
        <translation>Impossible de trouver les serveurs faisant autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2): serves it, serial %3</source>
        <extracomment>%1 host, %2 address, %3 SOA serial</extracomment>
        <translation>%1 (%2)&#xa0;: le sert, numéro de série %3</translation>
    </message>
    <message>
        <source>%1 (%2): not yet, serial %3</source>
        <translation>%1 (%2)&#xa0;: pas encore, numéro de série %3</translation>
    </message>
    <message>
        <source>%1 (%2): could not be asked: %3</source>
        <extracomment>%1 host, %2 address, %3 why</extracomment>
        <translation>%1 (%2)&#xa0;: n’a pas pu être interrogé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 authoritative servers serve it.</source>
        <extracomment>%1 and %2 numbers of servers</extracomment>
        <translation>%1 des %2 serveurs faisant autorité le servent.</translation>
    </message>
    <message>
        <source>Undo a published change, only if what it wrote is still there.</source>
        <translation>Annuler une modification publiée, seulement si ce qu’elle a écrit est toujours là.</translation>
    </message>
    <message>
        <source>publish rollback: expected a journal number</source>
        <translation>publish rollback&#xa0;: attendu un numéro du journal</translation>
    </message>
    <message>
        <source>Watch an RRset reach every authoritative server of its zone.</source>
        <translation>Surveiller l’arrivée d’un RRset sur chaque serveur faisant autorité de sa zone.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default 300).</source>
        <translation>S’arrêter au bout de ce nombre de secondes (300 par défaut).</translation>
    </message>
    <message>
        <source>Ask again every this many milliseconds (default 2000).</source>
        <translation>Interroger de nouveau tous les ce nombre de millisecondes (2000 par défaut).</translation>
    </message>
    <message>
        <source>publish watch: %1</source>
        <translation>publish watch&#xa0;: %1</translation>
    </message>
    <message>
        <source>round %1: %2 of %3 servers serve it</source>
        <extracomment>%1 round number, %2 and %3 numbers of servers</extracomment>
        <translation>tour %1&#xa0;: %2 des %3 serveurs le servent</translation>
    </message>
    <message>
        <source>Add a credential (an SMTP account, a TSIG key, a Cloudflare or OVHcloud API access): its settings in the workspace, its secret (read from standard input) in the keychain only.</source>
        <translation>Ajouter un identifiant (un compte SMTP, une clé TSIG, un accès à l’API de Cloudflare ou d’OVHcloud)&#xa0;: ses réglages dans l’espace de travail, son secret (lu sur l’entrée standard) dans le trousseau uniquement.</translation>
    </message>
    <message>
        <source>smtp: the account&apos;s submission server.</source>
        <translation>smtp&#xa0;: le serveur de soumission du compte.</translation>
    </message>
    <message>
        <source>smtp: the account&apos;s user name.</source>
        <translation>smtp&#xa0;: le nom d’utilisateur du compte.</translation>
    </message>
    <message>
        <source>smtp: the server&apos;s port (default 587, or 465 with --implicit-tls).</source>
        <translation>smtp&#xa0;: le port du serveur (587 par défaut, ou 465 avec --implicit-tls).</translation>
    </message>
    <message>
        <source>smtp: the server speaks TLS from the start (port 465).</source>
        <translation>smtp&#xa0;: le serveur parle TLS dès le début (port 465).</translation>
    </message>
    <message>
        <source>credentials add: expected smtp|tsig|cloudflare|ovh NAME</source>
        <translation>credentials add&#xa0;: attendu smtp|tsig|cloudflare|ovh NOM</translation>
    </message>
    <message>
        <source>Added %1; its secret is in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>%1 ajouté&#xa0;; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 on %2:%3, %4</source>
        <extracomment>%1 user name, %2 host, %3 port, %4 security token</extracomment>
        <translation>%1 sur %2:%3, %4</translation>
    </message>
    <message>
        <source>key %1 (%2) for %3 on %4</source>
        <extracomment>%1 key name, %2 algorithm, %3 zone, %4 server or &quot;SOA primary&quot;</extracomment>
        <translation>clé %1 (%2) pour %3 sur %4</translation>
    </message>
    <message>
        <source>its SOA primary</source>
        <translation>le serveur primaire de son SOA</translation>
    </message>
    <message>
        <source>API access to %1 through %2</source>
        <extracomment>%1 zone, %2 API URL or &quot;the public API&quot;</extracomment>
        <translation>accès API à %1 via %2</translation>
    </message>
    <message>
        <source>the public API</source>
        <translation>l’API publique</translation>
    </message>
    <message>
        <source>List the credentials of the workspace (never their secrets), with their age.</source>
        <translation>Lister les identifiants de l’espace de travail (jamais leurs secrets), avec leur âge.</translation>
    </message>
    <message>
        <source>Only the credentials whose secret was set this many days ago or more: due to be changed.</source>
        <translation>Seulement les identifiants dont le secret a été défini il y a ce nombre de jours ou plus&#xa0;: à renouveler.</translation>
    </message>
    <message>
        <source>credentials list: --due takes a number of days</source>
        <translation>credentials list&#xa0;: --due prend un nombre de jours</translation>
    </message>
    <message>
        <source>No credential is due to be changed.</source>
        <translation>Aucun identifiant n’est à renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; secret set %n day(s) ago</source>
        <extracomment>%1 name, %2 kind (smtp, tsig…), %3 what it is for, %n its age in days</extracomment>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %3&#xa0;; secret défini il y a %n jour</numerusform>
            <numerusform>%1 (%2)&#xa0;: %3&#xa0;; secret défini il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a credential&apos;s secret (read from standard input) in the keychain.</source>
        <translation>Remplacer le secret d’un identifiant (lu sur l’entrée standard) dans le trousseau.</translation>
    </message>
    <message>
        <source>credentials rotate: expected NAME</source>
        <translation>credentials rotate&#xa0;: attendu NOM</translation>
    </message>
    <message>
        <source>no credential named %1</source>
        <translation>aucun identifiant nommé %1</translation>
    </message>
    <message>
        <source>The secret of %1 was replaced in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>Le secret de %1 a été remplacé dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 is accepted.</source>
        <translation>%1 est accepté.</translation>
    </message>
    <message>
        <source>%1 is refused (%2).</source>
        <translation>%1 est refusé (%2).</translation>
    </message>
    <message>
        <source>%1 could not be tested (%2).</source>
        <translation>%1 n’a pas pu être testé (%2).</translation>
    </message>
    <message>
        <source>Test whether a credential is accepted, changing nothing.</source>
        <translation>Tester si un identifiant est accepté, sans rien modifier.</translation>
    </message>
    <message>
        <source>credentials test: expected NAME</source>
        <translation>credentials test&#xa0;: attendu NOM</translation>
    </message>
    <message>
        <source>tsig, cloudflare, ovh: the zone it may change.</source>
        <translation>tsig, cloudflare, ovh&#xa0;: la zone qu’il peut modifier.</translation>
    </message>
    <message>
        <source>tsig: the key&apos;s name, as the server knows it.</source>
        <translation>tsig&#xa0;: le nom de la clé, tel que le serveur le connaît.</translation>
    </message>
    <message>
        <source>tsig: hmac-sha256 (default) or hmac-sha512.</source>
        <translation>tsig&#xa0;: hmac-sha256 (par défaut) ou hmac-sha512.</translation>
    </message>
    <message>
        <source>tsig: the zone&apos;s primary server (default: the SOA&apos;s primary name).</source>
        <translation>tsig&#xa0;: le serveur primaire de la zone (par défaut&#xa0;: le nom du serveur primaire du SOA).</translation>
    </message>
    <message>
        <source>cloudflare, ovh: the API&apos;s base URL (default: the provider&apos;s).</source>
        <translation>cloudflare, ovh&#xa0;: l’URL de base de l’API (par défaut&#xa0;: celle du fournisseur).</translation>
    </message>
    <message>
        <source>ovh: the application key.</source>
        <translation>ovh&#xa0;: la clé d’application.</translation>
    </message>
    <message>
        <source>credentials add: --zone is required</source>
        <translation>credentials add&#xa0;: --zone est obligatoire</translation>
    </message>
    <message>
        <source>credentials add tsig: --key-name must name the key</source>
        <translation>credentials add tsig&#xa0;: --key-name doit nommer la clé</translation>
    </message>
    <message>
        <source>credentials add tsig: --algorithm is hmac-sha256 or hmac-sha512</source>
        <translation>credentials add tsig&#xa0;: --algorithm vaut hmac-sha256 ou hmac-sha512</translation>
    </message>
    <message>
        <source>credentials add ovh: --application-key is required</source>
        <translation>credentials add ovh&#xa0;: --application-key est obligatoire</translation>
    </message>
    <message>
        <source>credentials add: --api: %1</source>
        <extracomment>%1 why the URL is refused</extracomment>
        <translation>credentials add&#xa0;: --api&#xa0;: %1</translation>
    </message>
    <message>
        <source>TSIG secret (base64) for %1: </source>
        <translation>Secret TSIG (base64) pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>Jeton d’API pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Application secret for %1: </source>
        <translation>Secret d’application pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Consumer key for %1: </source>
        <translation>Clé consommateur pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>the secret is longer than %1 bytes</source>
        <translation>le secret dépasse %1 octets</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>aucun secret sur l’entrée standard</translation>
    </message>
    <message>
        <source>add</source>
        <extracomment>a journal entry&apos;s action</extracomment>
        <translation>ajout</translation>
    </message>
    <message>
        <source>replace</source>
        <extracomment>a journal entry&apos;s action</extracomment>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>a journal entry&apos;s action</extracomment>
        <translation>suppression</translation>
    </message>
    <message>
        <source>publish watch: expected --name N --value V… [--wait 0–86400] [--interval 10 ms or more]</source>
        <translation>publish watch&#xa0;: attendu --name N --value V… [--wait 0–86400] [--interval 10 ms ou plus]</translation>
    </message>
    <message>
        <source>DKIM selector to check (repeatable); without it, the common selectors are probed.</source>
        <translation>Sélecteur DKIM à vérifier (répétable)&#xa0;; sans lui, les sélecteurs courants sont sondés.</translation>
    </message>
    <message>
        <source>Save each report in the workspace&apos;s history (the domain is added to the list).</source>
        <translation>Enregistrer chaque rapport dans l’historique de l’espace de travail (le domaine est ajouté à la liste).</translation>
    </message>
    <message>
        <source>%1, %2/100 (provisional)</source>
        <extracomment>%1 an area&apos;s state (Good, Failing…), %2 its score out of 100 (some lookups failed)</extracomment>
        <translation>%1, %2/100 (provisoire)</translation>
    </message>
    <message>
        <source>%1, %2/100</source>
        <extracomment>%1 an area&apos;s state (Good, Failing…), %2 its score out of 100</extracomment>
        <translation>%1, %2/100</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the area&apos;s state and score, %2 its key facts, separated by &quot;; &quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — domain not found</source>
        <extracomment>%1 domain that does not exist (NXDOMAIN)</extracomment>
        <translation>%1 — domaine introuvable</translation>
    </message>
    <message>
        <source>%1 — could not check</source>
        <extracomment>%1 domain; no area could be rated</extracomment>
        <translation>%1 — impossible de vérifier</translation>
    </message>
    <message>
        <source>%1 — score %2/100 (provisional), %3</source>
        <extracomment>%1 domain, %2 score out of 100 of what could be checked, %3 the overall state</extracomment>
        <translation>%1 — score %2/100 (provisoire), %3</translation>
    </message>
    <message>
        <source>%1 — score %2/100, %3</source>
        <extracomment>%1 domain, %2 score out of 100, %3 the overall state (Good, To improve, Failing)</extracomment>
        <translation>%1 — score %2/100, %3</translation>
    </message>
    <message>
        <source>diff: the domain has fewer than two saved checks (check --save saves them)</source>
        <translation>diff&#xa0;: le domaine a moins de deux vérifications enregistrées (check --save les enregistre)</translation>
    </message>
    <message>
        <source>diff: %1 %2 is not a saved check of this domain (see history)</source>
        <extracomment>%1 an option (--from, --to), %2 its value</extracomment>
        <translation>diff&#xa0;: %1 %2 n’est pas une vérification enregistrée de ce domaine (voir history)</translation>
    </message>
    <message>
        <source>What changed between two saved checks of a domain (by default the last two).</source>
        <translation>Ce qui a changé entre deux vérifications enregistrées d’un domaine (par défaut, les deux dernières).</translation>
    </message>
    <message>
        <source>The earlier check (a number from history).</source>
        <translation>La vérification la plus ancienne (un numéro donné par history).</translation>
    </message>
    <message>
        <source>The later check (a number from history).</source>
        <translation>La vérification la plus récente (un numéro donné par history).</translation>
    </message>
    <message>
        <source>diff: give one domain</source>
        <translation>diff&#xa0;: indiquez un domaine</translation>
    </message>
    <message>
        <source>%1: from #%2 (%4) to #%3 (%5)</source>
        <extracomment>%1 domain, %2 and %3 check numbers, %4 and %5 their dates</extracomment>
        <translation>%1&#xa0;: de #%2 (%4) à #%3 (%5)</translation>
    </message>
    <message>
        <source>  No change.</source>
        <translation>  Aucun changement.</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <extracomment>%1 kind token (regression, improvement, neutral), %2 the change in words</extracomment>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Add domains to the workspace&apos;s list (a pasted URL gives its host).</source>
        <translation>Ajouter des domaines à la liste de l’espace de travail (une URL collée donne son hôte).</translation>
    </message>
    <message>
        <source>The client these domains are for.</source>
        <translation>Le client auquel ces domaines appartiennent.</translation>
    </message>
    <message>
        <source>A tag for these domains (repeatable).</source>
        <translation>Une étiquette pour ces domaines (répétable).</translation>
    </message>
    <message>
        <source>domains add: give at least one domain</source>
        <translation>domains add&#xa0;: indiquez au moins un domaine</translation>
    </message>
    <message>
        <source>Listed %1</source>
        <extracomment>%1 a domain name</extracomment>
        <translation>%1 ajouté à la liste</translation>
    </message>
    <message>
        <source>Add the domains of a file, one per line (# starts a comment); each refused line is reported and the others are added.</source>
        <translation>Ajouter les domaines d’un fichier, un par ligne (# commence un commentaire)&#xa0;; chaque ligne refusée est signalée et les autres sont ajoutées.</translation>
    </message>
    <message>
        <source>domains import: give one file (- for standard input)</source>
        <translation>domains import&#xa0;: indiquez un fichier (- pour l’entrée standard)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) listed</source>
        <translation>
            <numerusform>%n domaine ajouté à la liste</numerusform>
            <numerusform>%n domaines ajoutés à la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number, %2 why the line was refused</extracomment>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace&apos;s domains, with their client, tags and last saved check.</source>
        <translation>Les domaines de l’espace de travail, avec leur client, leurs étiquettes et leur dernière vérification enregistrée.</translation>
    </message>
    <message>
        <source>domains list: unexpected argument “%1”</source>
        <translation>domains list&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1  [%2] {%3}  %4 at %5</source>
        <extracomment>%1 domain, %2 client, %3 tags, %4 state token (good, failing…), %5 date of the last saved check</extracomment>
        <translation>%1  [%2] {%3}  %4 le %5</translation>
    </message>
    <message>
        <source>%1  [%2] {%3}  never checked</source>
        <extracomment>%1 domain, %2 client, %3 tags</extracomment>
        <translation>%1  [%2] {%3}  jamais vérifié</translation>
    </message>
    <message>
        <source>The domains list is empty.</source>
        <translation>La liste des domaines est vide.</translation>
    </message>
    <message>
        <source>Take a domain off the workspace&apos;s list, with its saved checks.</source>
        <translation>Retirer un domaine de la liste de l’espace de travail, avec ses vérifications enregistrées.</translation>
    </message>
    <message>
        <source>domains remove: give one domain</source>
        <translation>domains remove&#xa0;: indiquez un domaine</translation>
    </message>
    <message>
        <source>Removed %1 and its saved checks</source>
        <extracomment>%1 a domain name</extracomment>
        <translation>%1 et ses vérifications enregistrées ont été supprimés</translation>
    </message>
    <message>
        <source>The saved checks of a domain, newest first (check --save saves them).</source>
        <translation>Les vérifications enregistrées d’un domaine, les plus récentes d’abord (check --save les enregistre).</translation>
    </message>
    <message>
        <source>history: give one domain</source>
        <translation>history&#xa0;: indiquez un domaine</translation>
    </message>
    <message>
        <source>%1 has no saved check.</source>
        <translation>%1 n’a aucune vérification enregistrée.</translation>
    </message>
    <message>
        <source>#%1 %2  %3/100  %4  (%5)</source>
        <extracomment>%1 check number, %2 date, %3 score out of 100, %4 state token (good, failing…), %5 the resolver asked</extracomment>
        <translation>#%1 %2  %3/100  %4  (%5)</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <extracomment>%1 step number, %2 step name, %3 state token (pass, fail, not-evaluated, could-not-check: not translated)</extracomment>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Headers only: body hashes are not checked.</source>
        <translation>En-têtes seulement&#xa0;: les empreintes du corps ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>%1: d=%2 s=%3 a=%4 (dkim=%5)</source>
        <extracomment>%1 state token, %2 domain, %3 selector, %4 algorithm, %5 RFC 8601 result token</extracomment>
        <translation>%1&#xa0;: d=%2 s=%3 a=%4 (dkim=%5)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>IP %1, MAIL FROM %2, HELO %3 (from %4)</source>
        <extracomment>%1 IP address, %2 MAIL FROM, %3 HELO name, %4 where the IP was read (token)</extracomment>
        <translation>IP %1, MAIL FROM %2, HELO %3 (source&#xa0;: %4)</translation>
    </message>
    <message>
        <source>check_host(%1): %2 %3</source>
        <extracomment>%1 domain checked, %2 RFC 7208 result token, %3 the deciding term</extracomment>
        <translation>check_host(%1)&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>From %1: SPF aligned %2, DKIM aligned %3</source>
        <extracomment>%1 From domain, %2 and %3 yes/no tokens</extracomment>
        <translation>From %1&#xa0;: SPF aligné %2, DKIM aligné %3</translation>
    </message>
    <message>
        <source>policy of %1: p=%2, on failure: %3</source>
        <extracomment>%1 policy domain, %2 and %3 none, quarantine or reject</extracomment>
        <translation>politique de %1&#xa0;: p=%2, en cas d’échec&#xa0;: %3</translation>
    </message>
    <message>
        <source>One-click unsubscribe (RFC 8058)</source>
        <translation>Désabonnement en un clic (RFC 8058)</translation>
    </message>
    <message>
        <source>5. Selectors seen: %1</source>
        <extracomment>%1 the d=/s= pairs of the signatures, or &quot;none&quot;</extracomment>
        <translation>5. Sélecteurs vus&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Analyze a received message: DKIM, SPF of the sending IP, DMARC, one-click unsubscribe, selectors.</source>
        <translation>Analyser un message reçu&#xa0;: DKIM, SPF de l’IP d’envoi, DMARC, désabonnement en un clic, sélecteurs.</translation>
    </message>
    <message>
        <source>The input is a header block without body (detected when no empty line ends the header, or nothing follows it).</source>
        <translation>L’entrée est un bloc d’en-têtes sans corps (détecté quand aucune ligne vide ne termine les en-têtes, ou quand rien ne les suit).</translation>
    </message>
    <message>
        <source>The input is a whole message, even with an empty body.</source>
        <translation>L’entrée est un message complet, même si son corps est vide.</translation>
    </message>
    <message>
        <source>message analyze: expected at most one FILE, and at most one of --headers-only and --whole-message</source>
        <translation>message analyze&#xa0;: attendu au plus un FICHIER, et au plus une option parmi --headers-only et --whole-message</translation>
    </message>
    <message>
        <source>The latest saved check of domains as an HTML or PDF report, JSON or CSV.</source>
        <translation>La dernière vérification enregistrée de domaines, en rapport HTML ou PDF, en JSON ou en CSV.</translation>
    </message>
    <message>
        <source>The file to write (replaced as a whole).</source>
        <translation>Le fichier à écrire (remplacé en entier).</translation>
    </message>
    <message>
        <source>html, pdf, json or csv (default: from the file&apos;s suffix).</source>
        <translation>html, pdf, json ou csv (par défaut&#xa0;: d’après l’extension du fichier).</translation>
    </message>
    <message>
        <source>export: give the file to write with --out</source>
        <translation>export&#xa0;: indiquez le fichier à écrire avec --out</translation>
    </message>
    <message>
        <source>export: unknown format “%1” (html, pdf, json or csv)</source>
        <translation>export&#xa0;: format «&#xa0;%1&#xa0;» inconnu (html, pdf, json ou csv)</translation>
    </message>
    <message>
        <source>export: say the format with --format, or end the file name with .html, .pdf, .json or .csv</source>
        <translation>export&#xa0;: indiquez le format avec --format, ou terminez le nom du fichier par .html, .pdf, .json ou .csv</translation>
    </message>
    <message>
        <source>export: %1 has no saved check (check --save); left out</source>
        <extracomment>%1 a domain of the list</extracomment>
        <translation>export&#xa0;: %1 n’a aucune vérification enregistrée (check --save)&#xa0;; omis</translation>
    </message>
    <message>
        <source>export: no saved check to export</source>
        <translation>export&#xa0;: aucune vérification enregistrée à exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) written to %1.</source>
        <extracomment>%n domains exported, %1 the file written</extracomment>
        <translation>
            <numerusform>%n domaine écrit dans %1.</numerusform>
            <numerusform>%n domaines écrits dans %1.</numerusform>
        </translation>
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
    <message>
        <source>The DNS name is an alias (CNAME) whose chain loops back on itself, so it cannot be resolved.</source>
        <translation>Le nom DNS est un alias (CNAME) dont la chaîne revient sur elle-même&#xa0;: il ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>The DNS name leads through too many aliases (CNAME) to be resolved.</source>
        <translation>Le nom DNS passe par trop d’alias (CNAME) pour être résolu.</translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Existe déjà.</translation>
    </message>
    <message>
        <source>This step is not allowed now.</source>
        <translation>Cette étape n’est pas permise maintenant.</translation>
    </message>
    <message>
        <source>DNS does not serve it yet.</source>
        <translation>Le DNS ne le sert pas encore.</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <extracomment>%1 a file, %2 the system&apos;s reason</extracomment>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the workspace is in use by another program (SQLite %1)</source>
        <translation>l’espace de travail est utilisé par un autre programme (SQLite %1)</translation>
    </message>
    <message>
        <source>the workspace cannot be written (SQLite %1)</source>
        <translation>impossible d’écrire dans l’espace de travail (SQLite %1)</translation>
    </message>
    <message>
        <source>the disk could not store the workspace (SQLite %1)</source>
        <translation>le disque n’a pas pu enregistrer l’espace de travail (SQLite %1)</translation>
    </message>
    <message>
        <source>the workspace file is damaged (SQLite %1)</source>
        <translation>le fichier de l’espace de travail est endommagé (SQLite %1)</translation>
    </message>
    <message>
        <source>the change conflicts with what the workspace holds (SQLite %1)</source>
        <translation>la modification entre en conflit avec le contenu de l’espace de travail (SQLite %1)</translation>
    </message>
    <message>
        <source>the workspace database failed (SQLite %1)</source>
        <extracomment>%1 SQLite&apos;s result code (a number), or nothing when the driver gave none</extracomment>
        <translation>la base de données de l’espace de travail a échoué (SQLite %1)</translation>
    </message>
</context>
<context>
    <name>Sceau::Dkim</name>
    <message>
        <source>No DKIM key for selector %1</source>
        <extracomment>%1 is a DKIM selector</extracomment>
        <translation>Aucune clé DKIM pour le sélecteur %1</translation>
    </message>
    <message>
        <source>Nothing is published at %1: signatures made with this selector cannot be verified.</source>
        <extracomment>%1 is the record name &lt;selector&gt;._domainkey.&lt;domain&gt;</extracomment>
        <translation>Rien n&apos;est publié sur %1&#xa0;: les signatures faites avec ce sélecteur ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>Publish the selector&apos;s public key, or check the selector&apos;s spelling.</source>
        <translation>Publiez la clé publique du sélecteur, ou vérifiez l&apos;orthographe du sélecteur.</translation>
    </message>
    <message>
        <source>DKIM key: %1, %2 bits</source>
        <extracomment>%1 is a key type (rsa, ed25519), %2 a size in bits</extracomment>
        <translation>Clé DKIM&#xa0;: %1, %2 bits</translation>
    </message>
    <message>
        <source>The published key has a sound type and size.</source>
        <translation>La clé publiée a un type et une taille corrects.</translation>
    </message>
    <message>
        <source>DKIM key too short (%1 bits)</source>
        <extracomment>%1 is a size in bits</extracomment>
        <translation>Clé DKIM trop courte (%1 bits)</translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits are rejected by verifiers: every signature made with this key fails.</source>
        <translation>Les clés RSA de moins de 1024 bits sont rejetées par les vérificateurs&#xa0;: toutes les signatures faites avec cette clé échouent.</translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key (or Ed25519 alongside RSA), publish it under a new selector and switch signing to it.</source>
        <translation>Générez une clé RSA de 2048 bits (ou Ed25519 en plus de RSA), publiez-la sous un nouveau sélecteur et basculez la signature sur cette clé.</translation>
    </message>
    <message>
        <source>Weak DKIM key (%1 bits)</source>
        <extracomment>%1 is a size in bits</extracomment>
        <translation>Clé DKIM faible (%1 bits)</translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is still accepted but can be factored by a determined attacker; 2048 bits is the recommended minimum.</source>
        <translation>Une clé RSA de 1024 bits est encore acceptée, mais un attaquant déterminé peut la factoriser&#xa0;; 2048 bits est le minimum recommandé.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key under a new selector.</source>
        <translation>Effectuez une rotation vers une clé RSA de 2048 bits sous un nouveau sélecteur.</translation>
    </message>
    <message>
        <source>DKIM key revoked at %1</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation>Clé DKIM révoquée sur %1</translation>
    </message>
    <message>
        <source>The record has an empty p= tag: the key was withdrawn, and signatures with this selector fail.</source>
        <translation>L&apos;enregistrement a une balise p= vide&#xa0;: la clé a été retirée, et les signatures faites avec ce sélecteur échouent.</translation>
    </message>
    <message>
        <source>If this selector is still used for signing, publish a new key and move signing to it; otherwise nothing is needed.</source>
        <translation>Si ce sélecteur sert encore à signer, publiez une nouvelle clé et basculez la signature sur celle-ci&#xa0;; sinon, rien à faire.</translation>
    </message>
    <message>
        <source>Unusable DKIM key at %1</source>
        <translation>Clé DKIM inutilisable sur %1</translation>
    </message>
    <message>
        <source>The p= value is not a valid public key (%1); every signature fails.</source>
        <extracomment>%1 is a technical detail</extracomment>
        <translation>La valeur p= n&apos;est pas une clé publique valide (%1)&#xa0;; toutes les signatures échouent.</translation>
    </message>
    <message>
        <source>Publish the public key again, copying the whole value, in one or several quoted strings.</source>
        <translation>Publiez de nouveau la clé publique en copiant la valeur entière, en une ou plusieurs chaînes entre guillemets.</translation>
    </message>
    <message>
        <source>The key at %1 matches the local private key</source>
        <translation>La clé publiée sur %1 correspond à la clé privée locale</translation>
    </message>
    <message>
        <source>Messages signed with the local key will verify.</source>
        <translation>Les messages signés avec la clé locale passeront la vérification.</translation>
    </message>
    <message>
        <source>The key at %1 does not match the local private key</source>
        <translation>La clé publiée sur %1 ne correspond pas à la clé privée locale</translation>
    </message>
    <message>
        <source>Messages signed with the local key will fail verification.</source>
        <translation>Les messages signés avec la clé locale échoueront à la vérification.</translation>
    </message>
    <message>
        <source>Publish the public key of the local private key, or sign with the private key that belongs to the published one.</source>
        <translation>Publiez la clé publique correspondant à la clé privée locale, ou signez avec la clé privée qui correspond à la clé publiée.</translation>
    </message>
    <message>
        <source>DKIM key in testing mode at %1</source>
        <translation>Clé DKIM en mode test sur %1</translation>
    </message>
    <message>
        <source>The record has t=y: verifiers may treat signatures as unsigned mail.</source>
        <translation>L&apos;enregistrement contient t=y&#xa0;: les vérificateurs peuvent traiter les messages signés comme du courrier non signé.</translation>
    </message>
    <message>
        <source>Remove t=y once signing works.</source>
        <translation>Retirez t=y une fois que la signature fonctionne.</translation>
    </message>
    <message>
        <source>DKIM key restricted to SHA-1 at %1</source>
        <translation>Clé DKIM limitée à SHA-1 sur %1</translation>
    </message>
    <message>
        <source>The record has h=sha1: only rsa-sha1 signatures may use it, and verifiers no longer accept those.</source>
        <translation>L&apos;enregistrement contient h=sha1&#xa0;: seules les signatures rsa-sha1 peuvent l&apos;utiliser, et les vérificateurs ne les acceptent plus.</translation>
    </message>
    <message>
        <source>Remove the h= tag, or set h=sha256, and sign with rsa-sha256.</source>
        <translation>Supprimez la balise h=, ou indiquez h=sha256, et signez avec rsa-sha256.</translation>
    </message>
    <message>
        <source>DKIM key not usable for email at %1</source>
        <translation>Clé DKIM inutilisable pour le courriel sur %1</translation>
    </message>
    <message>
        <source>The record&apos;s service types (s=%1) do not include email.</source>
        <extracomment>%1 is the s= value of the record</extracomment>
        <translation>Les types de service de l&apos;enregistrement (s=%1) n&apos;incluent pas le courriel (email).</translation>
    </message>
    <message>
        <source>Remove the s= tag, or set s=email.</source>
        <translation>Supprimez la balise s=, ou indiquez s=email.</translation>
    </message>
    <message>
        <source>Invalid DKIM key record at %1</source>
        <translation>Enregistrement de clé DKIM non valide sur %1</translation>
    </message>
    <message>
        <source>The record cannot be parsed: %1. Verifiers ignore it.</source>
        <extracomment>%1 is a technical detail</extracomment>
        <translation>L&apos;enregistrement ne peut pas être analysé&#xa0;: %1. Les vérificateurs l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Publish a record of the form “v=DKIM1; k=rsa; p=…”.</source>
        <translation>Publiez un enregistrement de la forme “v=DKIM1; k=rsa; p=…”.</translation>
    </message>
    <message>
        <source>Several DKIM key records at %1</source>
        <translation>Plusieurs enregistrements de clé DKIM sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key records are published; which one a verifier uses is undefined.</source>
        <translation>
            <numerusform>%n enregistrement de clé est publié&#xa0;; rien ne détermine lequel un vérificateur utilisera.</numerusform>
            <numerusform>%n enregistrements de clé sont publiés&#xa0;; rien ne détermine lequel un vérificateur utilisera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one key record per selector.</source>
        <translation>Ne conservez qu&apos;un seul enregistrement de clé par sélecteur.</translation>
    </message>
    <message>
        <source>Ed25519 key at %1</source>
        <translation>Clé Ed25519 sur %1</translation>
    </message>
    <message>
        <source>Many verifiers do not support Ed25519 yet and treat these signatures as absent.</source>
        <translation>De nombreux vérificateurs ne prennent pas encore en charge Ed25519 et traitent ces signatures comme absentes.</translation>
    </message>
    <message>
        <source>Also sign with an RSA key under another selector.</source>
        <translation>Signez aussi avec une clé RSA sous un autre sélecteur.</translation>
    </message>
    <message>
        <source>no private key to export</source>
        <translation>aucune clé privée à exporter</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten</source>
        <translation>%1 existe déjà&#xa0;; il n&apos;a pas été écrasé</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>unsupported key type %1</source>
        <translation>type de clé non pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>v= must come first and be “DKIM1”</source>
        <translation>v= doit venir en premier et valoir “DKIM1”</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the record has no p= tag</source>
        <translation>l&apos;enregistrement n&apos;a pas de balise p=</translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation>type de clé inconnu k=%1</translation>
    </message>
    <message>
        <source>the selector is empty</source>
        <translation>le sélecteur est vide</translation>
    </message>
    <message>
        <source>the selector “%1” has an empty label</source>
        <translation>le sélecteur “%1” contient une étiquette vide</translation>
    </message>
    <message>
        <source>the selector label “%1” is longer than 63 characters</source>
        <translation>l&apos;étiquette de sélecteur “%1” dépasse 63 caractères</translation>
    </message>
    <message>
        <source>the selector label “%1” starts or ends with a hyphen</source>
        <translation>l&apos;étiquette de sélecteur “%1” commence ou finit par un trait d&apos;union</translation>
    </message>
    <message>
        <source>the selector “%1” contains the character “%2”</source>
        <translation>le sélecteur “%1” contient le caractère “%2”</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <extracomment>%1 is a key size in bits</extracomment>
        <translation>RSA, %1 bits</translation>
    </message>
    <message>
        <source>the workspace already has a key for selector %1 of %2</source>
        <translation>l&apos;espace de travail contient déjà une clé pour le sélecteur %1 de %2</translation>
    </message>
    <message>
        <source>no DKIM key with id %1</source>
        <extracomment>%1 a number</extracomment>
        <translation>aucune clé DKIM avec l&apos;id %1</translation>
    </message>
    <message>
        <source>the private key of selector %1 was destroyed</source>
        <translation>la clé privée du sélecteur %1 a été détruite</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase is missing from the keychain</source>
        <translation>la phrase secrète de la clé est absente du trousseau de clés</translation>
    </message>
    <message>
        <source>the key is neither RSA nor Ed25519</source>
        <translation>la clé n&apos;est ni RSA ni Ed25519</translation>
    </message>
    <message>
        <source>an Ed25519 seed is 32 bytes</source>
        <translation>une graine Ed25519 fait 32 octets</translation>
    </message>
    <message>
        <source>the file is not a PEM private key</source>
        <translation>le fichier n&apos;est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>the private key could not be decrypted (%1)</source>
        <translation>la clé privée n&apos;a pas pu être déchiffrée (%1)</translation>
    </message>
    <message>
        <source>the private key could not be read (%1)</source>
        <translation>la clé privée n&apos;a pas pu être lue (%1)</translation>
    </message>
    <message>
        <source>an Ed25519 public key is 32 bytes, not %1</source>
        <translation>une clé publique Ed25519 fait 32 octets, et non %1</translation>
    </message>
    <message>
        <source>the p= key is not an RSA key</source>
        <translation>la clé p= n&apos;est pas une clé RSA</translation>
    </message>
    <message>
        <source>the p= value is not a valid public key</source>
        <translation>la valeur p= n&apos;est pas une clé publique valide</translation>
    </message>
    <message>
        <source>a key cannot go from “%1” to “%2”</source>
        <extracomment>%1 and %2 are key states (generated, published, active, retiring, revoked, destroyed)</extracomment>
        <translation>une clé ne peut pas passer de “%1” à “%2”</translation>
    </message>
    <message>
        <source>unsupported signature version v=%1</source>
        <translation>version de signature non prise en charge v=%1</translation>
    </message>
    <message>
        <source>%1= is not valid base64</source>
        <translation>%1= n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>unknown canonicalization c=%1</source>
        <translation>canonicalisation inconnue c=%1</translation>
    </message>
    <message>
        <source>d= is not a domain name: %1</source>
        <translation>d= n&apos;est pas un nom de domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>h= has an empty header name</source>
        <translation>h= contient un nom d&apos;en-tête vide</translation>
    </message>
    <message>
        <source>%1= is not a number</source>
        <translation>%1= n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>unsupported query method q=%1</source>
        <translation>méthode de requête non prise en charge q=%1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>la balise obligatoire %1= est absente</translation>
    </message>
    <message>
        <source>the From header field is not signed</source>
        <translation>le champ d&apos;en-tête From n&apos;est pas signé</translation>
    </message>
    <message>
        <source>the identity i=%1 is not within d=%2</source>
        <translation>l&apos;identité i=%1 n&apos;appartient pas à d=%2</translation>
    </message>
    <message>
        <source>x= is earlier than t=</source>
        <translation>x= est antérieur à t=</translation>
    </message>
    <message>
        <source>no signing key</source>
        <translation>aucune clé de signature</translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits must not be used</source>
        <translation>les clés RSA de moins de 1024 bits ne doivent pas être utilisées</translation>
    </message>
    <message>
        <source>the identity %1 is not within %2</source>
        <translation>l&apos;identité %1 n&apos;appartient pas à %2</translation>
    </message>
    <message>
        <source>the message has no From header field</source>
        <translation>le message n&apos;a pas de champ d&apos;en-tête From</translation>
    </message>
    <message>
        <source>empty tag in the tag list</source>
        <translation>balise vide dans la liste de balises</translation>
    </message>
    <message>
        <source>“%1” is not a tag=value pair</source>
        <translation>“%1” n&apos;est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag name</source>
        <translation>“%1” n&apos;est pas un nom de balise valide</translation>
    </message>
    <message>
        <source>the tag “%1” appears twice</source>
        <translation>la balise “%1” apparaît deux fois</translation>
    </message>
    <message>
        <source>the rsa-sha1 signature is correct, but SHA-1 is no longer accepted</source>
        <translation>la signature rsa-sha1 est correcte, mais SHA-1 n&apos;est plus accepté</translation>
    </message>
    <message>
        <source>the selector is too long (at most %1 characters)</source>
        <extracomment>%1 a number of characters</extracomment>
        <translation>le sélecteur est trop long (%1 caractères au plus)</translation>
    </message>
    <message>
        <source>the selector “%1” is too long for the domain %2: the key record name would exceed 253 characters</source>
        <extracomment>%1 selector, %2 domain</extracomment>
        <translation>le sélecteur «&#xa0;%1&#xa0;» est trop long pour le domaine %2&#xa0;: le nom de l’enregistrement de clé dépasserait 253 caractères</translation>
    </message>
    <message>
        <source>the tag list has more than %1 tags</source>
        <extracomment>%1 a number of tags</extracomment>
        <translation>la liste de balises compte plus de %1 balises</translation>
    </message>
    <message>
        <source>%1: DKIM key %2 has an unknown type or state</source>
        <extracomment>%1 a file, %2 a key id</extracomment>
        <translation>%1&#xa0;: la clé DKIM %2 a un type ou un état inconnu</translation>
    </message>
    <message>
        <source>the workspace has no key for selector %1 of %2</source>
        <extracomment>%1 a DKIM selector, %2 a domain</extracomment>
        <translation>l’espace de travail n’a pas de clé pour le sélecteur %1 de %2</translation>
    </message>
    <message>
        <source>%1: the key is served by %2 of %3 authoritative nameservers</source>
        <extracomment>%1 a DNS name, %2 servers serving it, %3 all the zone&apos;s authoritative servers</extracomment>
        <translation>%1&#xa0;: la clé est servie par %2 des %3 serveurs de noms faisant autorité</translation>
    </message>
    <message>
        <source>%1: an empty p= is served by %2 of %3 authoritative nameservers</source>
        <translation>%1&#xa0;: un p= vide est servi par %2 des %3 serveurs de noms faisant autorité</translation>
    </message>
    <message>
        <source>no authoritative nameserver found for %1</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation>aucun serveur de noms faisant autorité trouvé pour %1</translation>
    </message>
    <message>
        <source>only a step the nameservers could not verify can be confirmed by hand</source>
        <translation>seule une étape que les serveurs de noms n’ont pas pu vérifier peut être confirmée manuellement</translation>
    </message>
</context>
<context>
    <name>Sceau::Dmarc</name>
    <message>
        <source>Not a DMARC record</source>
        <translation>Pas un enregistrement DMARC</translation>
    </message>
    <message>
        <source>“%1” does not begin with “v=DMARC1” (exactly, in capitals). Receivers discard it.</source>
        <extracomment>%1 the text given</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par «&#xa0;v=DMARC1&#xa0;» (exactement, en majuscules). Les serveurs destinataires l’ignorent.</translation>
    </message>
    <message>
        <source>Begin the record with “v=DMARC1;”.</source>
        <translation>Commencez l’enregistrement par «&#xa0;v=DMARC1;&#xa0;».</translation>
    </message>
    <message>
        <source>DMARC record too long</source>
        <translation>Enregistrement DMARC trop long</translation>
    </message>
    <message>
        <source>The record is %1 bytes long; Sceau reads at most %2.</source>
        <extracomment>%1 its length in bytes, %2 the limit</extracomment>
        <translation>L’enregistrement fait %1 octets&#xa0;; Sceau en lit au plus %2.</translation>
    </message>
    <message>
        <source>Shorten the record.</source>
        <translation>Raccourcissez l’enregistrement.</translation>
    </message>
    <message>
        <source>Too many tags</source>
        <translation>Trop de balises</translation>
    </message>
    <message>
        <source>The record has more than %1 tags; the rest, from offset %2, was not read.</source>
        <extracomment>%1 the limit, %2 a byte offset</extracomment>
        <translation>L’enregistrement compte plus de %1 balises&#xa0;; le reste, à partir de la position %2, n’a pas été lu.</translation>
    </message>
    <message>
        <source>Remove the tags receivers do not know.</source>
        <translation>Supprimez les balises que les serveurs de réception ne connaissent pas.</translation>
    </message>
    <message>
        <source>DMARC syntax error</source>
        <translation>Erreur de syntaxe DMARC</translation>
    </message>
    <message>
        <source>“%1” at offset %2 is not “tag=value”.</source>
        <extracomment>%1 the faulty part of the record, %2 its byte offset</extracomment>
        <translation>«&#xa0;%1&#xa0;» à la position %2 n’est pas de la forme «&#xa0;balise=valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Write each tag as “name=value”, separated by “;”.</source>
        <translation>Écrivez chaque balise sous la forme «&#xa0;nom=valeur&#xa0;», séparées par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>Tag given twice</source>
        <translation>Balise répétée</translation>
    </message>
    <message>
        <source>The tag “%1” occurs again at offset %2: the whole record is invalid.</source>
        <extracomment>%1 a tag name, %2 a byte offset</extracomment>
        <translation>La balise «&#xa0;%1&#xa0;» apparaît de nouveau à la position %2&#xa0;: l’enregistrement entier est invalide.</translation>
    </message>
    <message>
        <source>Keep each tag once.</source>
        <translation>Ne gardez chaque balise qu’une seule fois.</translation>
    </message>
    <message>
        <source>Invalid tag value</source>
        <translation>Valeur de balise invalide</translation>
    </message>
    <message>
        <source>“%1=%2” (offset %3) is not a valid value; receivers use the default.</source>
        <extracomment>%1 a tag name, %2 its value, %3 a byte offset</extracomment>
        <translation>«&#xa0;%1=%2&#xa0;» (position %3) n’est pas une valeur valide&#xa0;; les serveurs de réception appliquent la valeur par défaut.</translation>
    </message>
    <message>
        <source>Use one of the values RFC 9989 defines for this tag.</source>
        <translation>Utilisez l’une des valeurs que la RFC 9989 définit pour cette balise.</translation>
    </message>
    <message>
        <source>Unknown tag</source>
        <translation>Balise inconnue</translation>
    </message>
    <message>
        <source>Receivers ignore the tag “%1” (offset %2).</source>
        <extracomment>%1 a tag name, %2 a byte offset</extracomment>
        <translation>Les serveurs de réception ignorent la balise «&#xa0;%1&#xa0;» (position %2).</translation>
    </message>
    <message>
        <source>Check its spelling, or remove it.</source>
        <translation>Vérifiez son orthographe, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Tag removed by RFC 9989</source>
        <translation>Balise supprimée par la RFC 9989</translation>
    </message>
    <message>
        <source>“%1=%2” (offset %3) belongs to RFC 7489; RFC 9989 removed it and current receivers ignore it.</source>
        <extracomment>%1 pct, rf or ri; %2 its value; %3 a byte offset</extracomment>
        <translation>«&#xa0;%1=%2&#xa0;» (position %3) relève de la RFC 7489&#xa0;; la RFC 9989 l’a supprimée et les serveurs de réception actuels l’ignorent.</translation>
    </message>
    <message>
        <source>Remove it; to test a stricter policy, use “t=y” instead of “pct”.</source>
        <translation>Supprimez-la&#xa0;; pour tester une politique plus stricte, utilisez «&#xa0;t=y&#xa0;» au lieu de «&#xa0;pct&#xa0;».</translation>
    </message>
    <message>
        <source>No p= tag</source>
        <translation>Aucune balise p=</translation>
    </message>
    <message>
        <source>The record has no valid “p=” tag; as it has a report address, receivers read it as “p=none”.</source>
        <translation>L’enregistrement n’a pas de balise «&#xa0;p=&#xa0;» valide&#xa0;; comme il contient une adresse de rapport, les serveurs de réception le lisent comme «&#xa0;p=none&#xa0;».</translation>
    </message>
    <message>
        <source>Add “p=none”, “p=quarantine” or “p=reject”.</source>
        <translation>Ajoutez «&#xa0;p=none&#xa0;», «&#xa0;p=quarantine&#xa0;» ou «&#xa0;p=reject&#xa0;».</translation>
    </message>
    <message>
        <source>No policy and no report address</source>
        <translation>Ni politique ni adresse de rapport</translation>
    </message>
    <message>
        <source>Without a valid “p=” or “rua=”, the record is not a policy record: receivers ignore it.</source>
        <translation>Sans «&#xa0;p=&#xa0;» ni «&#xa0;rua=&#xa0;» valide, l’enregistrement n’est pas un enregistrement de politique&#xa0;: les serveurs de réception l’ignorent.</translation>
    </message>
    <message>
        <source>Add “p=none” and a “rua=mailto:…” address.</source>
        <translation>Ajoutez «&#xa0;p=none&#xa0;» et une adresse «&#xa0;rua=mailto:…&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid report address</source>
        <translation>Adresse de rapport invalide</translation>
    </message>
    <message>
        <source>“%2” in %1= (offset %3) is not a valid “mailto:” URI.</source>
        <extracomment>%1 rua or ruf, %2 the URI, %3 a byte offset</extracomment>
        <translation>«&#xa0;%2&#xa0;» dans %1= (position %3) n’est pas une URI «&#xa0;mailto:&#xa0;» valide.</translation>
    </message>
    <message>
        <source>Write it as “mailto:reports@example.com”.</source>
        <translation>Écrivez-la sous la forme «&#xa0;mailto:reports@example.com&#xa0;».</translation>
    </message>
    <message>
        <source>Obsolete size limit</source>
        <translation>Limite de taille obsolète</translation>
    </message>
    <message>
        <source>“%2” in %1= (offset %3) ends with a “!size” limit, which RFC 9989 removed; receivers ignore it.</source>
        <extracomment>%1 rua or ruf, %2 the URI, %3 a byte offset</extracomment>
        <translation>«&#xa0;%2&#xa0;» dans %1= (position %3) se termine par une limite «&#xa0;!taille&#xa0;», que la RFC 9989 a supprimée&#xa0;; les serveurs de réception l’ignorent.</translation>
    </message>
    <message>
        <source>Remove the “!…” suffix.</source>
        <translation>Supprimez le suffixe «&#xa0;!…&#xa0;».</translation>
    </message>
    <message>
        <source>Report address not by mail</source>
        <translation>Adresse de rapport non postale</translation>
    </message>
    <message>
        <source>“%2” in %1= (offset %3) is not a “mailto:” URI; reports are only sent by mail.</source>
        <extracomment>%1 rua or ruf, %2 the URI, %3 a byte offset</extracomment>
        <translation>«&#xa0;%2&#xa0;» dans %1= (position %3) n’est pas une URI «&#xa0;mailto:&#xa0;»&#xa0;; les rapports ne sont envoyés que par courrier électronique.</translation>
    </message>
    <message>
        <source>Use a “mailto:” address.</source>
        <translation>Utilisez une adresse «&#xa0;mailto:&#xa0;».</translation>
    </message>
    <message>
        <source>Too many report addresses</source>
        <translation>Trop d’adresses de rapport</translation>
    </message>
    <message>
        <source>%1= lists more than %2 addresses; the rest was not read.</source>
        <extracomment>%1 rua or ruf, %2 the limit</extracomment>
        <translation>%1= liste plus de %2 adresses&#xa0;; le reste n’a pas été lu.</translation>
    </message>
    <message>
        <source>List fewer addresses.</source>
        <translation>Indiquez moins d’adresses.</translation>
    </message>
    <message>
        <source>Failure options without ruf=</source>
        <translation>Options d’échec sans ruf=</translation>
    </message>
    <message>
        <source>“fo=%1” has no effect without a “ruf=” address.</source>
        <extracomment>%1 the fo= value</extracomment>
        <translation>«&#xa0;fo=%1&#xa0;» n’a aucun effet sans adresse «&#xa0;ruf=&#xa0;».</translation>
    </message>
    <message>
        <source>Add “ruf=” or remove “fo=”.</source>
        <translation>Ajoutez «&#xa0;ruf=&#xa0;» ou supprimez «&#xa0;fo=&#xa0;».</translation>
    </message>
    <message>
        <source>DMARC record published</source>
        <translation>Enregistrement DMARC publié</translation>
    </message>
    <message>
        <source>%1 publishes: %2</source>
        <translation>%1 publie&#xa0;: %2</translation>
    </message>
    <message>
        <source>DMARC policy inherited</source>
        <translation>Politique DMARC héritée</translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of %2 applies to it.</source>
        <extracomment>%1 the domain, %2 the parent domain whose record applies</extracomment>
        <translation>%1 n’a pas d’enregistrement propre&#xa0;; l’enregistrement de %2 s’y applique.</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Aucun enregistrement DMARC</translation>
    </message>
    <message>
        <source>%1 has no TXT record beginning with “v=DMARC1”. Receivers apply no DMARC policy to mail using this domain, and you get no reports.</source>
        <translation>%1 n’a aucun enregistrement TXT commençant par «&#xa0;v=DMARC1&#xa0;». Les serveurs de réception n’appliquent aucune politique DMARC au courrier utilisant ce domaine, et vous ne recevez aucun rapport.</translation>
    </message>
    <message>
        <source>Publish a DMARC record, starting with “p=none” and a “rua=” address to collect reports, then move to “p=quarantine” or “p=reject”.</source>
        <translation>Publiez un enregistrement DMARC, en commençant par «&#xa0;p=none&#xa0;» et une adresse «&#xa0;rua=&#xa0;» pour recueillir les rapports, puis passez à «&#xa0;p=quarantine&#xa0;» ou «&#xa0;p=reject&#xa0;».</translation>
    </message>
    <message>
        <source>Several DMARC records</source>
        <translation>Plusieurs enregistrements DMARC</translation>
    </message>
    <message>
        <source>%1 has %2 TXT records beginning with “v=DMARC1”. Receivers then ignore DMARC for this domain entirely.</source>
        <translation>%1 a %2 enregistrements TXT commençant par «&#xa0;v=DMARC1&#xa0;». Les serveurs de réception ignorent alors entièrement DMARC pour ce domaine.</translation>
    </message>
    <message>
        <source>Keep exactly one DMARC record.</source>
        <translation>Gardez exactement un enregistrement DMARC.</translation>
    </message>
    <message>
        <source>Invalid DMARC record</source>
        <translation>Enregistrement DMARC invalide</translation>
    </message>
    <message>
        <source>Receivers ignore the record at %1: %2</source>
        <extracomment>%1 the record name, %2 the record</extracomment>
        <translation>Les serveurs de réception ignorent l’enregistrement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix the errors listed with it.</source>
        <translation>Corrigez les erreurs indiquées avec lui.</translation>
    </message>
    <message>
        <source>DMARC record at the domain itself</source>
        <translation>Enregistrement DMARC sur le domaine lui-même</translation>
    </message>
    <message>
        <source>%1 has a TXT record beginning with “v=DMARC1”; receivers only look at %2.</source>
        <extracomment>%1 the domain, %2 _dmarc.&lt;domain&gt;</extracomment>
        <translation>%1 a un enregistrement TXT commençant par «&#xa0;v=DMARC1&#xa0;»&#xa0;; les serveurs de réception ne consultent que %2.</translation>
    </message>
    <message>
        <source>Move the record to %1.</source>
        <translation>Déplacez l’enregistrement vers %1.</translation>
    </message>
    <message>
        <source>Monitoring only (p=none)</source>
        <translation>Surveillance seule (p=none)</translation>
    </message>
    <message>
        <source>The policy of %1 asks receivers to take no action on mail that fails DMARC.</source>
        <translation>La politique de %1 demande aux serveurs de réception de ne rien faire du courrier qui échoue à DMARC.</translation>
    </message>
    <message>
        <source>Once the reports show your mail passes, move to “p=quarantine”, then “p=reject” (the DMARC wizard plans it).</source>
        <translation>Une fois que les rapports montrent que votre courrier réussit, passez à «&#xa0;p=quarantine&#xa0;», puis à «&#xa0;p=reject&#xa0;» (l’assistant DMARC le planifie).</translation>
    </message>
    <message>
        <source>Test mode (t=y)</source>
        <translation>Mode test (t=y)</translation>
    </message>
    <message>
        <source>The policy of %1 is in test mode: receivers apply the next lower policy.</source>
        <translation>La politique de %1 est en mode test&#xa0;: les serveurs de réception appliquent la politique immédiatement moins stricte.</translation>
    </message>
    <message>
        <source>Remove “t=y” when the reports show no legitimate mail fails.</source>
        <translation>Retirez «&#xa0;t=y&#xa0;» quand les rapports ne montrent plus d’échec de courrier légitime.</translation>
    </message>
    <message>
        <source>Subdomain policy weaker than p=</source>
        <translation>Politique des sous-domaines plus faible que p=</translation>
    </message>
    <message>
        <source>Subdomains get “sp=%1”, weaker than “p=%2”: they can be spoofed more easily.</source>
        <extracomment>%1 the sp= value, %2 the p= value</extracomment>
        <translation>Les sous-domaines reçoivent «&#xa0;sp=%1&#xa0;», plus faible que «&#xa0;p=%2&#xa0;»&#xa0;: ils peuvent être usurpés plus facilement.</translation>
    </message>
    <message>
        <source>Remove “sp=” or make it at least as strict as “p=”.</source>
        <translation>Supprimez «&#xa0;sp=&#xa0;» ou rendez-la au moins aussi stricte que «&#xa0;p=&#xa0;».</translation>
    </message>
    <message>
        <source>Non-existent domain policy weaker than p=</source>
        <translation>Politique des domaines inexistants plus faible que p=</translation>
    </message>
    <message>
        <source>Names that do not exist get “np=%1”, weaker than “p=%2”.</source>
        <extracomment>%1 the np= value, %2 the p= value</extracomment>
        <translation>Les noms qui n’existent pas reçoivent «&#xa0;np=%1&#xa0;», plus faible que «&#xa0;p=%2&#xa0;».</translation>
    </message>
    <message>
        <source>Set “np=reject”: no legitimate mail comes from a name that does not exist.</source>
        <translation>Définissez «&#xa0;np=reject&#xa0;»&#xa0;: aucun courrier légitime ne provient d’un nom qui n’existe pas.</translation>
    </message>
    <message>
        <source>No aggregate report address</source>
        <translation>Aucune adresse de rapport agrégé</translation>
    </message>
    <message>
        <source>The policy of %1 has no “rua=”: you get no reports on who sends as your domain.</source>
        <translation>La politique de %1 n’a pas de «&#xa0;rua=&#xa0;»&#xa0;: vous ne recevez aucun rapport sur ceux qui envoient au nom de votre domaine.</translation>
    </message>
    <message>
        <source>Add “rua=mailto:…” with an address you read.</source>
        <translation>Ajoutez «&#xa0;rua=mailto:…&#xa0;» avec une adresse que vous lisez.</translation>
    </message>
    <message>
        <source>Report host without MX</source>
        <translation>Hôte de rapport sans MX</translation>
    </message>
    <message>
        <source>%2 (from %1=) publishes no MX record: reports may not be delivered.</source>
        <extracomment>%1 rua or ruf, %2 a host name</extracomment>
        <translation>%2 (issu de %1=) ne publie aucun enregistrement MX&#xa0;: les rapports risquent de ne pas être distribués.</translation>
    </message>
    <message>
        <source>Use an address whose domain receives mail.</source>
        <translation>Utilisez une adresse dont le domaine reçoit du courrier.</translation>
    </message>
    <message>
        <source>External report address not authorised</source>
        <translation>Adresse de rapport externe non autorisée</translation>
    </message>
    <message>
        <source>%2 (from %1=) is outside your organisation and publishes no “v=DMARC1” record at %3: receivers send it no report.</source>
        <extracomment>%1 rua or ruf, %2 a host, %3 the record name it must publish</extracomment>
        <translation>%2 (issu de %1=) est extérieur à votre organisation et ne publie aucun enregistrement «&#xa0;v=DMARC1&#xa0;» sur %3&#xa0;: les serveurs de réception ne lui envoient aucun rapport.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to publish “v=DMARC1;” at %2.</source>
        <translation>Demandez à l’opérateur de %1 de publier «&#xa0;v=DMARC1;&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>External report address authorised</source>
        <translation>Adresse de rapport externe autorisée</translation>
    </message>
    <message>
        <source>%2 (from %1=) accepts your reports (%3).</source>
        <extracomment>%2 a host, %3 the record name</extracomment>
        <translation>%2 (issu de %1=) accepte vos rapports (%3).</translation>
    </message>
    <message>
        <source>DMARC policy for bulk senders</source>
        <translation>Politique DMARC pour les expéditeurs en masse</translation>
    </message>
    <message>
        <source>%1 has a DMARC policy (p=%2), as Gmail, Yahoo and Outlook require of bulk senders. They also require SPF or DKIM aligned with the From domain: check it with the alignment simulator or the reports.</source>
        <extracomment>%1 a domain, %2 none, quarantine or reject</extracomment>
        <translation>%1 a une politique DMARC (p=%2), comme Gmail, Yahoo et Outlook l’exigent des expéditeurs en masse. Ils exigent aussi SPF ou DKIM alignés sur le domaine From&#xa0;: vérifiez-le avec le simulateur d’alignement ou les rapports.</translation>
    </message>
    <message>
        <source>the value of &lt;%1&gt; is longer than %2 characters</source>
        <extracomment>%1 an XML element, %2 a number of characters</extracomment>
        <translation>la valeur de &lt;%1&gt; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the file is empty or not XML</source>
        <translation>le fichier est vide ou n’est pas du XML</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1: %2</source>
        <extracomment>%1 a line number, %2 the XML parser&apos;s message</extracomment>
        <translation>le XML est mal formé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no &lt;feedback&gt; element: not a DMARC report</source>
        <translation>aucun élément &lt;feedback&gt;&#xa0;: ce n’est pas un rapport DMARC</translation>
    </message>
    <message>
        <source>the report has more than %1 records</source>
        <extracomment>%1 a number of records</extracomment>
        <translation>le rapport contient plus de %1 enregistrements</translation>
    </message>
    <message>
        <source>a record has more than %1 authentication results</source>
        <translation>un enregistrement contient plus de %1 résultats d’authentification</translation>
    </message>
    <message>
        <source>a record&apos;s &lt;count&gt; is not a number: &quot;%1&quot;</source>
        <extracomment>%1 the text found</extracomment>
        <translation>le &lt;count&gt; d’un enregistrement n’est pas un nombre&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the report has no &lt;report_id&gt;</source>
        <translation>le rapport n’a pas de &lt;report_id&gt;</translation>
    </message>
    <message>
        <source>the report has no valid &lt;date_range&gt; (begin and end in seconds since 1970)</source>
        <translation>le rapport n’a pas de &lt;date_range&gt; valide (début et fin en secondes depuis 1970)</translation>
    </message>
    <message>
        <source>the report has no &lt;policy_published&gt; &lt;domain&gt;</source>
        <translation>le rapport n’a pas de &lt;domain&gt; dans &lt;policy_published&gt;</translation>
    </message>
    <message>
        <source>a record has no &lt;source_ip&gt;</source>
        <translation>un enregistrement n’a pas de &lt;source_ip&gt;</translation>
    </message>
    <message>
        <source>the report is larger than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation>le rapport dépasse %1 octets</translation>
    </message>
    <message>
        <source>no failure report found: the mail has no message/feedback-report part (RFC 5965) and no DMARC failure summary</source>
        <translation>aucun rapport d’échec trouvé&#xa0;: le message n’a pas de partie message/feedback-report (RFC 5965) ni de résumé d’échec DMARC</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file (or file#message), %2 why it could not be read</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no DMARC report found: not XML, gzip or zip, and the mail carries neither an aggregate report nor a failure report</source>
        <translation>aucun rapport DMARC trouvé&#xa0;: ni XML, ni gzip, ni zip, et le message ne contient ni rapport agrégé ni rapport d’échec</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot be read, or is too large</source>
        <translation>illisible, ou trop volumineux</translation>
    </message>
    <message>
        <source>the Maildir holds no message</source>
        <translation>le Maildir ne contient aucun message</translation>
    </message>
    <message>
        <source>is a folder but not a Maildir (no cur/ and new/)</source>
        <translation>est un dossier mais pas un Maildir (ni cur/ ni new/)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation>dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1 forwards mail or runs a mailing list: SPF cannot pass for your domain there</source>
        <extracomment>%1 an IP address</extracomment>
        <translation>%1 transfère le courrier ou gère une liste de diffusion&#xa0;: SPF ne peut pas y réussir pour votre domaine</translation>
    </message>
    <message>
        <source>Sign all your mail with DKIM d=%1: the signature survives forwarding.</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Signez tout votre courrier avec DKIM d=%1&#xa0;: la signature survit au transfert.</translation>
    </message>
    <message>
        <source>%1 signs with DKIM d=%2, which is not aligned with %3</source>
        <extracomment>%1 an IP address, %2 domains, %3 the From domain</extracomment>
        <translation>%1 signe avec DKIM d=%2, qui n’est pas aligné sur %3</translation>
    </message>
    <message>
        <source>Have this sender sign with d=%1 (publish its DKIM key under your domain).</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Faites signer cet expéditeur avec d=%1 (publiez sa clé DKIM sous votre domaine).</translation>
    </message>
    <message>
        <source>%1 passes SPF only for its own bounce domain %2, not aligned with %3</source>
        <extracomment>%1 an IP address, %2 domains, %3 the From domain</extracomment>
        <translation>%1 ne réussit SPF que pour son propre domaine de retour %2, non aligné sur %3</translation>
    </message>
    <message>
        <source>Set this sender&apos;s bounce (MAIL FROM) domain to a subdomain of %1 and add its include to that SPF record, or have it sign with d=%1.</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Définissez comme domaine de retour (MAIL FROM) de cet expéditeur un sous-domaine de %1 et ajoutez son include à l’enregistrement SPF de ce sous-domaine, ou faites-le signer avec d=%1.</translation>
    </message>
    <message>
        <source>%1 is not in your SPF record and does not sign with DKIM</source>
        <extracomment>%1 an IP address</extracomment>
        <translation>%1 n’est pas dans votre enregistrement SPF et ne signe pas avec DKIM</translation>
    </message>
    <message>
        <source>If %1 is yours or a provider&apos;s, add it (or the provider&apos;s include) to the SPF record of %2 and sign with d=%2; if not, it is someone sending as you: an enforcing policy stops it.</source>
        <extracomment>%1 an IP address, %2 a domain</extracomment>
        <translation>Si %1 vous appartient ou appartient à un fournisseur, ajoutez-le (ou l’include du fournisseur) à l’enregistrement SPF de %2 et signez avec d=%2&#xa0;; sinon, c’est quelqu’un qui envoie en votre nom&#xa0;: une politique appliquée l’arrête.</translation>
    </message>
    <message>
        <source>%1&apos;s DKIM signatures do not verify and SPF does not pass</source>
        <extracomment>%1 an IP address</extracomment>
        <translation>Les signatures DKIM de %1 ne se vérifient pas et SPF ne réussit pas</translation>
    </message>
    <message>
        <source>Check the DKIM key this sender uses is published for %1 and that its address is in your SPF record.</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Vérifiez que la clé DKIM utilisée par cet expéditeur est publiée pour %1 et que son adresse figure dans votre enregistrement SPF.</translation>
    </message>
    <message>
        <source>the From field names several authors</source>
        <translation>le champ From désigne plusieurs auteurs</translation>
    </message>
    <message>
        <source>the message has no From field</source>
        <translation>le message n’a pas de champ From</translation>
    </message>
    <message>
        <source>the message has %1 From fields</source>
        <translation>le message a %1 champs From</translation>
    </message>
    <message>
        <source>the From field has no address with a domain</source>
        <translation>le champ From n’a aucune adresse avec un domaine</translation>
    </message>
    <message>
        <source>the From address has an address literal, not a domain</source>
        <translation>l’adresse From contient une adresse littérale, pas un domaine</translation>
    </message>
    <message>
        <source>the From domain “%1” is not a domain name</source>
        <translation>le domaine From «&#xa0;%1&#xa0;» n’est pas un nom de domaine</translation>
    </message>
</context>
<context>
    <name>Sceau::Dns</name>
    <message>
        <source>“%1”: missing “]”</source>
        <translation>“%1”&#xa0;: “]” manquant</translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after “]”</source>
        <translation>“%1”&#xa0;: “:port” attendu après “]”</translation>
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
        <extracomment>%1 a line number in a zone file, %2 what is wrong there</extracomment>
        <translation>ligne %1&#xa0;: %2</translation>
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
    <message>
        <source>%1 has no address</source>
        <extracomment>%1 a nameserver&apos;s host name</extracomment>
        <translation>%1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>split the value into strings of at most 255 characters (&quot;…&quot; &quot;…&quot;)</source>
        <translation>découpez la valeur en chaînes de 255 caractères au plus (&quot;…&quot; &quot;…&quot;)</translation>
    </message>
    <message>
        <source>$INCLUDE is not supported: give each file with its own --zone-file</source>
        <translation>$INCLUDE n’est pas pris en charge&#xa0;: donnez chaque fichier avec son propre --zone-file</translation>
    </message>
    <message>
        <source>the record type is missing or unknown</source>
        <translation>le type d’enregistrement est absent ou inconnu</translation>
    </message>
    <message>
        <source>the class is unknown (use IN)</source>
        <translation>la classe est inconnue (utilisez IN)</translation>
    </message>
    <message>
        <source>the TTL is not a number of seconds</source>
        <translation>le TTL n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>a domain name is not valid</source>
        <translation>un nom de domaine n’est pas valide</translation>
    </message>
    <message>
        <source>a domain name is too long (at most 63 characters per label, 255 in all)</source>
        <translation>un nom de domaine est trop long (63 caractères au plus par label, 255 en tout)</translation>
    </message>
    <message>
        <source>a value is missing: the record ends too early for its type</source>
        <translation>une valeur manque&#xa0;: l’enregistrement s’arrête trop tôt pour son type</translation>
    </message>
    <message>
        <source>there is more text than the record type takes</source>
        <translation>il y a plus de texte que le type d’enregistrement n’en accepte</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <source>a backslash escape is not valid (use \DDD with DDD at most 255)</source>
        <translation>un échappement par barre oblique inverse n’est pas valide (utilisez \DDD avec DDD au plus 255)</translation>
    </message>
    <message>
        <source>the record&apos;s data is not valid for its type (an address, a number, a name…)</source>
        <translation>les données de l’enregistrement ne sont pas valides pour son type (une adresse, un nombre, un nom…)</translation>
    </message>
    <message>
        <source>this is not a record: expected owner, TTL, class, type and data</source>
        <translation>ce n’est pas un enregistrement&#xa0;: propriétaire, TTL, classe, type et données attendus</translation>
    </message>
    <message>
        <source>the zone file is larger than %1 MiB: load only the zones you need</source>
        <extracomment>%1 a size in MiB</extracomment>
        <translation>le fichier de zone dépasse %1 Mio&#xa0;: ne chargez que les zones dont vous avez besoin</translation>
    </message>
    <message>
        <source>%1, line %2: not a DS or DNSKEY record (%3)</source>
        <translation>%1, ligne %2&#xa0;: pas un enregistrement DS ou DNSKEY (%3)</translation>
    </message>
    <message>
        <source>%1, line %2: a trust anchor is a DS or DNSKEY record</source>
        <translation>%1, ligne %2&#xa0;: une ancre de confiance est un enregistrement DS ou DNSKEY</translation>
    </message>
    <message>
        <source>%1: more than %2 trust anchors</source>
        <translation>%1&#xa0;: plus de %2 ancres de confiance</translation>
    </message>
    <message>
        <source>%1: no DS or DNSKEY record</source>
        <translation>%1&#xa0;: aucun enregistrement DS ou DNSKEY</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation>%1&#xa0;: dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1 did not answer the update within %2 ms</source>
        <translation>%1 n’a pas répondu à la mise à jour en %2 ms</translation>
    </message>
    <message>
        <source>cannot encode the update: %1</source>
        <translation>impossible de coder la mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>the TSIG key %1 cannot sign</source>
        <translation>la clé TSIG %1 ne peut pas signer</translation>
    </message>
    <message>
        <source>the answer to the update is malformed</source>
        <translation>la réponse à la mise à jour est mal formée</translation>
    </message>
    <message>
        <source>the answer is for another message</source>
        <translation>la réponse concerne un autre message</translation>
    </message>
    <message>
        <source>the server does not accept the TSIG key %1 here: it does not know it, or the key may not update this zone (BADKEY)</source>
        <translation>le serveur n’accepte pas ici la clé TSIG %1&#xa0;: il ne la connaît pas, ou la clé ne peut pas modifier cette zone (BADKEY)</translation>
    </message>
    <message>
        <source>the signature with the TSIG key %1 is wrong: check its secret (BADSIG)</source>
        <translation>la signature avec la clé TSIG %1 est fausse&#xa0;: vérifiez son secret (BADSIG)</translation>
    </message>
    <message>
        <source>the server&apos;s clock and this computer&apos;s differ by more than %1 s (BADTIME)</source>
        <translation>l’horloge du serveur et celle de cet ordinateur diffèrent de plus de %1 s (BADTIME)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not signed with the TSIG key %1: whether the change was made is unknown</source>
        <translation>la réponse du serveur n’est pas signée avec la clé TSIG %1&#xa0;: on ne sait pas si la modification a été faite</translation>
    </message>
    <message>
        <source>the records are no longer what they were: nothing was changed</source>
        <translation>les enregistrements ne sont plus ce qu’ils étaient&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>the server refused the update (REFUSED): the key may not change this zone or name</source>
        <translation>le serveur a refusé la mise à jour (REFUSED)&#xa0;: la clé ne peut pas modifier cette zone ou ce nom</translation>
    </message>
    <message>
        <source>the server is not authoritative for the zone, or refused the key (NOTAUTH)</source>
        <translation>le serveur ne fait pas autorité pour la zone, ou a refusé la clé (NOTAUTH)</translation>
    </message>
    <message>
        <source>a name of the update is outside the zone (NOTZONE)</source>
        <translation>un nom de la mise à jour est hors de la zone (NOTZONE)</translation>
    </message>
    <message>
        <source>the server could not apply the update (rcode %1)</source>
        <translation>le serveur n’a pas pu appliquer la mise à jour (rcode %1)</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 record value</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valide pour un enregistrement %2</translation>
    </message>
    <message>
        <source>the signature (RRSIG) cannot be read</source>
        <translation>la signature (RRSIG) est illisible</translation>
    </message>
    <message>
        <source>offline: DNSSEC needs a live validating resolver</source>
        <translation>hors ligne&#xa0;: DNSSEC nécessite un résolveur validant en direct</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a DNS server (address:port), %2 what went wrong</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the message is cut short</source>
        <translation>le message est tronqué</translation>
    </message>
    <message>
        <source>a record&apos;s data does not match its length</source>
        <translation>les données d’un enregistrement ne correspondent pas à sa longueur</translation>
    </message>
    <message>
        <source>a name compression pointer is invalid</source>
        <translation>un pointeur de compression de nom est invalide</translation>
    </message>
    <message>
        <source>a name is not a valid domain name</source>
        <translation>un nom n’est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the signature has expired</source>
        <translation>la signature a expiré</translation>
    </message>
    <message>
        <source>the signature is not valid yet</source>
        <translation>la signature n’est pas encore valide</translation>
    </message>
    <message>
        <source>the signature expires before it starts</source>
        <translation>la signature expire avant sa date de début</translation>
    </message>
    <message>
        <source>no DNSKEY matches the signature&apos;s key tag</source>
        <translation>aucune DNSKEY ne correspond à l’étiquette de clé de la signature</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>la vérification de la signature échoue</translation>
    </message>
    <message>
        <source>no signature (RRSIG) covers the records</source>
        <translation>aucune signature (RRSIG) ne couvre les enregistrements</translation>
    </message>
    <message>
        <source>no trusted key (DNSKEY) was found</source>
        <translation>aucune clé de confiance (DNSKEY) n’a été trouvée</translation>
    </message>
    <message>
        <source>no trusted delegation (DS) was found</source>
        <translation>aucune délégation de confiance (DS) n’a été trouvée</translation>
    </message>
    <message>
        <source>the signature covers another record type</source>
        <translation>la signature couvre un autre type d’enregistrement</translation>
    </message>
    <message>
        <source>the signature algorithm is not supported</source>
        <translation>l’algorithme de signature n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the record type is unknown</source>
        <translation>le type d’enregistrement est inconnu</translation>
    </message>
    <message>
        <source>the record class is unknown</source>
        <translation>la classe d’enregistrement est inconnue</translation>
    </message>
    <message>
        <source>the TTL is not valid</source>
        <translation>le TTL n’est pas valide</translation>
    </message>
    <message>
        <source>the record&apos;s data is missing or not valid for its type</source>
        <translation>les données de l’enregistrement sont absentes ou invalides pour son type</translation>
    </message>
    <message>
        <source>the DNS library could not read it (ldns error %1)</source>
        <extracomment>%1 the number of an error of the ldns library (ldns/error.h), when none of the above</extracomment>
        <translation>la bibliothèque DNS n’a pas pu le lire (erreur ldns %1)</translation>
    </message>
    <message>
        <source>connection refused (port unreachable)</source>
        <translation>connexion refusée (port injoignable)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the server&apos;s address was not found</source>
        <translation>l’adresse du serveur est introuvable</translation>
    </message>
    <message>
        <source>the system refused access to the network</source>
        <translation>le système a refusé l’accès au réseau</translation>
    </message>
    <message>
        <source>the system has no network resources left</source>
        <translation>le système n’a plus de ressources réseau</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connexion a expiré</translation>
    </message>
    <message>
        <source>the message is too large to send</source>
        <translation>le message est trop volumineux pour être envoyé</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>le réseau est injoignable</translation>
    </message>
    <message>
        <source>the local address cannot be used</source>
        <translation>l’adresse locale est inutilisable</translation>
    </message>
    <message>
        <source>this system does not support the operation</source>
        <translation>ce système ne prend pas en charge l’opération</translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 the number of a socket error (QAbstractSocket::SocketError), when none of the above</extracomment>
        <translation>erreur réseau %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <extracomment>%1 a DNS response code (RCODE) as the protocol names it: REFUSED, FORMERR…</extracomment>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <extracomment>%1 a DNS server (address:port)</extracomment>
        <translation>aucune réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <extracomment>%1 a DNS server (address:port), %2 what went wrong</extracomment>
        <translation>TCP vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>offline: outside the loaded zones</source>
        <translation>hors ligne&#xa0;: en dehors des zones chargées</translation>
    </message>
    <message>
        <source>zone files only (offline)</source>
        <translation>fichiers de zone seuls (hors ligne)</translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation>le résolveur du système</translation>
    </message>
    <message>
        <source>%1, with zone files</source>
        <extracomment>%1 the resolver (&quot;the system resolver&quot; or its servers)</extracomment>
        <translation>%1, avec des fichiers de zone</translation>
    </message>
</context>
<context>
    <name>Sceau::Export</name>
    <message>
        <source>Email security report</source>
        <translation>Rapport de sécurité de la messagerie</translation>
    </message>
    <message>
        <source>%1/100</source>
        <extracomment>a score out of 100</extracomment>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <extracomment>a score computed while some lookups failed</extracomment>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Comment corriger&#xa0;:</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>could not be looked up</source>
        <translation>n’a pas pu être interrogé</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>aucun publié</translation>
    </message>
    <message>
        <source>not tested</source>
        <extracomment>STARTTLS of an MX host: not tested</extracomment>
        <translation>non testé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DKIM, selector %1</source>
        <extracomment>%1 a DKIM selector</extracomment>
        <translation>DKIM, sélecteur %1</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>(null MX: accepts no mail)</source>
        <translation>(MX nul&#xa0;: n’accepte aucun courrier)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved report of this check cannot be read.</source>
        <translation>Le rapport enregistré de cette vérification est illisible.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a state (&quot;Good&quot;, &quot;Failing&quot;…), %2 a score (&quot;80/100&quot; or &quot;—&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Some lookups failed: the score is provisional and rates only what could be checked.</source>
        <translation>Des requêtes DNS ont échoué&#xa0;: la note est provisoire et ne porte que sur ce qui a pu être vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 for %n domain(s), from the latest check of each.</source>
        <extracomment>%1 a date and time, %n the number of domains</extracomment>
        <translation>
            <numerusform>Établi le %1 pour %n domaine, d’après sa dernière vérification.</numerusform>
            <numerusform>Établi le %1 pour %n domaines, d’après la dernière vérification de chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Sceau %1.</source>
        <translation>Réalisé avec Sceau %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Checked %1 through %2.</source>
        <extracomment>%1 a date and time, %2 how DNS was asked (&quot;the system resolver&quot;, &quot;127.0.0.1:53&quot;)</extracomment>
        <translation>Vérifié le %1 par %2.</translation>
    </message>
</context>
<context>
    <name>Sceau::Gui</name>
    <message>
        <source>Domain to check at start.</source>
        <translation>Domaine à vérifier au démarrage.</translation>
    </message>
    <message>
        <source>The resolver settings cannot be used: %1</source>
        <translation>Les réglages du résolveur ne peuvent pas être utilisés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sceau::Mail</name>
    <message>
        <source>the report inflates to more than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation>le rapport décompressé dépasse %1 octets</translation>
    </message>
    <message>
        <source>the gzip data is damaged or cut short</source>
        <translation>les données gzip sont endommagées ou tronquées</translation>
    </message>
    <message>
        <source>the zip archive cannot be read</source>
        <translation>l’archive zip est illisible</translation>
    </message>
    <message>
        <source>the zip archive is damaged: %1</source>
        <extracomment>%1 libzip&apos;s reason</extracomment>
        <translation>l’archive zip est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the zip archive holds no report</source>
        <translation>l’archive zip ne contient aucun rapport</translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation>Le message n’a aucune signature DKIM.</translation>
    </message>
    <message>
        <source>No DKIM signature of the message verifies.</source>
        <translation>Aucune signature DKIM du message n’est valide.</translation>
    </message>
    <message>
        <source>Headers only: the body hash cannot be checked, so no signature can pass or fail.</source>
        <translation>En-têtes seulement&#xa0;: l’empreinte du corps ne peut pas être vérifiée, donc aucune signature ne peut réussir ni échouer.</translation>
    </message>
    <message>
        <source>A DNS lookup failed: the result could not be checked.</source>
        <translation>Une requête DNS a échoué&#xa0;: le résultat n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>No connecting IP address in the fields the receiving side wrote (Received-SPF, the topmost Received).</source>
        <translation>Aucune adresse IP de connexion dans les champs écrits par le destinataire (Received-SPF, le Received le plus haut).</translation>
    </message>
    <message>
        <source>Neither the MAIL FROM nor the HELO name is known.</source>
        <translation>Ni le MAIL FROM ni le nom HELO ne sont connus.</translation>
    </message>
    <message>
        <source>SPF does not authorize the sending IP address.</source>
        <translation>SPF n’autorise pas l’adresse IP d’envoi.</translation>
    </message>
    <message>
        <source>The From domain could not be read.</source>
        <translation>Le domaine From n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The From domain has no DMARC policy.</source>
        <translation>Le domaine From n’a pas de politique DMARC.</translation>
    </message>
    <message>
        <source>The DMARC policy or an Organizational Domain could not be determined (a DNS lookup failed).</source>
        <translation>La politique DMARC ou un domaine organisationnel n’a pas pu être déterminé (une requête DNS a échoué).</translation>
    </message>
    <message>
        <source>Nothing aligned passed, but an SPF or DKIM result could not be checked: the verdict is unknown.</source>
        <translation>Aucun résultat aligné n’a réussi, mais un résultat SPF ou DKIM n’a pas pu être vérifié&#xa0;: le verdict est inconnu.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed with a domain aligned with the From domain.</source>
        <translation>Ni SPF ni DKIM n’ont réussi avec un domaine aligné sur le domaine From.</translation>
    </message>
    <message>
        <source>The message offers no List-Unsubscribe.</source>
        <translation>Le message ne propose pas de List-Unsubscribe.</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present without List-Unsubscribe.</source>
        <translation>List-Unsubscribe-Post est présent sans List-Unsubscribe.</translation>
    </message>
    <message>
        <source>List-Unsubscribe or List-Unsubscribe-Post appears more than once.</source>
        <translation>List-Unsubscribe ou List-Unsubscribe-Post apparaît plus d’une fois.</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is missing: unsubscribing is not one-click.</source>
        <translation>List-Unsubscribe-Post est absent&#xa0;: le désabonnement ne se fait pas en un clic.</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post must be exactly List-Unsubscribe=One-Click.</source>
        <translation>List-Unsubscribe-Post doit valoir exactement List-Unsubscribe=One-Click.</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI.</source>
        <translation>List-Unsubscribe n’a pas d’URI https.</translation>
    </message>
    <message>
        <source>No DKIM signature covers both List-Unsubscribe and List-Unsubscribe-Post in its h= tag.</source>
        <translation>Aucune signature DKIM ne couvre à la fois List-Unsubscribe et List-Unsubscribe-Post dans sa balise h=.</translation>
    </message>
    <message>
        <source>The DKIM signatures covering both fields do not verify.</source>
        <translation>Les signatures DKIM qui couvrent les deux champs ne sont pas valides.</translation>
    </message>
    <message>
        <source>The DKIM signature covering both fields could not be checked.</source>
        <translation>La signature DKIM qui couvre les deux champs n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>the message is larger than %1 MiB</source>
        <extracomment>%1 the limit in MiB</extracomment>
        <translation>le message dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the message has more than %1 header fields</source>
        <extracomment>%1 the limit</extracomment>
        <translation>le message a plus de %1 champs d’en-tête</translation>
    </message>
    <message>
        <source>the input has no header field</source>
        <translation>l’entrée n’a aucun champ d’en-tête</translation>
    </message>
</context>
<context>
    <name>Sceau::Publish</name>
    <message>
        <source>The records changed on the server since they were read: nothing was changed. Read them again and review the change.</source>
        <translation>Les enregistrements ont changé sur le serveur depuis leur lecture&#xa0;: rien n’a été modifié. Relisez-les et revoyez la modification.</translation>
    </message>
    <message>
        <source>%1 is not what you saw: nothing was changed. Review the records as they are now.</source>
        <translation>%1 n’est plus ce que vous avez vu&#xa0;: rien n’a été modifié. Revoyez les enregistrements tels qu’ils sont maintenant.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit of %2 octets.</source>
        <extracomment>%1 a host name, %2 a size limit in octets (always more than one)</extracomment>
        <translation>%1 a envoyé une réponse dépassant la limite de %2 octets.</translation>
    </message>
    <message>
        <source>Could not set up a trusted TLS connection to %1: %2</source>
        <extracomment>%1 a host name, %2 why</extracomment>
        <translation>Impossible d’établir une connexion TLS de confiance avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (limit: %2 ms).</source>
        <translation>%1 n’a pas répondu à temps (limite&#xa0;: %2 ms).</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <extracomment>%1 a host name, %2 why</extracomment>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not the JSON expected.</source>
        <extracomment>%1 a provider (Cloudflare, OVHcloud)</extracomment>
        <translation>%1 a envoyé une réponse qui n’est pas le JSON attendu.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2: %3). Check the credential and the permissions it was given for this zone.</source>
        <extracomment>%1 a provider (Cloudflare, OVHcloud), %2 an HTTP status, %3 the provider&apos;s message</extracomment>
        <translation>%1 a refusé les identifiants (HTTP %2&#xa0;: %3). Vérifiez l’identifiant et les permissions qui lui ont été accordées pour cette zone.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2: %3).</source>
        <extracomment>%1 a provider (Cloudflare, OVHcloud), %2 an HTTP status, %3 the provider&apos;s message</extracomment>
        <translation>%1 a refusé la requête (HTTP %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 already holds these values: nothing was sent.</source>
        <translation>%1 contient déjà ces valeurs&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 changes had already been made: read the records again before anything else.</source>
        <translation>%1 %2 des %3 modifications avaient déjà été faites&#xa0;: relisez les enregistrements avant toute autre chose.</translation>
    </message>
    <message>
        <source>Sceau does not publish %1 records through %2.</source>
        <extracomment>%1 a record type</extracomment>
        <translation>Sceau ne publie pas d’enregistrements %1 via %2.</translation>
    </message>
    <message>
        <source>Cloudflare has no zone %1 this token may manage.</source>
        <translation>Cloudflare n’a aucune zone %1 que ce jeton peut gérer.</translation>
    </message>
    <message>
        <source>%1 has more than %2 records of this type.</source>
        <extracomment>%1 a domain name, %2 a number of records (always more than one)</extracomment>
        <translation>%1 a plus de %2 enregistrements de ce type.</translation>
    </message>
    <message>
        <source>the workspace&apos;s journal entry %1 has an unknown type or action</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation>l’entrée %1 du journal de l’espace de travail a un type ou une action inconnus</translation>
    </message>
    <message>
        <source>change %1 was not applied: there is nothing to roll back</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation>la modification %1 n’a pas été appliquée&#xa0;: il n’y a rien à annuler</translation>
    </message>
    <message>
        <source>change %1 removed nothing: there is nothing to roll back</source>
        <translation>la modification %1 n’a rien supprimé&#xa0;: il n’y a rien à annuler</translation>
    </message>
    <message>
        <source>The records were changed, but OVHcloud did not refresh zone %1, so its servers do not serve them yet: %2 Refresh the zone to publish them.</source>
        <extracomment>%1 a zone, %2 why</extracomment>
        <translation>Les enregistrements ont été modifiés, mais OVHcloud n’a pas actualisé la zone %1, donc ses serveurs ne les servent pas encore&#xa0;: %2 Actualisez la zone pour les publier.</translation>
    </message>
    <message>
        <source>the primary server %1 has no address</source>
        <extracomment>%1 a host name</extracomment>
        <translation>le serveur primaire %1 n’a pas d’adresse</translation>
    </message>
    <message>
        <source>%1 has no SOA record: it is not a zone</source>
        <translation>%1 n’a pas d’enregistrement SOA&#xa0;: ce n’est pas une zone</translation>
    </message>
    <message>
        <source>the resolver was replaced during the watch</source>
        <translation>le résolveur a été remplacé pendant la surveillance</translation>
    </message>
    <message>
        <source>no authoritative nameserver was found for %1</source>
        <translation>aucun serveur de noms faisant autorité n’a été trouvé pour %1</translation>
    </message>
    <message>
        <source>Could not read %1 first: %2</source>
        <extracomment>%1 a domain name, %2 why</extracomment>
        <translation>Impossible de lire d’abord %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already has records of this type: nothing was changed. Review them and replace them instead.</source>
        <translation>%1 a déjà des enregistrements de ce type&#xa0;: rien n’a été modifié. Examinez-les et remplacez-les plutôt.</translation>
    </message>
    <message>
        <source>no credential named %1</source>
        <translation>aucun identifiant nommé %1</translation>
    </message>
    <message>
        <source>the credential %1 does not publish to %2</source>
        <extracomment>%1 a credential&apos;s name, %2 a zone</extracomment>
        <translation>l’identifiant %1 ne publie pas vers %2</translation>
    </message>
    <message>
        <source>no credential publishes to %1: add one (a TSIG key or a DNS provider&apos;s token)</source>
        <extracomment>%1 a zone</extracomment>
        <translation>aucun identifiant ne publie vers %1&#xa0;: ajoutez-en un (une clé TSIG ou le jeton d’un fournisseur DNS)</translation>
    </message>
    <message>
        <source>several credentials publish to %1: name the one to use</source>
        <translation>plusieurs identifiants publient vers %1&#xa0;: nommez celui à utiliser</translation>
    </message>
    <message>
        <source>the credential %1 cannot publish</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>l’identifiant %1 ne peut pas publier</translation>
    </message>
    <message>
        <source>the journal has no change %1</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation>le journal n’a pas de modification %1</translation>
    </message>
    <message>
        <source>Resolvers may keep the current records for up to %1 s after the change. For a rotation, first lower the TTL to %2 s, wait %1 s, then make the change.</source>
        <extracomment>%1 and %2 durations in seconds</extracomment>
        <translation>Les résolveurs peuvent conserver les enregistrements actuels jusqu’à %1 s après la modification. Pour un renouvellement, abaissez d’abord le TTL à %2 s, attendez %1 s, puis faites la modification.</translation>
    </message>
    <message>
        <source>the lines hold records of more than one name or type</source>
        <translation>les lignes contiennent des enregistrements de plusieurs noms ou types</translation>
    </message>
    <message>
        <source>the lines hold no record</source>
        <translation>les lignes ne contiennent aucun enregistrement</translation>
    </message>
    <message>
        <source>The zone already serves exactly these records: nothing was sent.</source>
        <translation>La zone sert déjà exactement ces enregistrements&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The change was accepted, but could not be read back: %1</source>
        <translation>La modification a été acceptée, mais n’a pas pu être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server accepted the change but does not serve it: it serves %1. Check the zone (a CNAME beside other records, a record too large).</source>
        <extracomment>%1 the values the server serves</extracomment>
        <translation>Le serveur a accepté la modification mais ne la sert pas&#xa0;: il sert %1. Vérifiez la zone (un CNAME à côté d’autres enregistrements, un enregistrement trop grand).</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>a text value is at most %1 octets</source>
        <extracomment>%1 a number of octets</extracomment>
        <translation>une valeur texte fait au plus %1 octets</translation>
    </message>
    <message>
        <source>“%1” is out of range in a %2 record value</source>
        <extracomment>%1 what the user typed, %2 a record type</extracomment>
        <translation>«&#xa0;%1&#xa0;» est hors limites dans une valeur d’enregistrement %2</translation>
    </message>
    <message>
        <source>a CNAME has exactly one target (RFC 2181 §10.1)</source>
        <translation>un CNAME a exactement une cible (RFC 2181 §10.1)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found in the DNS</source>
        <translation>le nom du serveur est introuvable dans le DNS</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted, or TLS could not be set up</source>
        <translation>le certificat du serveur n’est pas de confiance, ou TLS n’a pas pu être établi</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>le réseau est injoignable</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>le proxy n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>the server redirected the request elsewhere</source>
        <translation>le serveur a redirigé la requête ailleurs</translation>
    </message>
    <message>
        <source>the server&apos;s answer was not valid HTTP</source>
        <translation>la réponse du serveur n’était pas du HTTP valide</translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 the number of a network error (QNetworkReply::NetworkError), when none of the above</extracomment>
        <translation>erreur réseau %1</translation>
    </message>
</context>
<context>
    <name>Sceau::Secrets</name>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>le trousseau de clés n&apos;a pas répondu dans un délai de %1 ms</translation>
    </message>
    <message>
        <source>the workspace&apos;s credential %1 has an unknown kind or security</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>l’identifiant %1 de l’espace de travail a un type ou une sécurité inconnus</translation>
    </message>
    <message>
        <source>a credential named %1 already exists</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>un identifiant nommé %1 existe déjà</translation>
    </message>
    <message>
        <source>no credential named %1</source>
        <translation>aucun identifiant nommé %1</translation>
    </message>
    <message>
        <source>the keychain has no secret for the credential %1; add it again</source>
        <translation>le trousseau ne contient aucun secret pour l’identifiant %1&#xa0;; ajoutez-le de nouveau</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>le secret est vide</translation>
    </message>
    <message>
        <source>the secret is longer than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation>le secret dépasse %1 octets</translation>
    </message>
    <message>
        <source>“%1” is not a name (1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom (1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the TSIG secret is not base64 (as tsig-keygen prints it)</source>
        <translation>le secret TSIG n’est pas en base64 (tel que tsig-keygen l’affiche)</translation>
    </message>
    <message>
        <source>the API&apos;s address must be an https:// URL</source>
        <translation>l’adresse de l’API doit être une URL https://</translation>
    </message>
    <message>
        <source>the secret holds a line end</source>
        <translation>le secret contient une fin de ligne</translation>
    </message>
    <message>
        <source>access to the keychain was refused at its prompt</source>
        <translation>l’accès au trousseau a été refusé lors de sa demande d’autorisation</translation>
    </message>
    <message>
        <source>the keychain denied access</source>
        <translation>le trousseau a refusé l’accès</translation>
    </message>
    <message>
        <source>no keychain service (Secret Service, KWallet) is running</source>
        <translation>aucun service de trousseau (Secret Service, KWallet) n’est actif</translation>
    </message>
    <message>
        <source>this system&apos;s keychain does not offer this operation</source>
        <translation>le trousseau de ce système ne propose pas cette opération</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>le trousseau n’a pas pu supprimer l’entrée</translation>
    </message>
    <message>
        <source>the keychain is locked, or its unlock prompt was dismissed</source>
        <translation>le trousseau est verrouillé, ou sa demande de déverrouillage a été fermée</translation>
    </message>
    <message>
        <source>the keychain service failed (D-Bus or Secret Service error)</source>
        <translation>le service de trousseau a échoué (erreur D-Bus ou Secret Service)</translation>
    </message>
</context>
<context>
    <name>Sceau::Session</name>
    <message>
        <source>%1 got worse</source>
        <extracomment>%1 a domain</extracomment>
        <translation>%1 s’est dégradé</translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <extracomment>%1 a mail server, %n a number of days</extracomment>
        <translation>Un certificat expire bientôt</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat de %1 expire dans %n jour.</numerusform>
            <numerusform>Le certificat de %1 expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <extracomment>%1 a mail server, %2 a date</extracomment>
        <translation>Un certificat a expiré</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>A DKIM key is due for rotation</source>
        <translation>Une clé DKIM doit être renouvelée</translation>
    </message>
    <message>
        <source>A DKIM key is due for revocation</source>
        <translation>Une clé DKIM doit être révoquée</translation>
    </message>
    <message>
        <source>The key %1 was due on %2.</source>
        <translation>La clé %1 était à traiter le %2.</translation>
    </message>
    <message>
        <source>The key %1 is due on %2.</source>
        <translation>La clé %1 est à traiter le %2.</translation>
    </message>
    <message>
        <source>A credential is due to be changed</source>
        <extracomment>%1 a credential&apos;s name, %n a number of days</extracomment>
        <translation>Un identifiant doit être changé</translation>
    </message>
    <message numerus="yes">
        <source>The secret of %1 was set %n day(s) ago.</source>
        <translation>
            <numerusform>Le secret de %1 a été défini il y a %n jour.</numerusform>
            <numerusform>Le secret de %1 a été défini il y a %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Spf</name>
    <message>
        <source>No SPF record</source>
        <translation>Aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 publishes no v=spf1 TXT record, so receivers cannot tell which servers may send its mail.</source>
        <extracomment>SPF: Sender Policy Framework. %1 is a domain name.</extracomment>
        <translation>%1 ne publie aucun enregistrement TXT v=spf1&#xa0;: les serveurs destinataires ne peuvent donc pas savoir quels serveurs sont autorisés à envoyer son courrier.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in -all or ~all.</source>
        <translation>Publiez sur %1 un enregistrement TXT qui liste vos serveurs d&apos;envoi et se termine par -all ou ~all.</translation>
    </message>
    <message>
        <source>Several SPF records</source>
        <translation>Plusieurs enregistrements SPF</translation>
    </message>
    <message>
        <source>%1 publishes %2 v=spf1 records; receivers must treat this as a permanent error.</source>
        <extracomment>%1 is a domain name, %2 a number of records.</extracomment>
        <translation>%1 publie %2 enregistrements v=spf1&#xa0;; les serveurs destinataires doivent traiter ce cas comme une erreur permanente.</translation>
    </message>
    <message>
        <source>Merge them into a single v=spf1 record.</source>
        <translation>Fusionnez-les en un seul enregistrement v=spf1.</translation>
    </message>
    <message>
        <source>SPF syntax error</source>
        <translation>Erreur de syntaxe SPF</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an invalid term “%2” at offset %3; the whole record is a permanent error.</source>
        <extracomment>%1 domain, %2 the offending term, %3 its character offset in the record.</extracomment>
        <translation>L&apos;enregistrement SPF de %1 contient un terme non valide “%2” à la position %3&#xa0;; l&apos;enregistrement entier produit une erreur permanente.</translation>
    </message>
    <message>
        <source>Correct or remove the term “%2”.</source>
        <translation>Corrigez ou supprimez le terme “%2”.</translation>
    </message>
    <message>
        <source>Too many DNS lookups</source>
        <translation>Trop de requêtes DNS</translation>
    </message>
    <message>
        <source>Evaluating the record can take %1 DNS-querying terms; above 10 the result is a permanent error. Terms: %2</source>
        <extracomment>%1 a count above 10; %2 the list of terms that cause DNS lookups.</extracomment>
        <translation>L&apos;évaluation de l&apos;enregistrement peut nécessiter %1 termes générant des requêtes DNS&#xa0;; au-delà de 10, le résultat est une erreur permanente. Termes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replace includes and a/mx terms by ip4/ip6 ranges, or drop services you no longer use.</source>
        <translation>Remplacez les include et les termes a/mx par des plages ip4/ip6, ou supprimez les services que vous n&apos;utilisez plus.</translation>
    </message>
    <message>
        <source>Too many lookups with no answer</source>
        <translation>Trop de requêtes vides</translation>
    </message>
    <message>
        <source>%1 terms query names that do not exist or have no address; above 2 receivers return a permanent error. Terms: %2</source>
        <extracomment>%1 a count above 2; %2 the terms whose DNS lookup returned nothing.</extracomment>
        <translation>%1 termes interrogent des noms qui n&apos;existent pas ou n&apos;ont pas d&apos;adresse&#xa0;; au-delà de 2, les serveurs destinataires renvoient une erreur permanente. Termes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the terms that point to names without records.</source>
        <translation>Supprimez les termes qui pointent vers des noms sans enregistrement.</translation>
    </message>
    <message>
        <source>SPF allows everyone</source>
        <translation>SPF autorise tout le monde</translation>
    </message>
    <message>
        <source>The record of %1 ends in +all: every server on the Internet may send mail as this domain.</source>
        <extracomment>&quot;+all&quot; is a protocol token, do not translate it.</extracomment>
        <translation>L&apos;enregistrement de %1 se termine par +all&#xa0;: n&apos;importe quel serveur d&apos;Internet peut envoyer du courrier au nom de ce domaine.</translation>
    </message>
    <message>
        <source>Replace +all by -all (or ~all while you check your senders).</source>
        <translation>Remplacez +all par -all (ou ~all le temps de vérifier vos expéditeurs).</translation>
    </message>
    <message>
        <source>SPF policy is neutral</source>
        <translation>Politique SPF neutre</translation>
    </message>
    <message>
        <source>The record of %1 ends in ?all: unlisted servers get a neutral result, which protects nothing.</source>
        <extracomment>&quot;?all&quot; is a protocol token, do not translate it.</extracomment>
        <translation>L&apos;enregistrement de %1 se termine par&#xa0;?all&#xa0;: les serveurs non listés obtiennent un résultat neutre (neutral), qui ne protège de rien.</translation>
    </message>
    <message>
        <source>End the record with -all, or ~all while you check your senders.</source>
        <translation>Terminez l&apos;enregistrement par -all, ou par ~all le temps de vérifier vos expéditeurs.</translation>
    </message>
    <message>
        <source>SPF record without a final policy</source>
        <translation>Enregistrement SPF sans politique finale</translation>
    </message>
    <message>
        <source>The record of %1 has no all mechanism and no redirect, so unlisted servers get a neutral result.</source>
        <translation>L&apos;enregistrement de %1 n&apos;a ni mécanisme all ni redirect&#xa0;: les serveurs non listés obtiennent donc un résultat neutre (neutral).</translation>
    </message>
    <message>
        <source>Add -all (or ~all) at the end of the record.</source>
        <translation>Ajoutez -all (ou ~all) à la fin de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>SPF uses the ptr mechanism</source>
        <translation>SPF utilise le mécanisme ptr</translation>
    </message>
    <message>
        <source>The record of %1 uses “%2”, which is slow, unreliable and must not be used in new records.</source>
        <extracomment>&quot;ptr&quot; is a protocol token. %2 is the term.</extracomment>
        <translation>L&apos;enregistrement de %1 utilise “%2”, qui est lent, peu fiable et ne doit pas être utilisé dans les nouveaux enregistrements.</translation>
    </message>
    <message>
        <source>Replace ptr by the ip4/ip6 ranges or a/mx terms of your servers.</source>
        <translation>Remplacez ptr par les plages ip4/ip6 ou les termes a/mx de vos serveurs.</translation>
    </message>
    <message>
        <source>Deprecated SPF record type</source>
        <translation>Type d&apos;enregistrement SPF obsolète</translation>
    </message>
    <message>
        <source>%1 publishes a DNS record of type SPF (type 99), which receivers no longer query.</source>
        <extracomment>&quot;SPF (type 99)&quot; names a DNS record type.</extracomment>
        <translation>%1 publie un enregistrement DNS de type SPF (type 99), que les serveurs destinataires n&apos;interrogent plus.</translation>
    </message>
    <message>
        <source>Keep the TXT record and remove the type SPF record.</source>
        <translation>Conservez l&apos;enregistrement TXT et supprimez l&apos;enregistrement de type SPF.</translation>
    </message>
    <message>
        <source>Sender ID record</source>
        <translation>Enregistrement Sender ID</translation>
    </message>
    <message>
        <source>%1 publishes a Sender ID record (%2); Sender ID was abandoned and receivers ignore it.</source>
        <extracomment>Sender ID is a discontinued protocol; &quot;spf2.0&quot; is a protocol token.</extracomment>
        <translation>%1 publie un enregistrement Sender ID (%2)&#xa0;; Sender ID a été abandonné et les serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Remove the spf2.0 record; the v=spf1 record is the one that counts.</source>
        <translation>Supprimez l&apos;enregistrement spf2.0&#xa0;; seul l&apos;enregistrement v=spf1 compte.</translation>
    </message>
    <message>
        <source>TXT string too long</source>
        <translation>Chaîne TXT trop longue</translation>
    </message>
    <message>
        <source>A string of the SPF record of %1 is %2 bytes long; a DNS TXT string holds at most 255.</source>
        <extracomment>%2 is a length in bytes.</extracomment>
        <translation>Une chaîne de l&apos;enregistrement SPF de %1 fait %2 octets&#xa0;; une chaîne TXT DNS en contient au plus 255.</translation>
    </message>
    <message>
        <source>Split the record into several quoted strings of at most 255 bytes each.</source>
        <translation>Découpez l&apos;enregistrement en plusieurs chaînes entre guillemets de 255 octets au plus chacune.</translation>
    </message>
    <message>
        <source>SPF answer larger than 512 bytes</source>
        <translation>Réponse SPF de plus de 512 octets</translation>
    </message>
    <message>
        <source>The TXT answer for %1 is about %2 bytes; above 512 some receivers fail to fetch it over UDP.</source>
        <extracomment>%2 is a size in bytes.</extracomment>
        <translation>La réponse TXT pour %1 fait environ %2 octets&#xa0;; au-delà de 512, certains serveurs destinataires ne parviennent pas à la récupérer en UDP.</translation>
    </message>
    <message>
        <source>Shorten the record, or move other TXT records of %1 to subdomains.</source>
        <translation>Raccourcissez l&apos;enregistrement, ou déplacez les autres enregistrements TXT de %1 vers des sous-domaines.</translation>
    </message>
    <message>
        <source>Include of a domain without SPF</source>
        <translation>Include d&apos;un domaine sans SPF</translation>
    </message>
    <message>
        <source>The term “%2” points to %1, which publishes no SPF record: evaluation ends in a permanent error.</source>
        <extracomment>%2 is an include term such as include:example.com.</extracomment>
        <translation>Le terme “%2” pointe vers %1, qui ne publie aucun enregistrement SPF&#xa0;: l&apos;évaluation se termine par une erreur permanente.</translation>
    </message>
    <message>
        <source>Correct the included name or remove the term.</source>
        <translation>Corrigez le nom inclus ou supprimez le terme.</translation>
    </message>
    <message>
        <source>SPF include loop</source>
        <translation>Boucle d&apos;include SPF</translation>
    </message>
    <message>
        <source>The includes loop back on themselves (%1): evaluation ends in a permanent error.</source>
        <extracomment>%1 is a chain of domain names.</extracomment>
        <translation>Les include forment une boucle (%1)&#xa0;: l&apos;évaluation se termine par une erreur permanente.</translation>
    </message>
    <message>
        <source>Remove the include that points back to an earlier domain.</source>
        <translation>Supprimez l&apos;include qui renvoie vers un domaine situé plus haut dans la chaîne.</translation>
    </message>
    <message>
        <source>“%1” is kept as-is: the wizard does not offer it.</source>
        <extracomment>%1 a term of an SPF record (protocol text)</extracomment>
        <translation>“%1” est conservé tel quel&#xa0;: l&apos;assistant ne le propose pas.</translation>
    </message>
    <message>
        <source>“%1” is kept as-is, in its place: an earlier term with a qualifier makes the order matter.</source>
        <extracomment>%1 a term of an SPF record; a qualifier is the -, ~ or ? before a term</extracomment>
        <translation>“%1” est conservé tel quel, à sa place&#xa0;: un terme précédent avec un qualificateur rend l&apos;ordre significatif.</translation>
    </message>
    <message>
        <source>“%1” is not offered: the policy becomes -all (you can choose ~all).</source>
        <translation>“%1” n&apos;est pas proposé&#xa0;: la politique devient -all (vous pouvez choisir ~all).</translation>
    </message>
    <message>
        <source>The record had no all term (other servers got neutral): the policy becomes -all (you can choose ~all).</source>
        <translation>L&apos;enregistrement n&apos;avait pas de terme all (les autres serveurs obtenaient le résultat neutral)&#xa0;: la politique devient -all (vous pouvez choisir ~all).</translation>
    </message>
    <message>
        <source>“%1” becomes an include, followed by the policy you choose.</source>
        <translation>“%1” devient un include, suivi de la politique que vous choisissez.</translation>
    </message>
    <message>
        <source>“%1” is dropped: receivers ignore redirect= in a record with an all term (RFC 7208 §6.1).</source>
        <translation>“%1” est supprimé&#xa0;: les serveurs destinataires ignorent redirect= dans un enregistrement qui contient un terme all (RFC 7208 §6.1).</translation>
    </message>
    <message>
        <source>“%1” is dropped: it came after all, so receivers never used it.</source>
        <translation>“%1” est supprimé&#xa0;: il venait après all, les serveurs destinataires ne l&apos;utilisaient donc jamais.</translation>
    </message>
    <message>
        <source>“%1” is dropped: it was listed twice.</source>
        <translation>“%1” est supprimé&#xa0;: il figurait deux fois.</translation>
    </message>
    <message>
        <source>“%1” is dropped: a redirect to a macro cannot become an include; the policy you choose applies instead.</source>
        <translation>“%1” est supprimé&#xa0;: un redirect vers une macro ne peut pas devenir un include&#xa0;; c&apos;est la politique que vous choisissez qui s&apos;applique.</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2): its addresses are unknown, try again later.</source>
        <extracomment>%1 a domain, %2 a technical DNS detail</extracomment>
        <translation>La requête DNS pour %1 a échoué (%2)&#xa0;: ses adresses sont inconnues, réessayez plus tard.</translation>
    </message>
    <message>
        <source>“%1” depends on each message (macro): it cannot be replaced by fixed ranges.</source>
        <extracomment>%1 an SPF term; a macro (%{…}) depends on each message</extracomment>
        <translation>“%1” dépend de chaque message (macro)&#xa0;: il ne peut pas être remplacé par des plages fixes.</translation>
    </message>
    <message>
        <source>%1 gives a permanent error (%2): fix or remove it rather than flatten it.</source>
        <extracomment>%1 a domain, %2 a problem token (no-record, loop…), never translated</extracomment>
        <translation>%1 produit une erreur permanente (%2)&#xa0;: corrigez ou supprimez cet include plutôt que de l&apos;aplatir.</translation>
    </message>
    <message>
        <source>A lookup for %1 failed (%2): its addresses are unknown, try again later.</source>
        <extracomment>%1 a domain, %2 SPF terms</extracomment>
        <translation>Une requête DNS pour %1 a échoué (%2)&#xa0;: ses adresses sont inconnues, réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 ends with +all: it authorises every server, there is nothing to flatten.</source>
        <extracomment>%1 a domain; +all is protocol text</extracomment>
        <translation>%1 se termine par +all&#xa0;: tous les serveurs sont autorisés, il n&apos;y a rien à aplatir.</translation>
    </message>
    <message>
        <source>%1 uses “%2”, which depends on each connection: it cannot be replaced by fixed ranges.</source>
        <extracomment>%1 a domain, %2 an SPF term (ptr or exists)</extracomment>
        <translation>%1 utilise “%2”, qui dépend de chaque connexion&#xa0;: il ne peut pas être remplacé par des plages fixes.</translation>
    </message>
    <message>
        <source>%1 uses “%2”: with such a qualifier the order of its terms matters, so it cannot be replaced by a list of ranges.</source>
        <extracomment>%1 a domain, %2 an SPF term with a qualifier (-, ~ or ?)</extracomment>
        <translation>%1 utilise “%2”&#xa0;: avec un tel qualificateur, l&apos;ordre de ses termes compte, il ne peut donc pas être remplacé par une liste de plages.</translation>
    </message>
    <message>
        <source>%1 lists an address that is not valid: %2</source>
        <translation>%1 liste une adresse non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not one of the record&apos;s includes.</source>
        <extracomment>%1 a domain</extracomment>
        <translation>%1 ne fait pas partie des include de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>SPF authorises every address</source>
        <translation>SPF autorise toutes les adresses</translation>
    </message>
    <message>
        <source>The term “%2” in the SPF record of %1 matches every IPv4 or IPv6 address: as with +all, any server on the Internet may send mail as this domain.</source>
        <extracomment>%1 a domain, %2 an SPF term such as ip4:0.0.0.0/0 (protocol text)</extracomment>
        <translation>Le terme «&#xa0;%2&#xa0;» de l’enregistrement SPF de %1 correspond à toutes les adresses IPv4 ou IPv6&#xa0;: comme avec +all, n’importe quel serveur d’Internet peut envoyer du courrier au nom de ce domaine.</translation>
    </message>
    <message>
        <source>Replace “%2” by the addresses or ranges of your own servers.</source>
        <translation>Remplacez «&#xa0;%2&#xa0;» par les adresses ou plages de vos propres serveurs.</translation>
    </message>
    <message>
        <source>%1 is too large to resolve entirely (%2 not followed): it cannot be replaced by fixed ranges.</source>
        <extracomment>%1 a domain, %2 SPF terms left unresolved because the tree was too large</extracomment>
        <translation>%1 est trop grand pour être résolu entièrement (%2 non suivi)&#xa0;: il ne peut pas être remplacé par des plages fixes.</translation>
    </message>
    <message>
        <source>%1 uses “%2”, which authorises every address: there is nothing to flatten.</source>
        <extracomment>%1 a domain, %2 an SPF term such as ip4:0.0.0.0/0</extracomment>
        <translation>%1 utilise «&#xa0;%2&#xa0;», qui autorise toutes les adresses&#xa0;: il n’y a rien à aplatir.</translation>
    </message>
    <message>
        <source>no DNS resolver is set up</source>
        <translation>aucun résolveur DNS n’est configuré</translation>
    </message>
    <message>
        <source>unknown macro letter in %{%1}</source>
        <translation>lettre de macro inconnue dans %{%1}</translation>
    </message>
    <message>
        <source>invalid digit transformer in %{%1}</source>
        <translation>transformateur numérique invalide dans %{%1}</translation>
    </message>
    <message>
        <source>invalid delimiter in %{%1}</source>
        <translation>délimiteur invalide dans %{%1}</translation>
    </message>
    <message>
        <source>macro %1 is only allowed in exp text</source>
        <translation>la macro %1 n’est autorisée que dans le texte d’explication (exp)</translation>
    </message>
    <message>
        <source>invalid character 0x%1 at %2</source>
        <translation>caractère 0x%1 invalide à la position %2</translation>
    </message>
    <message>
        <source>lone % at end</source>
        <translation>% isolé à la fin</translation>
    </message>
    <message>
        <source>invalid %%1 at %2</source>
        <translation>%%1 invalide à la position %2</translation>
    </message>
    <message>
        <source>unterminated macro at %1</source>
        <translation>macro non terminée à la position %1</translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation>domain-spec vide</translation>
    </message>
    <message>
        <source>domain-spec %1 does not end in a valid top label</source>
        <translation>le domain-spec %1 ne se termine pas par une étiquette de premier niveau valide</translation>
    </message>
    <message>
        <source>“%1” is not valid SPF (%2): receivers reject the whole record for it. It was left out; add what it meant in the fields.</source>
        <extracomment>%1 a term of an SPF record (protocol text), %2 what is wrong with it</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas du SPF valide (%2)&#xa0;: les serveurs destinataires rejettent tout l’enregistrement à cause de lui. Il a été omis&#xa0;; ajoutez ce qu’il signifiait dans les champs.</translation>
    </message>
    <message>
        <source>invalid IPv4 CIDR length /%1</source>
        <translation>longueur CIDR IPv4 /%1 invalide</translation>
    </message>
    <message>
        <source>invalid IPv6 CIDR length //%1</source>
        <translation>longueur CIDR IPv6 //%1 invalide</translation>
    </message>
    <message>
        <source>unknown mechanism %1</source>
        <translation>mécanisme %1 inconnu</translation>
    </message>
    <message>
        <source>all takes no argument</source>
        <translation>all n’accepte pas d’argument</translation>
    </message>
    <message>
        <source>%1 requires a domain-spec</source>
        <translation>%1 exige un domain-spec</translation>
    </message>
    <message>
        <source>ptr takes no CIDR length</source>
        <translation>ptr n’accepte pas de longueur CIDR</translation>
    </message>
    <message>
        <source>unexpected text after %1</source>
        <translation>texte inattendu après %1</translation>
    </message>
    <message>
        <source>%1 requires a network</source>
        <translation>%1 exige un réseau</translation>
    </message>
    <message>
        <source>invalid %1 network %2</source>
        <translation>réseau %1 invalide&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid CIDR length %1</source>
        <translation>longueur CIDR %1 invalide</translation>
    </message>
    <message>
        <source>missing v=spf1</source>
        <translation>v=spf1 manquant</translation>
    </message>
    <message>
        <source>modifier repeated</source>
        <translation>modificateur répété</translation>
    </message>
    <message>
        <source>“%1” (at offset %2) is not valid: %3</source>
        <extracomment>%1 a term of an SPF record (protocol text), %2 its offset in the record, %3 what is wrong</extracomment>
        <translation>«&#xa0;%1&#xa0;» (à la position %2) n’est pas valide&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Sceau::Storage</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot open the workspace %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Sceau workspace (%2); move it aside or restore a backup</source>
        <extracomment>%1 a file, %2 what SQLite found</extracomment>
        <translation>%1 est endommagé ou n’est pas un espace de travail Sceau (%2)&#xa0;; mettez-le de côté ou restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>%1 has no readable schema version</source>
        <translation>%1 n’a pas de version de schéma lisible</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sceau (schema %2; this version reads up to %3)</source>
        <extracomment>%1 a file, %2 and %3 schema versions</extracomment>
        <translation>%1 a été écrit par une version plus récente de Sceau (schéma %2&#xa0;; cette version lit jusqu’au schéma %3)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before upgrading it</source>
        <translation>impossible de sauvegarder %1 vers %2 avant sa mise à niveau</translation>
    </message>
    <message>
        <source>%1 has an unknown schema version (%2)</source>
        <translation>%1 a une version de schéma inconnue (%2)</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <extracomment>%1 a file, %2 the database error</extracomment>
        <translation>%1 n’a pas pu être mis à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>the report is too large to keep (at most %1 bytes)</source>
        <extracomment>%1 the largest report kept, in bytes</extracomment>
        <translation>le rapport est trop volumineux pour être conservé (%1 octets au plus)</translation>
    </message>
    <message>
        <source>no saved check #%1</source>
        <extracomment>%1 the number of a saved check</extracomment>
        <translation>aucune vérification enregistrée #%1</translation>
    </message>
    <message>
        <source>the saved check #%1 of the workspace is damaged</source>
        <translation>la vérification enregistrée #%1 de l’espace de travail est endommagée</translation>
    </message>
    <message>
        <source>a client name has at most %1 characters and no control character</source>
        <extracomment>%1 the longest client name allowed, in characters</extracomment>
        <translation>un nom de client compte au plus %1 caractères, sans caractère de contrôle</translation>
    </message>
    <message>
        <source>the tag “%1” is not valid: 1 to %2 characters, no control character</source>
        <extracomment>%1 the tag as given, %2 the longest tag allowed, in characters</extracomment>
        <translation>l’étiquette «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: de 1 à %2 caractères, sans caractère de contrôle</translation>
    </message>
    <message>
        <source>a domain has at most %1 tags</source>
        <translation>un domaine a au plus %1 étiquettes</translation>
    </message>
    <message>
        <source>%1 is not in the domains list</source>
        <extracomment>%1 a domain name</extracomment>
        <translation>%1 n’est pas dans la liste des domaines</translation>
    </message>
    <message>
        <source>the list is too large (at most %1 bytes)</source>
        <extracomment>%1 the largest list accepted, in bytes</extracomment>
        <translation>la liste est trop volumineuse (%1 octets au plus)</translation>
    </message>
    <message>
        <source>the list has too many lines (at most %1)</source>
        <translation>la liste a trop de lignes (%1 au plus)</translation>
    </message>
</context>
<context>
    <name>Sceau::Transport</name>
    <message>
        <source>the CA file %1 could not be read</source>
        <extracomment>%1 a file of trusted certificates given by the user</extracomment>
        <translation>le fichier d’autorités %1 n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>le serveur n’a envoyé aucun certificat</translation>
    </message>
    <message>
        <source>the server sent %1 certificates; at most %2 are read</source>
        <extracomment>%1 how many certificates the server sent, %2 the most Sceau reads</extracomment>
        <translation>le serveur a envoyé %1 certificats&#xa0;; %2 au plus sont lus</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read</source>
        <translation>le certificat du serveur n’a pas pu être lu</translation>
    </message>
    <message>
        <source>No STARTTLS on %1</source>
        <extracomment>%1 a mail server: host, address and port</extracomment>
        <translation>Pas de STARTTLS sur %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: mail sent to it travels in plaintext, and senders that require TLS cannot deliver to it.</source>
        <translation>%1 ne propose pas STARTTLS&#xa0;: le courrier qui lui est envoyé circule en clair, et les expéditeurs qui exigent TLS ne peuvent pas le lui remettre.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on this server with a certificate for its MX name.</source>
        <translation>Activez STARTTLS sur ce serveur avec un certificat pour son nom MX.</translation>
    </message>
    <message>
        <source>STARTTLS refused by %1</source>
        <translation>STARTTLS refusé par %1</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS, then refuses it (%2): mail falls back to plaintext.</source>
        <extracomment>%1 a mail server, %2 the server&apos;s reply</extracomment>
        <translation>%1 propose STARTTLS, puis le refuse (%2)&#xa0;: le courrier repasse en clair.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration: its certificate and key files.</source>
        <translation>Vérifiez la configuration TLS du serveur&#xa0;: ses fichiers de certificat et de clé.</translation>
    </message>
    <message>
        <source>TLS handshake failed with %1</source>
        <translation>Échec de la négociation TLS avec %1</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS, but no TLS 1.2 or 1.3 connection could be made with it (%2): mail falls back to plaintext.</source>
        <extracomment>%1 a mail server, %2 the TLS library&apos;s reason</extracomment>
        <translation>%1 propose STARTTLS, mais aucune connexion TLS 1.2 ou 1.3 n’a pu être établie avec lui (%2)&#xa0;: le courrier repasse en clair.</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and TLS 1.3 on this server.</source>
        <translation>Activez TLS 1.2 et TLS 1.3 sur ce serveur.</translation>
    </message>
    <message>
        <source>Obsolete TLS versions on %1</source>
        <translation>Versions TLS obsolètes sur %1</translation>
    </message>
    <message>
        <source>%1 still accepts %2, deprecated since 2021 (RFC 8996).</source>
        <extracomment>%1 a mail server, %2 protocol versions (tls1_0, tls1_1)</extracomment>
        <translation>%1 accepte encore %2, dépréciées depuis 2021 (RFC 8996).</translation>
    </message>
    <message>
        <source>Accept only TLS 1.2 and TLS 1.3.</source>
        <translation>N’acceptez que TLS 1.2 et TLS 1.3.</translation>
    </message>
    <message>
        <source>Untrusted certificate on %1</source>
        <translation>Certificat non reconnu sur %1</translation>
    </message>
    <message>
        <source>The certificate of %1 does not lead to a trusted authority (%2): senders that verify certificates (MTA-STS, require TLS) will not deliver.</source>
        <extracomment>%1 a mail server, %2 why the chain does not verify</extracomment>
        <translation>Le certificat de %1 ne remonte pas à une autorité de confiance (%2)&#xa0;: les expéditeurs qui vérifient les certificats (MTA-STS, TLS exigé) ne distribueront pas.</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority, with its intermediate certificates.</source>
        <translation>Installez un certificat d’une autorité publique, avec ses certificats intermédiaires.</translation>
    </message>
    <message>
        <source>Certificate name mismatch on %1</source>
        <translation>Nom du certificat incorrect sur %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not for the MX host name.</source>
        <extracomment>%1 a mail server, %2 the names the certificate carries</extracomment>
        <translation>Le certificat de %1 est établi pour %2, pas pour le nom d’hôte MX.</translation>
    </message>
    <message>
        <source>Use a certificate that names the MX host.</source>
        <translation>Utilisez un certificat qui nomme l’hôte MX.</translation>
    </message>
    <message>
        <source>Expired certificate on %1</source>
        <translation>Certificat expiré sur %1</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <extracomment>%1 a server, %2 a date
----------
%1 a mail server, %2 a date</extracomment>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Renew the certificate now.</source>
        <translation>Renouvelez le certificat dès maintenant.</translation>
    </message>
    <message>
        <source>Certificate of %1 expires soon</source>
        <translation>Le certificat de %1 expire bientôt</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat de %1 expire dans %n jour.</numerusform>
            <numerusform>Le certificat de %1 expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the certificate before it expires.</source>
        <translation>Renouvelez le certificat avant son expiration.</translation>
    </message>
    <message>
        <source>STARTTLS works on %1</source>
        <translation>STARTTLS fonctionne sur %1</translation>
    </message>
    <message>
        <source>%1 accepts STARTTLS and negotiates %2.</source>
        <extracomment>%1 a mail server, %2 a protocol version (tls1_3)</extracomment>
        <translation>%1 accepte STARTTLS et négocie %2.</translation>
    </message>
    <message>
        <source>Configure every server behind this name the same way.</source>
        <translation>Configurez de la même façon tous les serveurs derrière ce nom.</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n’a pas d’adresse</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record: no mail can reach it.</source>
        <translation>%1 n’a pas d’enregistrement A ni AAAA&#xa0;: aucun courrier ne peut l’atteindre.</translation>
    </message>
    <message>
        <source>Publish the server&apos;s addresses, or correct the name.</source>
        <translation>Publiez les adresses du serveur, ou corrigez le nom.</translation>
    </message>
    <message>
        <source>Could not test %1</source>
        <translation>Impossible de tester %1</translation>
    </message>
    <message>
        <source>%1 could not be tested (%2). This says nothing about its TLS.</source>
        <extracomment>%1 a mail server, %2 what happened (busy, refused, no answer)</extracomment>
        <translation>%1 n’a pas pu être testé (%2). Cela ne dit rien de son TLS.</translation>
    </message>
    <message>
        <source>Check again later, or from a network the server accepts.</source>
        <translation>Vérifiez de nouveau plus tard, ou depuis un réseau que le serveur accepte.</translation>
    </message>
    <message>
        <source>The MX records of %1 are signed with DNSSEC</source>
        <extracomment>%1 a domain name</extracomment>
        <translation>Les enregistrements MX de %1 sont signés avec DNSSEC</translation>
    </message>
    <message>
        <source>The validating resolver authenticated the MX records of %1: DANE can protect mail sent to it.</source>
        <translation>Le résolveur validant a authentifié les enregistrements MX de %1&#xa0;: DANE peut protéger le courrier qui lui est envoyé.</translation>
    </message>
    <message>
        <source>%1 is not signed with DNSSEC</source>
        <translation>%1 n’est pas signé avec DNSSEC</translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-secure, so senders do not use DANE for it, whatever TLSA records exist.</source>
        <translation>Les enregistrements MX de %1 ne sont pas sécurisés par DNSSEC&#xa0;: les expéditeurs n’utilisent donc pas DANE pour ce domaine, quels que soient les enregistrements TLSA existants.</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the parent.</source>
        <translation>Signez la zone avec DNSSEC et publiez son enregistrement DS dans la zone parente.</translation>
    </message>
    <message>
        <source>DNSSEC validation fails for %1</source>
        <translation>La validation DNSSEC échoue pour %1</translation>
    </message>
    <message>
        <source>The validating resolver rejects the signed records of %1 (bogus): validating senders cannot find its mail servers at all.</source>
        <translation>Le résolveur validant rejette les enregistrements signés de %1 (bogus)&#xa0;: les expéditeurs qui valident ne trouvent plus du tout ses serveurs de messagerie.</translation>
    </message>
    <message>
        <source>Re-sign the zone, and check that the DS record at the parent matches the zone&apos;s key.</source>
        <translation>Signez de nouveau la zone, et vérifiez que l’enregistrement DS dans la zone parente correspond à la clé de la zone.</translation>
    </message>
    <message>
        <source>The addresses of %1 are not DNSSEC-secure</source>
        <extracomment>%1 a mail server host name</extracomment>
        <translation>Les adresses de %1 ne sont pas sécurisées par DNSSEC</translation>
    </message>
    <message>
        <source>The A/AAAA records of %1 are not signed, so DANE clients do not use its TLSA records.</source>
        <translation>Les enregistrements A/AAAA de %1 ne sont pas signés&#xa0;: les clients DANE n’utilisent donc pas ses enregistrements TLSA.</translation>
    </message>
    <message>
        <source>Sign the zone that holds the MX host&apos;s addresses.</source>
        <translation>Signez la zone qui contient les adresses de l’hôte MX.</translation>
    </message>
    <message>
        <source>The validating resolver rejects the address records of %1 (bogus): validating senders cannot reach it.</source>
        <translation>Le résolveur validant rejette les enregistrements d’adresse de %1 (bogus)&#xa0;: les expéditeurs qui valident ne peuvent pas le joindre.</translation>
    </message>
    <message>
        <source>Re-sign the zone of the MX host.</source>
        <translation>Signez de nouveau la zone de l’hôte MX.</translation>
    </message>
    <message>
        <source>No DANE for %1</source>
        <translation>Pas de DANE pour %1</translation>
    </message>
    <message>
        <source>%1 publishes no TLSA record at _25._tcp: senders use opportunistic TLS only.</source>
        <translation>%1 ne publie aucun enregistrement TLSA à _25._tcp&#xa0;: les expéditeurs n’utilisent que le TLS opportuniste.</translation>
    </message>
    <message>
        <source>Publish a TLSA record made from the server&apos;s certificate (dane generate).</source>
        <translation>Publiez un enregistrement TLSA construit à partir du certificat du serveur (dane generate).</translation>
    </message>
    <message>
        <source>The TLSA records of %1 are not DNSSEC-secure</source>
        <translation>Les enregistrements TLSA de %1 ne sont pas sécurisés par DNSSEC</translation>
    </message>
    <message>
        <source>%1 publishes TLSA records, but they are not signed with DNSSEC: DANE is not in force, senders ignore them.</source>
        <translation>%1 publie des enregistrements TLSA, mais ils ne sont pas signés avec DNSSEC&#xa0;: DANE n’est pas en vigueur, les expéditeurs les ignorent.</translation>
    </message>
    <message>
        <source>Sign the zone that holds the TLSA records.</source>
        <translation>Signez la zone qui contient les enregistrements TLSA.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation</source>
        <translation>Les enregistrements TLSA de %1 échouent à la validation DNSSEC</translation>
    </message>
    <message>
        <source>The validating resolver rejects the TLSA records of %1 (bogus): DANE senders hold mail for it until they validate.</source>
        <translation>Le résolveur validant rejette les enregistrements TLSA de %1 (bogus)&#xa0;: les expéditeurs DANE retiennent le courrier qui lui est destiné jusqu’à ce que ces enregistrements soient validés.</translation>
    </message>
    <message>
        <source>Re-sign the zone, and check its DS record at the parent.</source>
        <translation>Signez de nouveau la zone, et vérifiez son enregistrement DS dans la zone parente.</translation>
    </message>
    <message>
        <source>Malformed TLSA record for %1</source>
        <translation>Enregistrement TLSA mal formé pour %1</translation>
    </message>
    <message>
        <source>A TLSA record of %1 cannot be read: %2</source>
        <extracomment>%1 a mail server host name, %2 the record&apos;s data</extracomment>
        <translation>Un enregistrement TLSA de %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Publish the record as usage, selector, matching type and hexadecimal data.</source>
        <translation>Publiez l’enregistrement sous la forme usage, sélecteur, type de correspondance et données hexadécimales.</translation>
    </message>
    <message>
        <source>TLSA record unusable for SMTP on %1</source>
        <translation>Enregistrement TLSA inutilisable pour SMTP sur %1</translation>
    </message>
    <message>
        <source>The TLSA record %2 of %1 has usage 0 or 1 (PKIX), which SMTP clients ignore.</source>
        <extracomment>%1 a mail server host name, %2 a TLSA record (3 1 1 …)</extracomment>
        <translation>L’enregistrement TLSA %2 de %1 a l’usage 0 ou 1 (PKIX), que les clients SMTP ignorent.</translation>
    </message>
    <message>
        <source>Use usage 3 (DANE-EE) or 2 (DANE-TA): 3 1 1 or 2 1 1.</source>
        <translation>Utilisez l’usage 3 (DANE-EE) ou 2 (DANE-TA)&#xa0;: 3 1 1 ou 2 1 1.</translation>
    </message>
    <message>
        <source>No usable TLSA record for %1</source>
        <translation>Aucun enregistrement TLSA utilisable pour %1</translation>
    </message>
    <message>
        <source>None of the TLSA records of %1 can authenticate it: DANE senders require TLS but cannot verify the server.</source>
        <translation>Aucun des enregistrements TLSA de %1 ne permet de l’authentifier&#xa0;: les expéditeurs DANE exigent TLS mais ne peuvent pas vérifier le serveur.</translation>
    </message>
    <message>
        <source>Publish a 3 1 1 or 2 1 1 record for the server&apos;s certificate.</source>
        <translation>Publiez un enregistrement 3 1 1 ou 2 1 1 pour le certificat du serveur.</translation>
    </message>
    <message>
        <source>DANE authenticates %1</source>
        <extracomment>%1 a mail server: host, address and port</extracomment>
        <translation>DANE authentifie %1</translation>
    </message>
    <message>
        <source>The certificate of %1 matches %2.</source>
        <extracomment>%1 a mail server, %2 the TLSA records that matched</extracomment>
        <translation>Le certificat de %1 correspond à %2.</translation>
    </message>
    <message>
        <source>DANE mismatch on %1</source>
        <translation>Non-correspondance DANE sur %1</translation>
    </message>
    <message>
        <source>No TLSA record matches the certificate %1 presents (%2): DANE senders will not deliver to it.</source>
        <extracomment>%1 a mail server, %2 each TLSA record and its verdict</extracomment>
        <translation>Aucun enregistrement TLSA ne correspond au certificat que présente %1 (%2)&#xa0;: les expéditeurs DANE ne lui distribueront pas le courrier.</translation>
    </message>
    <message>
        <source>Publish records for the certificate in use (dane generate), or install the certificate the records describe.</source>
        <translation>Publiez des enregistrements pour le certificat en service (dane generate), ou installez le certificat que décrivent les enregistrements.</translation>
    </message>
    <message>
        <source>No TLS on %1, which has TLSA records</source>
        <translation>Pas de TLS sur %1, qui a des enregistrements TLSA</translation>
    </message>
    <message>
        <source>%1 publishes TLSA records but no TLS connection could be made (%2): DANE senders will not deliver to it.</source>
        <extracomment>%1 a mail server, %2 what happened</extracomment>
        <translation>%1 publie des enregistrements TLSA mais aucune connexion TLS n’a pu être établie (%2)&#xa0;: les expéditeurs DANE ne lui distribueront pas le courrier.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the server.</source>
        <translation>Activez STARTTLS sur le serveur.</translation>
    </message>
    <message>
        <source>The DANE-matched certificate of %1 ends soon</source>
        <translation>Le certificat de %1 validé par DANE expire bientôt</translation>
    </message>
    <message numerus="yes">
        <source>The certificate that DANE matches on %1 ends in %n day(s); its replacement must match a published TLSA record first.</source>
        <translation>
            <numerusform>Le certificat que DANE valide sur %1 expire dans %n jour&#xa0;; son remplaçant doit d’abord correspondre à un enregistrement TLSA publié.</numerusform>
            <numerusform>Le certificat que DANE valide sur %1 expire dans %n jours&#xa0;; son remplaçant doit d’abord correspondre à un enregistrement TLSA publié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the TLSA record of the next certificate (or keep its key) before deploying it.</source>
        <translation>Publiez l’enregistrement TLSA du prochain certificat (ou conservez sa clé) avant de le déployer.</translation>
    </message>
    <message>
        <source>The next certificate of %1 matches no TLSA record</source>
        <translation>Le prochain certificat de %1 ne correspond à aucun enregistrement TLSA</translation>
    </message>
    <message>
        <source>Deploying the given next certificate on %1 would break DANE: no published TLSA record matches it.</source>
        <translation>Déployer le prochain certificat indiqué sur %1 casserait DANE&#xa0;: aucun enregistrement TLSA publié ne lui correspond.</translation>
    </message>
    <message>
        <source>Publish its 3 1 1 record alongside the current one, wait for the TTL, then deploy it.</source>
        <translation>Publiez son enregistrement 3 1 1 à côté de l’actuel, attendez l’expiration du TTL, puis déployez-le.</translation>
    </message>
    <message>
        <source>No MTA-STS record for %1</source>
        <extracomment>%1 a domain; MTA-STS is a protocol name</extracomment>
        <translation>Aucun enregistrement MTA-STS pour %1</translation>
    </message>
    <message>
        <source>%1 publishes no _mta-sts record: senders may deliver to it in plaintext or to a forged MX without noticing.</source>
        <translation>%1 ne publie aucun enregistrement _mta-sts&#xa0;: les expéditeurs peuvent lui distribuer le courrier en clair ou à un MX usurpé sans s’en apercevoir.</translation>
    </message>
    <message>
        <source>Publish a policy file at https://mta-sts.%1/.well-known/mta-sts.txt and a TXT record &quot;v=STSv1; id=…&quot; at _mta-sts.%1, starting in testing mode.</source>
        <translation>Publiez un fichier de politique à https://mta-sts.%1/.well-known/mta-sts.txt et un enregistrement TXT «&#xa0;v=STSv1; id=…&#xa0;» à _mta-sts.%1, en commençant en mode testing.</translation>
    </message>
    <message>
        <source>Several MTA-STS records for %1</source>
        <translation>Plusieurs enregistrements MTA-STS pour %1</translation>
    </message>
    <message>
        <source>More than one TXT record begins with v=STSv1 (%1): senders then ignore MTA-STS altogether.</source>
        <extracomment>%1 the records as published</extracomment>
        <translation>Plus d’un enregistrement TXT commence par v=STSv1 (%1)&#xa0;: les expéditeurs ignorent alors complètement MTA-STS.</translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record at _mta-sts.</source>
        <translation>Conservez exactement un enregistrement v=STSv1 à _mta-sts.</translation>
    </message>
    <message>
        <source>Invalid MTA-STS record</source>
        <translation>Enregistrement MTA-STS non valide</translation>
    </message>
    <message>
        <source>The record &quot;%1&quot; cannot be used: %2.</source>
        <extracomment>%1 the record, %2 the reason</extracomment>
        <translation>L’enregistrement «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Write it as &quot;v=STSv1; id=&quot; followed by 1 to 32 letters and digits.</source>
        <translation>Écrivez-le sous la forme «&#xa0;v=STSv1; id=&#xa0;» suivi de 1 à 32 lettres et chiffres.</translation>
    </message>
    <message>
        <source>The MTA-STS policy host %1 does not exist</source>
        <translation>L’hôte de la politique MTA-STS %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 has no address, so senders cannot fetch the policy that the record announces.</source>
        <translation>%1 n’a pas d’adresse&#xa0;: les expéditeurs ne peuvent donc pas récupérer la politique qu’annonce l’enregistrement.</translation>
    </message>
    <message>
        <source>Point %1 at a web server that serves the policy over HTTPS.</source>
        <translation>Faites pointer %1 vers un serveur web qui sert la politique en HTTPS.</translation>
    </message>
    <message>
        <source>TLS failed when fetching the MTA-STS policy</source>
        <translation>Échec TLS lors de la récupération de la politique MTA-STS</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <extracomment>%1 a URL, %2 the TLS error</extracomment>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Serve the policy over TLS 1.2 or later.</source>
        <translation>Servez la politique en TLS 1.2 ou ultérieur.</translation>
    </message>
    <message>
        <source>Invalid certificate on %1</source>
        <translation>Certificat non valide sur %1</translation>
    </message>
    <message>
        <source>%1 presents a certificate senders refuse (%2), so they cannot fetch the policy.</source>
        <extracomment>%1 a host, %2 why its certificate is refused</extracomment>
        <translation>%1 présente un certificat que les expéditeurs refusent (%2)&#xa0;: ils ne peuvent donc pas récupérer la politique.</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority that names %1.</source>
        <translation>Installez un certificat d’une autorité publique qui nomme %1.</translation>
    </message>
    <message>
        <source>The MTA-STS policy URL redirects</source>
        <translation>L’URL de la politique MTA-STS redirige</translation>
    </message>
    <message>
        <source>%1 answers with a redirect to %2; senders must not follow it.</source>
        <extracomment>%1 a URL, %2 where it redirects to</extracomment>
        <translation>%1 répond par une redirection vers %2&#xa0;; les expéditeurs ne doivent pas la suivre.</translation>
    </message>
    <message>
        <source>Serve the policy file directly at this URL.</source>
        <translation>Servez le fichier de politique directement à cette URL.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>La politique MTA-STS n’a pas pu être récupérée</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2 instead of 200.</source>
        <extracomment>%1 a URL, %2 an HTTP status code</extracomment>
        <translation>%1 a répondu avec le statut HTTP %2 au lieu de 200.</translation>
    </message>
    <message>
        <source>Serve the policy file at this URL.</source>
        <translation>Servez le fichier de politique à cette URL.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is not text/plain</source>
        <translation>La politique MTA-STS n’est pas en text/plain</translation>
    </message>
    <message>
        <source>%1 is served as &quot;%2&quot;; senders only accept text/plain.</source>
        <extracomment>%1 a URL, %2 a media type</extracomment>
        <translation>%1 est servi en «&#xa0;%2&#xa0;»&#xa0;; les expéditeurs n’acceptent que text/plain.</translation>
    </message>
    <message>
        <source>Serve the file with Content-Type: text/plain.</source>
        <translation>Servez le fichier avec Content-Type: text/plain.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is too large</source>
        <translation>La politique MTA-STS est trop volumineuse</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; senders stop reading it.</source>
        <extracomment>%1 a URL, %2 a number of bytes</extracomment>
        <translation>%1 dépasse %2 octets&#xa0;; les expéditeurs arrêtent de le lire.</translation>
    </message>
    <message>
        <source>Keep the policy file short: version, mode, mx lines and max_age.</source>
        <translation>Gardez un fichier de politique court&#xa0;: version, mode, lignes mx et max_age.</translation>
    </message>
    <message>
        <source>The MTA-STS policy host does not answer in HTTP</source>
        <translation>L’hôte de la politique MTA-STS ne répond pas en HTTP</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Check the web server of the policy host.</source>
        <translation>Vérifiez le serveur web de l’hôte de la politique.</translation>
    </message>
    <message>
        <source>Invalid MTA-STS policy</source>
        <translation>Politique MTA-STS non valide</translation>
    </message>
    <message>
        <source>The policy at %1 cannot be used: %2.</source>
        <extracomment>%1 a URL, %2 the reason</extracomment>
        <translation>La politique à %1 est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Write version: STSv1, a mode, one mx line per MX pattern and max_age, one per line.</source>
        <translation>Écrivez version: STSv1, un mode, une ligne mx par motif de MX et max_age, un champ par ligne.</translation>
    </message>
    <message>
        <source>MTA-STS policy in mode %1</source>
        <extracomment>%1 a mode token (enforce, testing, none)</extracomment>
        <translation>Politique MTA-STS en mode %1</translation>
    </message>
    <message>
        <source>The record and the policy file are valid.</source>
        <translation>L’enregistrement et le fichier de politique sont valides.</translation>
    </message>
    <message>
        <source>MTA-STS is in testing mode</source>
        <translation>MTA-STS est en mode testing</translation>
    </message>
    <message>
        <source>Senders report failures (TLS-RPT) but still deliver when TLS fails.</source>
        <translation>Les expéditeurs signalent les échecs (TLS-RPT) mais distribuent quand même le courrier quand TLS échoue.</translation>
    </message>
    <message>
        <source>Once the TLS reports show no failures, switch to mode enforce and change the record&apos;s id.</source>
        <translation>Quand les rapports TLS ne montrent plus d’échec, passez en mode enforce et changez l’id de l’enregistrement.</translation>
    </message>
    <message>
        <source>MTA-STS is switched off (mode none)</source>
        <translation>MTA-STS est désactivé (mode none)</translation>
    </message>
    <message>
        <source>The policy asks nothing of senders.</source>
        <translation>La politique n’exige rien des expéditeurs.</translation>
    </message>
    <message>
        <source>Use mode testing, then enforce.</source>
        <translation>Utilisez le mode testing, puis enforce.</translation>
    </message>
    <message>
        <source>Short MTA-STS max_age</source>
        <translation>max_age MTA-STS court</translation>
    </message>
    <message>
        <source>Senders keep the policy only %1 seconds, which leaves little protection between fetches.</source>
        <extracomment>%1 a number of seconds</extracomment>
        <translation>Les expéditeurs ne conservent la politique que %1 secondes, ce qui laisse peu de protection entre deux récupérations.</translation>
    </message>
    <message>
        <source>Use a max_age of at least a week (604800) once the policy is stable.</source>
        <translation>Utilisez un max_age d’au moins une semaine (604800) une fois la politique stable.</translation>
    </message>
    <message>
        <source>%1 is covered by the pattern %2</source>
        <extracomment>%1 an MX host, %2 a policy pattern</extracomment>
        <translation>%1 est couvert par le motif %2</translation>
    </message>
    <message>
        <source>%1 is not in the MTA-STS policy</source>
        <translation>%1 n’est pas dans la politique MTA-STS</translation>
    </message>
    <message>
        <source>No mx pattern of the policy (%2) matches %1: senders that enforce the policy will not deliver to it.</source>
        <extracomment>%1 an MX host, %2 the policy&apos;s patterns</extracomment>
        <translation>Aucun motif mx de la politique (%2) ne correspond à %1&#xa0;: les expéditeurs qui appliquent la politique ne lui distribueront pas le courrier.</translation>
    </message>
    <message>
        <source>Add an mx line for %1 and change the record&apos;s id.</source>
        <translation>Ajoutez une ligne mx pour %1 et changez l’id de l’enregistrement.</translation>
    </message>
    <message>
        <source>%1 has a valid certificate for MTA-STS</source>
        <translation>%1 a un certificat valide pour MTA-STS</translation>
    </message>
    <message>
        <source>%1 fails the MTA-STS certificate check</source>
        <translation>%1 échoue à la vérification de certificat MTA-STS</translation>
    </message>
    <message>
        <source>Senders applying the policy refuse %1: %2.</source>
        <extracomment>%1 an MX host, %2 why its certificate is refused</extracomment>
        <translation>Les expéditeurs qui appliquent la politique refusent %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not fetch the MTA-STS policy</source>
        <translation>Impossible de récupérer la politique MTA-STS</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2); this says nothing about whether the policy is right.</source>
        <extracomment>%1 a URL, %2 the network error</extracomment>
        <translation>%1 n’a pas pu être joint (%2)&#xa0;; cela ne dit rien sur la validité de la politique.</translation>
    </message>
    <message>
        <source>Check again later, or from another network.</source>
        <translation>Vérifiez de nouveau plus tard, ou depuis un autre réseau.</translation>
    </message>
    <message>
        <source>the policy is larger than %1 bytes</source>
        <translation>la politique dépasse %1 octets</translation>
    </message>
    <message>
        <source>the policy has more than %1 lines</source>
        <translation>la politique compte plus de %1 lignes</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;</source>
        <extracomment>%1 a line number of the policy file</extracomment>
        <translation>la ligne %1 n’est pas de la forme «&#xa0;key: value&#xa0;»</translation>
    </message>
    <message>
        <source>the version is &quot;%1&quot;, not STSv1</source>
        <extracomment>%1 the version as published</extracomment>
        <translation>la version est «&#xa0;%1&#xa0;», pas STSv1</translation>
    </message>
    <message>
        <source>the mode &quot;%1&quot; is not enforce, testing or none</source>
        <extracomment>%1 the mode as published; enforce, testing, none are protocol tokens</extracomment>
        <translation>le mode «&#xa0;%1&#xa0;» n’est ni enforce, ni testing, ni none</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds up to %2</source>
        <extracomment>%1 the max_age as published, %2 the largest allowed</extracomment>
        <translation>max_age «&#xa0;%1&#xa0;» n’est pas un nombre de secondes inférieur ou égal à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2) is not an MX host pattern</source>
        <extracomment>%1 an mx pattern as published, %2 its line number</extracomment>
        <translation>«&#xa0;%1&#xa0;» (ligne %2) n’est pas un motif d’hôte MX</translation>
    </message>
    <message>
        <source>the policy has more than %1 mx patterns</source>
        <translation>la politique compte plus de %1 motifs mx</translation>
    </message>
    <message>
        <source>the policy has no version field</source>
        <translation>la politique n’a pas de champ version</translation>
    </message>
    <message>
        <source>the policy has no mode field</source>
        <translation>la politique n’a pas de champ mode</translation>
    </message>
    <message>
        <source>the policy has no max_age field</source>
        <translation>la politique n’a pas de champ max_age</translation>
    </message>
    <message>
        <source>the policy has no mx field</source>
        <translation>la politique n’a pas de champ mx</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>l’enregistrement dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the record does not begin with v=STSv1</source>
        <translation>l’enregistrement ne commence pas par v=STSv1</translation>
    </message>
    <message>
        <source>v=STSv1 must be followed by &quot;;&quot; and the fields</source>
        <translation>v=STSv1 doit être suivi de «&#xa0;;&#xa0;» et des champs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name=value field</source>
        <extracomment>%1 a field of the record, as published</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ nom=valeur</translation>
    </message>
    <message>
        <source>the record has more than one id</source>
        <translation>l’enregistrement a plus d’un id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not 1 to 32 letters and digits</source>
        <extracomment>%1 the id as published</extracomment>
        <translation>l’id «&#xa0;%1&#xa0;» ne compte pas de 1 à 32 lettres et chiffres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension field</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ d’extension valide</translation>
    </message>
    <message>
        <source>the record has no id</source>
        <translation>l’enregistrement n’a pas d’id</translation>
    </message>
    <message>
        <source>“%1” is not FROM=TO with two port numbers (1–65535)</source>
        <extracomment>%1 the faulty part of a port map such as 443=8443</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme DE=VERS avec deux numéros de port (1 à 65535)</translation>
    </message>
    <message>
        <source>port %1 is mapped twice</source>
        <extracomment>%1 a port number given twice</extracomment>
        <translation>le port %1 est redirigé deux fois</translation>
    </message>
    <message>
        <source>Authenticated on %1</source>
        <extracomment>%1 a submission server (host [address]:port)</extracomment>
        <translation>Authentifié sur %1</translation>
    </message>
    <message>
        <source>%1 accepted the credential with AUTH %2 over %3.</source>
        <extracomment>%1 a server, %2 a SASL mechanism (PLAIN), %3 a TLS version token (tls1_3)</extracomment>
        <translation>%1 a accepté l’identifiant avec AUTH %2 sur %3.</translation>
    </message>
    <message>
        <source>Authentication refused by %1</source>
        <translation>Authentification refusée par %1</translation>
    </message>
    <message>
        <source>%1 refused the user name and password (%2).</source>
        <extracomment>%1 a server, %2 its reply</extracomment>
        <translation>%1 a refusé le nom d’utilisateur et le mot de passe (%2).</translation>
    </message>
    <message>
        <source>Check the user name and password of the account, then store them again.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe du compte, puis enregistrez-les de nouveau.</translation>
    </message>
    <message>
        <source>Password authentication offered before TLS on %1</source>
        <translation>Authentification par mot de passe proposée avant TLS sur %1</translation>
    </message>
    <message>
        <source>%1 offers AUTH %2 before STARTTLS: a mail client that uses it sends the password in plaintext.</source>
        <extracomment>%1 a server, %2 SASL mechanisms (PLAIN LOGIN)</extracomment>
        <translation>%1 propose AUTH %2 avant STARTTLS&#xa0;: un client de messagerie qui l’utilise envoie le mot de passe en clair.</translation>
    </message>
    <message>
        <source>Offer password authentication only after STARTTLS (Postfix: smtpd_tls_auth_only = yes), or use implicit TLS on port 465.</source>
        <translation>Ne proposez l’authentification par mot de passe qu’après STARTTLS (Postfix&#xa0;: smtpd_tls_auth_only = yes), ou utilisez le TLS implicite sur le port 465.</translation>
    </message>
    <message>
        <source>No usable authentication on %1</source>
        <translation>Aucune authentification utilisable sur %1</translation>
    </message>
    <message>
        <source>%1 offers no AUTH PLAIN or LOGIN over TLS (offered: %2).</source>
        <extracomment>%1 a server, %2 SASL mechanisms, possibly none</extracomment>
        <translation>%1 ne propose ni AUTH PLAIN ni LOGIN sur TLS (proposés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Enable SASL authentication on the submission service.</source>
        <translation>Activez l’authentification SASL sur le service de soumission.</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: a password could only be sent in plaintext, so none was.</source>
        <translation>%1 ne propose pas STARTTLS&#xa0;: un mot de passe ne pourrait être envoyé qu’en clair, aucun ne l’a donc été.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the submission port, or use implicit TLS on port 465.</source>
        <translation>Activez STARTTLS sur le port de soumission, ou utilisez le TLS implicite sur le port 465.</translation>
    </message>
    <message>
        <source>TLS failed with %1</source>
        <translation>Échec de TLS avec %1</translation>
    </message>
    <message>
        <source>No TLS 1.2 or 1.3 connection could be made with %1 (%2); no password was sent.</source>
        <extracomment>%1 a server, %2 the reason</extracomment>
        <translation>Aucune connexion TLS 1.2 ou 1.3 n’a pu être établie avec %1 (%2)&#xa0;; aucun mot de passe n’a été envoyé.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration: TLS 1.2 and 1.3, its certificate and key.</source>
        <translation>Vérifiez la configuration TLS du serveur&#xa0;: TLS 1.2 et 1.3, son certificat et sa clé.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not lead to a trusted authority (%2): mail clients warn or refuse to send the password.</source>
        <extracomment>%1 a server, %2 why the chain does not verify</extracomment>
        <translation>Le certificat de %1 ne remonte pas à une autorité de confiance (%2)&#xa0;: les clients de messagerie avertissent ou refusent d’envoyer le mot de passe.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not for the name the client uses.</source>
        <extracomment>%1 a server, %2 the names the certificate carries</extracomment>
        <translation>Le certificat de %1 est émis pour %2, et non pour le nom qu’utilise le client.</translation>
    </message>
    <message>
        <source>Use a certificate that names the submission host, or configure clients with a name it carries.</source>
        <translation>Utilisez un certificat qui nomme l’hôte de soumission, ou configurez les clients avec un nom qu’il contient.</translation>
    </message>
    <message>
        <source>Password not sent to %1</source>
        <translation>Mot de passe non envoyé à %1</translation>
    </message>
    <message>
        <source>The certificate of %1 does not verify, so Sceau did not send the password: the server&apos;s identity is not proven.</source>
        <translation>Le certificat de %1 ne se vérifie pas, donc Sceau n’a pas envoyé le mot de passe&#xa0;: l’identité du serveur n’est pas prouvée.</translation>
    </message>
    <message>
        <source>Fix the certificate, or test again with verification skipped if you trust this network.</source>
        <translation>Corrigez le certificat, ou refaites le test sans vérification si vous faites confiance à ce réseau.</translation>
    </message>
    <message>
        <source>Test message accepted by %1 for %2</source>
        <extracomment>%1 a server, %2 an address</extracomment>
        <translation>Message de test accepté par %1 pour %2</translation>
    </message>
    <message>
        <source>Its Message-ID is &lt;%1&gt;.</source>
        <extracomment>%1 a Message-ID</extracomment>
        <translation>Son Message-ID est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>Test message refused by %1</source>
        <translation>Message de test refusé par %1</translation>
    </message>
    <message>
        <source>%1 authenticated the account but did not accept a message for %2 (%3).</source>
        <extracomment>%1 a server, %2 an address, %3 the server&apos;s reply</extracomment>
        <translation>%1 a authentifié le compte mais n’a pas accepté de message pour %2 (%3).</translation>
    </message>
    <message>
        <source>Check that the account may send as its address, and the recipient.</source>
        <translation>Vérifiez que le compte a le droit d’envoyer avec son adresse, et vérifiez le destinataire.</translation>
    </message>
    <message>
        <source>%1 could not be tested (%2). This says nothing about the account.</source>
        <extracomment>%1 a server, %2 what happened</extracomment>
        <translation>Impossible de tester %1 (%2). Cela ne dit rien du compte.</translation>
    </message>
    <message>
        <source>Check the host and port, then test again later.</source>
        <translation>Vérifiez l’hôte et le port, puis refaites le test plus tard.</translation>
    </message>
    <message>
        <source>No TLS-RPT record for %1</source>
        <extracomment>%1 a domain; TLS-RPT is a protocol name</extracomment>
        <translation>Pas d’enregistrement TLS-RPT pour %1</translation>
    </message>
    <message>
        <source>Senders do not tell %1 when they fail to deliver over TLS, so MTA-STS or DANE problems go unseen.</source>
        <translation>Les expéditeurs ne préviennent pas %1 quand ils échouent à distribuer via TLS&#xa0;: les problèmes MTA-STS ou DANE passent inaperçus.</translation>
    </message>
    <message>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:…&quot; at _smtp._tls.%1.</source>
        <translation>Publiez &quot;v=TLSRPTv1; rua=mailto:…&quot; à _smtp._tls.%1.</translation>
    </message>
    <message>
        <source>Several TLS-RPT records for %1</source>
        <translation>Plusieurs enregistrements TLS-RPT pour %1</translation>
    </message>
    <message>
        <source>More than one TXT record begins with v=TLSRPTv1 (%1): senders then send no reports.</source>
        <extracomment>%1 the records as published</extracomment>
        <translation>Plus d’un enregistrement TXT commence par v=TLSRPTv1 (%1)&#xa0;: les expéditeurs n’envoient alors aucun rapport.</translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record at _smtp._tls.</source>
        <translation>Gardez exactement un enregistrement v=TLSRPTv1 à _smtp._tls.</translation>
    </message>
    <message>
        <source>Invalid TLS-RPT record</source>
        <translation>Enregistrement TLS-RPT invalide</translation>
    </message>
    <message>
        <source>Write it as &quot;v=TLSRPTv1; rua=&quot; followed by mailto: or https: addresses, separated by commas.</source>
        <translation>Écrivez-le sous la forme &quot;v=TLSRPTv1; rua=&quot; suivi d’adresses mailto: ou https:, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Unusable TLS-RPT address %1</source>
        <translation>Adresse TLS-RPT %1 inutilisable</translation>
    </message>
    <message>
        <source>Senders only use mailto: and https: addresses; %1 is ignored.</source>
        <translation>Les expéditeurs n’utilisent que les adresses mailto: et https:&#xa0;; %1 est ignorée.</translation>
    </message>
    <message>
        <source>Replace it with a mailto: or https: address.</source>
        <translation>Remplacez-la par une adresse mailto: ou https:.</translation>
    </message>
    <message>
        <source>TLS reports go to %1</source>
        <extracomment>%1 the report addresses</extracomment>
        <translation>Les rapports TLS sont envoyés à %1</translation>
    </message>
    <message>
        <source>no TLS report found: not JSON, not gzip, and no report attached to a mail</source>
        <translation>aucun rapport TLS trouvé&#xa0;: ni JSON, ni gzip, ni rapport joint à un message</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <extracomment>%1 a file, %2 a number of bytes</extracomment>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>the record does not begin with v=TLSRPTv1</source>
        <translation>l’enregistrement ne commence pas par v=TLSRPTv1</translation>
    </message>
    <message>
        <source>v=TLSRPTv1 must be followed by &quot;;&quot; and the fields</source>
        <translation>v=TLSRPTv1 doit être suivi de &quot;;&quot; et des champs</translation>
    </message>
    <message>
        <source>the record has more than one rua</source>
        <translation>l’enregistrement contient plus d’un rua</translation>
    </message>
    <message>
        <source>rua lists more than %1 addresses</source>
        <translation>rua liste plus de %1 adresses</translation>
    </message>
    <message>
        <source>rua has an empty address</source>
        <translation>rua contient une adresse vide</translation>
    </message>
    <message>
        <source>the record has no rua</source>
        <translation>l’enregistrement n’a pas de rua</translation>
    </message>
    <message>
        <source>rua has no mailto: or https: address senders can use</source>
        <translation>rua ne contient aucune adresse mailto: ou https: utilisable par les expéditeurs</translation>
    </message>
    <message>
        <source>the report is larger than %1 bytes</source>
        <translation>le rapport dépasse %1 octets</translation>
    </message>
    <message>
        <source>the report is not JSON (%1 at byte %2)</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 an offset in bytes</extracomment>
        <translation>le rapport n’est pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the report is not a JSON object</source>
        <translation>le rapport n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the report has no policies array</source>
        <translation>le rapport n’a pas de tableau policies</translation>
    </message>
    <message>
        <source>the report has more than %1 policies</source>
        <translation>le rapport contient plus de %1 politiques</translation>
    </message>
    <message>
        <source>the report has more than %1 failure entries</source>
        <translation>le rapport contient plus de %1 entrées d’échec</translation>
    </message>
    <message>
        <source>STARTTLS differs between the mail servers of %1</source>
        <extracomment>%1 a mail server host name, or a domain (its MX hosts)</extracomment>
        <translation>STARTTLS diffère entre les serveurs de messagerie de %1</translation>
    </message>
    <message>
        <source>Some mail servers of %1 offer STARTTLS and others do not: mail that reaches the wrong one travels in plaintext, and an attacker can steer it there.</source>
        <translation>Certains serveurs de messagerie de %1 proposent STARTTLS et d’autres non&#xa0;: le courrier qui atteint le mauvais circule en clair, et un attaquant peut l’y orienter.</translation>
    </message>
    <message>
        <source>%1 accepts no mail (null MX)</source>
        <extracomment>%1 a domain; &quot;null MX&quot; is the record &quot;MX 0 .&quot; (RFC 7505)</extracomment>
        <translation>%1 n’accepte aucun courrier (MX nul)</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it receives no mail, so there is no mail server whose transport security could be checked.</source>
        <translation>%1 publie un MX nul&#xa0;: il ne reçoit pas de courrier, il n’y a donc aucun serveur de messagerie dont la sécurité du transport pourrait être vérifiée.</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 n’a pas d’enregistrement MX</translation>
    </message>
    <message>
        <source>%1 publishes no MX record: senders deliver to the domain&apos;s own address (the implicit MX), which was checked instead.</source>
        <extracomment>%1 a domain</extracomment>
        <translation>%1 ne publie aucun enregistrement MX&#xa0;: les expéditeurs distribuent le courrier à l’adresse propre du domaine (le MX implicite), qui a été vérifiée à la place.</translation>
    </message>
    <message>
        <source>Publish MX records naming the servers that receive mail.</source>
        <translation>Publiez des enregistrements MX désignant les serveurs qui reçoivent le courrier.</translation>
    </message>
    <message>
        <source>Too many MX records for %1</source>
        <translation>Trop d’enregistrements MX pour %1</translation>
    </message>
    <message>
        <source>%1 publishes %2 MX records; only the first %3, in preference order, were checked.</source>
        <extracomment>%1 a domain, %2 a number of MX records, %3 how many were checked</extracomment>
        <translation>%1 publie %2 enregistrements MX&#xa0;; seuls les %3 premiers, par ordre de préférence, ont été vérifiés.</translation>
    </message>
    <message>
        <source>Keep the MX set to the servers that really receive mail.</source>
        <translation>Limitez l’ensemble MX aux serveurs qui reçoivent réellement le courrier.</translation>
    </message>
    <message>
        <source>%1 has no working STARTTLS under MTA-STS</source>
        <extracomment>%1 a mail server host name</extracomment>
        <translation>%1 n’a pas de STARTTLS fonctionnel sous MTA-STS</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in %2 mode, but %1 offers no working STARTTLS: senders that honour the policy cannot deliver to it.</source>
        <extracomment>%1 a mail server host name, %2 the MTA-STS mode (enforce, testing)</extracomment>
        <translation>La politique MTA-STS est en mode %2, mais %1 ne propose pas de STARTTLS fonctionnel&#xa0;: les expéditeurs qui respectent la politique ne peuvent pas lui distribuer le courrier.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on this server, or remove it from the MX set.</source>
        <translation>Activez STARTTLS sur ce serveur, ou retirez-le de l’ensemble MX.</translation>
    </message>
    <message>
        <source>no TLS certificate was seen</source>
        <translation>aucun certificat TLS n’a été vu</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>son certificat a expiré</translation>
    </message>
    <message>
        <source>its certificate is not trusted (%1)</source>
        <extracomment>%1 the certificate verifier&apos;s own words (OpenSSL, in English)</extracomment>
        <translation>son certificat n’est pas de confiance (%1)</translation>
    </message>
    <message>
        <source>its certificate is not for %1</source>
        <extracomment>%1 an MX host</extracomment>
        <translation>son certificat n’est pas pour %1</translation>
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
    <message>
        <source>Could not check</source>
        <extracomment>the state of a check that could not be made (a DNS lookup failed)</extracomment>
        <translation>Vérification impossible</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::AddDomainDialog</name>
    <message>
        <source>Add a domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>optional, e.g. Dupont &amp; Fils</source>
        <extracomment>placeholder: the client a domain belongs to (for service providers)</extracomment>
        <translation>facultatif, p. ex. Dupont &amp; Fils</translation>
    </message>
    <message>
        <source>optional, e.g. production, eu</source>
        <extracomment>placeholder: tags separated by commas</extracomment>
        <translation>facultatif, p. ex. production, eu</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Étiquettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::AreaCard</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>%1/100*</source>
        <extracomment>a score out of 100; &quot;(provisional)&quot; when some lookups failed</extracomment>
        <translation>%1/100*</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Provisional: some lookups failed, so this rates only what could be checked.</source>
        <translation>Provisoire&#xa0;: des requêtes DNS ont échoué, seul ce qui a pu être vérifié est donc noté.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>accessible name of a dashboard card: %1 area (SPF…), %2 state, %3 score or &quot;—&quot;</extracomment>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::AreaDetails</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <extracomment>SPF lookups: %1 this record&apos;s own, %2 with every branch below</extracomment>
        <translation>%1 (%2 au total)</translation>
    </message>
    <message>
        <source>Data of the area</source>
        <translation>Données de la rubrique</translation>
    </message>
    <message>
        <source>Raw records</source>
        <translation>Enregistrements bruts</translation>
    </message>
    <message>
        <source>Copy the r&amp;ecords</source>
        <translation>Copier les &amp;enregistrements</translation>
    </message>
    <message>
        <source>Record / term</source>
        <translation>Enregistrement / terme</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>Requêtes DNS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 of the 10 DNS lookups RFC 7208 allows.</source>
        <extracomment>%1 DNS lookups of the SPF tree; RFC 7208 allows 10</extracomment>
        <translation>%1 des 10 requêtes DNS autorisées par la RFC 7208.</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>No selector was given: these common ones were probed: %1.</source>
        <extracomment>%1 the DKIM selectors looked up, comma-separated</extracomment>
        <translation>Aucun sélecteur indiqué&#xa0;: ces sélecteurs courants ont été sondés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not be asked: %1.</source>
        <translation>Interrogation impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Inherited from %1.</source>
        <extracomment>%1 the domain whose DMARC record applies</extracomment>
        <translation>Héritée de %1.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>(null MX: no mail accepted)</source>
        <translation>(MX nul&#xa0;: aucun courrier accepté)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>The mail servers were not probed in this check: the Transport tab probes them.</source>
        <translation>Les serveurs de messagerie n’ont pas été sondés lors de cette vérification&#xa0;: l’onglet Transport les sonde.</translation>
    </message>
    <message>
        <source>could not test</source>
        <translation>impossible de tester</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>pas de confiance</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::BimiFindingsList</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number of the logo file, %2 what is wrong there</extracomment>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::BimiWizard</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>BIMI logo</source>
        <extracomment>BIMI is a protocol name (Brand Indicators for Message Identification)</extracomment>
        <translation>Logo BIMI</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Mailbox providers show a logo only for a domain whose DMARC policy is enforced (quarantine or reject). Fix what is listed here first.</source>
        <translation>Les fournisseurs de messagerie n’affichent un logo que pour un domaine dont la politique DMARC est appliquée (quarantine ou reject). Corrigez d’abord ce qui est indiqué ici.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Selector:</source>
        <translation>Sélecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The logo is a square SVG Tiny Portable/Secure file with a &lt;title&gt;, no script, animation, image or external reference.</source>
        <translation>Le logo est un fichier SVG Tiny Portable/Secure carré, avec un &lt;title&gt;, sans script, animation, image ni référence externe.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation>Certificat de marque</translation>
    </message>
    <message>
        <source>A Verified or Common Mark Certificate (PEM) from a Mark Verifying Authority embeds the same logo and names the domain. Optional, but most providers require it.</source>
        <translation>Un certificat de marque vérifiée ou de marque commune (VMC ou CMC, au format PEM) délivré par une autorité de vérification des marques intègre le même logo et nomme le domaine. Facultatif, mais la plupart des fournisseurs l’exigent.</translation>
    </message>
    <message>
        <source>Choose the mark certificate</source>
        <translation>Choisir le certificat de marque</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>BIMI record</source>
        <translation>Enregistrement BIMI</translation>
    </message>
    <message>
        <source>Publish the logo and the certificate over HTTPS, then this record.</source>
        <translation>Publiez le logo et le certificat en HTTPS, puis cet enregistrement.</translation>
    </message>
    <message>
        <source>Logo URL (l=):</source>
        <translation>URL du logo (l=)&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate URL (a=):</source>
        <translation>URL du certificat (a=)&#xa0;:</translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation>Enregistrement DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exporter l’enregistrement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>DMARC enforces: the domain can show a logo.</source>
        <translation>DMARC est appliqué&#xa0;: le domaine peut afficher un logo.</translation>
    </message>
    <message>
        <source>Fix DMARC first: receivers show no logo without enforcement.</source>
        <translation>Corrigez d’abord DMARC&#xa0;: sans application, les serveurs de réception n’affichent aucun logo.</translation>
    </message>
    <message>
        <source>DMARC could not be checked: whether a logo can show is unknown.</source>
        <translation>Impossible de vérifier DMARC&#xa0;: on ne sait pas si un logo peut s’afficher.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The file cannot be read (or is over 1 MiB).</source>
        <translation>Le fichier est illisible (ou dépasse 1 Mio).</translation>
    </message>
    <message>
        <source>The logo is valid SVG Tiny PS.</source>
        <translation>Le logo est un SVG Tiny PS valide.</translation>
    </message>
    <message>
        <source>Fix the logo: each problem is listed with its line.</source>
        <translation>Corrigez le logo&#xa0;: chaque problème est indiqué avec sa ligne.</translation>
    </message>
    <message>
        <source>This certificate will not make the logo show.</source>
        <translation>Ce certificat ne permettra pas d’afficher le logo.</translation>
    </message>
    <message>
        <source>The certificate holds.</source>
        <translation>Le certificat est valable.</translation>
    </message>
    <message>
        <source>the record is not complete</source>
        <translation>l’enregistrement est incomplet</translation>
    </message>
    <message>
        <source>Give the https URL of the logo.</source>
        <translation>Indiquez l’URL https du logo.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::CredentialEditDialog</name>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>The secret goes to the system keychain only; it is never shown again.</source>
        <translation>Le secret va uniquement dans le trousseau du système&#xa0;; il n’est plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add a credential</source>
        <translation>Ajouter un identifiant</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>Renouveler %1</translation>
    </message>
    <message>
        <source>SMTP account</source>
        <translation>Compte SMTP</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <extracomment>TSIG: transaction signatures (RFC 8945), a key that signs DNS updates</extracomment>
        <translation>Clé TSIG</translation>
    </message>
    <message>
        <source>Cloudflare token</source>
        <translation>Jeton Cloudflare</translation>
    </message>
    <message>
        <source>OVHcloud application</source>
        <translation>Application OVHcloud</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <extracomment>how the connection is secured; STARTTLS is a protocol token</extracomment>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>Implicit TLS (port 465)</source>
        <translation>TLS implicite (port 465)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>the key&apos;s name, as the server knows it</source>
        <translation>le nom de la clé, tel que le serveur le connaît</translation>
    </message>
    <message>
        <source>optional: the zone&apos;s primary (default: its SOA)</source>
        <translation>facultatif&#xa0;: le serveur primaire de la zone (par défaut&#xa0;: celui de son SOA)</translation>
    </message>
    <message>
        <source>base64, as tsig-keygen prints it</source>
        <translation>base64, tel que tsig-keygen l’affiche</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key name:</source>
        <translation>Nom de la &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Primary &amp;server:</source>
        <translation>Serveur &amp;primaire&#xa0;:</translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation>P&amp;ort du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>optional: https://… (default: the provider&apos;s)</source>
        <translation>facultatif&#xa0;: https://… (par défaut&#xa0;: celle du fournisseur)</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Clé d’app&amp;lication&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <translation>S&amp;ecret d’application&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation>Clé &amp;consommateur&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API&#xa0;:</translation>
    </message>
    <message>
        <source>A credential named %1 already exists.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>Un identifiant nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>%1 why the server is refused</extracomment>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the account&apos;s user name.</source>
        <translation>Saisissez le nom d’utilisateur du compte.</translation>
    </message>
    <message>
        <source>Key name: %1</source>
        <extracomment>%1 why the key name is refused</extracomment>
        <translation>Nom de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Primary server: %1</source>
        <extracomment>%1 why the server is refused</extracomment>
        <translation>Serveur primaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation>Saisissez la clé d’application.</translation>
    </message>
    <message>
        <source>Zone: %1</source>
        <extracomment>%1 why the zone is refused</extracomment>
        <translation>Zone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <extracomment>%1 why the secret is refused (never the secret itself)</extracomment>
        <translation>Secret&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::CredentialsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>A credential whose secret is this many days old or more is due to be changed.</source>
        <translation>Un identifiant dont le secret a ce nombre de jours ou plus est à renouveler.</translation>
    </message>
    <message>
        <source>Remind to rotate after (&amp;days):</source>
        <translation>Rappeler de renouveler après (&amp;jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the credentials: %1</source>
        <extracomment>%1 why the workspace could not be read</extracomment>
        <translation>Impossible de lire les identifiants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À renouveler</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Pas à renouveler</translation>
    </message>
    <message>
        <source>Secret set on %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Secret défini le %1</translation>
    </message>
    <message>
        <source>No credential is due for rotation.</source>
        <translation>Aucun identifiant n’est à renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) due for rotation.</source>
        <translation>
            <numerusform>%n identifiant à renouveler.</numerusform>
            <numerusform>%n identifiants à renouveler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no credential yet: press Add…</source>
        <translation>L’espace de travail n’a encore aucun identifiant&#xa0;: cliquez sur Ajouter…</translation>
    </message>
    <message>
        <source>%1 Nothing was changed: unlock or start the system keychain, then try again.</source>
        <extracomment>%1 why the keychain could not be used</extracomment>
        <translation>%1 Rien n’a été modifié&#xa0;: déverrouillez ou démarrez le trousseau du système, puis réessayez.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>%1 was added; its secret is in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>%1 a été ajouté&#xa0;; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <source>Replacing the secret in the keychain…</source>
        <translation>Remplacement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>The secret of %1 was replaced in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>Le secret de %1 a été remplacé dans le trousseau.</translation>
    </message>
    <message>
        <source>Remove a credential</source>
        <translation>Supprimer un identifiant</translation>
    </message>
    <message>
        <source>Remove %1? Its secret is deleted from the keychain; this cannot be undone.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>Supprimer %1&#xa0;? Son secret est effacé du trousseau&#xa0;; cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Suppression du secret du trousseau…</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>%1 is accepted.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation>%1 est accepté.</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <extracomment>%1 the server&apos;s or API&apos;s own word for the refusal</extracomment>
        <translation>Refusé (%1)</translation>
    </message>
    <message>
        <source>%1 is refused (%2).</source>
        <extracomment>%1 a credential&apos;s name, %2 the server&apos;s or API&apos;s word</extracomment>
        <translation>%1 est refusé (%2).</translation>
    </message>
    <message>
        <source>Could not test (%1)</source>
        <extracomment>%1 why</extracomment>
        <translation>Test impossible (%1)</translation>
    </message>
    <message>
        <source>%1 could not be tested (%2).</source>
        <extracomment>%1 a credential&apos;s name, %2 why</extracomment>
        <translation>%1 n’a pas pu être testé (%2).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DaneView</name>
    <message>
        <source>secure</source>
        <extracomment>DNSSEC status: validated</extracomment>
        <translation>sécurisé</translation>
    </message>
    <message>
        <source>insecure</source>
        <extracomment>DNSSEC status: not signed, or no chain of trust</extracomment>
        <translation>non sécurisé</translation>
    </message>
    <message>
        <source>bogus</source>
        <extracomment>DNSSEC status: signatures fail validation</extracomment>
        <translation>invalide</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>impossible de vérifier</translation>
    </message>
    <message>
        <source>could not test</source>
        <translation>impossible de tester</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>authenticated by DANE</source>
        <translation>authentifié par DANE</translation>
    </message>
    <message>
        <source>matches, DANE not in force</source>
        <translation>correspond, DANE non en vigueur</translation>
    </message>
    <message>
        <source>Check DANE</source>
        <translation>Vérifier DANE</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>MX host / address</source>
        <translation>Hôte MX / adresse</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Checking DNSSEC and DANE for %1…</source>
        <extracomment>%1 a domain name</extracomment>
        <translation>Vérification de DNSSEC et DANE pour %1…</translation>
    </message>
    <message>
        <source>Check canceled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>non en vigueur</translation>
    </message>
    <message numerus="yes">
        <source>%1: MX records %2; DANE in force on %n MX host(s).</source>
        <extracomment>%1 a domain, %2 DNSSEC status of its MX records, %3 how many MX hosts have DANE in force</extracomment>
        <translation>
            <numerusform>%1&#xa0;: statut DNSSEC des enregistrements MX&#xa0;: %2&#xa0;; DANE en vigueur sur %n hôte MX.</numerusform>
            <numerusform>%1&#xa0;: statut DNSSEC des enregistrements MX&#xa0;: %2&#xa0;; DANE en vigueur sur %n hôtes MX.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some checks could not be made.</source>
        <translation>Certaines vérifications n’ont pas pu être effectuées.</translation>
    </message>
    <message>
        <source>Domain checked for DANE</source>
        <translation>Domaine vérifié pour DANE</translation>
    </message>
    <message>
        <source>DANE of each mail server</source>
        <translation>DANE de chaque serveur de messagerie</translation>
    </message>
    <message>
        <source>DANE findings</source>
        <translation>Constats DANE</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DashboardView</name>
    <message>
        <source>How is this sc&amp;ored?</source>
        <translation>Comment ce score est-il ca&amp;lculé&#xa0;?</translation>
    </message>
    <message>
        <source>Check a domain to see its posture, area by area.</source>
        <translation>Vérifiez un domaine pour voir sa posture, rubrique par rubrique.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 domain, %2 its state (&quot;Domain not found&quot;, &quot;Could not check&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3/100 (provisional: some checks could not be made)</source>
        <extracomment>%1 domain, %2 state, %3 score out of 100 of what could be checked</extracomment>
        <translation>%1&#xa0;: %2, %3/100 (provisoire&#xa0;: certaines vérifications n’ont pas pu être faites)</translation>
    </message>
    <message>
        <source>%1: %2, %3/100</source>
        <extracomment>%1 domain, %2 state, %3 score out of 100</extracomment>
        <translation>%1&#xa0;: %2, %3/100</translation>
    </message>
    <message>
        <source>How scores are computed</source>
        <translation>Comment les scores sont calculés</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimActivatePage</name>
    <message>
        <source>Switch the signer</source>
        <translation>Basculement de la signature</translation>
    </message>
    <message>
        <source>Configure your mail server to sign with the new key, then confirm here.</source>
        <translation>Configurez votre serveur de messagerie pour qu&apos;il signe avec la nouvelle clé, puis confirmez ici.</translation>
    </message>
    <message>
        <source>&amp;Mark as active</source>
        <translation>&amp;Marquer comme active</translation>
    </message>
    <message>
        <source>The mail server now signs with selector %1</source>
        <extracomment>%1 a DKIM selector</extracomment>
        <translation>Le serveur de messagerie signe désormais avec le sélecteur %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Selector %1 is active.</source>
        <translation>Le sélecteur %1 est actif.</translation>
    </message>
    <message>
        <source>Selector %1 is active. Selector %2 is retiring since %3; revoke it after %4.</source>
        <extracomment>%1 the new selector, %2 the old one, %3 when it started retiring, %4 when it can be revoked</extracomment>
        <translation>Le sélecteur %1 est actif. Le sélecteur %2 est en cours de retrait depuis le %3&#xa0;; révoquez-le après le %4.</translation>
    </message>
    <message>
        <source>E&amp;xport for the mail server…</source>
        <translation>E&amp;xporter pour le serveur de messagerie…</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimDestroyPage</name>
    <message>
        <source>Erase the old private key</source>
        <translation>Effacement de l&apos;ancienne clé privée</translation>
    </message>
    <message>
        <source>The old key is revoked: nothing can verify with it any more. Erasing its private half removes its passphrase from the keychain and the encrypted key from the workspace.</source>
        <translation>L&apos;ancienne clé est révoquée&#xa0;: plus rien ne peut être vérifié avec elle. Effacer sa partie privée supprime sa phrase secrète du trousseau de clés et la clé chiffrée de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Erase the private key…</source>
        <translation>&amp;Effacer la clé privée…</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erase the private key</source>
        <translation>Effacer la clé privée</translation>
    </message>
    <message>
        <source>Erase the private key of selector %1 of %2? This cannot be undone.</source>
        <extracomment>%1 a DKIM selector, %2 a domain</extracomment>
        <translation>Effacer la clé privée du sélecteur %1 de %2&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>The private key of selector %1 is erased.</source>
        <extracomment>%1 a DKIM selector</extracomment>
        <translation>La clé privée du sélecteur %1 est effacée.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimDnsStepPage</name>
    <message>
        <source>Publish the new key</source>
        <translation>Publication de la nouvelle clé</translation>
    </message>
    <message>
        <source>Revoke the old key</source>
        <translation>Révocation de l&apos;ancienne clé</translation>
    </message>
    <message>
        <source>Publish this record, then check that every authoritative nameserver of the domain serves it.</source>
        <translation>Publiez cet enregistrement, puis vérifiez que tous les serveurs de noms faisant autorité du domaine le publient.</translation>
    </message>
    <message>
        <source>The retire period is over: replace the old key&apos;s record with this one (an empty p= revokes the key), then check it.</source>
        <translation>La période de retrait est terminée&#xa0;: remplacez l&apos;enregistrement de l&apos;ancienne clé par celui-ci (un p= vide révoque la clé), puis vérifiez-le.</translation>
    </message>
    <message>
        <source>&amp;Check in DNS</source>
        <translation>&amp;Vérifier dans le DNS</translation>
    </message>
    <message>
        <source>TXT value:</source>
        <translation>Valeur TXT&#xa0;:</translation>
    </message>
    <message>
        <source>Zone file line:</source>
        <translation>Ligne du fichier de zone&#xa0;:</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1:</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation>Publiez un enregistrement TXT sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking every authoritative nameserver…</source>
        <translation>Interrogation de tous les serveurs de noms faisant autorité…</translation>
    </message>
    <message>
        <source>Could not find the domain&apos;s nameservers: %1</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation>Impossible de trouver les serveurs de noms du domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not find the domain&apos;s nameservers.</source>
        <translation>Impossible de trouver les serveurs de noms du domaine.</translation>
    </message>
    <message>
        <source>Published on %1 of %2 authoritative nameservers.</source>
        <extracomment>%1 servers serving the key, %2 all the zone&apos;s authoritative servers</extracomment>
        <translation>Clé publiée sur %1 des %2 serveurs de noms faisant autorité.</translation>
    </message>
    <message>
        <source>Revoked on %1 of %2 authoritative nameservers.</source>
        <translation>Clé révoquée sur %1 des %2 serveurs de noms faisant autorité.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: could not be asked: %2</source>
        <extracomment>%1 a nameserver, %2 why it could not be asked</extracomment>
        <translation>%1&#xa0;: interrogation impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: serves it</source>
        <translation>%1&#xa0;: le publie</translation>
    </message>
    <message>
        <source>%1: does not serve it yet</source>
        <translation>%1&#xa0;: ne le publie pas encore</translation>
    </message>
    <message>
        <source>Con&amp;firm by hand…</source>
        <translation>Con&amp;firmer manuellement…</translation>
    </message>
    <message>
        <source>Sceau could not verify it. If you checked by other means that every nameserver serves it, you may confirm it by hand.</source>
        <translation>Sceau n’a pas pu le vérifier. Si vous avez vérifié par d’autres moyens que chaque serveur de noms le publie, vous pouvez le confirmer manuellement.</translation>
    </message>
    <message>
        <source>Confirm by hand</source>
        <translation>Confirmer manuellement</translation>
    </message>
    <message>
        <source>Every authoritative nameserver serves the record at %1, as you checked yourself? The step is recorded as confirmed by hand, not verified by Sceau.</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation>Chaque serveur de noms faisant autorité publie-t-il l’enregistrement sur %1, comme vous l’avez vérifié vous-même&#xa0;? L’étape est enregistrée comme confirmée manuellement, et non vérifiée par Sceau.</translation>
    </message>
    <message>
        <source>Confirmed by hand: recorded as not verified by Sceau.</source>
        <translation>Confirmé manuellement&#xa0;: enregistré comme non vérifié par Sceau.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimExportDialog</name>
    <message>
        <source>&amp;Write the private key</source>
        <translation>&amp;Écrire la clé privée</translation>
    </message>
    <message>
        <source>Export the DKIM key %1 of %2</source>
        <extracomment>%1 selector, %2 domain</extracomment>
        <translation>Exporter la clé DKIM %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Private key &amp;file here:</source>
        <translation>Emplacement du &amp;fichier de clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>The file is unencrypted PEM, readable only by you (mode 0600); an existing file is never overwritten. Copy it to the mail server, readable only by the signer.</source>
        <translation>Le fichier est en PEM non chiffré, lisible par vous seul (mode 0600)&#xa0;; un fichier existant n’est jamais écrasé. Copiez-le sur le serveur de messagerie, lisible uniquement par le logiciel de signature.</translation>
    </message>
    <message>
        <source>&amp;Path on the mail server:</source>
        <translation>&amp;Chemin sur le serveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Configuration of the signer:</source>
        <extracomment>the configuration lines of each mail server software</extracomment>
        <translation>Configuration du logiciel de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>This key&apos;s private part was destroyed: only the configuration is shown.</source>
        <translation>La partie privée de cette clé a été détruite&#xa0;: seule la configuration est affichée.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Reading the key (the keychain may ask for your permission)…</source>
        <translation>Lecture de la clé (le trousseau peut demander votre autorisation)…</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <extracomment>%1 why the key could not be read (keychain locked…)</extracomment>
        <translation>La clé n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Private key written to %1.</source>
        <extracomment>%1 the file written</extracomment>
        <translation>Clé privée écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimKeyPage</name>
    <message>
        <source>Key generation</source>
        <translation>Génération de la clé</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Generating a key (%1)…</source>
        <translation>Génération d&apos;une clé (%1)…</translation>
    </message>
    <message>
        <source>Key ready for selector %1.</source>
        <translation>Clé prête pour le sélecteur %1.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimKeysDialog</name>
    <message>
        <source>DKIM keys</source>
        <translation>Clés DKIM</translation>
    </message>
    <message>
        <source>Could not read the keys: %1</source>
        <extracomment>%1 why the workspace could not be read</extracomment>
        <translation>Impossible de lire les clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Abandon the key</source>
        <translation>Abandonner la clé</translation>
    </message>
    <message>
        <source>Erase the key %1 of %2? It was never published; its private key is erased from the workspace and its passphrase from the keychain.</source>
        <extracomment>%1 selector, %2 domain</extracomment>
        <translation>Effacer la clé %1 de %2&#xa0;? Elle n’a jamais été publiée&#xa0;; sa clé privée est effacée de l’espace de travail et sa phrase secrète du trousseau.</translation>
    </message>
    <message>
        <source>The key was not erased: %1</source>
        <translation>La clé n’a pas été effacée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimKeysView</name>
    <message>
        <source>generated</source>
        <extracomment>DKIM key state</extracomment>
        <translation>générée</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>en cours de retrait</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>détruite</translation>
    </message>
    <message>
        <source>publish its record</source>
        <extracomment>next step of a DKIM key</extracomment>
        <translation>publier son enregistrement</translation>
    </message>
    <message>
        <source>start signing with it</source>
        <translation>commencer à signer avec</translation>
    </message>
    <message>
        <source>replace it</source>
        <translation>la remplacer</translation>
    </message>
    <message>
        <source>publish an empty p=</source>
        <translation>publier un p= vide</translation>
    </message>
    <message>
        <source>erase the private key</source>
        <translation>effacer la clé privée</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 step(s) due</source>
        <translation>
            <numerusform>%n clé, étapes à faire&#xa0;: %1</numerusform>
            <numerusform>%n clés, étapes à faire&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation>Étape &amp;suivante…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotation…</translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation>&amp;Copier l’enregistrement</translation>
    </message>
    <message>
        <source>Copy the key&apos;s DNS record as a zone-file line</source>
        <translation>Copier l’enregistrement DNS de la clé sous forme de ligne de fichier de zone</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the private key for the mail server and show the signer&apos;s configuration</source>
        <translation>Écrire la clé privée pour le serveur de messagerie et afficher la configuration du logiciel de signature</translation>
    </message>
    <message>
        <source>&amp;Abandon…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Erase a key that was never published</source>
        <translation>Effacer une clé qui n’a jamais été publiée</translation>
    </message>
    <message>
        <source>%1 (confirmed by hand)</source>
        <extracomment>%1 a DKIM key state; a step the nameservers could not verify, the user confirmed</extracomment>
        <translation>%1 (confirmée manuellement)</translation>
    </message>
    <message>
        <source>The nameservers could not be asked: this step was confirmed by hand, not verified by Sceau.</source>
        <translation>Les serveurs de noms n’ont pas pu être interrogés&#xa0;: cette étape a été confirmée manuellement, et non vérifiée par Sceau.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>%1 the date a DKIM key&apos;s step was due</extracomment>
        <translation>%1, en retard</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimPublishPage</name>
    <message>
        <source>Publish the record</source>
        <translation>Publication de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is weak: plan to replace it with a 2048-bit key.</source>
        <translation>Une clé RSA de 1024 bits est faible&#xa0;: prévoyez de la remplacer par une clé de 2048 bits.</translation>
    </message>
    <message>
        <source>TXT value:</source>
        <translation>Valeur TXT&#xa0;:</translation>
    </message>
    <message>
        <source>Zone file line:</source>
        <translation>Ligne du fichier de zone&#xa0;:</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1:</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation>Publiez un enregistrement TXT sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport for the mail server…</source>
        <translation>E&amp;xporter pour le serveur de messagerie…</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimRotationWizard</name>
    <message>
        <source>DKIM key rotation</source>
        <translation>Rotation de clé DKIM</translation>
    </message>
    <message>
        <source>Step not due yet</source>
        <translation>Échéance non atteinte</translation>
    </message>
    <message>
        <source>This step is due on %1. Do it now anyway?</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Cette étape est prévue le %1. L&apos;effectuer quand même maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimSetupPage</name>
    <message>
        <source>Domain and selector</source>
        <translation>Domaine et sélecteur</translation>
    </message>
    <message>
        <source>The key signs mail of the domain; the selector names it in DNS.</source>
        <translation>La clé signe le courrier du domaine&#xa0;; le sélecteur la désigne dans le DNS.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>%1 (weak)</source>
        <extracomment>%1 is a key type such as &quot;RSA, 1024 bits&quot;</extracomment>
        <translation>%1 (faible)</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <source>Publish in testing mode (t=y)</source>
        <translation>Publier en mode test (t=y)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>Sé&amp;lecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace already has a key %1 for %2: choose another selector (%3 is free).</source>
        <extracomment>%1 a selector, %2 a domain, %3 a free selector</extracomment>
        <translation>L’espace de travail a déjà une clé %1 pour %2&#xa0;: choisissez un autre sélecteur (%3 est libre).</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimStorePage</name>
    <message>
        <source>Keeping the key</source>
        <translation>Conservation de la clé</translation>
    </message>
    <message>
        <source>The private key is stored encrypted in the workspace; its passphrase goes to the system keychain.</source>
        <translation>La clé privée est enregistrée chiffrée dans l&apos;espace de travail&#xa0;; sa phrase secrète est placée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>The key is stored. Next: publish its record.</source>
        <translation>La clé est enregistrée. Étape suivante&#xa0;: publier son enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Storing the key… Your system keychain may ask you to unlock it or to allow Sceau to store a passphrase: answer it in its own window.</source>
        <translation>Enregistrement de la clé… Le trousseau de votre système peut vous demander de le déverrouiller ou d’autoriser Sceau à y enregistrer une phrase secrète&#xa0;: répondez-lui dans sa propre fenêtre.</translation>
    </message>
    <message>
        <source>The key was not stored: %1. Unlock the keychain or allow Sceau, then retry.</source>
        <extracomment>%1 why the key could not be stored (keychain locked, refused…)</extracomment>
        <translation>La clé n’a pas été enregistrée&#xa0;: %1. Déverrouillez le trousseau ou autorisez Sceau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimWizard</name>
    <message>
        <source>New DKIM key</source>
        <translation>Nouvelle clé DKIM</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcPolicyPage</name>
    <message>
        <source>Strict DKIM alignment (adkim=s)</source>
        <translation>Alignement DKIM strict (adkim=s)</translation>
    </message>
    <message>
        <source>Strict SPF alignment (aspf=s)</source>
        <translation>Alignement SPF strict (aspf=s)</translation>
    </message>
    <message>
        <source>Test mode (t=y): receivers apply the next lower policy</source>
        <translation>Mode test (t=y)&#xa0;: les serveurs de réception appliquent la politique immédiatement moins stricte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Politique DMARC</translation>
    </message>
    <message>
        <source>What receivers do with mail that fails DMARC, and where they send reports.</source>
        <translation>Ce que les serveurs de réception font du courrier qui échoue à DMARC, et où ils envoient les rapports.</translation>
    </message>
    <message>
        <source>none: monitor only</source>
        <extracomment>the values of p= (protocol tokens, not translated) with their meaning</extracomment>
        <translation>none&#xa0;: surveiller seulement</translation>
    </message>
    <message>
        <source>quarantine: treat as suspicious</source>
        <translation>quarantine&#xa0;: traiter comme suspect</translation>
    </message>
    <message>
        <source>reject: refuse the mail</source>
        <translation>reject&#xa0;: refuser le courrier</translation>
    </message>
    <message>
        <source>same as p=</source>
        <translation>comme p=</translation>
    </message>
    <message>
        <source>same as sp=</source>
        <translation>comme sp=</translation>
    </message>
    <message>
        <source>dmarc-reports@example.com</source>
        <translation>dmarc-reports@example.com</translation>
    </message>
    <message>
        <source>dmarc-failures@example.com</source>
        <translation>dmarc-failures@example.com</translation>
    </message>
    <message>
        <source>0: all failed</source>
        <extracomment>fo= options of RFC 9989: 0, 1, d, s</extracomment>
        <translation>0&#xa0;: tout a échoué</translation>
    </message>
    <message>
        <source>1: any failed</source>
        <translation>1&#xa0;: un mécanisme a échoué</translation>
    </message>
    <message>
        <source>d: DKIM failed</source>
        <translation>d&#xa0;: DKIM a échoué</translation>
    </message>
    <message>
        <source>s: SPF failed</source>
        <translation>s&#xa0;: SPF a échoué</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Policy (p=):</source>
        <translation>Politique (p=)&#xa0;:</translation>
    </message>
    <message>
        <source>Subdomains (sp=):</source>
        <translation>Sous-domaines (sp=)&#xa0;:</translation>
    </message>
    <message>
        <source>Non-existent names (np=):</source>
        <translation>Noms inexistants (np=)&#xa0;:</translation>
    </message>
    <message>
        <source>Aggregate reports to (rua=, one per line):</source>
        <translation>Rapports agrégés à (rua=, un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Failure reports to (ruf=, one per line):</source>
        <translation>Rapports d’échec à (ruf=, un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Failure report options (fo=):</source>
        <translation>Options des rapports d’échec (fo=)&#xa0;:</translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation>Enregistrement DNS&#xa0;:</translation>
    </message>
    <message>
        <source>External report hosts must publish:</source>
        <translation>Les hôtes de rapport externes doivent publier&#xa0;:</translation>
    </message>
    <message>
        <source>Check of the draft:</source>
        <translation>Vérification du brouillon&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcReportsView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Pass and fail per day:</source>
        <translation>Réussites et échecs par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Why it fails:</source>
        <translation>Pourquoi il échoue&#xa0;:</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Suggestion&#xa0;:</translation>
    </message>
    <message>
        <source>Import aggregate reports (.xml, .xml.gz, .zip, .eml, mbox, Maildir) with the button or by dropping files here.</source>
        <translation>Importez des rapports agrégés (.xml, .xml.gz, .zip, .eml, mbox, Maildir) avec le bouton ou en déposant des fichiers ici.</translation>
    </message>
    <message>
        <source>Import DMARC reports</source>
        <translation>Importer des rapports DMARC</translation>
    </message>
    <message>
        <source>DMARC reports (*.xml *.gz *.zip *.eml *.mbox);;All files (*)</source>
        <translation>Rapports DMARC (*.xml *.gz *.zip *.eml *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <extracomment>%n files</extracomment>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failure report for %2 from %3 (not stored)</source>
        <extracomment>%1 a file, %2 a domain, %3 an IP address</extracomment>
        <translation>%1&#xa0;: rapport d’échec pour %2 provenant de %3 (non enregistré)</translation>
    </message>
    <message>
        <source>%1 reports added, %2 already imported, %3 could not be read.</source>
        <extracomment>%1, %2, %3 numbers of reports</extracomment>
        <translation>%1 rapports ajoutés, %2 déjà importés, %3 illisibles.</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Select a source.</source>
        <translation>Sélectionnez une source.</translation>
    </message>
    <message>
        <source>This source passes DMARC (aligned).</source>
        <translation>Cette source réussit DMARC (alignée).</translation>
    </message>
    <message>
        <source>Import r&amp;eports…</source>
        <translation>&amp;Importer des rapports…</translation>
    </message>
    <message>
        <source>P&amp;olicy domain:</source>
        <translation>Domaine de la politi&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Filter the sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Sending sources</source>
        <translation>Sources d’envoi</translation>
    </message>
    <message>
        <source>Reports over time</source>
        <translation>Rapports dans le temps</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcRolloutPage</name>
    <message>
        <source>Rollout plan</source>
        <translation>Plan de déploiement</translation>
    </message>
    <message>
        <source>From monitoring to rejection, one step at a time, each when the reports say it is safe.</source>
        <translation>De la surveillance au rejet, une étape à la fois, chacune quand les rapports montrent qu’elle est sans risque.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Policy tags</source>
        <translation>Balises de politique</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Date au plus tôt</translation>
    </message>
    <message>
        <source>What the reports say</source>
        <translation>Ce que disent les rapports</translation>
    </message>
    <message>
        <source>p=none published on:</source>
        <translation>p=none publié le&#xa0;:</translation>
    </message>
    <message>
        <source>No aggregate report imported for this domain: the plan gives dates only. Import the reports of the rua= address to judge each step.</source>
        <translation>Aucun rapport agrégé importé pour ce domaine&#xa0;: le plan ne donne que des dates. Importez les rapports de l’adresse rua= pour juger chaque étape.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s): %1 of %2 messages passed DMARC aligned.</source>
        <extracomment>%n reports, %1 a percentage, %2 a number of messages</extracomment>
        <translation>
            <numerusform>%n rapport&#xa0;: %1 des %2 messages ont réussi DMARC avec alignement.</numerusform>
            <numerusform>%n rapports&#xa0;: %1 des %2 messages ont réussi DMARC avec alignement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Pas encore de preuve</translation>
    </message>
    <message>
        <source>Too early: the reports cover too few days</source>
        <translation>Trop tôt&#xa0;: les rapports couvrent trop peu de jours</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: needs %1 passing; %n source(s) would be hit</source>
        <extracomment>%1 the share needed, %n sources whose mail would be hit</extracomment>
        <translation>
            <numerusform>Pas encore&#xa0;: il faut %1 de réussite&#xa0;; %n source serait touchée</numerusform>
            <numerusform>Pas encore&#xa0;: il faut %1 de réussite&#xa0;; %n sources seraient touchées</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe: nothing is blocked</source>
        <translation>Sans risque&#xa0;: rien n’est bloqué</translation>
    </message>
    <message>
        <source>Safe: at least %1 passing</source>
        <translation>Sans risque&#xa0;: au moins %1 de réussite</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcSourceModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>Domaine From</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligné</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligné</translation>
    </message>
    <message>
        <source>Why it fails</source>
        <translation>Pourquoi il échoue</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcWizard</name>
    <message>
        <source>DMARC record</source>
        <extracomment>DMARC is a protocol name</extracomment>
        <translation>Enregistrement DMARC</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exporter l’enregistrement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>the domain is not valid</source>
        <translation>le domaine n’est pas valide</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DomainsView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>To&amp;ut vérifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Filter by domain, client or tag</source>
        <extracomment>placeholder of the filter of the domains list</extracomment>
        <translation>Filtrer par domaine, client ou étiquette</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Check every domain shown, or the selected ones</source>
        <translation>Vérifier tous les domaines affichés, ou ceux qui sont sélectionnés</translation>
    </message>
    <message>
        <source>%1*</source>
        <translation>%1*</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <extracomment>%n domains in the list</extracomment>
        <translation>
            <numerusform>%n domaine.</numerusform>
            <numerusform>%n domaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check of %1 was not saved: %2</source>
        <extracomment>%1 domain, %2 why its check could not be saved</extracomment>
        <translation>La vérification de %1 n’a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove domains</source>
        <translation>Supprimer des domaines</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n domain(s) from the list, with their saved checks? %1</source>
        <extracomment>%n domains; %1 their names</extracomment>
        <translation>
            <numerusform>Retirer %n domaine de la liste, avec ses vérifications enregistrées&#xa0;? %1</numerusform>
            <numerusform>Retirer %n domaines de la liste, avec leurs vérifications enregistrées&#xa0;? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a list of domains</source>
        <translation>Importer une liste de domaines</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>Fichiers texte (*.txt *.csv *.list)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file, %2 why it cannot be read</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) imported.</source>
        <extracomment>%n domains added from an imported file</extracomment>
        <translation>
            <numerusform>%n domaine importé.</numerusform>
            <numerusform>%n domaines importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <extracomment>%1 line number, %2 the line, %3 why it was not imported</extracomment>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s)…</source>
        <extracomment>%n domains being checked</extracomment>
        <translation>
            <numerusform>Vérification de %n domaine…</numerusform>
            <numerusform>Vérification de %n domaines…</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 domains checked.</source>
        <extracomment>%1 checked, %2 asked</extracomment>
        <translation>Annulé&#xa0;: %1 domaines vérifiés sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked.</source>
        <translation>
            <numerusform>%n domaine vérifié.</numerusform>
            <numerusform>%n domaines vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Filtrer les domaines</translation>
    </message>
    <message>
        <source>A PDF or HTML report, or a CSV or JSON table, of the latest checks of the selected domains (all shown when one or none is selected).</source>
        <translation>Un rapport PDF ou HTML, ou un tableau CSV ou JSON, des dernières vérifications des domaines sélectionnés (tous ceux affichés quand un seul ou aucun n’est sélectionné).</translation>
    </message>
    <message>
        <source>Sa&amp;ve a report…</source>
        <translation>E&amp;xporter un rapport…</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation>Tableau CSV (tableurs)</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>email-security-report</source>
        <translation>rapport-securite-messagerie</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>The latest saved check of every domain of the list.</source>
        <extracomment>%n the number of domains chosen</extracomment>
        <translation>La dernière vérification enregistrée de chaque domaine de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>The latest saved check of %n domain(s).</source>
        <translation>
            <numerusform>La dernière vérification enregistrée de %n domaine.</numerusform>
            <numerusform>La dernière vérification enregistrée de %n domaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export canceled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <extracomment>%1 a file suffix (pdf, csv…)</extracomment>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>None of these domains has a saved check yet: check them first.</source>
        <translation>Aucun de ces domaines n’a encore de vérification enregistrée&#xa0;: vérifiez-les d’abord.</translation>
    </message>
    <message>
        <source>Left out, never checked: %1.</source>
        <extracomment>%1 the domains left out, comma-separated</extracomment>
        <translation>Omis, jamais vérifiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <extracomment>%1 the file written; then, maybe, the domains left out</extracomment>
        <translation>Écrit dans %1.</translation>
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
        <translation>Comment corriger&#xa0;:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the severity, %2 the finding&apos;s stable id, %3 the RFC section</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open the tool that fixes the selected finding</source>
        <translation>Ouvrir l&apos;outil qui corrige le constat sélectionné</translation>
    </message>
    <message>
        <source>Fi&amp;x…</source>
        <translation>Corri&amp;ger…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>What the finding means and how to fix it</source>
        <translation>Ce que signifie le constat et comment le corriger</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::HistoryView</name>
    <message>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Résolveur</translation>
    </message>
    <message>
        <source>Saved checks</source>
        <translation>Vérifications enregistrées</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Select or check a domain to see its history.</source>
        <translation>Sélectionnez ou vérifiez un domaine pour voir son historique.</translation>
    </message>
    <message>
        <source>Checks of %1</source>
        <extracomment>%1 domain</extracomment>
        <translation>Vérifications de %1</translation>
    </message>
    <message>
        <source>No check of this domain is saved yet.</source>
        <translation>Aucune vérification de ce domaine n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>The first saved check: nothing to compare it with.</source>
        <translation>Première vérification enregistrée&#xa0;: rien à quoi la comparer.</translation>
    </message>
    <message>
        <source>Nothing changed from %1 to %2.</source>
        <extracomment>%1 and %2 dates of two checks</extracomment>
        <translation>Rien n’a changé du %1 au %2.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Du %1 au %2&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::JournalDialog</name>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>refused: the records had changed</source>
        <translation>refusé&#xa0;: les enregistrements avaient changé</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusé par le serveur</translation>
    </message>
    <message>
        <source>server not reached</source>
        <translation>serveur non joint</translation>
    </message>
    <message>
        <source>could not read the records</source>
        <translation>lecture des enregistrements impossible</translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation>aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(aucun enregistrement)</translation>
    </message>
    <message>
        <source>Published changes</source>
        <translation>Modifications publiées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>A&amp;nnuler la modification…</translation>
    </message>
    <message>
        <source>Nothing has been published from this workspace yet.</source>
        <translation>Rien n’a encore été publié depuis cet espace de travail.</translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2</source>
        <translation>Avant&#xa0;:
%1

Après&#xa0;:
%2</translation>
    </message>
    <message>
        <source>This change rolled back entry %1.</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation>Cette modification a annulé l’entrée %1.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <extracomment>%1 a DNS name, %2 the values it will hold again</extracomment>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Put %1 back as it was?

%2

This is refused if the records changed since.</source>
        <translation>Remettre %1 tel qu’il était&#xa0;?

%2

Cela est refusé si les enregistrements ont changé depuis.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Rolled back (journal entry %1).</source>
        <translation>Annulée (entrée %1 du journal).</translation>
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
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Sélecteurs DKIM&#xa0;:</translation>
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
        <translation>Sélecteur DKIM&#xa0;: %1</translation>
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
        <translation>Score&#xa0;: %1/100</translation>
    </message>
    <message>
        <source>No DNS answer for %1: check the resolver in Settings.</source>
        <translation>Aucune réponse DNS pour %1&#xa0;: vérifiez le résolveur dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked; %n lookup(s) failed, so some checks could not be made.</source>
        <translation>
            <numerusform>%1 vérifié&#xa0;; %n requête DNS a échoué, certaines vérifications n&apos;ont donc pas pu être effectuées.</numerusform>
            <numerusform>%1 vérifié&#xa0;; %n requêtes DNS ont échoué, certaines vérifications n&apos;ont donc pas pu être effectuées.</numerusform>
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
        <translation>&lt;b&gt;Sceau&lt;/b&gt; %1&lt;br&gt;Sécurité des expéditeurs de courriel&#xa0;: SPF, DKIM, DMARC et le transport du courrier de vos domaines.</translation>
    </message>
    <message>
        <source>SPF record &amp;wizard…</source>
        <translation>&amp;Assistant d&apos;enregistrement SPF…</translation>
    </message>
    <message>
        <source>New &amp;DKIM key…</source>
        <translation>Nouvelle clé &amp;DKIM…</translation>
    </message>
    <message>
        <source>DKIM &amp;keys…</source>
        <translation>&amp;Clés DKIM…</translation>
    </message>
    <message>
        <source>Score: %1/100 (provisional)</source>
        <extracomment>%1 score out of 100 of what could be checked (some lookups failed)</extracomment>
        <translation>Score&#xa0;: %1/100 (provisoire)</translation>
    </message>
    <message>
        <source>Some lookups failed: the score rates only what could be checked.</source>
        <translation>Des requêtes DNS ont échoué&#xa0;: le score ne note que ce qui a pu être vérifié.</translation>
    </message>
    <message>
        <source>%1 · SPF lookups: %2/10</source>
        <extracomment>%1 the score text; %2 DNS lookups of the SPF record (RFC 7208 limit: 10)</extracomment>
        <translation>%1 · Requêtes DNS SPF&#xa0;: %2/10</translation>
    </message>
    <message>
        <source>The new resolver settings could not be used: %1</source>
        <extracomment>%1 why the resolver settings could not be used</extracomment>
        <translation>Les nouveaux réglages du résolveur n’ont pas pu être utilisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>S&amp;ubmission test…</source>
        <translation>Test de &amp;soumission…</translation>
    </message>
    <message>
        <source>&amp;MTA-STS policy wizard…</source>
        <translation>Assistant de politique &amp;MTA-STS…</translation>
    </message>
    <message>
        <source>TLS-&amp;RPT record wizard…</source>
        <translation>Assistant d’enregistrement TLS-&amp;RPT…</translation>
    </message>
    <message>
        <source>&amp;DMARC record wizard…</source>
        <translation>Assistant d’enregistrement &amp;DMARC…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;BIMI logo wizard…</source>
        <translation>Assistant de logo &amp;BIMI…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Identifiants…</translation>
    </message>
    <message>
        <source>Published &amp;changes…</source>
        <translation>&amp;Modifications publiées…</translation>
    </message>
    <message>
        <source>Email sender security</source>
        <translation>Sécurité des expéditeurs de courriel</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Message &amp;analysis…</source>
        <translation>A&amp;nalyse de message…</translation>
    </message>
    <message>
        <source>The resolver changed: the results shown for %1 come from the previous one. Check again to update them.</source>
        <extracomment>%1 the domain whose results are shown</extracomment>
        <translation>Le résolveur a changé&#xa0;: les résultats affichés pour %1 viennent du précédent. Vérifiez de nouveau pour les mettre à jour.</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>Score: could not check</source>
        <translation>Score&#xa0;: vérification impossible</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MessageAnalysisDialog</name>
    <message>
        <source>&amp;Headers only (no body)</source>
        <translation>&amp;En-têtes seulement (sans corps)</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>&amp;Ouvrir un .eml…</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalyser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation>Analyse de message</translation>
    </message>
    <message>
        <source>Paste a received message, or only its headers, as your mail program shows its source.</source>
        <translation>Collez un message reçu, ou seulement ses en-têtes, tel que votre logiciel de messagerie en affiche la source.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Detected when no empty line ends the headers: the body hashes cannot be checked.</source>
        <translation>Détecté quand aucune ligne vide ne termine les en-têtes&#xa0;: les empreintes du corps ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Analysis steps</source>
        <translation>Étapes de l’analyse</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Messages (*.eml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <extracomment>%1 the limit in MiB</extracomment>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>Analysis canceled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Analyzing: DKIM keys, SPF and DMARC lookups…</source>
        <translation>Analyse&#xa0;: clés DKIM, requêtes SPF et DMARC…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Headers only: the body hashes are not checked.</source>
        <translation>En-têtes seulement&#xa0;: les empreintes du corps ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>Analysis of the whole message.</source>
        <translation>Analyse du message complet.</translation>
    </message>
    <message>
        <source>1. DKIM</source>
        <translation>1. DKIM</translation>
    </message>
    <message>
        <source>d=%1 s=%2 a=%3: %4 %5</source>
        <extracomment>%1 domain, %2 selector, %3 algorithm, %4 state, %5 the verifier&apos;s reason token</extracomment>
        <translation>d=%1 s=%2 a=%3&#xa0;: %4 %5</translation>
    </message>
    <message>
        <source>2. SPF</source>
        <translation>2. SPF</translation>
    </message>
    <message>
        <source>IP %1, MAIL FROM %2, HELO %3 (from %4)</source>
        <extracomment>%1 IP address, %2 MAIL FROM, %3 HELO, %4 the header field it was read from</extracomment>
        <translation>IP %1, MAIL FROM %2, HELO %3 (source&#xa0;: %4)</translation>
    </message>
    <message>
        <source>check_host(%1): %2 %3</source>
        <extracomment>%1 domain, %2 the RFC 7208 result token, %3 the deciding term</extracomment>
        <translation>check_host(%1)&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>3. DMARC</source>
        <translation>3. DMARC</translation>
    </message>
    <message>
        <source>From %1: SPF aligned: %2, DKIM aligned: %3</source>
        <extracomment>%1 the From domain, %2 and %3 yes or no</extracomment>
        <translation>From %1&#xa0;: SPF aligné&#xa0;: %2, DKIM aligné&#xa0;: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Policy of %1: p=%2, on failure: %3</source>
        <extracomment>%1 policy domain, %2 and %3 none, quarantine or reject (tokens)</extracomment>
        <translation>Politique de %1&#xa0;: p=%2, en cas d’échec&#xa0;: %3</translation>
    </message>
    <message>
        <source>4. One-click unsubscribe</source>
        <translation>4. Désabonnement en un clic</translation>
    </message>
    <message>
        <source>5. Selectors seen</source>
        <translation>5. Sélecteurs vus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsPolicyPage</name>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Load the domain to start from what it publishes, then choose the mode and the MX hosts senders may deliver to.</source>
        <translation>Chargez le domaine pour partir de ce qu’il publie, puis choisissez le mode et les hôtes MX auxquels les expéditeurs peuvent distribuer le courrier.</translation>
    </message>
    <message>
        <source>Testing (report only)</source>
        <extracomment>MTA-STS modes; the tokens in parentheses are written in the policy file</extracomment>
        <translation>Test (testing&#xa0;: rapports seulement)</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Application stricte (enforce)</translation>
    </message>
    <message>
        <source>None (withdraw the policy)</source>
        <translation>Aucune (none&#xa0;: retirer la politique)</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after the max_age value</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>mail.example.com
*.example.net</source>
        <translation>mail.example.com
*.example.net</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>MX patterns (one per line):</source>
        <translation>Motifs MX (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>max_age:</source>
        <extracomment>max_age is the policy field&apos;s name</extracomment>
        <translation>max_age&#xa0;:</translation>
    </message>
    <message>
        <source>Checking what %1 publishes…</source>
        <translation>Vérification de ce que publie %1…</translation>
    </message>
    <message>
        <source>%1 publishes a policy in mode %2.</source>
        <extracomment>%1 a domain, %2 a mode token</extracomment>
        <translation>%1 publie une politique en mode %2.</translation>
    </message>
    <message>
        <source>What %1 publishes could not be checked; starting from its MX hosts.</source>
        <translation>Impossible de vérifier ce que publie %1&#xa0;; point de départ&#xa0;: ses hôtes MX.</translation>
    </message>
    <message>
        <source>%1 publishes no usable policy; starting in testing mode with its MX hosts.</source>
        <translation>%1 ne publie aucune politique utilisable&#xa0;; point de départ&#xa0;: mode testing avec ses hôtes MX.</translation>
    </message>
    <message>
        <source>Every line must be a host name, or *. followed by a domain (one label).</source>
        <translation>Chaque ligne doit être un nom d’hôte, ou *. suivi d’un domaine (un seul label).</translation>
    </message>
    <message>
        <source>Not covered by any pattern: %1. Senders that enforce the policy will not deliver to them.</source>
        <extracomment>%1 MX host names</extracomment>
        <translation>Non couverts par un motif&#xa0;: %1. Les expéditeurs qui appliquent la politique ne leur distribueront pas de courrier.</translation>
    </message>
    <message>
        <source>Testing: senders report TLS failures (publish a TLS-RPT record to receive them) but still deliver. Keep it at least one max_age, read the reports, then switch to enforce.</source>
        <translation>Test (testing)&#xa0;: les expéditeurs signalent les échecs TLS (publiez un enregistrement TLS-RPT pour les recevoir) mais distribuent quand même le courrier. Gardez ce mode au moins une durée max_age, lisez les rapports, puis passez à enforce.</translation>
    </message>
    <message>
        <source>Enforce: senders refuse MX hosts that are not covered or whose certificate fails. Switch only once the TLS reports show no failures.</source>
        <translation>Application stricte (enforce)&#xa0;: les expéditeurs refusent les hôtes MX non couverts ou dont le certificat échoue à la vérification. Ne basculez qu’une fois que les rapports TLS ne montrent plus d’échecs.</translation>
    </message>
    <message>
        <source>None: senders forget the policy. Keep serving it for one max_age before removing the record and the file.</source>
        <translation>Aucune (none)&#xa0;: les expéditeurs oublient la politique. Continuez à la servir pendant une durée max_age avant de retirer l’enregistrement et le fichier.</translation>
    </message>
    <message>
        <source>Every MX host is covered: once the reports are clean, the next step is enforce.</source>
        <translation>Chaque hôte MX est couvert&#xa0;: une fois les rapports sans échec, l’étape suivante est enforce.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsPublishPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation>Enregistrement DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Serve this file at %1 as text/plain, over HTTPS with a valid certificate and no redirect:</source>
        <extracomment>%1 the URL where the policy file must be served</extracomment>
        <translation>Servez ce fichier à %1 en text/plain, via HTTPS avec un certificat valide et sans redirection&#xa0;:</translation>
    </message>
    <message>
        <source>The policy is the one published: the record keeps its id.</source>
        <translation>La politique est celle qui est publiée&#xa0;: l’enregistrement garde son id.</translation>
    </message>
    <message>
        <source>Publish the file first, then the record.</source>
        <translation>Publiez d’abord le fichier, puis l’enregistrement.</translation>
    </message>
    <message>
        <source>The policy changed, so the record has a new id (it was %1): publish the file first, then the record.</source>
        <extracomment>%1 the id now published</extracomment>
        <translation>La politique a changé, donc l’enregistrement a un nouvel id (il était %1)&#xa0;: publiez d’abord le fichier, puis l’enregistrement.</translation>
    </message>
    <message>
        <source>Export the policy file</source>
        <translation>Exporter le fichier de politique</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsView</name>
    <message>
        <source>Checking MTA-STS for %1…</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Vérification de MTA-STS pour %1…</translation>
    </message>
    <message>
        <source>Checking TLS-RPT for %1…</source>
        <translation>Vérification de TLS-RPT pour %1…</translation>
    </message>
    <message>
        <source>MTA-STS: mode %1, id %2</source>
        <translation>MTA-STS&#xa0;: mode %1, id %2</translation>
    </message>
    <message>
        <source>MTA-STS: could not be checked</source>
        <translation>MTA-STS&#xa0;: impossible de vérifier</translation>
    </message>
    <message>
        <source>MTA-STS: no usable policy</source>
        <translation>MTA-STS&#xa0;: aucune politique utilisable</translation>
    </message>
    <message>
        <source>TLS-RPT: reports go to %1</source>
        <translation>TLS-RPT&#xa0;: rapports envoyés à %1</translation>
    </message>
    <message>
        <source>TLS-RPT: could not be checked</source>
        <translation>TLS-RPT&#xa0;: impossible de vérifier</translation>
    </message>
    <message>
        <source>TLS-RPT: no usable record</source>
        <translation>TLS-RPT&#xa0;: aucun enregistrement utilisable</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsWizard</name>
    <message>
        <source>MTA-STS policy</source>
        <extracomment>MTA-STS is a protocol name</extracomment>
        <translation>Politique MTA-STS</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::PublishPanel</name>
    <message>
        <source>(no record)</source>
        <translation>(aucun enregistrement)</translation>
    </message>
    <message>
        <source>Zone file &amp;lines:</source>
        <translation>&amp;Lignes du fichier de zone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Publish &amp;with:</source>
        <translation>Publier &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Watch propagation</source>
        <translation>&amp;Surveiller la propagation</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation>Serveur de noms</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>SOA serial</source>
        <translation>Numéro de série SOA</translation>
    </message>
    <message>
        <source>Authoritative nameservers</source>
        <translation>Serveurs de noms faisant autorité</translation>
    </message>
    <message>
        <source>The zone file lines are on the clipboard.</source>
        <translation>Les lignes du fichier de zone sont dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Every authoritative server serves the record.</source>
        <translation>Tous les serveurs faisant autorité servent l’enregistrement.</translation>
    </message>
    <message>
        <source>Could not find the authoritative servers: %1</source>
        <translation>Impossible de trouver les serveurs faisant autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The watch stopped: %1 of %2 servers serve the record.</source>
        <translation>La surveillance s’est arrêtée&#xa0;: %1 des %2 serveurs servent l’enregistrement.</translation>
    </message>
    <message>
        <source>Complete the record to publish it.</source>
        <translation>Complétez l’enregistrement pour le publier.</translation>
    </message>
    <message>
        <source>%1 (zone %2, %3)</source>
        <extracomment>%1 a credential&apos;s name, %2 its zone, %3 its kind (tsig, cloudflare, ovh)</extracomment>
        <translation>%1 (zone %2, %3)</translation>
    </message>
    <message>
        <source>No credential publishes to a zone holding %1: copy or export the lines for your DNS host, or add a TSIG key or an API token under Tools → Credentials.</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation>Aucun identifiant ne publie vers une zone contenant %1&#xa0;: copiez ou exportez les lignes pour votre hébergeur DNS, ou ajoutez une clé TSIG ou un jeton d’API dans Outils → Identifiants.</translation>
    </message>
    <message>
        <source>Reading the records the zone serves now…</source>
        <translation>Lecture des enregistrements que la zone sert actuellement…</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Nothing was changed.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The zone already serves exactly this record: nothing to change.</source>
        <translation>La zone sert déjà exactement cet enregistrement&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>%1 %2 now:
%3

After publishing:
%4</source>
        <translation>%1 %2 actuellement&#xa0;:
%3

Après publication&#xa0;:
%4</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Published (journal entry %1). Watching it reach every authoritative server…</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation>Publié (entrée %1 du journal). Surveillance de son arrivée sur chaque serveur faisant autorité…</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <extracomment>%1 the server&apos;s or API&apos;s word, %2 its explanation</extracomment>
        <translation>Refusé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Nothing was changed.</source>
        <extracomment>%1 why</extracomment>
        <translation>Impossible de joindre le serveur&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Asking every authoritative server…</source>
        <translation>Interrogation de chaque serveur faisant autorité…</translation>
    </message>
    <message>
        <source>serves it</source>
        <translation>le sert</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>could not be asked: %1</source>
        <extracomment>%1 why</extracomment>
        <translation>n’a pas pu être interrogé&#xa0;: %1</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Export zone file lines</source>
        <translation>Exporter les lignes du fichier de zone</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt)</source>
        <translation>Fichiers de zone (*.zone *.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 a file, %2 why</extracomment>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SettingsDialog</name>
    <message>
        <source>&amp;System resolver</source>
        <translation>&amp;Résolveur du système</translation>
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
        <translation>&amp;Délai d&apos;attente par requête&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Sceau restarts.</source>
        <translation>Le changement de langue prend effet au redémarrage de Sceau.</translation>
    </message>
    <message>
        <source>Nameserver: %1</source>
        <translation>Serveur de noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give at least one nameserver, or choose the system resolver.</source>
        <translation>Indiquez au moins un serveur de noms, ou choisissez le résolveur du système.</translation>
    </message>
    <message>
        <source>These &amp;nameservers:</source>
        <translation>Ces serveurs de &amp;noms&#xa0;:</translation>
    </message>
    <message>
        <source>Also test the mail servers&apos; TLS (certificates coming due)</source>
        <translation>Tester aussi le TLS des serveurs de messagerie (certificats arrivant à échéance)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>&amp;Re-check the domains:</source>
        <translation>Re&amp;vérifier les domaines&#xa0;:</translation>
    </message>
    <message>
        <source>While Sceau runs, the domains of the list are checked again on this schedule; a desktop notification tells of a regression, and of a certificate, a DKIM key or a credential coming due.</source>
        <translation>Tant que Sceau est ouvert, les domaines de la liste sont vérifiés de nouveau à ce rythme&#xa0;; une notification du bureau signale une régression, ainsi qu’un certificat, une clé DKIM ou un identifiant arrivant à échéance.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <extracomment>%n hours between two re-checks</extracomment>
        <translation>
            <numerusform>Toutes les %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfDomainPage</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Which domain sends the mail this record will cover?</source>
        <translation>Quel domaine envoie le courrier que couvrira cet enregistrement&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfFlattenPanel</name>
    <message>
        <source>Flatten the &amp;chosen includes</source>
        <translation>Aplatir les include &amp;choisis</translation>
    </message>
    <message>
        <source>Warning: flattened ranges are a snapshot of today&apos;s addresses. They go stale when the provider changes its addresses, and its mail then fails SPF: run this wizard again regularly to refresh them.</source>
        <extracomment>flattening: replacing an SPF include by the address ranges it lists today</extracomment>
        <translation>Avertissement&#xa0;: les plages aplaties sont un instantané des adresses actuelles. Elles deviennent obsolètes quand le fournisseur change ses adresses, et son courrier échoue alors à la vérification SPF&#xa0;: relancez régulièrement cet assistant pour les actualiser.</translation>
    </message>
    <message>
        <source>Replace includes by the IPv4/IPv6 ranges they authorise today, to stay within %1 DNS lookups:</source>
        <translation>Remplacez des include par les plages IPv4/IPv6 qu&apos;ils autorisent aujourd&apos;hui, pour ne pas dépasser %1 requêtes DNS&#xa0;:</translation>
    </message>
    <message>
        <source>%1: cannot be flattened. %2</source>
        <extracomment>%1 a domain, %2 why it cannot be flattened</extracomment>
        <translation>%1&#xa0;: ne peut pas être aplati. %2</translation>
    </message>
    <message>
        <source>After flattening: %1 / %2 — still too many</source>
        <extracomment>DNS lookups of the record once the chosen includes are flattened, out of the maximum</extracomment>
        <translation>Après aplatissement&#xa0;: %1 / %2 — encore trop élevé</translation>
    </message>
    <message>
        <source>After flattening: %1 / %2</source>
        <translation>Après aplatissement&#xa0;: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: saves %n lookup(s), becomes:</source>
        <extracomment>%1 a domain; %n DNS lookups saved; the ip4:/ip6: terms follow, one per line</extracomment>
        <translation>
            <numerusform>%1&#xa0;: économise %n requête DNS, devient&#xa0;:</numerusform>
            <numerusform>%1&#xa0;: économise %n requêtes DNS, devient&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfPolicyPage</name>
    <message>
        <source>Reject mail from any other server (-all)</source>
        <translation>Rejeter le courrier de tout autre serveur (-all)</translation>
    </message>
    <message>
        <source>Accept it but mark it as suspicious (~all), while you check your senders</source>
        <translation>L&apos;accepter mais le marquer comme suspect (~all), le temps de vérifier vos expéditeurs</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>What should receivers do with mail from servers you did not list?</source>
        <translation>Que doivent faire les serveurs destinataires du courrier provenant de serveurs que vous n&apos;avez pas listés&#xa0;?</translation>
    </message>
    <message>
        <source>Start with ~all if you are not sure every sender is listed; move to -all once DMARC reports show nothing is missing.</source>
        <translation>Commencez par ~all si vous n&apos;êtes pas sûr que tous les expéditeurs sont listés&#xa0;; passez à -all une fois que les rapports DMARC montrent qu&apos;il ne manque rien.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfResultPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>T&amp;ester</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Zone line:</source>
        <translation>Ligne de &amp;zone&#xa0;:</translation>
    </message>
    <message>
        <source>Test &amp;address:</source>
        <translation>&amp;Adresse à tester&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>“%1” n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (decided by %3)</source>
        <extracomment>%1 an address, %2 the SPF result token, %3 the record term that decided</extracomment>
        <translation>%1&#xa0;: %2 (décidé par %3)</translation>
    </message>
    <message>
        <source>This record lists the ranges of %1 as they are today (flattened): they go stale when those providers change their addresses. Run this wizard again regularly to refresh them.</source>
        <extracomment>%1 domains whose SPF include was replaced by the address ranges it listed</extracomment>
        <translation>Cet enregistrement liste les plages de %1 telles qu&apos;elles sont aujourd&apos;hui (aplaties)&#xa0;: elles deviennent obsolètes quand ces fournisseurs changent leurs adresses. Relancez régulièrement cet assistant pour les actualiser.</translation>
    </message>
    <message>
        <source>Check an address against the draft, then publish the record, or copy the line into your DNS zone.</source>
        <translation>Vérifiez une adresse avec le brouillon, puis publiez l’enregistrement, ou copiez la ligne dans votre zone DNS.</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfSendersPage</name>
    <message>
        <source>The domain&apos;s mail servers (MX) send mail</source>
        <translation>Les serveurs de messagerie du domaine (MX) envoient du courrier</translation>
    </message>
    <message>
        <source>The domain&apos;s own address (A/AAAA) sends mail</source>
        <translation>L&apos;adresse propre du domaine (A/AAAA) envoie du courrier</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Which services and servers send mail for this domain?</source>
        <translation>Quels services et serveurs envoient du courrier pour ce domaine&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Providers:</source>
        <translation>&amp;Fournisseurs&#xa0;:</translation>
    </message>
    <message>
        <source>IPv&amp;4 ranges:</source>
        <translation>Plages IPv&amp;4&#xa0;:</translation>
    </message>
    <message>
        <source>IPv&amp;6 ranges:</source>
        <translation>Plages IPv&amp;6&#xa0;:</translation>
    </message>
    <message>
        <source>Other &amp;includes:</source>
        <translation>Autres &amp;include&#xa0;:</translation>
    </message>
    <message>
        <source>DNS lookups:</source>
        <extracomment>the number of DNS lookups an SPF record costs, out of the 10 allowed</extracomment>
        <translation>Requêtes DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <extracomment>%1 is a list of what the user typed</extracomment>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 / %2 (counting…)</source>
        <translation>%1 / %2 (calcul en cours…)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>DNS lookups used by the draft record, out of the maximum</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>— too many: receivers will return a permanent error</source>
        <translation>— trop élevé&#xa0;: les serveurs destinataires renverront une erreur permanente</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Flatten…</source>
        <translation>&amp;Aplatir…</translation>
    </message>
    <message>
        <source>&amp;Kept as-is:</source>
        <extracomment>terms of the published SPF record the wizard does not offer; unchecked ones are dropped</extracomment>
        <translation>&amp;Gardés tels quels&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the current SPF record of %1…</source>
        <translation>Chargement de l&apos;enregistrement SPF actuel de %1…</translation>
    </message>
    <message>
        <source>Current record of %1, loaded below: %2</source>
        <extracomment>%1 a domain, %2 its published SPF record (protocol text)</extracomment>
        <translation>Enregistrement actuel de %1, chargé ci-dessous&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record yet.</source>
        <translation>%1 ne publie encore aucun enregistrement SPF.</translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records, which receivers treat as a permanent error; none was loaded. Publish only the record composed here, and remove the others.</source>
        <translation>
            <numerusform>%1 publie %n enregistrement SPF, ce que les serveurs destinataires traitent comme une erreur permanente&#xa0;; aucun n&apos;a été chargé. Publiez uniquement l&apos;enregistrement composé ici, et supprimez les autres.</numerusform>
            <numerusform>%1 publie %n enregistrements SPF, ce que les serveurs destinataires traitent comme une erreur permanente&#xa0;; aucun n&apos;a été chargé. Publiez uniquement l&apos;enregistrement composé ici, et supprimez les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current record of %1 is not valid SPF (%2); it was not loaded.</source>
        <extracomment>%1 a domain, %2 the technical reason</extracomment>
        <translation>L&apos;enregistrement actuel de %1 n&apos;est pas un SPF valide (%2)&#xa0;; il n&apos;a pas été chargé.</translation>
    </message>
    <message>
        <source>Could not load the current record: %1</source>
        <extracomment>%1 why the DNS lookup failed</extracomment>
        <translation>Impossible de charger l&apos;enregistrement actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Flattened: %1. These ranges go stale when the providers change their addresses: refresh them by running this wizard again regularly.</source>
        <extracomment>%1 domains whose SPF include was replaced by the address ranges it listed</extracomment>
        <translation>Include aplatis&#xa0;: %1. Ces plages deviennent obsolètes quand les fournisseurs changent leurs adresses&#xa0;: actualisez-les en relançant régulièrement cet assistant.</translation>
    </message>
    <message numerus="yes">
        <source>could not count: %n lookup(s) failed</source>
        <extracomment>the DNS lookups of the draft could not be counted</extracomment>
        <translation>
            <numerusform>comptage impossible&#xa0;: %n requête DNS a échoué</numerusform>
            <numerusform>comptage impossible&#xa0;: %n requêtes DNS ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges of the record, one per line:</source>
        <extracomment>the ip4:/ip6: terms of the draft, one per line, shown once includes are flattened</extracomment>
        <translation>Plages de l’enregistrement, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — not valid, left out</source>
        <extracomment>%1 a term of the published SPF record that is not valid SPF</extracomment>
        <translation>%1 — invalide, omis</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfWizard</name>
    <message>
        <source>SPF record wizard</source>
        <extracomment>SPF: Sender Policy Framework, a DNS record listing the servers allowed to send a domain&apos;s mail</extracomment>
        <translation>Assistant d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the title of a finding about the draft record, %2 its explanation</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SubmissionTestDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Submission test</source>
        <translation>Test de soumission</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <extracomment>how the connection is secured; STARTTLS is a protocol token</extracomment>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>Implicit TLS (port 465)</source>
        <translation>TLS implicite (port 465)</translation>
    </message>
    <message>
        <source>optional: send a short test message to this address</source>
        <translation>facultatif&#xa0;: envoyer un court message de test à cette adresse</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test message to:</source>
        <translation>&amp;Message de test à&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <extracomment>%1 why the workspace could not be read</extracomment>
        <translation>Impossible de lire les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 an account&apos;s name, %2 its user name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The workspace has no SMTP account. Add one with: sceau-cli credentials add smtp NAME --host HOST --username USER</source>
        <translation>L’espace de travail n’a aucun compte SMTP. Ajoutez-en un avec&#xa0;: sceau-cli credentials add smtp NOM --host HÔTE --username UTILISATEUR</translation>
    </message>
    <message>
        <source>Enter the submission server&apos;s host name.</source>
        <translation>Saisissez le nom d’hôte du serveur de soumission.</translation>
    </message>
    <message>
        <source>“%1” is not an address (local@domain).</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse (local@domaine).</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Looking up the server…</source>
        <translation>Résolution du serveur…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Waiting for the greeting…</source>
        <translation>Attente du message d’accueil…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Démarrage de TLS…</translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation>Négociation TLS…</translation>
    </message>
    <message>
        <source>Asking for the server&apos;s extensions…</source>
        <translation>Demande des extensions du serveur…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Sending the test message…</source>
        <translation>Envoi du message de test…</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Fermeture…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Authenticated: the server accepted the account&apos;s password.</source>
        <translation>Authentifié&#xa0;: le serveur a accepté le mot de passe du compte.</translation>
    </message>
    <message>
        <source>Authentication refused: the server rejected the user name or password.</source>
        <translation>Authentification refusée&#xa0;: le serveur a rejeté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server could not check the password now (temporary failure).</source>
        <translation>Le serveur n’a pas pu vérifier le mot de passe pour l’instant (échec temporaire).</translation>
    </message>
    <message>
        <source>The server offers no password authentication over TLS.</source>
        <translation>Le serveur ne propose aucune authentification par mot de passe via TLS.</translation>
    </message>
    <message>
        <source>No TLS connection could be made: the password was not sent.</source>
        <translation>Aucune connexion TLS n’a pu être établie&#xa0;: le mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>The certificate does not verify: the password was not sent.</source>
        <translation>Le certificat ne se vérifie pas&#xa0;: le mot de passe n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Could not test the server.</source>
        <translation>Impossible de tester le serveur.</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <extracomment>%1 TLS version token (tls1_3), %2 cipher suite</extracomment>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1 (%2), until %3</source>
        <extracomment>%1 certificate subject, %2 its names, %3 its last day</extracomment>
        <translation>Certificat&#xa0;: %1 (%2), jusqu’au %3</translation>
    </message>
    <message>
        <source>AUTH offered: %1</source>
        <extracomment>%1 SASL mechanisms (PLAIN LOGIN)</extracomment>
        <translation>AUTH proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>AUTH %1: %2 %3</source>
        <extracomment>%1 SASL mechanism, %2 reply code, %3 the server&apos;s words</extracomment>
        <translation>AUTH %1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::TlsRptWizard</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <extracomment>TLS-RPT is a protocol name</extracomment>
        <translation>Enregistrement TLS-RPT</translation>
    </message>
    <message>
        <source>Where senders send TLS reports</source>
        <translation>Où les expéditeurs envoient les rapports TLS</translation>
    </message>
    <message>
        <source>Senders that fail to deliver over TLS (MTA-STS, DANE) send a daily report to these addresses.</source>
        <translation>Les expéditeurs qui échouent à distribuer le courrier via TLS (MTA-STS, DANE) envoient un rapport quotidien à ces adresses.</translation>
    </message>
    <message>
        <source>tls-reports@example.com
https://reports.example.com/tlsrpt</source>
        <translation>tls-reports@example.com
https://reports.example.com/tlsrpt</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Report addresses (one per line):</source>
        <translation>Adresses de rapport (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation>Enregistrement DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exporter l’enregistrement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>the record is not complete</source>
        <translation>l’enregistrement est incomplet</translation>
    </message>
    <message>
        <source>Give at least one address.</source>
        <translation>Indiquez au moins une adresse.</translation>
    </message>
    <message>
        <source>Only mailto: and https: addresses are used: %1</source>
        <extracomment>%1 addresses; mailto: and https: are URI schemes</extracomment>
        <translation>Seules les adresses mailto: et https: sont utilisées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::TransportView</name>
    <message>
        <source>Encrypted, verified</source>
        <translation>Chiffré, vérifié</translation>
    </message>
    <message>
        <source>Encrypted, not verified</source>
        <translation>Chiffré, non vérifié</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <source>Could not test</source>
        <translation>Impossible de tester</translation>
    </message>
    <message>
        <source>%1 (obsolete)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>wrong name</source>
        <translation>mauvais nom</translation>
    </message>
    <message numerus="yes">
        <source>valid, %n day(s) left</source>
        <translation>
            <numerusform>valide, %n jour restant</numerusform>
            <numerusform>valide, %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>could not test</source>
        <translation>impossible de tester</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Hôte MX</translation>
    </message>
    <message>
        <source>Preference</source>
        <extracomment>MX preference: lower is tried first</extracomment>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation>Versions TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>sending option: opportunistic TLS, what senders do by default</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <extracomment>sending option: a message that cannot go encrypted and verified is not sent</extracomment>
        <translation>Exiger TLS</translation>
    </message>
    <message>
        <source>Skip verification</source>
        <extracomment>sending option: certificate problems are ignored</extracomment>
        <translation>Ignorer la vérification</translation>
    </message>
    <message>
        <source>%1 done</source>
        <extracomment>%1 an MX host name whose probe just ended</extracomment>
        <translation>%1 terminé</translation>
    </message>
    <message>
        <source>Probing the mail servers of %1…</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Test des serveurs de messagerie de %1…</translation>
    </message>
    <message>
        <source>Probe of %1 canceled.</source>
        <extracomment>%1 a domain</extracomment>
        <translation>Test de %1 annulé.</translation>
    </message>
    <message>
        <source>%1 accepts no mail (null MX): there is no mail server to check.</source>
        <translation>%1 n’accepte aucun courrier (MX nul)&#xa0;: il n’y a aucun serveur de messagerie à vérifier.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be looked up: could not check.</source>
        <translation>Les enregistrements MX de %1 n’ont pas pu être résolus&#xa0;: impossible de vérifier.</translation>
    </message>
    <message>
        <source>Transport of %1: score %2/100</source>
        <extracomment>%1 a domain, %2 transport score out of 100</extracomment>
        <translation>Transport de %1&#xa0;: score %2/100</translation>
    </message>
    <message>
        <source>Transport of %1: no server could be tested.</source>
        <translation>Transport de %1&#xa0;: aucun serveur n’a pu être testé.</translation>
    </message>
    <message>
        <source>Some servers could not be tested: the result is incomplete.</source>
        <translation>Certains serveurs n’ont pas pu être testés&#xa0;: le résultat est incomplet.</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <extracomment>%1 the server&apos;s greeting line</extracomment>
        <translation>Accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Negotiated %1, %2, %3</source>
        <extracomment>%1 protocol version token, %2 cipher suite, %3 key-exchange group</extracomment>
        <translation>Négocié&#xa0;: %1, %2, %3</translation>
    </message>
    <message>
        <source>Certificate %1, issued by %2, for %3, until %4</source>
        <extracomment>%1 certificate subject, %2 issuer, %3 names, %4 last day</extracomment>
        <translation>Certificat %1, émis par %2, pour %3, jusqu’au %4</translation>
    </message>
    <message>
        <source>Key %1 %2 bits, signed with %3</source>
        <extracomment>%1 key type (RSA, EC), %2 key size in bits, %3 signature algorithm</extracomment>
        <translation>Clé %1 %2 bits, signée avec %3</translation>
    </message>
    <message>
        <source>Not trusted: %1</source>
        <translation>Non fiable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried again %n time(s).</source>
        <translation>
            <numerusform>Réessayé %n fois.</numerusform>
            <numerusform>Réessayé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <extracomment>%1 what the server or the connection said (not translated)</extracomment>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail servers and their TLS</source>
        <translation>Serveurs de messagerie et leur TLS</translation>
    </message>
    <message>
        <source>Details of the selected server</source>
        <translation>Détails du serveur sélectionné</translation>
    </message>
    <message>
        <source>Transport findings</source>
        <translation>Constats sur le transport</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::TrayNotifier</name>
    <message>
        <source>Sceau watches your domains</source>
        <translation>Sceau surveille vos domaines</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a notification in the status bar: %1 its title, %2 what happened</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::WizardLauncher</name>
    <message>
        <source>DKIM keys</source>
        <translation>Clés DKIM</translation>
    </message>
    <message>
        <source>The DKIM keys cannot be opened: %1</source>
        <extracomment>%1 why the workspace (or the keychain behind it) cannot open</extracomment>
        <translation>Les clés DKIM ne peuvent pas être ouvertes&#xa0;: %1</translation>
    </message>
</context>
</TS>
