namespace LawMonitor.Bench.Lucene;

/// <summary>
/// The fields of the Lucene peer and their query weights, mirroring LawMonitor's columns: words as written add
/// a bonus to words typed with their diacritics, and adjacent pairs add the phrase evidence. The heading
/// weighs 1.5, not LawMonitor's 5: Lucene scores each field with its own BM25 (its own length norm, not
/// BM25F's shared one), and swept on alqac-dev (heading 1–3 × b 0.65/0.75) 1.5 with b 0.65 was its best
/// (0.9172 / 0.9175; 3.0 fell to 0.87).
/// </summary>
internal static class LuceneSchema
{
    public const string Id = "id";
    public const string Body = "body";
    public const string TitleFolded = "title_f";
    public const string HeadingExact = "head_e";
    public const string HeadingFolded = "head_f";
    public const string BodyExact = "body_e";
    public const string BodyFolded = "body_f";
    public const string Pairs = "pair";

    public const float HeadingWeight = 1.5f;
    public const float TitleWeight = 1.0f;
    public const float BodyWeight = 1.0f;
    public const float ExactBonus = 0.5f;
    public const float PairWeight = 1.0f;
    public const float KeyWeight = 2.0f;

    public static LuceneFieldForm FormOf(string field) => field switch
    {
        HeadingExact or BodyExact => LuceneFieldForm.Exact,
        Pairs => LuceneFieldForm.Pair,
        _ => LuceneFieldForm.Folded,
    };
}
