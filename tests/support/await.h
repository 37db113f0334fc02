#pragma once

#include <QFuture>
#include <QTest>

namespace Sceau {
namespace Test {

// The one way the suite waits for asynchronous work: on the event loop (no sleep, no fixed
// time), until the future finishes. timeoutMs only bounds a future that never finishes, which
// ends the test run with a message instead of hanging it.

// Waits until future finished, canceled or not; returns whether it was canceled.
template<typename T> bool awaitFinished(const QFuture<T> &future, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.isCanceled();
}

// The future's result. A future canceled or finished without a result ends the test run.
template<typename T> T await(const QFuture<T> &future, int timeoutMs = 20000)
{
    if (awaitFinished(future, timeoutMs) || future.resultCount() == 0)
        qFatal("a future finished without a result (canceled)");
    return future.result();
}

} // namespace Test
} // namespace Sceau
