#pragma once

#include <QStringList>

namespace hd {

struct ProbeContext;

// The key-exchange groups a server accepts among those current browsers do not offer:
// brainpool curves (TLS 1.2 and TLS 1.3) and finite-field groups under TLS 1.3. Asked only
// when the main handshake suggests the server has no group in common with browsers.
struct ServerGroupsResult
{
    bool ran = false;
    QStringList groups;        // accepted, TLS names ("brainpoolP256r1", "ffdhe2048"...)
    QStringList rejected;
    QStringList unknown;       // no conclusion (no answer, out of time)
};

ServerGroupsResult findUncommonGroups(const ProbeContext &context);

} // namespace hd
