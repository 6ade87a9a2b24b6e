namespace LawMonitor.SearchApi.Security;

/// <summary>A sign-in attempt's place in the throttle's counts, given back by <see cref="LoginThrottle.Succeeded"/>.</summary>
public sealed record LoginAttempt(string NameKey, string AddressKey, long Ticket);
