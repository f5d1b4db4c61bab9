#include "csvimport.h"

#include "apidialect.h"

#include "bridgeclient.h"
#include "csv.h"
#include "statusvocabulary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace bridge {

namespace {

// Texts of the functions here belong to the class's context: lupdate reads the context from this
// declaration (a free tr() helper would be filed under "bridge" and never found at run time).
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(bridge::CsvImport)
};

const QString ResultOutcome = QStringLiteral("outcome");
const QString ResultId = QStringLiteral("id");
const QString ResultError = QStringLiteral("error");
const QString ResultKey = QStringLiteral("rowKey");

//! The CSV column a NewConversation field error belongs to.
QString columnOf(const QString &field) {
    if (field.startsWith(QLatin1String("externalParticipants")))
        return field.endsWith(QLatin1String(".type")) ? QStringLiteral("type") : QStringLiteral("customer");
    if (field.startsWith(QLatin1String("internalParticipants")))
        return QStringLiteral("agents");
    if (field == QLatin1String("teamId"))
        return QStringLiteral("team");
    return field; // name, status
}

QString typeNames(const QList<ParticipantType> &types) {
    QStringList names;
    for (ParticipantType type : types)
        names.append(toWireString(type));
    return names.join(QStringLiteral(", "));
}

QString identifierKey(const ParticipantRef &p) {
    return toWireString(p.type) + QLatin1Char(':') + p.identifier.toLower();
}

//! Reads one data row into a NewConversation and its problems.
void readRow(CsvImportRow &row, const QHash<QString, int> &columns, int headerSize, const ApiDialect &api) {
    const auto value = [&](const char *name) -> QString {
        const int i = columns.value(QLatin1String(name), -1);
        return i >= 0 && i < row.values.size() ? row.values.at(i).trimmed() : QString();
    };
    if (row.values.size() > headerSize) {
        row.problems.append({QString(), ImportText::tr("This row has %1 fields; the header has %2.")
                                            .arg(row.values.size())
                                            .arg(headerSize)});
    }

    NewConversation &c = row.conversation;
    const QString customer = value("customer");
    const QString type = value("type");
    ParticipantRef external{customer, detectParticipantType(customer)};
    if (const ParticipantType named = participantTypeFromWire(type); api.customerTypes().contains(named))
        external.type = named;
    else if (!type.isEmpty())
        row.problems.append(
            {QStringLiteral("type"), ImportText::tr("The type must be one this API has (%1), or left empty.")
                                         .arg(typeNames(api.customerTypes()))});
    if (customer.isEmpty())
        row.problems.append({QStringLiteral("customer"), ImportText::tr("The customer is required.")});
    else
        c.externalParticipants.append(external);

    c.name = value("name");
    const QString team = value("team");
    const QString agents = value("agents");
    if (!team.isEmpty() && !agents.isEmpty()) {
        row.problems.append({QStringLiteral("agents"), ImportText::tr("Give a team or agents, not both.")});
    } else if (!team.isEmpty()) {
        c.assignment = NewConversation::Assignment::Team;
        c.teamId = team;
    } else if (!agents.isEmpty()) {
        c.assignment = NewConversation::Assignment::Agents;
        const QStringList parts = agents.split(QLatin1Char(';'));
        for (const QString &part : parts) {
            const QString id = part.trimmed();
            if (!id.isEmpty())
                c.internalParticipants.append({id, detectParticipantType(id)});
        }
    }
    // Either generation's spelling is taken ("ghost", "GHOST"); a value this API does not have is
    // refused here, before anything is sent.
    const StatusVocabulary &statuses = api.statuses();
    const ConversationStatus ghost = statuses.matching(QStringLiteral("ghost")).value_or(api.defaultStatus());
    const QString status = value("status");
    c.status = status.isEmpty() ? ghost : statuses.matching(status).value_or(ConversationStatus(status));
    if (!statuses.allows(StatusVocabulary::Create, c.status)) {
        row.problems.append({QStringLiteral("status"), ImportText::tr("The status must be %1, or left empty.")
                                                           .arg(statuses.spelled(StatusVocabulary::Create))});
        c.status = ghost;
    }
    const FieldErrors errors = api.validate(c);
    for (const FieldError &e : errors) {
        if (customer.isEmpty() && e.field.startsWith(QLatin1String("externalParticipants")))
            continue; // already said: the customer is required
        row.problems.append({columnOf(e.field), e.message});
    }

    // The key: what would be sent, normalized, so that re-running the same file finds its rows.
    QStringList normalized{identifierKey(external), c.name, c.teamId};
    for (const ParticipantRef &agent : std::as_const(c.internalParticipants))
        normalized.append(identifierKey(agent));
    normalized.append(c.status.raw());
    const QByteArray hash =
        QCryptographicHash::hash(normalized.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    row.key = QString::fromLatin1(hash); // previewBytes() appends the occurrence number
}

struct PreviousOutcome {
    CsvImportRow::Outcome outcome = CsvImportRow::Outcome::Pending;
    QString id;
    QString error;
};

//! What an earlier run wrote, by row key. A row once created stays created.
QHash<QString, PreviousOutcome> readResults(const QString &resultsFile) {
    QHash<QString, PreviousOutcome> previous;
    QFile file(resultsFile);
    if (!file.open(QIODevice::ReadOnly))
        return previous;
    const Csv::Table table = Csv::parse(file.readAll());
    if (table.records.isEmpty())
        return previous;
    const QStringList header = table.records.constFirst();
    const int keyColumn = int(header.lastIndexOf(ResultKey));
    const int outcomeColumn = int(header.lastIndexOf(ResultOutcome));
    const int idColumn = int(header.lastIndexOf(ResultId));
    const int errorColumn = int(header.lastIndexOf(ResultError));
    if (keyColumn < 0 || outcomeColumn < 0)
        return previous;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const QStringList &r = table.records.at(i);
        const auto at = [&r](int column) {
            return column >= 0 && column < r.size() ? r.at(column) : QString();
        };
        const QString key = at(keyColumn);
        const QString outcome = at(outcomeColumn);
        PreviousOutcome p;
        p.id = at(idColumn);
        p.error = at(errorColumn);
        if (outcome == QLatin1String("created") || (outcome == QLatin1String("skipped") && !p.id.isEmpty()))
            p.outcome = CsvImportRow::Outcome::Created;
        else if (outcome == QLatin1String("unknown") || outcome == QLatin1String("check"))
            p.outcome = CsvImportRow::Outcome::Check;
        else
            continue; // failed or skipped without an id: may be tried again
        PreviousOutcome &slot = previous[key];
        if (slot.outcome != CsvImportRow::Outcome::Created)
            slot = p;
    }
    return previous;
}

} // namespace

