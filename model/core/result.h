#pragma once

#include "model/core/error.h"

#include <utility>
#include <variant>

namespace Sceau {

// A value or the Error that prevented it. No exceptions cross Qt boundaries (DESIGN.md §3).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    {
    }
    Result(T &&value)
        : m_data(std::move(value))
    {
    }
    Result(const Error &error)
        : m_data(error)
    {
    }
    Result(Error &&error)
        : m_data(std::move(error))
    {
    }

    explicit operator bool() const { return std::holds_alternative<T>(m_data); }
    bool hasValue() const { return std::holds_alternative<T>(m_data); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value, or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {
    }

    explicit operator bool() const { return !m_failed; }
    bool hasValue() const { return !m_failed; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Sceau
