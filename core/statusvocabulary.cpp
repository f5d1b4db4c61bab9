#include "statusvocabulary.h"

#include <QCoreApplication>
#include <QStringList>

namespace bridge {

namespace {

const char kContext[] = "bridge::StatusVocabulary";

} // namespace

namespace ClassicStatus {

ConversationStatus active() {
    return ConversationStatus(QStringLiteral("active"));
}

ConversationStatus archived() {
    return ConversationStatus(QStringLiteral("archived"));
}

ConversationStatus ghost() {
    return ConversationStatus(QStringLiteral("ghost"));
}

} // namespace ClassicStatus

namespace ConnectStatus {

ConversationStatus active() {
    return ConversationStatus(QStringLiteral("ACTIVE"));
}

ConversationStatus ghost() {
    return ConversationStatus(QStringLiteral("GHOST"));
}

} // namespace ConnectStatus

StatusVocabulary::StatusVocabulary(QList<Entry> entries, QList<Action> actions)
    : m_entries(std::move(entries))
    , m_actions(std::move(actions)) {}

const StatusVocabulary &StatusVocabulary::classic() {
    using enum StatusAction;
    static const StatusVocabulary vocabulary(
        {
            {ClassicStatus::active().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Active"),
             Filter | Create | Update,
             {Archive}},
            {ClassicStatus::ghost().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Ghost"),
             Filter | Create | Update,
             {Archive, Reactivate}},
            {ClassicStatus::archived().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Archived"),
             Filter | Update,
             {Reactivate}},
        },
        {
            {Archive, ClassicStatus::archived().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "archived")},
            {Reactivate, ClassicStatus::active().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "re-activated")},
        });
    return vocabulary;
}

const StatusVocabulary &StatusVocabulary::connect() {
    // The reference explains only the first two. An older copy of the list page allowed only ACTIVE
    // and GHOST as a filter; every value is offered as one here, and the server's answer decides.
    static const StatusVocabulary vocabulary(
        {
            {ConnectStatus::active().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Active"),
             Filter | Create | Update,
             {}},
            {ConnectStatus::ghost().raw(),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Ghost"),
             Filter | Create | Update,
             {}},
            {QStringLiteral("RELEASED"),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Released"),
             Filter | Update,
             {}},
            {QStringLiteral("NOT_ASSIGNED_TO_HUMAN"),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Not assigned to a human"),
             Filter | Update,
             {}},
            {QStringLiteral("BLOCKED"),
             QT_TRANSLATE_NOOP("bridge::StatusVocabulary", "Blocked"),
             Filter | Update,
             {}},
        },
        {});
    return vocabulary;
}

const StatusVocabulary::Entry *StatusVocabulary::find(const ConversationStatus &status) const {
    for (const Entry &entry : m_entries) {
        if (entry.raw == status.raw())
            return &entry;
    }
    return nullptr;
}

const StatusVocabulary::Action *StatusVocabulary::find(StatusAction action) const {
    for (const Action &a : m_actions) {
        if (a.action == action)
            return &a;
    }
    return nullptr;
}

QList<ConversationStatus> StatusVocabulary::values(Use use) const {
    QList<ConversationStatus> out;
    for (const Entry &entry : m_entries) {
        if (entry.uses & use)
            out.append(ConversationStatus(entry.raw));
    }
    return out;
}

bool StatusVocabulary::isKnown(const ConversationStatus &status) const {
    return find(status) != nullptr;
}

bool StatusVocabulary::allows(Use use, const ConversationStatus &status) const {
    const Entry *entry = find(status);
    return entry && (entry->uses & use);
}

QString StatusVocabulary::displayName(const ConversationStatus &status) const {
    const Entry *entry = find(status);
    return entry ? QCoreApplication::translate(kContext, entry->displayName) : status.raw();
}

QString StatusVocabulary::spelled(Use use) const {
    QStringList names;
    for (const ConversationStatus &status : values(use))
        names.append(status.raw());
    names.sort();
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    //: A list's last two items: "active, archived or ghost"
    return QCoreApplication::translate("bridge::StatusVocabulary", "%1 or %2")
        .arg(names.join(QStringLiteral(", ")), last);
}

std::optional<ConversationStatus> StatusVocabulary::matching(const QString &text) const {
    for (const Entry &entry : m_entries) {
        if (entry.raw.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return ConversationStatus(entry.raw);
    }
    return std::nullopt;
}

bool StatusVocabulary::offers(const ConversationStatus &status, StatusAction action) const {
    if (!find(action))
        return false;
    const Entry *entry = find(status);
    return !entry || entry->actions.contains(action);
}

ConversationStatus StatusVocabulary::target(StatusAction action) const {
    const Action *a = find(action);
    return a ? ConversationStatus(a->target) : ConversationStatus();
}

std::optional<StatusAction> StatusVocabulary::actionSetting(const ConversationStatus &status) const {
    for (const Action &a : m_actions) {
        if (a.target == status.raw())
            return a.action;
    }
    return std::nullopt;
}

QString StatusVocabulary::doneText(StatusAction action) const {
    const Action *a = find(action);
    return a ? QCoreApplication::translate(kContext, a->doneText) : QString();
}

} // namespace bridge
