#include "app/cli/bimi/bimicheckcommand.h"

#include "app/cli/bimi/bimisvgoutput.h"
#include "app/cli/clicontext.h"
#include "app/cli/findingsoutput.h"
#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/bimi/bimicheck.h"
#include "model/bimi/bimidmarc.h"
#include "model/bimi/bimijson.h"
#include "model/core/async.h"
#include "model/dns/textescape.h"
#include "model/session/session.h"

#include <QCommandLineParser>

namespace Sceau::Cli {

namespace {
const QString SelectorOption = QStringLiteral("selector");
const QString OrgDomainOption = QStringLiteral("org-domain");

void printText(QTextStream &out, const Bimi::BimiCheck &check)
{
    if (!check.lookup.record.text.isEmpty())
        //: %1 a DNS name, %2 the record as published (escaped)
        out << Tr::tr("record at %1: %2")
                   .arg(check.lookup.name, Dns::escapeText(check.lookup.record.text))
            << '\n';
    if (check.logoFetch)
        //: %1 a URL, %2 what came of fetching it (a token such as fetched)
        out << Tr::tr("logo: %1 (%2)")
                   .arg(check.logoFetch->url,
                        Transport::HttpsFetchOutcomes.token(check.logoFetch->outcome))
            << '\n';
    if (check.certificateFetch)
        out << Tr::tr("certificate: %1 (%2)")
                   .arg(check.certificateFetch->url,
                        Transport::HttpsFetchOutcomes.token(check.certificateFetch->outcome))
            << '\n';
    QList<Finding> others = check.findings;
    if (check.logo) {
        for (const Bimi::SvgFinding &finding : check.logo->findings)
            others.removeOne(finding.finding);
        printSvgFindings(out, *check.logo);
    }
    printFindings(out, others);
}
} // namespace

QString BimiCheckCommand::description() const
{
    return Tr::tr("Check a domain's BIMI: the record, the DMARC prerequisite, the logo and the "
                  "mark certificate.");
}

QList<QCommandLineOption> BimiCheckCommand::options() const
{
    return {{SelectorOption, Tr::tr("The BIMI selector (default: default)."), Tr::tr("selector")},
            {OrgDomainOption,
             Tr::tr("The organisational domain, where the record is looked up when DOMAIN has "
                    "none."),
             Tr::tr("domain")}};
}

void BimiCheckCommand::run(CliContext &context,
                           const QCommandLineParser &parser,
                           const QStringList &positional)
{
    if (positional.size() != 1) {
        context.fail(ExitCode::BadUsage, Tr::tr("bimi check: expected one DOMAIN"));
        return;
    }
    const auto domain = Input::domain(positional.first());
    if (!domain) {
        context.failUsage(domain.error());
        return;
    }
    Bimi::BimiCheckRequest request;
    request.domain = *domain;
    request.roots = Bimi::mvaRoots();
    if (parser.isSet(SelectorOption)) {
        const auto selector = Input::selector(parser.value(SelectorOption));
        if (!selector) {
            context.failUsage(selector.error());
            return;
        }
        request.selector = *selector;
    }
    if (parser.isSet(OrgDomainOption)) {
        const auto org
            = Input::domain(parser.value(OrgDomainOption), QStringLiteral("--org-domain"));
        if (!org) {
            context.failUsage(org.error());
            return;
        }
        request.orgDomain = *org;
    }
    // The DMARC states and the organisational domain come from DMARC discovery (RFC 9989 tree
    // walk); --org-domain overrides the latter.
    onResult(
        Bimi::checkBimiWithDmarc(
            context.resolver(), request, context.session().transportSettings()),
        &context,
        [&context](const Bimi::BimiCheck &check) {
            if (context.json()) {
                QJsonObject json = Bimi::toJson(check);
                json.insert(QStringLiteral("findings"), findingsJson(check.findings));
                if (check.logo)
                    json.insert(
                        QStringLiteral("logo"),
                        QJsonObject{{QStringLiteral("valid"), check.logo->valid()},
                                    {QStringLiteral("findings"), svgFindingsJson(*check.logo)}});
                context.printJson(json);
            } else {
                printText(context.out(), check);
            }
            context.finish(postureExitCode(hasPostureError(check.findings), check.incomplete()));
        });
}

} // namespace Sceau::Cli
