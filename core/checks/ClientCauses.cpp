// The client environment causes: their text and evidence, beside the checks that find them
// (ClockCheck.cpp, InterceptionCheck.cpp and TrustCheck.cpp (the CA file)). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"

#include <limits>

namespace hd {

namespace {

using namespace causetext;

// A certificate that only looks invalid because of the clock: the skew is the failure's cause.
Severity clockSeverity(const QVariantMap &f, Severity usual)
{
    return f.value(QStringLiteral("hidesValidCertificate")).toBool() ? Severity::Error : usual;
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

QStringList interceptionEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The chain ends at the root “%1”, which this computer trusts but which is not one of the %n public roots of Mozilla's root program.",
                                         nullptr, f.value(QStringLiteral("publicRoots")).toInt())
                          .arg(factText(f, "root"))};
    if (!factText(f, "product").isEmpty())
        lines << CauseCatalogue::tr("Its name suggests that %1 installed it to inspect encrypted connections.").arg(factText(f, "product"));
    else
        lines << CauseCatalogue::tr("Roots like this are installed by antivirus programs that scan HTTPS, by company proxies and by TLS inspection devices.");
    const QString direct = factText(f, "direct");
    if (direct == QLatin1String("different"))
        lines << CauseCatalogue::tr("A direct connection, without the proxy %1, got another certificate, issued by “%2”: the proxy replaces the site's certificate with one of its own.")
                     .arg(factText(f, "proxy"), factText(f, "directIssuer"));
    else if (direct == QLatin1String("same"))
        // The same certificate both ways clears the proxy, not the root: a program on this
        // computer or a transparent device on the network also sees the direct connection.
        lines << CauseCatalogue::tr("A direct connection, without the proxy %1, got the same certificate: the proxy passes it through unchanged. The root comes from the site itself (an organisation's own certificate authority) or from something that sees both ways: a security program on this computer or an inspection device on the network.")
                     .arg(factText(f, "proxy"));
    else if (direct == QLatin1String("failed"))
        lines << CauseCatalogue::tr("A direct connection, without the proxy %1, was not possible (%2): only the way through the proxy could be checked.")
                     .arg(factText(f, "proxy"), factText(f, "directError"));
    lines << CauseCatalogue::tr("Subject: %1").arg(factText(f, "subject"));
    lines << CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(factText(f, "fingerprint"));
    return lines;
}

QStringList caFileEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The CA file “%1” could not be used: %2.").arg(factText(f, "file"), factText(f, "error"))};
}

QStringList trustStoreEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The trust store “%1” could not be used: %2.").arg(factText(f, "file"), factText(f, "error"))};
}

const CauseCatalogue::Entry kCauses[] = {
    // Network: neither the site nor (knowingly) the user put the inspecting root there.
    {HD_CAUSE("interception"), Severity::Warning, FixedBy::Network, 90, StepTie::CertificateCheck, CertificateTie::Root,
     QT_TRANSLATE_NOOP("CauseCatalogue", "A security product or proxy is inspecting this connection"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate chain does not end at a root of the public web but at one that was added to this computer's trust store. Antivirus programs that scan HTTPS, company proxies and TLS inspection devices do this: they decrypt the traffic, inspect it, and encrypt it again with certificates of their own. What you see is their certificate, not the site's, so the site's own certificate problems (or their absence) are hidden."),
     {{Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Ask your IT department whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Check whether a company proxy or security product inspects encrypted connections on this computer: if so, this is expected.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If you know and trust the product (your employer's proxy, your antivirus), this is expected; to see the site's real certificate, test from another network or with the product's HTTPS scanning turned off.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "If you do not know who installed this root, remove it from the trust store and check the computer for unwanted software.")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "Network administrator: exempt sites that break under inspection (certificate pinning, client certificates) from TLS inspection.")}},
     interceptionEvidence},
    // Warning; an error when it makes a valid certificate look invalid (clockSeverity).
    {HD_CAUSE("clock-skew"), Severity::Warning, FixedBy::Client, 126, StepTie::Clock, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "This computer's clock does not match the server's"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Certificates are valid only between two dates, and a client judges them by its own clock. This computer's clock and the server's differ by more than five minutes. When the computer's clock is wrong, valid certificates look expired or not yet valid, and other secure sites fail as well."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Set this computer's date, time and time zone correctly, preferably automatically (Windows: Settings → Time & language → Set time automatically; macOS and Linux: turn on network time).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If this computer's clock is right, the server's clock is wrong: tell the site's owner to synchronise it (NTP)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If the visitor's clock is right, the server's clock is wrong: synchronise it (NTP).")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Then run the diagnosis again.")}},
     clockEvidence, clockSeverity},
    {HD_CAUSE("ca-file-unusable"), Severity::Warning, FixedBy::Client, 200, StepTie::CertificateCheck, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The extra CA file could not be used"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "You gave a file of certificate authorities to trust, but it could not be read or holds no certificates, so the check used only the system's trusted authorities."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the file's path and that it contains PEM certificates (“-----BEGIN CERTIFICATE-----”).")}},
     caFileEvidence},
    {HD_CAUSE("trust-store-unusable"), Severity::Error, FixedBy::Client, 95, StepTie::CertificateCheck, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The trust store file could not be used"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "You gave a file of certificate authorities to trust instead of the system's, but it could not be read or holds no certificates, so no authority was trusted and every certificate looks untrusted."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the file's path and that it is a file of PEM certificates (“-----BEGIN CERTIFICATE-----”), not a directory or a device.")}},
     trustStoreEvidence},
};

} // namespace

CauseFamily clientEnvironmentCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
