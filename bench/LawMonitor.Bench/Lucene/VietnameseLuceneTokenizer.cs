using LawMonitor.Indexer.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Token = LawMonitor.Indexer.Analysis.Token;

namespace LawMonitor.Bench.Lucene;

/// <summary>
/// LawMonitor's Vietnamese analysis (<see cref="VietnameseAnalyzer"/>) as a Lucene tokenizer, so the peer
/// indexes exactly the words, folds and keys that LawMonitor indexes, with offsets into the original text.
/// </summary>
internal sealed class VietnameseLuceneTokenizer : Tokenizer
{
    private readonly LuceneFieldForm form;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly List<(string Term, int Start, int End, int Increment)> tokens = [];
    private int next;
    private int length;

    public VietnameseLuceneTokenizer(TextReader input, LuceneFieldForm form)
        : base(input)
    {
        this.form = form;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= tokens.Count)
        {
            return false;
        }

        var (text, start, end, step) = tokens[next++];
        term.SetEmpty().Append(text);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        increment.PositionIncrement = step;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        length = text.Length;
        tokens.Clear();
        next = 0;
        Token? previous = null;
        foreach (var token in VietnameseAnalyzer.Tokenize(text))
        {
            switch (form)
            {
                case LuceneFieldForm.Exact:
                    tokens.Add((token.Text, token.Start, token.End, token.IsKey ? 0 : 1));
                    break;
                case LuceneFieldForm.Folded when !token.IsKey:
                    tokens.Add((token.Folded, token.Start, token.End, 1));
                    break;
                case LuceneFieldForm.Pair when !token.IsKey:
                    if (previous is not null)
                    {
                        tokens.Add((Pair(previous.Folded, token.Folded), previous.Start, token.End, 1));
                    }

                    previous = token;
                    break;
            }
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offset.SetOffset(final, final);
    }

    /// <summary>The pair term of two folded words.</summary>
    public static string Pair(string first, string second) => first + "_" + second;
}
