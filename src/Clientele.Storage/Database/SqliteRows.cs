using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Clientele.Storage.Database;

/// <summary>
/// Reads the rows of a SQLite query straight from the statement: <see cref="SqliteDataReader"/> spends more per cell
/// (type checks, two native calls per nullable value) than SQLite spends producing it, which for the hundreds of
/// thousands of rows of the metrics read was most of their cost. Numeric columns only.
/// </summary>
internal static class SqliteRows
{
    /// <summary>
    /// Runs <paramref name="sql"/> on <paramref name="connection"/> with the text parameters <paramref name="parameters"/>
    /// (name, value) and calls <paramref name="row"/> with the statement handle for each row (read it with
    /// <see cref="SqliteNative"/>'s column functions, valid only during the call).
    /// </summary>
    public static void Read(SqliteConnection connection, string sql, IReadOnlyList<(string Name, string Value)> parameters, Action<IntPtr> row)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(db, SQLitePCL.raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                int index = SQLitePCL.raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0) throw new InvalidOperationException($"The query has no parameter {name}.");
                Check(db, SQLitePCL.raw.sqlite3_bind_text(statement, index, value));
            }

            IntPtr handle = statement.DangerousGetHandle();
            while (true)
            {
                int rc = SQLitePCL.raw.sqlite3_step(statement);
                if (rc == SQLitePCL.raw.SQLITE_DONE) break;
                if (rc != SQLitePCL.raw.SQLITE_ROW) Check(db, rc);
                row(handle);
            }
        }
    }

    /// <summary>The connection as a SQLite connection when <paramref name="connection"/> is one, else null.</summary>
    public static SqliteConnection? AsSqlite(DbConnection connection) => connection as SqliteConnection;

    private static void Check(SQLitePCL.sqlite3 db, int rc)
    {
        if (rc != SQLitePCL.raw.SQLITE_OK) throw new SqliteException($"SQLite error {rc}: {SQLitePCL.raw.sqlite3_errmsg(db).utf8_to_string()}", rc);
    }
}
