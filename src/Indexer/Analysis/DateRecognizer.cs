namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Recognises dates written the ways Vietnamese documents write them: <c>13/1/2021</c>, <c>13-01-2021</c>,
/// <c>13.01.2021</c> and <c>ngày 13 tháng 01 năm 2021</c> (with or without diacritics).
/// </summary>
internal static class DateRecognizer
{
    /// <summary>The index token prefix that marks a date key.</summary>
    public const char TokenPrefix = '@';

    /// <summary>The search key of a date: "2021-01-13".</summary>
    public static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads d/m/yyyy (or with '-' or '.') starting at the digit at <paramref name="start"/>.</summary>
    public static bool TryMatchNumeric(ReadOnlySpan<char> text, int start, out DateOnly date, out int end)
    {
        date = default;
        end = start;
        var i = start;
        if (!ReadNumber(text, ref i, 1, 2, out var day) || i >= text.Length)
        {
            return false;
        }

        var separator = text[i];
        if (separator is not ('/' or '-' or '.'))
        {
            return false;
        }

        i++;
        if (!ReadNumber(text, ref i, 1, 2, out var month) || i >= text.Length || text[i] != separator)
        {
            return false;
        }

        i++;
        if (!ReadNumber(text, ref i, 4, 4, out var year) || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return false;
        }

        if (!TryCreate(year, month, day, out date))
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>Reads "ngày 13 tháng 01 năm 2021" starting at the word "ngày" at <paramref name="start"/>.</summary>
    public static bool TryMatchVerbal(ReadOnlySpan<char> text, int start, out DateOnly date, out int end)
    {
        date = default;
        end = start;
        var i = start;
        if (!ReadWord(text, ref i, "ngay") || !SkipSpace(text, ref i) || !ReadNumber(text, ref i, 1, 2, out var day)
            || !SkipSpace(text, ref i) || !ReadWord(text, ref i, "thang") || !SkipSpace(text, ref i)
            || !ReadNumber(text, ref i, 1, 2, out var month) || !SkipSpace(text, ref i) || !ReadWord(text, ref i, "nam")
            || !SkipSpace(text, ref i) || !ReadNumber(text, ref i, 4, 4, out var year))
        {
            return false;
        }

        if ((i < text.Length && char.IsLetterOrDigit(text[i])) || !TryCreate(year, month, day, out date))
        {
            return false;
        }

        end = i;
        return true;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool ReadNumber(ReadOnlySpan<char> text, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < maxDigits)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i - start >= minDigits && (i >= text.Length || !char.IsAsciiDigit(text[i]));
    }

    private static bool ReadWord(ReadOnlySpan<char> text, ref int i, string folded)
    {
        var j = i;
        foreach (var expected in folded)
        {
            while (j < text.Length && VietnameseLetters.ClassOf(text[j]) is CharClass.CombiningMark or CharClass.Ignorable)
            {
                j++;
            }

            if (j >= text.Length || VietnameseLetters.Fold(text[j]) != expected)
            {
                return false;
            }

            j++;
        }

        while (j < text.Length && VietnameseLetters.ClassOf(text[j]) == CharClass.CombiningMark)
        {
            j++;
        }

        if (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            return false;
        }

        i = j;
        return true;
    }

    private static bool SkipSpace(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsWhiteSpace(text[i]) && i - start < 3)
        {
            i++;
        }

        return i > start;
    }
}
