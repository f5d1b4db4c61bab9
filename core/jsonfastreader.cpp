#include "jsonfastreader.h"

#include "rfc3339.h"

#include <QChar>
#include <QLatin1String>
#include <QString>

#include <climits>
#include <cstring>
#include <limits>

namespace bridge {

namespace {

// Conservative limits: what lies beyond them goes the DOM path (QJsonDocument's own nesting limit
// is 1024, and it refuses documents far larger than any page).
constexpr int MaxDepth = 32;
constexpr qsizetype MaxBody = qsizetype(1) << 26;
constexpr int MaxDigits = 15; // every whole number of up to 15 digits is exact in a double

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

//! Four hex digits at p (already checked).
char16_t hex4(const char *p) {
    return char16_t((hexDigit(p[0]) << 12) | (hexDigit(p[1]) << 8) | (hexDigit(p[2]) << 4) | hexDigit(p[3]));
}

//! Code points the fast path leaves to QJsonDocument, whatever it makes of them. (Escaped
//! surrogates are taken only as a pair, and the pair's code point is asked here.)
bool leftToTheDom(char32_t c) {
    return (c >= 0xD800 && c <= 0xDFFF)                               // surrogates as such
           || c == 0xFEFF                                             // a byte order mark inside a string
           || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; // noncharacters
}

//! One UTF-8 sequence at p (its lead byte is 0x80 or more); moves p past it. False when malformed,
//! overlong, beyond U+10FFFF or leftToTheDom().
bool skipUtf8(const char *&p, const char *end) {
    const auto lead = uchar(*p);
    int more = 0;
    char32_t c = 0;
    char32_t least = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        more = 1, c = lead & 0x1F, least = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        more = 2, c = lead & 0x0F, least = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        more = 3, c = lead & 0x07, least = 0x10000;
    } else {
        return false;
    }
    if (end - p <= more)
        return false;
    for (int i = 1; i <= more; ++i) {
        const auto next = uchar(p[i]);
        if ((next & 0xC0) != 0x80)
            return false;
        c = (c << 6) | (next & 0x3F);
    }
    if (c < least || c > 0x10FFFF || leftToTheDom(c))
        return false;
    p += more + 1;
    return true;
}

//! A JSON string as it sits in the bytes, between its quotes, already checked.
struct Text {
    const char *begin = nullptr;
    qsizetype size = 0;
    bool escaped = false; //!< holds a backslash escape
    bool ascii = true;    //!< every byte below 0x80

    bool is(QLatin1String name) const {
        return !escaped && size == name.size() && std::memcmp(begin, name.data(), size_t(size)) == 0;
    }

    QString toString() const {
        if (!escaped)
            return ascii ? QString::fromLatin1(begin, size) : QString::fromUtf8(begin, size);
        QString out;
        out.reserve(size);
        const char *p = begin;
        const char *const end = begin + size;
        while (p < end) {
            const char *run = p;
            while (p < end && *p != '\\')
                ++p;
            if (p > run)
                out += QString::fromUtf8(run, p - run);
            if (p == end)
                break;
            const char kind = p[1];
            p += 2;
            switch (kind) {
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u':
                out += QChar(hex4(p));
                p += 4;
                break;
            default:
                out += QLatin1Char(kind);
                break; // " \ /
            }
        }
        return out;
    }

    QDateTime toDateTime() const {
        if (!escaped && ascii)
            return rfc3339::parse(QLatin1String(begin, size));
        const QString text = toString();
        return rfc3339::parse(QStringView(text));
    }
};

//! Reads the bytes front to back. Every function returns false, leaving the rest unread, at the
//! first thing it does not take: the caller then gives up on the fast path.
class Scanner {
public:
    explicit Scanner(QByteArrayView body)
        : m_p(body.data())
        , m_end(body.data() + body.size()) {}

    bool atEnd() {
        space();
        return m_p == m_end;
    }

    //! An object whose members go to onMember(key), which reads the value. Keys with escapes are
    //! left to the DOM (one could spell a contract field).
    template <typename OnMember> bool object(OnMember &&onMember) {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            Text key;
            if (!string(key) || key.escaped || !take(':') || !onMember(key))
                return false;
        } while (take(','));
        return take('}');
    }

