#include "ProxyAutoConfig.h"

#include <CFNetwork/CFNetwork.h>
#include <CoreFoundation/CoreFoundation.h>

namespace hd {

SystemPac systemProxyAutoConfig()
{
    CFDictionaryRef settings = CFNetworkCopySystemProxySettings();
    if (!settings)
        return {};
    SystemPac pac;
    int enabled = 0;
    const auto flag = static_cast<CFNumberRef>(CFDictionaryGetValue(settings, kCFNetworkProxiesProxyAutoConfigEnable));
    const auto address = static_cast<CFStringRef>(CFDictionaryGetValue(settings, kCFNetworkProxiesProxyAutoConfigURLString));
    if (flag && CFNumberGetValue(flag, kCFNumberIntType, &enabled) && enabled && address)
        pac = {QUrl(QString::fromCFString(address)), true};
    CFRelease(settings);
    return pac;
}

} // namespace hd
