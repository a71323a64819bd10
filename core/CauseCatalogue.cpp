#include "CauseCatalogue.h"

#include "tls/TlsNames.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace hd {

namespace {


QString str(const QVariantMap &facts, const char *key)
{
    return facts.value(QLatin1String(key)).toString();
}

QString list(const QVariantMap &facts, const char *key)
{
    return facts.value(QLatin1String(key)).toStringList().join(QStringLiteral(", "));
}

QString date(const QVariant &value)
{
    return QLocale().toString(value.toDateTime().toUTC(), QLocale::LongFormat);
}

QVariantList certificates(const QVariantMap &facts)
{
    return facts.value(QStringLiteral("certificates")).toList();
}

QStringList dnsEvidence(const QVariantMap &f)
{
    const QString kind = str(f, "kind");
    if (kind == QLatin1String("timeout"))
        return {CauseCatalogue::tr("No answer from the name server for “%1” before the time limit.").arg(str(f, "host"))};
    if (kind == QLatin1String("not-found"))
        return {CauseCatalogue::tr("The name “%1” does not exist in DNS (%2).").arg(str(f, "host"), str(f, "error"))};
    return {CauseCatalogue::tr("Looking up “%1” failed: %2.").arg(str(f, "host"), str(f, "error"))};
}

QStringList refusedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("%1 port %2 refused the connection: nothing is listening there, or a firewall rejects it.")
                .arg(str(f, "address"), str(f, "port"))};
}

QStringList unreachableEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("Connecting to %1 port %2 failed: %3.").arg(str(f, "address"), str(f, "port"), str(f, "error"))};
}

QStringList timeoutEvidence(const QVariantMap &f)
{
    const QString phase = str(f, "phase");
    const QString seconds = QLocale().toString(f.value(QStringLiteral("seconds")).toDouble(), 'f', 1);
    if (phase == QLatin1String("connect"))
        return {CauseCatalogue::tr("No answer to the TCP connection request to %1 port %2 within %3 s.")
                    .arg(str(f, "address"), str(f, "port"), seconds)};
    if (phase == QLatin1String("http"))
        return {CauseCatalogue::tr("The TLS handshake succeeded, but the server did not answer the HTTP request within %1 s.").arg(seconds)};
    const QString after = str(f, "after").isEmpty() ? QStringLiteral("ClientHello") : str(f, "after");
    return {CauseCatalogue::tr("The TCP connection to %1 port %2 opened, but after %3 the server sent nothing for %4 s.")
                .arg(str(f, "address"), str(f, "port"), after, seconds)};
}

QStringList abortedEvidence(const QVariantMap &f)
{
    if (str(f, "after") == QLatin1String("tcp"))
        return {CauseCatalogue::tr("The server accepted the TCP connection and reset it at once, before any TLS message.")};
    const QString after = str(f, "after").isEmpty() ? QStringLiteral("ClientHello") : str(f, "after");
    if (str(f, "how") == QLatin1String("reset"))
        return {CauseCatalogue::tr("The server reset the connection (TCP RST) right after %1, without a TLS alert.").arg(after)};
    return {CauseCatalogue::tr("The server closed the connection right after %1, without a TLS alert.").arg(after)};
}

QStringList notTlsEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server's first bytes were “%1”, which is not a TLS record.").arg(str(f, "firstBytes"))};
    const QString protocol = str(f, "protocol");
    if (protocol == QLatin1String("http"))
        lines << CauseCatalogue::tr("This port speaks plain HTTP (unencrypted), not HTTPS.");
    else if (!protocol.isEmpty() && protocol != QLatin1String("unknown"))
        lines << CauseCatalogue::tr("This port speaks %1, not TLS.").arg(protocol.toUpper());
    return lines;
}

QStringList expiredEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” expired on %3 (%n day(s) ago).", nullptr, cert.value(QStringLiteral("days")).toInt())
                     .arg(CauseCatalogue::certificatePosition(str(cert, "position")), str(cert, "name"), date(cert.value(QStringLiteral("date"))));
    }
    return lines;
}

QStringList notYetValidEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” becomes valid only on %3 (in %n day(s)).", nullptr, cert.value(QStringLiteral("days")).toInt())
                     .arg(CauseCatalogue::certificatePosition(str(cert, "position")), str(cert, "name"), date(cert.value(QStringLiteral("date"))));
    }
    return lines;
}

