#pragma once

#include <QUrl>

namespace hd {

// The proxy script (PAC) the system names for automatic proxy configuration, one file per
// platform: Windows' Internet settings (ProxyAutoConfig_win.cpp), macOS's network settings
// (ProxyAutoConfig_mac.cpp), the GNOME desktop's settings elsewhere (ProxyAutoConfig_unix.cpp).
struct SystemPac
{
    QUrl url;                       // empty when the system names none
    // Qt has the system run the script (Windows, macOS); on Linux Qt cannot run one, so
    // a connection the script would send through a proxy goes directly instead.
    bool evaluatedBySystem = false;
    bool isSet() const { return url.isValid() && !url.isEmpty(); }
};

SystemPac systemProxyAutoConfig();

} // namespace hd
