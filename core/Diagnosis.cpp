#include "Diagnosis.h"

#include "Clock.h"
#include "ResultAnalysis.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"
#include "compat/ClientProfiles.h"
#include "cert/TrustStore.h"
#include "http/HeaderParsers.h"
#include "http/Redirects.h"
#include "net/ProxyAutoConfig.h"
#include "probes/FetchHosts.h"
#include "probes/ProbeContext.h"
#include "probes/ProbeRegistry.h"
#include "probes/ServerGroupsProbe.h"
#include "tls/TlsNames.h"

#include <QFile>
#include <QMutex>

#include <openssl/tls1.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <future>
#include <thread>

namespace hd {

namespace {

constexpr int kMaxIssuerFetches = 3;
constexpr qint64 kCloseBudgetMs = 200;    // close_notify is one small write
constexpr qint64 kHttpBudgetMs = 10000;   // without an overall deadline
// What the main handshake leaves of the budget, so that one that stalls after its
// ClientHello can still be retried with a small one (a device in the path may drop large ones).
constexpr qint64 kInterferenceReserveMs = 2500;
// A small ClientHello: the suites every current browser offers for TLS 1.2, three groups.
constexpr char kSmallHelloSuites[] = "ECDHE+AESGCM:ECDHE+CHACHA20";
constexpr char kSmallHelloGroups[] = "X25519:P-256:P-384";
constexpr qint64 kDirectBudgetMs = 3000;  // the direct connection beside a proxy that may intercept
constexpr qint64 kPacBudgetMs = 3000;     // reading the system's proxy script
constexpr qsizetype kMaxPacBytes = 1024 * 1024;

QStringList addressStrings(const QList<QHostAddress> &addresses)
{
    QStringList out;
    for (const QHostAddress &address : addresses)
        out << address.toString();
    return out;
}

// One diagnosis: holds the clock, the deadline and what has been observed so far.
class DiagnosisRun
{
public:
    DiagnosisRun(const Target &target, const DiagnosisOptions &options, const CancelToken &cancel,
                 const Diagnosis::StepObserver &onStep)
        : m_deadline(options.timeoutMs)
        , m_cancel(cancel)
        , m_scheduler(options.maxConnections, m_deadline, cancel)
        , m_fetchHosts(m_deadline, cancel)
        , m_onStep(onStep)
    {
        m_obs.target = target;
        m_obs.options = options;
        m_obs.now = QDateTime::currentDateTimeUtc();
        m_result.target = target;
        m_result.startedAt = m_obs.now;
        if (options.trustStoreFile.isEmpty()) // overlap reading the OS store with the network steps
            m_trustPreload = std::async(std::launch::async, &TrustStore::preloadSystemAnchors);
    }

    DiagnosisResult execute()
    {
        m_obs.proxy.server = chooseProxy(m_obs.options.proxyMode, m_obs.options.proxyUrl,
                                         QUrl(QStringLiteral("https://") + m_obs.target.authority()));
        if (m_obs.options.proxyMode == ProxyMode::System && !m_obs.proxy.used())
            readProxyScript();
        noteAssumedProtocol();
        Socket socket;
        if ((m_obs.proxy.used() ? openTunnel(socket) : (resolve() && connect(socket))) && upgrade(socket))
            handshakeAndBeyond(socket);
        m_obs.probeSchedule = m_scheduler.stats();
        m_result.probeSchedule = m_obs.probeSchedule;
        m_result.cancelled = m_cancel.isCancelled();
        if (!m_result.cancelled) {
            m_result.findings = CheckRegistry::evaluate(m_obs);
            m_result.checks = CheckRegistry::outcomes(m_obs, m_result.findings);
        } else {
            m_result.checks = CheckRegistry::cancelledOutcomes();
        }
        m_result.probesEnabled = m_obs.options.runProbes;
        m_result.probes = m_obs.probes;
        if (!m_result.cancelled && m_obs.probes.cipherSuites.ran) // one handshake alone cannot tell
            m_result.compatibility = assessCompatibility(ServerCapabilities::from(m_obs));
        m_result.presentedChain = m_obs.presented;
        m_result.builtChain = m_obs.verification.built;
        m_result.chainTrusted = m_obs.verification.verified;
        m_result.addresses = addressStrings(m_obs.resolve.addresses);
        m_result.usedAddress = m_obs.connected ? m_obs.address.toString() : QString();
        if (m_obs.handshakeEstablished()) {
            m_result.tlsVersion = tls::versionName(m_obs.tlsVersion);
            m_result.cipher = m_obs.cipher;
        }
        m_result.httpStatusLine = m_obs.http.statusLine;
        m_result.httpHeaders = m_obs.http.headers;
        m_result.durationMs = m_clock.nowMs();
        ResultAnalysis::complete(&m_result);
        return m_result;
    }

private:
    void addStep(const TimelineStep &step)
    {
        const QMutexLocker lock(&m_stepMutex); // probes report from their own threads
        m_result.timeline << step;
        if (m_onStep)
            m_onStep(step);
    }

    TimelineStep startStep(TimelineStep::Kind kind) const
    {
        TimelineStep step;
        step.kind = kind;
        step.startMs = m_clock.nowMs();
        return step;
    }

    void finishStep(TimelineStep step, TimelineStep::Status status)
    {
        step.status = status;
        step.durationMs = m_clock.nowMs() - step.startMs;
        addStep(step);
    }

