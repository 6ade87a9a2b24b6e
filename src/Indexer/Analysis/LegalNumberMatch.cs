namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// A legal document number found in text, e.g. <c>19/2020/NĐ-CP</c>, <c>242/QĐ-TTg</c>, <c>03/VBHN-VPQH</c>.
/// </summary>
/// <param name="Number">The serial number without leading zeros, lower case: "19", "37a".</param>
/// <param name="Year">The year when the number has one (normative documents), else null.</param>
/// <param name="Symbol">The symbol segments in lower case with diacritics kept: ["nđ", "cp"].</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character.</param>
internal sealed record LegalNumberMatch(string Number, int? Year, IReadOnlyList<string> Symbol, int Start, int End)
{
    /// <summary>The folded symbol joined with '-': "nd-cp".</summary>
    public string FoldedSymbol => string.Join('-', Symbol.Select(WordNormalizer.Fold));

    /// <summary>The folded first segment of the symbol, which names the document type: "nd", "qd".</summary>
    public string TypeSymbol => WordNormalizer.Fold(Symbol[0]);

    /// <summary>The canonical search key of the whole number: "19/2020/nd-cp", "242/qd-ttg".</summary>
    public string FullKey => Year is { } y ? $"{Number}/{y}/{FoldedSymbol}" : $"{Number}/{FoldedSymbol}";

    /// <summary>
    /// Every key this number answers to: the full number, and the partial forms people type
    /// ("19/2020", "nd 19/2020", "QĐ 242").
    /// </summary>
    public IEnumerable<string> Keys()
    {
        yield return FullKey;
        yield return LegalNumberKeys.NumberType(Number, TypeSymbol);
        if (Year is { } y)
        {
            yield return LegalNumberKeys.NumberYear(Number, y);
            yield return LegalNumberKeys.NumberYearType(Number, y, TypeSymbol);
        }
    }
}