QStringList mismatchEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("You asked for “%1”, but the certificate is valid only for: %2.").arg(str(f, "host"), list(f, "names"))};
    const QString hint = str(f, "hint");
    if (hint == QLatin1String("www-only"))
        lines << CauseCatalogue::tr("The certificate covers the www. name but not the bare domain “%1”.").arg(str(f, "host"));
    else if (hint == QLatin1String("bare-only"))
        lines << CauseCatalogue::tr("The certificate covers the bare domain but not “%1”.").arg(str(f, "host"));
    else if (hint == QLatin1String("wildcard-depth"))
        lines << CauseCatalogue::tr("A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.")
                     .arg(str(f, "wildcard"), str(f, "wildcard").mid(2), str(f, "host"));
    else if (hint == QLatin1String("wildcard-bare"))
        lines << CauseCatalogue::tr("A wildcard like “%1” does not cover the bare domain “%2” itself.").arg(str(f, "wildcard"), str(f, "host"));
    return lines;
}

QStringList missingSanEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.")
                .arg(str(f, "host"), str(f, "commonName"))};
}

QStringList selfSignedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate “%1” is signed by itself and is not in this computer's trust store.").arg(str(f, "name")),
            CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(str(f, "fingerprint"))};
}

QStringList untrustedRootEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The chain ends at the root “%1”, which is not in this computer's trust store.").arg(str(f, "root"))};
    if (f.value(QStringLiteral("fetched")).toBool())
        lines << CauseCatalogue::tr("The root was downloaded from the address in the certificate (%1).").arg(str(f, "url"));
    else if (!f.value(QStringLiteral("rootSent")).toBool() && !str(f, "root").isEmpty())
        lines << CauseCatalogue::tr("The server did not send this root, and it could not be found anywhere else.");
    if (!str(f, "fingerprint").isEmpty())
        lines << CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(str(f, "fingerprint"));
    return lines;
}

QStringList incompleteChainEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.", nullptr,
                            f.value(QStringLiteral("sent")).toInt())
                          .arg(list(f, "missing"), str(f, "orphan"))};
    if (f.value(QStringLiteral("fetched")).toBool())
        lines << CauseCatalogue::tr("Downloaded the missing certificate from %1 (the certificate's AIA caIssuers address): with it the chain is complete.")
                     .arg(str(f, "url"));
    else if (!str(f, "url").isEmpty())
        lines << CauseCatalogue::tr("Could not download it from %1: %2.").arg(str(f, "url"), str(f, "error"));
    return lines;
}

QStringList weakSignatureEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” is signed with %3.")
                     .arg(CauseCatalogue::certificatePosition(str(cert, "position")), str(cert, "name"), str(cert, "algorithm"));
    }
    return lines;
}

QStringList weakKeyEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” has a %3 key of only %4 bits.")
                     .arg(CauseCatalogue::certificatePosition(str(cert, "position")), str(cert, "name"), str(cert, "keyType"), str(cert, "bits"));
    }
    return lines;
}

QStringList wrongPurposeEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate “%1” is only allowed for: %2. A web server's certificate needs “serverAuth” (TLS Web Server Authentication).")
                .arg(str(f, "name"), list(f, "usages"))};
}

QStringList clientCertEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server asked for a client certificate (CertificateRequest), none was sent, and it ended the connection with “%1”.")
                          .arg(str(f, "alert").isEmpty() ? CauseCatalogue::tr("no alert") : str(f, "alert"))};
    if (!list(f, "acceptedIssuers").isEmpty())
        lines << CauseCatalogue::tr("Client certificates it accepts are issued by: %1.").arg(list(f, "acceptedIssuers"));
    return lines;
}

QStringList sniEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The server answered the requested name “%1” (sent as SNI) with the alert unrecognized_name (%2).")
                .arg(str(f, "serverName"), str(f, "level"))};
}

QStringList alertEvidence(const QVariantMap &f)
{
    const QString after = str(f, "after").isEmpty() ? QStringLiteral("ClientHello") : str(f, "after");
    return {CauseCatalogue::tr("The server ended the handshake after %1 with the alert “%2”: %3")
                .arg(after, str(f, "alert"), CauseCatalogue::alertMeaning(f.value(QStringLiteral("code")).toInt()))};
}

QStringList certInvalidEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QString &error : f.value(QStringLiteral("errors")).toStringList())
        lines << CauseCatalogue::tr("Certificate check: %1").arg(error);
    return lines;
}

QStringList localFailureEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The handshake stopped on our side after %1: %2")
                .arg(str(f, "after").isEmpty() ? QStringLiteral("ClientHello") : str(f, "after"), str(f, "error"))};
}

QStringList caFileEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The CA file “%1” could not be used: %2.").arg(str(f, "file"), str(f, "error"))};
}

