using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ThiDua.Core.Audit;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Data;

/// <summary>
/// The one unit of work. Every save also appends hash-chained audit events for what changed, in the same
/// transaction (ADR 0004), and gives new units their materialised path (ADR 0003). Provider subclasses exist
/// only so that each provider has its own migration set.
/// </summary>
public abstract class AppDbContext : IdentityUserContext<AppUser, int>, IDataProtectionKeyContext
{
    private readonly ICurrentUser _actor;
    private readonly TimeProvider _clock;
    private readonly List<PendingEvent> _explicitEvents = [];
    private bool _saving;

    protected AppDbContext(DbContextOptions options, ICurrentUser actor, TimeProvider clock)
        : base(options)
    {
        _actor = actor;
        _clock = clock;
    }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonAssignment> Assignments => Set<PersonAssignment>();

    public DbSet<PersonRating> PersonRatings => Set<PersonRating>();

    public DbSet<LeaveRecord> LeaveRecords => Set<LeaveRecord>();

    public DbSet<DisciplineRecord> DisciplineRecords => Set<DisciplineRecord>();

    public DbSet<PendingCase> PendingCases => Set<PendingCase>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<InitiativeAuthor> InitiativeAuthors => Set<InitiativeAuthor>();

    public DbSet<UnitRating> UnitRatings => Set<UnitRating>();

    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<ClusterMember> ClusterMembers => Set<ClusterMember>();

    public DbSet<Organisation.Import.ImportUpload> ImportUploads => Set<Organisation.Import.ImportUpload>();

    public DbSet<Awards.Regimes.RegimeRecord> Regimes => Set<Awards.Regimes.RegimeRecord>();

    public DbSet<Awards.Quotas.QuotaOverride> QuotaOverrides => Set<Awards.Quotas.QuotaOverride>();

    public DbSet<Movements.Movement> Movements => Set<Movements.Movement>();

    public DbSet<Movements.MovementCriterion> MovementCriteria => Set<Movements.MovementCriterion>();

    public DbSet<Registrations.RegistrationRound> RegistrationRounds => Set<Registrations.RegistrationRound>();

    public DbSet<Registrations.Registration> Registrations => Set<Registrations.Registration>();
    public DbSet<Covenants.Covenant> Covenants => Set<Covenants.Covenant>();

    public DbSet<Covenants.CovenantResult> CovenantResults => Set<Covenants.CovenantResult>();
    public DbSet<Targets.Indicator> Indicators => Set<Targets.Indicator>();

    public DbSet<Targets.UnitTarget> UnitTargets => Set<Targets.UnitTarget>();

    public DbSet<Targets.MonthlyActual> MonthlyActuals => Set<Targets.MonthlyActual>();

    public DbSet<Targets.RankingGrade> RankingGrades => Set<Targets.RankingGrade>();

    public DbSet<Targets.CriterionIndicator> CriterionIndicators => Set<Targets.CriterionIndicator>();

    public DbSet<Shared.Calendar.CalendarDay> CalendarDays => Set<Shared.Calendar.CalendarDay>();

    public DbSet<Awards.Decisions.AwardDecision> AwardDecisions => Set<Awards.Decisions.AwardDecision>();

    public DbSet<Awards.Decisions.DecisionLine> AwardDecisionLines => Set<Awards.Decisions.DecisionLine>();

    public DbSet<Awards.Decisions.BaseSalary> BaseSalaries => Set<Awards.Decisions.BaseSalary>();

    public DbSet<Awards.Councils.Council> Councils => Set<Awards.Councils.Council>();

    public DbSet<Awards.Councils.CouncilMember> CouncilMembers => Set<Awards.Councils.CouncilMember>();

    public DbSet<Awards.Councils.CouncilSession> CouncilSessions => Set<Awards.Councils.CouncilSession>();

    public DbSet<Awards.Councils.VoteParticipation> VoteParticipations => Set<Awards.Councils.VoteParticipation>();

    public DbSet<Awards.Councils.SecretBallot> SecretBallots => Set<Awards.Councils.SecretBallot>();

    public DbSet<Awards.Proposals.Proposal> Proposals => Set<Awards.Proposals.Proposal>();

    public DbSet<Awards.Proposals.ProposalDocument> ProposalDocuments => Set<Awards.Proposals.ProposalDocument>();

    public DbSet<Awards.Proposals.ProposalDeadline> ProposalDeadlines => Set<Awards.Proposals.ProposalDeadline>();

    public DbSet<Awards.Proposals.Notification> Notifications => Set<Awards.Proposals.Notification>();

    public DbSet<Documents.Files.StoredFile> StoredFiles => Set<Documents.Files.StoredFile>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>Data Protection keys in the database, so that any web node can read any node's cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public ICurrentUser Actor => _actor;

    /// <summary>The clock of the save timestamps, for reference data seeded without a handler (the built-in regimes).</summary>
    internal TimeProvider Clock => _clock;

