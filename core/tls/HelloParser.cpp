#include "HelloParser.h"

#include "TlsNames.h"

namespace hd::tls {

namespace {

// A bounds-checked reader over peer input: once a read runs past the end, it stays failed
// and returns zeros / empty vectors.
class Reader
{
public:
    explicit Reader(QByteArray data) : m_data(std::move(data)) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    quint32 number(int bytes)
    {
        if (!need(bytes))
            return 0;
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(m_data[m_pos++]);
        return value;
    }
    QByteArray bytes(int count)
    {
        if (!need(count))
            return {};
        const QByteArray out = m_data.mid(m_pos, count);
        m_pos += count;
        return out;
    }
    // A TLS vector: a length of `lengthBytes` bytes, then that many bytes.
    QByteArray vector(int lengthBytes) { return bytes(int(number(lengthBytes))); }

private:
    bool need(int count)
    {
        if (!m_ok || count < 0 || m_pos + count > m_data.size())
            m_ok = false;
        return m_ok;
    }
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

constexpr int kServerName = 0, kSupportedGroups = 10, kAlpn = 16, kSupportedVersions = 43, kKeyShare = 51;

bool isHelloRetryRandom(const QByteArray &random)
{
    static const QByteArray hrr = QByteArray::fromHex(
        "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");
    return random == hrr;
}

QStringList readProtocolNameList(const QByteArray &extension)
{
    QStringList protocols;
    Reader list(Reader(extension).vector(2));
    while (list.ok() && !list.atEnd()) {
        const QByteArray name = list.vector(1);
        if (list.ok())
            protocols << QString::fromLatin1(name);
    }
    return protocols;
}

QString readServerName(const QByteArray &extension)
{
    Reader list(Reader(extension).vector(2));
    while (list.ok() && !list.atEnd()) {
        const quint32 nameType = list.number(1);
        const QByteArray name = list.vector(2);
        if (list.ok() && nameType == 0)
            return QString::fromLatin1(name);
    }
    return {};
}

// Calls onExtension(type, data) for each extension of a hello body positioned at them.
template<typename F>
bool forEachExtension(Reader &body, F onExtension)
{
    if (body.atEnd())
        return body.ok();
    Reader extensions(body.vector(2));
    while (extensions.ok() && !extensions.atEnd()) {
        const int type = int(extensions.number(2));
        const QByteArray data = extensions.vector(2);
        if (extensions.ok())
            onExtension(type, data);
    }
    return body.ok() && extensions.ok();
}

QStringList suiteNames(const QList<quint16> &suites)
{
    QStringList names;
    for (const quint16 suite : suites) {
        if ((suite & 0x0f0f) == 0x0a0a) // GREASE values are noise for a reader
            continue;
        names << cipherSuiteName(suite);
    }
    return names;
}

} // namespace

bool parseClientHello(const QByteArray &message, ClientHelloInfo *out)
{
    Reader header(message);
    if (header.number(1) != ClientHello)
        return false;
    Reader body(header.vector(3));
    out->legacyVersion = int(body.number(2));
    body.bytes(32);  // random
    body.vector(1);  // legacy session id
    Reader suites(body.vector(2));
    while (suites.ok() && !suites.atEnd())
        out->cipherSuites << quint16(suites.number(2));
    body.vector(1);  // compression methods
    if (!body.ok())
        return false;
    return forEachExtension(body, [out](int type, const QByteArray &data) {
        switch (type) {
        case kServerName:
            out->serverName = readServerName(data);
            break;
        case kAlpn:
            out->alpn = readProtocolNameList(data);
            break;
        case kSupportedVersions: {
            Reader versions(Reader(data).vector(1));
            while (versions.ok() && !versions.atEnd()) {
                const int version = int(versions.number(2));
                if ((version & 0x0f0f) != 0x0a0a)
                    out->supportedVersions << version;
            }
            break;
        }
        case kSupportedGroups: {
            Reader groups(Reader(data).vector(2));
            while (groups.ok() && !groups.atEnd()) {
                const int group = int(groups.number(2));
                if ((group & 0x0f0f) != 0x0a0a)
                    out->groups << group;
            }
            break;
        }
        default:
            break;
        }
    });
}

bool parseServerHello(const QByteArray &message, ServerHelloInfo *out)
{
    Reader header(message);
    if (header.number(1) != ServerHello)
        return false;
    Reader body(header.vector(3));
    out->version = int(body.number(2));
    out->helloRetryRequest = isHelloRetryRandom(body.bytes(32));
    body.vector(1);
    out->cipherSuite = quint16(body.number(2));
    body.number(1); // compression method
    if (!body.ok())
        return false;
    return forEachExtension(body, [out](int type, const QByteArray &data) {
        Reader ext(data);
        switch (type) {
        case kSupportedVersions:
            out->version = int(ext.number(2));
            break;
        case kKeyShare:
            out->keyShareGroup = int(ext.number(2));
            break;
        case kAlpn: {
            const QStringList chosen = readProtocolNameList(data);
            out->alpn = chosen.value(0);
            break;
        }
        default:
            break;
        }
    });
}

int countCertificates(const QByteArray &certificateMessage, bool tls13)
{
    Reader header(certificateMessage);
    if (header.number(1) != Certificate)
        return 0;
    Reader body(header.vector(3));
    if (tls13)
        body.vector(1); // certificate_request_context
    Reader list(body.vector(3));
    int count = 0;
    while (list.ok() && !list.atEnd()) {
        list.vector(3);
        if (tls13)
            list.vector(2); // per-certificate extensions
        if (list.ok())
            ++count;
    }
    return count;
}

QVariantMap describe(const ClientHelloInfo &hello)
{
    QStringList versions;
    for (const int version : hello.supportedVersions)
        versions << versionName(version);
    if (versions.isEmpty())
        versions << versionName(hello.legacyVersion);
    QStringList groups;
    for (const int group : hello.groups)
        groups << groupName(group);
    return {
        {QStringLiteral("offeredVersions"), versions},
        {QStringLiteral("cipherSuites"), suiteNames(hello.cipherSuites)},
        {QStringLiteral("serverName"), hello.serverName},
        {QStringLiteral("alpn"), hello.alpn},
        {QStringLiteral("groups"), groups},
    };
}

QVariantMap describe(const ServerHelloInfo &hello)
{
    QVariantMap facts{
        {QStringLiteral("version"), versionName(hello.version)},
        {QStringLiteral("cipher"), cipherSuiteName(hello.cipherSuite)},
        {QStringLiteral("helloRetryRequest"), hello.helloRetryRequest},
    };
    if (hello.keyShareGroup >= 0)
        facts.insert(QStringLiteral("group"), groupName(hello.keyShareGroup));
    if (!hello.alpn.isEmpty())
        facts.insert(QStringLiteral("alpn"), hello.alpn);
    return facts;
}

} // namespace hd::tls
