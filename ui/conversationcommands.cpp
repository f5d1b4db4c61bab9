#include "conversationcommands.h"

#include "addpersondialog.h"
#include "apidialect.h"
#include "bridgeclient.h"
#include "bulkprogresspanel.h"
#include "bulkqueue.h"
#include "conversationactions.h"
#include "conversationtablemodel.h"
#include "mainactions.h"
#include "openbyiddialog.h"
#include "renamedialog.h"
#include "setstatusdialog.h"
#include "statusvocabulary.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

using bridge::ConversationTableModel;

ConversationCommands::ConversationCommands(bridge::BridgeClient *client, ConversationTableModel *model,
                                           QTableView *view, MainActions *actions, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_model(model)
    , m_view(view)
    , m_mainActions(actions)
    , m_window(window)
    , m_actions(new bridge::ConversationActions(client, model, this)) {
    connect(m_actions, &bridge::ConversationActions::actionFinished, this,
            &ConversationCommands::onActionFinished);
    connect(m_actions, &bridge::ConversationActions::conversationUpdated, this,
            &ConversationCommands::conversationUpdated);

    connect(actions->archive, &QAction::triggered, this,
            [this] { withTargets([this](const QStringList &ids) { archive(ids); }); });
    connect(actions->reactivate, &QAction::triggered, this,
            [this] { withTargets([this](const QStringList &ids) { reactivate(ids); }); });
    connect(actions->setStatus, &QAction::triggered, this,
            [this] { withTargets([this](const QStringList &ids) { chooseStatus(ids); }); });
    connect(actions->rename, &QAction::triggered, this, [this] {
        const QVariant value = m_view->currentIndex().data(ConversationTableModel::ConversationRole);
        if (value.isValid() && selectedIds().size() == 1)
            rename(value.value<bridge::Conversation>());
    });
    connect(actions->openById, &QAction::triggered, this, &ConversationCommands::openById);

    // The context menu of the table: the same actions (right-click selects the row first).
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(actions->archive);
    view->addAction(actions->reactivate);
    view->addAction(actions->setStatus);
    view->addAction(actions->rename);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConversationCommands::updateActions);
    connect(view->model(), &QAbstractItemModel::dataChanged, this, &ConversationCommands::updateActions);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ConversationCommands::updateActions);
    updateActions();
}

ConversationCommands::~ConversationCommands() = default;

void ConversationCommands::withTargets(const std::function<void(const QStringList &)> &act) {
    if (m_targets)
        m_targets(act);
    else
        act(selectedIds());
}

QStringList ConversationCommands::selectedIds() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(ConversationTableModel::IdRole).toString();
    return ids;
}

void ConversationCommands::updateActions() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bridge::StatusVocabulary &statuses = m_client->dialect().statuses();
    bool anyArchivable = false;
    bool anyReactivatable = false;
    for (const QModelIndex &index : rows) {
        const bridge::ConversationStatus status =
            index.data(ConversationTableModel::ConversationRole).value<bridge::Conversation>().status;
        anyArchivable |= statuses.offers(status, bridge::StatusAction::Archive);
        anyReactivatable |= statuses.offers(status, bridge::StatusAction::Reactivate);
    }
    m_mainActions->archive->setVisible(statuses.hasActions());
    m_mainActions->reactivate->setVisible(statuses.hasActions());
    m_mainActions->setStatus->setVisible(!statuses.hasActions());
    m_mainActions->archive->setEnabled(anyArchivable);
    m_mainActions->reactivate->setEnabled(anyReactivatable);
    m_mainActions->setStatus->setEnabled(!rows.isEmpty());
    m_mainActions->setStatus->setText(rows.size() > 1
                                          ? tr("Set &Status of %n Conversations…", nullptr, int(rows.size()))
                                          : tr("Set &Status…"));
    m_mainActions->rename->setEnabled(rows.size() == 1);
    m_mainActions->archive->setText(
        rows.size() > 1 ? tr("&Archive %n Conversations", nullptr, int(rows.size())) : tr("&Archive"));
    m_mainActions->reactivate->setText(rows.size() > 1
                                           ? tr("&Re-activate %n Conversations", nullptr, int(rows.size()))
                                           : tr("&Re-activate"));
}

