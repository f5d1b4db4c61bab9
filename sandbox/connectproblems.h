#pragma once

#include "httpanswer.h"

#include <QList>
#include <QString>

namespace bridge::sandbox {

//! What is wrong with a Connect request, in the order found; answered at once, with the first
//! problem's code and every message. Error bodies are {"code": ..., "message": ...}.
class ConnectProblems {
public:
    void add(const char *code, const QString &message);
    bool isEmpty() const { return m_messages.isEmpty(); }
    qsizetype count() const { return m_messages.size(); }
    HttpAnswer answer(int status) const;

    static HttpAnswer error(int status, const char *code, const QString &message);

private:
    const char *m_code = nullptr;
    QStringList m_messages;
};

} // namespace bridge::sandbox
