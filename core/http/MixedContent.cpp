#include "MixedContent.h"

#include <QSet>

namespace hd {

namespace {

// Enough for any report; a hostile page with a million of them only adds to the counts.
constexpr int kMaxKeptPerClass = 100;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The attributes that can name a subresource; others are skipped without being copied.
bool isUrlAttribute(const QByteArray &name)
{
    return name == "src" || name == "href" || name == "rel" || name == "action" || name == "data"
           || name == "srcset" || name == "poster";
}

struct Tag
{
    QByteArray name;                                // lower case
    QList<QPair<QByteArray, QByteArray>> attributes; // only isUrlAttribute() ones

    QByteArray attribute(const char *wanted) const
    {
        for (const auto &[name, value] : attributes) {
            if (name == wanted)
                return value;
        }
        return {};
    }
};

// Reads the start tag whose '<' is at `pos`; returns the position after its '>' (or the
// end of the page). Every byte is looked at once: quotes that never close end the page.
qsizetype readTag(const QByteArray &html, const QByteArray &lower, qsizetype pos, Tag *tag)
{
    const qsizetype n = html.size();
    qsizetype i = pos + 1;
    while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/')
        ++i;
    tag->name = lower.mid(pos + 1, i - pos - 1);
    for (;;) {
        while (i < n && (isSpace(html[i]) || html[i] == '/'))
            ++i;
        if (i >= n)
            return n;
        if (html[i] == '>')
            return i + 1;
        const qsizetype nameStart = i++; // a stray '=' starts a name, as in HTML's own rules
        while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/' && html[i] != '=')
            ++i;
        const QByteArray name = lower.mid(nameStart, i - nameStart);
        while (i < n && isSpace(html[i]))
            ++i;
        qsizetype valueStart = i;
        qsizetype valueEnd = i;
        if (i < n && html[i] == '=') {
            ++i;
            while (i < n && isSpace(html[i]))
                ++i;
            if (i < n && (html[i] == '"' || html[i] == '\'')) {
                const char quote = html[i];
                valueStart = i + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0)
                    valueEnd = n;
                i = qMin(valueEnd + 1, n);
            } else {
                valueStart = i;
                while (i < n && !isSpace(html[i]) && html[i] != '>')
                    ++i;
                valueEnd = i;
            }
        }
        if (isUrlAttribute(name))
            tag->attributes.append({name, html.mid(valueStart, valueEnd - valueStart)});
    }
}

bool isInsecureUrl(const QByteArray &value)
{
    return value.trimmed().left(7).toLower() == "http://";
}

QString cleanUrl(const QByteArray &value)
{
    QByteArray url = value.trimmed();
    url.replace("&amp;", "&");
    return QString::fromUtf8(url);
}

class Collector
{
public:
    void add(const char *kind, bool active, const QByteArray &value)
    {
        if (!isInsecureUrl(value))
            return;
        const QString url = cleanUrl(value);
        const QString key = QLatin1String(kind) + QLatin1Char(' ') + url;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        int &count = active ? m_scan.activeCount : m_scan.passiveCount;
        if (++count <= kMaxKeptPerClass)
            m_scan.resources.append({QLatin1String(kind), url, active});
    }

    // "a.jpg 1x, http://x/b.jpg 2x": each candidate's URL.
    void addSrcset(const char *kind, const QByteArray &srcset)
    {
        for (const QByteArray &candidate : srcset.split(','))
            add(kind, false, candidate.trimmed().split(' ').value(0));
    }

    void addTag(const Tag &tag)
    {
        const QByteArray &name = tag.name;
        if (name == "script") {
            add("script", true, tag.attribute("src"));
        } else if (name == "link") {
            if (tag.attribute("rel").toLower().split(' ').contains("stylesheet"))
                add("stylesheet", true, tag.attribute("href"));
        } else if (name == "iframe" || name == "frame") {
            add(name == "iframe" ? "iframe" : "frame", true, tag.attribute("src"));
        } else if (name == "form") {
            add("form", true, tag.attribute("action"));
        } else if (name == "object") {
            add("object", true, tag.attribute("data"));
        } else if (name == "embed") {
            add("embed", true, tag.attribute("src"));
        } else if (name == "img") {
            add("image", false, tag.attribute("src"));
            addSrcset("image", tag.attribute("srcset"));
        } else if (name == "audio") {
            add("audio", false, tag.attribute("src"));
        } else if (name == "video") {
            add("video", false, tag.attribute("src"));
            add("video", false, tag.attribute("poster"));
        } else if (name == "source") {
            add("source", false, tag.attribute("src"));
            addSrcset("source", tag.attribute("srcset"));
        }
    }

    MixedContentScan result() const { return m_scan; }

private:
    MixedContentScan m_scan;
    QSet<QString> m_seen;
};

// Elements whose content is text, not markup: a "<img" inside a script is not an image.
bool hasRawTextContent(const QByteArray &name)
{
    return name == "script" || name == "style" || name == "textarea" || name == "title";
}

} // namespace

MixedContentScan scanMixedContent(const QByteArray &html)
{
    const QByteArray lower = html.toLower();
    const qsizetype n = html.size();
    Collector collector;
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype open = html.indexOf('<', pos);
        if (open < 0 || open + 1 >= n)
            break;
        const char next = html[open + 1];
        if (next == '!' && html.mid(open + 2, 2) == "--") {
            const qsizetype end = html.indexOf("-->", open + 4);
            if (end < 0)
                break;
            pos = end + 3;
            continue;
        }
        if (next == '!' || next == '?' || next == '/') {
            const qsizetype end = html.indexOf('>', open + 1);
            if (end < 0)
                break;
            pos = end + 1;
            continue;
        }
        if (!isAsciiLetter(next)) {
            pos = open + 1;
            continue;
        }
        Tag tag;
        pos = readTag(html, lower, open, &tag);
        collector.addTag(tag);
        if (hasRawTextContent(tag.name)) {
            const qsizetype close = lower.indexOf("</" + tag.name, pos);
            if (close < 0)
                break;
            pos = close;
        }
    }
    return collector.result();
}

} // namespace hd
