// Certificate problems of the leaf and its chain, each against a real local TLS server.
#include "ScenarioRunner.h"

#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("www.example.test");

QVariantMap firstCertificateFact(const hd::Finding *finding)
{
    return finding ? finding->facts.value(QStringLiteral("certificates")).toList().value(0).toMap() : QVariantMap();
}

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT

private:
    // Serves leaf + intermediate of a PKI whose leaf has `leafSpec`, trusting its root.
    hd::DiagnosisResult diagnoseLeaf(const CertSpec &leafSpec, const QString &host = kHost,
                                     TlsTestServer::Config config = {})
    {
        const TestPki pki = makePki(leafSpec.dnsNames.isEmpty() ? QStringList{kHost} : leafSpec.dnsNames, leafSpec);
        config.chain = {pki.leaf, pki.intermediate};
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), host, {pki.root});
    }

    ScenarioRunner m_runner;

private slots:
    void healthyFullChain()
    {
        const hd::DiagnosisResult result = diagnoseLeaf({});
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QVERIFY(result.chainTrusted);
        QCOMPARE(result.presentedChain.size(), 2);
        QCOMPARE(result.builtChain.size(), 3);
        QCOMPARE(result.httpStatusLine.left(12), QByteArray("HTTP/1.1 200"));
        QCOMPARE(result.tlsVersion, QStringLiteral("TLS 1.3"));
    }

    void healthyWildcardAndSeveralNames()
    {
        CertSpec spec;
        spec.dnsNames = {QStringLiteral("example.test"), QStringLiteral("*.example.test"), QStringLiteral("other.test")};
        for (const QString &host : {QStringLiteral("api.example.test"), QStringLiteral("example.test"), QStringLiteral("other.test")}) {
            const hd::DiagnosisResult result = diagnoseLeaf(spec, host);
            QVERIFY2(result.findings.isEmpty(), qPrintable(host + QStringLiteral(": ") + describeFindings(result)));
            QCOMPARE(result.verdict(), hd::Verdict::Ok);
        }
    }

    void healthyRsaTls12()
    {
        CertSpec spec;
        spec.key = {KeySpec::Type::Rsa, 2048};
        TlsTestServer::Config config;
        config.maxProtocol = TLS1_2_VERSION;
        const hd::DiagnosisResult result = diagnoseLeaf(spec, kHost, config);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(result.tlsVersion, QStringLiteral("TLS 1.2"));
    }

    void expiredLeaf()
    {
        CertSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-90);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(-3);
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("cert-expired")});
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        const QVariantMap cert = firstCertificateFact(result.finding(QStringLiteral("cert-expired")));
        QCOMPARE(cert.value(QStringLiteral("position")).toString(), QStringLiteral("leaf"));
        QCOMPARE(cert.value(QStringLiteral("name")).toString(), kHost);
        QCOMPARE(cert.value(QStringLiteral("days")).toInt(), 3);
        QCOMPARE(cert.value(QStringLiteral("date")).toDateTime().date(), spec.notAfter.date());
        // The presented chain is still reported in full.
        QCOMPARE(result.presentedChain.size(), 2);
    }

    void expiredIntermediate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CertSpec rootSpec;
        rootSpec.commonName = QStringLiteral("Test Root");
        rootSpec.isCa = true;
        const TestCertificate root = issueCertificate(rootSpec);
        CertSpec intermediateSpec;
        intermediateSpec.commonName = QStringLiteral("Old Intermediate");
        intermediateSpec.isCa = true;
        intermediateSpec.notBefore = now.addDays(-400);
        intermediateSpec.notAfter = now.addDays(-10);
        const TestCertificate intermediate = issueCertificate(intermediateSpec, root);
        CertSpec leafSpec;
        leafSpec.commonName = kHost;
        leafSpec.dnsNames = {kHost};
        const TestCertificate leaf = issueCertificate(leafSpec, intermediate);
        TlsTestServer::Config config;
        config.chain = {leaf, intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = m_runner.diagnose(server->port(), kHost, {root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("cert-expired")});
        const QVariantMap cert = firstCertificateFact(result.finding(QStringLiteral("cert-expired")));
        QCOMPARE(cert.value(QStringLiteral("position")).toString(), QStringLiteral("intermediate"));
        QCOMPARE(cert.value(QStringLiteral("name")).toString(), QStringLiteral("Old Intermediate"));
        QCOMPARE(cert.value(QStringLiteral("days")).toInt(), 10);
    }

    void notYetValid()
    {
        CertSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(2).addSecs(3600);
        spec.notAfter = spec.notBefore.addDays(90);
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("cert-not-yet-valid")});
        const QVariantMap cert = firstCertificateFact(result.finding(QStringLiteral("cert-not-yet-valid")));
        QCOMPARE(cert.value(QStringLiteral("name")).toString(), kHost);
        QCOMPARE(cert.value(QStringLiteral("days")).toInt(), 2);
    }

    void hostnameMismatch_data()
    {
        QTest::addColumn<QStringList>("certNames");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("hint");
        QTest::newRow("other name") << QStringList{QStringLiteral("other.example.test")} << kHost << QString();
        QTest::newRow("bare domain, cert for www") << QStringList{QStringLiteral("www.example.test")}
                                                   << QStringLiteral("example.test") << QStringLiteral("www-only");
        QTest::newRow("www, cert for bare domain") << QStringList{QStringLiteral("example.test")} << kHost
                                                   << QStringLiteral("bare-only");
        QTest::newRow("wildcard depth") << QStringList{QStringLiteral("*.example.test")}
                                        << QStringLiteral("a.b.example.test") << QStringLiteral("wildcard-depth");
        QTest::newRow("wildcard vs bare") << QStringList{QStringLiteral("*.example.test")}
                                          << QStringLiteral("example.test") << QStringLiteral("wildcard-bare");
    }

    void hostnameMismatch()
    {
        QFETCH(QStringList, certNames);
        QFETCH(QString, host);
        QFETCH(QString, hint);
        CertSpec spec;
        spec.dnsNames = certNames;
        spec.commonName = certNames.first();
        const hd::DiagnosisResult result = diagnoseLeaf(spec, host);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("hostname-mismatch")});
        const hd::Finding *finding = result.finding(QStringLiteral("hostname-mismatch"));
        QCOMPARE(finding->facts.value(QStringLiteral("host")).toString(), host);
        QCOMPARE(finding->facts.value(QStringLiteral("names")).toStringList(), certNames);
        QCOMPARE(finding->facts.value(QStringLiteral("hint")).toString(), hint);
    }

    void missingSan()
    {
        CertSpec spec;
        spec.commonName = kHost;
        spec.subjectAltName = false;
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("missing-san")});
        QCOMPARE(result.finding(QStringLiteral("missing-san"))->facts.value(QStringLiteral("commonName")).toString(), kHost);
    }

    void missingSanWithOtherName()
    {
        // No SAN and a CN for another name: the name is simply wrong.
        CertSpec spec;
        spec.commonName = QStringLiteral("intranet.example.test");
        spec.subjectAltName = false;
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("hostname-mismatch")});
    }

    void weakSignature_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::newRow("sha1") << QStringLiteral("SHA1");
        QTest::newRow("md5") << QStringLiteral("MD5");
    }

    void weakSignature()
    {
        QFETCH(QString, digest);
        // MD5 needs an RSA issuer: make a small RSA PKI by hand.
        CertSpec rootSpec;
        rootSpec.commonName = QStringLiteral("RSA Root");
        rootSpec.isCa = true;
        rootSpec.key = {KeySpec::Type::Rsa, 2048};
        const TestCertificate root = issueCertificate(rootSpec);
        CertSpec leafSpec;
        leafSpec.commonName = kHost;
        leafSpec.dnsNames = {kHost};
        leafSpec.digest = digest;
        const TestCertificate leaf = issueCertificate(leafSpec, root);
        QVERIFY(!leaf.isNull());
        TlsTestServer::Config config;
        config.chain = {leaf};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = m_runner.diagnose(server->port(), kHost, {root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-signature")});
        const QVariantMap cert = firstCertificateFact(result.finding(QStringLiteral("weak-signature")));
        QCOMPARE(cert.value(QStringLiteral("position")).toString(), QStringLiteral("leaf"));
        QVERIFY2(cert.value(QStringLiteral("algorithm")).toString().contains(digest, Qt::CaseInsensitive),
                 qPrintable(cert.value(QStringLiteral("algorithm")).toString()));
    }

    void weakKey_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("rsa-1024") << 1024;
        QTest::newRow("rsa-1536") << 1536;
    }

    void weakKey()
    {
        QFETCH(int, bits);
        CertSpec spec;
        spec.key = {KeySpec::Type::Rsa, bits};
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-key")});
        const QVariantMap cert = firstCertificateFact(result.finding(QStringLiteral("weak-key")));
        QCOMPARE(cert.value(QStringLiteral("bits")).toInt(), bits);
        QCOMPARE(cert.value(QStringLiteral("keyType")).toString(), QStringLiteral("RSA"));
        QCOMPARE(cert.value(QStringLiteral("name")).toString(), kHost);
    }

    void wrongPurpose_data()
    {
        QTest::addColumn<QStringList>("usages");
        QTest::newRow("client auth only") << QStringList{QStringLiteral("clientAuth")};
        QTest::newRow("code and mail") << QStringList{QStringLiteral("codeSigning"), QStringLiteral("emailProtection")};
    }

    void wrongPurpose()
    {
        QFETCH(QStringList, usages);
        CertSpec spec;
        spec.extendedKeyUsage = usages;
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("wrong-purpose")});
        QCOMPARE(result.finding(QStringLiteral("wrong-purpose"))->facts.value(QStringLiteral("usages")).toStringList(), usages);
    }

    void severalProblemsRootCauseFirst()
    {
        CertSpec spec;
        spec.dnsNames = {QStringLiteral("old.example.test")};
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(-30);
        spec.key = {KeySpec::Type::Rsa, 1024};
        spec.digest = QStringLiteral("SHA1");
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), (QStringList{QStringLiteral("cert-expired"), QStringLiteral("hostname-mismatch"),
                                                   QStringLiteral("weak-signature"), QStringLiteral("weak-key")}));
    }

    void hostileSubjectIsKeptVerbatim()
    {
        CertSpec spec;
        spec.commonName = QStringLiteral("<b>x</b><img src=http://evil.test/a.png>\x1b[31m");
        spec.dnsNames = {QStringLiteral("evil.test")};
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("hostname-mismatch")});
        QCOMPARE(result.presentedChain.first().commonName, spec.commonName);
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
