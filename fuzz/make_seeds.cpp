// Writes each fuzz target's seed corpus: real messages made by the program's own builders
// and tests/support (certificates, OCSP, CRL, hellos), plus the hostile cases the tests
// know. Seeds are made at build time, so no binary file is checked in.
//
//   hd-fuzz-seeds OUTPUT_DIR   -> OUTPUT_DIR/<target>/seed-N, and an empty OUTPUT_DIR/../corpus/<target>

#include "TestCertificates.h"
#include "TestCrl.h"
#include "TestOcsp.h"
#include "probes/ClientHelloBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

QByteArray u16(int v) { return QByteArray(1, char(v >> 8)) + char(v & 0xff); }
QByteArray u24(int v) { return QByteArray(1, char(v >> 16)) + u16(v); }
QByteArray extension(int type, const QByteArray &data) { return u16(type) + u16(int(data.size())) + data; }
QByteArray record(int type, const QByteArray &body) { return QByteArray(1, char(type)) + u16(0x0303) + u16(int(body.size())) + body; }
QByteArray handshake(int type, const QByteArray &body) { return QByteArray(1, char(type)) + u24(int(body.size())) + body; }

QByteArray serverHello(int suite, bool tls13)
{
    QByteArray extensions;
    if (tls13)
        extensions = extension(43, u16(0x0304)) + extension(51, u16(29) + u16(32) + QByteArray(32, 'k'));
    const QByteArray body = u16(0x0303) + QByteArray(32, 'r') + QByteArray(1, 0) + u16(suite) + QByteArray(1, 0)
                            + u16(int(extensions.size())) + extensions;
    return handshake(2, body);
}

QByteArray certificateMessage(const QList<QByteArray> &ders, bool tls13)
{
    QByteArray list;
    for (const QByteArray &der : ders)
        list += u24(int(der.size())) + der + (tls13 ? u16(0) : QByteArray());
    return handshake(11, (tls13 ? QByteArray(1, 0) : QByteArray()) + u24(int(list.size())) + list);
}

bool writeSeeds(const QDir &out, const char *target, const QList<QByteArray> &seeds)
{
    if (!out.mkpath(QLatin1String(target)) || !out.mkpath(QStringLiteral("../corpus/%1").arg(QLatin1String(target))))
        return false;
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        QFile file(out.filePath(QStringLiteral("%1/seed-%2").arg(QLatin1String(target)).arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(seeds[i]) != seeds[i].size())
            return false;
    }
    return true;
}

