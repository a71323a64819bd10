// PostgreSQL (protocol 3, "SSL session encryption"): the client sends SSLRequest; the
// server answers one byte, 'S' to go on with TLS or 'N' for no, or an error message.
#include "PlainDialogue.h"

namespace hd {

namespace {

// Length 8, then the request code 80877103 (1234 in the high half, 5679 in the low).
const QByteArray kSslRequest("\x00\x00\x00\x08\x04\xd2\x16\x2f", 8);

bool oneByteOrError(const QByteArray &reply)
{
    if (reply.isEmpty())
        return false;
    if (reply[0] != 'E')
        return true;
    // ErrorResponse: 'E', Int32 length (including itself), then fields.
    if (reply.size() < 5)
        return false;
    const quint32 length = (quint32(quint8(reply[1])) << 24) | (quint32(quint8(reply[2])) << 16)
                           | (quint32(quint8(reply[3])) << 8) | quint32(quint8(reply[4]));
    return length > PlainDialogue::kMaxReply || reply.size() >= qsizetype(length) + 1;
}

// The message field ('M') of an ErrorResponse, else the bytes quoted.
QString describe(const QByteArray &reply)
{
    if (reply == "S")
        return QStringLiteral("S (TLS accepted)");
    if (reply == "N")
        return QStringLiteral("N (TLS not supported)");
    if (reply.startsWith('E')) {
        for (const QByteArray &field : reply.mid(5).split('\0')) {
            if (field.startsWith('M'))
                return PlainDialogue::shorten(QStringLiteral("ErrorResponse: ") + PlainDialogue::quote(field.mid(1)));
        }
    }
    return PlainDialogue::quote(reply);
}

class PostgresUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        QByteArray answer;
        if (!dialogue.send(QStringLiteral("starttls"), kSslRequest, QStringLiteral("SSLRequest"))
            || !dialogue.receive(QStringLiteral("starttls"), oneByteOrError, &answer, describe))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        if (answer == "S")
            return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
        if (answer == "N")
            return {R::NotOffered, QStringLiteral("starttls"), describe(answer), describe(answer), {}};
        if (answer.startsWith('E'))
            return {R::Refused, QStringLiteral("starttls"), {}, describe(answer), {}};
        return dialogue.stopped(QStringLiteral("starttls"), answer);
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makePostgresUpgrade()
{
    return std::make_unique<PostgresUpgrade>();
}

} // namespace hd
