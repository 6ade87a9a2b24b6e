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

    /// <summary>
    /// This table with <paramref name="overrides"/> laid over it: a row for the same number replaces the
    /// embedded one (an office's list from the national database is newer than what we wrote).
    /// </summary>
    public CentralEffectFacts Merge(IEnumerable<CentralEffectFact> overrides)
    {
        var merged = new Dictionary<string, CentralEffectFact>(StringComparer.Ordinal);
        foreach (var fact in Facts.Concat(overrides))
        {
            merged[fact.Number.Key] = fact;
        }

        return new CentralEffectFacts(merged.Values);
    }

    /// <summary>The facts in the embedded file's format, which <see cref="Parse"/> reads back.</summary>
    public static string ToJson(IEnumerable<CentralEffectFact> facts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("about", "Effect facts loaded with ./lawmonitor reference import; laid over the table kept in the repository.");
            json.WriteStartArray("facts");
            foreach (var fact in facts)
            {
                json.WriteStartObject();
                json.WriteString("number", fact.Number.Display);
                json.WriteString("type", fact.Type.Length > 0 ? fact.Type : "unknown");
                json.WriteString("title", fact.Title.Length > 0 ? fact.Title : "unknown");
                json.WriteString("issuer", fact.Issuer.Length > 0 ? fact.Issuer : "unknown");
                json.WriteString("issued", fact.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown");
                json.WriteString("effect", fact.Effect == EffectStatus.Unknown ? "unknown" : EffectStatusNames.Code(fact.Effect));
                json.WriteString("since", fact.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown");
                json.WriteString("relation", fact.Relation?.ToString() ?? "unknown");
                json.WriteString("by", fact.By?.Display ?? "unknown");
                json.WriteString("byType", fact.ByType ?? "unknown");
                json.WriteString("source", fact.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

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
                O("type") ?? "",
                S("title") is var title && title == "unknown" ? "" : title,
                O("issuer") ?? "",
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
