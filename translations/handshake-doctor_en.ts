<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
            <numerusform>%1 “%2” expired on %3 (%n day ago).</numerusform>
            <numerusform>%1 “%2” expired on %3 (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” becomes valid only on %3 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 “%2” becomes valid only on %3 (in %n day).</numerusform>
            <numerusform>%1 “%2” becomes valid only on %3 (in %n days).</numerusform>
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
            <numerusform>The server sent %n certificate, but not the intermediate “%1” that issued “%2”.</numerusform>
            <numerusform>The server sent %n certificates, but not the intermediate “%1” that issued “%2”.</numerusform>
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
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock says %1; the server&apos;s clock (its HTTP Date header) says %2.</source>
        <translation>This computer&apos;s clock says %1; the server&apos;s clock (its HTTP Date header) says %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation>This computer&apos;s clock is %1 ahead of the server&apos;s.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s.</source>
        <translation>This computer&apos;s clock is %1 behind the server&apos;s.</translation>
    </message>
    <message>
        <source>With the server&apos;s time, %1 “%2” is valid until %3: it only looks expired because of this computer&apos;s clock.</source>
        <translation>With the server&apos;s time, %1 “%2” is valid until %3: it only looks expired because of this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>With the server&apos;s time, %1 “%2” is valid since %3: it only looks not yet valid because of this computer&apos;s clock.</source>
        <translation>With the server&apos;s time, %1 “%2” is valid since %3: it only looks not yet valid because of this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>By the server&apos;s time, %1 “%2” expired on %3; this computer&apos;s clock hides that.</source>
        <translation>By the server&apos;s time, %1 “%2” expired on %3; this computer&apos;s clock hides that.</translation>
    </message>
    <message>
        <source>By the server&apos;s time, %1 “%2” is not valid before %3.</source>
        <translation>By the server&apos;s time, %1 “%2” is not valid before %3.</translation>
    </message>
    <message>
        <source>No certificate&apos;s validity depends on which clock is right.</source>
        <translation>No certificate&apos;s validity depends on which clock is right.</translation>
    </message>
    <message>
        <source>it ends the handshake (%1)</source>
        <translation>it ends the handshake (%1)</translation>
    </message>
    <message>
        <source>it sends “%1”, valid only for: %2</source>
        <translation>it sends “%1”, valid only for: %2</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>no names</translation>
    </message>
    <message>
        <source>With the name “%1” sent as SNI, the server sends “%2”; without SNI %3.</source>
        <translation>With the name “%1” sent as SNI, the server sends “%2”; without SNI %3.</translation>
    </message>
    <message>
        <source>For a name it does not host (“%1”), %2.</source>
        <translation>For a name it does not host (“%1”), %2.</translation>
    </message>
    <message>
        <source>the OCSP response stapled by the server</source>
        <translation>the OCSP response stapled by the server</translation>
    </message>
    <message>
        <source>the OCSP responder %1</source>
        <translation>the OCSP responder %1</translation>
    </message>
    <message>
        <source>the revocation list (CRL) %1</source>
        <translation>the revocation list (CRL) %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>its private key was compromised (keyCompromise)</source>
        <translation>its private key was compromised (keyCompromise)</translation>
    </message>
    <message>
        <source>the issuing authority was compromised (cACompromise)</source>
        <translation>the issuing authority was compromised (cACompromise)</translation>
    </message>
    <message>
        <source>the owner&apos;s details changed (affiliationChanged)</source>
        <translation>the owner&apos;s details changed (affiliationChanged)</translation>
    </message>
    <message>
        <source>it was replaced by a new certificate (superseded)</source>
        <translation>it was replaced by a new certificate (superseded)</translation>
    </message>
    <message>
        <source>it is no longer in use (cessationOfOperation)</source>
        <translation>it is no longer in use (cessationOfOperation)</translation>
    </message>
    <message>
        <source>it is suspended for now (certificateHold)</source>
        <translation>it is suspended for now (certificateHold)</translation>
    </message>
    <message>
        <source>the owner&apos;s rights were withdrawn (privilegeWithdrawn)</source>
        <translation>the owner&apos;s rights were withdrawn (privilegeWithdrawn)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <source>According to %1, “%2” (serial %3) was revoked on %4; reason: %5.</source>
        <translation>According to %1, “%2” (serial %3) was revoked on %4; reason: %5.</translation>
    </message>
    <message>
        <source>Still “good” according to %1: sources are updated at different times.</source>
        <translation>Still “good” according to %1: sources are updated at different times.</translation>
    </message>
    <message>
        <source>the responder does not know this certificate (status “unknown”)</source>
        <translation>the responder does not know this certificate (status “unknown”)</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>no answer within the time limit</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>the address cannot be reached</source>
        <translation>the address cannot be reached</translation>
    </message>
    <message>
        <source>the answer was HTTP status %1</source>
        <translation>the answer was HTTP status %1</translation>
    </message>
    <message>
        <source>the list is too large to check here (over 4 MB)</source>
        <translation>the list is too large to check here (over 4 MB)</translation>
    </message>
    <message>
        <source>the answer is not a valid OCSP response or revocation list</source>
        <translation>the answer is not a valid OCSP response or revocation list</translation>
    </message>
    <message>
        <source>the answer is not signed by the certificate&apos;s issuer</source>
        <translation>the answer is not signed by the certificate&apos;s issuer</translation>
    </message>
    <message>
        <source>the answer is about a different certificate</source>
        <translation>the answer is about a different certificate</translation>
    </message>
    <message>
        <source>the list comes from a different authority than the certificate</source>
        <translation>the list comes from a different authority than the certificate</translation>
    </message>
    <message>
        <source>the answer is out of date (it was valid until %1)</source>
        <translation>the answer is out of date (it was valid until %1)</translation>
    </message>
    <message>
        <source>the answer is dated in the future (%1)</source>
        <translation>the answer is dated in the future (%1)</translation>
    </message>
    <message>
        <source>the responder answered with the error “%1”</source>
        <translation>the responder answered with the error “%1”</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>the connection failed (%1)</translation>
    </message>
    <message>
        <source>The OCSP response stapled by the server cannot be used: %1.</source>
        <translation>The OCSP response stapled by the server cannot be used: %1.</translation>
    </message>
    <message>
        <source>The certificate names the OCSP responder %1, but the server stapled no response to the handshake.</source>
        <translation>The certificate names the OCSP responder %1, but the server stapled no response to the handshake.</translation>
    </message>
    <message>
        <source>Checking %1: %2.</source>
        <translation>Checking %1: %2.</translation>
    </message>
    <message>
        <source>The Strict-Transport-Security header “%1” is not valid (no usable max-age, or a directive given twice), so browsers ignore it.</source>
        <translation>The Strict-Transport-Security header “%1” is not valid (no usable max-age, or a directive given twice), so browsers ignore it.</translation>
    </message>
    <message>
        <source>The Strict-Transport-Security header “%1” has max-age=0, which tells browsers to forget the policy.</source>
        <translation>The Strict-Transport-Security header “%1” has max-age=0, which tells browsers to forget the policy.</translation>
    </message>
    <message>
        <source>The answer to %1 (%2) has no Strict-Transport-Security header.</source>
        <translation>The answer to %1 (%2) has no Strict-Transport-Security header.</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>style sheet</source>
        <translation>style sheet</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>frame</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>plug-in content</source>
        <translation>plug-in content</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message numerus="yes">
        <source>The page %1 loads %n resource(s) over unencrypted http://.</source>
        <translation>
            <numerusform>The page %1 loads %n resource over unencrypted http://.</numerusform>
            <numerusform>The page %1 loads %n resources over unencrypted http://.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent unencrypted when submitted: %1 %2</source>
        <translation>Sent unencrypted when submitted: %1 %2</translation>
    </message>
    <message>
        <source>Blocked by browsers: %1 %2</source>
        <translation>Blocked by browsers: %1 %2</translation>
    </message>
    <message>
        <source>Loaded with a “not secure” warning: %1 %2</source>
        <translation>Loaded with a “not secure” warning: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain ends at the root “%1”, which this computer trusts but which is not one of the %n public roots of Mozilla&apos;s root program.</source>
        <translation>
            <numerusform>The chain ends at the root “%1”, which this computer trusts but which is not one of the %n public roots of Mozilla&apos;s root program.</numerusform>
            <numerusform>The chain ends at the root “%1”, which this computer trusts but which is not one of the %n public roots of Mozilla&apos;s root program.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name suggests that %1 installed it to inspect encrypted connections.</source>
        <translation>Its name suggests that %1 installed it to inspect encrypted connections.</translation>
    </message>
    <message>
        <source>Roots like this are installed by antivirus programs that scan HTTPS, by company proxies and by TLS inspection devices.</source>
        <translation>Roots like this are installed by antivirus programs that scan HTTPS, by company proxies and by TLS inspection devices.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>The server still accepts %1, which is broken (POODLE) and which no current client uses, next to %2.</source>
        <translation>The server still accepts %1, which is broken (POODLE) and which no current client uses, next to %2.</translation>
    </message>
    <message>
        <source>The newest protocol version the server accepts is %1; current browsers and libraries require TLS 1.2 or newer.</source>
        <translation>The newest protocol version the server accepts is %1; current browsers and libraries require TLS 1.2 or newer.</translation>
    </message>
    <message>
        <source>Versions it accepts: %1.</source>
        <translation>Versions it accepts: %1.</translation>
    </message>
    <message>
        <source>Clients that cannot connect: %1.</source>
        <translation>Clients that cannot connect: %1.</translation>
    </message>
    <message>
        <source>The server accepts only TLS 1.3 (suites: %1) and refuses TLS 1.2, 1.1 and 1.0.</source>
        <translation>The server accepts only TLS 1.3 (suites: %1) and refuses TLS 1.2, 1.1 and 1.0.</translation>
    </message>
    <message>
        <source>No cipher suite in common with: %1.</source>
        <translation>No cipher suite in common with: %1.</translation>
    </message>
    <message>
        <source>At %1 the server accepts only: %2.</source>
        <translation>At %1 the server accepts only: %2.</translation>
    </message>
    <message>
        <source>Elliptic-curve groups it accepts: %1.</source>
        <translation>Elliptic-curve groups it accepts: %1.</translation>
    </message>
    <message>
        <source>no encryption at all</source>
        <translation>no encryption at all</translation>
    </message>
    <message>
        <source>no server authentication, so anyone in between can pose as the server</source>
        <translation>no server authentication, so anyone in between can pose as the server</translation>
    </message>
    <message>
        <source>export-grade keys, breakable within hours (FREAK, Logjam)</source>
        <translation>export-grade keys, breakable within hours (FREAK, Logjam)</translation>
    </message>
    <message>
        <source>RC4, whose biases reveal plaintext (RFC 7465 forbids it)</source>
        <translation>RC4, whose biases reveal plaintext (RFC 7465 forbids it)</translation>
    </message>
    <message>
        <source>single DES with 56-bit keys, broken by brute force</source>
        <translation>single DES with 56-bit keys, broken by brute force</translation>
    </message>
    <message>
        <source>3DES with 64-bit blocks, open to the Sweet32 attack</source>
        <translation>3DES with 64-bit blocks, open to the Sweet32 attack</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>At %1 the server offers only CBC suites with SHA-1 and no AES-GCM or ChaCha20-Poly1305: these are open to padding-oracle attacks such as Lucky Thirteen.</source>
        <translation>At %1 the server offers only CBC suites with SHA-1 and no AES-GCM or ChaCha20-Poly1305: these are open to padding-oracle attacks such as Lucky Thirteen.</translation>
    </message>
    <message>
        <source>At %1 none of the server&apos;s suites has forward secrecy: whoever obtains the server&apos;s private key later can decrypt recorded traffic.</source>
        <translation>At %1 none of the server&apos;s suites has forward secrecy: whoever obtains the server&apos;s private key later can decrypt recorded traffic.</translation>
    </message>
    <message>
        <source>At %1 the server prefers %2, which has no forward secrecy, to its suites that have it.</source>
        <translation>At %1 the server prefers %2, which has no forward secrecy, to its suites that have it.</translation>
    </message>
    <message>
        <source>The server&apos;s Diffie-Hellman group has %1 bits; at least 2048 are needed.</source>
        <translation>The server&apos;s Diffie-Hellman group has %1 bits; at least 2048 are needed.</translation>
    </message>
    <message>
        <source>Groups this small are refused by current clients and can be broken with modest computing power.</source>
        <translation>Groups this small are refused by current clients and can be broken with modest computing power.</translation>
    </message>
    <message>
        <source>Suites that use it: %1.</source>
        <translation>Suites that use it: %1.</translation>
    </message>
    <message>
        <source>Clients that refuse it and fail: %1.</source>
        <translation>Clients that refuse it and fail: %1.</translation>
    </message>
    <message>
        <source>Clients with elliptic-curve key exchange (%1) do not use it.</source>
        <translation>Clients with elliptic-curve key exchange (%1) do not use it.</translation>
    </message>
    <message>
        <source>The server speaks outdated protocol versions</source>
        <translation>The server speaks outdated protocol versions</translation>
    </message>
    <message>
        <source>SSL 3.0, TLS 1.0 and TLS 1.1 are obsolete (RFC 7568, RFC 8996): current browsers, Android, Java and OpenSSL refuse them. A server whose newest version is one of these cannot be reached by up-to-date clients; one that still accepts SSL 3.0 next to newer versions exposes old clients to downgrade attacks.</source>
        <translation>SSL 3.0, TLS 1.0 and TLS 1.1 are obsolete (RFC 7568, RFC 8996): current browsers, Android, Java and OpenSSL refuse them. A server whose newest version is one of these cannot be reached by up-to-date clients; one that still accepts SSL 3.0 next to newer versions exposes old clients to downgrade attacks.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the server must support TLS 1.2 and TLS 1.3.</source>
        <translation>Tell the site&apos;s owner that the server must support TLS 1.2 and TLS 1.3.</translation>
    </message>
    <message>
        <source>Site owner: enable them in the server&apos;s TLS settings (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), updating the TLS library or the server software if it cannot.</source>
        <translation>Site owner: enable them in the server&apos;s TLS settings (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), updating the TLS library or the server software if it cannot.</translation>
    </message>
    <message>
        <source>Site owner: switch off SSL 3.0, and TLS 1.0 and 1.1 once no client you need depends on them.</source>
        <translation>Site owner: switch off SSL 3.0, and TLS 1.0 and 1.1 once no client you need depends on them.</translation>
    </message>
    <message>
        <source>Until then, do not lower your own client&apos;s security settings to get in: the connection would not be safe.</source>
        <translation>Until then, do not lower your own client&apos;s security settings to get in: the connection would not be safe.</translation>
    </message>
    <message>
        <source>The server has no cipher suite in common with current clients</source>
        <translation>The server has no cipher suite in common with current clients</translation>
    </message>
    <message>
        <source>Client and server must agree on a cipher suite (how the connection is encrypted). Everything this server accepts is obsolete or unusual, so current browsers find nothing they support and stop; Chrome shows ERR_SSL_VERSION_OR_CIPHER_MISMATCH.</source>
        <translation>Client and server must agree on a cipher suite (how the connection is encrypted). Everything this server accepts is obsolete or unusual, so current browsers find nothing they support and stop; Chrome shows ERR_SSL_VERSION_OR_CIPHER_MISMATCH.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which suites the server accepts (listed below) and that current clients support none of them.</source>
        <translation>Tell the site&apos;s owner which suites the server accepts (listed below) and that current clients support none of them.</translation>
    </message>
    <message>
        <source>Site owner: enable TLS 1.3, and for TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305 (Mozilla&apos;s “intermediate” configuration is a good start).</source>
        <translation>Site owner: enable TLS 1.3, and for TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305 (Mozilla&apos;s “intermediate” configuration is a good start).</translation>
    </message>
    <message>
        <source>Site owner: if the server cannot offer them, update its TLS library or server software.</source>
        <translation>Site owner: if the server cannot offer them, update its TLS library or server software.</translation>
    </message>
    <message>
        <source>A security product or proxy is inspecting this connection</source>
        <translation>A security product or proxy is inspecting this connection</translation>
    </message>
    <message>
        <source>The certificate chain does not end at a root of the public web but at one that was added to this computer&apos;s trust store. Antivirus programs that scan HTTPS, company proxies and TLS inspection devices do this: they decrypt the traffic, inspect it, and encrypt it again with certificates of their own. What you see is their certificate, not the site&apos;s, so the site&apos;s own certificate problems (or their absence) are hidden.</source>
        <translation>The certificate chain does not end at a root of the public web but at one that was added to this computer&apos;s trust store. Antivirus programs that scan HTTPS, company proxies and TLS inspection devices do this: they decrypt the traffic, inspect it, and encrypt it again with certificates of their own. What you see is their certificate, not the site&apos;s, so the site&apos;s own certificate problems (or their absence) are hidden.</translation>
    </message>
    <message>
        <source>If you know and trust the product (your employer&apos;s proxy, your antivirus), this is expected; to see the site&apos;s real certificate, test from another network or with the product&apos;s HTTPS scanning turned off.</source>
        <translation>If you know and trust the product (your employer&apos;s proxy, your antivirus), this is expected; to see the site&apos;s real certificate, test from another network or with the product&apos;s HTTPS scanning turned off.</translation>
    </message>
    <message>
        <source>If you do not know who installed this root, remove it from the trust store and check the computer for unwanted software.</source>
        <translation>If you do not know who installed this root, remove it from the trust store and check the computer for unwanted software.</translation>
    </message>
    <message>
        <source>Network administrator: exempt sites that break under inspection (certificate pinning, client certificates) from TLS inspection.</source>
        <translation>Network administrator: exempt sites that break under inspection (certificate pinning, client certificates) from TLS inspection.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock does not match the server&apos;s</source>
        <translation>This computer&apos;s clock does not match the server&apos;s</translation>
    </message>
    <message>
        <source>Certificates are valid only between two dates, and a client judges them by its own clock. This computer&apos;s clock and the server&apos;s differ by more than five minutes. When the computer&apos;s clock is wrong, valid certificates look expired or not yet valid, and other secure sites fail as well.</source>
        <translation>Certificates are valid only between two dates, and a client judges them by its own clock. This computer&apos;s clock and the server&apos;s differ by more than five minutes. When the computer&apos;s clock is wrong, valid certificates look expired or not yet valid, and other secure sites fail as well.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date, time and time zone correctly, preferably automatically (Windows: Settings → Time &amp; language → Set time automatically; macOS and Linux: turn on network time).</source>
        <translation>Set this computer&apos;s date, time and time zone correctly, preferably automatically (Windows: Settings → Time &amp; language → Set time automatically; macOS and Linux: turn on network time).</translation>
    </message>
    <message>
        <source>If this computer&apos;s clock is right, the server&apos;s clock is wrong: tell the site&apos;s owner to synchronise it (NTP).</source>
        <translation>If this computer&apos;s clock is right, the server&apos;s clock is wrong: tell the site&apos;s owner to synchronise it (NTP).</translation>
    </message>
    <message>
        <source>Then run the diagnosis again.</source>
        <translation>Then run the diagnosis again.</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>The certificate has been revoked</translation>
    </message>
    <message>
        <source>Do not enter passwords or personal data on this site until this is fixed.</source>
        <translation>Do not enter passwords or personal data on this site until this is fixed.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate has been revoked.</source>
        <translation>Tell the site&apos;s owner that the certificate has been revoked.</translation>
    </message>
    <message>
        <source>Site owner: if the server staples OCSP, make sure it staples a fresh response for the new certificate.</source>
        <translation>Site owner: if the server staples OCSP, make sure it staples a fresh response for the new certificate.</translation>
    </message>
    <message>
        <source>Clients that do not send the site&apos;s name get the wrong certificate</source>
        <translation>Clients that do not send the site&apos;s name get the wrong certificate</translation>
    </message>
    <message>
        <source>A server that hosts several sites on one address chooses the certificate by the name the client sends in the handshake (SNI). Current browsers always send it, but some old or minimal clients (Android 2, Windows XP, Java 6, some scripts, monitoring tools and devices) do not. This server answers them with a certificate that is not valid for this site, or not at all, so they fail.</source>
        <translation>A server that hosts several sites on one address chooses the certificate by the name the client sends in the handshake (SNI). Current browsers always send it, but some old or minimal clients (Android 2, Windows XP, Java 6, some scripts, monitoring tools and devices) do not. This server answers them with a certificate that is not valid for this site, or not at all, so they fail.</translation>
    </message>
    <message>
        <source>Site owner: make this site&apos;s certificate the default on this address and port (nginx: default_server; Apache: the first virtual host), or add its names to the default certificate.</source>
        <translation>Site owner: make this site&apos;s certificate the default on this address and port (nginx: default_server; Apache: the first virtual host), or add its names to the default certificate.</translation>
    </message>
    <message>
        <source>If an old client of yours fails here: update it or its TLS library; SNI has been standard for many years.</source>
        <translation>If an old client of yours fails here: update it or its TLS library; SNI has been standard for many years.</translation>
    </message>
    <message>
        <source>The server accepts only TLS 1.3</source>
        <translation>The server accepts only TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.3 is the best version there is, but clients that stop at TLS 1.2 cannot connect: the server answers them with the alert protocol_version. Among them are Windows 7 and 8.1, Java 8, Android 9 and older, and older curl, Python and embedded devices.</source>
        <translation>TLS 1.3 is the best version there is, but clients that stop at TLS 1.2 cannot connect: the server answers them with the alert protocol_version. Among them are Windows 7 and 8.1, Java 8, Android 9 and older, and older curl, Python and embedded devices.</translation>
    </message>
    <message>
        <source>Site owner: if older clients must connect, also enable TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305 suites (Mozilla&apos;s “intermediate” configuration).</source>
        <translation>Site owner: if older clients must connect, also enable TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305 suites (Mozilla&apos;s “intermediate” configuration).</translation>
    </message>
    <message>
        <source>Site owner: if only current clients matter, this can stay as it is.</source>
        <translation>Site owner: if only current clients matter, this can stay as it is.</translation>
    </message>
    <message>
        <source>If your own client fails here: update its operating system, Java or app to one that speaks TLS 1.3.</source>
        <translation>If your own client fails here: update its operating system, Java or app to one that speaks TLS 1.3.</translation>
    </message>
    <message>
        <source>The server accepts weak cipher suites</source>
        <translation>The server accepts weak cipher suites</translation>
    </message>
    <message>
        <source>Some of the encryption this server agrees to is weak: broken ciphers, no encryption at all, or key exchange without forward secrecy. Current browsers avoid these suites, but older or badly configured clients may end up with them, and then their traffic can be read.</source>
        <translation>Some of the encryption this server agrees to is weak: broken ciphers, no encryption at all, or key exchange without forward secrecy. Current browsers avoid these suites, but older or badly configured clients may end up with them, and then their traffic can be read.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner which suites are weak and why (listed below).</source>
        <translation>Tell the site&apos;s owner which suites are weak and why (listed below).</translation>
    </message>
    <message>
        <source>Site owner: remove them from the server&apos;s cipher list and prefer ECDHE with AES-GCM or ChaCha20-Poly1305 (nginx: ssl_ciphers; Apache: SSLCipherSuite; see Mozilla&apos;s “intermediate” configuration).</source>
        <translation>Site owner: remove them from the server&apos;s cipher list and prefer ECDHE with AES-GCM or ChaCha20-Poly1305 (nginx: ssl_ciphers; Apache: SSLCipherSuite; see Mozilla&apos;s “intermediate” configuration).</translation>
    </message>
    <message>
        <source>Site owner: test again afterwards to make sure the older clients you need still connect.</source>
        <translation>Site owner: test again afterwards to make sure the older clients you need still connect.</translation>
    </message>
    <message>
        <source>The server&apos;s Diffie-Hellman group is too small</source>
        <translation>The server&apos;s Diffie-Hellman group is too small</translation>
    </message>
    <message>
        <source>For DHE cipher suites the server uses a finite-field Diffie-Hellman group smaller than 2048 bits. 1024-bit groups, often one of a few well-known ones, can be broken by precomputation (Logjam); smaller ones by almost anyone. Clients with strict settings, such as OpenSSL 3 at security level 2, refuse groups under 2048 bits.</source>
        <translation>For DHE cipher suites the server uses a finite-field Diffie-Hellman group smaller than 2048 bits. 1024-bit groups, often one of a few well-known ones, can be broken by precomputation (Logjam); smaller ones by almost anyone. Clients with strict settings, such as OpenSSL 3 at security level 2, refuse groups under 2048 bits.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner the size of the server&apos;s DH group (shown below).</source>
        <translation>Tell the site&apos;s owner the size of the server&apos;s DH group (shown below).</translation>
    </message>
    <message>
        <source>Site owner: use a group of 2048 bits or more, for example ffdhe2048 from RFC 7919 (nginx: ssl_dhparam; Apache: SSLOpenSSLConfCmd DHParameters), or drop DHE suites in favour of ECDHE.</source>
        <translation>Site owner: use a group of 2048 bits or more, for example ffdhe2048 from RFC 7919 (nginx: ssl_dhparam; Apache: SSLOpenSSLConfCmd DHParameters), or drop DHE suites in favour of ECDHE.</translation>
    </message>
    <message>
        <source>Site owner: software with a fixed DH size (Java 7, Apache 2.2 and similar) needs an update.</source>
        <translation>Site owner: software with a fixed DH size (Java 7, Apache 2.2 and similar) needs an update.</translation>
    </message>
    <message>
        <source>The secure page loads content over unencrypted HTTP</source>
        <translation>The secure page loads content over unencrypted HTTP</translation>
    </message>
    <message>
        <source>The page itself comes over HTTPS, but it loads resources from http:// addresses, which anyone on the network can read or change. Browsers block active content (scripts, style sheets, frames, plug-ins), so parts of the page break; images, audio and video still load but the page is marked as not fully secure, and forms would send their data unencrypted.</source>
        <translation>The page itself comes over HTTPS, but it loads resources from http:// addresses, which anyone on the network can read or change. Browsers block active content (scripts, style sheets, frames, plug-ins), so parts of the page break; images, audio and video still load but the page is marked as not fully secure, and forms would send their data unencrypted.</translation>
    </message>
    <message>
        <source>Site owner: to catch any that are left, send the header “Content-Security-Policy: upgrade-insecure-requests”.</source>
        <translation>Site owner: to catch any that are left, send the header “Content-Security-Policy: upgrade-insecure-requests”.</translation>
    </message>
    <message>
        <source>Site owner: if a resource&apos;s server has no HTTPS, serve a copy from your own site.</source>
        <translation>Site owner: if a resource&apos;s server has no HTTPS, serve a copy from your own site.</translation>
    </message>
    <message>
        <source>The server staples an unusable OCSP response</source>
        <translation>The server staples an unusable OCSP response</translation>
    </message>
    <message>
        <source>The server attaches (staples) its certificate authority&apos;s signed revocation status to the handshake, so that clients need not ask the authority themselves. This one cannot be relied on. Strict clients such as Firefox refuse a connection whose stapled response is out of date or invalid.</source>
        <translation>The server attaches (staples) its certificate authority&apos;s signed revocation status to the handshake, so that clients need not ask the authority themselves. This one cannot be relied on. Strict clients such as Firefox refuse a connection whose stapled response is out of date or invalid.</translation>
    </message>
    <message>
        <source>Site owner: check the server&apos;s OCSP stapling settings and that the server can reach the authority&apos;s OCSP responder (nginx: ssl_stapling, ssl_stapling_verify and a resolver; Apache: SSLUseStapling and SSLStaplingCache).</source>
        <translation>Site owner: check the server&apos;s OCSP stapling settings and that the server can reach the authority&apos;s OCSP responder (nginx: ssl_stapling, ssl_stapling_verify and a resolver; Apache: SSLUseStapling and SSLStaplingCache).</translation>
    </message>
    <message>
        <source>Site owner: reload the server so that it fetches a fresh response.</source>
        <translation>Site owner: reload the server so that it fetches a fresh response.</translation>
    </message>
    <message>
        <source>The server does not staple OCSP</source>
        <translation>The server does not staple OCSP</translation>
    </message>
    <message>
        <source>The certificate names an OCSP responder where clients can ask whether it has been revoked. The server could attach (staple) a recent answer to the handshake but does not, so clients must ask the authority themselves: that is slower, tells the authority which sites are visited, and is skipped when the responder cannot be reached.</source>
        <translation>The certificate names an OCSP responder where clients can ask whether it has been revoked. The server could attach (staple) a recent answer to the handshake but does not, so clients must ask the authority themselves: that is slower, tells the authority which sites are visited, and is skipped when the responder cannot be reached.</translation>
    </message>
    <message>
        <source>Site owner: turn on OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on; Apache: SSLUseStapling on with an SSLStaplingCache).</source>
        <translation>Site owner: turn on OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on; Apache: SSLUseStapling on with an SSLStaplingCache).</translation>
    </message>
    <message>
        <source>The certificate&apos;s revocation status could not be checked</source>
        <translation>The certificate&apos;s revocation status could not be checked</translation>
    </message>
    <message>
        <source>The certificate names places where clients can check whether it has been revoked. At least one of them gave no usable answer. Most browsers then carry on without the check, so this does not block the site; the usual causes are a firewall that blocks plain HTTP to these addresses, or a failing server at the certificate authority.</source>
        <translation>The certificate names places where clients can check whether it has been revoked. At least one of them gave no usable answer. Most browsers then carry on without the check, so this does not block the site; the usual causes are a firewall that blocks plain HTTP to these addresses, or a failing server at the certificate authority.</translation>
    </message>
    <message>
        <source>On a company network: ask the network administrator to allow plain HTTP (port 80) to the addresses listed under evidence.</source>
        <translation>On a company network: ask the network administrator to allow plain HTTP (port 80) to the addresses listed under evidence.</translation>
    </message>
    <message>
        <source>If an address answered with an error or an invalid answer: tell the site&apos;s owner, who can report it to the certificate authority.</source>
        <translation>If an address answered with an error or an invalid answer: tell the site&apos;s owner, who can report it to the certificate authority.</translation>
    </message>
    <message>
        <source>Site owner: turn on OCSP stapling, so that clients do not need to reach the responder themselves.</source>
        <translation>Site owner: turn on OCSP stapling, so that clients do not need to reach the responder themselves.</translation>
    </message>
    <message>
        <source>The site does not tell browsers to always use HTTPS (HSTS)</source>
        <translation>The site does not tell browsers to always use HTTPS (HSTS)</translation>
    </message>
    <message>
        <source>With the Strict-Transport-Security header a site tells browsers to use only HTTPS for it from then on. Without it, a visitor who types the bare name or follows an old http:// link first makes an unencrypted request, which an attacker on the same network can intercept and redirect (SSL stripping).</source>
        <translation>With the Strict-Transport-Security header a site tells browsers to use only HTTPS for it from then on. Without it, a visitor who types the bare name or follows an old http:// link first makes an unencrypted request, which an attacker on the same network can intercept and redirect (SSL stripping).</translation>
    </message>
    <message>
        <source>Site owner: send “Strict-Transport-Security: max-age=31536000; includeSubDomains” with every HTTPS response (nginx: add_header … always; Apache: Header always set …).</source>
        <translation>Site owner: send “Strict-Transport-Security: max-age=31536000; includeSubDomains” with every HTTPS response (nginx: add_header … always; Apache: Header always set …).</translation>
    </message>
    <message>
        <source>Site owner: start with a short max-age (for example 300 seconds) and raise it once every subdomain works over HTTPS.</source>
        <translation>Site owner: start with a short max-age (for example 300 seconds) and raise it once every subdomain works over HTTPS.</translation>
    </message>
    <message>
        <source>Site owner: change the http:// addresses listed as evidence to https:// (or to relative addresses), the blocked ones first.</source>
        <translation>Site owner: change the http:// addresses listed as evidence to https:// (or to relative addresses), the blocked ones first.</translation>
    </message>
    <message>
        <source>This site&apos;s certificate expired today</source>
        <translation>This site&apos;s certificate expired today</translation>
    </message>
    <message>
        <source>A certificate in this site&apos;s chain expired today</source>
        <translation>A certificate in this site&apos;s chain expired today</translation>
    </message>
    <message numerus="yes">
        <source>This site&apos;s certificate expired %n day(s) ago</source>
        <translation>
            <numerusform>This site&apos;s certificate expired %n day ago</numerusform>
            <numerusform>This site&apos;s certificate expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A certificate in this site&apos;s chain expired %n day(s) ago</source>
        <translation>
            <numerusform>A certificate in this site&apos;s chain expired %n day ago</numerusform>
            <numerusform>A certificate in this site&apos;s chain expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This site&apos;s certificate becomes valid only in %n day(s)</source>
        <translation>
            <numerusform>This site&apos;s certificate becomes valid only in %n day</numerusform>
            <numerusform>This site&apos;s certificate becomes valid only in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2</source>
        <translation>The certificate is for %1, not for %2</translation>
    </message>
    <message>
        <source>The certificate comes from “%1”, an authority this computer does not trust</source>
        <translation>The certificate comes from “%1”, an authority this computer does not trust</translation>
    </message>
    <message>
        <source>The server does not send the intermediate certificate “%1”</source>
        <translation>The server does not send the intermediate certificate “%1”</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 port %2</source>
        <translation>Nothing accepts connections on %1 port %2</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>The name %1 does not exist</translation>
    </message>
    <message>
        <source>%1 port %2 does not answer</source>
        <translation>%1 port %2 does not answer</translation>
    </message>
    <message>
        <source>The server accepts the connection but never answers the TLS handshake</source>
        <translation>The server accepts the connection but never answers the TLS handshake</translation>
    </message>
    <message>
        <source>The server has no site called %1</source>
        <translation>The server has no site called %1</translation>
    </message>
    <message>
        <source>Ask your IT department whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.</source>
        <translation>Ask your IT department whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.</translation>
    </message>
    <message>
        <source>The server did not answer extra connections while others were open (it reset them or left them waiting), so the checks went one connection at a time.</source>
        <translation>The server did not answer extra connections while others were open (it reset them or left them waiting), so the checks went one connection at a time.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped answering new connections %n time(s) for a while; the checks then waited %1 ms between connections.</source>
        <translation>
            <numerusform>It stopped answering new connections %n time for a while; the checks then waited %1 ms between connections.</numerusform>
            <numerusform>It stopped answering new connections %n times for a while; the checks then waited %1 ms between connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks made %1 connections in all, at most %2 at once.</source>
        <translation>The checks made %1 connections in all, at most %2 at once.</translation>
    </message>
    <message>
        <source>The server limits how many connections a client may open</source>
        <translation>The server limits how many connections a client may open</translation>
    </message>
    <message>
        <source>To learn which versions and cipher suites the server accepts, this program opens a few extra connections. The server limited them: it serves one connection at a time, resets extra ones, or allows only a few new connections per second. The checks waited their turn instead of counting that as a refusal, so they took longer. Browsers open several connections to a site at once and may load pages slowly here.</source>
        <translation>To learn which versions and cipher suites the server accepts, this program opens a few extra connections. The server limited them: it serves one connection at a time, resets extra ones, or allows only a few new connections per second. The checks waited their turn instead of counting that as a refusal, so they took longer. Browsers open several connections to a site at once and may load pages slowly here.</translation>
    </message>
    <message>
        <source>Site owner: if this limit is not intended, raise the server&apos;s connection limit (worker processes, maximum clients, rate limits in the firewall or load balancer).</source>
        <translation>Site owner: if this limit is not intended, raise the server&apos;s connection limit (worker processes, maximum clients, rate limits in the firewall or load balancer).</translation>
    </message>
    <message>
        <source>Site owner: small devices and test servers that serve one connection at a time need nothing changed.</source>
        <translation>Site owner: small devices and test servers that serve one connection at a time need nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>The site&apos;s certificate “%1” is valid for %n day(s), from %2 to %3; the limit for public certificates issued since 2020-09-01 is %4 days.</source>
        <translation>
            <numerusform>The site&apos;s certificate “%1” is valid for %n day, from %2 to %3; the limit for public certificates issued since 2020-09-01 is %4 days.</numerusform>
            <numerusform>The site&apos;s certificate “%1” is valid for %n days, from %2 to %3; the limit for public certificates issued since 2020-09-01 is %4 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>It chains to “%1”, a root of the public root programs, so Safari and Chrome reject it.</source>
        <translation>It chains to “%1”, a root of the public root programs, so Safari and Chrome reject it.</translation>
    </message>
    <message>
        <source>It chains to “%1”, which is not a root of the public root programs, so browsers do not enforce the limit for it.</source>
        <translation>It chains to “%1”, which is not a root of the public root programs, so browsers do not enforce the limit for it.</translation>
    </message>
    <message>
        <source>The certificate is valid for longer than browsers allow</source>
        <translation>The certificate is valid for longer than browsers allow</translation>
    </message>
    <message>
        <source>Since 2020-09-01, Safari and Chrome reject certificates from public authorities that are valid for more than 398 days, even though nothing else is wrong with them. Certificates from a company&apos;s own root are not held to this limit.</source>
        <translation>Since 2020-09-01, Safari and Chrome reject certificates from public authorities that are valid for more than 398 days, even though nothing else is wrong with them. Certificates from a company&apos;s own root are not held to this limit.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the certificate&apos;s validity period is too long for browsers.</source>
        <translation>Tell the site&apos;s owner that the certificate&apos;s validity period is too long for browsers.</translation>
    </message>
    <message>
        <source>Site owner: get a new certificate valid for at most 398 days (for example a 90-day certificate over ACME with automatic renewal), install it with its chain and reload the server.</source>
        <translation>Site owner: get a new certificate valid for at most 398 days (for example a 90-day certificate over ACME with automatic renewal), install it with its chain and reload the server.</translation>
    </message>
    <message>
        <source>Site owner: if your own CA issues it, make its profile issue at most 398 days too, so the site keeps working should it move to a public authority.</source>
        <translation>Site owner: if your own CA issues it, make its profile issue at most 398 days too, so the site keeps working should it move to a public authority.</translation>
    </message>
    <message>
        <source>The trust store “%1” could not be used: %2.</source>
        <translation>The trust store “%1” could not be used: %2.</translation>
    </message>
    <message>
        <source>The trust store file could not be used</source>
        <translation>The trust store file could not be used</translation>
    </message>
    <message>
        <source>You gave a file of certificate authorities to trust instead of the system&apos;s, but it could not be read or holds no certificates, so no authority was trusted and every certificate looks untrusted.</source>
        <translation>You gave a file of certificate authorities to trust instead of the system&apos;s, but it could not be read or holds no certificates, so no authority was trusted and every certificate looks untrusted.</translation>
    </message>
    <message>
        <source>Check the file&apos;s path and that it is a file of PEM certificates (“-----BEGIN CERTIFICATE-----”), not a directory or a device.</source>
        <translation>Check the file&apos;s path and that it is a file of PEM certificates (“-----BEGIN CERTIFICATE-----”), not a directory or a device.</translation>
    </message>
    <message>
        <source>The proxy %1 is the one this computer&apos;s settings name for this site.</source>
        <translation>The proxy %1 is the one this computer&apos;s settings name for this site.</translation>
    </message>
    <message>
        <source>The proxy %1 was given in the options.</source>
        <translation>The proxy %1 was given in the options.</translation>
    </message>
    <message>
        <source>The proxy&apos;s name “%1” could not be looked up: %2.</source>
        <translation>The proxy&apos;s name “%1” could not be looked up: %2.</translation>
    </message>
    <message>
        <source>Connecting to the proxy %1 failed: %2.</source>
        <translation>Connecting to the proxy %1 failed: %2.</translation>
    </message>
    <message>
        <source>The proxy %1 accepted the connection but gave no answer to CONNECT (%2).</source>
        <translation>The proxy %1 accepted the connection but gave no answer to CONNECT (%2).</translation>
    </message>
    <message>
        <source>an unnamed scheme</source>
        <translation>an unnamed scheme</translation>
    </message>
    <message>
        <source>The proxy answered CONNECT with “%1”: it asks for a login with %2.</source>
        <translation>The proxy answered CONNECT with “%1”: it asks for a login with %2.</translation>
    </message>
    <message>
        <source>The user name and password given were not accepted.</source>
        <translation>The user name and password given were not accepted.</translation>
    </message>
    <message>
        <source>No user name and password were given for the proxy.</source>
        <translation>No user name and password were given for the proxy.</translation>
    </message>
    <message>
        <source>The proxy answered CONNECT %1 with “%2”.</source>
        <translation>The proxy answered CONNECT %1 with “%2”.</translation>
    </message>
    <message>
        <source>This is the proxy&apos;s rule, set by your organisation, not an answer from the site.</source>
        <translation>This is the proxy&apos;s rule, set by your organisation, not an answer from the site.</translation>
    </message>
    <message>
        <source>The proxy answered CONNECT %1 with “%2”: it could not open a connection to the site.</source>
        <translation>The proxy answered CONNECT %1 with “%2”: it could not open a connection to the site.</translation>
    </message>
    <message>
        <source>The proxy does not answer</source>
        <translation>The proxy does not answer</translation>
    </message>
    <message>
        <source>Connections to this site go through a proxy, and the proxy could not be reached. Nothing about the site itself could be tested.</source>
        <translation>Connections to this site go through a proxy, and the proxy could not be reached. Nothing about the site itself could be tested.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address and port in your system&apos;s or browser&apos;s network settings.</source>
        <translation>Check the proxy&apos;s address and port in your system&apos;s or browser&apos;s network settings.</translation>
    </message>
    <message>
        <source>Ask your IT department whether the proxy is running and reachable from this network.</source>
        <translation>Ask your IT department whether the proxy is running and reachable from this network.</translation>
    </message>
    <message>
        <source>If this network needs no proxy, remove the setting (or diagnose with --no-proxy).</source>
        <translation>If this network needs no proxy, remove the setting (or diagnose with --no-proxy).</translation>
    </message>
    <message>
        <source>The proxy asks for a login</source>
        <translation>The proxy asks for a login</translation>
    </message>
    <message>
        <source>The proxy lets connections through only for users who log in to it (HTTP 407). Without an accepted login, it refuses to open the way to the site.</source>
        <translation>The proxy lets connections through only for users who log in to it (HTTP 407). Without an accepted login, it refuses to open the way to the site.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name and password, for example --proxy http://user:password@proxy:port, or sign in the way your browser does.</source>
        <translation>Give the proxy&apos;s user name and password, for example --proxy http://user:password@proxy:port, or sign in the way your browser does.</translation>
    </message>
    <message>
        <source>If your login is refused, ask your IT department to check your proxy account.</source>
        <translation>If your login is refused, ask your IT department to check your proxy account.</translation>
    </message>
    <message>
        <source>The proxy does not allow this site</source>
        <translation>The proxy does not allow this site</translation>
    </message>
    <message>
        <source>The proxy refused to open a connection to this site or port. This is your organisation&apos;s policy on the proxy; the site was never asked.</source>
        <translation>The proxy refused to open a connection to this site or port. This is your organisation&apos;s policy on the proxy; the site was never asked.</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this site and port on the proxy, quoting the proxy&apos;s answer.</source>
        <translation>Ask your IT department to allow this site and port on the proxy, quoting the proxy&apos;s answer.</translation>
    </message>
    <message>
        <source>Check that the port in the address is right: many proxies allow CONNECT only to port 443.</source>
        <translation>Check that the port in the address is right: many proxies allow CONNECT only to port 443.</translation>
    </message>
    <message>
        <source>The proxy could not reach the site</source>
        <translation>The proxy could not reach the site</translation>
    </message>
    <message>
        <source>The proxy accepted the request but failed to connect to the site: the site is down, its name does not exist, or the proxy&apos;s own way out is blocked.</source>
        <translation>The proxy accepted the request but failed to connect to the site: the site is down, its name does not exist, or the proxy&apos;s own way out is blocked.</translation>
    </message>
    <message>
        <source>Check the spelling and port of the address, and try again in a few minutes.</source>
        <translation>Check the spelling and port of the address, and try again in a few minutes.</translation>
    </message>
    <message>
        <source>If other sites work through the proxy, ask your IT department whether the proxy can reach this one.</source>
        <translation>If other sites work through the proxy, ask your IT department whether the proxy can reach this one.</translation>
    </message>
    <message>
        <source>If it fails from everywhere, tell the site&apos;s owner that the server does not accept connections.</source>
        <translation>If it fails from everywhere, tell the site&apos;s owner that the server does not accept connections.</translation>
    </message>
    <message>
        <source>The redirects leave HTTPS at redirect %1: %2 answers “%3” and sends the visitor to the unencrypted address %4.</source>
        <translation>The redirects leave HTTPS at redirect %1: %2 answers “%3” and sends the visitor to the unencrypted address %4.</translation>
    </message>
    <message>
        <source>The http:// address is on another host than the page that redirects to it.</source>
        <translation>The http:// address is on another host than the page that redirects to it.</translation>
    </message>
    <message>
        <source>Redirect %1: %2 → %3 (%4)</source>
        <translation>Redirect %1: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The Strict-Transport-Security header “%1” protects the site for only %2 (max-age=%3); at least %4 are needed.</source>
        <translation>The Strict-Transport-Security header “%1” protects the site for only %2 (max-age=%3); at least %4 are needed.</translation>
    </message>
    <message>
        <source>The secure site redirects to an unencrypted http:// address</source>
        <translation>The secure site redirects to an unencrypted http:// address</translation>
    </message>
    <message>
        <source>The HTTPS answer sends the browser on to an http:// address. From there on nothing is encrypted: anyone on the network can read and change the page, take cookies and form data, or send the visitor elsewhere; browsers mark the page as not secure, and sites with HSTS cannot be reached that way at all.</source>
        <translation>The HTTPS answer sends the browser on to an http:// address. From there on nothing is encrypted: anyone on the network can read and change the page, take cookies and form data, or send the visitor elsewhere; browsers mark the page as not secure, and sites with HSTS cannot be reached that way at all.</translation>
    </message>
    <message>
        <source>Do not enter passwords or personal data on the page you end up on; tell the site&apos;s owner which address redirects where (see evidence).</source>
        <translation>Do not enter passwords or personal data on the page you end up on; tell the site&apos;s owner which address redirects where (see evidence).</translation>
    </message>
    <message>
        <source>Site owner: make the redirect point to https:// (nginx: return 301 https://$host$request_uri; Apache: Redirect permanent / https://…/). Behind a TLS-terminating proxy or load balancer, let the application see the original scheme (X-Forwarded-Proto, “proxy_redirect”, “ProxyPreserveHost”), so it does not build http:// addresses.</source>
        <translation>Site owner: make the redirect point to https:// (nginx: return 301 https://$host$request_uri; Apache: Redirect permanent / https://…/). Behind a TLS-terminating proxy or load balancer, let the application see the original scheme (X-Forwarded-Proto, “proxy_redirect”, “ProxyPreserveHost”), so it does not build http:// addresses.</translation>
    </message>
    <message>
        <source>Site owner: if the target host has no HTTPS, give it HTTPS first, then change the redirect.</source>
        <translation>Site owner: if the target host has no HTTPS, give it HTTPS first, then change the redirect.</translation>
    </message>
    <message>
        <source>The site&apos;s HTTPS-only policy (HSTS) protects too little</source>
        <translation>The site&apos;s HTTPS-only policy (HSTS) protects too little</translation>
    </message>
    <message>
        <source>The site sends a Strict-Transport-Security header, but its max-age is too short to help: browsers forget the HTTPS-only rule soon after a visit (or at once with max-age=0), so a later visit by the bare name or an old http:// link is again an unencrypted request that an attacker on the same network can intercept (SSL stripping).</source>
        <translation>The site sends a Strict-Transport-Security header, but its max-age is too short to help: browsers forget the HTTPS-only rule soon after a visit (or at once with max-age=0), so a later visit by the bare name or an old http:// link is again an unencrypted request that an attacker on the same network can intercept (SSL stripping).</translation>
    </message>
    <message>
        <source>Site owner: raise max-age to at least 15552000 (180 days), better 31536000 (one year): “Strict-Transport-Security: max-age=31536000; includeSubDomains”.</source>
        <translation>Site owner: raise max-age to at least 15552000 (180 days), better 31536000 (one year): “Strict-Transport-Security: max-age=31536000; includeSubDomains”.</translation>
    </message>
    <message>
        <source>Site owner: look for every place that sets the header (nginx add_header, Apache Header set, the application, a CDN or load balancer) so that a short value does not override the long one.</source>
        <translation>Site owner: look for every place that sets the header (nginx add_header, Apache Header set, the application, a CDN or load balancer) so that a short value does not override the long one.</translation>
    </message>
    <message>
        <source>Site owner: send max-age=0 only to withdraw HSTS on purpose, for example before the site stops offering HTTPS.</source>
        <translation>Site owner: send max-age=0 only to withdraw HSTS on purpose, for example before the site stops offering HTTPS.</translation>
    </message>
    <message>
        <source>The site&apos;s certificate “%1” (%2 key) requires a stapled OCSP response (TLS Feature extension: status_request), but the server stapled none to the handshake.</source>
        <translation>The site&apos;s certificate “%1” (%2 key) requires a stapled OCSP response (TLS Feature extension: status_request), but the server stapled none to the handshake.</translation>
    </message>
    <message>
        <source>The server would fetch the response from the OCSP responder %1.</source>
        <translation>The server would fetch the response from the OCSP responder %1.</translation>
    </message>
    <message>
        <source>The certificate requires OCSP stapling, but the server does not staple</source>
        <translation>The certificate requires OCSP stapling, but the server does not staple</translation>
    </message>
    <message>
        <source>The site&apos;s certificate carries OCSP Must-Staple: it promises that the server always attaches a fresh OCSP answer to the handshake. This server attaches none, so Firefox refuses the site (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING); other browsers may still connect.</source>
        <translation>The site&apos;s certificate carries OCSP Must-Staple: it promises that the server always attaches a fresh OCSP answer to the handshake. This server attaches none, so Firefox refuses the site (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING); other browsers may still connect.</translation>
    </message>
    <message>
        <source>Try another browser than Firefox until the site is fixed, and tell the site&apos;s owner.</source>
        <translation>Try another browser than Firefox until the site is fixed, and tell the site&apos;s owner.</translation>
    </message>
    <message>
        <source>Site owner, nginx: “ssl_stapling on; ssl_stapling_verify on;” with a resolver and ssl_trusted_certificate set to the chain; nginx staples only after its first fetch, so load the page once after a reload, or provide ssl_stapling_file.</source>
        <translation>Site owner, nginx: “ssl_stapling on; ssl_stapling_verify on;” with a resolver and ssl_trusted_certificate set to the chain; nginx staples only after its first fetch, so load the page once after a reload, or provide ssl_stapling_file.</translation>
    </message>
    <message>
        <source>Site owner, Apache: “SSLUseStapling on” and, outside the virtual host, “SSLStaplingCache shmcb:/var/run/ocsp(128000)”; keep SSLStaplingReturnResponderErrors off so errors are not stapled.</source>
        <translation>Site owner, Apache: “SSLUseStapling on” and, outside the virtual host, “SSLStaplingCache shmcb:/var/run/ocsp(128000)”; keep SSLStaplingReturnResponderErrors off so errors are not stapled.</translation>
    </message>
    <message>
        <source>Site owner, IIS: OCSP stapling is on by default; make sure the server can reach the OCSP responder over HTTP (port 80, proxy settings of the machine account).</source>
        <translation>Site owner, IIS: OCSP stapling is on by default; make sure the server can reach the OCSP responder over HTTP (port 80, proxy settings of the machine account).</translation>
    </message>
    <message>
        <source>Site owner: if the server cannot staple reliably, get a certificate without the Must-Staple option.</source>
        <translation>Site owner: if the server cannot staple reliably, get a certificate without the Must-Staple option.</translation>
    </message>
    <message>
        <source>“%1” names no address to download its issuer from (no AIA caIssuers), and the issuer is not in this computer&apos;s trust store, so no client can complete the chain itself.</source>
        <translation>“%1” names no address to download its issuer from (no AIA caIssuers), and the issuer is not in this computer&apos;s trust store, so no client can complete the chain itself.</translation>
    </message>
    <message>
        <source>The server sent “%1” instead, which did not issue “%2”.</source>
        <translation>The server sent “%1” instead, which did not issue “%2”.</translation>
    </message>
    <message>
        <source>The certificate needed: subject “%1”.</source>
        <translation>The certificate needed: subject “%1”.</translation>
    </message>
    <message>
        <source>The certificate needed: subject “%1”, key identifier %2.</source>
        <translation>The certificate needed: subject “%1”, key identifier %2.</translation>
    </message>
    <message>
        <source>The site&apos;s owner finds it in the “full chain” file their certificate authority delivered, or on the authority&apos;s download page for intermediate certificates (search for the subject or the key identifier).</source>
        <translation>The site&apos;s owner finds it in the “full chain” file their certificate authority delivered, or on the authority&apos;s download page for intermediate certificates (search for the subject or the key identifier).</translation>
    </message>
    <message>
        <source>The server sent, in this order: %1.</source>
        <translation>The server sent, in this order: %1.</translation>
    </message>
    <message>
        <source>The certificates are out of order: each must be followed by the one that issued it.</source>
        <translation>The certificates are out of order: each must be followed by the one that issued it.</translation>
    </message>
    <message>
        <source>“%1” is sent again as certificate %2.</source>
        <translation>“%1” is sent again as certificate %2.</translation>
    </message>
    <message>
        <source>“%1” (certificate %2) does not belong to the path from the site&apos;s certificate to its root.</source>
        <translation>“%1” (certificate %2) does not belong to the path from the site&apos;s certificate to its root.</translation>
    </message>
    <message>
        <source>The right order: %1.</source>
        <translation>The right order: %1.</translation>
    </message>
    <message>
        <source>The server sends its certificates out of order or with extra ones</source>
        <translation>The server sends its certificates out of order or with extra ones</translation>
    </message>
    <message>
        <source>A server should send its own certificate first, then each intermediate right after the certificate it issued, each once. This one sends them out of order, twice, or sends certificates that do not belong to its chain. Browsers sort this out themselves, but Java, older Android versions and many embedded clients fail or pick the wrong chain.</source>
        <translation>A server should send its own certificate first, then each intermediate right after the certificate it issued, each once. This one sends them out of order, twice, or sends certificates that do not belong to its chain. Browsers sort this out themselves, but Java, older Android versions and many embedded clients fail or pick the wrong chain.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the server sends its certificate chain out of order.</source>
        <translation>Tell the site&apos;s owner that the server sends its certificate chain out of order.</translation>
    </message>
    <message>
        <source>Site owner: rebuild the chain file in the order shown as evidence: the site&apos;s certificate first, then each intermediate after the certificate it issued; remove duplicates and certificates of other chains (the CA&apos;s “full chain” file is already in the right order).</source>
        <translation>Site owner: rebuild the chain file in the order shown as evidence: the site&apos;s certificate first, then each intermediate after the certificate it issued; remove duplicates and certificates of other chains (the CA&apos;s “full chain” file is already in the right order).</translation>
    </message>
    <message>
        <source>Site owner: nginx reads the order of ssl_certificate; Apache of SSLCertificateFile (and SSLCertificateChainFile); IIS builds the chain from the machine&apos;s certificate store, so remove stale intermediates there. Reload and test again.</source>
        <translation>Site owner: nginx reads the order of ssl_certificate; Apache of SSLCertificateFile (and SSLCertificateChainFile); IIS builds the chain from the machine&apos;s certificate store, so remove stale intermediates there. Reload and test again.</translation>
    </message>
    <message>
        <source>The intermediate certificate “%1” in this site&apos;s chain has been revoked</source>
        <translation>The intermediate certificate “%1” in this site&apos;s chain has been revoked</translation>
    </message>
    <message>
        <source>According to %1, the intermediate certificate “%2” (serial %3) in the site&apos;s chain was revoked on %4; reason: %5.</source>
        <translation>According to %1, the intermediate certificate “%2” (serial %3) in the site&apos;s chain was revoked on %4; reason: %5.</translation>
    </message>
    <message>
        <source>Every certificate that “%1” issued is affected, so every site under it fails the same way; the site&apos;s own certificate is not at fault, but it must be replaced by one from a valid intermediate.</source>
        <translation>Every certificate that “%1” issued is affected, so every site under it fails the same way; the site&apos;s own certificate is not at fault, but it must be replaced by one from a valid intermediate.</translation>
    </message>
    <message>
        <source>Checking %1 for the intermediate certificate “%2”: %3.</source>
        <translation>Checking %1 for the intermediate certificate “%2”: %3.</translation>
    </message>
    <message>
        <source>The authority that issued a certificate of this site&apos;s chain has declared it invalid before its end date, usually because its private key was exposed or it was issued by mistake. Clients that check revocation refuse the site; when it is an intermediate authority&apos;s certificate, every site under that authority fails.</source>
        <translation>The authority that issued a certificate of this site&apos;s chain has declared it invalid before its end date, usually because its private key was exposed or it was issued by mistake. Clients that check revocation refuse the site; when it is an intermediate authority&apos;s certificate, every site under that authority fails.</translation>
    </message>
    <message>
        <source>Site owner: get a new certificate (with a new key if the old one may have leaked; from a valid intermediate when an intermediate was revoked), install it with its new chain, and reload the server.</source>
        <translation>Site owner: get a new certificate (with a new key if the old one may have leaked; from a valid intermediate when an intermediate was revoked), install it with its new chain, and reload the server.</translation>
    </message>
    <message>
        <source>The connection was reset (TCP RST) right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.</source>
        <translation>The connection was reset (TCP RST) right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.</translation>
    </message>
    <message>
        <source>The connection was closed right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.</source>
        <translation>The connection was closed right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.</translation>
    </message>
    <message>
        <source>Nothing answered the ClientHello (%1 bytes, offering TLS 1.3 and older versions) until the time limit.</source>
        <translation>Nothing answered the ClientHello (%1 bytes, offering TLS 1.3 and older versions) until the time limit.</translation>
    </message>
    <message>
        <source>A second connection with a small ClientHello offering only TLS 1.2 (%1 bytes) got a complete handshake from the same server.</source>
        <translation>A second connection with a small ClientHello offering only TLS 1.2 (%1 bytes) got a complete handshake from the same server.</translation>
    </message>
    <message>
        <source>A small ClientHello offering TLS 1.3 as well (%1 bytes) worked too: what differs is the size. Something in the path breaks large ClientHellos (here %2 bytes), as modern browsers send them.</source>
        <translation>A small ClientHello offering TLS 1.3 as well (%1 bytes) worked too: what differs is the size. Something in the path breaks large ClientHellos (here %2 bytes), as modern browsers send them.</translation>
    </message>
    <message>
        <source>What differs is the TLS 1.3 offer: something in the path breaks connections whose ClientHello offers TLS 1.3, even a small one.</source>
        <translation>What differs is the TLS 1.3 offer: something in the path breaks connections whose ClientHello offers TLS 1.3, even a small one.</translation>
    </message>
    <message>
        <source>Something between you and the site breaks modern TLS handshakes</source>
        <translation>Something between you and the site breaks modern TLS handshakes</translation>
    </message>
    <message>
        <source>The server itself works: an older, smaller handshake succeeds. A firewall, an antivirus or security program that scans HTTPS, or a proxy on the way cuts connections that offer TLS 1.3 or whose first message is large. Chrome reports this as ERR_SSL_VERSION_INTERFERENCE; other browsers fail with a reset or a timeout.</source>
        <translation>The server itself works: an older, smaller handshake succeeds. A firewall, an antivirus or security program that scans HTTPS, or a proxy on the way cuts connections that offer TLS 1.3 or whose first message is large. Chrome reports this as ERR_SSL_VERSION_INTERFERENCE; other browsers fail with a reset or a timeout.</translation>
    </message>
    <message>
        <source>If your antivirus or security program scans HTTPS (“SSL scanning”, “web shield”, “HTTPS inspection”), update it, or add an exception for this site in it; do not turn the protection off.</source>
        <translation>If your antivirus or security program scans HTTPS (“SSL scanning”, “web shield”, “HTTPS inspection”), update it, or add an exception for this site in it; do not turn the protection off.</translation>
    </message>
    <message>
        <source>Try from another network, for example a phone&apos;s hotspot: if the site works there, the problem is on this network.</source>
        <translation>Try from another network, for example a phone&apos;s hotspot: if the site works there, the problem is on this network.</translation>
    </message>
    <message>
        <source>Network administrator: update the firewall, proxy or TLS inspection device on the way (it must pass TLS 1.3 and ClientHellos larger than 512 bytes), or exempt this site from TLS inspection.</source>
        <translation>Network administrator: update the firewall, proxy or TLS inspection device on the way (it must pass TLS 1.3 and ClientHellos larger than 512 bytes), or exempt this site from TLS inspection.</translation>
    </message>
    <message>
        <source>This program&apos;s handshake worked only because its OpenSSL also offers %1 under TLS 1.3; browsers do not.</source>
        <translation>This program&apos;s handshake worked only because its OpenSSL also offers %1 under TLS 1.3; browsers do not.</translation>
    </message>
    <message>
        <source>The server refused the handshake with the alert %1: none of the key-exchange groups offered was one it accepts.</source>
        <translation>The server refused the handshake with the alert %1: none of the key-exchange groups offered was one it accepts.</translation>
    </message>
    <message>
        <source>The server accepts only these key-exchange groups: %1.</source>
        <translation>The server accepts only these key-exchange groups: %1.</translation>
    </message>
    <message>
        <source>Current browsers offer %1 (and post-quantum hybrids such as X25519MLKEM768); the server accepts none of them.</source>
        <translation>Current browsers offer %1 (and post-quantum hybrids such as X25519MLKEM768); the server accepts none of them.</translation>
    </message>
    <message>
        <source>The server has no key-exchange group in common with browsers</source>
        <translation>The server has no key-exchange group in common with browsers</translation>
    </message>
    <message>
        <source>Client and server must agree on a group (an elliptic curve or a finite-field group) to make the connection&apos;s keys. This server accepts only groups that current browsers do not offer, such as brainpool curves, or finite-field groups under TLS 1.3, so browsers fail with handshake_failure (ERR_SSL_VERSION_OR_CIPHER_MISMATCH in Chrome).</source>
        <translation>Client and server must agree on a group (an elliptic curve or a finite-field group) to make the connection&apos;s keys. This server accepts only groups that current browsers do not offer, such as brainpool curves, or finite-field groups under TLS 1.3, so browsers fail with handshake_failure (ERR_SSL_VERSION_OR_CIPHER_MISMATCH in Chrome).</translation>
    </message>
    <message>
        <source>Tell the site&apos;s owner that the server accepts none of the key-exchange groups browsers offer (the groups are listed below).</source>
        <translation>Tell the site&apos;s owner that the server accepts none of the key-exchange groups browsers offer (the groups are listed below).</translation>
    </message>
    <message>
        <source>Site owner: enable X25519, P-256 and P-384 next to any others: nginx “ssl_ecdh_curve X25519:prime256v1:secp384r1;”; Apache “SSLOpenSSLConfCmd Groups X25519:P-256:P-384”; IIS: the ECC Curve Order group policy (SSL Configuration Settings).</source>
        <translation>Site owner: enable X25519, P-256 and P-384 next to any others: nginx “ssl_ecdh_curve X25519:prime256v1:secp384r1;”; Apache “SSLOpenSSLConfCmd Groups X25519:P-256:P-384”; IIS: the ECC Curve Order group policy (SSL Configuration Settings).</translation>
    </message>
    <message>
        <source>A direct connection, without the proxy %1, got another certificate, issued by “%2”: the proxy replaces the site&apos;s certificate with one of its own.</source>
        <translation>A direct connection, without the proxy %1, got another certificate, issued by “%2”: the proxy replaces the site&apos;s certificate with one of its own.</translation>
    </message>
    <message>
        <source>A direct connection, without the proxy %1, was not possible (%2): only the way through the proxy could be checked.</source>
        <translation>A direct connection, without the proxy %1, was not possible (%2): only the way through the proxy could be checked.</translation>
    </message>
    <message>
        <source>The TCP connection to %1 port %2 opened, but at the %3 step the server sent nothing for %4 s.</source>
        <translation>The TCP connection to %1 port %2 opened, but at the %3 step the server sent nothing for %4 s.</translation>
    </message>
    <message>
        <source>A server that expects TLS from the first byte waits silently like this: if this is its TLS port, use %1:// instead of %2://.</source>
        <translation>A server that expects TLS from the first byte waits silently like this: if this is its TLS port, use %1:// instead of %2://.</translation>
    </message>
    <message>
        <source>To check this server&apos;s own switch to TLS (STARTTLS), diagnose %1://%2 instead.</source>
        <translation>To check this server&apos;s own switch to TLS (STARTTLS), diagnose %1://%2 instead.</translation>
    </message>
    <message>
        <source>Port %1 is the usual port of %2:// (TLS from the first byte), but it answered in plain text: the server is not set up for TLS there. Meanwhile, clients can use %3:// on port %4, which switches to TLS with STARTTLS.</source>
        <translation>Port %1 is the usual port of %2:// (TLS from the first byte), but it answered in plain text: the server is not set up for TLS there. Meanwhile, clients can use %3:// on port %4, which switches to TLS with STARTTLS.</translation>
    </message>
    <message>
        <source>Hint: %1:// means TLS from the first byte, but port %2 starts in plain text. For this port use %3://, which switches to TLS with STARTTLS, or %1:// on port %4.</source>
        <translation>Hint: %1:// means TLS from the first byte, but port %2 starts in plain text. For this port use %3://, which switches to TLS with STARTTLS, or %1:// on port %4.</translation>
    </message>
    <message>
        <source>The server answered “%1”, which is not %2: it offered no switch to TLS.</source>
        <translation>The server answered “%1”, which is not %2: it offered no switch to TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 capabilities do not list the switch to TLS: “%2”.</source>
        <translation>The server&apos;s %1 capabilities do not list the switch to TLS: “%2”.</translation>
    </message>
    <message>
        <source>The same service may speak TLS from the first byte on a port of its own: %1:// (usually port %2).</source>
        <translation>The same service may speak TLS from the first byte on a port of its own: %1:// (usually port %2).</translation>
    </message>
    <message>
        <source>The %1 server turned the connection away in its greeting: “%2”.</source>
        <translation>The %1 server turned the connection away in its greeting: “%2”.</translation>
    </message>
    <message>
        <source>The %1 server answered the request to start TLS with “%2”.</source>
        <translation>The %1 server answered the request to start TLS with “%2”.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings name the proxy script (PAC) %1, but it could not be read: %2. Programs that rely on it go directly, as this diagnosis did, or fail.</source>
        <translation>This computer&apos;s settings name the proxy script (PAC) %1, but it could not be read: %2. Programs that rely on it go directly, as this diagnosis did, or fail.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings name the proxy script (PAC) %1, but it does not define FindProxyForURL, so it cannot be evaluated; this diagnosis went directly.</source>
        <translation>This computer&apos;s settings name the proxy script (PAC) %1, but it does not define FindProxyForURL, so it cannot be evaluated; this diagnosis went directly.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings name the proxy script (PAC) %1. This program cannot evaluate proxy scripts on this system, so it connected directly: if the script sends this site through a proxy, your browser goes another way than this diagnosis.</source>
        <translation>This computer&apos;s settings name the proxy script (PAC) %1. This program cannot evaluate proxy scripts on this system, so it connected directly: if the script sends this site through a proxy, your browser goes another way than this diagnosis.</translation>
    </message>
    <message>
        <source>The proxy script could not be used</source>
        <translation>The proxy script could not be used</translation>
    </message>
    <message>
        <source>This computer is set up to choose its proxy with a script (PAC). The script could not be read or evaluated here, so the connection was made directly, which may not be the way your browser goes.</source>
        <translation>This computer is set up to choose its proxy with a script (PAC). The script could not be read or evaluated here, so the connection was made directly, which may not be the way your browser goes.</translation>
    </message>
    <message>
        <source>If your browser reaches this site through a proxy, diagnose again with that proxy given, for example --proxy http://proxy.example:8080.</source>
        <translation>If your browser reaches this site through a proxy, diagnose again with that proxy given, for example --proxy http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Ask your IT department to check the proxy script: its address must be reachable from this computer and it must define FindProxyForURL.</source>
        <translation>Ask your IT department to check the proxy script: its address must be reachable from this computer and it must define FindProxyForURL.</translation>
    </message>
    <message>
        <source>The server does not offer TLS</source>
        <translation>The server does not offer TLS</translation>
    </message>
    <message>
        <source>Mail, directory and database clients start in plain text and ask the server to switch to TLS (STARTTLS). This server does not offer the switch: a client that requires encryption stops here, and one that does not sends passwords and data unencrypted.</source>
        <translation>Mail, directory and database clients start in plain text and ask the server to switch to TLS (STARTTLS). This server does not offer the switch: a client that requires encryption stops here, and one that does not sends passwords and data unencrypted.</translation>
    </message>
    <message>
        <source>Check the server name, port and scheme in the client&apos;s settings: the service may offer TLS on a port of its own (for example smtps:// on 465, imaps:// on 993).</source>
        <translation>Check the server name, port and scheme in the client&apos;s settings: the service may offer TLS on a port of its own (for example smtps:// on 465, imaps:// on 993).</translation>
    </message>
    <message>
        <source>Server administrator: enable STARTTLS with a certificate for this host name (for example smtpd_tls_cert_file and smtpd_tls_security_level = may in Postfix, ssl = yes in PostgreSQL).</source>
        <translation>Server administrator: enable STARTTLS with a certificate for this host name (for example smtpd_tls_cert_file and smtpd_tls_security_level = may in Postfix, ssl = yes in PostgreSQL).</translation>
    </message>
    <message>
        <source>If the server does offer it elsewhere, ask your IT department whether a firewall or filter strips STARTTLS from the server&apos;s answer.</source>
        <translation>If the server does offer it elsewhere, ask your IT department whether a firewall or filter strips STARTTLS from the server&apos;s answer.</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>The server refused to start TLS</translation>
    </message>
    <message>
        <source>The client asked the server to switch to TLS, and the server answered with an error. Most often the server cannot load its certificate or key, or it turns this client away.</source>
        <translation>The client asked the server to switch to TLS, and the server answered with an error. Most often the server cannot load its certificate or key, or it turns this client away.</translation>
    </message>
    <message>
        <source>Server administrator: look in the server&apos;s log at the time of this test; an unreadable certificate or key file is the usual cause.</source>
        <translation>Server administrator: look in the server&apos;s log at the time of this test; an unreadable certificate or key file is the usual cause.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: some servers refuse TLS while they are overloaded.</source>
        <translation>Try again in a few minutes: some servers refuse TLS while they are overloaded.</translation>
    </message>
    <message>
        <source>Renew the certificate: it has expired.</source>
        <translation>Renew the certificate: it has expired.</translation>
    </message>
    <message>
        <source>Replace the certificate: its validity period is too long for browsers.</source>
        <translation>Replace the certificate: its validity period is too long for browsers.</translation>
    </message>
    <message>
        <source>Compare the name visitors use (see evidence) with the names the certificate covers.</source>
        <translation>Compare the name visitors use (see evidence) with the names the certificate covers.</translation>
    </message>
    <message>
        <source>Reissue the certificate so that it lists the host name as a Subject Alternative Name (SAN).</source>
        <translation>Reissue the certificate so that it lists the host name as a Subject Alternative Name (SAN).</translation>
    </message>
    <message>
        <source>Replace the certificate: it was issued for another purpose (for example client login or code signing).</source>
        <translation>Replace the certificate: it was issued for another purpose (for example client login or code signing).</translation>
    </message>
    <message>
        <source>Replace the certificate: its SHA-1/MD5 signature is obsolete.</source>
        <translation>Replace the certificate: its SHA-1/MD5 signature is obsolete.</translation>
    </message>
    <message>
        <source>Replace the certificate and its key: the key is too short.</source>
        <translation>Replace the certificate and its key: the key is too short.</translation>
    </message>
    <message>
        <source>Check whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.</source>
        <translation>Check whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.</translation>
    </message>
    <message>
        <source>If the visitor&apos;s clock is right, the server&apos;s clock is wrong: synchronise it (NTP).</source>
        <translation>If the visitor&apos;s clock is right, the server&apos;s clock is wrong: synchronise it (NTP).</translation>
    </message>
    <message>
        <source>Check that the proxy is running and reachable from this network.</source>
        <translation>Check that the proxy is running and reachable from this network.</translation>
    </message>
    <message>
        <source>If the login is refused, check the user&apos;s proxy account.</source>
        <translation>If the login is refused, check the user&apos;s proxy account.</translation>
    </message>
    <message>
        <source>Allow this site and port on the proxy (see the proxy&apos;s answer under evidence).</source>
        <translation>Allow this site and port on the proxy (see the proxy&apos;s answer under evidence).</translation>
    </message>
    <message>
        <source>If other sites work through the proxy, check whether the proxy can reach this one.</source>
        <translation>If other sites work through the proxy, check whether the proxy can reach this one.</translation>
    </message>
    <message>
        <source>If it fails from everywhere, make the server accept connections: start the service and check the firewall.</source>
        <translation>If it fails from everywhere, make the server accept connections: start the service and check the firewall.</translation>
    </message>
    <message>
        <source>If the name is right, add its DNS record (A or AAAA).</source>
        <translation>If the name is right, add its DNS record (A or AAAA).</translation>
    </message>
    <message>
        <source>The HTTPS service is not running, or not listening on this port and address.</source>
        <translation>The HTTPS service is not running, or not listening on this port and address.</translation>
    </message>
    <message>
        <source>If the address is IPv6, check that this network routes IPv6.</source>
        <translation>If the address is IPv6, check that this network routes IPv6.</translation>
    </message>
    <message>
        <source>Check whether a VPN or firewall rule blocks this address.</source>
        <translation>Check whether a VPN or firewall rule blocks this address.</translation>
    </message>
    <message>
        <source>Check that outgoing connections to this port are allowed.</source>
        <translation>Check that outgoing connections to this port are allowed.</translation>
    </message>
    <message>
        <source>If it fails from everywhere, make the server answer on this port: check that the service runs and that the firewall lets connections in.</source>
        <translation>If it fails from everywhere, make the server answer on this port: check that the service runs and that the firewall lets connections in.</translation>
    </message>
    <message>
        <source>If the site should be public, stop requiring client certificates.</source>
        <translation>If the site should be public, stop requiring client certificates.</translation>
    </message>
    <message>
        <source>Make the server support TLS 1.2 and TLS 1.3.</source>
        <translation>Make the server support TLS 1.2 and TLS 1.3.</translation>
    </message>
    <message>
        <source>Current clients support none of the suites the server accepts (listed below).</source>
        <translation>Current clients support none of the suites the server accepts (listed below).</translation>
    </message>
    <message>
        <source>Some suites the server accepts are weak (listed below, with why).</source>
        <translation>Some suites the server accepts are weak (listed below, with why).</translation>
    </message>
    <message>
        <source>The server&apos;s DH group is too small (its size is shown below).</source>
        <translation>The server&apos;s DH group is too small (its size is shown below).</translation>
    </message>
    <message>
        <source>Replace the certificate: it has been revoked.</source>
        <translation>Replace the certificate: it has been revoked.</translation>
    </message>
    <message>
        <source>Allow plain HTTP (port 80) to the addresses listed under evidence.</source>
        <translation>Allow plain HTTP (port 80) to the addresses listed under evidence.</translation>
    </message>
    <message>
        <source>If an address answered with an error or an invalid answer, report it to the certificate authority.</source>
        <translation>If an address answered with an error or an invalid answer, report it to the certificate authority.</translation>
    </message>
    <message>
        <source>On an internal network: install the certificate as trusted on the computers that use it.</source>
        <translation>On an internal network: install the certificate as trusted on the computers that use it.</translation>
    </message>
    <message>
        <source>If this is a company-internal site, install the company&apos;s root certificate on the computer.</source>
        <translation>If this is a company-internal site, install the company&apos;s root certificate on the computer.</translation>
    </message>
    <message>
        <source>If it is a public site, use a certificate from a publicly trusted authority.</source>
        <translation>If it is a public site, use a certificate from a publicly trusted authority.</translation>
    </message>
    <message>
        <source>Make the server send the full chain (the site&apos;s certificate and the intermediates).</source>
        <translation>Make the server send the full chain (the site&apos;s certificate and the intermediates).</translation>
    </message>
    <message>
        <source>The server sends its certificate chain out of order.</source>
        <translation>The server sends its certificate chain out of order.</translation>
    </message>
    <message>
        <source>Check the proxy script: its address must be reachable from the users&apos; computers and it must define FindProxyForURL.</source>
        <translation>Check the proxy script: its address must be reachable from the users&apos; computers and it must define FindProxyForURL.</translation>
    </message>
    <message>
        <source>If the server does offer STARTTLS, check whether a firewall or filter between the users and the server strips it from the server&apos;s answer.</source>
        <translation>If the server does offer STARTTLS, check whether a firewall or filter between the users and the server strips it from the server&apos;s answer.</translation>
    </message>
    <message>
        <source>The server accepts none of the key-exchange groups browsers offer (the groups are listed below).</source>
        <translation>The server accepts none of the key-exchange groups browsers offer (the groups are listed below).</translation>
    </message>
    <message>
        <source>A direct connection, without the proxy %1, got the same certificate: the proxy passes it through unchanged. The root comes from the site itself (an organisation&apos;s own certificate authority) or from something that sees both ways: a security program on this computer or an inspection device on the network.</source>
        <translation>A direct connection, without the proxy %1, got the same certificate: the proxy passes it through unchanged. The root comes from the site itself (an organisation&apos;s own certificate authority) or from something that sees both ways: a security program on this computer or an inspection device on the network.</translation>
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
            <numerusform>not valid yet: starts in %n day</numerusform>
            <numerusform>not valid yet: starts in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>expired today</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
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
        <source>--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10.</source>
        <translation>--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10.</translation>
    </message>
    <message>
        <source>Connect through this HTTP proxy instead of the system&apos;s: http://[user:password@]host:port.</source>
        <translation>Connect through this HTTP proxy instead of the system&apos;s: http://[user:password@]host:port.</translation>
    </message>
    <message>
        <source>Connect directly, even when the system names a proxy.</source>
        <translation>Connect directly, even when the system names a proxy.</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds from 0.001 to 600.</source>
        <translation>The timeout must be a number of seconds from 0.001 to 600.</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: name a readable file of certificates.</source>
        <translation>Cannot read the file “%1”: name a readable file of certificates.</translation>
    </message>
    <message>
        <source>Use either --proxy or --no-proxy, not both.</source>
        <translation>Use either --proxy or --no-proxy, not both.</translation>
    </message>
    <message>
        <source>--proxy takes an HTTP proxy&apos;s address, for example http://proxy.example:3128 or http://user:password@proxy.example:3128.</source>
        <translation>--proxy takes an HTTP proxy&apos;s address, for example http://proxy.example:3128 or http://user:password@proxy.example:3128.</translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>Current browsers (Chrome, Edge, Firefox, Safari)</source>
        <translation>Current browsers (Chrome, Edge, Firefox, Safari)</translation>
    </message>
    <message>
        <source>curl, Python… with OpenSSL 3 (Ubuntu 22.04 and later)</source>
        <translation>curl, Python… with OpenSSL 3 (Ubuntu 22.04 and later)</translation>
    </message>
    <message>
        <source>Safari 12 (iOS 12, macOS 10.14)</source>
        <translation>Safari 12 (iOS 12, macOS 10.14)</translation>
    </message>
    <message>
        <source>Android 7</source>
        <translation>Android 7</translation>
    </message>
    <message>
        <source>Java 8</source>
        <translation>Java 8</translation>
    </message>
    <message>
        <source>Windows 7 / Internet Explorer 11</source>
        <translation>Windows 7 / Internet Explorer 11</translation>
    </message>
    <message>
        <source>curl with OpenSSL 1.0.2</source>
        <translation>curl with OpenSSL 1.0.2</translation>
    </message>
    <message>
        <source>Speaks %1; the server accepts only %2.</source>
        <translation>Speaks %1; the server accepts only %2.</translation>
    </message>
    <message>
        <source>No cipher suite in common at %1.</source>
        <translation>No cipher suite in common at %1.</translation>
    </message>
    <message>
        <source>No key exchange group in common: the client offers %1, the server accepts %2.</source>
        <translation>No key exchange group in common: the client offers %1, the server accepts %2.</translation>
    </message>
    <message>
        <source>The server picks %1 with a %2-bit DH group; this client refuses groups under %3 bits.</source>
        <translation>The server picks %1 with a %2-bit DH group; this client refuses groups under %3 bits.</translation>
    </message>
    <message>
        <source>The probes could not tell.</source>
        <translation>The probes could not tell.</translation>
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
        <source>Certificates in the message</source>
        <translation>Certificates in the message</translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation>Subject key identifier</translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation>Authority key identifier</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Finds out why a secure connection to a web address fails, and how to fix it.</source>
        <translation>Finds out why a secure connection to a web address fails, and how to fix it.</translation>
    </message>
    <message>
        <source>The site to diagnose at start (optional).</source>
        <translation>The site to diagnose at start (optional).</translation>
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
        <source>Language: en or zh_CN (default: the last one chosen, else the system&apos;s).</source>
        <translation>Language: en or zh_CN (default: the last one chosen, else the system&apos;s).</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation>Unknown language “%1”: use en or zh_CN.</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”.</source>
        <translation>Cannot read the file “%1”.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The diagnosis was cancelled before it finished. The results below are incomplete.</source>
        <translation>The diagnosis was cancelled before it finished. The results below are incomplete.</translation>
    </message>
    <message>
        <source>The connection works, but: %1</source>
        <translation>The connection works, but: %1</translation>
    </message>
    <message>
        <source>The connection to %1 could not be checked completely</source>
        <translation>The connection to %1 could not be checked completely</translation>
    </message>
    <message>
        <source>The secure connection to %1 works</source>
        <translation>The secure connection to %1 works</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not finish: %1.</source>
        <translation>
            <numerusform>%n check could not finish: %1.</numerusform>
            <numerusform>%n checks could not finish: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Also worth knowing (notes, not problems)</source>
        <translation>Also worth knowing (notes, not problems)</translation>
    </message>
    <message>
        <source>Findings (root cause first)</source>
        <translation>Findings (root cause first)</translation>
    </message>
    <message>
        <source>%1. [%2] %3 (%4)</source>
        <translation>%1. [%2] %3 (%4)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
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
        <source>What you can do now</source>
        <translation>What you can do now</translation>
    </message>
    <message>
        <source>What to tell the site&apos;s owner</source>
        <translation>What to tell the site&apos;s owner</translation>
    </message>
    <message>
        <source>What to ask your IT department</source>
        <translation>What to ask your IT department</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Who fixes it: %1</source>
        <translation>Who fixes it: %1</translation>
    </message>
    <message>
        <source>reaching the server</source>
        <translation>reaching the server</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>certificate chain and trust</source>
        <translation>certificate chain and trust</translation>
    </message>
    <message>
        <source>certificate dates</source>
        <translation>certificate dates</translation>
    </message>
    <message>
        <source>certificate name</source>
        <translation>certificate name</translation>
    </message>
    <message>
        <source>certificate purpose</source>
        <translation>certificate purpose</translation>
    </message>
    <message>
        <source>certificate keys and signatures</source>
        <translation>certificate keys and signatures</translation>
    </message>
    <message>
        <source>web server answer</source>
        <translation>web server answer</translation>
    </message>
    <message>
        <source>server name (SNI) behaviour</source>
        <translation>server name (SNI) behaviour</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>revocation</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>mixed content</source>
        <translation>mixed content</translation>
    </message>
    <message>
        <source>clocks</source>
        <translation>clocks</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>TLS inspection</translation>
    </message>
    <message>
        <source>protocol versions</source>
        <translation>protocol versions</translation>
    </message>
    <message>
        <source>cipher suites</source>
        <translation>cipher suites</translation>
    </message>
    <message>
        <source>key exchange</source>
        <translation>key exchange</translation>
    </message>
    <message>
        <source>the diagnosis was cancelled</source>
        <translation>the diagnosis was cancelled</translation>
    </message>
    <message>
        <source>the name could not be looked up</source>
        <translation>the name could not be looked up</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete</source>
        <translation>the TLS handshake did not complete</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>the server sent no certificate</translation>
    </message>
    <message>
        <source>the address is not https</source>
        <translation>the address is not https</translation>
    </message>
    <message>
        <source>the web server did not answer</source>
        <translation>the web server did not answer</translation>
    </message>
    <message>
        <source>extra connections are switched off</source>
        <translation>extra connections are switched off</translation>
    </message>
    <message>
        <source>does not apply to this address</source>
        <translation>does not apply to this address</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is unknown</source>
        <translation>the certificate&apos;s issuer is unknown</translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation>it did not run</translation>
    </message>
    <message>
        <source>the server gave no clear answer</source>
        <translation>the server gave no clear answer</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>the time limit ran out</translation>
    </message>
    <message>
        <source>the server limited the connections</source>
        <translation>the server limited the connections</translation>
    </message>
    <message>
        <source>found nothing</source>
        <translation>found nothing</translation>
    </message>
    <message>
        <source>could not tell (%1)</source>
        <translation>could not tell (%1)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>refused (%1)</translation>
    </message>
    <message>
        <source>could not tell</source>
        <translation>could not tell</translation>
    </message>
    <message>
        <source>Protocol versions and cipher suites</source>
        <translation>Protocol versions and cipher suites</translation>
    </message>
    <message>
        <source>, in the server&apos;s order of preference</source>
        <translation>, in the server&apos;s order of preference</translation>
    </message>
    <message>
        <source> (the list may be incomplete)</source>
        <translation> (the list may be incomplete)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1-bit group</source>
        <translation>%1-bit group</translation>
    </message>
    <message>
        <source>Elliptic curves: %1; finite-field DH: %2</source>
        <translation>Elliptic curves: %1; finite-field DH: %2</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>What was checked</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>found something</source>
        <translation>found something</translation>
    </message>
    <message>
        <source>the server&apos;s connection limit</source>
        <translation>the server&apos;s connection limit</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>the server reset the connection</source>
        <translation>the server reset the connection</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>the network could not reach the server</source>
        <translation>the network could not reach the server</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>a network error</translation>
    </message>
    <message>
        <source>with an alert</source>
        <translation>with an alert</translation>
    </message>
    <message>
        <source>the server answered with another version</source>
        <translation>the server answered with another version</translation>
    </message>
    <message>
        <source>the server chose another group</source>
        <translation>the server chose another group</translation>
    </message>
    <message>
        <source>the server chose a suite that was not offered</source>
        <translation>the server chose a suite that was not offered</translation>
    </message>
    <message>
        <source>the answer was malformed</source>
        <translation>the answer was malformed</translation>
    </message>
    <message>
        <source>the answer was not TLS</source>
        <translation>the answer was not TLS</translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation>the handshake failed</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alert %1</translation>
    </message>
    <message>
        <source>If your browser still cannot open the site</source>
        <translation>If your browser still cannot open the site</translation>
    </message>
    <message>
        <source>Try another browser, or a private window: if the site opens there, the problem is in the first browser.</source>
        <translation>Try another browser, or a private window: if the site opens there, the problem is in the first browser.</translation>
    </message>
    <message>
        <source>Turn off the browser&apos;s extensions (ad blockers, privacy and security add-ons) and try again.</source>
        <translation>Turn off the browser&apos;s extensions (ad blockers, privacy and security add-ons) and try again.</translation>
    </message>
    <message>
        <source>Clear what the browser remembers about the site: its HSTS entry (Chrome: chrome://net-internals/#hsts, “Delete domain security policies”; Firefox: History, “Forget About This Site”) and its cache, then restart the browser.</source>
        <translation>Clear what the browser remembers about the site: its HSTS entry (Chrome: chrome://net-internals/#hsts, “Delete domain security policies”; Firefox: History, “Forget About This Site”) and its cache, then restart the browser.</translation>
    </message>
    <message>
        <source>Check the browser&apos;s own proxy, VPN and “secure DNS” settings, and whether security software scans HTTPS inside the browser: add an exception for the site or update the software rather than turning protection off.</source>
        <translation>Check the browser&apos;s own proxy, VPN and “secure DNS” settings, and whether security software scans HTTPS inside the browser: add an exception for the site or update the software rather than turning protection off.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Check that this computer&apos;s date and time are correct.</translation>
    </message>
    <message>
        <source>If your mail, directory or database client still cannot connect</source>
        <translation>If your mail, directory or database client still cannot connect</translation>
    </message>
    <message>
        <source>Check the client&apos;s server name, port and security setting (STARTTLS, or SSL/TLS from the start): this diagnosis used %1.</source>
        <translation>Check the client&apos;s server name, port and security setting (STARTTLS, or SSL/TLS from the start): this diagnosis used %1.</translation>
    </message>
    <message>
        <source>If the client keeps its own list of trusted authorities (Java, some database drivers and mail programs), add the authority that issued the server&apos;s certificate to it.</source>
        <translation>If the client keeps its own list of trusted authorities (Java, some database drivers and mail programs), add the authority that issued the server&apos;s certificate to it.</translation>
    </message>
    <message>
        <source>Written for the person who saw the problem</source>
        <translation>Written for the person who saw the problem</translation>
    </message>
    <message>
        <source>Written for the site&apos;s administrator</source>
        <translation>Written for the site&apos;s administrator</translation>
    </message>
    <message>
        <source>Written for the network administrator (IT)</source>
        <translation>Written for the network administrator (IT)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format for QLocale::toString()</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>What the person who saw the problem can try</source>
        <translation>What the person who saw the problem can try</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Made with</translation>
    </message>
    <message>
        <source>Handshake Doctor %1</source>
        <translation>Handshake Doctor %1</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled, so no causes were determined.</source>
        <translation>The diagnosis was cancelled, so no causes were determined.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certificate chain</translation>
    </message>
    <message>
        <source>Handshake Doctor report</source>
        <translation>Handshake Doctor report</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <source>Handshake Doctor report: %1</source>
        <translation>Handshake Doctor report: %1</translation>
    </message>
    <message>
        <source>Could not start the PDF file “%1”.</source>
        <translation>Could not start the PDF file “%1”.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The handshake, step by step</source>
        <translation>The handshake, step by step</translation>
    </message>
    <message>
        <source>From the site&apos;s certificate up to the root.</source>
        <translation>From the site&apos;s certificate up to the root.</translation>
    </message>
    <message>
        <source>Would common clients connect?</source>
        <translation>Would common clients connect?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>finished in %1</source>
        <translation>finished in %1</translation>
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
    <message>
        <source>, </source>
        <comment>between the names of checks</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <comment>the names of the checks that passed</comment>
        <translation>Checked: %1</translation>
    </message>
    <message>
        <source>Finding ids: %1</source>
        <translation>Finding ids: %1</translation>
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
            <numerusform>Offers %1 with %n cipher suite</numerusform>
            <numerusform>Offers %1 with %n cipher suites</numerusform>
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
            <numerusform>The server&apos;s certificate chain: %n certificate</numerusform>
            <numerusform>The server&apos;s certificate chain: %n certificates</numerusform>
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
    <message>
        <source>invalid HSTS header</source>
        <translation>invalid HSTS header</translation>
    </message>
    <message numerus="yes">
        <source>HSTS for %n day(s)</source>
        <translation>
            <numerusform>HSTS for %n day</numerusform>
            <numerusform>HSTS for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no certificate (%1)</source>
        <translation>no certificate (%1)</translation>
    </message>
    <message>
        <source>Not used with an IP address</source>
        <translation>Not used with an IP address</translation>
    </message>
    <message>
        <source>Without SNI: %1; for an unknown name: %2</source>
        <translation>Without SNI: %1; for an unknown name: %2</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>certificate unknown</source>
        <translation>certificate unknown</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>unusable answer (%1)</source>
        <translation>unusable answer (%1)</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>none named</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is unknown, so there is nothing to ask</source>
        <translation>The certificate&apos;s issuer is unknown, so there is nothing to ask</translation>
    </message>
    <message>
        <source>OCSP responder: %1; CRL: %2</source>
        <translation>OCSP responder: %1; CRL: %2</translation>
    </message>
    <message>
        <source>No version accepted</source>
        <translation>No version accepted</translation>
    </message>
    <message>
        <source>Accepts %1</source>
        <translation>Accepts %1</translation>
    </message>
    <message>
        <source>no clear answer for %1</source>
        <translation>no clear answer for %1</translation>
    </message>
    <message>
        <source>No suite accepted</source>
        <translation>No suite accepted</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n suite(s), server&apos;s order</source>
        <translation>
            <numerusform>%1: %n suite, server&apos;s order</numerusform>
            <numerusform>%1: %n suites, server&apos;s order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n suite(s)</source>
        <translation>
            <numerusform>%1: %n suite</numerusform>
            <numerusform>%1: %n suites</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1-bit group</source>
        <translation>%1-bit group</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>not offered</translation>
    </message>
    <message>
        <source>Elliptic curves: %1; finite-field DH: %2</source>
        <translation>Elliptic curves: %1; finite-field DH: %2</translation>
    </message>
    <message>
        <source>Server name (SNI) behaviour</source>
        <translation>Server name (SNI) behaviour</translation>
    </message>
    <message>
        <source>Revocation check</source>
        <translation>Revocation check</translation>
    </message>
    <message>
        <source>Protocol versions</source>
        <translation>Protocol versions</translation>
    </message>
    <message>
        <source>Cipher suites</source>
        <translation>Cipher suites</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Key exchange</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>the certificate is not valid yet</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>the certificate is self-signed</translation>
    </message>
    <message>
        <source>the chain ends at a root this computer does not trust</source>
        <translation>the chain ends at a root this computer does not trust</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is missing</source>
        <translation>the certificate&apos;s issuer is missing</translation>
    </message>
    <message>
        <source>the site certificate&apos;s issuer is missing</source>
        <translation>the site certificate&apos;s issuer is missing</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature is invalid</source>
        <translation>the certificate&apos;s signature is invalid</translation>
    </message>
    <message>
        <source>a certificate that is not an authority issued another one</source>
        <translation>a certificate that is not an authority issued another one</translation>
    </message>
    <message>
        <source>the chain is longer than its authority allows</source>
        <translation>the chain is longer than its authority allows</translation>
    </message>
    <message>
        <source>the certificate is not allowed for this purpose</source>
        <translation>the certificate is not allowed for this purpose</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>the certificate was revoked</translation>
    </message>
    <message>
        <source>%1 (certificate %2 of the chain)</source>
        <translation>%1 (certificate %2 of the chain)</translation>
    </message>
    <message>
        <source>Trusted only with the intermediate downloaded from the certificate&apos;s AIA address</source>
        <translation>Trusted only with the intermediate downloaded from the certificate&apos;s AIA address</translation>
    </message>
    <message>
        <source>Could not tell: no clear answer for %1</source>
        <translation>Could not tell: no clear answer for %1</translation>
    </message>
    <message>
        <source>could not tell</source>
        <translation>could not tell</translation>
    </message>
    <message>
        <source>Proxy name lookup (DNS)</source>
        <translation>Proxy name lookup (DNS)</translation>
    </message>
    <message>
        <source>TCP connection to the proxy</source>
        <translation>TCP connection to the proxy</translation>
    </message>
    <message>
        <source>Tunnel through the proxy</source>
        <translation>Tunnel through the proxy</translation>
    </message>
    <message>
        <source>%1: no answer from the proxy (%2)</source>
        <translation>%1: no answer from the proxy (%2)</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirect</translation>
    </message>
    <message>
        <source>%1: leaves HTTPS</source>
        <translation>%1: leaves HTTPS</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2)</source>
        <translation>%1: the TLS handshake failed (%2)</translation>
    </message>
    <message>
        <source>%1: its certificate is not valid for it (%2)</source>
        <translation>%1: its certificate is not valid for it (%2)</translation>
    </message>
    <message>
        <source>; for “%1”: OCSP responder: %2; CRL: %3</source>
        <translation>; for “%1”: OCSP responder: %2; CRL: %3</translation>
    </message>
    <message>
        <source>Proxy script (PAC)</source>
        <translation>Proxy script (PAC)</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1: could not be read (%2)</translation>
    </message>
    <message>
        <source>%1: defines no FindProxyForURL</source>
        <translation>%1: defines no FindProxyForURL</translation>
    </message>
    <message>
        <source>%1: cannot be evaluated on this system; connecting directly</source>
        <translation>%1: cannot be evaluated on this system; connecting directly</translation>
    </message>
    <message>
        <source>%1: no proxy for this site</source>
        <translation>%1: no proxy for this site</translation>
    </message>
    <message>
        <source>Protocol assumed from the port</source>
        <translation>Protocol assumed from the port</translation>
    </message>
    <message>
        <source>No scheme was given: port %1 is taken to mean %2://</source>
        <translation>No scheme was given: port %1 is taken to mean %2://</translation>
    </message>
    <message>
        <source>%1 opening</source>
        <translation>%1 opening</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>%1 greeting</translation>
    </message>
    <message>
        <source>%1: ask for capabilities</source>
        <translation>%1: ask for capabilities</translation>
    </message>
    <message>
        <source>%1 capabilities</source>
        <translation>%1 capabilities</translation>
    </message>
    <message>
        <source>%1: ask to start TLS</source>
        <translation>%1: ask to start TLS</translation>
    </message>
    <message>
        <source>%1: answer to the TLS request</source>
        <translation>%1: answer to the TLS request</translation>
    </message>
    <message>
        <source>The server does not offer TLS: %1</source>
        <translation>The server does not offer TLS: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>Unexpected answer: %1</translation>
    </message>
    <message>
        <source>No complete answer (%1)</source>
        <translation>No complete answer (%1)</translation>
    </message>
    <message>
        <source>%1 did not switch to TLS</source>
        <translation>%1 did not switch to TLS</translation>
    </message>
    <message>
        <source>The same certificate as through the proxy</source>
        <translation>The same certificate as through the proxy</translation>
    </message>
    <message>
        <source>Another certificate, issued by “%1”</source>
        <translation>Another certificate, issued by “%1”</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>No certificate: %1</translation>
    </message>
    <message>
        <source>Direct connection, without the proxy</source>
        <translation>Direct connection, without the proxy</translation>
    </message>
    <message>
        <source>Server switches to encryption</source>
        <translation>Server switches to encryption</translation>
    </message>
    <message>
        <source>This computer switches to encryption</source>
        <translation>This computer switches to encryption</translation>
    </message>
    <message>
        <source>Server asks for another hello</source>
        <translation>Server asks for another hello</translation>
    </message>
    <message>
        <source>This computer says hello: offers %1</source>
        <translation>This computer says hello: offers %1</translation>
    </message>
    <message>
        <source>Server says hello: chooses %1</source>
        <translation>Server says hello: chooses %1</translation>
    </message>
    <message>
        <source>Server sends its settings, encrypted</source>
        <translation>Server sends its settings, encrypted</translation>
    </message>
    <message>
        <source>This computer sends its certificate</source>
        <translation>This computer sends its certificate</translation>
    </message>
    <message numerus="yes">
        <source>Server sends its certificate: %n certificate(s)</source>
        <translation>
            <numerusform>Server sends its certificate: %n certificate</numerusform>
            <numerusform>Server sends its certificate: %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Server sends its key share</source>
        <translation>Server sends its key share</translation>
    </message>
    <message>
        <source>Server asks for a client certificate</source>
        <translation>Server asks for a client certificate</translation>
    </message>
    <message>
        <source>Server has said its hello</source>
        <translation>Server has said its hello</translation>
    </message>
    <message>
        <source>Server proves it holds the certificate&apos;s key</source>
        <translation>Server proves it holds the certificate&apos;s key</translation>
    </message>
    <message>
        <source>This computer proves it holds its certificate&apos;s key</source>
        <translation>This computer proves it holds its certificate&apos;s key</translation>
    </message>
    <message>
        <source>This computer sends its key share</source>
        <translation>This computer sends its key share</translation>
    </message>
    <message>
        <source>Server confirms the handshake</source>
        <translation>Server confirms the handshake</translation>
    </message>
    <message>
        <source>This computer confirms the handshake</source>
        <translation>This computer confirms the handshake</translation>
    </message>
    <message>
        <source>Server sends a ticket to resume later</source>
        <translation>Server sends a ticket to resume later</translation>
    </message>
    <message>
        <source>Server sends its certificate&apos;s revocation status</source>
        <translation>Server sends its certificate&apos;s revocation status</translation>
    </message>
    <message>
        <source>Looks up %1: not found</source>
        <translation>Looks up %1: not found</translation>
    </message>
    <message>
        <source>Looks up %1: %2</source>
        <translation>Looks up %1: %2</translation>
    </message>
    <message>
        <source>Connects to port %1: refused</source>
        <translation>Connects to port %1: refused</translation>
    </message>
    <message>
        <source>Connects to port %1: no answer</source>
        <translation>Connects to port %1: no answer</translation>
    </message>
    <message>
        <source>Connects to port %1: failed</source>
        <translation>Connects to port %1: failed</translation>
    </message>
    <message>
        <source>Connects to port %1</source>
        <translation>Connects to port %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sentence, then the message&apos;s protocol name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer closes the connection (close_notify)</source>
        <translation>This computer closes the connection (close_notify)</translation>
    </message>
    <message>
        <source>Server closes the connection (close_notify)</source>
        <translation>Server closes the connection (close_notify)</translation>
    </message>
    <message>
        <source>This computer stops with alert %1</source>
        <translation>This computer stops with alert %1</translation>
    </message>
    <message>
        <source>Server stops with alert %1</source>
        <translation>Server stops with alert %1</translation>
    </message>
    <message>
        <source>Secure connection established: %1</source>
        <translation>Secure connection established: %1</translation>
    </message>
    <message>
        <source>Checks the certificate: not accepted</source>
        <translation>Checks the certificate: not accepted</translation>
    </message>
    <message>
        <source>Checks the certificate: accepted</source>
        <translation>Checks the certificate: accepted</translation>
    </message>
    <message>
        <source>Downloads the missing certificate</source>
        <translation>Downloads the missing certificate</translation>
    </message>
    <message>
        <source>Downloads the missing certificate: failed</source>
        <translation>Downloads the missing certificate: failed</translation>
    </message>
    <message>
        <source>Asks for the page: no answer</source>
        <translation>Asks for the page: no answer</translation>
    </message>
    <message>
        <source>Asks for the page: %1</source>
        <translation>Asks for the page: %1</translation>
    </message>
    <message>
        <source>Asks whether the certificate was revoked</source>
        <translation>Asks whether the certificate was revoked</translation>
    </message>
    <message>
        <source>Looks up the proxy</source>
        <translation>Looks up the proxy</translation>
    </message>
    <message>
        <source>Connects to the proxy: failed</source>
        <translation>Connects to the proxy: failed</translation>
    </message>
    <message>
        <source>Connects to the proxy</source>
        <translation>Connects to the proxy</translation>
    </message>
    <message>
        <source>Asks the proxy for a tunnel: no answer</source>
        <translation>Asks the proxy for a tunnel: no answer</translation>
    </message>
    <message>
        <source>Asks the proxy for a tunnel: %1</source>
        <translation>Asks the proxy for a tunnel: %1</translation>
    </message>
    <message>
        <source>Takes port %1 to mean %2://</source>
        <translation>Takes port %1 to mean %2://</translation>
    </message>
    <message>
        <source>This computer opens the %1 conversation</source>
        <translation>This computer opens the %1 conversation</translation>
    </message>
    <message>
        <source>Server greets in %1</source>
        <translation>Server greets in %1</translation>
    </message>
    <message>
        <source>This computer asks what the server offers</source>
        <translation>This computer asks what the server offers</translation>
    </message>
    <message>
        <source>Server lists what it offers</source>
        <translation>Server lists what it offers</translation>
    </message>
    <message>
        <source>This computer asks to switch to TLS</source>
        <translation>This computer asks to switch to TLS</translation>
    </message>
    <message>
        <source>Server answers the request to switch to TLS</source>
        <translation>Server answers the request to switch to TLS</translation>
    </message>
    <message>
        <source>Server does not switch to TLS</source>
        <translation>Server does not switch to TLS</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>Enter a web address, for example example.com or https://example.com:8443/.</source>
        <translation>Enter a web address, for example example.com or https://example.com:8443/.</translation>
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
    <message>
        <source>“%1” has an invalid zone (interface) after the “%”. Write it as in [fe80::1%25eth0]:443, with letters, digits, “.”, “_”, “~” or “-”.</source>
        <translation>“%1” has an invalid zone (interface) after the “%”. Write it as in [fe80::1%25eth0]:443, with letters, digits, “.”, “_”, “~” or “-”.</translation>
    </message>
    <message>
        <source>“%1:” is not an address this tool can test. Use an https:// address, a host name, or a mail, directory or database server&apos;s address (smtp://, imaps://, ldap://, postgres://…).</source>
        <translation>“%1:” is not an address this tool can test. Use an https:// address, a host name, or a mail, directory or database server&apos;s address (smtp://, imaps://, ldap://, postgres://…).</translation>
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
        <source>Handshake Doctor %1: %2</source>
        <translation>Handshake Doctor %1: %2</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Verdict: %1. %2</translation>
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
    <message>
        <source>connects</source>
        <translation>connects</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>Client compatibility (protocol versions and cipher suites only)</source>
        <translation>Client compatibility (protocol versions and cipher suites only)</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>reading it was cancelled</source>
        <translation>reading it was cancelled</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MB</source>
        <translation>
            <numerusform>it is larger than %n MB</numerusform>
            <numerusform>it is larger than %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>no certificate found</source>
        <translation>no certificate found</translation>
    </message>
</context>
<context>
    <name>hd::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>About Handshake Doctor</source>
        <translation>About Handshake Doctor</translation>
    </message>
    <message>
        <source>Handshake Doctor %1</source>
        <translation>Handshake Doctor %1</translation>
    </message>
    <message>
        <source>Finds out why a secure (TLS) connection to a web address fails, explains it in plain words, and says who can fix it and how.</source>
        <translation>Finds out why a secure (TLS) connection to a web address fails, explains it in plain words, and says who can fix it and how.</translation>
    </message>
</context>
<context>
    <name>hd::ChainModel</name>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valid from %1 to %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>hd::ChainPanel</name>
    <message>
        <source>Save as PEM…</source>
        <translation>Save as PEM…</translation>
    </message>
    <message>
        <source>Save the selected certificate to a file, for example to send it to the site&apos;s owner.</source>
        <translation>Save the selected certificate to a file, for example to send it to the site&apos;s owner.</translation>
    </message>
    <message>
        <source>The certificates the server sent will appear here.</source>
        <translation>The certificates the server sent will appear here.</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Select a certificate to see its details.</translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation>Save Certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The certificate could not be saved</source>
        <translation>The certificate could not be saved</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <source>Certificate saved to %1</source>
        <translation>Certificate saved to %1</translation>
    </message>
</context>
<context>
    <name>hd::ExtraChecksPanel</name>
    <message>
        <source>Protocol versions and cipher suites</source>
        <translation>Protocol versions and cipher suites</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Key exchange</translation>
    </message>
    <message>
        <source>Would common clients connect?</source>
        <translation>Would common clients connect?</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Server&apos;s answer</translation>
    </message>
    <message>
        <source>Cipher suites accepted</source>
        <translation>Cipher suites accepted</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>After a diagnosis, this shows which protocol versions and cipher suites the server accepts, and which common clients could connect.</source>
        <translation>After a diagnosis, this shows which protocol versions and cipher suites the server accepts, and which common clients could connect.</translation>
    </message>
    <message>
        <source>The extra connections did not run.</source>
        <translation>The extra connections did not run.</translation>
    </message>
    <message>
        <source>The extra connections did not run: %1.</source>
        <translation>The extra connections did not run: %1.</translation>
    </message>
    <message>
        <source>From extra connections that offered one version, suite or group at a time.</source>
        <translation>From extra connections that offered one version, suite or group at a time.</translation>
    </message>
    <message>
        <source>(in the server&apos;s order of preference)</source>
        <translation>(in the server&apos;s order of preference)</translation>
    </message>
    <message>
        <source>(the list may be incomplete)</source>
        <translation>(the list may be incomplete)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between group names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1-bit group</source>
        <translation>%1-bit group</translation>
    </message>
    <message>
        <source>Elliptic curves: %1</source>
        <translation>Elliptic curves: %1</translation>
    </message>
    <message>
        <source>Finite-field Diffie-Hellman: %1</source>
        <translation>Finite-field Diffie-Hellman: %1</translation>
    </message>
    <message>
        <source>Could not tell: %1 (%2)</source>
        <translation>Could not tell: %1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>hd::FindingsPanel</name>
    <message>
        <source>Causes and fixes will appear here after a diagnosis.</source>
        <translation>Causes and fixes will appear here after a diagnosis.</translation>
    </message>
    <message>
        <source>Diagnosing… causes and fixes will appear here.</source>
        <translation>Diagnosing… causes and fixes will appear here.</translation>
    </message>
    <message>
        <source>No problems found: the secure connection works.</source>
        <translation>No problems found: the secure connection works.</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled, so no causes were determined.</source>
        <translation>The diagnosis was cancelled, so no causes were determined.</translation>
    </message>
</context>
<context>
    <name>hd::LadderView</name>
    <message>
        <source>Name server (DNS)</source>
        <translation>Name server (DNS)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Handshake diagram</source>
        <translation>Handshake diagram</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Enter Address</source>
        <translation>&amp;Enter Address</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Export Report…</translation>
    </message>
    <message>
        <source>Save a PDF report with the verdict, the fixes, the timeline and the certificates.</source>
        <translation>Save a PDF report with the verdict, the fixes, the timeline and the certificates.</translation>
    </message>
    <message>
        <source>&amp;Copy for Help Desk</source>
        <translation>&amp;Copy for Help Desk</translation>
    </message>
    <message>
        <source>Put a short plain-text summary on the clipboard, to paste into an e-mail or a chat.</source>
        <translation>Put a short plain-text summary on the clipboard, to paste into an e-mail or a chat.</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <source>C&amp;lear Recent Addresses</source>
        <translation>C&amp;lear Recent Addresses</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Handshake Doctor</source>
        <translation>&amp;About Handshake Doctor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>example.com or https://example.com:8443/path</source>
        <translation>example.com or https://example.com:8443/path</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Check the connection step by step (Enter)</source>
        <translation>Check the connection step by step (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the diagnosis (Esc)</source>
        <translation>Stop the diagnosis (Esc)</translation>
    </message>
    <message>
        <source>Op&amp;tions…</source>
        <translation>Op&amp;tions…</translation>
    </message>
    <message>
        <source>Time limit, an extra trusted CA file, and an address override</source>
        <translation>Time limit, an extra trusted CA file, and an address override</translation>
    </message>
    <message>
        <source>Causes and how to fix them</source>
        <translation>Causes and how to fix them</translation>
    </message>
    <message>
        <source>&amp;Handshake</source>
        <translation>&amp;Handshake</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificates</translation>
    </message>
    <message>
        <source>Also trusting the CAs in %1</source>
        <translation>Also trusting the CAs in %1</translation>
    </message>
    <message>
        <source>Connecting to %1 for %2 port %3</source>
        <translation>Connecting to %1 for %2 port %3</translation>
    </message>
    <message>
        <source>Time limit %1 s</source>
        <translation>Time limit %1 s</translation>
    </message>
    <message>
        <source>Missing certificates are not downloaded</source>
        <translation>Missing certificates are not downloaded</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Diagnosing %1 — %2 s of at most %3 s</source>
        <translation>Diagnosing %1 — %2 s of at most %3 s</translation>
    </message>
    <message>
        <source>Diagnosing %1 — last step: %2 — %3 s of at most %4 s</source>
        <translation>Diagnosing %1 — last step: %2 — %3 s of at most %4 s</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>Cancelled after %1.</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>Finished in %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>The report could not be saved</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>A summary is on the clipboard: paste it into an e-mail or a chat with your help desk.</source>
        <translation>A summary is on the clipboard: paste it into an e-mail or a chat with your help desk.</translation>
    </message>
    <message>
        <source>&amp;Versions and Clients</source>
        <translation>&amp;Versions and Clients</translation>
    </message>
    <message>
        <source>Step Ta&amp;ble</source>
        <translation>Step Ta&amp;ble</translation>
    </message>
    <message>
        <source>A host name, an IP address, or a full https:// address; mail, directory and database servers by their scheme (smtp://, imaps://, ldap://, postgres://…). Recent addresses are in the list.</source>
        <translation>A host name, an IP address, or a full https:// address; mail, directory and database servers by their scheme (smtp://, imaps://, ldap://, postgres://…). Recent addresses are in the list.</translation>
    </message>
    <message>
        <source>Handshake: a step failed</source>
        <translation>Handshake: a step failed</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Step Table: a step failed</source>
        <translation>Step Table: a step failed</translation>
    </message>
    <message>
        <source>Step Table</source>
        <translation>Step Table</translation>
    </message>
    <message>
        <source>Certificates: a problem was found</source>
        <translation>Certificates: a problem was found</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Versions and Clients: a problem was found</source>
        <translation>Versions and Clients: a problem was found</translation>
    </message>
    <message>
        <source>Versions and Clients</source>
        <translation>Versions and Clients</translation>
    </message>
</context>
<context>
    <name>hd::OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Give up after:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the whole diagnosis before reporting a timeout.</source>
        <translation>How long to wait for the whole diagnosis before reporting a timeout.</translation>
    </message>
    <message>
        <source>Also &amp;trust CAs in:</source>
        <translation>Also &amp;trust CAs in:</translation>
    </message>
    <message>
        <source>PEM file with your organisation&apos;s root certificate</source>
        <translation>PEM file with your organisation&apos;s root certificate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>For internal networks: certificates in this file are trusted in addition to this computer&apos;s trusted authorities.</source>
        <translation>For internal networks: certificates in this file are trusted in addition to this computer&apos;s trusted authorities.</translation>
    </message>
    <message>
        <source>&amp;Connect to address:</source>
        <translation>&amp;Connect to address:</translation>
    </message>
    <message>
        <source>host:port:address, for example example.com:443:192.0.2.10</source>
        <translation>host:port:address, for example example.com:443:192.0.2.10</translation>
    </message>
    <message>
        <source>Test a server before DNS points to it: connect to this address instead of looking the name up. Used for this session only.</source>
        <translation>Test a server before DNS points to it: connect to this address instead of looking the name up. Used for this session only.</translation>
    </message>
    <message>
        <source>&amp;Download missing intermediate certificates (AIA) to confirm an incomplete chain</source>
        <translation>&amp;Download missing intermediate certificates (AIA) to confirm an incomplete chain</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist.</source>
        <translation>The CA file “%1” does not exist.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>The CA file “%1” cannot be read.</translation>
    </message>
    <message>
        <source>Write the address override as host:port:address, for example example.com:443:192.0.2.10 or example.com:443:[2001:db8::1].</source>
        <translation>Write the address override as host:port:address, for example example.com:443:192.0.2.10 or example.com:443:[2001:db8::1].</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>Choose a CA File</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>The system&apos;s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>This one:</source>
        <translation>This one:</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or http://user:password@proxy.example:3128</source>
        <translation>http://proxy.example:3128 or http://user:password@proxy.example:3128</translation>
    </message>
    <message>
        <source>Connections go the way the browser&apos;s do: through the proxy this computer&apos;s settings name, unless you choose none or give one here. A password given here is kept for this session only.</source>
        <translation>Connections go the way the browser&apos;s do: through the proxy this computer&apos;s settings name, unless you choose none or give one here. A password given here is kept for this session only.</translation>
    </message>
    <message>
        <source>Write the proxy as an HTTP proxy&apos;s address, for example http://proxy.example:3128.</source>
        <translation>Write the proxy as an HTTP proxy&apos;s address, for example http://proxy.example:3128.</translation>
    </message>
</context>
<context>
    <name>hd::TimelineModel</name>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Sent by this computer</source>
        <translation>Sent by this computer</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Received from the server</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hd::TimelinePanel</name>
    <message>
        <source>The steps of the connection will appear here.</source>
        <translation>The steps of the connection will appear here.</translation>
    </message>
    <message>
        <source>Select a step to see its details.</source>
        <translation>Select a step to see its details.</translation>
    </message>
</context>
<context>
    <name>hd::VerdictBanner</name>
    <message>
        <source>Why won&apos;t this site open securely?</source>
        <translation>Why won&apos;t this site open securely?</translation>
    </message>
    <message>
        <source>The steps appear on the right as they happen.</source>
        <translation>The steps appear on the right as they happen.</translation>
    </message>
    <message>
        <source>Also worth knowing (for the site&apos;s owner)</source>
        <translation>Also worth knowing (for the site&apos;s owner)</translation>
    </message>
</context>
</TS>
