using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Detectors 2 and 3, overlap and contradiction: provisions of different documents that say nearly the same
/// thing, compared at the finest unit that carries a rule (<see cref="ComparedUnits"/>: clauses and points,
/// plan items, articles without clauses). Each unit becomes word 5-gram shingles (accent-folded, every
/// number and date written as one placeholder, so that two units differing only in a deadline share all
/// their shingles) and a MinHash signature; signatures meet in locality-sensitive buckets (bands), so only
/// units sharing a bucket are compared — never all pairs; formulas repeated everywhere (effect and
/// implementation articles, crowded buckets) are left out. Candidates are verified by exact Jaccard
/// similarity. A similar pair whose numbers, dates or deadlines differ is a contradiction candidate, shown as
/// a word-level diff of the original words; a pair above the overlap threshold that agrees is an overlap,
/// with the shared passage — unless its articles already differ in a contradiction, which is the finding. Documents that have ended as a whole
/// (<see cref="EndedDocuments"/>) are not compared: they overlap nothing any more.
/// </summary>
public static class OverlapDetector
{
    public const string OverlapRule = "rule:overlap";
    public const string ContradictionRule = "rule:contradiction";

    /// <summary>A differing rule of a lower body than the other document's (<see cref="Legal.Effect.DifferingRule"/>).</summary>
    public const string ConflictWithHigherRule = "rule:conflict-with-higher";

    /// <summary>The same body ruling again later and differently: a candidate implicit replacement.</summary>
    public const string LaterRestatementRule = "rule:later-restatement";

    /// <summary>The rules this detector reports under, in the order the detection summary lists them.</summary>
    public static IReadOnlyList<string> Rules { get; } = [OverlapRule, ContradictionRule, ConflictWithHigherRule, LaterRestatementRule];

    /// <summary>
    /// How many provisions the detector compares in <paramref name="index"/> (for the benchmark: the units the cost
    /// grows with); with <paramref name="includeEnded"/>, also those of ended documents, which are stored but not compared.
    /// </summary>
    public static int CountUnits(LegalIndex index, OverlapSettings? settings = null, bool includeEnded = false)
    {
        ArgumentNullException.ThrowIfNull(index);
        settings ??= OverlapSettings.Default;
        var ended = includeEnded ? [] : EndedDocuments.Find(index.Documents);
        return index.Documents.Texts().Where(t => !ended.Contains(t.Document)).Sum(t => PrepareDocument(t.Document, t.Text, t.Structure, settings).Count);
    }

    /// <summary>The full run: every provision of the index against every other, through band buckets.</summary>
    public static IReadOnlyList<Finding> Detect(LegalIndex index, OverlapSettings? settings = null) => DetectAll(index, null, settings);

    /// <summary>
    /// The full run, rewriting <paramref name="units"/> (when given) with every document's provisions, so that
    /// later incremental runs start from the whole index (<c>detect --all</c>).
    /// </summary>
    public static IReadOnlyList<Finding> DetectAll(LegalIndex index, DetectorUnitStore? units, OverlapSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        settings ??= OverlapSettings.Default;
        var reader = index.Documents;
        var articles = new List<ComparedArticle>();
        var ended = EndedDocuments.Find(reader);
        var hashes = units is null ? null : reader.ContentHashes();
        var prepared = new List<(Model.DocumentId, string, IReadOnlyList<ComparedArticle>)>();
        foreach (var (document, text, structure) in reader.Texts())
        {
            cancellationToken.ThrowIfCancellationRequested(); // nothing is stored before every document is prepared
            var own = PrepareDocument(document, text, structure, settings);
            if (hashes is not null && hashes.TryGetValue(document, out var hash))
            {
                prepared.Add((document, hash, own));
            }

            if (!ended.Contains(document))
            {
                articles.AddRange(own);
            }
        }

        if (units is not null)
        {
            units.Clear();
            units.Replace([], prepared, SettingsKey(settings), s => BandKeys(s, settings));
        }

        var pairs = CandidatePairs(articles, settings).Select(p => (articles[p.Item1], articles[p.Item2]));
        return Evaluate(reader, pairs, settings);
    }

