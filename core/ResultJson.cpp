#include "ResultJson.h"

#include "CauseCatalogue.h"
#include "ReportText.h"
#include "StepDescriber.h"

#include <QJsonArray>

namespace hd {

namespace {

QString originKey(CertificateInfo::Origin origin)
{
    switch (origin) {
    case CertificateInfo::Origin::Presented: return QStringLiteral("presented");
    case CertificateInfo::Origin::FetchedFromAia: return QStringLiteral("fetched-aia");
    case CertificateInfo::Origin::TrustStore: return QStringLiteral("trust-store");
    }
    return {};
}

QString directionKey(TimelineStep::Direction direction)
{
    switch (direction) {
    case TimelineStep::Direction::Sent: return QStringLiteral("sent");
    case TimelineStep::Direction::Received: return QStringLiteral("received");
    case TimelineStep::Direction::None: return {};
    }
    return {};
}

// Each certificate with the status core gave it from the findings tied to it.
QJsonArray chainJson(const QList<CertificateInfo> &chain, const DiagnosisResult &result)
{
    QJsonArray array;
    for (const CertificateInfo &cert : chain) {
        QJsonObject json = toJson(cert);
        const std::optional<Severity> severity = result.certificateSeverity(cert.sha256Fingerprint);
        json.insert(QStringLiteral("status"), severity ? severityKey(*severity) : QStringLiteral("ok"));
        json.insert(QStringLiteral("findings"), QJsonArray::fromStringList(result.certificateFindingIds(cert.sha256Fingerprint)));
        array.append(json);
    }
    return array;
}

QJsonArray indexesIn(const QList<CertificateInfo> &chain, const QStringList &fingerprints)
{
    QJsonArray array;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (fingerprints.contains(chain[i].sha256Fingerprint))
            array.append(int(i));
    }
    return array;
}

QJsonObject findingJson(const Finding &finding, const DiagnosisResult &result)
{
    const RenderedFinding text = CauseCatalogue::render(finding);
    QJsonArray steps;
    for (const int step : finding.steps)
        steps.append(step);
    return {
        {QStringLiteral("steps"), steps},
        {QStringLiteral("certificates"), indexesIn(result.builtChain, finding.certificates)},
        {QStringLiteral("presentedCertificates"), indexesIn(result.presentedChain, finding.certificates)},
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("severity"), severityKey(finding.severity)},
        {QStringLiteral("fixedBy"), fixedByKey(finding.fixedBy)},
        {QStringLiteral("title"), text.title},
        {QStringLiteral("explanation"), text.explanation},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(text.evidence)},
        {QStringLiteral("fix"), QJsonArray::fromStringList(text.fixSteps)},
        {QStringLiteral("facts"), QJsonObject::fromVariantMap(finding.facts)},
    };
}

QJsonArray compatibilityJson(const QList<CompatibilityRow> &rows)
{
    QJsonArray array;
    for (const CompatibilityRow &row : rows) {
        // connects: null when the probes could not tell.
        const QJsonValue connects = row.outcome == CompatibilityRow::Outcome::Unknown
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(row.outcome == CompatibilityRow::Outcome::Connects);
        array.append(QJsonObject{{QStringLiteral("clientId"), row.clientId},
                                 {QStringLiteral("client"), Compatibility::clientName(row.clientId)},
                                 {QStringLiteral("connects"), connects},
                                 {QStringLiteral("version"), row.version},
                                 {QStringLiteral("cipher"), row.cipher},
                                 {QStringLiteral("reason"), row.reason},
                                 {QStringLiteral("detail"), Compatibility::explain(row)}});
    }
    return array;
}

QJsonArray checksJson(const QList<CheckResult> &checks)
{
    QJsonArray array;
    for (const CheckResult &check : checks) {
        QJsonObject json{{QStringLiteral("id"), check.id}, {QStringLiteral("outcome"), checkOutcomeKey(check.outcome)}};
        json.insert(QStringLiteral("reason"), check.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(check.reason));
        array.append(json);
    }
    return array;
}

QJsonObject summaryJson(const DiagnosisResult &result)
{
    const Summary &summary = result.summary;
    QJsonArray actFirst;
    for (const ReportText::ActionGroup &group : ReportText::actFirst(result))
        actFirst.append(QJsonObject{{QStringLiteral("actor"), actorKey(group.actor)},
                                    {QStringLiteral("heading"), group.heading},
                                    {QStringLiteral("steps"), QJsonArray::fromStringList(group.steps)}});
    QJsonArray notes;
    for (const int index : summary.alsoNoticed) {
        const Finding &note = result.findings[index];
        notes.append(QJsonObject{{QStringLiteral("id"), note.id}, {QStringLiteral("title"), CauseCatalogue::render(note).title}});
    }
    const bool hasRoot = summary.rootCause >= 0 && summary.rootCause < result.findings.size();
    return {
        {QStringLiteral("headline"), ReportText::headline(result)},
        {QStringLiteral("rootCause"), hasRoot ? QJsonValue(result.findings[summary.rootCause].id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("problems"), summary.problems},
        {QStringLiteral("actFirst"), actFirst},
        {QStringLiteral("alsoNoticed"), notes},
        {QStringLiteral("unfinished"), ReportText::unfinished(result)},
        {QStringLiteral("unfinishedChecks"), QJsonArray::fromStringList(summary.unfinishedChecks)},
    };
}

} // namespace

