#pragma once

#include "probes/TlsSupportProbes.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace hd {

struct Observations;

// The server's TLS parameters as everything in one diagnosis saw them: the three probes,
// and the main handshake (which also tells the best version when probes are off).
struct ServerCapabilities
{
    QMap<int, Support> versions;           // 0x0300 (SSL 3.0) .. 0x0304 (TLS 1.3)
    QMap<int, QList<quint16>> suites;      // accepted per version; the server's order where serverOrder has it
    QSet<int> serverOrder;                 // versions at which the server picks by its own preference
    QSet<int> completeSuites;              // versions whose list holds every suite the server accepts
    QStringList groups;                    // elliptic-curve groups accepted
    QStringList rejectedGroups;            // and refused; the rest the key-exchange probe could not tell
    bool groupsProbed = false;
    int dhBits = 0;                        // the server's finite-field DH group; 0 when unknown or none

    Support support(int version) const { return versions.value(version, Support::Unknown); }
    QList<int> accepted() const;           // ascending
    int best() const;                      // highest accepted version, 0 when none is known
    bool anySuiteKnown() const;
    // Whether the server takes one of these groups: Rejected only when it refused them all,
    // Accepted as well when the groups were not probed (nothing says otherwise).
    Support groupSupport(const QStringList &clientGroups) const;

    static ServerCapabilities from(const Observations &obs);
};

} // namespace hd
