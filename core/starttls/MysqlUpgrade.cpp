// MySQL and MariaDB: the server greets with its handshake packet, whose capability flags
// say whether it speaks TLS (CLIENT_SSL); the client's SSLRequest packet switches to TLS
// at once, without an answer.
#include "PlainDialogue.h"

namespace hd {

namespace {

constexpr quint32 kClientSsl = 0x00000800;
constexpr quint32 kClientProtocol41 = 0x00000200;
constexpr quint32 kClientSecureConnection = 0x00008000;

// A whole packet: 3-byte little-endian payload length, sequence number, payload.
bool completePacket(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return false;
    const qsizetype length = quint8(bytes[0]) | (quint8(bytes[1]) << 8) | (quint8(bytes[2]) << 16);
    return length > PlainDialogue::kMaxReply || bytes.size() >= 4 + length;
}

struct Greeting
{
    bool isError = false;
    QString serverVersion;
    QString errorText;    // "1130 Host '…' is not allowed to connect"
    quint32 capabilities = 0;
    bool valid = false;
};

quint16 little16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8));
}

// Protocol 10's handshake: version 0x0a, server version (NUL-terminated), connection id
// (4), scramble (8), filler (1), capabilities' low half (2), charset (1), status (2),
// capabilities' high half (2). Or an error packet (0xff, code, message).
Greeting parseGreeting(const QByteArray &packet)
{
    Greeting greeting;
    const QByteArray payload = packet.mid(4);
    if (payload.startsWith('\xff') && payload.size() >= 3) {
        greeting.isError = true;
        greeting.valid = true;
        QByteArray message = payload.mid(3);
        if (message.startsWith('#'))
            message = message.mid(6); // the SQL state
        greeting.errorText = QStringLiteral("%1 %2").arg(little16(payload, 1)).arg(PlainDialogue::quote(message));
        return greeting;
    }
    const qsizetype versionEnd = payload.indexOf('\0', 1);
    if (!payload.startsWith('\x0a') || versionEnd < 0 || payload.size() < versionEnd + 1 + 4 + 8 + 1 + 2)
        return greeting;
    greeting.serverVersion = PlainDialogue::quote(payload.mid(1, versionEnd - 1));
    const qsizetype low = versionEnd + 1 + 4 + 8 + 1;
    greeting.capabilities = little16(payload, low);
    if (payload.size() >= low + 2 + 1 + 2 + 2)
        greeting.capabilities |= quint32(little16(payload, low + 5)) << 16;
    greeting.valid = true;
    return greeting;
}

QString describe(const QByteArray &packet)
{
    const Greeting greeting = parseGreeting(packet);
    if (!greeting.valid)
        return PlainDialogue::quote(packet);
    if (greeting.isError)
        return PlainDialogue::shorten(QStringLiteral("ERR %1").arg(greeting.errorText));
    return PlainDialogue::shorten(QStringLiteral("server %1, capabilities 0x%2%3")
                                      .arg(greeting.serverVersion)
                                      .arg(greeting.capabilities, 8, 16, QLatin1Char('0'))
                                      .arg(greeting.capabilities & kClientSsl ? QStringLiteral(" (SSL)") : QString()));
}

QByteArray sslRequest()
{
    const quint32 flags = kClientSsl | kClientProtocol41 | kClientSecureConnection;
    QByteArray payload(32, '\0');
    for (int i = 0; i < 4; ++i)
        payload[i] = char((flags >> (8 * i)) & 0xff);
    payload[7] = 0x01;   // max packet size 16 MiB
    payload[8] = 45;     // utf8mb4_general_ci
    return QByteArray("\x20\x00\x00\x01", 4) + payload;
}

class MysqlUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        QByteArray answer;
        if (!dialogue.receive(QStringLiteral("greeting"), completePacket, &answer, describe))
            return dialogue.stopped(QStringLiteral("greeting"), answer);
        const Greeting greeting = parseGreeting(answer);
        if (!greeting.valid)
            return dialogue.stopped(QStringLiteral("greeting"), answer);
        if (greeting.isError)
            return {R::Refused, QStringLiteral("greeting"), {}, describe(answer), {}};
        if (!(greeting.capabilities & kClientSsl))
            return {R::NotOffered, QStringLiteral("capabilities"), describe(answer), {}, {}};
        if (!dialogue.send(QStringLiteral("starttls"), sslRequest(), QStringLiteral("SSLRequest")))
            return dialogue.stopped(QStringLiteral("starttls"), {});
        return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makeMysqlUpgrade()
{
    return std::make_unique<MysqlUpgrade>();
}

} // namespace hd
