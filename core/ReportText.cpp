#include "ReportText.h"

#include "CauseCatalogue.h"
#include "PlainText.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace hd {

namespace {

QString indentOf(ReportText::Line::Kind kind)
{
    using K = ReportText::Line::Kind;
    switch (kind) {
    case K::Heading: return {};
    case K::Title: return QStringLiteral("  ");
    case K::Label:
    case K::Text: return QStringLiteral("     ");
    case K::Bullet:
    case K::Numbered: return QStringLiteral("       ");
    }
    return {};
}

void appendGroups(QList<ReportText::Line> *out, const QList<ReportText::ActionGroup> &groups)
{
    using K = ReportText::Line::Kind;
    for (const ReportText::ActionGroup &group : groups) {
        out->append({K::Label, group.heading});
        int number = 1;
        for (const QString &step : group.steps)
            out->append({K::Numbered, step, number++});
    }
}

} // namespace

QString ReportText::headline(const DiagnosisResult &result)
{
    if (result.cancelled)
        return tr("The diagnosis was cancelled before it finished. The results below are incomplete.");
    const Summary &summary = result.summary;
    if (summary.rootCause >= 0 && summary.rootCause < result.findings.size()) {
        const Finding &root = result.findings[summary.rootCause];
        const QString cause = CauseCatalogue::render(root).headline;
        if (root.severity == Severity::Warning)
            return tr("The connection works, but: %1").arg(cause);
        return cause;
    }
    if (result.verdict() != Verdict::Ok)
        return tr("The connection to %1 could not be checked completely").arg(result.target.displayHost);
    return tr("The secure connection to %1 works").arg(result.target.displayHost);
}

QList<ReportText::ActionGroup> ReportText::actionGroups(const Finding &finding, Actor reader)
{
    const RenderedFinding text = CauseCatalogue::render(finding, reader);
    QList<ActionGroup> groups;
    for (qsizetype i = 0; i < text.fixSteps.size(); ++i) {
        const Actor actor = text.fixActors.value(i, Actor::You);
        auto group = std::find_if(groups.begin(), groups.end(), [actor](const ActionGroup &g) { return g.actor == actor; });
        if (group == groups.end()) {
            groups.append({actor, actorHeading(actor, reader), {}});
            group = groups.end() - 1;
        }
        group->steps << text.fixSteps[i];
    }
    // A report for the one who fixes it puts their own steps first: it is theirs to act on.
    if (reader != Actor::You)
        std::stable_partition(groups.begin(), groups.end(), [reader](const ActionGroup &g) { return g.actor == reader; });
    return groups;
}

Actor ReportText::readerOf(const DiagnosisResult &result)
{
    const int root = result.summary.rootCause;
    if (result.cancelled || root < 0 || root >= result.findings.size())
        return Actor::You;
    switch (result.findings[root].fixedBy) {
    case FixedBy::Server: return Actor::SiteOwner;
    case FixedBy::Network: return Actor::It;
    case FixedBy::Client: return Actor::You;
    }
    return Actor::You;
}

QString ReportText::readerLabel(Actor reader)
{
    switch (reader) {
    case Actor::You: return tr("Written for the person who saw the problem");
    case Actor::SiteOwner: return tr("Written for the site's administrator");
    case Actor::It: return tr("Written for the network administrator (IT)");
    }
    return {};
}

QList<ReportText::ActionGroup> ReportText::actFirst(const DiagnosisResult &result, Actor reader)
{
    const int root = result.summary.rootCause;
    if (result.cancelled || root < 0 || root >= result.findings.size())
        return {};
    return actionGroups(result.findings[root], reader);
}

QStringList ReportText::alsoNoticed(const DiagnosisResult &result)
{
    QStringList titles;
    for (const int index : result.summary.alsoNoticed)
        titles << CauseCatalogue::render(result.findings.value(index)).title;
    return titles;
}

QString ReportText::unfinished(const DiagnosisResult &result)
{
    const QStringList &ids = result.summary.unfinishedChecks;
    if (ids.isEmpty())
        return {};
    QStringList parts;
    for (const CheckResult &check : result.checks) {
        if (ids.contains(check.id))
            parts << tr("%1 (%2)").arg(checkName(check.id), checkReason(check.reason));
    }
    return tr("%n check(s) could not finish: %1.", nullptr, int(ids.size())).arg(parts.join(tr("; ")));
}

