#pragma once

#include <QCoreApplication>

namespace Sceau::Dkim {

// Translation context for model/dkim (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Dkim)
};

} // namespace Sceau::Dkim
