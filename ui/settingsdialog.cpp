#include "settingsdialog.h"

#include "cacheddatapanel.h"
#include "credentialstore.h"
#include "fieldhint.h"
#include "requestfactory.h"
#include "uilogging.h"
#include "watchedviews.h"
#include "windowgrower.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace bridge;

namespace {

//! How the form looks for one API: what its fields are called and which of them it has.
struct ApiLook {
    QString explanation;
    QString baseUrlLabel;
    QString workspacePlaceholder;
    QString secretLabel;
    QString secretPlaceholder;
    QString secretName;          //!< for the show/hide button: "secret key", "API key"
    bool classicKey = false;     //!< a separate API key beside the secret (classic)
    bool signs = false;          //!< requests are signed: the signing convention applies
    bool secretIsHeader = false; //!< the secret travels as a header value: visible ASCII only
    bool workspaceIsUuid = false;
};

ApiLook lookOf(ApiGeneration generation) {
    switch (generation) {
    case ApiGeneration::Connect:
        return {SettingsDialog::tr("Bridge Connect: one API key, from Developers ▸ API Keys in the Bridge "
                                   "console. Nothing is signed."),
                SettingsDialog::tr("&Host:"),
                SettingsDialog::tr("A UUID, e.g. 5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13"),
                SettingsDialog::tr("&API key:"),
                SettingsDialog::tr("Shown once when it was created"),
                SettingsDialog::tr("API key"),
                false,
                false,
                true,
                true};
    case ApiGeneration::Classic:
        break;
    }
    return {SettingsDialog::tr("The signed API: an API key and a secret key that signs every request."),
            SettingsDialog::tr("&Base URL:"),
            SettingsDialog::tr("ws_…"),
            SettingsDialog::tr("Secret &key:"),
            SettingsDialog::tr("sk_…"),
            SettingsDialog::tr("secret key"),
            true,
            true,
            false,
            false};
}

bool isUuid(const QString &text) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace

SettingsDialog::SettingsDialog(CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tester(new ConnectionTester(this)) {
    setWindowTitle(tr("Connection Settings"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 64);
    buildForm();
    WindowGrower::install(this);
    connect(m_tester, &ConnectionTester::finished, this, &SettingsDialog::showTestResult);
    setSettings(ConnectionSettings{});
}

SettingsDialog::~SettingsDialog() {
    // QDialog's destructor hides the dialog, which moves the focus and fires editingFinished on the
    // focused field, when this is no longer a SettingsDialog (UBSan caught it): disconnect first.
    for (QLineEdit *edit : {m_baseUrl, m_workspaceId, m_apiKey, m_secret, m_agentIdentifier})
        edit->disconnect(this);
}

void SettingsDialog::buildForm() {
    auto *layout = new QVBoxLayout(this);
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    m_formLayout = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(m_form);
    addApiChoice(form);

    auto addField = [this, form](const QString &label, const QString &name, QLineEdit **edit,
                                 FieldHint **hint) {
        *edit = new QLineEdit(m_form);
        (*edit)->setObjectName(name);
        *hint = new FieldHint(*edit, m_form);
        (*hint)->setObjectName(name + QStringLiteral("Hint"));
        auto *l = new QLabel(label, m_form);
        l->setBuddy(*edit);
        form->addRow(l, FieldHint::withHint(*edit, *hint));
        return l;
    };
    m_baseUrlLabel = addField(tr("&Base URL:"), QStringLiteral("baseUrl"), &m_baseUrl, &m_baseUrlHint);
    addField(tr("&Workspace ID:"), QStringLiteral("workspaceId"), &m_workspaceId, &m_workspaceIdHint);
    m_apiKeyRow = form->rowCount();
    addField(tr("&API key:"), QStringLiteral("apiKey"), &m_apiKey, &m_apiKeyHint);
    m_apiKey->setPlaceholderText(tr("ak_…"));

    // The secret: masked, with a show/hide toggle that is reachable by keyboard and has a name.
    m_secret = new QLineEdit(m_form);
    m_secret->setObjectName(QStringLiteral("secretKey"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("sk_…"));
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_secretHint = new FieldHint(m_secret, m_form);
    m_secretHint->setObjectName(QStringLiteral("secretKeyHint"));
    m_showSecret = new QToolButton(m_form);
    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecret->setCheckable(true);
    m_showSecret->setAutoRaise(true);
    auto *secretLine = new QHBoxLayout;
    secretLine->addWidget(m_secret, 1);
    secretLine->addWidget(m_showSecret);
    auto *secretBox = FieldHint::withHint(secretLine, m_secretHint);
    m_secretLabel = new QLabel(tr("Secret &key:"), m_form);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, secretBox);
    connect(m_showSecret, &QToolButton::toggled, this, &SettingsDialog::setSecretVisible);
    setSecretVisible(false);

    m_signQuery = new QCheckBox(tr("Si&gn the query string too"), m_form);
    m_signQuery->setObjectName(QStringLiteral("signQueryString"));
    auto *signLine = FieldHint::explanation(
        tr("Only for servers that sign the path with its ?query; Test connection tells."), m_form);
    m_signQuery->setAccessibleDescription(signLine->text());
    m_signQueryRow = form->rowCount();
    form->addRow(QString(), FieldHint::withHint(m_signQuery, signLine));

    m_timeout = new QSpinBox(m_form);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(MinTimeoutSeconds, MaxTimeoutSeconds);
    m_timeout->setValue(DefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    auto *timeoutLabel = new QLabel(tr("Request &timeout:"), m_form);
    timeoutLabel->setBuddy(m_timeout);
    form->addRow(timeoutLabel, m_timeout);

    m_notify = new QCheckBox(tr("Show desktop &notifications for watched views"), m_form);
    m_notify->setObjectName(QStringLiteral("notificationsEnabled"));
    m_notify->setToolTip(tr("Views are watched with View ▸ Notify Me About Changes Here"));
    m_notify->setChecked(bridge::WatchedViews::enabledGlobally());
    form->addRow(QString(), m_notify);
    addAgentIdentifier(form);
    m_offlineCopy = new QCheckBox(tr("Keep an &offline copy of this workspace"), m_form);
    m_offlineCopy->setObjectName(QStringLiteral("offlineCopy"));
    auto *offlineLine = FieldHint::explanation(
        tr("Reads every conversation in the background, a few requests a second, so search and "
           "start-up work without waiting for the server."),
        m_form);
    m_offlineCopy->setAccessibleDescription(offlineLine->text());
    form->addRow(QString(), FieldHint::withHint(m_offlineCopy, offlineLine));
    m_offlineCopyRate = new QDoubleSpinBox(m_form);
    m_offlineCopyRate->setObjectName(QStringLiteral("offlineCopyRate"));
    m_offlineCopyRate->setRange(0.5, 50.0);
    m_offlineCopyRate->setDecimals(1);
    m_offlineCopyRate->setSingleStep(1.0);
    m_offlineCopyRate->setValue(ConnectionSettings::DefaultOfflineCopyRate);
    m_offlineCopyRate->setSuffix(tr(" requests/s"));
    m_offlineCopyRate->setAccessibleName(tr("Offline copy: requests per second"));
    auto *rateLabel = new QLabel(tr("Offline copy &rate:"), m_form);
    rateLabel->setBuddy(m_offlineCopyRate);
    form->addRow(rateLabel, m_offlineCopyRate);
    connect(m_offlineCopy, &QCheckBox::toggled, m_offlineCopyRate, &QWidget::setEnabled);

    // Test connection, with its result and the offer to switch conventions.
    m_testButton = new QPushButton(tr("T&est Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_switchButton = new QPushButton(tr("Sw&itch"), this);
    m_switchButton->setObjectName(QStringLiteral("switchButton"));
    m_switchButton->setAutoDefault(false);
    m_switchButton->hide();
    auto *testLine = new QHBoxLayout;
    testLine->addWidget(m_testButton, 0, Qt::AlignTop);
    testLine->addWidget(m_testResult, 1);
    testLine->addWidget(m_switchButton, 0, Qt::AlignTop);
    layout->addLayout(testLine);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_switchButton, &QPushButton::clicked, this, [this] {
        if (const std::function<void()> doIt = m_switch)
            doIt(); // changes the form (clearing the old result), then tests again
    });

    // Fields set by BRIDGE_* variables: shown, read-only, never saved.
    m_environmentNote = FieldHint::explanation(QString(), this);
    m_environmentNote->setObjectName(QStringLiteral("environmentNote"));
    m_environmentNote->hide();
    layout->addWidget(m_environmentNote);

    // The store's notice (e.g. no keychain), kept on screen until acknowledged.
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->hide();
    layout->addWidget(m_notice);

    // The sandbox offer sits outside the button box: QDialogButtonBox shows every button it lays out.
    auto *bottom = new QHBoxLayout;
    m_sandboxButton = new QPushButton(tr("Try the Sandbo&x"), this);
    m_sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    m_sandboxButton->setAutoDefault(false);
    m_sandboxButton->hide();
    bottom->addWidget(m_sandboxButton);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        emit sandboxRequested(generation());
        reject();
    });

    for (QLineEdit *edit : {m_baseUrl, m_workspaceId, m_apiKey, m_secret}) {
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::formEdited);
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            m_touched = true;
            refresh();
        });
    }
    connect(m_signQuery, &QCheckBox::toggled, this, &SettingsDialog::formEdited);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsDialog::formEdited);

    setTabOrder(m_api, m_baseUrl);
    setTabOrder(m_baseUrl, m_workspaceId);
    setTabOrder(m_workspaceId, m_apiKey);
    setTabOrder(m_apiKey, m_secret);
    setTabOrder(m_secret, m_showSecret);
    setTabOrder(m_showSecret, m_signQuery);
    setTabOrder(m_signQuery, m_timeout);
    setTabOrder(m_timeout, m_testButton);
    setTabOrder(m_testButton, m_switchButton);
}

