#pragma once

#include "model/core/tokentable.h"
#include "model/transport/tlsarecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Transport {

// What one TLSA record says of a presented chain.
struct TlsaMatch
{
    enum class Verdict {
        Matched,      // the record authenticates the server (RFC 7672 §3.1)
        NotMatched,   // no certificate of the chain has the record's data
        Unusable,     // usage 0 or 1: ignored by SMTP clients (RFC 7672 §3.1.3), or unknown
        Unsupported,  // an unknown selector or matching type (RFC 6698 §2.1.2-2.1.3)
        ChainInvalid, // DANE-TA: the data matched a certificate the leaf does not chain to
        NameMismatch, // DANE-TA: the chain holds, the leaf names none of the reference names
    };
    Verdict verdict = Verdict::NotMatched;
    int depth = -1; // the chain index of the certificate whose data matched (0: the leaf)
    QString detail; // OpenSSL's reason, never translated
};

inline constexpr TokenTable<TlsaMatch::Verdict, 6> TlsaVerdicts{{{
    {TlsaMatch::Verdict::Matched, "matched"},
    {TlsaMatch::Verdict::NotMatched, "not-matched"},
    {TlsaMatch::Verdict::Unusable, "unusable"},
    {TlsaMatch::Verdict::Unsupported, "unsupported"},
    {TlsaMatch::Verdict::ChainInvalid, "chain-invalid"},
    {TlsaMatch::Verdict::NameMismatch, "name-mismatch"},
}}};

// record against chain (DER, leaf first, as the server sent it; at most MaxChainLength), as an
// SMTP client does (RFC 7672 §3.1-3.2), with OpenSSL (associationData(), path validation):
//  - DANE-EE(3): the leaf's selected data matches; names and dates are not checked (§3.1.1);
//  - DANE-TA(2): a certificate of the chain matches, the leaf chains up to it, and the leaf
//    carries one of referenceNames (§3.2.3: the MX host name, and the TLSA base domain when a
//    CNAME led there);
//  - usages 0 and 1 are Unusable (§3.1.3).
// A chain whose leaf cannot be parsed is NotMatched with a detail.
TlsaMatch matchTlsa(const TlsaRecord &record,
                    const QList<QByteArray> &chain,
                    const QStringList &referenceNames);

// The certificate association data of certificate (DER) for a selector and matching type
// (RFC 6698 §2.1.2-2.1.3: the whole certificate or its public key, as is, SHA-256 or
// SHA-512); nullopt for an unknown selector or matching type, or an unreadable certificate.
// The one place TLSA data is computed, for matching and generation alike.
std::optional<QByteArray>
associationData(const QByteArray &certificate, quint8 selector, quint8 matchingType);

// Whether certificate (DER) has the data record asks for (selector, matching type), whatever
// the usage: a rollover certificate checked against the published records.
bool certificateHasData(const TlsaRecord &record, const QByteArray &certificate);

// One certificate read from a file's bytes, PEM (the first certificate) or DER, as DER;
// nullopt when neither reads.
std::optional<QByteArray> certificateDer(const QByteArray &pemOrDer);

// The end of certificate's validity (DER), UTC; nullopt when it cannot be read.
std::optional<QDateTime> certificateNotAfter(const QByteArray &certificate);

} // namespace Transport
} // namespace Sceau