int CsvImportPreview::validCount() const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const CsvImportRow &r) { return r.isValid(); }));
}

int CsvImportPreview::invalidCount() const {
    return int(rows.size()) - validCount();
}

int CsvImportPreview::alreadyCreatedCount() const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const CsvImportRow &r) {
        return r.outcome == CsvImportRow::Outcome::Created || r.outcome == CsvImportRow::Outcome::Skipped;
    }));
}

int CsvImportPreview::checkCount() const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const CsvImportRow &r) {
        return r.outcome == CsvImportRow::Outcome::Check || r.outcome == CsvImportRow::Outcome::Unknown;
    }));
}

int CsvImportPreview::toSendCount() const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const CsvImportRow &r) {
        return r.isValid() && r.outcome == CsvImportRow::Outcome::Pending;
    }));
}

QStringList CsvImport::knownColumns() {
    return {QStringLiteral("customer"), QStringLiteral("type"),   QStringLiteral("name"),
            QStringLiteral("team"),     QStringLiteral("agents"), QStringLiteral("status")};
}

QString CsvImport::resultsFileName(const QString &fileName) {
    return fileName + QStringLiteral(".results.csv");
}

QString CsvImport::outcomeName(CsvImportRow::Outcome outcome) {
    switch (outcome) {
    case CsvImportRow::Outcome::Pending:
        return {};
    case CsvImportRow::Outcome::Created:
        return QStringLiteral("created");
    case CsvImportRow::Outcome::Failed:
        return QStringLiteral("failed");
    case CsvImportRow::Outcome::Skipped:
        return QStringLiteral("skipped");
    case CsvImportRow::Outcome::Unknown:
        return QStringLiteral("unknown");
    case CsvImportRow::Outcome::Check:
        return QStringLiteral("check");
    }
    return {};
}