void SettingsDialog::addAgentIdentifier(QFormLayout *form) {
    m_agentIdentifier = new QLineEdit(m_form);
    m_agentIdentifier->setObjectName(QStringLiteral("agentIdentifier"));
    m_agentIdentifier->setPlaceholderText(tr("e.g. ana.souza@example.com"));
    m_agentIdentifier->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_agentIdentifierLine = FieldHint::explanation(
        tr("Your identifier among this workspace's agents (an email or id). Conversations assigned to "
           "you in a watched view are notified."),
        m_form);
    m_agentIdentifier->setAccessibleDescription(m_agentIdentifierLine->text());
    m_agentIdentifierHint = new FieldHint(m_agentIdentifier, m_form);
    m_agentIdentifierHint->setObjectName(QStringLiteral("agentIdentifierHint"));
    auto *lines = FieldHint::withHint(m_agentIdentifier, m_agentIdentifierLine);
    lines->addWidget(m_agentIdentifierHint);
    auto *label = new QLabel(tr("&Your agent identifier:"), m_form);
    label->setBuddy(m_agentIdentifier);
    form->addRow(label, lines);
    // Not part of the connection: what Test connection checked still holds.
    connect(m_agentIdentifier, &QLineEdit::textChanged, this, &SettingsDialog::refresh);
}

