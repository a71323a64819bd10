#pragma once

#include "Appearance.h"
#include "DiagnosisResult.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>

#include <optional>

namespace hd {

enum class CertificateProblem {
    Expired = 0x1,
    NotYetValid = 0x2,
    Untrusted = 0x4,        // chain ends at, or is, a root this computer does not trust
    SelfSigned = 0x8,
    FetchedFromAia = 0x10,  // the server did not send it; downloaded from the issuer's address
    WeakSignature = 0x20,
    WeakKey = 0x40,
    NameMismatch = 0x80,    // the leaf does not cover the name that was asked for
    WrongPurpose = 0x100,
    Missing = 0x200,        // a placeholder: the issuer was neither sent nor found
    Unused = 0x400,         // sent by the server but not part of the chain
    Revoked = 0x800,
    Flagged = 0x1000,       // another error or warning is tied to it (interception, cert-invalid...)
};
Q_DECLARE_FLAGS(CertificateProblems, CertificateProblem)
Q_DECLARE_OPERATORS_FOR_FLAGS(CertificateProblems)

// One row of the certificate chain as the window and the report show it: root first,
// down to the leaf, with what is wrong with each certificate.
struct DisplayedCertificate
{
    enum class Kind { Certificate, MissingIssuer };

    Kind kind = Kind::Certificate;
    CertificateInfo cert;       // empty for MissingIssuer
    QString missingName;        // the issuer's name, for MissingIssuer
    CertificateProblems problems;
    std::optional<Severity> severity; // core's status: the worst finding tied to it
    QStringList findingIds;     // the errors and warnings tied to it
    bool trustAnchor = false;   // the trusted root the chain ends at

    bool isProblem() const;
    Tone tone() const;
    QString name() const;
};

// The one place that turns the findings core tied to each certificate (Finding::
// certificates) into the chain's rows and their words. No judgement is made here: every
// problem comes from a finding, or from where the certificate came from.
class CertificateStatus
{
    Q_DECLARE_TR_FUNCTIONS(CertificateStatus)
public:
    static QList<DisplayedCertificate> displayedChain(const DiagnosisResult &result);
    static CertificateProblems problemsOf(const CertificateInfo &cert, const DiagnosisResult &result);

    static QStringList labels(const DisplayedCertificate &entry); // most serious first
    static QString label(const DisplayedCertificate &entry);      // all labels, joined
    static QString originLabel(CertificateInfo::Origin origin);
    // "expires in 89 days", "expired 3 days ago", relative to the diagnosis.
    static QString validityRemark(const CertificateInfo &cert, const QDateTime &at);
};

} // namespace hd
