// Parsers of what servers and their helpers send besides TLS: HTTP dates, HSTS headers,
// HTML pages, OCSP responses and CRLs. Hostile input included; no network.
#include "cert/Revocation.h"
#include "http/HeaderParsers.h"
#include "http/MixedContent.h"
#include "TestCertificates.h"
#include "TestCrl.h"
#include "TestOcsp.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <openssl/ocsp.h>

using namespace testsupport;
using Status = hd::RevocationAnswer::Status;

Q_DECLARE_METATYPE(hd::RevocationAnswer::Status)

namespace {

QStringList describe(const hd::MixedContentScan &scan)
{
    QStringList out;
    for (const hd::InsecureResource &resource : scan.resources)
        out << QStringLiteral("%1 %2%3").arg(resource.kind, resource.url, resource.active ? QStringLiteral(" active") : QString());
    return out;
}

// An OCSP response signed by a delegated responder certificate (RFC 6960 4.2.2.2), which
// TestOcsp does not make: there the issuer signs itself.
QByteArray delegatedResponse(const TestCertificate &leaf, const TestCertificate &issuer, const TestCertificate &responder)
{
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, leaf.x509(), issuer.x509());
    OCSP_BASICRESP *basic = OCSP_BASICRESP_new();
    ASN1_TIME *thisUpdate = X509_gmtime_adj(nullptr, -3600);
    ASN1_TIME *nextUpdate = X509_gmtime_adj(nullptr, 86400);
    OCSP_RESPONSE *response = nullptr;
    if (id && basic && OCSP_basic_add1_status(basic, id, V_OCSP_CERTSTATUS_GOOD, 0, nullptr, thisUpdate, nextUpdate)
        && OCSP_basic_sign(basic, responder.x509(), responder.privateKey(), EVP_sha256(), nullptr, 0) == 1)
        response = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic);
    QByteArray der;
    unsigned char *data = nullptr;
    if (response) {
        const int size = i2d_OCSP_RESPONSE(response, &data);
        der = QByteArray(reinterpret_cast<const char *>(data), size);
        OPENSSL_free(data);
    }
    OCSP_RESPONSE_free(response);
    ASN1_TIME_free(nextUpdate);
    ASN1_TIME_free(thisUpdate);
    OCSP_BASICRESP_free(basic);
    OCSP_CERTID_free(id);
    return der;
}

