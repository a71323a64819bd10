#include "FirstHellos.h"

#include "ProbeResults.h"

#include <chrono>

namespace hd {

namespace {

constexpr int kWaitSliceMs = 50; // how soon a cancel is noticed

} // namespace

void FirstHellos::publish(const VersionSupport &answer)
{
    {
        const std::lock_guard lock(m_mutex);
        m_answers.insert(answer.version, answer);
    }
    m_published.notify_all();
}

VersionSupport FirstHellos::await(int version, QDeadlineTimer deadline, const CancelToken &cancel) const
{
    std::unique_lock lock(m_mutex);
    while (!m_answers.contains(version)) {
        if (cancel.isCancelled() || deadline.hasExpired()) {
            VersionSupport unknown;
            unknown.version = version;
            unknown.how = cancel.isCancelled() ? QStringLiteral("cancelled") : QLatin1String(kOutOfTime);
            return unknown;
        }
        m_published.wait_for(lock, std::chrono::milliseconds(kWaitSliceMs));
    }
    return m_answers.value(version);
}

} // namespace hd
