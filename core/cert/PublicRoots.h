#pragma once

#include <QString>

namespace hd {

// The roots of Mozilla's root program (the public web PKI), as SHA-256 fingerprints built
// into the library: core/CMakeLists.txt reads them from Debian's ca-certificates package
// (/usr/share/ca-certificates/mozilla) at build time. On a build machine without that
// directory the list is empty, and nothing can be called "not public" (isAvailable()).
class PublicRoots
{
public:
    static bool isAvailable();
    static int count();
    static bool contains(const QString &sha256Fingerprint); // hex, with or without colons
};

} // namespace hd
