// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Language codes in the order of the language box, after "the system's".
const QStringList interfaceLanguages { u"en"_s, u"zh_CN"_s };
/// Theme values in the order of the theme box.
const QList<Theme> themes { Theme::System, Theme::Light, Theme::Dark };

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, const QStringList &installedOcrLanguages, QWidget *parent)
    : QDialog(parent)
    , m_installedOcr(installedOcrLanguages)
{
    setObjectName(u"settingsDialog"_s);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"interfaceLanguage"_s);
    m_language->addItem(QString(), QString());
    // Each language is named in itself, so that someone who cannot read the current one still finds theirs.
    m_language->addItem(u"English"_s, interfaceLanguages.at(0));
    m_language->addItem(u"简体中文"_s, interfaceLanguages.at(1));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_languageNote = note(this);
    m_languageLabel->setBuddy(m_language);

    m_ocrLabel = new QLabel(this);
    m_ocr = new QListWidget(this);
    m_ocr->setObjectName(u"ocrLanguages"_s);
    m_ocr->setMaximumHeight(m_ocr->fontMetrics().height() * 7);
    m_ocrNote = note(this);
    m_ocrLabel->setBuddy(m_ocr);
    fillOcrLanguages(current.ocrLanguages, installedOcrLanguages);

    m_themeLabel = new QLabel(this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"theme"_s);
    for (qsizetype i = 0; i < themes.size(); ++i)
        m_theme->addItem(QString());
    m_theme->setCurrentIndex(int(std::max<qsizetype>(0, themes.indexOf(current.theme))));
    m_themeLabel->setBuddy(m_theme);

    m_threadsLabel = new QLabel(this);
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(u"workerThreads"_s);
    m_threads->setRange(0, std::max(64, QThread::idealThreadCount() * 4));
    m_threads->setValue(current.workerThreads);
    m_threadsNote = note(this);
    m_threadsLabel->setBuddy(m_threads);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_ocrLabel, m_ocr);
    form->addRow(QString(), m_ocrNote);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_threadsLabel, m_threads);
    form->addRow(QString(), m_threadsNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied(settings());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { Q_EMIT applied(settings()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslate();
    setMinimumWidth(560);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings chosen;
    chosen.language = m_language->currentData().toString();
    QStringList ocr;
    for (int row = 0; row < m_ocr->count(); ++row)
        if (m_ocr->item(row)->checkState() == Qt::Checked)
            ocr.append(m_ocr->item(row)->data(Qt::UserRole).toString());
    chosen.ocrLanguages = ocr.join(u'+');
    chosen.theme = themes.value(m_theme->currentIndex(), Theme::System);
    chosen.workerThreads = m_threads->value();
    return chosen;
}

void SettingsDialog::fillOcrLanguages(const QString &chosen, const QStringList &installed)
{
    // The chosen languages first and in their order (OCR tries them in it), then the others installed.
    const QStringList picked = chosen.split(u'+', Qt::SkipEmptyParts);
    QStringList rows = picked;
    for (const QString &code : installed)
        if (!rows.contains(code))
            rows.append(code);
    for (const QString &code : std::as_const(rows)) {
        auto *item = new QListWidgetItem(m_ocr);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(picked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

QString SettingsDialog::ocrLanguageName(const QString &code)
{
    // Tesseract's codes are ISO 639-2 with variants: chi_sim, chi_tra, chi_sim_vert, deu_latf.
    const QStringList parts = code.split(u'_');
    const QLocale::Language language = QLocale::codeToLanguage(parts.first());
    const QLocale::Script script = parts.contains(u"sim"_s) ? QLocale::SimplifiedHanScript
        : parts.contains(u"tra"_s)                          ? QLocale::TraditionalHanScript
                                                            : QLocale::AnyScript;
    // Each language named in itself (简体中文, 繁體中文, Deutsch); English plainly, not as its American variant.
    QString name = language == QLocale::AnyLanguage ? code
        : language == QLocale::English              ? u"English"_s
                                       : QLocale(language, script, QLocale::AnyTerritory).nativeLanguageName();
    if (parts.contains(u"vert"_s))
        name += u" · "_s + tr("vertical");
    return tr("%1 (%2)").arg(name, code);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("Interface &language:"));
    const QString systemLanguage = QLocale::system().nativeLanguageName(); // empty for the C locale
    m_language->setItemText(
        0, systemLanguage.isEmpty() ? tr("The system's") : tr("The system's (%1)").arg(systemLanguage));
    m_languageNote->setText(tr("Dialogs use a new language at once; the menus and panels of open windows change "
                               "when Casebook next starts."));
    m_ocrLabel->setText(tr("&OCR languages:"));
    for (int row = 0; row < m_ocr->count(); ++row) {
        QListWidgetItem *item = m_ocr->item(row);
        const QString code = item->data(Qt::UserRole).toString();
        item->setText(m_installedOcr.contains(code) ? ocrLanguageName(code)
                                                    : tr("%1 — not installed").arg(ocrLanguageName(code)));
    }
    m_ocrNote->setText(m_installedOcr.isEmpty()
                           ? tr("Tesseract has no language data here: install tesseract-ocr-eng, "
                                "tesseract-ocr-chi-sim or others to read scans and images.")
                           : tr("For PDFs without a text layer and for images, from the next import on. More "
                                "languages come with the tesseract-ocr-* packages."));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("The system's"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_threadsLabel->setText(tr("&Worker threads:"));
    m_threads->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_threadsNote->setText(tr("Threads that read, analyse and OCR during imports; an import already running keeps "
                              "its count."));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace casebook
