#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Spf {

// Translation context for model/spf (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Spf)
};

} // namespace Spf
} // namespace Sceau
