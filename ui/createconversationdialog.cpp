#include "createconversationdialog.h"

#include "apidialect.h"

#include "bridgeclient.h"
#include "connectdialect.h"
#include "contactsuggester.h"
#include "errorbanner.h"
#include "fieldhint.h"
#include "fieldpath.h"
#include "identifiercompleter.h"
#include "participantlistedit.h"
#include "participanttypebox.h"
#include "uilogging.h"
#include "windowgrower.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

using namespace bridge;

namespace {

enum AssignmentId { AssignNone = 0, AssignAgents = 1, AssignTeam = 2 };

//! A status as its radio button says it, with a mnemonic no other control of the dialog uses.
QString statusLabel(const StatusVocabulary &statuses, const ConversationStatus &status) {
    const QString name = statuses.displayName(status);
    if (statuses.matching(QStringLiteral("active")) == status)
        return CreateConversationDialog::tr("Acti&ve");
    if (statuses.matching(QStringLiteral("ghost")) == status)
        return CreateConversationDialog::tr("G&host");
    return name;
}

} // namespace

CreateConversationDialog::CreateConversationDialog(BridgeClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client) {
    setWindowTitle(tr("New Conversation"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72); // room for a hint on one line
    buildForm();
    WindowGrower::install(this);
    loadChannels();
    refresh();
}

void CreateConversationDialog::loadChannels() {
    // Each provider's channels, in the providers' order; a provider that fails (or a generation
    // without channels) offers none, and the chooser stays hidden while nobody offers any.
    const QStringList providers = ConnectDialect::providers();
    auto found = std::make_shared<QList<QList<ProviderChannel>>>(providers.size());
    auto pending = std::make_shared<int>(int(providers.size()));
    for (qsizetype i = 0; i < providers.size(); ++i) {
        m_channelCalls.append(m_client->providerChannels(
            providers.at(i), this, [this, i, found, pending](const Expected<QList<ProviderChannel>> &answer) {
                if (answer.ok())
                    (*found)[i] = answer.value();
                else
                    qCDebug(lcUi) << "no provider channels:" << answer.error().line();
                if (--*pending > 0)
                    return;
                QList<ProviderChannel> all;
                for (const QList<ProviderChannel> &channels : std::as_const(*found))
                    all += channels;
                m_customers->setChannels(all);
                emit channelsLoaded();
            }));
    }
}

CreateConversationDialog::~CreateConversationDialog() {
    m_call.cancel();
    for (CallHandle &call : m_channelCalls)
        call.cancel();
    // QDialog's destructor hides the dialog, which moves the focus and fires editingFinished on the
    // focused field, when this is no longer a CreateConversationDialog (UBSan caught it).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void CreateConversationDialog::buildForm() {
    auto *layout = new QVBoxLayout(this);

    // The banner: errors from the server, the lost-answer warning and its choices.
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->label()->setObjectName(QStringLiteral("bannerText"));
    m_banner->setDismissible(false);
    m_checkButton = m_banner->addButton(tr("Chec&k conversations"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    // Enter never confirms Create anyway (addButton's buttons are never default): only a deliberate press.
    m_createAnywayButton = m_banner->addButton(tr("Create &anyway"));
    m_createAnywayButton->setObjectName(QStringLiteral("createAnywayButton"));
    layout->addWidget(m_banner);
    connect(m_checkButton, &QPushButton::clicked, this, &CreateConversationDialog::checkRequested);
    connect(m_createAnywayButton, &QPushButton::clicked, this, [this] {
        if (m_inFlight || !problems().isEmpty())
            return;
        send();
    });

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(m_form);

    // Customers.
    const ApiDialect &dialect = m_client->dialect();
    m_customers = new ParticipantListEdit({tr("A&dd customer"), tr("Customer %1"), tr("Customer %1 type"),
                                           tr("Remove customer %1"), tr("Customer %1 channel")},
                                          m_form);
    m_customers->setObjectName(QStringLiteral("customers"));
    m_customers->setTypes(dialect.customerTypes());
    auto *customersLabel = new QLabel(tr("C&ustomers:"), m_form);
    // A label's mnemonic only moves the focus to a buddy that takes it: the list itself does not,
    // its first field does (whichever row is first after a removal).
    const auto pointBuddy = [this, customersLabel] {
        if (QLineEdit *first = m_customers->identifierEdit(0); first && customersLabel->buddy() != first)
            customersLabel->setBuddy(first);
    };
    pointBuddy();
    connect(m_customers, &ParticipantListEdit::changed, customersLabel, pointBuddy);
    form->addRow(customersLabel, m_customers);

    // Assignment: a choice of three, so agents and a team can never both be sent.
    auto *none = new QRadioButton(tr("N&obody"), m_form);
    none->setObjectName(QStringLiteral("assignNone"));
    auto *agents = new QRadioButton(tr("A&gents"), m_form);
    agents->setObjectName(QStringLiteral("assignAgents"));
    auto *team = new QRadioButton(tr("&Team"), m_form);
    team->setObjectName(QStringLiteral("assignTeam"));
    m_assignment = new QButtonGroup(this);
    m_assignment->addButton(none, AssignNone);
    m_assignment->addButton(agents, AssignAgents);
    m_assignment->addButton(team, AssignTeam);
    none->setChecked(true);
    auto *choice = new QHBoxLayout;
    choice->addWidget(none);
    choice->addWidget(agents);
    choice->addWidget(team);
    choice->addStretch();
    auto *assignLabel = new QLabel(tr("Assign to:"), m_form);
    assignLabel->setBuddy(none);
    form->addRow(assignLabel, choice);

    m_assignmentPages = new QStackedWidget(m_form);
    m_assignmentPages->addWidget(
        FieldHint::explanation(tr("Not assigned to anyone yet."), m_assignmentPages));
    m_agents = new ParticipantListEdit(
        {tr("Add ag&ent"), tr("Agent %1"), tr("Agent %1 type"), tr("Remove agent %1")}, m_assignmentPages);
    m_agents->setObjectName(QStringLiteral("agents"));
    m_agents->setTypes(dialect.agentTypes());
    m_assignmentPages->addWidget(m_agents);
    auto *teamPage = new QWidget(m_assignmentPages);
    auto *teamLayout = new QVBoxLayout(teamPage);
    teamLayout->setContentsMargins(0, 0, 0, 0);
    teamLayout->setSpacing(2);
    m_teamId = new QLineEdit(teamPage);
    m_teamId->setObjectName(QStringLiteral("teamId"));
    m_teamId->setAccessibleName(tr("Team ID"));
    m_teamId->setPlaceholderText(tr("The team's ID, as Bridge shows it"));
    m_teamIdHint = new FieldHint(m_teamId, teamPage);
    m_teamIdHint->setObjectName(QStringLiteral("teamIdHint"));
    teamLayout->addWidget(m_teamId);
    teamLayout->addWidget(m_teamIdHint);
    teamLayout->addStretch();
    m_assignmentPages->addWidget(teamPage);
    form->addRow(QString(), m_assignmentPages);
    // Only the chosen page is visible, and a hidden page's fields are out of the tab chain.
    connect(m_assignment, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_assignmentPages->setCurrentIndex(id);
        refresh();
    });

    // Name.
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Optional"));
    m_nameHint = new FieldHint(m_name, m_form);
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    auto *nameLabel = new QLabel(tr("&Name:"), m_form);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, FieldHint::withHint(m_name, m_nameHint));

    // Status: the values the generation lets a new conversation have (Active and Ghost in both).
    auto *statusChoice = new QHBoxLayout;
    m_status = new QButtonGroup(this);
    const StatusVocabulary &statuses = dialect.statuses();
    const std::optional<ConversationStatus> ghost = statuses.matching(QStringLiteral("ghost"));
    auto *ghostLine = FieldHint::explanation(
        tr("A ghost conversation stays invisible until its first interaction, such as the first message."),
        m_form);
    ghostLine->setVisible(ghost.has_value());
    for (const ConversationStatus &value : statuses.values(StatusVocabulary::Create)) {
        auto *button = new QRadioButton(statusLabel(statuses, value), m_form);
        button->setObjectName(QStringLiteral("status") +
                              statuses.displayName(value).remove(QLatin1Char(' ')));
        button->setProperty("bridgeStatus", value.raw());
        if (value == ghost) {
            button->setToolTip(ghostLine->text());
            button->setAccessibleDescription(ghostLine->text());
        }
        m_status->addButton(button);
        m_statusButtons.append(button);
        statusChoice->addWidget(button);
    }
    statusChoice->addStretch();
    auto *statusLabelWidget = new QLabel(tr("Status:"), m_form);
    statusLabelWidget->setBuddy(m_statusButtons.value(0));
    form->addRow(statusLabelWidget, FieldHint::withHint(statusChoice, ghostLine));
    setGhost(false);

    // Anything validate() names that has no field of its own (never expected, never dropped).
    m_otherHint = new FieldHint(m_form, m_form);
    form->addRow(m_otherHint);

    auto *buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("&Create"), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_createButton, &QPushButton::clicked, this, &CreateConversationDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Validation as the agent types.
    connect(m_customers, &ParticipantListEdit::changed, this, &CreateConversationDialog::refresh);
    connect(m_customers, &ParticipantListEdit::touched, this, &CreateConversationDialog::refresh);
    connect(m_agents, &ParticipantListEdit::changed, this, &CreateConversationDialog::refresh);
    connect(m_agents, &ParticipantListEdit::touched, this, &CreateConversationDialog::refresh);
    connect(m_teamId, &QLineEdit::textChanged, this, &CreateConversationDialog::refresh);
    auto touchTeam = [this] {
        m_teamTouched = true;
        refresh();
    };
    connect(m_teamId, &QLineEdit::textEdited, this, touchTeam);
    connect(m_teamId, &QLineEdit::editingFinished, this, touchTeam);
    connect(m_name, &QLineEdit::textChanged, this, &CreateConversationDialog::refresh);
    connect(m_customers, &ParticipantListEdit::changed, this, &CreateConversationDialog::attachCompleters);
    connect(m_agents, &ParticipantListEdit::changed, this, &CreateConversationDialog::attachCompleters);
    attachCompleters();

    // Tab order between fields, never through a list's container: a container whose focus proxy is
    // its first row made setTabOrder() close the chain inside that row (Tab never left it). Each
    // list orders its own rows and ends on its Add button.
    setTabOrder(m_customers->addButton(), none);
    setTabOrder(none, agents);
    setTabOrder(agents, team);
    setTabOrder(team, m_agents->identifierEdit(0));
    setTabOrder(m_agents->addButton(), m_teamId);
    setTabOrder(m_teamId, m_name);
    QWidget *previous = m_name;
    for (QRadioButton *button : std::as_const(m_statusButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    m_customers->identifierEdit(0)->setFocus(Qt::OtherFocusReason);
}

void CreateConversationDialog::setGhost(bool ghost) {
    const StatusVocabulary &statuses = m_client->dialect().statuses();
    const ConversationStatus wanted =
        ghost ? statuses.matching(QStringLiteral("ghost")).value_or(m_client->dialect().defaultStatus())
              : m_client->dialect().defaultStatus();
    for (QRadioButton *button : std::as_const(m_statusButtons)) {
        if (button->property("bridgeStatus").toString() == wanted.raw())
            button->setChecked(true);
    }
}

void CreateConversationDialog::setCustomer(const ParticipantRef &customer) {
    m_customers->setParticipant(0, customer);
}

void CreateConversationDialog::setKnownConversations(const QList<Conversation> &conversations) {
    m_knownCustomers = ContactSuggester::seenCustomers(conversations);
    m_knownAgents = ContactSuggester::seenAgents(conversations);
    for (ParticipantListEdit *list : {m_customers, m_agents}) {
        for (int i = 0; i < list->rowCount(); ++i) {
            if (IdentifierCompleter *completer = IdentifierCompleter::of(list->identifierEdit(i)))
                completer->setKnown(list == m_customers ? m_knownCustomers : m_knownAgents);
        }
    }
}

void CreateConversationDialog::attachCompleters() {
    for (ParticipantListEdit *list : {m_customers, m_agents}) {
        for (int i = 0; i < list->rowCount(); ++i) {
            QLineEdit *edit = list->identifierEdit(i);
            if (IdentifierCompleter::of(edit))
                continue;
            auto *completer = new IdentifierCompleter(m_client, list->types(), edit);
            completer->setKnown(list == m_customers ? m_knownCustomers : m_knownAgents);
            // The row's index may change when rows above it go: find it when chosen.
            connect(completer, &IdentifierCompleter::chosen, this, [list, edit](const ParticipantRef &ref) {
                for (int row = 0; row < list->rowCount(); ++row) {
                    if (list->identifierEdit(row) == edit)
                        list->setParticipant(row, ref);
                }
            });
        }
    }
}

NewConversation CreateConversationDialog::draft() const {
    NewConversation c;
    c.externalParticipants = m_customers->participants();
    switch (m_assignment->checkedId()) {
    case AssignAgents:
        c.assignment = NewConversation::Assignment::Agents;
        c.internalParticipants = m_agents->participants();
        break;
    case AssignTeam:
        c.assignment = NewConversation::Assignment::Team;
        c.teamId = m_teamId->text().trimmed();
        break;
    default:
        c.assignment = NewConversation::Assignment::None;
        break;
    }
    c.name = m_name->text();
    const QAbstractButton *status = m_status->checkedButton();
    c.status = status ? ConversationStatus(status->property("bridgeStatus").toString())
                      : m_client->dialect().defaultStatus();
    return c;
}

FieldErrors CreateConversationDialog::problems() const {
    return m_client->dialect().validate(draft());
}

void CreateConversationDialog::refresh() {
    const NewConversation c = draft();
    const FieldErrors errors = m_client->dialect().validate(c);

    for (ParticipantListEdit *list : {m_customers, m_agents}) {
        for (int i = 0; i < list->rowCount(); ++i)
            list->setRowProblem(i, QString());
        list->setListProblem(QString());
    }
    QString teamProblem;
    QString nameProblem;
    QStringList other;

    for (const FieldError &error : errors) {
        const FieldPath path = FieldPath::parse(error.field);
        ParticipantListEdit *list = nullptr;
        if (path.field == QLatin1String("externalParticipants"))
            list = m_customers;
        else if (path.field == QLatin1String("internalParticipants"))
            list = m_agents;

        if (list && path.index >= 0 && path.index < list->rowCount()) {
            if (!list->isRowTouched(path.index) && !m_submitAttempted)
                continue; // an untouched row is not wrong yet, merely unfinished
            const bool empty = list->identifierEdit(path.index)->text().trimmed().isEmpty();
            list->setRowProblem(path.index,
                                empty ? ParticipantTypeBox::requiredText(list->types()) : error.message);
        } else if (list) {
            list->setListProblem(error.message);
        } else if (path.field == QLatin1String("teamId")) {
            if (m_teamTouched || m_submitAttempted)
                teamProblem = error.message;
        } else if (path.field == QLatin1String("name")) {
            nameProblem = error.message;
        } else {
            other.append(error.message);
        }
    }
    m_teamIdHint->setProblem(teamProblem);
    m_nameHint->setProblem(nameProblem);
    m_otherHint->setProblem(other.join(QLatin1Char('\n')));
    m_createButton->setEnabled(errors.isEmpty() && !m_inFlight);
}

void CreateConversationDialog::submit() {
    if (m_inFlight)
        return; // one request at a time, whatever the button's state says
    m_submitAttempted = true;
    refresh();
    if (!problems().isEmpty()) {
        focusFirstProblem();
        return;
    }
    if (m_answerLost) {
        showBanner(tr("The last attempt may already have created this conversation. Check the conversations "
                      "first, or create it anyway?"),
                   true, true);
        return;
    }
    send();
}

void CreateConversationDialog::send() {
    if (m_inFlight)
        return;
    const NewConversation c = draft();
    m_inFlight = true;
    m_answerLost = false;
    hideBanner();
    setFormEnabled(false);
    refresh();
    qCDebug(lcUi) << "creating a conversation with" << c.externalParticipants.size() << "customers";
    m_call = m_client->create(c, this, [this](const Expected<Conversation> &answer) { finish(answer); });
}

void CreateConversationDialog::finish(const Expected<Conversation> &answer) {
    m_inFlight = false;
    m_call = {};
    setFormEnabled(true);
    if (answer.ok()) {
        emit created(answer.value());
        accept();
        return;
    }
    const ApiError &error = answer.error();
    if (error.mayHaveSucceeded) {
        m_answerLost = true;
        ApiError cause = error;
        cause.mayHaveSucceeded = false; // the sentence before it says so already
        showBanner(tr("The answer was lost, so the conversation may or may not have been created. "
                      "Check the conversations before trying again.") +
                       QLatin1Char('\n') + cause.headline(),
                   true, false);
    } else {
        showBanner(error.headline(), false, false);
    }
    m_banner->label()->setToolTip(error.line()); // the request, for a support ticket
    refresh();
}

void CreateConversationDialog::showBanner(const QString &text, bool offerCheck, bool offerCreateAnyway) {
    m_checkButton->setVisible(offerCheck);
    m_createAnywayButton->setVisible(offerCreateAnyway);
    m_banner->showMessage(text);
}

void CreateConversationDialog::hideBanner() {
    m_banner->hide();
    m_banner->label()->clear();
    m_banner->label()->setToolTip(QString());
}

void CreateConversationDialog::setFormEnabled(bool enabled) {
    // Read-only while sending, so what is sent is what the agent sees; nothing typed is lost.
    m_form->setEnabled(enabled);
    m_createAnywayButton->setEnabled(enabled);
}

void CreateConversationDialog::focusFirstProblem() {
    for (ParticipantListEdit *list : {m_customers, m_agents}) {
        if (!list->isVisibleTo(this))
            continue;
        for (int i = 0; i < list->rowCount(); ++i) {
            if (!list->rowProblem(i).isEmpty()) {
                list->identifierEdit(i)->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    if (!m_teamIdHint->problem().isEmpty() && m_teamId->isVisibleTo(this))
        m_teamId->setFocus(Qt::OtherFocusReason);
    else if (!m_nameHint->problem().isEmpty())
        m_name->setFocus(Qt::OtherFocusReason);
}

void CreateConversationDialog::done(int result) {
    // Closing while in flight: cancel, so the dialog is never called back after this.
    if (m_inFlight) {
        qCInfo(lcUi) << "create dialog closed while its request was in flight: cancelled";
        m_call.cancel();
        m_call = {};
        m_inFlight = false;
        setFormEnabled(true);
    }
    QDialog::done(result);
}

void CreateConversationDialog::keyPressEvent(QKeyEvent *event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && !m_createButton->isEnabled()) {
        // The default button is disabled: while invalid, say why instead of doing nothing.
        if (!m_inFlight)
            submit();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}
