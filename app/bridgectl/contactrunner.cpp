#include "contactrunner.h"

#include "contacttext.h"
#include "ctlconnection.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace bridge;
using ctl::jsonText;
using ctl::printErr;
using ctl::printOut;

ContactRunner::ContactRunner(ContactCommand command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command)) {
    m_store.setProfile(m_command.profile);
}

void ContactRunner::start() {
    ctl::loadConnection(
        m_store, this, [this](const ConnectionSettings &settings) { run(settings); },
        [this](int code) { emit done(code); });
}

void ContactRunner::fail(const ApiError &error) {
    printErr(error.line());
    emit done(ctl::exitCodeFor(error));
}

void ContactRunner::report(const Expected<Contact> &result) {
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    printOut(m_command.json ? jsonText(m_client.contactDialect().toJson(result.value()))
                            : contacttext::contactBlock(result.value()));
    emit done(0);
}

void ContactRunner::run(const ConnectionSettings &settings) {
    m_client.setOptions(settings.toClientOptions());
    if (const QString problem = m_command.fitTo(m_client.contactDialect()); !problem.isEmpty()) {
        printErr(problem);
        emit done(2);
        return;
    }
    const auto reportContact = [this](const Expected<Contact> &r) { report(r); };
    switch (m_command.operation) {
    case ContactOperation::List:
        if (m_command.all) {
            walk(m_command.query);
            break;
        }
        m_client.contacts(m_command.query, this, [this](const Expected<ContactPage> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            printOut(m_command.json ? jsonText(m_client.contactDialect().toJson(r.value()))
                                    : contacttext::pageTable(r.value().contacts, r.value().pagination));
            emit done(0);
        });
        break;
    case ContactOperation::Get:
        m_client.contact(m_command.contactId, this, reportContact);
        break;
    case ContactOperation::Create:
        m_client.createContact(m_command.draft, this, reportContact);
        break;
    case ContactOperation::Upsert:
        m_client.upsertContact(m_command.draft, this, reportContact);
        break;
    case ContactOperation::Update:
        m_client.updateContact(m_command.contactId, m_command.draft, this, reportContact);
        break;
    case ContactOperation::Delete:
        m_client.deleteContact(m_command.contactId, this, [this](const Expected<bool> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            printOut(QStringLiteral("Deleted contact %1.\n").arg(m_command.contactId));
            emit done(0);
        });
        break;
    case ContactOperation::AttributeDefinitions:
        break; // no command asks for them
    }
}

void ContactRunner::walk(const ContactQuery &query) {
    m_client.contacts(query, this, [this, query](const Expected<ContactPage> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        m_all += r.value().contacts;
        const Pagination &p = r.value().pagination;
        if (p.hasNext() && !r.value().contacts.isEmpty()) {
            walk(query.withPage(query.page + 1, p.nextCursor));
            return;
        }
        if (m_command.json) {
            QJsonArray items;
            for (const Contact &c : std::as_const(m_all))
                items.append(m_client.contactDialect().toJson(c));
            printOut(jsonText({{QStringLiteral("contacts"), items}}));
        } else {
            printOut(contacttext::allTable(m_all));
        }
        emit done(0);
    });
}
