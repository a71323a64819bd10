#include "CauseCatalogue.h"

#include "Facts.h"

#include "compat/ClientProfiles.h"
#include "tls/TlsNames.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace hd {

namespace {


// ISO dates read the same in every language and cannot be misread as day/month.
QString date(const QVariant &value)
{
    return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QVariantList certificates(const QVariantMap &facts)
{
    return facts.value(QStringLiteral("certificates")).toList();
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

QStringList notTlsEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server's first bytes were “%1”, which is not a TLS record.").arg(factText(f, "firstBytes"))};
    const QString protocol = factText(f, "protocol");
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
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), date(cert.value(QStringLiteral("date"))));
    }
    return lines;
}

QStringList notYetValidEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” becomes valid only on %3 (in %n day(s)).", nullptr, cert.value(QStringLiteral("days")).toInt())
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), date(cert.value(QStringLiteral("date"))));
    }
    return lines;
}

QStringList mismatchEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("You asked for “%1”, but the certificate is valid only for: %2.").arg(factText(f, "host"), factList(f, "names"))};
    const QString hint = factText(f, "hint");
    if (hint == QLatin1String("www-only"))
        lines << CauseCatalogue::tr("The certificate covers the www. name but not the bare domain “%1”.").arg(factText(f, "host"));
    else if (hint == QLatin1String("bare-only"))
        lines << CauseCatalogue::tr("The certificate covers the bare domain but not “%1”.").arg(factText(f, "host"));
    else if (hint == QLatin1String("wildcard-depth"))
        lines << CauseCatalogue::tr("A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.")
                     .arg(factText(f, "wildcard"), factText(f, "wildcard").mid(2), factText(f, "host"));
    else if (hint == QLatin1String("wildcard-bare"))
        lines << CauseCatalogue::tr("A wildcard like “%1” does not cover the bare domain “%2” itself.").arg(factText(f, "wildcard"), factText(f, "host"));
    return lines;
}

QStringList missingSanEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.")
                .arg(factText(f, "host"), factText(f, "commonName"))};
}

QStringList selfSignedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate “%1” is signed by itself and is not in this computer's trust store.").arg(factText(f, "name")),
            CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(factText(f, "fingerprint"))};
}

QStringList untrustedRootEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The chain ends at the root “%1”, which is not in this computer's trust store.").arg(factText(f, "root"))};
    if (f.value(QStringLiteral("fetched")).toBool())
        lines << CauseCatalogue::tr("The root was downloaded from the address in the certificate (%1).").arg(factText(f, "url"));
    else if (!f.value(QStringLiteral("rootSent")).toBool() && !factText(f, "root").isEmpty())
        lines << CauseCatalogue::tr("The server did not send this root, and it could not be found anywhere else.");
    if (!factText(f, "fingerprint").isEmpty())
        lines << CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(factText(f, "fingerprint"));
    return lines;
}

QStringList incompleteChainEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.", nullptr,
                            f.value(QStringLiteral("sent")).toInt())
                          .arg(factList(f, "missing"), factText(f, "orphan"))};
    if (f.value(QStringLiteral("fetched")).toBool())
        lines << CauseCatalogue::tr("Downloaded the missing certificate from %1 (the certificate's AIA caIssuers address): with it the chain is complete.")
                     .arg(factText(f, "url"));
    else if (!factText(f, "url").isEmpty())
        lines << CauseCatalogue::tr("Could not download it from %1: %2.").arg(factText(f, "url"), factText(f, "error"));
    return lines;
}

QStringList weakSignatureEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” is signed with %3.")
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), factText(cert, "algorithm"));
    }
    return lines;
}

QStringList weakKeyEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” has a %3 key of only %4 bits.")
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), factText(cert, "keyType"), factText(cert, "bits"));
    }
    return lines;
}

