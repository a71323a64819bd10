// The connection causes: their text and evidence, beside the checks that find them
// (ReachabilityCheck.cpp, with the proxy's, and HandshakeCheck.cpp). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"
#include "starttls/StartTls.h"

#include <QLocale>

namespace hd {

namespace {

using namespace causetext;

// A warning-level unrecognized_name: the server went on with a default site.
Severity sniUnknownSeverity(const QVariantMap &f, Severity usual)
{
    return factText(f, "level") == QLatin1String("warning") ? Severity::Warning : usual;
}

QStringList dnsEvidence(const QVariantMap &f)
{
    const QString kind = factText(f, "kind");
    if (kind == QLatin1String("timeout"))
        return {CauseCatalogue::tr("No answer from the name server for “%1” before the time limit.").arg(factText(f, "host"))};
    if (kind == QLatin1String("not-found"))
        return {CauseCatalogue::tr("The name “%1” does not exist in DNS (%2).").arg(factText(f, "host"), factText(f, "error"))};
    return {CauseCatalogue::tr("Looking up “%1” failed: %2.").arg(factText(f, "host"), factText(f, "error"))};
}

QStringList refusedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("%1 port %2 refused the connection: nothing is listening there, or a firewall rejects it.")
                .arg(factText(f, "address"), factText(f, "port"))};
}

QStringList unreachableEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("Connecting to %1 port %2 failed: %3.").arg(factText(f, "address"), factText(f, "port"), factText(f, "error"))};
}

QStringList timeoutEvidence(const QVariantMap &f)
{
    const QString phase = factText(f, "phase");
    const QString seconds = QLocale().toString(f.value(QStringLiteral("seconds")).toDouble(), 'f', 1);
    if (phase == QLatin1String("connect"))
        return {CauseCatalogue::tr("No answer to the TCP connection request to %1 port %2 within %3 s.")
                    .arg(factText(f, "address"), factText(f, "port"), seconds)};
    if (phase == QLatin1String("http"))
        return {CauseCatalogue::tr("The TLS handshake succeeded, but the server did not answer the HTTP request within %1 s.").arg(seconds)};
    if (phase == QLatin1String("starttls")) {
        QStringList lines{CauseCatalogue::tr("The TCP connection to %1 port %2 opened, but at the %3 step the server sent nothing for %4 s.")
                              .arg(factText(f, "address"), factText(f, "port"), factText(f, "after"), seconds)};
        if (factText(f, "stage") == QLatin1String("greeting") && !factText(f, "tlsScheme").isEmpty())
            lines << CauseCatalogue::tr("A server that expects TLS from the first byte waits silently like this: if this is its TLS port, use %1:// instead of %2://.")
                         .arg(factText(f, "tlsScheme"), factText(f, "scheme"));
        return lines;
    }
    const QString after = factText(f, "after").isEmpty() ? QStringLiteral("ClientHello") : factText(f, "after");
    return {CauseCatalogue::tr("The TCP connection to %1 port %2 opened, but after %3 the server sent nothing for %4 s.")
                .arg(factText(f, "address"), factText(f, "port"), after, seconds)};
}

QStringList abortedEvidence(const QVariantMap &f)
{
    const QString after = factText(f, "after").isEmpty() ? QStringLiteral("ClientHello") : factText(f, "after");
    if (factText(f, "how") == QLatin1String("reset"))
        return {CauseCatalogue::tr("The server reset the connection (TCP RST) right after %1, without a TLS alert.").arg(after)};
    return {CauseCatalogue::tr("The server closed the connection right after %1, without a TLS alert.").arg(after)};
}

QStringList interferenceEvidence(const QVariantMap &f)
{
    const QString how = factText(f, "how");
    const QString first = factText(f, "firstHelloBytes");
    QStringList lines;
    if (how == QLatin1String("reset"))
        lines << CauseCatalogue::tr("The connection was reset (TCP RST) right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.").arg(first);
    else if (how == QLatin1String("closed"))
        lines << CauseCatalogue::tr("The connection was closed right after the ClientHello (%1 bytes, offering TLS 1.3 and older versions), before any answer.").arg(first);
    else
        lines << CauseCatalogue::tr("Nothing answered the ClientHello (%1 bytes, offering TLS 1.3 and older versions) until the time limit.").arg(first);
    lines << CauseCatalogue::tr("A second connection with a small ClientHello offering only TLS 1.2 (%1 bytes) got a complete handshake from the same server.")
                 .arg(factText(f, "tls12HelloBytes"));
    if (factText(f, "trigger") == QLatin1String("size"))
        lines << CauseCatalogue::tr("A small ClientHello offering TLS 1.3 as well (%1 bytes) worked too: what differs is the size. Something in the path breaks large ClientHellos (here %2 bytes), as modern browsers send them.")
                     .arg(factText(f, "smallTls13HelloBytes"), first);
    else
        lines << CauseCatalogue::tr("What differs is the TLS 1.3 offer: something in the path breaks connections whose ClientHello offers TLS 1.3, even a small one.");
    return lines;
}

