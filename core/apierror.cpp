#include "apierror.h"

#include <QCoreApplication>

namespace bridge {

namespace {

// line() speaks the user's language when the application installed a translator (bridge-desk
// does; bridgectl and the tests do not, so they read English).
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ApiError)
};

} // namespace

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::line() const {
    const QString request = method.isEmpty() ? path : method + QLatin1Char(' ') + path;
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        text = ErrorText::tr("Server replied \"%1 %2\" to %3").arg(httpStatus).arg(httpReason, request);
        if (!serverMessage.isEmpty())
            text += QStringLiteral(": ") + serverMessage;
        break;
    case Kind::Decode:
        text = ErrorText::tr("Unreadable answer (HTTP %1) to %2: %3").arg(httpStatus).arg(request, detail);
        break;
    case Kind::Timeout:
        text = ErrorText::tr("No answer in time to %1: %2").arg(request, detail);
        break;
    case Kind::Tls:
        text = ErrorText::tr("Secure connection refused for %1: %2").arg(request, detail);
        break;
    case Kind::Network:
        text = ErrorText::tr("Network error on %1: %2").arg(request, detail);
        break;
    case Kind::InvalidInput:
        text = request.isEmpty() ? detail : ErrorText::tr("Not sent, %1: %2").arg(request, detail);
        break;
    case Kind::Cancelled:
        text = ErrorText::tr("Cancelled: %1").arg(request);
        break;
    }
    if (mayHaveSucceeded)
        text += ErrorText::tr(
            " — the change may or may not have been made; refresh to check before trying again.");
    return text;
}

} // namespace bridge
