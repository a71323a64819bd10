#pragma once

#include "StartTls.h"

#include <QByteArray>

namespace hd {

// The plain-text conversation before TLS: sends and reads with the upgrade's deadline,
// tells the sink about each message, and keeps server text short and printable. Every
// reply is bounded (kMaxReply), so a server that talks forever cannot hold us.
class PlainDialogue
{
public:
    using Complete = std::function<bool(const QByteArray &)>;
    static constexpr qsizetype kMaxReply = 16384;
    static constexpr qsizetype kMaxQuoted = 300;

    PlainDialogue(ByteStream &stream, QDeadlineTimer deadline, const CancelToken &cancel, const PlainMessageSink &sink)
        : m_stream(stream), m_deadline(deadline), m_cancel(cancel), m_sink(sink)
    {
    }

    // Sends bytes; `shown` is what the timeline shows (the bytes themselves for text).
    bool send(const QString &stage, const QByteArray &bytes, const QString &shown = {});
    // Reads one reply until complete(reply) holds. False when the connection ended, failed,
    // went silent or the reply grew past kMaxReply; `reply` holds what did come.
    // `describe` puts a binary reply into words for the timeline (text is quoted as it is).
    using Describe = std::function<QString(const QByteArray &)>;
    bool receive(const QString &stage, const Complete &complete, QByteArray *reply, const Describe &describe = {});
    // A text command and its reply, both shown at this stage.
    bool ask(const QString &stage, const QByteArray &command, const Complete &complete, QByteArray *reply);

    // An outcome that stopped at this stage: NoAnswer with the error, or Unexpected for
    // a reply that ran past kMaxReply or that starts like TLS.
    UpgradeOutcome stopped(const QString &stage, const QByteArray &reply) const;

    static QString quote(const QByteArray &bytes); // printable ASCII, lines joined by " | ", truncated
    static QString shorten(const QString &text);   // at most kMaxQuoted characters and "…"
    static bool looksLikeTls(const QByteArray &bytes);
    // Text replies: complete once the last line ends in CRLF and is not a continuation,
    // as isLast(line) tells.
    static Complete lines(const std::function<bool(const QByteArray &line)> &isLast);
    // "250-…" continues, "250 …" ends: SMTP and FTP.
    static bool isFinalNumericLine(const QByteArray &line);

private:
    ByteStream &m_stream;
    QDeadlineTimer m_deadline;
    const CancelToken &m_cancel;
    const PlainMessageSink &m_sink;
    NetResult m_error;
};

// The upgrades, one small piece per protocol (SmtpUpgrade.cpp, ...).
std::unique_ptr<PlainUpgrade> makeSmtpUpgrade();
std::unique_ptr<PlainUpgrade> makeImapUpgrade();
std::unique_ptr<PlainUpgrade> makePop3Upgrade();
std::unique_ptr<PlainUpgrade> makeFtpUpgrade();
std::unique_ptr<PlainUpgrade> makeLdapUpgrade();
std::unique_ptr<PlainUpgrade> makeXmppUpgrade();
std::unique_ptr<PlainUpgrade> makePostgresUpgrade();
std::unique_ptr<PlainUpgrade> makeMysqlUpgrade();

} // namespace hd
