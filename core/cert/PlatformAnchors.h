#pragma once

#include "OpenSslPtr.h"

namespace hd {

// The seam between TrustStore and an operating system whose root store is not a set of
// PEM files: Windows' certificate store and macOS's keychains (PlatformAnchors_win.cpp,
// PlatformAnchors_mac.cpp). Appends the anchors and returns true there; returns false on
// Linux and other Unix systems (PlatformAnchors_unix.cpp), whose files TrustStore reads.
bool loadPlatformAnchors(X509List *anchors);

} // namespace hd
