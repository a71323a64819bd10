#include "PlainDialogue.h"

#include <cctype>

namespace hd {

bool PlainDialogue::send(const QString &stage, const QByteArray &bytes, const QString &shown)
{
    if (m_sink)
        m_sink({stage, TimelineStep::Direction::Sent, shown.isEmpty() ? quote(bytes) : shown});
    m_error = m_stream.write(bytes, m_deadline, m_cancel);
    return m_error.ok();
}

bool PlainDialogue::receive(const QString &stage, const Complete &complete, QByteArray *reply, const Describe &describe)
{
    reply->clear();
    m_error = {};
    while (!complete(*reply)) {
        // A TLS record where text belongs: the port speaks TLS at once, no need to wait.
        if (reply->size() > kMaxReply || looksLikeTls(*reply))
            break;
        m_error = m_stream.read(reply, m_deadline, m_cancel);
        if (!m_error.ok())
            break;
    }
    const bool ok = m_error.ok() && complete(*reply) && reply->size() <= kMaxReply;
    if (m_sink && !reply->isEmpty())
        m_sink({stage, TimelineStep::Direction::Received, describe && !looksLikeTls(*reply) ? describe(*reply) : quote(*reply)});
    return ok;
}

bool PlainDialogue::ask(const QString &stage, const QByteArray &command, const Complete &complete, QByteArray *reply)
{
    return send(stage, command) && receive(stage, complete, reply);
}

UpgradeOutcome PlainDialogue::stopped(const QString &stage, const QByteArray &reply) const
{
    UpgradeOutcome outcome;
    outcome.stage = stage;
    outcome.answer = quote(reply);
    if (looksLikeTls(reply) || reply.size() > kMaxReply || (m_error.ok() && !reply.isEmpty())) {
        outcome.result = UpgradeOutcome::Result::Unexpected;
        return outcome;
    }
    outcome.result = UpgradeOutcome::Result::NoAnswer;
    outcome.error = m_error.ok() ? NetResult{NetError::Other, QStringLiteral("incomplete answer")} : m_error;
    return outcome;
}

QString PlainDialogue::quote(const QByteArray &bytes)
{
    QStringList lines;
    for (const QByteArray &line : bytes.left(kMaxQuoted * 2).split('\n')) {
        QString text;
        for (const char c : line) {
            const uchar u = uchar(c);
            if (u != '\r')
                text += (u >= 0x20 && u < 0x7f) ? QChar(u) : QChar('.');
        }
        if (!text.trimmed().isEmpty())
            lines << text.trimmed();
    }
    QString joined = lines.join(QStringLiteral(" | "));
    if (joined.size() > kMaxQuoted || bytes.size() > kMaxQuoted * 2)
        joined = joined.left(kMaxQuoted) + QStringLiteral("…");
    return joined;
}

QString PlainDialogue::shorten(const QString &text)
{
    return text.size() > kMaxQuoted ? text.left(kMaxQuoted) + QStringLiteral("…") : text;
}

bool PlainDialogue::looksLikeTls(const QByteArray &bytes)
{
    // A handshake or alert record of SSL 3.0 to TLS 1.3: content type, then major version 3.
    return bytes.size() >= 2 && (bytes[0] == 0x16 || bytes[0] == 0x15) && bytes[1] == 0x03;
}

PlainDialogue::Complete PlainDialogue::lines(const std::function<bool(const QByteArray &)> &isLast)
{
    return [isLast](const QByteArray &reply) {
        if (!reply.endsWith('\n'))
            return false;
        const QByteArray body = reply.chopped(1);
        const QByteArray last = body.mid(body.lastIndexOf('\n') + 1);
        return isLast(last.endsWith('\r') ? last.chopped(1) : last);
    };
}

bool PlainDialogue::isFinalNumericLine(const QByteArray &line)
{
    return line.size() >= 3 && std::isdigit(uchar(line[0])) && std::isdigit(uchar(line[1])) && std::isdigit(uchar(line[2]))
           && (line.size() == 3 || line[3] == ' ');
}

QString plainProtocolKey(PlainProtocol protocol)
{
    switch (protocol) {
    case PlainProtocol::None: return {};
    case PlainProtocol::Smtp: return QStringLiteral("smtp");
    case PlainProtocol::Imap: return QStringLiteral("imap");
    case PlainProtocol::Pop3: return QStringLiteral("pop3");
    case PlainProtocol::Ftp: return QStringLiteral("ftp");
    case PlainProtocol::Ldap: return QStringLiteral("ldap");
    case PlainProtocol::Xmpp: return QStringLiteral("xmpp");
    case PlainProtocol::Postgres: return QStringLiteral("postgres");
    case PlainProtocol::Mysql: return QStringLiteral("mysql");
    }
    return {};
}

QString upgradeResultKey(UpgradeOutcome::Result result)
{
    switch (result) {
    case UpgradeOutcome::Result::Upgraded: return QStringLiteral("upgraded");
    case UpgradeOutcome::Result::NotOffered: return QStringLiteral("not-offered");
    case UpgradeOutcome::Result::Refused: return QStringLiteral("refused");
    case UpgradeOutcome::Result::NoAnswer: return QStringLiteral("no-answer");
    case UpgradeOutcome::Result::Unexpected: return QStringLiteral("unexpected");
    }
    return {};
}

std::unique_ptr<PlainUpgrade> PlainUpgrade::forProtocol(PlainProtocol protocol)
{
    switch (protocol) {
    case PlainProtocol::None: return nullptr;
    case PlainProtocol::Smtp: return makeSmtpUpgrade();
    case PlainProtocol::Imap: return makeImapUpgrade();
    case PlainProtocol::Pop3: return makePop3Upgrade();
    case PlainProtocol::Ftp: return makeFtpUpgrade();
    case PlainProtocol::Ldap: return makeLdapUpgrade();
    case PlainProtocol::Xmpp: return makeXmppUpgrade();
    case PlainProtocol::Postgres: return makePostgresUpgrade();
    case PlainProtocol::Mysql: return makeMysqlUpgrade();
    }
    return nullptr;
}

QString protocolDisplayName(const QString &key)
{
    if (key == QLatin1String("postgres"))
        return QStringLiteral("PostgreSQL");
    if (key == QLatin1String("mysql"))
        return QStringLiteral("MySQL");
    return key.toUpper();
}

UpgradeOutcome PlainUpgrade::perform(PlainProtocol protocol, ByteStream &stream, const QString &host,
                                     QDeadlineTimer deadline, const CancelToken &cancel, const PlainMessageSink &sink)
{
    const std::unique_ptr<PlainUpgrade> upgrade = forProtocol(protocol);
    if (!upgrade)
        return {UpgradeOutcome::Result::Upgraded, {}, {}, {}, {}};
    PlainDialogue dialogue(stream, deadline, cancel, sink);
    return upgrade->converse(dialogue, host);
}

} // namespace hd
