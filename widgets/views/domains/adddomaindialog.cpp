#include "widgets/views/domains/adddomaindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Sceau::Widgets {

AddDomainDialog::AddDomainDialog(QWidget *parent)
    : QDialog(parent)
    , m_domain(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addDomainDialog"));
    setWindowTitle(tr("Add a domain"));
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_client->setObjectName(QStringLiteral("clientLineEdit"));
    //: placeholder: the client a domain belongs to (for service providers)
    m_client->setPlaceholderText(tr("optional, e.g. Dupont & Fils"));
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    //: placeholder: tags separated by commas
    m_tags->setPlaceholderText(tr("optional, e.g. production, eu"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Tags:"), m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        static const QRegularExpression separators(QStringLiteral("\\s*,\\s*"));
        emit domainEntered(m_domain->text(),
                           m_client->text().trimmed(),
                           m_tags->text().trimmed().split(separators, Qt::SkipEmptyParts));
    });
}

void AddDomainDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_domain->setFocus();
}

} // namespace Sceau::Widgets