QStringList wrongPurposeEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate “%1” is only allowed for: %2. A web server's certificate needs “serverAuth” (TLS Web Server Authentication).")
                .arg(factText(f, "name"), factList(f, "usages"))};
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

QStringList certInvalidEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QString &error : f.value(QStringLiteral("errors")).toStringList())
        lines << CauseCatalogue::tr("Certificate check: %1").arg(singleLine(error));
    return lines;
}

QStringList localFailureEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The handshake stopped on our side after %1: %2")
                .arg(factText(f, "after").isEmpty() ? QStringLiteral("ClientHello") : factText(f, "after"), factText(f, "error"))};
}

QStringList caFileEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The CA file “%1” could not be used: %2.").arg(factText(f, "file"), factText(f, "error"))};
}

QStringList trustStoreEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The trust store “%1” could not be used: %2.").arg(factText(f, "file"), factText(f, "error"))};
}

QStringList httpEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("After the handshake, the HTTP request got no answer: %1.").arg(factText(f, "error"))};
}

QString durationText(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    if (s < 2 * 3600)
        return CauseCatalogue::tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return CauseCatalogue::tr("%n hour(s)", nullptr, int(s / 3600));
    return CauseCatalogue::tr("%n day(s)", nullptr, int(qMin<qint64>(s / 86400, std::numeric_limits<int>::max())));
}

QStringList clockEvidence(const QVariantMap &f)
{
    const qint64 skew = f.value(QStringLiteral("skewSeconds")).toLongLong();
    QStringList lines{CauseCatalogue::tr("This computer's clock says %1; the server's clock (its HTTP Date header) says %2.")
                          .arg(date(f.value(QStringLiteral("localTime"))), date(f.value(QStringLiteral("serverTime"))))};
    lines << (skew > 0 ? CauseCatalogue::tr("This computer's clock is %1 ahead of the server's.").arg(durationText(skew))
                       : CauseCatalogue::tr("This computer's clock is %1 behind the server's.").arg(durationText(skew)));
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        const QString here = factText(cert, "here");
        const QString byServer = factText(cert, "byServerClock");
        const QString position = CauseCatalogue::certificatePosition(factText(cert, "position"));
        if (byServer == QLatin1String("valid") && here == QLatin1String("expired"))
            lines << CauseCatalogue::tr("With the server's time, %1 “%2” is valid until %3: it only looks expired because of this computer's clock.")
                         .arg(position, factText(cert, "name"), date(cert.value(QStringLiteral("notAfter"))));
        else if (byServer == QLatin1String("valid"))
            lines << CauseCatalogue::tr("With the server's time, %1 “%2” is valid since %3: it only looks not yet valid because of this computer's clock.")
                         .arg(position, factText(cert, "name"), date(cert.value(QStringLiteral("notBefore"))));
        else if (byServer == QLatin1String("expired"))
            lines << CauseCatalogue::tr("By the server's time, %1 “%2” expired on %3; this computer's clock hides that.")
                         .arg(position, factText(cert, "name"), date(cert.value(QStringLiteral("notAfter"))));
        else
            lines << CauseCatalogue::tr("By the server's time, %1 “%2” is not valid before %3.")
                         .arg(position, factText(cert, "name"), date(cert.value(QStringLiteral("notBefore"))));
    }
    if (certificates(f).isEmpty())
        lines << CauseCatalogue::tr("No certificate's validity depends on which clock is right.");
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

QString revocationSource(const QVariantMap &source)
{
    const QString name = factText(source, "source");
    if (name == QLatin1String("staple"))
        return CauseCatalogue::tr("the OCSP response stapled by the server");
    if (name == QLatin1String("ocsp"))
        return CauseCatalogue::tr("the OCSP responder %1").arg(factText(source, "url"));
    return CauseCatalogue::tr("the revocation list (CRL) %1").arg(factText(source, "url"));
}

