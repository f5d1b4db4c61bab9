#include "callhandle.h"

#include "apicall.h"

namespace bridge {

CallHandle::CallHandle(ApiCall *call)
    : m_call(call) {}

void CallHandle::cancel() {
    if (m_call)
        m_call->cancel();
}

bool CallHandle::isRunning() const {
    return m_call && m_call->isRunning();
}

quint64 CallHandle::id() const {
    return m_call ? m_call->id() : 0;
}

} // namespace bridge
