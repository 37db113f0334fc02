#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Secrets {

// Translation context for model/secrets (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Secrets)
};

} // namespace Secrets
} // namespace Sceau
