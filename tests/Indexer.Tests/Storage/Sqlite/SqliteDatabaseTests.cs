using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Tests.Storage.Sqlite;

/// <summary>The one way stores open their files: created at the latest version, or upgraded one step at a time.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDirectory folder = new();

    private static readonly StoreSchema Notes = new(
        "notes",
        "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL, author TEXT, tag TEXT);",
        [
            new SchemaUpgrade(1, "ALTER TABLE notes ADD COLUMN author TEXT;"),
            new SchemaUpgrade(2, "ALTER TABLE notes ADD COLUMN tag TEXT;", (c, t) => Sql.Execute(c, t, "UPDATE notes SET tag = 'cũ'")),
        ])
    {
        FirstTable = "notes",
    };

    public void Dispose() => folder.Dispose();

    private string PathOf(string name) => Path.Combine(folder.Path, name);

    private static void Run(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Sql.Execute(connection, null, sql);
    }

    private static object? Scalar(SqliteDatabase database, string sql)
    {
        using var connection = database.Connect();
        using var command = Sql.Command(connection, null, sql);
        return command.ExecuteScalar();
    }

    [Fact]
    public void Open_ANewFile_CreatesTheLatestSchema_AtItsVersion_InWalMode()
    {
        var initialised = false;
        var database = SqliteDatabase.Open(PathOf("new.db"), Notes with { Initialise = (c, t) => initialised = true });

        Assert.Equal(3, Notes.Version);
        Assert.Equal(3L, Scalar(database, "PRAGMA user_version"));
        Assert.Equal("wal", Scalar(database, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(database, "PRAGMA foreign_keys"));
        Assert.True(initialised);
        Assert.Equal(0L, Scalar(database, "SELECT count(*) FROM notes WHERE tag IS NULL")); // the table has every column
    }

    [Fact]
    public void Open_AFileWrittenBeforeVersionsWereKept_IsVersionOne_AndIsUpgradedWithItsRowsKept()
    {
        var path = PathOf("legacy.db");
        Run(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL); INSERT INTO notes(text) VALUES('Điều 7 khoản 1');");

        var database = SqliteDatabase.Open(path, Notes);

        Assert.Equal(3L, Scalar(database, "PRAGMA user_version"));
        Assert.Equal("Điều 7 khoản 1|cũ", Scalar(database, "SELECT text || '|' || tag FROM notes"));
    }

    [Fact]
    public void Open_AnUpgradeThatFails_LeavesTheFileAtTheLastCompleteVersion_AndNothingOfTheFailedStep()
    {
        var path = PathOf("half.db");
        Run(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL); INSERT INTO notes(text) VALUES('a');");
        var broken = Notes with { Upgrades = [Notes.Upgrades[0], new SchemaUpgrade(2, "ALTER TABLE notes ADD COLUMN tag TEXT; SELECT * FROM no_such_table;")] };

        Assert.Throws<SqliteException>(() => SqliteDatabase.Open(path, broken));

        var database = SqliteDatabase.Open(path, Notes with { Upgrades = [Notes.Upgrades[0]] });
        Assert.Equal(2L, Scalar(database, "PRAGMA user_version"));
        Assert.Equal(0L, Scalar(database, "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'tag'"));
        Assert.Equal(1L, Scalar(database, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public void Open_AFileOfANewerVersion_IsRefused_NamingTheFileAndWhatToDo()
    {
        var path = PathOf("newer.db");
        Run(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY); PRAGMA user_version = 9;");

        var error = Assert.Throws<StoreFormatException>(() => SqliteDatabase.Open(path, Notes));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("phiên bản 9", error.Message, StringComparison.Ordinal);
        Assert.Contains("mới hơn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AFileThatIsNotADatabase_IsRefused_NamingTheFile()
    {
        var path = PathOf("garbage.db");
        File.WriteAllBytes(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());

        var error = Assert.Throws<StoreFormatException>(() => SqliteDatabase.Open(path, Notes));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Verify_RunsOnAnExistingFileBeforeItIsUpgraded()
    {
        var path = PathOf("checked.db");
        Run(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL);");

        Assert.Throws<IndexFormatException>(() => SqliteDatabase.Open(path, Notes with { Verify = _ => throw new IndexFormatException("không dùng được") }));

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Assert.Equal(0, SqliteDatabase.VersionOf(connection));
        using var columns = Sql.Command(connection, null, "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'author'");
        Assert.Equal(0L, columns.ExecuteScalar());
    }

    [Fact]
    public void Embedded_ReadsCreateAndEveryUpgradeInOrder()
    {
        var index = IndexSchema.Store;

        Assert.Equal("index", index.Name);
        Assert.Equal(8, index.Version);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], index.Upgrades.Select(u => u.From));
        Assert.Contains("CREATE TABLE IF NOT EXISTS text_dictionaries", index.Upgrades[2].Sql, StringComparison.Ordinal);
        Assert.Null(index.Upgrades[1].Then); // 2 -> 3 adds the effect; 6 -> 7 decides it
        Assert.NotNull(index.Upgrades[3].Then); // 4 -> 5 stores every document's provision tree
        Assert.NotNull(index.Upgrades[4].Then); // 5 -> 6 compresses every version's text
        Assert.NotNull(index.Upgrades[5].Then); // 6 -> 7 decides every effect again, from a document's own day of effect
        Assert.Contains("CREATE INDEX IF NOT EXISTS documents_indexed", index.Upgrades[6].Sql, StringComparison.Ordinal); // 7 -> 8 lists the last indexed first
        Assert.DoesNotContain("CREATE TABLE IF NOT EXISTS api_tokens", index.Create, StringComparison.Ordinal); // in accounts.db since version 4
    }
}
