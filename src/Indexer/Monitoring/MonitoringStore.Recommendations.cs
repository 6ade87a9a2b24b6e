using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    public const string RecommendationEntity = "recommendation";

    private static readonly Register<Recommendation> Recommendations = new("recommendations", RecommendationEntity, "kiến nghị", r => r.Version, r => r.CreatedAt,
        (r, id, version, created, updated) => r with { Id = new RecommendationId(id), Version = version, CreatedAt = created, UpdatedAt = updated },
        r => [("status", r.Status.ToString()), ("competent_body", r.CompetentBody), ("deadline", r.Deadline?.ToString("O"))]);

    /// <summary>Drafts a recommendation.</summary>
    public Recommendation AddRecommendation(Recommendation recommendation, string actor) =>
        Insert(Recommendations, recommendation with { Status = RecommendationStatus.Draft }, actor, "created", null);

    public Recommendation? GetRecommendation(RecommendationId id) => Get(Recommendations, id.Value);

    /// <summary>The recommendations (with <paramref name="status"/>, when given), oldest first.</summary>
    public IReadOnlyList<Recommendation> ListRecommendations(RecommendationStatus? status = null) =>
        List(Recommendations, "$s IS NULL OR status=$s", ("$s", status?.ToString()));

    /// <summary>Sent recommendations whose deadline has passed on <paramref name="today"/>.</summary>
    public IReadOnlyList<Recommendation> Overdue(DateOnly today) =>
        List(Recommendations, "status='Sent' AND deadline < $t", ("$t", today.ToString("O")));

    public Outcome<Recommendation> SendRecommendation(RecommendationId id, int expectedVersion, string actor, string? dispatchNumber, DateOnly? sentOn, DateOnly? deadline, int answerDays = RecommendationLifecycle.DefaultAnswerDays) =>
        Change(Recommendations, id.Value, expectedVersion, r => RecommendationLifecycle.Send(r, dispatchNumber, sentOn, deadline, answerDays), actor, "sent", null);

    public Outcome<Recommendation> AnswerRecommendation(RecommendationId id, int expectedVersion, string actor, string? reference, DateOnly? answeredOn, AnswerVerdict? verdict, string? summary) =>
        Change(Recommendations, id.Value, expectedVersion, r => RecommendationLifecycle.Answer(r, reference, answeredOn, verdict, summary), actor, "answered", null);

    public Outcome<Recommendation> ImplementRecommendation(RecommendationId id, int expectedVersion, string actor, string? outcomeDocumentId, DateOnly? on) =>
        Change(Recommendations, id.Value, expectedVersion, r => RecommendationLifecycle.Implement(r, outcomeDocumentId, on), actor, "implemented", null);

    public Outcome<Recommendation> CloseRecommendation(RecommendationId id, int expectedVersion, string actor, string? reason) =>
        Change(Recommendations, id.Value, expectedVersion, r => RecommendationLifecycle.Close(r, reason), actor, "closed", reason);

    /// <summary>
    /// Edits what a recommendation says (findings, targets, action, competent body, content, field), keeping
    /// where it stands: its status, dispatch, deadline, answer and outcome change only through the lifecycle.
    /// </summary>
    public Outcome<Recommendation> EditRecommendation(RecommendationId id, int expectedVersion, string actor, Func<Recommendation, Recommendation> edit, string? reason = null) =>
        Change(Recommendations, id.Value, expectedVersion, r =>
        {
            var e = edit(r);
            if (string.IsNullOrWhiteSpace(e.CompetentBody))
            {
                return Outcome<Recommendation>.Fail(LifecycleErrorCodes.Required, "Cần nêu cơ quan có thẩm quyền xử lý kiến nghị (the competent body is required).", "competentBody");
            }

            return Outcome<Recommendation>.Ok(r with
            {
                FindingIds = e.FindingIds,
                Targets = e.Targets,
                Action = e.Action,
                CompetentBody = e.CompetentBody.Trim(),
                Content = e.Content,
                Field = e.Field,
            });
        }, actor, "edited", reason);

    /// <summary>
    /// Records a detector's proposal that <paramref name="proposal"/> carried out a sent or answered
    /// recommendation; nothing happens (null) when it is already proposed or the recommendation is settled.
    /// </summary>
    public Outcome<Recommendation>? ProposeOutcome(RecommendationId id, ProposedOutcome proposal, string actor)
    {
        var current = GetRecommendation(id);
        if (current is null || current.Status is not (RecommendationStatus.Sent or RecommendationStatus.Answered) || current.ProposedOutcome == proposal)
        {
            return null;
        }

        return Change(Recommendations, id.Value, current.Version, r => Outcome<Recommendation>.Ok(r with { ProposedOutcome = proposal }), actor, "outcome-proposed", proposal.Text);
    }
}
