#include "model/publish/networkerror.h"

#include "model/publish/tr.h"

namespace Sceau::Publish {

QString networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("the server's name was not found in the DNS");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Tr::tr("the server did not answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("the server's certificate is not trusted, or TLS could not be set up");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Tr::tr("the network is unreachable");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Tr::tr("the proxy could not be used");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("the server redirected the request elsewhere");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Tr::tr("the server's answer was not valid HTTP");
    default:
        break;
    }
    //: %1 the number of a network error (QNetworkReply::NetworkError), when none of the above
    return Tr::tr("network error %1").arg(int(error));
}

} // namespace Sceau::Publish
