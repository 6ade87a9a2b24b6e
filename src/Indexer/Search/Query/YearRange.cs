namespace LawMonitor.Indexer.Search.Query;

/// <summary>Years from <paramref name="From"/> to <paramref name="To"/>, inclusive; either may be open.</summary>
public sealed record YearRange(int? From, int? To)
{
    /// <summary>Reads "2020", "2018..2022", "2018-2022", "2018..", "..2022".</summary>
    public static bool TryParse(string? text, out YearRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var separator = s.Contains("..", StringComparison.Ordinal) ? ".." : s.Length == 9 && s[4] == '-' ? "-" : null;
        if (separator is null)
        {
            if (TryYear(s, out var y))
            {
                range = new YearRange(y, y);
                return true;
            }

            return false;
        }

        var parts = s.Split(separator, 2);
        int? from = null, to = null;
        if (parts[0].Length > 0)
        {
            if (!TryYear(parts[0], out var f))
            {
                return false;
            }

            from = f;
        }

        if (parts[1].Length > 0)
        {
            if (!TryYear(parts[1], out var t))
            {
                return false;
            }

            to = t;
        }

        if (from is null && to is null || from > to)
        {
            return false;
        }

        range = new YearRange(from, to);
        return true;
    }

    private static bool TryYear(string s, out int year) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2200;

    /// <inheritdoc />
    public override string ToString() => From == To ? $"{From}" : $"{From}..{To}";
}