QString revocationReason(const QString &key)
{
    if (key.isEmpty())
        return CauseCatalogue::tr("no reason given");
    if (key == QLatin1String("unspecified"))
        return CauseCatalogue::tr("unspecified");
    if (key == QLatin1String("keyCompromise"))
        return CauseCatalogue::tr("its private key was compromised (keyCompromise)");
    if (key == QLatin1String("cACompromise"))
        return CauseCatalogue::tr("the issuing authority was compromised (cACompromise)");
    if (key == QLatin1String("affiliationChanged"))
        return CauseCatalogue::tr("the owner's details changed (affiliationChanged)");
    if (key == QLatin1String("superseded"))
        return CauseCatalogue::tr("it was replaced by a new certificate (superseded)");
    if (key == QLatin1String("cessationOfOperation"))
        return CauseCatalogue::tr("it is no longer in use (cessationOfOperation)");
    if (key == QLatin1String("certificateHold"))
        return CauseCatalogue::tr("it is suspended for now (certificateHold)");
    if (key == QLatin1String("privilegeWithdrawn"))
        return CauseCatalogue::tr("the owner's rights were withdrawn (privilegeWithdrawn)");
    return key;
}

QStringList revokedEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : f.value(QStringLiteral("sources")).toList()) {
        const QVariantMap source = entry.toMap();
        const QString when = source.contains(QStringLiteral("date")) ? date(source.value(QStringLiteral("date")))
                                                                     : CauseCatalogue::tr("an unknown date");
        lines << CauseCatalogue::tr("According to %1, “%2” (serial %3) was revoked on %4; reason: %5.")
                     .arg(revocationSource(source), factText(f, "certificate"), factText(f, "serial"), when,
                          revocationReason(factText(source, "reason")));
    }
    for (const QVariant &entry : f.value(QStringLiteral("goodSources")).toList())
        lines << CauseCatalogue::tr("Still “good” according to %1: sources are updated at different times.")
                     .arg(revocationSource(entry.toMap()));
    return lines;
}

// Why a revocation source gave no usable answer (RevocationAnswer::problem).
QString revocationProblem(const QVariantMap &source)
{
    if (factText(source, "status") == QLatin1String("unknown"))
        return CauseCatalogue::tr("the responder does not know this certificate (status “unknown”)");
    const QString problem = factText(source, "problem");
    if (problem == QLatin1String("timeout"))
        return CauseCatalogue::tr("no answer within the time limit");
    if (problem == QLatin1String("refused"))
        return CauseCatalogue::tr("the connection was refused");
    if (problem == QLatin1String("unreachable"))
        return CauseCatalogue::tr("the address cannot be reached");
    if (problem.startsWith(QLatin1String("http-")))
        return CauseCatalogue::tr("the answer was HTTP status %1").arg(problem.mid(5));
    if (problem == QLatin1String("too-large"))
        return CauseCatalogue::tr("the list is too large to check here (over 4 MB)");
    if (problem == QLatin1String("malformed"))
        return CauseCatalogue::tr("the answer is not a valid OCSP response or revocation list");
    if (problem == QLatin1String("bad-signature"))
        return CauseCatalogue::tr("the answer is not signed by the certificate's issuer");
    if (problem == QLatin1String("wrong-certificate"))
        return CauseCatalogue::tr("the answer is about a different certificate");
    if (problem == QLatin1String("wrong-issuer"))
        return CauseCatalogue::tr("the list comes from a different authority than the certificate");
    if (problem == QLatin1String("stale"))
        return CauseCatalogue::tr("the answer is out of date (it was valid until %1)").arg(date(source.value(QStringLiteral("nextUpdate"))));
    if (problem == QLatin1String("not-yet-valid"))
        return CauseCatalogue::tr("the answer is dated in the future (%1)").arg(date(source.value(QStringLiteral("thisUpdate"))));
    if (problem.startsWith(QLatin1String("responder-")))
        return CauseCatalogue::tr("the responder answered with the error “%1”").arg(problem.mid(10));
    return CauseCatalogue::tr("the connection failed (%1)").arg(problem);
}

