using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing.Json;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// A record that states its own metadata (a JSONL line, <see cref="JsonRecordReader"/>) as a document. Known
/// fields become metadata under their English or Vietnamese names: title or law, number, type, issuer, issue
/// date, status, source; a title that names a law, code or the constitution ("Luật Cư trú") gives the type when
/// none is given; other fields are kept as given. <c>article</c>, <c>clause</c> and <c>point</c> make the record
/// that provision; its citations are read from its text as from any document's.
/// </summary>
internal static class RecordAssembler
{
    private static readonly string[] TitleFields = ["title", "tieu_de", "trich_yeu", "ten", "name", "law", "luat"];
    private static readonly string[] NumberFields = ["number", "so", "so_hieu", "so_ky_hieu"];
    private static readonly string[] TypeFields = ["type", "loai", "loai_van_ban"];
    private static readonly string[] IssuerFields = ["issuer", "co_quan", "co_quan_ban_hanh"];
    private static readonly string[] DateFields = ["issue_date", "date", "ngay_ban_hanh"];
    private static readonly string[] StatusFields = ["status", "hieu_luc", "tinh_trang", "tinh_trang_hieu_luc"];
    private static readonly string[] SourceFields = ["source", "nguon"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "d.M.yyyy"];

    public static AssembledDocument Assemble(DocumentId id, string text, IReadOnlyDictionary<string, string> fields, string? source)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? Take(IReadOnlyList<string> names)
        {
            var value = JsonRecordReader.First(fields, names);
            if (value is not null)
            {
                used.Add(names.First(n => fields.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v)));
            }

            return value;
        }

        var title = Take(TitleFields);
        var number = DocumentNumberParser.TryParse(Take(NumberFields));
        var typeText = Take(TypeFields);
        var type = typeText is null ? DocumentTypes.OfName(title) : DocumentTypes.Resolve(typeText) ?? typeText;
        var issuer = Take(IssuerFields);
        var issueDate = Take(DateFields) is { } dateText && DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var status = EffectStatusNames.TryParse(Take(StatusFields), out var given) ? given : EffectStatus.Unknown;
        var recordSource = Take(SourceFields);
        var structure = RecordStructure.Of(Take(JsonRecordReader.ArticleFields), Take(JsonRecordReader.ClauseFields), Take(JsonRecordReader.PointFields), text);

        var document = new LegalDocument(id, text)
        {
            Title = title,
            Number = number,
            Type = type,
            Issuer = issuer,
            IssueDate = issueDate,
            Status = status,
            Source = recordSource ?? source,
            Metadata = fields.Where(kv => !used.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            Citations = CitationExtractor.Extract(text, structure, CitationKeys.Of(number, type, title).ToList()),
        };
        var metadata = new DocumentMetadata(number, type, issuer, issueDate, null, title, null, null, null) { Status = status };
        return new AssembledDocument(document, metadata, structure);
    }
}
