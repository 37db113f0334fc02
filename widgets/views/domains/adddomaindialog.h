#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Sceau {
namespace Widgets {

// Asks for a domain (a name or a pasted URL), a client name and tags (comma-separated) to add
// to the domains list. domainEntered() hands them over; the receiver adds the domain and
// either accepts the dialog or shows why not (showError), the dialog staying open.
class AddDomainDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddDomainDialog(QWidget *parent = nullptr);

    void showError(const QString &text);

signals:
    void domainEntered(const QString &domain, const QString &client, const QStringList &tags);

private:
    QLineEdit *m_domain;
    QLineEdit *m_client;
    QLineEdit *m_tags;
    QLabel *m_error;
};

} // namespace Widgets
} // namespace Sceau