    /// <summary>
    /// The incremental run after an ingest batch: the documents that are new or changed since the last run (by
    /// content hash) are prepared and stored, removed ones forgotten, and only the new provisions are compared,
    /// through the stored buckets, with everything else. Its findings are those of the full run for the pairs
    /// that involve a new or changed document; its cost grows with the batch, not with the index.
    /// </summary>
    public static IncrementalDetection DetectChanged(LegalIndex index, DetectorUnitStore units, OverlapSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(units);
        settings ??= OverlapSettings.Default;
        var reader = index.Documents;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        void Mark(string stage)
        {
            stages[stage] = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
            clock.Restart();
        }

        var key = SettingsKey(settings);
        var current = reader.ContentHashes();
        var stored = units.Prepared(key);
        var removed = stored.Keys.Where(d => !current.ContainsKey(d)).ToList();
        var changed = current.Where(kv => !stored.TryGetValue(kv.Key, out var h) || h != kv.Value).Select(kv => kv.Key).ToList();
        var prepared = new List<(Model.DocumentId Document, string Hash, IReadOnlyList<ComparedArticle> Units)>();
        foreach (var document in changed)
        {
            cancellationToken.ThrowIfCancellationRequested(); // nothing is stored before every changed document is prepared
            if (reader.Get(document)?.Document.Text is { } text)
            {
                var structure = reader.Structure(document) ?? Legal.StructureParser.Parse(text);
                prepared.Add((document, current[document], PrepareDocument(document, text, structure, settings)));
            }
        }

        Mark("changes");
        var ids = units.Replace(removed, prepared, key, s => BandKeys(s, settings));
        var fresh = ids.Zip(prepared.SelectMany(p => p.Units)).ToDictionary(x => x.First, x => x.Second);
        Mark("store");
        var ended = changed.Count == 0 ? [] : EndedDocuments.Find(reader);
        Mark("ended");
        var members = units.Members(fresh.Values.SelectMany(u => BandKeys(u.Signature, settings)));
        Mark("buckets");
        var pairIds = new HashSet<(long, long)>();
        foreach (var (id, unit) in fresh)
        {
            if (ended.Contains(unit.Document))
            {
                continue;
            }

            foreach (var bucket in BandKeys(unit.Signature, settings))
            {
                // Ended documents' provisions are stored but, as in the full run, neither compared nor counted.
                var list = members[bucket].Where(m => !ended.Contains(m.Document)).Select(m => m.Unit).ToList();
                if (list.Count <= 1 || list.Count > settings.MaxBucket)
                {
                    continue; // alone, or a formula repeated everywhere
                }

                foreach (var other in list.Where(o => o != id))
                {
                    pairIds.Add(id < other ? (id, other) : (other, id));
                }
            }
        }

        var loaded = units.Load(pairIds.SelectMany(p => new[] { p.Item1, p.Item2 }).Where(i => !fresh.ContainsKey(i)));
        foreach (var (id, unit) in fresh)
        {
            loaded[id] = unit;
        }

        var pairs = pairIds
            .Select(p => (loaded[p.Item1], loaded[p.Item2]))
            .Where(p => p.Item1.Document != p.Item2.Document && !ended.Contains(p.Item1.Document) && !ended.Contains(p.Item2.Document))
            .ToList();
        Mark("load");
        var findings = Evaluate(reader, pairs, settings);
        Mark("verify");
        return new IncrementalDetection(findings, prepared.Count, removed.Count, fresh.Count, pairs.Count)
        {
            Stages = stages,
            Changed = changed.Where(stored.ContainsKey).Select(d => d.Value).ToHashSet(StringComparer.Ordinal),
            Removed = removed.Select(d => d.Value).ToHashSet(StringComparer.Ordinal),
        };
    }

    private static List<ComparedArticle> PrepareDocument(Model.DocumentId document, string text, Legal.DocumentStructure structure, OverlapSettings settings)
    {
        var units = new List<ComparedArticle>();
        foreach (var (path, spanStart, spanEnd, start, unit) in ComparedUnits.Of(text, structure, settings))
        {
            if (Prepare(document, path, start, unit, settings) is { } article)
            {
                units.Add(article with { Span = (spanStart, spanEnd) });
            }
        }

        return units;
    }

