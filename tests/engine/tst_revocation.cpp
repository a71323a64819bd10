// Revocation against real local servers: a stapling TLS server, and an OCSP responder and
// CRL server (HttpTestServer) named in the leaf certificate.
#include "HttpMessages.h"
#include "HttpTestServer.h"
#include "ScenarioRunner.h"
#include "TestCrl.h"
#include "TestOcsp.h"

#include "CauseCatalogue.h"

#include <QElapsedTimer>
#include <QtTest>

#include <openssl/ocsp.h>

using namespace testsupport;

Q_DECLARE_METATYPE(hd::FixedBy)

namespace {

const QString kHost = QStringLiteral("bank.example.test");

// Answers only a well-formed OCSP POST that asks about `leaf`, as a real responder would.
HttpTestServer::Handler ocspResponder(const TestCertificate &leaf, const TestCertificate &issuer, const QByteArray &answer)
{
    return [leaf, issuer, answer](const QByteArray &method, const QByteArray &, const QByteArray &body) {
        const auto *data = reinterpret_cast<const unsigned char *>(body.constData());
        OCSP_REQUEST *request = method == "POST" ? d2i_OCSP_REQUEST(nullptr, &data, body.size()) : nullptr;
        OCSP_CERTID *wanted = OCSP_cert_to_id(nullptr, leaf.x509(), issuer.x509());
        const bool asksForLeaf = request && OCSP_request_onereq_count(request) == 1
                                 && OCSP_id_cmp(OCSP_onereq_get0_id(OCSP_request_onereq_get0(request, 0)), wanted) == 0;
        OCSP_CERTID_free(wanted);
        OCSP_REQUEST_free(request);
        if (!asksForLeaf)
            return httpResponse(400, "Bad Request", "text/plain", "not an OCSP request for this certificate\n");
        return httpResponse(200, "OK", "application/ocsp-response", answer);
    };
}

QVariantMap firstSource(const hd::Finding *finding)
{
    return finding ? finding->facts.value(QStringLiteral("sources")).toList().value(0).toMap() : QVariantMap();
}

QVariantMap probeFacts(const hd::DiagnosisResult &result, const QString &name)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Probe && step.name == name)
            return step.facts;
    }
    return {};
}

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        TestPki pki;
        QString ocspUrl;
        QString crlUrl;
    };

    // A PKI whose leaf names this test's own responder and CRL paths on `helper`.
    Setup makeSetup(HttpTestServer &helper, bool withOcsp, bool withCrl, CertSpec leaf = {})
    {
        const QByteArray tag = QByteArray::number(++m_setups);
        Setup setup;
        if (withOcsp)
            setup.ocspUrl = leaf.ocspUrl = helper.url("/ocsp/" + tag);
        if (withCrl)
            setup.crlUrl = leaf.crlUrl = helper.url("/crl/" + tag + ".crl");
        setup.pki = makePki({kHost}, leaf);
        return setup;
    }

    void serveCrl(HttpTestServer &helper, const Setup &setup, const CrlSpec &spec = {})
    {
        helper.setRoute(QUrl(setup.crlUrl).path().toLatin1(), "application/pkix-crl", makeCrl(setup.pki.intermediate, spec));
    }

    hd::DiagnosisResult serve(const TestPki &pki, const QByteArray &staple = {})
    {
        TlsTestServer::Config config;
        config.chain = {pki.leaf, pki.intermediate};
        config.ocspStapleDer = staple;
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), kHost, {pki.root});
    }

    // A PKI whose intermediate names the root's responder and revocation list on `helper`.
    Setup makeIntermediateSetup(HttpTestServer &helper, bool withOcsp, bool withCrl)
    {
        const QByteArray tag = QByteArray::number(++m_setups);
        Setup setup;
        CertSpec sources;
        if (withOcsp)
            setup.ocspUrl = sources.ocspUrl = helper.url("/root-ocsp/" + tag);
        if (withCrl)
            setup.crlUrl = sources.crlUrl = helper.url("/root-crl/" + tag + ".crl");
        setup.pki = makePki({kHost}, {}, sources);
        return setup;
    }

    // The intermediate's revocation, by the root's CRL or responder, named as such.
    void verifyRevokedIntermediate(const hd::DiagnosisResult &result, const Setup &setup, const QString &source,
                                   const QDateTime &when, const QString &reasonText)
    {
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revoked")});
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        const hd::Finding *finding = result.finding(QStringLiteral("revoked"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        const QString intermediate = setup.pki.intermediate.commonName();
        QCOMPARE(finding->facts.value(QStringLiteral("certificate")).toString(), intermediate);
        QCOMPARE(finding->facts.value(QStringLiteral("position")).toString(), QStringLiteral("intermediate"));
        QCOMPARE(result.builtChain.size(), 3);
        QCOMPARE(finding->certificates, QStringList{result.builtChain[1].sha256Fingerprint});
        const QVariantMap first = firstSource(finding);
        QCOMPARE(first.value(QStringLiteral("source")).toString(), source);
        QCOMPARE(first.value(QStringLiteral("url")).toString(), source == QLatin1String("crl") ? setup.crlUrl : setup.ocspUrl);
        QCOMPARE(first.value(QStringLiteral("certificate")).toString(), intermediate);
        QCOMPARE(first.value(QStringLiteral("date")).toDateTime().toSecsSinceEpoch(), when.toSecsSinceEpoch());
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("the intermediate certificate “%1”").arg(intermediate)) && en.contains(reasonText)
                     && en.contains(when.toLocalTime().toString(QStringLiteral("HH:mm:ss"))) && en.contains(QLatin1String("every site under it")),
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(intermediate) && zh.contains(QStringLiteral("中间证书")) && !zh.contains(QLatin1String("According to")),
                 qPrintable(zh));
        const hd::RenderedFinding text = hd::CauseCatalogue::render(*finding);
        QVERIFY2(text.headline.contains(intermediate), qPrintable(text.headline));
    }

    ScenarioRunner m_runner;
    HttpTestServer m_helper;
    int m_setups = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_helper.start(), qPrintable(m_helper.errorString()));
    }

    void everySourceGood()
    {
        const Setup setup = makeSetup(m_helper, true, true);
        m_helper.setHandler(ocspResponder(setup.pki.leaf, setup.pki.intermediate,
                                          makeOcspResponse(setup.pki.leaf, setup.pki.intermediate)));
        serveCrl(m_helper, setup);
        const int requestsBefore = m_helper.requestCount();
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(m_helper.requestCount() - requestsBefore, 2);
        const QVariantMap facts = probeFacts(result, QStringLiteral("revocation"));
        QCOMPARE(facts.value(QStringLiteral("ocsp")).toString(), QStringLiteral("good"));
        QCOMPARE(facts.value(QStringLiteral("crl")).toString(), QStringLiteral("good"));
        QCOMPARE(facts.value(QStringLiteral("ocspUrl")).toString(), setup.ocspUrl);
    }

    void stapledRevoked()
    {
        const Setup setup = makeSetup(m_helper, false, false);
        OcspResponseSpec spec;
        spec.status = OcspResponseSpec::Status::Revoked;
        spec.revocationTime = QDateTime::currentDateTimeUtc().addDays(-2);
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate, spec));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revoked")});
        const hd::Finding *finding = result.finding(QStringLiteral("revoked"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        const QVariantMap source = firstSource(finding);
        QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("staple"));
        QCOMPARE(source.value(QStringLiteral("date")).toDateTime().toSecsSinceEpoch(), spec.revocationTime.toSecsSinceEpoch());
        QCOMPARE(finding->facts.value(QStringLiteral("certificate")).toString(), kHost);
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QCOMPARE(evidence.size(), 1);
        QVERIFY2(evidence.first().contains(QLatin1String("stapled")) && evidence.first().contains(QLatin1String("no reason given")),
                 qPrintable(evidence.first()));
    }

    void responderRevoked()
    {
        const Setup setup = makeSetup(m_helper, true, false);
        OcspResponseSpec spec;
        spec.status = OcspResponseSpec::Status::Revoked;
        m_helper.setHandler(ocspResponder(setup.pki.leaf, setup.pki.intermediate,
                                          makeOcspResponse(setup.pki.leaf, setup.pki.intermediate, spec)));
        const hd::DiagnosisResult result = serve(setup.pki);
        // Once revoked, that the server does not staple is beside the point.
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revoked")});
        const QVariantMap source = firstSource(result.finding(QStringLiteral("revoked")));
        QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("ocsp"));
        QCOMPARE(source.value(QStringLiteral("url")).toString(), setup.ocspUrl);
        const QStringList evidence = hd::CauseCatalogue::render(*result.finding(QStringLiteral("revoked"))).evidence;
        QVERIFY2(evidence.first().contains(setup.ocspUrl), qPrintable(evidence.first()));
    }

    void crlRevoked()
    {
        const Setup setup = makeSetup(m_helper, false, true);
        CrlSpec spec;
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-5);
        spec.revoked = {{setup.pki.leaf, when, 1}};
        spec.fillerEntries = 200;
        serveCrl(m_helper, setup, spec);
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revoked")});
        const hd::Finding *finding = result.finding(QStringLiteral("revoked"));
        const QVariantMap source = firstSource(finding);
        QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("crl"));
        QCOMPARE(source.value(QStringLiteral("reason")).toString(), QStringLiteral("keyCompromise"));
        QCOMPARE(source.value(QStringLiteral("date")).toDateTime().toSecsSinceEpoch(), when.toSecsSinceEpoch());
        // The good staple is named too: sources disagree while news spreads.
        QCOMPARE(finding->facts.value(QStringLiteral("goodSources")).toList().size(), 1);
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QCOMPARE(evidence.size(), 2);
        QVERIFY2(evidence.first().contains(QLatin1String("keyCompromise")) && evidence.first().contains(setup.crlUrl),
                 qPrintable(evidence.first()));
    }

    // An intermediate revoked by its root: through the root's CRL, and through its responder.
    void intermediateRevokedByCrl()
    {
        const Setup setup = makeIntermediateSetup(m_helper, false, true);
        CrlSpec spec;
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-3);
        spec.revoked = {{setup.pki.intermediate, when, 2}};
        spec.fillerEntries = 50;
        m_helper.setRoute(QUrl(setup.crlUrl).path().toLatin1(), "application/pkix-crl", makeCrl(setup.pki.root, spec));
        // The leaf's own good staple does not make the chain any better.
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        verifyRevokedIntermediate(result, setup, QStringLiteral("crl"), when, QStringLiteral("cACompromise"));
        QCOMPARE(firstSource(result.finding(QStringLiteral("revoked"))).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("cACompromise"));
    }

    void intermediateRevokedByOcsp()
    {
        const Setup setup = makeIntermediateSetup(m_helper, true, false);
        OcspResponseSpec spec;
        spec.status = OcspResponseSpec::Status::Revoked;
        spec.revocationTime = QDateTime::currentDateTimeUtc().addDays(-4);
        m_helper.setHandler(ocspResponder(setup.pki.intermediate, setup.pki.root,
                                          makeOcspResponse(setup.pki.intermediate, setup.pki.root, spec)));
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        verifyRevokedIntermediate(result, setup, QStringLiteral("ocsp"), spec.revocationTime, QStringLiteral("no reason given"));
        const QVariantMap facts = probeFacts(result, QStringLiteral("revocation"));
        const QVariantMap issuer = facts.value(QStringLiteral("issuers")).toList().value(0).toMap();
        QCOMPARE(issuer.value(QStringLiteral("ocsp")).toString(), QStringLiteral("revoked"));
        QCOMPARE(issuer.value(QStringLiteral("depth")).toInt(), 1);
    }

    // The healthy look-alike: the root's CRL lists others, its responder says "good".
    void intermediateGood()
    {
        const Setup setup = makeIntermediateSetup(m_helper, true, true);
        CrlSpec spec;
        const TestPki other = makePki({QStringLiteral("other.example.test")});
        spec.revoked = {{other.intermediate, {}, 1}, {other.leaf, {}, 4}};
        spec.fillerEntries = 50;
        m_helper.setRoute(QUrl(setup.crlUrl).path().toLatin1(), "application/pkix-crl", makeCrl(setup.pki.root, spec));
        m_helper.setHandler(ocspResponder(setup.pki.intermediate, setup.pki.root,
                                          makeOcspResponse(setup.pki.intermediate, setup.pki.root)));
        const int requestsBefore = m_helper.requestCount();
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        QCOMPARE(m_helper.requestCount() - requestsBefore, 2);
        const QVariantMap issuer = probeFacts(result, QStringLiteral("revocation")).value(QStringLiteral("issuers")).toList().value(0).toMap();
        QCOMPARE(issuer.value(QStringLiteral("ocsp")).toString(), QStringLiteral("good"));
        QCOMPARE(issuer.value(QStringLiteral("crl")).toString(), QStringLiteral("good"));
        QCOMPARE(issuer.value(QStringLiteral("certificate")).toString(), setup.pki.intermediate.commonName());
    }

    void staplingMissing()
    {
        const Setup setup = makeSetup(m_helper, true, false);
        m_helper.setHandler(ocspResponder(setup.pki.leaf, setup.pki.intermediate,
                                          makeOcspResponse(setup.pki.leaf, setup.pki.intermediate)));
        const hd::DiagnosisResult result = serve(setup.pki);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("ocsp-stapling-missing")});
        const hd::Finding *finding = result.finding(QStringLiteral("ocsp-stapling-missing"));
        QCOMPARE(finding->severity, hd::Severity::Info);
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        QVERIFY(hd::CauseCatalogue::render(*finding).evidence.first().contains(setup.ocspUrl));
    }

    // Two ways: an RSA leaf that names a (working) OCSP responder, and an ECDSA leaf that
    // names none. Either way Firefox needs the staple, and the note about stapling is
    // replaced by the error.
    void mustStapleMissing_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("RSA, responder named") << true;
        QTest::newRow("ECDSA, no responder") << false;
    }

    void mustStapleMissing()
    {
        QFETCH(bool, rsa);
        CertSpec spec;
        spec.mustStaple = true;
        if (rsa)
            spec.key = {KeySpec::Type::Rsa, 2048};
        const Setup setup = makeSetup(m_helper, rsa, false, spec);
        m_helper.setHandler(ocspResponder(setup.pki.leaf, setup.pki.intermediate,
                                          makeOcspResponse(setup.pki.leaf, setup.pki.intermediate)));
        const hd::DiagnosisResult result = serve(setup.pki);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("must-staple-missing")});
        const hd::Finding *finding = result.finding(QStringLiteral("must-staple-missing"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->certificates, QStringList{result.presentedChain.first().sha256Fingerprint});
        QCOMPARE(finding->facts.value(QStringLiteral("certificate")).toString(), kHost);
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        const QString keyType = rsa ? QStringLiteral("RSA") : QStringLiteral("EC");
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("“bank.example.test” (%1 key) requires a stapled OCSP response").arg(keyType))
                     && en.contains(QLatin1String("stapled none")) && (!setup.ocspUrl.isEmpty() && en.contains(setup.ocspUrl)) == rsa,
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(kHost) && zh.contains(QLatin1String("status_request")) && !zh.contains(QLatin1String("stapled none")),
                 qPrintable(zh));
        const hd::RenderedFinding text = hd::CauseCatalogue::render(*finding);
        QCOMPARE(text.fixActors.first(), hd::Actor::You);
        for (const char *server : {"nginx", "Apache", "IIS"})
            QVERIFY2(text.fixSteps.join(QLatin1Char(' ')).contains(QLatin1String(server)), server);
    }

    // The healthy look-alike: a Must-Staple certificate with a good staple.
    void mustStapleStapled()
    {
        CertSpec spec;
        spec.mustStaple = true;
        const Setup setup = makeSetup(m_helper, true, false, spec);
        m_helper.setHandler(ocspResponder(setup.pki.leaf, setup.pki.intermediate,
                                          makeOcspResponse(setup.pki.leaf, setup.pki.intermediate)));
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
    }

    void staleStaple()
    {
        const Setup setup = makeSetup(m_helper, false, false);
        OcspResponseSpec spec;
        spec.thisUpdate = QDateTime::currentDateTimeUtc().addDays(-9);
        spec.nextUpdate = QDateTime::currentDateTimeUtc().addDays(-2);
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate, spec));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("ocsp-staple-invalid")});
        const hd::Finding *finding = result.finding(QStringLiteral("ocsp-staple-invalid"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->facts.value(QStringLiteral("problem")).toString(), QStringLiteral("stale"));
        QVERIFY(hd::CauseCatalogue::render(*finding).evidence.first().contains(QLatin1String("out of date")));
    }

    // Revocation sources are slow or down all the time: that must cost little time and
    // never turn a good server into a failure.
    void slowSourcesDoNotHurt()
    {
        HttpTestServer slow;
        QVERIFY(slow.start());
        slow.setDelayMs(20000);
        const Setup setup = makeSetup(slow, true, true);
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revocation-unreachable")});
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        const hd::Finding *finding = result.finding(QStringLiteral("revocation-unreachable"));
        QCOMPARE(finding->severity, hd::Severity::Info);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Network);
        const QVariantList sources = finding->facts.value(QStringLiteral("sources")).toList();
        QCOMPARE(sources.size(), 2);
        for (const QVariant &source : sources)
            QCOMPARE(source.toMap().value(QStringLiteral("problem")).toString(), QStringLiteral("timeout"));
        // Both sources at once, 3 s each at most, on top of a fast handshake.
        QVERIFY2(elapsed < 5500, qPrintable(QString::number(elapsed)));
        QVERIFY(elapsed >= 2900);
    }

    // Every certificate's sources at once: the leaf's on one slow host, the intermediate's
    // on another, all within one download's budget; unreachable is never a failure.
    void slowChainSourcesInParallel()
    {
        HttpTestServer slowLeafHost;
        HttpTestServer slowRootHost;
        QVERIFY(slowLeafHost.start() && slowRootHost.start());
        slowLeafHost.setDelayMs(20000);
        slowRootHost.setDelayMs(20000);
        CertSpec leaf;
        leaf.ocspUrl = slowLeafHost.url("/ocsp");
        leaf.crlUrl = slowLeafHost.url("/leaf.crl");
        CertSpec sources;
        sources.ocspUrl = slowRootHost.url("/ocsp");
        sources.crlUrl = slowRootHost.url("/root.crl");
        const TestPki pki = makePki({kHost}, leaf, sources);
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = serve(pki, makeOcspResponse(pki.leaf, pki.intermediate));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revocation-unreachable")});
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        const hd::Finding *finding = result.finding(QStringLiteral("revocation-unreachable"));
        QCOMPARE(finding->facts.value(QStringLiteral("sources")).toList().size(), 4);
        QCOMPARE(finding->certificates, (QStringList{result.builtChain[0].sha256Fingerprint, result.builtChain[1].sha256Fingerprint}));
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("for the intermediate certificate “%1”").arg(pki.intermediate.commonName())), qPrintable(en));
        QVERIFY2(elapsed < 5500, qPrintable(QString::number(elapsed)));
    }

    void unusableSources_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<hd::FixedBy>("fixedBy");
        QTest::newRow("responder error page") << "ocsp-500" << "http-500" << hd::FixedBy::Server;
        QTest::newRow("responder garbage") << "ocsp-garbage" << "malformed" << hd::FixedBy::Server;
        QTest::newRow("responder down") << "ocsp-refused" << "refused" << hd::FixedBy::Network;
        QTest::newRow("CRL signed with another key") << "crl-forged" << "bad-signature" << hd::FixedBy::Server;
        QTest::newRow("CRL too large") << "crl-huge" << "too-large" << hd::FixedBy::Server;
    }

    void unusableSources()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        QFETCH(hd::FixedBy, fixedBy);
        const bool ocsp = kind.startsWith(QLatin1String("ocsp"));
        Setup setup = makeSetup(m_helper, ocsp, !ocsp);
        if (kind == QLatin1String("ocsp-refused")) {
            CertSpec leaf;
            leaf.ocspUrl = setup.ocspUrl = QStringLiteral("http://127.0.0.1:1/ocsp"); // nothing listens on port 1
            setup.pki = makePki({kHost}, leaf);
        }
        if (kind == QLatin1String("ocsp-500")) {
            m_helper.setHandler([](const QByteArray &, const QByteArray &, const QByteArray &) {
                return httpResponse(500, "Internal Server Error", "text/html", "<h1>oops</h1>");
            });
        } else if (kind == QLatin1String("ocsp-garbage")) {
            m_helper.setHandler([](const QByteArray &, const QByteArray &, const QByteArray &) {
                return httpResponse(200, "OK", "application/ocsp-response", QByteArray(777, '\x30'));
            });
        } else if (kind == QLatin1String("crl-forged")) {
            // Same issuer name as the real one (makePki always uses it), another key.
            const TestPki other = makePki({QStringLiteral("other.example.test")});
            m_helper.setRoute(QUrl(setup.crlUrl).path().toLatin1(), "application/pkix-crl", makeCrl(other.intermediate));
        } else if (kind == QLatin1String("crl-huge")) {
            m_helper.setRoute(QUrl(setup.crlUrl).path().toLatin1(), "application/pkix-crl", QByteArray(5 * 1024 * 1024, '\x30'));
        }
        const hd::DiagnosisResult result = serve(setup.pki, makeOcspResponse(setup.pki.leaf, setup.pki.intermediate));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("revocation-unreachable")});
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        const hd::Finding *finding = result.finding(QStringLiteral("revocation-unreachable"));
        QCOMPARE(finding->fixedBy, fixedBy);
        const QVariantMap source = firstSource(finding);
        QCOMPARE(source.value(QStringLiteral("source")).toString(), ocsp ? QStringLiteral("ocsp") : QStringLiteral("crl"));
        QCOMPARE(source.value(QStringLiteral("problem")).toString(), problem);
        QCOMPARE(source.value(QStringLiteral("url")).toString(), ocsp ? setup.ocspUrl : setup.crlUrl);
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QVERIFY2(evidence.size() == 1 && evidence.first().contains(ocsp ? setup.ocspUrl : setup.crlUrl), qPrintable(evidence.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
