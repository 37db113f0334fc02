#pragma once

#include "model/dkim/keycheck.h"
#include "model/dkim/keyexport.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/publicationcheck.h"
#include "model/dkim/rotation.h"
#include "model/dkim/selectordiscovery.h"
#include "model/dkim/storedkey.h"
#include "model/dkim/verifier.h"

#include <QJsonObject>

#include <optional>

namespace Sceau {
namespace Dkim {

// JSON forms of DKIM values (docs/cli.md, "dkim"): snake_case fields, protocol and state tokens
// untranslated, dates ISO 8601 UTC or null. Findings are not here: the objects that carry
// them (key check, selectors) leave "findings" to the caller (Audit::toJson of each finding),
// as model/dkim does not depend on model/audit.

// A workspace key: id, domain, selector, algorithm, bits, state, created, published,
// activated, retiring, revoked, destroyed, rotation_due.
QJsonObject toJson(const StoredKey &key);
// A key's next step: id, domain, selector, action, due, overdue.
QJsonObject toJson(const DueAction &action);
// `dkim keys`: keys[], due[].
QJsonObject keysJson(const QList<StoredKey> &keys, const QList<DueAction> &due);

// What every authoritative nameserver serves: name, zone (null when not found), target
// (published or revoked), serving, servers[] (host, server, status, serves).
QJsonObject toJson(const PublicationReport &report);
// `dkim state`: id, domain, selector, state (after the step, or unchanged when it did not
// move), and publication (the DNS-checked steps).
QJsonObject stepJson(const StoredKey &key, const std::optional<PublicationReport> &publication);

// `dkim keygen`: domain, selector, algorithm, bits, weak, name, record, strings (the record
// split into <= 255-octet strings), zone_line, exported_to; snippets when exportPath is set;
// id, state, rotation_due when the key was stored.
QJsonObject keygenJson(const QString &domain,
                       const QString &selector,
                       const KeyPair &pair,
                       const RecordOptions &options,
                       const QString &exportPath,
                       const std::optional<StoredKey> &stored);
// The mail server snippets of an exported key: opendkim, rspamd, postfix, exim.
QJsonObject snippetsJson(const SigningSetup &setup);
// `dkim export`: exported_to, snippets.
QJsonObject exportJson(const SigningSetup &setup);
// `dkim sign`: domain, selector, algorithm (a= value), signature (the header field), message.
QJsonObject signJson(const QString &domain,
                     const QString &selector,
                     KeyAlgorithm algorithm,
                     const QByteArray &signatureField,
                     const QByteArray &signedMessage);
// `dkim verify`: signatures[] (d, s, algorithm, result, reason, detail, key_bits, testing,
// weak), skipped, max_signatures.
QJsonObject toJson(const VerifyReport &report);
// `dkim check`, without findings: domain, selector, name, status, records, key_bits,
// can_sign; key_type, testing, revoked when a record was read; matches_local_key when a local
// key was compared.
QJsonObject toJson(const KeyCheckReport &report);
// One key `dkim selectors` found, without findings: selector, name, key_type, key_bits.
QJsonObject foundJson(const KeyCheckReport &report);
// `dkim selectors` of messages: pairs[] (domain, selector, count).
QJsonObject pairsJson(const QList<SignerSelector> &pairs);

} // namespace Dkim
} // namespace Sceau