QStringList stapleInvalidEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The OCSP response stapled by the server cannot be used: %1.").arg(revocationProblem(f))};
}

QStringList staplingMissingEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate names the OCSP responder %1, but the server stapled no response to the handshake.").arg(factText(f, "url"))};
}

QStringList revocationUnreachableEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : f.value(QStringLiteral("sources")).toList())
        lines << CauseCatalogue::tr("Checking %1: %2.").arg(revocationSource(entry.toMap()), revocationProblem(entry.toMap()));
    return lines;
}

QStringList hstsEvidence(const QVariantMap &f)
{
    const QString problem = factText(f, "problem");
    if (problem == QLatin1String("invalid"))
        return {CauseCatalogue::tr("The Strict-Transport-Security header “%1” is not valid (no usable max-age, or a directive given twice), so browsers ignore it.")
                    .arg(factText(f, "header"))};
    if (problem == QLatin1String("max-age-zero"))
        return {CauseCatalogue::tr("The Strict-Transport-Security header “%1” has max-age=0, which tells browsers to forget the policy.")
                    .arg(factText(f, "header"))};
    return {CauseCatalogue::tr("The answer to %1 (%2) has no Strict-Transport-Security header.").arg(factText(f, "path"), factText(f, "statusLine"))};
}

QString resourceKind(const QString &kind)
{
    if (kind == QLatin1String("script"))
        return CauseCatalogue::tr("script");
    if (kind == QLatin1String("stylesheet"))
        return CauseCatalogue::tr("style sheet");
    if (kind == QLatin1String("iframe") || kind == QLatin1String("frame"))
        return CauseCatalogue::tr("frame");
    if (kind == QLatin1String("form"))
        return CauseCatalogue::tr("form");
    if (kind == QLatin1String("object") || kind == QLatin1String("embed"))
        return CauseCatalogue::tr("plug-in content");
    if (kind == QLatin1String("image"))
        return CauseCatalogue::tr("image");
    if (kind == QLatin1String("audio"))
        return CauseCatalogue::tr("audio");
    if (kind == QLatin1String("video"))
        return CauseCatalogue::tr("video");
    return CauseCatalogue::tr("media");
}

QStringList mixedContentEvidence(const QVariantMap &f)
{
    const int total = f.value(QStringLiteral("activeCount")).toInt() + f.value(QStringLiteral("passiveCount")).toInt();
    QStringList lines{CauseCatalogue::tr("The page %1 loads %n resource(s) over unencrypted http://.", nullptr, total).arg(factText(f, "path"))};
    for (const QVariant &entry : f.value(QStringLiteral("items")).toList()) {
        const QVariantMap item = entry.toMap();
        const QString kind = factText(item, "kind");
        if (kind == QLatin1String("form"))
            lines << CauseCatalogue::tr("Sent unencrypted when submitted: %1 %2").arg(resourceKind(kind), factText(item, "url"));
        else if (item.value(QStringLiteral("active")).toBool())
            lines << CauseCatalogue::tr("Blocked by browsers: %1 %2").arg(resourceKind(kind), factText(item, "url"));
        else
            lines << CauseCatalogue::tr("Loaded with a “not secure” warning: %1 %2").arg(resourceKind(kind), factText(item, "url"));
    }
    if (const int more = f.value(QStringLiteral("more")).toInt(); more > 0)
        lines << CauseCatalogue::tr("… and %n more.", nullptr, more);
    return lines;
}

QStringList interceptionEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The chain ends at the root “%1”, which this computer trusts but which is not one of the %n public roots of Mozilla's root program.",
                                         nullptr, f.value(QStringLiteral("publicRoots")).toInt())
                          .arg(factText(f, "root"))};
    if (!factText(f, "product").isEmpty())
        lines << CauseCatalogue::tr("Its name suggests that %1 installed it to inspect encrypted connections.").arg(factText(f, "product"));
    else
        lines << CauseCatalogue::tr("Roots like this are installed by antivirus programs that scan HTTPS, by company proxies and by TLS inspection devices.");
    lines << CauseCatalogue::tr("Subject: %1").arg(factText(f, "subject"));
    lines << CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(factText(f, "fingerprint"));
    return lines;
}

