#pragma once

#include <QCoreApplication>

namespace Sceau {
namespace Publish {

// Translation context for model/publish (DESIGN.md §8).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sceau::Publish)
};

} // namespace Publish
} // namespace Sceau
