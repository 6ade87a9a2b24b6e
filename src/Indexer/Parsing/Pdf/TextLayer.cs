namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// The text layer of a PDF, one string per page (lines separated by line feeds), with the reader that produced
/// it, or the failure that reader reported.
/// </summary>
internal sealed record TextLayer(IReadOnlyList<string> Pages, string Reader)
{
    /// <summary>Whether the layer carries enough letters to be read rather than re-read by another reader.</summary>
    public bool IsUsable(int minLettersPerPage)
    {
        var letters = 0;
        var unreadable = 0;
        foreach (var page in Pages)
        {
            foreach (var c in page)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
                else if (c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse)
                {
                    unreadable++;
                }
            }
        }

        // Fonts without a Unicode map come out as replacement or private-use characters: such a layer is not
        // text, and another reader (or OCR) may do better.
        return letters >= minLettersPerPage && unreadable * 10 < letters;
    }
}
