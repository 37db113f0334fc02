#pragma once

#include <QString>

namespace Sceau {

// What people read about a finding: every field translated, arguments substituted.
struct FindingText
{
    QString title;
    QString explanation;
    QString remediation;
};

} // namespace Sceau
