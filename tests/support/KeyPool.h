#pragma once

#include "TestCertificates.h"

#include <memory>

namespace testsupport {

using KeyPtr = std::shared_ptr<EVP_PKEY>;

// Hands out private keys for a KeySpec. Generating RSA keys takes tens to hundreds of
// milliseconds, so each spec keeps a few keys and hands them out in turn: certificates
// made one after the other (root, intermediate, leaf, an unrelated root) still get
// different keys, which chain-building and signature tests rely on.
// Returns null for an unsupported spec. Thread-safe.
KeyPtr pooledKey(const KeySpec &spec, const EVP_PKEY *avoid = nullptr);

} // namespace testsupport
