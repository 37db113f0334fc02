#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Cli {

// Translation context for sceau-cli (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Cli)
};

} // namespace Cli
} // namespace Sceau
