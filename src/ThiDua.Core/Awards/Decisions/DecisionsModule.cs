using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>Registration of the decisions' handlers (called from <see cref="CoreModule"/>).</summary>
public static class DecisionsModule
{
    public static IServiceCollection AddAwardDecisions(this IServiceCollection services)
    {
        services.AddScoped<CreateDecision>();
        services.AddScoped<UpdateDecision>();
        services.AddScoped<IssueDecision>();
        services.AddScoped<DraftDecisionFromProposals>();
        services.AddScoped<RevokeDecision>();
        services.AddScoped<DecisionQueries>();
        services.AddScoped<GetDecisionDocument>();
        services.AddScoped<BaseSalaries>();
        return services;
    }
}
