#include "KeyPool.h"

#include <openssl/evp.h>

#include <map>
#include <mutex>
#include <vector>

namespace testsupport {
namespace {

constexpr std::size_t kKeysPerSpec = 4;

struct SpecKeys {
    std::vector<KeyPtr> keys;
    std::size_t next = 0;
};

const char *curveName(int bits)
{
    switch (bits) {
    case 256: return "P-256";
    case 384: return "P-384";
    case 521: return "P-521";
    default: return nullptr;
    }
}

KeyPtr generateKey(const KeySpec &spec)
{
    EVP_PKEY *key = nullptr;
    if (spec.type == KeySpec::Type::Rsa) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(spec.bits));
    } else if (const char *curve = curveName(spec.bits)) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve);
    }
    return key ? KeyPtr(key, EVP_PKEY_free) : nullptr;
}

} // namespace

KeyPtr pooledKey(const KeySpec &spec, const EVP_PKEY *avoid)
{
    static std::mutex mutex;
    static std::map<std::pair<KeySpec::Type, int>, SpecKeys> pool;

    const std::lock_guard<std::mutex> lock(mutex);
    SpecKeys &entry = pool[{spec.type, spec.bits}];
    for (std::size_t attempt = 0; attempt < kKeysPerSpec; ++attempt) {
        const std::size_t index = entry.next;
        entry.next = (entry.next + 1) % kKeysPerSpec;
        if (index == entry.keys.size()) {
            KeyPtr key = generateKey(spec);
            if (!key)
                return nullptr;
            entry.keys.push_back(key);
        }
        if (entry.keys[index].get() != avoid)
            return entry.keys[index];
    }
    return nullptr;
}

} // namespace testsupport
