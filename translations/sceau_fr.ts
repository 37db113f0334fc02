<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <source>No SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no TXT record beginning with “v=spf1”. Receivers cannot tell which servers may send mail for it, and SPF evaluates to “none”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish one SPF record listing your senders, ending with “-all” or “~all”; the SPF wizard builds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several SPF records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 TXT records beginning with “v=spf1”. Receivers must then return “permerror”: SPF fails for every message.</source>
        <extracomment>%1 domain, %2 number of records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into a single record and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record published</source>
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
        <source>Mail exchangers published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n MX record(s).</source>
        <extracomment>%1 domain, %2 number of MX records</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>DKIM key published for selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key record exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is published at %1: signatures made with this selector cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selector&apos;s public key, or check the selector&apos;s spelling.</source>
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
        <source>Audit each domain&apos;s SPF, DMARC, MX and DKIM selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selector to check (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more domains from this file, one per line (# starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — score %2/100</source>
        <extracomment>%1 domain, %2 score out of 100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n lookup(s) failed: some checks could not be made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>--selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
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
</context>
<context>
    <name>Sceau::Gui</name>
    <message>
        <source>Domain to check at start.</source>
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
        <source>Sceau — email sender security</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>Sceau::Widgets::SettingsDialog</name>
    <message>
        <source>&amp;System resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;These nameservers:</source>
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
</context>
</TS>