    // The site's addresses the way the options say: the --resolve override, the literal
    // address, or DNS; *source names which ("override", "literal", "dns").
    ResolveOutcome lookUpSite(QDeadlineTimer deadline, QString *source) const
    {
        const Target &target = m_obs.target;
        const AddressOverride &override = m_obs.options.addressOverride;
        ResolveOutcome outcome;
        if (override.isSet() && override.host.compare(target.host, Qt::CaseInsensitive) == 0
            && (override.port == 0 || override.port == target.port)) {
            *source = QStringLiteral("override");
            outcome.addresses = {override.address};
        } else if (target.isIpLiteral) {
            *source = QStringLiteral("literal");
            outcome.addresses = {QHostAddress(target.host)};
        } else {
            *source = QStringLiteral("dns");
            outcome = NameResolver::resolve(target.host, deadline, m_cancel);
        }
        return outcome;
    }

    bool resolve()
    {
        TimelineStep step = startStep(TimelineStep::Kind::Resolve);
        const Target &target = m_obs.target;
        m_obs.resolve = lookUpSite(m_deadline, &m_obs.resolveSource);
        step.facts = {{QStringLiteral("host"), target.host},
                      {QStringLiteral("addresses"), addressStrings(m_obs.resolve.addresses)},
                      {QStringLiteral("source"), m_obs.resolveSource}};
        const bool ok = m_obs.resolve.status == ResolveOutcome::Status::Ok;
        if (!ok)
            step.facts.insert(QStringLiteral("error"), m_obs.resolve.errorText);
        finishStep(step, ok ? TimelineStep::Status::Ok : TimelineStep::Status::Failed);
        return ok;
    }

    // TCP to the first of the addresses that accepts, as browsers do: each attempt leaves
    // time for the addresses after it. Fills a timeline step's facts.
    bool connectToFirst(Socket &socket, const QList<QHostAddress> &addresses, quint16 port, QHostAddress *used,
                        NetResult *error, TimelineStep *step)
    {
        bool connected = false;
        QStringList attempts;
        for (qsizetype i = 0; i < addresses.size() && !connected; ++i) {
            const qint64 left = m_deadline.remainingTime();
            const QDeadlineTimer attemptDeadline(left / qMax<qsizetype>(1, addresses.size() - i));
            *used = addresses[i];
            const double attemptStart = m_clock.nowMs();
            *error = socket.connect(addresses[i], port, attemptDeadline, m_cancel);
            m_connectMs = m_clock.nowMs() - attemptStart;
            // A reset reported by connect() means the server accepted and then reset: TCP
            // did connect, and the handshake step will run into the reset like any other.
            connected = error->ok() || error->error == NetError::Reset;
            attempts << QStringLiteral("%1 %2").arg(addresses[i].toString(), netErrorKey(error->error));
            if (error->error == NetError::Cancelled)
                break;
        }
        step->facts = {{QStringLiteral("address"), used->toString()},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("attempts"), attempts}};
        if (!connected)
            step->facts.insert(QStringLiteral("error"), netErrorKey(error->error));
        return connected;
    }

    bool connect(Socket &socket)
    {
        TimelineStep step = startStep(TimelineStep::Kind::Connect);
        m_obs.connectAttempted = true;
        m_obs.connected = connectToFirst(socket, m_obs.resolve.addresses, m_obs.target.port, &m_obs.address,
                                         &m_obs.connectError, &step);
        finishStep(step, m_obs.connected ? TimelineStep::Status::Ok : TimelineStep::Status::Failed);
        return m_obs.connected;
    }

    // Through a proxy, as the browser goes: the proxy's name, TCP to it, and CONNECT. The
    // proxy looks the site's name up itself, so there is no lookup of ours for it.
    bool openTunnel(Socket &socket)
    {
        ProxyObservation &proxy = m_obs.proxy;
        m_obs.resolveSource = QStringLiteral("proxy");
        m_obs.connectAttempted = true;

        TimelineStep lookup = startStep(TimelineStep::Kind::Proxy);
        lookup.name = QStringLiteral("dns");
        QHostAddress literal;
        if (literal.setAddress(proxy.server.host))
            proxy.resolve.addresses = {literal};
        else
            proxy.resolve = NameResolver::resolve(proxy.server.host, m_deadline, m_cancel);
        lookup.facts = {{QStringLiteral("host"), proxy.server.host},
                        {QStringLiteral("addresses"), addressStrings(proxy.resolve.addresses)},
                        {QStringLiteral("source"), literal.isNull() ? QStringLiteral("dns") : QStringLiteral("literal")}};
        const bool resolved = proxy.resolve.status == ResolveOutcome::Status::Ok;
        if (!resolved)
            lookup.facts.insert(QStringLiteral("error"), proxy.resolve.errorText);
        finishStep(lookup, resolved ? TimelineStep::Status::Ok : TimelineStep::Status::Failed);
        if (!resolved)
            return false;

        TimelineStep tcp = startStep(TimelineStep::Kind::Proxy);
        tcp.name = QStringLiteral("tcp");
        proxy.connectAttempted = true;
        proxy.connected = connectToFirst(socket, proxy.resolve.addresses, proxy.server.port, &proxy.address,
                                         &proxy.connectError, &tcp);
        finishStep(tcp, proxy.connected ? TimelineStep::Status::Ok : TimelineStep::Status::Failed);
        if (!proxy.connected)
            return false;

        TimelineStep tunnel = startStep(TimelineStep::Kind::Proxy);
        tunnel.name = QStringLiteral("connect");
        proxy.tunnelRequested = true;
        proxy.answer = ProxyTunnel::request(socket, proxy.server, m_obs.target.host, m_obs.target.port, m_deadline, m_cancel);
        m_connectMs += m_clock.nowMs() - tunnel.startMs;
        tunnel.facts = {{QStringLiteral("proxy"), proxy.server.display()},
                        {QStringLiteral("request"), QStringLiteral("CONNECT ") + m_obs.target.authority()},
                        {QStringLiteral("status"), proxy.answer.status},
                        {QStringLiteral("statusLine"), proxy.answer.statusLine},
                        {QStringLiteral("authScheme"), proxy.answer.authScheme}};
        if (!proxy.answer.error.ok())
            tunnel.facts.insert(QStringLiteral("error"), netErrorKey(proxy.answer.error.error));
        m_obs.connected = proxy.tunnelOpen();
        if (!m_obs.connected)
            m_obs.connectError = proxy.answer.error.ok() ? NetResult{NetError::Refused, proxy.answer.statusLine} : proxy.answer.error;
        finishStep(tunnel, m_obs.connected ? TimelineStep::Status::Ok : TimelineStep::Status::Failed);
        return m_obs.connected;
    }

