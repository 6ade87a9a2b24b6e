using System.Globalization;

namespace LawMonitor.Indexer.Legal;

/// <summary>Letter case in documents' headers: lines in capitals, and how they read in sentence case.</summary>
internal static class LetterCase
{
    private static readonly (string Lower, string Proper)[] ProperNouns =
    [
        ("việt nam", "Việt Nam"), ("Việt nam", "Việt Nam"), ("hà nội", "Hà Nội"), ("hồ chí minh", "Hồ Chí Minh"),
        ("cộng hòa xã hội chủ nghĩa", "Cộng hòa xã hội chủ nghĩa"), ("cộng hoà xã hội chủ nghĩa", "Cộng hoà xã hội chủ nghĩa"),
        ("nhà nước", "Nhà nước"), ("tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"),
    ];

    /// <summary>
    /// Lower case with the first letter capital, capitals kept for the name after a place marker ("tỉnh", "huyện" …),
    /// for the department after "Sở"/"Bộ", and for the bodies always written with capitals ("Quốc hội", "Chính phủ").
    /// </summary>
    internal static string SentenceCase(string line)
    {
        if (!IsUpper(line))
        {
            return line;
        }

        var words = line.ToLower(CultureInfo.InvariantCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalizeNext = 0;
        var placeSeen = false; // after "tỉnh Hòa Phong" the department's name has ended
        for (var i = 0; i < words.Length; i++)
        {
            var bare = words[i].TrimEnd(',', ';', '.', ':');
            // A ministry's or a department's name capitalises each of its parts: "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Lao
            // động - Thương binh và Xã hội", "Sở Nông nghiệp và Môi trường", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính".
            var first = words[0].ToLowerInvariant();
            var ministry = first == "bộ" && words.Length > 1 && !words[1].StartsWith("trưởng", StringComparison.Ordinal); // "Bộ trưởng" is a title
            var department = ministry || (first is "sở" or "cục" or "vụ" && words.Length > 1);
            var part = department && i > 1 && capitalizeNext == 0 && !placeSeen && (words[i - 1].EndsWith(',') || words[i - 1] is "và" or "-" or "–");
            var capitalize = i == 0 || capitalizeNext > 0 || part || (i == 1 && department)
                             || (bare is "hội" && i > 0 && words[i - 1] == "quốc") || (bare is "phủ" && i > 0 && words[i - 1] == "chính");
            if (capitalize && words[i].Length > 0)
            {
                words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
            }

            if (capitalizeNext > 0)
            {
                capitalizeNext = bare.Length < words[i].Length ? 0 : capitalizeNext - 1; // a comma ends the name
            }

            if (bare is "quốc" && i + 1 < words.Length && words[i + 1].StartsWith("hội", StringComparison.Ordinal))
            {
                words[i] = "Quốc";
            }
            else if (bare is "chính" && i + 1 < words.Length && words[i + 1].StartsWith("phủ", StringComparison.Ordinal))
            {
                words[i] = "Chính";
            }

            var nextIsHoi = i + 1 < words.Length && words[i + 1].StartsWith("hội", StringComparison.Ordinal);
            if ((bare is "tỉnh" or "huyện" or "phường" or "quận" || (bare == "xã" && !nextIsHoi)) || (bare == "phố" && i > 0 && words[i - 1] == "thành"))
            {
                capitalizeNext = 3;
                placeSeen = true;
            }
        }

        var result = string.Join(' ', words);
        foreach (var (lower, proper) in ProperNouns)
        {
            result = result.Replace(lower, proper, StringComparison.Ordinal);
        }

        return result;
    }

    internal static bool IsUpper(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
