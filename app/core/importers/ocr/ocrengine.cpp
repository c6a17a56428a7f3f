// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrengine.h"

#include "importers/paged/pageparagraphs.h"
#include "util/casebookerror.h"
#include "util/threadpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// Tesseract reads scans best near 300 dpi; below ~20 px per line of text it misreads, so screenshots (about
/// 96 dpi, 12–16 px text) are enlarged before OCR.
constexpr int screenshotDotsPerInch = 96;
constexpr int minimumScanDotsPerInch = 200;

/// The Tesseract models installed beside the program, or empty to use Tesseract's own default (Debian's package).
QByteArray bundledTessdata()
{
    if (qEnvironmentVariableIsSet("TESSDATA_PREFIX") || !QCoreApplication::instance())
        return {};
    const QDir folder(QCoreApplication::applicationDirPath() + u"/../share/tessdata"_s);
    return folder.exists() ? QFile::encodeName(folder.absolutePath()) : QByteArray();
}

std::unique_ptr<tesseract::TessBaseAPI> startEngine(const QString &languages)
{
    auto engine = std::make_unique<tesseract::TessBaseAPI>();
    // Logs of its own ("Detected 12 diacritics") would fill the terminal; errors come back as results.
    engine->SetVariable("debug_file", "/dev/null");
    // The default data path (TESSDATA_PREFIX or the distribution's folder), unless the Windows installer or the
    // macOS bundle brought the models along (<program folder>/../share/tessdata); LSTM only, as the installed
    // models are.
    const QByteArray bundledModels = bundledTessdata();
    if (engine->Init(bundledModels.isEmpty() ? nullptr : bundledModels.constData(), languages.toUtf8().constData(),
                     tesseract::OEM_LSTM_ONLY)
        != 0)
        throw CasebookError(u"cannot be read by OCR: Tesseract has no data for the languages '%1' (install "
                            u"tesseract-ocr-LANG, or choose others with --ocr-languages)"_s.arg(languages));
    // The API's default is one uniform block of text; pages have columns, headings and captions, which the
    // automatic layout analysis (the command-line tool's default) finds.
    engine->SetPageSegMode(tesseract::PSM_AUTO);
    return engine;
}

/// This thread's engines, one per language set, kept for the thread's life.
tesseract::TessBaseAPI &engineFor(const QString &languages)
{
    thread_local std::map<QString, std::unique_ptr<tesseract::TessBaseAPI>> engines;
    auto found = engines.find(languages);
    if (found == engines.end())
        found = engines.emplace(languages, startEngine(languages)).first;
    return *found->second;
}

bool shouldCancel(void *limits, int /*words*/)
{
    return static_cast<const ReadLimits *>(limits)->shouldStop();
}

bool isBlank(const QImage &gray)
{
    // A page with no ink at all (every pixel within a few levels of the first) has nothing to read.
    const uchar first = gray.constScanLine(0)[0];
    for (int y = 0; y < gray.height(); y += 2) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += 2)
            if (std::abs(int(line[x]) - int(first)) > 24)
                return false;
    }
    return true;
}

} // namespace

OcrEngine::OcrEngine(int threads)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    m_pool.setExpiryTimeout(-1); // threads, and the engines they hold, live as long as the pool
}

OcrEngine::~OcrEngine()
{
    m_pool.waitForDone();
}

OcrEngine &OcrEngine::shared()
{
    static OcrEngine engine;
    return engine;
}

QFuture<LaidOutPage> OcrEngine::recognise(std::function<QImage()> render, int pageNumber, const OcrSettings &settings,
                                          const ReadLimits &limits)
{
    return QtConcurrent::run(&m_pool, [render = std::move(render), pageNumber, settings, limits] {
        makeCurrentThreadBackground();
        limits.throwIfStopped();
        const QImage image = render();
        limits.throwIfStopped();
        return recogniseHere(image, int(std::lround(image.dotsPerMeterX() * 0.0254)), pageNumber, settings, limits);
    });
}

LaidOutPage OcrEngine::recogniseHere(const QImage &image, int dotsPerInch, int pageNumber, const OcrSettings &settings,
                                     const ReadLimits &limits)
{
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        throw CasebookError(u"has a page (%1) that could not be turned into an image for OCR"_s.arg(pageNumber));
    LaidOutPage page;
    page.number = pageNumber;
    page.method = ArticlePage::Method::Ocr;

    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int resolution = dotsPerInch > 0 ? dotsPerInch : screenshotDotsPerInch;
    if (resolution < minimumScanDotsPerInch) {
        const double scale = double(minimumScanDotsPerInch * 3 / 2) / resolution;
        gray = gray.scaled(int(gray.width() * scale), int(gray.height() * scale), Qt::IgnoreAspectRatio,
                           Qt::SmoothTransformation);
        resolution = int(resolution * scale);
    }
    page.size = gray.size();
    if (isBlank(gray))
        return page;

    tesseract::TessBaseAPI &engine = engineFor(settings.languages);
    engine.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    engine.SetSourceResolution(resolution);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &shouldCancel;
    monitor.cancel_this = const_cast<ReadLimits *>(&limits);
    if (engine.Recognize(&monitor) != 0) {
        engine.Clear();
        limits.throwIfStopped();
        throw CasebookError(u"has a page (%1) that OCR could not read"_s.arg(pageNumber));
    }
    limits.throwIfStopped(); // a cancelled Recognize returns what it read so far

    std::unique_ptr<tesseract::ResultIterator> lines(engine.GetIterator());
    if (lines && !lines->Empty(tesseract::RIL_TEXTLINE)) {
        do {
            if (lines->Empty(tesseract::RIL_TEXTLINE))
                continue;
            const std::unique_ptr<char[]> utf8(lines->GetUTF8Text(tesseract::RIL_TEXTLINE));
            const QString text = PageParagraphs::withoutSpacesBetweenCjk(QString::fromUtf8(utf8.get()).trimmed());
            // specks, rules and scribbles come back as lines of marks ("\\)", "—_~"): no letter, no text
            if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            lines->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
            LaidOutLine line;
            line.text = text;
            line.box = QRectF(left, top, right - left, bottom - top);
            line.startsParagraph = page.lines.isEmpty() || lines->IsAtBeginningOf(tesseract::RIL_PARA);
            page.lines.append(line);
        } while (lines->Next(tesseract::RIL_TEXTLINE));
    }
    page.ocrConfidence = page.lines.isEmpty() ? 0.0 : double(engine.MeanTextConf());
    engine.Clear();
    return page;
}

void OcrEngine::checkLanguages(const OcrSettings &settings)
{
    startEngine(settings.languages); // and let it go: the calling thread reads no pages
}

} // namespace casebook
