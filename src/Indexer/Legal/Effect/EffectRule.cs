using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// The one rule for a document's effect. A document has ended (het-hieu-luc) when its metadata says so, when
/// the reference table of central documents says so, or when a later document with the power to do it
/// repeals, replaces or declares expired the whole of it; some of its provisions ended → het-hieu-luc-mot-phan;
/// suspended as a whole → ngung-hieu-luc. Power follows the issuer's rank (<see cref="LegalRanks"/>): a
/// provincial decision cannot end a Government decree, so its "… đã hết hiệu lực" is recorded as a report of
/// the fact, not as the act. The reference table yields to what a held document states of its own effect.
/// Reports, dispatches, notices, submissions, plans and programmes change no one's
/// effect: what they say of it is a report, and their "kiến nghị sửa đổi" is no amendment.
/// </summary>
public static class EffectRule
{
    /// <summary>
    /// Reports, dispatches, notices, submissions and articles, which record and propose, and plans, programmes and
    /// schemes, which have a period: none has an effect of its own or changes anyone's.
    /// </summary>
    private static readonly string[] RecordTypes = ["bao cao", "cong van", "thong bao", "to trinh", "bai viet", "ke hoach", "chuong trinh", "de an"];

    /// <summary>
    /// Whether an unknown effect is nothing to say of a document of this type: a report, a dispatch, a notice, a
    /// submission or an article records and proposes, and has no effect of its own; a plan, programme or scheme is
    /// carried out over a period, which is what its pages show ("Năm 2026", "Giai đoạn 2018–2022"), not "Chưa rõ hiệu
    /// lực", which would read as a doubt about it. What is known of its effect (replaced, repealed) is still shown.
    /// </summary>
    public static bool EffectIsMoot(string? type, EffectStatus status) => status == EffectStatus.Unknown && IsRecordType(type);

    /// <summary>
    /// <see cref="IsRecordType"/> in SQL over a documents row aliased <paramref name="alias"/> (its folded <c>type_key</c>), for the
    /// search's effect facet and filter: a document whose effect is moot is counted under no effect and found by none.
    /// Built from the constant list above only; a document of no type is none.
    /// </summary>
    public static string RecordTypeSql(string alias) =>
        "(" + string.Join(" OR ", RecordTypes.Select(t => $"coalesce({alias}.type_key, '') LIKE '{t}%'")) + ")";

    /// <summary>Whether documents of this type record and propose rather than change the law.</summary>
    public static bool IsRecordType(string? type) =>
        type is not null && RecordTypes.Any(t => VietnameseAnalyzer.FoldWords(type).StartsWith(t, StringComparison.Ordinal));

    /// <summary>
    /// Decides the effect of <paramref name="subject"/> from the acts of held documents upon it and the reference table,
    /// on the Vietnam day <paramref name="asOf"/>. When nothing states or ends its effect but its own text gives the day
    /// it takes effect, that day decides: before it "Chưa có hiệu lực", from it "Còn hiệu lực" (<see cref="DocumentEffect.InForceFrom"/>
    /// says so, and the note says that no held document has ended it). Reports, dispatches and plans are never so decided.
    /// Without <paramref name="asOf"/> (a document only cited, whose day is not known) no day decides.
    /// </summary>
    public static DocumentEffect Decide(EffectSubject subject, IEnumerable<EffectAct> acts, CentralEffectFacts facts, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(acts);
        ArgumentNullException.ThrowIfNull(facts);
        var events = new List<EffectEvent>();
        EffectEvent? tableFact = null;
        if (facts.Of(subject.Number)?.ToEvent() is { } fact)
        {
            // The table speaks for documents that are not held or say nothing of their effect. A held document
            // that states its effect (a portal's "Tình trạng hiệu lực") takes precedence: the fact stays listed,
            // and `reference list` shows the two side by side.
            tableFact = subject.Stated == EffectStatus.Unknown ? fact : fact with { Reported = true };
            events.Add(tableFact);
        }

        var targetRank = LegalRanks.Of(subject.Number, subject.Type, subject.Issuer);
        foreach (var act in acts)
        {
            if (act.Relation is not (CitationRelation.Repeals or CitationRelation.Replaces or CitationRelation.Expires or CitationRelation.Suspends
                or CitationRelation.Amends or CitationRelation.Supplements))
            {
                continue;
            }

            var competent = !IsRecordType(act.CitingType)
                && LegalRanks.CanEnd(LegalRanks.Of(act.CitingNumber, act.CitingType, act.CitingIssuer), targetRank);
            if (!competent && act.Relation != CitationRelation.Expires)
            {
                continue; // a lower body cannot repeal, replace, suspend or amend it: a mention
            }

            events.Add(new EffectEvent(act.Relation, act.CitingLabel)
            {
                By = act.CitingDocument,
                Path = act.TargetPath is { IsDocument: false } p ? p : null,
                Since = competent ? act.CitingEffective ?? act.CitingIssued : null,
                Quote = act.Quote,
                At = act.CitingPath,
                Reported = !competent,
            });
        }

        events.Sort((a, b) => Nullable.Compare(a.Since, b.Since));
        var deciding = tableFact is { Reported: true } ? events.Where(e => !ReferenceEquals(e, tableFact)).ToList() : events;
        var status = Status(subject.Stated, deciding);
        DateOnly? from = null;
        if (status is EffectStatus.Unknown or EffectStatus.NotYetInForce && subject.Effective is { } effective && asOf is { } today && !IsRecordType(subject.Type))
        {
            // Its own "có hiệu lực kể từ ngày …", and a portal's "Chưa có hiệu lực" read before that day, give way to the calendar.
            status = today < effective ? EffectStatus.NotYetInForce : EffectStatus.InForce;
            from = effective;
        }

        return new DocumentEffect(status, subject.Stated) { Events = events, InForceFrom = from };
    }

    private static EffectStatus Status(EffectStatus stated, List<EffectEvent> events)
    {
        if (stated == EffectStatus.Expired || events.Any(e => e.Ends && e.Path is null && !e.Reported))
        {
            return EffectStatus.Expired;
        }

        if (events.Any(e => e.Relation == CitationRelation.Suspends && e.Path is null && !e.Reported))
        {
            return EffectStatus.Suspended;
        }

        if (events.Any(e => e.Ends && e.Path is null))
        {
            return EffectStatus.Expired; // only reported: the document's own readers said it has ended
        }

        return events.Any(e => e.Ends && e.Path is not null && !e.Reported) && stated is EffectStatus.Unknown or EffectStatus.InForce or EffectStatus.PartlyExpired
            ? EffectStatus.PartlyExpired
            : stated;
    }
}
