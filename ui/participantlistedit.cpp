#include "participantlistedit.h"

#include "clearbutton.h"
#include "fieldhint.h"
#include "participanttypebox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using bridge::ParticipantRef;
using bridge::ParticipantType;
using bridge::ProviderChannel;

struct ParticipantListEdit::Row {
    QWidget *widget = nullptr;
    QLineEdit *identifier = nullptr;
    ParticipantTypeBox *type = nullptr;
    QComboBox *channel = nullptr;
    QToolButton *remove = nullptr;
    FieldHint *hint = nullptr;
    bool typeChosen = false; //!< the agent picked the type: stop detecting it
    bool touched = false;
};

ParticipantListEdit::ParticipantListEdit(const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_texts(texts)
    , m_types({ParticipantType::Email, ParticipantType::Phone})
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
        row->channel->disconnect(this);
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
    row->identifier->setPlaceholderText(ParticipantTypeBox::examples(m_types));
    ClearButton::enable(row->identifier);
    row->identifier->setMinimumWidth(row->identifier->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    row->type = new ParticipantTypeBox(row->widget);
    row->type->setTypes(m_types);
    row->type->setType(ParticipantTypeBox::likely(QString(), m_types)); // what detection says of nothing
    row->channel = new QComboBox(row->widget);
    // As wide as a WhatsApp number, not as the longest channel (a HEYGIA channel is a UUID).
    row->channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row->channel->setMinimumContentsLength(18);
    fillChannels(row, {});
    row->remove = new QToolButton(row->widget);
    row->remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    row->remove->setAutoRaise(true);
    row->hint = new FieldHint(row->identifier, row->widget);

    h->addWidget(row->identifier, 1);
    h->addWidget(row->type);
    h->addWidget(row->channel);
    h->addWidget(row->remove);
    v->addWidget(row->hint);

    connect(row->identifier, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        if (!row->typeChosen)
            row->type->setType(ParticipantTypeBox::likely(text, m_types));
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
    // activated: only the agent's own choice, never setType() from detection.
    connect(row->type, &QComboBox::activated, this, [this, row] {
        row->typeChosen = true;
        emit changed();
    });
    connect(row->channel, &QComboBox::activated, this, &ParticipantListEdit::changed);
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeRow(int(m_rows.indexOf(row))); });
    return row;
}

void ParticipantListEdit::setTypes(const QList<ParticipantType> &types) {
    if (types == m_types || types.isEmpty())
        return;
    m_types = types;
    for (Row *row : std::as_const(m_rows)) {
        const ParticipantType before = row->type->type();
        row->type->setTypes(types);
        if (row->type->type() != before || !row->typeChosen) {
            row->typeChosen = false;
            row->type->setType(ParticipantTypeBox::likely(row->identifier->text(), types));
        }
        row->identifier->setPlaceholderText(ParticipantTypeBox::examples(types));
    }
    emit changed();
}

void ParticipantListEdit::setChannels(const QList<ProviderChannel> &channels) {
    if (channels == m_channels)
        return;
    QList<ProviderChannel> chosen; // each row's choice, kept when the new list still has it
    for (const Row *row : std::as_const(m_rows))
        chosen.append(m_channels.value(row->channel->currentData().toInt()));
    m_channels = channels;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        fillChannels(m_rows.at(i), chosen.at(i));
    emit changed();
}

QString ParticipantListEdit::channelText(const ProviderChannel &channel) {
    const QString provider =
        channel.provider == QLatin1String("WHATSAPP") ? QStringLiteral("WhatsApp") : channel.provider;
    return tr("%1 %2").arg(provider, channel.identifier);
}

void ParticipantListEdit::fillChannels(Row *row, const ProviderChannel &chosen) {
    const QSignalBlocker blocker(row->channel);
    row->channel->clear();
    row->channel->addItem(tr("No channel"), -1); // data: the index into m_channels
    for (qsizetype i = 0; i < m_channels.size(); ++i)
        row->channel->addItem(channelText(m_channels.at(i)), int(i));
    const qsizetype kept = chosen.isEmpty() ? -1 : m_channels.indexOf(chosen);
    row->channel->setCurrentIndex(int(kept) + 1);
    row->channel->setVisible(!m_channels.isEmpty() && !m_texts.channelName.isEmpty());
    row->channel->setToolTip(tr("The channel Bridge reaches this customer through"));
}

void ParticipantListEdit::addRow() {
    Row *row = createRow();
    m_rows.append(row);
    m_rowsLayout->addWidget(row->widget);
    renumber();
    emit changed();
}

void ParticipantListEdit::chainTabs() {
    // Tab goes through the rows in order (identifier, type, channel, remove), then to Add.
    QWidget *before = nullptr;
    for (const Row *row : std::as_const(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(row->identifier), static_cast<QWidget *>(row->type),
                           static_cast<QWidget *>(row->channel), static_cast<QWidget *>(row->remove)}) {
            if (before)
                setTabOrder(before, w);
            before = w;
        }
    }
    if (before)
        setTabOrder(before, m_addButton);
}

void ParticipantListEdit::removeRow(int index) {
    if (index < 0 || index >= m_rows.size() || m_rows.size() <= 1)
        return;
    Row *row = m_rows.takeAt(index);
    const bool hadFocus = row->widget->isAncestorOf(focusWidget());
    // Nothing of the row may reach us any more (hiding a focused field emits editingFinished).
    row->identifier->disconnect(this);
    row->type->disconnect(this);
    row->channel->disconnect(this);
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
        row->channel->setAccessibleName(m_texts.channelName.arg(n));
        row->remove->setAccessibleName(m_texts.removeName.arg(n));
        row->remove->setToolTip(m_texts.removeName.arg(n));
        row->remove->setEnabled(m_rows.size() > 1); // at least one row
    }
    chainTabs();
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
        p.type = row->type->type();
        p.channel = m_channels.value(row->channel->currentData().toInt()); // -1: none
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
            row->type->setType(p.type);
            row->typeChosen = p.type != ParticipantTypeBox::likely(p.identifier, m_types);
        }
        fillChannels(row, p.channel);
    }
    if (participants.isEmpty())
        m_rows.constFirst()->identifier->clear();
    emit changed();
}

void ParticipantListEdit::setParticipant(int row, const ParticipantRef &participant) {
    Row *r = m_rows.value(row);
    if (!r)
        return;
    // As setParticipants() does: a type detection would pick is not held against later typing.
    r->typeChosen = false;
    r->identifier->setText(participant.identifier);
    r->type->setType(participant.type);
    r->typeChosen = participant.type != ParticipantTypeBox::likely(participant.identifier, m_types);
    r->touched = true;
    emit changed();
}

int ParticipantListEdit::rowCount() const {
    return int(m_rows.size());
}

QLineEdit *ParticipantListEdit::identifierEdit(int row) const {
    return m_rows.value(row) ? m_rows.value(row)->identifier : nullptr;
}

ParticipantTypeBox *ParticipantListEdit::typeCombo(int row) const {
    return m_rows.value(row) ? m_rows.value(row)->type : nullptr;
}

QComboBox *ParticipantListEdit::channelCombo(int row) const {
    return m_rows.value(row) ? m_rows.value(row)->channel : nullptr;
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
