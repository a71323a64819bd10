#pragma once

#include "CancelToken.h"
#include "TlsSupportProbes.h"

#include <QDeadlineTimer>
#include <QMap>

#include <condition_variable>
#include <mutex>

namespace hd {

// The protocol-versions probe's answers, handed to the cipher-suites probe. The first hello
// of each version offers every suite, so the server's answer tells both whether it accepts
// the version and its first choice of suite: the suite lists go on from there instead of
// asking the same question on a connection of their own.
class FirstHellos
{
public:
    void publish(const VersionSupport &answer);
    // The answer for this version once published; Unknown ("out-of-time", "cancelled") when
    // the deadline or a cancel comes first.
    VersionSupport await(int version, QDeadlineTimer deadline, const CancelToken &cancel) const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_published;
    QMap<int, VersionSupport> m_answers;
};

} // namespace hd
