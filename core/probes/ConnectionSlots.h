#pragma once

#include "CancelToken.h"

#include <QDeadlineTimer>
#include <QSemaphore>

namespace hd {

// Caps the connections a diagnosis has open at once, to stay polite to real servers.
class ConnectionSlots
{
public:
    explicit ConnectionSlots(int maxConnections) : m_free(qMax(1, maxConnections)) {}

    // Held for the life of one connection. Empty when cancelled or out of time.
    class Lease
    {
    public:
        Lease() = default;
        explicit Lease(QSemaphore *owner) : m_owner(owner) {}
        Lease(Lease &&other) noexcept : m_owner(std::exchange(other.m_owner, nullptr)) {}
        Lease &operator=(Lease &&other) noexcept { std::swap(m_owner, other.m_owner); return *this; }
        ~Lease() { if (m_owner) m_owner->release(); }
        explicit operator bool() const { return m_owner != nullptr; }

    private:
        QSemaphore *m_owner = nullptr;
    };

    Lease acquire(QDeadlineTimer deadline, const CancelToken &cancel)
    {
        while (!cancel.isCancelled() && !deadline.hasExpired()) {
            if (m_free.tryAcquire(1, 40))
                return Lease(&m_free);
        }
        return {};
    }

private:
    QSemaphore m_free;
};

} // namespace hd
