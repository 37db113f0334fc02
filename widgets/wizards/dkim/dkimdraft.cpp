#include "widgets/wizards/dkim/dkimdraft.h"

#include "model/dkim/keyrecord.h"

namespace Sceau::Widgets {

QString DkimDraft::recordText() const
{
    if (!key)
        return {};
    Dkim::RecordOptions options;
    options.testing = testing;
    return Dkim::recordForKey(key->spec.algorithm, key->publicKeyData, options).toText();
}

QString DkimDraft::zoneLine() const
{
    return key ? Dkim::zoneLine(selector, domain, recordText()) : QString();
}

} // namespace Sceau::Widgets