CsvImport::CsvImport(BridgeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

CsvImport::~CsvImport() {
    m_call.cancel();
}

CsvImportPreview CsvImport::preview(const QString &fileName, const ApiDialect &api) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportPreview p;
        p.fileName = fileName;
        p.resultsFileName = resultsFileName(fileName);
        p.fileError = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return p;
    }
    CsvImportPreview p = previewBytes(file.readAll(), fileName, api);
    if (!p.canRun())
        return p;
    const QHash<QString, PreviousOutcome> previous = readResults(p.resultsFileName);
    for (CsvImportRow &row : p.rows) {
        const auto it = previous.constFind(row.key);
        if (it == previous.cend())
            continue;
        row.outcome = it->outcome;
        row.conversationId = it->id;
        if (row.outcome == CsvImportRow::Outcome::Check)
            row.error = tr(
                "An earlier run lost the answer: it may have been created. Check before sending it again.");
    }
    return p;
}

CsvImportPreview CsvImport::previewBytes(const QByteArray &utf8, const QString &fileName,
                                         const ApiDialect &api) {
    CsvImportPreview p;
    p.fileName = fileName;
    p.resultsFileName = fileName.isEmpty() ? QString() : resultsFileName(fileName);
    const Csv::Table table = Csv::parse(utf8);
    if (!table.error.isEmpty()) {
        p.fileError = table.error;
        return p;
    }
    if (table.records.isEmpty()) {
        p.fileError =
            tr("The file is empty: a header row is expected (customer, type, name, team, agents, status).");
        return p;
    }
    p.header = table.records.constFirst();
    QHash<QString, int> columns;
    const QStringList known = knownColumns();
    for (int i = 0; i < p.header.size(); ++i) {
        const QString name = p.header.at(i).trimmed().toLower();
        if (!known.contains(name)) {
            p.warnings.append(tr("Column \"%1\" is not known and is ignored.").arg(p.header.at(i)));
            continue;
        }
        if (columns.contains(name)) {
            p.fileError = tr("Column \"%1\" appears twice.").arg(name);
            return p;
        }
        columns.insert(name, i);
    }
    if (!columns.contains(QStringLiteral("customer"))) {
        p.fileError = tr("The header has no customer column.");
        return p;
    }
    QHash<QString, int> occurrences;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        CsvImportRow row;
        row.rowNumber = int(i);
        row.lineNumber = table.lineNumbers.at(i);
        row.values = table.records.at(i);
        readRow(row, columns, int(p.header.size()), api);
        // Identical rows are told apart by their order among themselves, not by their line, so that
        // inserting or removing other rows before a re-run never makes a created row look new.
        row.key += QLatin1Char('-') + QString::number(++occurrences[row.key]);
        p.rows.append(row);
    }
    return p;
}

bool CsvImport::run(const CsvImportPreview &preview) {
    if (m_running)
        return false;
    m_errorString.clear();
    if (!preview.canRun()) {
        m_errorString = preview.fileError;
        return false;
    }
    m_state = preview;

    if (!m_state.resultsFileName.isEmpty()) {
        // Rewrite the results file with what earlier runs settled (created: now "skipped" with its
        // id; lost answers: "check"), atomically; then append this run's rows one by one.
        QSaveFile rewrite(m_state.resultsFileName);
        if (!rewrite.open(QIODevice::WriteOnly)) {
            m_errorString = tr("Cannot write %1: %2").arg(m_state.resultsFileName, rewrite.errorString());
            return false;
        }
        rewrite.write(
            Csv::line(m_state.header + QStringList{ResultOutcome, ResultId, ResultError, ResultKey}));
        for (CsvImportRow &row : m_state.rows) {
            if (row.outcome == CsvImportRow::Outcome::Created)
                row.outcome = CsvImportRow::Outcome::Skipped;
            if (row.outcome == CsvImportRow::Outcome::Skipped || row.outcome == CsvImportRow::Outcome::Check)
                rewrite.write(resultLine(row));
        }
        if (!rewrite.commit()) {
            m_errorString = tr("Cannot write %1: %2").arg(m_state.resultsFileName, rewrite.errorString());
            return false;
        }
        m_results = std::make_unique<QFile>(m_state.resultsFileName);
        if (!m_results->open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_errorString = tr("Cannot write %1: %2").arg(m_state.resultsFileName, m_results->errorString());
            m_results.reset();
            return false;
        }
    } else {
        for (CsvImportRow &row : m_state.rows) {
            if (row.outcome == CsvImportRow::Outcome::Created)
                row.outcome = CsvImportRow::Outcome::Skipped;
        }
    }

    m_index = 0;
    m_done = 0;
    m_running = true;
    m_cancelRequested = false;
    QTimer::singleShot(0, this, &CsvImport::next);
    return true;
}