    //! An array whose items go to onItem(), which reads each.
    template <typename OnItem> bool array(OnItem &&onItem) {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!onItem())
                return false;
        } while (take(','));
        return take(']');
    }

    bool null() { return peek() == 'n' && literal("null"); }

    bool string(QString &out) {
        Text text;
        if (!string(text))
            return false;
        out = text.toString();
        return true;
    }

    bool string(ConversationStatus &out) {
        QString raw;
        if (!string(raw))
            return false;
        out = ConversationStatus(std::move(raw));
        return true;
    }

    bool nonEmptyString(QString &out) {
        Text text;
        if (!string(text) || text.size == 0)
            return false;
        out = text.toString();
        return true;
    }

    bool dateTime(QDateTime &out) {
        Text text;
        if (!string(text))
            return false;
        out = text.toDateTime();
        return out.isValid();
    }

    //! A whole number from 0 to max, written plainly (no sign, fraction or exponent).
    bool count(qint64 max, qint64 &out) {
        if (peek() < '0' || peek() > '9')
            return false;
        return digits(out) && out <= max;
    }

    bool skipValue(int depth) {
        if (depth > MaxDepth)
            return false;
        switch (peek()) {
        case '"': {
            Text text;
            return string(text);
        }
        case '{':
            return object([this, depth](const Text &) { return skipValue(depth + 1); });
        case '[':
            return array([this, depth] { return skipValue(depth + 1); });
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        case '-':
            ++m_p;
            break;
        default:
            break;
        }
        qint64 ignored = 0;
        return m_p < m_end && *m_p >= '0' && *m_p <= '9' && digits(ignored);
    }