QStringList httpEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("After the handshake, the HTTP request got no answer: %1.").arg(str(f, "error"))};
}

// Sorted by rank: the first entries are the causes that make the others moot.
const CauseCatalogue::Entry kCauses[] = {
    {"dns-failure", Severity::Error, FixedBy::Server, 10,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site's name cannot be found"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Before connecting, the computer asks DNS for the site's address. That question got no usable answer, so no connection was even tried."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check the spelling of the address."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If it is right, tell the site's owner that the name has no DNS record (A or AAAA)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If other sites fail too, check this computer's network and DNS settings.")},
     dnsEvidence},
    {"connection-refused", Severity::Error, FixedBy::Server, 20,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server refused the connection"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The address answered, but nothing accepts connections on this port. The web server is stopped, listens on another port, or a firewall rejects the connection."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check that the port in the address is right (HTTPS normally uses 443)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner: the HTTPS service is not running or not listening on this port and address."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: start the service, and check the listen address and the firewall rules.")},
     refusedEvidence},
    {"network-unreachable", Severity::Error, FixedBy::Network, 25,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server's network cannot be reached"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The connection attempt failed before reaching the server: there is no route to its address from here."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check that this computer is online and that other sites work."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If the address is IPv6 and this network has no IPv6, ask your network administrator, or try from another network."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "A VPN or firewall rule may block this address: ask your network administrator.")},
     unreachableEvidence},
    {"timeout", Severity::Error, FixedBy::Network, 30,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server did not answer in time"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The request was sent but no answer came back before the time limit. A firewall may silently drop the traffic, or the server is overloaded or hung."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Try again, and from another network (for example a phone hotspot): if that works, a firewall or proxy on your network blocks the site."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Ask your network administrator whether outgoing connections to this port are allowed."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If it fails everywhere, tell the site's owner that the server does not answer on this port.")},
     timeoutEvidence},
    {"not-tls", Severity::Error, FixedBy::Server, 40,
     QT_TRANSLATE_NOOP("CauseCatalogue", "This port does not speak TLS"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A secure connection starts with a TLS handshake, but the server answered in another protocol. Either the address names the wrong port, or the server is not set up for HTTPS on it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check the port: maybe the site uses http:// on this port and https:// on another (usually 443)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable TLS on this port (for example “listen 443 ssl;” in nginx), or move plain HTTP elsewhere.")},
     notTlsEvidence},
    {"handshake-aborted", Severity::Error, FixedBy::Server, 50,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server hung up during the handshake"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server (or a device in between) dropped the connection in the middle of the TLS handshake without saying why. Common causes: the server has no certificate for this name, it rejects every protocol version or cipher we offered, or a filtering firewall cut the connection."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Try from another network: if it works there, a firewall or filter on your network cuts TLS connections."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the TLS server's error log at the time of this test; make sure a certificate is configured for this host name and that TLS 1.2 and 1.3 are enabled.")},
     abortedEvidence},
    {"sni-unknown", Severity::Error, FixedBy::Server, 60,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not know this site name"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "During the handshake the client says which site it wants (SNI). The server answered that it has no site by this name."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check that the address is the one the site's owner published."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: add this name to the server's configuration (server_name / ServerName / virtual host) with a certificate that covers it.")},
     sniEvidence},
    {"client-cert-required", Severity::Error, FixedBy::Client, 70,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server requires a client certificate"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "This server lets in only clients that prove who they are with a certificate of their own (mutual TLS). Without one, it ends the connection."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Ask the site's owner or your IT department for a client certificate for this service."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Install it in your browser or system certificate store, then connect again and choose it when asked."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If the site should be public, tell its owner that client certificates are required by mistake.")},
     clientCertEvidence},
    {"handshake-alert", Severity::Error, FixedBy::Server, 80,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server rejected the handshake"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server ended the TLS handshake with an alert: it found nothing acceptable in what the client offered, or its own configuration is broken."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: look up the alert in the server's TLS log at the time of this test."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable TLS 1.2 and 1.3 with current cipher suites (for example Mozilla's “intermediate” configuration).")},
     alertEvidence},
    {"tls-failed", Severity::Error, FixedBy::Server, 85,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The handshake could not be completed"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server's handshake messages were malformed or unacceptable, so the connection was stopped on the client side."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: test the server with a current TLS library and update its TLS software."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If only this computer fails, a security product that inspects TLS may be interfering: try another network or computer.")},
     localFailureEvidence},
    {"self-signed", Severity::Error, FixedBy::Server, 100,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is self-signed"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site vouches for itself: no certificate authority that this computer trusts has signed its certificate, so anyone could have made it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Do not enter passwords on this site until this is fixed."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: replace the certificate with one from a public certificate authority (for example free from Let's Encrypt)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "On an internal network: have IT install the certificate as trusted on the computers that use it.")},
     selfSignedEvidence},
    {"untrusted-root", Severity::Error, FixedBy::Server, 110,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate comes from an authority this computer does not trust"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate chain is complete, but it ends at a root certificate that is not in this computer's list of trusted authorities. This is typical for company-internal authorities."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "If this is a company-internal site: ask IT to install the company's root certificate on this computer."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If it is a public site: tell its owner to use a certificate from a publicly trusted authority."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Do not install a root certificate because a website asks you to.")},
     untrustedRootEvidence},
    {"incomplete-chain", Severity::Error, FixedBy::Server, 120,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not send its intermediate certificate"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A server must send its certificate together with the intermediate certificates that link it to a trusted root. This one leaves one out. Some browsers fetch it themselves and work; other clients (apps, curl, Java, Android, Firefox on first visit) fail."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner: the server must send the full chain (leaf and intermediates)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: configure the “full chain” file from your certificate authority (nginx: ssl_certificate fullchain.pem; Apache: SSLCertificateFile with the chain appended)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reload the server and test again.")},
     incompleteChainEvidence},
    {"cert-invalid", Severity::Error, FixedBy::Server, 125,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate chain is not valid"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Checking the certificate chain found a problem that makes clients reject it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue or reinstall the certificate and its chain from your certificate authority.")},
     certInvalidEvidence},
    {"cert-expired", Severity::Error, FixedBy::Server, 130,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate has expired"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Certificates are valid for a limited time. A certificate in this site's chain is past its end date, so clients reject it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check that this computer's date and time are correct."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate has expired and must be renewed."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: renew it, install the new certificate with its chain, reload the server, and set up automatic renewal.")},
     expiredEvidence},
    {"cert-not-yet-valid", Severity::Error, FixedBy::Server, 135,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is not valid yet"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A certificate in this site's chain has a start date in the future. Either the server uses a certificate too early, or this computer's clock is wrong."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check that this computer's date and time are correct."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: install a certificate that is valid now, or check the clock of the machine that issued it.")},
     notYetValidEvidence},
    {"hostname-mismatch", Severity::Error, FixedBy::Server, 140,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is for a different name"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A certificate lists the site names it may be used for. The name you asked for is not among them, so the client cannot tell it is talking to the right site."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check the address: maybe the site is meant to be reached under another name (for example with or without www.)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner which name you used and which names the certificate covers."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: get a certificate that includes this name as a Subject Alternative Name, or redirect to a covered name.")},
     mismatchEvidence},
    {"missing-san", Severity::Error, FixedBy::Server, 145,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate lacks a Subject Alternative Name"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site's name appears only in the certificate's old “common name” field. Current browsers and libraries only look at the Subject Alternative Name extension, so they reject it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate must list the host name as a Subject Alternative Name (SAN)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue the certificate with subjectAltName = DNS:<host name> (public authorities do this automatically).")},
     missingSanEvidence},
    {"wrong-purpose", Severity::Error, FixedBy::Server, 150,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is not meant for web servers"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A certificate's “extended key usage” says what it may be used for. This one does not allow use by a TLS server, so clients reject it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate was issued for another purpose (for example client login or code signing)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue it with extended key usage “serverAuth” (TLS Web Server Authentication).")},
     wrongPurposeEvidence},
    {"weak-signature", Severity::Error, FixedBy::Server, 160,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate uses an obsolete signature"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is signed with SHA-1 or MD5. These hash functions are broken: forged certificates with the same signature are possible, so current clients refuse them."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate has an obsolete SHA-1/MD5 signature."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue the certificate (and any internal intermediate) with SHA-256 or better.")},
     weakSignatureEvidence},
    {"weak-key", Severity::Error, FixedBy::Server, 170,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate's key is too short"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate's public key is too small to be safe (RSA below 2048 bits or elliptic curve below 256 bits). Current clients refuse such keys."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate's key is too short."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: create a new key (RSA 2048 bits or more, or ECDSA P-256) and a new certificate for it.")},
     weakKeyEvidence},
    {"ca-file-unusable", Severity::Warning, FixedBy::Client, 200,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The extra CA file could not be used"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system's trusted authorities."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check the file's path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).")},
     caFileEvidence},
    {"http-no-answer", Severity::Warning, FixedBy::Server, 210,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The secure connection works, but the web server does not answer"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The TLS handshake succeeded, but the HTTP request sent over it got no answer."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the web application behind the TLS server (proxy backend, application logs).")},
     httpEvidence},
};

} // namespace

