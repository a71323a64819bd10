#include "TestScenarios.h"

#include "HttpMessages.h"
#include "TestCrl.h"
#include "TestOcsp.h"

#include <openssl/ssl.h>

#include <algorithm>

namespace testsupport {
namespace {

const QString kHostName = QStringLiteral("localhost");
const QString kOtherHostName = QStringLiteral("www.example.test");

struct ScenarioSetup {
    TlsTestServer::Config config;
    RunningScenario running;
    QString errorString;
};

struct Scenario {
    const char *name;
    const char *description;
    void (*build)(ScenarioSetup &setup);
};

// The leaf most scenarios start from: valid for "localhost" and 127.0.0.1.
CertSpec localhostLeaf()
{
    CertSpec leaf;
    leaf.ipAddresses = {QStringLiteral("127.0.0.1")};
    return leaf;
}

CertSpec otherHostLeaf()
{
    CertSpec leaf;
    leaf.dnsNames = {kOtherHostName};
    return leaf;
}

// A root that signed nothing the server sends: what the client trusts when the served
// chain must not verify.
TestCertificate unrelatedRoot()
{
    CertSpec spec;
    spec.commonName = QStringLiteral("Handshake Doctor Unrelated Test Root CA");
    spec.isCa = true;
    spec.notAfter = QDateTime::currentDateTimeUtc().addYears(10);
    return issueCertificate(spec);
}

// Root -> intermediate -> leaf; the server sends leaf + intermediate, the client trusts the root.
TestPki servePki(ScenarioSetup &setup, const CertSpec &leaf = localhostLeaf())
{
    const TestPki pki = makePki({kHostName}, leaf);
    setup.config.chain = {pki.leaf, pki.intermediate};
    setup.running.trustedRoot = pki.root;
    return pki;
}

void serveWithBehavior(ScenarioSetup &setup, TlsTestServer::Behavior behavior)
{
    servePki(setup);
    setup.config.behavior = behavior;
}

void serveStartTls(ScenarioSetup &setup, StartTlsVariant variant)
{
    servePki(setup);
    setup.config.startTls = StartTlsProtocol::Smtp;
    setup.config.startTlsVariant = variant;
}

void serveLeafChange(ScenarioSetup &setup, void (*change)(CertSpec &leaf))
{
    CertSpec leaf = localhostLeaf();
    change(leaf);
    servePki(setup, leaf);
}

void serveSelfSigned(ScenarioSetup &setup)
{
    CertSpec spec = localhostLeaf();
    spec.commonName = kHostName;
    spec.dnsNames = {kHostName};
    setup.config.chain = {issueCertificate(spec)};
    setup.running.trustedRoot = unrelatedRoot();
}

void serveUntrustedRoot(ScenarioSetup &setup)
{
    const TestPki pki = servePki(setup);
    // Sending the root too makes the verdict "a root you do not trust", not "chain incomplete".
    setup.config.chain.append(pki.root);
    setup.running.trustedRoot = unrelatedRoot();
}

void serveIncompleteChain(ScenarioSetup &setup)
{
    const QByteArray intermediatePath = "/intermediate.cer";
    setup.running.helper = std::make_unique<HttpTestServer>();
    if (!setup.running.helper->start()) {
        setup.errorString = setup.running.helper->errorString();
        return;
    }
    CertSpec leaf = localhostLeaf();
    leaf.aiaCaIssuersUrl = setup.running.helper->url(intermediatePath);
    const TestPki pki = servePki(setup, leaf);
    setup.config.chain = {pki.leaf};
    setup.running.helper->setRoute(intermediatePath, "application/pkix-cert", pki.intermediate.der());
}

void serveClientCertRequired(ScenarioSetup &setup)
{
    const TestPki pki = servePki(setup);
    setup.config.requireClientCertificate = true;
    CertSpec client;
    client.commonName = QStringLiteral("Handshake Doctor Test Client");
    client.extendedKeyUsage = {QStringLiteral("clientAuth")};
    const TestCertificate clientCert = issueCertificate(client, pki.intermediate);
    setup.running.clientFiles.insert(QStringLiteral("client.pem"), pemBundle({clientCert, pki.intermediate}));
    setup.running.clientFiles.insert(QStringLiteral("client-key.pem"), clientCert.privateKeyPem());
}

void serveWeakDh(ScenarioSetup &setup)
{
    CertSpec leaf = localhostLeaf();
    // Finite-field DHE suites all authenticate with RSA.
    leaf.key = {KeySpec::Type::Rsa, 2048};
    servePki(setup, leaf);
    setup.config.dhBits = 1024;
    setup.config.maxProtocol = TLS1_2_VERSION;
    setup.config.cipherList = "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA";
}

// An old server in the style of a neglected appliance: several protocol-level problems at once.
void serveOldTls(ScenarioSetup &setup)
{
    CertSpec leaf = localhostLeaf();
    leaf.key = {KeySpec::Type::Rsa, 2048};
    servePki(setup, leaf);
    setup.config.maxProtocol = TLS1_1_VERSION;
    setup.config.cipherList = "AES128-SHA:DHE-RSA-AES128-SHA:AES256-SHA";
    setup.config.preferServerCiphers = true;
    setup.config.dhBits = 1024;
}

void serveRevokedStaple(ScenarioSetup &setup)
{
    const TestPki pki = servePki(setup);
    OcspResponseSpec ocsp;
    ocsp.status = OcspResponseSpec::Status::Revoked;
    setup.config.ocspStapleDer = makeOcspResponse(pki.leaf, pki.intermediate, ocsp);
}

// The root's revocation list, served by the helper, lists the intermediate: every site
// under that intermediate fails, this one's own certificate is fine.
void serveRevokedIntermediate(ScenarioSetup &setup)
{
    const QByteArray crlPath = "/root.crl";
    setup.running.helper = std::make_unique<HttpTestServer>();
    if (!setup.running.helper->start()) {
        setup.errorString = setup.running.helper->errorString();
        return;
    }
    CertSpec sources;
    sources.crlUrl = setup.running.helper->url(crlPath);
    const TestPki pki = makePki({kHostName}, localhostLeaf(), sources);
    setup.config.chain = {pki.leaf, pki.intermediate};
    setup.running.trustedRoot = pki.root;
    CrlSpec crl;
    crl.revoked = {{pki.intermediate, QDateTime::currentDateTimeUtc().addDays(-2), 1}};
    setup.running.helper->setRoute(crlPath, "application/pkix-crl", makeCrl(pki.root, crl));
}

// localhost gets its certificate only when it is asked for by name (SNI).
void serveSniRequired(ScenarioSetup &setup)
{
    const TestPki pki = servePki(setup);
    setup.config.chainsByServerName.insert(kHostName, setup.config.chain);
    CertSpec other = otherHostLeaf();
    other.commonName = kOtherHostName;
    setup.config.chain = {issueCertificate(other, pki.intermediate), pki.intermediate};
}

void serveMixedContent(ScenarioSetup &setup)
{
    servePki(setup);
    setup.config.httpResponse = httpResponse(
        200, "OK", "text/html; charset=utf-8",
        "<!DOCTYPE html>\n<html><head><script src=\"http://cdn.example.test/app.js\"></script></head>"
        "<body><img src=\"http://img.example.test/logo.png\"></body></html>\n",
        "Strict-Transport-Security: max-age=31536000\r\n");
}

// Markup, bidi overrides, line breaks and 5,000-character fields wherever the server
// chooses the text: certificate names, the AIA URL, the status line, headers, the page.
void serveHostileText(ScenarioSetup &setup)
{
    CertSpec leaf;
    leaf.commonName = hostile::kMarkup + hostile::kBidiName;
    leaf.organization = hostile::kLongName;
    leaf.dnsNames = {hostile::kNewlineName, hostile::kBidiName, hostile::kMarkup.toLower().remove(QLatin1Char(' ')), hostile::kLongName};
    leaf.aiaCaIssuersUrl = QStringLiteral("http://127.0.0.1:9/<b>aia</b>\u202Etxt.exe");
    servePki(setup, leaf);
    const QByteArray body = "<!DOCTYPE html>\n<html><body><img src=\"" + hostile::kBidiUrl.toUtf8() + "\"></body></html>\n";
    setup.config.httpResponse = "HTTP/1.1 200 " + hostile::kMarkup.toUtf8() + "\r\n"
                                "Content-Type: text/html; charset=utf-8\r\n"
                                "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                                "Strict-Transport-Security: <b>max-age=1</b>\u202E\r\n"
                                "Connection: close\r\n\r\n" + body;
}

const Scenario kScenarios[] = {
    {"healthy", "valid chain for localhost and 127.0.0.1; sends leaf + intermediate",
     [](ScenarioSetup &s) { servePki(s); }},
    {"expired", "leaf expired 3 days ago",
     [](ScenarioSetup &s) {
         serveLeafChange(s, [](CertSpec &leaf) { leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(-3); });
     }},
    {"not-yet-valid", "leaf valid from 3 days from now",
     [](ScenarioSetup &s) {
         serveLeafChange(s, [](CertSpec &leaf) { leaf.notBefore = QDateTime::currentDateTimeUtc().addDays(3); });
     }},
    {"hostname-mismatch", "leaf only for www.example.test",
     [](ScenarioSetup &s) { servePki(s, otherHostLeaf()); }},
    {"missing-san", "CN=localhost and no subjectAltName extension",
     [](ScenarioSetup &s) { serveLeafChange(s, [](CertSpec &leaf) { leaf.subjectAltName = false; }); }},
    {"self-signed", "self-signed leaf; ca.pem is an unrelated root", serveSelfSigned},
    {"untrusted-root", "sends leaf + intermediate + root; ca.pem is a different root", serveUntrustedRoot},
    {"incomplete-chain", "sends the leaf only; its AIA caIssuers URL serves the intermediate (DER)",
     serveIncompleteChain},
    {"incomplete-chain-no-aia", "sends the leaf only; it names no AIA address, so nothing can be downloaded",
     [](ScenarioSetup &s) { s.config.chain = {servePki(s).leaf}; }},
    {"weak-signature", "leaf signed with SHA-1",
     [](ScenarioSetup &s) { serveLeafChange(s, [](CertSpec &leaf) { leaf.digest = QStringLiteral("SHA1"); }); }},
    {"weak-key", "leaf has an RSA-1024 key",
     [](ScenarioSetup &s) { serveLeafChange(s, [](CertSpec &leaf) { leaf.key = {KeySpec::Type::Rsa, 1024}; }); }},
    {"wrong-purpose", "leaf's extended key usage is clientAuth only",
     [](ScenarioSetup &s) {
         serveLeafChange(s, [](CertSpec &leaf) { leaf.extendedKeyUsage = {QStringLiteral("clientAuth")}; });
     }},
    {"client-cert-required", "requires a client certificate (client.pem/client-key.pem work)",
     serveClientCertRequired},
    {"sni-unknown", "fatal unrecognized_name alert for any SNI name but localhost",
     [](ScenarioSetup &s) {
         servePki(s);
         s.config.rejectUnknownServerName = true;
     }},
    {"revoked-stapled", "valid chain, but staples an OCSP response saying the leaf is revoked",
     serveRevokedStaple},
    {"revoked-intermediate", "valid chain, but the root's CRL (served on the side) lists the intermediate as revoked",
     serveRevokedIntermediate},
    {"sni-required", "the localhost certificate only with SNI; without SNI one for www.example.test", serveSniRequired},
    {"mixed-content", "valid chain; the page loads a script and an image over http://", serveMixedContent},
    {"tls10-only", "speaks TLS 1.0 at most",
     [](ScenarioSetup &s) {
         servePki(s);
         s.config.maxProtocol = TLS1_VERSION;
     }},
    {"weak-dh", "TLS 1.2 at most, DHE-RSA suites only, 1024-bit DH group (RFC 2409 group 2)", serveWeakDh},
    {"old-tls", "TLS 1.0 and 1.1 only, prefers RSA key exchange, 1024-bit DH group", serveOldTls},
    {"several-problems", "leaf expired, SHA-1 signed, RSA-1024, only for www.example.test",
     [](ScenarioSetup &s) {
         CertSpec leaf = otherHostLeaf();
         leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(-3);
         leaf.digest = QStringLiteral("SHA1");
         leaf.key = {KeySpec::Type::Rsa, 1024};
         servePki(s, leaf);
     }},
    {"hostile-text", "markup, bidi overrides, line breaks and 5,000-character fields in names, URLs, status line and page",
     serveHostileText},
    {"hang", "accepts TCP, never answers",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::Hang); }},
    {"reset", "accepts TCP, then resets at once",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::ResetOnAccept); }},
    {"close-after-hello", "reads the ClientHello, then closes without an alert",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::CloseAfterClientHello); }},
    {"reset-after-hello", "reads the ClientHello, then resets",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::ResetAfterClientHello); }},
    {"plain-http", "plain HTTP server: answers 400 Bad Request",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::PlainHttp); }},
    {"banner", "greets with an SSH banner, like a non-TLS service",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::Banner); }},
    {"garbage", "answers the ClientHello with random non-TLS bytes",
     [](ScenarioSetup &s) { serveWithBehavior(s, TlsTestServer::Behavior::Garbage); }},
    {"smtp-starttls", "an SMTP server that offers STARTTLS and upgrades (diagnose smtp://127.0.0.1:PORT)",
     [](ScenarioSetup &s) { serveStartTls(s, StartTlsVariant::Upgrade); }},
    {"smtp-no-starttls", "an SMTP server whose EHLO answer does not list STARTTLS",
     [](ScenarioSetup &s) { serveStartTls(s, StartTlsVariant::NotOffered); }},
    {"smtp-starttls-refused", "an SMTP server that answers STARTTLS with 454",
     [](ScenarioSetup &s) { serveStartTls(s, StartTlsVariant::Refused); }},
    {"smtp-plain", "greets in plain SMTP where TLS is expected (diagnose smtps://127.0.0.1:PORT)",
     [](ScenarioSetup &s) {
         serveWithBehavior(s, TlsTestServer::Behavior::Banner);
         s.config.bannerText = plainGreeting(StartTlsProtocol::Smtp);
     }},
};

