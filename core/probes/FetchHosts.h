#pragma once

#include "ConnectionScheduler.h"

#include <QUrl>

#include <map>
#include <memory>
#include <mutex>

namespace hd {

// The hosts a diagnosis downloads from (OCSP responders, CRL and AIA servers), each with a
// pool of its own per kind of download: one connection at a time, since a single-threaded
// responder (`openssl ocsp -port`) serves nobody else while it waits on one of ours, and a
// short budget per download, since a slow responder must not hold up the diagnosis.
class FetchHosts
{
public:
    static constexpr qint64 kBudgetMs = 3000;

    FetchHosts(QDeadlineTimer overall, const CancelToken &cancel) : m_overall(overall), m_cancel(cancel) {}

    enum class Kind { Ocsp, Crl, Issuer };
    // Waits for the host's turn; empty when cancelled or without time for a download.
    ConnectionScheduler::Lease acquire(Kind kind, const QUrl &url);

private:
    std::mutex m_mutex;
    QDeadlineTimer m_overall;
    CancelToken m_cancel;
    std::map<std::pair<Kind, QString>, std::unique_ptr<ConnectionScheduler>> m_hosts;
};

} // namespace hd
