// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "englishwords.h"
#include "tokenizer.h"
#include "util/casebookerror.h"
#include "util/unicodescript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

inline bool isLatinWordChar(QChar c)
{
    return c.isLetterOrNumber() && !unicode::isHan(c.unicode());
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CasebookError(u"Cannot read the built-in gazetteer %1: %2"_s.arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

/// The English names of the world's countries and their subdivisions (counties, states, provinces, regions) from
/// Debian's iso-codes (ISO 3166-1 and 3166-2): places no list of ours was written for ("from Dorset to Kent"). A
/// name that is also a plain English word ("Reading", "Bury", "Central") is left out, as is one with a note in
/// brackets or a comma ("Bristol, City of").
void addIsoPlaces(Gazetteer &gazetteer, const QString &folder)
{
    const EnglishWords &english = EnglishWords::builtIn();
    const auto addPlace = [&](QString name) {
        name = name.section(u" ["_s, 0, 0).trimmed();
        if (name.size() < 4 || name.contains(u',') || name.contains(u'(') || gazetteer.lookup(name) >= 0)
            return;
        if (!name.contains(u' ') && english.isCommon(name.toLower()))
            return;
        gazetteer.addName(name, EntityType::Place, name, true);
    };
    const struct
    {
        const char16_t *file;
        const char16_t *key;
    } standards[] = { { u"iso_3166-1.json", u"3166-1" }, { u"iso_3166-2.json", u"3166-2" } };
    for (const auto &standard : standards) {
        QFile file(folder + u'/' + QStringView(standard.file));
        if (!file.open(QIODevice::ReadOnly))
            continue; // iso-codes not installed: the built-in lists still hold the usual places
        const QJsonArray entries
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringView(standard.key)).toArray();
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            for (const char16_t *field : { u"common_name", u"name" })
                if (const QString name = entry.value(QStringView(field)).toString(); !name.isEmpty())
                    addPlace(name);
        }
    }
}

} // namespace

QString Gazetteer::isoCodesFolder()
{
    const QByteArray configured = qgetenv("CASEBOOK_ISO_CODES_DIR");
    return configured.isEmpty() ? u"/usr/share/iso-codes/json"_s : QString::fromLocal8Bit(configured);
}

Gazetteer::Gazetteer()
{
    m_terminal.push_back(-1); // the root
}

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer gazetteer = [] {
        Gazetteer g;
        const QDir dir(u":/gazetteers"_s);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const QString path = dir.filePath(name);
            if (name.endsWith(u".tsv"_s))
                g.addNames(readResource(path), name);
            else if (name.endsWith(u".txt"_s))
                g.addWords(name.chopped(4), readResource(path));
        }
        addIsoPlaces(g, isoCodesFolder());
        return g;
    }();
    return gazetteer;
}

void Gazetteer::addNames(const QString &tsv, const QString &sourceName)
{
    const QStringList lines = tsv.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2)
            throw CasebookError(u"%1, line %2: expected type<TAB>name<TAB>aliases"_s.arg(sourceName).arg(i + 1));
        const auto type = entityTypeFromName(fields[0]);
        if (!type)
            throw CasebookError(u"%1, line %2: unknown entity type '%3'"_s.arg(sourceName).arg(i + 1).arg(fields[0]));
        const QString canonical = fields[1].trimmed();
        addName(canonical, *type, canonical);
        if (fields.size() > 2)
            for (const QString &alias : fields[2].split(u'|', Qt::SkipEmptyParts))
                addName(alias.trimmed(), *type, canonical);
    }
}

void Gazetteer::addName(const QString &name, EntityType type, const QString &canonical, bool standaloneOnly)
{
    if (name.isEmpty())
        return;
    const QString key = entityTypeName(type) + u'\t' + canonical;
    int entryIndex = m_entryByCanonical.value(key, -1);
    if (entryIndex < 0) {
        entryIndex = int(m_entries.size());
        m_entries.push_back({ canonical, type, standaloneOnly });
        m_entryByCanonical.insert(key, entryIndex);
    }
    int node = 0;
    for (const QChar c : name) {
        const quint64 edge = (quint64(quint32(node)) << 16) | c.unicode();
        int next = m_edges.value(edge, -1);
        if (next < 0) {
            next = int(m_terminal.size());
            m_terminal.push_back(-1);
            m_edges.insert(edge, next);
        }
        node = next;
    }
    if (m_terminal[size_t(node)] < 0)
        m_terminal[size_t(node)] = entryIndex;
}

void Gazetteer::addWords(const QString &listName, const QString &text)
{
    QSet<QString> &set = m_words[listName];
    for (const QString &line : text.split(u'\n')) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            set.insert(word);
    }
}

const QSet<QString> &Gazetteer::words(const QString &listName) const
{
    static const QSet<QString> empty;
    const auto it = m_words.constFind(listName);
    return it == m_words.cend() ? empty : *it;
}

int Gazetteer::lookup(const QString &name) const
{
    int node = 0;
    for (const QChar c : name) {
        node = child(node, c.unicode());
        if (node < 0)
            return -1;
    }
    return m_terminal[size_t(node)];
}

QList<Gazetteer::Match> Gazetteer::findAll(QStringView text) const
{
    QList<Match> matches;
    const qsizetype n = text.size();
    qsizetype coveredUntil = 0; // a match never starts inside an earlier, longer one
    for (qsizetype i = 0; i < n; ++i) {
        const QChar first = text[i];
        const bool han = unicode::isHan(first.unicode());
        if (!han) {
            if (!first.isLetterOrNumber())
                continue;
            if (i > 0 && isLatinWordChar(text[i - 1]))
                continue; // only at the start of a word
        }
        int node = 0;
        int best = -1;
        qsizetype bestEnd = 0;
        for (qsizetype j = i; j < n; ++j) {
            node = child(node, text[j].unicode());
            if (node < 0)
                break;
            const int terminal = m_terminal[size_t(node)];
            if (terminal < 0)
                continue;
            const QChar last = text[j];
            // a product name may carry a version: Qwen3, GPT4
            const bool boundary = unicode::isHan(last.unicode()) || j + 1 >= n || !isLatinWordChar(text[j + 1])
                || (m_entries[size_t(terminal)].type == EntityType::Product && text[j + 1].isDigit());
            if (boundary) {
                best = terminal;
                bestEnd = j + 1;
            }
        }
        if (best >= 0 && (bestEnd > coveredUntil || i >= coveredUntil)) {
            if (i < coveredUntil)
                continue;
            matches.append({ i, bestEnd, best });
            coveredUntil = bestEnd;
        }
    }
    return matches;
}

} // namespace casebook
