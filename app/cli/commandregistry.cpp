#include "app/cli/commandregistry.h"

#include "app/cli/audit/checkcommand.h"
#include "app/cli/bimi/bimicheckcommand.h"
#include "app/cli/bimi/bimisvgcommand.h"
#include "app/cli/bimi/bimivmccommand.h"
#include "app/cli/dkim/dkimcheckcommand.h"
#include "app/cli/dkim/dkimexportcommand.h"
#include "app/cli/dkim/dkimkeygencommand.h"
#include "app/cli/dkim/dkimkeyscommand.h"
#include "app/cli/dkim/dkimselectorscommand.h"
#include "app/cli/dkim/dkimsigncommand.h"
#include "app/cli/dkim/dkimstatecommand.h"
#include "app/cli/dkim/dkimverifycommand.h"
#include "app/cli/dmarc/dmarcaligncommand.h"
#include "app/cli/dmarc/dmarccheckcommand.h"
#include "app/cli/dmarc/dmarcparsecommand.h"
#include "app/cli/dmarc/dmarcreportcommand.h"
#include "app/cli/dns/dnsquerycommand.h"
#include "app/cli/domains/diffcommand.h"
#include "app/cli/domains/domainsaddcommand.h"
#include "app/cli/domains/domainsimportcommand.h"
#include "app/cli/domains/domainslistcommand.h"
#include "app/cli/domains/domainsremovecommand.h"
#include "app/cli/domains/exportcommand.h"
#include "app/cli/domains/historycommand.h"
#include "app/cli/message/messageanalyzecommand.h"
#include "app/cli/publish/publishchangecommand.h"
#include "app/cli/publish/publishexportcommand.h"
#include "app/cli/publish/publishjournalcommand.h"
#include "app/cli/publish/publishrollbackcommand.h"
#include "app/cli/publish/publishwatchcommand.h"
#include "app/cli/secrets/credentialsaddcommand.h"
#include "app/cli/secrets/credentialslistcommand.h"
#include "app/cli/secrets/credentialsremovecommand.h"
#include "app/cli/secrets/credentialsrotatecommand.h"
#include "app/cli/secrets/credentialstestcommand.h"
#include "app/cli/spf/spfevalcommand.h"
#include "app/cli/spf/spfparsecommand.h"
#include "app/cli/spf/spftreecommand.h"
#include "app/cli/tr.h"
#include "app/cli/transport/danecheckcommand.h"
#include "app/cli/transport/danegeneratecommand.h"
#include "app/cli/transport/mtastscheckcommand.h"
#include "app/cli/transport/submissiontestcommand.h"
#include "app/cli/transport/tlsprobecommand.h"
#include "app/cli/transport/tlsrptcheckcommand.h"
#include "app/cli/transport/tlsrptreportcommand.h"

namespace Sceau::Cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DomainsAddCommand>());
    m_commands.push_back(std::make_unique<DomainsRemoveCommand>());
    m_commands.push_back(std::make_unique<DomainsListCommand>());
    m_commands.push_back(std::make_unique<DomainsImportCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<DnsQueryCommand>());
    m_commands.push_back(std::make_unique<SpfEvalCommand>());
    m_commands.push_back(std::make_unique<SpfParseCommand>());
    m_commands.push_back(std::make_unique<SpfTreeCommand>());
    m_commands.push_back(std::make_unique<DkimKeygenCommand>());
    m_commands.push_back(std::make_unique<DkimSignCommand>());
    m_commands.push_back(std::make_unique<DkimVerifyCommand>());
    m_commands.push_back(std::make_unique<DkimCheckCommand>());
    m_commands.push_back(std::make_unique<DkimSelectorsCommand>());
    m_commands.push_back(std::make_unique<DkimKeysCommand>());
    m_commands.push_back(std::make_unique<DkimStateCommand>());
    m_commands.push_back(std::make_unique<DkimExportCommand>());
    m_commands.push_back(std::make_unique<DmarcParseCommand>());
    m_commands.push_back(std::make_unique<DmarcCheckCommand>());
    m_commands.push_back(std::make_unique<DmarcAlignCommand>());
    m_commands.push_back(std::make_unique<DmarcReportCommand>());
    m_commands.push_back(std::make_unique<MessageAnalyzeCommand>());
    m_commands.push_back(std::make_unique<TlsProbeCommand>());
    m_commands.push_back(std::make_unique<MtaStsCheckCommand>());
    m_commands.push_back(std::make_unique<TlsRptCheckCommand>());
    m_commands.push_back(std::make_unique<TlsRptReportCommand>());
    m_commands.push_back(std::make_unique<DaneCheckCommand>());
    m_commands.push_back(std::make_unique<DaneGenerateCommand>());
    m_commands.push_back(std::make_unique<SubmissionTestCommand>());
    m_commands.push_back(std::make_unique<BimiCheckCommand>());
    m_commands.push_back(std::make_unique<BimiSvgCommand>());
    m_commands.push_back(std::make_unique<BimiVmcCommand>());
    m_commands.push_back(std::make_unique<CredentialsAddCommand>());
    m_commands.push_back(std::make_unique<CredentialsListCommand>());
    m_commands.push_back(std::make_unique<CredentialsRemoveCommand>());
    m_commands.push_back(std::make_unique<CredentialsRotateCommand>());
    m_commands.push_back(std::make_unique<CredentialsTestCommand>());
    m_commands.push_back(std::make_unique<PublishChangeCommand>(Publish::ChangeAction::Add));
    m_commands.push_back(std::make_unique<PublishChangeCommand>(Publish::ChangeAction::Replace));
    m_commands.push_back(std::make_unique<PublishChangeCommand>(Publish::ChangeAction::Remove));
    m_commands.push_back(std::make_unique<PublishWatchCommand>());
    m_commands.push_back(std::make_unique<PublishJournalCommand>());
    m_commands.push_back(std::make_unique<PublishRollbackCommand>());
    m_commands.push_back(std::make_unique<PublishExportCommand>());
}

std::pair<CliCommand *, int> CommandRegistry::find(const QStringList &arguments) const
{
    for (const auto &command : m_commands) {
        const QStringList words = command->words();
        if (arguments.mid(0, words.size()) == words)
            return {command.get(), int(words.size())};
    }
    return {nullptr, 0};
}

QString CommandRegistry::overview() const
{
    QString text = Tr::tr("Commands:") + u'\n';
    for (const auto &command : m_commands) {
        const QString usage = command->words().join(u' ') + u' ' + command->synopsis();
        text += QStringLiteral("  %1\n      %2\n").arg(usage, command->description());
    }
    return text;
}

} // namespace Sceau::Cli
