#include "RevocationProbe.h"

#include "ProbeContext.h"
#include "ProbeResults.h"
#include "http/HttpExchange.h"

#include <functional>
#include <future>
#include <optional>

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

} // namespace

QVariantMap runRevocationProbe(const ProbeContext &context, ProbeResults &results)
{
    // Without the issuer no request can name the certificate, and no answer can be verified.
    if (context.builtChain.size() < 2)
        return {{QStringLiteral("skipped"), QStringLiteral("no-issuer")}};
    X509 *leaf = context.builtChain[0].get();
    X509 *issuer = context.builtChain[1].get();
    const CertificateInfo info = CertificateInfo::fromX509(leaf, CertificateInfo::Origin::Presented);
    const QString ocspUrl = firstHttpUrl(info.ocspUrls);
    const QString crlUrl = firstHttpUrl(info.crlUrls);

    RevocationProbeResult &revocation = results.revocation;
    // The CRL alongside the responder: the slower of the two sets the probe's length.
    std::future<RevocationAnswer> crl;
    if (!crlUrl.isEmpty())
        crl = std::async(std::launch::async, [&] { return downloadCrl(context, crlUrl, leaf, issuer); });
    if (!ocspUrl.isEmpty())
        revocation.ocsp = askResponder(context, ocspUrl, leaf, issuer);
    if (crl.valid())
        revocation.crl = crl.get();
    revocation.ran = true;

    QVariantMap facts;
    addFacts(&facts, "ocsp", revocation.ocsp);
    addFacts(&facts, "crl", revocation.crl);
    return facts;
}

} // namespace hd
