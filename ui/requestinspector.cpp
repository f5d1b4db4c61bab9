#include "requestinspector.h"

#include "apierror.h"
#include "bridgeclient.h"
#include "credentialstore.h"
#include "requestlog.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using bridge::RequestLog;
using LogColumn = bridge::RequestLog::Column;

namespace {

QPlainTextEdit *textPane(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

RequestInspector::RequestInspector(bridge::BridgeClient *client, QWidget *parent)
    : RequestInspector(new RequestLog, parent) {
    m_log->setParent(this);
    m_log->attach(client);
}

RequestInspector::RequestInspector(bridge::RequestLog *log, QWidget *parent)
    : QDockWidget(tr("Request Inspector"), parent)
    , m_log(log)
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("requestInspector"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);

    auto *content = new QWidget(this);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_proxy->setSourceModel(m_log);
    m_proxy->setSortRole(RequestLog::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(LogColumn::Query), QHeaderView::Stretch);
    header->resizeSection(int(LogColumn::Time), 100);
    header->resizeSection(int(LogColumn::Method), 64);
    header->resizeSection(int(LogColumn::Path), 280);
    header->resizeSection(int(LogColumn::Status), 120);
    header->resizeSection(int(LogColumn::Duration), 72);
    header->resizeSection(int(LogColumn::Attempt), 56);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(LogColumn::Time), Qt::AscendingOrder);

    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_stringToSign = textPane(QStringLiteral("stringToSign"), tr("String to sign"), content);
    m_headers = textPane(QStringLiteral("headers"), tr("Headers sent"), content);
    m_body = textPane(QStringLiteral("requestBody"), tr("Request body"), content);
    m_response = textPane(QStringLiteral("response"), tr("Response sample"), content);
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("requestDetails"));
    m_tabs->addTab(m_stringToSign, tr("String to sign"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_response, tr("Response"));

    m_copyCurl = new QPushButton(tr("Copy as &curl"), content);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));

    m_clear = new QPushButton(tr("Clear"), content);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestInspector::copyAsCurl);
    connect(m_clear, &QPushButton::clicked, m_log, &RequestLog::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_clear);
    auto *detailBox = new QWidget(content);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(splitter);
    setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestInspector::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestInspector::showSelected);
    // New attempts scroll into view while the agent is at the bottom.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followNewest = value == m_table->verticalScrollBar()->maximum(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest && isVisible())
            m_table->scrollToBottom();
        if (selectedRow() < 0)
            showSelected(); // the newest attempt says which tabs apply
    });
    showSelected();
}

int RequestInspector::selectedRow() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool RequestInspector::showRequest(const QString &requestId) {
    show();
    raise();
    const int row = m_log->rowForRequestId(requestId);
    if (row < 0) {
        m_summary->setText(tr("Request %1 is no longer in the log.").arg(requestId));
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_log->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool RequestInspector::showError(const bridge::ApiError &error) {
    return showRequest(error.requestId);
}

void RequestInspector::showSelected() {
    const bridge::RequestRecord *record = m_log->recordAt(selectedRow());
    m_copyCurl->setEnabled(record != nullptr);
    // Nothing is signed in the Connect API: no string-to-sign to show, and a replay reads its key
    // from the shell. The newest attempt decides while none is selected.
    const bridge::RequestRecord *shape = record ? record : m_log->recordAt(m_log->rowCount() - 1);
    const bool signedRequest = !shape || !shape->stringToSign.isEmpty();
    m_tabs->setTabVisible(m_tabs->indexOf(m_stringToSign), signedRequest);
    m_copyCurl->setToolTip(
        signedRequest ? tr("A command that replays this request exactly, signature included; the "
                           "server accepts it while its timestamp is fresh")
                      : tr("A command that replays this request; it reads the API key from $%1, "
                           "so the key itself is never copied")
                            .arg(bridge::CredentialStore::secretVariable(bridge::ApiGeneration::Connect)));
    if (!record) {
        m_summary->setText(m_log->rowCount() == 0 ? tr("No requests yet.")
                                                  : tr("Select a request to see it."));
        for (QPlainTextEdit *edit : {m_stringToSign, m_headers, m_body, m_response})
            edit->clear();
        return;
    }
    const QModelIndex source = m_log->index(selectedRow(), 0);
    const QString outcome = record->outcome.isEmpty() ? QString::number(record->httpStatus) : record->outcome;
    m_summary->setText(tr("%1 %2 → %3 in %4 ms%5")
                           .arg(QString::fromLatin1(record->method), record->url, outcome)
                           .arg(record->durationMs)
                           .arg(record->attempt > 0 ? tr(" (retry %1)").arg(record->attempt) : QString()));
    m_stringToSign->setPlainText(source.data(RequestLog::StringToSignRole).toString());
    m_headers->setPlainText(source.data(RequestLog::HeadersTextRole).toString());
    m_body->setPlainText(record->requestBody.isEmpty() ? tr("(no body)")
                                                       : QString::fromUtf8(record->requestBody));
    const QString sample = source.data(RequestLog::ResponseSampleRole).toString();
    m_response->setPlainText(sample.isEmpty() ? tr("(no answer)") : sample);
}

void RequestInspector::copyAsCurl() {
    const bridge::RequestRecord *record = m_log->recordAt(selectedRow());
    if (!record)
        return;
    const QString command = m_log->copyAsCurl(*record);
    if (command.isEmpty()) {
        emit notice(tr("This request was made with another API key: it cannot be replayed."));
        return;
    }
    QApplication::clipboard()->setText(command);
    emit notice(
        record->stringToSign.isEmpty()
            ? tr("Copied a curl command; set %1 to the API key in the shell that runs it.")
                  .arg(bridge::CredentialStore::secretVariable(bridge::ApiGeneration::Connect))
            : tr("Copied a curl command; the server accepts it while its timestamp is fresh (±5 min)."));
}