// fuzz_starttls's input: the protocol (0 SMTP ... 7 MySQL), then the server's replies in
// slices of up to 97 bytes, each after a byte that gives its length less one.
QByteArray plainSeed(int protocol, const QList<QByteArray> &replies)
{
    QByteArray seed(1, char(protocol));
    for (const QByteArray &reply : replies) {
        for (qsizetype at = 0; at < reply.size(); at += 97) {
            const QByteArray slice = reply.mid(at, 97);
            seed += char(slice.size() - 1) + slice;
        }
    }
    return seed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: hd-fuzz-seeds OUTPUT_DIR\n");
        return 64;
    }
    const QDir out(app.arguments().at(1));
    const testsupport::TestPki pki = testsupport::makePki({QStringLiteral("fuzz.example.test")});
    testsupport::CertSpec hostileSpec;
    hostileSpec.commonName = QStringLiteral("<b>x</b>\u202Egro.elpmaxe\nFAKE");
    hostileSpec.dnsNames = {QStringLiteral("*.example.test"), QStringLiteral("a\nb")};
    hostileSpec.ipAddresses = {QStringLiteral("::1")};
    hostileSpec.aiaCaIssuersUrl = QStringLiteral("http://127.0.0.1/ca.cer");
    hostileSpec.ocspUrl = QStringLiteral("http://127.0.0.1/ocsp");
    hostileSpec.crlUrl = QStringLiteral("http://127.0.0.1/ca.crl");
    const testsupport::TestCertificate hostile = testsupport::issueCertificate(hostileSpec, pki.intermediate);
    if (pki.leaf.isNull() || hostile.isNull())
        return 1;

    const QByteArray clientHello = hd::buildClientHello({0x0303, {0xc02f, 0x1301, 0x0035}, QStringLiteral("fuzz.example.test")});
    const QByteArray ssl3Hello = hd::buildClientHello({0x0300, {0x000a}, QString()});
    const QByteArray alert = record(21, QByteArray("\x02\x28", 2));

    testsupport::OcspResponseSpec revoked;
    revoked.status = testsupport::OcspResponseSpec::Status::Revoked;
    testsupport::CrlSpec crl;
    crl.revoked = {{pki.leaf, {}, 1}};
    crl.fillerEntries = 3;

    const bool ok =
        writeSeeds(out, "target", {"example.com", "https://bücher.example:8443/pfad?q=1#x", "[2001:db8::1]:443",
                                   "[fe80::1%25eth0]:8443", "::%1][]", "https://::1%x:9401/", "192.0.2.1:444",
                                   "user:pw@example.com", "imaps://mail.example.com", "example.com:443:[2001:db8::1]"})
        && writeSeeds(out, "hello", {clientHello.mid(5), ssl3Hello.mid(5), serverHello(0xc02f, false), serverHello(0x1301, true),
                                     certificateMessage({pki.leaf.der(), pki.intermediate.der()}, false),
                                     certificateMessage({hostile.der()}, true)})
        && writeSeeds(out, "hello_answer", {record(22, serverHello(0xc02f, false)) + record(22, handshake(14, {})),
                                            record(22, serverHello(0x1301, true)), alert, QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n"),
                                            record(22, serverHello(0x0033, false) + handshake(12, u16(128) + QByteArray(128, 'p')))})
        && writeSeeds(out, "http", {"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody",
                                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n",
                                    "HTTP/1.1 301 Moved\r\nLocation: https://x/\r\nStrict-Transport-Security: max-age=1\r\n\r\n",
                                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7ffffffffffffff0\r\nab\r\n0\r\n\r\n",
                                    "HTTP/1.1 200 <img src=\"/dev/zero\">\r\n\r\n"})
        && writeSeeds(out, "headers", {"max-age=31536000; includeSubDomains; preload", "max-age=\"0\"", "MAX-AGE=1;;",
                                       "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"})
        && writeSeeds(out, "mixed_content", {"<html><head><script src=\"http://cdn.example/app.js\"></script>"
                                             "<link rel=stylesheet href='http://x/s.css'></head><body><img src=http://x/i.png>"
                                             "<iframe src=\"http://x/f\"></iframe><form action=\"http://x/post\"></form></body></html>",
                                             "<!-- <script src=\"http://x/a.js\"> --><img src=\"http://x/\u202Egnp.exe\">",
                                             "<video><source src=\"http://x/v.mp4\"></video><object data=\"http://x/o\">"})
        && writeSeeds(out, "certificate", {pki.leaf.der(), pki.leaf.pem() + pki.intermediate.pem(), hostile.der(), hostile.pem()})
        && writeSeeds(out, "revocation", {testsupport::makeOcspResponse(pki.leaf, pki.intermediate),
                                          testsupport::makeOcspResponse(pki.leaf, pki.intermediate, revoked),
                                          testsupport::makeCrl(pki.intermediate, crl)})
        && writeSeeds(out, "starttls",
                      {plainSeed(0, {"220 mail.test ESMTP\r\n", "250-mail.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n", "220 Ready\r\n"}),
                       plainSeed(1, {"* OK ready\r\n", "* CAPABILITY IMAP4rev1 STARTTLS\r\na1 OK done\r\n", "a2 OK go\r\n"}),
                       plainSeed(2, {"+OK ready\r\n", "+OK\r\nSTLS\r\n.\r\n", "+OK go\r\n"}),
                       plainSeed(3, {"220 ftp\r\n", "211-Features:\r\n AUTH TLS\r\n211 End\r\n", "234 go\r\n"}),
                       plainSeed(4, {QByteArray("\x30\x0c\x02\x01\x01\x78\x07\x0a\x01\x00\x04\x00\x04\x00", 14)}),
                       plainSeed(5, {"<stream:stream><stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>",
                                     "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"}),
                       plainSeed(6, {"S"}),
                       plainSeed(7, {QByteArray("\x34\x00\x00\x00\x0a" "8.0.36\0\x01\x00\x00\x00" "abcdefgh\0\xff\xff\x2d\x02\x00\xff\xdf"
                                                "\x15\0\0\0\0\0\0\0\0\0\0" "ijklmnopqrst\0", 56)})})
        && writeSeeds(out, "hostname", {"www.example.com\n*.example.com", "example.com\n*.com", "a.b.example.com\n*.example.com",
                                        "xn--bcher-kva.example\nXN--BCHER-KVA.example", "127.0.0.1\n127.0.0.1"});
    if (!ok) {
        std::fprintf(stderr, "hd-fuzz-seeds: cannot write under %s\n", qPrintable(out.path()));
        return 1;
    }
    return 0;
}
