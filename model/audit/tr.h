#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Audit {

// Translation context for model/audit (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Audit)
};

} // namespace Audit
} // namespace Sceau
