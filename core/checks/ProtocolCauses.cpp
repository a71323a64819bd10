// The protocol causes: their text and evidence, beside the checks that find them
// (ProtocolVersionCheck.cpp, CipherSuiteCheck.cpp, KeyExchangeCheck.cpp and SniCheck.cpp). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"

namespace hd {

namespace {

using namespace causetext;

constexpr int kBrokenDhBits = 1024; // below: Logjam-breakable, refused by browsers, Java and OpenSSL

// 1024 to 2047 bits: most clients still connect and the attack needs state resources, so a
// warning. Below 1024 clients refuse outright and anyone can break it: an error.
Severity weakDhSeverity(const QVariantMap &f, Severity usual)
{
    return f.value(QStringLiteral("bits")).toInt() < kBrokenDhBits ? Severity::Error : usual;
}

// Modern clients never speak SSL 3.0, so nobody fails when it is only still accepted next
// to newer versions; but it should be off (RFC 7568).
Severity protocolTooOldSeverity(const QVariantMap &f, Severity usual)
{
    return factList(f, "obsolete").isEmpty() ? usual : Severity::Warning;
}

QStringList noCommonGroupEvidence(const QVariantMap &f)
{
    QStringList lines;
    if (factText(f, "handshake") == QLatin1String("established"))
        lines << CauseCatalogue::tr("This program's handshake worked only because its OpenSSL also offers %1 under TLS 1.3; browsers do not.")
                     .arg(factText(f, "usedGroup"));
    else
        lines << CauseCatalogue::tr("The server refused the handshake with the alert %1: none of the key-exchange groups offered was one it accepts.")
                     .arg(factText(f, "alert"));
    lines << CauseCatalogue::tr("The server accepts only these key-exchange groups: %1.").arg(factList(f, "serverGroups"));
    lines << CauseCatalogue::tr("Current browsers offer %1 (and post-quantum hybrids such as X25519MLKEM768); the server accepts none of them.")
                 .arg(factList(f, "clientGroups"));
    return lines;
}

QString sniAnswer(const QVariantMap &attempt)
{
    if (attempt.value(QStringLiteral("failed")).toBool())
        return CauseCatalogue::tr("it ends the handshake (%1)").arg(factText(attempt, "reason"));
    const QString names = factList(attempt, "names");
    return CauseCatalogue::tr("it sends “%1”, valid only for: %2")
        .arg(factText(attempt, "certificate"), names.isEmpty() ? CauseCatalogue::tr("no names") : names);
}

QStringList sniRequiredEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("With the name “%1” sent as SNI, the server sends “%2”; without SNI %3.")
                          .arg(factText(f, "host"), factText(f, "certificate"), sniAnswer(f.value(QStringLiteral("withoutSni")).toMap()))};
    if (f.contains(QStringLiteral("withUnrelatedName")))
        lines << CauseCatalogue::tr("For a name it does not host (“%1”), %2.")
                     .arg(factText(f, "unrelatedName"), sniAnswer(f.value(QStringLiteral("withUnrelatedName")).toMap()));
    return lines;
}

QStringList connectionsLimitedEvidence(const QVariantMap &f)
{
    QStringList lines;
    if (f.value(QStringLiteral("oneAtATime")).toBool())
        lines << CauseCatalogue::tr("The server did not answer extra connections while others were open (it reset them or left them waiting), so the checks went one connection at a time.");
    if (f.value(QStringLiteral("limitedEvents")).toInt() > 0)
        lines << CauseCatalogue::tr("It stopped answering new connections %n time(s) for a while; the checks then waited %1 ms between connections.", nullptr,
                                    f.value(QStringLiteral("limitedEvents")).toInt())
                     .arg(factText(f, "gapMs"));
    lines << CauseCatalogue::tr("The checks made %1 connections in all, at most %2 at once.").arg(factText(f, "connections"), factText(f, "peakConcurrent"));
    return lines;
}