QByteArray CsvImport::resultLine(const CsvImportRow &row) const {
    QStringList values = row.values;
    while (values.size() < m_state.header.size())
        values.append(QString());
    values = values.mid(0, m_state.header.size());
    return Csv::line(values + QStringList{outcomeName(row.outcome), row.conversationId, row.error, row.key});
}

void CsvImport::next() {
    if (!m_running)
        return;
    const int total = int(m_state.rows.size());
    while (m_index < m_state.rows.size()) {
        if (m_cancelRequested) {
            finish(true);
            return;
        }
        CsvImportRow &row = m_state.rows[m_index];
        if (row.outcome == CsvImportRow::Outcome::Skipped || row.outcome == CsvImportRow::Outcome::Check) {
            ++m_index;
            ++m_done;
            emit rowFinished(row);
            emit progress(m_done, total);
            continue; // already in the results file
        }
        if (!row.isValid()) {
            row.outcome = CsvImportRow::Outcome::Failed;
            QStringList problems;
            for (const FieldError &e : std::as_const(row.problems))
                problems.append(e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message);
            row.error = problems.join(QStringLiteral("; "));
            record(row);
            ++m_index;
            continue;
        }
        const qsizetype index = m_index;
        m_call = m_client->create(row.conversation, this, [this, index](const Expected<Conversation> &r) {
            m_call = {};
            CsvImportRow &done = m_state.rows[index];
            if (r.ok()) {
                done.outcome = CsvImportRow::Outcome::Created;
                done.conversationId = r.value().id;
                done.error.clear();
            } else {
                done.outcome = r.error().mayHaveSucceeded ? CsvImportRow::Outcome::Unknown
                                                          : CsvImportRow::Outcome::Failed;
                done.error = r.error().line();
            }
            record(done);
            ++m_index;
            next();
        });
        return;
    }
    finish(false);
}

void CsvImport::record(CsvImportRow &row) {
    if (m_results) {
        m_results->write(resultLine(row));
        m_results->flush();
    }
    ++m_done;
    emit rowFinished(row);
    emit progress(m_done, int(m_state.rows.size()));
}

void CsvImport::finish(bool cancelled) {
    m_running = false;
    m_results.reset();
    emit finished(cancelled);
}

void CsvImport::cancel() {
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (!m_call.isRunning())
        QTimer::singleShot(0, this, &CsvImport::next);
}

int CsvImport::createdCount() const {
    return int(std::count_if(m_state.rows.cbegin(), m_state.rows.cend(), [](const CsvImportRow &r) {
        return r.outcome == CsvImportRow::Outcome::Created || r.outcome == CsvImportRow::Outcome::Skipped;
    }));
}

int CsvImport::failedCount() const {
    return int(std::count_if(m_state.rows.cbegin(), m_state.rows.cend(), [](const CsvImportRow &r) {
        return r.outcome == CsvImportRow::Outcome::Failed;
    }));
}

int CsvImport::checkCount() const {
    return m_state.checkCount();
}

QString CsvImport::summary() const {
    const int created =
        int(std::count_if(m_state.rows.cbegin(), m_state.rows.cend(),
                          [](const CsvImportRow &r) { return r.outcome == CsvImportRow::Outcome::Created; }));
    const int skipped =
        int(std::count_if(m_state.rows.cbegin(), m_state.rows.cend(),
                          [](const CsvImportRow &r) { return r.outcome == CsvImportRow::Outcome::Skipped; }));
    const int pending =
        int(std::count_if(m_state.rows.cbegin(), m_state.rows.cend(),
                          [](const CsvImportRow &r) { return r.outcome == CsvImportRow::Outcome::Pending; }));
    QStringList parts{tr("%n created", nullptr, created)};
    if (skipped)
        parts.append(tr("%n skipped (created before)", nullptr, skipped));
    if (const int failed = failedCount())
        parts.append(tr("%n failed", nullptr, failed));
    if (const int check = checkCount())
        parts.append(tr("%n to check (the answer was lost; not sent again)", nullptr, check));
    if (pending)
        parts.append(tr("%n not sent", nullptr, pending));
    return parts.join(QStringLiteral(", "));
}

} // namespace bridge