const CauseCatalogue::Entry *CauseCatalogue::entry(const QString &id)
{
    for (const Entry &cause : kCauses) {
        if (id == QLatin1String(cause.id))
            return &cause;
    }
    return nullptr;
}

QStringList CauseCatalogue::ids()
{
    QStringList out;
    for (const Entry &cause : kCauses)
        out << QLatin1String(cause.id);
    return out;
}

Finding CauseCatalogue::make(const char *id, const QVariantMap &facts)
{
    const Entry *cause = entry(QLatin1String(id));
    Q_ASSERT_X(cause, "CauseCatalogue::make", id);
    return {QLatin1String(id), cause->severity, cause->fixedBy, facts};
}

RenderedFinding CauseCatalogue::render(const Finding &finding)
{
    RenderedFinding text;
    const Entry *cause = entry(finding.id);
    if (!cause)
        return text;
    text.title = tr(cause->title);
    text.explanation = tr(cause->explanation);
    text.evidence = cause->evidence(finding.facts);
    for (const char *step : cause->fixSteps) {
        if (step)
            text.fixSteps << tr(step);
    }
    return text;
}

void CauseCatalogue::sortByRootCause(QList<Finding> *findings)
{
    std::stable_sort(findings->begin(), findings->end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        const Entry *ea = entry(a.id);
        const Entry *eb = entry(b.id);
        return (ea ? ea->rank : 1000) < (eb ? eb->rank : 1000);
    });
}

