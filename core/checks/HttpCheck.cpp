#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

QList<Finding> checkHttp(const Observations &obs)
{
    if (obs.http.received)
        return checkRedirects(obs);
    if (!obs.httpAttempted || obs.http.error.error == NetError::Cancelled)
        return {};
    if (obs.firstFatalAlertFromServer() || obs.certificateRequested)
        return {}; // the handshake check explains why the server stopped talking
    const QString error = obs.http.error.error == NetError::Timeout ? QStringLiteral("timeout")
                          : obs.http.error.detail.isEmpty()          ? netErrorKey(obs.http.error.error)
                                                                     : obs.http.error.detail;
    return {CauseCatalogue::make(HD_CAUSE("http-no-answer"), {{QStringLiteral("error"), error}})};
}

} // namespace hd
