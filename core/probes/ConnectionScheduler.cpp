#include "ConnectionScheduler.h"

#include <algorithm>
#include <thread>

namespace hd {

namespace {

constexpr qint64 kFloorMs = 250;
constexpr qint64 kMinConnectionBudgetMs = 1000;
constexpr qint64 kMaxConnectionBudgetMs = 8000;
// A server that limits connections may still count one that just closed: leave a gap,
// doubled whenever the server still did not answer.
constexpr qint64 kFirstGapMs = 10;
constexpr qint64 kMaxGapMs = 2000;
constexpr qint64 kRateWindowHintMs = 200; // silences longer than this are taken for a rate limit
constexpr int kWaitSliceMs = 40; // how soon a waiting caller notices cancellation
constexpr qint64 kGatherMs = 5;
// Start with a few connections at once; a server that keeps answering them all gets one
// more for every few answers, up to the limit (browsers open six per host).
constexpr int kStartLimit = 4;
constexpr int kAnswersPerStep = 4;

} // namespace

ConnectionScheduler::ConnectionScheduler(int maxConcurrent, QDeadlineTimer overall, const CancelToken &cancel)
    : m_overall(overall)
    , m_cancel(cancel)
    , m_maxLimit(std::max(1, maxConcurrent))
    , m_limit(std::min(m_maxLimit, kStartLimit))
{
    m_clock.start();
}

void ConnectionScheduler::setMeasured(double connectMs, double handshakeMs)
{
    const std::lock_guard lock(m_mutex);
    m_connectMs = connectMs;
    m_handshakeMs = handshakeMs;
}

void ConnectionScheduler::setConnectionBudget(qint64 ms)
{
    const std::lock_guard lock(m_mutex);
    m_fixedBudgetMs = ms;
}

qint64 ConnectionScheduler::settleMs() const
{
    const std::lock_guard lock(m_mutex);
    return std::clamp(qint64(2 * m_connectMs), kFirstGapMs, 10 * kFirstGapMs);
}

qint64 ConnectionScheduler::floorMsLocked() const
{
    return std::max({kFloorMs, qint64(3 * m_connectMs), qint64(m_handshakeMs + 2 * m_connectMs)});
}

qint64 ConnectionScheduler::perConnectionBudgetMs() const
{
    if (m_fixedBudgetMs > 0)
        return m_fixedBudgetMs;
    return std::clamp(qint64(4 * m_handshakeMs + 4 * m_connectMs), kMinConnectionBudgetMs, kMaxConnectionBudgetMs);
}

bool ConnectionScheduler::outOfTimeLocked() const
{
    return !m_overall.isForever() && m_overall.remainingTime() < floorMsLocked();
}

bool ConnectionScheduler::grantable(const Waiter &waiter) const
{
    if (m_exclusiveOpen || (m_paced && !m_nextStart.hasExpired()))
        return false;
    if (waiter.exclusive ? m_open > 0 : m_open >= m_limit)
        return false;
    // Exclusive waiters go before everyone: others would keep the server busy forever.
    const auto first = std::min_element(m_waiting.cbegin(), m_waiting.cend(), [](const Waiter &a, const Waiter &b) {
        return std::make_tuple(!a.exclusive, a.priority, a.ticket) < std::make_tuple(!b.exclusive, b.priority, b.ticket);
    });
    return first != m_waiting.cend() && *first == waiter;
}

ConnectionScheduler::Lease ConnectionScheduler::adoptOpenConnection()
{
    const std::lock_guard lock(m_mutex);
    Lease lease;
    lease.m_owner = this;
    lease.m_id = m_nextId++;
    lease.m_startedMs = m_clock.elapsed();
    m_openIds.emplace_back(lease.m_id, false);
    ++m_open;
    m_stats.peakConcurrent = std::max(m_stats.peakConcurrent, m_open);
    return lease;
}

ConnectionScheduler::Lease ConnectionScheduler::acquire(Priority priority, bool exclusive)
{
    std::unique_lock lock(m_mutex);
    const Waiter waiter{int(priority), m_nextTicket++, exclusive};
    if (!m_firstRequest.isValid())
        m_firstRequest.start();
    m_waiting.push_back(waiter);
    Lease lease;
    for (;;) {
        if (m_cancel.isCancelled() || outOfTimeLocked())
            break;
        // The first grant waits a moment, so that every probe's first request is in line
        // and the most informative go first.
        if (m_stats.connections == 0 && m_firstRequest.isValid() && m_firstRequest.elapsed() < kGatherMs) {
            m_changed.wait_for(lock, std::chrono::milliseconds(kGatherMs - m_firstRequest.elapsed()));
            continue;
        }
        if (grantable(waiter)) {
            const bool company = m_open > 0;
            const qint64 budget = perConnectionBudgetMs() * (1 + m_open);
            lease.m_owner = this;
            lease.m_id = m_nextId++;
            lease.m_startedMs = m_clock.elapsed();
            lease.m_deadline = m_overall.isForever() ? QDeadlineTimer(budget)
                                                     : QDeadlineTimer(std::min(budget, m_overall.remainingTime()));
            for (auto &open : m_openIds)
                open.second = true; // they have company now
            m_openIds.emplace_back(lease.m_id, company);
            m_exclusiveOpen = exclusive;
            ++m_open;
            ++m_stats.connections;
            m_stats.peakConcurrent = std::max(m_stats.peakConcurrent, m_open);
            if (m_paced)
                m_nextStart = QDeadlineTimer(m_gapMs);
            break;
        }
        m_changed.wait_for(lock, std::chrono::milliseconds(kWaitSliceMs));
    }
    m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), waiter));
    m_changed.notify_all(); // the next in line may be grantable now
    return lease;
}

