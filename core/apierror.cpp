#include "apierror.h"

namespace bridge {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Decode: return QStringLiteral("decode");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::line() const
{
    const QString request = method.isEmpty() ? path : method + QLatin1Char(' ') + path;
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        text = QStringLiteral("Server replied \"%1 %2\" to %3").arg(httpStatus).arg(httpReason, request);
        if (!serverMessage.isEmpty())
            text += QStringLiteral(": ") + serverMessage;
        break;
    case Kind::Decode:
        text = QStringLiteral("Unreadable answer (HTTP %1) to %2: %3").arg(httpStatus).arg(request, detail);
        break;
    case Kind::Timeout:
        text = QStringLiteral("No answer in time to %1: %2").arg(request, detail);
        break;
    case Kind::Tls:
        text = QStringLiteral("Secure connection refused for %1: %2").arg(request, detail);
        break;
    case Kind::Network:
        text = QStringLiteral("Network error on %1: %2").arg(request, detail);
        break;
    case Kind::InvalidInput:
        text = request.isEmpty() ? detail : QStringLiteral("Not sent, %1: %2").arg(request, detail);
        break;
    case Kind::Cancelled:
        text = QStringLiteral("Cancelled: %1").arg(request);
        break;
    }
    if (mayHaveSucceeded)
        text += QStringLiteral(" — the change may or may not have been made; refresh to check before trying again.");
    return text;
}

} // namespace bridge
