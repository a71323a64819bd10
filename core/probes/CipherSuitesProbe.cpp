// cipher-suites: the suites the server accepts at each version, and whether it picks by its
// own order. Every list starts from the protocol-versions probe's first hello (FirstHellos),
// which offered every candidate: the server named its first choice. From there a hand-made
// hello offers what is left, the server names its choice, the next hello leaves that one
// out, until the server refuses the rest. The order is learnt early (a reversed hello beside
// the first, or the two first suites offered in reverse). A server that picks by its own
// order is asked one hello after the other, to learn that order; for one that follows the
// client's, the order says nothing and the rest is asked in rounds of hellos side by side.
// The same hellos reach the obsolete suites OpenSSL lacks, and reading only the ServerHello
// (or a TLS 1.3 HelloRetryRequest) costs one round trip after TCP and no key exchange.
#include "ProbeContext.h"
#include "ProbeResults.h"
#include "ProbeTasks.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

#include <algorithm>
#include <future>

namespace hd {

namespace {

// Real servers accept a few dozen at most; one that keeps "accepting" is answering nonsense.
constexpr int kMaxSuitesPerVersion = 64;
// Hellos side by side for a server that follows the client's order: more cost more
// refusals at the end for fewer round trips.
constexpr int kFirstRoundWidth = 2;
constexpr int kMaxRoundWidth = 4;

// What one chain of hellos found among its candidates, in the order the server chose them.
struct Chain
{
    QList<quint16> found;
    bool complete = false;   // the server refused the rest
    QString unknownBecause;  // why the chain stopped without that
};

Chain enumerate(const ProbeContext &context, int version, QList<quint16> remaining, int maxSteps)
{
    Chain chain;
    while (!remaining.isEmpty() && chain.found.size() < maxSteps && !context.cancel.isCancelled()) {
        QString why;
        const HelloAnswer answer = sendHello(context, version, remaining, {}, &why);
        const Support support = why.isEmpty() ? supportOf(answer, version, &why) : Support::Unknown;
        if (support == Support::Unknown) {
            chain.unknownBecause = why;
            return chain;
        }
        if (support == Support::Rejected) {
            // Switching versions after accepting this one is no refusal but a server to distrust.
            if (answer.kind == HelloAnswer::Kind::ServerHello)
                chain.unknownBecause = why;
            else
                chain.complete = true;
            return chain;
        }
        if (!remaining.contains(answer.cipherSuite)) {
            chain.unknownBecause = QStringLiteral("unoffered-suite"); // nothing it says can be trusted
            return chain;
        }
        chain.found << answer.cipherSuite;
        remaining.removeOne(answer.cipherSuite);
    }
    chain.complete = remaining.isEmpty();
    if (!chain.complete && context.cancel.isCancelled())
        chain.unknownBecause = QStringLiteral("cancelled");
    return chain;
}

void append(SuiteList *list, const Chain &chain)
{
    list->suites << chain.found;
    list->complete = chain.complete;
    if (list->unknownBecause.isEmpty())
        list->unknownBecause = chain.unknownBecause;
}

// A server that picks by its own order chooses its favourite whatever order the client
// offers; one that follows the client takes the first it supports.
bool picksByOwnOrder(const ProbeContext &context, const SuiteList &list)
{
    const QList<quint16> reversed(list.suites.crbegin(), list.suites.crend());
    QString why;
    const HelloAnswer answer = sendHello(context, list.version, reversed, {}, &why);
    return why.isEmpty() && answer.kind == HelloAnswer::Kind::ServerHello && answer.version == list.version
           && answer.cipherSuite == list.suites.first();
}

// The rest, in rounds of hellos side by side, each offering a share of what is left. A
// refused share holds nothing the server accepts and is done; the others go on without the
// suite chosen. The rounds widen while every hello is accepted and narrow to the hellos
// that were, so that the refusals that end the list stay few.
void enumerateSideBySide(const ProbeContext &context, QList<quint16> remaining, SuiteList *list)
{
    int width = kFirstRoundWidth;
    while (!remaining.isEmpty() && list->suites.size() < kMaxSuitesPerVersion) {
        if (context.cancel.isCancelled()) {
            list->unknownBecause = QStringLiteral("cancelled");
            return;
        }
        // Dealt in turn: the suites a server most likely has (offered first) spread over all.
        std::vector<QList<quint16>> shares(size_t(std::min<qsizetype>(width, remaining.size())));
        for (qsizetype i = 0; i < remaining.size(); ++i)
            shares[size_t(i % qsizetype(shares.size()))] << remaining[i];
        std::vector<Chain> found(shares.size());
        std::vector<std::function<void()>> tasks;
        for (size_t i = 0; i < shares.size(); ++i)
            tasks.push_back([&, i] { found[i] = enumerate(context, list->version, shares[i], 1); });
        runConcurrently(tasks);
        remaining.clear();
        int accepted = 0;
        for (size_t i = 0; i < shares.size(); ++i) {
            if (!found[i].unknownBecause.isEmpty()) {
                list->suites << found[i].found;
                list->unknownBecause = found[i].unknownBecause;
                return;
            }
            if (found[i].found.isEmpty())
                continue; // refused: nothing in this share
            ++accepted;
            list->suites << found[i].found;
            shares[i].removeOne(found[i].found.first());
            remaining << shares[i];
        }
        width = accepted == int(shares.size()) ? std::min(2 * width, kMaxRoundWidth) : std::max(accepted, 1);
    }
    list->complete = remaining.isEmpty();
}

// Without the reversed hello's help: a second hello offers the rest, then the two known
// suites go in reverse. False when that already ended the list.
bool learnOrder(const ProbeContext &context, QList<quint16> *remaining, SuiteList *list)
{
    const Chain second = enumerate(context, list->version, *remaining, 1);
    append(list, second);
    for (const quint16 suite : second.found)
        remaining->removeOne(suite);
    if (list->suites.size() >= 2 && !context.cancel.isCancelled())
        list->serverOrder = picksByOwnOrder(context, *list);
    return !list->complete && list->unknownBecause.isEmpty() && !remaining->isEmpty();
}

SuiteList enumerateVersion(const ProbeContext &context, int version)
{
    SuiteList list;
    list.version = version;
    QList<quint16> remaining = helloCandidates(version);
    // The versions a server is likely to accept have long lists: beside the first hello goes
    // one that offers everything in reverse. A server that follows the client's order answers
    // it with another suite, which is the second one known at once; one that picks by its
    // own order names its favourite again. Either way the order is known a round trip early.
    std::future<Chain> reversedHello;
    if (version >= 0x0303) {
        reversedHello = std::async(std::launch::async, [&context, version, reversed = QList<quint16>(remaining.crbegin(), remaining.crend())] {
            return enumerate(context, version, reversed, 1);
        });
    }
    const VersionSupport first = context.firstHellos->await(version, context.deadline, context.cancel);
    const Chain reversed = reversedHello.valid() ? reversedHello.get() : Chain{};
    list.support = first.support;
    if (first.support != Support::Accepted) {
        list.complete = first.support == Support::Rejected;
        list.unknownBecause = list.complete ? QString() : first.how;
        return list;
    }
    list.suites << first.cipherSuite;
    remaining.removeOne(first.cipherSuite);
    const quint16 reversedChoice = reversed.found.value(0);
    if (reversedChoice && reversedChoice != first.cipherSuite && remaining.contains(reversedChoice)) {
        list.suites << reversedChoice; // the client's order
        remaining.removeOne(reversedChoice);
    } else if (reversedChoice && reversedChoice == first.cipherSuite) {
        list.serverOrder = true; // its own order, should it have a second suite at all
    } else if (!learnOrder(context, &remaining, &list)) {
        return list;
    }
    if (remaining.isEmpty())
        list.complete = true;
    else if (list.serverOrder)
        append(&list, enumerate(context, version, remaining, kMaxSuitesPerVersion - int(list.suites.size())));
    else
        enumerateSideBySide(context, remaining, &list);
    list.serverOrder = list.serverOrder && list.suites.size() >= 2;
    return list;
}

SuiteList suitesOf(const ProbeContext &context, int version)
{
    SuiteList list = enumerateVersion(context, version);
    if (!list.serverOrder) {
        // The order found says nothing of the server's: list them as clients offer them.
        const QList<quint16> candidates = helloCandidates(version);
        std::sort(list.suites.begin(), list.suites.end(),
                  [&candidates](quint16 a, quint16 b) { return candidates.indexOf(a) < candidates.indexOf(b); });
    }
    return list;
}

} // namespace

QVariantMap runCipherSuitesProbe(const ProbeContext &context, ProbeResults &results)
{
    constexpr int kVersions[] = {0x0300, 0x0301, 0x0302, 0x0303, 0x0304};
    std::vector<SuiteList> lists(std::size(kVersions));
    // TLS 1.2's and 1.3's lists take the longest chains of connections, one after the other:
    // they go with the first probes, so that they do not end the diagnosis last.
    const ProbeContext longestChains = context.withPriority(ConnectionScheduler::Priority::ProtocolVersions);
    std::vector<std::function<void()>> tasks;
    for (size_t i = 0; i < std::size(kVersions); ++i) {
        const ProbeContext &own = kVersions[i] >= 0x0303 ? longestChains : context;
        tasks.push_back([&own, &lists, i, version = kVersions[i]] { lists[i] = suitesOf(own, version); });
    }
    runConcurrently(tasks);

    CipherSuitesResult &out = results.cipherSuites;
    out.versions = QList<SuiteList>(lists.cbegin(), lists.cend()); // SSL 3.0 first
    out.ran = true;

    QVariantMap suites;
    QStringList serverOrder;
    QStringList incomplete;
    for (const SuiteList &list : std::as_const(out.versions)) {
        const QString version = tls::versionName(list.version);
        if (list.support == Support::Accepted) {
            QStringList names;
            for (const quint16 suite : list.suites)
                names << tls::suiteName(suite);
            suites.insert(version, names);
        }
        if (list.serverOrder)
            serverOrder << version;
        if (!list.complete)
            incomplete << version;
    }
    return {{QStringLiteral("suites"), suites},
            {QStringLiteral("serverOrder"), serverOrder},
            {QStringLiteral("incomplete"), incomplete}};
}

} // namespace hd
