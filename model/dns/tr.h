#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Dns {

// Translation context for model/dns (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Dns)
};

} // namespace Dns
} // namespace Sceau
