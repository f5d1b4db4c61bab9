#pragma once

#include "bridgeclient.h"
#include "connectionsettings.h"
#include "contactcommand.h"
#include "credentialstore.h"

#include <QObject>

//! Runs one contacts command as CtlRunner runs the conversation commands: the profile's settings
//! (BRIDGE_* variables on top), the command fitted to the profile's generation, one call (or a walk
//! through every page for --all), the result printed.
class ContactRunner : public QObject {
    Q_OBJECT
public:
    explicit ContactRunner(ContactCommand command, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode); //!< 0 on success, 1 for an API or network error, 2 for bad input

private:
    void run(const bridge::ConnectionSettings &settings);
    //! Asks for query's page, gathering the contacts in m_all, then the next until the last.
    void walk(const bridge::ContactQuery &query);
    void report(const bridge::Expected<bridge::Contact> &result);
    void fail(const bridge::ApiError &error);

    ContactCommand m_command;
    bridge::CredentialStore m_store;
    bridge::BridgeClient m_client;
    QList<bridge::Contact> m_all;
};
