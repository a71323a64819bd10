#include "NameResolver.h"

#include <QHostInfo>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace hd {

namespace {

struct PendingLookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QHostInfo info;
};

} // namespace

ResolveOutcome NameResolver::resolve(const QString &host, QDeadlineTimer deadline, const CancelToken &cancel)
{
    auto pending = std::make_shared<PendingLookup>();
    std::thread([pending, host] {
        QHostInfo info = QHostInfo::fromName(host);
        std::lock_guard lock(pending->mutex);
        pending->info = info;
        pending->finished = true;
        pending->done.notify_all();
    }).detach();

    std::unique_lock lock(pending->mutex);
    while (!pending->finished) {
        if (cancel.isCancelled())
            return {ResolveOutcome::Status::Cancelled, {}, {}};
        if (deadline.hasExpired())
            return {ResolveOutcome::Status::Timeout, {}, {}};
        pending->done.wait_for(lock, std::chrono::milliseconds(40));
    }

    ResolveOutcome outcome;
    outcome.errorText = pending->info.errorString();
    switch (pending->info.error()) {
    case QHostInfo::NoError:
        outcome.addresses = pending->info.addresses();
        outcome.status = outcome.addresses.isEmpty() ? ResolveOutcome::Status::NotFound : ResolveOutcome::Status::Ok;
        break;
    case QHostInfo::HostNotFound:
        outcome.status = ResolveOutcome::Status::NotFound;
        break;
    case QHostInfo::UnknownError:
        outcome.status = ResolveOutcome::Status::Failed;
        break;
    }
    return outcome;
}

} // namespace hd
