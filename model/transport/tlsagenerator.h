#pragma once

#include "model/core/result.h"
#include "model/transport/tlsarecord.h"

#include <QList>

namespace Sceau {
namespace Transport {

// One TLSA record made from a certificate the server presents.
struct GeneratedTlsa
{
    TlsaRecord record;
    int depth = 0;    // the chain index of the certificate it was made from (0: the leaf)
    QString subject;  // that certificate's subject (OpenSSL's one-line form, "/CN=…")
    QString zoneLine; // "_25._tcp.mx.example.com. IN TLSA 3 1 1 <hex>"
};

// The records RFC 7672 §3.1 recommends, made with associationData() from chain (DER,
// leaf first, as host presents it on port; the owner of zoneLine is tlsaName(host, port)):
//  - 3 1 1 (DANE-EE, SHA-256 of the leaf's public key: survives renewals that keep the key);
//  - 2 1 1 (DANE-TA, SHA-256 of the public key of the last certificate the server sends,
//    the top of its chain, which must be sent for DANE-TA, RFC 7672 §3.1.2) when the server
//    sends more than its leaf.
// InvalidInput when the chain is empty or its leaf (or top) cannot be parsed.
Result<QList<GeneratedTlsa>>
generateTlsa(const QList<QByteArray> &chain, const QString &host, quint16 port = 25);

} // namespace Transport
} // namespace Sceau
