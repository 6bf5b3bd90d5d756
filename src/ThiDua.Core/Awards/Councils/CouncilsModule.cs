using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Core.Awards.Councils;

/// <summary>Registration of the councils' handlers, called from <see cref="CoreModule"/>.</summary>
public static class CouncilsModule
{
    public static IServiceCollection AddCouncils(this IServiceCollection services)
    {
        services.AddScoped<CreateCouncil>();
        services.AddScoped<UpdateCouncil>();
        services.AddScoped<CreateSession>();
        services.AddScoped<AddSessionCandidates>();
        services.AddScoped<AddCandidatesFromList>();
        services.AddScoped<RemoveSessionCandidate>();
        services.AddScoped<ChangeSessionStep>();
        services.AddScoped<CommentOnCandidate>();
        services.AddScoped<CastBallot>();
        services.AddScoped<CouncilQueries>();
        services.AddScoped<GetCandidateOutcome>();
        services.AddScoped<GetSessionMinutes>();
        services.AddScoped<ManageCalendar>();
        return services;
    }
}