    /// <summary>What the stored units depend on: a change of shingle size, banding or minimum length prepares everything again.</summary>
    private static string SettingsKey(OverlapSettings settings) =>
        FormattableString.Invariant($"v1|{settings.ShingleWords}|{settings.MinWords}|{settings.Bands}x{settings.Rows}|{string.Join(',', settings.FormulaHeadings)}|{string.Join(',', settings.FormulaPhrases)}");

    /// <summary>Verifies candidate pairs, in one canonical order and orientation whichever run found them.</summary>
    private static List<Finding> Evaluate(DocumentReader reader, IEnumerable<(ComparedArticle A, ComparedArticle B)> candidates, OverlapSettings settings)
    {
        var findings = new List<Finding>();
        var labels = new DocumentLabels(reader);
        var versions = new Dictionary<Model.DocumentId, int>();
        var identities = new Dictionary<Model.DocumentId, Identity>();
        var copies = new Dictionary<Model.DocumentId, Model.DocumentId>();
        var reported = new HashSet<(string, string)>();
        var metadata = new Dictionary<Model.DocumentId, Model.LegalDocument?>();
        static string Of(ComparedArticle x) => x.Document.Value + "|" + x.Path;
        var ordered = candidates
            .Select(p => string.CompareOrdinal(Of(p.A), Of(p.B)) <= 0 ? p : (p.B, p.A))
            .OrderBy(p => Of(p.Item1), StringComparer.Ordinal).ThenBy(p => Of(p.Item2), StringComparer.Ordinal);
        foreach (var (a, b) in ordered)
        {
            if (SameText(reader, identities, a.Document, b.Document))
            {
                continue;
            }

            var similarity = Jaccard(a.Shingles, b.Shingles);
            if (similarity < settings.ContradictionThreshold)
            {
                continue;
            }

            var (ca, cb) = (CopyOf(reader, identities, copies, a.Document) + "|" + a.Path, CopyOf(reader, identities, copies, b.Document) + "|" + b.Path);
            if (!reported.Add(string.CompareOrdinal(ca, cb) < 0 ? (ca, cb) : (cb, ca)))
            {
                continue; // the same two provisions through another copy of one of the texts
            }

            var differs = Facts(a).SetEquals(Facts(b)) is false;
            if (differs)
            {
                findings.Add(Differing(reader, labels, versions, metadata, a, b, similarity));
            }
            else if (similarity >= settings.OverlapThreshold)
            {
                findings.Add(Overlap(reader, labels, versions, a, b, similarity, settings.ShingleWords));
            }
        }

        return Collapse(ByArticlePair(WithoutSiblingsOfContradictions(findings), labels), settings, labels);
    }

    private static string Container(ProvisionReference p) => p.DocumentId + "|" + p.Path.Split('.')[0];

    /// <summary>Several overlapping clauses of the same two articles (or plan sections) are one overlap of those articles, naming each clause.</summary>
    private static List<Finding> ByArticlePair(List<Finding> findings, DocumentLabels labels)
    {
        var result = findings.Where(f => f.Class != FindingClass.Overlap).ToList();
        foreach (var pair in findings.Where(f => f.Class == FindingClass.Overlap).GroupBy(f => (Container(f.Provisions[0]), Container(f.Provisions[1]))))
        {
            var list = pair.ToList();
            if (list.Count == 1)
            {
                result.Add(list[0]);
                continue;
            }

            var (a, b) = (list[0].Provisions[0], list[0].Provisions[1]);
            string Units(Func<Finding, ProvisionReference> side) => Legal.ProvisionLabel.List(list.Select(f => side(f).Path));
            result.Add(list[0] with
            {
                Description = $"{labels.Of(a.DocumentId)} ({Units(f => f.Provisions[0])}) và {labels.Of(b.DocumentId)} ({Units(f => f.Provisions[1])}) gần trùng nhau ở {list.Count} quy định.",
                Provisions = list.SelectMany(f => f.Provisions).ToList(),
                Evidence = list.SelectMany(f => f.Evidence).ToList(),
                DetectorKey = $"overlap|{a.DocumentId}|{a.Path.Split('.')[0]}|{b.DocumentId}|{b.Path.Split('.')[0]}",
            });
        }

        return result;
    }

