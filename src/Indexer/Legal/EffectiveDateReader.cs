using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Dates the text states in words: when a law or precedent was passed ("… thông qua ngày …") and when a
/// document takes effect ("có hiệu lực (thi hành) (kể) từ ngày …", or from the day it is signed).
/// </summary>
internal static partial class EffectiveDateReader
{
    /// <summary>For a law: "… đã được Quốc hội … thông qua ngày 30 tháng 3 năm 2021"; for a precedent, the same in its header.</summary>
    internal static DateOnly? PassedOn(List<string> lines)
    {
        foreach (var line in lines)
        {
            // "thông qua ngày 30 tháng 3 năm 2021"; over several days ("các ngày 01, 02, 03 tháng 02 năm 2023"), the last.
            var m = PassedPattern().Match(line);
            if (m.Success && DateRecognizer.TryMatchVerbal($"ngày {m.Groups["d"].Value} tháng {m.Groups["m"].Value} năm {m.Groups["y"].Value}", 0, out var date, out _))
            {
                return date;
            }
        }

        return null;
    }

    internal static DateOnly? EffectiveFrom(string text)
    {
        var m = EffectivePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var at = m.Groups["date"].Index;
        return DateRecognizer.TryMatchVerbal(text, at, out var verbal, out _) ? verbal
            : DateRecognizer.TryMatchNumeric(text, at + m.Groups["date"].Value.AsSpan().IndexOfAnyInRange('0', '9'), out var numeric, out _) ? numeric
            : null;
    }

    [GeneratedRegex(@"thông qua\s+(?:vào\s+)?(?:trong phiên họp\s+)?(?:các\s+)?ngày\s+(?:\d{1,2}\s*(?:,|và)\s*)*(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassedPattern();

    [GeneratedRegex(@"có hiệu lực(?:\s+thi hành)?(?:\s+(?:kể\s+)?từ|\s+kể\s+từ)\s+(?<date>ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/\-.]\d{1,2}[/\-.]\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EffectivePattern();

    /// <summary>"… này có hiệu lực (thi hành) (kể) từ ngày ký (ban hành)": in effect from the date of issue.</summary>
    [GeneratedRegex(@"này có hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\s+ký\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex EffectiveOnSigning();
}
