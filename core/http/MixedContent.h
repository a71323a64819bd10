#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hd {

// A subresource an HTTPS page loads over plain http://.
struct InsecureResource
{
    QString kind;   // "script", "stylesheet", "iframe", "frame", "form", "object", "embed",
                    // "image", "audio", "video", "source"
    QString url;
    bool active = false; // can change the page (browsers block it), as opposed to display-only
};

struct MixedContentScan
{
    QList<InsecureResource> resources; // document order, each URL once per kind; capped
    int activeCount = 0;               // all that were found, also beyond the cap
    int passiveCount = 0;
};

// Finds http:// subresources in an HTML page with a tolerant tag scanner: one pass, linear
// in the page size, whatever the markup (unclosed comments, quotes or tags included).
MixedContentScan scanMixedContent(const QByteArray &html);

} // namespace hd
