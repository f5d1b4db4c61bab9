#pragma once

#include "apierror.h"

#include <functional>
#include <utility>
#include <variant>

namespace bridge {

//! A typed result or the ApiError that prevented it. Delivered once per call.
template <typename T> class Expected {
public:
    Expected(T value)
        : m_data(std::move(value)) {}
    Expected(ApiError error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

template <typename T> using Callback = std::function<void(const Expected<T> &)>;

} // namespace bridge