QStringList protocolTooOldEvidence(const QVariantMap &f)
{
    QStringList lines;
    const QString obsolete = factList(f, "obsolete");
    if (!obsolete.isEmpty())
        lines << CauseCatalogue::tr("The server still accepts %1, which is broken (POODLE) and which no current client uses, next to %2.")
                     .arg(obsolete, factText(f, "best"));
    else
        lines << CauseCatalogue::tr("The newest protocol version the server accepts is %1; current browsers and libraries require TLS 1.2 or newer.")
                     .arg(factText(f, "best"));
    lines << CauseCatalogue::tr("Versions it accepts: %1.").arg(factList(f, "accepted"));
    if (!clientNames(f, "failingClients").isEmpty())
        lines << CauseCatalogue::tr("Clients that cannot connect: %1.").arg(clientNames(f, "failingClients"));
    return lines;
}

QStringList tls13OnlyEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server accepts only TLS 1.3 (suites: %1) and refuses TLS 1.2, 1.1 and 1.0.").arg(factList(f, "suites"))};
    if (!clientNames(f, "failingClients").isEmpty())
        lines << CauseCatalogue::tr("Clients that cannot connect: %1.").arg(clientNames(f, "failingClients"));
    return lines;
}

QStringList cipherMismatchEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("No cipher suite in common with: %1.").arg(clientNames(f, "clients"))};
    const QVariantMap offered = f.value(QStringLiteral("offered")).toMap();
    for (auto it = offered.cbegin(); it != offered.cend(); ++it)
        lines << CauseCatalogue::tr("At %1 the server accepts only: %2.").arg(it.key(), it.value().toStringList().join(QStringLiteral(", ")));
    if (!factList(f, "groups").isEmpty())
        lines << CauseCatalogue::tr("Elliptic-curve groups it accepts: %1.").arg(factList(f, "groups"));
    return lines;
}

QString suiteWeakness(const QString &key)
{
    if (key == QLatin1String("null"))
        return CauseCatalogue::tr("no encryption at all");
    if (key == QLatin1String("anonymous"))
        return CauseCatalogue::tr("no server authentication, so anyone in between can pose as the server");
    if (key == QLatin1String("export"))
        return CauseCatalogue::tr("export-grade keys, breakable within hours (FREAK, Logjam)");
    if (key == QLatin1String("rc4"))
        return CauseCatalogue::tr("RC4, whose biases reveal plaintext (RFC 7465 forbids it)");
    if (key == QLatin1String("des"))
        return CauseCatalogue::tr("single DES with 56-bit keys, broken by brute force");
    if (key == QLatin1String("3des"))
        return CauseCatalogue::tr("3DES with 64-bit blocks, open to the Sweet32 attack");
    return key;
}

QStringList weakCipherEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : f.value(QStringLiteral("suites")).toList()) {
        const QVariantMap suite = entry.toMap();
        QStringList why;
        for (const QString &weakness : suite.value(QStringLiteral("weaknesses")).toStringList())
            why << suiteWeakness(weakness);
        lines << CauseCatalogue::tr("%1 (%2): %3.").arg(factText(suite, "name"), factList(suite, "versions"), why.join(QStringLiteral("; ")));
    }
    if (!factText(f, "cbcSha1Only").isEmpty())
        lines << CauseCatalogue::tr("At %1 the server offers only CBC suites with SHA-1 and no AES-GCM or ChaCha20-Poly1305: these are open to padding-oracle attacks such as Lucky Thirteen.")
                     .arg(factText(f, "cbcSha1Only"));
    if (!factText(f, "noForwardSecrecy").isEmpty())
        lines << CauseCatalogue::tr("At %1 none of the server's suites has forward secrecy: whoever obtains the server's private key later can decrypt recorded traffic.")
                     .arg(factText(f, "noForwardSecrecy"));
    if (!factText(f, "prefersNoForwardSecrecy").isEmpty())
        lines << CauseCatalogue::tr("At %1 the server prefers %2, which has no forward secrecy, to its suites that have it.")
                     .arg(factText(f, "prefersNoForwardSecrecy"), factText(f, "preferred"));
    return lines;
}

