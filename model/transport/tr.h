#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Transport {

// Translation context for model/transport (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Transport)
};

} // namespace Transport
} // namespace Sceau
