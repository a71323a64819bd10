#include "ClientHelloBuilder.h"

#include "OpenSslPtr.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/HelloParser.h"
#include "tls/TlsNames.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hd {

namespace {

constexpr int kRecordHandshake = 22, kRecordAlert = 21, kRecordHeader = 5;
constexpr int kMaxRecordLength = 16384 + 2048; // TLSCiphertext may exceed the plaintext limit
constexpr quint16 kRenegotiationScsv = 0x00FF;  // RFC 5746: secure renegotiation, also for SSL 3.0
constexpr int kExtServerName = 0, kExtSupportedGroups = 10, kExtPointFormats = 11, kExtSignatureAlgorithms = 13,
              kExtPadding = 21, kExtExtendedMasterSecret = 23, kExtSupportedVersions = 43, kExtKeyShare = 51;

// x25519, secp256r1, secp384r1, secp521r1, x448: what current clients offer.
constexpr int kGroups[] = {29, 23, 24, 25, 30};
// ECDSA and RSA-PSS/PKCS#1 with SHA-2, then SHA-1 and DSA so that old servers can sign too.
// TLS 1.3 adds ECDSA with brainpool curves (RFC 8734).
constexpr quint16 kSignatureAlgorithms[] = {0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
                                            0x0601, 0x0203, 0x0201, 0x0402, 0x0202, 0x081a, 0x081b, 0x081c};

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// A fresh key pair's public half, as a key_share entry carries it (RFC 8446 4.2.8.2): a
// server checks the share before it answers, so it must be a real one.
QByteArray publicKeyShare(int group)
{
    EvpPkeyPtr key;
    switch (group) {
    case 29: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519")); break;
    case 30: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "X448")); break;
    case 23: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")); break;
    case 24: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384")); break;
    case 25: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521")); break;
    case 31: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "brainpoolP256r1")); break;
    case 32: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "brainpoolP384r1")); break;
    case 33: key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "brainpoolP512r1")); break;
    default: return {};
    }
    unsigned char *encoded = nullptr;
    const size_t length = key ? EVP_PKEY_get1_encoded_public_key(key.get(), &encoded) : 0;
    const QByteArray share(reinterpret_cast<const char *>(encoded), qsizetype(length));
    OPENSSL_free(encoded);
    return share;
}

void put16(QByteArray *out, int value)
{
    out->append(char((value >> 8) & 0xff));
    out->append(char(value & 0xff));
}

void put24(QByteArray *out, int value)
{
    out->append(char((value >> 16) & 0xff));
    put16(out, value);
}

QByteArray withLength16(const QByteArray &body)
{
    QByteArray out;
    put16(&out, int(body.size()));
    return out + body;
}

QByteArray extension(int type, const QByteArray &body)
{
    QByteArray out;
    put16(&out, type);
    return out + withLength16(body);
}

template<typename List>
QByteArray list16(const List &values)
{
    QByteArray body;
    for (const auto value : values)
        put16(&body, value);
    return body;
}

QByteArray extensions(const ClientHelloSpec &spec)
{
    QByteArray out;
    if (!spec.serverName.isEmpty()) {
        const QByteArray name = spec.serverName.toLatin1();
        QByteArray entry(1, '\0'); // host_name
        entry += withLength16(name);
        out += extension(kExtServerName, withLength16(entry));
    }
    const QList<int> groups = spec.groups.isEmpty() ? QList<int>(std::cbegin(kGroups), std::cend(kGroups)) : spec.groups;
    out += extension(kExtSupportedGroups, withLength16(list16(groups)));
    out += extension(kExtPointFormats, QByteArray::fromHex("0100")); // uncompressed only
    if (spec.version >= 0x0303)
        out += extension(kExtSignatureAlgorithms, withLength16(list16(kSignatureAlgorithms)));
    out += extension(kExtExtendedMasterSecret, {});
    if (spec.version >= 0x0304) {
        out += extension(kExtSupportedVersions, QByteArray::fromHex("020304"));
        // No share for a group we cannot make keys for: the server asks for one (HelloRetryRequest).
        QByteArray share;
        if (const QByteArray key = publicKeyShare(groups.first()); !key.isEmpty()) {
            put16(&share, groups.first());
            share += withLength16(key);
        }
        out += extension(kExtKeyShare, withLength16(share));
    }
    return out;
}

