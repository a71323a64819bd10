#include "RevocationProbe.h"

#include "ProbeContext.h"
#include "ProbeResults.h"
#include "http/HttpExchange.h"

#include <functional>
#include <future>
#include <optional>
#include <vector>

namespace hd {

namespace {

constexpr qsizetype kMaxOcspResponseBytes = 64 * 1024; // real ones are a few kilobytes
constexpr qsizetype kMaxCrlBytes = 4 * 1024 * 1024;

QString firstHttpUrl(const QStringList &urls)
{
    for (const QString &url : urls) {
        if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            return url; // ldap:// and https:// distribution points are not fetched
    }
    return {};
}

// Empty when the host's turn did not come in time: nothing was asked, so nothing is known.
std::optional<HttpResponse> fetchWithBudget(const ProbeContext &context, FetchHosts::Kind kind, const QString &url,
                                            const std::function<HttpResponse(QDeadlineTimer)> &request)
{
    const ConnectionScheduler::Lease lease = context.fetchHosts->acquire(kind, QUrl(url));
    if (!lease)
        return std::nullopt;
    return request(lease.deadline());
}

// Fills answer and returns true when the download gave nothing to judge.
bool downloadFailed(const std::optional<HttpResponse> &fetched, qsizetype limit, RevocationAnswer *answer)
{
    if (!fetched) {
        answer->status = RevocationAnswer::Status::NotChecked;
        answer->problem = QLatin1String(kOutOfTime);
        return true;
    }
    const HttpResponse &response = *fetched;
    if (!response.received || !response.error.ok()) {
        answer->status = RevocationAnswer::Status::Unreachable;
        answer->problem = netErrorKey(response.error.error);
    } else if (response.statusCode != 200) {
        answer->status = RevocationAnswer::Status::Unreachable;
        answer->problem = QStringLiteral("http-%1").arg(response.statusCode);
    } else if (response.body.size() > limit) {
        answer->status = RevocationAnswer::Status::Unusable;
        answer->problem = QStringLiteral("too-large");
    } else {
        return false;
    }
    return true;
}

// The way the browser would download it: through the proxy for plain http:// URLs.
ProxyServer fetchProxy(const ProbeContext &context, const QString &url)
{
    return chooseProxy(context.options.proxyMode, context.options.proxyUrl, QUrl(url));
}

RevocationAnswer askResponder(const ProbeContext &context, const QString &url, X509 *leaf, X509 *issuer)
{
    RevocationAnswer answer;
    const QByteArray request = makeOcspRequest(leaf, issuer);
    const std::optional<HttpResponse> response = fetchWithBudget(context, FetchHosts::Kind::Ocsp, url, [&](QDeadlineTimer budget) {
        return httpPost(QUrl(url), fetchProxy(context, url), "application/ocsp-request", request, budget, context.cancel, kMaxOcspResponseBytes + 1);
    });
    if (!downloadFailed(response, kMaxOcspResponseBytes, &answer))
        answer = evaluateOcspResponse(response->body, leaf, issuer, QDateTime::currentDateTimeUtc());
    answer.url = url;
    return answer;
}

RevocationAnswer downloadCrl(const ProbeContext &context, const QString &url, X509 *leaf, X509 *issuer)
{
    RevocationAnswer answer;
    const std::optional<HttpResponse> response = fetchWithBudget(context, FetchHosts::Kind::Crl, url, [&](QDeadlineTimer budget) {
        return httpGet(QUrl(url), fetchProxy(context, url), budget, context.cancel, kMaxCrlBytes + 1);
    });
    if (!downloadFailed(response, kMaxCrlBytes, &answer))
        answer = evaluateCrl(response->body, leaf, issuer, QDateTime::currentDateTimeUtc());
    answer.url = url;
    return answer;
}

void addFacts(QVariantMap *facts, const char *source, const RevocationAnswer &answer)
{
    const QString key = QLatin1String(source);
    facts->insert(key, revocationStatusKey(answer.status));
    if (!answer.url.isEmpty())
        facts->insert(key + QLatin1String("Url"), answer.url);
    if (!answer.problem.isEmpty())
        facts->insert(key + QLatin1String("Problem"), answer.problem);
}

// One certificate's sources, asked on threads of their own: every certificate and source at
// once, while FetchHosts keeps one connection per host, so the slowest host sets the length.
struct PendingCertificate
{
    int depth = 0;
    std::future<RevocationAnswer> ocsp;
    std::future<RevocationAnswer> crl;
};

PendingCertificate askSources(const ProbeContext &context, int depth)
{
    X509 *cert = (*context.builtChain)[size_t(depth)].get();
    X509 *issuer = (*context.builtChain)[size_t(depth) + 1].get();
    const CertificateInfo info = CertificateInfo::fromX509(cert, CertificateInfo::Origin::Presented);
    const QString ocspUrl = firstHttpUrl(info.ocspUrls);
    const QString crlUrl = firstHttpUrl(info.crlUrls);
    PendingCertificate pending;
    pending.depth = depth;
    if (!ocspUrl.isEmpty())
        pending.ocsp = std::async(std::launch::async, [&context, ocspUrl, cert, issuer] { return askResponder(context, ocspUrl, cert, issuer); });
    if (!crlUrl.isEmpty())
        pending.crl = std::async(std::launch::async, [&context, crlUrl, cert, issuer] { return downloadCrl(context, crlUrl, cert, issuer); });
    return pending;
}

CertificateRevocation collect(PendingCertificate &pending)
{
    CertificateRevocation revocation;
    revocation.depth = pending.depth;
    if (pending.ocsp.valid())
        revocation.ocsp = pending.ocsp.get();
    if (pending.crl.valid())
        revocation.crl = pending.crl.get();
    return revocation;
}

} // namespace

QVariantMap runRevocationProbe(const ProbeContext &context, ProbeResults &results)
{
    // Without the issuer no request can name the certificate, and no answer can be verified.
    const X509List &chain = *context.builtChain;
    if (chain.size() < 2)
        return {{QStringLiteral("skipped"), QStringLiteral("no-issuer")}};
    std::vector<PendingCertificate> pending;
    for (int depth = 0; depth + 1 < int(chain.size()); ++depth)
        pending.push_back(askSources(context, depth));

    RevocationProbeResult &revocation = results.revocation;
    for (PendingCertificate &certificate : pending)
        revocation.certificates << collect(certificate);
    revocation.ran = true;

    // The leaf's sources at the top level; the issuers' that name any, under "issuers".
    QVariantMap facts;
    addFacts(&facts, "ocsp", revocation.certificates.first().ocsp);
    addFacts(&facts, "crl", revocation.certificates.first().crl);
    QVariantList issuers;
    for (const CertificateRevocation &certificate : revocation.certificates.mid(1)) {
        if (certificate.ocsp.status == RevocationAnswer::Status::NotChecked && certificate.crl.status == RevocationAnswer::Status::NotChecked)
            continue;
        const CertificateInfo info = CertificateInfo::fromX509(chain[size_t(certificate.depth)].get(), CertificateInfo::Origin::Presented);
        QVariantMap entry{{QStringLiteral("depth"), certificate.depth}, {QStringLiteral("certificate"), info.displayName()}};
        addFacts(&entry, "ocsp", certificate.ocsp);
        addFacts(&entry, "crl", certificate.crl);
        issuers << entry;
    }
    if (!issuers.isEmpty())
        facts.insert(QStringLiteral("issuers"), issuers);
    return facts;
}

} // namespace hd
