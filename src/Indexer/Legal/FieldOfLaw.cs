using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// The field of law (lĩnh vực) a document's own title gives: "… thi hành pháp luật trong lĩnh vực bảo vệ môi trường
/// trên địa bàn tỉnh …" → "Bảo vệ môi trường", "… thi hành pháp luật về xử lý vi phạm hành chính …" → "Xử lý vi phạm hành
/// chính". A detector's finding takes the field of the document it is about, so reports by field have something to
/// count before an officer fills it in; null when the title names none.
/// </summary>
public static partial class FieldOfLaw
{
    private const int MaxWords = 10;

    /// <summary>The field <paramref name="title"/> names, capitalised as it stands alone; null when none.</summary>
    public static string? Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        // "lĩnh vực" names the field itself: "… về xử lý vi phạm hành chính trong lĩnh vực bảo vệ môi trường" is of the latter.
        var named = InField().Match(title) is { Success: true } inField ? inField : AboutLaw().Match(title);
        if (!named.Success)
        {
            return null;
        }

        var field = named.Groups["f"].Value.Trim();
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 0 or > MaxWords ? null : char.ToUpperInvariant(field[0]) + field[1..];
    }

    /// <summary>"trong lĩnh vực X", X running to where the place, the time or the sentence begins.</summary>
    [GeneratedRegex(@"trong lĩnh vực\s+(?<f>[\p{Ll}\d][^,;.()\n]*?)" + End, RegexOptions.CultureInvariant)]
    private static partial Regex InField();

    /// <summary>"(thi hành) pháp luật về X", as <see cref="InField"/> reads X.</summary>
    [GeneratedRegex(@"pháp luật về\s+(?<f>[\p{Ll}\d][^,;.()\n]*?)" + End, RegexOptions.CultureInvariant)]
    private static partial Regex AboutLaw();

    private const string End = @"(?=\s+(?:trên địa bàn|tại|năm \d{4}|giai đoạn|của|đối với)\b|\s*[,;.()\n]|\s*$)";
}
