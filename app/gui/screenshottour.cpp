// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "entities/entitychartview.h"
#include "mainwindow.h"
#include "session/filterstate.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QPainter>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Background work (search, overview, article load) lands well within this on a loaded two-core machine.
constexpr int settleMs = 1800;

void raiseDock(MainWindow *window, const QString &name)
{
    if (auto *dock = window->findChild<QDockWidget *>(name)) {
        dock->show();
        dock->raise();
    }
}

void showEntityTab(MainWindow *window, int index)
{
    if (auto *dock = window->findChild<QDockWidget *>(u"entityDock"_s))
        if (auto *tabs = qobject_cast<QTabWidget *>(dock->widget()))
            tabs->setCurrentIndex(index);
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &folder)
    : QObject(window)
    , m_window(window)
    , m_folder(folder)
{
    FilterState *filter = window->filterState();
    m_steps = {
        { u"mainwindow.png"_s, [] {} },
        { u"search.png"_s, [filter] { filter->setQuery(u"sasac deepseek"_s); } },
        { u"search-chinese.png"_s, [filter] { filter->setQuery(u"医院 大模型"_s); } },
        { u"timeline-brushed.png"_s,
          [filter, window] {
              filter->clear();
              window->timelineView()->setVisibleRange(QDate(2023, 1, 1), QDate(2026, 1, 1));
              filter->setDateRange(QDate(2025, 2, 1), QDate(2025, 3, 31));
          } },
        { u"entity-selected.png"_s,
          [filter, window] {
              filter->clear();
              const QStringList top = window->entityCharts()->shownEntities();
              if (!top.isEmpty())
                  filter->addEntity(top.first());
          } },
        { u"entity-table.png"_s, [window] { showEntityTab(window, 1); } },
        { u"dark.png"_s,
          [filter, window] {
              showEntityTab(window, 0);
              filter->clear();
              filter->setQuery(u"deepseek hospital"_s);
              window->setDarkPalette(true);
          } },
        { u"annotations.png"_s,
          [filter, window] {
              window->setDarkPalette(false);
              filter->clear();
              raiseDock(window, u"annotationsDock"_s);
          } },
        { u"report.png"_s,
          [filter, window] {
              window->setDarkPalette(false);
              filter->clear();
              raiseDock(window, u"reportDock"_s);
          } },
        { u"jobs.png"_s,
          [filter, window] {
              window->setDarkPalette(false);
              filter->clear();
              raiseDock(window, u"jobsDock"_s);
          } },
        { u"settings.png"_s, [window] { window->showSettings(); } },
    };
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    QTimer::singleShot(settleMs * 2, this, [this] { runStep(0); });
}

void ScreenshotTour::runStep(int index)
{
    if (index >= m_steps.size()) {
        QApplication::quit();
        return;
    }
    m_steps.at(index).act();
    QTimer::singleShot(settleMs, this, [this, index] {
        shoot(m_steps.at(index).file);
        runStep(index + 1);
    });
}

void ScreenshotTour::shoot(const QString &file)
{
    const QString path = QDir(m_folder).filePath(file);
    picture(m_window).save(path);
}

QImage ScreenshotTour::picture(QWidget *window)
{
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    for (QDialog *dialog : window->findChildren<QDialog *>()) {
        if (!dialog->isVisible())
            continue;
        // An offscreen grab has no window manager: the window is dimmed behind the dialog, and the dialog gets a
        // plain title bar and frame so that its title shows.
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60));
        const QPixmap shown = dialog->grab();
        const QSize size = shown.size() / shown.devicePixelRatio();
        QFont bold = dialog->font();
        bold.setBold(true);
        const int titleHeight = QFontMetrics(bold).height() + 10;
        const QRect place(
            QPoint((image.width() - size.width()) / 2, (image.height() - size.height() + titleHeight) / 2), size);
        const QRect title(place.left(), place.top() - titleHeight, place.width(), titleHeight);
        const QPalette &palette = dialog->palette();
        painter.fillRect(title, palette.color(QPalette::Window).darker(112));
        painter.setFont(bold);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(title, Qt::AlignCenter, dialog->windowTitle());
        painter.drawPixmap(place, shown);
        painter.setPen(palette.color(QPalette::Shadow));
        painter.drawRect(title.united(place).adjusted(-1, -1, 0, 0));
    }
    return image;
}

} // namespace casebook
