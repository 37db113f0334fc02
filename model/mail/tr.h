#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Mail {

// Translation context for model/mail (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Mail)
};

} // namespace Mail
} // namespace Sceau
