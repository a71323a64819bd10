#pragma once

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
    struct Check
    {
        const char *name;
        CheckFn run;
    };

    static const QList<Check> &checks();
    static QList<Finding> evaluate(const Observations &observations); // all checks, root cause first
};

QList<Finding> checkReachability(const Observations &obs);   // dns-failure, connection-refused, network-unreachable, timeout (connect)
QList<Finding> checkHandshake(const Observations &obs);      // not-tls, handshake-aborted, timeout (handshake), sni-unknown, client-cert-required, handshake-alert, tls-failed
QList<Finding> checkTrust(const Observations &obs);          // self-signed, untrusted-root, incomplete-chain, cert-invalid, ca-file-unusable, trust-store-unusable
QList<Finding> checkValidity(const Observations &obs);       // cert-expired, cert-not-yet-valid
QList<Finding> checkHostname(const Observations &obs);       // hostname-mismatch, missing-san
QList<Finding> checkPurpose(const Observations &obs);        // wrong-purpose
QList<Finding> checkCryptoStrength(const Observations &obs); // weak-signature, weak-key
QList<Finding> checkHttp(const Observations &obs);           // http-no-answer
QList<Finding> checkSni(const Observations &obs);            // sni-required
QList<Finding> checkRevocation(const Observations &obs);     // revoked, ocsp-staple-invalid, ocsp-stapling-missing, revocation-unreachable
QList<Finding> checkHsts(const Observations &obs);           // hsts-missing
QList<Finding> checkMixedContent(const Observations &obs);   // mixed-content
QList<Finding> checkClock(const Observations &obs);          // clock-skew
QList<Finding> checkInterception(const Observations &obs);   // interception
QList<Finding> checkProtocolVersions(const Observations &obs); // protocol-too-old, tls13-only
QList<Finding> checkCipherSuites(const Observations &obs);   // cipher-mismatch, weak-cipher
QList<Finding> checkKeyExchange(const Observations &obs);    // weak-dh

} // namespace hd
