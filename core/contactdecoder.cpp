#include "contactdecoder.h"

#include "jsonkind.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>

namespace bridge {

namespace {

enum class Shape { Classic, Connect };

//! Walks a document, keeping the first error with the place it happened ("contacts[2].email").
struct Reader {
    QString error;

    bool fail(const QString &where, const QString &what) {
        if (error.isEmpty())
            error = (where.isEmpty() ? QStringLiteral("(root)") : where) + QStringLiteral(": ") + what;
        return false;
    }
    bool wrongType(const QString &where, const QString &expected, const QJsonValue &value) {
        return fail(where, QStringLiteral("expected %1, got %2").arg(expected, jsonKind(value)));
    }
    static QString at(const QString &where, const char *key) {
        return where.isEmpty() ? QString(QLatin1String(key))
                               : QString(where + QLatin1Char('.') + QLatin1String(key));
    }
    static QString item(const QString &where, qsizetype i) { return where + QStringLiteral("[%1]").arg(i); }

    bool object(const QJsonValue &value, const QString &where, QJsonObject &out) {
        if (!value.isObject())
            return value.isUndefined() ? fail(where, QStringLiteral("required"))
                                       : wrongType(where, QStringLiteral("a JSON object"), value);
        out = value.toObject();
        return true;
    }
    //! required: absent fails; an optional array may be absent or null.
    bool array(const QJsonObject &o, const char *key, const QString &where, bool required, QJsonArray &out) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isArray()) {
            out = value.toArray();
            return true;
        }
        if (value.isUndefined())
            return required ? fail(at(where, key), QStringLiteral("required")) : true;
        if (value.isNull() && !required)
            return true;
        return wrongType(at(where, key), QStringLiteral("an array"), value);
    }
    //! required: a non-empty string; else a string, null or absent.
    bool string(const QJsonObject &o, const char *key, const QString &where, bool required, QString &out) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isString() && (!required || !value.toString().isEmpty())) {
            out = value.toString();
            return true;
        }
        if (!required && (value.isUndefined() || value.isNull()))
            return true;
        if (value.isUndefined())
            return fail(at(where, key), QStringLiteral("required"));
        return wrongType(at(where, key),
                         required ? QStringLiteral("a non-empty string") : QStringLiteral("a string"), value);
    }
    bool dateTime(const QJsonObject &o, const char *key, const QString &where, bool required,
                  QDateTime &out) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isString()) {
            out = JsonDecoder::parseDateTime(value.toString());
            return out.isValid() ||
                   fail(at(where, key), QStringLiteral("expected an RFC 3339 date-time, got \"%1\"")
                                            .arg(value.toString().left(40)));
        }
        if (!required && (value.isUndefined() || value.isNull()))
            return true;
        if (value.isUndefined())
            return fail(at(where, key), QStringLiteral("required"));
        return wrongType(at(where, key), QStringLiteral("an RFC 3339 date-time"), value);
    }
    bool boolean(const QJsonObject &o, const char *key, const QString &where, bool &out) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isBool()) {
            out = value.toBool();
            return true;
        }
        return value.isUndefined() || value.isNull() ||
               wrongType(at(where, key), QStringLiteral("a boolean"), value);
    }
    bool wholeNumber(const QJsonObject &o, const char *key, const QString &where, qint64 &out) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined())
            return fail(at(where, key), QStringLiteral("required"));
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 0 || d != double(qint64(d)) ||
            d > double(std::numeric_limits<int>::max()))
            return wrongType(at(where, key), QStringLiteral("a whole number of 0 or more"), value);
        out = qint64(d);
        return true;
    }

    bool attributes(const QJsonObject &o, const QString &where, Shape shape, QList<ContactAttribute> &out) {
        QJsonArray items;
        const QString here = at(where, "customAttributes");
        if (!array(o, "customAttributes", where, false, items))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject a;
            ContactAttribute attribute;
            const QString place = item(here, i);
            if (!object(items.at(i), place, a) || !string(a, "key", place, true, attribute.key))
                return false;
            if (shape == Shape::Classic) {
                QString value;
                if (!string(a, "value", place, false, value))
                    return false;
                attribute.values = {value};
            } else {
                QJsonArray values;
                if (!array(a, "values", place, true, values))
                    return false;
                for (qsizetype v = 0; v < values.size(); ++v) {
                    if (!values.at(v).isString())
                        return wrongType(item(at(place, "values"), v), QStringLiteral("a string"),
                                         values.at(v));
                    attribute.values.append(values.at(v).toString());
                }
            }
            out.append(attribute);
        }
        return true;
    }

    bool contact(const QJsonValue &value, const QString &where, Shape shape, Contact &out) {
        QJsonObject o;
        if (!object(value, where, o) || !string(o, "id", where, true, out.id) ||
            !string(o, "workspaceId", where, shape == Shape::Connect, out.workspaceId) ||
            !string(o, "firstName", where, false, out.firstName) ||
            !string(o, "lastName", where, false, out.lastName) ||
            !string(o, "email", where, false, out.email) ||
            !string(o, "cellphone", where, false, out.cellphone) ||
            !string(o, "ownerId", where, false, out.ownerId) ||
            !dateTime(o, "createdAt", where, true, out.createdAt) ||
            !dateTime(o, "updatedAt", where, true, out.updatedAt) ||
            !attributes(o, where, shape, out.attributes))
            return false;
        if (shape == Shape::Classic)
            return true;
        QString type;
        if (!string(o, "languageCode", where, false, out.languageCode) ||
            !string(o, "type", where, true, type))
            return false;
        if (type == QLatin1String("PARTIAL"))
            out.type = ContactType::Partial;
        else if (type == QLatin1String("NORMAL"))
            out.type = ContactType::Normal;
        else
            return fail(at(where, "type"),
                        QStringLiteral("expected PARTIAL or NORMAL, got \"%1\"").arg(type.left(40)));
        return true;
    }

    bool cursor(const QJsonObject &o, Pagination &out) {
        const QJsonValue value = o.value(QLatin1String("cursor"));
        out.cursored = true;
        if (value.isString())
            out.nextCursor = value.toString(); // empty = last page
        else if (!value.isUndefined() && !value.isNull())
            return wrongType(QStringLiteral("cursor"), QStringLiteral("a string or null"), value);
        return true;
    }

    bool pagination(const QJsonObject &o, Pagination &out) {
        QJsonObject p;
        qint64 page = 0, limit = 0, totalPages = 0;
        const QString where = QStringLiteral("pagination");
        if (!object(o.value(QLatin1String("pagination")), where, p) || !wholeNumber(p, "page", where, page) ||
            !wholeNumber(p, "limit", where, limit) || !wholeNumber(p, "total", where, out.total) ||
            !wholeNumber(p, "totalPages", where, totalPages))
            return false;
        out.page = int(page);
        out.limit = int(limit);
        out.totalPages = int(totalPages);
        return true;
    }
};

