#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Dkim {

// Translation context for model/dkim (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Dkim)
};

} // namespace Dkim
} // namespace Sceau
