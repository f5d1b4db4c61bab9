#include "importdialog.h"

#include "apidialect.h"
#include "bridgeclient.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using bridge::CsvImportRow;
using Outcome = bridge::CsvImportRow::Outcome;

namespace {

const QColor kProblem(0xc6, 0x28, 0x28);
const QColor kDone(0x2e, 0x7d, 0x32);

QString problemsText(const CsvImportRow &row) {
    QStringList lines;
    for (const bridge::FieldError &e : row.problems)
        lines << (e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ImportDialog::ImportDialog(bridge::BridgeClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_import(new bridge::CsvImport(client, this))
    , m_fileName(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QLabel(this)) {
    setWindowTitle(tr("Import Conversations from CSV"));
    setSizeGripEnabled(true);

    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileName->setReadOnly(true);
    m_fileName->setPlaceholderText(
        tr("A UTF-8 CSV with a header row: customer, type, name, team, agents, status"));
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_choose);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Choose a file to see its rows checked before anything is sent."));

    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setAccessibleName(tr("Rows of the file"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setAlternatingRowColors(true);
    m_rows->setWordWrap(false);
    m_rows->setShowGrid(false);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rows->horizontalHeader()->setStretchLastSection(true);

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_results->setObjectName(QStringLiteral("resultsLabel"));
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setTextFormat(Qt::PlainText);
    m_results->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    // The box's accepted/rejected would close the dialog: each button does its own thing.
    connect(m_create, &QPushButton::clicked, this, &ImportDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_import->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_import, &bridge::CsvImport::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_import, &bridge::CsvImport::rowFinished, this, [this](const CsvImportRow &row) {
        if (row.outcome == Outcome::Created)
            ++m_createdThisRun;
        const int tableRow = tableRowOf(row.rowNumber);
        if (tableRow >= 0) {
            showRow(tableRow, row, false);
            m_rows->scrollToItem(m_rows->item(tableRow, 0));
        }
    });
    connect(m_import, &bridge::CsvImport::finished, this, &ImportDialog::onFinished);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    resize(860, 520);
}

void ImportDialog::chooseFile() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!m_preview.fileName.isEmpty())
        dir = QFileInfo(m_preview.fileName).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Import CSV"), dir, tr("CSV (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFileName);
    dialog->open();
}

void ImportDialog::setFileName(const QString &fileName) {
    if (m_import->isRunning())
        return;
    m_fileName->setText(QDir::toNativeSeparators(fileName));
    m_preview = bridge::CsvImport::preview(fileName, m_client->dialect());
    m_results->hide();
    m_progress->hide();
    showPreview();
}

void ImportDialog::showPreview() {
    const bridge::CsvImportPreview &p = m_preview;
    m_rows->clear();
    m_rows->setRowCount(0);
    if (!p.canRun()) {
        m_summary->setText(p.fileError);
        m_create->setEnabled(false);
        m_create->setText(tr("C&reate"));
        return;
    }
    // The check comes first: it is what the agent reads; the row as written follows.
    QStringList columns{tr("Row"), tr("Check / result")};
    columns << p.header;
    m_rows->setColumnCount(int(columns.size()));
    m_rows->setHorizontalHeaderLabels(columns);
    m_rows->setRowCount(int(p.rows.size()));
    for (int i = 0; i < p.rows.size(); ++i) {
        const CsvImportRow &row = p.rows.at(i);
        auto *number = new QTableWidgetItem(QString::number(row.rowNumber));
        number->setData(Qt::UserRole, row.rowNumber);
        number->setToolTip(tr("Line %1 of the file").arg(row.lineNumber));
        m_rows->setItem(i, 0, number);
        for (int c = 0; c < row.values.size() && c < p.header.size(); ++c)
            m_rows->setItem(i, c + 2, new QTableWidgetItem(row.values.at(c)));
        showRow(i, row, true);
    }
    m_rows->resizeColumnsToContents();
    m_rows->setColumnWidth(1, qBound(120, m_rows->columnWidth(1), 360));
    for (int c = 2; c < m_rows->columnCount(); ++c)
        m_rows->setColumnWidth(c, qMin(m_rows->columnWidth(c), 200));

    QStringList parts{tr("%n rows", nullptr, int(p.rows.size())), tr("%n ready", nullptr, p.validCount())};
    if (p.invalidCount())
        parts << tr("%n with problems (not sent)", nullptr, p.invalidCount());
    if (p.alreadyCreatedCount())
        parts << tr("%n created before (skipped)", nullptr, p.alreadyCreatedCount());
    if (p.checkCount())
        parts << tr("%n to check (answer lost before: not re-sent)", nullptr, p.checkCount());
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    for (const QString &warning : p.warnings)
        text += QLatin1Char('\n') + warning;
    m_summary->setText(text);
    const int toSend = p.toSendCount();
    m_create->setText(toSend > 0 ? tr("C&reate %n Conversations", nullptr, toSend) : tr("Nothing to Create"));
    m_create->setEnabled(toSend > 0);
    m_create->setDefault(toSend > 0);
}

void ImportDialog::showRow(int tableRow, const CsvImportRow &row, bool beforeRun) {
    const int column = 1;
    QTableWidgetItem *item = m_rows->item(tableRow, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_rows->setItem(tableRow, column, item);
    }
    QString text;
    QColor colour = palette().color(QPalette::Text);
    switch (row.outcome) {
    case Outcome::Pending:
        text = row.isValid() ? tr("ready") : problemsText(row);
        if (!row.isValid())
            colour = kProblem;
        break;
    case Outcome::Created:
        if (beforeRun) { // by an earlier run: this one skips it
            text = tr("skipped: created before as %1").arg(row.conversationId);
            break;
        }
        text = tr("created %1").arg(row.conversationId);
        colour = kDone;
        break;
    case Outcome::Skipped:
        text = tr("skipped: created before as %1").arg(row.conversationId);
        break;
    case Outcome::Failed:
        text = tr("failed: %1").arg(row.error.isEmpty() ? problemsText(row) : row.error);
        colour = kProblem;
        break;
    case Outcome::Unknown:
    case Outcome::Check:
        text = tr("check: %1")
                   .arg(row.error.isEmpty() ? tr("the answer was lost; refresh and look") : row.error);
        colour = kProblem;
        break;
    }
    item->setText(text.section(QLatin1Char('\n'), 0, 0) +
                  (text.contains(QLatin1Char('\n')) ? QStringLiteral(" …") : QString()));
    item->setToolTip(text);
    item->setForeground(colour);
    item->setData(Qt::UserRole, bridge::CsvImport::outcomeName(row.outcome));
}

int ImportDialog::tableRowOf(int rowNumber) const {
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        if (m_rows->item(i, 0) && m_rows->item(i, 0)->data(Qt::UserRole).toInt() == rowNumber)
            return i;
    }
    return -1;
}

void ImportDialog::create() {
    if (m_import->isRunning() || !m_preview.canRun() || m_preview.toSendCount() == 0)
        return;
    m_createdThisRun = 0;
    if (!m_import->run(m_preview)) {
        m_summary->setText(m_import->errorString());
        return;
    }
    m_create->setEnabled(false);
    m_choose->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, int(m_preview.rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_results->hide();
}

void ImportDialog::onFinished(bool cancelled) {
    m_cancel->setEnabled(false);
    m_choose->setEnabled(true);
    const QString summary = m_import->summary();
    m_summary->setText(cancelled ? tr("Stopped: %1. Import the file again to send the rest.").arg(summary)
                                 : summary);
    m_results->setText(tr("One result per row was written to %1")
                           .arg(QDir::toNativeSeparators(m_import->state().resultsFileName)));
    m_results->show();
    m_preview = m_import->state();
    const int toSend = m_preview.toSendCount();
    m_create->setText(toSend > 0 ? tr("C&reate %n Conversations", nullptr, toSend) : tr("Nothing to Create"));
    m_create->setEnabled(false); // re-running needs a fresh preview: choose the file again
    m_close->setDefault(true);
    if (m_createdThisRun > 0)
        emit conversationsCreated(m_createdThisRun);
}

void ImportDialog::done(int result) {
    if (m_import->isRunning()) {
        // Stay until the row in flight has its outcome written, or a re-run could send it twice.
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Stopping after the row being sent…"));
        m_import->cancel();
        return;
    }
    QDialog::done(result);
}
