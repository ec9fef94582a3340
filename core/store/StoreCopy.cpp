#include "StoreCopy.h"

#include "store/BulkStatement.h"
#include "store/Migrator.h"

#include <QCoreApplication>

namespace cs::StoreCopy {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::StoreCopy)
};

/// A table's column names in table order.
Result<QStringList> columnsOf(Database& db, const QString& table)
{
    auto stmt =
        BulkStatement::prepare(db,
                               db.isServer() ? "SELECT attname::text FROM pg_catalog.pg_attribute WHERE attrelid "
                                               "= to_regclass(?) AND attnum > 0 AND NOT attisdropped ORDER BY "
                                               "attnum"
                                             : "SELECT name FROM pragma_table_info(?) ORDER BY cid",
                               Tr::tr("reading the columns of %1").arg(table));
    if (!stmt) {
        return stmt.error();
    }
    const QByteArray name = table.toUtf8();
    stmt->bindText(1, std::string_view(name.constData(), size_t(name.size())));
    QStringList columns;
    auto read = stmt->forEachRow([&](const BulkStatement& r) {
        const std::string_view c = r.columnText(0);
        columns.append(QString::fromUtf8(c.data(), qsizetype(c.size())));
        return true;
    });
    if (!read) {
        return read.error();
    }
    return columns;
}

/// Binds the source row's column `from` to parameter `index` as it is stored.
void bindAsStored(BulkStatement& insert, int index, const BulkStatement& row, int from)
{
    switch (row.columnType(from)) {
    case BulkStatement::ColumnType::Null:
        insert.bindNull(index);
        break;
    case BulkStatement::ColumnType::Integer:
        insert.bindInt(index, row.columnInt(from));
        break;
    case BulkStatement::ColumnType::Float:
        insert.bindDouble(index, row.columnDouble(from));
        break;
    case BulkStatement::ColumnType::Text:
        insert.bindText(index, row.columnText(from));
        break;
    case BulkStatement::ColumnType::Blob: {
        const std::string_view b = row.columnBlob(from);
        insert.bindBlob(index, b.data(), qsizetype(b.size()));
        break;
    }
    }
}

Status copyTable(Database& from, Database& to, const QString& table)
{
    auto target = columnsOf(to, table);
    if (!target) {
        return target.error();
    }
    const QStringList columns = target.value();
    const QByteArray select = QStringLiteral("SELECT * FROM %1").arg(table).toUtf8();
    auto rows = BulkStatement::prepare(from, select.constData(), Tr::tr("reading %1").arg(table));
    if (!rows) {
        return rows.error();
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u", "), marks.join(u", ")).toUtf8();
    auto insert = BulkStatement::prepare(to, sql.constData(), Tr::tr("copying %1").arg(table));
    if (!insert) {
        return insert.error();
    }
    insert->setRecoverable(false); // a refused row ends the copy
    Status failed;
    auto walked = rows->forEachRow([&](const BulkStatement& row) {
        // The source's columns by name; the seal key is `key` in a file and key_int / key_text on a server.
        QHash<QString, int> at;
        for (int c = 0; c < row.columnCount(); ++c) {
            at.insert(QString::fromUtf8(row.columnName(c)), c);
        }
        for (int i = 0; i < int(columns.size()); ++i) {
            const QString& name = columns[i];
            if (at.contains(name)) {
                bindAsStored(*insert, i + 1, row, at.value(name));
            } else if (name == u"key" && at.contains(QStringLiteral("key_int"))) {
                const int c = at.value(QStringLiteral("key_int"));
                bindAsStored(*insert, i + 1, row, row.columnIsNull(c) ? c + 1 : c);
            } else if (name == u"key_int" && at.contains(QStringLiteral("key"))) {
                const int c = at.value(QStringLiteral("key"));
                row.columnType(c) == BulkStatement::ColumnType::Integer ? insert->bindInt(i + 1, row.columnInt(c))
                                                                        : insert->bindNull(i + 1);
            } else if (name == u"key_text" && at.contains(QStringLiteral("key"))) {
                const int c = at.value(QStringLiteral("key"));
                row.columnType(c) == BulkStatement::ColumnType::Text ? insert->bindText(i + 1, row.columnText(c))
                                                                     : insert->bindNull(i + 1);
            } else {
                failed = Error(ErrorCode::Internal,
                               Tr::tr("%1: the copy has a column %2 that %3 lacks").arg(table, name, from.path()));
                return false;
            }
        }
        auto stepped = insert->step();
        insert->reset();
        if (!stepped) {
            failed = stepped.error();
            return false;
        }
        return true;
    });
    if (!walked) {
        return walked;
    }
    return failed;
}
} // namespace

Status copy(Database& from, Database& to, const QList<Migration>& migrations, int version,
            const std::function<void(const QString& table)>& progress)
{
    if (auto r = Migrator::createSchema(to, migrations, version); !r) {
        return r;
    }
    const QStringList tables = Migrator::tablesInOrder(migrations, version);
    for (const QString& table : tables) {
        if (progress) {
            progress(table);
        }
        if (auto r = copyTable(from, to, table); !r) {
            return r;
        }
    }
    if (to.isServer()) {
        // New rows of the copy take ids after the copied ones.
        for (const QString& table : tables) {
            auto columns = columnsOf(to, table);
            if (!columns) {
                return columns.error();
            }
            if (!columns->contains(QStringLiteral("id"))) {
                continue;
            }
            auto sequence = to.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
            if (!sequence) {
                return sequence.error();
            }
            sequence->addBindValue(table);
            if (auto r = to.exec(sequence.value(), Tr::tr("numbering %1").arg(table)); !r) {
                return r;
            }
            if (!sequence->next() || sequence->isNull(0)) {
                continue; // keyed by a text
            }
            const QString sql = QStringLiteral("SELECT setval('%1', (SELECT coalesce(max(id), 0) + 1 FROM %2), false)")
                                    .arg(sequence->value(0).toString(), table);
            if (auto r = to.execSql(sql, Tr::tr("numbering %1").arg(table)); !r) {
                return r;
            }
        }
        // What the copy's inserts told the seals' triggers is not a command's: the trail already seals it.
        if (auto r = to.execSql(QStringLiteral("DELETE FROM countersign_touched"), Tr::tr("finishing the copy")); !r) {
            return r;
        }
    }
    return {};
}

Status dropServerSchema(Database& db, const QList<Migration>& migrations, int version)
{
    QStringList tables = Migrator::tablesInOrder(migrations, version);
    std::reverse(tables.begin(), tables.end());
    QStringList sql;
    for (const QString& table : tables) {
        sql.append(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(table));
    }
    sql.append(QStringLiteral("DROP FUNCTION IF EXISTS countersign_touch() CASCADE"));
    sql.append(QStringLiteral("DROP FUNCTION IF EXISTS countersign_refuse() CASCADE"));
    for (const QString& statement : sql) {
        if (auto r = db.execSql(statement, Tr::tr("removing the failed copy")); !r) {
            return r;
        }
    }
    return {};
}

} // namespace cs::StoreCopy
