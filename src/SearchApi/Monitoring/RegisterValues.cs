using System.Globalization;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Monitoring;

/// <summary>
/// Reads what people type for the registers, in the CLI and the API alike: enum values in any case, with or
/// without dashes ("lapsed-basis", "LapsedBasis", "lapsedBasis"), dates as 2025-04-08 or 08/4/2025, and
/// provisions as "DOCUMENT[:PATH]" where the document is an id or a number ("12/2019/QĐ-UBND:Điều 5").
/// </summary>
internal static class RegisterValues
{
    public static bool TryEnum<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var cleaned = text?.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(cleaned) || char.IsAsciiDigit(cleaned[0]))
        {
            return false;
        }

        if (typeof(TEnum) == typeof(AnswerVerdict) && cleaned.Equals("partly", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = nameof(AnswerVerdict.PartlyAccepted);
        }

        return Enum.TryParse(cleaned, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>The accepted values of an enum, as the API writes them ("lapsedBasis, overlap, …").</summary>
    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Code));

    /// <summary>The accepted values with the Vietnamese name of each, for help texts: "open (chờ xem xét), confirmed (đã xác nhận), …".</summary>
    public static string Described<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"{Code(v)} ({name(v).ToLowerInvariant()})"));
    }

    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var n = value.ToString();
        return char.ToLowerInvariant(n[0]) + n[1..];
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy"];

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A provision an officer names as DOCUMENT[:PATH], resolved in the index; or why it cannot be.</summary>
    public static (ProvisionReference? Reference, string? Error) Provision(DocumentReader reader, string? text)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "cần mã hoặc số văn bản (a document id or number is required)");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (document, path) = colon < 0 ? (text.Trim(), "") : (text[..colon].Trim(), text[(colon + 1)..].Trim());
        return Provision(reader, document, path);
    }

    public static (ProvisionReference? Reference, string? Error) Provision(DocumentReader reader, string document, string? path, int? start = null, int? end = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Resolve(document) is not { } id)
        {
            return (null, $"không có văn bản {document} trong cơ sở dữ liệu (no such document: give its id or its number)");
        }

        if (!ProvisionPath.TryParse(path ?? "", out var parsed))
        {
            return (null, $"'{path}' không phải là đường dẫn quy định, ví dụ \"khoản 2 Điều 5\", \"điểm a khoản 2 Điều 5\", \"Điều 5.2.a\" hoặc \"Chương II\" (not a provision path)");
        }

        // "Điều 7" of a decision whose Điều 7 is its quy chế's is that one (DocumentStructure.Resolve), as officers write either.
        path = (reader.Structure(id)?.Resolve(parsed.Value) ?? parsed.Value).ToString();

        if (start is { } s && (s < 0 || end is not { } e || e < s))
        {
            return (null, "khoảng ký tự không hợp lệ: cần 0 ≤ start ≤ end (invalid span)");
        }

        return (new ProvisionReference(id, reader.LatestVersion(id)?.Version ?? 1, path) { Start = start, End = end }, null);
    }
}
