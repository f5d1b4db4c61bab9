#include "participantlistedit.h"

#include "clearbutton.h"
#include "fieldhint.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using bridge::ParticipantRef;
using bridge::ParticipantType;

struct ParticipantListEdit::Row {
    QWidget *widget = nullptr;
    QLineEdit *identifier = nullptr;
    QComboBox *type = nullptr;
    QToolButton *remove = nullptr;
    FieldHint *hint = nullptr;
    bool typeChosen = false; //!< the agent picked the type: stop detecting it
    bool touched = false;
};

namespace {

constexpr int EmailIndex = 0;
constexpr int PhoneIndex = 1;

} // namespace

ParticipantListEdit::ParticipantListEdit(const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_texts(texts)
    , m_rowsLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(texts.add, this))
    , m_listHint(nullptr) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_listHint = new FieldHint(this, this);
    layout->addWidget(m_listHint);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addButton);
    addLine->addStretch();
    layout->addLayout(addLine);
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.constLast()->identifier->setFocus(Qt::OtherFocusReason);
    });
    addRow();
}

ParticipantListEdit::~ParticipantListEdit() {
    // The row records; their widgets are children of this and go after this body, possibly firing
    // editingFinished on the way out: disconnect them first so no lambda sees a deleted record.
    for (Row *row : std::as_const(m_rows)) {
        row->identifier->disconnect(this);
        row->type->disconnect(this);
        row->remove->disconnect(this);
    }
    qDeleteAll(m_rows);
}

ParticipantListEdit::Row *ParticipantListEdit::createRow() {
    auto *row = new Row;
    row->widget = new QWidget(this);
    auto *v = new QVBoxLayout(row->widget);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    v->addLayout(h);

    row->identifier = new QLineEdit(row->widget);
    row->identifier->setPlaceholderText(m_texts.placeholder);
    ClearButton::enable(row->identifier);
    row->identifier->setMinimumWidth(row->identifier->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    row->type = new QComboBox(row->widget);
    row->type->addItem(tr("Email"), QStringLiteral("email"));
    row->type->addItem(tr("Phone"), QStringLiteral("phone"));
    row->type->setCurrentIndex(PhoneIndex); // what detection says for an empty field
    row->remove = new QToolButton(row->widget);
    row->remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    row->remove->setAutoRaise(true);
    row->hint = new FieldHint(row->identifier, row->widget);

    h->addWidget(row->identifier, 1);
    h->addWidget(row->type);
    h->addWidget(row->remove);
    v->addWidget(row->hint);

    connect(row->identifier, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        if (!row->typeChosen)
            setRowType(row, bridge::detectParticipantType(text.trimmed()));
        emit changed();
    });
    auto touch = [this, row] {
        if (row->touched)
            return;
        row->touched = true;
        emit touched();
    };
    connect(row->identifier, &QLineEdit::textEdited, this, touch);
    connect(row->identifier, &QLineEdit::editingFinished, this, touch);
    // activated: only the agent's own choice, never setCurrentIndex() from detection.
    connect(row->type, &QComboBox::activated, this, [this, row] {
        row->typeChosen = true;
        emit changed();
    });
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeRow(int(m_rows.indexOf(row))); });
    return row;
}

void ParticipantListEdit::setRowType(Row *row, ParticipantType type) {
    const int index = type == ParticipantType::Email ? EmailIndex : PhoneIndex;
    if (row->type->currentIndex() != index)
        row->type->setCurrentIndex(index);
}

void ParticipantListEdit::addRow() {
    Row *row = createRow();
    m_rows.append(row);
    m_rowsLayout->addWidget(row->widget);
    // Tab goes through the rows in order, then to Add.
    QWidget *before =
        m_rows.size() > 1 ? static_cast<QWidget *>(m_rows.at(m_rows.size() - 2)->remove) : nullptr;
    if (before)
        setTabOrder(before, row->identifier);
    setTabOrder(row->identifier, row->type);
    setTabOrder(row->type, row->remove);
    setTabOrder(row->remove, m_addButton);
    renumber();
    emit changed();
}

