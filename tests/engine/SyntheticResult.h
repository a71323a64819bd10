#pragma once

// A hand-made DiagnosisResult with a step of every kind a cause is tied to (one handshake
// summary, as the window shows one handshake) and a three-certificate chain,
// and for every cause id the facts that name its certificate and where it should be tied.
// Used by tst_causes (core, JSON) and tst_chainmodel (the window's models).
#include "CauseCatalogue.h"
#include "DiagnosisResult.h"

#include <QStringList>
#include <QTimeZone>

namespace synthetic {

using Kind = hd::TimelineStep::Kind;

inline hd::CertificateInfo certificate(const QString &name, hd::CertificateInfo::Origin origin = hd::CertificateInfo::Origin::Presented)
{
    hd::CertificateInfo cert;
    cert.commonName = name;
    cert.subject = QStringLiteral("CN=") + name;
    cert.sha256Fingerprint = QStringLiteral("FP:") + name;
    cert.origin = origin;
    return cert;
}

inline hd::TimelineStep step(Kind kind, const QString &name = {},
                             hd::TimelineStep::Direction direction = hd::TimelineStep::Direction::None)
{
    hd::TimelineStep s;
    s.kind = kind;
    s.name = name;
    s.direction = direction;
    s.status = hd::TimelineStep::Status::Ok; // so that the tie alone decides the status
    return s;
}

// Where one cause must be tied: the kinds (and probe names) of its steps, and its
// certificates by position ("leaf", "intermediate", "root").
struct Case
{
    QVariantMap facts;
    QStringList steps;        // "dns", "tcp", "tls-failed", "tls-alert", "certificate-check", "issuer-fetch",
                              // "http", "probe:NAME", "proxy:STAGE", "plain-text:NAME"
    QStringList certificates;
};

inline QVariantMap listed(const QString &name)
{
    return {{QStringLiteral("certificates"), QVariantList{QVariantMap{{QStringLiteral("fingerprint"), QStringLiteral("FP:") + name}}}}};
}

// Every cause id has a case here; tst_causes fails for one that has none.
inline QMap<QString, Case> cases()
{
    const QStringList handshake{QStringLiteral("tls-alert"), QStringLiteral("tls-failed")};
    const QStringList certCheck{QStringLiteral("certificate-check")};
    const QStringList leaf{QStringLiteral("leaf")};
    const QStringList http{QStringLiteral("http")};
    const QStringList revocation{QStringLiteral("probe:revocation")};
    return {
        {QStringLiteral("dns-failure"), {{}, {QStringLiteral("dns")}, {}}},
        {QStringLiteral("proxy-unreachable"), {{{QStringLiteral("stage"), QStringLiteral("tcp")}}, {QStringLiteral("proxy:tcp")}, {}}},
        {QStringLiteral("proxy-auth-required"), {{{QStringLiteral("stage"), QStringLiteral("connect")}}, {QStringLiteral("proxy:connect")}, {}}},
        {QStringLiteral("proxy-refused"), {{{QStringLiteral("stage"), QStringLiteral("connect")}}, {QStringLiteral("proxy:connect")}, {}}},
        {QStringLiteral("proxy-failed"), {{{QStringLiteral("stage"), QStringLiteral("connect")}}, {QStringLiteral("proxy:connect")}, {}}},
        {QStringLiteral("proxy-script-unusable"), {{{QStringLiteral("stage"), QStringLiteral("pac")}}, {QStringLiteral("proxy:pac")}, {}}},
        {QStringLiteral("connection-refused"), {{}, {QStringLiteral("tcp")}, {}}},
        {QStringLiteral("network-unreachable"), {{}, {QStringLiteral("tcp")}, {}}},
        {QStringLiteral("timeout"), {{{QStringLiteral("phase"), QStringLiteral("connect")}}, {QStringLiteral("tcp")}, {}}},
        {QStringLiteral("not-tls"), {{}, handshake, {}}},
        {QStringLiteral("starttls-not-offered"), {{{QStringLiteral("protocol"), QStringLiteral("smtp")}}, {QStringLiteral("plain-text:failed")}, {}}},
        {QStringLiteral("starttls-refused"), {{{QStringLiteral("protocol"), QStringLiteral("smtp")}}, {QStringLiteral("plain-text:failed")}, {}}},
        {QStringLiteral("handshake-aborted"), {{}, handshake, {}}},
        {QStringLiteral("sni-unknown"), {{}, handshake, {}}},
        {QStringLiteral("client-cert-required"), {{}, handshake, {}}},
        {QStringLiteral("handshake-alert"), {{}, handshake, {}}},
        {QStringLiteral("tls-failed"), {{}, handshake, {}}},
        {QStringLiteral("version-interference"), {{{QStringLiteral("trigger"), QStringLiteral("tls13")}}, handshake, {}}},
        {QStringLiteral("self-signed"), {{{QStringLiteral("fingerprint"), QStringLiteral("FP:site.test")}}, certCheck, leaf}},
        {QStringLiteral("untrusted-root"), {{}, certCheck, {QStringLiteral("root")}}},
        {QStringLiteral("incomplete-chain"), {{{QStringLiteral("orphan"), QStringLiteral("site.test")}},
                                              {QStringLiteral("certificate-check"), QStringLiteral("issuer-fetch")},
                                              {QStringLiteral("leaf"), QStringLiteral("intermediate")}}},
        {QStringLiteral("chain-order"), {listed(QStringLiteral("Intermediate CA")), certCheck, {QStringLiteral("intermediate")}}},
        {QStringLiteral("cert-invalid"), {listed(QStringLiteral("Intermediate CA")), certCheck, {QStringLiteral("intermediate")}}},
        {QStringLiteral("cert-expired"), {listed(QStringLiteral("site.test")), certCheck, leaf}},
        {QStringLiteral("cert-not-yet-valid"), {listed(QStringLiteral("site.test")), certCheck, leaf}},
        {QStringLiteral("validity-too-long"), {{}, certCheck, leaf}},
        {QStringLiteral("hostname-mismatch"), {{}, certCheck, leaf}},
        {QStringLiteral("missing-san"), {{}, certCheck, leaf}},
        {QStringLiteral("wrong-purpose"), {{}, certCheck, leaf}},
        {QStringLiteral("weak-signature"), {listed(QStringLiteral("Intermediate CA")), certCheck, {QStringLiteral("intermediate")}}},
        {QStringLiteral("weak-key"), {listed(QStringLiteral("site.test")), certCheck, leaf}},
        {QStringLiteral("ca-file-unusable"), {{}, certCheck, {}}},
        {QStringLiteral("trust-store-unusable"), {{}, certCheck, {}}},
        {QStringLiteral("http-no-answer"), {{}, http, {}}},
        {QStringLiteral("https-downgrade-redirect"), {{}, http, {}}},
        {QStringLiteral("sni-required"), {{}, {QStringLiteral("probe:sni")}, {}}},
        {QStringLiteral("revoked"), {listed(QStringLiteral("Intermediate CA")), revocation, {QStringLiteral("intermediate")}}},
        {QStringLiteral("ocsp-staple-invalid"), {{}, revocation, leaf}},
        {QStringLiteral("ocsp-stapling-missing"), {{}, revocation, leaf}},
        {QStringLiteral("must-staple-missing"), {{}, revocation, leaf}},
        {QStringLiteral("revocation-unreachable"), {listed(QStringLiteral("site.test")), revocation, leaf}},
        {QStringLiteral("hsts-missing"), {{}, http, {}}},
        {QStringLiteral("hsts-weak"), {{}, http, {}}},
        {QStringLiteral("mixed-content"), {{}, http, {}}},
        {QStringLiteral("clock-skew"), {listed(QStringLiteral("site.test")), http, leaf}},
        {QStringLiteral("interception"), {{}, certCheck, {QStringLiteral("root")}}},
        {QStringLiteral("protocol-too-old"), {{}, {QStringLiteral("tls-failed"), QStringLiteral("probe:protocol-versions")}, {}}},
        {QStringLiteral("tls13-only"), {{}, {QStringLiteral("probe:protocol-versions")}, {}}},
        {QStringLiteral("connections-limited"), {{}, {QStringLiteral("probe:protocol-versions")}, {}}},
        {QStringLiteral("cipher-mismatch"), {{}, {QStringLiteral("tls-failed"), QStringLiteral("probe:cipher-suites")}, {}}},
        {QStringLiteral("weak-cipher"), {{}, {QStringLiteral("probe:cipher-suites")}, {}}},
        {QStringLiteral("weak-dh"), {{{QStringLiteral("bits"), 1024}}, {QStringLiteral("probe:key-exchange")}, {}}},
        {QStringLiteral("no-common-group"), {{{QStringLiteral("handshake"), QStringLiteral("failed")}},
                                             {QStringLiteral("tls-failed"), QStringLiteral("probe:key-exchange")}, {}}},
    };
}

// A result with one finding of `id` (made by the catalogue, so with its own severity).
inline hd::DiagnosisResult resultWith(const QString &id)
{
    using D = hd::TimelineStep::Direction;
    hd::DiagnosisResult r;
    r.target.host = r.target.displayHost = QStringLiteral("site.test");
    r.target.input = QStringLiteral("https://site.test/");
    r.startedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    r.timeline = {step(Kind::Resolve), step(Kind::Connect), step(Kind::TlsMessage, QStringLiteral("ClientHello"), D::Sent),
                  step(Kind::TlsAlert, QStringLiteral("alert"), D::Received), step(Kind::TlsFailed),
                  step(Kind::CertificateCheck), step(Kind::IssuerFetch), step(Kind::Http)};
    if (id.startsWith(QLatin1String("proxy-"))) { // the way through a proxy comes first
        for (const char *stage : {"pac", "dns", "tcp", "connect"})
            r.timeline.prepend(step(Kind::Proxy, QLatin1String(stage)));
    }
    if (id.startsWith(QLatin1String("starttls-"))) { // the plain-text part before TLS comes after TCP
        r.timeline.insert(2, step(Kind::PlainText, QStringLiteral("greeting"), D::Received));
        r.timeline.insert(3, step(Kind::PlainText, QStringLiteral("failed")));
    }
    for (const char *probe : {"sni", "revocation", "protocol-versions", "cipher-suites", "key-exchange"})
        r.timeline << step(Kind::Probe, QLatin1String(probe));
    const bool fetched = id == QLatin1String("incomplete-chain");
    r.builtChain = {certificate(QStringLiteral("site.test")),
                    certificate(QStringLiteral("Intermediate CA"), fetched ? hd::CertificateInfo::Origin::FetchedFromAia
                                                                           : hd::CertificateInfo::Origin::Presented),
                    certificate(QStringLiteral("Root CA"), hd::CertificateInfo::Origin::TrustStore)};
    r.builtChain[2].isSelfSigned = true;
    r.presentedChain = {r.builtChain[0]};
    if (!fetched)
        r.presentedChain << r.builtChain[1];
    r.findings << hd::CauseCatalogue::make(hd::CauseId(hd::causeIndex(id.toLatin1().constData())), cases().value(id).facts);
    return r;
}

inline QString stepKey(const hd::TimelineStep &s)
{
    switch (s.kind) {
    case Kind::Resolve: return QStringLiteral("dns");
    case Kind::Connect: return QStringLiteral("tcp");
    case Kind::TlsMessage: return QStringLiteral("tls-message");
    case Kind::TlsAlert: return QStringLiteral("tls-alert");
    case Kind::TlsEstablished: return QStringLiteral("tls-established");
    case Kind::TlsFailed: return QStringLiteral("tls-failed");
    case Kind::CertificateCheck: return QStringLiteral("certificate-check");
    case Kind::IssuerFetch: return QStringLiteral("issuer-fetch");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Probe: return QStringLiteral("probe:") + s.name;
    case Kind::Proxy: return QStringLiteral("proxy:") + s.name;
    case Kind::PlainText: return QStringLiteral("plain-text:") + s.name;
    }
    return {};
}

inline QString position(int index)
{
    return index == 0 ? QStringLiteral("leaf") : index == 1 ? QStringLiteral("intermediate") : QStringLiteral("root");
}

} // namespace synthetic
