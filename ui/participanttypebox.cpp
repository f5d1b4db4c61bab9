#include "participanttypebox.h"

using bridge::ParticipantType;

ParticipantTypeBox::ParticipantTypeBox(QWidget *parent)
    : QComboBox(parent) {
    setTypes({ParticipantType::Email, ParticipantType::Phone});
}

void ParticipantTypeBox::setTypes(const QList<ParticipantType> &types) {
    if (types == m_types)
        return;
    const ParticipantType shown = type();
    m_types = types;
    const QSignalBlocker blocker(this);
    clear();
    for (ParticipantType t : types)
        addItem(displayName(t), bridge::toWireString(t)); // "email": what files and tests read
    setType(shown);
}

ParticipantType ParticipantTypeBox::type() const {
    return bridge::participantTypeFromWire(currentData().toString());
}

void ParticipantTypeBox::setType(ParticipantType type) {
    const int index = type == ParticipantType::Unspecified ? -1 : findData(bridge::toWireString(type));
    if (index >= 0 && index != currentIndex())
        setCurrentIndex(index);
}

QString ParticipantTypeBox::displayName(ParticipantType type) {
    switch (type) {
    case ParticipantType::Email:
        return tr("Email");
    case ParticipantType::Phone:
        return tr("Phone");
    case ParticipantType::Id:
        return tr("ID");
    case ParticipantType::Unspecified:
        break;
    }
    return QString();
}

ParticipantType ParticipantTypeBox::likely(const QString &text, const QList<ParticipantType> &types) {
    const ParticipantType detected = text.trimmed().isEmpty() ? ParticipantType::Unspecified
                                                              : bridge::detectParticipantType(text.trimmed());
    if (types.contains(detected))
        return detected;
    if (detected != ParticipantType::Email && types.contains(ParticipantType::Phone))
        return ParticipantType::Phone; // what classic always said of anything without an '@'
    return types.value(0, ParticipantType::Unspecified);
}

namespace {

//! "a", "a or b", "a, b or c".
QString either(QStringList items) {
    if (items.size() < 2)
        return items.join(QString());
    const QString last = items.takeLast();
    return ParticipantTypeBox::tr("%1 or %2").arg(items.join(QStringLiteral(", ")), last);
}

} // namespace

QString ParticipantTypeBox::examples(const QList<ParticipantType> &types) {
    QStringList out;
    for (ParticipantType type : types) {
        switch (type) {
        case ParticipantType::Email:
            out << tr("name@example.com");
            break;
        case ParticipantType::Phone:
            out << tr("+15551234567");
            break;
        case ParticipantType::Id:
            out << tr("Bridge ID");
            break;
        case ParticipantType::Unspecified:
            break;
        }
    }
    return either(out);
}

QString ParticipantTypeBox::requiredText(const QList<ParticipantType> &types) {
    QStringList kinds;
    for (ParticipantType type : types) {
        switch (type) {
        case ParticipantType::Email:
            kinds << tr("an email address");
            break;
        case ParticipantType::Phone:
            kinds << tr("a phone number starting with + and the country code");
            break;
        case ParticipantType::Id:
            kinds << tr("a Bridge ID");
            break;
        case ParticipantType::Unspecified:
            break;
        }
    }
    return tr("Required: %1.").arg(either(kinds));
}