void ConversationCommands::archive(const QStringList &ids) {
    setStatus(ids, bridge::StatusAction::Archive);
}

void ConversationCommands::reactivate(const QStringList &ids) {
    setStatus(ids, bridge::StatusAction::Reactivate);
}

void ConversationCommands::setStatus(const QStringList &ids, bridge::StatusAction action) {
    const bool archiving = action == bridge::StatusAction::Archive;
    if (ids.size() > 1) {
        const bridge::StatusVocabulary &statuses = m_client->dialect().statuses();
        bridge::ConversationUpdate update;
        update.status = statuses.target(action);
        runBulk(ids, update,
                archiving ? tr("Archiving %n conversations", nullptr, int(ids.size()))
                          : tr("Re-activating %n conversations", nullptr, int(ids.size())),
                statuses.doneText(action));
        return;
    }
    if (ids.isEmpty())
        return;
    const QString id = ids.first();
    const QString label = labelFor(id);
    const bool started = archiving ? m_actions->archive(id) : m_actions->reactivate(id);
    if (!started) {
        emit notice(tr("“%1” is still being changed; try again in a moment.").arg(label));
        return;
    }
    m_pending.insert(id, {archiving ? tr("Archived “%1”").arg(label) : tr("Re-activated “%1”").arg(label),
                          archiving ? tr("Could not archive “%1”").arg(label)
                                    : tr("Could not re-activate “%1”").arg(label)});
}

void ConversationCommands::rename(const bridge::Conversation &conversation) {
    auto *dialog = new RenameDialog(conversation.id, conversation.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RenameDialog::renameRequested, this, [this](const QString &id, const QString &name) {
        const QString label = labelFor(id);
        if (!m_actions->rename(id, name)) {
            emit notice(tr("“%1” is still being changed; try again in a moment.").arg(label));
            return;
        }
        m_pending.insert(id, {tr("Renamed “%1”").arg(label), tr("Could not rename “%1”").arg(label)});
    });
    dialog->open();
}

