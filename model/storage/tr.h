#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Storage {

// Translation context for model/storage (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Storage)
};

} // namespace Storage
} // namespace Sceau
