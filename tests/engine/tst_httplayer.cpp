// What the page says over the secure connection: HSTS, and subresources over http://.
#include "HttpMessages.h"
#include "ScenarioRunner.h"

#include "CauseCatalogue.h"
#include "StepDescriber.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("news.example.test");
const QByteArray kHsts = "Strict-Transport-Security: max-age=31536000\r\n";

const hd::TimelineStep *httpStep(const hd::DiagnosisResult &result)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Http)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestHttpLayer : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult serve(const QByteArray &response)
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        config.httpResponse = response;
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), kHost, {m_pki.root});
    }

    hd::DiagnosisResult servePage(const QByteArray &html)
    {
        return serve(httpResponse(200, "OK", "text/html; charset=utf-8", html, kHsts));
    }

    static QByteArray redirect(int status, const QByteArray &location)
    {
        return httpResponse(status, status == 301 ? "Moved Permanently" : "Found", "text/html", "<p>moved</p>",
                            kHsts + "Location: " + location + "\r\n");
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    void hstsMissing()
    {
        const hd::DiagnosisResult result = serve(httpResponse(200, "OK", "text/html", "<p>hi</p>"));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("hsts-missing")});
        const hd::Finding *finding = result.finding(QStringLiteral("hsts-missing"));
        QCOMPARE(finding->severity, hd::Severity::Info);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("problem")).toString(), QStringLiteral("absent"));
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        QVERIFY(hd::CauseCatalogue::render(*finding).evidence.first().contains(QLatin1String("HTTP/1.1 200 OK")));
    }

    void hstsIneffective_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no max-age") << QByteArray("includeSubDomains") << QStringLiteral("invalid");
        QTest::newRow("garbage") << QByteArray(3000, 'x') << QStringLiteral("invalid");
    }

    void hstsIneffective()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, problem);
        const hd::DiagnosisResult result
            = serve(httpResponse(200, "OK", "text/html", "<p>hi</p>", "Strict-Transport-Security: " + header + "\r\n"));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("hsts-missing")});
        const hd::Finding *finding = result.finding(QStringLiteral("hsts-missing"));
        QCOMPARE(finding->facts.value(QStringLiteral("problem")).toString(), problem);
        QVERIFY(finding->facts.value(QStringLiteral("header")).toString().size() <= 200);
    }

    void hstsWeak_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("max-age=0") << QByteArray("max-age=0; includeSubDomains") << QStringLiteral("max-age-zero")
                                   << QStringLiteral("has max-age=0, which tells browsers to forget the policy")
                                   << QStringLiteral("max-age=0");
        QTest::newRow("one day") << QByteArray("max-age=\"86400\"") << QStringLiteral("too-short")
                                 << QStringLiteral("protects the site for only 1 day (max-age=86400); at least 180 days are needed")
                                 << QStringLiteral("1 天");
        QTest::newRow("just under 180 days") << QByteArray("max-age=15551999") << QStringLiteral("too-short")
                                             << QStringLiteral("for only 179 days (max-age=15551999)")
                                             << QStringLiteral("179 天");
    }

    void hstsWeak()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, problem);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const hd::DiagnosisResult result
            = serve(httpResponse(200, "OK", "text/html", "<p>hi</p>", "Strict-Transport-Security: " + header + "\r\n"));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("hsts-weak")});
        const hd::Finding *finding = result.finding(QStringLiteral("hsts-weak"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("problem")).toString(), problem);
        QCOMPARE(result.verdict(), hd::Verdict::Warning);
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(english) && en.contains(QString::fromLatin1(header)), qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(chinese) && zh != en && !zh.contains(QLatin1String("browsers")), qPrintable(zh));
    }

    // Healthy look-alikes: exactly 180 days, and a long policy with extra directives.
    void hstsLongEnoughIsClean_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("180 days") << QByteArray("max-age=15552000");
        QTest::newRow("two years, preload") << QByteArray("preload; max-age=63072000; includeSubDomains");
    }

    void hstsLongEnoughIsClean()
    {
        QFETCH(QByteArray, header);
        const hd::DiagnosisResult result
            = serve(httpResponse(200, "OK", "text/html", "<p>hi</p>", "Strict-Transport-Security: " + header + "\r\n"));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
    }

    void hstsDetailsOnTheTimeline()
    {
        const hd::DiagnosisResult result = serve(httpResponse(200, "OK", "text/html", "<p>hi</p>",
                                                              "Strict-Transport-Security: max-age=63072000; includeSubDomains; preload\r\n"));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        const hd::TimelineStep *step = httpStep(result);
        QVERIFY(step);
        const QVariantMap hsts = step->facts.value(QStringLiteral("hsts")).toMap();
        QCOMPARE(hsts.value(QStringLiteral("maxAge")).toLongLong(), 63072000);
        QVERIFY(hsts.value(QStringLiteral("includeSubDomains")).toBool());
        QVERIFY(hsts.value(QStringLiteral("preload")).toBool());
        const QString detail = hd::StepDescriber::describe(*step).detail;
        QVERIFY2(detail.contains(QLatin1String("730 day")) && detail.contains(QLatin1String("preload")), qPrintable(detail));
    }

    // Two ways: straight to http:// on the same host, and to http:// on another host after
    // an https:// hop to a third server, whose TLS is checked on the way.
    void downgradeRedirect_data()
    {
        QTest::addColumn<bool>("viaOtherServer");
        QTest::newRow("same host") << false;
        QTest::newRow("other host, second hop") << true;
    }

    void downgradeRedirect()
    {
        QFETCH(bool, viaOtherServer);
        TlsTestServer::Config otherConfig;
        CertSpec ipSpec;
        ipSpec.commonName = QStringLiteral("127.0.0.1");
        ipSpec.ipAddresses = {QStringLiteral("127.0.0.1")};
        otherConfig.chain = {issueCertificate(ipSpec, m_pki.intermediate), m_pki.intermediate};
        otherConfig.httpResponse = redirect(301, "http://plain.example.test/welcome");
        auto other = m_runner.startServer(otherConfig);
        QVERIFY(other);
        const QByteArray hop = QStringLiteral("https://127.0.0.1:%1/next").arg(other->port()).toLatin1();
        const QByteArray first = viaOtherServer ? hop : QByteArray("http://news.example.test/login");
        const hd::DiagnosisResult result = serve(redirect(302, first));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("https-downgrade-redirect")});
        const hd::Finding *finding = result.finding(QStringLiteral("https-downgrade-redirect"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("hop")).toInt(), viaOtherServer ? 2 : 1);
        QCOMPARE(finding->facts.value(QStringLiteral("otherHost")).toBool(), viaOtherServer);
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        QCOMPARE(other->acceptedConnections(), viaOtherServer ? 1 : 0);

        QList<const hd::TimelineStep *> hops;
        for (const hd::TimelineStep &step : result.timeline) {
            if (step.kind == hd::TimelineStep::Kind::Http && step.name == QLatin1String("redirect"))
                hops << &step;
        }
        QCOMPARE(hops.size(), viaOtherServer ? 2 : 1);
        QCOMPARE(hops.last()->status, hd::TimelineStep::Status::Failed);
        QVERIFY2(hd::StepDescriber::describe(*hops.last()).detail.endsWith(QLatin1String("leaves HTTPS")),
                 qPrintable(hd::StepDescriber::describe(*hops.last()).detail));
        if (viaOtherServer) {
            QCOMPARE(hops.first()->status, hd::TimelineStep::Status::Ok);
            QCOMPARE(hops.first()->facts.value(QStringLiteral("answer")).toString(), QStringLiteral("HTTP/1.1 301 Moved Permanently"));
        }

        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        const QString from = viaOtherServer ? QString::fromLatin1(hop) : QStringLiteral("https://news.example.test:%1/").arg(result.target.port);
        const QString to = viaOtherServer ? QStringLiteral("http://plain.example.test/welcome") : QStringLiteral("http://news.example.test/login");
        QVERIFY2(en.contains(QStringLiteral("The redirects leave HTTPS at redirect %1: %2 answers").arg(viaOtherServer ? 2 : 1).arg(from))
                     && en.contains(QStringLiteral("unencrypted address %1.").arg(to))
                     && en.contains(QLatin1String("on another host")) == viaOtherServer,
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(QStringLiteral("重定向在第 %1 次离开了 HTTPS").arg(viaOtherServer ? 2 : 1)) && zh.contains(to), qPrintable(zh));
    }

    // Healthy look-alikes: a redirect to another page of the same site, and one to another
    // HTTPS server whose certificate is good.
    void httpsRedirectsAreClean()
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        config.httpResponse = redirect(301, "/home");
        config.httpResponsesByPath.insert("/home", httpResponse(200, "OK", "text/html", "<p>home</p>", kHsts));
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult sameSite = m_runner.diagnose(server->port(), kHost, {m_pki.root});
        QVERIFY2(sameSite.findings.isEmpty(), qPrintable(describeFindings(sameSite)));
        const auto hop = std::find_if(sameSite.timeline.cbegin(), sameSite.timeline.cend(), [](const hd::TimelineStep &step) {
            return step.name == QLatin1String("redirect");
        });
        QVERIFY(hop != sameSite.timeline.cend());
        QCOMPARE(hop->status, hd::TimelineStep::Status::Ok);
        QCOMPARE(hop->facts.value(QStringLiteral("answer")).toString(), QStringLiteral("HTTP/1.1 200 OK"));

        TlsTestServer::Config otherConfig;
        CertSpec ipSpec;
        ipSpec.ipAddresses = {QStringLiteral("127.0.0.1")};
        otherConfig.chain = {issueCertificate(ipSpec, m_pki.intermediate), m_pki.intermediate};
        auto other = m_runner.startServer(otherConfig);
        QVERIFY(other);
        const hd::DiagnosisResult otherSite = serve(redirect(302, QStringLiteral("https://127.0.0.1:%1/").arg(other->port()).toLatin1()));
        QVERIFY2(otherSite.findings.isEmpty(), qPrintable(describeFindings(otherSite)));
        QCOMPARE(other->acceptedConnections(), 1);
        const auto otherHop = std::find_if(otherSite.timeline.cbegin(), otherSite.timeline.cend(), [](const hd::TimelineStep &step) {
            return step.name == QLatin1String("redirect");
        });
        QVERIFY(otherHop != otherSite.timeline.cend());
        QCOMPARE(otherHop->status, hd::TimelineStep::Status::Ok);
        QVERIFY(otherHop->facts.value(QStringLiteral("otherHost")).toBool());
    }

    void mixedContentActiveFirst()
    {
        const hd::DiagnosisResult result = servePage(
            "<html><head><link rel=stylesheet href=\"https://cdn.example/ok.css\">"
            "<link rel=\"stylesheet\" href=\"http://cdn.example/site.css\"></head><body>"
            "<img src=\"http://img.example/logo.png\"><img src=\"/local.png\">"
            "<script src=\"http://cdn.example/app.js\"></script>"
            "<iframe src=\"http://ads.example/frame\"></iframe>"
            "<video src=\"http://media.example/clip.mp4\"></video>"
            "<form action=\"http://news.example.test/login\"></form></body></html>");
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("mixed-content")});
        const hd::Finding *finding = result.finding(QStringLiteral("mixed-content"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("activeCount")).toInt(), 4);
        QCOMPARE(finding->facts.value(QStringLiteral("passiveCount")).toInt(), 2);
        QStringList listed;
        for (const QVariant &item : finding->facts.value(QStringLiteral("items")).toList())
            listed << item.toMap().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + item.toMap().value(QStringLiteral("url")).toString();
        QCOMPARE(listed, (QStringList{QStringLiteral("stylesheet http://cdn.example/site.css"), QStringLiteral("script http://cdn.example/app.js"),
                                      QStringLiteral("iframe http://ads.example/frame"), QStringLiteral("form http://news.example.test/login"),
                                      QStringLiteral("image http://img.example/logo.png"), QStringLiteral("video http://media.example/clip.mp4")}));
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QCOMPARE(evidence.size(), 7);
        QVERIFY2(evidence[0].contains(QLatin1String("6 resource")), qPrintable(evidence[0]));
        QVERIFY2(evidence[1].startsWith(QLatin1String("Blocked by browsers")), qPrintable(evidence[1]));
        QVERIFY2(evidence[4].startsWith(QLatin1String("Sent unencrypted")), qPrintable(evidence[4]));
        QVERIFY2(evidence[5].contains(QLatin1String("not secure")), qPrintable(evidence[5]));
    }

    void passiveMixedContentIsAWarning()
    {
        QByteArray html = "<html><body>";
        for (int i = 0; i < 25; ++i)
            html += "<img src=\"http://img.example/" + QByteArray::number(i) + ".png\">";
        const hd::DiagnosisResult result = servePage(html + "</body></html>");
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("mixed-content")});
        const hd::Finding *finding = result.finding(QStringLiteral("mixed-content"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(result.verdict(), hd::Verdict::Warning);
        QCOMPARE(finding->facts.value(QStringLiteral("items")).toList().size(), 10);
        QCOMPARE(finding->facts.value(QStringLiteral("more")).toInt(), 15);
        QVERIFY(hd::CauseCatalogue::render(*finding).evidence.last().contains(QLatin1String("15 more")));
    }

    void onlyHtmlIsScanned()
    {
        const hd::DiagnosisResult result
            = serve(httpResponse(200, "OK", "application/json", "{\"html\": \"<script src='http://x.example/a.js'></script>\"}", kHsts));
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
    }

    void hostilePageIsHandledQuickly()
    {
        QByteArray html = "<html><body><img src=\"http://img.example/first.png\"><!-- ";
        html += QByteArray("<script src='http://x/").repeated(60000) + QByteArray(600000, '<');
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = servePage(html);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("mixed-content")});
        QCOMPARE(result.finding(QStringLiteral("mixed-content"))->facts.value(QStringLiteral("passiveCount")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpLayer)
#include "tst_httplayer.moc"