    /// <summary>
    /// Two articles that differ in one clause usually repeat each other in the rest: the contradiction is the
    /// finding, and their identical clauses are not reported again as overlaps.
    /// </summary>
    private static List<Finding> WithoutSiblingsOfContradictions(List<Finding> findings)
    {
        var contradicted = findings.Where(f => f.Class is FindingClass.Contradiction or FindingClass.ConflictWithHigher)
            .Select(f => (Container(f.Provisions[0]), Container(f.Provisions[1]))).ToHashSet();
        return findings.Where(f => f.Class != FindingClass.Overlap
            || !(contradicted.Contains((Container(f.Provisions[0]), Container(f.Provisions[1]))) || contradicted.Contains((Container(f.Provisions[1]), Container(f.Provisions[0]))))).ToList();
    }

    /// <summary>Many overlapping articles between the same two documents are one finding: the later largely repeats the earlier.</summary>
    private static List<Finding> Collapse(List<Finding> findings, OverlapSettings settings, DocumentLabels labels)
    {
        var result = findings.Where(f => f.Class != FindingClass.Overlap).ToList();
        foreach (var pair in findings.Where(f => f.Class == FindingClass.Overlap).GroupBy(f => (f.Provisions[0].DocumentId, f.Provisions[1].DocumentId)))
        {
            var list = pair.ToList();
            if (list.Count < settings.CollapseAt)
            {
                result.AddRange(list);
                continue;
            }

            var (a, b) = pair.Key;
            result.Add(list[0] with
            {
                Description = $"{labels.Of(a)} và {labels.Of(b)} có {list.Count} quy định gần trùng nhau ({Legal.ProvisionLabel.List(list.Take(8).Select(f => f.Provisions[0].Path))}{(list.Count > 8 ? ", …" : "")}).",
                Provisions = list.SelectMany(f => f.Provisions).ToList(),
                Evidence = list.SelectMany(f => f.Evidence).Take(10).ToList(),
                DetectorKey = $"overlap|{a}|*|{b}|*",
            });
        }

        return result;
    }

    /// <summary>
    /// Two copies of one document (the same number from two portals; or the same type and title when one of
    /// them has no number, as a portal page or the first part of a PDF often has none; or, unnumbered, the
    /// same title and date), or a consolidated text (văn bản hợp nhất) and what it consolidates, repeat each
    /// other by nature: not an overlap.
    /// </summary>
    private static bool SameText(DocumentReader reader, Dictionary<Model.DocumentId, Identity> identities, Model.DocumentId a, Model.DocumentId b)
    {
        var (x, y) = (IdentityOf(reader, identities, a), IdentityOf(reader, identities, b));
        return (x.Number is not null && x.Number == y.Number)
            || ((x.Number is null || y.Number is null) && x.Title is not null && x.Title == y.Title && (x.IssueDate is null || y.IssueDate is null || x.IssueDate == y.IssueDate))
            || x.Consolidated || y.Consolidated;
    }

    private static Identity IdentityOf(DocumentReader reader, Dictionary<Model.DocumentId, Identity> identities, Model.DocumentId id)
    {
        if (!identities.TryGetValue(id, out var identity))
        {
            var document = reader.Get(id, withText: false)?.Document;
            var number = document?.Number;
            var title = document?.Title is { } t ? $"{VietnameseAnalyzer.FoldWords(document.Type ?? "")}|{VietnameseAnalyzer.FoldWords(t)}" : null;
            var consolidated = (number?.TypeSymbol.Contains("VBHN", StringComparison.OrdinalIgnoreCase) ?? false)
                || (document?.Type?.Contains("hợp nhất", StringComparison.OrdinalIgnoreCase) ?? false);
            identities[id] = identity = new Identity(number?.Key, title, document?.IssueDate, consolidated);
        }

        return identity;
    }

