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
}

void MainActions::fillMenuBar(QMenuBar *bar) const {
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newConversation);
    file->addAction(newGhostConversation);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addSeparator();
    view->addAction(firstPage);
    view->addAction(previousPage);
    view->addAction(nextPage);
    view->addAction(lastPage);
    view->addSeparator();
    view->addAction(focusFilter);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
}
