#include "PlatformAnchors.h"

namespace hd {

// Linux and the BSDs keep their anchors in files, which TrustStore reads itself.
bool loadPlatformAnchors(X509List *)
{
    return false;
}

} // namespace hd
