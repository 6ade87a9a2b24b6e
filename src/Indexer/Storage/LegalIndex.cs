using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Storage.Statistics;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// A LawMonitor index: one SQLite database file (WAL) in a data folder. Thread-safe: every operation opens
/// its own connection; several processes may read while one writes.
/// </summary>
public sealed class LegalIndex
{
    /// <summary>The database file name inside the data folder.</summary>
    public const string FileName = "lawmonitor.db";

    /// <summary>The facts an office loaded (<c>./lawmonitor reference import</c>), in the data folder, laid over the embedded table.</summary>
    public const string ReferenceFileName = "reference-effect-facts.json";

    /// <summary>Every connection: the common pragmas, then a 32 MB page cache and reads through the one OS page cache (mmap) instead of filling each connection's own.</summary>
    private const string Pragmas = "PRAGMA cache_size=-32768; PRAGMA mmap_size=4294967296;";

    private readonly SqliteDatabase database;
    private readonly Lock referenceGate = new();
    private (DateTime Written, CentralEffectFacts Facts) reference = (DateTime.MinValue, CentralEffectFacts.Default);

    private LegalIndex(SqliteDatabase database, long postingsBudgetBytes)
    {
        this.database = database;
        DatabasePath = database.Path;
        Postings = new PostingsCache(postingsBudgetBytes, OpenConnection);
    }

    /// <summary>Units the index holds before the first commit trains a text dictionary from them (<see cref="Text.StoredText"/>); lowered by tests.</summary>
    internal int TrainTextDictionaryAfterUnits { get; set; } = Text.StoredText.DefaultTrainAfterUnits;

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Document frequencies, shared by every search on this index.</summary>
    internal TermStatsCache Statistics { get; } = new();

    /// <summary>Postings of the tokens searched for, shared by every search on this index.</summary>
    internal PostingsCache Postings { get; }

    /// <summary>Facet metadata of every document, shared by every search on this index.</summary>
    internal DocumentCatalog Catalog { get; } = new();

    /// <summary>The names, abbreviations and numbers a query may call documents by, shared by every search.</summary>
    internal Search.References.NamedDocumentDirectory Names { get; } = new();

    /// <summary>
    /// Opens (creating if needed) the index in <paramref name="dataDirectory"/>; <paramref name="postingsBudgetBytes"/>
    /// bounds the memory of cached postings (<see cref="PostingsCache.DefaultBudgetBytes"/> when null).
    /// </summary>
    /// <exception cref="IndexFormatException">The index was built by another analyser (only the index file needs rebuilding).</exception>
    /// <exception cref="StoreFormatException">The file was written by a newer build, or is not a database.</exception>
    public static LegalIndex Open(string dataDirectory, long? postingsBudgetBytes = null)
    {
        var database = SqliteDatabase.Open(Path.Combine(dataDirectory, FileName), IndexSchema.Store, Pragmas,
            connection => Fts5Functions.Register(connection.Handle!.DangerousGetHandle()));
        return new LegalIndex(database, postingsBudgetBytes ?? PostingsCache.DefaultBudgetBytes);
    }

    /// <summary>
    /// The reference table every effect is decided with: the one kept in the repository, with the office's
    /// imported facts laid over it; read again when another process imports.
    /// </summary>
    public CentralEffectFacts EffectFacts
    {
        get
        {
            var path = ReferencePath;
            var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
            lock (referenceGate)
            {
                if (written != reference.Written)
                {
                    reference = (written, FactsAt(path));
                }

                return reference.Facts;
            }
        }
    }

    /// <summary>The embedded table with the facts imported into the data folder of <paramref name="databasePath"/> laid over it.</summary>
    internal static CentralEffectFacts FactsBeside(string databasePath) =>
        FactsAt(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, ReferenceFileName));

    private static CentralEffectFacts FactsAt(string referencePath) =>
        File.Exists(referencePath) ? CentralEffectFacts.Default.Merge(CentralEffectFacts.Parse(File.ReadAllText(referencePath)).Facts) : CentralEffectFacts.Default;

    /// <summary>The facts imported so far (not the embedded ones).</summary>
    public IReadOnlyList<CentralEffectFact> ImportedFacts => File.Exists(ReferencePath) ? CentralEffectFacts.Parse(File.ReadAllText(ReferencePath)).Facts : [];

    /// <summary>
    /// Lays <paramref name="facts"/> over those imported before (a row for the same number replaces the older
    /// one), stores them in the data folder, and decides every effect again in a new generation, on <paramref name="clock"/>'s day.
    /// </summary>
    public void ImportReferenceFacts(IEnumerable<CentralEffectFact> facts, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var merged = CentralEffectFacts.None.Merge(ImportedFacts).Merge(facts).Facts;
        var path = ReferencePath;
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, CentralEffectFacts.ToJson(merged));
        File.Move(temporary, path, overwrite: true);
        using var writer = CreateWriter(clock);
        writer.RecomputeEffects();
        writer.Commit();
    }

    private string ReferencePath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, ReferenceFileName);

    /// <summary>Reads documents, their versions and citations.</summary>
    public DocumentReader Documents => new(this);

    /// <summary>Starts a writer that stamps what it writes with <paramref name="clock"/> (the machine's by default); only one writer commits at a time (others wait on SQLite's lock).</summary>
    public IndexWriter CreateWriter(TimeProvider? clock = null) => new(this, clock);

    /// <summary>
    /// Decides again, in a new generation, the effect of documents whose own day of effect has come since it was last
    /// decided ("Chưa có hiệu lực" → "Còn hiệu lực" on <paramref name="clock"/>'s Vietnam day); returns whether any had.
    /// Nothing is written when none has, so the service may call it every hour and the CLI before it reads.
    /// </summary>
    public bool RefreshEffects(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = Calendar.VietnamCalendar.DayOf(clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var connection = OpenConnection())
        {
            using var due = Sql.Command(connection, null,
                "SELECT count(*) FROM documents WHERE effect = $pending AND effective_date <= $today",
                ("$pending", Legal.EffectStatusNames.Code(Model.EffectStatus.NotYetInForce)), ("$today", today));
            if (Convert.ToInt64(due.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return false;
            }
        }

        using var writer = CreateWriter(clock);
        writer.RecomputeEffects();
        writer.Commit();
        return true;
    }

    /// <summary>The current generation (changes with every commit).</summary>
    public long Generation
    {
        get
        {
            using var connection = OpenConnection();
            return IndexSchema.ReadGeneration(connection, null);
        }
    }

    /// <summary>Opens a connection with LawMonitor's pragmas and ranking function.</summary>
    internal SqliteConnection OpenConnection() => database.Connect();
}
