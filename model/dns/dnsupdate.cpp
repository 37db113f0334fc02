#include "model/dns/dnsupdate.h"

#include "model/dns/failuretext.h"
#include "model/dns/tr.h"

#include <QPromise>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <ldns/ldns.h>

#include <memory>

namespace Sceau::Dns {

namespace {
struct PktFree
{
    void operator()(ldns_pkt *pkt) const { ldns_pkt_free(pkt); }
};
struct ListFree
{
    void operator()(ldns_rr_list *list) const { ldns_rr_list_deep_free(list); }
};
struct RdfFree
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
using Pkt = std::unique_ptr<ldns_pkt, PktFree>;
using RrList = std::unique_ptr<ldns_rr_list, ListFree>;
using Rdf = std::unique_ptr<ldns_rdf, RdfFree>;

constexpr quint16 Fudge = 300; // RFC 8945 §10: 300 seconds recommended

// RFC 8945 §5.3.2: TSIG errors in the response's TSIG record.
constexpr int BadSig = 16;
constexpr int BadKey = 17;
constexpr int BadTime = 18;

QByteArray absolute(const QString &name)
{
    return (name.endsWith(u'.') ? name : name + u'.').toUtf8();
}

// The key in ldns' terms: "name.", "hmac-sha256.", the secret in base64. The base64 copy is
// wiped when this goes.
struct LdnsKey
{
    explicit LdnsKey(const TsigKey &key)
        : name(absolute(key.name))
        , algorithm(absolute(TsigAlgorithms.token(key.algorithm)))
        , secret(key.secret.toBase64())
    {
    }
    ~LdnsKey() { secret.fill('\0'); }
    LdnsKey(const LdnsKey &) = delete;
    LdnsKey &operator=(const LdnsKey &) = delete;
    QByteArray name;
    QByteArray algorithm;
    QByteArray secret;
};

// A record with no RDATA: the class says what it means (RFC 2136 §2.4.3 NONE "RRset does not
// exist", §2.5.2 ANY "delete an RRset"), TTL 0.
ldns_rr *emptyRecord(const QString &owner, RrType type, ldns_rr_class rrClass)
{
    ldns_rdf *name = ldns_dname_new_frm_str(absolute(owner).constData());
    if (!name)
        return nullptr;
    ldns_rr *rr = ldns_rr_new();
    ldns_rr_set_owner(rr, name);
    ldns_rr_set_type(rr, ldns_rr_type(type));
    ldns_rr_set_class(rr, rrClass);
    ldns_rr_set_ttl(rr, 0);
    return rr;
}

ldns_rr *fullRecord(const UpdateRecord &record, quint32 ttl)
{
    const QByteArray text = absolute(record.owner) + ' ' + QByteArray::number(ttl) + " IN "
                            + typeName(record.type).toLatin1() + ' ' + record.rdata.toUtf8();
    ldns_rr *rr = nullptr;
    if (ldns_rr_new_frm_str(&rr, text.constData(), ttl, nullptr, nullptr) != LDNS_STATUS_OK)
        return nullptr;
    return rr;
}

UpdateResult failed(UpdateOutcome outcome, const QString &detail, int rcode = -1)
{
    return {outcome, rcode, 0, detail};
}

// One UPDATE over TCP (RFC 1035 §4.2.2 framing: a two-byte length before each message).
class UpdateExchange final : public QObject
{
public:
    UpdateExchange(const NameServer &server,
                   QByteArray message,
                   quint16 id,
                   TsigKey key,
                   QByteArray requestMac,
                   int timeoutMs,
                   QObject *parent)
        : QObject(parent)
        , m_server(server)
        , m_message(std::move(message))
        , m_id(id)
        , m_key(std::move(key))
        , m_requestMac(std::move(requestMac))
    {
        m_promise.start();
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this, timeoutMs] {
            finish(failed(UpdateOutcome::Unreachable,
                          Tr::tr("%1 did not answer the update within %2 ms")
                              .arg(m_server.toString())
                              .arg(timeoutMs)));
        });
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            QByteArray framed(2, '\0');
            framed[0] = char(m_message.size() >> 8);
            framed[1] = char(m_message.size() & 0xff);
            m_socket.write(framed + m_message);
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &UpdateExchange::read);
        connect(
            &m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
                //: %1 a DNS server (address:port), %2 what went wrong
                finish(failed(UpdateOutcome::Unreachable,
                              Tr::tr("%1: %2").arg(m_server.toString(), socketErrorText(e))));
            });
        m_timer.start(timeoutMs);
        m_socket.connectToHost(m_server.address, m_server.port);
    }
    ~UpdateExchange() override { m_key.secret.fill('\0'); }

    QFuture<UpdateResult> future() { return m_promise.future(); }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        if (m_buffer.size() < 2)
            return;
        const int length = (quint8(m_buffer[0]) << 8) | quint8(m_buffer[1]);
        if (m_buffer.size() < 2 + length)
            return;
        finish(interpretUpdateResponse(m_buffer.mid(2, length), m_id, m_key, m_requestMac));
    }

    void finish(const UpdateResult &result)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        m_socket.abort();
        m_promise.addResult(result);
        m_promise.finish();
        deleteLater();
    }

    NameServer m_server;
    QByteArray m_message;
    quint16 m_id;
    TsigKey m_key;
    QByteArray m_requestMac;
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_buffer;
    QPromise<UpdateResult> m_promise;
    bool m_done = false;
};
} // namespace