QList<ReportText::Line> ReportText::summaryBlock(const DiagnosisResult &result, Actor reader)
{
    QList<Line> out{{Line::Kind::Heading, headline(result)}};
    if (const QString more = unfinished(result); !more.isEmpty())
        out.append({Line::Kind::Text, more});
    appendGroups(&out, actFirst(result, reader));
    // Everything worked from here: what is left lives in the browser, which this program
    // does not go through.
    if (!result.cancelled && result.verdict() == Verdict::Ok && result.summary.problems == 0 && !result.target.speaksHttp()) {
        // A mail, directory or database client: what is left lives in its own settings.
        out.append({Line::Kind::Label, tr("If your mail, directory or database client still cannot connect")});
        out.append({Line::Kind::Bullet, tr("Check the client's server name, port and security setting (STARTTLS, or SSL/TLS from the start): this diagnosis used %1.")
                                            .arg(singleLine(result.target.input))});
        for (const char *check : {QT_TR_NOOP("If the client keeps its own list of trusted authorities (Java, some database drivers and mail programs), add the authority that issued the server's certificate to it."),
                                  QT_TR_NOOP("Check that this computer's date and time are correct.")})
            out.append({Line::Kind::Bullet, tr(check)});
    } else if (!result.cancelled && result.verdict() == Verdict::Ok && result.summary.problems == 0) {
        out.append({Line::Kind::Label, tr("If your browser still cannot open the site")});
        for (const char *check : {QT_TR_NOOP("Try another browser, or a private window: if the site opens there, the problem is in the first browser."),
                                  QT_TR_NOOP("Turn off the browser's extensions (ad blockers, privacy and security add-ons) and try again."),
                                  QT_TR_NOOP("Clear what the browser remembers about the site: its HSTS entry (Chrome: chrome://net-internals/#hsts, “Delete domain security policies”; Firefox: History, “Forget About This Site”) and its cache, then restart the browser."),
                                  QT_TR_NOOP("Check the browser's own proxy, VPN and “secure DNS” settings, and whether security software scans HTTPS inside the browser: add an exception for the site or update the software rather than turning protection off."),
                                  QT_TR_NOOP("Check that this computer's date and time are correct.")})
            out.append({Line::Kind::Bullet, tr(check)});
    }
    const QStringList notes = alsoNoticed(result);
    if (!notes.isEmpty()) {
        out.append({Line::Kind::Label, tr("Also worth knowing (notes, not problems)")});
        for (const QString &note : notes)
            out.append({Line::Kind::Bullet, note});
    }
    return out;
}

QList<ReportText::Line> ReportText::findingsBlock(const DiagnosisResult &result, Actor reader)
{
    QList<Line> out;
    if (result.findings.isEmpty())
        return out;
    out.append({Line::Kind::Heading, tr("Findings (root cause first)")});
    int number = 1;
    for (const Finding &finding : result.findings) {
        const RenderedFinding text = CauseCatalogue::render(finding);
        out.append({Line::Kind::Title, tr("%1. [%2] %3 (%4)").arg(number++).arg(severityLabel(finding.severity), text.title, finding.id)});
        out.append({Line::Kind::Text, whoFixes(finding.fixedBy)});
        out.append({Line::Kind::Text, text.explanation});
        if (!text.evidence.isEmpty()) {
            out.append({Line::Kind::Label, evidenceHeading()});
            for (const QString &line : text.evidence)
                out.append({Line::Kind::Bullet, line});
        }
        appendGroups(&out, actionGroups(finding, reader));
    }
    return out;
}

QString ReportText::plainText(const QList<Line> &lines)
{
    QStringList out;
    for (const Line &line : lines) {
        QString text = line.text;
        if (line.kind == Line::Kind::Label)
            text = tr("%1:").arg(text);
        else if (line.kind == Line::Kind::Bullet)
            text = QStringLiteral("- ") + text;
        else if (line.kind == Line::Kind::Numbered)
            text = QStringLiteral("%1. %2").arg(line.number).arg(text);
        out << indentOf(line.kind) + text;
    }
    return out.join(QLatin1Char('\n'));
}

QString ReportText::html(const QList<Line> &lines)
{
    QString out;
    for (const Line &line : lines) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case Line::Kind::Heading: out += QStringLiteral("<h2>%1</h2>").arg(text); break;
        case Line::Kind::Title: out += QStringLiteral("<h3>%1</h3>").arg(text); break;
        case Line::Kind::Label: out += QStringLiteral("<p><b>%1</b></p>").arg(tr("%1:").arg(text)); break;
        case Line::Kind::Text: out += QStringLiteral("<p>%1</p>").arg(text); break;
        case Line::Kind::Bullet:
            out += QStringLiteral("<p style=\"margin-left:16px\">- %1</p>").arg(text);
            break;
        case Line::Kind::Numbered:
            out += QStringLiteral("<p style=\"margin-left:16px\">%1. %2</p>").arg(line.number).arg(text);
            break;
        }
    }
    return out;
}

QString ReportText::date(const QDateTime &when)
{
    // The language's own order ("2026年11月29日"), not the system locale's mix of weekday,
    // zone name and order; QLocale's default follows the installed language.
    return QLocale().toString(when.toLocalTime().date(), tr("d MMM yyyy", "date format for QLocale::toString()"));
}

