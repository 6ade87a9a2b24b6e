namespace LawMonitor.SearchApi.Contracts;

/// <summary>A user's notifications, newest first, and how many are unread.</summary>
public sealed record NotificationListResponse(int Unread, IReadOnlyList<NotificationResponse> Items);