    // The system names a proxy script (PAC), yet no proxy came out of it for this site: read
    // the script, so that a broken one, or one nobody here can run, is reported, not ignored.
    void readProxyScript()
    {
        const SystemPac pac = systemProxyAutoConfig();
        if (!pac.isSet())
            return;
        PacObservation &observed = m_obs.proxy.pac;
        observed.url = pac.url.toString();
        observed.evaluatedBySystem = pac.evaluatedBySystem;
        TimelineStep step = startStep(TimelineStep::Kind::Proxy);
        step.name = QStringLiteral("pac");
        QByteArray script;
        if (pac.url.isLocalFile()) {
            QFile file(pac.url.toLocalFile());
            observed.fetched = file.open(QIODevice::ReadOnly);
            script = observed.fetched ? file.read(kMaxPacBytes) : QByteArray();
            observed.error = observed.fetched ? QString() : file.errorString();
        } else if (pac.url.scheme() == QLatin1String("http")) {
            const QDeadlineTimer budget(m_deadline.isForever() ? kPacBudgetMs
                                                               : qMin(kPacBudgetMs, qMax<qint64>(0, m_deadline.remainingTime() / 4)));
            const HttpResponse response = httpGet(pac.url, {}, budget, m_cancel, kMaxPacBytes);
            observed.fetched = response.statusCode == 200;
            script = response.body;
            observed.error = observed.fetched    ? QString()
                             : response.received ? QString::fromLatin1(response.statusLine)
                             : response.error.detail.isEmpty() ? netErrorKey(response.error.error)
                                                               : response.error.detail;
        }
        observed.definesFunction = script.contains("FindProxyForURL");
        step.facts = {{QStringLiteral("url"), observed.url},
                      {QStringLiteral("fetched"), observed.fetched},
                      {QStringLiteral("definesFunction"), observed.definesFunction},
                      {QStringLiteral("evaluatedBySystem"), observed.evaluatedBySystem},
                      {QStringLiteral("error"), observed.error}};
        // Whether that keeps the script from being used is proxy-script-unusable's to say.
        finishStep(step, observed.error.isEmpty() ? TimelineStep::Status::Ok : TimelineStep::Status::Warning);
    }

    // A bare "host:993" is taken to mean the port's usual protocol: the timeline says so.
    void noteAssumedProtocol()
    {
        if (!m_obs.target.schemeFromPort)
            return;
        TimelineStep step = startStep(TimelineStep::Kind::PlainText);
        step.name = QStringLiteral("protocol");
        step.facts = {{QStringLiteral("scheme"), m_obs.target.scheme}, {QStringLiteral("port"), m_obs.target.port}};
        finishStep(step, TimelineStep::Status::Info);
    }

    // The plain-text part before TLS for the protocols that have one (STARTTLS and its
    // kin): each message a step as it happens, and a failed step when it stops short.
    bool upgrade(Socket &socket)
    {
        if (m_obs.target.upgrade == PlainProtocol::None)
            return true;
        m_obs.upgradeAttempted = true;
        const QString protocol = plainProtocolKey(m_obs.target.upgrade);
        const double start = m_clock.nowMs();
        double last = start;
        m_obs.upgrade = PlainUpgrade::perform(m_obs.target.upgrade, socket, m_obs.target.host, m_deadline, m_cancel,
                                              [&](const PlainMessage &message) {
                                                  TimelineStep step = startStep(TimelineStep::Kind::PlainText);
                                                  step.startMs = last;
                                                  step.name = message.stage;
                                                  step.direction = message.direction;
                                                  step.facts = {{QStringLiteral("protocol"), protocol},
                                                                {QStringLiteral("text"), message.text}};
                                                  finishStep(step, TimelineStep::Status::Ok);
                                                  last = m_clock.nowMs();
                                              });
        m_connectMs += m_clock.nowMs() - start; // every probe's connection does the same first
        if (m_obs.upgrade.upgraded())
            return true;
        TimelineStep failed = startStep(TimelineStep::Kind::PlainText);
        failed.name = QStringLiteral("failed");
        failed.facts = {{QStringLiteral("protocol"), protocol},
                        {QStringLiteral("result"), upgradeResultKey(m_obs.upgrade.result)},
                        {QStringLiteral("stage"), m_obs.upgrade.stage},
                        {QStringLiteral("text"), m_obs.upgrade.result == UpgradeOutcome::Result::NotOffered
                                                     ? m_obs.upgrade.capabilities
                                                     : m_obs.upgrade.answer}};
        if (m_obs.upgrade.result == UpgradeOutcome::Result::NoAnswer)
            failed.facts.insert(QStringLiteral("error"), netErrorKey(m_obs.upgrade.error.error));
        finishStep(failed, TimelineStep::Status::Failed);
        return false;
    }

