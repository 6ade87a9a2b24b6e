using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search.References;

/// <summary>
/// What a query may call the index's documents, held in memory per index generation: the names of laws, codes,
/// ordinances and the constitution (folded, as <see cref="Legal.Citations.CitationKeys.ForName"/> keys them) with
/// their usual abbreviations ("BLHS", "BLTTDS", "Luật TTHC"), short forms of numbered documents ("Nghị định 19",
/// "NĐ 19"), and the number keys the documents answer to.
/// </summary>
internal sealed class NamedDocumentDirectory
{
    /// <summary>Longest name, in words, looked for in a query.</summary>
    public const int MaxNameWords = 16;

    /// <summary>The shortest abbreviation accepted, in letters ("BLDS", "TTHC"; "HP" is too short to be safe).</summary>
    private const int MinAcronymLetters = 3;

    private static readonly string[] NameTypes = ["bo luat", "luat", "phap lenh", "hien phap"];

    private readonly Lock gate = new();
    private long generation = -1;
    private Entries current = new(new Dictionary<string, NamedDocument>(), new Dictionary<string, NamedDocument>());

    /// <summary>The directory for <paramref name="at"/>, reloaded only when the generation moved on.</summary>
    public Entries Get(SqliteConnection connection, SqliteTransaction transaction, long at)
    {
        lock (gate)
        {
            if (generation != at)
            {
                (current, generation) = (Load(connection, transaction), at);
            }

            return current;
        }
    }

    /// <summary>Names and short forms (folded words joined by spaces), and number keys, to documents.</summary>
    internal sealed record Entries(IReadOnlyDictionary<string, NamedDocument> Names, IReadOnlyDictionary<string, NamedDocument> Numbers);

    private static Entries Load(SqliteConnection connection, SqliteTransaction transaction)
    {
        var byName = new Dictionary<string, (Dictionary<string, int> Titles, List<long> Ids)>(StringComparer.Ordinal);
        var byShort = new Dictionary<string, (List<string> Displays, List<long> Ids)>(StringComparer.Ordinal);
        var byNumber = new Dictionary<string, (List<string> Displays, List<long> Ids)>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, name_key, title, type, number, number_keys FROM documents WHERE name_key IS NOT NULL OR number IS NOT NULL";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var type = reader.IsDBNull(3) ? null : reader.GetString(3);
            if (!reader.IsDBNull(1) && !reader.IsDBNull(2))
            {
                var name = reader.GetString(1)["name:".Length..];
                var title = reader.GetString(2);
                var display = type is not null && !VietnameseAnalyzer.FoldWords(title).StartsWith(DocumentTypes.Key(type), StringComparison.Ordinal) ? type + " " + title : title;
                if (!byName.TryGetValue(name, out var entry))
                {
                    byName[name] = entry = ([], []);
                }

                entry.Titles[display] = entry.Titles.GetValueOrDefault(display) + 1;
                entry.Ids.Add(id);
            }

            if (!reader.IsDBNull(4))
            {
                var number = reader.GetString(4);
                var display = type is null ? "Văn bản số " + number : $"{type} số {number}";
                foreach (var key in reader.GetString(5).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(byNumber, key, display, id);
                }

                // "Nghị định 19", "NĐ 19", "Quyết định 8": the type with the number's first figures.
                var digits = new string(number.TakeWhile(char.IsAsciiDigit).ToArray()).TrimStart('0');
                if (type is not null && digits.Length > 0)
                {
                    Add(byShort, DocumentTypes.Key(type) + " " + digits, display, id);
                    if (DocumentTypes.SymbolOf(type) is { } symbol)
                    {
                        Add(byShort, symbol + " " + digits, display, id);
                    }
                }
            }
        }

        var names = new Dictionary<string, NamedDocument>(StringComparer.Ordinal);
        foreach (var (key, value) in byShort)
        {
            names[key] = new NamedDocument(Displayed(value.Displays), value.Ids);
        }

        foreach (var (name, (titles, ids)) in byName)
        {
            var display = titles.MaxBy(t => t.Value).Key;
            var document = new NamedDocument(display, ids);
            names[name] = document;
            foreach (var alias in Abbreviations(name))
            {
                if (byName.ContainsKey(alias))
                {
                    continue; // a name is never shadowed by another's abbreviation
                }

                // An abbreviation two names share stands for neither.
                names[alias] = names.TryGetValue(alias, out var other) && other.Display != display ? other with { DocumentIds = [] } : document;
            }
        }

        var numbers = byNumber.ToDictionary(kv => kv.Key, kv => new NamedDocument(Displayed(kv.Value.Displays), kv.Value.Ids), StringComparer.Ordinal);
        return new Entries(names.Where(kv => kv.Value.DocumentIds.Count > 0).ToDictionary(StringComparer.Ordinal), numbers);
    }

    /// <summary>
    /// The abbreviations of a folded name: the initials of every word ("bo luat hinh su" → "blhs"), and the
    /// type written out with the initials of the rest ("luat to tung hanh chinh" → "luat tthc").
    /// </summary>
    internal static IEnumerable<string> Abbreviations(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Select(w => w[0]));
        // Initials with a vowel could be a word of the query ("Luật An ninh" → "lan"): only consonants count.
        if (initials.Length >= MinAcronymLetters && initials.All(c => char.IsAsciiLetter(c) && !"aeiouy".Contains(c, StringComparison.Ordinal)))
        {
            yield return initials;
        }

        var type = NameTypes.FirstOrDefault(t => name.StartsWith(t + " ", StringComparison.Ordinal));
        if (type is not null)
        {
            var rest = string.Concat(words.Skip(type.Count(c => c == ' ') + 1).Select(w => w[0]));
            if (rest.Length >= 2 && rest.All(char.IsAsciiLetter))
            {
                yield return type + " " + rest;
            }
        }
    }

    private static void Add(Dictionary<string, (List<string> Displays, List<long> Ids)> map, string key, string display, long id)
    {
        if (!map.TryGetValue(key, out var entry))
        {
            map[key] = entry = ([], []);
        }

        if (!entry.Displays.Contains(display))
        {
            entry.Displays.Add(display);
        }

        entry.Ids.Add(id);
    }

    /// <summary>"Nghị định số 19/2020/NĐ-CP", or the first three of several with their count.</summary>
    private static string Displayed(List<string> displays) =>
        displays.Count == 1 ? displays[0]
        : displays.Count <= 3 ? string.Join(", ", displays)
        : string.Join(", ", displays.Take(3)) + $" và {displays.Count - 3} văn bản khác";
}