void SettingsDialog::addApiChoice(QFormLayout *form) {
    m_api = new QComboBox(m_form);
    m_api->setObjectName(QStringLiteral("api"));
    m_api->addItem(tr("Connect"), apiGenerationName(ApiGeneration::Connect));
    m_api->addItem(tr("Classic (signed)"), apiGenerationName(ApiGeneration::Classic));
    m_api->setAccessibleName(tr("API"));
    m_apiExplanation = FieldHint::explanation(QString(), m_form);
    m_apiExplanation->setObjectName(QStringLiteral("apiExplanation"));
    // The line takes the field's whole width (the combo box keeps its own), so it wraps there.
    m_apiExplanation->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_api->setAccessibleDescription(m_apiExplanation->text());
    auto *label = new QLabel(tr("A&PI:"), m_form);
    label->setBuddy(m_api);
    form->addRow(label, FieldHint::withHint(m_api, m_apiExplanation));
    connect(m_api, &QComboBox::activated, this, [this] { setGeneration(generation()); });
}

ApiGeneration SettingsDialog::generation() const {
    return apiGenerationFromName(m_api->currentData().toString()).value_or(ApiGeneration::Classic);
}

void SettingsDialog::setGeneration(ApiGeneration generation) {
    {
        const QSignalBlocker blocker(m_api);
        m_api->setCurrentIndex(m_api->findData(apiGenerationName(generation)));
    }
    if (generation == m_shownGeneration)
        return;
    // Each API keeps what was typed for it: the classic secret key is no Connect API key.
    const QSignalBlocker blockers[] = {QSignalBlocker(m_baseUrl), QSignalBlocker(m_secret)};
    m_otherSecrets.insert(int(m_shownGeneration), m_secret->text());
    m_secret->setText(m_otherSecrets.take(int(generation)));
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty() || QUrl(url) == ClientOptions::defaultBaseUrl(m_shownGeneration))
        m_baseUrl->setText(ClientOptions::defaultBaseUrl(generation).toString());
    showFieldsOf(generation);
    m_secretFromEnvironment = false; // that was the other API's secret
    markEnvironmentFields(credentials());
    formEdited();
}

