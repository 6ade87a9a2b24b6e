using System.Globalization;
using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// Reads a deadline as plans and regulations write it: a day ("trước ngày 30/6/2025", "chậm nhất ngày 15 tháng
/// 11 năm 2024"), a quarter ("Quý III năm 2024", "Quý II, III/2020"), half a year ("6 tháng đầu năm"), a month
/// or a span of months ("tháng 11/2024", "Từ tháng 4 đến tháng 10 năm 2020"), a year ("cả năm 2024"), every
/// year, quarter or month ("trước ngày 15 tháng 11 hằng năm", "hằng quý"), or ongoing ("thường xuyên"). A day
/// or month without a year takes the plan's year.
/// </summary>
public static partial class DeadlineReader
{
    /// <summary>The deadline <paramref name="text"/> states; <paramref name="year"/> is the plan's year, for what omits it.</summary>
    public static TaskDeadline Read(string? text, int? year)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TaskDeadline.Unspecified;
        }

        text = text.Normalize(System.Text.NormalizationForm.FormC);
        var every = RecurrenceOf(text);
        if (DayOf(text, year) is { } day)
        {
            var recurring = every is not null && day.Year is null;
            var dueYear = day.Year ?? year;
            var words = recurring && !day.Match.Contains(EveryWords().Match(text).Value, StringComparison.OrdinalIgnoreCase) ? $"{day.Match} {EveryWords().Match(text).Value}" : day.Match;
            return new TaskDeadline(recurring ? DeadlineKind.Recurring : DeadlineKind.Day, words)
            {
                Due = dueYear is { } y ? SafeDate(y, day.Month, day.Day) : null,
                Every = recurring ? every : null,
                Month = day.Month,
                Day = day.Day,
            };
        }

        if (MonthSpan().Match(text) is { Success: true } span)
        {
            var endYear = Year(span.Groups["y2"]) ?? Year(span.Groups["y1"]) ?? year;
            var startYear = Year(span.Groups["y1"]) ?? endYear;
            var (from, to) = (Int(span.Groups["m1"]), Int(span.Groups["m2"]));
            return endYear is { } ey && startYear is { } sy && from is >= 1 and <= 12 && to is >= 1 and <= 12
                ? new TaskDeadline(DeadlineKind.Period, span.Value.Trim()) { From = new DateOnly(sy, from, 1), Due = EndOfMonth(ey, to) }
                : new TaskDeadline(DeadlineKind.Period, span.Value.Trim());
        }

        if (Quarters().Match(text) is { Success: true } quarters)
        {
            var numbers = quarters.Groups["q"].Captures.Select(c => QuarterNumber(c.Value)).Where(q => q is >= 1 and <= 4).Select(q => q!.Value).ToList();
            var qy = Year(quarters.Groups["y"]) ?? year;
            if (numbers.Count > 0 && qy is { } y)
            {
                var (first, last) = (numbers.Min(), numbers.Max());
                return new TaskDeadline(DeadlineKind.Period, quarters.Value.Trim()) { From = new DateOnly(y, ((first - 1) * 3) + 1, 1), Due = EndOfMonth(y, last * 3) };
            }

            return new TaskDeadline(DeadlineKind.Period, quarters.Value.Trim());
        }

        if (HalfYear().Match(text) is { Success: true } half)
        {
            var hy = Year(half.Groups["y"]) ?? year;
            var second = half.Groups["which"].Value is "cuối" or "sau";
            return hy is { } y
                ? new TaskDeadline(DeadlineKind.Period, half.Value.Trim()) { From = new DateOnly(y, second ? 7 : 1, 1), Due = new DateOnly(y, second ? 12 : 6, second ? 31 : 30) }
                : new TaskDeadline(DeadlineKind.Period, half.Value.Trim());
        }

        if (MonthOf().Match(text) is { Success: true } month && Int(month.Groups["m"]) is >= 1 and <= 12 and var m)
        {
            var my = Year(month.Groups["y"]);
            if (every is not null && my is null)
            {
                return new TaskDeadline(DeadlineKind.Recurring, month.Value.Trim()) { Every = every, Month = m, Due = year is { } y ? EndOfMonth(y, m) : null };
            }

            my ??= year;
            return new TaskDeadline(DeadlineKind.Period, month.Value.Trim()) { From = my is { } f ? new DateOnly(f, m, 1) : null, Due = my is { } e ? EndOfMonth(e, m) : null };
        }

        if (YearOf().Match(text) is { Success: true } whole && Year(whole.Groups["y"]) is { } wy)
        {
            return new TaskDeadline(DeadlineKind.Period, whole.Value.Trim()) { From = new DateOnly(wy, 1, 1), Due = new DateOnly(wy, 12, 31) };
        }

        if (Ongoing().Match(text) is { Success: true } ongoing)
        {
            return new TaskDeadline(DeadlineKind.Continuous, ongoing.Value);
        }

        if (every is { } recurrence)
        {
            return new TaskDeadline(DeadlineKind.Recurring, EveryWords().Match(text).Value) { Every = recurrence };
        }

        return TaskDeadline.Unspecified;
    }

    /// <summary>How often <paramref name="text"/> says something recurs, or null.</summary>
    public static Recurrence? RecurrenceOf(string text)
    {
        var match = EveryWords().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        return unit switch
        {
            "quý" => Recurrence.Quarterly,
            "tháng" => Recurrence.Monthly,
            "6 tháng" or "sáu tháng" => Recurrence.HalfYearly,
            _ => Recurrence.Yearly,
        };
    }

    private static (string Match, int Day, int Month, int? Year)? DayOf(string text, int? year)
    {
        foreach (Match match in Day().Matches(text))
        {
            var (d, m) = (Int(match.Groups["d"]), Int(match.Groups["m"]));
            var y = Year(match.Groups["y"]);
            if (d is >= 1 and <= 31 && m is >= 1 and <= 12 && SafeDate(y ?? year ?? 2000, m, d) is not null)
            {
                return (match.Value.Trim(), d, m, y);
            }
        }

        return null;
    }

    private static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int? QuarterNumber(string quarter) => quarter.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => null,
    };

    private static int Int(Group group) => group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static int? Year(Group group) => group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 ? y : null;

    // "ngày 15/11/2024", "trước ngày 30/6", "ngày 15 tháng 11 năm 2024", "ngày 15 tháng 11 hằng năm"; without "ngày",
    // a day only as "30/6" or "30/6/2025" (or "30-6-2025" with its year): "8-10 phút" is no day.
    [GeneratedRegex(@"(?:(?:trước|chậm nhất|hạn chót|đến)\s+)?(?:ngày\s*(?<![\d/])(?<d>\d{1,2})\s*(?:[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4}))?|\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:năm|/)\s*(?<y>\d{4}))?)|(?<![\d/.\-])(?<d>\d{1,2})\s*(?:/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}))?|[.\-]\s*(?<m>\d{1,2})\s*[.\-]\s*(?<y>\d{4})))(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    // "Từ tháng 4 đến tháng 10 năm 2020", "từ tháng 3/2024 đến hết tháng 6/2024".
    [GeneratedRegex(@"từ\s+tháng\s+(?<m1>\d{1,2})(?:\s*(?:/|năm)\s*(?<y1>\d{4}))?\s*(?:đến|-|–)\s*(?:hết\s+)?tháng\s+(?<m2>\d{1,2})(?:\s*(?:/|năm)\s*(?<y2>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthSpan();

    // "Quý III năm 2024", "Quý III/2024", "Quý II, III/2020", "quý 3".
    [GeneratedRegex(@"quý\s+(?<q>IV|I{1,3}|[1-4])(?:\s*(?:,|và|-|–)\s*(?:quý\s+)?(?<q>IV|I{1,3}|[1-4]))*(?:\s*(?:/|năm)\s*(?<y>\d{4}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quarters();

    // "6 tháng đầu năm 2024", "sáu tháng cuối năm".
    [GeneratedRegex(@"(?:6|sáu)\s+tháng\s+(?<which>đầu|cuối|sau)\s+năm(?:\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();

    // "tháng 11/2024", "tháng 11 năm 2024", "Tháng 11 hằng năm".
    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})(?:\s*(?:/|năm)\s*(?<y>\d{4}))?(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOf();

    // "cả năm 2024", "trong năm 2024", "năm 2024".
    [GeneratedRegex(@"(?:(?:cả|trong|suốt)\s+)?năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOf();

    [GeneratedRegex(@"thường xuyên|liên tục", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    // "hằng năm", "hàng năm", "định kỳ hằng quý", "hằng tháng", "định kỳ 6 tháng".
    [GeneratedRegex(@"(?:h[ằà]ng|định kỳ(?:\s+h[ằà]ng)?)\s+(?<unit>năm|quý|tháng|6 tháng|sáu tháng)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryWords();
}