    /// <summary>
    /// For bulk generators only: entity changes are not audited one by one; the caller records one summary
    /// event instead (a national demo data set would otherwise write hundreds of thousands of events).
    /// </summary>
    public bool SuppressEntityAudit { get; set; }

    /// <summary>
    /// Starts a transaction unless the caller already has one (then this one joins it and its commit is a no-op), so
    /// that a use case is atomic alone and also inside a larger one (the demo seeder creating accounts).
    /// </summary>
    public async Task<OwnedTransaction> BeginOwnedTransactionAsync(CancellationToken ct = default) =>
        new(Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null);

    /// <summary>Queues an event that is not an entity change (a failed sign-in, a verification), written on the next save.</summary>
    public void RecordEvent(string action, string entityType, string entityId, string summary, string? scopePath = null) =>
        _explicitEvents.Add(new PendingEvent(action, entityType, entityId, summary, scopePath, null));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back without a kind; everything stored is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Serialises appends to the audit chain across connections (and web nodes) within the transaction.</summary>
    protected virtual Task LockAuditChainAsync(CancellationToken ct) => Task.CompletedTask;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_saving)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        ChangeTracker.DetectChanges();
        var changes = SuppressEntityAudit ? [] : ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEvent)
            .Select(e => (Entry: e, State: e.State, Summary: AuditSummary.Describe(e)))
            .Where(c => c.Summary is not null)
            .ToList();
        var newUnits = ChangeTracker.Entries<OrgUnit>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (changes.Count == 0 && _explicitEvents.Count == 0 && newUnits.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        _saving = true;
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (AssignUnitPaths(newUnits))
            {
                // Bulk writers turn automatic detection off; the paths just set must still be saved.
                ChangeTracker.DetectChanges();
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // Built after the save, so that new entities' keys are the ones the database gave them.
            var pending = changes.Select(c => (c, Name: AuditSummary.EntityName(c.Entry)))
                .Select(x => new PendingEvent($"{x.Name}.{AuditSummary.Verb(x.c.State)}", x.Name, AuditSummary.Key(x.c.Entry), x.c.Summary!, null, x.c.Entry))
                .Concat(_explicitEvents)
                .ToList();
            _explicitEvents.Clear();
            if (pending.Count > 0)
            {
                await AppendAsync(pending, cancellationToken);
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }

            _saving = false;
        }
    }

    private static bool AssignUnitPaths(List<OrgUnit> added)
    {
        var remaining = added.Where(u => string.IsNullOrEmpty(u.Path)).ToList();
        var any = remaining.Count > 0;
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(u => u.Parent is null || !string.IsNullOrEmpty(u.Parent.Path)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("A new unit's parent has no path: load the parent before adding children.");
            }

            foreach (var unit in ready)
            {
                unit.AssignPath();
                remaining.Remove(unit);
            }
        }

        return any;
    }

    private async Task AppendAsync(List<PendingEvent> pending, CancellationToken ct)
    {
        var paths = await ResolveScopePathsAsync(pending, ct);
        var last = await AuditEvents.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.GenesisHash;
        var now = DateTimeKinds.TruncateToMicroseconds(_clock.GetUtcNow().UtcDateTime);
        foreach (var p in pending)
        {
            var scope = p.ScopePath ?? (p.Entry is null ? null : paths(p.Entry));
            var e = new AuditEvent(++sequence, now, _actor.UserId, _actor.ActorName, p.Action, p.EntityType, p.EntityId, scope, p.Summary, previous);
            AuditEvents.Add(e);
            previous = e.Hash;
        }
    }

    private async Task<Func<EntityEntry, string?>> ResolveScopePathsAsync(List<PendingEvent> pending, CancellationToken ct)
    {
        var entities = pending.Where(p => p.Entry is not null).Select(p => p.Entry!.Entity).ToList();
        var personIds = entities.Select(AuditSummary.PersonIdOf).OfType<int>().Distinct().ToList();
        var personUnits = personIds.Count == 0
            ? new Dictionary<int, int>()
            : await People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.UnitId, ct);
        int? UnitOf(object entity) =>
            AuditSummary.UnitIdOf(entity) ?? (AuditSummary.PersonIdOf(entity) is int pid && personUnits.TryGetValue(pid, out var uid) ? uid : null);
        var unitIds = entities.Select(UnitOf).OfType<int>().Distinct().ToList();
        var known = unitIds.Count == 0
            ? new Dictionary<int, string>()
            : await Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        return entry => entry.Entity switch
        {
            OrgUnit u when !string.IsNullOrEmpty(u.Path) => u.Path,
            _ => UnitOf(entry.Entity) is int id && known.TryGetValue(id, out var path) ? path : null,
        };
    }

    private sealed record PendingEvent(string Action, string EntityType, string EntityId, string Summary, string? ScopePath, EntityEntry? Entry);
}

/// <summary>A transaction that commits and disposes only when this scope started it.</summary>
public sealed class OwnedTransaction(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken ct = default) => transaction?.CommitAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
