using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// How people read a document's name: "Quyết định số 08/2021/QĐ-UBND"; a document without a number by its
/// type and title ("Kế hoạch “Theo dõi tình hình thi hành pháp luật năm 2024”"), a law without a number by its
/// name ("Luật Cư trú"). Never an internal id.
/// </summary>
public static class DocumentName
{
    public static string Of(DocumentNumber? number, string? type, string? title)
    {
        var kind = type ?? (number is null ? null : DocumentTypes.FromSymbol(number.TypeSymbol)) ?? "Văn bản";
        if (number is not null)
        {
            return $"{kind} số {number.Display}";
        }

        if (title is not null && DocumentTypes.OfName(title) is { } named && (type is null || type == named))
        {
            return title; // a law, code or the constitution is named by its name: "Luật Cư trú", "Bộ luật Dân sự"
        }

        var shortTitle = title is { Length: > 0 } t ? (t.Length > 90 ? t[..87].TrimEnd() + "…" : t) : null;
        return shortTitle is null ? $"{kind} không số" : $"{kind} “{shortTitle}”";
    }

    /// <summary>
    /// A document and one of its provisions: "Quyết định số 08/2021/QĐ-UBND, khoản 1 Điều 7"; a place that is no
    /// provision path is written as it is ("Kế hoạch số 14/KH-UBND, Phụ lục I, STT 4").
    /// </summary>
    public static string WithProvision(string documentLabel, string? path) =>
        string.IsNullOrWhiteSpace(path) ? documentLabel
        : !ProvisionPath.TryParse(path, out var p) ? $"{documentLabel}, {path.Trim()}"
        : p.Value.IsDocument ? documentLabel
        : $"{documentLabel}, {ProvisionLabel.Of(p.Value, lowerFirst: true)}";
}
