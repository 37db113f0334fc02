#include "model/dkim/signer.h"

#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/message.h"
#include "model/dkim/signature.h"
#include "model/dkim/tr.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

QList<QByteArray> defaultSignedHeaders()
{
    return {"from",
            "reply-to",
            "subject",
            "date",
            "to",
            "cc",
            "resent-date",
            "resent-from",
            "resent-to",
            "resent-cc",
            "in-reply-to",
            "references",
            "list-id",
            "list-help",
            "list-unsubscribe",
            "list-subscribe",
            "list-post",
            "list-owner",
            "list-archive",
            "message-id",
            "mime-version",
            "content-type",
            "content-transfer-encoding"};
}

// Folds "tag=value" items into lines of about 78 characters (FWS between tags, §3.2).
static QByteArray fold(const QList<QByteArray> &items)
{
    QByteArray out = "DKIM-Signature:";
    qsizetype lineLength = out.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray item = items.at(i) + (i + 1 < items.size() ? ";" : "");
        if (lineLength + 1 + item.size() > 78 && lineLength > 1) {
            out += "\r\n\t";
            lineLength = 1;
        } else {
            out += ' ';
            ++lineLength;
        }
        out += item;
        lineLength += item.size();
    }
    return out;
}

// h= split at colons so that no line is too long (FWS is allowed around ":" in h=, §3.5).
static QByteArray headerList(const QList<QByteArray> &names)
{
    QByteArray out = "h=";
    qsizetype lineLength = 2;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0) {
            out += ':';
            ++lineLength;
        }
        if (lineLength + names.at(i).size() > 70) {
            out += "\r\n\t";
            lineLength = 1;
        }
        out += names.at(i);
        lineLength += names.at(i).size();
    }
    return out;
}

Result<QByteArray>
signatureField(const QByteArray &raw, const PrivateKey &key, const SignOptions &options)
{
    if (key.isNull())
        return Error{ErrorCode::InvalidInput, Tr::tr("no signing key")};
    if (key.algorithm() == KeyAlgorithm::Rsa && key.bits() < 1024) // RFC 8301 §3.2
        return Error{ErrorCode::InvalidInput, Tr::tr("RSA keys under 1024 bits must not be used")};
    auto domain = DomainName::fromUserInput(options.domain);
    if (!domain)
        return domain.error();
    auto selector = validateSelector(options.selector, *domain);
    if (!selector)
        return selector.error();
    if (!options.identity.isEmpty()) { // §3.5 i=: within d=
        const auto idDomain = DomainName::fromUserInput(options.identity.section(u'@', -1));
        if (!idDomain || !DomainName::isSubdomainOf(*idDomain, *domain))
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the identity %1 is not within %2").arg(options.identity, *domain)};
    }
    const Message message = Message::parse(raw);
    if (message.headersNamed("from").isEmpty()) // RFC 6376 §5.4: From must be signed
        return Error{ErrorCode::InvalidInput, Tr::tr("the message has no From header field")};

    QList<QByteArray> signedNames;
    for (const QByteArray &name :
         options.headers.isEmpty() ? defaultSignedHeaders() : options.headers) {
        const qsizetype count = message.headersNamed(name).size();
        for (qsizetype i = 0; i < count + (options.overSign && count > 0 ? 1 : 0); ++i)
            signedNames.append(name.toLower());
    }

    const QByteArray body = canonicalBody(message.body, options.bodyCanonicalization);
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    const bool ed25519 = key.algorithm() == KeyAlgorithm::Ed25519;
    const QDateTime now
        = options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc();

    QList<QByteArray> tags{"v=1",
                           ed25519 ? "a=ed25519-sha256" : "a=rsa-sha256",
                           "c=" + canonicalizationToken(options.headerCanonicalization).toLatin1()
                               + '/'
                               + canonicalizationToken(options.bodyCanonicalization).toLatin1(),
                           "d=" + domain->toLatin1(),
                           "s=" + selector->toLatin1()};
    if (!options.identity.isEmpty())
        tags << "i=" + options.identity.toUtf8();
    if (options.bodyLength)
        tags << "l=" + QByteArray::number(body.size());
    tags << "t=" + QByteArray::number(now.toSecsSinceEpoch());
    if (options.expiresAfterSeconds)
        tags << "x=" + QByteArray::number(now.toSecsSinceEpoch() + *options.expiresAfterSeconds);
    tags << headerList(signedNames) << "bh=" + bodyHash.toBase64() << "b=";
    const QByteArray unsignedField = fold(tags);

    // §3.7: the selected header fields, then this field without b= value and without CRLF.
    QByteArray data = signedHeaderData(message, signedNames, options.headerCanonicalization);
    QByteArray own = canonicalHeader(unsignedField, options.headerCanonicalization);
    own.chop(2);
    data += own;
    auto signature = key.sign(data);
    if (!signature)
        return signature.error();
    QByteArray field = unsignedField;
    const QByteArray b64 = signature->toBase64();
    for (qsizetype at = 0; at < b64.size(); at += 72) // FWS may follow "=" (§3.2)
        field += "\r\n\t" + b64.mid(at, 72);
    return field;
}

Result<QByteArray>
signMessage(const QByteArray &raw, const PrivateKey &key, const SignOptions &options)
{
    auto field = signatureField(raw, key, options);
    if (!field)
        return field.error();
    return *field + "\r\n" + Message::toCrlf(raw);
}

} // namespace Sceau::Dkim
