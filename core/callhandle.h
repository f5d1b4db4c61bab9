#pragma once

#include <QPointer>

namespace bridge {

class ApiCall;

//! The caller's grip on a call in flight. Cancel means the caller never hears a result.
//! Copyable; a default-constructed handle refers to nothing.
class CallHandle {
public:
    CallHandle() = default;
    explicit CallHandle(ApiCall *call);

    void cancel();
    bool isRunning() const; //!< false once finished or cancelled
    quint64 id() const;     //!< the call id used in RequestRecord, 0 for none

private:
    QPointer<ApiCall> m_call;
};

} // namespace bridge
