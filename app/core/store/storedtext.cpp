// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtext.h"

#include "util/casebookerror.h"
#include "util/zstdcodec.h"

#include <cstring>
#include <sqlite3.h>
#include <string_view>

using namespace Qt::StringLiterals;

namespace casebook::StoredText {

namespace {

/// casebook_text(id, text, text_compression): the article's text as UTF-8 text, whichever way it is stored.
void plainText(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *compression = reinterpret_cast<const char *>(sqlite3_value_text(argv[2]));
    const std::string_view kind = compression ? compression : "none";
    if (kind == "none") {
        sqlite3_result_value(context, argv[1]);
        return;
    }
    const sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    QString problem;
    if (kind == "zstd") {
        const auto *frame = static_cast<const char *>(sqlite3_value_blob(argv[1]));
        const int frameBytes = sqlite3_value_bytes(argv[1]);
        try {
            const QByteArray utf8 = Zstd::decompress(QByteArrayView(frame, frameBytes));
            sqlite3_result_text64(context, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                  SQLITE_UTF8);
            return;
        } catch (const CasebookError &error) {
            problem = error.message();
        } catch (const std::bad_alloc &) {
            sqlite3_result_error_nomem(context);
            return;
        }
    } else {
        problem
            = u"it is stored in an unknown way (\"%1\")"_s.arg(QString::fromUtf8(kind.data(), qsizetype(kind.size())));
    }
    const QByteArray message = u"The text of article %1 is damaged: %2."_s.arg(id).arg(problem).toUtf8();
    sqlite3_result_error(context, message.constData(), int(message.size()));
}

} // namespace

QString plainTextSql(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    return u"%1(%2id, %2text, %2text_compression)"_s.arg(QLatin1StringView(functionName), prefix);
}

QByteArray compress(const QString &text)
{
    return Zstd::compress(text.toUtf8());
}

QByteArray compressOriginal(QByteArrayView original, const QString &text)
{
    return Zstd::compress(original, Zstd::defaultLevel, text.toUtf8());
}

void registerFunctions(sqlite3 *db)
{
    // Deterministic and innocuous: a view and triggers in the schema call it.
    const int rc
        = sqlite3_create_function_v2(db, functionName, 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     nullptr, plainText, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw CasebookError(
            u"Cannot register the function that reads article text: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace casebook::StoredText
