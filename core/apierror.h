#pragma once

#include <QByteArray>
#include <QString>

namespace bridge {

//! Everything that can go wrong with a call, in one value. line() is the sentence for people.
struct ApiError {
    //! Upload: an attachment was refused or lost by the storage host (not Bridge); detail is the
    //! whole sentence, naming the file.
    enum class Kind { None, Network, Timeout, Tls, Http, Decode, InvalidInput, Cancelled, Upload };

    Kind kind = Kind::None;
    int httpStatus = 0;            //!< 0 when no HTTP answer arrived
    QString httpReason;            //!< "Unauthorized"
    QString serverMessage;         //!< the body's message / error / detail
    QString code;                  //!< the body's code / errorCode / error.code ("BRIDGE_CONVERSATION_0001")
    QString requestId;             //!< X-Request-Id of the answer, else the one the client sent
    QString method;                //!< "GET"
    QString path;                  //!< the request path, without query
    QString detail;                //!< decode error location, network error text, or a short body sample
    int retryAfterSeconds = -1;    //!< from a 429, -1 when absent
    bool mayHaveSucceeded = false; //!< a POST/PATCH whose answer was lost: it may have taken effect

    bool isError() const { return kind != Kind::None; }

    //! One line for people, e.g.
    //! Server replied "401 Unauthorized" to GET /v1/workspaces/ws/conversations: signature mismatch
    QString line() const;

    //! What happened, for an agent, without the request's method and path (the request inspector's
    //! Details shows those): "Bridge is unavailable right now (503).", "The connection to Bridge
    //! failed: Connection refused.", a code's sentence with the code. The window's banners lead with it.
    QString headline() const;

    static QString kindName(Kind kind); //!< "network", "timeout", "tls", "http", "decode", ...

    //! What a Bridge error code means, in the agent's words ("This conversation does not exist (any
    //! more)."); empty for a code not known.
    static QString codeSentence(const QString &code);

    //! " The change may or may not have been made: …" when the answer to a change was lost, else "".
    QString lostAnswer() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace bridge
