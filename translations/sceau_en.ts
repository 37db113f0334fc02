<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Sceau::Audit</name>
    <message>
        <source>Could not look up %1 %2</source>
        <extracomment>%1 is a DNS name, %2 a record type (TXT, MX…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup of %1 (%2) failed: %3 (%4). The checks that need this answer could not be made; this says nothing about whether the record exists.</source>
        <extracomment>%1 name, %2 type, %3 the failure (timeout, servfail…), %4 technical detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the resolver settings and the network, then check again. If it persists, the domain&apos;s nameservers may be failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS answers that %1 does not exist (NXDOMAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the domain, and that it is delegated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes: %2</source>
        <extracomment>%1 is the domain, %2 the SPF record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchangers published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX record(s).</source>
        <extracomment>%1 the domain; %n the number of MX records</extracomment>
        <translation>
            <numerusform>%1 has %n MX record.</numerusform>
            <numerusform>%1 has %n MX records.</numerusform>
        </translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record. Senders fall back to its address records, which is rarely intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish MX records for the servers that receive mail, or a null MX (“MX 0 .”) if the domain receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null MX: the domain accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“MX 0 .”): it declares that it receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the domain really receives no mail. It should also publish “v=spf1 -all” and a DMARC “p=reject” policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null MX mixed with other MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX together with other MX records; a null MX must be the only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove either the null MX or the other MX records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchanger without an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 of %2 has neither an A nor an AAAA record: mail cannot be delivered to it.</source>
        <extracomment>%1 the MX host name, %2 the domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the address of the mail server, or fix the MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed null MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes “MX %2 .”. A null MX, which declares that the domain receives no mail, is exactly one MX record with preference 0 and the exchange “.”; this record is neither a null MX nor a usable mail server.</source>
        <extracomment>%1 the domain, %2 the MX preference found (a null MX has 0)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the domain receives no mail, publish “MX 0 .” as its only MX record; otherwise name the mail server in the MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchanger written as an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record of %2 names “%1”, an address. The exchange of an MX record must be a host name: senders look “%1” up as a name, find nothing, and may not deliver the mail.</source>
        <extracomment>%1 the MX exchange as published (an IP address), %2 the domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a host name with an A or AAAA record for this address, and put that name in the MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchanger is an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 of %2 is an alias (CNAME) of %3. The exchange of an MX record must not be an alias; some senders refuse or mishandle it.</source>
        <extracomment>%1 the MX host name, %2 the domain, %3 the name the alias points to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the canonical name (%1) in the MX record instead of the alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <extracomment>the area: STARTTLS of the MX servers, MTA-STS, TLS-RPT, DANE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SPF records</source>
        <extracomment>%1 the number of v=spf1 records (two or more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with %1</source>
        <extracomment>%1 the SPF record&apos;s last term, e.g. &quot;-all&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/10 DNS lookups</source>
        <extracomment>%1 DNS-querying terms of the SPF record and its includes; 10 is the RFC 7208 limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common selectors probed: %1</source>
        <extracomment>%1 how many DKIM selectors were looked up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key at %1</source>
        <extracomment>%1 DKIM selectors, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key found: DKIM not assessed (give the selector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector lookups failed: %1</source>
        <extracomment>%1 how many DKIM selector lookups failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy could not be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited from %1</source>
        <extracomment>%1 the domain whose DMARC record applies</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aggregate reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports to %1</source>
        <extracomment>%1 the addresses the aggregate reports go to, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null MX: receives no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MX</source>
        <extracomment>%1 how many MX records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MX, all STARTTLS</source>
        <extracomment>%1 how many MX hosts were probed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MX without STARTTLS</source>
        <extracomment>%1 MX hosts without STARTTLS, %2 MX hosts probed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1/100</source>
        <extracomment>%1 the transport score out of 100, weighed by MX preference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS %1</source>
        <extracomment>%1 the MTA-STS mode: enforce, testing or none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS-RPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed and validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatures do not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC moved from %1 to %2</source>
        <extracomment>%1 and %2 DMARC policy tokens (none, quarantine, reject), never translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC policy is now published (%1)</source>
        <extracomment>%1 a DMARC policy token (none, quarantine, reject)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy is gone (it was %1)</source>
        <extracomment>%1 a DMARC policy token (none, quarantine, reject)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record changed: %1 → %2</source>
        <extracomment>%1 the old SPF record, %2 the new one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record removed (it was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MX %1 without STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1 no longer offers STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1 now offers STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key %1 revoked</source>
        <extracomment>%1 a DKIM selector; revoked: its record has an empty p=</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key %1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key %1 no longer published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>%1 the title of a finding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <extracomment>%1 the title of a finding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score moved from %1 to %2</source>
        <extracomment>%1 and %2 scores out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lookups failed in one of the two checks: what they would have shown is not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved report is not one Sceau can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Bimi</name>
    <message>
        <source>No BIMI record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no v=BIMI1 record, at the domain nor at its organisational domain: receivers show no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=BIMI1; l=https://…/logo.svg; a=https://…/vmc.pem&quot; once DMARC enforces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several BIMI records</source>
        <extracomment>%1 a DNS name, %2 the records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one v=BIMI1 record (%2): receivers use none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one v=BIMI1 record per selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid BIMI record</source>
        <extracomment>%1 the record, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as &quot;v=BIMI1; l=&lt;https URL of the SVG&gt;; a=&lt;https URL of the certificate&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI record at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain declines BIMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at %1 has empty l= and a=: the domain asks receivers to show no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has a certificate but an empty l=: receivers have no logo to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set l= to the https URL of the SVG Tiny PS logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mark certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no a= URL: most mailbox providers (Gmail, Apple Mail) show a logo only with a Verified or Common Mark Certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain a VMC or CMC and set a= to the https URL of its PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag %1</source>
        <extracomment>%1 the tag as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers ignore this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1</source>
        <extracomment>%1 a URL, %2 what happened (token), %3 technical detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2: %3): whether it is right is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again later, or from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers cannot fetch %1</source>
        <extracomment>%1 a URL, %2 what happened (token), %3 technical detail, %4 HTTP status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 failed (%2, HTTP %4): %3. Receivers follow no redirect and need a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the file over HTTPS with a publicly trusted certificate, status 200, at that exact URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC of %1 could not be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %1 enforces DMARC is unknown, so BIMI eligibility is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again when DNS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI requires DMARC at enforcement; %1 publishes no DMARC record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a DMARC record and raise it to p=quarantine or p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC of %1 does not enforce</source>
        <extracomment>%1 a domain, %2 its policy (none, quarantine, reject)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes p=%2; BIMI requires p=quarantine or p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the policy to p=quarantine or p=reject (the DMARC wizard plans the steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC of %1 is in test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes t=y: the policy is not applied, so receivers show no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y once reports show aligned mail passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC of %1 applies to part of the mail</source>
        <extracomment>%1 a domain, %2 a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes the legacy pct=%2: BIMI requires the policy on all mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pct= (RFC 9989 dropped it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC does not enforce for %1</source>
        <extracomment>%1 the author domain, %2 the organisational domain, %3 its sp= policy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own and inherits sp=%3 from %2; BIMI requires an enforcing policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sp=quarantine or sp=reject at %2, or publish an enforcing record at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC enforces for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large</source>
        <extracomment>%1 size in bytes, %2 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG is %1 bytes; receivers may refuse more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplify the paths or remove metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo has a DOCTYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Tiny PS has no DTD; the check stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &lt;!DOCTYPE …&gt; declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 elements or %2 levels of nesting; the check stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not an SVG document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root element is %1, not svg in the SVG namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 Portable/Secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML parser stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the logo again as SVG Tiny PS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo has no &lt;title&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Tiny PS requires a &lt;title&gt; child of the root, the brand&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &lt;title&gt;Brand name&lt;/title&gt; right after &lt;svg&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is valid SVG Tiny PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong SVG version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root has version=&quot;%1&quot;; SVG Tiny PS requires version=&quot;1.2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set version=&quot;1.2&quot; on &lt;svg&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong SVG profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root has baseProfile=&quot;%1&quot;; BIMI requires baseProfile=&quot;tiny-ps&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set baseProfile=&quot;tiny-ps&quot; on &lt;svg&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo root has x or y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Tiny PS forbids x and y on the root element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove x= and y= from &lt;svg&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo has no viewBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers scale the logo into a square by its viewBox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add viewBox=&quot;0 0 N N&quot; to &lt;svg&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid viewBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewBox=&quot;%1&quot; is not four numbers with a positive width and height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write viewBox=&quot;0 0 N N&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewBox=&quot;%1&quot;: width and height differ; receivers show the logo in a square or circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center the logo on a square canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden element &lt;%1&gt;</source>
        <extracomment>%1 an element name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Tiny PS forbids scripts, animation, raster images, links and foreign content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &lt;%1&gt; (embed vector shapes only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element &lt;%1&gt; is not in SVG Tiny PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG Tiny PS schema has no such element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or export as SVG Tiny 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference in %1</source>
        <extracomment>%1 an attribute, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; refers outside the document, which SVG Tiny PS forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every reference inside the file (&quot;#id&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 is not allowed on &lt;%2&gt;</source>
        <extracomment>%1 an attribute, %2 an element</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG Tiny PS schema does not allow this attribute there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it (style= must become presentation attributes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read (or more than the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the certificate chain as PEM, the mark certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mark certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate lacks the BIMI extended key usage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VMC or CMC issued by a Mark Verifying Authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no logotype extension (RFC 9399) in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VMC or CMC issued for the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable logo in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logotype extension cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the issuer for a corrected certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s logo is not SVG Tiny PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG inside the certificate fails the SVG Tiny PS check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo matches the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo differs from the certificate&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG at l= is not the one embedded in the certificate: receivers refuse to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve at l= exactly the SVG that was certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not cover %1</source>
        <extracomment>%1 a domain, %2 the names in the certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its subjectAltName lists %2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have %1 added to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired on %1; receivers show no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the mark certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <extracomment>%1 a date, %2 a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires on %1, in %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the mark certificate now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chains to a Mark Verifying Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not chain to a Mark Verifying Authority</source>
        <extracomment>%1 the reason given by OpenSSL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path validation failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the full chain (mark certificate, then intermediates) from an authorised issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not begin with v=BIMI1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=BIMI1 must be followed by &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag=value pair</source>
        <extracomment>%1 a field of the record, as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1= appears more than once</source>
        <extracomment>%1 a tag name such as l</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag v= appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= must be empty or one https URL, not &quot;%2&quot;</source>
        <extracomment>%1 the tag (l or a), %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avp= must be brand or personal, not &quot;%1&quot;</source>
        <extracomment>%1 the value as published; brand and personal are tokens, not translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lps= lists more than %1 local-parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lps= entry &quot;%1&quot; is not a local-part</source>
        <extracomment>%1 one entry of lps= as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no l= tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype extension is not a DER SEQUENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype extension is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype extension has no subject logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject logo is not given directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject logo has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype details are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype has no URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype URI is not a data: URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype data: URI is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype data: URI is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype image is not valid gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logotype image is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Cli</name>
    <message>
        <source>ok</source>
        <extracomment>short label before a check that passed (CLI text output)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more domains from this file, one per line (# starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: give at least one domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 the value the user gave, %2 why it is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one DNS question and show the answer, the status, UDP or TCP, and the time taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dns query: expected NAME TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DNS record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;; status: %1, rcode: %2, over %3 from %4 in %5 ms</source>
        <extracomment>drill-like header: %1 status token, %2 rcode number, %3 UDP or TCP, %4 server, %5 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWER SECTION:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query this nameserver (repeatable); default: the system resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer names inside this zone file from it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only from the zone files; every other name does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to wait for each DNS answer, in milliseconds (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON on standard output (one object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nameserver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: “%1” is not one of en, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “sceau-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sceau: email sender security checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DKIM key published for a selector: syntax, type, size, flags, match with a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file to compare with the published key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim check: expected DOMAIN --selector S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a DNS name, %2 a DNS status token (answer, nxdomain, timeout…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a workspace DKIM private key as PEM for a mail server, with configuration snippets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing domain of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file to create (mode 0600; an existing file is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim export: expected --domain D --selector S --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key written to %1 (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a 1024-bit RSA key is weak; prefer 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for selector %1 of %2 stored in the workspace (id %3).</source>
        <extracomment>%1 selector, %2 domain, %3 workspace id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a DKIM key pair, keep it in the workspace and print the DNS record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing domain (d=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector (s=); default: a date-coded one such as s202611.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type: rsa-1024, rsa-2048 (default), rsa-3072, rsa-4096 or ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record with t=y (testing mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the private key as PEM to FILE (mode 0600, never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the key in the workspace (needs --export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim keygen: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithm: unknown key type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-store needs --export, or the private key would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the DKIM keys of the workspace, their rotation state and what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the keys of this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim keys: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no DKIM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2._domainkey.%3 %4 %5</source>
        <extracomment>%1 id, %2 selector, %3 domain, %4 key type, %5 state token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due: %1 %2 of %3 by %4</source>
        <extracomment>%1 action token (publish, activate, rotate, revoke, destroy), %2 selector, %3 domain, %4 date</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another selector to probe (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a message or an mbox and list its signatures&apos; d= and s=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim selectors: expected DOMAIN or --from-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key found under the common selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a message (rsa-sha256 or ed25519-sha256) and print it with its DKIM-Signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file (PEM, or a base64 Ed25519 seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector (s=); without --key, the workspace key of this selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header/body canonicalization (default relaxed/relaxed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim sign: expected at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim sign: give --key PEM or --selector S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--canonicalization: expected simple or relaxed, e.g. relaxed/simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 of %2 is now %3.</source>
        <extracomment>%1 selector, %2 domain, %3 state token (published, active…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a workspace DKIM key along its rotation: publish, activate, retire, revoke, destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every DKIM signature of a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim verify: expected at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: d=%2 s=%3 a=%4</source>
        <extracomment>%1 result token (pass, fail…), %2 domain, %3 selector, %4 algorithm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate SPF (RFC 7208 check_host()) for a client address and a sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the sending client (IPv4 or IPv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM address; empty for a bounce (then postmaster@HELO is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the client gave in HELO/EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity to check: mailfrom (default) or helo (RFC 7208 §2.3).</source>
        <extracomment>&quot;mailfrom&quot; and &quot;helo&quot; are values of the option, not translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf eval: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf eval: --ip needs an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf eval: --identity is mailfrom or helo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf eval: --identity helo needs --helo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf eval: give --sender, or --helo for an empty sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF result: %1 (domain %2)</source>
        <extracomment>%1 the SPF result token (pass, fail…), %2 a domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: %1 in the record of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the syntax of an SPF record, list its terms and what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain the record is meant for (used in the findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf parse: give the record, quoted, e.g. &quot;v=spf1 mx -all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n lookup(s))</source>
        <extracomment>tree line: %1 the include term and domain; %n DNS lookups of this record and below</extracomment>
        <translation>
            <numerusform>%1 (%n lookup)</numerusform>
            <numerusform>%1 (%n lookups)</numerusform>
        </translation>
    </message>
    <message>
        <source>authorises: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised in all: %1</source>
        <extracomment>%1 the addresses and ranges of the whole tree</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a domain&apos;s SPF include tree: DNS lookups per branch, authorised addresses, findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf tree: expected one DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Incomplete: %n lookup(s) failed, so some checks could not be made.</source>
        <translation>
            <numerusform>  Incomplete: %n lookup failed, so some checks could not be made.</numerusform>
            <numerusform>  Incomplete: %n lookups failed, so some checks could not be made.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <extracomment>%1 a file name or &quot;-&quot; for standard input, %2 a size in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The key is stored in the workspace (id %2); write it with: dkim export --domain %4 --selector %3 --out FILE</source>
        <extracomment>%1 why the export failed, %2 workspace id, %3 selector, %4 domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more signature(s) not evaluated: at most %1 are checked per message (RFC 6376 §6.1).</source>
        <translation>
            <numerusform>%n more signature not evaluated: at most %1 are checked per message (RFC 6376 §6.1).</numerusform>
            <numerusform>%n more signatures not evaluated: at most %1 are checked per message (RFC 6376 §6.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 / %2, void lookups: %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look up %1 %2 (%3) for %4</source>
        <extracomment>%1 a DNS name, %2 a record type, %3 the failure (timeout, servfail…), %4 an SPF term</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit, not followed: %1</source>
        <extracomment>%1 SPF terms (protocol text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree is over the limit (%1 records, %2 DNS queries): the rest was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed: the SPF check is incomplete.</source>
        <translation>
            <numerusform>%n lookup failed: the SPF check is incomplete.</numerusform>
            <numerusform>%n lookups failed: the SPF check is incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not check: the zone&apos;s nameservers could not be found</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: served by %2 of %3 authoritative nameservers</source>
        <extracomment>%1 a DNS name, %2 servers serving the record, %3 all the zone&apos;s authoritative servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not check: %2</source>
        <extracomment>%1 a nameserver, %2 why it could not be asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: does not serve it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dkim state: expected one of %1</source>
        <extracomment>%1 the step words (publish, activate…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the zone&apos;s own nameservers on this port when checking publication on every authoritative server (default 53; for a lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authoritative-port: “%1” is not a port number (1–65535)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiated %1, %2, %3</source>
        <extracomment>%1 protocol version token, %2 cipher suite, %3 key-exchange group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts %1</source>
        <extracomment>%1 protocol versions (tls1_2, tls1_3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>certificate %1 (%2), until %3, %n day(s) left</source>
        <extracomment>%1 certificate subject, %2 its names, %3 its last day, %4 days left</extracomment>
        <translation>
            <numerusform>certificate %1 (%2), until %3, %n day left</numerusform>
            <numerusform>certificate %1 (%2), until %3, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe STARTTLS on every address of a mail server: TLS versions, cipher, certificate, and what a message would meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge as a sender that requires TLS: a message that cannot go encrypted and verified is not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge as a sender that skips certificate verification: any TLS counts as encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the certificate must carry (default: HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls probe: expected HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls probe: --require-tls and --skip-verify exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca: cannot read %1</source>
        <extracomment>%1 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit each domain&apos;s SPF, DMARC, MX and DKIM selectors, and the STARTTLS of every MX server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not probe the MX servers&apos; STARTTLS (DNS checks only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <extracomment>%1 MX preference, %2 a server (host [address]:port), %3 what a message would meet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to other local ports instead of the standard ones, e.g. 25=2525,443=8443 (SMTP probes, MTA-STS policy fetches; for a lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port-map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add: --host and --username are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add: --host and --port must name a server and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials list: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a credential: its secret from the keychain, then its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials remove: expected NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MX records %2</source>
        <extracomment>%1 a domain, %2 its DNSSEC status token (secure, insecure, bogus, could-not-check)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: addresses %2, TLSA %3</source>
        <extracomment>%1 an MX host, %2 DNSSEC status token of its addresses, %3 of its TLSA records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated by DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches a TLSA record, DANE not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNSSEC and DANE for the mail servers of a domain: the DNSSEC status of the domain and of each MX, their TLSA records, and whether each server&apos;s certificate matches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a DANE-matched certificate ends within this many days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (PEM or DER) that will replace the current one: the published TLSA records must already match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane check: expected DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane check: --warn-days takes 0 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane check: %1 holds no certificate (PEM or DER)</source>
        <extracomment>%1 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane generate: no TLS certificate from %1 (%2)</source>
        <extracomment>%1 a host, %2 why (the server&apos;s or the TLS library&apos;s words)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the 3 1 1 and 2 1 1 TLSA records of the certificate a mail server presents after STARTTLS, as zone lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane generate: expected HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane generate: could not resolve %1</source>
        <extracomment>%1 a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dane generate: %1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: %1</source>
        <extracomment>%1 the _mta-sts record as published (escaped)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: %1 (%2)</source>
        <extracomment>%1 the policy URL, %2 what came of fetching it (a token such as fetched, redirected)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1, mx %2, max_age %3</source>
        <extracomment>%1 mode token, %2 MX patterns, %3 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain&apos;s MTA-STS record and policy, and that the policy covers every MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mta-sts check: expected one DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1, %2</source>
        <extracomment>%1 protocol version token, %2 cipher suite</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 (%2), until %3</source>
        <extracomment>%1 certificate subject, %2 its names, %3 its last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH offered: %1</source>
        <extracomment>%1 SASL mechanisms (PLAIN LOGIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH %1: %2 %3</source>
        <extracomment>%1 a SASL mechanism, %2 the reply code, %3 the server&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test an SMTP account on its submission server: TLS, certificate, AUTH mechanisms and the login, with the password from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP account (credentials add smtp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (port 465) instead of STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After logging in, send a short test message to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in even when the certificate does not verify (the password then goes to a server whose identity is not proven).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission test: expected HOST[:PORT] --account NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-to: “%1” is not an address (local@domain)</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission test: no SMTP account named %1 (see credentials list)</source>
        <extracomment>%1 an account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the first byte instead of STARTTLS (RFC 8314, submission on port 465, the default port then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain&apos;s TLS-RPT record (where senders send TLS failure reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls-rpt check: expected one DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report from %2 (%3)</source>
        <extracomment>%1 a file, %2 the reporting organization, %3 the report id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policy for %2: %3 successful, %4 failed sessions</source>
        <extracomment>%1 policy type (sts, tlsa, no-policy-found), %2 domain, %3 and %4 session counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise SMTP TLS reports (.json, .json.gz or a mail in .eml) per policy and failure type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls-rpt report: expected at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DANE for the MX too (the --nameserver resolvers must validate DNSSEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: --dane needs the MX probes and live DNS (not with --no-tls or --offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate DMARC: are SPF and DKIM aligned with the From domain, and what the policy does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From header&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAIL FROM (envelope) domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The d= of a DKIM signature (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF result: pass, fail, softfail, neutral, none, permerror, temperror.</source>
        <extracomment>the values are protocol tokens, not translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM result of each --dkim-d, in order (one value applies to all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the policy found from this domain instead of the From domain&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc align: expected --from D and options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spf: “%1” is not one of %2</source>
        <extracomment>%1 the value given, %2 the accepted values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dkim: give one result, or one per --dkim-d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dkim: “%1” is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <extracomment>%1 pass, fail, no-policy or undetermined (tokens, not translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF aligned: %1, DKIM aligned: %2</source>
        <extracomment>%1, %2 true or false</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a domain&apos;s DMARC policy by the DNS tree walk and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc check: expected one DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizational domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the syntax of a DMARC record, list its tags, its policy and what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc parse: give the record, quoted, e.g. &quot;v=DMARC1; p=none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record at %1: %2</source>
        <extracomment>%1 a DNS name, %2 the record as published (escaped)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo: %1 (%2)</source>
        <extracomment>%1 a URL, %2 what came of fetching it (a token such as fetched)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain&apos;s BIMI: the record, the DMARC prerequisite, the logo and the mark certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIMI selector (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisational domain, where the record is looked up when DOMAIN has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bimi check: expected one DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a BIMI logo against SVG Tiny Portable/Secure, each finding with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bimi svg: expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid SVG Tiny PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid SVG Tiny PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1:</source>
        <extracomment>%1 a line number in the SVG file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect a mark certificate (VMC or CMC, PEM): BIMI key usage, embedded logo, names, validity and chain to a Mark Verifying Authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain the certificate must cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG logo the certificate must embed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bimi vmc: expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <extracomment>%1 a certificate subject (distinguished name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <extracomment>%1 and %2 dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report %3 from %2 for %4, %5 to %6</source>
        <extracomment>%1 a file, %2 the reporter, %3 the report id, %4 the policy domain, %5 and %6 dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages, %3, DKIM %4, SPF %5</source>
        <extracomment>%1 an IP address, %2 a message count, %3 disposition, %4 and %5 pass or fail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failure report for %2 from %3 (%4)</source>
        <extracomment>%1 a file, %2 the reported domain, %3 an IP address, %4 the failure (dmarc, dkim, spf)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read DMARC aggregate and failure reports (.xml, .xml.gz, .zip, .eml, mbox, Maildir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the aggregate reports in the workspace (a report already there is not added again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc report: expected at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate DNSSEC from the DS or DNSKEY records in this file (zone-file syntax) instead of trusting the resolver&apos;s AD bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trust-anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC validated by Sceau from the trust anchors in %1</source>
        <extracomment>%1 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC as the resolver&apos;s AD bit says (the resolver must validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also probe the selectors that the DMARC reports stored in the workspace saw signing for DOMAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an RRset where there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an RRset, only if it is still what you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an RRset, only if it is still what you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: takes no --value (--expect names what is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: takes no --expect (the RRset must not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <extracomment>%1 a name, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no record of this type: nothing to change (use publish add)</source>
        <extracomment>%1 a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an RRset as zone-file lines, for DNS without an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TTL in seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish export: expected --zone Z --name N --value V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone to change (its apex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s name: relative to the zone (@ for its apex), or absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record type (default TXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of the RRset (repeat for several); TXT as typed, or quoted strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential to publish with (default: the only one for the zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value you saw in the RRset (repeat for each): the change is refused if the RRset is not exactly these (default: as read just before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: %1 is not in the zone %2</source>
        <extracomment>%1 a name, %2 a zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: “%1” is not a record type Sceau publishes</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <extracomment>%1 an option, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ttl takes seconds, from 0 to 2147483647</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the changes published from this workspace, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes to this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish journal: expected [--zone Z] [--limit N ≥ 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5 with %6: %7</source>
        <extracomment>%1 journal number, %2 time, %3 action (add, replace, delete), %4 type, %5 name, %6 credential, %7 outcome</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rolls back #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the authoritative servers: %1</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): serves it, serial %3</source>
        <extracomment>%1 host, %2 address, %3 SOA serial</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not yet, serial %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): could not be asked: %3</source>
        <extracomment>%1 host, %2 address, %3 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 authoritative servers serve it.</source>
        <extracomment>%1 and %2 numbers of servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a published change, only if what it wrote is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish rollback: expected a journal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an RRset reach every authoritative server of its zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again every this many milliseconds (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1: %2 of %3 servers serve it</source>
        <extracomment>%1 round number, %2 and %3 numbers of servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential (an SMTP account, a TSIG key, a Cloudflare or OVHcloud API access): its settings in the workspace, its secret (read from standard input) in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp: the account&apos;s submission server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp: the account&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp: the server&apos;s port (default 587, or 465 with --implicit-tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp: the server speaks TLS from the start (port 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add: expected smtp|tsig|cloudflare|ovh NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; its secret is in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2:%3, %4</source>
        <extracomment>%1 user name, %2 host, %3 port, %4 security token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (%2) for %3 on %4</source>
        <extracomment>%1 key name, %2 algorithm, %3 zone, %4 server or &quot;SOA primary&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SOA primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access to %1 through %2</source>
        <extracomment>%1 zone, %2 API URL or &quot;the public API&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the credentials of the workspace (never their secrets), with their age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the credentials whose secret was set this many days ago or more: due to be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials list: --due takes a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is due to be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3; secret set %n day(s) ago</source>
        <extracomment>%1 name, %2 kind (smtp, tsig…), %3 what it is for, %n its age in days</extracomment>
        <translation>
            <numerusform>%1 (%2): %3; secret set %n day ago</numerusform>
            <numerusform>%1 (%2): %3; secret set %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a credential&apos;s secret (read from standard input) in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials rotate: expected NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 was replaced in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be tested (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test whether a credential is accepted, changing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials test: expected NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsig, cloudflare, ovh: the zone it may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsig: the key&apos;s name, as the server knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsig: hmac-sha256 (default) or hmac-sha512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsig: the zone&apos;s primary server (default: the SOA&apos;s primary name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudflare, ovh: the API&apos;s base URL (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ovh: the application key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add: --zone is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add tsig: --key-name must name the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add tsig: --algorithm is hmac-sha256 or hmac-sha512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add ovh: --application-key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials add: --api: %1</source>
        <extracomment>%1 why the URL is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSIG secret (base64) for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application secret for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <extracomment>a journal entry&apos;s action</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <extracomment>a journal entry&apos;s action</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>a journal entry&apos;s action</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish watch: expected --name N --value V… [--wait 0–86400] [--interval 10 ms or more]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selector to check (repeatable); without it, the common selectors are probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save each report in the workspace&apos;s history (the domain is added to the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/100 (provisional)</source>
        <extracomment>%1 an area&apos;s state (Good, Failing…), %2 its score out of 100 (some lookups failed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/100</source>
        <extracomment>%1 an area&apos;s state (Good, Failing…), %2 its score out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the area&apos;s state and score, %2 its key facts, separated by &quot;; &quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — domain not found</source>
        <extracomment>%1 domain that does not exist (NXDOMAIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — could not check</source>
        <extracomment>%1 domain; no area could be rated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — score %2/100 (provisional), %3</source>
        <extracomment>%1 domain, %2 score out of 100 of what could be checked, %3 the overall state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — score %2/100, %3</source>
        <extracomment>%1 domain, %2 score out of 100, %3 the overall state (Good, To improve, Failing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: the domain has fewer than two saved checks (check --save saves them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: %1 %2 is not a saved check of this domain (see history)</source>
        <extracomment>%1 an option (--from, --to), %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two saved checks of a domain (by default the last two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier check (a number from history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later check (a number from history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: give one domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from #%2 (%4) to #%3 (%5)</source>
        <extracomment>%1 domain, %2 and %3 check numbers, %4 and %5 their dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <extracomment>%1 kind token (regression, improvement, neutral), %2 the change in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domains to the workspace&apos;s list (a pasted URL gives its host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client these domains are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag for these domains (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains add: give at least one domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed %1</source>
        <extracomment>%1 a domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domains of a file, one per line (# starts a comment); each refused line is reported and the others are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains import: give one file (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) listed</source>
        <translation>
            <numerusform>%n domain listed</numerusform>
            <numerusform>%n domains listed</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number, %2 why the line was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s domains, with their client, tags and last saved check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains list: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  [%2] {%3}  %4 at %5</source>
        <extracomment>%1 domain, %2 client, %3 tags, %4 state token (good, failing…), %5 date of the last saved check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  [%2] {%3}  never checked</source>
        <extracomment>%1 domain, %2 client, %3 tags</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a domain off the workspace&apos;s list, with its saved checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains remove: give one domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its saved checks</source>
        <extracomment>%1 a domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved checks of a domain, newest first (check --save saves them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: give one domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2  %3/100  %4  (%5)</source>
        <extracomment>%1 check number, %2 date, %3 score out of 100, %4 state token (good, failing…), %5 the resolver asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <extracomment>%1 step number, %2 step name, %3 state token (pass, fail, not-evaluated, could-not-check: not translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers only: body hashes are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: d=%2 s=%3 a=%4 (dkim=%5)</source>
        <extracomment>%1 state token, %2 domain, %3 selector, %4 algorithm, %5 RFC 8601 result token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP %1, MAIL FROM %2, HELO %3 (from %4)</source>
        <extracomment>%1 IP address, %2 MAIL FROM, %3 HELO name, %4 where the IP was read (token)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check_host(%1): %2 %3</source>
        <extracomment>%1 domain checked, %2 RFC 7208 result token, %3 the deciding term</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: SPF aligned %2, DKIM aligned %3</source>
        <extracomment>%1 From domain, %2 and %3 yes/no tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy of %1: p=%2, on failure: %3</source>
        <extracomment>%1 policy domain, %2 and %3 none, quarantine or reject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click unsubscribe (RFC 8058)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Selectors seen: %1</source>
        <extracomment>%1 the d=/s= pairs of the signatures, or &quot;none&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze a received message: DKIM, SPF of the sending IP, DMARC, one-click unsubscribe, selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is a header block without body (detected when no empty line ends the header, or nothing follows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is a whole message, even with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message analyze: expected at most one FILE, and at most one of --headers-only and --whole-message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest saved check of domains as an HTML or PDF report, JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced as a whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, pdf, json or csv (default: from the file&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give the file to write with --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format “%1” (html, pdf, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: say the format with --format, or end the file name with .html, .pdf, .json or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 has no saved check (check --save); left out</source>
        <extracomment>%1 a domain of the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: no saved check to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) written to %1.</source>
        <extracomment>%n domains exported, %1 the file written</extracomment>
        <translation>
            <numerusform>%n domain written to %1.</numerusform>
            <numerusform>%n domains written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Core</name>
    <message>
        <source>the domain name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalized domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain name is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains an empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label “%1” is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label “%1” contains the character “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone file could not be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS server answered in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server refused the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS answer was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence describing the error, %2 a technical detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name is an alias (CNAME) whose chain loops back on itself, so it cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name leads through too many aliases (CNAME) to be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not allowed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS does not serve it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <extracomment>%1 a file, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is in use by another program (SQLite %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace cannot be written (SQLite %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not store the workspace (SQLite %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged (SQLite %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change conflicts with what the workspace holds (SQLite %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace database failed (SQLite %1)</source>
        <extracomment>%1 SQLite&apos;s result code (a number), or nothing when the driver gave none</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Dkim</name>
    <message>
        <source>No DKIM key for selector %1</source>
        <extracomment>%1 is a DKIM selector</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is published at %1: signatures made with this selector cannot be verified.</source>
        <extracomment>%1 is the record name &lt;selector&gt;._domainkey.&lt;domain&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selector&apos;s public key, or check the selector&apos;s spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key: %1, %2 bits</source>
        <extracomment>%1 is a key type (rsa, ed25519), %2 a size in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published key has a sound type and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key too short (%1 bits)</source>
        <extracomment>%1 is a size in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits are rejected by verifiers: every signature made with this key fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a 2048-bit RSA key (or Ed25519 alongside RSA), publish it under a new selector and switch signing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak DKIM key (%1 bits)</source>
        <extracomment>%1 is a size in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is still accepted but can be factored by a determined attacker; 2048 bits is the recommended minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key under a new selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key revoked at %1</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has an empty p= tag: the key was withdrawn, and signatures with this selector fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this selector is still used for signing, publish a new key and move signing to it; otherwise nothing is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable DKIM key at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The p= value is not a valid public key (%1); every signature fails.</source>
        <extracomment>%1 is a technical detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the public key again, copying the whole value, in one or several quoted strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 matches the local private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages signed with the local key will verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 does not match the local private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages signed with the local key will fail verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the public key of the local private key, or sign with the private key that belongs to the published one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key in testing mode at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has t=y: verifiers may treat signatures as unsigned mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y once signing works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key restricted to SHA-1 at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has h=sha1: only rsa-sha1 signatures may use it, and verifiers no longer accept those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the h= tag, or set h=sha256, and sign with rsa-sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key not usable for email at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s service types (s=%1) do not include email.</source>
        <extracomment>%1 is the s= value of the record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the s= tag, or set s=email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid DKIM key record at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be parsed: %1. Verifiers ignore it.</source>
        <extracomment>%1 is a technical detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a record of the form “v=DKIM1; k=rsa; p=…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several DKIM key records at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key records are published; which one a verifier uses is undefined.</source>
        <translation>
            <numerusform>%n key record is published; which one a verifier uses is undefined.</numerusform>
            <numerusform>%n key records are published; which one a verifier uses is undefined.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep exactly one key record per selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 key at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many verifiers do not support Ed25519 yet and treat these signatures as absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sign with an RSA key under another selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private key to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v= must come first and be “DKIM1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no p= tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector “%1” has an empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector label “%1” is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector label “%1” starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector “%1” contains the character “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <extracomment>%1 is a key size in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace already has a key for selector %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DKIM key with id %1</source>
        <extracomment>%1 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key of selector %1 was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s passphrase is missing from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is neither RSA nor Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 seed is 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key could not be decrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 public key is 32 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the p= key is not an RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the p= value is not a valid public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key cannot go from “%1” to “%2”</source>
        <extracomment>%1 and %2 are key states (generated, published, active, retiring, revoked, destroyed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported signature version v=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown canonicalization c=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d= is not a domain name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= has an empty header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported query method q=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From header field is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity i=%1 is not within d=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x= is earlier than t=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits must not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity %1 is not within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no From header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty tag in the tag list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tag=value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rsa-sha1 signature is correct, but SHA-1 is no longer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector is too long (at most %1 characters)</source>
        <extracomment>%1 a number of characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selector “%1” is too long for the domain %2: the key record name would exceed 253 characters</source>
        <extracomment>%1 selector, %2 domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag list has more than %1 tags</source>
        <extracomment>%1 a number of tags</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DKIM key %2 has an unknown type or state</source>
        <extracomment>%1 a file, %2 a key id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no key for selector %1 of %2</source>
        <extracomment>%1 a DKIM selector, %2 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key is served by %2 of %3 authoritative nameservers</source>
        <extracomment>%1 a DNS name, %2 servers serving it, %3 all the zone&apos;s authoritative servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty p= is served by %2 of %3 authoritative nameservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authoritative nameserver found for %1</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a step the nameservers could not verify can be confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Dmarc</name>
    <message>
        <source>Not a DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not begin with “v=DMARC1” (exactly, in capitals). Receivers discard it.</source>
        <extracomment>%1 the text given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the record with “v=DMARC1;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is %1 bytes long; Sceau reads at most %2.</source>
        <extracomment>%1 its length in bytes, %2 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has more than %1 tags; the rest, from offset %2, was not read.</source>
        <extracomment>%1 the limit, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tags receivers do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at offset %2 is not “tag=value”.</source>
        <extracomment>%1 the faulty part of the record, %2 its byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each tag as “name=value”, separated by “;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” occurs again at offset %2: the whole record is invalid.</source>
        <extracomment>%1 a tag name, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each tag once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid tag value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1=%2” (offset %3) is not a valid value; receivers use the default.</source>
        <extracomment>%1 a tag name, %2 its value, %3 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the values RFC 9989 defines for this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers ignore the tag “%1” (offset %2).</source>
        <extracomment>%1 a tag name, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its spelling, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed by RFC 9989</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1=%2” (offset %3) belongs to RFC 7489; RFC 9989 removed it and current receivers ignore it.</source>
        <extracomment>%1 pct, rf or ri; %2 its value; %3 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it; to test a stricter policy, use “t=y” instead of “pct”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No p= tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no valid “p=” tag; as it has a report address, receivers read it as “p=none”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “p=none”, “p=quarantine” or “p=reject”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy and no report address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a valid “p=” or “rua=”, the record is not a policy record: receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “p=none” and a “rua=mailto:…” address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid report address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” in %1= (offset %3) is not a valid “mailto:” URI.</source>
        <extracomment>%1 rua or ruf, %2 the URI, %3 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as “mailto:reports@example.com”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” in %1= (offset %3) ends with a “!size” limit, which RFC 9989 removed; receivers ignore it.</source>
        <extracomment>%1 rua or ruf, %2 the URI, %3 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the “!…” suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report address not by mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” in %1= (offset %3) is not a “mailto:” URI; reports are only sent by mail.</source>
        <extracomment>%1 rua or ruf, %2 the URI, %3 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a “mailto:” address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many report addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= lists more than %2 addresses; the rest was not read.</source>
        <extracomment>%1 rua or ruf, %2 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List fewer addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure options without ruf=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“fo=%1” has no effect without a “ruf=” address.</source>
        <extracomment>%1 the fo= value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “ruf=” or remove “fo=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no record of its own; the record of %2 applies to it.</source>
        <extracomment>%1 the domain, %2 the parent domain whose record applies</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no TXT record beginning with “v=DMARC1”. Receivers apply no DMARC policy to mail using this domain, and you get no reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a DMARC record, starting with “p=none” and a “rua=” address to collect reports, then move to “p=quarantine” or “p=reject”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several DMARC records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 TXT records beginning with “v=DMARC1”. Receivers then ignore DMARC for this domain entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one DMARC record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers ignore the record at %1: %2</source>
        <extracomment>%1 the record name, %2 the record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record at the domain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a TXT record beginning with “v=DMARC1”; receivers only look at %2.</source>
        <extracomment>%1 the domain, %2 _dmarc.&lt;domain&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the record to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring only (p=none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy of %1 asks receivers to take no action on mail that fails DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the reports show your mail passes, move to “p=quarantine”, then “p=reject” (the DMARC wizard plans it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy of %1 is in test mode: receivers apply the next lower policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “t=y” when the reports show no legitimate mail fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomain policy weaker than p=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomains get “sp=%1”, weaker than “p=%2”: they can be spoofed more easily.</source>
        <extracomment>%1 the sp= value, %2 the p= value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “sp=” or make it at least as strict as “p=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-existent domain policy weaker than p=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names that do not exist get “np=%1”, weaker than “p=%2”.</source>
        <extracomment>%1 the np= value, %2 the p= value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “np=reject”: no legitimate mail comes from a name that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aggregate report address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy of %1 has no “rua=”: you get no reports on who sends as your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “rua=mailto:…” with an address you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report host without MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (from %1=) publishes no MX record: reports may not be delivered.</source>
        <extracomment>%1 rua or ruf, %2 a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address whose domain receives mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External report address not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (from %1=) is outside your organisation and publishes no “v=DMARC1” record at %3: receivers send it no report.</source>
        <extracomment>%1 rua or ruf, %2 a host, %3 the record name it must publish</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator of %1 to publish “v=DMARC1;” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External report address authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (from %1=) accepts your reports (%3).</source>
        <extracomment>%2 a host, %3 the record name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy for bulk senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a DMARC policy (p=%2), as Gmail, Yahoo and Outlook require of bulk senders. They also require SPF or DKIM aligned with the From domain: check it with the alignment simulator or the reports.</source>
        <extracomment>%1 a domain, %2 none, quarantine or reject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &lt;%1&gt; is longer than %2 characters</source>
        <extracomment>%1 an XML element, %2 a number of characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty or not XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is malformed at line %1: %2</source>
        <extracomment>%1 a line number, %2 the XML parser&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;feedback&gt; element: not a DMARC report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has more than %1 records</source>
        <extracomment>%1 a number of records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has more than %1 authentication results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s &lt;count&gt; is not a number: &quot;%1&quot;</source>
        <extracomment>%1 the text found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no &lt;report_id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no valid &lt;date_range&gt; (begin and end in seconds since 1970)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no &lt;policy_published&gt; &lt;domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has no &lt;source_ip&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is larger than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no failure report found: the mail has no message/feedback-report part (RFC 5965) and no DMARC failure summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file (or file#message), %2 why it could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC report found: not XML, gzip or zip, and the mail carries neither an aggregate report nor a failure report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read, or is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Maildir holds no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder but not a Maildir (no cur/ and new/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwards mail or runs a mailing list: SPF cannot pass for your domain there</source>
        <extracomment>%1 an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign all your mail with DKIM d=%1: the signature survives forwarding.</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs with DKIM d=%2, which is not aligned with %3</source>
        <extracomment>%1 an IP address, %2 domains, %3 the From domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have this sender sign with d=%1 (publish its DKIM key under your domain).</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes SPF only for its own bounce domain %2, not aligned with %3</source>
        <extracomment>%1 an IP address, %2 domains, %3 the From domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this sender&apos;s bounce (MAIL FROM) domain to a subdomain of %1 and add its include to that SPF record, or have it sign with d=%1.</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your SPF record and does not sign with DKIM</source>
        <extracomment>%1 an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is yours or a provider&apos;s, add it (or the provider&apos;s include) to the SPF record of %2 and sign with d=%2; if not, it is someone sending as you: an enforcing policy stops it.</source>
        <extracomment>%1 an IP address, %2 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s DKIM signatures do not verify and SPF does not pass</source>
        <extracomment>%1 an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DKIM key this sender uses is published for %1 and that its address is in your SPF record.</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From field names several authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no From field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has %1 From fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From field has no address with a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From address has an address literal, not a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From domain “%1” is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Dns</name>
    <message>
        <source>“%1”: missing “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode needs at least one zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number in a zone file, %2 what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone has no SOA record and no origin was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record owner %1 lies outside the zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone %1 is loaded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <extracomment>%1 a nameserver&apos;s host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split the value into strings of at most 255 characters (&quot;…&quot; &quot;…&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$INCLUDE is not supported: give each file with its own --zone-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record type is missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class is unknown (use IN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TTL is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain name is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain name is too long (at most 63 characters per label, 255 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing: the record ends too early for its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text than the record type takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash escape is not valid (use \DDD with DDD at most 255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s data is not valid for its type (an address, a number, a name…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a record: expected owner, TTL, class, type and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone file is larger than %1 MiB: load only the zones you need</source>
        <extracomment>%1 a size in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a DS or DNSKEY record (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a trust anchor is a DS or DNSKEY record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 trust anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no DS or DNSKEY record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the update within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSIG key %1 cannot sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the update is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is for another message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept the TSIG key %1 here: it does not know it, or the key may not update this zone (BADKEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature with the TSIG key %1 is wrong: check its secret (BADSIG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s clock and this computer&apos;s differ by more than %1 s (BADTIME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not signed with the TSIG key %1: whether the change was made is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records are no longer what they were: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the update (REFUSED): the key may not change this zone or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is not authoritative for the zone, or refused the key (NOTAUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name of the update is outside the zone (NOTZONE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not apply the update (rcode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 record value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature (RRSIG) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: DNSSEC needs a live validating resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a DNS server (address:port), %2 what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s data does not match its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name compression pointer is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature expires before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNSKEY matches the signature&apos;s key tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature (RRSIG) covers the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted key (DNSKEY) was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted delegation (DS) was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature covers another record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature algorithm is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record type is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record class is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TTL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s data is missing or not valid for its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS library could not read it (ldns error %1)</source>
        <extracomment>%1 the number of an error of the ldns library (ldns/error.h), when none of the above</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused (port unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s address was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused access to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system has no network resources left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is too large to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local address cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system does not support the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 the number of a socket error (QAbstractSocket::SocketError), when none of the above</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <extracomment>%1 a DNS response code (RCODE) as the protocol names it: REFUSED, FORMERR…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <extracomment>%1 a DNS server (address:port)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <extracomment>%1 a DNS server (address:port), %2 what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: outside the loaded zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone files only (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with zone files</source>
        <extracomment>%1 the resolver (&quot;the system resolver&quot; or its servers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Export</name>
    <message>
        <source>Email security report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <extracomment>a score out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(provisional)</source>
        <extracomment>a score computed while some lookups failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <extracomment>STARTTLS of an MX host: not tested</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM, selector %1</source>
        <extracomment>%1 a DKIM selector</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null MX: accepts no mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved report of this check cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a state (&quot;Good&quot;, &quot;Failing&quot;…), %2 a score (&quot;80/100&quot; or &quot;—&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lookups failed: the score is provisional and rates only what could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 for %n domain(s), from the latest check of each.</source>
        <extracomment>%1 a date and time, %n the number of domains</extracomment>
        <translation>
            <numerusform>Made on %1 for %n domain, from its latest check.</numerusform>
            <numerusform>Made on %1 for %n domains, from the latest check of each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Sceau %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 through %2.</source>
        <extracomment>%1 a date and time, %2 how DNS was asked (&quot;the system resolver&quot;, &quot;127.0.0.1:53&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Gui</name>
    <message>
        <source>Domain to check at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Mail</name>
    <message>
        <source>the report inflates to more than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive is damaged: %1</source>
        <extracomment>%1 libzip&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive holds no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM signature of the message verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers only: the body hash cannot be checked, so no signature can pass or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS lookup failed: the result could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connecting IP address in the fields the receiving side wrote (Received-SPF, the topmost Received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the MAIL FROM nor the HELO name is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF does not authorize the sending IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From domain could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From domain has no DMARC policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy or an Organizational Domain could not be determined (a DNS lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing aligned passed, but an SPF or DKIM result could not be checked: the verdict is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed with a domain aligned with the From domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message offers no List-Unsubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present without List-Unsubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe or List-Unsubscribe-Post appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is missing: unsubscribing is not one-click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post must be exactly List-Unsubscribe=One-Click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM signature covers both List-Unsubscribe and List-Unsubscribe-Post in its h= tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signatures covering both fields do not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature covering both fields could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is larger than %1 MiB</source>
        <extracomment>%1 the limit in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has more than %1 header fields</source>
        <extracomment>%1 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input has no header field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Publish</name>
    <message>
        <source>The records changed on the server since they were read: nothing was changed. Read them again and review the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not what you saw: nothing was changed. Review the records as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit of %2 octets.</source>
        <extracomment>%1 a host name, %2 a size limit in octets (always more than one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up a trusted TLS connection to %1: %2</source>
        <extracomment>%1 a host name, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (limit: %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <extracomment>%1 a host name, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not the JSON expected.</source>
        <extracomment>%1 a provider (Cloudflare, OVHcloud)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2: %3). Check the credential and the permissions it was given for this zone.</source>
        <extracomment>%1 a provider (Cloudflare, OVHcloud), %2 an HTTP status, %3 the provider&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2: %3).</source>
        <extracomment>%1 a provider (Cloudflare, OVHcloud), %2 an HTTP status, %3 the provider&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds these values: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 changes had already been made: read the records again before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sceau does not publish %1 records through %2.</source>
        <extracomment>%1 a record type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare has no zone %1 this token may manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 records of this type.</source>
        <extracomment>%1 a domain name, %2 a number of records (always more than one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s journal entry %1 has an unknown type or action</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 was not applied: there is nothing to roll back</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 removed nothing: there is nothing to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were changed, but OVHcloud did not refresh zone %1, so its servers do not serve them yet: %2 Refresh the zone to publish them.</source>
        <extracomment>%1 a zone, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary server %1 has no address</source>
        <extracomment>%1 a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SOA record: it is not a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolver was replaced during the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authoritative nameserver was found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 first: %2</source>
        <extracomment>%1 a domain name, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has records of this type: nothing was changed. Review them and replace them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential %1 does not publish to %2</source>
        <extracomment>%1 a credential&apos;s name, %2 a zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential publishes to %1: add one (a TSIG key or a DNS provider&apos;s token)</source>
        <extracomment>%1 a zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several credentials publish to %1: name the one to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential %1 cannot publish</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal has no change %1</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers may keep the current records for up to %1 s after the change. For a rotation, first lower the TTL to %2 s, wait %1 s, then make the change.</source>
        <extracomment>%1 and %2 durations in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines hold records of more than one name or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines hold no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone already serves exactly these records: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was accepted, but could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the change but does not serve it: it serves %1. Check the zone (a CNAME beside other records, a record too large).</source>
        <extracomment>%1 the values the server serves</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value is at most %1 octets</source>
        <extracomment>%1 a number of octets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is out of range in a %2 record value</source>
        <extracomment>%1 what the user typed, %2 a record type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CNAME has exactly one target (RFC 2181 §10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name was not found in the DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted, or TLS could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the request elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer was not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 the number of a network error (QNetworkReply::NetworkError), when none of the above</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Secrets</name>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s credential %1 has an unknown kind or security</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credential named %1 already exists</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no secret for the credential %1; add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is longer than %1 bytes</source>
        <extracomment>%1 a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a name (1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSIG secret is not base64 (as tsig-keygen prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API&apos;s address must be an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret holds a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused at its prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain denied access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service (Secret Service, KWallet) is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system&apos;s keychain does not offer this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked, or its unlock prompt was dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain service failed (D-Bus or Secret Service error)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Session</name>
    <message>
        <source>%1 got worse</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <extracomment>%1 a mail server, %n a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day.</numerusform>
            <numerusform>The certificate of %1 expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <extracomment>%1 a mail server, %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM key is due for rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM key is due for revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential is due to be changed</source>
        <extracomment>%1 a credential&apos;s name, %n a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The secret of %1 was set %n day(s) ago.</source>
        <translation>
            <numerusform>The secret of %1 was set %n day ago.</numerusform>
            <numerusform>The secret of %1 was set %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Spf</name>
    <message>
        <source>No SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no v=spf1 TXT record, so receivers cannot tell which servers may send its mail.</source>
        <extracomment>SPF: Sender Policy Framework. %1 is a domain name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 listing your sending servers, ending in -all or ~all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several SPF records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 v=spf1 records; receivers must treat this as a permanent error.</source>
        <extracomment>%1 is a domain name, %2 a number of records.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into a single v=spf1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has an invalid term “%2” at offset %3; the whole record is a permanent error.</source>
        <extracomment>%1 domain, %2 the offending term, %3 its character offset in the record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove the term “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the record can take %1 DNS-querying terms; above 10 the result is a permanent error. Terms: %2</source>
        <extracomment>%1 a count above 10; %2 the list of terms that cause DNS lookups.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace includes and a/mx terms by ip4/ip6 ranges, or drop services you no longer use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many lookups with no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 terms query names that do not exist or have no address; above 2 receivers return a permanent error. Terms: %2</source>
        <extracomment>%1 a count above 2; %2 the terms whose DNS lookup returned nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the terms that point to names without records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF allows everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1 ends in +all: every server on the Internet may send mail as this domain.</source>
        <extracomment>&quot;+all&quot; is a protocol token, do not translate it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace +all by -all (or ~all while you check your senders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF policy is neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1 ends in ?all: unlisted servers get a neutral result, which protects nothing.</source>
        <extracomment>&quot;?all&quot; is a protocol token, do not translate it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the record with -all, or ~all while you check your senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record without a final policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1 has no all mechanism and no redirect, so unlisted servers get a neutral result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -all (or ~all) at the end of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF uses the ptr mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1 uses “%2”, which is slow, unreliable and must not be used in new records.</source>
        <extracomment>&quot;ptr&quot; is a protocol token. %2 is the term.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ptr by the ip4/ip6 ranges or a/mx terms of your servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated SPF record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a DNS record of type SPF (type 99), which receivers no longer query.</source>
        <extracomment>&quot;SPF (type 99)&quot; names a DNS record type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the TXT record and remove the type SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender ID record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a Sender ID record (%2); Sender ID was abandoned and receivers ignore it.</source>
        <extracomment>Sender ID is a discontinued protocol; &quot;spf2.0&quot; is a protocol token.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spf2.0 record; the v=spf1 record is the one that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT string too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string of the SPF record of %1 is %2 bytes long; a DNS TXT string holds at most 255.</source>
        <extracomment>%2 is a length in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the record into several quoted strings of at most 255 bytes each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF answer larger than 512 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TXT answer for %1 is about %2 bytes; above 512 some receivers fail to fetch it over UDP.</source>
        <extracomment>%2 is a size in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the record, or move other TXT records of %1 to subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include of a domain without SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term “%2” points to %1, which publishes no SPF record: evaluation ends in a permanent error.</source>
        <extracomment>%2 is an include term such as include:example.com.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the included name or remove the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF include loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The includes loop back on themselves (%1): evaluation ends in a permanent error.</source>
        <extracomment>%1 is a chain of domain names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the include that points back to an earlier domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is kept as-is: the wizard does not offer it.</source>
        <extracomment>%1 a term of an SPF record (protocol text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is kept as-is, in its place: an earlier term with a qualifier makes the order matter.</source>
        <extracomment>%1 a term of an SPF record; a qualifier is the -, ~ or ? before a term</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not offered: the policy becomes -all (you can choose ~all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record had no all term (other servers got neutral): the policy becomes -all (you can choose ~all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” becomes an include, followed by the policy you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is dropped: receivers ignore redirect= in a record with an all term (RFC 7208 §6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is dropped: it came after all, so receivers never used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is dropped: it was listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is dropped: a redirect to a macro cannot become an include; the policy you choose applies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2): its addresses are unknown, try again later.</source>
        <extracomment>%1 a domain, %2 a technical DNS detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” depends on each message (macro): it cannot be replaced by fixed ranges.</source>
        <extracomment>%1 an SPF term; a macro (%{…}) depends on each message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives a permanent error (%2): fix or remove it rather than flatten it.</source>
        <extracomment>%1 a domain, %2 a problem token (no-record, loop…), never translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup for %1 failed (%2): its addresses are unknown, try again later.</source>
        <extracomment>%1 a domain, %2 SPF terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends with +all: it authorises every server, there is nothing to flatten.</source>
        <extracomment>%1 a domain; +all is protocol text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses “%2”, which depends on each connection: it cannot be replaced by fixed ranges.</source>
        <extracomment>%1 a domain, %2 an SPF term (ptr or exists)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses “%2”: with such a qualifier the order of its terms matters, so it cannot be replaced by a list of ranges.</source>
        <extracomment>%1 a domain, %2 an SPF term with a qualifier (-, ~ or ?)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists an address that is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the record&apos;s includes.</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF authorises every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term “%2” in the SPF record of %1 matches every IPv4 or IPv6 address: as with +all, any server on the Internet may send mail as this domain.</source>
        <extracomment>%1 a domain, %2 an SPF term such as ip4:0.0.0.0/0 (protocol text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%2” by the addresses or ranges of your own servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to resolve entirely (%2 not followed): it cannot be replaced by fixed ranges.</source>
        <extracomment>%1 a domain, %2 SPF terms left unresolved because the tree was too large</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses “%2”, which authorises every address: there is nothing to flatten.</source>
        <extracomment>%1 a domain, %2 an SPF term such as ip4:0.0.0.0/0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS resolver is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown macro letter in %{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid digit transformer in %{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid delimiter in %{%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macro %1 is only allowed in exp text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character 0x%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lone % at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated macro at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain-spec %1 does not end in a valid top label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid SPF (%2): receivers reject the whole record for it. It was left out; add what it meant in the fields.</source>
        <extracomment>%1 a term of an SPF record (protocol text), %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPv4 CIDR length /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPv6 CIDR length //%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mechanism %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a domain-spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ptr takes no CIDR length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 network %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing v=spf1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (at offset %2) is not valid: %3</source>
        <extracomment>%1 a term of an SPF record (protocol text), %2 its offset in the record, %3 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Storage</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Sceau workspace (%2); move it aside or restore a backup</source>
        <extracomment>%1 a file, %2 what SQLite found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sceau (schema %2; this version reads up to %3)</source>
        <extracomment>%1 a file, %2 and %3 schema versions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown schema version (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <extracomment>%1 a file, %2 the database error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is too large to keep (at most %1 bytes)</source>
        <extracomment>%1 the largest report kept, in bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved check #%1</source>
        <extracomment>%1 the number of a saved check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved check #%1 of the workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client name has at most %1 characters and no control character</source>
        <extracomment>%1 the longest client name allowed, in characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” is not valid: 1 to %2 characters, no control character</source>
        <extracomment>%1 the tag as given, %2 the longest tag allowed, in characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain has at most %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the domains list</source>
        <extracomment>%1 a domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is too large (at most %1 bytes)</source>
        <extracomment>%1 the largest list accepted, in bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has too many lines (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Transport</name>
    <message>
        <source>the CA file %1 could not be read</source>
        <extracomment>%1 a file of trusted certificates given by the user</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 certificates; at most %2 are read</source>
        <extracomment>%1 how many certificates the server sent, %2 the most Sceau reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STARTTLS on %1</source>
        <extracomment>%1 a mail server: host, address and port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: mail sent to it travels in plaintext, and senders that require TLS cannot deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable STARTTLS on this server with a certificate for its MX name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers STARTTLS, then refuses it (%2): mail falls back to plaintext.</source>
        <extracomment>%1 a mail server, %2 the server&apos;s reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration: its certificate and key files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers STARTTLS, but no TLS 1.2 or 1.3 connection could be made with it (%2): mail falls back to plaintext.</source>
        <extracomment>%1 a mail server, %2 the TLS library&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and TLS 1.3 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete TLS versions on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still accepts %2, deprecated since 2021 (RFC 8996).</source>
        <extracomment>%1 a mail server, %2 protocol versions (tls1_0, tls1_1)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept only TLS 1.2 and TLS 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not lead to a trusted authority (%2): senders that verify certificates (MTA-STS, require TLS) will not deliver.</source>
        <extracomment>%1 a mail server, %2 why the chain does not verify</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate from a public authority, with its intermediate certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate name mismatch on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not for the MX host name.</source>
        <extracomment>%1 a mail server, %2 the names the certificate carries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate that names the MX host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired certificate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <extracomment>%1 a server, %2 a date
----------
%1 a mail server, %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day.</numerusform>
            <numerusform>The certificate of %1 expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the certificate before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS works on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts STARTTLS and negotiates %2.</source>
        <extracomment>%1 a mail server, %2 a protocol version (tls1_3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure every server behind this name the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record: no mail can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the server&apos;s addresses, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be tested (%2). This says nothing about its TLS.</source>
        <extracomment>%1 a mail server, %2 what happened (busy, refused, no answer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again later, or from a network the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 are signed with DNSSEC</source>
        <extracomment>%1 a domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validating resolver authenticated the MX records of %1: DANE can protect mail sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed with DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-secure, so senders do not use DANE for it, whatever TLSA records exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC validation fails for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validating resolver rejects the signed records of %1 (bogus): validating senders cannot find its mail servers at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sign the zone, and check that the DS record at the parent matches the zone&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses of %1 are not DNSSEC-secure</source>
        <extracomment>%1 a mail server host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A/AAAA records of %1 are not signed, so DANE clients do not use its TLSA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the zone that holds the MX host&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validating resolver rejects the address records of %1 (bogus): validating senders cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sign the zone of the MX host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DANE for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no TLSA record at _25._tcp: senders use opportunistic TLS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TLSA record made from the server&apos;s certificate (dane generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records of %1 are not DNSSEC-secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes TLSA records, but they are not signed with DNSSEC: DANE is not in force, senders ignore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the zone that holds the TLSA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validating resolver rejects the TLSA records of %1 (bogus): DANE senders hold mail for it until they validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sign the zone, and check its DS record at the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed TLSA record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLSA record of %1 cannot be read: %2</source>
        <extracomment>%1 a mail server host name, %2 the record&apos;s data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record as usage, selector, matching type and hexadecimal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA record unusable for SMTP on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA record %2 of %1 has usage 0 or 1 (PKIX), which SMTP clients ignore.</source>
        <extracomment>%1 a mail server host name, %2 a TLSA record (3 1 1 …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use usage 3 (DANE-EE) or 2 (DANE-TA): 3 1 1 or 2 1 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable TLSA record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the TLSA records of %1 can authenticate it: DANE senders require TLS but cannot verify the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a 3 1 1 or 2 1 1 record for the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE authenticates %1</source>
        <extracomment>%1 a mail server: host, address and port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 matches %2.</source>
        <extracomment>%1 a mail server, %2 the TLSA records that matched</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE mismatch on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLSA record matches the certificate %1 presents (%2): DANE senders will not deliver to it.</source>
        <extracomment>%1 a mail server, %2 each TLSA record and its verdict</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish records for the certificate in use (dane generate), or install the certificate the records describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS on %1, which has TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes TLSA records but no TLS connection could be made (%2): DANE senders will not deliver to it.</source>
        <extracomment>%1 a mail server, %2 what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable STARTTLS on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DANE-matched certificate of %1 ends soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate that DANE matches on %1 ends in %n day(s); its replacement must match a published TLSA record first.</source>
        <translation>
            <numerusform>The certificate that DANE matches on %1 ends in %n day; its replacement must match a published TLSA record first.</numerusform>
            <numerusform>The certificate that DANE matches on %1 ends in %n days; its replacement must match a published TLSA record first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the TLSA record of the next certificate (or keep its key) before deploying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next certificate of %1 matches no TLSA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying the given next certificate on %1 would break DANE: no published TLSA record matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish its 3 1 1 record alongside the current one, wait for the TTL, then deploy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MTA-STS record for %1</source>
        <extracomment>%1 a domain; MTA-STS is a protocol name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no _mta-sts record: senders may deliver to it in plaintext or to a forged MX without noticing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a policy file at https://mta-sts.%1/.well-known/mta-sts.txt and a TXT record &quot;v=STSv1; id=…&quot; at _mta-sts.%1, starting in testing mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several MTA-STS records for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one TXT record begins with v=STSv1 (%1): senders then ignore MTA-STS altogether.</source>
        <extracomment>%1 the records as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record at _mta-sts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid MTA-STS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record &quot;%1&quot; cannot be used: %2.</source>
        <extracomment>%1 the record, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as &quot;v=STSv1; id=&quot; followed by 1 to 32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy host %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address, so senders cannot fetch the policy that the record announces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 at a web server that serves the policy over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed when fetching the MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <extracomment>%1 a URL, %2 the TLS error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the policy over TLS 1.2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid certificate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a certificate senders refuse (%2), so they cannot fetch the policy.</source>
        <extracomment>%1 a host, %2 why its certificate is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate from a public authority that names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy URL redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers with a redirect to %2; senders must not follow it.</source>
        <extracomment>%1 a URL, %2 where it redirects to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the policy file directly at this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2 instead of 200.</source>
        <extracomment>%1 a URL, %2 an HTTP status code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the policy file at this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy is not text/plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is served as &quot;%2&quot;; senders only accept text/plain.</source>
        <extracomment>%1 a URL, %2 a media type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the file with Content-Type: text/plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; senders stop reading it.</source>
        <extracomment>%1 a URL, %2 a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the policy file short: version, mode, mx lines and max_age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy host does not answer in HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the web server of the policy host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy at %1 cannot be used: %2.</source>
        <extracomment>%1 a URL, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write version: STSv1, a mode, one mx line per MX pattern and max_age, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS policy in mode %1</source>
        <extracomment>%1 a mode token (enforce, testing, none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record and the policy file are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS is in testing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders report failures (TLS-RPT) but still deliver when TLS fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the TLS reports show no failures, switch to mode enforce and change the record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS is switched off (mode none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy asks nothing of senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mode testing, then enforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short MTA-STS max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders keep the policy only %1 seconds, which leaves little protection between fetches.</source>
        <extracomment>%1 a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a max_age of at least a week (604800) once the policy is stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is covered by the pattern %2</source>
        <extracomment>%1 an MX host, %2 a policy pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mx pattern of the policy (%2) matches %1: senders that enforce the policy will not deliver to it.</source>
        <extracomment>%1 an MX host, %2 the policy&apos;s patterns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an mx line for %1 and change the record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a valid certificate for MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails the MTA-STS certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders applying the policy refuse %1: %2.</source>
        <extracomment>%1 an MX host, %2 why its certificate is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2); this says nothing about whether the policy is right.</source>
        <extracomment>%1 a URL, %2 the network error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again later, or from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has more than %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;</source>
        <extracomment>%1 a line number of the policy file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version is &quot;%1&quot;, not STSv1</source>
        <extracomment>%1 the version as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mode &quot;%1&quot; is not enforce, testing or none</source>
        <extracomment>%1 the mode as published; enforce, testing, none are protocol tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds up to %2</source>
        <extracomment>%1 the max_age as published, %2 the largest allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2) is not an MX host pattern</source>
        <extracomment>%1 an mx pattern as published, %2 its line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has more than %1 mx patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has no version field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has no mode field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has no max_age field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy has no mx field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not begin with v=STSv1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=STSv1 must be followed by &quot;;&quot; and the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name=value field</source>
        <extracomment>%1 a field of the record, as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than one id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not 1 to 32 letters and digits</source>
        <extracomment>%1 the id as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not FROM=TO with two port numbers (1–65535)</source>
        <extracomment>%1 the faulty part of a port map such as 443=8443</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is mapped twice</source>
        <extracomment>%1 a port number given twice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated on %1</source>
        <extracomment>%1 a submission server (host [address]:port)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the credential with AUTH %2 over %3.</source>
        <extracomment>%1 a server, %2 a SASL mechanism (PLAIN), %3 a TLS version token (tls1_3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name and password (%2).</source>
        <extracomment>%1 a server, %2 its reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password of the account, then store them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password authentication offered before TLS on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers AUTH %2 before STARTTLS: a mail client that uses it sends the password in plaintext.</source>
        <extracomment>%1 a server, %2 SASL mechanisms (PLAIN LOGIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer password authentication only after STARTTLS (Postfix: smtpd_tls_auth_only = yes), or use implicit TLS on port 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable authentication on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no AUTH PLAIN or LOGIN over TLS (offered: %2).</source>
        <extracomment>%1 a server, %2 SASL mechanisms, possibly none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable SASL authentication on the submission service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: a password could only be sent in plaintext, so none was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable STARTTLS on the submission port, or use implicit TLS on port 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS 1.2 or 1.3 connection could be made with %1 (%2); no password was sent.</source>
        <extracomment>%1 a server, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration: TLS 1.2 and 1.3, its certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not lead to a trusted authority (%2): mail clients warn or refuse to send the password.</source>
        <extracomment>%1 a server, %2 why the chain does not verify</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not for the name the client uses.</source>
        <extracomment>%1 a server, %2 the names the certificate carries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate that names the submission host, or configure clients with a name it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not verify, so Sceau did not send the password: the server&apos;s identity is not proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the certificate, or test again with verification skipped if you trust this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message accepted by %1 for %2</source>
        <extracomment>%1 a server, %2 an address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Message-ID is &lt;%1&gt;.</source>
        <extracomment>%1 a Message-ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticated the account but did not accept a message for %2 (%3).</source>
        <extracomment>%1 a server, %2 an address, %3 the server&apos;s reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the account may send as its address, and the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be tested (%2). This says nothing about the account.</source>
        <extracomment>%1 a server, %2 what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and port, then test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT record for %1</source>
        <extracomment>%1 a domain; TLS-RPT is a protocol name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders do not tell %1 when they fail to deliver over TLS, so MTA-STS or DANE problems go unseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:…&quot; at _smtp._tls.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several TLS-RPT records for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one TXT record begins with v=TLSRPTv1 (%1): senders then send no reports.</source>
        <extracomment>%1 the records as published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record at _smtp._tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid TLS-RPT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as &quot;v=TLSRPTv1; rua=&quot; followed by mailto: or https: addresses, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable TLS-RPT address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders only use mailto: and https: addresses; %1 is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with a mailto: or https: address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS reports go to %1</source>
        <extracomment>%1 the report addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS report found: not JSON, not gzip, and no report attached to a mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <extracomment>%1 a file, %2 a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not begin with v=TLSRPTv1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=TLSRPTv1 must be followed by &quot;;&quot; and the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than one rua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua lists more than %1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua has an empty address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no rua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua has no mailto: or https: address senders can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is not JSON (%1 at byte %2)</source>
        <extracomment>%1 the JSON parser&apos;s message, %2 an offset in bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no policies array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has more than %1 policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has more than %1 failure entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS differs between the mail servers of %1</source>
        <extracomment>%1 a mail server host name, or a domain (its MX hosts)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some mail servers of %1 offer STARTTLS and others do not: mail that reaches the wrong one travels in plaintext, and an attacker can steer it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no mail (null MX)</source>
        <extracomment>%1 a domain; &quot;null MX&quot; is the record &quot;MX 0 .&quot; (RFC 7505)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it receives no mail, so there is no mail server whose transport security could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no MX record: senders deliver to the domain&apos;s own address (the implicit MX), which was checked instead.</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish MX records naming the servers that receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many MX records for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 MX records; only the first %3, in preference order, were checked.</source>
        <extracomment>%1 a domain, %2 a number of MX records, %3 how many were checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the MX set to the servers that really receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no working STARTTLS under MTA-STS</source>
        <extracomment>%1 a mail server host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy is in %2 mode, but %1 offers no working STARTTLS: senders that honour the policy cannot deliver to it.</source>
        <extracomment>%1 a mail server host name, %2 the MTA-STS mode (enforce, testing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable STARTTLS on this server, or remove it from the MX set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS certificate was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not trusted (%1)</source>
        <extracomment>%1 the certificate verifier&apos;s own words (OpenSSL, in English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not for %1</source>
        <extracomment>%1 an MX host</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>the state of a check that could not be made (a DNS lookup failed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::AddDomainDialog</name>
    <message>
        <source>Add a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Dupont &amp; Fils</source>
        <extracomment>placeholder: the client a domain belongs to (for service providers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. production, eu</source>
        <extracomment>placeholder: tags separated by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::AreaCard</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100*</source>
        <extracomment>a score out of 100; &quot;(provisional)&quot; when some lookups failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: some lookups failed, so this rates only what could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>accessible name of a dashboard card: %1 area (SPF…), %2 state, %3 score or &quot;—&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::AreaDetails</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <extracomment>SPF lookups: %1 this record&apos;s own, %2 with every branch below</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the r&amp;ecords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record / term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the 10 DNS lookups RFC 7208 allows.</source>
        <extracomment>%1 DNS lookups of the SPF tree; RFC 7208 allows 10</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selector was given: these common ones were probed: %1.</source>
        <extracomment>%1 the DKIM selectors looked up, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be asked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from %1.</source>
        <extracomment>%1 the domain whose DMARC record applies</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null MX: no mail accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail servers were not probed in this check: the Transport tab probes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::BimiFindingsList</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number of the logo file, %2 what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::BimiWizard</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI logo</source>
        <extracomment>BIMI is a protocol name (Brand Indicators for Message Identification)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox providers show a logo only for a domain whose DMARC policy is enforced (quarantine or reject). Fix what is listed here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is a square SVG Tiny Portable/Secure file with a &lt;title&gt;, no script, animation, image or external reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Verified or Common Mark Certificate (PEM) from a Mark Verifying Authority embeds the same logo and names the domain. Optional, but most providers require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mark certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the logo and the certificate over HTTPS, then this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo URL (l=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate URL (a=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC enforces: the domain can show a logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix DMARC first: receivers show no logo without enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC could not be checked: whether a logo can show is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (or is over 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is valid SVG Tiny PS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the logo: each problem is listed with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate will not make the logo show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the https URL of the logo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::CredentialEditDialog</name>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret goes to the system keychain only; it is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSIG key</source>
        <extracomment>TSIG: transaction signatures (RFC 8945), a key that signs DNS updates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <extracomment>how the connection is secured; STARTTLS is a protocol token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s name, as the server knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the zone&apos;s primary (default: its SOA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64, as tsig-keygen prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://… (default: the provider&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential named %1 already exists.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>%1 why the server is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name: %1</source>
        <extracomment>%1 why the key name is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary server: %1</source>
        <extracomment>%1 why the server is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone: %1</source>
        <extracomment>%1 why the zone is refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <extracomment>%1 why the secret is refused (never the secret itself)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::CredentialsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential whose secret is this many days old or more is due to be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind to rotate after (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the credentials: %1</source>
        <extracomment>%1 why the workspace could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret set on %1</source>
        <extracomment>%1 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is due for rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) due for rotation.</source>
        <translation>
            <numerusform>%n credential due for rotation.</numerusform>
            <numerusform>%n credentials due for rotation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no credential yet: press Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed: unlock or start the system keychain, then try again.</source>
        <extracomment>%1 why the keychain could not be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added; its secret is in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 was replaced in the keychain.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Its secret is deleted from the keychain; this cannot be undone.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accepted.</source>
        <extracomment>%1 a credential&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <extracomment>%1 the server&apos;s or API&apos;s own word for the refusal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused (%2).</source>
        <extracomment>%1 a credential&apos;s name, %2 the server&apos;s or API&apos;s word</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test (%1)</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be tested (%2).</source>
        <extracomment>%1 a credential&apos;s name, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DaneView</name>
    <message>
        <source>secure</source>
        <extracomment>DNSSEC status: validated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure</source>
        <extracomment>DNSSEC status: not signed, or no chain of trust</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bogus</source>
        <extracomment>DNSSEC status: signatures fail validation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated by DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches, DANE not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking DNSSEC and DANE for %1…</source>
        <extracomment>%1 a domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: MX records %2; DANE in force on %n MX host(s).</source>
        <extracomment>%1 a domain, %2 DNSSEC status of its MX records, %3 how many MX hosts have DANE in force</extracomment>
        <translation>
            <numerusform>%1: MX records %2; DANE in force on %n MX host.</numerusform>
            <numerusform>%1: MX records %2; DANE in force on %n MX hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some checks could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain checked for DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE of each mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DashboardView</name>
    <message>
        <source>How is this sc&amp;ored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain to see its posture, area by area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 domain, %2 its state (&quot;Domain not found&quot;, &quot;Could not check&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3/100 (provisional: some checks could not be made)</source>
        <extracomment>%1 domain, %2 state, %3 score out of 100 of what could be checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3/100</source>
        <extracomment>%1 domain, %2 state, %3 score out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How scores are computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimActivatePage</name>
    <message>
        <source>Switch the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure your mail server to sign with the new key, then confirm here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server now signs with selector %1</source>
        <extracomment>%1 a DKIM selector</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector %1 is active. Selector %2 is retiring since %3; revoke it after %4.</source>
        <extracomment>%1 the new selector, %2 the old one, %3 when it started retiring, %4 when it can be revoked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for the mail server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimDestroyPage</name>
    <message>
        <source>Erase the old private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key is revoked: nothing can verify with it any more. Erasing its private half removes its passphrase from the keychain and the encrypted key from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the private key of selector %1 of %2? This cannot be undone.</source>
        <extracomment>%1 a DKIM selector, %2 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of selector %1 is erased.</source>
        <extracomment>%1 a DKIM selector</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimDnsStepPage</name>
    <message>
        <source>Publish the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this record, then check that every authoritative nameserver of the domain serves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retire period is over: replace the old key&apos;s record with this one (an empty p= revokes the key), then check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at %1:</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking every authoritative nameserver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the domain&apos;s nameservers: %1</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the domain&apos;s nameservers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on %1 of %2 authoritative nameservers.</source>
        <extracomment>%1 servers serving the key, %2 all the zone&apos;s authoritative servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on %1 of %2 authoritative nameservers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be asked: %2</source>
        <extracomment>%1 a nameserver, %2 why it could not be asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: does not serve it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sceau could not verify it. If you checked by other means that every nameserver serves it, you may confirm it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every authoritative nameserver serves the record at %1, as you checked yourself? The step is recorded as confirmed by hand, not verified by Sceau.</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by hand: recorded as not verified by Sceau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimExportDialog</name>
    <message>
        <source>&amp;Write the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the DKIM key %1 of %2</source>
        <extracomment>%1 selector, %2 domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key &amp;file here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is unencrypted PEM, readable only by you (mode 0600); an existing file is never overwritten. Copy it to the mail server, readable only by the signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path on the mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration of the signer:</source>
        <extracomment>the configuration lines of each mail server software</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key&apos;s private part was destroyed: only the configuration is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key (the keychain may ask for your permission)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <extracomment>%1 why the key could not be read (keychain locked…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key written to %1.</source>
        <extracomment>%1 the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimKeyPage</name>
    <message>
        <source>Key generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a key (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ready for selector %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimKeysDialog</name>
    <message>
        <source>DKIM keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keys: %1</source>
        <extracomment>%1 why the workspace could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the key %1 of %2? It was never published; its private key is erased from the workspace and its passphrase from the keychain.</source>
        <extracomment>%1 selector, %2 domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimKeysView</name>
    <message>
        <source>generated</source>
        <extracomment>DKIM key state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish its record</source>
        <extracomment>next step of a DKIM key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start signing with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish an empty p=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 step(s) due</source>
        <translation>
            <numerusform>%n key, %1 step(s) due</numerusform>
            <numerusform>%n keys, %1 step(s) due</numerusform>
        </translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key&apos;s DNS record as a zone-file line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the private key for the mail server and show the signer&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a key that was never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed by hand)</source>
        <extracomment>%1 a DKIM key state; a step the nameservers could not verify, the user confirmed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nameservers could not be asked: this step was confirmed by hand, not verified by Sceau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>%1 the date a DKIM key&apos;s step was due</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimPublishPage</name>
    <message>
        <source>Publish the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1024-bit RSA key is weak: plan to replace it with a 2048-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at %1:</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for the mail server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimRotationWizard</name>
    <message>
        <source>DKIM key rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is due on %1. Do it now anyway?</source>
        <extracomment>%1 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimSetupPage</name>
    <message>
        <source>Domain and selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key signs mail of the domain; the selector names it in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weak)</source>
        <extracomment>%1 is a key type such as &quot;RSA, 1024 bits&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish in testing mode (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a key %1 for %2: choose another selector (%3 is free).</source>
        <extracomment>%1 a selector, %2 a domain, %3 a free selector</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimStorePage</name>
    <message>
        <source>Keeping the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is stored encrypted in the workspace; its passphrase goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored. Next: publish its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key… Your system keychain may ask you to unlock it or to allow Sceau to store a passphrase: answer it in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored: %1. Unlock the keychain or allow Sceau, then retry.</source>
        <extracomment>%1 why the key could not be stored (keychain locked, refused…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DkimWizard</name>
    <message>
        <source>New DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcPolicyPage</name>
    <message>
        <source>Strict DKIM alignment (adkim=s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict SPF alignment (aspf=s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode (t=y): receivers apply the next lower policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What receivers do with mail that fails DMARC, and where they send reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: monitor only</source>
        <extracomment>the values of p= (protocol tokens, not translated) with their meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine: treat as suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject: refuse the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as p=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as sp=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc-reports@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc-failures@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: all failed</source>
        <extracomment>fo= options of RFC 9989: 0, 1, d, s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: any failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d: DKIM failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s: SPF failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (p=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomains (sp=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-existent names (np=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate reports to (rua=, one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reports to (ruf=, one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure report options (fo=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External report hosts must publish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of the draft:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcReportsView</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass and fail per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import aggregate reports (.xml, .xml.gz, .zip, .eml, mbox, Maildir) with the button or by dropping files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import DMARC reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC reports (*.xml *.gz *.zip *.eml *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <extracomment>%n files</extracomment>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failure report for %2 from %3 (not stored)</source>
        <extracomment>%1 a file, %2 a domain, %3 an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports added, %2 already imported, %3 could not be read.</source>
        <extracomment>%1, %2, %3 numbers of reports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source passes DMARC (aligned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import r&amp;eports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olicy domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcRolloutPage</name>
    <message>
        <source>Rollout plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From monitoring to rejection, one step at a time, each when the reports say it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reports say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=none published on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aggregate report imported for this domain: the plan gives dates only. Import the reports of the rua= address to judge each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s): %1 of %2 messages passed DMARC aligned.</source>
        <extracomment>%n reports, %1 a percentage, %2 a number of messages</extracomment>
        <translation>
            <numerusform>%n report: %1 of %2 messages passed DMARC aligned.</numerusform>
            <numerusform>%n reports: %1 of %2 messages passed DMARC aligned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early: the reports cover too few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet: needs %1 passing; %n source(s) would be hit</source>
        <extracomment>%1 the share needed, %n sources whose mail would be hit</extracomment>
        <translation>
            <numerusform>Not yet: needs %1 passing; %n source would be hit</numerusform>
            <numerusform>Not yet: needs %1 passing; %n sources would be hit</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe: nothing is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe: at least %1 passing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcSourceModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it fails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DmarcWizard</name>
    <message>
        <source>DMARC record</source>
        <extracomment>DMARC is a protocol name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::DomainsView</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by domain, client or tag</source>
        <extracomment>placeholder of the filter of the domains list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every domain shown, or the selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <extracomment>%n domains in the list</extracomment>
        <translation>
            <numerusform>%n domain.</numerusform>
            <numerusform>%n domains.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check of %1 was not saved: %2</source>
        <extracomment>%1 domain, %2 why its check could not be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n domain(s) from the list, with their saved checks? %1</source>
        <extracomment>%n domains; %1 their names</extracomment>
        <translation>
            <numerusform>Remove %n domain from the list, with its saved checks? %1</numerusform>
            <numerusform>Remove %n domains from the list, with their saved checks? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a list of domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list)</source>
        <extracomment>file dialog filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 file, %2 why it cannot be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) imported.</source>
        <extracomment>%n domains added from an imported file</extracomment>
        <translation>
            <numerusform>%n domain imported.</numerusform>
            <numerusform>%n domains imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <extracomment>%1 line number, %2 the line, %3 why it was not imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s)…</source>
        <extracomment>%n domains being checked</extracomment>
        <translation>
            <numerusform>Checking %n domain…</numerusform>
            <numerusform>Checking %n domains…</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 domains checked.</source>
        <extracomment>%1 checked, %2 asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked.</source>
        <translation>
            <numerusform>%n domain checked.</numerusform>
            <numerusform>%n domains checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF or HTML report, or a CSV or JSON table, of the latest checks of the selected domains (all shown when one or none is selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve a report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email-security-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest saved check of every domain of the list.</source>
        <extracomment>%n the number of domains chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The latest saved check of %n domain(s).</source>
        <translation>
            <numerusform>The latest saved check of %n domain.</numerusform>
            <numerusform>The latest saved check of %n domains.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <extracomment>%1 a file suffix (pdf, csv…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these domains has a saved check yet: check them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, never checked: %1.</source>
        <extracomment>%1 the domains left out, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <extracomment>%1 the file written; then, maybe, the domains left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::FindingsView</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see what it means and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the severity, %2 the finding&apos;s stable id, %3 the RFC section</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tool that fixes the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the finding means and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::HistoryView</name>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or check a domain to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of %1</source>
        <extracomment>%1 domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check of this domain is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first saved check: nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed from %1 to %2.</source>
        <extracomment>%1 and %2 dates of two checks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::JournalDialog</name>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the records had changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been published from this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:
%1

After:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change rolled back entry %1.</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <extracomment>%1 a DNS name, %2 the values it will hold again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back as it was?

%2

This is refused if the records changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back (journal entry %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MainWindow</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. selector1, google</source>
        <extracomment>placeholder: DKIM selectors, separated by commas or spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a domain and press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sceau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS answer for %1: check the resolver in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 checked; %n lookup(s) failed, so some checks could not be made.</source>
        <translation>
            <numerusform>%1 checked; %n lookup failed, so some checks could not be made.</numerusform>
            <numerusform>%1 checked; %n lookups failed, so some checks could not be made.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sceau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sceau&lt;/b&gt; %1&lt;br&gt;Email sender security: SPF, DKIM, DMARC and the mail transport of your domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record &amp;wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;DKIM key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1/100 (provisional)</source>
        <extracomment>%1 score out of 100 of what could be checked (some lookups failed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lookups failed: the score rates only what could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · SPF lookups: %2/10</source>
        <extracomment>%1 the score text; %2 DNS lookups of the SPF record (RFC 7208 limit: 10)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new resolver settings could not be used: %1</source>
        <extracomment>%1 why the resolver settings could not be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmission test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MTA-STS policy wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-&amp;RPT record wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DMARC record wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIMI logo wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &amp;changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sender security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;nsport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver changed: the results shown for %1 come from the previous one. Check again to update them.</source>
        <extracomment>%1 the domain whose results are shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MessageAnalysisDialog</name>
    <message>
        <source>&amp;Headers only (no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a received message, or only its headers, as your mail program shows its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected when no empty line ends the headers: the body hashes cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <extracomment>%1 the limit in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzing: DKIM keys, SPF and DMARC lookups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers only: the body hashes are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of the whole message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1 s=%2 a=%3: %4 %5</source>
        <extracomment>%1 domain, %2 selector, %3 algorithm, %4 state, %5 the verifier&apos;s reason token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP %1, MAIL FROM %2, HELO %3 (from %4)</source>
        <extracomment>%1 IP address, %2 MAIL FROM, %3 HELO, %4 the header field it was read from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check_host(%1): %2 %3</source>
        <extracomment>%1 domain, %2 the RFC 7208 result token, %3 the deciding term</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: SPF aligned: %2, DKIM aligned: %3</source>
        <extracomment>%1 the From domain, %2 and %3 yes or no</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy of %1: p=%2, on failure: %3</source>
        <extracomment>%1 policy domain, %2 and %3 none, quarantine or reject (tokens)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. One-click unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Selectors seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsPolicyPage</name>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the domain to start from what it publishes, then choose the mode and the MX hosts senders may deliver to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing (report only)</source>
        <extracomment>MTA-STS modes; the tokens in parentheses are written in the policy file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (withdraw the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after the max_age value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.com
*.example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX patterns (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age:</source>
        <extracomment>max_age is the policy field&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what %1 publishes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a policy in mode %2.</source>
        <extracomment>%1 a domain, %2 a mode token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 publishes could not be checked; starting from its MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no usable policy; starting in testing mode with its MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line must be a host name, or *. followed by a domain (one label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered by any pattern: %1. Senders that enforce the policy will not deliver to them.</source>
        <extracomment>%1 MX host names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing: senders report TLS failures (publish a TLS-RPT record to receive them) but still deliver. Keep it at least one max_age, read the reports, then switch to enforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce: senders refuse MX hosts that are not covered or whose certificate fails. Switch only once the TLS reports show no failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: senders forget the policy. Keep serving it for one max_age before removing the record and the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MX host is covered: once the reports are clean, the next step is enforce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsPublishPage</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve this file at %1 as text/plain, over HTTPS with a valid certificate and no redirect:</source>
        <extracomment>%1 the URL where the policy file must be served</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is the one published: the record keeps its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the file first, then the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy changed, so the record has a new id (it was %1): publish the file first, then the record.</source>
        <extracomment>%1 the id now published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsView</name>
    <message>
        <source>Checking MTA-STS for %1…</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking TLS-RPT for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS: mode %1, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS: could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS: no usable policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT: reports go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT: could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT: no usable record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::MtaStsWizard</name>
    <message>
        <source>MTA-STS policy</source>
        <extracomment>MTA-STS is a protocol name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::PublishPanel</name>
    <message>
        <source>(no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file &amp;lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOA serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative nameservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone file lines are on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every authoritative server serves the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the authoritative servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch stopped: %1 of %2 servers serve the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the record to publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (zone %2, %3)</source>
        <extracomment>%1 a credential&apos;s name, %2 its zone, %3 its kind (tsig, cloudflare, ovh)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential publishes to a zone holding %1: copy or export the lines for your DNS host, or add a TSIG key or an API token under Tools → Credentials.</source>
        <extracomment>%1 a DNS name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records the zone serves now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone already serves exactly this record: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 now:
%3

After publishing:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (journal entry %1). Watching it reach every authoritative server…</source>
        <extracomment>%1 a journal entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <extracomment>%1 the server&apos;s or API&apos;s word, %2 its explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Nothing was changed.</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking every authoritative server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be asked: %1</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export zone file lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 a file, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SettingsDialog</name>
    <message>
        <source>&amp;System resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>unit after the DNS timeout value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Sceau restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameserver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one nameserver, or choose the system resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These &amp;nameservers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also test the mail servers&apos; TLS (certificates coming due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check the domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Sceau runs, the domains of the list are checked again on this schedule; a desktop notification tells of a regression, and of a certificate, a DKIM key or a credential coming due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <extracomment>%n hours between two re-checks</extracomment>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfDomainPage</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which domain sends the mail this record will cover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfFlattenPanel</name>
    <message>
        <source>Flatten the &amp;chosen includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: flattened ranges are a snapshot of today&apos;s addresses. They go stale when the provider changes its addresses, and its mail then fails SPF: run this wizard again regularly to refresh them.</source>
        <extracomment>flattening: replacing an SPF include by the address ranges it lists today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace includes by the IPv4/IPv6 ranges they authorise today, to stay within %1 DNS lookups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be flattened. %2</source>
        <extracomment>%1 a domain, %2 why it cannot be flattened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After flattening: %1 / %2 — still too many</source>
        <extracomment>DNS lookups of the record once the chosen includes are flattened, out of the maximum</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After flattening: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: saves %n lookup(s), becomes:</source>
        <extracomment>%1 a domain; %n DNS lookups saved; the ip4:/ip6: terms follow, one per line</extracomment>
        <translation>
            <numerusform>%1: saves %n lookup, becomes:</numerusform>
            <numerusform>%1: saves %n lookups, becomes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfPolicyPage</name>
    <message>
        <source>Reject mail from any other server (-all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept it but mark it as suspicious (~all), while you check your senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should receivers do with mail from servers you did not list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with ~all if you are not sure every sender is listed; move to -all once DMARC reports show nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfResultPage</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (decided by %3)</source>
        <extracomment>%1 an address, %2 the SPF result token, %3 the record term that decided</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record lists the ranges of %1 as they are today (flattened): they go stale when those providers change their addresses. Run this wizard again regularly to refresh them.</source>
        <extracomment>%1 domains whose SPF include was replaced by the address ranges it listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an address against the draft, then publish the record, or copy the line into your DNS zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfSendersPage</name>
    <message>
        <source>The domain&apos;s mail servers (MX) send mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s own address (A/AAAA) sends mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which services and servers send mail for this domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;4 ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;6 ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;includes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups:</source>
        <extracomment>the number of DNS lookups an SPF record costs, out of the 10 allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <extracomment>%1 is a list of what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>DNS lookups used by the draft record, out of the maximum</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— too many: receivers will return a permanent error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flatten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept as-is:</source>
        <extracomment>terms of the published SPF record the wizard does not offer; unchecked ones are dropped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current SPF record of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current record of %1, loaded below: %2</source>
        <extracomment>%1 a domain, %2 its published SPF record (protocol text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 publishes %n SPF records, which receivers treat as a permanent error; none was loaded. Publish only the record composed here, and remove the others.</source>
        <translation>
            <numerusform>%1 publishes %n SPF record, which receivers treat as a permanent error; none was loaded. Publish only the record composed here, and remove the others.</numerusform>
            <numerusform>%1 publishes %n SPF records, which receivers treat as a permanent error; none was loaded. Publish only the record composed here, and remove the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current record of %1 is not valid SPF (%2); it was not loaded.</source>
        <extracomment>%1 a domain, %2 the technical reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the current record: %1</source>
        <extracomment>%1 why the DNS lookup failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattened: %1. These ranges go stale when the providers change their addresses: refresh them by running this wizard again regularly.</source>
        <extracomment>%1 domains whose SPF include was replaced by the address ranges it listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>could not count: %n lookup(s) failed</source>
        <extracomment>the DNS lookups of the draft could not be counted</extracomment>
        <translation>
            <numerusform>could not count: %n lookup failed</numerusform>
            <numerusform>could not count: %n lookups failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges of the record, one per line:</source>
        <extracomment>the ip4:/ip6: terms of the draft, one per line, shown once includes are flattened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not valid, left out</source>
        <extracomment>%1 a term of the published SPF record that is not valid SPF</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SpfWizard</name>
    <message>
        <source>SPF record wizard</source>
        <extracomment>SPF: Sender Policy Framework, a DNS record listing the servers allowed to send a domain&apos;s mail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the title of a finding about the draft record, %2 its explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::SubmissionTestDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <extracomment>how the connection is secured; STARTTLS is a protocol token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: send a short test message to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test message to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <extracomment>%1 why the workspace could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 an account&apos;s name, %2 its user name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no SMTP account. Add one with: sceau-cli credentials add smtp NAME --host HOST --username USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the submission server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address (local@domain).</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the greeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the server&apos;s extensions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated: the server accepted the account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication refused: the server rejected the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check the password now (temporary failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no password authentication over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS connection could be made: the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not verify: the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <extracomment>%1 TLS version token (tls1_3), %2 cipher suite</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1 (%2), until %3</source>
        <extracomment>%1 certificate subject, %2 its names, %3 its last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH offered: %1</source>
        <extracomment>%1 SASL mechanisms (PLAIN LOGIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH %1: %2 %3</source>
        <extracomment>%1 SASL mechanism, %2 reply code, %3 the server&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::TlsRptWizard</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <extracomment>TLS-RPT is a protocol name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where senders send TLS reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders that fail to deliver over TLS (MTA-STS, DANE) send a daily report to these addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls-reports@example.com
https://reports.example.com/tlsrpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report addresses (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mailto: and https: addresses are used: %1</source>
        <extracomment>%1 addresses; mailto: and https: are URI schemes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::TransportView</name>
    <message>
        <source>Encrypted, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (obsolete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid, %n day(s) left</source>
        <translation>
            <numerusform>valid, %n day left</numerusform>
            <numerusform>valid, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <extracomment>MX preference: lower is tried first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>sending option: opportunistic TLS, what senders do by default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <extracomment>sending option: a message that cannot go encrypted and verified is not sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip verification</source>
        <extracomment>sending option: certificate problems are ignored</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <extracomment>%1 an MX host name whose probe just ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing the mail servers of %1…</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe of %1 canceled.</source>
        <extracomment>%1 a domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no mail (null MX): there is no mail server to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 could not be looked up: could not check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport of %1: score %2/100</source>
        <extracomment>%1 a domain, %2 transport score out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport of %1: no server could be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers could not be tested: the result is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <extracomment>%1 the server&apos;s greeting line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated %1, %2, %3</source>
        <extracomment>%1 protocol version token, %2 cipher suite, %3 key-exchange group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1, issued by %2, for %3, until %4</source>
        <extracomment>%1 certificate subject, %2 issuer, %3 names, %4 last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 %2 bits, signed with %3</source>
        <extracomment>%1 key type (RSA, EC), %2 key size in bits, %3 signature algorithm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tried again %n time(s).</source>
        <translation>
            <numerusform>Tried again %n time.</numerusform>
            <numerusform>Tried again %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <extracomment>%1 what the server or the connection said (not translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail servers and their TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::TrayNotifier</name>
    <message>
        <source>Sceau watches your domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a notification in the status bar: %1 its title, %2 what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sceau::Widgets::WizardLauncher</name>
    <message>
        <source>DKIM keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM keys cannot be opened: %1</source>
        <extracomment>%1 why the workspace (or the keychain behind it) cannot open</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