QString ReportText::dateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return tr("%1 %2 %3", "date, time, time zone")
        .arg(date(when), local.time().toString(QStringLiteral("HH:mm:ss")), local.timeZoneAbbreviation());
}

QString ReportText::verdictWord(const DiagnosisResult &result)
{
    if (result.cancelled)
        return tr("CANCELLED");
    switch (result.verdict()) {
    case Verdict::Ok: return tr("OK");
    case Verdict::Warning: return tr("WARNING");
    case Verdict::Fail: return tr("FAIL");
    }
    return {};
}

QString ReportText::actorHeading(Actor actor, Actor reader)
{
    if (reader != Actor::You && actor == reader)
        return tr("What to do");
    if (reader != Actor::You && actor == Actor::You)
        return tr("What the person who saw the problem can try");
    switch (actor) {
    case Actor::You: return tr("What you can do now");
    case Actor::SiteOwner: return tr("What to tell the site's owner");
    case Actor::It: return tr("What to ask your IT department");
    }
    return {};
}

QString ReportText::evidenceHeading()
{
    return tr("What was found");
}

QString ReportText::whoFixes(FixedBy fixedBy)
{
    return tr("Who fixes it: %1").arg(CauseCatalogue::fixedByLabel(fixedBy));
}

QString ReportText::severityLabel(Severity severity)
{
    return CauseCatalogue::severityLabel(severity);
}

QString ReportText::checkName(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("reachability"), QT_TR_NOOP("reaching the server")},
        {QStringLiteral("handshake"), QT_TR_NOOP("TLS handshake")},
        {QStringLiteral("trust"), QT_TR_NOOP("certificate chain and trust")},
        {QStringLiteral("validity"), QT_TR_NOOP("certificate dates")},
        {QStringLiteral("hostname"), QT_TR_NOOP("certificate name")},
        {QStringLiteral("purpose"), QT_TR_NOOP("certificate purpose")},
        {QStringLiteral("crypto-strength"), QT_TR_NOOP("certificate keys and signatures")},
        {QStringLiteral("http"), QT_TR_NOOP("web server answer")},
        {QStringLiteral("sni"), QT_TR_NOOP("server name (SNI) behaviour")},
        {QStringLiteral("revocation"), QT_TR_NOOP("revocation")},
        {QStringLiteral("hsts"), QT_TR_NOOP("HSTS")},
        {QStringLiteral("mixed-content"), QT_TR_NOOP("mixed content")},
        {QStringLiteral("clock"), QT_TR_NOOP("clocks")},
        {QStringLiteral("interception"), QT_TR_NOOP("TLS inspection")},
        {QStringLiteral("protocol-versions"), QT_TR_NOOP("protocol versions")},
        {QStringLiteral("cipher-suites"), QT_TR_NOOP("cipher suites")},
        {QStringLiteral("key-exchange"), QT_TR_NOOP("key exchange")},
        {QStringLiteral("connection-limit"), QT_TR_NOOP("the server's connection limit")},
    };
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString ReportText::checkReason(const QString &key)
{
    static const QHash<QString, const char *> reasons{
        {QStringLiteral("cancelled"), QT_TR_NOOP("the diagnosis was cancelled")},
        {QStringLiteral("no-address"), QT_TR_NOOP("the name could not be looked up")},
        {QStringLiteral("no-connection"), QT_TR_NOOP("no connection")},
        {QStringLiteral("no-handshake"), QT_TR_NOOP("the TLS handshake did not complete")},
        {QStringLiteral("no-certificate"), QT_TR_NOOP("the server sent no certificate")},
        {QStringLiteral("not-https"), QT_TR_NOOP("the address is not https")},
        {QStringLiteral("no-http-answer"), QT_TR_NOOP("the web server did not answer")},
        {QStringLiteral("probes-off"), QT_TR_NOOP("extra connections are switched off")},
        {QStringLiteral("not-applicable"), QT_TR_NOOP("does not apply to this address")},
        {QStringLiteral("no-issuer"), QT_TR_NOOP("the certificate's issuer is unknown")},
        {QStringLiteral("not-run"), QT_TR_NOOP("it did not run")},
        {QStringLiteral("no-answer"), QT_TR_NOOP("the server gave no clear answer")},
        {QStringLiteral("out-of-time"), QT_TR_NOOP("the time limit ran out")},
        {QStringLiteral("server-limited"), QT_TR_NOOP("the server limited the connections")},
    };
    const char *reason = reasons.value(key);
    return reason ? tr(reason) : key;
}

