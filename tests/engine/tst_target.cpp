// What people type into the address box, including hostile input.
#include "Target.h"

#include <QtTest>

using hd::TargetError;

class TestTarget : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ipLiteral");
        QTest::newRow("bare host") << "example.com" << "example.com" << 443 << "/" << false;
        QTest::newRow("spaces around") << "  example.com \t" << "example.com" << 443 << "/" << false;
        QTest::newRow("full url") << "https://example.com:8443/path?q=1#frag" << "example.com" << 8443 << "/path?q=1" << false;
        QTest::newRow("upper case") << "HTTPS://WWW.Example.COM/" << "www.example.com" << 443 << "/" << false;
        QTest::newRow("http pasted") << "http://example.com/x" << "example.com" << 443 << "/x" << false;
        QTest::newRow("host:port") << "localhost:8443" << "localhost" << 8443 << "/" << false;
        QTest::newRow("trailing dot") << "example.com." << "example.com" << 443 << "/" << false;
        QTest::newRow("credentials dropped") << "https://user:pw@example.com/" << "example.com" << 443 << "/" << false;
        QTest::newRow("ipv4") << "192.0.2.1" << "192.0.2.1" << 443 << "/" << true;
        QTest::newRow("ipv4 port") << "https://192.0.2.1:444/" << "192.0.2.1" << 444 << "/" << true;
        QTest::newRow("ipv6 bracketed") << "[2001:db8::1]:443" << "2001:db8::1" << 443 << "/" << true;
        QTest::newRow("ipv6 url") << "https://[2001:db8::1]:8443/a" << "2001:db8::1" << 8443 << "/a" << true;
        QTest::newRow("ipv6 bare") << "2001:db8::1" << "2001:db8::1" << 443 << "/" << true;
        QTest::newRow("idn") << QString::fromUtf8("https://bücher.example/") << "xn--bcher-kva.example" << 443 << "/" << false;
        QTest::newRow("chinese idn") << QString::fromUtf8("中文.example") << "xn--fiq228c.example" << 443 << "/" << false;
        // RFC 6874: "%25" introduces the zone in a URI; a bare "%" as people type it.
        QTest::newRow("zone rfc 6874") << "[fe80::1%25eth0]" << "fe80::1%eth0" << 443 << "/" << true;
        QTest::newRow("zone rfc 6874 port") << "https://[::%25eth0]:8443/x" << "::%eth0" << 8443 << "/x" << true;
        QTest::newRow("zone percent-encoded") << "[fe80::1%25en%2D1]" << "fe80::1%en-1" << 443 << "/" << true;
        QTest::newRow("zone bare percent") << "[fe80::1%eth0]:444" << "fe80::1%eth0" << 444 << "/" << true;
        QTest::newRow("zone unbracketed") << "fe80::1%3" << "fe80::1%3" << 443 << "/" << true;
        QTest::newRow("imaps default port") << "imaps://mail.example.com" << "mail.example.com" << 993 << "/" << false;
        QTest::newRow("launcher link") << "handshake-doctor:https://intranet.example:8443/a" << "intranet.example" << 8443 << "/a" << false;
        QTest::newRow("launcher link, slashes") << "Handshake-Doctor://example.com" << "example.com" << 443 << "/" << false;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QFETCH(bool, ipLiteral);
        const hd::TargetParseResult result = hd::TargetParser::parse(input);
        QVERIFY2(result.ok(), qPrintable(hd::TargetParser::explain(result)));
        QCOMPARE(result.target.host, host);
        QCOMPARE(int(result.target.port), port);
        QCOMPARE(result.target.path, path);
        QCOMPARE(result.target.isIpLiteral, ipLiteral);
    }

    // Mail, directory and database schemes: their ports and the plain-text part before TLS;
    // a bare host:port takes the port's usual protocol and says it was assumed.
    void protocolSchemes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("upgrade");
        QTest::addColumn<bool>("fromPort");
        using P = hd::PlainProtocol;
        QTest::newRow("smtp") << "smtp://mail.example.com" << "smtp" << 25 << int(P::Smtp) << false;
        QTest::newRow("smtp submission") << "smtp://mail.example.com:587" << "smtp" << 587 << int(P::Smtp) << false;
        QTest::newRow("smtps") << "smtps://mail.example.com" << "smtps" << 465 << int(P::None) << false;
        QTest::newRow("imap") << "imap://mail.example.com" << "imap" << 143 << int(P::Imap) << false;
        QTest::newRow("imaps") << "imaps://mail.example.com" << "imaps" << 993 << int(P::None) << false;
        QTest::newRow("pop3") << "pop3://mail.example.com" << "pop3" << 110 << int(P::Pop3) << false;
        QTest::newRow("pop3s") << "pop3s://mail.example.com" << "pop3s" << 995 << int(P::None) << false;
        QTest::newRow("ftp") << "ftp://files.example.com" << "ftp" << 21 << int(P::Ftp) << false;
        QTest::newRow("ldap") << "ldap://dir.example.com" << "ldap" << 389 << int(P::Ldap) << false;
        QTest::newRow("ldaps") << "ldaps://dir.example.com" << "ldaps" << 636 << int(P::None) << false;
        QTest::newRow("xmpp") << "xmpp://chat.example.com" << "xmpp" << 5222 << int(P::Xmpp) << false;
        QTest::newRow("postgres") << "postgres://db.example.com" << "postgres" << 5432 << int(P::Postgres) << false;
        QTest::newRow("postgresql") << "postgresql://db.example.com/app" << "postgres" << 5432 << int(P::Postgres) << false;
        QTest::newRow("mysql") << "mysql://db.example.com" << "mysql" << 3306 << int(P::Mysql) << false;
        QTest::newRow("bare 993") << "mail.example.com:993" << "imaps" << 993 << int(P::None) << true;
        QTest::newRow("bare 25") << "mail.example.com:25" << "smtp" << 25 << int(P::Smtp) << true;
        QTest::newRow("bare 5432 ipv4") << "192.0.2.7:5432" << "postgres" << 5432 << int(P::Postgres) << true;
        QTest::newRow("bare 389 ipv6") << "[2001:db8::1]:389" << "ldap" << 389 << int(P::Ldap) << true;
        QTest::newRow("bare 8443 stays https") << "example.com:8443" << "https" << 8443 << int(P::None) << false;
        QTest::newRow("typed scheme wins") << "https://example.com:993" << "https" << 993 << int(P::None) << false;
    }

    void protocolSchemes()
    {
        QFETCH(QString, input);
        QFETCH(QString, scheme);
        QFETCH(int, port);
        QFETCH(int, upgrade);
        QFETCH(bool, fromPort);
        const hd::TargetParseResult result = hd::TargetParser::parse(input);
        QVERIFY2(result.ok(), qPrintable(hd::TargetParser::explain(result)));
        QCOMPARE(result.target.scheme, scheme);
        QCOMPARE(int(result.target.port), port);
        QCOMPARE(int(result.target.upgrade), upgrade);
        QCOMPARE(result.target.schemeFromPort, fromPort);
        QCOMPARE(result.target.speaksHttp(), scheme == QLatin1String("https"));
    }

    void schemeCounterparts()
    {
        QCOMPARE(hd::TargetParser::counterpart(QStringLiteral("smtps")).scheme, QStringLiteral("smtp"));
        QCOMPARE(int(hd::TargetParser::counterpart(QStringLiteral("smtp")).port), 465);
        QCOMPARE(hd::TargetParser::counterpart(QStringLiteral("imaps")).scheme, QStringLiteral("imap"));
        QCOMPARE(hd::TargetParser::counterpart(QStringLiteral("ldap")).scheme, QStringLiteral("ldaps"));
        QVERIFY(hd::TargetParser::counterpart(QStringLiteral("https")).scheme.isEmpty());
        QVERIFY(hd::TargetParser::counterpart(QStringLiteral("mysql")).scheme.isEmpty());
    }

    void displayHostKeepsUnicode()
    {
        const hd::TargetParseResult result = hd::TargetParser::parse(QString::fromUtf8("bücher.example"));
        QCOMPARE(result.target.displayHost, QString::fromUtf8("bücher.example"));
        QCOMPARE(hd::TargetParser::parse(QStringLiteral("[2001:db8::1]:8443")).target.authority(),
                 QStringLiteral("[2001:db8::1]:8443"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << "" << int(TargetError::Empty);
        QTest::newRow("only spaces") << "   " << int(TargetError::Empty);
        QTest::newRow("inner space") << "exa mple.com" << int(TargetError::BadCharacters);
        QTest::newRow("control char") << QStringLiteral("example.com\x01") << int(TargetError::BadCharacters);
        QTest::newRow("newline injection") << QStringLiteral("example.com\r\nHost: evil") << int(TargetError::BadCharacters);
        QTest::newRow("javascript") << "javascript:alert(1)" << int(TargetError::UnsupportedScheme);
        QTest::newRow("mailto") << "mailto:someone@example.com" << int(TargetError::UnsupportedScheme);
        QTest::newRow("gopher") << "gopher://example.com" << int(TargetError::UnsupportedScheme);
        QTest::newRow("file") << "file:///etc/passwd" << int(TargetError::UnsupportedScheme);
        QTest::newRow("port zero") << "example.com:0" << int(TargetError::BadPort);
        QTest::newRow("port too big") << "example.com:65536" << int(TargetError::BadPort);
        QTest::newRow("port not a number") << "example.com:https" << int(TargetError::BadPort);
        QTest::newRow("port negative") << "example.com:-1" << int(TargetError::BadPort);
        QTest::newRow("port huge") << "example.com:99999999999999999999" << int(TargetError::BadPort);
        QTest::newRow("empty port") << "example.com:" << int(TargetError::BadPort);
        QTest::newRow("bad ipv6") << "[2001:db8::zz]:443" << int(TargetError::BadIpv6);
        QTest::newRow("unclosed bracket") << "[2001:db8::1" << int(TargetError::BadIpv6);
        QTest::newRow("ipv4 in brackets") << "[192.0.2.1]" << int(TargetError::BadIpv6);
        QTest::newRow("ipv6 bad port") << "[::1]:99999" << int(TargetError::BadPort);
        QTest::newRow("bare bad ipv6") << "1:2:3:4:5:6:7:8:9" << int(TargetError::BadIpv6);
        QTest::newRow("zone with brackets") << "::%1][]" << int(TargetError::BadZoneId);
        QTest::newRow("zone swallowing the port") << "https://::1%x:9401/" << int(TargetError::BadZoneId);
        QTest::newRow("zone empty") << "[fe80::1%]" << int(TargetError::BadZoneId);
        QTest::newRow("zone empty rfc 6874") << "[fe80::1%25]" << int(TargetError::BadZoneId);
        QTest::newRow("zone with colon") << "[fe80::1%25a:b]" << int(TargetError::BadZoneId);
        QTest::newRow("zone encoding a bracket") << "[fe80::1%25a%5D]" << int(TargetError::BadZoneId);
        QTest::newRow("zone bad encoding") << "[fe80::1%25a%zz]" << int(TargetError::BadZoneId);
        QTest::newRow("zone after text") << "[fe80::1%25eth0]x" << int(TargetError::BadPort);
        QTest::newRow("5000 characters") << QString(5000, QLatin1Char('a')) << int(TargetError::NameTooLong);
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << int(TargetError::BadHostName);
        QTest::newRow("underscore only host") << "https://:443/" << int(TargetError::BadHostName);
        QTest::newRow("double dot") << "example..com" << int(TargetError::BadHostName);
        QTest::newRow("leading hyphen") << "-example.com" << int(TargetError::BadHostName);
        QTest::newRow("html") << "<script>alert(1)</script>" << int(TargetError::BadHostName);
        QTest::newRow("percent") << "exa%41mple.com" << int(TargetError::BadHostName);
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        const hd::TargetParseResult result = hd::TargetParser::parse(input);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error), error);
        const QString explanation = hd::TargetParser::explain(result);
        QVERIFY(!explanation.isEmpty());
        QVERIFY2(explanation.size() < 300, "explanations quote at most a short piece of the input");
    }
};

QTEST_GUILESS_MAIN(TestTarget)
#include "tst_target.moc"
