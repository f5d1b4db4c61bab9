#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace bridge {

//! What a workspace connection needs. The secret is held in memory only.
struct Credentials {
    enum class Source { None, Keychain, Environment, SessionOnly, Sandbox };

    QUrl baseUrl;
    QString workspaceId;
    QString apiKey;
    QByteArray secret;
    Source secretSource = Source::None;

    bool isComplete() const
    {
        return baseUrl.isValid() && !workspaceId.isEmpty() && !apiKey.isEmpty() && !secret.isEmpty();
    }

    static QString sourceName(Source source); //!< "keychain", "environment", "this session only", "sandbox", "none"
};

} // namespace bridge
