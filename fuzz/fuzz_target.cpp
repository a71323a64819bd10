// What people type into the address box or pass as --resolve.
#include "DiagnosisOptions.h"
#include "FuzzInput.h"
#include "PlainText.h"
#include "Target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = hdfuzz::text(data, size);
    const hd::TargetParseResult result = hd::TargetParser::parse(input);
    if (result.ok()) {
        // What a parsed target promises the rest of core: a host to connect to, a real port.
        if (result.target.host.isEmpty() || result.target.port == 0)
            __builtin_trap();
        (void)result.target.authority();
    } else {
        (void)hd::singleLine(hd::TargetParser::explain(result));
    }
    hd::AddressOverride override;
    hd::AddressOverride::parse(input, &override);
    return 0;
}