// Client profile ids (see compat/ClientProfiles.cpp) as names, in the current language.
QString clientNames(const QVariantMap &f, const char *key)
{
    QStringList names;
    for (const QString &id : f.value(QLatin1String(key)).toStringList())
        names << Compatibility::clientName(id);
    return names.join(QStringLiteral("; "));
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
    if (bits < 1024)
        lines << CauseCatalogue::tr("Groups this small are refused by current clients and can be broken with modest computing power.");
    if (!factList(f, "suites").isEmpty())
        lines << CauseCatalogue::tr("Suites that use it: %1.").arg(factList(f, "suites"));
    if (!clientNames(f, "refusingClients").isEmpty())
        lines << CauseCatalogue::tr("Clients that refuse it and fail: %1.").arg(clientNames(f, "refusingClients"));
    if (!factList(f, "groups").isEmpty())
        lines << CauseCatalogue::tr("Clients with elliptic-curve key exchange (%1) do not use it.").arg(factList(f, "groups"));
    return lines;
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
    // Error when the best version is below TLS 1.2; a warning when SSL 3.0 is still
    // accepted next to modern versions (checkProtocolVersions).
    {"protocol-too-old", Severity::Error, FixedBy::Server, 75,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server speaks outdated protocol versions"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "SSL 3.0, TLS 1.0 and TLS 1.1 are obsolete (RFC 7568, RFC 8996): current browsers, Android, Java and OpenSSL refuse them. A server whose newest version is one of these cannot be reached by up-to-date clients; one that still accepts SSL 3.0 next to newer versions exposes old clients to downgrade attacks."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the server must support TLS 1.2 and TLS 1.3."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable them in the server's TLS settings (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), updating the TLS library or the server software if it cannot."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: switch off SSL 3.0, and TLS 1.0 and 1.1 once no client you need depends on them."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Until then, do not lower your own client's security settings to get in: the connection would not be safe.")},
     protocolTooOldEvidence},
    {"cipher-mismatch", Severity::Error, FixedBy::Server, 78,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server has no cipher suite in common with current clients"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Client and server must agree on a cipher suite (how the connection is encrypted). Everything this server accepts is obsolete or unusual, so current browsers find nothing they support and stop; Chrome shows ERR_SSL_VERSION_OR_CIPHER_MISMATCH."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner which suites the server accepts (listed below) and that current clients support none of them."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: enable TLS 1.3, and for TLS 1.2 ECDHE suites with AES-GCM or ChaCha20-Poly1305 (Mozilla's “intermediate” configuration is a good start)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if the server cannot offer them, update its TLS library or server software.")},
     cipherMismatchEvidence},
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
    // Network: neither the site nor (knowingly) the user put the inspecting root there.
    {"interception", Severity::Warning, FixedBy::Network, 90,
     QT_TRANSLATE_NOOP("CauseCatalogue", "A security product or proxy is inspecting this connection"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate chain does not end at a root of the public web but at one that was added to this computer's trust store. Antivirus programs that scan HTTPS, company proxies and TLS inspection devices do this: they decrypt the traffic, inspect it, and encrypt it again with certificates of their own. What you see is their certificate, not the site's, so the site's own certificate problems (or their absence) are hidden."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "If you know and trust the product (your employer's proxy, your antivirus), this is expected; to see the site's real certificate, test from another network or with the product's HTTPS scanning turned off."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If you do not know who installed this root, remove it from the trust store and check the computer for unwanted software."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Network administrator: exempt sites that break under inspection (certificate pinning, client certificates) from TLS inspection.")},
     interceptionEvidence},
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
    // Warning; an error when it makes a valid certificate look invalid (checkClock).
    {"clock-skew", Severity::Warning, FixedBy::Client, 126,
     QT_TRANSLATE_NOOP("CauseCatalogue", "This computer's clock does not match the server's"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Certificates are valid only between two dates, and a client judges them by its own clock. This computer's clock and the server's differ by more than five minutes. When the computer's clock is wrong, valid certificates look expired or not yet valid, and other secure sites fail as well."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Set this computer's date, time and time zone correctly, preferably automatically (Windows: Settings → Time & language → Set time automatically; macOS and Linux: turn on network time)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If this computer's clock is right, the server's clock is wrong: tell the site's owner to synchronise it (NTP)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Then run the diagnosis again.")},
     clockEvidence},
    {"revoked", Severity::Error, FixedBy::Server, 128,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate has been revoked"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The authority that issued this certificate has declared it invalid before its end date, usually because its private key was exposed or it was issued by mistake. Clients that check revocation refuse it."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Do not enter passwords or personal data on this site until this is fixed."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate has been revoked."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: get a new certificate (with a new key if the old one may have leaked), install it with its chain, and reload the server."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if the server staples OCSP, make sure it staples a fresh response for the new certificate.")},
     revokedEvidence},
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
    {"sni-required", Severity::Warning, FixedBy::Server, 180,
     QT_TRANSLATE_NOOP("CauseCatalogue", "Clients that do not send the site's name get the wrong certificate"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A server that hosts several sites on one address chooses the certificate by the name the client sends in the handshake (SNI). Current browsers always send it, but some old or minimal clients (Android 2, Windows XP, Java 6, some scripts, monitoring tools and devices) do not. This server answers them with a certificate that is not valid for this site, or not at all, so they fail."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: make this site's certificate the default on this address and port (nginx: default_server; Apache: the first virtual host), or add its names to the default certificate."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If an old client of yours fails here: update it or its TLS library; SNI has been standard for many years.")},
     sniRequiredEvidence},
    {"tls13-only", Severity::Warning, FixedBy::Server, 182,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server accepts only TLS 1.3"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "TLS 1.3 is the best version there is, but clients that stop at TLS 1.2 cannot connect: the server answers them with the alert protocol_version. Among them are Windows 7 and 8.1, Java 8, Android 9 and older, and older curl, Python and embedded devices."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if older clients must connect, also enable TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305 suites (Mozilla's “intermediate” configuration)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if only current clients matter, this can stay as it is."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If your own client fails here: update its operating system, Java or app to one that speaks TLS 1.3.")},
     tls13OnlyEvidence},
    {"weak-cipher", Severity::Warning, FixedBy::Server, 184,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server accepts weak cipher suites"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Some of the encryption this server agrees to is weak: broken ciphers, no encryption at all, or key exchange without forward secrecy. Current browsers avoid these suites, but older or badly configured clients may end up with them, and then their traffic can be read."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner which suites are weak and why (listed below)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: remove them from the server's cipher list and prefer ECDHE with AES-GCM or ChaCha20-Poly1305 (nginx: ssl_ciphers; Apache: SSLCipherSuite; see Mozilla's “intermediate” configuration)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: test again afterwards to make sure the older clients you need still connect.")},
     weakCipherEvidence},
    // Warning from 1024 to 2047 bits; an error below 1024 (checkKeyExchange).
    {"weak-dh", Severity::Warning, FixedBy::Server, 186,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server's Diffie-Hellman group is too small"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "For DHE cipher suites the server uses a finite-field Diffie-Hellman group smaller than 2048 bits. 1024-bit groups, often one of a few well-known ones, can be broken by precomputation (Logjam); smaller ones by almost anyone. Clients with strict settings, such as OpenSSL 3 at security level 2, refuse groups under 2048 bits."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner the size of the server's DH group (shown below)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: use a group of 2048 bits or more, for example ffdhe2048 from RFC 7919 (nginx: ssl_dhparam; Apache: SSLOpenSSLConfCmd DHParameters), or drop DHE suites in favour of ECDHE."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: software with a fixed DH size (Java 7, Apache 2.2 and similar) needs an update.")},
     weakDhEvidence},
    // Warning; an error when browsers block some of it (checkMixedContent).
    {"mixed-content", Severity::Warning, FixedBy::Server, 190,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The secure page loads content over unencrypted HTTP"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The page itself comes over HTTPS, but it loads resources from http:// addresses, which anyone on the network can read or change. Browsers block active content (scripts, style sheets, frames, plug-ins), so parts of the page break; images, audio and video still load but the page is marked as not fully secure, and forms would send their data unencrypted."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: change the http:// addresses listed as evidence to https:// (or to relative addresses), the blocked ones first."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: to catch any that are left, send the header “Content-Security-Policy: upgrade-insecure-requests”."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if a resource's server has no HTTPS, serve a copy from your own site.")},
     mixedContentEvidence},
    {"ca-file-unusable", Severity::Warning, FixedBy::Client, 200,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The extra CA file could not be used"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system's trusted authorities."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check the file's path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).")},
     caFileEvidence},
    {"trust-store-unusable", Severity::Error, FixedBy::Client, 95,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The trust store file could not be used"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "You gave a file of certificate authorities to trust instead of the system's, but it could not be read or holds no certificates, so no authority was trusted and every certificate looks untrusted."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Check the file's path and that it is a file of PEM certificates (“-----BEGIN CERTIFICATE-----”), not a directory or a device.")},
     trustStoreEvidence},
    {"http-no-answer", Severity::Warning, FixedBy::Server, 210,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The secure connection works, but the web server does not answer"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The TLS handshake succeeded, but the HTTP request sent over it got no answer."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the web application behind the TLS server (proxy backend, application logs).")},
     httpEvidence},
    {"ocsp-staple-invalid", Severity::Warning, FixedBy::Server, 220,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server staples an unusable OCSP response"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server attaches (staples) its certificate authority's signed revocation status to the handshake, so that clients need not ask the authority themselves. This one cannot be relied on. Strict clients such as Firefox refuse a connection whose stapled response is out of date or invalid."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the server's OCSP stapling settings and that the server can reach the authority's OCSP responder (nginx: ssl_stapling, ssl_stapling_verify and a resolver; Apache: SSLUseStapling and SSLStaplingCache)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reload the server so that it fetches a fresh response.")},
     stapleInvalidEvidence},
    // Information only: revocation is checked elsewhere or by other sources as well.
    {"ocsp-stapling-missing", Severity::Info, FixedBy::Server, 300,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not staple OCSP"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate names an OCSP responder where clients can ask whether it has been revoked. The server could attach (staple) a recent answer to the handshake but does not, so clients must ask the authority themselves: that is slower, tells the authority which sites are visited, and is skipped when the responder cannot be reached."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: turn on OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on; Apache: SSLUseStapling on with an SSLStaplingCache).")},
     staplingMissingEvidence},
    // Network when a source could not be reached, the site's side when it answered wrongly.
    {"revocation-unreachable", Severity::Info, FixedBy::Network, 310,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate's revocation status could not be checked"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate names places where clients can check whether it has been revoked. At least one of them gave no usable answer. Most browsers then carry on without the check, so this does not block the site; the usual causes are a firewall that blocks plain HTTP to these addresses, or a failing server at the certificate authority."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "On a company network: ask the network administrator to allow plain HTTP (port 80) to the addresses listed under evidence."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "If an address answered with an error or an invalid answer: tell the site's owner, who can report it to the certificate authority."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: turn on OCSP stapling, so that clients do not need to reach the responder themselves.")},
     revocationUnreachableEvidence},
    {"hsts-missing", Severity::Info, FixedBy::Server, 320,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site does not tell browsers to always use HTTPS (HSTS)"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "With the Strict-Transport-Security header a site tells browsers to use only HTTPS for it from then on. Without it, a visitor who types the bare name or follows an old http:// link first makes an unencrypted request, which an attacker on the same network can intercept and redirect (SSL stripping)."),
     {QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: send “Strict-Transport-Security: max-age=31536000; includeSubDomains” with every HTTPS response (nginx: add_header … always; Apache: Header always set …)."),
      QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: start with a short max-age (for example 300 seconds) and raise it once every subdomain works over HTTPS.")},
     hstsEvidence},
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

namespace {

// One sentence for a verdict banner: the cause with the fact that matters most.
QString headlineFor(const Finding &finding, const QString &title)
{
    const QVariantMap &f = finding.facts;
    const QVariantMap firstCert = certificates(f).value(0).toMap();
    const int days = firstCert.value(QStringLiteral("days")).toInt();
    const bool leaf = factText(firstCert, "position") == QLatin1String("leaf");
    const QString id = finding.id;
    if (id == QLatin1String("cert-expired") && !firstCert.isEmpty()) {
        if (days == 0)
            return leaf ? CauseCatalogue::tr("This site's certificate expired today")
                        : CauseCatalogue::tr("A certificate in this site's chain expired today");
        return leaf ? CauseCatalogue::tr("This site's certificate expired %n day(s) ago", nullptr, days)
                    : CauseCatalogue::tr("A certificate in this site's chain expired %n day(s) ago", nullptr, days);
    }
    if (id == QLatin1String("cert-not-yet-valid") && !firstCert.isEmpty())
        return CauseCatalogue::tr("This site's certificate becomes valid only in %n day(s)", nullptr, qMax(1, days));
    if (id == QLatin1String("hostname-mismatch") && !factList(f, "names").isEmpty())
        return CauseCatalogue::tr("The certificate is for %1, not for %2")
            .arg(singleLine(f.value(QStringLiteral("names")).toStringList().mid(0, 3).join(QStringLiteral(", "))), factText(f, "host"));
    if (id == QLatin1String("untrusted-root") && !factText(f, "root").isEmpty())
        return CauseCatalogue::tr("The certificate comes from “%1”, an authority this computer does not trust").arg(factText(f, "root"));
    if (id == QLatin1String("incomplete-chain") && !factList(f, "missing").isEmpty())
        return CauseCatalogue::tr("The server does not send the intermediate certificate “%1”")
            .arg(singleLine(f.value(QStringLiteral("missing")).toStringList().first()));
    if (id == QLatin1String("connection-refused"))
        return CauseCatalogue::tr("Nothing accepts connections on %1 port %2").arg(factText(f, "address"), factText(f, "port"));
    if (id == QLatin1String("dns-failure") && factText(f, "kind") == QLatin1String("not-found"))
        return CauseCatalogue::tr("The name %1 does not exist").arg(factText(f, "host"));
    if (id == QLatin1String("timeout") && factText(f, "phase") == QLatin1String("connect"))
        return CauseCatalogue::tr("%1 port %2 does not answer").arg(factText(f, "address"), factText(f, "port"));
    if (id == QLatin1String("timeout") && factText(f, "phase") == QLatin1String("handshake"))
        return CauseCatalogue::tr("The server accepts the connection but never answers the TLS handshake");
    if (id == QLatin1String("sni-unknown") && !factText(f, "serverName").isEmpty())
        return CauseCatalogue::tr("The server has no site called %1").arg(factText(f, "serverName"));
    return title;
}

} // namespace

RenderedFinding CauseCatalogue::render(const Finding &finding)
{
    RenderedFinding text;
    const Entry *cause = entry(finding.id);
    if (!cause)
        return text;
    text.title = tr(cause->title);
    text.headline = headlineFor(finding, text.title);
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
