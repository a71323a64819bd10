// The interpreting half of the version, suite and key exchange checks, and the
// compatibility table, with hand-made observations: what they conclude from partial or
// missing probe results, and what they must not conclude.
#include "CauseCatalogue.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"
#include "compat/ClientProfiles.h"
#include "tls/TlsNames.h"

#include <QtTest>

namespace {

QStringList ids(const QList<hd::Finding> &findings)
{
    QStringList out;
    for (const hd::Finding &finding : findings)
        out << finding.id;
    return out;
}

hd::Observations established(int version, const QString &cipher)
{
    hd::Observations obs;
    obs.handshakeAttempted = true;
    obs.handshakeResult = hd::HandshakeOutcome::Result::Established;
    obs.tlsVersion = version;
    obs.cipher = cipher;
    return obs;
}

hd::VersionSupport version(int number, hd::Support support, quint16 suite = 0)
{
    hd::VersionSupport out;
    out.version = number;
    out.support = support;
    out.cipherSuite = suite;
    return out;
}

hd::SuiteList suites(int version, const QList<quint16> &accepted, bool complete = true)
{
    hd::SuiteList list;
    list.version = version;
    list.support = accepted.isEmpty() ? hd::Support::Rejected : hd::Support::Accepted;
    list.suites = accepted;
    list.complete = complete;
    return list;
}

// Probe results for a server with TLS 1.2 (given suites) and TLS 1.3 (AES-128-GCM).
void probedModern(hd::Observations *obs, const QList<quint16> &tls12Suites)
{
    using S = hd::Support;
    obs->probesRan = true;
    obs->probes.protocolVersions.ran = true;
    obs->probes.protocolVersions.versions = {version(0x0300, S::Rejected), version(0x0301, S::Rejected),
                                             version(0x0302, S::Rejected), version(0x0303, S::Accepted, tls12Suites.value(0)),
                                             version(0x0304, S::Accepted, 0x1301)};
    obs->probes.cipherSuites.ran = true;
    obs->probes.cipherSuites.versions = {suites(0x0300, {}), suites(0x0301, {}), suites(0x0302, {}),
                                         suites(0x0303, tls12Suites), suites(0x0304, {0x1301})};
    obs->probes.keyExchange.ran = true;
    obs->probes.keyExchange.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
    obs->probes.keyExchange.dhe = S::Rejected;
}

} // namespace

class TestTlsChecks : public QObject
{
    Q_OBJECT

private slots:
    void newCausesRenderInFull()
    {
        for (const char *id : {"protocol-too-old", "tls13-only", "cipher-mismatch", "weak-cipher", "weak-dh"}) {
            const hd::CauseCatalogue::Entry *entry = hd::CauseCatalogue::entry(QLatin1String(id));
            QVERIFY2(entry, id);
            QCOMPARE(entry->fixedBy, hd::FixedBy::Server);
            const hd::RenderedFinding text = hd::CauseCatalogue::render(hd::CauseCatalogue::make(hd::CauseId(hd::causeIndex(id))));
            QVERIFY(!text.title.isEmpty() && !text.explanation.isEmpty() && text.fixSteps.size() >= 2);
        }
        QCOMPARE(hd::CauseCatalogue::entry(QStringLiteral("protocol-too-old"))->severity, hd::Severity::Error);
        QCOMPARE(hd::CauseCatalogue::entry(QStringLiteral("cipher-mismatch"))->severity, hd::Severity::Error);
        QCOMPARE(hd::CauseCatalogue::entry(QStringLiteral("tls13-only"))->severity, hd::Severity::Warning);
        QCOMPARE(hd::CauseCatalogue::entry(QStringLiteral("weak-cipher"))->severity, hd::Severity::Warning);
        QCOMPARE(hd::CauseCatalogue::entry(QStringLiteral("weak-dh"))->severity, hd::Severity::Warning);
    }

