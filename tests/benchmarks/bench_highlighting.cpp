// SPDX-License-Identifier: GPL-3.0-or-later
// Click to a fully highlighted article: the document pane showing a generated 300 KB article with every entity
// mention and search hit coloured, beside two baselines measured in the same run — the same text without any
// highlight (the floor: QPlainTextEdit::setPlainText and a paint), and the same highlights drawn the way the pane
// used to, one QTextEdit::ExtraSelection (a QTextCursor) per highlight. Figures, not pass/fail:
//     bench_highlighting [KB]            (or ctest -L benchmark)
#include "documentpane/documentview.h"
#include "entities/entitycolors.h"
#include "syntheticcorpus.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// Median and worst of `rounds` runs of `show`, each followed by a full paint of `widget`.
std::pair<double, double> timeRuns(QWidget *widget, const std::function<void()> &show, int rounds = 5)
{
    std::vector<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        show();
        widget->repaint();
        times.push_back(clock.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    return { times[times.size() / 2], times.back() };
}

/// The pane's former way: one extra selection, holding its own cursor, per highlight.
void showWithExtraSelections(QPlainTextEdit *edit, const QString &text, const QList<Highlight> &highlights)
{
    edit->setExtraSelections({});
    edit->setPlainText(text);
    QList<QTextEdit::ExtraSelection> selections;
    for (const Highlight &highlight : highlights) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(edit->document());
        selection.cursor.setPosition(int(highlight.start));
        selection.cursor.setPosition(int(highlight.end), QTextCursor::KeepAnchor);
        selection.format.setBackground(highlight.color);
        selections.append(selection);
    }
    edit->setExtraSelections(selections);
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int kilobytes = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 300;

    // A generated article (the narrow vocabulary: names in every sentence, the most highlights per kilobyte).
    const bench::SyntheticCorpus corpus;
    const bench::SyntheticArticle synthetic = corpus.article(4242, kilobytes * 1024, false);
    Article article;
    article.id = 1;
    article.text = synthetic.text;
    article.meta.title = synthetic.title;
    article.meta.source = synthetic.source;
    QList<EntityMark> marks;
    for (const bench::SyntheticArticle::Mention &mention : synthetic.mentions)
        marks.append({ mention.start, mention.start + mention.length, mention.type,
                       synthetic.text.mid(mention.start, mention.length) });
    // Search hits: every "hospital", as a search for it would give.
    QList<Highlight> hits;
    static const QRegularExpression word(u"hospital"_s, QRegularExpression::CaseInsensitiveOption);
    for (auto it = word.globalMatch(synthetic.text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        hits.append({ match.capturedStart(), match.capturedEnd(), QColor(255, 230, 80), {} });
    }
    QList<Highlight> all;
    for (const EntityMark &mark : std::as_const(marks))
        all.append({ mark.start, mark.end, entityColor(mark.type), {} });
    all += hits;
    std::printf("bench highlighting: a %lld-character article, %lld entity mentions and %lld search hits, in a "
                "1000x800 pane\n",
                static_cast<long long>(synthetic.text.size()), static_cast<long long>(marks.size()),
                static_cast<long long>(hits.size()));

    DocumentView view;
    view.resize(1000, 800);
    view.show();
    QCoreApplication::processEvents();
    const auto [plainMedian, plainWorst] = timeRuns(&view, [&] { view.showArticle(article); });
    const auto [fullMedian, fullWorst] = timeRuns(&view, [&] { view.showArticle(article, marks, hits); });
    const auto [nextMedian, nextWorst] = timeRuns(&view, [&] { view.nextHit(); });
    const auto [toggleMedian, toggleWorst] = timeRuns(&view, [&] {
        view.setEntityTypeVisible(EntityType::Organisation, !view.isEntityTypeVisible(EntityType::Organisation));
    });
    view.setEntityTypeVisible(EntityType::Organisation, true);
    view.showArticle(article, marks, hits);
    const QString shots = QDir::currentPath() + u"/screenshots"_s;
    QDir().mkpath(shots);
    view.grab().save(shots + u"/highlighted-article.png"_s);

    QPlainTextEdit former;
    former.resize(1000, 800);
    former.show();
    QCoreApplication::processEvents();
    const auto [formerMedian, formerWorst]
        = timeRuns(&former, [&] { showWithExtraSelections(&former, synthetic.text, all); });

    std::printf("  no highlights (baseline: set the text, paint)   median %7.1f ms, worst %7.1f ms\n", plainMedian,
                plainWorst);
    std::printf(
        "  every highlight, per-block layout formats        median %7.1f ms, worst %7.1f ms  (+%.1f ms over the "
        "baseline)\n",
        fullMedian, fullWorst, fullMedian - plainMedian);
    std::printf("  every highlight, one ExtraSelection each (before) median %7.1f ms, worst %7.1f ms  (%.1fx the "
                "layout formats)\n",
                formerMedian, formerWorst, formerMedian / std::max(0.01, fullMedian));
    std::printf("  next hit (F3)                                    median %7.1f ms, worst %7.1f ms\n", nextMedian,
                nextWorst);
    std::printf("  switch a type of entity off or on                median %7.1f ms, worst %7.1f ms\n", toggleMedian,
                toggleWorst);
    std::printf("  screenshot: %s/highlighted-article.png\n", qPrintable(shots));
    return 0;
}