void ParticipantListEdit::removeRow(int index) {
    if (index < 0 || index >= m_rows.size() || m_rows.size() <= 1)
        return;
    Row *row = m_rows.takeAt(index);
    const bool hadFocus = row->widget->isAncestorOf(focusWidget());
    // Nothing of the row may reach us any more (hiding a focused field emits editingFinished).
    row->identifier->disconnect(this);
    row->type->disconnect(this);
    row->remove->disconnect(this);
    row->widget->hide();
    row->widget->deleteLater();
    delete row;
    renumber();
    if (hadFocus)
        m_rows.at(qMin<qsizetype>(index, m_rows.size() - 1))->identifier->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void ParticipantListEdit::renumber() {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row *row = m_rows.at(i);
        const QString n = QString::number(i + 1);
        row->identifier->setAccessibleName(m_texts.identifierName.arg(n));
        row->type->setAccessibleName(m_texts.typeName.arg(n));
        row->remove->setAccessibleName(m_texts.removeName.arg(n));
        row->remove->setToolTip(m_texts.removeName.arg(n));
        row->remove->setEnabled(m_rows.size() > 1); // at least one row
    }
    // No focus proxy on this container: Qt counts a widget with a proxy as a Tab stop of its own
    // where it sits in the focus chain (after the rows here), and Tab from the first row's type went
    // "to the list", that is back to its first field: a trap. Callers focus identifierEdit(0).
}

QList<ParticipantRef> ParticipantListEdit::participants() const {
    QList<ParticipantRef> out;
    out.reserve(m_rows.size());
    for (const Row *row : m_rows) {
        ParticipantRef p;
        p.identifier = row->identifier->text().trimmed();
        p.type = bridge::participantTypeFromWire(row->type->currentData().toString());
        out.append(p);
    }
    return out;
}

void ParticipantListEdit::setParticipants(const QList<ParticipantRef> &participants) {
    while (m_rows.size() > 1)
        removeRow(int(m_rows.size()) - 1);
    for (qsizetype i = 1; i < participants.size(); ++i)
        addRow();
    for (qsizetype i = 0; i < participants.size(); ++i) {
        Row *row = m_rows.at(i);
        const ParticipantRef &p = participants.at(i);
        row->typeChosen = false;
        row->identifier->setText(p.identifier);
        if (p.type != ParticipantType::Unspecified) {
            setRowType(row, p.type);
            row->typeChosen = p.type != bridge::detectParticipantType(p.identifier);
        }
    }
    if (participants.isEmpty())
        m_rows.constFirst()->identifier->clear();
    emit changed();
}

int ParticipantListEdit::rowCount() const {
    return int(m_rows.size());
}

QLineEdit *ParticipantListEdit::identifierEdit(int row) const {
    return m_rows.value(row) ? m_rows.value(row)->identifier : nullptr;
}

QComboBox *ParticipantListEdit::typeCombo(int row) const {
    return m_rows.value(row) ? m_rows.value(row)->type : nullptr;
}

QAbstractButton *ParticipantListEdit::removeButton(int row) const {
    return m_rows.value(row) ? m_rows.value(row)->remove : nullptr;
}

QAbstractButton *ParticipantListEdit::addButton() const {
    return m_addButton;
}

void ParticipantListEdit::setRowProblem(int row, const QString &problem) {
    if (Row *r = m_rows.value(row))
        r->hint->setProblem(problem);
}

QString ParticipantListEdit::rowProblem(int row) const {
    const Row *r = m_rows.value(row);
    return r ? r->hint->problem() : QString();
}

void ParticipantListEdit::setListProblem(const QString &problem) {
    m_listHint->setProblem(problem);
}

bool ParticipantListEdit::isRowTouched(int row) const {
    const Row *r = m_rows.value(row);
    return r && r->touched;
}
