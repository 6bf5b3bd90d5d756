using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Audit;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Demo;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Search;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core;

/// <summary>The one registration point of the modules' handlers, shared by the web host and the CLI.</summary>
public static class CoreModule
{
    public static IServiceCollection AddThiDuaCore(this IServiceCollection services)
    {
        services.AddScoped<ActorScope>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorScope>());
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<Identity.AccountCache>();

        // Organisation
        services.AddScoped<ListUnits>();
        services.AddScoped<GetUnit>();
        services.AddScoped<ListPeople>();
        services.AddScoped<GetPerson>();
        services.AddScoped<SearchDirectory>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<Organisation.Units.CreateUnit>();
        services.AddScoped<Organisation.Units.RenameUnit>();
        services.AddScoped<Organisation.Units.MoveUnit>();
        services.AddScoped<Organisation.Units.CloseUnit>();
        services.AddScoped<Organisation.Units.ReorganiseUnits>();
        services.AddScoped<Organisation.People.CreatePerson>();
        services.AddScoped<Organisation.People.UpdatePerson>();
        services.AddScoped<Organisation.People.TransferPerson>();
        services.AddScoped<Organisation.Records.ManageRecords>();
        services.AddScoped<Organisation.Records.GetPersonProfile>();
        services.AddScoped<Organisation.Records.GetUnitRecords>();
        services.AddOptions<Organisation.Import.ImportOptions>();
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Organisation.Import.ImportOptions>>().Value);
        services.AddScoped<Organisation.Import.OrganisationImport>();
        services.AddScoped<Organisation.Import.OrganisationExport>();
        services.AddScoped<Organisation.Import.ImportUploads>();
        services.AddOptions<EmulationOptions>()
            .Validate(o => o.YearStartMonth is >= 1 and <= 12, "Emulation:YearStartMonth must be a month number, 1 to 12.")
            .ValidateOnStart();
        services.AddSingleton<EmulationCalendar>();
        services.AddScoped<Awards.Candidates.ListCandidates>();
        services.AddScoped<Awards.Candidates.GetPersonCandidate>();
        services.AddSingleton<Awards.Regimes.RegimeCache>();
        services.AddScoped<Awards.Regimes.RegimeStore>();
        services.AddScoped<Awards.Regimes.ListRegimes>();
        services.AddScoped<Awards.Regimes.GetRegime>();
        services.AddScoped<Awards.Regimes.UpdateRegime>();
        services.AddScoped<Awards.Regimes.CreateRegime>();
        services.AddScoped<Awards.Regimes.DeleteRegime>();
        services.AddScoped<Awards.Candidates.CandidateEvaluator>();
        services.AddScoped<Awards.Candidates.GetCollectiveCandidate>();
        services.AddScoped<Awards.Quotas.GetQuota>();
        services.AddScoped<Awards.Quotas.ManageQuota>();
        services.AddOptions<Awards.Fairness.FairnessOptions>()
            .Validate(o => o.MinDirectWorkerPercent is >= 0 and <= 100, "Awards:Fairness:MinDirectWorkerPercent must be 0 to 100.")
            .ValidateOnStart();
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Awards.Fairness.FairnessOptions>>().Value);
        services.AddScoped<Awards.Fairness.GetFairness>();
        services.AddAwardDecisions();
        Awards.Proposals.ProposalsModule.AddProposals(services);
        services.AddScoped<Movements.CreateMovement>();
        services.AddScoped<Movements.UpdateMovement>();
        services.AddScoped<Movements.MovementQueries>();
        services.AddScoped<Movements.GetMovementPlan>();
        services.AddScoped<Targets.Dashboard.GetDashboard>();
        services.AddScoped<Covenants.CreateCovenant>();
        services.AddScoped<Covenants.UpdateCovenant>();
        services.AddScoped<Covenants.ChangeCovenantStep>();
        services.AddScoped<Covenants.SignCovenant>();
        services.AddScoped<Covenants.RecordCovenantReview>();
        services.AddScoped<Covenants.ScoreCovenant>();
        services.AddScoped<Covenants.VoteCovenant>();
        services.AddScoped<Covenants.CovenantQueries>();
        services.AddScoped<Covenants.GetCovenantDocument>();
        services.AddOptions<Targets.TargetOptions>()
            .Validate(o => o.AlertShortfallPercent is >= 0 and <= 100, "Targets:AlertShortfallPercent must be 0 to 100.")
            .ValidateOnStart();
        services.AddScoped<Targets.SetTargets>();
        services.AddScoped<Targets.SaveActuals>();
        services.AddScoped<Targets.ImportActuals>();
        services.AddScoped<Targets.LinkCriteria>();
        services.AddScoped<Targets.ConfigureTargets>();
        services.AddScoped<Targets.TargetQueries>();
        services.AddScoped<Awards.Candidates.StreamCandidates>();
        services.AddScoped<Registrations.OpenRegistrationRound>();
        services.AddScoped<Registrations.FileRegistrations>();
        services.AddScoped<Registrations.DecideRegistrations>();
        services.AddScoped<Registrations.RegistrationQueries>();
        services.AddScoped<Registrations.ExportRegistrations>();
        services.AddScoped<Registrations.ImportRegistrations>();
        Awards.Councils.CouncilsModule.AddCouncils(services);
        services.AddScoped<ListClusters>();
        services.AddScoped<GetCluster>();
        services.AddScoped<CreateCluster>();
        services.AddScoped<RenameCluster>();
        services.AddScoped<SetClusterMembers>();
        services.AddScoped<PreviewClusterRotation>();
        services.AddScoped<RotateCluster>();

        // Accounts
        services.AddScoped<CreateAccount>();
        services.AddScoped<SetAccountDisabled>();
        services.AddScoped<ResetAccountPassword>();
        services.AddScoped<GrantRole>();
        services.AddScoped<RevokeRole>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<Identity.Tokens.ApiTokens>();

        // Audit
        services.AddScoped<AuditQueries>();
        services.AddScoped<VerifyAuditChain>();

        // Demo
        services.AddScoped<SeedDemoData>();
        services.AddScoped<SeedDemoRecords>();
        services.AddScoped<SeedDemoMovements>();
        services.AddScoped<SeedDemoRegistrations>();
        services.AddScoped<SeedDemoCovenants>();
        services.AddScoped<SeedDemoTargets>();
        services.AddScoped<SeedDemoDecisions>();
        services.AddScoped<SeedDemoCouncils>();
        services.AddScoped<SeedDemoProposals>();
        services.AddScoped<SeedDemoPastYear>();
        services.AddScoped<GenerateNationalData>();
        return services;
    }
}