QString stepKindKey(TimelineStep::Kind kind)
{
    switch (kind) {
    case TimelineStep::Kind::Resolve: return QStringLiteral("dns");
    case TimelineStep::Kind::Connect: return QStringLiteral("tcp");
    case TimelineStep::Kind::TlsMessage: return QStringLiteral("tls-message");
    case TimelineStep::Kind::TlsAlert: return QStringLiteral("tls-alert");
    case TimelineStep::Kind::TlsEstablished: return QStringLiteral("tls-established");
    case TimelineStep::Kind::TlsFailed: return QStringLiteral("tls-failed");
    case TimelineStep::Kind::CertificateCheck: return QStringLiteral("certificate-check");
    case TimelineStep::Kind::IssuerFetch: return QStringLiteral("issuer-fetch");
    case TimelineStep::Kind::Http: return QStringLiteral("http");
    case TimelineStep::Kind::Probe: return QStringLiteral("probe");
    case TimelineStep::Kind::Proxy: return QStringLiteral("proxy");
    case TimelineStep::Kind::PlainText: return QStringLiteral("plain-text");
    }
    return {};
}

QString stepStatusKey(TimelineStep::Status status)
{
    switch (status) {
    case TimelineStep::Status::Ok: return QStringLiteral("ok");
    case TimelineStep::Status::Info: return QStringLiteral("info");
    case TimelineStep::Status::Warning: return QStringLiteral("warning");
    case TimelineStep::Status::Failed: return QStringLiteral("failed");
    case TimelineStep::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject toJson(const TimelineStep &step)
{
    const StepText text = StepDescriber::describe(step);
    QJsonObject json{
        {QStringLiteral("kind"), stepKindKey(step.kind)},
        {QStringLiteral("status"), stepStatusKey(step.status)},
        {QStringLiteral("startMs"), qRound(step.startMs * 1000) / 1000.0},
        {QStringLiteral("durationMs"), qRound(step.durationMs * 1000) / 1000.0},
        {QStringLiteral("title"), text.title},
        {QStringLiteral("detail"), text.detail},
        {QStringLiteral("facts"), QJsonObject::fromVariantMap(step.facts)},
    };
    if (!step.name.isEmpty())
        json.insert(QStringLiteral("name"), step.name);
    if (step.direction != TimelineStep::Direction::None)
        json.insert(QStringLiteral("direction"), directionKey(step.direction));
    return json;
}

QJsonObject toJson(const CertificateInfo &cert)
{
    return {
        {QStringLiteral("subject"), cert.subject},
        {QStringLiteral("issuer"), cert.issuer},
        {QStringLiteral("commonName"), cert.commonName},
        {QStringLiteral("serialNumber"), cert.serialNumber},
        {QStringLiteral("notBefore"), cert.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), cert.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("dnsNames"), QJsonArray::fromStringList(cert.dnsNames)},
        {QStringLiteral("ipAddresses"), QJsonArray::fromStringList(cert.ipAddresses)},
        {QStringLiteral("keyType"), cert.keyType},
        {QStringLiteral("keyBits"), cert.keyBits},
        {QStringLiteral("curve"), cert.curveName},
        {QStringLiteral("signatureAlgorithm"), cert.signatureAlgorithm},
        {QStringLiteral("keyUsage"), QJsonArray::fromStringList(cert.keyUsage)},
        {QStringLiteral("extendedKeyUsage"), QJsonArray::fromStringList(cert.extendedKeyUsage)},
        {QStringLiteral("isCa"), cert.isCa},
        {QStringLiteral("selfSigned"), cert.isSelfSigned},
        {QStringLiteral("caIssuersUrls"), QJsonArray::fromStringList(cert.caIssuersUrls)},
        {QStringLiteral("ocspUrls"), QJsonArray::fromStringList(cert.ocspUrls)},
        {QStringLiteral("crlUrls"), QJsonArray::fromStringList(cert.crlUrls)},
        {QStringLiteral("sha256"), cert.sha256Fingerprint},
        {QStringLiteral("origin"), originKey(cert.origin)},
        {QStringLiteral("pem"), QString::fromLatin1(cert.pem())},
    };
}

QJsonObject toJson(const DiagnosisResult &result)
{
    QJsonArray findings;
    for (const Finding &finding : result.findings)
        findings.append(findingJson(finding, result));
    QJsonArray timeline;
    for (const TimelineStep &step : result.timeline)
        timeline.append(toJson(step));
    QJsonArray headers;
    for (const auto &[name, value] : result.httpHeaders)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});

    return {
        {QStringLiteral("verdict"), verdictKey(result.verdict())},
        {QStringLiteral("summary"), summaryJson(result)},
        {QStringLiteral("checks"), checksJson(result.checks)},
        {QStringLiteral("cancelled"), result.cancelled},
        {QStringLiteral("target"), QJsonObject{
             {QStringLiteral("input"), result.target.input},
             {QStringLiteral("host"), result.target.host},
             {QStringLiteral("displayHost"), result.target.displayHost},
             {QStringLiteral("port"), result.target.port},
             {QStringLiteral("path"), result.target.path},
             {QStringLiteral("scheme"), result.target.scheme},
             {QStringLiteral("schemeFromPort"), result.target.schemeFromPort},
         }},
        {QStringLiteral("startedAt"), result.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), qRound(result.durationMs * 10) / 10.0},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(result.addresses)},
        {QStringLiteral("usedAddress"), result.usedAddress},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("version"), result.tlsVersion},
                                            {QStringLiteral("cipher"), result.cipher}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("compatibility"), compatibilityJson(result.compatibility)},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("chain"), QJsonObject{{QStringLiteral("presented"), chainJson(result.presentedChain, result)},
                                              {QStringLiteral("built"), chainJson(result.builtChain, result)},
                                              {QStringLiteral("trusted"), result.chainTrusted}}},
        {QStringLiteral("http"), QJsonObject{{QStringLiteral("statusLine"), QString::fromLatin1(result.httpStatusLine)},
                                             {QStringLiteral("headers"), headers}}},
    };
}

} // namespace hd
