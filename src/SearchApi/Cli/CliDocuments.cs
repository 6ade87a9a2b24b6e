using System.Globalization;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// A document named on the command line as an officer names it: by its id (as ingest and search print it) or
/// by its number ("12/2019/QĐ-UBND", typed with or without diacritics). A number several documents bear (two
/// provinces may both issue a 12/2019/QĐ-UBND) names the newest, and the others are listed with their ids.
/// </summary>
internal static class CliDocuments
{
    /// <summary>The document <paramref name="text"/> names, or null with a sentence saying why not.</summary>
    public static (DocumentId? Id, string? Error, string? Note) Resolve(LegalIndex index, string text)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (DocumentId.TryCreate(trimmed, out var id, out _) && index.Documents.Contains(id))
        {
            return (id, null, null);
        }

        var numbered = index.Documents.WithNumber(trimmed);
        if (numbered.Count == 0)
        {
            return (null, $"{trimmed}: không tìm thấy văn bản có mã hoặc số, ký hiệu này (no such document)", null);
        }

        if (numbered.Count == 1)
        {
            return (numbered[0], null, null);
        }

        var others = numbered.Skip(1).Select(Describe(index));
        return (numbered[0], null,
            $"Có {numbered.Count} văn bản mang số {trimmed}; đang dùng văn bản {Describe(index)(numbered[0])}. Văn bản khác: {string.Join("; ", others)}; muốn dùng văn bản nào thì gọi theo mã của văn bản đó.");
    }

    private static Func<DocumentId, string> Describe(LegalIndex index) => id =>
    {
        var document = index.Documents.Get(id, withText: false)?.Document;
        var facts = new[]
        {
            document?.Issuer,
            document?.IssueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        }.Where(s => !string.IsNullOrWhiteSpace(s));
        return $"{id} ({string.Join(", ", facts)})";
    };
}
