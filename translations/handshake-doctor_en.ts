<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>No answer from the name server for “%1” before the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” does not exist in DNS (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up “%1” failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 refused the connection: nothing is listening there, or a firewall rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the TCP connection request to %1 port %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server did not answer the HTTP request within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP connection to %1 port %2 opened, but after %3 the server sent nothing for %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reset the connection (TCP RST) right after %1, without a TLS alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection right after %1, without a TLS alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s first bytes were “%1”, which is not a TLS record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port speaks plain HTTP (unencrypted), not HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port speaks %1, not TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” expired on %3 (%n day(s) ago).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” becomes valid only on %3 (in %n day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You asked for “%1”, but the certificate is valid only for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covers the www. name but not the bare domain “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covers the bare domain but not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard like “%1” does not cover the bare domain “%2” itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” is signed by itself and is not in this computer&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at the root “%1”, which is not in this computer&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root was downloaded from the address in the certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send this root, and it could not be found anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded the missing certificate from %1 (the certificate&apos;s AIA caIssuers address): with it the chain is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download it from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is signed with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” has a %3 key of only %4 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” is only allowed for: %2. A web server&apos;s certificate needs “serverAuth” (TLS Web Server Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a client certificate (CertificateRequest), none was sent, and it ended the connection with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates it accepts are issued by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the requested name “%1” (sent as SNI) with the alert unrecognized_name (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the handshake after %1 with the alert “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake stopped on our side after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” could not be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the handshake, the HTTP request got no answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (address given by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address: no lookup needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to encrypted records (TLS 1.2 and older; a compatibility no-op in TLS 1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks the client to retry with key share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offers %1 with %n cipher suite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no SNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further server parameters, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s certificate (empty: the client has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate chain: %n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s key exchange parameters, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks the client for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has sent its part of the hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of possession of the certificate&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s key exchange share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check over the whole handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket to resume the session later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapled OCSP revocation status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CauseCatalogue</name>
    <message>
        <source>The site&apos;s name cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before connecting, the computer asks DNS for the site&apos;s address. That question got no usable answer, so no connection was even tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is right, tell the site&apos;s owner that the name has no DNS record (A or AAAA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s network and DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address answered, but nothing accepts connections on this port. The web server is stopped, listens on another port, or a firewall rejects the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the port in the address is right (HTTPS normally uses 443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner: the HTTPS service is not running or not listening on this port and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: start the service, and check the listen address and the firewall rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection attempt failed before reaching the server: there is no route to its address from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is online and that other sites work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the address is IPv6 and this network has no IPv6, ask your network administrator, or try from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN or firewall rule may block this address: ask your network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but no answer came back before the time limit. A firewall may silently drop the traffic, or the server is overloaded or hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, and from another network (for example a phone hotspot): if that works, a firewall or proxy on your network blocks the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network administrator whether outgoing connections to this port are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it fails everywhere, tell the site&apos;s owner that the server does not answer on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port does not speak TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection starts with a TLS handshake, but the server answered in another protocol. Either the address names the wrong port, or the server is not set up for HTTPS on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port: maybe the site uses http:// on this port and https:// on another (usually 443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: enable TLS on this port (for example “listen 443 ssl;” in nginx), or move plain HTTP elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hung up during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (or a device in between) dropped the connection in the middle of the TLS handshake without saying why. Common causes: the server has no certificate for this name, it rejects every protocol version or cipher we offered, or a filtering firewall cut the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network: if it works there, a firewall or filter on your network cuts TLS connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: check the TLS server&apos;s error log at the time of this test; make sure a certificate is configured for this host name and that TLS 1.2 and 1.3 are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the handshake the client says which site it wants (SNI). The server answered that it has no site by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address is the one the site&apos;s owner published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: add this name to the server&apos;s configuration (server_name / ServerName / virtual host) with a certificate that covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server lets in only clients that prove who they are with a certificate of their own (mutual TLS). Without one, it ends the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the site&apos;s owner or your IT department for a client certificate for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it in your browser or system certificate store, then connect again and choose it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the site should be public, tell its owner that client certificates are required by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with an alert: it found nothing acceptable in what the client offered, or its own configuration is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: look up the alert in the server&apos;s TLS log at the time of this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: enable TLS 1.2 and 1.3 with current cipher suites (for example Mozilla&apos;s “intermediate” configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s handshake messages were malformed or unacceptable, so the connection was stopped on the client side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: test the server with a current TLS library and update its TLS software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only this computer fails, a security product that inspects TLS may be interfering: try another network or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site vouches for itself: no certificate authority that this computer trusts has signed its certificate, so anyone could have made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not enter passwords on this site until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: replace the certificate with one from a public certificate authority (for example free from Let&apos;s Encrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an internal network: have IT install the certificate as trusted on the computers that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate comes from an authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain is complete, but it ends at a root certificate that is not in this computer&apos;s list of trusted authorities. This is typical for company-internal authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a company-internal site: ask IT to install the company&apos;s root certificate on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is a public site: tell its owner to use a certificate from a publicly trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not install a root certificate because a website asks you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server must send its certificate together with the intermediate certificates that link it to a trusted root. This one leaves one out. Some browsers fetch it themselves and work; other clients (apps, curl, Java, Android, Firefox on first visit) fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner: the server must send the full chain (leaf and intermediates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: configure the “full chain” file from your certificate authority (nginx: ssl_certificate fullchain.pem; Apache: SSLCertificateFile with the chain appended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: reload the server and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificate chain found a problem that makes clients reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: reissue or reinstall the certificate and its chain from your certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are valid for a limited time. A certificate in this site&apos;s chain is past its end date, so clients reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has expired and must be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: renew it, install the new certificate with its chain, reload the server, and set up automatic renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in this site&apos;s chain has a start date in the future. Either the server uses a certificate too early, or this computer&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: install a certificate that is valid now, or check the clock of the machine that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for a different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate lists the site names it may be used for. The name you asked for is not among them, so the client cannot tell it is talking to the right site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address: maybe the site is meant to be reached under another name (for example with or without www.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which name you used and which names the certificate covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: get a certificate that includes this name as a Subject Alternative Name, or redirect to a covered name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate lacks a Subject Alternative Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name appears only in the certificate&apos;s old “common name” field. Current browsers and libraries only look at the Subject Alternative Name extension, so they reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate must list the host name as a Subject Alternative Name (SAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: reissue the certificate with subjectAltName = DNS:&lt;host name&gt; (public authorities do this automatically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not meant for web servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate&apos;s “extended key usage” says what it may be used for. This one does not allow use by a TLS server, so clients reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate was issued for another purpose (for example client login or code signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: reissue it with extended key usage “serverAuth” (TLS Web Server Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate uses an obsolete signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is signed with SHA-1 or MD5. These hash functions are broken: forged certificates with the same signature are possible, so current clients refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has an obsolete SHA-1/MD5 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: reissue the certificate (and any internal intermediate) with SHA-256 or better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s public key is too small to be safe (RSA below 2048 bits or elliptic curve below 256 bits). Current clients refuse such keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate&apos;s key is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: create a new key (RSA 2048 bits or more, or ECDSA P-256) and a new certificate for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra CA file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system&apos;s trusted authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection works, but the web server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the HTTP request sent over it got no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner: check the web application behind the TLS server (proxy backend, application logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your network administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intermediate certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender is closing the connection normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message arrived that was not expected at this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record could not be decrypted or verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acceptable set of security parameters was found (protocol version, cipher suite or certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was corrupt or its signature did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was of an unsupported type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate has expired or is not yet valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was not accepted for another reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field in the handshake was out of range or inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate&apos;s authority is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer is not allowed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handshake signature or check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol version offered is not supported by the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side requires stronger cipher suites than offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender had an internal error unrelated to the peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version downgrade was detected and refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender cancelled the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required extension was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension was sent that the other side does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no site for the requested name (SNI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate status (OCSP) response was invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-shared key identity is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate is required but none was provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application protocol (ALPN) in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert without a standard meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try “handshake-doctor-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains why a TLS connection to a URL fails, and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site to diagnose: a host name, host:port, or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT instead of looking it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not download missing intermediate certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the site to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one site to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDescriber</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer before the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain leads to a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download missing issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>Enter a web address, for example example.com or https://example.com:8443/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” is not an address this tool can test. Use an https:// address or a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains spaces or invisible control characters. Remove them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid port. A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address. Write IPv6 addresses in brackets, for example [2001:db8::1]:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is too long: a host name has at most 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name. Host names use letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded from the issuer&apos;s address (AIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this computer&apos;s trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1; signature: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection works: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more finding(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake Doctor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (root cause first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fixes it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain as built by this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