Result<QByteArray>
buildUpdate(quint16 id, const UpdateRequest &request, const TsigKey &key, QByteArray *requestMac)
{
    const auto invalid = [](const QString &what) {
        return Error{ErrorCode::InvalidInput, Tr::tr("cannot encode the update: %1").arg(what)};
    };
    RrList prerequisites(ldns_rr_list_new());
    RrList updates(ldns_rr_list_new());
    for (const auto &[owner, type] : request.absent) {
        ldns_rr *rr = emptyRecord(owner, type, LDNS_RR_CLASS_NONE); // §2.4.3
        if (!rr)
            return invalid(owner);
        ldns_rr_list_push_rr(prerequisites.get(), rr);
    }
    for (const UpdateRecord &record : request.exactly) {
        ldns_rr *rr = fullRecord(record, 0); // §2.4.2: class IN, TTL 0, the RDATA compared
        if (!rr)
            return invalid(record.owner + u' ' + record.rdata);
        ldns_rr_list_push_rr(prerequisites.get(), rr);
    }
    for (const auto &[owner, type] : request.deleteRrsets) {
        ldns_rr *rr = emptyRecord(owner, type, LDNS_RR_CLASS_ANY); // §2.5.2
        if (!rr)
            return invalid(owner);
        ldns_rr_list_push_rr(updates.get(), rr);
    }
    for (const UpdateRecord &record : request.add) {
        ldns_rr *rr = fullRecord(record, record.ttl); // §2.5.1
        if (!rr)
            return invalid(record.owner + u' ' + record.rdata);
        ldns_rr_list_push_rr(updates.get(), rr);
    }
    ldns_rdf *zone = ldns_dname_new_frm_str(absolute(request.zone).constData());
    if (!zone)
        return invalid(request.zone);
    Pkt pkt(ldns_update_pkt_new(
        zone, LDNS_RR_CLASS_IN, prerequisites.get(), updates.get(), nullptr)); // owns zone
    if (!pkt)
        return invalid(request.zone);
    ldns_pkt_set_id(pkt.get(), id);
    ldns_pkt_set_rd(pkt.get(), false); // RFC 2136 §2.2: Z bits zero
    const LdnsKey ldnsKey(key);
    if (ldns_pkt_tsig_sign(pkt.get(),
                           ldnsKey.name.constData(),
                           ldnsKey.secret.constData(),
                           Fudge,
                           ldnsKey.algorithm.constData(),
                           nullptr)
        != LDNS_STATUS_OK)
        return invalid(Tr::tr("the TSIG key %1 cannot sign").arg(key.name));
    const ldns_rdf *mac = ldns_rr_rdf(ldns_pkt_tsig(pkt.get()), 3);
    if (requestMac && mac)
        *requestMac = QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(mac)),
                                 qsizetype(ldns_rdf_size(mac)));
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, pkt.get(), &size) != LDNS_STATUS_OK)
        return invalid(request.zone);
    QByteArray message(reinterpret_cast<const char *>(wire), qsizetype(size));
    free(wire);
    return message;
}