private:
    void space() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    char peek() {
        space();
        return m_p < m_end ? *m_p : '\0';
    }

    bool take(char c) {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    bool literal(const char *word) {
        const auto size = qsizetype(std::strlen(word));
        if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }

    //! 0, or up to MaxDigits digits not starting with 0, at m_p (a digit). Whatever follows (a
    //! fraction, an exponent, a 16th digit) is not taken, so the caller fails on it.
    bool digits(qint64 &out) {
        out = *m_p++ - '0';
        if (out == 0)
            return true;
        for (int n = 1; n < MaxDigits && m_p < m_end && *m_p >= '0' && *m_p <= '9'; ++n)
            out = out * 10 + (*m_p++ - '0');
        return true;
    }

    bool string(Text &out) {
        if (!take('"'))
            return false;
        out = Text{m_p, 0, false, true};
        while (m_p < m_end) {
            const auto c = uchar(*m_p);
            if (c == '"') {
                out.size = m_p - out.begin;
                ++m_p;
                return true;
            }
            if (c < 0x20) // a raw control character
                return false;
            if (c >= 0x80) {
                out.ascii = false;
                if (!skipUtf8(m_p, m_end))
                    return false;
                continue;
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            out.escaped = true;
            if (m_end - m_p < 2)
                return false;
            switch (m_p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                m_p += 2;
                break;
            case 'u': {
                char16_t unit = 0;
                if (!escapedUnit(m_p, unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) { // only as a pair: \uD83D\uDE00
                    char16_t low = 0;
                    if (!escapedUnit(m_p + 6, low) || !QChar::isLowSurrogate(low) ||
                        leftToTheDom(QChar::surrogateToUcs4(unit, low)))
                        return false;
                    m_p += 6;
                } else if (QChar::isLowSurrogate(unit) || leftToTheDom(unit)) {
                    return false;
                }
                m_p += 6;
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    //! \uXXXX at p, into unit.
    bool escapedUnit(const char *p, char16_t &unit) const {
        if (m_end - p < 6 || p[0] != '\\' || p[1] != 'u')
            return false;
        for (int i = 2; i < 6; ++i) {
            if (hexDigit(p[i]) < 0)
                return false;
        }
        unit = hex4(p + 2);
        return true;
    }

    const char *m_p;
    const char *const m_end;
};

//! The contract's fields, read from a Scanner; each field at most once.
class FastReader {
public:
    explicit FastReader(QByteArrayView body)
        : s(body) {}

    Scanner s;

    //! typeKey: "type" (classic) or "identifierType" (Connect).
    bool participant(Participant &out, QLatin1String typeKey) {
        unsigned seen = 0;
        return s.object([&](const Text &key) {
            if (key.is(QLatin1String("identifier")))
                return once(seen, 1) && s.string(out.identifier);
            if (key.is(typeKey))
                return once(seen, 2) && s.string(out.type);
            if (key.is(QLatin1String("role")))
                return once(seen, 4) && (s.null() || s.string(out.role));
            if (key.is(QLatin1String("joinedAt")))
                return once(seen, 8) && (s.null() || s.dateTime(out.joinedAt));
            if (key.is(QLatin1String("lastSeenAt")))
                return once(seen, 16) && (s.null() || s.dateTime(out.lastSeenAt));
            return s.skipValue(4);
        }) && (seen & 3) == 3;
    }

    bool participants(QList<Participant> &out, QLatin1String typeKey = QLatin1String("type")) {
        return s.array([&] {
            out.emplace_back();
            return participant(out.back(), typeKey);
        });
    }

    //! Connect's {"externals": [...], "internals": [...]}; externals required, internals may be null.
    bool connectParticipants(Conversation &out) {
        const QLatin1String typeKey("identifierType");
        unsigned seen = 0;
        return s.object([&](const Text &key) {
            if (key.is(QLatin1String("externals")))
                return once(seen, 1) && participants(out.externalParticipants, typeKey);
            if (key.is(QLatin1String("internals")))
                return once(seen, 2) && (s.null() || participants(out.internalParticipants, typeKey));
            return s.skipValue(4);
        }) && (seen & 1) == 1;
    }

    bool connectConversation(Conversation &out) {
        enum : unsigned {
            Id = 1,
            Workspace = 2,
            People = 4,
            Status = 8,
            Created = 16,
            Updated = 32,
            Name = 64
        };
        unsigned seen = 0;
        return s.object([&](const Text &key) {
            if (key.is(QLatin1String("id")))
                return once(seen, Id) && s.nonEmptyString(out.id);
            if (key.is(QLatin1String("workspaceId")))
                return once(seen, Workspace) && s.string(out.workspaceId);
            if (key.is(QLatin1String("participants")))
                return once(seen, People) && connectParticipants(out);
            if (key.is(QLatin1String("name")))
                return once(seen, Name) && (s.null() || s.string(out.name));
            if (key.is(QLatin1String("status")))
                return once(seen, Status) && (s.null() || s.string(out.status));
            if (key.is(QLatin1String("createdAt")))
                return once(seen, Created) && s.dateTime(out.createdAt);
            if (key.is(QLatin1String("updatedAt")))
                return once(seen, Updated) && s.dateTime(out.updatedAt);
            return s.skipValue(3);
        }) && (seen & (Id | Workspace | People | Created | Updated)) ==
                   (Id | Workspace | People | Created | Updated);
    }

    bool connectPage(ConversationPage &out) {
        unsigned seen = 0;
        out.pagination.cursored = true;
        return s.object([&](const Text &key) {
            if (key.is(QLatin1String("conversations"))) {
                return once(seen, 1) && s.array([&] {
                    out.conversations.emplace_back();
                    return connectConversation(out.conversations.back());
                });
            }
            if (key.is(QLatin1String("cursor")))
                return once(seen, 2) && (s.null() || s.string(out.pagination.nextCursor));
            return s.skipValue(1);
        }) && (seen & 1) == 1 &&
               s.atEnd();
    }

    bool conversation(Conversation &out) {
        enum : unsigned {
            Id = 1,
            Workspace = 2,
            External = 4,
            Status = 8,
            Created = 16,
            Updated = 32,
            Internal = 64,
            Name = 128,
            Team = 256
        };
        unsigned seen = 0;
        return s.object([&](const Text &key) {
            switch (key.size) { // one comparison for most keys
            case 2:
                if (key.is(QLatin1String("id")))
                    return once(seen, Id) && s.nonEmptyString(out.id);
                break;
            case 4:
                if (key.is(QLatin1String("name")))
                    return once(seen, Name) && (s.null() || s.string(out.name));
                break;
            case 6:
                if (key.is(QLatin1String("status")))
                    return once(seen, Status) && s.string(out.status);
                if (key.is(QLatin1String("teamId")))
                    return once(seen, Team) && (s.null() || s.string(out.teamId));
                break;
            case 9:
                if (key.is(QLatin1String("createdAt")))
                    return once(seen, Created) && s.dateTime(out.createdAt);
                if (key.is(QLatin1String("updatedAt")))
                    return once(seen, Updated) && s.dateTime(out.updatedAt);
                break;
            case 11:
                if (key.is(QLatin1String("workspaceId")))
                    return once(seen, Workspace) && s.string(out.workspaceId);
                break;
            case 20:
                if (key.is(QLatin1String("externalParticipants")))
                    return once(seen, External) && participants(out.externalParticipants);
                if (key.is(QLatin1String("internalParticipants")))
                    return once(seen, Internal) && (s.null() || participants(out.internalParticipants));
                break;
            default:
                break;
            }
            return s.skipValue(3);
        }) && (seen & (Id | Workspace | External | Status | Created | Updated)) ==
                   (Id | Workspace | External | Status | Created | Updated);
    }

    bool pagination(Pagination &out) {
        unsigned seen = 0;
        qint64 total = 0;
        qint64 page = 0;
        qint64 limit = 0;
        qint64 totalPages = 0;
        const bool ok = s.object([&](const Text &key) {
            if (key.is(QLatin1String("page")))
                return once(seen, 1) && s.count(INT_MAX, page);
            if (key.is(QLatin1String("limit")))
                return once(seen, 2) && s.count(INT_MAX, limit);
            if (key.is(QLatin1String("total")))
                return once(seen, 4) && s.count(std::numeric_limits<qint64>::max(), total);
            if (key.is(QLatin1String("totalPages")))
                return once(seen, 8) && s.count(INT_MAX, totalPages);
            return s.skipValue(2);
        });
        if (!ok || seen != 15)
            return false;
        out.page = int(page);
        out.limit = int(limit);
        out.total = total;
        out.totalPages = int(totalPages);
        return true;
    }

    bool page(ConversationPage &out) {
        unsigned seen = 0;
        return s.object([&](const Text &key) {
            if (key.is(QLatin1String("conversations"))) {
                return once(seen, 1) && s.array([&] {
                    out.conversations.emplace_back();
                    return conversation(out.conversations.back());
                });
            }
            if (key.is(QLatin1String("pagination")))
                return once(seen, 2) && pagination(out.pagination);
            return s.skipValue(1);
        }) && seen == 3 &&
               s.atEnd();
    }

private:
    static bool once(unsigned &seen, unsigned bit) {
        if (seen & bit)
            return false; // a field given twice: the DOM's rules decide which counts
        seen |= bit;
        return true;
    }
};

} // namespace

std::optional<ConversationPage> JsonFastReader::page(QByteArrayView body) {
    if (body.size() > MaxBody)
        return std::nullopt;
    FastReader reader(body);
    ConversationPage page;
    if (!reader.page(page))
        return std::nullopt;
    return page;
}

std::optional<ConversationPage> JsonFastReader::connectPage(QByteArrayView body) {
    if (body.size() > MaxBody)
        return std::nullopt;
    FastReader reader(body);
    ConversationPage page;
    if (!reader.connectPage(page))
        return std::nullopt;
    return page;
}

std::optional<Conversation> JsonFastReader::connectConversation(QByteArrayView body) {
    if (body.size() > MaxBody)
        return std::nullopt;
    FastReader reader(body);
    Conversation conversation;
    if (!reader.connectConversation(conversation) || !reader.s.atEnd())
        return std::nullopt;
    return conversation;
}

std::optional<Conversation> JsonFastReader::conversation(QByteArrayView body) {
    if (body.size() > MaxBody)
        return std::nullopt;
    FastReader reader(body);
    Conversation conversation;
    if (!reader.conversation(conversation) || !reader.s.atEnd())
        return std::nullopt;
    return conversation;
}

} // namespace bridge
