#include "mainactions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

namespace {

QAction *makeAction(QWidget *window, const QString &objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts, const QIcon &icon = {}) {
    auto *action = new QAction(icon, text, window);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    if (!shortcuts.isEmpty()) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                          shortcuts.first().toString(QKeySequence::NativeText)));
    }
    window->addAction(action);
    return action;
}

} // namespace

MainActions::MainActions(QWidget *window)
    : QObject(window) {
    const QStyle *style = window->style();
    newConversation =
        makeAction(window, QStringLiteral("newConversation"), tr("&New Conversation…"),
                   {QKeySequence(Qt::CTRL | Qt::Key_N)}, QIcon::fromTheme(QStringLiteral("document-new")));
    newGhostConversation =
        makeAction(window, QStringLiteral("newGhostConversation"), tr("New &Ghost Conversation…"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    settings = makeAction(window, QStringLiteral("settings"), tr("&Settings…"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                          QIcon::fromTheme(QStringLiteral("preferences-system")));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = makeAction(window, QStringLiteral("quit"), tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)},
                      QIcon::fromTheme(QStringLiteral("application-exit")));
    quit->setMenuRole(QAction::QuitRole);

    refresh = makeAction(window, QStringLiteral("refresh"), tr("&Refresh"), {QKeySequence(Qt::Key_F5)},
                         style->standardIcon(QStyle::SP_BrowserReload));
    firstPage = makeAction(window, QStringLiteral("firstPage"), tr("&First Page"),
                           {QKeySequence(Qt::CTRL | Qt::Key_Home)},
                           style->standardIcon(QStyle::SP_MediaSkipBackward));
    previousPage = makeAction(window, QStringLiteral("previousPage"), tr("&Previous Page"),
                              {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
                              style->standardIcon(QStyle::SP_MediaSeekBackward));
    nextPage = makeAction(window, QStringLiteral("nextPage"), tr("&Next Page"),
                          {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                          style->standardIcon(QStyle::SP_MediaSeekForward));
    lastPage =
        makeAction(window, QStringLiteral("lastPage"), tr("&Last Page"),
                   {QKeySequence(Qt::CTRL | Qt::Key_End)}, style->standardIcon(QStyle::SP_MediaSkipForward));
    focusFilter = makeAction(window, QStringLiteral("focusFilter"), tr("Focus &Filter"),
                             {QKeySequence(Qt::CTRL | Qt::Key_F)});
    about = makeAction(window, QStringLiteral("about"), tr("&About Bridge Desk"), {});
    about->setMenuRole(QAction::AboutRole);

    archive =
        makeAction(window, QStringLiteral("archive"), tr("&Archive"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                   QIcon::fromTheme(QStringLiteral("archive-insert")));
    reactivate = makeAction(window, QStringLiteral("reactivate"), tr("&Re-activate"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    setStatus = makeAction(window, QStringLiteral("setStatus"), tr("Set &Status…"),
                           {QKeySequence(Qt::CTRL | Qt::Key_T)});
    setStatus->setVisible(false); // shown by the window for a generation without Archive
    rename = makeAction(window, QStringLiteral("rename"), tr("Re&name…"), {QKeySequence(Qt::Key_F2)});
    openById =
        makeAction(window, QStringLiteral("openById"), tr("&Open by ID…"),
                   {QKeySequence(Qt::CTRL | Qt::Key_L)}, QIcon::fromTheme(QStringLiteral("document-open")));
    exportConversations = makeAction(window, QStringLiteral("exportConversations"), tr("&Export…"),
                                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                                     QIcon::fromTheme(QStringLiteral("document-save-as")));
    importCsv =
        makeAction(window, QStringLiteral("importCsv"), tr("&Import CSV…"),
                   {QKeySequence(Qt::CTRL | Qt::Key_I)}, QIcon::fromTheme(QStringLiteral("document-import")));
    requestInspector = makeAction(window, QStringLiteral("requestInspector"), tr("Request &Inspector"),
                                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    requestInspector->setCheckable(true);
    watchView = makeAction(window, QStringLiteral("watchView"), tr("Notify &Me About Changes Here"), {});
    watchView->setCheckable(true);
    watchView->setToolTip(tr("Desktop notifications for new conversations and ghosts that become active "
                             "in the conversations shown with these filters"));
    showConversations = makeAction(window, QStringLiteral("showConversations"), tr("C&onversations"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    showContacts = makeAction(window, QStringLiteral("showContacts"), tr("Con&tacts"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
}

void MainActions::fillMenuBar(QMenuBar *bar) const {
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newConversation);
    file->addAction(newGhostConversation);
    file->addAction(openById);
    file->addSeparator();
    file->addAction(importCsv);
    file->addAction(exportConversations);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(showConversations);
    view->addAction(showContacts);
    view->addSeparator();
    view->addAction(refresh);
    view->addAction(watchView);
    view->addSeparator();
    view->addAction(firstPage);
    view->addAction(previousPage);
    view->addAction(nextPage);
    view->addAction(lastPage);
    view->addSeparator();
    view->addAction(focusFilter);
    view->addAction(requestInspector);

    QMenu *conversation = bar->addMenu(tr("&Conversation"));
    conversation->addAction(archive);
    conversation->addAction(reactivate);
    conversation->addAction(setStatus);
    conversation->addAction(rename);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
}