UpdateResult interpretUpdateResponse(const QByteArray &wire,
                                     quint16 id,
                                     const TsigKey &key,
                                     const QByteArray &requestMac)
{
    ldns_pkt *parsed = nullptr;
    if (ldns_wire2pkt(&parsed, reinterpret_cast<const uint8_t *>(wire.constData()), wire.size())
        != LDNS_STATUS_OK)
        return failed(UpdateOutcome::ServerFailure,
                      Tr::tr("the answer to the update is malformed"));
    const Pkt response(parsed);
    if (ldns_pkt_id(response.get()) != id)
        return failed(UpdateOutcome::ServerFailure, Tr::tr("the answer is for another message"));
    const int rcode = ldns_pkt_get_rcode(response.get());
    int tsigError = 0;
    if (const ldns_rr *tsig = ldns_pkt_tsig(response.get()); tsig && ldns_rr_rd_count(tsig) > 5)
        tsigError = ldns_rdf2native_int16(ldns_rr_rdf(tsig, 5));
    UpdateResult result{UpdateOutcome::ServerFailure, rcode, tsigError, {}};
    switch (tsigError) { // RFC 8945 §5.3.2: the key was refused; the rcode is NOTAUTH
    case BadKey:
        result.outcome = UpdateOutcome::BadKey;
        result.detail = Tr::tr("the server does not accept the TSIG key %1 here: it does not know "
                               "it, or the key may not update this zone (BADKEY)")
                            .arg(key.name);
        return result;
    case BadSig:
        result.outcome = UpdateOutcome::BadSignature;
        result.detail = Tr::tr("the signature with the TSIG key %1 is wrong: check its secret "
                               "(BADSIG)")
                            .arg(key.name);
        return result;
    case BadTime:
        result.outcome = UpdateOutcome::BadTime;
        result.detail = Tr::tr("the server's clock and this computer's differ by more than %1 s "
                               "(BADTIME)")
                            .arg(Fudge);
        return result;
    default:
        break;
    }
    switch (rcode) { // RFC 2136 §2.2
    case LDNS_RCODE_NOERROR: {
        // Only a success the server signed is believed (RFC 8945 §5.3).
        const LdnsKey ldnsKey(key);
        const Rdf mac(ldns_rdf_new_frm_data(
            LDNS_RDF_TYPE_INT16_DATA, size_t(requestMac.size()), requestMac.constData()));
        Pkt copy;
        ldns_pkt *again = nullptr;
        if (ldns_wire2pkt(&again, reinterpret_cast<const uint8_t *>(wire.constData()), wire.size())
            == LDNS_STATUS_OK)
            copy.reset(again);
        if (!copy || !mac
            || !ldns_pkt_tsig_verify(copy.get(),
                                     reinterpret_cast<const uint8_t *>(wire.constData()),
                                     size_t(wire.size()),
                                     ldnsKey.name.constData(),
                                     ldnsKey.secret.constData(),
                                     mac.get())) {
            result.outcome = UpdateOutcome::Unsigned;
            result.detail = Tr::tr("the server's answer is not signed with the TSIG key %1: "
                                   "whether the change was made is unknown")
                                .arg(key.name);
            return result;
        }
        result.outcome = UpdateOutcome::Applied;
        return result;
    }
    case LDNS_RCODE_YXDOMAIN:
    case LDNS_RCODE_YXRRSET:
    case LDNS_RCODE_NXDOMAIN:
    case LDNS_RCODE_NXRRSET:
        result.outcome = UpdateOutcome::PrerequisiteFailed;
        result.detail = Tr::tr("the records are no longer what they were: nothing was changed");
        return result;
    case LDNS_RCODE_REFUSED:
        result.outcome = UpdateOutcome::Refused;
        result.detail = Tr::tr("the server refused the update (REFUSED): the key may not change "
                               "this zone or name");
        return result;
    case LDNS_RCODE_NOTAUTH:
        result.outcome = UpdateOutcome::NotAuthorized;
        result.detail = Tr::tr("the server is not authoritative for the zone, or refused the key "
                               "(NOTAUTH)");
        return result;
    case LDNS_RCODE_NOTZONE:
        result.outcome = UpdateOutcome::NotZone;
        result.detail = Tr::tr("a name of the update is outside the zone (NOTZONE)");
        return result;
    default:
        result.detail = Tr::tr("the server could not apply the update (rcode %1)").arg(rcode);
        return result;
    }
}

QFuture<UpdateResult> sendUpdate(const NameServer &primary,
                                 const UpdateRequest &request,
                                 const TsigKey &key,
                                 int timeoutMs,
                                 QObject *context)
{
    const auto id = quint16(QRandomGenerator::system()->generate() & 0xffff);
    QByteArray requestMac;
    const Result<QByteArray> message = buildUpdate(id, request, key, &requestMac);
    if (!message)
        return QtFuture::makeReadyFuture(
            failed(UpdateOutcome::ServerFailure, message.error().detail));
    auto *exchange = new UpdateExchange(primary, *message, id, key, requestMac, timeoutMs, context);
    return exchange->future();
}

} // namespace Sceau::Dns
