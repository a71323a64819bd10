#include "FetchHosts.h"

namespace hd {

ConnectionScheduler::Lease FetchHosts::acquire(Kind kind, const QUrl &url)
{
    ConnectionScheduler *host = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        const QString authority = url.host().toLower() + QLatin1Char(':') + QString::number(url.port(80));
        std::unique_ptr<ConnectionScheduler> &slot = m_hosts[{kind, authority}];
        if (!slot) {
            slot = std::make_unique<ConnectionScheduler>(1, m_overall, m_cancel);
            slot->setConnectionBudget(kBudgetMs);
        }
        host = slot.get();
    }
    return host->acquire(ConnectionScheduler::Priority::Retry, true);
}

} // namespace hd