QByteArray errorResponse(int status)
{
    OCSP_RESPONSE *response = OCSP_response_create(status, nullptr);
    unsigned char *data = nullptr;
    const int size = i2d_OCSP_RESPONSE(response, &data);
    QByteArray der(reinterpret_cast<const char *>(data), size);
    OPENSSL_free(data);
    OCSP_RESPONSE_free(response);
    return der;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

class TestWebParsers : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki = makePki({QStringLiteral("revocation.example.test")});
    TestPki m_other = makePki({QStringLiteral("other.example.test")});

private slots:
    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime nov6(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov6;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << nov6;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << nov6;
        QTest::newRow("case and spaces") << QByteArray("  sun, 06 NOV 1994 08:49:37 gmt ") << nov6;
        QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT")
                                     << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("far future") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")
                                    << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << QDateTime();
        QTest::newRow("30 February") << QByteArray("Wed, 30 Feb 2022 10:00:00 GMT") << QDateTime();
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
        QTest::newRow("no month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
        QTest::newRow("unix time") << QByteArray("784111777") << QDateTime();
        QTest::newRow("huge") << QByteArray(100000, '9') << QDateTime();
    }

    void httpDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        QCOMPARE(hd::parseHttpDate(value), expected);
    }

    void hsts_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<bool>("includeSubDomains");
        QTest::addColumn<bool>("preload");
        QTest::newRow("full") << QByteArray("max-age=63072000; includeSubDomains; preload") << true << qint64(63072000) << true << true;
        QTest::newRow("quoted, any case") << QByteArray("Max-Age=\"300\" ; INCLUDESUBDOMAINS") << true << qint64(300) << true << false;
        QTest::newRow("zero") << QByteArray("max-age=0") << true << qint64(0) << false << false;
        QTest::newRow("unknown directive") << QByteArray("max-age=10; report-uri=\"x\"") << true << qint64(10) << false << false;
        QTest::newRow("no max-age") << QByteArray("includeSubDomains") << false << qint64(0) << true << false;
        QTest::newRow("not a number") << QByteArray("max-age=forever") << false << qint64(0) << false << false;
        QTest::newRow("negative") << QByteArray("max-age=-5") << false << qint64(0) << false << false;
        QTest::newRow("twice") << QByteArray("max-age=10; max-age=20") << false << qint64(0) << false << false;
        QTest::newRow("huge") << QByteArray("max-age=") + QByteArray(5000, '9') << true
                              << std::numeric_limits<qint64>::max() << false << false;
        QTest::newRow("empty") << QByteArray() << false << qint64(0) << false << false;
    }

    void hsts()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        const hd::HstsPolicy policy = hd::parseHsts(value);
        QCOMPARE(policy.valid, valid);
        if (valid) {
            QFETCH(qint64, maxAge);
            QFETCH(bool, includeSubDomains);
            QFETCH(bool, preload);
            QCOMPARE(policy.maxAgeSeconds, maxAge);
            QCOMPARE(policy.includeSubDomains, includeSubDomains);
            QCOMPARE(policy.preload, preload);
        }
    }

    void mixedContent_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("clean") << QByteArray("<img src=\"https://a/x.png\"><script src=\"/app.js\"></script><a href=\"http://x/\">link</a>")
                               << QStringList();
        QTest::newRow("each kind")
            << QByteArray("<SCRIPT SRC='http://a/s.js'></SCRIPT><link rel=\"preload stylesheet\" href=http://a/s.css>"
                          "<iframe src=\"http://a/f\"></iframe><form action=\"http://a/post\"><object data=\"http://a/o\">"
                          "<embed src=\"http://a/e\"><img src=\"http://a/i.png\"><video poster=\"http://a/p.jpg\" src=\"http://a/v.mp4\">"
                          "<audio src=\"http://a/a.mp3\"><source srcset=\"http://a/1.webp 1x, https://a/2.webp 2x\">")
            << QStringList{QStringLiteral("script http://a/s.js active"), QStringLiteral("stylesheet http://a/s.css active"),
                           QStringLiteral("iframe http://a/f active"), QStringLiteral("form http://a/post active"),
                           QStringLiteral("object http://a/o active"), QStringLiteral("embed http://a/e active"),
                           QStringLiteral("image http://a/i.png"), QStringLiteral("video http://a/v.mp4"),
                           QStringLiteral("video http://a/p.jpg"), QStringLiteral("audio http://a/a.mp3"),
                           QStringLiteral("source http://a/1.webp")};
        QTest::newRow("not a stylesheet") << QByteArray("<link rel=\"canonical\" href=\"http://a/\">") << QStringList();
        QTest::newRow("comments and script text")
            << QByteArray("<!-- <img src=\"http://a/commented\"> --><script>var s = '<img src=\"http://a/in-script\">';</script>"
                          "<textarea><img src=\"http://a/in-text\"></textarea><img src=\" http://a/real?x=1&amp;y=2 \">")
            << QStringList{QStringLiteral("image http://a/real?x=1&y=2")};
        QTest::newRow("duplicates once") << QByteArray("<img src=http://a/i><img src=http://a/i>")
                                         << QStringList{QStringLiteral("image http://a/i")};
        QTest::newRow("unclosed quote") << QByteArray("<img src=\"http://a/i.png><script src=http://a/s.js></script>")
                                        << QStringList{QStringLiteral("image http://a/i.png><script src=http://a/s.js></script>")};
        QTest::newRow("unclosed comment") << QByteArray("<img src=http://a/before><!-- <img src=http://a/after>")
                                          << QStringList{QStringLiteral("image http://a/before")};
    }

    void mixedContent()
    {
        QFETCH(QByteArray, html);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(hd::scanMixedContent(html)), expected);
    }

    void mixedContentCountsBeyondTheCap()
    {
        QByteArray html;
        for (int i = 0; i < 500; ++i)
            html += "<img src=\"http://cdn.example/" + QByteArray::number(i) + ".png\">";
        html += "<script src=\"http://cdn.example/late.js\"></script>";
        const hd::MixedContentScan scan = hd::scanMixedContent(html);
        QCOMPARE(scan.passiveCount, 500);
        QCOMPARE(scan.activeCount, 1);
        QVERIFY(scan.resources.size() <= 101);
        QVERIFY(describe(scan).contains(QStringLiteral("script http://cdn.example/late.js active")));
    }

    void hostileHtmlIsQuick_data()
    {
        QTest::addColumn<QByteArray>("html");
        const int size = 2 * 1024 * 1024;
        QTest::newRow("open brackets") << QByteArray(size, '<');
        QTest::newRow("tag starts") << QByteArray("<a ").repeated(size / 3);
        QTest::newRow("attributes") << "<img " + QByteArray("src=http://a/ ").repeated(size / 14);
        QTest::newRow("comment starts") << QByteArray("<!--").repeated(size / 4);
        QTest::newRow("script starts") << QByteArray("<script>").repeated(size / 8);
        QTest::newRow("quotes") << "<img src=\"" + QByteArray(size, '\'');
        QTest::newRow("random") << randomBytes(size);
    }

    void hostileHtmlIsQuick()
    {
        QFETCH(QByteArray, html);
        QElapsedTimer timer;
        timer.start();
        hd::scanMixedContent(html);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void ocspAnswers_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("problem");
        OcspResponseSpec revoked;
        revoked.status = OcspResponseSpec::Status::Revoked;
        OcspResponseSpec unknown;
        unknown.status = OcspResponseSpec::Status::Unknown;
        OcspResponseSpec stale;
        stale.thisUpdate = QDateTime::currentDateTimeUtc().addDays(-10);
        stale.nextUpdate = QDateTime::currentDateTimeUtc().addDays(-3);
        OcspResponseSpec staleRevoked = stale;
        staleRevoked.status = OcspResponseSpec::Status::Revoked;
        OcspResponseSpec future;
        future.thisUpdate = QDateTime::currentDateTimeUtc().addDays(2);
        future.nextUpdate = QDateTime::currentDateTimeUtc().addDays(9);
        const QByteArray good = makeOcspResponse(m_pki.leaf, m_pki.intermediate);

        CertSpec responder;
        responder.commonName = QStringLiteral("OCSP Responder");
        responder.extendedKeyUsage = {QStringLiteral("OCSPSigning")};
        CertSpec notResponder = responder;
        notResponder.extendedKeyUsage = {QStringLiteral("serverAuth")};

        QTest::newRow("good") << good << Status::Good << QString();
        QTest::newRow("revoked") << makeOcspResponse(m_pki.leaf, m_pki.intermediate, revoked) << Status::Revoked << QString();
        QTest::newRow("unknown") << makeOcspResponse(m_pki.leaf, m_pki.intermediate, unknown) << Status::Unknown << QString();
        QTest::newRow("delegated responder")
            << delegatedResponse(m_pki.leaf, m_pki.intermediate, issueCertificate(responder, m_pki.intermediate))
            << Status::Good << QString();
        QTest::newRow("responder without OCSPSigning")
            << delegatedResponse(m_pki.leaf, m_pki.intermediate, issueCertificate(notResponder, m_pki.intermediate))
            << Status::Unusable << QStringLiteral("bad-signature");
        QTest::newRow("responder of another CA")
            << delegatedResponse(m_pki.leaf, m_pki.intermediate, issueCertificate(responder, m_other.intermediate))
            << Status::Unusable << QStringLiteral("bad-signature");
        QTest::newRow("stale") << makeOcspResponse(m_pki.leaf, m_pki.intermediate, stale) << Status::Unusable << QStringLiteral("stale");
        QTest::newRow("stale but revoked") << makeOcspResponse(m_pki.leaf, m_pki.intermediate, staleRevoked) << Status::Revoked << QString();
        QTest::newRow("from the future") << makeOcspResponse(m_pki.leaf, m_pki.intermediate, future) << Status::Unusable
                                         << QStringLiteral("not-yet-valid");
        QTest::newRow("another certificate") << makeOcspResponse(m_pki.intermediate, m_pki.root) << Status::Unusable
                                             << QStringLiteral("bad-signature");
        CertSpec sibling;
        sibling.commonName = QStringLiteral("sibling.example.test");
        QTest::newRow("same issuer, other leaf")
            << makeOcspResponse(issueCertificate(sibling, m_pki.intermediate), m_pki.intermediate)
            << Status::Unusable << QStringLiteral("wrong-certificate");
        QTest::newRow("try later") << errorResponse(OCSP_RESPONSE_STATUS_TRYLATER) << Status::Unusable
                                   << QStringLiteral("responder-trylater");
        QTest::newRow("empty") << QByteArray() << Status::Unusable << QStringLiteral("malformed");
        QTest::newRow("random") << randomBytes(3000) << Status::Unusable << QStringLiteral("malformed");
        QTest::newRow("truncated") << good.left(good.size() - 20) << Status::Unusable << QStringLiteral("malformed");
        QTest::newRow("html") << QByteArray("<html>Service unavailable</html>") << Status::Unusable << QStringLiteral("malformed");
    }

    void ocspAnswers()
    {
        QFETCH(QByteArray, der);
        QFETCH(Status, status);
        QFETCH(QString, problem);
        const hd::RevocationAnswer answer = hd::evaluateOcspResponse(der, m_pki.leaf.x509(), m_pki.intermediate.x509(),
                                                                     QDateTime::currentDateTimeUtc());
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.problem, problem);
    }

    void ocspRequestNamesTheCertificate()
    {
        const QByteArray der = hd::makeOcspRequest(m_pki.leaf.x509(), m_pki.intermediate.x509());
        const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
        OCSP_REQUEST *request = d2i_OCSP_REQUEST(nullptr, &data, der.size());
        QVERIFY(request);
        QCOMPARE(OCSP_request_onereq_count(request), 1);
        OCSP_CERTID *expected = OCSP_cert_to_id(nullptr, m_pki.leaf.x509(), m_pki.intermediate.x509());
        QCOMPARE(OCSP_id_cmp(OCSP_onereq_get0_id(OCSP_request_onereq_get0(request, 0)), expected), 0);
        OCSP_CERTID_free(expected);
        OCSP_REQUEST_free(request);
    }

    void crlAnswers_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("reason");
        CrlSpec revoked;
        revoked.revoked = {{m_pki.leaf, QDateTime::currentDateTimeUtc().addDays(-2), 1}};
        CrlSpec stale;
        stale.thisUpdate = QDateTime::currentDateTimeUtc().addDays(-20);
        stale.nextUpdate = QDateTime::currentDateTimeUtc().addDays(-13);
        CrlSpec otherRevoked;
        otherRevoked.revoked = {{m_other.leaf, {}, -1}};
        otherRevoked.fillerEntries = 20;
        CertSpec otherAuthority;
        otherAuthority.commonName = QStringLiteral("Another Authority");
        otherAuthority.isCa = true;
        const QByteArray good = makeCrl(m_pki.intermediate);

        QTest::newRow("empty list") << good << Status::Good << QString() << QString();
        QTest::newRow("others revoked") << makeCrl(m_pki.intermediate, otherRevoked) << Status::Good << QString() << QString();
        QTest::newRow("revoked") << makeCrl(m_pki.intermediate, revoked) << Status::Revoked << QString() << QStringLiteral("keyCompromise");
        QTest::newRow("stale") << makeCrl(m_pki.intermediate, stale) << Status::Unusable << QStringLiteral("stale") << QString();
        QTest::newRow("other authority") << makeCrl(issueCertificate(otherAuthority), revoked) << Status::Unusable
                                         << QStringLiteral("wrong-issuer") << QString();
        // The other PKI's intermediate has the same name, but another key.
        QTest::newRow("forged signature") << makeCrl(m_other.intermediate, revoked) << Status::Unusable
                                          << QStringLiteral("bad-signature") << QString();
        QTest::newRow("random") << randomBytes(5000) << Status::Unusable << QStringLiteral("malformed") << QString();
        QTest::newRow("truncated") << good.left(good.size() / 2) << Status::Unusable << QStringLiteral("malformed") << QString();
        QTest::newRow("broken PEM") << QByteArray("-----BEGIN X509 CRL-----\n!!!\n-----END X509 CRL-----\n") << Status::Unusable
                                    << QStringLiteral("malformed") << QString();
    }

    void crlAnswers()
    {
        QFETCH(QByteArray, data);
        QFETCH(Status, status);
        QFETCH(QString, problem);
        QFETCH(QString, reason);
        QVERIFY(!data.isEmpty());
        const hd::RevocationAnswer answer = hd::evaluateCrl(data, m_pki.leaf.x509(), m_pki.intermediate.x509(),
                                                            QDateTime::currentDateTimeUtc());
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.problem, problem);
        QCOMPARE(hd::revocationReasonKey(answer.reasonCode), reason);
    }

    void largeCrlIsQuick()
    {
        CrlSpec spec;
        spec.revoked = {{m_pki.leaf, {}, 4}};
        spec.fillerEntries = 50000;
        const QByteArray der = makeCrl(m_pki.intermediate, spec);
        QVERIFY(der.size() > 1000000);
        QElapsedTimer timer;
        timer.start();
        const hd::RevocationAnswer answer = hd::evaluateCrl(der, m_pki.leaf.x509(), m_pki.intermediate.x509(),
                                                            QDateTime::currentDateTimeUtc());
        QCOMPARE(answer.status, Status::Revoked);
        QCOMPARE(hd::revocationReasonKey(answer.reasonCode), QStringLiteral("superseded"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestWebParsers)
#include "tst_webparsers.moc"