QStringList weakDhEvidence(const QVariantMap &f)
{
    const int bits = f.value(QStringLiteral("bits")).toInt();
    QStringList lines{CauseCatalogue::tr("The server's Diffie-Hellman group has %1 bits; at least 2048 are needed.").arg(bits)};
    if (bits < kBrokenDhBits)
        lines << CauseCatalogue::tr("Groups this small are refused by current clients and can be broken with modest computing power.");
    if (!factList(f, "suites").isEmpty())
        lines << CauseCatalogue::tr("Suites that use it: %1.").arg(factList(f, "suites"));
    if (!clientNames(f, "refusingClients").isEmpty())
        lines << CauseCatalogue::tr("Clients that refuse it and fail: %1.").arg(clientNames(f, "refusingClients"));
    if (!factList(f, "groups").isEmpty())
        lines << CauseCatalogue::tr("Clients with elliptic-curve key exchange (%1) do not use it.").arg(factList(f, "groups"));
    return lines;
}

const CauseCatalogue::Entry kCauses[] = {
    // Error when the best version is below TLS 1.2; a warning when SSL 3.0 is still
    // accepted next to modern versions (protocolTooOldSeverity).
    {HD_CAUSE("protocol-too-old"), Severity::Error, FixedBy::Server, 75, StepTie::VersionsProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server speaks outdated protocol versions"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "SSL 3.0, TLS 1.0 and TLS 1.1 are obsolete (RFC 7568, RFC 8996): current browsers, Android, Java and OpenSSL refuse them. A server whose newest version is one of these cannot be reached by up-to-date clients; one that still accepts SSL 3.0 next to newer versions exposes old clients to downgrade attacks."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the server must support TLS 1.2 and TLS 1.3."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Make the server support TLS 1.2 and TLS 1.3.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable them in the server's TLS settings (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), updating the TLS library or the server software if it cannot.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: switch off SSL 3.0, and TLS 1.0 and 1.1 once no client you need depends on them.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Until then, do not lower your own client's security settings to get in: the connection would not be safe.")}},
     protocolTooOldEvidence, protocolTooOldSeverity},
    {HD_CAUSE("cipher-mismatch"), Severity::Error, FixedBy::Server, 78, StepTie::SuitesProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server has no cipher suite in common with current clients"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Client and server must agree on a cipher suite (how the connection is encrypted). Everything this server accepts is obsolete or unusual, so current browsers find nothing they support and stop; Chrome shows ERR_SSL_VERSION_OR_CIPHER_MISMATCH."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner which suites the server accepts (listed below) and that current clients support none of them."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Current clients support none of the suites the server accepts (listed below).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable TLS 1.3, and for TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305 (Mozilla's “intermediate” configuration is a good start).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if the server cannot offer them, update its TLS library or server software.")}},
     cipherMismatchEvidence},
    {HD_CAUSE("sni-required"), Severity::Warning, FixedBy::Server, 180, StepTie::SniProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "Clients that do not send the site's name get the wrong certificate"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A server that hosts several sites on one address chooses the certificate by the name the client sends in the handshake (SNI). Current browsers always send it, but some old or minimal clients (Android 2, Windows XP, Java 6, some scripts, monitoring tools and devices) do not. This server answers them with a certificate that is not valid for this site, or not at all, so they fail."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: make this site's certificate the default on this address and port (nginx: default_server; Apache: the first virtual host), or add its names to the default certificate.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If an old client of yours fails here: update it or its TLS library; SNI has been standard for many years.")}},
     sniRequiredEvidence},
    {HD_CAUSE("tls13-only"), Severity::Warning, FixedBy::Server, 182, StepTie::VersionsProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server accepts only TLS 1.3"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "TLS 1.3 is the best version there is, but clients that stop at TLS 1.2 cannot connect: the server answers them with the alert protocol_version. Among them are Windows 7 and 8.1, Java 8, Android 9 and older, and older curl, Python and embedded devices."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if older clients must connect, also enable TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305 suites (Mozilla's “intermediate” configuration).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if only current clients matter, this can stay as it is.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If your own client fails here: update its operating system, Java or app to one that speaks TLS 1.3.")}},
     tls13OnlyEvidence},
    {HD_CAUSE("weak-cipher"), Severity::Warning, FixedBy::Server, 184, StepTie::SuitesProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server accepts weak cipher suites"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Some of the encryption this server agrees to is weak: broken ciphers, no encryption at all, or key exchange without forward secrecy. Current browsers avoid these suites, but older or badly configured clients may end up with them, and then their traffic can be read."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner which suites are weak and why (listed below)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Some suites the server accepts are weak (listed below, with why).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: remove them from the server's cipher list and prefer ECDHE with AES-GCM or ChaCha20-Poly1305 (nginx: ssl_ciphers; Apache: SSLCipherSuite; see Mozilla's “intermediate” configuration).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: test again afterwards to make sure the older clients you need still connect.")}},
     weakCipherEvidence},
    {HD_CAUSE("no-common-group"), Severity::Error, FixedBy::Server, 76, StepTie::KeyExchangeProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server has no key-exchange group in common with browsers"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Client and server must agree on a group (an elliptic curve or a finite-field group) to make the connection's keys. This server accepts only groups that current browsers do not offer, such as brainpool curves, or finite-field groups under TLS 1.3, so browsers fail with handshake_failure (ERR_SSL_VERSION_OR_CIPHER_MISMATCH in Chrome)."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the server accepts none of the key-exchange groups browsers offer (the groups are listed below)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "The server accepts none of the key-exchange groups browsers offer (the groups are listed below).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable X25519, P-256 and P-384 next to any others: nginx “ssl_ecdh_curve X25519:prime256v1:secp384r1;”; Apache “SSLOpenSSLConfCmd Groups X25519:P-256:P-384”; IIS: the ECC Curve Order group policy (SSL Configuration Settings).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reload the server and test again.")}},
     noCommonGroupEvidence},
    // Warning from 1024 to 2047 bits; an error below 1024 (weakDhSeverity).
    {HD_CAUSE("weak-dh"), Severity::Warning, FixedBy::Server, 186, StepTie::KeyExchangeProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server's Diffie-Hellman group is too small"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "For DHE cipher suites the server uses a finite-field Diffie-Hellman group smaller than 2048 bits. 1024-bit groups, often one of a few well-known ones, can be broken by precomputation (Logjam); smaller ones by almost anyone. Clients with strict settings, such as OpenSSL 3 at security level 2, refuse groups under 2048 bits."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner the size of the server's DH group (shown below)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "The server's DH group is too small (its size is shown below).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: use a group of 2048 bits or more, for example ffdhe2048 from RFC 7919 (nginx: ssl_dhparam; Apache: SSLOpenSSLConfCmd DHParameters), or drop DHE suites in favour of ECDHE.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: software with a fixed DH size (Java 7, Apache 2.2 and similar) needs an update.")}},
     weakDhEvidence, weakDhSeverity},
    {HD_CAUSE("connections-limited"), Severity::Info, FixedBy::Server, 300, StepTie::VersionsProbe, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server limits how many connections a client may open"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "To learn which versions and cipher suites the server accepts, this program opens a few extra connections. The server limited them: it serves one connection at a time, resets extra ones, or allows only a few new connections per second. The checks waited their turn instead of counting that as a refusal, so they took longer. Browsers open several connections to a site at once and may load pages slowly here."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if this limit is not intended, raise the server's connection limit (worker processes, maximum clients, rate limits in the firewall or load balancer).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: small devices and test servers that serve one connection at a time need nothing changed.")}},
     connectionsLimitedEvidence},
};

} // namespace

CauseFamily protocolCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
