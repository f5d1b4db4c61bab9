#include "statusvocabulary.h"

#include <QCoreApplication>

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