bool parse(const QByteArray &body, Reader &reader, QJsonObject &root) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return reader.fail(
            {}, QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    return reader.object(document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Null),
                         {}, root);
}

JsonDecoder::Result<ContactPage> page(const QByteArray &body, Shape shape) {
    Reader reader;
    QJsonObject root;
    QJsonArray items;
    ContactPage page;
    if (parse(body, reader, root) && reader.array(root, "contacts", {}, true, items)) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            Contact contact;
            if (!reader.contact(items.at(i), Reader::item(QStringLiteral("contacts"), i), shape, contact))
                break;
            page.contacts.append(contact);
        }
        if (reader.error.isEmpty())
            shape == Shape::Connect ? reader.cursor(root, page.pagination)
                                    : reader.pagination(root, page.pagination);
    }
    if (!reader.error.isEmpty())
        return reader.error;
    return page;
}

JsonDecoder::Result<Contact> one(const QByteArray &body, Shape shape) {
    Reader reader;
    QJsonObject root;
    Contact contact;
    if (parse(body, reader, root))
        reader.contact(root, {}, shape, contact);
    if (!reader.error.isEmpty())
        return reader.error;
    return contact;
}

} // namespace

ContactDecoder::Result<ContactPage> ContactDecoder::classicPage(const QByteArray &body) {
    return page(body, Shape::Classic);
}

ContactDecoder::Result<Contact> ContactDecoder::classicContact(const QByteArray &body) {
    return one(body, Shape::Classic);
}

ContactDecoder::Result<ContactPage> ContactDecoder::connectPage(const QByteArray &body) {
    return page(body, Shape::Connect);
}

ContactDecoder::Result<Contact> ContactDecoder::connectContact(const QByteArray &body) {
    return one(body, Shape::Connect);
}

ContactDecoder::Result<QList<AttributeDefinition>>
ContactDecoder::attributeDefinitions(const QByteArray &body) {
    Reader reader;
    QJsonObject root;
    QJsonArray items;
    QList<AttributeDefinition> definitions;
    if (parse(body, reader, root) && reader.array(root, "customAttributes", {}, true, items)) {
        for (qsizetype i = 0; i < items.size() && reader.error.isEmpty(); ++i) {
            const QString where = Reader::item(QStringLiteral("customAttributes"), i);
            QJsonObject o;
            AttributeDefinition d;
            QString category;
            QJsonArray values;
            if (!reader.object(items.at(i), where, o) || !reader.string(o, "id", where, true, d.id) ||
                !reader.string(o, "category", where, true, category) ||
                !reader.boolean(o, "isRequired", where, d.isRequired) ||
                !reader.string(o, "keyName", where, true, d.keyName) ||
                !reader.string(o, "type", where, false, d.type) ||
                !reader.array(o, "closedAttributesValues", where, false, values) ||
                !reader.dateTime(o, "deletedAt", where, false, d.deletedAt))
                break;
            if (category == QLatin1String("CLOSED"))
                d.category = AttributeDefinition::Category::Closed;
            else if (category != QLatin1String("OPEN")) {
                reader.fail(Reader::at(where, "category"),
                            QStringLiteral("expected OPEN or CLOSED, got \"%1\"").arg(category.left(40)));
                break;
            }
            const QString here = Reader::at(where, "closedAttributesValues");
            for (qsizetype v = 0; v < values.size(); ++v) {
                QJsonObject value;
                AttributeDefinition::ClosedValue closed;
                const QString place = Reader::item(here, v);
                if (!reader.object(values.at(v), place, value) ||
                    !reader.string(value, "id", place, true, closed.id) ||
                    !reader.string(value, "value", place, false, closed.value))
                    break;
                d.closedValues.append(closed);
            }
            definitions.append(d);
        }
    }
    if (!reader.error.isEmpty())
        return reader.error;
    return definitions;
}

} // namespace bridge
