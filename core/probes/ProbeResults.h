#pragma once

namespace hd {

// What the probes found, one member per probe (see ProbeRegistry.cpp). Plain data, so
// checks can be tested with hand-made results.
struct ProbeResults
{
};

} // namespace hd
