#include "ProxyAutoConfig.h"

#include <windows.h>
#include <winhttp.h>

namespace hd {

SystemPac systemProxyAutoConfig()
{
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config = {};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&config))
        return {};
    SystemPac pac;
    if (config.lpszAutoConfigUrl)
        pac = {QUrl(QString::fromWCharArray(config.lpszAutoConfigUrl)), true};
    for (LPWSTR text : {config.lpszAutoConfigUrl, config.lpszProxy, config.lpszProxyBypass}) {
        if (text)
            GlobalFree(text);
    }
    return pac;
}

} // namespace hd
