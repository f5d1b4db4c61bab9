#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bridge::sandbox {

//! A custom contact attribute of the workspace.
struct AttributeRecord {
    QString id;
    bool closed = false;
    bool required = false;
    QString keyName;
    QString type;
    QList<QPair<QString, QString>> closedValues; //!< id, value
    QDateTime deletedAt;                         //!< invalid = not archived

    bool hasClosedValue(const QString &valueId) const;
};

//! One contact as the sandbox stores it, in neither API's words.
struct ContactRecord {
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString cellphone; //!< E.164
    QString languageCode;
    QString ownerId;
    QList<QPair<QString, QStringList>> attributes; //!< attribute id, values (content or closed value ids)
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! An agent who may own contacts.
struct OwnerRecord {
    QString id;
    QString email;
};

//! The contacts of a sandbox: the customers of the seeded conversations (Dataset::customers()), with
//! the email addresses and phone numbers those conversations use for them, owners among the seeded
//! agents, and the workspace's custom attributes (open and closed, one required, one archived).
//! Ids are classic-looking ("ct_...") or UUIDs (Connect: the id a conversation's ID participant
//! names). In the order created; a search keeps that order.
class ContactBook {
public:
    enum class Ids { Classic, Connect };

    ContactBook(quint32 seed, int conversationCount, const QString &workspaceId, Ids ids);

    const QList<ContactRecord> &all() const { return m_contacts; }
    //! Contacts whose names, email or phone contain search (case and accents ignored; a phone by its
    //! digits), owned by ownerId when it is not empty.
    QList<ContactRecord> search(const QString &search, const QString &ownerId) const;
    std::optional<ContactRecord> find(const QString &id) const;
    std::optional<ContactRecord> findByCellphone(const QString &cellphone) const;
    //! Stores record under a new id; returns it as stored.
    ContactRecord add(ContactRecord record);
    void replace(const ContactRecord &record);
    bool remove(const QString &id);

    const QList<AttributeRecord> &attributes() const { return m_attributes; }
    const AttributeRecord *attribute(const QString &id) const; //!< archived ones too
    //! The definitions as both generations write them: [{id, category, isRequired, keyName, type,
    //! closedAttributesValues: [{id, value}], deletedAt}].
    static QByteArray attributesJson(const QList<AttributeRecord> &attributes);
    const QList<OwnerRecord> &owners() const { return m_owners; }
    const OwnerRecord *ownerById(const QString &id) const;
    const OwnerRecord *ownerByEmail(const QString &email) const;

    //! NORMAL when the names, email, cellphone and every required (not archived) attribute are
    //! present; PARTIAL otherwise.
    bool isComplete(const ContactRecord &record) const;

    //! Reads firstName, lastName, cellphone and email from a create, upsert or update body into
    //! record (each only when present: a string, checked); problems in words, named by field.
    static void readIdentity(const QJsonObject &body, ContactRecord &record, QStringList &problems);
    //! Problems of a stored value for attribute id ("" when fine): unknown, archived, a closed value
    //! that is not one of its ids, several values for an open attribute.
    QString attributeProblem(const QString &id, const QStringList &values) const;
    //! Sets (replaces) the values of attribute id.
    static void setAttribute(ContactRecord &record, const QString &id, const QStringList &values);

    //! text in lower case without accents (Zoë -> zoe, Ørsted -> orsted, Łukasz -> lukasz).
    static QString folded(const QString &text);
    //! '+' then 8 to 15 digits.
    static bool isE164(const QString &text);
    static bool isEmail(const QString &text);

private:
    QString newId();

    Ids m_ids;
    quint32 m_seed;
    quint32 m_created = 0;
    QList<ContactRecord> m_contacts;
    QList<AttributeRecord> m_attributes;
    QList<OwnerRecord> m_owners;
};

} // namespace bridge::sandbox
