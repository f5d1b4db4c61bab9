#include "connectproblems.h"

#include "jsonwriter.h"

namespace bridge::sandbox {

void ConnectProblems::add(const char *code, const QString &message) {
    if (!m_code)
        m_code = code;
    m_messages.append(message);
}

HttpAnswer ConnectProblems::answer(int status) const {
    return error(status, m_code, m_messages.join(QLatin1String("; ")));
}

HttpAnswer ConnectProblems::error(int status, const char *code, const QString &message) {
    return HttpAnswer::json(
        status, JsonWriter().add("code", QString::fromLatin1(code)).add("message", message).object());
}

} // namespace bridge::sandbox
