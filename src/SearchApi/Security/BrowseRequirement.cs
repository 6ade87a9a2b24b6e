using Microsoft.AspNetCore.Authorization;

namespace LawMonitor.SearchApi.Security;

/// <summary>Searching and reading documents: any signed-in role, or anyone when an admin has turned public search on.</summary>
internal sealed class BrowseRequirement : IAuthorizationRequirement;