QStringList notTlsEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server's first bytes were “%1”, which is not a TLS record.").arg(factText(f, "firstBytes"))};
    const QString protocol = factText(f, "protocol");
    if (protocol == QLatin1String("http"))
        lines << CauseCatalogue::tr("This port speaks plain HTTP (unencrypted), not HTTPS.");
    else if (!protocol.isEmpty() && protocol != QLatin1String("unknown"))
        lines << CauseCatalogue::tr("This port speaks %1, not TLS.").arg(protocol.toUpper());
    // An https:// address (or none) on a mail or file server's port: its own scheme checks its STARTTLS.
    static const QStringList upgradable{QStringLiteral("smtp"), QStringLiteral("imap"), QStringLiteral("pop3"), QStringLiteral("ftp")};
    if (factText(f, "scheme") == QLatin1String("https") && upgradable.contains(protocol))
        lines << CauseCatalogue::tr("To check this server's own switch to TLS (STARTTLS), diagnose %1://%2 instead.")
                     .arg(protocol, factText(f, "authority"));
    // A mail or directory scheme that starts with TLS, on a port that answered in plain text.
    if (!factText(f, "plainScheme").isEmpty()) {
        if (factText(f, "port") == factText(f, "tlsPort"))
            lines << CauseCatalogue::tr("Port %1 is the usual port of %2:// (TLS from the first byte), but it answered in plain text: the server is not set up for TLS there. Meanwhile, clients can use %3:// on port %4, which switches to TLS with STARTTLS.")
                         .arg(factText(f, "port"), factText(f, "scheme"), factText(f, "plainScheme"), factText(f, "plainPort"));
        else
            lines << CauseCatalogue::tr("Hint: %1:// means TLS from the first byte, but port %2 starts in plain text. For this port use %3://, which switches to TLS with STARTTLS, or %1:// on port %4.")
                         .arg(factText(f, "scheme"), factText(f, "port"), factText(f, "plainScheme"), factText(f, "tlsPort"));
    }
    return lines;
}

QStringList notOfferedEvidence(const QVariantMap &f)
{
    const QString protocol = protocolDisplayName(factText(f, "protocol"));
    QStringList lines;
    if (f.value(QStringLiteral("unexpected")).toBool())
        lines << CauseCatalogue::tr("The server answered “%1”, which is not %2: it offered no switch to TLS.").arg(factText(f, "answer"), protocol);
    else
        lines << CauseCatalogue::tr("The server's %1 capabilities do not list the switch to TLS: “%2”.").arg(protocol, factText(f, "capabilities"));
    if (!factText(f, "tlsScheme").isEmpty())
        lines << CauseCatalogue::tr("The same service may speak TLS from the first byte on a port of its own: %1:// (usually port %2).")
                     .arg(factText(f, "tlsScheme"), factText(f, "tlsPort"));
    return lines;
}

QStringList refusedStartTlsEvidence(const QVariantMap &f)
{
    const QString protocol = protocolDisplayName(factText(f, "protocol"));
    if (factText(f, "stage") == QLatin1String("greeting"))
        return {CauseCatalogue::tr("The %1 server turned the connection away in its greeting: “%2”.").arg(protocol, factText(f, "answer"))};
    return {CauseCatalogue::tr("The %1 server answered the request to start TLS with “%2”.").arg(protocol, factText(f, "answer"))};
}

QStringList clientCertEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server asked for a client certificate (CertificateRequest), none was sent, and it ended the connection with “%1”.")
                          .arg(factText(f, "alert").isEmpty() ? CauseCatalogue::tr("no alert") : factText(f, "alert"))};
    if (!factList(f, "acceptedIssuers").isEmpty())
        lines << CauseCatalogue::tr("Client certificates it accepts are issued by: %1.").arg(factList(f, "acceptedIssuers"));
    return lines;
}

QStringList sniEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The server answered the requested name “%1” (sent as SNI) with the alert unrecognized_name (%2).")
                .arg(factText(f, "serverName"), factText(f, "level"))};
}

QStringList alertEvidence(const QVariantMap &f)
{
    const QString after = factText(f, "after").isEmpty() ? QStringLiteral("ClientHello") : factText(f, "after");
    return {CauseCatalogue::tr("The server ended the handshake after %1 with the alert “%2”: %3")
                .arg(after, factText(f, "alert"), CauseCatalogue::alertMeaning(f.value(QStringLiteral("code")).toInt()))};
}

