#pragma once

#include "model/core/async.h"

#include <QFuture>
#include <QPromise>

#include <memory>
#include <type_traits>

namespace Sceau {

// future.then(guard, f) built on onResult() (model/core/async.h), which Qt 6.4 handles safely
// when guard dies first: the returned future is then canceled instead of f running.
// Takes a future of T and a function T -> R; returns a future of R, finished on guard's thread.
template<typename T, typename F> auto chain(const QFuture<T> &future, QObject *guard, F &&f)
{
    using R = std::invoke_result_t<F &, const T &>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> result = promise->future();
    onResult(future, guard, [promise, f = std::forward<F>(f)](const T &value) mutable {
        promise->addResult(f(value));
        promise->finish();
    });
    return result;
}

} // namespace Sceau
