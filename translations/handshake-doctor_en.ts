<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Offered versions</source>
        <translation>Offered versions</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Server name (SNI)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Application protocols (ALPN)</source>
        <translation>Application protocols (ALPN)</translation>
    </message>
    <message>
        <source>Key exchange groups</source>
        <translation>Key exchange groups</translation>
    </message>
    <message>
        <source>Offered cipher suites</source>
        <translation>Offered cipher suites</translation>
    </message>
    <message>
        <source>Chosen version</source>
        <translation>Chosen version</translation>
    </message>
    <message>
        <source>Chosen cipher suite</source>
        <translation>Chosen cipher suite</translation>
    </message>
    <message>
        <source>Key exchange group</source>
        <translation>Key exchange group</translation>
    </message>
    <message>
        <source>Application protocol (ALPN)</source>
        <translation>Application protocol (ALPN)</translation>
    </message>
    <message>
        <source>Certificates in the message</source>
        <translation>Certificates in the message</translation>
    </message>
</context>
<context>
    <name>CauseCatalogue</name>
    <message>
        <source>The site&apos;s name cannot be found</source>
        <translation>The site&apos;s name cannot be found</translation>
    </message>
    <message>
        <source>Before connecting, the computer asks DNS for the site&apos;s address. That question got no usable answer, so no connection was even tried.</source>
        <translation>Before connecting, the computer asks DNS for the site&apos;s address. That question got no usable answer, so no connection was even tried.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>Check the spelling of the address.</translation>
    </message>
    <message>
        <source>If it is right, tell the site&apos;s owner that the name has no DNS record (A or AAAA).</source>
        <translation>If it is right, tell the site&apos;s owner that the name has no DNS record (A or AAAA).</translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s network and DNS settings.</source>
        <translation>If other sites fail too, check this computer&apos;s network and DNS settings.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>The server refused the connection</translation>
    </message>
    <message>
        <source>The address answered, but nothing accepts connections on this port. The web server is stopped, listens on another port, or a firewall rejects the connection.</source>
        <translation>The address answered, but nothing accepts connections on this port. The web server is stopped, listens on another port, or a firewall rejects the connection.</translation>
    </message>
    <message>
        <source>Check that the port in the address is right (HTTPS normally uses 443).</source>
        <translation>Check that the port in the address is right (HTTPS normally uses 443).</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner: the HTTPS service is not running or not listening on this port and address.</source>
        <translation>Tell the site&apos;s owner: the HTTPS service is not running or not listening on this port and address.</translation>
    </message>
    <message>
        <source>Site owner: start the service, and check the listen address and the firewall rules.</source>
        <translation>Site owner: start the service, and check the listen address and the firewall rules.</translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached</source>
        <translation>The server&apos;s network cannot be reached</translation>
    </message>
    <message>
        <source>The connection attempt failed before reaching the server: there is no route to its address from here.</source>
        <translation>The connection attempt failed before reaching the server: there is no route to its address from here.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that other sites work.</source>
        <translation>Check that this computer is online and that other sites work.</translation>
    </message>
    <message>
        <source>If the address is IPv6 and this network has no IPv6, ask your network administrator, or try from another network.</source>
        <translation>If the address is IPv6 and this network has no IPv6, ask your network administrator, or try from another network.</translation>
    </message>
    <message>
        <source>A VPN or firewall rule may block this address: ask your network administrator.</source>
        <translation>A VPN or firewall rule may block this address: ask your network administrator.</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back before the time limit. A firewall may silently drop the traffic, or the server is overloaded or hung.</source>
        <translation>The request was sent but no answer came back before the time limit. A firewall may silently drop the traffic, or the server is overloaded or hung.</translation>
    </message>
    <message>
        <source>Try again, and from another network (for example a phone hotspot): if that works, a firewall or proxy on your network blocks the site.</source>
        <translation>Try again, and from another network (for example a phone hotspot): if that works, a firewall or proxy on your network blocks the site.</translation>
    </message>
    <message>
        <source>Ask your network administrator whether outgoing connections to this port are allowed.</source>
        <translation>Ask your network administrator whether outgoing connections to this port are allowed.</translation>
    </message>
    <message>
        <source>If it fails everywhere, tell the site&apos;s owner that the server does not answer on this port.</source>
        <translation>If it fails everywhere, tell the site&apos;s owner that the server does not answer on this port.</translation>
    </message>
    <message>
        <source>This port does not speak TLS</source>
        <translation>This port does not speak TLS</translation>
    </message>
    <message>
        <source>A secure connection starts with a TLS handshake, but the server answered in another protocol. Either the address names the wrong port, or the server is not set up for HTTPS on it.</source>
        <translation>A secure connection starts with a TLS handshake, but the server answered in another protocol. Either the address names the wrong port, or the server is not set up for HTTPS on it.</translation>
    </message>
    <message>
        <source>Check the port: maybe the site uses http:// on this port and https:// on another (usually 443).</source>
        <translation>Check the port: maybe the site uses http:// on this port and https:// on another (usually 443).</translation>
    </message>
    <message>
        <source>Site owner: enable TLS on this port (for example “listen 443 ssl;” in nginx), or move plain HTTP elsewhere.</source>
        <translation>Site owner: enable TLS on this port (for example “listen 443 ssl;” in nginx), or move plain HTTP elsewhere.</translation>
    </message>
    <message>
        <source>The server hung up during the handshake</source>
        <translation>The server hung up during the handshake</translation>
    </message>
    <message>
        <source>The server (or a device in between) dropped the connection in the middle of the TLS handshake without saying why. Common causes: the server has no certificate for this name, it rejects every protocol version or cipher we offered, or a filtering firewall cut the connection.</source>
        <translation>The server (or a device in between) dropped the connection in the middle of the TLS handshake without saying why. Common causes: the server has no certificate for this name, it rejects every protocol version or cipher we offered, or a filtering firewall cut the connection.</translation>
    </message>
    <message>
        <source>Try from another network: if it works there, a firewall or filter on your network cuts TLS connections.</source>
        <translation>Try from another network: if it works there, a firewall or filter on your network cuts TLS connections.</translation>
    </message>
    <message>
        <source>Site owner: check the TLS server&apos;s error log at the time of this test; make sure a certificate is configured for this host name and that TLS 1.2 and 1.3 are enabled.</source>
        <translation>Site owner: check the TLS server&apos;s error log at the time of this test; make sure a certificate is configured for this host name and that TLS 1.2 and 1.3 are enabled.</translation>
    </message>
    <message>
        <source>The server does not know this site name</source>
        <translation>The server does not know this site name</translation>
    </message>
    <message>
        <source>During the handshake the client says which site it wants (SNI). The server answered that it has no site by this name.</source>
        <translation>During the handshake the client says which site it wants (SNI). The server answered that it has no site by this name.</translation>
    </message>
    <message>
        <source>Check that the address is the one the site&apos;s owner published.</source>
        <translation>Check that the address is the one the site&apos;s owner published.</translation>
    </message>
    <message>
        <source>Site owner: add this name to the server&apos;s configuration (server_name / ServerName / virtual host) with a certificate that covers it.</source>
        <translation>Site owner: add this name to the server&apos;s configuration (server_name / ServerName / virtual host) with a certificate that covers it.</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>The server requires a client certificate</translation>
    </message>
    <message>
        <source>This server lets in only clients that prove who they are with a certificate of their own (mutual TLS). Without one, it ends the connection.</source>
        <translation>This server lets in only clients that prove who they are with a certificate of their own (mutual TLS). Without one, it ends the connection.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s owner or your IT department for a client certificate for this service.</source>
        <translation>Ask the site&apos;s owner or your IT department for a client certificate for this service.</translation>
    </message>
    <message>
        <source>Install it in your browser or system certificate store, then connect again and choose it when asked.</source>
        <translation>Install it in your browser or system certificate store, then connect again and choose it when asked.</translation>
    </message>
    <message>
        <source>If the site should be public, tell its owner that client certificates are required by mistake.</source>
        <translation>If the site should be public, tell its owner that client certificates are required by mistake.</translation>
    </message>
    <message>
        <source>The server rejected the handshake</source>
        <translation>The server rejected the handshake</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with an alert: it found nothing acceptable in what the client offered, or its own configuration is broken.</source>
        <translation>The server ended the TLS handshake with an alert: it found nothing acceptable in what the client offered, or its own configuration is broken.</translation>
    </message>
    <message>
        <source>Site owner: look up the alert in the server&apos;s TLS log at the time of this test.</source>
        <translation>Site owner: look up the alert in the server&apos;s TLS log at the time of this test.</translation>
    </message>
    <message>
        <source>Site owner: enable TLS 1.2 and 1.3 with current cipher suites (for example Mozilla&apos;s “intermediate” configuration).</source>
        <translation>Site owner: enable TLS 1.2 and 1.3 with current cipher suites (for example Mozilla&apos;s “intermediate” configuration).</translation>
    </message>
    <message>
        <source>The handshake could not be completed</source>
        <translation>The handshake could not be completed</translation>
    </message>
    <message>
        <source>The server&apos;s handshake messages were malformed or unacceptable, so the connection was stopped on the client side.</source>
        <translation>The server&apos;s handshake messages were malformed or unacceptable, so the connection was stopped on the client side.</translation>
    </message>
    <message>
        <source>Site owner: test the server with a current TLS library and update its TLS software.</source>
        <translation>Site owner: test the server with a current TLS library and update its TLS software.</translation>
    </message>
    <message>
        <source>If only this computer fails, a security product that inspects TLS may be interfering: try another network or computer.</source>
        <translation>If only this computer fails, a security product that inspects TLS may be interfering: try another network or computer.</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>The certificate is self-signed</translation>
    </message>
    <message>
        <source>The site vouches for itself: no certificate authority that this computer trusts has signed its certificate, so anyone could have made it.</source>
        <translation>The site vouches for itself: no certificate authority that this computer trusts has signed its certificate, so anyone could have made it.</translation>
    </message>
    <message>
        <source>Do not enter passwords on this site until this is fixed.</source>
        <translation>Do not enter passwords on this site until this is fixed.</translation>
    </message>
    <message>
        <source>Site owner: replace the certificate with one from a public certificate authority (for example free from Let&apos;s Encrypt).</source>
        <translation>Site owner: replace the certificate with one from a public certificate authority (for example free from Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>On an internal network: have IT install the certificate as trusted on the computers that use it.</source>
        <translation>On an internal network: have IT install the certificate as trusted on the computers that use it.</translation>
    </message>
    <message>
        <source>The certificate comes from an authority this computer does not trust</source>
        <translation>The certificate comes from an authority this computer does not trust</translation>
    </message>
    <message>
        <source>The certificate chain is complete, but it ends at a root certificate that is not in this computer&apos;s list of trusted authorities. This is typical for company-internal authorities.</source>
        <translation>The certificate chain is complete, but it ends at a root certificate that is not in this computer&apos;s list of trusted authorities. This is typical for company-internal authorities.</translation>
    </message>
    <message>
        <source>If this is a company-internal site: ask IT to install the company&apos;s root certificate on this computer.</source>
        <translation>If this is a company-internal site: ask IT to install the company&apos;s root certificate on this computer.</translation>
    </message>
    <message>
        <source>If it is a public site: tell its owner to use a certificate from a publicly trusted authority.</source>
        <translation>If it is a public site: tell its owner to use a certificate from a publicly trusted authority.</translation>
    </message>
    <message>
        <source>Do not install a root certificate because a website asks you to.</source>
        <translation>Do not install a root certificate because a website asks you to.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation>The server does not send its intermediate certificate</translation>
    </message>
    <message>
        <source>A server must send its certificate together with the intermediate certificates that link it to a trusted root. This one leaves one out. Some browsers fetch it themselves and work; other clients (apps, curl, Java, Android, Firefox on first visit) fail.</source>
        <translation>A server must send its certificate together with the intermediate certificates that link it to a trusted root. This one leaves one out. Some browsers fetch it themselves and work; other clients (apps, curl, Java, Android, Firefox on first visit) fail.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner: the server must send the full chain (leaf and intermediates).</source>
        <translation>Tell the site&apos;s owner: the server must send the full chain (leaf and intermediates).</translation>
    </message>
    <message>
        <source>Site owner: configure the “full chain” file from your certificate authority (nginx: ssl_certificate fullchain.pem; Apache: SSLCertificateFile with the chain appended).</source>
        <translation>Site owner: configure the “full chain” file from your certificate authority (nginx: ssl_certificate fullchain.pem; Apache: SSLCertificateFile with the chain appended).</translation>
    </message>
    <message>
        <source>Site owner: reload the server and test again.</source>
        <translation>Site owner: reload the server and test again.</translation>
    </message>
    <message>
        <source>The certificate chain is not valid</source>
        <translation>The certificate chain is not valid</translation>
    </message>
    <message>
        <source>Checking the certificate chain found a problem that makes clients reject it.</source>
        <translation>Checking the certificate chain found a problem that makes clients reject it.</translation>
    </message>
    <message>
        <source>Site owner: reissue or reinstall the certificate and its chain from your certificate authority.</source>
        <translation>Site owner: reissue or reinstall the certificate and its chain from your certificate authority.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>The certificate has expired</translation>
    </message>
    <message>
        <source>Certificates are valid for a limited time. A certificate in this site&apos;s chain is past its end date, so clients reject it.</source>
        <translation>Certificates are valid for a limited time. A certificate in this site&apos;s chain is past its end date, so clients reject it.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Check that this computer&apos;s date and time are correct.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has expired and must be renewed.</source>
        <translation>Tell the site&apos;s owner that the certificate has expired and must be renewed.</translation>
    </message>
    <message>
        <source>Site owner: renew it, install the new certificate with its chain, reload the server, and set up automatic renewal.</source>
        <translation>Site owner: renew it, install the new certificate with its chain, reload the server, and set up automatic renewal.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>The certificate is not valid yet</translation>
    </message>
    <message>
        <source>A certificate in this site&apos;s chain has a start date in the future. Either the server uses a certificate too early, or this computer&apos;s clock is wrong.</source>
        <translation>A certificate in this site&apos;s chain has a start date in the future. Either the server uses a certificate too early, or this computer&apos;s clock is wrong.</translation>
    </message>
    <message>
        <source>Site owner: install a certificate that is valid now, or check the clock of the machine that issued it.</source>
        <translation>Site owner: install a certificate that is valid now, or check the clock of the machine that issued it.</translation>
    </message>
    <message>
        <source>The certificate is for a different name</source>
        <translation>The certificate is for a different name</translation>
    </message>
    <message>
        <source>A certificate lists the site names it may be used for. The name you asked for is not among them, so the client cannot tell it is talking to the right site.</source>
        <translation>A certificate lists the site names it may be used for. The name you asked for is not among them, so the client cannot tell it is talking to the right site.</translation>
    </message>
    <message>
        <source>Check the address: maybe the site is meant to be reached under another name (for example with or without www.).</source>
        <translation>Check the address: maybe the site is meant to be reached under another name (for example with or without www.).</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which name you used and which names the certificate covers.</source>
        <translation>Tell the site&apos;s owner which name you used and which names the certificate covers.</translation>
    </message>
    <message>
        <source>Site owner: get a certificate that includes this name as a Subject Alternative Name, or redirect to a covered name.</source>
        <translation>Site owner: get a certificate that includes this name as a Subject Alternative Name, or redirect to a covered name.</translation>
    </message>
    <message>
        <source>The certificate lacks a Subject Alternative Name</source>
        <translation>The certificate lacks a Subject Alternative Name</translation>
    </message>
    <message>
        <source>The site&apos;s name appears only in the certificate&apos;s old “common name” field. Current browsers and libraries only look at the Subject Alternative Name extension, so they reject it.</source>
        <translation>The site&apos;s name appears only in the certificate&apos;s old “common name” field. Current browsers and libraries only look at the Subject Alternative Name extension, so they reject it.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate must list the host name as a Subject Alternative Name (SAN).</source>
        <translation>Tell the site&apos;s owner that the certificate must list the host name as a Subject Alternative Name (SAN).</translation>
    </message>
    <message>
        <source>Site owner: reissue the certificate with subjectAltName = DNS:&lt;host name&gt; (public authorities do this automatically).</source>
        <translation>Site owner: reissue the certificate with subjectAltName = DNS:&lt;host name&gt; (public authorities do this automatically).</translation>
    </message>
    <message>
        <source>The certificate is not meant for web servers</source>
        <translation>The certificate is not meant for web servers</translation>
    </message>
    <message>
        <source>A certificate&apos;s “extended key usage” says what it may be used for. This one does not allow use by a TLS server, so clients reject it.</source>
        <translation>A certificate&apos;s “extended key usage” says what it may be used for. This one does not allow use by a TLS server, so clients reject it.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate was issued for another purpose (for example client login or code signing).</source>
        <translation>Tell the site&apos;s owner that the certificate was issued for another purpose (for example client login or code signing).</translation>
    </message>
    <message>
        <source>Site owner: reissue it with extended key usage “serverAuth” (TLS Web Server Authentication).</source>
        <translation>Site owner: reissue it with extended key usage “serverAuth” (TLS Web Server Authentication).</translation>
    </message>
    <message>
        <source>The certificate uses an obsolete signature</source>
        <translation>The certificate uses an obsolete signature</translation>
    </message>
    <message>
        <source>The certificate is signed with SHA-1 or MD5. These hash functions are broken: forged certificates with the same signature are possible, so current clients refuse them.</source>
        <translation>The certificate is signed with SHA-1 or MD5. These hash functions are broken: forged certificates with the same signature are possible, so current clients refuse them.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has an obsolete SHA-1/MD5 signature.</source>
        <translation>Tell the site&apos;s owner that the certificate has an obsolete SHA-1/MD5 signature.</translation>
    </message>
    <message>
        <source>Site owner: reissue the certificate (and any internal intermediate) with SHA-256 or better.</source>
        <translation>Site owner: reissue the certificate (and any internal intermediate) with SHA-256 or better.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>The certificate&apos;s key is too short</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key is too small to be safe (RSA below 2048 bits or elliptic curve below 256 bits). Current clients refuse such keys.</source>
        <translation>The certificate&apos;s public key is too small to be safe (RSA below 2048 bits or elliptic curve below 256 bits). Current clients refuse such keys.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate&apos;s key is too short.</source>
        <translation>Tell the site&apos;s owner that the certificate&apos;s key is too short.</translation>
    </message>
    <message>
        <source>Site owner: create a new key (RSA 2048 bits or more, or ECDSA P-256) and a new certificate for it.</source>
        <translation>Site owner: create a new key (RSA 2048 bits or more, or ECDSA P-256) and a new certificate for it.</translation>
    </message>
    <message>
        <source>The extra CA file could not be used</source>
        <translation>The extra CA file could not be used</translation>
    </message>
    <message>
        <source>You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system&apos;s trusted authorities.</source>
        <translation>You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system&apos;s trusted authorities.</translation>
    </message>
    <message>
        <source>Check the file&apos;s path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).</source>
        <translation>Check the file&apos;s path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>The secure connection works, but the web server does not answer</source>
        <translation>The secure connection works, but the web server does not answer</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the HTTP request sent over it got no answer.</source>
        <translation>The TLS handshake succeeded, but the HTTP request sent over it got no answer.</translation>
    </message>
    <message>
        <source>Site owner: check the web application behind the TLS server (proxy backend, application logs).</source>
        <translation>Site owner: check the web application behind the TLS server (proxy backend, application logs).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>You (this computer)</source>
        <translation>You (this computer)</translation>
    </message>
    <message>
        <source>The site&apos;s administrator</source>
        <translation>The site&apos;s administrator</translation>
    </message>
    <message>
        <source>Your network administrator</source>
        <translation>Your network administrator</translation>
    </message>
    <message>
        <source>The site&apos;s certificate</source>
        <translation>The site&apos;s certificate</translation>
    </message>
    <message>
        <source>The root certificate</source>
        <translation>The root certificate</translation>
    </message>
    <message>
        <source>The intermediate certificate</source>
        <translation>The intermediate certificate</translation>
    </message>
    <message>
        <source>the sender is closing the connection normally.</source>
        <translation>the sender is closing the connection normally.</translation>
    </message>
    <message>
        <source>a message arrived that was not expected at this point.</source>
        <translation>a message arrived that was not expected at this point.</translation>
    </message>
    <message>
        <source>a record could not be decrypted or verified.</source>
        <translation>a record could not be decrypted or verified.</translation>
    </message>
    <message>
        <source>no acceptable set of security parameters was found (protocol version, cipher suite or certificate).</source>
        <translation>no acceptable set of security parameters was found (protocol version, cipher suite or certificate).</translation>
    </message>
    <message>
        <source>a certificate was corrupt or its signature did not verify.</source>
        <translation>a certificate was corrupt or its signature did not verify.</translation>
    </message>
    <message>
        <source>a certificate was of an unsupported type.</source>
        <translation>a certificate was of an unsupported type.</translation>
    </message>
    <message>
        <source>a certificate was revoked by its issuer.</source>
        <translation>a certificate was revoked by its issuer.</translation>
    </message>
    <message>
        <source>a certificate has expired or is not yet valid.</source>
        <translation>a certificate has expired or is not yet valid.</translation>
    </message>
    <message>
        <source>a certificate was not accepted for another reason.</source>
        <translation>a certificate was not accepted for another reason.</translation>
    </message>
    <message>
        <source>a field in the handshake was out of range or inconsistent.</source>
        <translation>a field in the handshake was out of range or inconsistent.</translation>
    </message>
    <message>
        <source>a certificate&apos;s authority is not trusted.</source>
        <translation>a certificate&apos;s authority is not trusted.</translation>
    </message>
    <message>
        <source>the peer is not allowed to connect.</source>
        <translation>the peer is not allowed to connect.</translation>
    </message>
    <message>
        <source>a message could not be decoded.</source>
        <translation>a message could not be decoded.</translation>
    </message>
    <message>
        <source>a handshake signature or check failed.</source>
        <translation>a handshake signature or check failed.</translation>
    </message>
    <message>
        <source>the protocol version offered is not supported by the other side.</source>
        <translation>the protocol version offered is not supported by the other side.</translation>
    </message>
    <message>
        <source>the other side requires stronger cipher suites than offered.</source>
        <translation>the other side requires stronger cipher suites than offered.</translation>
    </message>
    <message>
        <source>the sender had an internal error unrelated to the peer.</source>
        <translation>the sender had an internal error unrelated to the peer.</translation>
    </message>
    <message>
        <source>a version downgrade was detected and refused.</source>
        <translation>a version downgrade was detected and refused.</translation>
    </message>
    <message>
        <source>the sender cancelled the handshake.</source>
        <translation>the sender cancelled the handshake.</translation>
    </message>
    <message>
        <source>a required extension was missing.</source>
        <translation>a required extension was missing.</translation>
    </message>
    <message>
        <source>an extension was sent that the other side does not allow.</source>
        <translation>an extension was sent that the other side does not allow.</translation>
    </message>
    <message>
        <source>the server has no site for the requested name (SNI).</source>
        <translation>the server has no site for the requested name (SNI).</translation>
    </message>
    <message>
        <source>the certificate status (OCSP) response was invalid.</source>
        <translation>the certificate status (OCSP) response was invalid.</translation>
    </message>
    <message>
        <source>the pre-shared key identity is unknown.</source>
        <translation>the pre-shared key identity is unknown.</translation>
    </message>
    <message>
        <source>a client certificate is required but none was provided.</source>
        <translation>a client certificate is required but none was provided.</translation>
    </message>
    <message>
        <source>no application protocol (ALPN) in common.</source>
        <translation>no application protocol (ALPN) in common.</translation>
    </message>
    <message>
        <source>an alert without a standard meaning.</source>
        <translation>an alert without a standard meaning.</translation>
    </message>
    <message>
        <source>No answer from the name server for “%1” before the time limit.</source>
        <translation>No answer from the name server for “%1” before the time limit.</translation>
    </message>
    <message>
        <source>The name “%1” does not exist in DNS (%2).</source>
        <translation>The name “%1” does not exist in DNS (%2).</translation>
    </message>
    <message>
        <source>Looking up “%1” failed: %2.</source>
        <translation>Looking up “%1” failed: %2.</translation>
    </message>
    <message>
        <source>%1 port %2 refused the connection: nothing is listening there, or a firewall rejects it.</source>
        <translation>%1 port %2 refused the connection: nothing is listening there, or a firewall rejects it.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 failed: %3.</source>
        <translation>Connecting to %1 port %2 failed: %3.</translation>
    </message>
    <message>
        <source>No answer to the TCP connection request to %1 port %2 within %3 s.</source>
        <translation>No answer to the TCP connection request to %1 port %2 within %3 s.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server did not answer the HTTP request within %1 s.</source>
        <translation>The TLS handshake succeeded, but the server did not answer the HTTP request within %1 s.</translation>
    </message>
    <message>
        <source>The TCP connection to %1 port %2 opened, but after %3 the server sent nothing for %4 s.</source>
        <translation>The TCP connection to %1 port %2 opened, but after %3 the server sent nothing for %4 s.</translation>
    </message>
    <message>
        <source>The server reset the connection (TCP RST) right after %1, without a TLS alert.</source>
        <translation>The server reset the connection (TCP RST) right after %1, without a TLS alert.</translation>
    </message>
    <message>
        <source>The server closed the connection right after %1, without a TLS alert.</source>
        <translation>The server closed the connection right after %1, without a TLS alert.</translation>
    </message>
    <message>
        <source>The server&apos;s first bytes were “%1”, which is not a TLS record.</source>
        <translation>The server&apos;s first bytes were “%1”, which is not a TLS record.</translation>
    </message>
    <message>
        <source>This port speaks plain HTTP (unencrypted), not HTTPS.</source>
        <translation>This port speaks plain HTTP (unencrypted), not HTTPS.</translation>
    </message>
    <message>
        <source>This port speaks %1, not TLS.</source>
        <translation>This port speaks %1, not TLS.</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” expired on %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>%1 “%2” expired on %3 (%n day(s) ago).</numerusform>
            <numerusform>%1 “%2” expired on %3 (%n day(s) ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” becomes valid only on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 “%2” becomes valid only on %3 (in %n day(s)).</numerusform>
            <numerusform>%1 “%2” becomes valid only on %3 (in %n day(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>You asked for “%1”, but the certificate is valid only for: %2.</source>
        <translation>You asked for “%1”, but the certificate is valid only for: %2.</translation>
    </message>
    <message>
        <source>The certificate covers the www. name but not the bare domain “%1”.</source>
        <translation>The certificate covers the www. name but not the bare domain “%1”.</translation>
    </message>
    <message>
        <source>The certificate covers the bare domain but not “%1”.</source>
        <translation>The certificate covers the bare domain but not “%1”.</translation>
    </message>
    <message>
        <source>A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.</source>
        <translation>A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.</translation>
    </message>
    <message>
        <source>A wildcard like “%1” does not cover the bare domain “%2” itself.</source>
        <translation>A wildcard like “%1” does not cover the bare domain “%2” itself.</translation>
    </message>
    <message>
        <source>The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.</source>
        <translation>The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.</translation>
    </message>
    <message>
        <source>The certificate “%1” is signed by itself and is not in this computer&apos;s trust store.</source>
        <translation>The certificate “%1” is signed by itself and is not in this computer&apos;s trust store.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>The chain ends at the root “%1”, which is not in this computer&apos;s trust store.</source>
        <translation>The chain ends at the root “%1”, which is not in this computer&apos;s trust store.</translation>
    </message>
    <message>
        <source>The root was downloaded from the address in the certificate (%1).</source>
        <translation>The root was downloaded from the address in the certificate (%1).</translation>
    </message>
    <message>
        <source>The server did not send this root, and it could not be found anywhere else.</source>
        <translation>The server did not send this root, and it could not be found anywhere else.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.</source>
        <translation>
            <numerusform>The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.</numerusform>
            <numerusform>The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded the missing certificate from %1 (the certificate&apos;s AIA caIssuers address): with it the chain is complete.</source>
        <translation>Downloaded the missing certificate from %1 (the certificate&apos;s AIA caIssuers address): with it the chain is complete.</translation>
    </message>
    <message>
        <source>Could not download it from %1: %2.</source>
        <translation>Could not download it from %1: %2.</translation>
    </message>
    <message>
        <source>%1 “%2” is signed with %3.</source>
        <translation>%1 “%2” is signed with %3.</translation>
    </message>
    <message>
        <source>%1 “%2” has a %3 key of only %4 bits.</source>
        <translation>%1 “%2” has a %3 key of only %4 bits.</translation>
    </message>
    <message>
        <source>The certificate “%1” is only allowed for: %2. A web server&apos;s certificate needs “serverAuth” (TLS Web Server Authentication).</source>
        <translation>The certificate “%1” is only allowed for: %2. A web server&apos;s certificate needs “serverAuth” (TLS Web Server Authentication).</translation>
    </message>
    <message>
        <source>The server asked for a client certificate (CertificateRequest), none was sent, and it ended the connection with “%1”.</source>
        <translation>The server asked for a client certificate (CertificateRequest), none was sent, and it ended the connection with “%1”.</translation>
    </message>
    <message>
        <source>no alert</source>
        <translation>no alert</translation>
    </message>
    <message>
        <source>Client certificates it accepts are issued by: %1.</source>
        <translation>Client certificates it accepts are issued by: %1.</translation>
    </message>
    <message>
        <source>The server answered the requested name “%1” (sent as SNI) with the alert unrecognized_name (%2).</source>
        <translation>The server answered the requested name “%1” (sent as SNI) with the alert unrecognized_name (%2).</translation>
    </message>
    <message>
        <source>The server ended the handshake after %1 with the alert “%2”: %3</source>
        <translation>The server ended the handshake after %1 with the alert “%2”: %3</translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation>Certificate check: %1</translation>
    </message>
    <message>
        <source>The handshake stopped on our side after %1: %2</source>
        <translation>The handshake stopped on our side after %1: %2</translation>
    </message>
    <message>
        <source>The CA file “%1” could not be used: %2.</source>
        <translation>The CA file “%1” could not be used: %2.</translation>
    </message>
    <message>
        <source>After the handshake, the HTTP request got no answer: %1.</source>
        <translation>After the handshake, the HTTP request got no answer: %1.</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Missing: not sent, not found</source>
        <translation>Missing: not sent, not found</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Self-signed</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Untrusted</translation>
    </message>
    <message>
        <source>Wrong name</source>
        <translation>Wrong name</translation>
    </message>
    <message>
        <source>Not for web servers</source>
        <translation>Not for web servers</translation>
    </message>
    <message>
        <source>Weak signature</source>
        <translation>Weak signature</translation>
    </message>
    <message>
        <source>Weak key</source>
        <translation>Weak key</translation>
    </message>
    <message>
        <source>Missing, fetched from AIA</source>
        <translation>Missing, fetched from AIA</translation>
    </message>
    <message>
        <source>Not part of the chain</source>
        <translation>Not part of the chain</translation>
    </message>
    <message>
        <source>Valid, trusted root</source>
        <translation>Valid, trusted root</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Sent by the server</translation>
    </message>
    <message>
        <source>Downloaded (AIA)</source>
        <translation>Downloaded (AIA)</translation>
    </message>
    <message>
        <source>This computer&apos;s trust store</source>
        <translation>This computer&apos;s trust store</translation>
    </message>
    <message numerus="yes">
        <source>not valid yet: starts in %n day(s)</source>
        <translation>
            <numerusform>not valid yet: starts in %n day(s)</numerusform>
            <numerusform>not valid yet: starts in %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>expired today</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day(s) ago</numerusform>
            <numerusform>expired %n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day(s)</numerusform>
            <numerusform>expires in %n day(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try “handshake-doctor-cli --help”.</source>
        <translation>Try “handshake-doctor-cli --help”.</translation>
    </message>
    <message>
        <source>Explains why a TLS connection to a URL fails, and how to fix it.</source>
        <translation>Explains why a TLS connection to a URL fails, and how to fix it.</translation>
    </message>
    <message>
        <source>The site to diagnose: a host name, host:port, or https:// URL.</source>
        <translation>The site to diagnose: a host name, host:port, or https:// URL.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Also trust the CA certificates in this PEM file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use only the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation>Use only the CA certificates in this PEM file instead of the system&apos;s.</translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HOST:PORT instead of looking it up.</source>
        <translation>Connect to ADDRESS for HOST:PORT instead of looking it up.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 10).</source>
        <translation>Give up after this many seconds (default 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Report language: en or zh_CN (default: the system&apos;s).</source>
        <translation>Report language: en or zh_CN (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Do not download missing intermediate certificates.</source>
        <translation>Do not download missing intermediate certificates.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation>Unknown language “%1”: use en or zh_CN.</translation>
    </message>
    <message>
        <source>Name the site to diagnose.</source>
        <translation>Name the site to diagnose.</translation>
    </message>
    <message>
        <source>Name exactly one site to diagnose.</source>
        <translation>Name exactly one site to diagnose.</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds between 0 and 600.</source>
        <translation>The timeout must be a number of seconds between 0 and 600.</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”.</source>
        <translation>Cannot read the file “%1”.</translation>
    </message>
    <message>
        <source>--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10.</source>
        <translation>--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10.</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>→ sent by this computer</source>
        <translation>→ sent by this computer</translation>
    </message>
    <message>
        <source>← received from the server</source>
        <translation>← received from the server</translation>
    </message>
    <message>
        <source>Address override (Options)</source>
        <translation>Address override (Options)</translation>
    </message>
    <message>
        <source>IP address, no lookup</source>
        <translation>IP address, no lookup</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>fatal: the connection ends</source>
        <translation>fatal: the connection ends</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>Cipher suite</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Key exchange</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Application protocol (ALPN)</source>
        <translation>Application protocol (ALPN)</translation>
    </message>
    <message>
        <source>Last message before the failure</source>
        <translation>Last message before the failure</translation>
    </message>
    <message>
        <source>TLS library error</source>
        <translation>TLS library error</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Trusted roots loaded</source>
        <translation>Trusted roots loaded</translation>
    </message>
    <message>
        <source>Extra CA file problem</source>
        <translation>Extra CA file problem</translation>
    </message>
    <message>
        <source>Missing issuer of</source>
        <translation>Missing issuer of</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Names (SAN)</translation>
    </message>
    <message>
        <source>none: no Subject Alternative Name</source>
        <translation>none: no Subject Alternative Name</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signature algorithm</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Key usage</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Extended key usage</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Self-signed</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 fingerprint</translation>
    </message>
    <message>
        <source>Issuer certificate (AIA)</source>
        <translation>Issuer certificate (AIA)</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>OCSP responder</translation>
    </message>
    <message>
        <source>Revocation list (CRL)</source>
        <translation>Revocation list (CRL)</translation>
    </message>
    <message>
        <source>The server did not send this certificate, and it could not be downloaded or found in this computer&apos;s trust store. Without it, nobody can check the certificates below it.</source>
        <translation>The server did not send this certificate, and it could not be downloaded or found in this computer&apos;s trust store. Without it, nobody can check the certificates below it.</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>Enter a web address and press Diagnose to find out why a secure connection fails.</source>
        <translation>Enter a web address and press Diagnose to find out why a secure connection fails.</translation>
    </message>
    <message>
        <source>Diagnosing %1…</source>
        <translation>Diagnosing %1…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Works, with warnings</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled before it finished. The results below are incomplete.</source>
        <translation>The diagnosis was cancelled before it finished. The results below are incomplete.</translation>
    </message>
    <message>
        <source>The secure connection to %1 works. No problems found.</source>
        <translation>The secure connection to %1 works. No problems found.</translation>
    </message>
    <message>
        <source>The connection works, but: %1. %2</source>
        <translation>The connection works, but: %1. %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>finished in %1</source>
        <translation>finished in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) below.</source>
        <translation>
            <numerusform>%n more problem(s) below.</numerusform>
            <numerusform>%n more problem(s) below.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can fix this on this computer.</source>
        <translation>You can fix this on this computer.</translation>
    </message>
    <message>
        <source>Only the site&apos;s owner can fix this.</source>
        <translation>Only the site&apos;s owner can fix this.</translation>
    </message>
    <message>
        <source>Your network administrator can fix this.</source>
        <translation>Your network administrator can fix this.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <source>What to check, and what to tell the site&apos;s owner</source>
        <translation>What to check, and what to tell the site&apos;s owner</translation>
    </message>
    <message>
        <source>What to check, and what to ask your network administrator</source>
        <translation>What to check, and what to ask your network administrator</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Handshake Doctor report for %1</source>
        <translation>Handshake Doctor report for %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Checked: %1</translation>
    </message>
    <message>
        <source>Server address: %1 port %2</source>
        <translation>Server address: %1 port %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 [%3]</translation>
    </message>
    <message>
        <source>Who fixes it: %1</source>
        <translation>Who fixes it: %1</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Failing step: %1 (%2)</source>
        <translation>Failing step: %1 (%2)</translation>
    </message>
    <message>
        <source>Connection: %1, %2</source>
        <translation>Connection: %1, %2</translation>
    </message>
    <message>
        <source>Made with Handshake Doctor %1</source>
        <translation>Made with Handshake Doctor %1</translation>
    </message>
</context>
<context>
    <name>StepDescriber</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Name lookup (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP connection</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alert: %1</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>%1 alert: %2</translation>
    </message>
    <message>
        <source>Secure connection established</source>
        <translation>Secure connection established</translation>
    </message>
    <message>
        <source>The server sent an alert</source>
        <translation>The server sent an alert</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>The server closed the connection</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>The connection was reset</translation>
    </message>
    <message>
        <source>The answer is not TLS</source>
        <translation>The answer is not TLS</translation>
    </message>
    <message>
        <source>No answer before the time limit</source>
        <translation>No answer before the time limit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Stopped by the client: %1</source>
        <translation>Stopped by the client: %1</translation>
    </message>
    <message>
        <source>Handshake failed</source>
        <translation>Handshake failed</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Certificate check</translation>
    </message>
    <message>
        <source>The chain leads to a trusted root</source>
        <translation>The chain leads to a trusted root</translation>
    </message>
    <message>
        <source>Download missing issuer</source>
        <translation>Download missing issuer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP request</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: no answer (%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>%1 → %2 (address given by you)</source>
        <translation>%1 → %2 (address given by you)</translation>
    </message>
    <message>
        <source>%1 is an IP address: no lookup needed</source>
        <translation>%1 is an IP address: no lookup needed</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 refused the connection</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>No answer from %1</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2)</source>
        <translation>Could not connect to %1 (%2)</translation>
    </message>
    <message>
        <source>Switch to encrypted records (TLS 1.2 and older; a compatibility no-op in TLS 1.3)</source>
        <translation>Switch to encrypted records (TLS 1.2 and older; a compatibility no-op in TLS 1.3)</translation>
    </message>
    <message>
        <source>The server asks the client to retry with key share %1</source>
        <translation>The server asks the client to retry with key share %1</translation>
    </message>
    <message numerus="yes">
        <source>Offers %1 with %n cipher suite(s)</source>
        <translation>
            <numerusform>Offers %1 with %n cipher suite(s)</numerusform>
            <numerusform>Offers %1 with %n cipher suite(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>no SNI</source>
        <translation>no SNI</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
    <message>
        <source>Chooses %1 with %2</source>
        <translation>Chooses %1 with %2</translation>
    </message>
    <message>
        <source>key exchange %1</source>
        <translation>key exchange %1</translation>
    </message>
    <message>
        <source>Further server parameters, encrypted</source>
        <translation>Further server parameters, encrypted</translation>
    </message>
    <message>
        <source>The client&apos;s certificate (empty: the client has none)</source>
        <translation>The client&apos;s certificate (empty: the client has none)</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate chain: %n certificate(s)</source>
        <translation>
            <numerusform>The server&apos;s certificate chain: %n certificate(s)</numerusform>
            <numerusform>The server&apos;s certificate chain: %n certificate(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s key exchange parameters, signed</source>
        <translation>The server&apos;s key exchange parameters, signed</translation>
    </message>
    <message>
        <source>The server asks the client for a certificate</source>
        <translation>The server asks the client for a certificate</translation>
    </message>
    <message>
        <source>The server has sent its part of the hello</source>
        <translation>The server has sent its part of the hello</translation>
    </message>
    <message>
        <source>Proof of possession of the certificate&apos;s private key</source>
        <translation>Proof of possession of the certificate&apos;s private key</translation>
    </message>
    <message>
        <source>The client&apos;s key exchange share</source>
        <translation>The client&apos;s key exchange share</translation>
    </message>
    <message>
        <source>Integrity check over the whole handshake</source>
        <translation>Integrity check over the whole handshake</translation>
    </message>
    <message>
        <source>A ticket to resume the session later</source>
        <translation>A ticket to resume the session later</translation>
    </message>
    <message>
        <source>Stapled OCSP revocation status</source>
        <translation>Stapled OCSP revocation status</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>Enter a web address, for example example.com or https://example.com:8443/.</source>
        <translation>Enter a web address, for example example.com or https://example.com:8443/.</translation>
    </message>
    <message>
        <source>“%1:” is not an address this tool can test. Use an https:// address or a host name.</source>
        <translation>“%1:” is not an address this tool can test. Use an https:// address or a host name.</translation>
    </message>
    <message>
        <source>The address contains spaces or invisible control characters. Remove them and try again.</source>
        <translation>The address contains spaces or invisible control characters. Remove them and try again.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port. A port is a number from 1 to 65535.</source>
        <translation>“%1” is not a valid port. A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address. Write IPv6 addresses in brackets, for example [2001:db8::1]:443.</source>
        <translation>“%1” is not a valid IPv6 address. Write IPv6 addresses in brackets, for example [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>The host name is too long: a host name has at most 253 characters.</source>
        <translation>The host name is too long: a host name has at most 253 characters.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name. Host names use letters, digits, hyphens and dots.</source>
        <translation>“%1” is not a valid host name. Host names use letters, digits, hyphens and dots.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>sent by the server</source>
        <translation>sent by the server</translation>
    </message>
    <message>
        <source>downloaded from the issuer&apos;s address (AIA)</source>
        <translation>downloaded from the issuer&apos;s address (AIA)</translation>
    </message>
    <message>
        <source>from this computer&apos;s trust store</source>
        <translation>from this computer&apos;s trust store</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valid: %1 to %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Names: %1</translation>
    </message>
    <message>
        <source>Key: %1; signature: %2</source>
        <translation>Key: %1; signature: %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Diagnosis cancelled.</source>
        <translation>Diagnosis cancelled.</translation>
    </message>
    <message>
        <source>The secure connection works: no problems found.</source>
        <translation>The secure connection works: no problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more finding(s))</source>
        <translation>
            <numerusform>%1 (and %n more finding(s))</numerusform>
            <numerusform>%1 (and %n more finding(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Handshake Doctor %1: %2</source>
        <translation>Handshake Doctor %1: %2</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Verdict: %1. %2</translation>
    </message>
    <message>
        <source>Findings (root cause first)</source>
        <translation>Findings (root cause first)</translation>
    </message>
    <message>
        <source>Who fixes it: %1</source>
        <translation>Who fixes it: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>How to fix:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Certificates sent by the server</source>
        <translation>Certificates sent by the server</translation>
    </message>
    <message>
        <source>Chain as built by this computer</source>
        <translation>Chain as built by this computer</translation>
    </message>
    <message>
        <source>Finished in %1 ms.</source>
        <translation>Finished in %1 ms.</translation>
    </message>
</context>
</TS>
