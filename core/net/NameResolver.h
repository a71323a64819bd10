#pragma once

#include "CancelToken.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace hd {

struct ResolveOutcome
{
    enum class Status { Ok, NotFound, Failed, Timeout, Cancelled };
    Status status = Status::Ok;
    QList<QHostAddress> addresses;
    QString errorText;
};

// System resolver lookups can neither be cancelled nor given a timeout, so each runs on
// a thread of its own that we stop waiting for when the deadline passes or the user cancels.
class NameResolver
{
public:
    static ResolveOutcome resolve(const QString &host, QDeadlineTimer deadline, const CancelToken &cancel);
};

} // namespace hd
