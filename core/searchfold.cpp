#include "searchfold.h"

namespace bridge {

namespace {

//! Letters that NFKD leaves whole (they are letters of their own, not a base plus a mark).
QStringView plainSpelling(char16_t c) {
    switch (c) {
    case u'ø':
        return u"o";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'ß':
        return u"ss";
    case u'đ':
        return u"d";
    case u'ð':
        return u"d";
    case u'ł':
        return u"l";
    case u'þ':
        return u"th";
    case u'ı':
        return u"i";
    case u'ħ':
        return u"h";
    default:
        return {};
    }
}

} // namespace

QString foldForSearch(const QString &text) {
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QStringView plain = plainSpelling(c.unicode());
        if (plain.isEmpty())
            out += c;
        else
            out += plain;
    }
    return out;
}

} // namespace bridge
