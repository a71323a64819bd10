#include "ChainVerifier.h"

#include "TrustStore.h"

namespace hd {

namespace {

int collectError(int ok, X509_STORE_CTX *ctx)
{
    if (!ok) {
        auto *errors = static_cast<QList<VerifyError> *>(X509_STORE_CTX_get_app_data(ctx));
        const int code = X509_STORE_CTX_get_error(ctx);
        errors->append({X509_STORE_CTX_get_error_depth(ctx), code,
                        QString::fromLatin1(X509_verify_cert_error_string(code))});
    }
    return 1; // keep going: we want every problem, not the first one
}

bool containsCert(const X509List &list, X509 *cert)
{
    for (const X509Ptr &entry : list) {
        if (X509_cmp(entry.get(), cert) == 0)
            return true;
    }
    return false;
}

bool isIssuerMissing(int code)
{
    return code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY || code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
}

} // namespace

bool ChainVerification::hasError(int code) const
{
    for (const VerifyError &error : errors) {
        if (error.code == code)
            return true;
    }
    return false;
}

ChainVerification ChainVerifier::verify(const X509List &presented, const X509List &fetched,
                                        const TrustStore &trust, const QDateTime &at, X509List *builtOut)
{
    ChainVerification result;
    if (builtOut)
        builtOut->clear();
    if (presented.empty())
        return result;

    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (size_t i = 1; i < presented.size(); ++i)
        sk_X509_push(untrusted, presented[i].get());
    for (const X509Ptr &cert : fetched)
        sk_X509_push(untrusted, cert.get());

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), trust.store(), presented.front().get(), untrusted);
    X509_STORE_CTX_set_app_data(ctx.get(), &result.errors);
    X509_STORE_CTX_set_verify_cb(ctx.get(), collectError);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    // Weak keys and digests are findings of their own; do not let them stop chain building.
    X509_VERIFY_PARAM_set_auth_level(param, 0);
    X509_verify_cert(ctx.get());
    result.verified = result.errors.isEmpty();

    if (STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            X509 *cert = sk_X509_value(chain, i);
            CertificateInfo::Origin origin = CertificateInfo::Origin::Presented;
            if (!containsCert(presented, cert))
                origin = containsCert(fetched, cert) ? CertificateInfo::Origin::FetchedFromAia
                                                     : CertificateInfo::Origin::TrustStore;
            result.built << CertificateInfo::fromX509(cert, origin);
            if (builtOut)
                builtOut->push_back(shareX509(cert));
        }
        X509 *top = sk_X509_value(chain, sk_X509_num(chain) - 1);
        result.anchoredInStore = trust.contains(top);
    }
    sk_X509_free(untrusted);

    for (const VerifyError &error : result.errors) {
        if (isIssuerMissing(error.code))
            result.missingIssuerDepth = error.depth;
    }
    return result;
}

} // namespace hd