QStringList localFailureEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The handshake stopped on our side after %1: %2")
                .arg(factText(f, "after").isEmpty() ? QStringLiteral("ClientHello") : factText(f, "after"), factText(f, "error"))};
}

QString proxySource(const QVariantMap &f)
{
    return factText(f, "source") == QLatin1String("system")
               ? CauseCatalogue::tr("The proxy %1 is the one this computer's settings name for this site.").arg(factText(f, "proxy"))
               : CauseCatalogue::tr("The proxy %1 was given in the options.").arg(factText(f, "proxy"));
}

QStringList proxyScriptEvidence(const QVariantMap &f)
{
    const QString reason = factText(f, "reason");
    if (reason == QLatin1String("unreachable"))
        return {CauseCatalogue::tr("This computer's settings name the proxy script (PAC) %1, but it could not be read: %2. Programs that rely on it go directly, as this diagnosis did, or fail.")
                    .arg(factText(f, "url"), factText(f, "error"))};
    if (reason == QLatin1String("invalid"))
        return {CauseCatalogue::tr("This computer's settings name the proxy script (PAC) %1, but it does not define FindProxyForURL, so it cannot be evaluated; this diagnosis went directly.")
                    .arg(factText(f, "url"))};
    return {CauseCatalogue::tr("This computer's settings name the proxy script (PAC) %1. This program cannot evaluate proxy scripts on this system, so it connected directly: if the script sends this site through a proxy, your browser goes another way than this diagnosis.")
                .arg(factText(f, "url"))};
}

QStringList proxyUnreachableEvidence(const QVariantMap &f)
{
    const QString stage = factText(f, "stage");
    QString line;
    if (stage == QLatin1String("dns"))
        line = CauseCatalogue::tr("The proxy's name “%1” could not be looked up: %2.").arg(factText(f, "host"), factText(f, "error"));
    else if (stage == QLatin1String("tcp"))
        line = CauseCatalogue::tr("Connecting to the proxy %1 failed: %2.").arg(factText(f, "proxy"), factText(f, "error"));
    else
        line = CauseCatalogue::tr("The proxy %1 accepted the connection but gave no answer to CONNECT (%2).")
                   .arg(factText(f, "proxy"), factText(f, "error"));
    return {line, proxySource(f)};
}

QStringList proxyAuthEvidence(const QVariantMap &f)
{
    const QString scheme = factText(f, "scheme").isEmpty() ? CauseCatalogue::tr("an unnamed scheme") : factText(f, "scheme");
    QStringList lines{CauseCatalogue::tr("The proxy answered CONNECT with “%1”: it asks for a login with %2.").arg(factText(f, "statusLine"), scheme)};
    lines << (f.value(QStringLiteral("credentialsGiven")).toBool()
                  ? CauseCatalogue::tr("The user name and password given were not accepted.")
                  : CauseCatalogue::tr("No user name and password were given for the proxy."));
    lines << proxySource(f);
    return lines;
}

QStringList proxyRefusedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The proxy answered CONNECT %1 with “%2”.").arg(factText(f, "target"), factText(f, "statusLine")),
            CauseCatalogue::tr("This is the proxy's rule, set by your organisation, not an answer from the site."), proxySource(f)};
}

QStringList proxyFailedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The proxy answered CONNECT %1 with “%2”: it could not open a connection to the site.")
                .arg(factText(f, "target"), factText(f, "statusLine")),
            proxySource(f)};
}

