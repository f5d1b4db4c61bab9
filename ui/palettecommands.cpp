#include "palettecommands.h"

#include "browsingcontroller.h"
#include "conversationcommands.h"
#include "conversationtablemodel.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "menulookup.h"
#include "profilemanager.h"
#include "savedviewsdock.h"
#include "savedviewsmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableView>

namespace {

QString withoutMnemonic(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collectMenuActions(const QList<QAction *> &actions, QList<QAction *> &out) {
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu())
            collectMenuActions(menu->actions(), out);
        else if (!out.contains(action))
            out.append(action);
    }
}

QString customerOf(const bridge::Conversation &conversation) {
    return conversation.externalParticipants.isEmpty()
               ? QString()
               : conversation.externalParticipants.constFirst().identifier;
}

} // namespace

PaletteCommands::PaletteCommands(MainWindow *window, SavedViewsDock *views)
    : QObject(window)
    , m_window(window)
    , m_views(views)
    , m_palette(new CommandPalette([this] { return commands(); }, window)) {
    m_open = new QAction(tr("Comman&d Palette…"), window);
    m_open->setObjectName(QStringLiteral("commandPaletteAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_open->setProperty("paletteHidden", true);
    static_cast<QWidget *>(window)->addAction(m_open);
    connect(m_open, &QAction::triggered, m_palette, &CommandPalette::popUp);
    if (QMenu *view = menuHolding(window->actions()->refresh))
        view->insertAction(window->actions()->focusFilter, m_open);

    connect(window->conversationView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QVariant value = current.data(bridge::ConversationTableModel::ConversationRole);
                if (value.isValid())
                    noteShown(value.value<bridge::Conversation>());
            });
    connect(window->commands(), &ConversationCommands::conversationOpened, this, &PaletteCommands::noteShown);
}

void PaletteCommands::noteShown(const bridge::Conversation &conversation) {
    m_recent.removeIf([&](const bridge::Conversation &c) { return c.id == conversation.id; });
    m_recent.prepend(conversation);
    if (m_recent.size() > RecentCapacity)
        m_recent.removeLast();
}

QList<PaletteCommand> PaletteCommands::commands() const {
    QList<PaletteCommand> out;
    addActions(out);
    addViews(out);
    addProfiles(out);
    addConversations(out);
    return out;
}

void PaletteCommands::addActions(QList<PaletteCommand> &out) const {
    QList<QAction *> actions;
    collectMenuActions(m_window->menuBar()->actions(), actions);
    for (QAction *action : static_cast<QWidget *>(m_window)->actions()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty() ||
            action->property("paletteHidden").toBool())
            continue;
        PaletteCommand command;
        command.text = withoutMnemonic(action->text());
        command.detail = action->shortcut().toString(QKeySequence::NativeText);
        if (action->actionGroup() && action->isChecked()) // one of several choices (a theme)
            command.detail = tr("Current");
        else if (action->isCheckable() && !action->actionGroup()) // a pane shown or hidden
            command.text =
                action->isChecked() ? tr("Hide %1").arg(command.text) : tr("Show %1").arg(command.text);
        command.enabled = action->isEnabled();
        command.run = [action] { action->trigger(); };
        out.append(command);
    }
}

void PaletteCommands::addViews(QList<PaletteCommand> &out) const {
    const bridge::SavedViews &views = m_views->model()->views();
    for (int row = 0; row < views.size(); ++row) {
        PaletteCommand command;
        command.text = views.at(row).name;
        command.detail = row < 9 ? tr("Saved view · %1")
                                       .arg(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row))
                                                .toString(QKeySequence::NativeText))
                                 : tr("Saved view");
        command.matchText = command.text + QLatin1Char(' ') + tr("view");
        command.run = [views = m_views, row] { views->open(row); };
        out.append(command);
    }
}

void PaletteCommands::addProfiles(QList<PaletteCommand> &out) const {
    bridge::ProfileManager *manager = m_window->profileManager();
    if (!manager)
        return;
    const QString current = manager->current();
    for (const QString &name : manager->profiles()) {
        PaletteCommand command;
        command.text = tr("Switch to Profile “%1”").arg(name);
        command.detail = name == current ? tr("Current profile") : tr("Profile");
        command.enabled = name != current;
        command.run = [manager, name] { manager->switchTo(name); };
        out.append(command);
    }
}

void PaletteCommands::addConversations(QList<PaletteCommand> &out) const {
    QList<bridge::Conversation> conversations = m_recent;
    QSet<QString> seen;
    for (const bridge::Conversation &c : std::as_const(conversations))
        seen.insert(c.id);
    for (const bridge::Conversation &c : m_window->controller()->model()->conversations()) {
        if (!seen.contains(c.id))
            conversations.append(c);
    }
    for (const bridge::Conversation &conversation : std::as_const(conversations)) {
        PaletteCommand command;
        const QString customer = customerOf(conversation);
        command.text = conversation.name.isEmpty() ? conversation.id : conversation.name;
        if (!customer.isEmpty())
            command.text += QStringLiteral(" — ") + customer;
        command.detail = tr("Conversation");
        command.matchText = command.text + QLatin1Char(' ') + conversation.id;
        command.run = [window = m_window, conversation] { window->showConversation(conversation); };
        out.append(command);
    }
}
