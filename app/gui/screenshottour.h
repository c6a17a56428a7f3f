// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <functional>

namespace casebook {

class MainWindow;

/// Drives the window through each view — search, a brushed timeline, a clicked entity, the entity table, a
/// Chinese article, the dark palette, the jobs panel, the settings — and saves a screenshot of each into a folder, then
/// quits. `casebook BOOK --tour DIR` runs it; scripts/screenshots.sh keeps docs/screenshots current with it.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &folder);
    void start();
    /// The window as a person sees it: with the dialog it shows (settings, welcome) drawn over its middle.
    static QImage picture(QWidget *window);

private:
    struct Step
    {
        QString file;
        std::function<void()> act;
    };
    void runStep(int index);
    void shoot(const QString &file);

    MainWindow *m_window = nullptr;
    QString m_folder;
    QList<Step> m_steps;
};

} // namespace casebook
