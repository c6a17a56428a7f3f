// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerregistry.h"

#include "html/htmlimporter.h"
#include "markdownimporter.h"
#include "ocr/imageimporter.h"
#include "pdf/pdfimporter.h"
#include "plaintextimporter.h"
#include "unsupportedformatimporter.h"
#include "util/casebookerror.h"
#include "util/invisiblecharacters.h"

using namespace Qt::StringLiterals;

namespace casebook {

ImporterRegistry ImporterRegistry::withDefaultImporters(const OcrSettings &ocr)
{
    ImporterRegistry registry;
    registry.add(std::make_unique<PlainTextImporter>());
    registry.add(std::make_unique<HtmlImporter>());
    registry.add(std::make_unique<MarkdownImporter>());
    registry.add(std::make_unique<PdfImporter>(ocr));
    registry.add(std::make_unique<ImageImporter>(ocr));
    registry.add(std::make_unique<UnsupportedFormatImporter>());
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

const Importer *ImporterRegistry::importerFor(const SourceFile &file) const
{
    const Importer *best = nullptr;
    int bestConfidence = 0;
    for (const auto &importer : m_importers) {
        const int confidence = importer->confidence(file);
        if (confidence > bestConfidence) {
            best = importer.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

ImportedArticle ImporterRegistry::read(const SourceFile &file) const
{
    const Importer *importer = importerFor(file);
    if (!importer)
        throw CasebookError(u"no importer can read files of this kind"_s);
    ImportedArticle article = importer->read(file);
    // One rule for every importer: what the reader does not see is not stored, indexed or analysed.
    article.text = unicode::withoutInvisibles(article.text);
    for (const ArticleField field : { ArticleField::Title, ArticleField::Author, ArticleField::Source })
        if (const QString value = article.meta.value(field); !value.isEmpty())
            article.meta.setValue(field, unicode::withoutInvisibles(value), article.meta.origin(field));
    article.computeHashes();
    return article;
}

} // namespace casebook
