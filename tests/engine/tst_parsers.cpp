// Parsers of peer input: handshake messages and HTTP responses, fed hostile bytes.
#include "DiagnosisOptions.h"
#include "PlainText.h"
#include "http/HttpExchange.h"
#include "tls/HelloParser.h"
#include "tls/TlsNames.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

QByteArray u16(int v) { return QByteArray(1, char(v >> 8)) + char(v & 0xff); }
QByteArray u24(int v) { return QByteArray(1, char(v >> 16)) + u16(v); }

QByteArray extension(int type, const QByteArray &data) { return u16(type) + u16(int(data.size())) + data; }

QByteArray clientHello()
{
    const QByteArray sni = extension(0, u16(12) + '\0' + u16(9) + QByteArray("localhost"));
    const QByteArray versions = extension(43, QByteArray(1, 4) + u16(0x0304) + u16(0x0303));
    const QByteArray alpn = extension(16, u16(9) + QByteArray(1, 8) + QByteArray("http/1.1"));
    const QByteArray groups = extension(10, u16(4) + u16(29) + u16(23));
    const QByteArray extensions = sni + versions + alpn + groups;
    const QByteArray body = u16(0x0303) + QByteArray(32, 'r') + QByteArray(1, 0) + u16(4) + u16(0x1301) + u16(0xc02f)
                            + QByteArray(1, 1) + QByteArray(1, 0) + u16(int(extensions.size())) + extensions;
    return QByteArray(1, 1) + u24(int(body.size())) + body;
}

} // namespace

