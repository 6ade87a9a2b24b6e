namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The one rule for what is overdue: a recommendation sent on or before the day, not closed, unanswered on
/// that day, whose answer deadline is before it. The tracker, alerts, the CLI and every report read it.
/// </summary>
public static class Overdue
{
    public static bool IsOverdue(Recommendation recommendation, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation.SentOn is { } sent && sent <= on
            && recommendation.Status != RecommendationStatus.Closed
            && !AnsweredBy(recommendation, on)
            && recommendation.Deadline is { } due && due < on;
    }

    /// <summary>How many days past its deadline on <paramref name="on"/>; null when not overdue.</summary>
    public static int? DaysOverdue(Recommendation recommendation, DateOnly on) =>
        IsOverdue(recommendation, on) ? on.DayNumber - recommendation.Deadline!.Value.DayNumber : null;

    /// <summary>Answered on or before <paramref name="on"/> (an answer recorded without its date counts as answered).</summary>
    public static bool AnsweredBy(Recommendation recommendation, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation.AnsweredOn is { } answered
            ? answered <= on
            : recommendation.Status is RecommendationStatus.Answered or RecommendationStatus.Implemented;
    }
}
