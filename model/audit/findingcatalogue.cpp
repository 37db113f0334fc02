#include "model/audit/findingcatalogue.h"

#include "model/dkim/dkimfindings.h"
#include "model/dmarc/dmarcfindings.h"
#include "model/spf/spffindings.h"
#include "model/transport/danefindings.h"
#include "model/transport/mtastsfindings.h"
#include "model/transport/submissionfindings.h"
#include "model/transport/tlsrptcheck.h"
#include "model/transport/transportfindings.h"

namespace Sceau::Audit::FindingCatalogue {

FindingText text(const Finding &finding)
{
    using Provider = std::optional<FindingText> (*)(const Finding &);
    static const Provider providers[] = {
        &auditFindingText,
        &Spf::findingText,
        &Dkim::findingText,
        &Dmarc::findingText,
        &Transport::findingText,
        &Transport::mtaStsFindingText,
        &Transport::tlsRptFindingText,
        &Transport::daneFindingText,
        &Transport::submissionFindingText,
    };
    for (const Provider provider : providers) {
        if (auto text = provider(finding))
            return *text;
    }
    return {finding.id, finding.args.join(QStringLiteral(", ")), QString()};
}

} // namespace Sceau::Audit::FindingCatalogue
