#include "model/dkim/signature.h"

#include "model/core/domainname.h"
#include "model/dkim/taglist.h"
#include "model/dkim/tr.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

QString signingAlgorithmToken(SigningAlgorithm a)
{
    switch (a) {
    case SigningAlgorithm::RsaSha256:
        return u"rsa-sha256"_s;
    case SigningAlgorithm::Ed25519Sha256:
        return u"ed25519-sha256"_s;
    case SigningAlgorithm::RsaSha1:
        return u"rsa-sha1"_s;
    }
    return {};
}

static Error syntax(const QString &detail)
{
    return Error{ErrorCode::InvalidInput, detail};
}

static std::optional<qint64> number(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = stripWhitespace(value).toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

Result<Signature> Signature::parse(const HeaderField &field)
{
    auto tags = parseTagList(field.value());
    if (!tags)
        return tags.error();
    Signature sig;
    sig.field = field;
    QSet<QByteArray> seen;
    for (const Tag &tag : std::as_const(*tags)) {
        seen.insert(tag.name);
        const QByteArray &v = tag.value;
        if (tag.name == "v") {
            if (v != "1") // §3.5: v=1 is the only version
                return syntax(
                    Tr::tr("unsupported signature version v=%1").arg(QString::fromLatin1(v)));
        } else if (tag.name == "a") {
            sig.algorithmToken = v.toLower();
            if (sig.algorithmToken == "rsa-sha256")
                sig.algorithm = SigningAlgorithm::RsaSha256;
            else if (sig.algorithmToken == "ed25519-sha256")
                sig.algorithm = SigningAlgorithm::Ed25519Sha256;
            else if (sig.algorithmToken == "rsa-sha1")
                sig.algorithm = SigningAlgorithm::RsaSha1;
        } else if (tag.name == "b" || tag.name == "bh") {
            auto decoded = QByteArray::fromBase64Encoding(stripWhitespace(v),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return syntax(Tr::tr("%1= is not valid base64").arg(QString::fromLatin1(tag.name)));
            (tag.name == "b" ? sig.signature : sig.bodyHash) = decoded.decoded;
        } else if (tag.name == "c") {
            const QList<QByteArray> parts = v.toLower().split('/');
            const auto header = canonicalizationFromToken(parts.value(0));
            const auto body = parts.size() > 1 ? canonicalizationFromToken(parts.at(1))
                                               : Canonicalization::Simple;
            if (!header || !body || parts.size() > 2)
                return syntax(Tr::tr("unknown canonicalization c=%1").arg(QString::fromLatin1(v)));
            sig.headerCanonicalization = *header;
            sig.bodyCanonicalization = *body;
        } else if (tag.name == "d") {
            auto domain = DomainName::fromUserInput(QString::fromUtf8(v));
            if (!domain)
                return syntax(Tr::tr("d= is not a domain name: %1").arg(domain.error().detail));
            sig.domain = *domain;
        } else if (tag.name == "s") {
            sig.selector = QString::fromLatin1(stripWhitespace(v)).toLower();
        } else if (tag.name == "h") {
            for (const QByteArray &name : stripWhitespace(v).split(':')) {
                if (name.isEmpty())
                    return syntax(Tr::tr("h= has an empty header name"));
                sig.signedHeaders.append(name.toLower());
            }
        } else if (tag.name == "i") {
            sig.identity = QString::fromUtf8(v);
        } else if (tag.name == "l" || tag.name == "t" || tag.name == "x") {
            const auto n = number(v);
            if (!n)
                return syntax(Tr::tr("%1= is not a number").arg(QString::fromLatin1(tag.name)));
            (tag.name == "l"   ? sig.bodyLength
             : tag.name == "t" ? sig.timestamp
                               : sig.expiration)
                = n;
        } else if (tag.name == "q") {
            if (!stripWhitespace(v).split(':').contains("dns/txt")) // §3.5: the only method
                return syntax(Tr::tr("unsupported query method q=%1").arg(QString::fromLatin1(v)));
        }
    }
    for (const char *required : {"v", "a", "b", "bh", "d", "h", "s"}) {
        if (!seen.contains(required)) // §6.1.1
            return syntax(
                Tr::tr("the required tag %1= is missing").arg(QString::fromLatin1(required)));
    }
    if (!sig.signedHeaders.contains("from")) // §6.1.1: From must be signed
        return syntax(Tr::tr("the From header field is not signed"));
    if (sig.identity.isEmpty()) {
        sig.identity = u"@"_s + sig.domain;
    } else { // §3.5 i=: the domain part must be d= or a subdomain of it
        auto idDomain = DomainName::fromUserInput(sig.identity.section(u'@', -1));
        if (!idDomain || !DomainName::isSubdomainOf(*idDomain, sig.domain))
            return syntax(
                Tr::tr("the identity i=%1 is not within d=%2").arg(sig.identity, sig.domain));
    }
    if (sig.timestamp && sig.expiration && *sig.expiration < *sig.timestamp) // §3.5 x=
        return syntax(Tr::tr("x= is earlier than t="));
    return sig;
}

QByteArray Signature::rawWithoutSignatureValue() const
{
    // §3.7: the b= value (and the whitespace around it) is treated as the empty string.
    const QByteArray &raw = field.raw;
    const qsizetype colon = raw.indexOf(':');
    QList<QByteArray> specs = raw.mid(colon + 1).split(';');
    for (QByteArray &spec : specs) {
        const qsizetype equals = spec.indexOf('=');
        if (equals > 0 && spec.left(equals).trimmed() == "b") {
            spec.truncate(equals + 1);
            break;
        }
    }
    return raw.left(colon + 1) + specs.join(';');
}

} // namespace Sceau::Dkim
