using System.Runtime.InteropServices;

namespace Clientele.Storage.Database;

/// <summary>
/// The few SQLite C functions a bulk load (or a fast read) calls per value, bound directly to the e_sqlite3 library that
/// SQLitePCLRaw loads: SQLitePCLRaw's calls go through an interface (a virtual stub per call) and a full
/// managed-to-native transition, which for a bind that takes nanoseconds cost more than the bind itself.
/// The binds never block or call back into .NET, so they skip the GC transition (<see cref="SuppressGCTransitionAttribute"/>).
/// </summary>
internal static partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.</summary>
    private static readonly IntPtr Transient = new(-1);

    public static int BindInt64(IntPtr statement, int index, long value) => sqlite3_bind_int64(statement, index, value);

    public static int BindNull(IntPtr statement, int index) => sqlite3_bind_null(statement, index);

    public static unsafe int BindText(IntPtr statement, int index, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* text = utf8)
        {
            // A non-null pointer even for "" (a null pointer would bind NULL).
            byte empty = 0;
            return sqlite3_bind_text(statement, index, utf8.IsEmpty ? &empty : text, utf8.Length, Transient);
        }
    }

    /// <summary>SQLITE_NULL, the fundamental type of a NULL column value.</summary>
    public const int Null = 5;

    public static long ColumnInt64(IntPtr statement, int column) => sqlite3_column_int64(statement, column);

    public static double ColumnDouble(IntPtr statement, int column) => sqlite3_column_double(statement, column);

    public static int ColumnType(IntPtr statement, int column) => sqlite3_column_type(statement, column);

    /// <summary>The column's value as UTF-8 text (empty for NULL; check <see cref="ColumnType"/> first), valid until the next step.</summary>
    public static unsafe ReadOnlySpan<byte> ColumnText(IntPtr statement, int column)
    {
        // sqlite3_column_text before sqlite3_column_bytes: the length is then that of the UTF-8 conversion.
        byte* text = sqlite3_column_text(statement, column);
        return text is null ? [] : new ReadOnlySpan<byte>(text, sqlite3_column_bytes(statement, column));
    }

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static unsafe partial byte* sqlite3_column_text(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial int sqlite3_column_bytes(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial long sqlite3_column_int64(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial double sqlite3_column_double(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial int sqlite3_column_type(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial int sqlite3_bind_null(IntPtr statement, int index);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static unsafe partial int sqlite3_bind_text(IntPtr statement, int index, byte* text, int length, IntPtr destructor);
}