class TestParsers : public QObject
{
    Q_OBJECT

private slots:
    void clientHelloFields()
    {
        hd::tls::ClientHelloInfo info;
        QVERIFY(hd::tls::parseClientHello(clientHello(), &info));
        QCOMPARE(info.serverName, QStringLiteral("localhost"));
        QCOMPARE(info.supportedVersions, (QList<int>{0x0304, 0x0303}));
        QCOMPARE(info.alpn, QStringList{QStringLiteral("http/1.1")});
        QCOMPARE(info.cipherSuites, (QList<quint16>{0x1301, 0xc02f}));
        const QVariantMap facts = hd::tls::describe(info);
        QCOMPARE(facts.value(QStringLiteral("cipherSuites")).toStringList(),
                 (QStringList{QStringLiteral("TLS_AES_128_GCM_SHA256"), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")}));
        QCOMPARE(facts.value(QStringLiteral("groups")).toStringList(), (QStringList{QStringLiteral("x25519"), QStringLiteral("secp256r1")}));
    }

    void truncatedInputNeverCrashes()
    {
        const QByteArray hello = clientHello();
        for (int length = 0; length < hello.size(); ++length) {
            hd::tls::ClientHelloInfo info;
            hd::tls::ServerHelloInfo server;
            QVERIFY(!hd::tls::parseClientHello(hello.left(length), &info));
            hd::tls::parseServerHello(hello.left(length), &server);
            hd::tls::countCertificates(hello.left(length), true);
        }
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 3000; ++round) {
            QByteArray noise(int(random.bounded(200)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            if (!noise.isEmpty())
                noise[0] = char(1 + round % 2);
            hd::tls::ClientHelloInfo client;
            hd::tls::ServerHelloInfo server;
            hd::tls::parseClientHello(noise, &client);
            hd::tls::parseServerHello(noise, &server);
            hd::tls::countCertificates(noise, round % 2);
        }
    }

    void names()
    {
        QCOMPARE(hd::tls::alertName(112), QStringLiteral("unrecognized_name"));
        QCOMPARE(hd::tls::alertName(250), QStringLiteral("alert(250)"));
        QCOMPARE(hd::tls::versionName(0x0303), QStringLiteral("TLS 1.2"));
        QCOMPARE(hd::tls::cipherSuiteName(0xffff), QStringLiteral("0xffff"));
    }

    void httpResponse()
    {
        const hd::HttpResponse response = hd::HttpExchange::parse(
            "HTTP/1.1 301 Moved\r\nLocation: https://x/\r\nStrict-Transport-Security: max-age=1\r\n\r\nbody");
        QVERIFY(response.received);
        QCOMPARE(response.statusCode, 301);
        QCOMPARE(response.header("location"), QByteArray("https://x/"));
        QCOMPARE(response.body, QByteArray("body"));
    }

    void httpChunked()
    {
        const hd::HttpResponse response = hd::HttpExchange::parse(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n");
        QCOMPARE(response.body, QByteArray("Wikipedia"));
    }

    // pos + size overflowed for sizes near 2^63: undefined behaviour that the sanitizer
    // build stops on, and at -O0 a loop over the same bytes.
    void httpChunkSizeNearLimit()
    {
        const QByteArray rest("ab\r\n5\r\nhello\r\n0\r\n\r\n");
        const hd::HttpResponse response = hd::HttpExchange::parse(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7ffffffffffffff0\r\n" + rest);
        QCOMPARE(response.body, rest); // an incomplete first chunk: everything that came
    }

    // Server text in a line of a report: what could hide, reorder or break the line shows
    // as its code point.
    void plainTextShowsHiddenCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("lines");
        QTest::newRow("plain") << QStringLiteral("example.org") << QStringLiteral("example.org") << QStringLiteral("example.org");
        QTest::newRow("bidi override") << QStringLiteral("evil.\u202Egro.elpmaxe") << QStringLiteral("evil.⟨U+202E⟩gro.elpmaxe")
                                       << QStringLiteral("evil.⟨U+202E⟩gro.elpmaxe");
        QTest::newRow("newline") << QStringLiteral("a\nFAKE") << QStringLiteral("a⟨U+000A⟩FAKE") << QStringLiteral("a\nFAKE");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a⟨U+000D⟩b") << QStringLiteral("a⟨U+000D⟩b");
        QTest::newRow("terminal escape") << QStringLiteral("\x1b[2J") << QStringLiteral("⟨U+001B⟩[2J") << QStringLiteral("⟨U+001B⟩[2J");
        QTest::newRow("zero width space") << QStringLiteral("a\u200Bb") << QStringLiteral("a⟨U+200B⟩b") << QStringLiteral("a⟨U+200B⟩b");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a⟨U+2028⟩b") << QStringLiteral("a⟨U+2028⟩b");
        QTest::newRow("tag character") << QString::fromUcs4(U"a\U000E0041") << QStringLiteral("a⟨U+E0041⟩") << QStringLiteral("a⟨U+E0041⟩");
        QTest::newRow("emoji stays") << QString::fromUcs4(U"ok \U0001F600") << QString::fromUcs4(U"ok \U0001F600")
                                     << QString::fromUcs4(U"ok \U0001F600");
        QTest::newRow("chinese stays") << QStringLiteral("证书") << QStringLiteral("证书") << QStringLiteral("证书");
    }

    void plainTextShowsHiddenCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, line);
        QFETCH(QString, lines);
        QCOMPARE(hd::singleLine(text), line);
        QCOMPARE(hd::withoutHiddenCharacters(text), lines);
        QCOMPARE(hd::htmlLiteral(QStringLiteral("<b>") + text), QStringLiteral("&lt;b&gt;") + line);
    }

    void toolTipIsAlwaysLiteral()
    {
        const QString markup = QStringLiteral("200 <img src=\"/dev/zero\">");
        const QString tip = hd::toolTipLiteral(markup);
        QVERIFY(tip.startsWith(QStringLiteral("<p>"))); // a tag: Qt's tooltip takes it as rich text
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(tip.contains(markup.toHtmlEscaped()));
        QVERIFY(hd::toolTipLiteral(QString()).isEmpty());
    }

    void timeoutLimits_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("ms");
        QTest::newRow("default") << 10.0 << 10000;
        QTest::newRow("one millisecond") << 0.001 << 1;
        QTest::newRow("upper limit") << 600.0 << 600000;
        QTest::newRow("nan") << std::nan("") << -1;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << -1;
        QTest::newRow("1e-9") << 1e-9 << -1;
        QTest::newRow("0.0004") << 0.0004 << -1;
        QTest::newRow("zero") << 0.0 << -1;
        QTest::newRow("negative") << -5.0 << -1;
        QTest::newRow("above the limit") << 600.5 << -1;
        QTest::newRow("huge") << 1e300 << -1;
    }

    void timeoutLimits()
    {
        QFETCH(double, seconds);
        QFETCH(int, ms);
        QCOMPARE(hd::timeoutMsFromSeconds(seconds), ms);
    }

    void httpHostile_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("not http") << QByteArray("SSH-2.0-x\r\n\r\n");
        QTest::newRow("no header end") << QByteArray("HTTP/1.1 200 OK\r\nX: y");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("huge chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\nab");
        QTest::newRow("chunk size at the limit") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\nab\r\n0\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nab");
        QTest::newRow("empty") << QByteArray();
    }

    void httpHostile()
    {
        QFETCH(QByteArray, raw);
        const hd::HttpResponse response = hd::HttpExchange::parse(raw);
        QVERIFY(response.body.size() <= raw.size());
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
