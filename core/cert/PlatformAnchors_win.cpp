#include "PlatformAnchors.h"

#include <windows.h>
#include <wincrypt.h>

namespace hd {

namespace {

void appendStore(const wchar_t *name, DWORD location, X509List *anchors)
{
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                                     location | CERT_STORE_READONLY_FLAG | CERT_STORE_OPEN_EXISTING_FLAG, name);
    if (!store)
        return;
    PCCERT_CONTEXT context = nullptr;
    while ((context = CertEnumCertificatesInStore(store, context)) != nullptr) {
        const auto *der = static_cast<const unsigned char *>(context->pbCertEncoded);
        if (X509 *cert = d2i_X509(nullptr, &der, long(context->cbCertEncoded)))
            anchors->emplace_back(cert);
    }
    CertCloseStore(store, 0);
}

} // namespace

// The user's logical ROOT store already shows the machine's roots and those pushed by group
// policy; the enterprise store holds roots an organisation installs for all its machines
// (an inspecting proxy's, typically). Windows fetches some public roots only on first use
// (automatic root update): until then a chain to one of them is reported as untrusted here.
bool loadPlatformAnchors(X509List *anchors)
{
    appendStore(L"ROOT", CERT_SYSTEM_STORE_CURRENT_USER, anchors);
    appendStore(L"ROOT", CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE, anchors);
    return true;
}

} // namespace hd
