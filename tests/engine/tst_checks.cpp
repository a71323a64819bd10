// The interpreting half of the checks, with hand-made observations: no network at all.
#include "CauseCatalogue.h"
#include "cert/HostnameMatch.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"
#include "tls/TlsNames.h"

#include <QtTest>

namespace {

hd::CertificateInfo leafFor(const QStringList &names)
{
    hd::CertificateInfo cert;
    cert.commonName = names.value(0);
    cert.dnsNames = names;
    cert.hasSubjectAltName = !names.isEmpty();
    cert.keyType = QStringLiteral("EC");
    cert.keyBits = 256;
    cert.signatureDigest = QStringLiteral("SHA256");
    cert.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    cert.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
    cert.sha256Fingerprint = names.join(QLatin1Char(','));
    return cert;
}

hd::Observations established(const hd::CertificateInfo &leaf, const QString &host = QStringLiteral("example.test"))
{
    hd::Observations obs;
    obs.target.host = host;
    obs.now = QDateTime::currentDateTimeUtc();
    obs.handshakeAttempted = true;
    obs.handshakeResult = hd::HandshakeOutcome::Result::Established;
    obs.presented = {leaf};
    obs.verification.verified = true;
    obs.verification.built = {leaf};
    return obs;
}

QStringList ids(const QList<hd::Finding> &findings)
{
    QStringList out;
    for (const hd::Finding &finding : findings)
        out << finding.id;
    return out;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void hostnamePatterns_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "a.example.com" << "a.example.com" << true;
        QTest::newRow("case") << "A.Example.com" << "a.EXAMPLE.com" << true;
        QTest::newRow("wildcard one label") << "a.example.com" << "*.example.com" << true;
        QTest::newRow("wildcard two labels") << "a.b.example.com" << "*.example.com" << false;
        QTest::newRow("wildcard bare") << "example.com" << "*.example.com" << false;
        QTest::newRow("wildcard tld") << "example.com" << "*.com" << false;
        QTest::newRow("partial wildcard") << "foo.example.com" << "f*.example.com" << false;
        QTest::newRow("suffix trick") << "evilexample.com" << "*.example.com" << false;
        QTest::newRow("trailing dot pattern") << "a.example.com" << "a.example.com." << true;
    }

    void hostnamePatterns()
    {
        QFETCH(QString, host);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(hd::hostMatchesPattern(host, pattern), matches);
    }

    void everyCauseRendersInFull()
    {
        for (const QString &id : hd::CauseCatalogue::ids()) {
            const hd::Finding finding = hd::CauseCatalogue::make(hd::CauseId(hd::causeIndex(id.toLatin1().constData())));
            const hd::RenderedFinding text = hd::CauseCatalogue::render(finding);
            QVERIFY2(!text.title.isEmpty() && !text.explanation.isEmpty(), qPrintable(id));
            QVERIFY2(!text.fixSteps.isEmpty(), qPrintable(id));
        }
        QCOMPARE(hd::CauseCatalogue::ids().removeDuplicates(), 0);
    }

    void rootCauseFirst()
    {
        QList<hd::Finding> findings{hd::CauseCatalogue::make(HD_CAUSE("weak-key")), hd::CauseCatalogue::make(HD_CAUSE("ca-file-unusable")),
                                    hd::CauseCatalogue::make(HD_CAUSE("hostname-mismatch")), hd::CauseCatalogue::make(HD_CAUSE("cert-expired"))};
        hd::CauseCatalogue::sortByRootCause(&findings);
        QCOMPARE(ids(findings), (QStringList{QStringLiteral("cert-expired"), QStringLiteral("hostname-mismatch"),
                                             QStringLiteral("weak-key"), QStringLiteral("ca-file-unusable")}));
    }

    void healthyObservationsGiveNothing()
    {
        QVERIFY(hd::CheckRegistry::evaluate(established(leafFor({QStringLiteral("example.test")}))).isEmpty());
    }

    void validityUsesTheObservedTime()
    {
        hd::Observations obs = established(leafFor({QStringLiteral("example.test")}));
        obs.now = obs.now.addDays(45); // as if the clock were ahead
        const QList<hd::Finding> findings = hd::checkValidity(obs);
        QCOMPARE(ids(findings), QStringList{QStringLiteral("cert-expired")});
        QCOMPARE(findings.first().facts.value(QStringLiteral("certificates")).toList().first().toMap()
                     .value(QStringLiteral("days")).toInt(), 15);
    }

    void smallEcKeyIsWeak()
    {
        hd::CertificateInfo leaf = leafFor({QStringLiteral("example.test")});
        leaf.keyBits = 224;
        QCOMPARE(ids(hd::checkCryptoStrength(established(leaf))), QStringList{QStringLiteral("weak-key")});
    }

    void rootSelfSignatureIsNotJudged()
    {
        hd::Observations obs = established(leafFor({QStringLiteral("example.test")}));
        hd::CertificateInfo root = leafFor({});
        root.commonName = QStringLiteral("Old Root");
        root.isSelfSigned = true;
        root.signatureDigest = QStringLiteral("SHA1");
        obs.verification.built << root;
        QVERIFY(hd::checkCryptoStrength(obs).isEmpty());
    }

    void keyUsageWithoutServerUse()
    {
        hd::CertificateInfo leaf = leafFor({QStringLiteral("example.test")});
        leaf.keyUsage = {QStringLiteral("keyCertSign")};
        QCOMPARE(ids(hd::checkPurpose(established(leaf))), QStringList{QStringLiteral("wrong-purpose")});
    }

    void ipTargets()
    {
        hd::CertificateInfo leaf = leafFor({});
        leaf.ipAddresses = {QStringLiteral("192.0.2.7")};
        hd::Observations obs = established(leaf, QStringLiteral("192.0.2.7"));
        obs.target.isIpLiteral = true;
        QVERIFY(hd::checkHostname(obs).isEmpty());
        obs.target.host = QStringLiteral("192.0.2.8");
        QCOMPARE(ids(hd::checkHostname(obs)), QStringList{QStringLiteral("hostname-mismatch")});
    }

    void protocolVersionAlertIsNotAClientCertificateProblem()
    {
        hd::Observations obs;
        obs.handshakeAttempted = true;
        obs.handshakeResult = hd::HandshakeOutcome::Result::PeerAlert;
        obs.alerts = {{false, true, hd::tls::ProtocolVersion, QStringLiteral("ClientHello")}};
        QCOMPARE(ids(hd::checkHandshake(obs)), QStringList{QStringLiteral("handshake-alert")});
        obs.certificateRequested = true;
        obs.alerts = {{false, true, hd::tls::CertificateRequired, QStringLiteral("Finished")}};
        QCOMPARE(ids(hd::checkHandshake(obs)), QStringList{QStringLiteral("client-cert-required")});
    }

    void cancelledRunsHaveNoFindings()
    {
        hd::Observations obs;
        obs.connectAttempted = true;
        obs.connectError = {hd::NetError::Cancelled, {}};
        QVERIFY(hd::CheckRegistry::evaluate(obs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
