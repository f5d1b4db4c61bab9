#pragma once

#include "apigeneration.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace bridge {

//! What a workspace connection needs. The secret is held in memory only: in classic the signing key,
//! in Connect the API key itself (the x-api-key header), so in Connect apiKey stays empty.
struct Credentials {
    enum class Source { None, Keychain, Environment, SessionOnly, Sandbox };

    ApiGeneration generation = ApiGeneration::Classic;
    QUrl baseUrl;
    QString workspaceId;
    QString apiKey; //!< classic only
    QByteArray secret;
    Source secretSource = Source::None;

    bool isComplete() const {
        return baseUrl.isValid() && !workspaceId.isEmpty() && !secret.isEmpty() &&
               (generation == ApiGeneration::Connect || !apiKey.isEmpty());
    }
    //! What the secret is called for people: "secret key" (classic) or "API key" (Connect).
    QString secretName() const;

    static QString
    sourceName(Source source); //!< "keychain", "environment", "this session only", "sandbox", "none"

    // What the client can tell is wrong before sending anything: "" when fine, else a sentence for
    // people (never quoting the value). An empty value is the caller's "required" case, not these.
    //! Control characters: it goes into the URL path, and no workspace ID holds a line break.
    static QString workspaceIdProblem(const QString &workspaceId);
    //! Anything but visible ASCII: it travels as an HTTP header value, where a line break would
    //! start a header of its own and other characters do not arrive as typed.
    static QString apiKeyProblem(const QString &apiKey);
    //! Control characters: a line break or tab pasted with the secret, never part of one.
    static QString secretProblem(const QByteArray &secret);

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

} // namespace bridge
