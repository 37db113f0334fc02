#pragma once

#include <QFuture>
#include <QTest>

namespace Sceau {
namespace Test {

// The future's result, waiting on the event loop (no sleep); a future that never finishes
// ends the test run with a message instead of hanging it.
template<typename T> T await(QFuture<T> future, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.result();
}

} // namespace Test
} // namespace Sceau
