#pragma once

#include <atomic>
#include <memory>

namespace hd {

// Shared between the thread that runs a diagnosis and whoever may stop it (GUI, Ctrl-C).
// Copies share one flag; every blocking wait in core/ polls it in short slices.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace hd
