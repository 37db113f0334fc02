#include "app/cli/dkim/dkimcli.h"

#include "app/cli/clicontext.h"
#include "app/cli/tr.h"
#include "model/audit/auditreportjson.h"
#include "model/audit/findingcatalogue.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/message.h"
#include "model/session/session.h"
#include "model/storage/workspace.h"

#include <QFile>

#include <cstdio>

namespace Sceau::Cli::DkimCli {

Result<Vault> openVault(CliContext &context)
{
    const auto vault = context.session().keyVault();
    if (!vault)
        return vault.error();
    return Vault{*context.session().workspace(), *vault};
}

} // namespace Sceau::Cli::DkimCli
