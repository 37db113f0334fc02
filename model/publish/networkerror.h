#pragma once

#include <QNetworkReply>
#include <QString>

namespace Sceau {
namespace Publish {

// A translated sentence for a failed HTTPS request to a DNS provider's API
// (QNetworkReply::errorString() is English): each known code its own, others by number.
QString networkErrorText(QNetworkReply::NetworkError error);

} // namespace Publish
} // namespace Sceau
