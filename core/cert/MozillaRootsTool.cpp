// Build-time tool: hd-mozilla-roots OUTPUT DIRECTORY
// Writes one line per PEM certificate (*.crt) in DIRECTORY: its SHA-256 fingerprint (upper
// case hex) and its subject, sorted. A missing DIRECTORY gives a list with no entries, so
// builds on systems without Debian's ca-certificates still work (see cert/PublicRoots.h).
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::string hex(const unsigned char *bytes, unsigned int length)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 0x0f];
    }
    return out;
}

// "FINGERPRINT subject", or empty when the file holds no certificate.
std::string describe(const std::filesystem::path &path)
{
    FILE *file = std::fopen(path.string().c_str(), "rb");
    if (!file)
        return {};
    X509 *cert = PEM_read_X509(file, nullptr, nullptr, nullptr);
    std::fclose(file);
    if (!cert)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    std::string line;
    if (X509_digest(cert, EVP_sha256(), digest, &length) == 1) {
        char subject[512] = {};
        X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof subject);
        line = hex(digest, length) + ' ' + subject;
    }
    X509_free(cert);
    return line;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s OUTPUT DIRECTORY\n", argv[0]);
        return 64;
    }
    const std::filesystem::path directory(argv[2]);
    std::vector<std::string> lines;
    std::error_code error;
    if (std::filesystem::is_directory(directory, error)) {
        for (const auto &entry : std::filesystem::directory_iterator(directory, error)) {
            if (entry.path().extension() != ".crt")
                continue;
            const std::string line = describe(entry.path());
            if (line.empty()) {
                std::fprintf(stderr, "%s: not a PEM certificate\n", entry.path().string().c_str());
                return 1;
            }
            lines.push_back(line);
        }
    }
    std::sort(lines.begin(), lines.end());
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << "# SHA-256 fingerprints of Mozilla's root certificates, from " << directory.string() << "\n";
    for (const std::string &line : lines)
        out << line << '\n';
    return out.good() ? 0 : 1;
}