const Scenario *findScenario(const QString &name)
{
    for (const Scenario &scenario : kScenarios) {
        if (name == QLatin1String(scenario.name))
            return &scenario;
    }
    return nullptr;
}

bool certificatesMade(const ScenarioSetup &setup)
{
    if (setup.running.trustedRoot.isNull())
        return false;
    return std::none_of(setup.config.chain.cbegin(), setup.config.chain.cend(),
                        [](const TestCertificate &cert) { return cert.isNull(); });
}

} // namespace

QList<ScenarioInfo> scenarios()
{
    QList<ScenarioInfo> list;
    for (const Scenario &scenario : kScenarios)
        list.append({QLatin1String(scenario.name), QLatin1String(scenario.description)});
    return list;
}

std::unique_ptr<RunningScenario> startScenario(const QString &name, quint16 port, QString *errorString)
{
    const Scenario *scenario = findScenario(name);
    if (!scenario) {
        *errorString = QStringLiteral("unknown scenario \"%1\"").arg(name);
        return nullptr;
    }
    ScenarioSetup setup;
    setup.config.port = port;
    scenario->build(setup);
    if (setup.errorString.isEmpty() && !certificatesMade(setup))
        setup.errorString = QStringLiteral("certificate generation failed");
    if (!setup.errorString.isEmpty()) {
        *errorString = setup.errorString;
        return nullptr;
    }
    auto running = std::make_unique<RunningScenario>(std::move(setup.running));
    running->clientFiles.insert(QStringLiteral("ca.pem"), running->trustedRoot.pem());
    running->server = std::make_unique<TlsTestServer>(setup.config);
    if (!running->server->start()) {
        *errorString = running->server->errorString();
        return nullptr;
    }
    return running;
}

} // namespace testsupport