    // With probes off, the main handshake alone still tells the best version: the client
    // offered up to TLS 1.3 and the server chose.
    void oldVersionWithoutProbes()
    {
        const hd::Observations obs = established(0x0301, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"));
        QCOMPARE(ids(hd::checkProtocolVersions(obs)), QStringList{QStringLiteral("protocol-too-old")});
        QVERIFY(hd::checkCipherSuites(obs).isEmpty()); // one suite says nothing about "only"
        QVERIFY(hd::assessCompatibility(hd::ServerCapabilities::from(obs)).size() > 0);
    }

    void smallDhWithoutProbesIsAnError()
    {
        hd::Observations obs = established(0x0303, QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"));
        obs.keyExchange = QStringLiteral("DH");
        obs.keyExchangeBits = 512;
        const QList<hd::Finding> findings = hd::checkKeyExchange(obs);
        QCOMPARE(ids(findings), QStringList{QStringLiteral("weak-dh")});
        QCOMPARE(findings.first().severity, hd::Severity::Error);
        QVERIFY(hd::CauseCatalogue::render(findings.first()).evidence.join(QLatin1Char(' ')).contains(QStringLiteral("512 bits")));
        obs.keyExchangeBits = 2048;
        QVERIFY(hd::checkKeyExchange(obs).isEmpty());
    }

    // TLS 1.3 accepted but no clear answer for TLS 1.2: tls13-only would be a guess.
    void unclearAnswersConcludeNothing()
    {
        hd::Observations obs = established(0x0304, QStringLiteral("TLS_AES_128_GCM_SHA256"));
        probedModern(&obs, {});
        obs.probes.protocolVersions.versions[3].support = hd::Support::Unknown;
        obs.probes.cipherSuites.versions[3] = suites(0x0303, {}, false);
        obs.probes.cipherSuites.versions[3].support = hd::Support::Unknown;
        QVERIFY(hd::checkProtocolVersions(obs).isEmpty());
        const QList<hd::CompatibilityRow> rows = hd::assessCompatibility(hd::ServerCapabilities::from(obs));
        for (const hd::CompatibilityRow &row : rows) {
            const bool tls13Client = row.clientId == QLatin1String("current-browsers") || row.clientId == QLatin1String("openssl-3");
            QCOMPARE(row.outcome, tls13Client ? hd::CompatibilityRow::Outcome::Connects : hd::CompatibilityRow::Outcome::Unknown);
        }
        obs.probes.protocolVersions.versions[3].support = hd::Support::Rejected;
        QCOMPARE(ids(hd::checkProtocolVersions(obs)), QStringList{QStringLiteral("tls13-only")});
    }

    // "Only CBC with SHA-1" and "no forward secrecy" are claims about every suite: an
    // incomplete list must not make them.
    void incompleteListsMakeNoOnlyClaims()
    {
        hd::Observations obs = established(0x0304, QStringLiteral("TLS_AES_128_GCM_SHA256"));
        probedModern(&obs, {0x002F}); // TLS_RSA_WITH_AES_128_CBC_SHA
        QCOMPARE(ids(hd::checkCipherSuites(obs)), QStringList{QStringLiteral("weak-cipher")});
        const QVariantMap facts = hd::checkCipherSuites(obs).first().facts;
        QCOMPARE(facts.value(QStringLiteral("cbcSha1Only")).toString(), QStringLiteral("TLS 1.2"));
        QCOMPARE(facts.value(QStringLiteral("noForwardSecrecy")).toString(), QStringLiteral("TLS 1.2"));
        obs.probes.cipherSuites.versions[3].complete = false;
        QVERIFY(hd::checkCipherSuites(obs).isEmpty());
    }

    // The generic handshake failure goes only when a specific error explains it.
    void explainedHandshakeFailureIsDropped()
    {
        hd::Observations obs;
        obs.handshakeAttempted = true;
        obs.handshakeResult = hd::HandshakeOutcome::Result::PeerAlert;
        obs.alerts = {{false, true, hd::tls::HandshakeFailure, QStringLiteral("ClientHello")}};
        QCOMPARE(ids(hd::CheckRegistry::evaluate(obs)), QStringList{QStringLiteral("handshake-alert")});

        using S = hd::Support;
        obs.probesRan = true;
        obs.probes.protocolVersions.ran = true;
        obs.probes.protocolVersions.versions = {version(0x0300, S::Rejected), version(0x0301, S::Rejected),
                                                version(0x0302, S::Rejected), version(0x0303, S::Rejected),
                                                version(0x0304, S::Rejected)};
        obs.probes.cipherSuites.ran = true;
        obs.probes.cipherSuites.versions = {suites(0x0303, {0x0005})}; // RC4 only, seen by a hand-made hello
        QCOMPARE(ids(hd::CheckRegistry::evaluate(obs)), (QStringList{QStringLiteral("cipher-mismatch"), QStringLiteral("weak-cipher")}));
    }

    void compatibilityFollowsTheServersOrder()
    {
        hd::Observations obs = established(0x0303, QStringLiteral("TLS_RSA_WITH_AES_256_CBC_SHA"));
        probedModern(&obs, {0x0035, 0xC02F}); // AES256-SHA before ECDHE-RSA-AES128-GCM
        obs.probes.protocolVersions.versions[4].support = hd::Support::Rejected;
        obs.probes.cipherSuites.versions[4] = suites(0x0304, {});
        const auto browserCipher = [&obs] {
            for (const hd::CompatibilityRow &row : hd::assessCompatibility(hd::ServerCapabilities::from(obs))) {
                if (row.clientId == QLatin1String("current-browsers"))
                    return row.cipher;
            }
            return QString();
        };
        QCOMPARE(browserCipher(), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        obs.probes.cipherSuites.versions[3].serverOrder = true;
        QCOMPARE(browserCipher(), QStringLiteral("TLS_RSA_WITH_AES_256_CBC_SHA"));
    }

    // Groups the key-exchange probe got no answer for are not groups the server refuses.
    void unjudgedGroupsConcludeNothing()
    {
        hd::Observations obs = established(0x0304, QStringLiteral("TLS_AES_128_GCM_SHA256"));
        probedModern(&obs, {0xC02B});
        obs.probes.keyExchange.groups = {QStringLiteral("x448")};
        const auto browsers = [&obs] {
            return hd::assessCompatibility(hd::ServerCapabilities::from(obs)).first();
        };
        QCOMPARE(browsers().outcome, hd::CompatibilityRow::Outcome::Unknown);
        QVERIFY(hd::checkCipherSuites(obs).isEmpty());
        obs.probes.keyExchange.rejectedGroups = {QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("secp384r1")};
        QCOMPARE(browsers().reason, QStringLiteral("no-common-group"));
        QCOMPARE(ids(hd::checkCipherSuites(obs)), QStringList{QStringLiteral("cipher-mismatch")});
    }

    void nothingKnownNothingSaid()
    {
        hd::Observations obs;
        obs.handshakeAttempted = true;
        obs.handshakeResult = hd::HandshakeOutcome::Result::PeerReset;
        QVERIFY(hd::checkProtocolVersions(obs).isEmpty());
        QVERIFY(hd::checkCipherSuites(obs).isEmpty());
        QVERIFY(hd::checkKeyExchange(obs).isEmpty());
        QVERIFY(hd::assessCompatibility(hd::ServerCapabilities::from(obs)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsChecks)
#include "tst_tlschecks.moc"
