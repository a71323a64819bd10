#include "CertificateStatus.h"

#include "CauseCatalogue.h"

#include <QHash>

namespace hd {

namespace {

// Error-like problems, in the order a reader should hear about them.
constexpr CertificateProblem kOrder[] = {
    CertificateProblem::Missing,       CertificateProblem::Expired,       CertificateProblem::NotYetValid,
    CertificateProblem::SelfSigned,    CertificateProblem::Untrusted,     CertificateProblem::NameMismatch,
    CertificateProblem::WrongPurpose,  CertificateProblem::WeakSignature, CertificateProblem::WeakKey,
    CertificateProblem::Revoked,       CertificateProblem::Flagged,       CertificateProblem::FetchedFromAia,
    CertificateProblem::Unused,
};

CertificateProblems problemFor(const QString &id)
{
    static const QHash<QString, CertificateProblems> byId{
        {QStringLiteral("cert-expired"), CertificateProblem::Expired},
        {QStringLiteral("cert-not-yet-valid"), CertificateProblem::NotYetValid},
        {QStringLiteral("weak-signature"), CertificateProblem::WeakSignature},
        {QStringLiteral("weak-key"), CertificateProblem::WeakKey},
        {QStringLiteral("self-signed"), CertificateProblem::SelfSigned | CertificateProblem::Untrusted},
        {QStringLiteral("untrusted-root"), CertificateProblem::Untrusted},
        {QStringLiteral("hostname-mismatch"), CertificateProblem::NameMismatch},
        {QStringLiteral("missing-san"), CertificateProblem::NameMismatch},
        {QStringLiteral("wrong-purpose"), CertificateProblem::WrongPurpose},
        {QStringLiteral("revoked"), CertificateProblem::Revoked},
        // Its own row says what was downloaded (FetchedFromAia); the sent one lacks its issuer.
        {QStringLiteral("incomplete-chain"), {}},
    };
    return byId.value(id, CertificateProblem::Flagged);
}

} // namespace

bool DisplayedCertificate::isProblem() const
{
    return (severity && *severity != Severity::Info) || problems.testFlag(CertificateProblem::Missing);
}

Tone DisplayedCertificate::tone() const
{
    if (problems.testFlag(CertificateProblem::Missing) || (severity && *severity == Severity::Error))
        return Tone::Bad;
    if ((severity && *severity == Severity::Warning)
        || (problems & (CertificateProblem::FetchedFromAia | CertificateProblem::Unused)))
        return Tone::Warning;
    return Tone::Good;
}

QString DisplayedCertificate::name() const
{
    return kind == Kind::MissingIssuer ? missingName : cert.displayName();
}

CertificateProblems CertificateStatus::problemsOf(const CertificateInfo &cert, const DiagnosisResult &result)
{
    CertificateProblems problems;
    for (const Finding &finding : result.findings) {
        if (finding.severity != Severity::Info && finding.certificates.contains(cert.sha256Fingerprint))
            problems |= problemFor(finding.id);
    }
    if (cert.origin == CertificateInfo::Origin::FetchedFromAia && !cert.isSelfSigned)
        problems |= CertificateProblem::FetchedFromAia;
    return problems;
}

namespace {

void takeCoreStatus(DisplayedCertificate *entry, const DiagnosisResult &result)
{
    const QString &fingerprint = entry->cert.sha256Fingerprint;
    entry->severity = result.certificateSeverity(fingerprint);
    for (const Finding &finding : result.findings) {
        if (finding.severity != Severity::Info && finding.certificates.contains(fingerprint))
            entry->findingIds << finding.id;
    }
}

} // namespace

QList<DisplayedCertificate> CertificateStatus::displayedChain(const DiagnosisResult &result)
{
    const QList<CertificateInfo> &chain = result.builtChain.isEmpty() ? result.presentedChain : result.builtChain;
    QList<DisplayedCertificate> out;
    if (chain.isEmpty())
        return out;

    // The chain stops below a root: whoever issued its top certificate is missing.
    const CertificateInfo &top = chain.last();
    if (!top.isSelfSigned && !result.chainTrusted && top.origin != CertificateInfo::Origin::TrustStore) {
        DisplayedCertificate missing;
        missing.kind = DisplayedCertificate::Kind::MissingIssuer;
        missing.missingName = top.issuerCommonName.isEmpty() ? top.issuer : top.issuerCommonName;
        missing.problems = CertificateProblem::Missing;
        out << missing;
    }
    QStringList inChain;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        DisplayedCertificate entry;
        entry.cert = chain[i];
        entry.problems = problemsOf(chain[i], result);
        takeCoreStatus(&entry, result);
        entry.trustAnchor = i == chain.size() - 1 && result.chainTrusted;
        out << entry;
        inChain << chain[i].sha256Fingerprint;
    }
    for (const CertificateInfo &cert : result.presentedChain) {
        if (inChain.contains(cert.sha256Fingerprint))
            continue;
        DisplayedCertificate extra;
        extra.cert = cert;
        extra.problems = problemsOf(cert, result) | CertificateProblem::Unused;
        takeCoreStatus(&extra, result);
        out << extra;
    }
    return out;
}

