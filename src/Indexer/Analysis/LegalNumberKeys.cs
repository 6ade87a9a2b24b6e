namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// The search keys of a legal document number. A number is indexed under its full form and the partial forms
/// people type, so "19/2020/NĐ-CP", "nd 19/2020" and "19/2020" all find it. Keys are folded and lower case.
/// </summary>
internal static class LegalNumberKeys
{
    /// <summary>The index token prefix that marks a document-number key.</summary>
    public const char TokenPrefix = '#';

    /// <summary>"19/2020".</summary>
    public static string NumberYear(string number, int year) => $"{number}/{year}";

    /// <summary>"19/nd": number and document type, for "QĐ 242" or "nd 19".</summary>
    public static string NumberType(string number, string typeSymbol) => $"{number}/{typeSymbol}";

    /// <summary>"19/2020/nd": number, year and type, for "nd 19/2020".</summary>
    public static string NumberYearType(string number, int year, string typeSymbol) => $"{number}/{year}/{typeSymbol}";

    /// <summary>The serial number as keyed: leading zeros dropped ("03" → "3", "0" stays), lower case.</summary>
    public static string CanonicalNumber(ReadOnlySpan<char> digitsAndSuffix)
    {
        var firstSignificant = 0;
        while (firstSignificant < digitsAndSuffix.Length - 1
               && digitsAndSuffix[firstSignificant] == '0'
               && char.IsAsciiDigit(digitsAndSuffix[firstSignificant + 1]))
        {
            firstSignificant++;
        }

        return digitsAndSuffix[firstSignificant..].ToString().ToLowerInvariant();
    }

    /// <summary>The index token for a key: "#19/2020/nd-cp".</summary>
    public static string Token(string key) => TokenPrefix + key;
}
