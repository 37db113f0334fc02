#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Core {

// Translation context for model/core (DESIGN.md §8: one Tr struct per model module).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Core)
};

} // namespace Core
} // namespace Sceau
