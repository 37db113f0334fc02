#include "app/cli/dkim/dkimselectorscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dkim/dkimjson.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/message.h"
#include "model/dkim/selectordiscovery.h"
#include "model/dmarc/reportstore.h"
#include "model/session/session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sceau::Cli {

namespace {
const QString SelectorOption = QStringLiteral("selector");
const QString FromFileOption = QStringLiteral("from-file");
const QString FromReportsOption = QStringLiteral("from-reports");

// The selectors stored DMARC aggregate reports saw signing for domain (d=, any case).
Result<QStringList> learnedFromReports(CliContext &context, const QString &domain)
{
    auto store = context.session().reportStore();
    if (!store)
        return store.error();
    const auto bySigner = (*store)->dkimSelectors();
    if (!bySigner)
        return bySigner.error();
    QStringList learned;
    for (auto it = bySigner->cbegin(); it != bySigner->cend(); ++it)
        if (it.key().compare(domain, Qt::CaseInsensitive) == 0)
            learned << it.value();
    return learned;
}

void fromMessages(CliContext &context, const QString &path)
{
    const auto data = Input::file(path, Dkim::MaxMessageSize);
    if (!data) {
        context.fail(ExitCode::BadUsage, describe(data.error()));
        return;
    }
    const QList<Dkim::SignerSelector> pairs = Dkim::selectorsInMessages(*data);
    if (context.json()) {
        context.printJson(Dkim::pairsJson(pairs));
    } else {
        for (const Dkim::SignerSelector &p : pairs)
            //: %1 domain, %2 selector, %n signatures
            context.out()
                << Tr::tr("d=%1 s=%2 (%n signature(s))", nullptr, p.count).arg(p.domain, p.selector)
                << '\n';
    }
    context.finish(ExitCode::Done);
}
} // namespace

QString DkimSelectorsCommand::description() const
{
    return Tr::tr(
        "Find a domain's DKIM selectors by probing common names, or list those used in messages.");
}

QList<QCommandLineOption> DkimSelectorsCommand::options() const
{
    return {
        {SelectorOption, Tr::tr("Another selector to probe (repeatable)."), QStringLiteral("S")},
        {FromFileOption,
         Tr::tr("Read a message or an mbox and list its signatures' d= and s=."),
         QStringLiteral("FILE")},
        {FromReportsOption,
         Tr::tr("Also probe the selectors that the DMARC reports stored in the workspace saw "
                "signing for DOMAIN.")},
    };
}

void DkimSelectorsCommand::run(CliContext &context,
                               const QCommandLineParser &parser,
                               const QStringList &positional)
{
    if (parser.isSet(FromFileOption)) {
        fromMessages(context, parser.value(FromFileOption));
        return;
    }
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage,
                     Tr::tr("dkim selectors: expected DOMAIN or --from-file FILE"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    QStringList learned;
    for (const QString &extra : parser.values(SelectorOption)) {
        const auto selector = Input::selector(extra, *domain);
        if (!selector) {
            context.failUsage(selector.error());
            return;
        }
        learned << *selector;
    }
    if (parser.isSet(FromReportsOption)) {
        const auto fromReports = learnedFromReports(context, *domain);
        if (!fromReports) {
            context.fail(fromReports.error());
            return;
        }
        learned << *fromReports;
    }
    const QStringList selectors = Dkim::selectorsToProbe(*domain, learned);
    onResult(Dkim::discoverSelectors(context.resolver(), &context, *domain, selectors),
             &context,
             [&context, domain = *domain, selectors](const Dkim::DiscoveryResult &result) {
                 if (context.json()) {
                     QJsonArray found;
                     for (const Dkim::KeyCheckReport &r : result.found) {
                         QJsonObject object = Dkim::foundJson(r);
                         object.insert(QStringLiteral("findings"), findingsJson(r.findings));
                         found.append(object);
                     }
                     context.printJson(
                         {{QStringLiteral("domain"), domain},
                          {QStringLiteral("probed"), QJsonArray::fromStringList(selectors)},
                          {QStringLiteral("found"), found},
                          {QStringLiteral("failed"), QJsonArray::fromStringList(result.failed)}});
                 } else {
                     if (result.found.isEmpty())
                         context.out()
                             << Tr::tr("No DKIM key found under the common selectors.") << '\n';
                     for (const Dkim::KeyCheckReport &r : result.found) {
                         context.out() << r.name << '\n';
                         printFindings(context.out(), r.findings);
                     }
                     if (!result.failed.isEmpty())
                         context.out() << Tr::tr("Could not check: %1")
                                              .arg(result.failed.join(QStringLiteral(", ")))
                                       << '\n';
                 }
                 const bool error = std::any_of(
                     result.found.cbegin(), result.found.cend(), [](const Dkim::KeyCheckReport &r) {
                         return hasSeverity(r.findings, Severity::Error);
                     });
                 context.finish(postureExitCode(error, !result.failed.isEmpty()));
             });
}

} // namespace Sceau::Cli
