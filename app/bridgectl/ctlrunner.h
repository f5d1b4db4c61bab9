#pragma once

#include "bridgeclient.h"
#include "connectionsettings.h"
#include "credentialstore.h"
#include "ctlcommand.h"

#include <QObject>

//! Runs one parsed bridgectl command: loads the profile's connection settings (BRIDGE_* variables on
//! top), fits the command to the profile's API generation, makes the call, prints the result.
class CtlRunner : public QObject {
    Q_OBJECT
public:
    explicit CtlRunner(CtlCommand command, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode); //!< 0 on success, 1 for an API or network error, 2 for bad input

private:
    void run(const bridge::ConnectionSettings &settings);
    void runSign(const bridge::Credentials &credentials);
    void runExport();
    void runImport();
    void runHealth();
    void runSend();
    //! Asks for the channels of m_command.providers from index on, gathering them in m_channels.
    void runChannels(qsizetype index);
    template <typename T> void report(const bridge::Expected<T> &result);
    //! The error line on stderr, and done with 2 when nothing was sent, else 1.
    void fail(const bridge::ApiError &error);

    CtlCommand m_command;
    bridge::CredentialStore m_store;
    bridge::BridgeClient m_client;
    QList<bridge::ProviderChannel> m_channels;
};