    void handshakeAndBeyond(Socket &socket)
    {
        HandshakeRecorder recorder(m_clock, [this](const TimelineStep &step) { addStep(step); });
        TlsSession session(socket, recorder);
        if (!m_obs.target.isIpLiteral)
            m_mainConfig.serverName = m_obs.target.host; // RFC 6066: no SNI for IP literals
        if (!m_obs.target.speaksHttp())
            m_mainConfig.alpn.clear(); // a mail, directory or database client offers no HTTP
        m_obs.handshakeAttempted = true;
        const double handshakeStart = m_clock.nowMs();
        HandshakeOutcome outcome = session.handshake(m_mainConfig, mainHandshakeDeadline(), m_cancel);
        m_obs.handshakeResult = outcome.result;
        m_obs.handshakeError = outcome.errorText;
        m_obs.firstBytes = outcome.firstBytes;
        m_obs.lastMessageBeforeFailure = recorder.lastMessageName();

        TimelineStep summary;
        summary.startMs = handshakeStart;
        summary.durationMs = m_clock.nowMs() - handshakeStart;
        if (outcome.established()) {
            m_obs.tlsVersion = outcome.version;
            m_obs.cipher = outcome.cipher;
            m_obs.alpn = outcome.alpn;
            m_obs.keyExchange = outcome.keyExchange;
            m_obs.keyExchangeBits = outcome.keyExchangeBits;
            summary.kind = TimelineStep::Kind::TlsEstablished;
            summary.status = TimelineStep::Status::Ok;
            summary.facts = {{QStringLiteral("version"), tls::versionName(outcome.version)},
                             {QStringLiteral("cipher"), outcome.cipher},
                             {QStringLiteral("alpn"), outcome.alpn},
                             {QStringLiteral("keyExchange"), outcome.keyExchange},
                             {QStringLiteral("keyExchangeBits"), outcome.keyExchangeBits}};
        } else {
            summary.kind = TimelineStep::Kind::TlsFailed;
            summary.status = TimelineStep::Status::Failed;
            summary.facts = {{QStringLiteral("reason"), handshakeResultKey(outcome.result)},
                             {QStringLiteral("error"), outcome.errorText},
                             {QStringLiteral("after"), m_obs.lastMessageBeforeFailure}};
        }
        addStep(summary);

        m_obs.ocspStaple = outcome.ocspStaple;
        for (const X509Ptr &cert : outcome.presentedChain)
            m_obs.presented << CertificateInfo::fromX509(cert.get(), CertificateInfo::Origin::Presented);
        m_obs.certificateRequested = recorder.sawMessage(tls::CertificateRequest, TimelineStep::Direction::Received);

        const double retryHandshakeMs = retryForInterference(outcome);
        m_scheduler.setMeasured(m_connectMs, m_obs.interference.tls12Works ? retryHandshakeMs : summary.durationMs);
        std::vector<std::thread> probes;
        const bool probing = shouldProbe(outcome.result);
        {
            // The probes start now, beside the main connection's HTTP request. The scheduler
            // counts the main connection as open until it is closed: a server that serves
            // one connection at a time serves it first, and one that resets extra
            // connections is recognised as such.
            const ConnectionScheduler::Lease mainConnection = m_scheduler.adoptOpenConnection();
            if (probing)
                startProbes(false, {}, &probes);
            if (probing && mayLackCommonGroup(outcome, recorder))
                startGroupSearch(&probes);
            // The main connection finishes its work and closes politely, first.
            if (outcome.established() && !m_cancel.isCancelled() && m_obs.target.speaksHttp())
                requestHttp(session);
            if (outcome.established())
                session.shutdown(QDeadlineTimer(qMin<qint64>(kCloseBudgetMs, qMax<qint64>(0, m_deadline.remainingTime()))));
            socket.close();
        }
        m_obs.alerts = recorder.alerts(); // with any the server sent after the handshake
        // Beside the probes: a same-host hop takes its turn at the server's connections.
        std::thread redirects;
        if (redirectTarget(mainUrl(), m_obs.http).isValid() && !m_cancel.isCancelled())
            redirects = std::thread([this] { followRedirects(); });
        X509List built;
        if (!outcome.presentedChain.empty() && !m_cancel.isCancelled())
            analyseChain(outcome.presentedChain, &built);
        if (proxyMayIntercept() && !m_cancel.isCancelled())
            compareDirectly();
        // Revocation asks about every certificate of the built chain, the root's CRL included.
        if (probing)
            startProbes(true, built, &probes);
        for (std::thread &probe : probes)
            probe.join();
        m_obs.probesRan = !probes.empty();
        if (redirects.joinable())
            redirects.join();
    }