void ConversationCommands::chooseStatus(const QStringList &ids) {
    if (ids.isEmpty())
        return;
    const int row = m_model->rowOf(ids.first());
    const bridge::Conversation *one = ids.size() == 1 && row >= 0 ? m_model->conversationAt(row) : nullptr;
    const QString what = ids.size() == 1 ? QStringLiteral("“%1”").arg(labelFor(ids.first()))
                                         : tr("%n conversations", nullptr, int(ids.size()));
    auto *dialog = new SetStatusDialog(m_client->dialect().statuses(), what,
                                       one ? std::optional(one->status) : std::nullopt, m_window);
    dialog->setObjectName(QStringLiteral("setStatusDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SetStatusDialog::statusChosen, this,
            [this, ids](const bridge::ConversationStatus &status) { setStatusTo(ids, status); });
    dialog->open();
}

void ConversationCommands::setStatusTo(const QStringList &ids, const bridge::ConversationStatus &status) {
    const bridge::StatusVocabulary &statuses = m_client->dialect().statuses();
    bridge::ConversationUpdate update;
    update.status = status;
    const QString name = statuses.displayName(status);
    if (ids.size() > 1) {
        //: what a row whose status was set says: "set to Blocked"
        const QString done = tr("set to %1").arg(name);
        runBulk(ids, update, tr("Setting %n conversations to %1", nullptr, int(ids.size())).arg(name), done);
        return;
    }
    if (ids.isEmpty())
        return;
    const QString label = labelFor(ids.first());
    applyOne(ids.first(), label, update, tr("Set “%1” to %2").arg(label, name),
             tr("Could not set “%1” to %2").arg(label, name));
}

void ConversationCommands::addPerson(const bridge::Conversation &conversation, PersonSide side) {
    auto *dialog = new AddPersonDialog(m_client->dialect(), side, conversation, m_window);
    dialog->setObjectName(QStringLiteral("addPersonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPersonDialog::personChosen, this,
            [this](const bridge::Conversation &c, PersonSide s, const bridge::ParticipantRef &person) {
                changePeople(c, s, person, true);
            });
    dialog->open();
}

void ConversationCommands::changePeople(const bridge::Conversation &conversation, PersonSide side,
                                        const bridge::ParticipantRef &person, bool add) {
    bridge::ConversationUpdate update;
    const bool customer = side == PersonSide::Customer;
    QList<bridge::ParticipantRef> &list = customer ? (add ? update.addCustomers : update.removeCustomers)
                                                   : (add ? update.addAgents : update.removeAgents);
    list.append(person);
    const QString who = person.identifier;
    const QString label = conversation.name.isEmpty() ? conversation.id : conversation.name;
    applyOne(conversation.id, label, update,
             add ? tr("Added %1 to “%2”").arg(who, label) : tr("Removed %1 from “%2”").arg(who, label),
             add ? tr("Could not add %1 to “%2”").arg(who, label)
                 : tr("Could not remove %1 from “%2”").arg(who, label));
}

void ConversationCommands::applyOne(const QString &id, const QString &label,
                                    const bridge::ConversationUpdate &update, const QString &doneText,
                                    const QString &failedText) {
    if (m_actions->isRunning(id)) {
        emit notice(tr("“%1” is still being changed; try again in a moment.").arg(label));
        return;
    }
    if (const bridge::FieldErrors errors = m_client->dialect().validate(update); !errors.isEmpty()) {
        emit failed(failedText + QStringLiteral(": ") + errors.constFirst().message, {});
        return;
    }
    if (!m_actions->apply(id, update))
        return;
    m_pending.insert(id, {doneText, failedText});
}

void ConversationCommands::openById() {
    auto *dialog = new OpenByIdDialog(m_client, m_window);
    dialog->setObjectName(QStringLiteral("openByIdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenByIdDialog::opened, this, &ConversationCommands::conversationOpened);
    dialog->open();
}

void ConversationCommands::runBulk(const QStringList &ids, const bridge::ConversationUpdate &update,
                                   const QString &title, const QString &doneText) {
    if (m_panel && !m_panel->isFinished()) {
        emit notice(tr("A bulk action is still running."));
        m_panel->show();
        m_panel->raise();
        return;
    }
    if (m_panel)
        m_panel->close(); // finished: it deletes itself

    auto *queue = new bridge::BulkQueue(m_client);
    auto *panel = new BulkProgressPanel(queue, title, m_window);
    queue->setParent(panel); // closing the finished panel frees its queue
    panel->setObjectName(QStringLiteral("bulkPanel"));
    panel->setDoneText(doneText);
    for (const QString &id : ids)
        panel->addRow(id, labelFor(id));
    queue->addAll(ids, update);
    // Each row changes when its answer comes (the panel shows failures; the rows stay as they were).
    connect(queue, &bridge::BulkQueue::rowFinished, this, [this](const bridge::BulkResult &result) {
        if (result.ok) {
            m_model->updateConversation(result.conversation);
            emit conversationUpdated(result.conversation);
        }
    });
    connect(panel, &BulkProgressPanel::finished, this, &ConversationCommands::notice);
    m_panel = panel;
    panel->show();
    queue->start();
}

void ConversationCommands::onActionFinished(const QString &id, bool ok, const bridge::ApiError &error) {
    const Pending pending = m_pending.take(id);
    if (ok) {
        emit notice(pending.doneText);
        return;
    }
    // The headline says it when the answer was lost and the change may have been made.
    emit failed(pending.failedText + QStringLiteral(": ") + error.headline(), error);
}

QString ConversationCommands::labelFor(const QString &id) const {
    const int row = m_model->rowOf(id);
    const bridge::Conversation *c = row >= 0 ? m_model->conversationAt(row) : nullptr;
    return c && !c->name.isEmpty() ? c->name : id;
}
