#pragma once

#include <QElapsedTimer>

namespace hd {

// Monotonic time since the diagnosis started, in milliseconds with sub-ms precision.
class Clock
{
public:
    Clock() { m_timer.start(); }
    double nowMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

} // namespace hd