    QDeadlineTimer mainHandshakeDeadline() const
    {
        if (m_deadline.isForever())
            return m_deadline;
        const qint64 remaining = m_deadline.remainingTime();
        return QDeadlineTimer(remaining - qMin(kInterferenceReserveMs, remaining / 4));
    }

    TlsClientConfig smallHello(int maxVersion) const
    {
        TlsClientConfig config = m_mainConfig; // the same name and ALPN
        config.minVersion = TLS1_2_VERSION;
        config.maxVersion = maxVersion;
        config.cipherList = kSmallHelloSuites;
        config.groups = kSmallHelloGroups;
        config.requestOcspStaple = false;
        return config;
    }

    // A firewall, antivirus HTTPS scanner or proxy that breaks connections offering TLS 1.3,
    // or large ClientHellos, resets or stalls them right after the ClientHello, while a small
    // TLS 1.2-only one gets through (Chrome's ERR_SSL_VERSION_INTERFERENCE). Returns how long
    // the TLS 1.2 handshake took when it worked: that is this server's handshake time.
    double retryForInterference(const HandshakeOutcome &outcome)
    {
        using R = HandshakeOutcome::Result;
        const bool brokeAfterHello = (outcome.result == R::PeerReset || outcome.result == R::PeerClosed || outcome.result == R::Timeout)
                                     && outcome.firstBytes.isEmpty() && m_obs.lastMessageBeforeFailure == QLatin1String("ClientHello")
                                     && m_mainConfig.maxVersion >= TLS1_3_VERSION && !m_cancel.isCancelled();
        if (!brokeAfterHello)
            return 0;
        InterferenceRetry &retry = m_obs.interference;
        retry.tried = true;
        retry.firstHelloBytes = outcome.clientHelloBytes;
        TimelineStep step = startStep(TimelineStep::Kind::Probe);
        step.name = QStringLiteral("version-interference");
        const std::shared_ptr<ProbeContext> context = probeContext(ConnectionScheduler::Priority::ProtocolVersions);
        const double started = m_clock.nowMs();
        const ProbeHandshake tls12 = probeHandshake(*context, smallHello(TLS1_2_VERSION));
        const double tls12Ms = m_clock.nowMs() - started;
        retry.tls12Works = tls12.outcome.established();
        retry.tls12HelloBytes = tls12.outcome.clientHelloBytes;
        step.facts = {{QStringLiteral("firstHelloBytes"), retry.firstHelloBytes},
                      {QStringLiteral("tls12"), handshakeResultKey(tls12.outcome.result)},
                      {QStringLiteral("tls12HelloBytes"), retry.tls12HelloBytes}};
        if (retry.tls12Works) {
            const ProbeHandshake small13 = probeHandshake(*context, smallHello(TLS1_3_VERSION));
            retry.smallTls13Tried = true;
            retry.smallTls13Works = small13.outcome.established();
            retry.smallTls13HelloBytes = small13.outcome.clientHelloBytes;
            step.facts.insert(QStringLiteral("smallTls13"), handshakeResultKey(small13.outcome.result));
            step.facts.insert(QStringLiteral("smallTls13HelloBytes"), retry.smallTls13HelloBytes);
        }
        finishStep(step, TimelineStep::Status::Info);
        return tls12Ms;
    }

    QUrl mainUrl() const
    {
        return QUrl(QStringLiteral("https://%1%2").arg(m_obs.target.authority(), m_obs.target.path));
    }

    // Follows the main answer's redirects as a browser would, one timeline step per hop,
    // until an answer that is not a redirect, a hop that leaves HTTPS, a hop whose server
    // fails, or kMaxRedirects.
    void followRedirects()
    {
        QUrl from = mainUrl();
        HttpResponse answer = m_obs.http;
        QList<RedirectHop> hops;
        for (QUrl to = redirectTarget(from, answer); to.isValid() && hops.size() < kMaxRedirects && !m_cancel.isCancelled();
             to = redirectTarget(from, answer)) {
            TimelineStep step = startStep(TimelineStep::Kind::Http);
            step.name = QStringLiteral("redirect");
            RedirectHop hop;
            hop.from = from.toString(QUrl::FullyEncoded);
            hop.to = to.toString(QUrl::FullyEncoded);
            hop.statusLine = answer.statusLine;
            hop.otherHost = to.host().compare(from.host(), Qt::CaseInsensitive) != 0;
            answer = {};
            if (to.scheme() == QLatin1String("https")) {
                hop.visited = true;
                answer = visitHop(to, &hop);
                hop.answerStatusLine = answer.statusLine;
            }
            step.facts = {{QStringLiteral("from"), hop.from},
                          {QStringLiteral("to"), hop.to},
                          {QStringLiteral("statusLine"), QString::fromLatin1(hop.statusLine)},
                          {QStringLiteral("otherHost"), hop.otherHost},
                          {QStringLiteral("answer"), QString::fromLatin1(hop.answerStatusLine)},
                          {QStringLiteral("problem"), hop.problem},
                          {QStringLiteral("problemDetail"), hop.problemDetail}};
            hops << hop;
            finishStep(step, to.scheme() != QLatin1String("https") || !hop.problem.isEmpty() ? TimelineStep::Status::Failed
                                                                                               : TimelineStep::Status::Ok);
            if (!hop.problem.isEmpty())
                break;
            from = to;
        }
        m_obs.redirects = hops;
    }

