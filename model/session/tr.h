#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace SessionTr {

// Translation context for model/session (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Session)
};

} // namespace SessionTr
} // namespace Sceau
