#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Export {

// Translation context for model/export (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Export)
};

} // namespace Export
} // namespace Sceau