    // The answer of an https:// hop: over the scheduler when it is this server, else from a
    // connection of its own to the other host, whose certificate is checked as well.
    HttpResponse visitHop(const QUrl &to, RedirectHop *hop)
    {
        const QString authority = to.authority(QUrl::FullyEncoded);
        const QByteArray request = HttpExchange::buildRequest("GET", authority, pathAndQuery(to));
        const bool thisServer = to.host().compare(m_obs.target.host, Qt::CaseInsensitive) == 0 && to.port(443) == m_obs.target.port;
        if (thisServer) {
            ProbeContext context;
            context.target = m_obs.target;
            context.options = m_obs.options;
            context.address = m_obs.address;
            context.deadline = m_deadline;
            context.cancel = m_cancel;
            context.scheduler = &m_scheduler;
            context.fetchHosts = &m_fetchHosts;
            context.priority = ConnectionScheduler::Priority::ProtocolVersions;
            context.knownGood = m_mainConfig;
            context.clock = &m_clock;
            const ProbeHandshake attempt = probeHandshake(context, m_mainConfig, request);
            const HttpResponse answer = HttpExchange::parse(attempt.httpResponseHead + "\r\n\r\n");
            if (!answer.received) {
                hop->problem = attempt.notTried.isEmpty() ? QStringLiteral("no-answer") : QStringLiteral("not-tried");
                hop->problemDetail = attempt.notTried.isEmpty() ? attempt.outcome.errorText : attempt.notTried;
            }
            return answer;
        }
        const QDeadlineTimer budget(m_deadline.isForever() ? kHttpBudgetMs : m_deadline.remainingTime() / 2);
        OtherHostVisit visit = visitOverTls(to, m_obs.options, m_clock, budget, m_cancel);
        hop->problem = visit.problem;
        hop->problemDetail = visit.problemDetail;
        return visit.response;
    }

    bool shouldProbe(HandshakeOutcome::Result result) const
    {
        using R = HandshakeOutcome::Result;
        // Only a server that speaks TLS, even if it refused us, has more to tell.
        return m_obs.options.runProbes && !m_cancel.isCancelled()
               && (result == R::Established || result == R::PeerAlert || result == R::LocalFailure
                   || result == R::PeerClosed || result == R::PeerReset);
    }

    // handshake_failure, or a TLS 1.3 handshake that worked only with a finite-field group
    // (which this OpenSSL offers and browsers do not): the server may have no key-exchange
    // group in common with browsers.
    static bool mayLackCommonGroup(const HandshakeOutcome &outcome, const HandshakeRecorder &recorder)
    {
        if (outcome.established())
            return outcome.version == TLS1_3_VERSION && outcome.keyExchange == QLatin1String("DH");
        const std::optional<AlertEvent> alert = recorder.firstFatalAlertReceived();
        return outcome.result == HandshakeOutcome::Result::PeerAlert && alert && alert->code == tls::HandshakeFailure;
    }

    // What a probe gets: the server, the budget and its turn at the server's connections.
    // Filled before the probe starts and only read while it runs.
    std::shared_ptr<ProbeContext> probeContext(ConnectionScheduler::Priority priority)
    {
        auto context = std::make_shared<ProbeContext>();
        context->target = m_obs.target;
        context->options = m_obs.options;
        context->address = m_obs.address;
        if (m_obs.proxy.tunnelOpen())
            context->proxy = {m_obs.proxy.server, m_obs.proxy.address};
        context->deadline = m_deadline;
        context->cancel = m_cancel;
        context->scheduler = &m_scheduler;
        context->fetchHosts = &m_fetchHosts;
        context->firstHellos = &m_firstHellos;
        context->priority = priority;
        context->knownGood = m_mainConfig;
        context->knownGoodAnswered = m_obs.handshakeResult == HandshakeOutcome::Result::Established
                                     || m_obs.handshakeResult == HandshakeOutcome::Result::PeerAlert;
        context->clock = &m_clock;
        return context;
    }

    // Which groups browsers do not offer the server accepts, beside the other probes.
    void startGroupSearch(std::vector<std::thread> *threads)
    {
        std::shared_ptr<ProbeContext> context = probeContext(ConnectionScheduler::Priority::KeyExchange);
        threads->emplace_back([this, context] {
            TimelineStep step = startStep(TimelineStep::Kind::Probe);
            step.name = QStringLiteral("server-groups");
            m_obs.serverGroups = findUncommonGroups(*context);
            step.facts = {{QStringLiteral("groups"), m_obs.serverGroups.groups},
                          {QStringLiteral("rejectedGroups"), m_obs.serverGroups.rejected},
                          {QStringLiteral("unknownGroups"), m_obs.serverGroups.unknown}};
            finishStep(step, TimelineStep::Status::Info);
        });
    }

