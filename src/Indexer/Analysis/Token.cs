namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// One token of analysed text.
/// </summary>
/// <param name="Kind">What the token stands for.</param>
/// <param name="Text">The exact form: lower case, composed, tone mark in its canonical place.</param>
/// <param name="Folded">The folded form: no diacritics, đ → d. Keys are already folded.</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character in the original text.</param>
/// <param name="Position">
/// The ordinal of the word in the text. Keys share the position of the word they start at.
/// </param>
public sealed record Token(TokenKind Kind, string Text, string Folded, int Start, int End, int Position)
{
    /// <summary>Whether this is a key (document number or date) laid over the words it was read from.</summary>
    public bool IsKey => Kind is TokenKind.LegalNumber or TokenKind.Date;
}
