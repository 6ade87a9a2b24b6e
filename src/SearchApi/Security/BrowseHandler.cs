using Microsoft.AspNetCore.Authorization;

namespace LawMonitor.SearchApi.Security;

/// <summary>Grants <see cref="BrowseRequirement"/> to a viewer (or above), or to anyone while public search is on.</summary>
internal sealed class BrowseHandler(AccountStore accounts) : AuthorizationHandler<BrowseRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, BrowseRequirement requirement)
    {
        if (context.User.IsInRole(nameof(Role.Viewer)) || accounts.PublicSearch)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
