#include "CertificateStatus.h"

namespace hd {

namespace {

const QString kFingerprint = QStringLiteral("fingerprint");

bool listsFingerprint(const Finding &finding, const QString &fingerprint)
{
    const QVariantList certificates = finding.facts.value(QStringLiteral("certificates")).toList();
    for (const QVariant &entry : certificates) {
        if (entry.toMap().value(kFingerprint).toString() == fingerprint)
            return true;
    }
    return false;
}

bool isLeaf(const CertificateInfo &cert, const DiagnosisResult &result)
{
    return !result.presentedChain.isEmpty() && result.presentedChain.first().sha256Fingerprint == cert.sha256Fingerprint;
}

// Error-like problems, in the order a reader should hear about them.
constexpr CertificateProblem kOrder[] = {
    CertificateProblem::Missing,       CertificateProblem::Expired,       CertificateProblem::NotYetValid,
    CertificateProblem::SelfSigned,    CertificateProblem::Untrusted,     CertificateProblem::NameMismatch,
    CertificateProblem::WrongPurpose,  CertificateProblem::WeakSignature, CertificateProblem::WeakKey,
    CertificateProblem::FetchedFromAia, CertificateProblem::Unused,
};

} // namespace

bool DisplayedCertificate::isProblem() const
{
    return (problems & ~CertificateProblems(CertificateProblem::Unused)) != CertificateProblems();
}

Tone DisplayedCertificate::tone() const
{
    if (isProblem())
        return Tone::Bad;
    return problems ? Tone::Warning : Tone::Good;
}

QString DisplayedCertificate::name() const
{
    return kind == Kind::MissingIssuer ? missingName : cert.displayName();
}

CertificateProblems CertificateStatus::problemsOf(const CertificateInfo &cert, const DiagnosisResult &result)
{
    CertificateProblems problems;
    const QString &fingerprint = cert.sha256Fingerprint;
    for (const Finding &finding : result.findings) {
        const QString &id = finding.id;
        if (id == QLatin1String("cert-expired") && listsFingerprint(finding, fingerprint))
            problems |= CertificateProblem::Expired;
        else if (id == QLatin1String("cert-not-yet-valid") && listsFingerprint(finding, fingerprint))
            problems |= CertificateProblem::NotYetValid;
        else if (id == QLatin1String("weak-signature") && listsFingerprint(finding, fingerprint))
            problems |= CertificateProblem::WeakSignature;
        else if (id == QLatin1String("weak-key") && listsFingerprint(finding, fingerprint))
            problems |= CertificateProblem::WeakKey;
        else if (id == QLatin1String("self-signed") && finding.facts.value(kFingerprint).toString() == fingerprint)
            problems |= CertificateProblem::SelfSigned | CertificateProblem::Untrusted;
        else if (id == QLatin1String("untrusted-root") && finding.facts.value(kFingerprint).toString() == fingerprint)
            problems |= CertificateProblem::Untrusted;
        else if ((id == QLatin1String("hostname-mismatch") || id == QLatin1String("missing-san")) && isLeaf(cert, result))
            problems |= CertificateProblem::NameMismatch;
        else if (id == QLatin1String("wrong-purpose") && isLeaf(cert, result))
            problems |= CertificateProblem::WrongPurpose;
    }
    // The certificate's own dates decide validity too: the checks compare them with the
    // same instant, so both sources agree, and certificates outside the chain get a status.
    if (cert.notAfter.isValid() && result.startedAt.isValid() && result.startedAt > cert.notAfter)
        problems |= CertificateProblem::Expired;
    else if (cert.notBefore.isValid() && result.startedAt.isValid() && result.startedAt < cert.notBefore)
        problems |= CertificateProblem::NotYetValid;
    if (cert.origin == CertificateInfo::Origin::FetchedFromAia && !cert.isSelfSigned)
        problems |= CertificateProblem::FetchedFromAia;
    return problems;
}

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
