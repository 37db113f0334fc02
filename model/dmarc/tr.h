#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Dmarc {

// Translation context for model/dmarc (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Dmarc)
};

} // namespace Dmarc
} // namespace Sceau