const CauseCatalogue::Entry kCauses[] = {
    {HD_CAUSE("proxy-unreachable"), Severity::Error, FixedBy::Network, 5, StepTie::ProxyStage, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy does not answer"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Connections to this site go through a proxy, and the proxy could not be reached. Nothing about the site itself could be tested."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the proxy's address and port in your system's or browser's network settings.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Ask your IT department whether the proxy is running and reachable from this network."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Check that the proxy is running and reachable from this network.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If this network needs no proxy, remove the setting (or diagnose with --no-proxy).")}},
     proxyUnreachableEvidence},
    {HD_CAUSE("proxy-auth-required"), Severity::Error, FixedBy::Client, 6, StepTie::ProxyStage, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy asks for a login"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy lets connections through only for users who log in to it (HTTP 407). Without an accepted login, it refuses to open the way to the site."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Give the proxy's user name and password, for example --proxy http://user:password@proxy:port, or sign in the way your browser does.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "If your login is refused, ask your IT department to check your proxy account."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If the login is refused, check the user's proxy account.")}},
     proxyAuthEvidence},
    {HD_CAUSE("proxy-refused"), Severity::Error, FixedBy::Network, 7, StepTie::ProxyStage, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy does not allow this site"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy refused to open a connection to this site or port. This is your organisation's policy on the proxy; the site was never asked."),
     {{Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Ask your IT department to allow this site and port on the proxy, quoting the proxy's answer."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Allow this site and port on the proxy (see the proxy's answer under evidence).")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check that the port in the address is right: many proxies allow CONNECT only to port 443.")}},
     proxyRefusedEvidence},
    {HD_CAUSE("proxy-failed"), Severity::Error, FixedBy::Network, 8, StepTie::ProxyStage, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy could not reach the site"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy accepted the request but failed to connect to the site: the site is down, its name does not exist, or the proxy's own way out is blocked."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the spelling and port of the address, and try again in a few minutes.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "If other sites work through the proxy, ask your IT department whether the proxy can reach this one."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If other sites work through the proxy, check whether the proxy can reach this one.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If it fails from everywhere, tell the site's owner that the server does not accept connections."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If it fails from everywhere, make the server accept connections: start the service and check the firewall.")}},
     proxyFailedEvidence},
    {HD_CAUSE("proxy-script-unusable"), Severity::Warning, FixedBy::Network, 9, StepTie::ProxyStage, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The proxy script could not be used"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "This computer is set up to choose its proxy with a script (PAC). The script could not be read or evaluated here, so the connection was made directly, which may not be the way your browser goes."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If your browser reaches this site through a proxy, diagnose again with that proxy given, for example --proxy http://proxy.example:8080.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Ask your IT department to check the proxy script: its address must be reachable from this computer and it must define FindProxyForURL."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Check the proxy script: its address must be reachable from the users' computers and it must define FindProxyForURL.")}},
     proxyScriptEvidence},
    {HD_CAUSE("dns-failure"), Severity::Error, FixedBy::Server, 10, StepTie::Resolve, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site's name cannot be found"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Before connecting, the computer asks DNS for the site's address. That question got no usable answer, so no connection was even tried."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the spelling of the address.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If it is right, tell the site's owner that the name has no DNS record (A or AAAA)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If the name is right, add its DNS record (A or AAAA).")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If other sites fail too, check this computer's network and DNS settings.")}},
     dnsEvidence},
    {HD_CAUSE("connection-refused"), Severity::Error, FixedBy::Server, 20, StepTie::Connect, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server refused the connection"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The address answered, but nothing accepts connections on this port. The web server is stopped, listens on another port, or a firewall rejects the connection."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check that the port in the address is right (HTTPS normally uses 443).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner: the HTTPS service is not running or not listening on this port and address."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "The HTTPS service is not running, or not listening on this port and address.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: start the service, and check the listen address and the firewall rules.")}},
     refusedEvidence},
    {HD_CAUSE("network-unreachable"), Severity::Error, FixedBy::Network, 25, StepTie::Connect, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server's network cannot be reached"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The connection attempt failed before reaching the server: there is no route to its address from here."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check that this computer is online and that other sites work.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "If the address is IPv6 and this network has no IPv6, ask your network administrator, or try from another network."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If the address is IPv6, check that this network routes IPv6.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "A VPN or firewall rule may block this address: ask your network administrator."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Check whether a VPN or firewall rule blocks this address.")}},
     unreachableEvidence},
    {HD_CAUSE("timeout"), Severity::Error, FixedBy::Network, 30, StepTie::Phase, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server did not answer in time"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The request was sent but no answer came back before the time limit. A firewall may silently drop the traffic, or the server is overloaded or hung."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Try again, and from another network (for example a phone hotspot): if that works, a firewall or proxy on your network blocks the site.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Ask your network administrator whether outgoing connections to this port are allowed."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Check that outgoing connections to this port are allowed.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If it fails everywhere, tell the site's owner that the server does not answer on this port."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If it fails from everywhere, make the server answer on this port: check that the service runs and that the firewall lets connections in.")}},
     timeoutEvidence},
    {HD_CAUSE("starttls-not-offered"), Severity::Error, FixedBy::Server, 36, StepTie::PlainText, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not offer TLS"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Mail, directory and database clients start in plain text and ask the server to switch to TLS (STARTTLS). This server does not offer the switch: a client that requires encryption stops here, and one that does not sends passwords and data unencrypted."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the server name, port and scheme in the client's settings: the service may offer TLS on a port of its own (for example smtps:// on 465, imaps:// on 993).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Server administrator: enable STARTTLS with a certificate for this host name (for example smtpd_tls_cert_file and smtpd_tls_security_level = may in Postfix, ssl = yes in PostgreSQL).")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "If the server does offer it elsewhere, ask your IT department whether a firewall or filter strips STARTTLS from the server's answer."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If the server does offer STARTTLS, check whether a firewall or filter between the users and the server strips it from the server's answer.")}},
     notOfferedEvidence},
    {HD_CAUSE("starttls-refused"), Severity::Error, FixedBy::Server, 38, StepTie::PlainText, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server refused to start TLS"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The client asked the server to switch to TLS, and the server answered with an error. Most often the server cannot load its certificate or key, or it turns this client away."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Server administrator: look in the server's log at the time of this test; an unreadable certificate or key file is the usual cause.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Try again in a few minutes: some servers refuse TLS while they are overloaded.")}},
     refusedStartTlsEvidence},
    {HD_CAUSE("not-tls"), Severity::Error, FixedBy::Server, 40, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "This port does not speak TLS"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A secure connection starts with a TLS handshake, but the server answered in another protocol. Either the address names the wrong port, or the server is not set up for HTTPS on it."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the port: maybe the site uses http:// on this port and https:// on another (usually 443).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable TLS on this port (for example “listen 443 ssl;” in nginx), or move plain HTTP elsewhere.")}},
     notTlsEvidence},
    // Before handshake-aborted and timeout: the retry showed who broke the handshake.
    {HD_CAUSE("version-interference"), Severity::Error, FixedBy::Network, 45, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "Something between you and the site breaks modern TLS handshakes"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server itself works: an older, smaller handshake succeeds. A firewall, an antivirus or security program that scans HTTPS, or a proxy on the way cuts connections that offer TLS 1.3 or whose first message is large. Chrome reports this as ERR_SSL_VERSION_INTERFERENCE; other browsers fail with a reset or a timeout."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If your antivirus or security program scans HTTPS (“SSL scanning”, “web shield”, “HTTPS inspection”), update it, or add an exception for this site in it; do not turn the protection off.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Try from another network, for example a phone's hotspot: if the site works there, the problem is on this network.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Network administrator: update the firewall, proxy or TLS inspection device on the way (it must pass TLS 1.3 and ClientHellos larger than 512 bytes), or exempt this site from TLS inspection.")}},
     interferenceEvidence},
    {HD_CAUSE("handshake-aborted"), Severity::Error, FixedBy::Server, 50, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server hung up during the handshake"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server (or a device in between) dropped the connection in the middle of the TLS handshake without saying why. Common causes: the server has no certificate for this name, it rejects every protocol version or cipher we offered, or a filtering firewall cut the connection."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Try from another network: if it works there, a firewall or filter on your network cuts TLS connections.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the TLS server's error log at the time of this test; make sure a certificate is configured for this host name and that TLS 1.2 and 1.3 are enabled.")}},
     abortedEvidence},
    {HD_CAUSE("sni-unknown"), Severity::Error, FixedBy::Server, 60, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not know this site name"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "During the handshake the client says which site it wants (SNI). The server answered that it has no site by this name."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check that the address is the one the site's owner published.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: add this name to the server's configuration (server_name / ServerName / virtual host) with a certificate that covers it.")}},
     sniEvidence, sniUnknownSeverity},
    {HD_CAUSE("client-cert-required"), Severity::Error, FixedBy::Client, 70, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server requires a client certificate"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "This server lets in only clients that prove who they are with a certificate of their own (mutual TLS). Without one, it ends the connection."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Ask the site's owner or your IT department for a client certificate for this service.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Install it in your browser or system certificate store, then connect again and choose it when asked.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If the site should be public, tell its owner that client certificates are required by mistake."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If the site should be public, stop requiring client certificates.")}},
     clientCertEvidence},
    {HD_CAUSE("handshake-alert"), Severity::Error, FixedBy::Server, 80, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server rejected the handshake"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server ended the TLS handshake with an alert: it found nothing acceptable in what the client offered, or its own configuration is broken."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: look up the alert in the server's TLS log at the time of this test.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable TLS 1.2 and 1.3 with current cipher suites (for example Mozilla's “intermediate” configuration).")}},
     alertEvidence},
    {HD_CAUSE("tls-failed"), Severity::Error, FixedBy::Server, 85, StepTie::Handshake, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The handshake could not be completed"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server's handshake messages were malformed or unacceptable, so the connection was stopped on the client side."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: test the server with a current TLS library and update its TLS software.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If only this computer fails, a security product that inspects TLS may be interfering: try another network or computer.")}},
     localFailureEvidence},
};

} // namespace

CauseFamily connectionCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