QString CauseCatalogue::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Note");
    }
    return {};
}

QString CauseCatalogue::fixedByLabel(FixedBy fixedBy)
{
    switch (fixedBy) {
    case FixedBy::Client: return tr("You (this computer)");
    case FixedBy::Server: return tr("The site's administrator");
    case FixedBy::Network: return tr("Your network administrator");
    }
    return {};
}

QString CauseCatalogue::certificatePosition(const QString &positionKey)
{
    if (positionKey == QLatin1String("leaf"))
        return tr("The site's certificate");
    if (positionKey == QLatin1String("root"))
        return tr("The root certificate");
    return tr("The intermediate certificate");
}

QString CauseCatalogue::alertMeaning(int alertCode)
{
    switch (alertCode) {
    case tls::CloseNotify: return tr("the sender is closing the connection normally.");
    case tls::UnexpectedMessage: return tr("a message arrived that was not expected at this point.");
    case tls::BadRecordMac: return tr("a record could not be decrypted or verified.");
    case tls::HandshakeFailure: return tr("no acceptable set of security parameters was found (protocol version, cipher suite or certificate).");
    case tls::BadCertificate: return tr("a certificate was corrupt or its signature did not verify.");
    case tls::UnsupportedCertificate: return tr("a certificate was of an unsupported type.");
    case tls::CertificateRevoked: return tr("a certificate was revoked by its issuer.");
    case tls::CertificateExpired: return tr("a certificate has expired or is not yet valid.");
    case tls::CertificateUnknown: return tr("a certificate was not accepted for another reason.");
    case tls::IllegalParameter: return tr("a field in the handshake was out of range or inconsistent.");
    case tls::UnknownCa: return tr("a certificate's authority is not trusted.");
    case tls::AccessDenied: return tr("the peer is not allowed to connect.");
    case tls::DecodeError: return tr("a message could not be decoded.");
    case tls::DecryptError: return tr("a handshake signature or check failed.");
    case tls::ProtocolVersion: return tr("the protocol version offered is not supported by the other side.");
    case tls::InsufficientSecurity: return tr("the other side requires stronger cipher suites than offered.");
    case tls::InternalError: return tr("the sender had an internal error unrelated to the peer.");
    case tls::InappropriateFallback: return tr("a version downgrade was detected and refused.");
    case tls::UserCanceled: return tr("the sender cancelled the handshake.");
    case tls::MissingExtension: return tr("a required extension was missing.");
    case tls::UnsupportedExtension: return tr("an extension was sent that the other side does not allow.");
    case tls::UnrecognizedName: return tr("the server has no site for the requested name (SNI).");
    case tls::BadCertificateStatusResponse: return tr("the certificate status (OCSP) response was invalid.");
    case tls::UnknownPskIdentity: return tr("the pre-shared key identity is unknown.");
    case tls::CertificateRequired: return tr("a client certificate is required but none was provided.");
    case tls::NoApplicationProtocol: return tr("no application protocol (ALPN) in common.");
    default: return tr("an alert without a standard meaning.");
    }
}

} // namespace hd
