using System.Globalization;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// The period a plan, programme, scheme or strategy runs for, read from its title or from the words that
/// cite it: "giai đoạn 2018-2022", "giai đoạn 2021 – 2025, định hướng đến năm 2030" (the period, not the
/// orientation), "đến năm 2025", and for a yearly plan "… năm 2024".
/// </summary>
/// <param name="Text">The words that state it, as folded ("giai doan 2018-2022").</param>
/// <param name="EndYear">The last year of the period.</param>
public sealed partial record ProgrammePeriod(string Text, int EndYear)
{
    /// <summary>The period as people write it: "Giai đoạn 2018–2022", "Đến năm 2025", "Năm 2026".</summary>
    public string Words { get; init; } = $"Đến năm {EndYear}";

    /// <summary>
    /// The period of a plan, programme, scheme or strategy, read from its title ("Kế hoạch … năm 2026" runs for 2026);
    /// null for a document of another type, or one whose title states none.
    /// </summary>
    public static ProgrammePeriod? OfDocument(string? type, string? title) =>
        type is not null && ProgrammeWords.Any(w => VietnameseAnalyzer.FoldWords(type).StartsWith(w, StringComparison.Ordinal)) ? Find(title, yearly: true) : null;

    /// <summary>The words naming a programme-like document, folded.</summary>
    public static readonly string[] ProgrammeWords = ["ke hoach", "chuong trinh", "de an", "chien luoc", "du an"];

    /// <summary>The period stated in <paramref name="text"/> (any case, with or without diacritics), or null.</summary>
    /// <param name="text">A title or the clause citing a programme.</param>
    /// <param name="yearly">Whether a bare "năm 2024" at the end states the period (a yearly plan's title).</param>
    public static ProgrammePeriod? Find(string? text, bool yearly)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = VietnameseAnalyzer.FoldWords(text.Replace('–', '-').Replace('—', '-'));
        if (Range().Match(folded) is { Success: true } range)
        {
            var (from, to) = (Year(range.Groups[1].Value), Year(range.Groups[2].Value));
            return to >= from && to - from <= 30 ? new ProgrammePeriod(range.Value, to) { Words = $"Giai đoạn {from}–{to}" } : null;
        }

        if (Until().Match(folded) is { Success: true } until)
        {
            return new ProgrammePeriod(until.Value, Year(until.Groups[1].Value));
        }

        return yearly && YearEnd().Match(folded) is { Success: true } year ? new ProgrammePeriod(year.Value, Year(year.Groups[1].Value)) { Words = $"Năm {year.Groups[1].Value}" } : null;
    }

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    // FoldWords turns "2018-2022" into "2018 2022" (words only), so the range is two four-digit years in a row.
    [GeneratedRegex(@"(?:giai doan|thoi ky|nhiem ky)\s+((?:19|20)\d\d)\s+((?:19|20)\d\d)\b")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<!dinh huong |tam nhin )den nam ((?:19|20)\d\d)\b")]
    private static partial Regex Until();

    [GeneratedRegex(@"\bnam ((?:19|20)\d\d)\s*$")]
    private static partial Regex YearEnd();
}