    // Every probe on a thread of its own; the scheduler decides when each may connect.
    void startProbes(bool needsIssuer, const X509List &chain, std::vector<std::thread> *threads)
    {
        auto shared = std::make_shared<X509List>();
        for (const X509Ptr &cert : chain)
            shared->push_back(shareX509(cert.get()));
        for (const ProbeRegistry::Probe &probe : ProbeRegistry::probes()) {
            if (probe.needsIssuer != needsIssuer)
                continue;
            std::shared_ptr<ProbeContext> context = probeContext(probe.priority);
            context->builtChain = shared;
            threads->emplace_back([this, probe, context] {
                TimelineStep step = startStep(TimelineStep::Kind::Probe);
                step.name = QLatin1String(probe.name);
                step.facts = probe.run(*context, m_obs.probes);
                finishStep(step, TimelineStep::Status::Info);
            });
        }
    }

    // Through a proxy, a chain that ends at a trusted root outside the public root program
    // may be the proxy's own: a direct connection can tell whether the site sends it.
    bool proxyMayIntercept() const
    {
        return m_obs.proxy.tunnelOpen() && interceptionSuspected(m_obs);
    }

    // The site without the proxy, when this computer can reach it: its certificate only.
    void compareDirectly()
    {
        TimelineStep step = startStep(TimelineStep::Kind::Probe);
        step.name = QStringLiteral("direct");
        DirectComparison &direct = m_obs.proxy.direct;
        direct.attempted = true;
        const QDeadlineTimer budget(m_deadline.isForever() ? kDirectBudgetMs
                                                           : qMin(kDirectBudgetMs, qMax<qint64>(0, m_deadline.remainingTime() / 3)));
        const Target &target = m_obs.target;
        QString source;
        const ResolveOutcome resolved = lookUpSite(budget, &source);
        Socket socket;
        NetResult connected{NetError::Other, resolved.errorText};
        if (!resolved.addresses.isEmpty())
            connected = socket.connect(resolved.addresses.first(), target.port, budget, m_cancel);
        if (connected.ok()) {
            const UpgradeOutcome upgrade = PlainUpgrade::perform(target.upgrade, socket, target.host, budget, m_cancel);
            if (upgrade.upgraded()) {
                HandshakeRecorder recorder(m_clock);
                TlsSession session(socket, recorder);
                const HandshakeOutcome outcome = session.handshake(m_mainConfig, budget, m_cancel);
                if (!outcome.presentedChain.empty()) {
                    const CertificateInfo leaf = CertificateInfo::fromX509(outcome.presentedChain.front().get(),
                                                                           CertificateInfo::Origin::Presented);
                    direct.leafFingerprint = leaf.sha256Fingerprint;
                    direct.issuer = leaf.issuerCommonName.isEmpty() ? leaf.issuer : leaf.issuerCommonName;
                } else {
                    direct.error = outcome.errorText.isEmpty() ? handshakeResultKey(outcome.result) : outcome.errorText;
                }
                if (outcome.established())
                    session.shutdown(QDeadlineTimer(kCloseBudgetMs));
            } else {
                direct.error = upgrade.answer.isEmpty() ? netErrorKey(upgrade.error.error) : upgrade.answer;
            }
        } else {
            direct.error = connected.detail.isEmpty() ? netErrorKey(connected.error) : connected.detail;
        }
        socket.close();
        const bool same = !direct.leafFingerprint.isEmpty() && !m_obs.presented.isEmpty()
                          && direct.leafFingerprint == m_obs.presented.first().sha256Fingerprint;
        step.facts = {{QStringLiteral("outcome"), direct.leafFingerprint.isEmpty() ? QStringLiteral("failed")
                                                  : same                         ? QStringLiteral("same")
                                                                                 : QStringLiteral("different")},
                      {QStringLiteral("issuer"), direct.issuer},
                      {QStringLiteral("error"), direct.error}};
        finishStep(step, TimelineStep::Status::Info);
    }

    void analyseChain(const X509List &presented, X509List *built)
    {
        TimelineStep step = startStep(TimelineStep::Kind::CertificateCheck);
        const TrustStore trust = TrustStore::load(m_obs.options.trustStoreFile, m_obs.options.extraCaFile, m_cancel);
        m_obs.extraCaFileError = trust.extraFileError();
        m_obs.trustStoreError = trust.replacementFileError();
        X509List fetched;
        m_obs.verification = ChainVerifier::verify(presented, fetched, trust, m_obs.now, built);
        QStringList triedUrls;
        while (m_obs.options.fetchMissingIssuers && m_obs.verification.missingIssuerDepth >= 0
               && m_obs.issuerFetches.size() < kMaxIssuerFetches && !m_cancel.isCancelled()) {
            const CertificateInfo &orphan = m_obs.verification.built.value(m_obs.verification.missingIssuerDepth);
            const QString url = orphan.caIssuersUrls.value(0);
            if (url.isEmpty() || triedUrls.contains(url))
                break;
            triedUrls << url;
            X509List issuers = fetchIssuer(orphan, url);
            if (issuers.empty())
                break;
            for (X509Ptr &issuer : issuers)
                fetched.push_back(std::move(issuer));
            m_obs.verification = ChainVerifier::verify(presented, fetched, trust, m_obs.now, built);
        }
        m_obs.anchorFromExtraCaFile = m_obs.verification.anchoredInStore && !built->empty()
                                      && trust.isFromExtraFile(built->back().get());
        QStringList errors;
        QVariantList problems;
        for (const VerifyError &error : m_obs.verification.errors) {
            errors << QStringLiteral("%1 (depth %2)").arg(error.text).arg(error.depth);
            problems << QVariantMap{{QStringLiteral("code"), error.code}, {QStringLiteral("depth"), error.depth},
                                    {QStringLiteral("text"), error.text}};
        }
        step.facts = {{QStringLiteral("verified"), m_obs.verification.verified},
                      {QStringLiteral("errors"), errors},
                      {QStringLiteral("problems"), problems},
                      {QStringLiteral("anchors"), trust.anchorCount()}};
        if (!trust.extraFileError().isEmpty())
            step.facts.insert(QStringLiteral("extraCaFileError"), trust.extraFileError());
        if (!trust.replacementFileError().isEmpty())
            step.facts.insert(QStringLiteral("trustStoreError"), trust.replacementFileError());
        // A chain that verifies only with what we downloaded is what the server got wrong.
        const bool neededDownload = std::any_of(m_obs.verification.built.cbegin(), m_obs.verification.built.cend(),
                                                [](const CertificateInfo &cert) {
                                                    return cert.origin == CertificateInfo::Origin::FetchedFromAia;
                                                });
        step.facts.insert(QStringLiteral("neededDownload"), neededDownload);
        finishStep(step, !m_obs.verification.verified ? TimelineStep::Status::Failed
                         : neededDownload             ? TimelineStep::Status::Warning
                                                      : TimelineStep::Status::Ok);
    }

