#pragma once

#include <QString>

namespace hd {

// The roots of Mozilla's root program (the public web PKI), as SHA-256 fingerprints built
// into the library from resources/mozilla-roots.txt (scripts/refresh-mozilla-roots.sh takes
// them from Debian's ca-certificates). Should that resource be missing the list is empty,
// and nothing can be called "not public" (isAvailable()).
class PublicRoots
{
public:
    static bool isAvailable();
    static int count();
    static bool contains(const QString &sha256Fingerprint); // hex, with or without colons
};

} // namespace hd
