#include "app/cli/secrets/secretinput.h"

#include "app/cli/tr.h"
#include "model/secrets/wipe.h"

#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace Sceau::Cli {

Result<QByteArray> readSecret(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    // Byte by byte up to the first line end: nothing after it is read, nothing is buffered
    // anywhere but here.
    QByteArray secret;
    secret.reserve(MaxSecretBytes + 1);
    bool tooLong = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        if (secret.size() >= MaxSecretBytes) {
            tooLong = true;
            break;
        }
        secret.append(c);
    }
    c = 0;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << '\n' << Qt::flush;
    }
    if (secret.endsWith('\r'))
        secret.chop(1);
    if (tooLong || secret.isEmpty()) {
        Secrets::wipe(secret);
        return Error{ErrorCode::InvalidInput,
                     tooLong ? Tr::tr("the secret is longer than %1 bytes").arg(MaxSecretBytes)
                             : Tr::tr("no secret on standard input")};
    }
    return secret;
}

} // namespace Sceau::Cli
