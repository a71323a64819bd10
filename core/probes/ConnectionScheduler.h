#pragma once

#include "CancelToken.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace hd {

// Decides when the next connection to one destination may open, so that probing survives
// the servers people really run: ones that serve one connection at a time, reset extra
// connections, limit the rate of new ones, or answer slowly.
//
// - Concurrency starts small and drops to one as soon as a connection got no answer while
//   others were open (the server was busy with those, not refusing).
// - After the server failed to answer a known-good handshake (it limits connections), new
//   connections are paced, the pause doubling while that goes on.
// - No connection opens without time left for a complete exchange (floorMsLocked()).
// - Waiting callers are served by priority, so the most informative probes go first.
class ConnectionScheduler
{
public:
    ConnectionScheduler(int maxConcurrent, QDeadlineTimer overall, const CancelToken &cancel);

    // What the main connection measured; the budgets follow from them.
    void setMeasured(double connectMs, double handshakeMs);
    void setConnectionBudget(qint64 ms); // instead of one derived from the measurements
    // A short wait that lets a server finish with a connection we just closed.
    qint64 settleMs() const;

    class Lease
    {
    public:
        Lease() = default;
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&other) noexcept;
        ~Lease();
        explicit operator bool() const { return m_owner != nullptr; }

        // The deadline for this connection's whole exchange: its own budget, longer when
        // it starts behind others that a one-at-a-time server serves first.
        QDeadlineTimer deadline() const { return m_deadline; }
        // Another connection to the destination was open at some time during this one.
        bool hadCompany() const;
        // The server answered on this connection: counts towards the rate it tolerates.
        void markAnswered();

    private:
        friend class ConnectionScheduler;
        ConnectionScheduler *m_owner = nullptr;
        int m_id = 0;
        qint64 m_startedMs = 0;
        QDeadlineTimer m_deadline;
    };

    enum class Priority { Retry = 0, ProtocolVersions, KeyExchange, ServerName, CipherSuites };

    // Waits for a turn. Empty when cancelled, or when the overall deadline leaves too little
    // for a complete exchange: such a connection could not finish and would only burden the
    // server. An exclusive lease waits until no other connection is open and keeps others out.
    Lease acquire(Priority priority, bool exclusive = false);
    // Counts a connection opened elsewhere (the main one) as open until the lease ends.
    Lease adoptOpenConnection();

    // A connection answered alone after none came while others were open: from now on one
    // at a time, with a short gap after each.
    void noteBusyServer();
    // A known-good handshake got no answer: the server is limiting new connections. Paces
    // new connections at the rate it answered before, and returns the pause before the
    // next attempt, doubling while the server stays silent.
    qint64 noteLimitedServer();
    void noteServerAnswered();
    // Sleeps up to ms, in slices that notice cancellation and the overall deadline.
    bool pause(qint64 ms) const;

    // A hand-made hello may go out with our end of the connection closed right behind it,
    // so that a server serving one connection at a time is free as soon as it has answered,
    // not a round trip later. Some servers and middleboxes drop such a connection unanswered:
    // once one answered a hello only on a connection left open, all are left open.
    bool closeEarly() const;
    void noteEarlyCloseUnanswered();

    struct Stats
    {
        int connections = 0;        // opened
        int peakConcurrent = 0;
        bool droppedToOne = false;  // noteBusyServer() happened
        int limitedEvents = 0;      // noteLimitedServer() calls
        qint64 pacingMs = 0;        // the gap between connections at the end
    };
    Stats stats() const;

private:
    struct Waiter
    {
        int priority;
        quint64 ticket;
        bool exclusive;
        bool operator==(const Waiter &other) const { return ticket == other.ticket; }
    };
    void release(int id);
    bool grantable(const Waiter &waiter) const;
    qint64 floorMsLocked() const;
    bool outOfTimeLocked() const;
    qint64 perConnectionBudgetMs() const;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    const QDeadlineTimer m_overall;
    const CancelToken m_cancel;
    const int m_maxLimit;
    int m_limit;
    int m_answersSinceGrowth = 0;
    int m_open = 0;
    int m_nextId = 1;
    quint64 m_nextTicket = 0;
    std::vector<Waiter> m_waiting;  // exclusive first, then the smallest (priority, ticket)
    bool m_exclusiveOpen = false;
    std::vector<std::pair<int, bool>> m_openIds;  // (lease id, had company)
    double m_connectMs = 0;
    double m_handshakeMs = 0;
    qint64 m_fixedBudgetMs = 0;
    bool m_paced = false;
    qint64 m_gapMs = 0;             // when paced: between one connection's start or end and the next start
    QDeadlineTimer m_nextStart;
    qint64 m_backoffMs = 0;         // while the server is silent: the pause before asking again
    qint64 m_silenceStartedMs = 0;
    qint64 m_rateGapMs = 0;         // the pace a rate limit would allow, estimated when the silence began
    QElapsedTimer m_clock;
    QElapsedTimer m_firstRequest;
    std::vector<qint64> m_answeredStarts; // when connections that got an answer started (m_clock)
    bool m_closeEarly = true;
    Stats m_stats;
};

} // namespace hd
