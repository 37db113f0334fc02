#include "model/spf/spfresult.h"

namespace Sceau::Spf {

QString verdictToken(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::Neutral:
        return QStringLiteral("neutral");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::SoftFail:
        return QStringLiteral("softfail");
    case Verdict::TempError:
        return QStringLiteral("temperror");
    case Verdict::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

} // namespace Sceau::Spf