    /// <summary>
    /// The first document seen of the copies <paramref name="id"/> belongs to (a law's PDF and its portal
    /// page): a provision overlapping both copies of another text is one finding, not one per copy.
    /// </summary>
    private static Model.DocumentId CopyOf(DocumentReader reader, Dictionary<Model.DocumentId, Identity> identities, Dictionary<Model.DocumentId, Model.DocumentId> copies, Model.DocumentId id)
    {
        if (copies.TryGetValue(id, out var known))
        {
            return known;
        }

        var first = id;
        if (!IdentityOf(reader, identities, id).Consolidated)
        {
            foreach (var candidate in copies.Values.Distinct())
            {
                if (!IdentityOf(reader, identities, candidate).Consolidated && SameText(reader, identities, candidate, id))
                {
                    first = candidate;
                    break;
                }
            }
        }

        copies[id] = first;
        return first;
    }

    private sealed record Identity(string? Number, string? Title, DateOnly? IssueDate, bool Consolidated);

    private static ComparedArticle? Prepare(Model.DocumentId document, string path, int start, string text, OverlapSettings settings)
    {
        var words = Words(text);
        if (words.Count < Math.Max(settings.ShingleWords, settings.MinWords))
        {
            return null;
        }

        var at = ShinglesAt(words, settings.ShingleWords);
        var shingles = at.Distinct().Order().ToArray();

        var signature = new uint[settings.Bands * settings.Rows];
        Array.Fill(signature, uint.MaxValue);
        foreach (var s in shingles)
        {
            for (var k = 0; k < signature.Length; k++)
            {
                var h = (uint)(Mix(s ^ Seeds[k]) >> 32);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return new ComparedArticle(document, path, start, text, shingles, signature);
    }

    private static List<Token> Words(string text) => VietnameseAnalyzer.Tokenize(text).Where(t => !t.IsKey).ToList();

    /// <summary>The hash of the shingle starting at each word.</summary>
    private static ulong[] ShinglesAt(List<Token> words, int shingleWords)
    {
        var at = new ulong[Math.Max(0, words.Count - shingleWords + 1)];
        for (var p = 0; p < at.Length; p++)
        {
            var hash = 14695981039346656037UL;
            for (var w = 0; w < shingleWords; w++)
            {
                var word = words[p + w];
                foreach (var c in word.Kind is TokenKind.Number or TokenKind.Date ? "#" : word.Folded)
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            at[p] = hash;
        }

        return at;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, 256).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }

    /// <summary>The bucket key of each band of a signature (the band's number mixed in, so bands never share buckets).</summary>
    private static IEnumerable<ulong> BandKeys(uint[] signature, OverlapSettings settings)
    {
        for (var band = 0; band < settings.Bands; band++)
        {
            var key = (ulong)band;
            for (var r = 0; r < settings.Rows; r++)
            {
                key = Mix(key ^ signature[(band * settings.Rows) + r]);
            }

            yield return key;
        }
    }

    /// <summary>Pairs of articles of different documents that share a band bucket; crowded buckets are formulas and skipped.</summary>
    private static HashSet<(int, int)> CandidatePairs(List<ComparedArticle> articles, OverlapSettings settings)
    {
        var pairs = new HashSet<(int, int)>();
        var buckets = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var key in BandKeys(articles[i].Signature, settings))
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var members in buckets.Values.Where(m => m.Count > 1 && m.Count <= settings.MaxBucket))
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (articles[members[x]].Document != articles[members[y]].Document)
                    {
                        pairs.Add((members[x], members[y]));
                    }
                }
            }
        }

        return pairs;
    }

    private static double Jaccard(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (double)(a.Length + b.Length - shared);
    }

    /// <summary>
    /// The numbers and dates a provision states (deadlines, amounts, rates, counts) — not the numbers of the
    /// provisions it refers to ("Điều 55", "khoản 2"), nor the number and date of a document it cites
    /// ("Quyết định số 50/2023/QĐ-UBND ngày 10 tháng 8 năm 2023"): two clauses amending different documents
    /// do not contradict each other.
    /// </summary>
    private static HashSet<string> Facts(ComparedArticle article)
    {
        var tokens = VietnameseAnalyzer.Tokenize(article.Text);
        var cited = new List<(int Start, int End)>();
        var lastNumberEnd = -100;
        foreach (var t in tokens.Where(t => t.IsKey).OrderBy(t => t.Start))
        {
            if (t.Kind == TokenKind.LegalNumber)
            {
                cited.Add((t.Start, t.End));
                lastNumberEnd = t.End;
            }
            else if (t.Start - lastNumberEnd is >= 0 and <= 8 && article.Text[lastNumberEnd..t.Start].Replace("ngày", "", StringComparison.OrdinalIgnoreCase).Trim(' ', ',', '\n').Length == 0)
            {
                cited.Add((t.Start, t.End)); // the cited document's date
            }
        }

        var facts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var reference = i > 0 && tokens[i - 1].Folded is "dieu" or "khoan" or "diem" or "chuong" or "muc" or "phan";
            if ((t.Kind == TokenKind.Date || (t.Kind == TokenKind.Number && !reference)) && !cited.Any(c => t.Start >= c.Start && t.End <= c.End))
            {
                facts.Add(t.Folded);
            }
        }

        return facts;
    }

    /// <summary>The longest run of <paramref name="a"/>'s words covered by shingles <paramref name="b"/> also has, as a span of its text.</summary>
    private static (int Start, int End) SharedPassage(ComparedArticle a, ComparedArticle b, int shingleWords)
    {
        var words = Words(a.Text);
        var at = ShinglesAt(words, shingleWords);
        var shared = b.Shingles.ToHashSet();
        (int Start, int End) best = (0, 0);
        var runStart = -1;
        for (var p = 0; p <= at.Length; p++)
        {
            var inside = p < at.Length && shared.Contains(at[p]);
            if (inside && runStart < 0)
            {
                runStart = p;
            }
            else if (!inside && runStart >= 0)
            {
                var span = (words[runStart].Start, words[p - 1 + shingleWords - 1].End);
                if (span.Item2 - span.Item1 > best.End - best.Start)
                {
                    best = span;
                }

                runStart = -1;
            }
        }

        return best;
    }

    private static Finding Overlap(DocumentReader reader, DocumentLabels labels, Dictionary<Model.DocumentId, int> versions, ComparedArticle a, ComparedArticle b, double similarity, int shingleWords)
    {
        var (start, end) = SharedPassage(a, b, shingleWords);
        var passage = a.Text[start..end];
        return new Finding(default, FindingClass.Overlap,
            $"{Legal.ProvisionLabel.Of(a.Path, labels.Of(a.Document))} và {Legal.ProvisionLabel.Of(b.Path, labels.Of(b.Document), lowerFirst: true)} gần trùng nhau (tương đồng {Legal.VietnameseNumber.Percent(similarity)}).")
        {
            Provisions = [Reference(reader, versions, a), Reference(reader, versions, b)],
            Evidence = [new Evidence("passage", $"{a.Document}@{a.Start + start}-{a.Start + end}", passage.Length > 400 ? passage[..400] + "…" : passage)],
            FoundBy = OverlapRule,
            DetectorKey = Key("overlap", a, b),
        };
    }

    /// <summary>
    /// A similar pair whose numbers, dates or deadlines differ: a contradiction, a conflict with a higher
    /// document, or a later restatement by the same body, as <see cref="Legal.Effect.DifferingRule"/> decides.
    /// The provision to act on comes first.
    /// </summary>
    private static Finding Differing(
        DocumentReader reader, DocumentLabels labels, Dictionary<Model.DocumentId, int> versions, Dictionary<Model.DocumentId, Model.LegalDocument?> metadata,
        ComparedArticle a, ComparedArticle b, double similarity)
    {
        Model.LegalDocument? Meta(Model.DocumentId id) =>
            metadata.TryGetValue(id, out var m) ? m : metadata[id] = reader.Get(id, withText: false)?.Document;
        var (ma, mb) = (Meta(a.Document), Meta(b.Document));
        var rule = ma is not null && mb is not null ? Legal.Effect.DifferingRule.Between(ma, mb) : new Legal.Effect.DifferingRule(Legal.Effect.DifferingRuleKind.Contradiction, true);
        if (!rule.FirstIsSubject)
        {
            (a, b, ma, mb) = (b, a, mb, ma);
        }

        var diff = WordDiff.Compare(Words(a.Text), a.Text, Words(b.Text), b.Text);
        var left = Legal.DocumentName.WithProvision(labels.Of(a.Document), a.Path);
        var right = Legal.DocumentName.WithProvision(labels.Of(b.Document), b.Path);
        var quotes = $"{left} quy định “{WordDiff.Quote(diff, left: true)}”, còn {right} quy định “{WordDiff.Quote(diff, left: false)}”";
        var pair = $"{Legal.ProvisionLabel.Of(a.Path, labels.Of(a.Document))} và {Legal.ProvisionLabel.Of(b.Path, labels.Of(b.Document), lowerFirst: true)}";
        var (findingClass, foundBy, description) = rule.Kind switch
        {
            Legal.Effect.DifferingRuleKind.ConflictWithHigher => (FindingClass.ConflictWithHigher, ConflictWithHigherRule,
                $"{Legal.ProvisionLabel.Of(a.Path, labels.Of(a.Document))}{Issuer(ma)} quy định cùng nội dung với {Legal.ProvisionLabel.Of(b.Path, labels.Of(b.Document), lowerFirst: true)}{Issuer(mb)}, văn bản của cơ quan cấp trên (tương đồng {Legal.VietnameseNumber.Percent(similarity)}), nhưng khác: {quotes}."),
            Legal.Effect.DifferingRuleKind.LaterRestatement => (FindingClass.Contradiction, LaterRestatementRule,
                $"{pair}{Issuer(ma)} quy định cùng nội dung (tương đồng {Legal.VietnameseNumber.Percent(similarity)}) nhưng khác nhau: {quotes}. {labels.Of(b.Document)} ban hành ngày {Day(mb)}, sau {labels.Of(a.Document)} (ngày {Day(ma)}): văn bản của cùng một cơ quan quy định khác nhau về cùng một vấn đề thì áp dụng văn bản ban hành sau, nên {Legal.ProvisionLabel.Of(a.Path, labels.Of(a.Document), lowerFirst: true)} có thể đã bị thay thế ngầm."),
            _ => (FindingClass.Contradiction, ContradictionRule,
                $"{pair} quy định cùng nội dung (tương đồng {Legal.VietnameseNumber.Percent(similarity)}) nhưng khác nhau: {quotes}."),
        };
        return new Finding(default, findingClass, description)
        {
            Provisions = [Reference(reader, versions, a), Reference(reader, versions, b)],
            Evidence = [new Evidence("diff", $"{a.Document} ↔ {b.Document}", quotes + ".") { Diff = diff }],
            FoundBy = foundBy,
            DetectorKey = Key("contradiction", a, b),
        };

        static string Issuer(Model.LegalDocument? m) => m?.Issuer is { Length: > 0 } issuer ? $" ({issuer})" : string.Empty;

        static string Day(Model.LegalDocument? m) => m?.IssueDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "không rõ";
    }

    private static ProvisionReference Reference(DocumentReader reader, Dictionary<Model.DocumentId, int> versions, ComparedArticle article)
    {
        if (!versions.TryGetValue(article.Document, out var version))
        {
            versions[article.Document] = version = reader.LatestVersion(article.Document)?.Version ?? 0;
        }

        return new ProvisionReference(article.Document, version, article.Path) { Start = article.Span.Start, End = article.Span.End };
    }

    private static string Key(string rule, ComparedArticle a, ComparedArticle b)
    {
        var (x, y) = string.CompareOrdinal($"{a.Document}|{a.Path}", $"{b.Document}|{b.Path}") < 0 ? (a, b) : (b, a);
        return $"{rule}|{x.Document}|{x.Path}|{y.Document}|{y.Path}";
    }
}