QStringList CertificateStatus::labels(const DisplayedCertificate &entry)
{
    QStringList out;
    for (const CertificateProblem problem : kOrder) {
        if (!entry.problems.testFlag(problem))
            continue;
        switch (problem) {
        case CertificateProblem::Missing: out << tr("Missing: not sent, not found"); break;
        case CertificateProblem::Expired: out << tr("Expired"); break;
        case CertificateProblem::NotYetValid: out << tr("Not yet valid"); break;
        case CertificateProblem::SelfSigned: out << tr("Self-signed"); break;
        case CertificateProblem::Untrusted: out << tr("Untrusted"); break;
        case CertificateProblem::NameMismatch: out << tr("Wrong name"); break;
        case CertificateProblem::WrongPurpose: out << tr("Not for web servers"); break;
        case CertificateProblem::WeakSignature: out << tr("Weak signature"); break;
        case CertificateProblem::WeakKey: out << tr("Weak key"); break;
        case CertificateProblem::FetchedFromAia: out << tr("Missing, fetched from AIA"); break;
        case CertificateProblem::Unused: out << tr("Not part of the chain"); break;
        case CertificateProblem::Revoked: out << tr("Revoked"); break;
        case CertificateProblem::Flagged: break; // named by the findings' titles below
        }
    }
    if (entry.problems.testFlag(CertificateProblem::Flagged)) {
        for (const QString &id : entry.findingIds) {
            if (problemFor(id).testFlag(CertificateProblem::Flagged))
                out << CauseCatalogue::render(Finding{id, Severity::Warning, FixedBy::Server, {}, {}, {}}).title;
        }
    }
    if (!entry.isProblem())
        out.prepend(entry.trustAnchor ? tr("Valid, trusted root") : tr("Valid"));
    return out;
}

QString CertificateStatus::label(const DisplayedCertificate &entry)
{
    return labels(entry).join(tr(", "));
}

QString CertificateStatus::originLabel(CertificateInfo::Origin origin)
{
    switch (origin) {
    case CertificateInfo::Origin::Presented: return tr("Sent by the server");
    case CertificateInfo::Origin::FetchedFromAia: return tr("Downloaded (AIA)");
    case CertificateInfo::Origin::TrustStore: return tr("This computer's trust store");
    }
    return {};
}

QString CertificateStatus::validityRemark(const CertificateInfo &cert, const QDateTime &at)
{
    if (!cert.notAfter.isValid() || !at.isValid())
        return {};
    if (cert.notBefore.isValid() && at < cert.notBefore) {
        const int days = int(wholeDaysBetween(at, cert.notBefore));
        return tr("not valid yet: starts in %n day(s)", nullptr, days);
    }
    if (at > cert.notAfter) {
        const int days = int(wholeDaysBetween(cert.notAfter, at));
        return days == 0 ? tr("expired today") : tr("expired %n day(s) ago", nullptr, days);
    }
    const int days = int(wholeDaysBetween(at, cert.notAfter));
    return days == 0 ? tr("expires today") : tr("expires in %n day(s)", nullptr, days);
}

} // namespace hd
