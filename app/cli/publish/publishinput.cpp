#include "app/cli/publish/publishinput.h"

#include "app/cli/input.h"
#include "app/cli/tr.h"
#include "model/core/domainname.h"
#include "model/publish/recordvalue.h"

using namespace Qt::StringLiterals;

namespace Sceau::Cli::PublishInput {

namespace {
Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}
} // namespace

QList<QCommandLineOption> rrsetOptions()
{
    return {
        {u"zone"_s, Tr::tr("The zone to change (its apex)."), u"zone"_s},
        {u"name"_s,
         Tr::tr("The record's name: relative to the zone (@ for its apex), or absolute."),
         u"name"_s},
        {u"type"_s, Tr::tr("The record type (default TXT)."), u"type"_s},
        {u"value"_s,
         Tr::tr("A value of the RRset (repeat for several); TXT as typed, or quoted strings."),
         u"value"_s},
    };
}

QList<QCommandLineOption> changeOptions()
{
    return rrsetOptions()
           + QList<QCommandLineOption>{
               {u"ttl"_s, Tr::tr("The TTL in seconds (default 3600)."), u"seconds"_s},
               {u"credential"_s,
                Tr::tr("The credential to publish with (default: the only one for the zone)."),
                u"name"_s},
               {u"expect"_s,
                Tr::tr("A value you saw in the RRset (repeat for each): the change is refused if "
                       "the RRset is not exactly these (default: as read just before)."),
                u"value"_s},
           };
}

Result<Publish::RrsetRef> rrset(const QCommandLineParser &parser, bool requireZone)
{
    Publish::RrsetRef ref;
    if (parser.isSet(u"zone"_s)) {
        const auto zone = Input::domain(parser.value(u"zone"_s), u"--zone"_s);
        if (!zone)
            return zone.error();
        ref.zone = *zone;
    } else if (requireZone) {
        return invalid(Tr::tr("--zone is required"));
    }
    if (!parser.isSet(u"name"_s))
        return invalid(Tr::tr("--name is required"));
    const QString typed = parser.value(u"name"_s).trimmed();
    if (typed == u"@"_s && !ref.zone.isEmpty()) {
        ref.owner = ref.zone;
    } else {
        const auto name = Input::domain(typed, u"--name"_s);
        if (!name)
            return name.error();
        const bool absolute = ref.zone.isEmpty() || typed.endsWith(u'.')
                              || DomainName::isSubdomainOf(*name, ref.zone);
        ref.owner = absolute ? *name : *name + u'.' + ref.zone;
        if (!ref.zone.isEmpty() && !DomainName::isSubdomainOf(ref.owner, ref.zone))
            //: %1 a name, %2 a zone
            return invalid(Tr::tr("--name: %1 is not in the zone %2").arg(ref.owner, ref.zone));
    }
    const QString type = parser.isSet(u"type"_s) ? parser.value(u"type"_s) : u"TXT"_s;
    const auto rrType = Dns::typeFromName(type);
    if (!rrType || *rrType == Dns::RrType::ANY || *rrType == Dns::RrType::SOA)
        //: %1 what the user typed
        return invalid(Tr::tr("--type: “%1” is not a record type Sceau publishes").arg(type));
    ref.type = *rrType;
    return ref;
}

Result<QStringList>
values(const QCommandLineParser &parser, const QString &option, const Publish::RrsetRef &ref)
{
    QStringList canonical;
    for (const QString &typed : parser.values(option)) {
        const auto value = Publish::canonicalValue(ref.type, typed, ref.zone);
        if (!value)
            //: %1 an option, %2 why
            return invalid(Tr::tr("--%1: %2").arg(option, value.error().detail));
        canonical << *value;
    }
    canonical.removeDuplicates();
    if (const auto fits = Publish::checkRrset(ref.type, canonical); !fits)
        //: %1 an option, %2 why
        return invalid(Tr::tr("--%1: %2").arg(option, fits.error().detail));
    return canonical;
}

Result<quint32> ttl(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"ttl"_s))
        return quint32(3600);
    bool ok = false;
    const qint64 seconds = parser.value(u"ttl"_s).toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > 2147483647) // RFC 2181 §8
        return invalid(Tr::tr("--ttl takes seconds, from 0 to 2147483647"));
    return quint32(seconds);
}

} // namespace Sceau::Cli::PublishInput
