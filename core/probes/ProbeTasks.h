#pragma once

#include "ClientHelloBuilder.h"
#include "TlsSupportProbes.h"

#include <functional>
#include <vector>

namespace hd {

struct ProbeContext;
struct ProbeHandshake;

// Helpers shared by the protocol-versions, cipher-suites and key-exchange probes.

// Runs every task on a thread of its own and waits for all of them. The connection slots,
// not the number of threads, keep the load on the server polite.
void runConcurrently(const std::vector<std::function<void()>> &tasks);

// The SNI a probe sends: the target's host name; none for an IP address (RFC 6066).
QString probeServerName(const ProbeContext &context);

// Accepted when the handshake completed, or went as far as the server asking for a client
// certificate; Rejected when the server refused (an alert, a close, a reset, or an answer
// our side could not accept); Unknown when nothing can be concluded (no connection, no
// answer, not TLS, cancelled, an alert about the name, ALPN or client certificates).
// `how` says which refusal.
Support supportOf(const ProbeHandshake &attempt, QString *how);

// The same for a hand-made hello at `version`: a ServerHello for another version is the
// server declining this one.
Support supportOf(const HelloAnswer &answer, int version, QString *how);

// What a hand-made hello offers to learn all a version allows: every candidate suite.
QList<quint16> helloCandidates(int version);

// One hand-made hello at `version` offering `suites` (and `groups`, empty: what current
// clients offer), with SNI from TLS 1.0 on, and the server's first answer. *why is set when
// the connection told nothing (not tried, no connection): the answer then means nothing.
HelloAnswer sendHello(const ProbeContext &context, int version, const QList<quint16> &suites, const QList<int> &groups,
                      QString *why);

// Whether the server takes this key-exchange group (a TLS id) under TLS 1.3: a hand-made
// hello offers it alone, with a share of it, and the ServerHello (or a HelloRetryRequest,
// should the server want a share after all) names the group.
Support groupSupportByHello(const ProbeContext &context, int group, QString *how);

} // namespace hd
