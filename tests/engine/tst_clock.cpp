// This computer's clock against the server's (its HTTP Date header).
#include "ScenarioRunner.h"
#include "TestOcsp.h"

#include "CauseCatalogue.h"

#include <QLocale>
#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("clock.example.test");

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray responseWithDate(const QByteArray &date)
{
    const QByteArray body = "<p>What time is it?</p>";
    return "HTTP/1.1 200 OK\r\nDate: " + date + "\r\nStrict-Transport-Security: max-age=31536000\r\n"
           "Content-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A chain whose authorities have been valid for over a year, as real ones have: only the
// leaf's dates matter then.
TestPki longLivedPki(const QDateTime &leafNotBefore, const QDateTime &leafNotAfter)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertSpec ca;
    ca.isCa = true;
    ca.notBefore = now.addDays(-400);
    ca.commonName = QStringLiteral("Clock Test Root");
    TestPki pki;
    pki.root = issueCertificate(ca);
    ca.commonName = QStringLiteral("Clock Test Intermediate");
    pki.intermediate = issueCertificate(ca, pki.root);
    CertSpec leaf;
    leaf.commonName = kHost;
    leaf.dnsNames = {kHost};
    leaf.notBefore = leafNotBefore;
    leaf.notAfter = leafNotAfter;
    pki.leaf = issueCertificate(leaf, pki.intermediate);
    return pki;
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult serve(const QList<TestCertificate> &chain, const TestCertificate &root, const QByteArray &date)
    {
        TlsTestServer::Config config;
        config.chain = chain;
        config.httpResponse = responseWithDate(date);
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), kHost, {root});
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    // The leaf expired three days ago by this computer's clock; the server's clock says it
    // is ten days earlier, when the leaf was valid: the clock is the cause, not the site.
    void clockAheadMakesAValidCertificateLookExpired()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TestPki pki = longLivedPki(now.addDays(-100), now.addDays(-3));
        const QDateTime serverTime = now.addDays(-10);
        const hd::DiagnosisResult result = serve({pki.leaf, pki.intermediate}, pki.root, httpDate(serverTime));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("clock-skew")});
        const hd::Finding *finding = result.finding(QStringLiteral("clock-skew"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Client);
        QVERIFY(qAbs(finding->facts.value(QStringLiteral("skewSeconds")).toLongLong() - 10 * 86400) < 60);
        QCOMPARE(finding->facts.value(QStringLiteral("serverTime")).toDateTime(), QDateTime::fromSecsSinceEpoch(serverTime.toSecsSinceEpoch(), Qt::UTC));
        const QVariantList certificates = finding->facts.value(QStringLiteral("certificates")).toList();
        QCOMPARE(certificates.size(), 1);
        const QVariantMap cert = certificates.first().toMap();
        QCOMPARE(cert.value(QStringLiteral("name")).toString(), kHost);
        QCOMPARE(cert.value(QStringLiteral("here")).toString(), QStringLiteral("expired"));
        QCOMPARE(cert.value(QStringLiteral("byServerClock")).toString(), QStringLiteral("valid"));
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QCOMPARE(evidence.size(), 3);
        QVERIFY2(evidence[1].contains(QLatin1String("10 day")) && evidence[1].contains(QLatin1String("ahead")), qPrintable(evidence[1]));
        QVERIFY2(evidence[2].contains(QLatin1String("only looks expired")), qPrintable(evidence[2]));
    }

    // Out of date by this computer's clock, current by the server's: not the server's fault.
    void stapleJudgedLikeCertificates()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TestPki pki = longLivedPki(now.addDays(-100), now.addDays(100));
        OcspResponseSpec ocsp;
        ocsp.thisUpdate = now.addDays(-11);
        ocsp.nextUpdate = now.addDays(-9);
        TlsTestServer::Config config;
        config.chain = {pki.leaf, pki.intermediate};
        config.ocspStapleDer = makeOcspResponse(pki.leaf, pki.intermediate, ocsp);
        config.httpResponse = responseWithDate(httpDate(now.addDays(-10)));
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult skewed = m_runner.diagnose(server->port(), kHost, {pki.root});
        QCOMPARE(skewed.findingIds(), QStringList{QStringLiteral("clock-skew")});
        // The same staple from a server whose clock agrees with ours is stale indeed.
        config.httpResponse = responseWithDate(httpDate(now));
        auto honest = m_runner.startServer(config);
        QVERIFY(honest);
        const hd::DiagnosisResult stale = m_runner.diagnose(honest->port(), kHost, {pki.root});
        QCOMPARE(stale.findingIds(), QStringList{QStringLiteral("ocsp-staple-invalid")});
    }

    void skewThatChangesNothing()
    {
        const hd::DiagnosisResult result = serve({m_pki.leaf, m_pki.intermediate}, m_pki.root,
                                                 httpDate(QDateTime::currentDateTimeUtc().addSecs(3 * 3600)));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("clock-skew")});
        const hd::Finding *finding = result.finding(QStringLiteral("clock-skew"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(result.verdict(), hd::Verdict::Warning);
        QVERIFY(finding->facts.value(QStringLiteral("certificates")).toList().isEmpty());
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QVERIFY2(evidence[1].contains(QLatin1String("behind")), qPrintable(evidence[1]));
        QVERIFY2(evidence.last().startsWith(QLatin1String("No certificate")), qPrintable(evidence.last()));
    }

    void smallSkewIsFine()
    {
        const hd::DiagnosisResult result = serve({m_pki.leaf, m_pki.intermediate}, m_pki.root,
                                                 httpDate(QDateTime::currentDateTimeUtc().addSecs(-4 * 60)));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
    }

    // Expired by both clocks: the site's problem, whatever the clocks say.
    void expiredByBothClocks()
    {
        CertSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-100);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(-3);
        const TestPki expired = makePki({kHost}, spec);
        const hd::DiagnosisResult result = serve({expired.leaf, expired.intermediate}, expired.root,
                                                 httpDate(QDateTime::currentDateTimeUtc().addSecs(-20 * 3600)));
        QCOMPARE(result.findingIds(), (QStringList{QStringLiteral("cert-expired"), QStringLiteral("clock-skew")}));
        QCOMPARE(result.finding(QStringLiteral("cert-expired"))->fixedBy, hd::FixedBy::Server);
        QCOMPARE(result.finding(QStringLiteral("clock-skew"))->severity, hd::Severity::Warning);
    }

    void absurdDates_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("1970") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << QStringList{QStringLiteral("clock-skew")};
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << QStringList{QStringLiteral("clock-skew")};
        QTest::newRow("words") << QByteArray("yesterday, around noon") << QStringList();
        QTest::newRow("impossible") << QByteArray("Sun, 31 Feb 2021 99:99:99 GMT") << QStringList();
        QTest::newRow("empty") << QByteArray() << QStringList();
        QTest::newRow("long") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") + QByteArray(20000, ' ') + "x" << QStringList();
    }

    void absurdDates()
    {
        QFETCH(QByteArray, date);
        QFETCH(QStringList, expected);
        const hd::DiagnosisResult result = serve({m_pki.leaf, m_pki.intermediate}, m_pki.root, date);
        QCOMPARE(result.findingIds(), expected);
        if (!expected.isEmpty()) {
            // The chain is valid by this computer's clock: the verdict must not blame it.
            QCOMPARE(result.finding(QStringLiteral("clock-skew"))->severity, hd::Severity::Warning);
            QVERIFY(!hd::CauseCatalogue::render(*result.finding(QStringLiteral("clock-skew"))).evidence.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
