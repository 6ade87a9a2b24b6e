namespace LawMonitor.SearchApi.Alerts;

/// <summary>Something that arrived for a user, with the reason they get it (their saved search or watch).</summary>
/// <param name="Subscription">"search" or "watch".</param>
/// <param name="Reason">Why, in Vietnamese: "Khớp tìm kiếm đã lưu “…”", "Bạn theo dõi Quyết định số …".</param>
/// <param name="Message">What happened: "Văn bản mới: …", "bị bãi bỏ bởi …".</param>
public sealed record Notification(long Id, string Owner, DateTimeOffset At, string Subscription, long SubscriptionId, string DocumentId, string Reason, string Message, DateTimeOffset? ReadAt);
