#pragma once

#include <QMetaType>
#include <QString>

namespace bridge {

//! A conversation's status exactly as the server spells it: "active", "ghost", or a value no
//! vocabulary knows, kept as it came and never mapped onto another. What a status means (its display
//! name, which actions it allows, where it may be sent) is the business of the StatusVocabulary of
//! the API generation in use, not of this value (a generation's own values: ClassicStatus).
class ConversationStatus {
public:
    //! No status: "any status" in a filter.
    ConversationStatus() = default;
    //! The value as sent or received on the wire, unchanged.
    explicit ConversationStatus(QString raw)
        : m_raw(std::move(raw)) {}

    //! The wire spelling, exactly as given.
    const QString &raw() const { return m_raw; }
    bool isEmpty() const { return m_raw.isEmpty(); }

    friend bool operator==(const ConversationStatus &, const ConversationStatus &) = default;

private:
    QString m_raw;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::ConversationStatus)
