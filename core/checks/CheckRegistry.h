#pragma once

#include "CauseIds.h"
#include "DiagnosisResult.h"
#include "Finding.h"

#include <QList>

namespace hd {

struct Observations;

// The explicit list of every check. A check reads Observations and returns findings;
// it does no I/O, so each is testable with a hand-made Observations.
class CheckRegistry
{
public:
    using CheckFn = QList<Finding> (*)(const Observations &);
    // What a check reads; when it is missing the check could not run (outcomeOf says why).
    enum class Needs { Nothing, Connection, Certificates, HttpExchange, HttpAnswer, Probe };
    struct Check
    {
        const char *name;             // public id in JSON checks[]
        CheckFn run;
        Needs needs;
        bool decidesVerdict;          // "ok" is only given when this one ran
        QList<CauseId> causes;        // every cause it can report
        bool (*probeRan)(const ProbeResults &) = nullptr; // for Needs::Probe
    };

    static const QList<Check> &checks();
    static QList<Finding> evaluate(const Observations &observations); // all checks, root cause first
    // What each check did, given the findings evaluate() returned.
    static QList<CheckResult> outcomes(const Observations &observations, const QList<Finding> &findings);
    static QList<CheckResult> cancelledOutcomes();
};

QList<Finding> checkReachability(const Observations &obs);   // dns-failure, connection-refused, network-unreachable, timeout (connect), proxy-*
QList<Finding> checkHandshake(const Observations &obs);      // not-tls, handshake-aborted, timeout (handshake), sni-unknown, client-cert-required, handshake-alert, tls-failed, version-interference
QList<Finding> checkStartTls(const Observations &obs);       // starttls-not-offered, starttls-refused, timeout, handshake-aborted (part of the handshake check)
QList<Finding> checkChainOrder(const Observations &obs);    // chain-order (part of the trust check)
QList<Finding> checkTrust(const Observations &obs);          // self-signed, untrusted-root, incomplete-chain, cert-invalid, ca-file-unusable, trust-store-unusable, chain-order
QList<Finding> checkValidity(const Observations &obs);       // cert-expired, cert-not-yet-valid, validity-too-long
QList<Finding> checkHostname(const Observations &obs);       // hostname-mismatch, missing-san
QList<Finding> checkPurpose(const Observations &obs);        // wrong-purpose
QList<Finding> checkCryptoStrength(const Observations &obs); // weak-signature, weak-key
QList<Finding> checkRedirects(const Observations &obs);     // https-downgrade-redirect (part of the http check)
QList<Finding> checkHttp(const Observations &obs);           // http-no-answer, and checkRedirects
QList<Finding> checkSni(const Observations &obs);            // sni-required
QList<Finding> checkRevocation(const Observations &obs);     // revoked, ocsp-staple-invalid, ocsp-stapling-missing, revocation-unreachable, must-staple-missing
QList<Finding> checkHsts(const Observations &obs);           // hsts-missing, hsts-weak
QList<Finding> checkMixedContent(const Observations &obs);   // mixed-content
QList<Finding> checkClock(const Observations &obs);          // clock-skew
QList<Finding> checkConnectionLimit(const Observations &obs); // connections-limited
QList<Finding> checkInterception(const Observations &obs);   // interception
// checkInterception's condition, for the network half: through a proxy, it then connects
// directly too, so that the finding can say whether the proxy replaced the certificate.
bool interceptionSuspected(const Observations &obs);
QList<Finding> checkProtocolVersions(const Observations &obs); // protocol-too-old, tls13-only
QList<Finding> checkCipherSuites(const Observations &obs);   // cipher-mismatch, weak-cipher
QList<Finding> checkKeyExchange(const Observations &obs);    // weak-dh, no-common-group

} // namespace hd
