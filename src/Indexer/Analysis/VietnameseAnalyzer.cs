namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Cuts Vietnamese text into tokens: words (syllables) and numbers, each in an exact and a folded form with
/// its offsets into the original text, plus document-number and date keys laid over the words they were read
/// from. No word is dropped: there is no stop list ("không", "chưa", "phải", "cấm" carry legal meaning).
/// </summary>
/// <remarks>
/// Layers, as in Lucene's analysis chain: character classes (<see cref="VietnameseLetters"/>) → word
/// boundaries (here) → word normalisation (<see cref="WordNormalizer"/>, <see cref="ToneNormalizer"/>) → key
/// recognisers (<see cref="LegalNumberRecognizer"/>, <see cref="DateRecognizer"/>).
/// </remarks>
public static class VietnameseAnalyzer
{
    /// <summary>Analyses <paramref name="text"/> into a list of tokens.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var sink = new ListSink([]);
        Analyze(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>The exact normalised form of a whole text, words separated by single spaces.</summary>
    public static string NormalizeWords(string text) =>
        string.Join(' ', Tokenize(text).Where(t => !t.IsKey).Select(t => t.Text));

    /// <summary>The folded form of a whole text, words separated by single spaces.</summary>
    public static string FoldWords(string text) =>
        string.Join(' ', Tokenize(text).Where(t => !t.IsKey).Select(t => t.Folded));

    /// <summary>Streams the tokens of <paramref name="text"/> to <paramref name="sink"/>; returns the number of words.</summary>
    internal static int Analyze<TSink>(ReadOnlySpan<char> text, ref TSink sink, bool recognizeKeys = true)
        where TSink : struct, ITokenSink
    {
        Span<char> exact = stackalloc char[WordNormalizer.MaxWordLength];
        Span<char> folded = stackalloc char[WordNormalizer.MaxWordLength];
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            var cls = VietnameseLetters.ClassOf(text[i]);
            if (cls is not (CharClass.Letter or CharClass.Digit))
            {
                i++;
                continue;
            }

            var start = i;
            var allDigits = true;
            while (i < text.Length)
            {
                cls = VietnameseLetters.ClassOf(text[i]);
                if (cls == CharClass.Other)
                {
                    break;
                }

                allDigits &= cls != CharClass.Letter;
                i++;
            }

            var end = i;
            while (VietnameseLetters.ClassOf(text[end - 1]) == CharClass.Ignorable)
            {
                end--;
            }

            var length = WordNormalizer.Exact(text[start..end], exact);
            WordNormalizer.Fold(exact[..length], folded);
            sink.OnWord(exact[..length], folded[..length], start, end, position, allDigits);
            if (recognizeKeys)
            {
                RecognizeKeys(text, start, allDigits, folded[..length], position, ref sink);
            }

            position++;
        }

        return position;
    }

    /// <summary>Counts words the way <see cref="Analyze{TSink}"/> numbers them, without normalising them.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var cls = VietnameseLetters.ClassOf(c);
            if (cls == CharClass.Other)
            {
                inWord = false;
            }
            else if (!inWord && cls is CharClass.Letter or CharClass.Digit)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    private static void RecognizeKeys<TSink>(ReadOnlySpan<char> text, int start, bool isNumber, ReadOnlySpan<char> folded, int position, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        if (isNumber)
        {
            if (DateRecognizer.TryMatchNumeric(text, start, out var date, out var dateEnd))
            {
                sink.OnKey(TokenKind.Date, DateRecognizer.Key(date), start, dateEnd, position);
            }
            else if (LegalNumberRecognizer.TryMatch(text, start, out var number))
            {
                foreach (var key in number!.Keys())
                {
                    sink.OnKey(TokenKind.LegalNumber, key, number.Start, number.End, position);
                }
            }
        }
        else if (folded.SequenceEqual("ngay") && DateRecognizer.TryMatchVerbal(text, start, out var date, out var end))
        {
            sink.OnKey(TokenKind.Date, DateRecognizer.Key(date), start, end, position);
        }
    }

    private readonly struct ListSink(List<Token> tokens) : ITokenSink
    {
        public List<Token> Tokens => tokens;

        public void OnWord(ReadOnlySpan<char> exact, ReadOnlySpan<char> folded, int start, int end, int position, bool isNumber) =>
            tokens.Add(new Token(isNumber ? TokenKind.Number : TokenKind.Word, exact.ToString(), folded.ToString(), start, end, position));

        public void OnKey(TokenKind kind, string key, int start, int end, int position) =>
            tokens.Add(new Token(kind, key, key, start, end, position));
    }
}
