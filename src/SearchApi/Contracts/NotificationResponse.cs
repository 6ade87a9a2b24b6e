using LawMonitor.SearchApi.Alerts;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A notification: what happened, why the user gets it, to which document, whether read.</summary>
public sealed record NotificationResponse(long Id, DateTimeOffset At, string Subscription, long SubscriptionId, string DocumentId, string Reason, string Message, bool Read)
{
    public static NotificationResponse From(Notification n) => new(n.Id, n.At, n.Subscription, n.SubscriptionId, n.DocumentId, n.Reason, n.Message, n.ReadAt is not null);
}