void SettingsDialog::showFieldsOf(ApiGeneration generation) {
    m_shownGeneration = generation;
    const ApiLook look = lookOf(generation);
    m_apiExplanation->setText(look.explanation);
    m_api->setAccessibleDescription(look.explanation);
    m_baseUrlLabel->setText(look.baseUrlLabel);
    m_baseUrl->setPlaceholderText(ClientOptions::defaultBaseUrl(generation).toString());
    m_workspaceId->setPlaceholderText(look.workspacePlaceholder);
    m_secretLabel->setText(look.secretLabel);
    m_secret->setPlaceholderText(look.secretPlaceholder);
    m_formLayout->setRowVisible(m_apiKeyRow, look.classicKey);
    m_formLayout->setRowVisible(m_signQueryRow, look.signs);
    setSecretVisible(m_showSecret->isChecked()); // its names say which key it shows
}

void SettingsDialog::setSettings(const ConnectionSettings &settings) {
    const QSignalBlocker blockers[] = {QSignalBlocker(m_baseUrl),   QSignalBlocker(m_workspaceId),
                                       QSignalBlocker(m_apiKey),    QSignalBlocker(m_secret),
                                       QSignalBlocker(m_signQuery), QSignalBlocker(m_timeout),
                                       QSignalBlocker(m_api),       QSignalBlocker(m_agentIdentifier)};
    Credentials c = settings.credentials;
    // A profile with nothing in it is new: it starts on Connect, unless BRIDGE_API names the API.
    const bool blank = c.workspaceId.isEmpty() && c.apiKey.isEmpty() && c.secret.isEmpty();
    if (blank && !apiGenerationFromName(qEnvironmentVariable("BRIDGE_API"))) {
        if (c.baseUrl == ClientOptions::defaultBaseUrl(c.generation))
            c.baseUrl = QUrl(); // the old API's default: the new one's follows
        c.generation = ApiGeneration::Connect;
    }
    m_api->setCurrentIndex(m_api->findData(apiGenerationName(c.generation)));
    m_otherSecrets.clear();
    showFieldsOf(c.generation);
    const QUrl url =
        c.baseUrl.isValid() && !c.baseUrl.isEmpty() ? c.baseUrl : ClientOptions::defaultBaseUrl(c.generation);
    m_baseUrl->setText(url.toString());
    m_workspaceId->setText(c.workspaceId);
    m_apiKey->setText(c.apiKey);
    m_secret->setText(QString::fromUtf8(c.secret));
    m_signQuery->setChecked(settings.signQueryString);
    m_timeout->setValue(qBound(MinTimeoutSeconds, settings.timeoutSeconds, MaxTimeoutSeconds));
    m_offlineCopy->setChecked(settings.offlineCopy);
    m_offlineCopyRate->setValue(settings.offlineCopyRate);
    m_offlineCopyRate->setEnabled(settings.offlineCopy);
    m_agentIdentifier->setText(settings.agentIdentifier);
    m_touched = false;
    markEnvironmentFields(c);
    formEdited();
    // The agent starts where something is missing, not on a field that is already filled.
    for (QLineEdit *edit : {m_baseUrl, m_workspaceId, m_apiKey, m_secret}) {
        if (edit->text().trimmed().isEmpty() && !edit->isReadOnly() && !edit->isHidden() &&
            (edit != m_apiKey || lookOf(c.generation).classicKey)) {
            edit->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void SettingsDialog::markEnvironmentFields(const Credentials &c) {
    // The store put the environment's values on top of the stored ones; a field that shows exactly
    // the environment's value came from there.
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    Credentials asked;
    asked.generation = c.generation;
    const Credentials env = CredentialStore::applyEnvironment(asked, system);
    QStringList variables;
    const auto mark = [&](QLineEdit *edit, bool fromEnvironment, const char *variable) {
        edit->setReadOnly(fromEnvironment);
        edit->setToolTip(fromEnvironment
                             ? tr("Set by %1 for this run; not saved.").arg(QString::fromLatin1(variable))
                             : QString());
        if (fromEnvironment)
            variables.append(QString::fromLatin1(variable));
    };
    m_apiFromEnvironment = apiGenerationFromName(system.value(QStringLiteral("BRIDGE_API"))) == c.generation;
    m_api->setEnabled(!m_apiFromEnvironment); // a combo box has no read-only state
    m_api->setToolTip(m_apiFromEnvironment ? tr("Set by BRIDGE_API for this run; not saved.") : QString());
    if (m_apiFromEnvironment)
        variables.append(QStringLiteral("BRIDGE_API"));
    mark(m_baseUrl, !env.baseUrl.isEmpty() && env.baseUrl == c.baseUrl, "BRIDGE_BASE_URL");
    mark(m_workspaceId, !env.workspaceId.isEmpty() && env.workspaceId == c.workspaceId,
         "BRIDGE_WORKSPACE_ID");
    mark(m_apiKey, !env.apiKey.isEmpty() && env.apiKey == c.apiKey, "BRIDGE_API_KEY");
    // The secret's variable is the API's: BRIDGE_SECRET_KEY, or in Connect BRIDGE_API_KEY itself.
    m_secretFromEnvironment =
        c.secretSource == Credentials::Source::Environment ||
        (env.secretSource == Credentials::Source::Environment && env.secret == c.secret);
    const QByteArray secretVariable = CredentialStore::secretVariable(c.generation).toLatin1();
    mark(m_secret, m_secretFromEnvironment, secretVariable.constData());
    m_environmentNote->setText(
        variables.isEmpty()
            ? QString()
            : tr("Set by the environment for this run only, shown read-only and never saved: %1.")
                  .arg(QLocale().createSeparatedList(variables)));
    m_environmentNote->setVisible(!variables.isEmpty());
}

void SettingsDialog::setLoadNotice(const QString &notice) {
    if (m_acknowledging)
        return;
    m_notice->setText(scrubbed(notice));
    m_notice->setVisible(!notice.isEmpty());
}

void SettingsDialog::setOfferSandbox(bool offer) {
    m_sandboxButton->setVisible(offer);
}

Credentials SettingsDialog::credentials() const {
    Credentials c;
    c.generation = generation();
    c.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    c.workspaceId = m_workspaceId->text().trimmed();
    if (lookOf(c.generation).classicKey) // Connect's key is the secret: nothing else is sent
        c.apiKey = m_apiKey->text().trimmed();
    c.secret = m_secret->text().trimmed().toUtf8();
    if (m_secretFromEnvironment)
        c.secretSource = Credentials::Source::Environment; // the store never writes it
    return c;
}

ConnectionSettings SettingsDialog::settings() const {
    ConnectionSettings settings;
    settings.credentials = credentials();
    settings.signQueryString = m_signQuery->isChecked();
    settings.timeoutSeconds = m_timeout->value();
    settings.offlineCopy = m_offlineCopy->isChecked();
    settings.offlineCopyRate = m_offlineCopyRate->value();
    settings.agentIdentifier = m_agentIdentifier->text().trimmed();
    return settings;
}

void SettingsDialog::formEdited() {
    // What was tested is not what is in the form any more.
    m_tester->cancel();
    m_testResult->clear();
    m_switchButton->hide();
    m_switch = nullptr;
    refresh();
}

void SettingsDialog::refresh() {
    const Credentials c = credentials();
    const QString required = tr("Required.");
    const QString urlText = m_baseUrl->text().trimmed();
    const QString urlProblem = urlText.isEmpty() ? required : RequestFactory::baseUrlProblem(c.baseUrl);
    m_baseUrlHint->setProblem(urlProblem);
    // Empty: "Required." once the agent has been through the form; otherwise what the value breaks.
    const auto problem = [&](bool empty, const QString &contentProblem) {
        return empty ? (m_touched ? required : QString()) : contentProblem;
    };
    const ApiLook look = lookOf(c.generation);
    QString workspaceProblem = Credentials::workspaceIdProblem(c.workspaceId);
    if (workspaceProblem.isEmpty() && look.workspaceIsUuid && !isUuid(c.workspaceId))
        workspaceProblem =
            tr("A Connect workspace ID is a UUID, such as 5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13.");
    const QString apiKeyProblem = look.classicKey ? Credentials::apiKeyProblem(c.apiKey) : QString();
    const QString secretProblem = look.secretIsHeader
                                      ? Credentials::apiKeyProblem(QString::fromUtf8(c.secret))
                                      : Credentials::secretProblem(c.secret);
    m_workspaceIdHint->setProblem(problem(c.workspaceId.isEmpty(), workspaceProblem));
    m_apiKeyHint->setProblem(look.classicKey ? problem(c.apiKey.isEmpty(), apiKeyProblem) : QString());
    m_secretHint->setProblem(problem(c.secret.isEmpty(), secretProblem));
    const QString agentProblem =
        ConnectionSettings::agentIdentifierProblem(m_agentIdentifier->text().trimmed());
    m_agentIdentifierHint->setProblem(agentProblem);
    if (agentProblem.isEmpty()) // the hint cleared the field's description: what it is for again
        m_agentIdentifier->setAccessibleDescription(m_agentIdentifierLine->text());

    const bool valid = urlProblem.isEmpty() && !c.workspaceId.isEmpty() &&
                       (!look.classicKey || !c.apiKey.isEmpty()) && !c.secret.isEmpty() &&
                       workspaceProblem.isEmpty() && apiKeyProblem.isEmpty() && secretProblem.isEmpty();
    m_form->setEnabled(!m_saving && !m_acknowledging);
    m_testButton->setEnabled(valid && !m_saving && !m_acknowledging && !m_tester->isRunning());
    // The identifier is not part of the connection: it may stop Save, never Test connection.
    m_saveButton->setEnabled(m_acknowledging || (valid && agentProblem.isEmpty() && !m_saving));
}

void SettingsDialog::testConnection() {
    m_testResult->setText(tr("Testing…"));
    m_switchButton->hide();
    m_tester->test(settings().toClientOptions());
    refresh();
}

void SettingsDialog::showTestResult(const ConnectionTestResult &result) {
    refresh();
    if (result.ok()) {
        m_testResult->setText(connectedText(result));
        return;
    }
    QString text = scrubbed(result.error.line());
    if (result.otherGeneration) {
        const ApiGeneration other = *result.otherGeneration;
        const bool health = result.error.path.endsWith(QLatin1String("/health"));
        QString why;
        switch (other) {
        case ApiGeneration::Classic:
            why = health ? tr("This server answered 404 to Connect's health check, but it has the classic "
                              "API's routes. Switch this profile to Classic?")
                         : tr("This server answered 404 to Connect's conversation list, but it has the "
                              "classic API's routes. Switch this profile to Classic?");
            break;
        case ApiGeneration::Connect:
            why = tr("This server answered 404 to the classic API's conversation list, but it has "
                     "Connect's routes. Switch this profile to Connect?");
            break;
        }
        offerSwitch(text + QLatin1Char('\n') + why,
                    other == ApiGeneration::Connect ? tr("Sw&itch to Connect") : tr("Sw&itch to Classic"),
                    [this, other] {
                        setGeneration(other);
                        testConnection();
                    });
        return;
    }
    if (result.alternativeAccepted) {
        text += QLatin1Char('\n') +
                (result.signQueryString ? tr("The server accepts signatures that leave out the query string.")
                                        : tr("The server accepts signatures that include the query string."));
        offerSwitch(text, tr("Sw&itch"), [this] {
            m_signQuery->toggle(); // clears the old result through formEdited()
            testConnection();      // and confirms the new convention at once
        });
        return;
    }
    m_testResult->setText(text);
}

QString SettingsDialog::connectedText(const ConnectionTestResult &result) {
    if (result.total >= 0) { // the API counts the workspace's conversations
        const int total = int(qMin<qint64>(result.total, INT_MAX));
        return (total == 1 ? tr("Connected: %n conversation in %1", nullptr, total)
                           : tr("Connected: %Ln conversations in %1", nullptr, total))
            .arg(result.workspaceId);
    }
    // No totals (Connect): what the first page held, and whether more follow.
    const int count = qMax(0, result.firstPageCount);
    if (count == 0)
        return tr("Connected: no conversations yet");
    if (result.more)
        return count == 1 ? tr("Connected: %n conversation on the first page, more follow", nullptr, count)
                          : tr("Connected: %Ln conversations on the first page, more follow", nullptr, count);
    return count == 1 ? tr("Connected: %n conversation on the first page", nullptr, count)
                      : tr("Connected: %Ln conversations on the first page", nullptr, count);
}

void SettingsDialog::offerSwitch(const QString &why, const QString &button, std::function<void()> doIt) {
    m_testResult->setText(why);
    m_switchButton->setText(button);
    m_switch = std::move(doIt);
    m_switchButton->show();
}

void SettingsDialog::save() {
    if (m_acknowledging) { // the notice was seen: this button is OK now
        accept();
        return;
    }
    if (m_saving || !m_saveButton->isEnabled())
        return;
    m_saving = true;
    m_tester->cancel();
    refresh();
    qCDebug(lcUi) << "saving the connection settings of workspace" << credentials().workspaceId;
    m_store->save(settings(), this, [this](const ConnectionSettings &saved, const QString &notice) {
        storeSaved(saved, notice);
    });
}

void SettingsDialog::storeSaved(const ConnectionSettings &settings, const QString &notice) {
    if (!m_saving)
        return; // this dialog was closed meanwhile
    m_saving = false;
    bridge::WatchedViews::setEnabledGlobally(m_notify->isChecked());
    emit saved(settings, notice);
    if (!isVisible())
        return; // closed while saving: nobody left to read a notice here
    if (notice.isEmpty() && settings.credentials.secretSource != Credentials::Source::SessionOnly) {
        accept();
        return;
    }
    // The agent must see this: the secret will be asked again next time.
    m_notice->setText(notice.isEmpty()
                          ? tr("The %1 is kept for this session only.").arg(settings.credentials.secretName())
                          : scrubbed(notice));
    m_notice->show();
    m_acknowledging = true;
    m_saveButton->setText(tr("OK"));
    m_cancelButton->setEnabled(false); // nothing left to cancel: it is saved
    refresh();
    m_saveButton->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::setSecretVisible(bool visible) {
    m_secret->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    const QString secretName = lookOf(m_shownGeneration).secretName;
    const QString name = visible ? tr("Hide %1").arg(secretName) : tr("Show %1").arg(secretName);
    const QIcon icon =
        QIcon::fromTheme(visible ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"));
    if (icon.isNull()) {
        m_showSecret->setIcon(QIcon());
        m_showSecret->setText(visible ? tr("Hide") : tr("Show"));
    } else {
        m_showSecret->setIcon(icon);
    }
    m_showSecret->setAccessibleName(name);
    m_showSecret->setToolTip(name);
    if (m_showSecret->isChecked() != visible) {
        const QSignalBlocker blocker(m_showSecret);
        m_showSecret->setChecked(visible);
    }
}

QString SettingsDialog::scrubbed(const QString &text) const {
    // The core never puts the secret in a message; this is the second lock on that door.
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty())
        return text;
    QString out = text;
    return out.replace(secret, QStringLiteral("•••"));
}

void SettingsDialog::done(int result) {
    // A save in flight is not cancelled: the store finishes it, and saved() still fires for it
    // as long as this dialog exists, so the window learns what was stored.
    m_tester->cancel();
    QDialog::done(result);
}

void SettingsDialog::setConversationStore(bridge::ConversationStore *store) {
    if (store)
        m_formLayout->addRow(tr("Cached data:"), new CachedDataPanel(store, this));
}
