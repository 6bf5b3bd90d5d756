using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDua.Core.Documents.Files;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>Registration of the proposals' handlers, the upload limits and the SMTP settings.</summary>
public static class ProposalsModule
{
    public static IServiceCollection AddProposals(IServiceCollection services)
    {
        services.AddOptions<UploadOptions>()
            .Validate(o => o.MaxMegabytes is >= 1 and <= 200, "Uploads:MaxMegabytes must be 1 to 200.")
            .ValidateOnStart();
        services.AddScoped(sp => sp.GetRequiredService<IOptions<UploadOptions>>().Value);
        services.AddOptions<SmtpOptions>();
        services.AddScoped(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value);
        services.AddScoped<ProposalMailer>();
        services.AddScoped<ProposalNotifier>();
        services.AddScoped<CreateProposal>();
        services.AddScoped<UploadProposalDocument>();
        services.AddScoped<ChangeProposalStep>();
        services.AddScoped<RecordProposalCouncilResult>();
        services.AddScoped<MarkProposalDecided>();
        services.AddScoped<PutProposalOnAgenda>();
        services.AddScoped<ManageProposalDeadlines>();
        services.AddScoped<ProposalQueries>();
        services.AddScoped<NotificationQueries>();
        services.AddScoped<GetProposalDraft>();
        services.AddScoped<GetProposalFile>();
        return services;
    }
}
