#include "spfsuite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sceau::Test {

using namespace Dns;
using namespace Qt::StringLiterals;

namespace {

// A <character-string> in master-file form: quoted, non-printable bytes as \DDD.
QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && c != '"' && c != '\\')
            out += c;
        else
            out += '\\' + QByteArray::number(byte).rightJustified(3, '0');
    }
    return out + '"';
}

// A domain name in master-file form: bytes other than letters, digits, - _ . * as \DDD.
QByteArray fqdn(const QString &name)
{
    QByteArray out;
    for (const char c : name.toLower().toUtf8()) {
        if (QByteArrayView("abcdefghijklmnopqrstuvwxyz0123456789-_.*").contains(c))
            out += c;
        else
            out += '\\' + QByteArray::number(static_cast<unsigned char>(c)).rightJustified(3, '0');
    }
    return out + (name.endsWith(u'.') ? "" : ".");
}

QStringList strings(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toString();
        return list;
    }
    return {value.toString()};
}

QByteArray rdataLine(const QString &owner, const QString &type, const QJsonValue &value)
{
    QByteArray line = fqdn(owner) + " 3600 IN ";
    if (type == u"TXT" || type == u"SPF") {
        QByteArrayList parts;
        for (const QString &s : strings(value))
            parts << quoted(s);
        if (parts.isEmpty())
            parts << "\"\"";
        return line + "TXT " + parts.join(' ');
    }
    if (type == u"MX") {
        const QJsonArray mx = value.toArray();
        const QString exchange = mx.at(1).toString();
        return line + "MX " + QByteArray::number(mx.at(0).toInt()) + ' '
               + (exchange.isEmpty() || exchange == u"." ? QByteArray(".") : fqdn(exchange));
    }
    if (type == u"PTR" || type == u"CNAME")
        return line + type.toLatin1() + ' ' + fqdn(value.toString());
    return line + type.toLatin1() + ' ' + value.toString().toLatin1();
}

QString topLabel(const QString &name)
{
    QString trimmed = name.toLower();
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    return trimmed.section(u'.', -1);
}

} // namespace

QList<SpfScenario> loadSpfSuite(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<SpfScenario> scenarios;
    for (const QJsonValue &doc : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject object = doc.toObject();
        SpfScenario scenario;
        scenario.description = object.value(u"description").toString().trimmed();
        scenario.zonedata = object.value(u"zonedata").toObject();
        const QJsonObject tests = object.value(u"tests").toObject();
        for (auto it = tests.begin(); it != tests.end(); ++it) {
            const QJsonObject test = it.value().toObject();
            // pyspf's lax mode (strict: 0) and its harsh-mode "ambiguous" result are pyspf
            // behaviour, not RFC 7208.
            if ((test.contains(u"strict") && test.value(u"strict").toInt() == 0)
                || strings(test.value(u"result")).contains(u"ambiguous"_s)) {
                ++scenario.notApplicable;
                continue;
            }
            SpfSuiteCase suiteCase;
            suiteCase.scenario = scenario.description;
            suiteCase.name = it.key();
            suiteCase.helo = test.value(u"helo").toString();
            suiteCase.host = test.value(u"host").toString();
            suiteCase.mailFrom = test.value(u"mailfrom").toString();
            suiteCase.results = strings(test.value(u"result"));
            if (test.contains(u"explanation"))
                suiteCase.explanation = test.value(u"explanation").toString();
            scenario.cases << suiteCase;
        }
        scenarios << scenario;
    }
    return scenarios;
}

SpfSuiteResolver::SpfSuiteResolver(QObject *parent)
    : Resolver(parent)
{
}

QHash<QString, QByteArray> SpfSuiteResolver::zoneTexts(const QJsonObject &zonedata)
{
    QHash<QString, QByteArray> zones;
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it) {
        const QString owner = it.key();
        QByteArray &zone = zones[topLabel(owner)];
        bool hasTxt = false;
        QList<QJsonValue> spf;
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonObject record = entry.toObject();
            for (auto field = record.begin(); field != record.end(); ++field) {
                hasTxt = hasTxt || field.key() == u"TXT";
                if (field.key() == u"SPF") {
                    spf << field.value();
                    continue; // type 99 is never queried (RFC 7208 §3.1)
                }
                if (field.value().toString() == u"NONE")
                    continue;
                zone += rdataLine(owner, field.key(), field.value()) + '\n';
            }
        }
        if (!hasTxt) {
            for (const QJsonValue &value : std::as_const(spf))
                zone += rdataLine(owner, QStringLiteral("TXT"), value) + '\n';
        }
    }
    return zones;
}

Result<void> SpfSuiteResolver::load(const QJsonObject &zonedata)
{
    const auto zones = zoneTexts(zonedata);
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        if (auto added = m_zones.addZoneText(it.value(), it.key()); !added)
            return added.error();
    }
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it) {
        QSet<RrType> answered;
        bool timeout = false;
        for (const QJsonValue &entry : it.value().toArray()) {
            if (entry.toString() == u"TIMEOUT") {
                timeout = true;
                break;
            }
            const QJsonObject record = entry.toObject();
            for (auto field = record.begin(); field != record.end(); ++field) {
                const auto rrType = typeFromName(field.key());
                if (rrType && field.value().toString() != u"NONE")
                    answered.insert(*rrType);
            }
        }
        if (timeout)
            m_timeouts.insert(it.key().toLower(), answered);
    }
    return {};
}

QFuture<LookupResult> SpfSuiteResolver::lookup(const QString &name, RrType type)
{
    const auto timeout = m_timeouts.constFind(name.toLower());
    if (timeout != m_timeouts.cend() && !timeout->contains(type)) {
        LookupResult result;
        result.name = name;
        result.type = type;
        result.status = LookupStatus::Timeout;
        result.detail = QStringLiteral("TIMEOUT in the suite's zonedata");
        return QtFuture::makeReadyFuture(result);
    }
    return m_zones.lookup(name, type);
}

} // namespace Sceau::Test
