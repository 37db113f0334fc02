#pragma once

#include <QCoreApplication>

namespace Sceau::Core {

// Translation context for model/core (DESIGN.md §8: one Tr struct per model module).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Core)
};

} // namespace Sceau::Core
