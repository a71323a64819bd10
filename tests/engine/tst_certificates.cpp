// Certificate problems of the leaf and its chain, each against a real local TLS server.
#include "PublicRootPem.h"
#include "ScenarioRunner.h"

#include "cert/TrustStore.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"

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

    // Two ways: a two-year-plus leaf on TLS 1.3, and an RSA leaf one day over the limit on
    // TLS 1.2. The test roots are private, so it is a note, and the verdict stays ok.
    void validityTooLong_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("rsaTls12");
        QTest::newRow("825 days, ECDSA") << 825 << false;
        QTest::newRow("399 days, RSA, TLS 1.2") << 399 << true;
    }

    void validityTooLong()
    {
        QFETCH(int, days);
        QFETCH(bool, rsaTls12);
        CertSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = spec.notBefore.addDays(days);
        TlsTestServer::Config config;
        if (rsaTls12) {
            spec.key = {KeySpec::Type::Rsa, 2048};
            config.maxProtocol = TLS1_2_VERSION;
        }
        const hd::DiagnosisResult result = diagnoseLeaf(spec, kHost, config);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("validity-too-long")});
        const hd::Finding *finding = result.finding(QStringLiteral("validity-too-long"));
        QCOMPARE(finding->severity, hd::Severity::Info);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->certificates, QStringList{result.presentedChain.first().sha256Fingerprint});
        QCOMPARE(finding->facts.value(QStringLiteral("name")).toString(), kHost);
        QCOMPARE(finding->facts.value(QStringLiteral("days")).toInt(), days);
        QVERIFY(!finding->facts.value(QStringLiteral("publicRoot")).toBool());
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("“www.example.test” is valid for %1 days").arg(days))
                     && en.contains(QStringLiteral("is %1 days").arg(398)) && en.contains(QLatin1String("do not enforce")),
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(QStringLiteral("%1 天").arg(days)) && zh.contains(QLatin1String("398")) && !zh.contains(QLatin1String("valid for")),
                 qPrintable(zh));
    }

    // Healthy look-alikes: exactly the limit, and a short-lived certificate.
    void validityWithinLimitIsClean_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("398 days") << 398;
        QTest::newRow("7 days") << 7;
    }

    void validityWithinLimitIsClean()
    {
        QFETCH(int, days);
        CertSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = spec.notBefore.addDays(days);
        const hd::DiagnosisResult result = diagnoseLeaf(spec);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
    }

    // Under a root of Mozilla's program (the shipped list, not a test list) browsers
    // reject the same leaf: an error.
    void validityTooLongUnderPublicRoot()
    {
        const hd::X509List roots = hd::readCertificates(QByteArray(kPublicRootPem));
        QCOMPARE(int(roots.size()), 1);
        const hd::CertificateInfo publicRoot = hd::CertificateInfo::fromX509(roots.front().get(), hd::CertificateInfo::Origin::TrustStore);
        CertSpec spec;
        spec.commonName = QStringLiteral("www.example.com");
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = spec.notBefore.addDays(730);
        hd::Observations obs;
        obs.now = QDateTime::currentDateTimeUtc();
        obs.presented = {hd::CertificateInfo::fromX509(issueCertificate(spec).x509(), hd::CertificateInfo::Origin::Presented)};
        obs.verification.built = {obs.presented.first(), publicRoot};
        const QList<hd::Finding> findings = hd::checkValidity(obs);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("validity-too-long"));
        QCOMPARE(findings.first().severity, hd::Severity::Error);
        const QString en = evidenceIn(QStringLiteral("en"), findings.first()).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("“ISRG Root X2”, a root of the public root programs, so Safari and Chrome reject it")), qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), findings.first()).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(QLatin1String("ISRG Root X2")) && zh.contains(QLatin1String("Safari")) && zh != en, qPrintable(zh));
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
