#pragma once

#include "participanttype.h"

#include <QComboBox>
#include <QList>

//! The small "Email / Phone / ID" choice beside an identifier: the types the API generation lets a
//! customer or an agent be named by (ApiDialect::customerTypes() / agentTypes()), in that order.
class ParticipantTypeBox : public QComboBox {
    Q_OBJECT
public:
    explicit ParticipantTypeBox(QWidget *parent = nullptr);

    //! The choices, in order. The type shown stays when it is still one of them, else the first.
    void setTypes(const QList<bridge::ParticipantType> &types);
    const QList<bridge::ParticipantType> &types() const { return m_types; }

    bridge::ParticipantType type() const;
    //! Shows type when it is one of the choices; otherwise nothing changes.
    void setType(bridge::ParticipantType type);

    //! "Email", "Phone", "ID" in the user's language.
    static QString displayName(bridge::ParticipantType type);
    //! What text most likely is among types: detectParticipantType(), and when that type is not
    //! offered (an ID where there are none), a phone where there are phones, else the first type.
    static bridge::ParticipantType likely(const QString &text, const QList<bridge::ParticipantType> &types);
    //! An example of each type, for a placeholder: "name@example.com or +15551234567".
    static QString examples(const QList<bridge::ParticipantType> &types);
    //! What an empty required identifier lacks: "Required: an email address or a Bridge ID."
    static QString requiredText(const QList<bridge::ParticipantType> &types);

private:
    QList<bridge::ParticipantType> m_types;
};
