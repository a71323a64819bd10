// The http causes: their text and evidence, beside the checks that find them
// (HttpCheck.cpp, HstsCheck.cpp and MixedContentCheck.cpp). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"

#include <limits>

namespace hd {

namespace {

using namespace causetext;

// Browsers block active content (but forms): a blocked script, style sheet or frame breaks the page.
Severity mixedContentSeverity(const QVariantMap &f, Severity usual)
{
    return f.value(QStringLiteral("blocked")).toBool() ? Severity::Error : usual;
}

QStringList httpEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("After the handshake, the HTTP request got no answer: %1.").arg(factText(f, "error"))};
}

QStringList downgradeEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The redirects leave HTTPS at redirect %1: %2 answers “%3” and sends the visitor to the unencrypted address %4.")
                          .arg(factText(f, "hop"), factText(f, "from"), factText(f, "statusLine"), factText(f, "to"))};
    if (f.value(QStringLiteral("otherHost")).toBool())
        lines << CauseCatalogue::tr("The http:// address is on another host than the page that redirects to it.");
    const QVariantList hops = f.value(QStringLiteral("hops")).toList();
    for (qsizetype i = 0; hops.size() > 1 && i < hops.size(); ++i) {
        const QVariantMap hop = hops[i].toMap();
        lines << CauseCatalogue::tr("Redirect %1: %2 → %3 (%4)").arg(QString::number(i + 1), factText(hop, "from"), factText(hop, "to"), factText(hop, "statusLine"));
    }
    return lines;
}

QStringList hstsEvidence(const QVariantMap &f)
{
    if (factText(f, "problem") == QLatin1String("invalid"))
        return {CauseCatalogue::tr("The Strict-Transport-Security header “%1” is not valid (no usable max-age, or a directive given twice), so browsers ignore it.")
                    .arg(factText(f, "header"))};
    return {CauseCatalogue::tr("The answer to %1 (%2) has no Strict-Transport-Security header.").arg(factText(f, "path"), factText(f, "statusLine"))};
}

// "3 days", "2 hours", "300 seconds": the largest unit that is at least one.
QString duration(qint64 seconds)
{
    if (seconds >= 86400)
        return CauseCatalogue::tr("%n day(s)", nullptr, int(qMin<qint64>(seconds / 86400, std::numeric_limits<int>::max())));
    if (seconds >= 3600)
        return CauseCatalogue::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return CauseCatalogue::tr("%n second(s)", nullptr, int(seconds));
}

QStringList hstsWeakEvidence(const QVariantMap &f)
{
    if (factText(f, "problem") == QLatin1String("max-age-zero"))
        return {CauseCatalogue::tr("The Strict-Transport-Security header “%1” has max-age=0, which tells browsers to forget the policy.")
                    .arg(factText(f, "header"))};
    const qint64 minimum = f.value(QStringLiteral("minimumMaxAge")).toLongLong();
    return {CauseCatalogue::tr("The Strict-Transport-Security header “%1” protects the site for only %2 (max-age=%3); at least %4 are needed.")
                .arg(factText(f, "header"), duration(f.value(QStringLiteral("maxAge")).toLongLong()), factText(f, "maxAge"),
                     duration(minimum))};
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

const CauseCatalogue::Entry kCauses[] = {
    // Warning; an error when browsers block some of it (mixedContentSeverity).
    {HD_CAUSE("mixed-content"), Severity::Warning, FixedBy::Server, 190, StepTie::Http, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The secure page loads content over unencrypted HTTP"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The page itself comes over HTTPS, but it loads resources from http:// addresses, which anyone on the network can read or change. Browsers block active content (scripts, style sheets, frames, plug-ins), so parts of the page break; images, audio and video still load but the page is marked as not fully secure, and forms would send their data unencrypted."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: change the http:// addresses listed as evidence to https:// (or to relative addresses), the blocked ones first.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: to catch any that are left, send the header “Content-Security-Policy: upgrade-insecure-requests”.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if a resource's server has no HTTPS, serve a copy from your own site.")}},
     mixedContentEvidence, mixedContentSeverity},
    {HD_CAUSE("https-downgrade-redirect"), Severity::Error, FixedBy::Server, 185, StepTie::Http, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The secure site redirects to an unencrypted http:// address"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The HTTPS answer sends the browser on to an http:// address. From there on nothing is encrypted: anyone on the network can read and change the page, take cookies and form data, or send the visitor elsewhere; browsers mark the page as not secure, and sites with HSTS cannot be reached that way at all."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Do not enter passwords or personal data on the page you end up on; tell the site's owner which address redirects where (see evidence).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: make the redirect point to https:// (nginx: return 301 https://$host$request_uri; Apache: Redirect permanent / https://…/). Behind a TLS-terminating proxy or load balancer, let the application see the original scheme (X-Forwarded-Proto, “proxy_redirect”, “ProxyPreserveHost”), so it does not build http:// addresses.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if the target host has no HTTPS, give it HTTPS first, then change the redirect.")}},
     downgradeEvidence},
    {HD_CAUSE("http-no-answer"), Severity::Warning, FixedBy::Server, 210, StepTie::Http, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The secure connection works, but the web server does not answer"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The TLS handshake succeeded, but the HTTP request sent over it got no answer."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the web application behind the TLS server (proxy backend, application logs).")}},
     httpEvidence},
    {HD_CAUSE("hsts-missing"), Severity::Info, FixedBy::Server, 320, StepTie::Http, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site does not tell browsers to always use HTTPS (HSTS)"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "With the Strict-Transport-Security header a site tells browsers to use only HTTPS for it from then on. Without it, a visitor who types the bare name or follows an old http:// link first makes an unencrypted request, which an attacker on the same network can intercept and redirect (SSL stripping)."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: send “Strict-Transport-Security: max-age=31536000; includeSubDomains” with every HTTPS response (nginx: add_header … always; Apache: Header always set …).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: start with a short max-age (for example 300 seconds) and raise it once every subdomain works over HTTPS.")}},
     hstsEvidence},
    {HD_CAUSE("hsts-weak"), Severity::Warning, FixedBy::Server, 300, StepTie::Http, CertificateTie::None,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site's HTTPS-only policy (HSTS) protects too little"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site sends a Strict-Transport-Security header, but its max-age is too short to help: browsers forget the HTTPS-only rule soon after a visit (or at once with max-age=0), so a later visit by the bare name or an old http:// link is again an unencrypted request that an attacker on the same network can intercept (SSL stripping)."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: raise max-age to at least 15552000 (180 days), better 31536000 (one year): “Strict-Transport-Security: max-age=31536000; includeSubDomains”.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: look for every place that sets the header (nginx add_header, Apache Header set, the application, a CDN or load balancer) so that a short value does not override the long one.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: send max-age=0 only to withdraw HSTS on purpose, for example before the site stops offering HTTPS.")}},
     hstsWeakEvidence},
};

} // namespace

CauseFamily httpCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
