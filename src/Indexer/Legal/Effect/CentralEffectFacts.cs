using System.Globalization;
using System.Text.Json;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// The reference table of central documents' effect facts (<c>central-effect-facts.json</c>, embedded): what
/// is known of a decree or a law that local documents cite even when it is not ingested.
/// </summary>
public sealed class CentralEffectFacts
{
    private readonly Dictionary<string, CentralEffectFact> byKey;

    private CentralEffectFacts(IEnumerable<CentralEffectFact> facts)
    {
        Facts = facts.ToList();
        byKey = new Dictionary<string, CentralEffectFact>(StringComparer.Ordinal);
        foreach (var fact in Facts)
        {
            byKey.TryAdd(fact.Number.Key, fact);
        }
    }

    /// <summary>The table kept in the repository.</summary>
    public static CentralEffectFacts Default { get; } = Load();

    /// <summary>No facts: effect from ingested documents alone.</summary>
    public static CentralEffectFacts None { get; } = new([]);

    public IReadOnlyList<CentralEffectFact> Facts { get; }

    /// <summary>The fact about the document numbered <paramref name="number"/>, if any.</summary>
    public CentralEffectFact? Of(DocumentNumber? number) =>
        number is null ? null : byKey.GetValueOrDefault(number.Key) ?? number.Keys.Select(k => byKey.GetValueOrDefault(k)).FirstOrDefault(f => f is not null);

    /// <summary>Reads a table in the embedded file's format; throws <see cref="FormatException"/> naming the bad row.</summary>
    public static CentralEffectFacts Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var facts = new List<CentralEffectFact>();
        var i = 0;
        foreach (var row in document.RootElement.GetProperty("facts").EnumerateArray())
        {
            i++;
            string S(string name) => row.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } text ? text : throw new FormatException($"central effect fact {i}: '{name}' is missing");
            string? O(string name) => row.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s && s != "unknown" ? s : null;
            DateOnly? D(string name) => O(name) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new FormatException($"central effect fact {i}: '{name}' is not a date like 2025-04-01")
                : null;
            var number = DocumentNumberParser.TryParse(S("number")) ?? throw new FormatException($"central effect fact {i}: 'number' is not a document number");
            facts.Add(new CentralEffectFact(
                number,
                S("type"),
                S("title"),
                S("issuer"),
                D("issued"),
                S("effect") == "unknown" ? EffectStatus.Unknown : EffectStatusNames.TryParse(S("effect"), out var effect) ? effect : throw new FormatException($"central effect fact {i}: 'effect' is not a status code"),
                D("since"),
                O("relation") is { } relation ? Enum.Parse<CitationRelation>(relation) : null,
                O("by") is { } by ? DocumentNumberParser.TryParse(by) : null,
                O("byType"),
                S("source")));
        }

        return new CentralEffectFacts(facts);
    }

    private static CentralEffectFacts Load()
    {
        using var stream = typeof(CentralEffectFacts).Assembly.GetManifestResourceStream("LawMonitor.Indexer.Legal.Effect.central-effect-facts.json")
            ?? throw new InvalidOperationException("the embedded central-effect-facts.json is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