QByteArray helloBody(const ClientHelloSpec &spec, const QByteArray &extensionBytes)
{
    QByteArray body;
    put16(&body, std::min(spec.version, 0x0303)); // TLS 1.3 is offered in supported_versions only
    body += randomBytes(32);
    if (spec.version >= 0x0304) {
        // RFC 8446 D.4: a session id, so that middleboxes take the hello for a TLS 1.2 resumption.
        body.append(char(32));
        body += randomBytes(32);
    } else {
        body.append('\0'); // no session to resume
    }
    QList<quint16> suites = spec.cipherSuites;
    suites << kRenegotiationScsv;
    body += withLength16(list16(suites));
    body += QByteArray::fromHex("0100"); // compression: null only
    if (!extensionBytes.isEmpty())
        body += withLength16(extensionBytes);
    return body;
}

// The leading complete records of a server's answer: their handshake bytes, or the alert
// when the first record is one.
struct Flight
{
    QByteArray handshake;
    int alert = -1;
    bool ended = false; // a record of another kind, a bad header or a bad alert followed: read no further
};

Flight readFlight(const QByteArray &received)
{
    Flight flight;
    qsizetype pos = 0;
    while (pos + kRecordHeader <= received.size()) {
        const int type = quint8(received[pos]);
        const int major = quint8(received[pos + 1]);
        const int length = (quint8(received[pos + 3]) << 8) | quint8(received[pos + 4]);
        if (major != 3 || length == 0 || length > kMaxRecordLength || (type != kRecordHandshake && type != kRecordAlert)) {
            flight.ended = true;
            break;
        }
        if (pos + kRecordHeader + length > received.size())
            break; // not all here yet
        const QByteArray payload = received.mid(pos + kRecordHeader, length);
        pos += kRecordHeader + length;
        if (type == kRecordAlert) {
            if (flight.handshake.isEmpty() && payload.size() == 2)
                flight.alert = quint8(payload[1]);
            flight.ended = true;
            break;
        }
        flight.handshake += payload;
    }
    if (pos == 0 && received.size() >= 1) {
        const int type = quint8(received[0]);
        flight.ended = flight.ended || (type != kRecordHandshake && type != kRecordAlert);
    }
    return flight;
}

struct Message
{
    int type;
    QByteArray bytes; // header included, as HelloParser takes it
};

// The complete handshake messages at the start of a handshake byte stream.
QList<Message> splitMessages(const QByteArray &handshake)
{
    QList<Message> messages;
    qsizetype pos = 0;
    while (pos + 4 <= handshake.size()) {
        const int length = (quint8(handshake[pos + 1]) << 16) | (quint8(handshake[pos + 2]) << 8) | quint8(handshake[pos + 3]);
        if (pos + 4 + length > handshake.size())
            break;
        messages << Message{quint8(handshake[pos]), handshake.mid(pos, 4 + length)};
        pos += 4 + length;
    }
    return messages;
}

// The size of the prime in a DHE ServerKeyExchange: dh_p is its first field (RFC 5246 7.4.3).
int dhPrimeBits(const QByteArray &message)
{
    if (message.size() < 6)
        return 0;
    const int length = (quint8(message[4]) << 8) | quint8(message[5]);
    if (6 + length > message.size())
        return 0;
    QByteArray prime = message.mid(6, length);
    while (!prime.isEmpty() && prime[0] == '\0')
        prime.remove(0, 1);
    if (prime.isEmpty())
        return 0;
    int topBits = 0;
    for (int top = quint8(prime[0]); top; top >>= 1)
        ++topBits;
    return int(prime.size() - 1) * 8 + topBits;
}

} // namespace

