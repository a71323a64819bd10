#pragma once

#include "CancelToken.h"
#include "Target.h"
#include "TimelineStep.h"
#include "net/Socket.h"

#include <QDeadlineTimer>
#include <QString>

#include <functional>
#include <memory>

namespace hd {

QString plainProtocolKey(PlainProtocol protocol); // "smtp", "imap", ... (facts, JSON)

// One message of the plain-text part, as the timeline shows it.
struct PlainMessage
{
    QString stage;                // "greeting", "capabilities", "starttls"
    TimelineStep::Direction direction = TimelineStep::Direction::None;
    QString text;                 // what went over the wire, printable, truncated (kMaxQuoted)
};

// How far the plain-text part got, and what the server said when it stopped.
struct UpgradeOutcome
{
    enum class Result {
        Upgraded,      // the server agreed: TLS starts now on the same connection
        NotOffered,    // its capabilities do not list the upgrade
        Refused,       // it answered the upgrade command (or greeted) with an error
        NoAnswer,      // the connection ended, failed or went silent first
        Unexpected,    // it answered in another protocol (TLS at once, garbage)
    };
    Result result = Result::NoAnswer;
    QString stage;                // where it stopped: greeting, capabilities or starttls
    QString capabilities;         // what the server listed, for starttls-not-offered
    QString answer;               // the server's refusal or unexpected answer, quoted
    NetResult error;              // for NoAnswer
    bool upgraded() const { return result == Result::Upgraded; }
};

QString upgradeResultKey(UpgradeOutcome::Result result); // "not-offered", "refused", ... (facts)

// Receives each message of the plain-text part as it happens.
using PlainMessageSink = std::function<void(const PlainMessage &)>;

// One protocol's greeting and upgrade on a connected socket. After Upgraded the socket is
// ready for the TLS handshake; otherwise it is of no further use.
// How people write a protocol's name, from its scheme key: "smtp" is SMTP, "postgres" PostgreSQL.
QString protocolDisplayName(const QString &key);

class PlainDialogue;

class PlainUpgrade
{
public:
    virtual ~PlainUpgrade() = default;
    // The protocol's own conversation, through a dialogue that bounds, quotes and records
    // every message.
    virtual UpgradeOutcome converse(PlainDialogue &dialogue, const QString &host) const = 0;

    // The piece for the protocol, or null for protocols that start with TLS.
    static std::unique_ptr<PlainUpgrade> forProtocol(PlainProtocol protocol);
    // Runs the upgrade when the protocol has one; Upgraded at once when it has none.
    static UpgradeOutcome perform(PlainProtocol protocol, ByteStream &stream, const QString &host,
                                  QDeadlineTimer deadline, const CancelToken &cancel, const PlainMessageSink &sink = {});
};

} // namespace hd
