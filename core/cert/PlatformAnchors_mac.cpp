#include "PlatformAnchors.h"

#include <CoreFoundation/CoreFoundation.h>
#include <Security/Security.h>

namespace hd {

namespace {

void appendCertificate(SecCertificateRef certificate, X509List *anchors)
{
    CFDataRef data = SecCertificateCopyData(certificate);
    if (!data)
        return;
    const unsigned char *der = CFDataGetBytePtr(data);
    if (X509 *cert = d2i_X509(nullptr, &der, long(CFDataGetLength(data))))
        anchors->emplace_back(cert);
    CFRelease(data);
}

// A certificate an administrator or the user marked as trusted: an empty settings array means
// "trusted as a root for everything"; otherwise some entry must say TrustRoot or TrustAsRoot.
bool trustedAsRoot(SecCertificateRef certificate, SecTrustSettingsDomain domain)
{
    CFArrayRef settings = nullptr;
    if (SecTrustSettingsCopyTrustSettings(certificate, domain, &settings) != errSecSuccess || !settings)
        return false;
    bool trusted = CFArrayGetCount(settings) == 0;
    for (CFIndex i = 0; i < CFArrayGetCount(settings) && !trusted; ++i) {
        const auto entry = static_cast<CFDictionaryRef>(CFArrayGetValueAtIndex(settings, i));
        const auto value = static_cast<CFNumberRef>(CFDictionaryGetValue(entry, kSecTrustSettingsResult));
        SInt32 number = SInt32(kSecTrustSettingsResultTrustRoot); // the documented default when absent
        if (value)
            CFNumberGetValue(value, kCFNumberSInt32Type, &number);
        const auto result = SecTrustSettingsResult(number);
        trusted = result == kSecTrustSettingsResultTrustRoot || result == kSecTrustSettingsResultTrustAsRoot;
    }
    CFRelease(settings);
    return trusted;
}

void appendTrustedInDomain(SecTrustSettingsDomain domain, X509List *anchors)
{
    CFArrayRef certificates = nullptr;
    if (SecTrustSettingsCopyCertificates(domain, &certificates) != errSecSuccess || !certificates)
        return;
    for (CFIndex i = 0; i < CFArrayGetCount(certificates); ++i) {
        const auto certificate = static_cast<SecCertificateRef>(const_cast<void *>(CFArrayGetValueAtIndex(certificates, i)));
        if (trustedAsRoot(certificate, domain))
            appendCertificate(certificate, anchors);
    }
    CFRelease(certificates);
}

} // namespace

// Apple's built-in roots, plus those an administrator (an MDM profile, an inspecting proxy's
// installer) or the user added to the keychains and marked as trusted.
bool loadPlatformAnchors(X509List *anchors)
{
    CFArrayRef system = nullptr;
    if (SecTrustCopyAnchorCertificates(&system) == errSecSuccess && system) {
        for (CFIndex i = 0; i < CFArrayGetCount(system); ++i)
            appendCertificate(static_cast<SecCertificateRef>(const_cast<void *>(CFArrayGetValueAtIndex(system, i))), anchors);
        CFRelease(system);
    }
    appendTrustedInDomain(kSecTrustSettingsDomainAdmin, anchors);
    appendTrustedInDomain(kSecTrustSettingsDomainUser, anchors);
    return true;
}

} // namespace hd