void ConnectionScheduler::release(int id)
{
    const std::lock_guard lock(m_mutex);
    const auto it = std::find_if(m_openIds.begin(), m_openIds.end(), [id](const auto &open) { return open.first == id; });
    if (it != m_openIds.end()) {
        m_openIds.erase(it);
        --m_open;
        m_exclusiveOpen = false;
    }
    if (m_paced && m_nextStart.remainingTime() < m_gapMs)
        m_nextStart = QDeadlineTimer(m_gapMs);
    m_changed.notify_all();
}

void ConnectionScheduler::noteBusyServer()
{
    const std::lock_guard lock(m_mutex);
    m_limit = 1;
    m_stats.droppedToOne = true;
    if (!m_paced) {
        m_paced = true;
        m_gapMs = kFirstGapMs;
    }
}

qint64 ConnectionScheduler::noteLimitedServer()
{
    const std::lock_guard lock(m_mutex);
    m_limit = 1;
    ++m_stats.limitedEvents;
    if (m_backoffMs == 0) {
        // A rate limit lets through as many connections per second as were answered in the
        // last one: the pace to keep, should the silence turn out to be one.
        const qint64 now = m_clock.elapsed();
        const auto answered = std::count_if(m_answeredStarts.cbegin(), m_answeredStarts.cend(),
                                            [now](qint64 started) { return now - started < 1000; });
        m_rateGapMs = answered > 0 ? 1250 / answered : kMaxGapMs;
        m_silenceStartedMs = now;
        m_backoffMs = kFirstGapMs;
        if (!m_paced) {
            m_paced = true;
            m_gapMs = kFirstGapMs;
        }
    } else {
        m_backoffMs = std::min(2 * m_backoffMs, kMaxGapMs);
    }
    return m_backoffMs;
}

void ConnectionScheduler::noteServerAnswered()
{
    const std::lock_guard lock(m_mutex);
    if (m_backoffMs == 0)
        return;
    // A short silence was a connection the server still counted; a long one, a rate limit
    // whose window had to pass.
    const qint64 silence = m_clock.elapsed() - m_silenceStartedMs;
    m_gapMs = std::clamp(std::max(m_gapMs, silence < kRateWindowHintMs ? silence : m_rateGapMs), kFirstGapMs, kMaxGapMs);
    m_backoffMs = 0;
}

bool ConnectionScheduler::pause(qint64 ms) const
{
    const QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        if (m_cancel.isCancelled())
            return false;
        if (const std::lock_guard lock(m_mutex); outOfTimeLocked())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(kWaitSliceMs, until.remainingTime())));
    }
    return true;
}

bool ConnectionScheduler::closeEarly() const
{
    const std::lock_guard lock(m_mutex);
    return m_closeEarly;
}

void ConnectionScheduler::noteEarlyCloseUnanswered()
{
    const std::lock_guard lock(m_mutex);
    m_closeEarly = false;
}

ConnectionScheduler::Stats ConnectionScheduler::stats() const
{
    const std::lock_guard lock(m_mutex);
    Stats stats = m_stats;
    stats.pacingMs = m_paced ? m_gapMs : 0;
    return stats;
}

ConnectionScheduler::Lease::Lease(Lease &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr)), m_id(other.m_id), m_startedMs(other.m_startedMs), m_deadline(other.m_deadline)
{
}

ConnectionScheduler::Lease &ConnectionScheduler::Lease::operator=(Lease &&other) noexcept
{
    std::swap(m_owner, other.m_owner);
    std::swap(m_id, other.m_id);
    std::swap(m_startedMs, other.m_startedMs);
    std::swap(m_deadline, other.m_deadline);
    return *this;
}

ConnectionScheduler::Lease::~Lease()
{
    if (m_owner)
        m_owner->release(m_id);
}

void ConnectionScheduler::Lease::markAnswered()
{
    if (!m_owner)
        return;
    const std::lock_guard lock(m_owner->m_mutex);
    if (!m_owner->m_stats.droppedToOne && m_owner->m_stats.limitedEvents == 0
        && ++m_owner->m_answersSinceGrowth >= kAnswersPerStep && m_owner->m_limit < m_owner->m_maxLimit) {
        ++m_owner->m_limit;
        m_owner->m_answersSinceGrowth = 0;
    }
    std::vector<qint64> &starts = m_owner->m_answeredStarts;
    const qint64 now = m_owner->m_clock.elapsed();
    starts.erase(std::remove_if(starts.begin(), starts.end(), [now](qint64 started) { return now - started >= 1000; }),
                 starts.end());
    starts.push_back(m_startedMs);
}

bool ConnectionScheduler::Lease::hadCompany() const
{
    if (!m_owner)
        return false;
    const std::lock_guard lock(m_owner->m_mutex);
    for (const auto &open : m_owner->m_openIds) {
        if (open.first == m_id)
            return open.second;
    }
    return false;
}

} // namespace hd
