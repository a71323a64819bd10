#pragma once

#include <QString>

namespace hd {

// RFC 6125 matching as browsers do it: case-insensitive; a wildcard only as the whole
// left-most label, standing for exactly one label, never for a public-suffix-only name.
bool hostMatchesPattern(const QString &host, const QString &pattern);

} // namespace hd