    // Downloads go the browser's way too: the proxy for plain http:// URLs.
    ProxyServer fetchProxy(const QUrl &url) const
    {
        return chooseProxy(m_obs.options.proxyMode, m_obs.options.proxyUrl, url);
    }

    X509List fetchIssuer(const CertificateInfo &orphan, const QString &url)
    {
        TimelineStep step = startStep(TimelineStep::Kind::IssuerFetch);
        IssuerFetch fetch;
        fetch.url = url;
        fetch.forCertificate = orphan.displayName();
        HttpResponse response;
        if (const ConnectionScheduler::Lease lease = m_fetchHosts.acquire(FetchHosts::Kind::Issuer, QUrl(url)))
            response = httpGet(QUrl(url), fetchProxy(QUrl(url)), lease.deadline(), m_cancel);
        else
            response.error = {NetError::Timeout, QLatin1String(kOutOfTime)};
        X509List issuers;
        if (response.statusCode == 200)
            issuers = readCertificates(response.body);
        fetch.succeeded = !issuers.empty();
        if (fetch.succeeded) {
            const CertificateInfo info = CertificateInfo::fromX509(issuers.front().get(), CertificateInfo::Origin::FetchedFromAia);
            fetch.fetchedSubject = info.displayName();
            fetch.fetchedIsSelfSigned = info.isSelfSigned;
        } else {
            fetch.error = response.received ? QString::fromLatin1(response.statusLine)
                                            : (response.error.detail.isEmpty() ? netErrorKey(response.error.error)
                                                                                : response.error.detail);
        }
        m_obs.issuerFetches << fetch;
        step.facts = {{QStringLiteral("url"), url},
                      {QStringLiteral("for"), fetch.forCertificate},
                      {QStringLiteral("subject"), fetch.fetchedSubject},
                      {QStringLiteral("error"), fetch.error}};
        finishStep(step, fetch.succeeded ? TimelineStep::Status::Ok : TimelineStep::Status::Warning);
        return issuers;
    }

    void requestHttp(TlsSession &session)
    {
        TimelineStep step = startStep(TimelineStep::Kind::Http);
        m_obs.httpAttempted = true;
        const QByteArray request = HttpExchange::buildRequest("GET", m_obs.target.authority(), m_obs.target.path);
        // Half of what is left at most: a server that never answers the request must not
        // leave the probes without time.
        const QDeadlineTimer budget(m_deadline.isForever() ? kHttpBudgetMs : m_deadline.remainingTime() / 2);
        m_obs.http = HttpExchange::run(session, request, budget, m_cancel);
        step.facts = {{QStringLiteral("request"), QStringLiteral("GET %1").arg(m_obs.target.path)},
                      {QStringLiteral("statusLine"), QString::fromLatin1(m_obs.http.statusLine)}};
        if (!m_obs.http.received)
            step.facts.insert(QStringLiteral("error"), m_obs.http.error.detail.isEmpty()
                                                           ? netErrorKey(m_obs.http.error.error)
                                                           : m_obs.http.error.detail);
        if (const QByteArray sts = m_obs.http.header("Strict-Transport-Security"); !sts.isEmpty())
            step.facts.insert(QStringLiteral("hsts"), hstsFacts(parseHsts(sts)));
        finishStep(step, m_obs.http.received ? TimelineStep::Status::Ok : TimelineStep::Status::Warning);
    }

    Clock m_clock;
    QMutex m_stepMutex;
    std::future<void> m_trustPreload;
    QDeadlineTimer m_deadline;
    CancelToken m_cancel;
    ConnectionScheduler m_scheduler;
    FetchHosts m_fetchHosts;
    FirstHellos m_firstHellos;
    TlsClientConfig m_mainConfig;
    double m_connectMs = 0;
    Diagnosis::StepObserver m_onStep;
    Observations m_obs;
    DiagnosisResult m_result;
};

} // namespace

DiagnosisResult Diagnosis::run(const Target &target, const DiagnosisOptions &options, const CancelToken &cancel,
                               const StepObserver &onStep)
{
    return DiagnosisRun(target, options, cancel, onStep).execute();
}

} // namespace hd