QString ReportText::probeAnswer(const QString &how)
{
    static const QHash<QString, const char *> answers{
        {QStringLiteral("timeout"), QT_TR_NOOP("no answer in time")},
        {QStringLiteral("refused"), QT_TR_NOOP("the connection was refused")},
        {QStringLiteral("reset"), QT_TR_NOOP("the server reset the connection")},
        {QStringLiteral("peer-reset"), QT_TR_NOOP("the server reset the connection")},
        {QStringLiteral("closed"), QT_TR_NOOP("the server closed the connection")},
        {QStringLiteral("peer-closed"), QT_TR_NOOP("the server closed the connection")},
        {QStringLiteral("unreachable"), QT_TR_NOOP("the network could not reach the server")},
        {QStringLiteral("error"), QT_TR_NOOP("a network error")},
        {QStringLiteral("network-error"), QT_TR_NOOP("a network error")},
        {QStringLiteral("alert"), QT_TR_NOOP("with an alert")},
        {QStringLiteral("peer-alert"), QT_TR_NOOP("with an alert")},
        {QStringLiteral("other-version"), QT_TR_NOOP("the server answered with another version")},
        {QStringLiteral("other-group"), QT_TR_NOOP("the server chose another group")},
        {QStringLiteral("unoffered-suite"), QT_TR_NOOP("the server chose a suite that was not offered")},
        {QStringLiteral("malformed"), QT_TR_NOOP("the answer was malformed")},
        {QStringLiteral("not-tls"), QT_TR_NOOP("the answer was not TLS")},
        {QStringLiteral("local-failure"), QT_TR_NOOP("the handshake failed")},
    };
    if (const char *answer = answers.value(how))
        return tr(answer);
    if (const QString reason = checkReason(how); reason != how)
        return reason; // why a probe was not tried: "the time limit ran out", ...
    // An alert's name is the protocol's own word; any other text is OpenSSL's or the OS's,
    // in English: the reader gets the plain fact (the JSON keeps the text).
    static const QRegularExpression alertName(QStringLiteral("^[a-z0-9_]+$"));
    if (alertName.match(how).hasMatch())
        return tr("alert %1").arg(how);
    return tr("the handshake failed");
}

QString ReportText::checkOutcome(const CheckResult &check)
{
    switch (check.outcome) {
    case CheckResult::Outcome::Found: return tr("found something");
    case CheckResult::Outcome::Passed: return tr("found nothing");
    case CheckResult::Outcome::CouldNotRun: return tr("could not tell (%1)").arg(checkReason(check.reason));
    }
    return {};
}

QStringList ReportText::checkLines(const DiagnosisResult &result)
{
    if (result.checks.isEmpty())
        return {};
    QStringList out{tr("What was checked")};
    for (const CheckResult &check : result.checks)
        out << QStringLiteral("  ") + tr("%1: %2").arg(checkName(check.id), checkOutcome(check));
    return out;
}

QString ReportText::support(Support support, const QString &how)
{
    switch (support) {
    case Support::Accepted: return tr("accepted");
    case Support::Rejected: return how.isEmpty() ? tr("refused") : tr("refused (%1)").arg(probeAnswer(how));
    case Support::Unknown: return how.isEmpty() ? tr("could not tell") : tr("could not tell (%1)").arg(probeAnswer(how));
    }
    return {};
}

QStringList ReportText::tlsSupportLines(const DiagnosisResult &result)
{
    const ProbeResults &probes = result.probes;
    if (!probes.protocolVersions.ran)
        return {};
    QStringList out{tr("Protocol versions and cipher suites")};
    // Newest first, as a reader cares about it most.
    for (auto v = probes.protocolVersions.versions.crbegin(); v != probes.protocolVersions.versions.crend(); ++v) {
        QString line = QStringLiteral("  %1: %2").arg(tls::versionName(v->version), support(v->support, v->how));
        const auto suites = std::find_if(probes.cipherSuites.versions.cbegin(), probes.cipherSuites.versions.cend(),
                                         [&v](const SuiteList &list) { return list.version == v->version; });
        const bool listed = suites != probes.cipherSuites.versions.cend() && !suites->suites.isEmpty();
        if (listed && suites->serverOrder)
            line += tr(", in the server's order of preference");
        if (listed && !suites->complete)
            line += tr(" (the list may be incomplete)");
        out << line;
        if (listed) {
            for (const quint16 suite : suites->suites)
                out << QStringLiteral("     ") + tls::suiteName(suite);
        }
    }
    const KeyExchangeResult &kx = probes.keyExchange;
    if (kx.ran) {
        const QString groups = kx.groups.isEmpty() ? tr("none") : kx.groups.join(QStringLiteral(", "));
        const QString dh = kx.dhe == Support::Accepted && kx.dhBits > 0 ? tr("%1-bit group").arg(kx.dhBits) : support(kx.dhe);
        out << QStringLiteral("  ") + tr("Elliptic curves: %1; finite-field DH: %2").arg(groups, dh);
    }
    return out;
}

} // namespace hd