QByteArray buildClientHello(const ClientHelloSpec &spec)
{
    const bool ssl3 = spec.version <= 0x0300;
    QByteArray extensionBytes = ssl3 ? QByteArray() : extensions(spec);
    QByteArray body = helloBody(spec, extensionBytes);
    // RFC 7685: hellos of 256 to 511 bytes hang some F5 load balancers; pad them to 512.
    const int messageSize = int(body.size()) + 4;
    if (!ssl3 && messageSize >= 256 && messageSize < 512) {
        const int padding = qMax(0, 512 - messageSize - 4);
        extensionBytes += extension(kExtPadding, QByteArray(padding, '\0'));
        body = helloBody(spec, extensionBytes);
    }
    QByteArray message(1, char(tls::ClientHello));
    put24(&message, int(body.size()));
    message += body;
    // The record layer says TLS 1.0 whatever the hello offers: servers that know only
    // TLS 1.0 reject anything newer here, before reading the hello.
    QByteArray record(1, char(kRecordHandshake));
    put16(&record, ssl3 ? 0x0300 : 0x0301);
    return record + withLength16(message);
}

HelloAnswer readHelloAnswer(const QByteArray &received, NetError readError)
{
    HelloAnswer answer;
    if (received.isEmpty()) {
        answer.kind = readError == NetError::Closed  ? HelloAnswer::Kind::Closed
                      : readError == NetError::Reset ? HelloAnswer::Kind::Reset
                                                     : HelloAnswer::Kind::NoAnswer;
        return answer;
    }
    answer.kind = HelloAnswer::Kind::Malformed;
    const Flight flight = readFlight(received);
    // Less than a record, then the end: the server hung up on the hello, as with no word at all.
    if (flight.handshake.isEmpty() && flight.alert < 0 && !flight.ended
        && (readError == NetError::Closed || readError == NetError::Reset)) {
        answer.kind = readError == NetError::Closed ? HelloAnswer::Kind::Closed : HelloAnswer::Kind::Reset;
        return answer;
    }
    if (flight.alert >= 0) {
        answer.kind = HelloAnswer::Kind::Alert;
        answer.alert = flight.alert;
        return answer;
    }
    const QList<Message> messages = splitMessages(flight.handshake);
    if (messages.isEmpty() || messages.first().type != tls::ServerHello)
        return answer;
    tls::ServerHelloInfo hello;
    // A HelloRetryRequest exists only in TLS 1.3: one without that version is garbage.
    if (!tls::parseServerHello(messages.first().bytes, &hello) || (hello.helloRetryRequest && hello.version != 0x0304))
        return answer;
    answer.kind = HelloAnswer::Kind::ServerHello;
    answer.version = hello.version;
    answer.cipherSuite = hello.cipherSuite;
    answer.group = hello.keyShareGroup;
    const std::optional<tls::CipherSuiteTraits> traits = tls::cipherSuiteTraits(hello.cipherSuite);
    if (traits && traits->dhe) {
        for (const Message &message : messages) {
            if (message.type == tls::ServerKeyExchange)
                answer.dhBits = dhPrimeBits(message.bytes);
        }
    }
    return answer;
}

bool helloFlightComplete(const QByteArray &received)
{
    const Flight flight = readFlight(received);
    if (flight.alert >= 0 || flight.ended)
        return true;
    const QList<Message> messages = splitMessages(flight.handshake);
    if (!messages.isEmpty() && messages.first().type != tls::ServerHello)
        return true; // not a hello flight: nothing more worth waiting for
    return std::any_of(messages.cbegin(), messages.cend(), [](const Message &message) { return message.type == tls::ServerHelloDone; });
}

} // namespace hd
