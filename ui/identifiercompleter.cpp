#include "identifiercompleter.h"

#include "contactsuggester.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace bridge;

namespace {

enum Role { IdentifierRole = Qt::UserRole + 1, TypeRole };

} // namespace

IdentifierCompleter::IdentifierCompleter(BridgeClient *client, const QList<ParticipantType> &types,
                                         QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_suggester(new ContactSuggester(client, types, this))
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this)) {
    setObjectName(QStringLiteral("identifierCompleter"));
    // The suggester has filtered already (names, accents): the popup shows what it says.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(IdentifierRole); // what goes into the field
    m_completer->setWidget(edit);
    m_completer->popup()->setAccessibleName(tr("Suggestions for %1").arg(edit->accessibleName()));
    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) { m_suggester->setText(text); });
    edit->installEventFilter(this); // the popup goes when the field loses the focus
    connect(m_suggester, &ContactSuggester::suggestionsChanged, this, &IdentifierCompleter::showSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const ParticipantRef ref(index.data(IdentifierRole).toString(),
                                         ParticipantType(index.data(TypeRole).toInt()));
                m_edit->setText(ref.identifier);
                emit chosen(ref);
            });
}

bool IdentifierCompleter::eventFilter(QObject *watched, QEvent *event) {
    // The popup itself takes the focus for a moment (PopupFocusReason): that is no leaving.
    if (watched == m_edit && event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
        m_completer->popup()->hide();
    return QObject::eventFilter(watched, event);
}

IdentifierCompleter *IdentifierCompleter::of(QLineEdit *edit) {
    return edit ? edit->findChild<IdentifierCompleter *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void IdentifierCompleter::setKnown(const QList<ParticipantRef> &known) {
    m_suggester->setKnown(known);
}

void IdentifierCompleter::showSuggestions() {
    m_model->clear();
    for (const ContactSuggestion &s : m_suggester->suggestions()) {
        auto *item = new QStandardItem(s.text());
        item->setData(s.ref.identifier, IdentifierRole);
        item->setData(int(s.ref.type), TypeRole);
        item->setToolTip(s.text());
        m_model->appendRow(item);
    }
    if (m_model->rowCount() == 0 || !m_edit->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}
