// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace casebook {

/// Edit › Settings… (Preferences on macOS): the interface language, the OCR languages (those Tesseract has data for,
/// checked in the order OCR tries them), the theme and the worker threads. applied() hands the choice over on OK or
/// Apply; the dialog itself speaks a newly applied language at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `installedOcrLanguages` as OcrEngine::installedLanguages() lists them.
    SettingsDialog(const AppSettings &current, const QStringList &installedOcrLanguages, QWidget *parent = nullptr);

    /// What the dialog shows now.
    AppSettings settings() const;

    /// A Tesseract language code as a person reads it: "简体中文 (chi_sim)", "English (eng)".
    static QString ocrLanguageName(const QString &code);

Q_SIGNALS:
    void applied(const casebook::AppSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillOcrLanguages(const QString &chosen, const QStringList &installed);

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_ocrLabel = nullptr;
    QListWidget *m_ocr = nullptr;
    QLabel *m_ocrNote = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_threadsLabel = nullptr;
    QSpinBox *m_threads = nullptr;
    QLabel *m_threadsNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_installedOcr;
};

} // namespace casebook
