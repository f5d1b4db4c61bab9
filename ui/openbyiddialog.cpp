#include "openbyiddialog.h"

#include "bridgeclient.h"
#include "clearbutton.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OpenByIdDialog::OpenByIdDialog(bridge::BridgeClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_id(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Open Conversation by ID"));
    m_id->setObjectName(QStringLiteral("conversationId"));
    m_id->setPlaceholderText(tr("e.g. conv_0123abcd"));
    ClearButton::enable(m_id);
    // A copied id is the usual start: offer it.
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (!clip.isEmpty() && clip.size() < 100 && !clip.contains(QLatin1Char(' ')) &&
        !clip.contains(QLatin1Char('\n'))) {
        m_id->setText(clip);
        m_id->selectAll();
    }

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(p);
    m_error->hide();

    auto *label = new QLabel(tr("Conversation &ID:"), this);
    label->setBuddy(m_id);
    auto *form = new QFormLayout;
    form->addRow(label, m_id);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenByIdDialog::fetch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this,
            [this] { m_open->setEnabled(!m_id->text().trimmed().isEmpty() && !m_call.isRunning()); });
    m_open->setEnabled(!m_id->text().trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

OpenByIdDialog::~OpenByIdDialog() {
    m_call.cancel();
}

void OpenByIdDialog::fetch() {
    const QString id = m_id->text().trimmed();
    if (id.isEmpty() || m_call.isRunning())
        return;
    m_error->hide();
    setBusy(true);
    m_call = m_client->get(id, this, [this](const bridge::Expected<bridge::Conversation> &result) {
        setBusy(false);
        if (!result.ok()) {
            const bridge::ApiError &error = result.error();
            m_error->setText(error.httpStatus == 404 ? tr("No conversation with this ID in this workspace.")
                                                     : error.headline());
            m_error->setToolTip(error.line()); // the request, for a support ticket
            m_error->show();
            m_id->setFocus();
            m_id->selectAll();
            return;
        }
        emit opened(result.value());
        accept();
    });
}

void OpenByIdDialog::setBusy(bool busy) {
    m_open->setEnabled(!busy && !m_id->text().trimmed().isEmpty());
    m_open->setText(busy ? tr("Opening…") : tr("&Open"));
    m_id->setReadOnly(busy);
}
