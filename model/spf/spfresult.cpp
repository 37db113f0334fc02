#include "model/spf/spfresult.h"

namespace Sceau::Spf {

QString verdictToken(Verdict verdict)
{
    return Verdicts.token(verdict);
}

} // namespace Sceau::Spf
