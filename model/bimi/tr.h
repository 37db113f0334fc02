#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Bimi {

// Translation context for model/bimi (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Bimi)
};

} // namespace Bimi
} // namespace Sceau
