// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace casebook::bench {

/// Real articles (text files the caller names, e.g. the shared seed corpus) set on A4 pages the way a printed
/// brief or a saved web page would be, for the PDF and OCR benchmarks. Needs a QGuiApplication (fonts).
class PaperPages
{
public:
    struct Line
    {
        QPointF baseline; ///< in points from the page's top left
        QString text;
    };
    using Page = QList<Line>;

    /// Lays out the text files in `folder` (*.txt, sorted), one after the other, until they end or `maxPages`
    /// pages are full. Throws CasebookError when the folder holds no text.
    static PaperPages fromFolder(const QString &folder, int maxPages);
    /// Each text file in `folder` on pages of its own, as each article would be saved as a PDF.
    static QList<PaperPages> eachArticleIn(const QString &folder);

    const QList<Page> &pages() const { return m_pages; }
    /// The text file the pages were set from (eachArticleIn() only).
    const QString &source() const { return m_source; }
    /// The words the pages hold, for checking what a reader got back.
    QString text() const;

    /// All pages as one PDF with a text layer.
    QByteArray pdf() const;
    /// Page `index` as a 300 dpi grey scan, PNG-encoded.
    QByteArray scanPng(int index) const;

private:
    static PaperPages layOut(const QStringList &paragraphs, int maxPages);

    QList<Page> m_pages;
    QString m_source;
};

/// The share of the reference texts' words (three letters or more) that what a reader found contains, counted
/// with repeats, over every text added.
class WordRecall
{
public:
    void add(const QString &reference, const QString &found);
    double share() const { return m_total ? double(m_found) / double(m_total) : 0; }

private:
    qint64 m_found = 0;
    qint64 m_total = 0;
};

} // namespace casebook::bench
